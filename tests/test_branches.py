"""The branches of real follow-ups (issue 12), walked on the strategy's own dates.

The example: the interview ends Wednesday 16 August 2017 in Detroit; the
decision is promised for "next Monday", 21 August, so the follow-up call is
Tuesday 22 August. The policy is Michigan's calendar, where Labor Day
(Monday 4 September) is no business day. Every date below is a calendar date
in Detroit; instants are built from wall-clock times there (EDT, -04:00,
until 5 November 2017).

The properties at the end run over random workflows that have taken random
branches.
"""

from __future__ import annotations

import datetime as dt
import pickle
from zoneinfo import ZoneInfo

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    CallResult,
    Channel,
    CloseLoopSent,
    DecisionPostponed,
    HeardBack,
    Interview,
    Interviewer,
    InvalidInput,
    MovedOn,
    Outcome,
    OutOfOffice,
    Policy,
    RuleViolation,
    Stage,
    ThankYouSent,
    ThankYouSkipped,
    Withdrew,
    Workflow,
)
from tests.strategies import ZONES, walked_workflows

DETROIT = "America/Detroit"
UTC = dt.timezone.utc
MICHIGAN = Policy.for_country("US", "MI")


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> pendulum.DateTime:
    """A wall-clock time in Detroit in 2017."""
    return pendulum.datetime(2017, month, day, hour, minute, tz=DETROIT)


def on(month: int, day: int) -> dt.date:
    """A date in 2017."""
    return dt.date(2017, month, day)


def days(plan: tuple[Action, ...]) -> list[tuple[str, dt.date]]:
    """Each planned action's key and due date."""
    return [(action.key, dt.date.fromordinal(action.due_on.toordinal())) for action in plan]


def refused(workflow: Workflow, event: object) -> RuleViolation:
    """Apply an event that must be refused; check the workflow is unchanged; return the refusal."""
    plan, due_at = workflow.plan(), workflow.next_due_at
    with pytest.raises(RuleViolation) as error:
        workflow.apply(event)  # type: ignore[arg-type]
    assert workflow.plan() == plan
    assert workflow.next_due_at == due_at
    return error.value


@pytest.fixture
def started(interview: Interview) -> Workflow:
    """The example under Michigan's calendar, nothing done yet."""
    return Workflow.start(interview, Agreement.on_weekday(interview, 0), MICHIGAN)


@pytest.fixture
def thanked(started: Workflow, decider: Interviewer, recruiter: Interviewer) -> Workflow:
    """Both letters sent on the evening of the interview."""
    return started.apply(ThankYouSent(decider, at(8, 16, 18))).apply(
        ThankYouSent(recruiter, at(8, 16, 18, 5))
    )


@pytest.fixture
def called(thanked: Workflow) -> Workflow:
    """The first call, a voicemail, on the follow-up day, Tuesday 22 August, before work."""
    return thanked.apply(CallPlaced(at(8, 22, 8, 15)))


def thanked_under(interview: Interview, agreement: Agreement, policy: Policy) -> Workflow:
    """A workflow started under ``policy``, every interviewer thanked on the evening of the interview."""
    workflow = Workflow.start(interview, agreement, policy)
    for person in interview.interviewers:
        workflow = workflow.apply(ThankYouSent(person, at(8, 16, 18)))
    return workflow


def one_call(interview: Interview) -> Workflow:
    """The example with a single permitted call, made on 22 August: the loop closes next."""
    workflow = thanked_under(
        interview, Agreement.on_weekday(interview, 0), attrs.evolve(MICHIGAN, max_calls=1)
    )
    return workflow.apply(CallPlaced(at(8, 22, 8, 15)))


def test_the_example_before_any_branch(started: Workflow) -> None:
    """Without a branch the example's plan is the strategy's silent path, around Labor Day."""
    assert started.follow_up_on == on(8, 22)
    assert days(started.plan()) == [
        ("letter to interviewer 1", on(8, 16)),
        ("letter to interviewer 2", on(8, 16)),
        ("call 1 after agreement 1", on(8, 22)),
        ("call 2 after agreement 1", on(8, 29)),
        ("call 3 after agreement 1", on(9, 5)),
        ("call 4 after agreement 1", on(9, 12)),
        ("close the loop after agreement 1", on(9, 19)),
        ("move on after agreement 1", on(9, 27)),
    ]


# --- a postponed decision ------------------------------------------------------


def test_postponed_to_friday_8_september_restarts_the_calls_on_monday_11(
    called: Workflow, decider: Interviewer
) -> None:
    """Postponed on 28 August to Friday 8 September: the calls start over on Monday 11 September."""
    postponed = called.apply(DecisionPostponed(at(8, 28), decision_by=on(9, 8)))
    assert postponed.stage is Stage.WAITING
    assert (postponed.calls_made, postponed.calls_total, postponed.postponements) == (0, 1, 1)
    assert postponed.agreements == (
        called.agreement,
        Agreement(on(9, 8), None, calls_permitted=True),
    )
    assert postponed.agreement == called.agreement
    assert postponed.follow_up_on == on(9, 11)
    assert days(postponed.plan()) == [
        ("call 1 after agreement 2", on(9, 11)),
        ("call 2 after agreement 2", on(9, 18)),
        ("call 3 after agreement 2", on(9, 25)),
        ("call 4 after agreement 2", on(10, 2)),
        ("close the loop after agreement 2", on(10, 9)),
        ("move on after agreement 2", on(10, 17)),
    ]
    first = postponed.plan()[0]
    assert "Friday, September 8" in first.reason
    assert first.attempt == 1
    # Nothing is due over the weekend before; the call is due from Monday's midnight in Detroit.
    assert postponed.due(at(9, 10, 23, 59)) == ()
    assert postponed.due(at(9, 11, 0)) == (first,)
    assert postponed.next_due_at == pendulum.datetime(2017, 9, 11, 4, tz="UTC")
    too_soon = refused(postponed, CallPlaced(at(9, 8, 17, 30)))
    assert too_soon.rule == "call-not-before-follow-up"
    # The letters stay sent: none is planned, and a second one is refused.
    assert refused(postponed, ThankYouSent(decider, at(8, 28, 12))).rule == "one-letter-each"
    again = postponed.apply(CallPlaced(at(9, 11, 8, 30)))
    assert (again.stage, again.calls_made, again.calls_total) == (Stage.CALLING, 1, 2)
    assert days(again.plan())[0] == ("call 2 after agreement 2", on(9, 18))


def test_postponement_supersedes_a_sent_close_the_loop_message(interview: Interview) -> None:
    """A postponement after the close-the-loop message puts the workflow back to waiting for the new date."""
    closed = one_call(interview).apply(CloseLoopSent(at(8, 29, 9)))
    assert closed.stage is Stage.AWAITING_REPLY
    assert closed.reply_by == on(9, 5)
    postponed = closed.apply(DecisionPostponed(at(8, 31), decision_by=on(9, 8)))
    assert postponed.stage is Stage.WAITING
    assert postponed.reply_by is None
    assert days(postponed.plan()) == [
        ("call 1 after agreement 2", on(9, 11)),
        ("close the loop after agreement 2", on(9, 18)),
        ("move on after agreement 2", on(9, 26)),
    ]
    assert refused(postponed, MovedOn(at(9, 6))).rule == "steps-in-order"
    assert refused(postponed, CloseLoopSent(at(9, 6))).rule == "steps-in-order"


def test_postponed_while_thanking_keeps_the_unsent_letter_due(
    started: Workflow, decider: Interviewer, recruiter: Interviewer
) -> None:
    """A postponement before every letter is sent keeps the workflow thanking; the calls wait for the new day."""
    one_letter = started.apply(ThankYouSent(decider, at(8, 16, 18)))
    postponed = one_letter.apply(DecisionPostponed(at(8, 17), decision_by=on(9, 8)))
    assert postponed.stage is Stage.THANKING
    assert days(postponed.plan())[:2] == [
        ("letter to interviewer 2", on(8, 16)),
        ("call 1 after agreement 2", on(9, 11)),
    ]
    assert refused(postponed, CallPlaced(at(9, 11, 8))).rule == "steps-in-order"
    waiting = postponed.apply(ThankYouSent(recruiter, at(8, 17, 12)))
    assert waiting.stage is Stage.WAITING
    assert waiting.plan()[0].due_on == on(9, 11)


def test_on_hold_without_a_date_waits_the_default_week_past_labor_day(called: Workflow) -> None:
    """'On hold' with no date: the decision is due a week after the news, Labor Day, so the call is Tuesday 5 September."""
    on_hold = called.apply(DecisionPostponed(at(8, 28)))
    assert on_hold.agreements[-1] == Agreement(on(9, 4), None, calls_permitted=True)
    assert on_hold.follow_up_on == on(9, 5)
    named_day = called.apply(DecisionPostponed(at(8, 28), follow_up_on=on(9, 4)))
    assert named_day.agreements[-1] == Agreement(on(9, 3), on(9, 4), calls_permitted=True)
    assert named_day.follow_up_on == on(9, 5)
    assert "Labor Day" in named_day.plan()[0].reason


def test_postponement_dates_before_its_own_day_are_invalid(called: Workflow) -> None:
    """A new decision date before the day of the postponement (in Detroit) is invalid input, at construction or at apply."""
    # 23:30 in Detroit on 28 August is already 29 August in UTC: only the
    # decision-maker's calendar tells that 28 August is the same day.
    late_evening = at(8, 28, 23, 30)
    same_day = called.apply(DecisionPostponed(late_evening, decision_by=on(8, 28)))
    assert same_day.follow_up_on == on(8, 29)
    with pytest.raises(InvalidInput) as error:
        called.apply(DecisionPostponed(at(8, 28, 9), decision_by=on(8, 27)))
    assert error.value.field == "decision_by"
    with pytest.raises(InvalidInput) as error:
        DecisionPostponed(at(8, 28), decision_by=on(8, 20))
    assert error.value.field == "decision_by"
    with pytest.raises(InvalidInput) as error:
        DecisionPostponed(at(8, 28), decision_by=on(9, 8), follow_up_on=on(9, 8))
    assert error.value.field == "follow_up_on"
    with pytest.raises(InvalidInput) as error:
        called.apply(DecisionPostponed(at(8, 28, 9), follow_up_on=on(8, 28)))
    assert error.value.field == "follow_up_on"


def test_postponed_when_calls_were_not_permitted_closes_the_loop_on_the_new_day(
    interview: Interview,
) -> None:
    """Without calls, a postponement moves the written close-the-loop message to the new follow-up day, and says why."""
    workflow = thanked_under(
        interview, Agreement.on_weekday(interview, 0, calls_permitted=False), MICHIGAN
    )
    postponed = workflow.apply(DecisionPostponed(at(8, 28), decision_by=on(9, 8)))
    assert days(postponed.plan()) == [
        ("close the loop after agreement 2", on(9, 11)),
        ("move on after agreement 2", on(9, 19)),
    ]
    reason = postponed.plan()[0].reason
    assert "September 8" in reason, reason
    assert "August 21" not in reason, reason
    assert refused(postponed, CallPlaced(at(9, 11, 8))).rule == "calls-not-permitted"
    # An explicit follow-up day of the original agreement later than the new one.
    explicit = thanked_under(
        interview, Agreement(on(8, 21), on(8, 30), calls_permitted=False), MICHIGAN
    )
    sooner = explicit.apply(DecisionPostponed(at(8, 17), follow_up_on=on(8, 23)))
    assert days(sooner.plan())[0] == ("close the loop after agreement 2", on(8, 23))


def test_past_max_postponements_the_loop_is_closed_instead_of_calling(interview: Interview) -> None:
    """Postponed twice with max_postponements=1: no more calls, the close-the-loop message is due on the new follow-up day."""
    workflow = thanked_under(
        interview, Agreement.on_weekday(interview, 0), attrs.evolve(MICHIGAN, max_postponements=1)
    )
    workflow = workflow.apply(CallPlaced(at(8, 22, 8, 15)))
    workflow = workflow.apply(DecisionPostponed(at(8, 28), decision_by=on(9, 8)))
    workflow = workflow.apply(CallPlaced(at(9, 11, 8, 15)))
    assert (workflow.calls_made, workflow.calls_total) == (1, 2)
    too_many = workflow.apply(DecisionPostponed(at(9, 12), decision_by=on(9, 22)))
    assert too_many.postponements == 2
    assert too_many.stage is Stage.WAITING
    assert too_many.calls_made == 0
    assert days(too_many.plan()) == [
        ("close the loop after agreement 3", on(9, 25)),
        ("move on after agreement 3", on(10, 3)),
    ]
    assert "postponed more than 1 time" in too_many.plan()[0].reason
    call = refused(too_many, CallPlaced(at(9, 25, 8, 15)))
    assert call.rule == "max-postponements"
    assert "close the loop" in str(call)
    assert refused(too_many, CloseLoopSent(at(9, 22, 9))).rule == "close-loop-not-before-due"
    assert refused(too_many, CloseLoopSent(at(9, 25, 9), Channel.MAIL)).rule == (
        "close-loop-channel"
    )
    closed = too_many.apply(CloseLoopSent(at(9, 25, 9), Channel.VOICEMAIL))
    assert closed.stage is Stage.AWAITING_REPLY
    assert closed.reply_by == on(10, 2)
    # Recorded all the same, a third postponement supersedes it and still calls nobody.
    third = closed.apply(DecisionPostponed(at(9, 27), decision_by=on(10, 6)))
    assert third.postponements == 3
    assert days(third.plan())[0] == ("close the loop after agreement 4", on(10, 9))


def test_no_postponement_allowed_stops_the_calls_at_the_first(
    thanked: Workflow,
) -> None:
    """With max_postponements=0, the first postponement already leaves only the close-the-loop message."""
    strict = Workflow.start(
        thanked.interview, thanked.agreement, attrs.evolve(MICHIGAN, max_postponements=0)
    )
    for event in thanked.history:
        strict = strict.apply(event)
    postponed = strict.apply(DecisionPostponed(at(8, 21), decision_by=on(9, 8)))
    assert [action.kind for action in postponed.plan()] == [
        ActionKind.CLOSE_LOOP,
        ActionKind.MOVE_ON,
    ]
    assert postponed.plan()[0].due_on == on(9, 11)
    assert refused(postponed, CallPlaced(at(9, 11, 8))).rule == "max-postponements"


# --- out of the office -----------------------------------------------------------


def test_out_of_office_over_labor_day_moves_the_next_call_to_tuesday(called: Workflow) -> None:
    """Away 29 August to 4 September (Labor Day): the second call moves to Tuesday 5 September and the rest follow."""
    away = called.apply(OutOfOffice(at(8, 29, 7), until=on(9, 4)))
    assert away.stage is Stage.CALLING
    assert days(away.plan()) == [
        ("call 2 after agreement 1", on(9, 5)),
        ("call 3 after agreement 1", on(9, 12)),
        ("call 4 after agreement 1", on(9, 19)),
        ("close the loop after agreement 1", on(9, 26)),
        ("move on after agreement 1", on(10, 4)),
    ]
    assert "absence" in away.plan()[0].reason
    for day in (on(8, 29), on(9, 1), on(9, 4)):
        call = CallPlaced(pendulum.datetime(day.year, day.month, day.day, 17, 30, tz=DETROIT))
        assert refused(away, call).rule == "absence"
    back = away.apply(CallPlaced(at(9, 5, 8, 15)))
    assert back.calls_made == 2
    assert days(back.plan())[0] == ("call 3 after agreement 1", on(9, 12))


def test_a_short_absence_leaves_a_later_call_where_it_was(called: Workflow) -> None:
    """Away 23 to 25 August: the second call, planned 29 August, keeps its day and its key."""
    before = called.plan()
    away = called.apply(OutOfOffice(at(8, 23), until=on(8, 25)))
    assert away.plan() == before


def test_absence_dates_out_of_range_are_invalid(called: Workflow) -> None:
    """An absence ending before the day it is heard of, or more than a year ahead, is invalid input."""
    with pytest.raises(InvalidInput) as error:
        called.apply(OutOfOffice(at(8, 29, 9), until=on(8, 28)))
    assert error.value.field == "until"
    with pytest.raises(InvalidInput) as error:
        OutOfOffice(at(8, 29), until=on(8, 20))
    assert error.value.field == "until"
    a_year = called.apply(OutOfOffice(at(8, 29, 9), until=dt.date(2018, 8, 29)))
    assert a_year.plan()[0].due_on == dt.date(2018, 8, 30)
    with pytest.raises(InvalidInput) as error:
        called.apply(OutOfOffice(at(8, 29, 9), until=dt.date(2018, 8, 30)))
    assert error.value.field == "until"


def test_out_of_office_restarts_a_running_reply_window(interview: Interview) -> None:
    """Away after the close-the-loop message: the reply-by date becomes a week after the first business day back."""
    closed = one_call(interview).apply(CloseLoopSent(at(8, 29, 9)))
    assert closed.reply_by == on(9, 5)
    away = closed.apply(OutOfOffice(at(8, 30), until=on(9, 4)))
    assert away.stage is Stage.AWAITING_REPLY
    assert away.reply_by == on(9, 12)
    assert days(away.plan()) == [("move on after agreement 1", on(9, 13))]
    assert "restarted" in away.plan()[0].reason
    assert refused(away, MovedOn(at(9, 6))).rule == "move-on-not-before-due"
    assert away.apply(MovedOn(at(9, 13))).stage is Stage.MOVED_ON


def test_out_of_office_holds_back_the_close_the_loop_message(interview: Interview) -> None:
    """Away through Labor Day when the loop is to be closed: the message is due Tuesday 5 September instead of 29 August."""
    away = one_call(interview).apply(OutOfOffice(at(8, 28), until=on(9, 4)))
    assert days(away.plan()) == [
        ("close the loop after agreement 1", on(9, 5)),
        ("move on after agreement 1", on(9, 13)),
    ]
    assert refused(away, CloseLoopSent(at(8, 29, 9))).rule == "close-loop-not-before-due"
    assert away.apply(CloseLoopSent(at(9, 5, 9))).reply_by == on(9, 12)


# --- call-backs ------------------------------------------------------------------


def test_call_me_thursday(thanked: Workflow) -> None:
    """Answered on 22 August with "call me Thursday": the second call is planned Thursday 24 August, refused on Wednesday."""
    answered = thanked.apply(CallPlaced(at(8, 22, 8, 15), CallResult.SPOKE, call_back_on=on(8, 24)))
    assert (answered.stage, answered.calls_made) == (Stage.CALLING, 1)
    assert days(answered.plan()) == [
        ("call 2 after agreement 1", on(8, 24)),
        ("call 3 after agreement 1", on(8, 31)),
        ("call 4 after agreement 1", on(9, 7)),
        ("close the loop after agreement 1", on(9, 14)),
        ("move on after agreement 1", on(9, 22)),
    ]
    thursday = answered.plan()[0]
    assert "call-back" in thursday.reason
    assert answered.due(at(8, 23, 23, 59)) == ()
    assert answered.due(at(8, 24, 0)) == (thursday,)
    assert refused(answered, CallPlaced(at(8, 23, 17, 30))).rule == "call-back-day"
    window = thursday.windows[1]
    assert (window.start.hour, window.start.utcoffset()) == (17, dt.timedelta(hours=-4))
    done = answered.apply(thursday.done(window.start))
    assert done.calls_made == 2
    assert days(done.plan())[0] == ("call 3 after agreement 1", on(8, 31))


def test_gatekeeper_asks_for_labor_day(thanked: Workflow) -> None:
    """An assistant asks for a call on Labor Day: it is planned Tuesday 5 September, accepted from the day asked for."""
    asked = thanked.apply(
        CallPlaced(at(8, 22, 8, 15), CallResult.GATEKEEPER, call_back_on=on(9, 4))
    )
    planned = asked.plan()[0]
    assert (planned.key, planned.due_on) == ("call 2 after agreement 1", on(9, 5))
    assert "Labor Day" in planned.reason
    # Later than the call interval (29 August): the call-back day holds the call back too.
    assert refused(asked, CallPlaced(at(8, 29, 8, 15))).rule == "call-back-day"
    assert refused(asked, CallPlaced(at(9, 1, 17, 30))).rule == "call-back-day"
    assert asked.apply(CallPlaced(at(9, 4, 17, 30))).calls_made == 2
    assert asked.apply(CallPlaced(at(9, 5, 8, 15))).calls_made == 2


def test_a_call_back_is_one_of_max_calls(interview: Interview) -> None:
    """With two calls permitted, a call and its call-back use them up: the loop is closed next."""
    workflow = thanked_under(
        interview, Agreement.on_weekday(interview, 0), attrs.evolve(MICHIGAN, max_calls=2)
    )
    workflow = workflow.apply(
        CallPlaced(at(8, 22, 8, 15), CallResult.SPOKE, call_back_on=on(8, 24))
    )
    workflow = workflow.apply(CallPlaced(at(8, 24, 8, 15)))
    assert workflow.stage is Stage.CLOSING
    assert days(workflow.plan())[0] == ("close the loop after agreement 1", on(8, 31))
    assert refused(workflow, CallPlaced(at(8, 31, 8, 15))).rule == "max-calls"


def test_call_back_days_that_cannot_be_are_invalid(thanked: Workflow) -> None:
    """call_back_on with a call that reached nobody, or before the call's own day in Detroit, is invalid input."""
    for nobody in (CallResult.VOICEMAIL, CallResult.NO_ANSWER):
        with pytest.raises(InvalidInput) as error:
            CallPlaced(at(8, 22, 8), nobody, call_back_on=on(8, 24))
        assert error.value.field == "call_back_on"
    # 21 August is the day before in Detroit; only apply() knows the zone.
    early = CallPlaced(at(8, 22, 8), CallResult.SPOKE, call_back_on=on(8, 21))
    with pytest.raises(InvalidInput) as error:
        thanked.apply(early)
    assert error.value.field == "call_back_on"
    # Called at 21:00 on 22 August in Detroit (23 August in UTC): "tomorrow" is the 23rd.
    evening = thanked.apply(CallPlaced(at(8, 22, 21), CallResult.SPOKE, call_back_on=on(8, 22)))
    assert evening.plan()[0].due_on == on(8, 22)


# --- a skipped letter --------------------------------------------------------------


def test_a_skipped_letter_lets_the_calls_proceed(
    started: Workflow, decider: Interviewer, recruiter: Interviewer
) -> None:
    """No address for Riley: the letter is skipped, the calls go ahead, and a letter to Riley afterwards is refused."""
    skipped = started.apply(ThankYouSkipped(recruiter, at(8, 16, 17)))
    assert skipped.stage is Stage.THANKING
    assert [action.key for action in skipped.due(at(8, 16, 17))] == ["letter to interviewer 1"]
    assert refused(skipped, ThankYouSent(recruiter, at(8, 16, 18))).rule == "one-letter-each"
    assert refused(skipped, ThankYouSkipped(recruiter, at(8, 16, 18))).rule == "one-letter-each"
    waiting = skipped.apply(ThankYouSent(decider, at(8, 16, 18)))
    assert waiting.stage is Stage.WAITING
    assert days(waiting.plan())[0] == ("call 1 after agreement 1", on(8, 22))
    calling = waiting.apply(CallPlaced(at(8, 22, 8, 15)))
    assert calling.stage is Stage.CALLING
    assert refused(calling, ThankYouSent(recruiter, at(8, 22, 9))).rule == "one-letter-each"


def test_skipping_everyone_goes_straight_to_waiting(
    started: Workflow, decider: Interviewer, recruiter: Interviewer
) -> None:
    """Skipping every letter finishes step 2 as sending them would."""
    workflow = started.apply(ThankYouSkipped(decider, at(8, 16, 17)))
    workflow = workflow.apply(ThankYouSkipped(recruiter, at(8, 16, 17)))
    assert workflow.stage is Stage.WAITING
    assert workflow.plan()[0].key == "call 1 after agreement 1"


# --- the candidate comes back late -------------------------------------------------


def test_the_candidate_returns_on_20_september(thanked: Workflow) -> None:
    """Back on Wednesday 20 September with no call made: plan(now) starts from that day, due() still offers the first call."""
    now = at(9, 20, 10)
    plan = thanked.plan(now)
    assert days(plan) == [
        ("call 1 after agreement 1", on(9, 20)),
        ("call 2 after agreement 1", on(9, 27)),
        ("call 3 after agreement 1", on(10, 4)),
        ("call 4 after agreement 1", on(10, 11)),
        ("close the loop after agreement 1", on(10, 18)),
        ("move on after agreement 1", on(10, 26)),
    ]
    assert plan[4].reply_by == on(10, 25)
    assert "overdue since Tuesday, August 22, so planned for Wednesday, September 20" in (
        plan[0].reason
    )
    assert [action.key for action in thanked.plan()] == [action.key for action in plan]
    assert thanked.plan()[0].due_on == on(8, 22)
    (due,) = thanked.due(now)
    assert (due.key, due.due_on) == ("call 1 after agreement 1", on(8, 22))
    assert thanked.apply(due.done(now)).calls_made == 1
    with pytest.raises(InvalidInput) as error:
        thanked.plan(dt.datetime(2017, 9, 20, 10))
    assert error.value.field == "now"


def test_returning_the_day_after_the_follow_up_day(thanked: Workflow) -> None:
    """Back on Wednesday 23 August, a day late: the first call is planned that day, the next a week later."""
    assert days(thanked.plan(at(8, 23, 0)))[:2] == [
        ("call 1 after agreement 1", on(8, 23)),
        ("call 2 after agreement 1", on(8, 30)),
    ]
    # Still Tuesday 22 August in Detroit at 23:59: nothing is late yet.
    assert thanked.plan(at(8, 22, 23, 59)) == thanked.plan()


def test_returning_with_letters_unsent_and_on_a_weekend(started: Workflow) -> None:
    """Back on Saturday 23 September: the letters and the first call are planned for Monday 25 September."""
    plan = started.plan(at(9, 23, 10))
    assert days(plan)[:4] == [
        ("letter to interviewer 1", on(9, 25)),
        ("letter to interviewer 2", on(9, 25)),
        ("call 1 after agreement 1", on(9, 25)),
        ("call 2 after agreement 1", on(10, 2)),
    ]
    assert [action.key for action in started.due(at(9, 23, 10))] == [
        "letter to interviewer 1",
        "letter to interviewer 2",
    ]


def test_returning_across_the_end_of_summer_time(thanked: Workflow) -> None:
    """Back on Sunday 5 November, the night clocks go back: the call is Monday 6 November, its windows in EST."""
    now = pendulum.datetime(2017, 11, 5, 1, 30, tz=DETROIT)
    call = thanked.plan(now)[0]
    assert call.due_on == on(11, 6)
    before, after = call.windows
    zone = ZoneInfo(DETROIT)
    assert before.start.astimezone(zone).replace(tzinfo=None) == dt.datetime(2017, 11, 6, 8)
    assert before.start.utcoffset() == dt.timedelta(hours=-5)
    assert after.end.astimezone(zone).replace(tzinfo=None) == dt.datetime(2017, 11, 6, 18)
    # Two weeks later: Veterans Day (observed) is Friday 10 November, Thanksgiving the 23rd.
    late = [(a.key, a.due_on) for a in thanked.plan(pendulum.datetime(2017, 11, 23, 9, tz=DETROIT))]
    assert late[:2] == [
        ("call 1 after agreement 1", on(11, 27)),
        ("call 2 after agreement 1", on(12, 4)),
    ]


def test_a_late_call_back_day_is_planned_from_today(thanked: Workflow) -> None:
    """A call-back day already past is planned for today; the interval counts from there."""
    answered = thanked.apply(CallPlaced(at(8, 22, 8, 15), CallResult.SPOKE, call_back_on=on(8, 24)))
    assert days(answered.plan(at(8, 28, 12)))[:2] == [
        ("call 2 after agreement 1", on(8, 28)),
        ("call 3 after agreement 1", on(9, 5)),
    ]


# --- the next round ------------------------------------------------------------------


def test_next_round_follows_an_invitation(interview: Interview, called: Workflow) -> None:
    """Invited to a second interview: next_round starts round 2 with the same policy, or the one given."""
    invited = called.apply(HeardBack(at(8, 24), Outcome.NEXT_ROUND))
    second = attrs.evolve(interview, ended_at=at(9, 1, 11))
    round_two = invited.next_round(second, Agreement.on_weekday(second, 4))
    assert round_two.round == 2
    assert round_two.policy == MICHIGAN
    assert round_two.stage is Stage.THANKING
    assert round_two.history == ()
    assert round_two.follow_up_on == on(9, 11)
    assert round_two.calls_total == 0
    plain = invited.next_round(second, Agreement.on_weekday(second, 4), Policy())
    assert plain.policy == Policy()
    assert plain.round == 2
    assert Workflow.start(second, Agreement.on_weekday(second, 4), round=3).round == 3


@pytest.mark.parametrize("round_", [0, 100, True, 1.0, "2"])
def test_a_round_out_of_range_is_invalid(interview: Interview, round_: object) -> None:
    """A round that is not a whole number from 1 to 99 is InvalidInput naming the field."""
    with pytest.raises(InvalidInput) as error:
        Workflow.start(interview, Agreement.on_weekday(interview, 0), round=round_)  # type: ignore[arg-type]
    assert error.value.field == "round"


def test_next_round_checks_its_arguments(called: Workflow) -> None:
    """next_round() after an invitation still refuses an interview or agreement of the wrong type."""
    invited = called.apply(HeardBack(at(8, 24), Outcome.NEXT_ROUND))
    with pytest.raises(InvalidInput) as error:
        invited.next_round("the second interview", called.agreement)  # type: ignore[arg-type]
    assert error.value.field == "interview"
    with pytest.raises(InvalidInput) as error:
        invited.next_round(called.interview, called.agreement, policy="strict")  # type: ignore[arg-type]
    assert error.value.field == "policy"


@pytest.mark.parametrize(
    "ending",
    [
        HeardBack(at(8, 24), Outcome.OFFER),
        HeardBack(at(8, 24), Outcome.REJECTED),
        Withdrew(at(8, 24)),
        None,
    ],
)
def test_next_round_only_after_an_invitation(
    interview: Interview, called: Workflow, ending: HeardBack | Withdrew | None
) -> None:
    """next_round() on a workflow still open, or ended any other way, is a RuleViolation."""
    workflow = called if ending is None else called.apply(ending)
    with pytest.raises(RuleViolation) as error:
        workflow.next_round(interview, Agreement.on_weekday(interview, 0))
    assert error.value.rule == "next-round-after-invitation"
    assert workflow.stage.name in str(error.value)


# --- Action.done -----------------------------------------------------------------------


def test_doing_every_due_action_with_done_walks_the_whole_example(started: Workflow) -> None:
    """``workflow.apply(action.done(at))`` for each due action, at the start of its day, walks the example to the end."""
    workflow = started
    walked: list[tuple[str, dt.date]] = []
    while not workflow.finished:
        due_at = workflow.next_due_at
        assert due_at is not None
        last = workflow.history[-1].at if workflow.history else workflow.interview.ended_at
        now = max(due_at, last)
        offered = workflow.due(now)
        assert offered
        for action in offered:
            walked.append((action.key, action.due_on))
            workflow = workflow.apply(action.done(now))
    assert walked == [
        ("letter to interviewer 1", on(8, 16)),
        ("letter to interviewer 2", on(8, 16)),
        ("call 1 after agreement 1", on(8, 22)),
        ("call 2 after agreement 1", on(8, 29)),
        ("call 3 after agreement 1", on(9, 5)),
        ("call 4 after agreement 1", on(9, 12)),
        ("close the loop after agreement 1", on(9, 19)),
        ("move on after agreement 1", on(9, 27)),
    ]
    assert workflow.stage is Stage.MOVED_ON
    assert [type(event).__name__ for event in workflow.history] == [
        "ThankYouSent",
        "ThankYouSent",
        "CallPlaced",
        "CallPlaced",
        "CallPlaced",
        "CallPlaced",
        "CloseLoopSent",
        "MovedOn",
    ]
    # The calls were made at midnight in Detroit, the start of each due day.
    assert workflow.history[2].at == pendulum.datetime(2017, 8, 22, 4, tz="UTC")


def test_done_gives_each_kind_its_event(thanked: Workflow, recruiter: Interviewer) -> None:
    """done() builds ThankYouSent, CallPlaced, CloseLoopSent or MovedOn with the details given and the defaults."""
    started = Workflow.start(thanked.interview, thanked.agreement, thanked.policy)
    letter = started.plan()[1]
    assert letter.done(at(8, 16, 18)) == ThankYouSent(recruiter, at(8, 16, 18), Channel.MAIL)
    assert letter.done(at(8, 16, 18), channel=Channel.EMAIL) == ThankYouSent(
        recruiter, at(8, 16, 18), Channel.EMAIL
    )
    call = thanked.plan()[0]
    assert call.done(at(8, 22, 8)) == CallPlaced(at(8, 22, 8), CallResult.VOICEMAIL)
    spoke = call.done(at(8, 22, 8), result=CallResult.SPOKE, call_back_on=on(8, 24))
    assert spoke == CallPlaced(at(8, 22, 8), CallResult.SPOKE, call_back_on=on(8, 24))
    close, move_on = thanked.plan()[4:]
    assert close.done(at(9, 19, 9)) == CloseLoopSent(at(9, 19, 9), Channel.EMAIL)
    assert close.done(at(9, 19, 9), channel=Channel.VOICEMAIL) == CloseLoopSent(
        at(9, 19, 9), Channel.VOICEMAIL
    )
    assert move_on.done(at(9, 27)) == MovedOn(at(9, 27))
    for action, detail in ((letter, "result"), (call, "channel"), (close, "to"), (move_on, "x")):
        with pytest.raises(InvalidInput) as error:
            action.done(at(9, 27), **{detail: None})
        assert error.value.field == detail
    with pytest.raises(InvalidInput) as error:
        call.done(at(8, 22, 8), call_back_on=on(8, 24))
    assert error.value.field == "call_back_on"
    with pytest.raises(InvalidInput):
        call.done(dt.datetime(2017, 8, 22, 8))


# --- a namesake ----------------------------------------------------------------------


def test_a_letter_to_a_namesake_names_the_differing_field(
    started: Workflow, recruiter: Interviewer
) -> None:
    """A ThankYouSent to an Interviewer sharing Riley's name but not her title says which field differs."""
    namesake = attrs.evolve(recruiter, title="Recruiter")
    error = refused(started, ThankYouSent(namesake, at(8, 16, 18)))
    assert error.rule == "letter-to-interviewer"
    message = str(error)
    assert "title 'Recruiter' instead of 'Technical Recruiter'" in message
    assert "email" not in message
    assert "done()" in message
    elsewhere = attrs.evolve(recruiter, timezone="Europe/London", email="riley@example.org")
    message = str(refused(started, ThankYouSent(elsewhere, at(8, 16, 18))))
    assert "timezone 'Europe/London' instead of 'America/Detroit'" in message
    assert "email 'riley@example.org' instead of None" in message
    stranger = Interviewer("Pat Doe", "Recruiter", timezone=DETROIT)
    message = str(refused(started, ThankYouSkipped(stranger, at(8, 16, 18))))
    assert "Morgan Lee" in message
    assert "Riley Chen" in message


# --- properties over random branches ------------------------------------------------------


def _business(day: dt.date, workflow: Workflow) -> bool:
    """Monday to Friday, not one of the policy's holidays, a day the decision-maker's zone had."""
    zone = ZoneInfo(workflow.interview.decision_maker.timezone)
    had = any(
        dt.datetime(day.year, day.month, day.day, hour, tzinfo=zone)
        .astimezone(UTC)
        .astimezone(zone)
        .date()
        == day
        for hour in range(24)
    )
    holidays = {dt.date(d.year, d.month, d.day) for d in workflow.policy.holidays}
    return day.weekday() < 5 and day not in holidays and had


def day_of(instant: dt.datetime, zone_name: str) -> dt.date:
    """The calendar date of an instant in a zone."""
    return instant.astimezone(ZoneInfo(zone_name)).date()


def _last(workflow: Workflow) -> dt.datetime:
    return workflow.history[-1].at if workflow.history else workflow.interview.ended_at


@given(
    workflow=walked_workflows(),
    later=st.integers(-3 * 1440, 400 * 1440),
    zone=st.sampled_from(ZONES),
    data=st.data(),
)
def test_plan_from_now_is_never_in_the_past_and_on_business_days(
    workflow: Workflow, later: int, zone: str, data: st.DataObject
) -> None:
    """plan(now) never has a step before today in its zone; its calls and close-the-loop messages fall on business days."""
    now = pendulum.instance(_last(workflow)).add(minutes=later).in_timezone(zone)
    planned = workflow.plan()
    edge = data.draw(st.booleans(), label="just after a step's day")
    if edge and planned:
        # The edges: the start of the day after a planned step, or the very end of its day.
        action = data.draw(st.sampled_from(planned))
        after = pendulum.datetime(
            action.due_on.year, action.due_on.month, action.due_on.day, tz=action.timezone
        ).add(days=data.draw(st.integers(1, 3)))
        now = after.subtract(microseconds=data.draw(st.sampled_from((0, 1))))
    plan = workflow.plan(now)
    assert sorted(a.key for a in plan) == sorted(a.key for a in workflow.plan())
    assert len({action.key for action in plan}) == len(plan)
    for action in plan:
        today = now.in_timezone(action.timezone).date()
        assert action.due_on >= today, f"{action.key} on {action.due_on}, before {today}"
        if action.kind in (ActionKind.CALL, ActionKind.CLOSE_LOOP):
            day = dt.date(action.due_on.year, action.due_on.month, action.due_on.day)
            assert _business(day, workflow), f"{action.key} on {day}"
    ordinals = [action.due_on.toordinal() for action in plan]
    assert ordinals == sorted(ordinals)


@given(workflow=walked_workflows(), data=st.data())
def test_done_is_accepted_from_the_start_of_the_due_day(
    workflow: Workflow, data: st.DataObject
) -> None:
    """Each action of the current step, done at the start of its due day (or in one of its windows), is accepted."""
    if workflow.finished:
        return
    for action in workflow.due(dt.datetime(2999, 1, 1, tzinfo=UTC)):
        opens = pendulum.datetime(
            action.due_on.year, action.due_on.month, action.due_on.day, tz=action.timezone
        )
        moments = [max(opens, _last(workflow))]
        moments += [max(window.start, _last(workflow)) for window in action.windows]
        when = data.draw(st.sampled_from(moments))
        assert action in workflow.due(when)
        done = workflow.apply(action.done(when))
        assert done.history[-1] == action.done(when)
        assert action.key not in {a.key for a in done.plan()}
        if action.kind is ActionKind.CALL:
            day = day_of(when, action.timezone)
            asked = workflow.apply(action.done(when, result=CallResult.SPOKE, call_back_on=day))
            assert asked.calls_made == workflow.calls_made + 1


@given(workflow=walked_workflows(), later=st.integers(-2 * 1440, 200 * 1440))
def test_next_due_at_agrees_with_due(workflow: Workflow, later: int) -> None:
    """due(now) is non-empty exactly when next_due_at <= now, after any branch."""
    due_at = workflow.next_due_at
    now = pendulum.instance(_last(workflow)).add(minutes=later)
    if workflow.finished:
        assert due_at is None
        assert workflow.due(now) == ()
        return
    assert due_at is not None
    assert due_at.utcoffset() == dt.timedelta(0)
    assert (workflow.due(now) != ()) == (due_at <= now)
    assert workflow.due(due_at) != ()
    assert workflow.due(due_at.subtract(microseconds=1)) == ()


@given(workflow=walked_workflows())
def test_walked_workflows_replay_and_pickle(workflow: Workflow) -> None:
    """Any walked workflow replays from start to an equal workflow with the same plan, and pickles."""
    replayed = Workflow.start(
        workflow.interview, workflow.agreement, workflow.policy, round=workflow.round
    )
    for event in workflow.history:
        replayed = replayed.apply(event)
    assert replayed == workflow
    assert replayed.plan() == workflow.plan()
    assert pickle.loads(pickle.dumps(workflow)).plan() == workflow.plan()
    names = {type(event).__name__ for event in workflow.history}
    assert not names - {
        "ThankYouSent",
        "ThankYouSkipped",
        "CallPlaced",
        "CloseLoopSent",
        "MovedOn",
        "DecisionPostponed",
        "OutOfOffice",
    }
