"""agenda(): every due action across many workflows, in a predictable order."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    ActionKind,
    Agreement,
    Candidate,
    Interview,
    Interviewer,
    InvalidInput,
    Position,
    ThankYouSent,
    Workflow,
    agenda,
)
from tests.conftest import DETROIT


def at(m: int, d: int, h: int = 12) -> pendulum.DateTime:
    """A 2017 wall-clock time in Detroit."""
    return pendulum.datetime(2017, m, d, h, tz=DETROIT)


def thanked(workflow: Workflow) -> Workflow:
    """The workflow with every letter sent on the interview's evening."""
    for person in workflow.interview.interviewers:
        workflow = workflow.apply(ThankYouSent(person, at(8, 16, 18)))
    return workflow


def test_agenda_orders_by_due_date_then_mapping_order(workflow: Workflow) -> None:
    """Older due dates come first; ties keep the mapping's order and each workflow's order."""
    later = Workflow.start(workflow.interview, Agreement(dt.date(2017, 8, 24)))
    book = {
        "later-call": thanked(later),  # call due 25 Aug
        "letters": workflow,  # two letters due 16 Aug
        "call": thanked(workflow),  # call due 22 Aug
    }
    rows = agenda(book, at(8, 30))
    assert [(key, action.kind, action.due_on.day) for key, action in rows] == [
        ("letters", ActionKind.SEND_THANK_YOU, 16),
        ("letters", ActionKind.SEND_THANK_YOU, 16),
        ("call", ActionKind.CALL, 22),
        ("later-call", ActionKind.CALL, 25),
    ]
    assert [action.contact for key, action in rows[:2]] == list(workflow.interview.interviewers)


@given(st.permutations(range(6)), st.integers(min_value=16, max_value=40))
def test_agenda_is_the_union_of_due(order: list[int], day: int) -> None:
    """agenda() holds exactly each workflow's due(now), sorted stably by due date."""
    interview = Interview(
        Candidate("Ann", "1", timezone=DETROIT),
        Position("T", "C"),
        [Interviewer("Dee", timezone=DETROIT)],
        at(8, 16, 15),
    )
    book = {}
    for index in order:
        workflow = Workflow.start(interview, Agreement(dt.date(2017, 8, 16 + index)))
        book[f"w{index}"] = thanked(workflow) if index % 2 else workflow
    now = pendulum.datetime(2017, 8, 1, tz=DETROIT).add(days=day)
    rows = agenda(book, now)
    expected = [(key, action) for key, wf in book.items() for action in wf.due(now)]
    assert rows == sorted(expected, key=lambda row: row[1].due_on)


def test_agenda_refuses_bad_input(workflow: Workflow) -> None:
    """A non-mapping, a non-workflow value or a naive now raise InvalidInput."""
    with pytest.raises(InvalidInput, match="mapping"):
        agenda([workflow], at(8, 20))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="'x' maps to str"):
        agenda({"x": "workflow"}, at(8, 20))  # type: ignore[dict-item]
    with pytest.raises(InvalidInput, match="naive"):
        agenda({}, dt.datetime(2017, 8, 20))
