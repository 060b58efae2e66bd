"""The engine on the strategy's own dates: the timeline, holidays, DST, two zones."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    Candidate,
    Channel,
    CloseLoopSent,
    FollowUpError,
    HeardBack,
    Interview,
    Interviewer,
    InvalidInput,
    MovedOn,
    Outcome,
    Policy,
    Position,
    RuleViolation,
    Stage,
    ThankYouSent,
    Withdrew,
    Workflow,
)
from tests.conftest import DETROIT
from tests.strategies import workflows

US_HOLIDAYS_2017 = frozenset(
    {dt.date(2017, 9, 4), dt.date(2017, 11, 23), dt.date(2017, 12, 25)}
)  # Labor Day, Thanksgiving, Christmas


def at(
    y: int, m: int, d: int, h: int = 12, minute: int = 0, tz: str = DETROIT
) -> pendulum.DateTime:
    """A wall-clock time in a zone, for readable tests."""
    return pendulum.datetime(y, m, d, h, minute, tz=tz)


def thanked(workflow: Workflow, when: pendulum.DateTime) -> Workflow:
    """Send every interviewer their letter at ``when``."""
    for person in workflow.interview.interviewers:
        workflow = workflow.apply(ThankYouSent(person, when))
    return workflow


def dates(actions: tuple[Action, ...], kind: ActionKind) -> list[str]:
    """The ISO due dates of the actions of one kind."""
    return [action.due_on.isoformat() for action in actions if action.kind is kind]


def refused(workflow: Workflow, event: object, rule: str) -> RuleViolation:
    """Apply an event that must be refused by ``rule``, and check nothing changed."""
    before = workflow.to_dict()
    with pytest.raises(RuleViolation) as caught:
        workflow.apply(event)  # type: ignore[arg-type]
    assert caught.value.rule == rule, str(caught.value)
    assert rule in str(caught.value)
    assert workflow.to_dict() == before
    return caught.value


# --- the strategy's example ------------------------------------------------------


def test_example_follow_up_on_is_the_tuesday_after_next_monday(workflow: Workflow) -> None:
    """The "next Monday" after Wednesday 16 August 2017 is 21 August; the follow-up is the 22nd."""
    assert workflow.agreement.decision_by == dt.date(2017, 8, 21)
    assert workflow.agreement.follow_up_on is None
    assert workflow.follow_up_on == dt.date(2017, 8, 22)
    assert workflow.stage is Stage.THANKING


def test_example_plan(workflow: Workflow) -> None:
    """The example's plan: letters on 16 Aug, four weekly calls, close 19 Sep, move on 27 Sep."""
    plan = workflow.plan()
    assert dates(plan, ActionKind.SEND_THANK_YOU) == ["2017-08-16", "2017-08-16"]
    assert dates(plan, ActionKind.CALL) == ["2017-08-22", "2017-08-29", "2017-09-05", "2017-09-12"]
    assert dates(plan, ActionKind.CLOSE_LOOP) == ["2017-09-19"]
    assert dates(plan, ActionKind.MOVE_ON) == ["2017-09-27"]
    close = plan[-2]
    assert close.reply_by == dt.date(2017, 9, 26)
    assert [action.step for action in plan] == [2, 2, 3, 3, 3, 3, 4, 4]
    assert [action.attempt for action in plan if action.kind is ActionKind.CALL] == [1, 2, 3, 4]
    assert [a.contact for a in plan[:2]] == list(workflow.interview.interviewers)
    decider = workflow.interview.decision_maker
    assert all(a.contact == decider for a in plan[2:7])
    assert plan[-1].contact is None


def test_example_call_windows_are_outside_work_hours_in_detroit(workflow: Workflow) -> None:
    """Each call has an 08:00-09:00 and a 17:00-18:00 window, Detroit time, on its day."""
    call = next(a for a in workflow.plan() if a.kind is ActionKind.CALL)
    before, after = call.windows
    assert before.start == at(2017, 8, 22, 8)
    assert before.end == at(2017, 8, 22, 9)
    assert after.start == at(2017, 8, 22, 17)
    assert after.end == at(2017, 8, 22, 18)
    assert before.start.timezone_name == DETROIT
    assert before.start.utcoffset() == dt.timedelta(hours=-4)


def test_example_walked_through_to_moving_on(workflow: Workflow) -> None:
    """Walking the example's timeline accepts every step on its day and ends MOVED_ON."""
    assert [a.kind for a in workflow.due(at(2017, 8, 16, 16))] == [ActionKind.SEND_THANK_YOU] * 2
    decider, recruiter = workflow.interview.interviewers
    workflow = workflow.apply(ThankYouSent(decider, at(2017, 8, 16, 18)))
    assert [a.contact for a in workflow.due(at(2017, 8, 16, 19))] == [recruiter]
    workflow = workflow.apply(ThankYouSent(recruiter, at(2017, 8, 16, 19), Channel.EMAIL))
    assert workflow.stage is Stage.WAITING
    assert workflow.due(at(2017, 8, 21, 23, 59)) == ()

    for attempt, day in enumerate([22, 29], start=1):
        (call,) = workflow.due(at(2017, 8, day, 0, 1))
        assert (call.kind, call.attempt, call.due_on.day) == (ActionKind.CALL, attempt, day)
        workflow = workflow.apply(CallPlaced(at(2017, 8, day, 17, 30)))
    assert workflow.stage is Stage.CALLING
    for attempt, day in enumerate([5, 12], start=3):
        (call,) = workflow.due(at(2017, 9, day, 8))
        assert (call.attempt, call.due_on) == (attempt, dt.date(2017, 9, day))
        workflow = workflow.apply(CallPlaced(at(2017, 9, day, 8, 15)))
    assert workflow.stage is Stage.CLOSING
    assert workflow.calls_made == 4

    assert workflow.due(at(2017, 9, 18, 23)) == ()
    (close,) = workflow.due(at(2017, 9, 19, 7))
    assert close.kind is ActionKind.CLOSE_LOOP
    workflow = workflow.apply(CloseLoopSent(at(2017, 9, 19, 8)))
    assert workflow.stage is Stage.AWAITING_REPLY
    assert workflow.reply_by == dt.date(2017, 9, 26)
    assert workflow.due(at(2017, 9, 26, 23, 59)) == ()
    (move_on,) = workflow.due(at(2017, 9, 27, 0, 0))
    assert (move_on.kind, move_on.due_on) == (ActionKind.MOVE_ON, dt.date(2017, 9, 27))
    refused(workflow, MovedOn(at(2017, 9, 26, 18)), "move-on-not-before-due")
    workflow = workflow.apply(MovedOn(at(2017, 9, 27, 9)))
    assert workflow.stage is Stage.MOVED_ON
    assert workflow.plan() == ()
    assert workflow.due(at(2018, 1, 1)) == ()
    assert len(workflow.history) == 8


def test_overdue_actions_stay_due(workflow: Workflow) -> None:
    """An action not done on its day stays due on the days after."""
    workflow = thanked(workflow, at(2017, 8, 16, 18))
    (call,) = workflow.due(at(2017, 10, 1))
    assert (call.attempt, call.due_on) == (1, dt.date(2017, 8, 22))


def test_due_offers_only_the_current_step(workflow: Workflow) -> None:
    """While a letter is unsent nothing else is due, and never two calls at once."""
    late = at(2018, 6, 1)
    assert {a.kind for a in workflow.due(late)} == {ActionKind.SEND_THANK_YOU}
    workflow = thanked(workflow, at(2017, 8, 16, 18))
    assert [(a.kind, a.attempt) for a in workflow.due(late)] == [(ActionKind.CALL, 1)]


def test_a_late_call_shifts_everything_after_it(workflow: Workflow) -> None:
    """A first call made three days late moves the later calls and the close-the-loop date."""
    workflow = thanked(workflow, at(2017, 8, 16, 18)).apply(CallPlaced(at(2017, 8, 25, 17, 15)))
    plan = workflow.plan()
    # 25 Aug + 7 = Friday 1 Sep; then 8 Sep, 15 Sep; close on 22 Sep.
    assert dates(plan, ActionKind.CALL) == ["2017-09-01", "2017-09-08", "2017-09-15"]
    assert dates(plan, ActionKind.CLOSE_LOOP) == ["2017-09-22"]
    assert dates(plan, ActionKind.MOVE_ON) == ["2017-09-30"]


# --- rules, refused with the rule's name -----------------------------------------------


def test_no_call_before_every_letter_is_sent(workflow: Workflow) -> None:
    """A call while a letter is unsent is refused, naming who is still to be thanked."""
    workflow = workflow.apply(ThankYouSent(workflow.interview.decision_maker, at(2017, 8, 16, 18)))
    error = refused(workflow, CallPlaced(at(2017, 8, 22, 8)), "steps-in-order")
    assert "Riley Chen" in str(error)
    assert error.stage is Stage.THANKING


def test_letters_go_once_to_each_interviewer(workflow: Workflow, candidate: Candidate) -> None:
    """A second letter to the same person, or one to a stranger, is refused."""
    decider = workflow.interview.decision_maker
    once = workflow.apply(ThankYouSent(decider, at(2017, 8, 16, 18)))
    refused(once, ThankYouSent(decider, at(2017, 8, 16, 19)), "one-letter-each")
    stranger = Interviewer("Pat Doe", timezone=DETROIT)
    refused(once, ThankYouSent(stranger, at(2017, 8, 16, 19)), "letter-to-interviewer")
    refused(
        workflow, ThankYouSent(decider, at(2017, 8, 16, 19), Channel.VOICEMAIL), "letter-in-writing"
    )
    done = thanked(workflow, at(2017, 8, 16, 18))
    refused(done, ThankYouSent(decider, at(2017, 8, 17)), "one-letter-each")


def test_calls_not_before_the_follow_up_day(workflow: Workflow) -> None:
    """A call on the promised decision day itself is refused: the call comes the day after."""
    workflow = thanked(workflow, at(2017, 8, 16, 18))
    error = refused(workflow, CallPlaced(at(2017, 8, 21, 17, 30)), "call-not-before-follow-up")
    assert "2017-08-22" in str(error)
    assert workflow.apply(CallPlaced(at(2017, 8, 22, 0, 0))).calls_made == 1


def test_call_interval_counts_calendar_dates_in_the_deciders_zone(workflow: Workflow) -> None:
    """A Tuesday 17:30 call and the next Tuesday 08:15 call are a week apart; Monday is not."""
    workflow = thanked(workflow, at(2017, 8, 16, 18)).apply(CallPlaced(at(2017, 8, 22, 17, 30)))
    error = refused(workflow, CallPlaced(at(2017, 8, 28, 23, 59)), "call-interval")
    assert "6 days" in str(error)
    assert workflow.apply(CallPlaced(at(2017, 8, 29, 8, 15))).calls_made == 2


def test_a_fifth_call_is_impossible(workflow: Workflow) -> None:
    """After the fourth call the stage is CLOSING and a further call is refused."""
    workflow = thanked(workflow, at(2017, 8, 16, 18))
    for day in (
        dt.date(2017, 8, 22),
        dt.date(2017, 8, 29),
        dt.date(2017, 9, 5),
        dt.date(2017, 9, 12),
    ):
        workflow = workflow.apply(CallPlaced(at(day.year, day.month, day.day, 17, 30)))
    assert workflow.stage is Stage.CLOSING
    refused(workflow, CallPlaced(at(2017, 9, 19, 17, 30)), "max-calls")
    assert workflow.calls_made == 4


def test_fewer_calls_by_policy(interview: Interview) -> None:
    """With max_calls=2 the second call leads to CLOSING and the plan has two calls."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0), Policy(max_calls=2))
    assert dates(workflow.plan(), ActionKind.CALL) == ["2017-08-22", "2017-08-29"]
    assert dates(workflow.plan(), ActionKind.CLOSE_LOOP) == ["2017-09-05"]
    workflow = thanked(workflow, at(2017, 8, 16, 18)).apply(CallPlaced(at(2017, 8, 22, 8)))
    workflow = workflow.apply(CallPlaced(at(2017, 8, 29, 8)))
    assert workflow.stage is Stage.CLOSING


def test_close_the_loop_only_after_the_last_call_and_its_interval(workflow: Workflow) -> None:
    """Closing the loop early, or twice, is refused."""
    workflow = thanked(workflow, at(2017, 8, 16, 18)).apply(CallPlaced(at(2017, 8, 22, 8)))
    refused(workflow, CloseLoopSent(at(2017, 8, 30)), "steps-in-order")
    for day in (29,):
        workflow = workflow.apply(CallPlaced(at(2017, 8, day, 8)))
    for day in (5, 12):
        workflow = workflow.apply(CallPlaced(at(2017, 9, day, 8)))
    refused(workflow, CloseLoopSent(at(2017, 9, 18, 23)), "close-loop-not-before-due")
    closed = workflow.apply(CloseLoopSent(at(2017, 9, 19, 8), Channel.VOICEMAIL))
    refused(closed, CloseLoopSent(at(2017, 9, 20)), "one-close-loop")
    refused(workflow, CloseLoopSent(at(2017, 9, 19, 8), Channel.MAIL), "close-loop-channel")


def test_events_come_in_time_order(workflow: Workflow) -> None:
    """An event strictly before the previous one, or the interview's end, is refused; a tie is not."""
    decider, recruiter = workflow.interview.interviewers
    refused(workflow, ThankYouSent(decider, at(2017, 8, 16, 15, 29)), "events-in-time-order")
    tie = workflow.apply(ThankYouSent(decider, workflow.interview.ended_at))
    refused(tie, ThankYouSent(recruiter, at(2017, 8, 16, 15, 29)), "events-in-time-order")
    assert tie.apply(ThankYouSent(recruiter, workflow.interview.ended_at)).stage is Stage.WAITING


@pytest.mark.parametrize("ending", [HeardBack, Withdrew])
def test_heard_back_or_withdrew_ends_any_open_stage(workflow: Workflow, ending: type) -> None:
    """HeardBack and Withdrew end the workflow from THANKING and CALLING; then all is refused."""
    for start in (
        workflow,
        thanked(workflow, at(2017, 8, 16, 18)).apply(CallPlaced(at(2017, 8, 22, 8))),
    ):
        ended = start.apply(ending(at(2017, 8, 23)))
        assert ended.finished
        assert ended.plan() == ()
        assert ended.due(at(2017, 12, 1)) == ()
        refused(ended, Withdrew(at(2017, 8, 24)), "workflow-ended")
        refused(ended, CallPlaced(at(2017, 8, 29, 8)), "workflow-ended")
    assert workflow.apply(HeardBack(at(2017, 8, 17), Outcome.OFFER)).stage is Stage.HEARD_BACK


def test_apply_refuses_what_is_not_an_event(workflow: Workflow) -> None:
    """Applying something that is not an event raises InvalidInput, a FollowUpError."""
    with pytest.raises(InvalidInput, match="takes an event"):
        workflow.apply("CallPlaced")  # type: ignore[arg-type]


def test_apply_returns_a_new_workflow(workflow: Workflow) -> None:
    """apply() leaves the workflow it was called on as it was."""
    before = workflow.to_dict()
    after = workflow.apply(ThankYouSent(workflow.interview.decision_maker, at(2017, 8, 16, 18)))
    assert after is not workflow
    assert workflow.history == ()
    assert workflow.to_dict() == before
    assert after != workflow


# --- calls not permitted ----------------------------------------------------------


def test_without_permission_to_call_the_loop_is_closed_in_writing(interview: Interview) -> None:
    """With calls_permitted=False nothing is called; the message is due on follow_up_on, in writing."""
    agreement = Agreement.on_weekday(interview, 0, calls_permitted=False)
    workflow = Workflow.start(interview, agreement)
    plan = workflow.plan()
    assert dates(plan, ActionKind.CALL) == []
    assert dates(plan, ActionKind.CLOSE_LOOP) == ["2017-08-22"]
    assert plan[-2].reply_by == dt.date(2017, 8, 29)
    assert dates(plan, ActionKind.MOVE_ON) == ["2017-08-30"]
    workflow = thanked(workflow, at(2017, 8, 16, 18))
    assert workflow.stage is Stage.WAITING
    refused(workflow, CallPlaced(at(2017, 8, 22, 8)), "calls-not-permitted")
    refused(workflow, CloseLoopSent(at(2017, 8, 21, 8)), "close-loop-not-before-due")
    refused(workflow, CloseLoopSent(at(2017, 8, 22, 8), Channel.VOICEMAIL), "close-loop-channel")
    closed = workflow.apply(CloseLoopSent(at(2017, 8, 22, 8), Channel.MAIL))
    assert closed.stage is Stage.AWAITING_REPLY


# --- holidays -------------------------------------------------------------------------


def test_labor_day_moves_a_call_and_everything_after_it(interview: Interview) -> None:
    """A call planned on Labor Day (Monday 4 September 2017) moves to Tuesday the 5th."""
    agreement = Agreement(dt.date(2017, 8, 25))  # a Friday: follow up on Monday the 28th
    workflow = Workflow.start(interview, agreement, Policy(holidays=US_HOLIDAYS_2017))
    plan = workflow.plan()
    assert workflow.follow_up_on == dt.date(2017, 8, 28)
    assert dates(plan, ActionKind.CALL) == ["2017-08-28", "2017-09-05", "2017-09-12", "2017-09-19"]
    assert dates(plan, ActionKind.CLOSE_LOOP) == ["2017-09-26"]
    without = Workflow.start(interview, agreement)
    assert dates(without.plan(), ActionKind.CALL)[1] == "2017-09-04"


def test_holiday_after_the_promised_decision_moves_the_follow_up(interview: Interview) -> None:
    """A decision promised for Friday 1 September 2017 is followed up on Tuesday the 5th."""
    workflow = Workflow.start(
        interview, Agreement(dt.date(2017, 9, 1)), Policy(holidays=US_HOLIDAYS_2017)
    )
    assert workflow.follow_up_on == dt.date(2017, 9, 5)


def test_explicit_follow_up_day_on_a_holiday_moves_to_the_next_business_day(
    interview: Interview,
) -> None:
    """An agreed follow-up on Thanksgiving 2017 moves to Friday 24 November; the agreement keeps it."""
    agreement = Agreement(dt.date(2017, 11, 20), dt.date(2017, 11, 23))
    workflow = Workflow.start(interview, agreement, Policy(holidays=US_HOLIDAYS_2017))
    assert agreement.follow_up_on == dt.date(2017, 11, 23)
    assert workflow.follow_up_on == dt.date(2017, 11, 24)
    weekend = Workflow.start(interview, Agreement(dt.date(2017, 8, 21), dt.date(2017, 8, 26)))
    assert weekend.follow_up_on == dt.date(2017, 8, 28)


def test_reply_by_skips_christmas(interview: Interview) -> None:
    """A close-the-loop message on Monday 18 December 2017 asks for a reply by Tuesday the 26th."""
    agreement = Agreement(dt.date(2017, 12, 15), calls_permitted=False)
    workflow = Workflow.start(interview, agreement, Policy(holidays=US_HOLIDAYS_2017))
    close = next(a for a in workflow.plan() if a.kind is ActionKind.CLOSE_LOOP)
    assert close.due_on == dt.date(2017, 12, 18)
    assert close.reply_by == dt.date(2017, 12, 26)


# --- DST --------------------------------------------------------------------------------


@pytest.fixture
def autumn(interview: Interview) -> Workflow:
    """Calls straddling the end of DST in Detroit (5 November 2017), with US holidays."""
    late = Interview(
        interview.candidate,
        interview.position,
        interview.interviewers,
        at(2017, 10, 25, 16),
        highlights=interview.highlights,
    )
    return Workflow.start(late, Agreement(dt.date(2017, 11, 1)), Policy(holidays=US_HOLIDAYS_2017))


def test_windows_keep_wall_clock_time_across_the_end_of_dst(autumn: Workflow) -> None:
    """Calls before and after 5 November 2017 both open at 08:00 Detroit time, at -04:00 then -05:00."""
    calls = [a for a in autumn.plan() if a.kind is ActionKind.CALL]
    assert [c.due_on.isoformat() for c in calls] == [
        "2017-11-02",
        "2017-11-09",
        "2017-11-16",
        "2017-11-24",  # Thanksgiving, Thursday the 23rd, is skipped
    ]
    first, second = calls[0].windows[0], calls[1].windows[0]
    assert (first.start.hour, first.start.utcoffset()) == (8, dt.timedelta(hours=-4))
    assert (second.start.hour, second.start.utcoffset()) == (8, dt.timedelta(hours=-5))
    assert second.start - first.start == dt.timedelta(days=7, hours=1)


def test_interval_across_dst_is_counted_in_dates(autumn: Workflow) -> None:
    """Thursday 2 Nov 17:30 then Thursday 9 Nov 08:15 is a week apart though under 168 hours."""
    workflow = thanked(autumn, at(2017, 10, 25, 18)).apply(CallPlaced(at(2017, 11, 2, 17, 30)))
    second = CallPlaced(at(2017, 11, 9, 8, 15))
    assert second.at - workflow.history[-1].at < dt.timedelta(days=7)
    assert workflow.apply(second).calls_made == 2


# --- two time zones ------------------------------------------------------------------


@pytest.fixture
def london_candidate_interview(decider: Interviewer) -> Interview:
    """A candidate in London interviewed late in the evening, London time, by Detroit."""
    return Interview(
        Candidate("Alex Morgan", "+44 20 7946 0958", timezone="Europe/London"),
        Position("Analytics Lead", "Northwind Analytics"),
        [decider],
        at(2017, 8, 16, 20, 30),  # 01:30 on the 17th in London
    )


def test_letters_follow_the_candidates_calendar(london_candidate_interview: Interview) -> None:
    """Letters are due on the candidate's date (17 Aug in London); the decision on Detroit's."""
    workflow = Workflow.start(
        london_candidate_interview, Agreement.on_weekday(london_candidate_interview, 0)
    )
    letter = workflow.plan()[0]
    assert (letter.due_on, letter.timezone) == (dt.date(2017, 8, 17), "Europe/London")
    assert london_candidate_interview.held_on == dt.date(2017, 8, 16)
    assert workflow.agreement.decision_by == dt.date(2017, 8, 21)


def test_calls_are_due_on_the_deciders_calendar(london_candidate_interview: Interview) -> None:
    """At 04:30 on 22 Aug in London it is still the 21st in Detroit: the call is not yet due."""
    interview = london_candidate_interview
    workflow = thanked(
        Workflow.start(interview, Agreement.on_weekday(interview, 0)), at(2017, 8, 16, 21)
    )
    assert workflow.due(pendulum.datetime(2017, 8, 22, 4, 30, tz="Europe/London")) == ()
    (call,) = workflow.due(pendulum.datetime(2017, 8, 22, 5, 30, tz="Europe/London"))
    assert call.windows[0].start.timezone_name == DETROIT
    refused(
        workflow,
        CallPlaced(pendulum.datetime(2017, 8, 22, 3, 0, tz="Europe/London")),
        "call-not-before-follow-up",
    )


def test_london_detroit_gap_is_four_hours_in_late_october(decider: Interviewer) -> None:
    """On 31 Oct 2017 the Detroit 08:00 window opens at 12:00 London time, not 13:00."""
    interview = Interview(
        Candidate("Alex Morgan", "+44 20 7946 0958", timezone="Europe/London"),
        Position("Analytics Lead", "Northwind Analytics"),
        [decider],
        at(2017, 10, 20, 11),
    )
    workflow = Workflow.start(interview, Agreement(dt.date(2017, 10, 30)))
    (first, *_rest) = (a for a in workflow.plan() if a.kind is ActionKind.CALL)
    assert first.due_on == dt.date(2017, 10, 31)
    assert first.windows[0].start.in_timezone("Europe/London").hour == 12
    later = next(a for a in workflow.plan() if a.kind is ActionKind.CALL and a.attempt == 2)
    assert later.windows[0].start.in_timezone("Europe/London").hour == 13


# --- start ------------------------------------------------------------------------------


def test_decision_before_the_interview_is_refused(interview: Interview) -> None:
    """A decision_by before the interview's date raises InvalidInput naming the field."""
    with pytest.raises(InvalidInput, match="decision_by") as caught:
        Workflow.start(interview, Agreement(dt.date(2017, 8, 15)))
    assert caught.value.field == "decision_by"
    same_day = Workflow.start(interview, Agreement(dt.date(2017, 8, 16)))
    assert same_day.follow_up_on == dt.date(2017, 8, 17)


@pytest.mark.parametrize(
    "arguments",
    [
        ("interview", "agreement", None),
        (None, None, None),
    ],
)
def test_start_refuses_wrong_types(arguments: tuple[object, ...]) -> None:
    """Workflow.start with values of the wrong type raises InvalidInput."""
    with pytest.raises(FollowUpError):
        Workflow.start(*arguments)  # type: ignore[arg-type]


def test_start_refuses_a_non_policy(interview: Interview) -> None:
    """A policy that is not a Policy is refused."""
    with pytest.raises(InvalidInput, match="policy"):
        Workflow.start(interview, Agreement(dt.date(2017, 8, 21)), {"max_calls": 2})  # type: ignore[arg-type]


def test_workflow_cannot_be_built_directly() -> None:
    """Workflow() directly is a TypeError that points to Workflow.start."""
    with pytest.raises(TypeError, match=r"Workflow\.start"):
        Workflow()


def test_due_needs_an_aware_now(workflow: Workflow) -> None:
    """A naive now is refused: the day depends on the zone."""
    with pytest.raises(InvalidInput, match="naive"):
        workflow.due(dt.datetime(2017, 8, 22, 9))


def _event_for(workflow: Workflow, action: Action) -> ThankYouSent | CallPlaced | CloseLoopSent:
    """The event that does ``action`` on its due day, never before the latest event.

    Calls are placed when a window opens (the after-hours one if the
    before-hours one opened before the latest event); the rest at noon.
    """
    latest = workflow.history[-1].at if workflow.history else workflow.interview.ended_at
    noon = pendulum.datetime(
        action.due_on.year, action.due_on.month, action.due_on.day, 12, tz=action.timezone
    )
    if action.kind is ActionKind.SEND_THANK_YOU:
        assert action.contact is not None
        return ThankYouSent(action.contact, max(noon, latest))
    if action.kind is ActionKind.CALL:
        opens = [window.start for window in action.windows if window.start >= latest]
        return CallPlaced(opens[0] if opens else latest)
    return CloseLoopSent(max(noon, latest))


@given(workflows())
def test_what_is_due_is_the_plans_current_step_at_every_stage(workflow: Workflow) -> None:
    """Followed step by step, due() always offers exactly the plan's current step."""
    far = pendulum.datetime(2200, 1, 1, tz="UTC")
    while True:
        plan = workflow.plan()
        due = workflow.due(far)
        if workflow.stage is Stage.THANKING:
            assert due == tuple(a for a in plan if a.kind is ActionKind.SEND_THANK_YOU)
        else:
            assert due == plan[:1]
        if not plan or plan[0].kind is ActionKind.MOVE_ON:
            return
        workflow = workflow.apply(_event_for(workflow, due[0]))
