"""Every planned action says why it falls on its date, in words a person can check."""

from __future__ import annotations

import datetime as dt
import re

import pendulum
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    ActionKind,
    Agreement,
    CallPlaced,
    Candidate,
    DecisionPostponed,
    Interview,
    Interviewer,
    Policy,
    Position,
    ThankYouSent,
    Workflow,
)
from followup_rules._explain import day, span
from tests.conftest import DETROIT
from tests.strategies import workflows

LABOR_DAY_2017 = [dt.date(2017, 9, 4)]


def reasons(workflow: Workflow) -> list[tuple[str, str, str]]:
    """(kind, due date, reason) for every planned action."""
    return [(a.kind.name, a.due_on.isoformat(), a.reason) for a in workflow.plan()]


def test_the_examples_reasons(workflow: Workflow) -> None:
    """The strategy's example explains each date from the rule it comes from."""
    assert reasons(workflow) == [
        (
            "SEND_THANK_YOU",
            "2017-08-16",
            "thank-you letters are due on the day of the interview (Wednesday, August 16)",
        ),
        (
            "SEND_THANK_YOU",
            "2017-08-16",
            "thank-you letters are due on the day of the interview (Wednesday, August 16)",
        ),
        (
            "CALL",
            "2017-08-22",
            "first business day after the promised decision (Monday, August 21)",
        ),
        ("CALL", "2017-08-29", "one week after call 1"),
        ("CALL", "2017-09-05", "one week after call 2"),
        ("CALL", "2017-09-12", "one week after call 3"),
        ("CLOSE_LOOP", "2017-09-19", "one week after the last call (call 4)"),
        (
            "MOVE_ON",
            "2017-09-27",
            "the day after the reply-by date (Tuesday, September 26), one week after the "
            "close-the-loop message due Tuesday, September 19",
        ),
    ]


def test_a_move_off_a_holiday_names_it(interview: Interview) -> None:
    """A call that would fall on Labor Day 2017 says it moved from that Monday to the Tuesday."""
    workflow = Workflow.start(
        interview, Agreement(dt.date(2017, 8, 25)), Policy(holidays=LABOR_DAY_2017)
    )
    second = [a for a in workflow.plan() if a.kind is ActionKind.CALL][1]
    assert second.reason == (
        "one week after call 1; moved from Monday, September 4 (a holiday) to Tuesday, September 5"
    )


def test_a_call_made_late_is_named_with_its_real_day(workflow: Workflow) -> None:
    """After a first call made on Friday 25 August, call 2 says one week after that day."""
    decider, recruiter = workflow.interview.interviewers
    for person in (decider, recruiter):
        workflow = workflow.apply(
            ThankYouSent(person, pendulum.datetime(2017, 8, 16, 18, tz=DETROIT))
        )
    workflow = workflow.apply(CallPlaced(pendulum.datetime(2017, 8, 25, 17, tz=DETROIT)))
    assert workflow.plan()[0].reason == "one week after call 1 (made Friday, August 25)"


def test_spans_and_days_read_as_words() -> None:
    """Seven days read "one week", fourteen "two weeks", ten "10 days"; days read in full."""
    assert [span(7), span(14), span(10), span(1)] == ["one week", "two weeks", "10 days", "one day"]
    assert day(dt.date(2017, 8, 22).toordinal()) == "Tuesday, August 22"


@given(workflows())
def test_every_reason_is_checkable(workflow: Workflow) -> None:
    """Every planned action has a reason; each date it names as a move's end is its due date."""
    calls_before = workflow.calls_made
    for action in workflow.plan():
        assert action.reason
        moved = re.search(
            r"moved from [^()]+\([^)]*\) to ([A-Za-z]+, [A-Za-z]+ \d+)", action.reason
        )
        if moved and action.kind is not ActionKind.MOVE_ON:
            assert moved.group(1) == day(action.due_on.toordinal())
        if action.kind is ActionKind.MOVE_ON:
            assert action.reply_by is not None
            assert day(action.reply_by.toordinal()) in action.reason
        if action.kind is ActionKind.CALL and action.attempt and action.attempt > 1:
            assert f"after call {action.attempt - 1}" in action.reason
        if action.kind is ActionKind.CALL and action.attempt == 1 == calls_before + 1:
            agreed = workflow.agreement.follow_up_on or workflow.agreement.decision_by
            assert day(agreed.toordinal()) in action.reason


@given(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)))
def test_days_are_written_as_pendulum_writes_them_in_english(date: dt.date) -> None:
    """Reasons and scripts write dates themselves; the words are pendulum's "dddd, MMMM D" in en."""
    expected = pendulum.Date(date.year, date.month, date.day).format("dddd, MMMM D", locale="en")
    assert day(date.toordinal()) == expected


def test_without_calls_the_loop_closes_on_the_latest_agreements_day() -> None:
    """After a postponement without calls, the close-the-loop reason names the new date, once "the"."""
    person = Interviewer("Morgan Lee", timezone="UTC")
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="UTC"),
        Position("Engineer", "Northwind"),
        [person],
        pendulum.datetime(2010, 1, 1, tz="UTC"),
    )
    agreed = Agreement(dt.date(2010, 1, 1), dt.date(2010, 1, 5), calls_permitted=False)
    workflow = Workflow.start(interview, agreed, Policy(default_wait_days=1))
    (close,) = [a for a in workflow.plan() if a.kind is ActionKind.CLOSE_LOOP]
    assert close.reason == (
        "calls were not permitted, so the loop is closed in writing on the agreed "
        "follow-up day (Tuesday, January 5)"
    )
    postponed = workflow.apply(DecisionPostponed(pendulum.datetime(2010, 1, 1, 9, tz="UTC")))
    (close,) = [a for a in postponed.plan() if a.kind is ActionKind.CLOSE_LOOP]
    assert close.due_on == dt.date(2010, 1, 4)
    assert close.reason == (
        "calls were not permitted, so the loop is closed in writing on the first business "
        "day after the new date of the decision (Saturday, January 2)"
    )
