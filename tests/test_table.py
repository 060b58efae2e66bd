"""The transition table, tested whole: every (stage, event type) pair on real workflows."""

from __future__ import annotations

import datetime as dt
from collections import deque

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_rules import (
    TERMINAL_STAGES,
    TRANSITIONS,
    ActionKind,
    Agreement,
    Branch,
    CallPlaced,
    Candidate,
    Channel,
    CloseLoopSent,
    DecisionPostponed,
    Event,
    HeardBack,
    Interview,
    Interviewer,
    MovedOn,
    OutOfOffice,
    Position,
    RuleViolation,
    Stage,
    ThankYouSent,
    ThankYouSkipped,
    Withdrew,
    Workflow,
)
from tests.strategies import workflows

EVENT_TYPES: tuple[type[Event], ...] = (
    ThankYouSent,
    ThankYouSkipped,
    CallPlaced,
    HeardBack,
    CloseLoopSent,
    MovedOn,
    Withdrew,
    DecisionPostponed,
    OutOfOffice,
)
PAIRS = [(stage, kind) for stage in Stage for kind in EVENT_TYPES]


def last_instant(workflow: Workflow) -> pendulum.DateTime:
    """The latest instant the workflow has seen: its last event's, or the interview's end."""
    return workflow.history[-1].at if workflow.history else workflow.interview.ended_at


def do_next(workflow: Workflow) -> Workflow:
    """Apply the first planned action at the start of its day (or right after the last event)."""
    action = workflow.plan()[0]
    day = action.due_on
    opens = pendulum.datetime(day.year, day.month, day.day, tz=action.timezone)
    at = max(opens, last_instant(workflow))
    event: Event
    if action.kind is ActionKind.SEND_THANK_YOU:
        assert action.contact is not None
        event = ThankYouSent(action.contact, at)
    elif action.kind is ActionKind.CALL:
        event = CallPlaced(at)
    elif action.kind is ActionKind.CLOSE_LOOP:
        event = CloseLoopSent(at, Channel.EMAIL)
    else:
        event = MovedOn(at)
    return workflow.apply(event)


def reach(workflow: Workflow, stage: Stage, steps_first: int) -> Workflow:
    """Drive a started workflow to ``stage`` with valid events only."""
    if stage in (Stage.HEARD_BACK, Stage.WITHDRAWN):
        for _ in range(steps_first):
            if workflow.stage is Stage.AWAITING_REPLY:
                break
            workflow = do_next(workflow)
        ending = HeardBack if stage is Stage.HEARD_BACK else Withdrew
        return workflow.apply(ending(last_instant(workflow)))
    for _ in range(20):
        if workflow.stage is stage:
            return workflow
        workflow = do_next(workflow)
    raise AssertionError(f"could not reach {stage} from {workflow!r}")


def probe(workflow: Workflow, kind: type[Event]) -> Event:
    """An event of ``kind`` that passes every check but the table's: late enough, to the right person."""
    plan = workflow.plan()
    at = last_instant(workflow).add(days=1)
    if plan:
        day = plan[-1].due_on.add(days=2)
        at = max(at, pendulum.datetime(day.year, day.month, day.day, 12))
    if kind in (ThankYouSent, ThankYouSkipped):
        unsent = [a.contact for a in plan if a.kind is ActionKind.SEND_THANK_YOU]
        to = unsent[0] if unsent and unsent[0] is not None else workflow.interview.interviewers[0]
        return ThankYouSent(to, at) if kind is ThankYouSent else ThankYouSkipped(to, at)
    if kind is DecisionPostponed:
        return DecisionPostponed(at)
    if kind is OutOfOffice:
        zone = workflow.interview.decision_maker.timezone
        return OutOfOffice(at, at.in_timezone(zone).date().add(days=3))
    if kind is CloseLoopSent:
        return CloseLoopSent(at, Channel.EMAIL)
    if kind is CallPlaced:
        return CallPlaced(at)
    if kind is HeardBack:
        return HeardBack(at)
    if kind is MovedOn:
        return MovedOn(at)
    return Withdrew(at)


def branch_of(workflow: Workflow, event: Event) -> Branch:
    """The branch the rules' text picks for ``event``, from the workflow's facts."""
    if isinstance(event, (ThankYouSent, ThankYouSkipped)):
        unsent = [a for a in workflow.plan() if a.kind is ActionKind.SEND_THANK_YOU]
        return Branch.LAST_LETTER if len(unsent) == 1 else Branch.LETTERS_REMAIN
    no_calls_left = workflow.postponements > workflow.policy.max_postponements
    if isinstance(event, CallPlaced):
        if not workflow.agreement.calls_permitted:
            return Branch.CALLS_NOT_PERMITTED
        if no_calls_left:
            return Branch.NO_CALLS_LEFT
        if workflow.calls_made + 1 == workflow.policy.max_calls:
            return Branch.LAST_CALL
        return Branch.CALLS_REMAIN
    if isinstance(event, CloseLoopSent):
        if not workflow.agreement.calls_permitted:
            return Branch.CALLS_NOT_PERMITTED
        return Branch.NO_CALLS_LEFT if no_calls_left else Branch.CALLS_PERMITTED
    return Branch.ANY


def fitting(stage: Stage) -> st.SearchStrategy[Workflow]:
    """Workflows that can reach ``stage``: CALLING needs two calls, CLOSING needs calls."""
    if stage is Stage.CALLING:
        return workflows(calls_permitted=True, max_calls=st.integers(2, 4))
    if stage is Stage.CLOSING:
        return workflows(calls_permitted=True)
    return workflows()


@pytest.mark.parametrize(("stage", "kind"), PAIRS, ids=[f"{s.name}-{k.__name__}" for s, k in PAIRS])
@settings(max_examples=12)
@given(data=st.data())
def test_every_pair_is_a_row_or_a_refusal(
    stage: Stage, kind: type[Event], data: st.DataObject
) -> None:
    """Each (stage, event type) either moves to the table's target or is refused with no trace."""
    started = data.draw(fitting(stage))
    workflow = reach(started, stage, data.draw(st.integers(0, 8)))
    assert workflow.stage is stage
    event = probe(workflow, kind)
    target = TRANSITIONS.get((stage, kind, branch_of(workflow, event)))
    before = workflow.to_dict()
    if target is None:
        with pytest.raises(RuleViolation):
            workflow.apply(event)
        assert workflow.to_dict() == before
        assert workflow.stage is stage
        assert Workflow.from_dict(before) == workflow
    else:
        after = workflow.apply(event)
        assert after.stage is target
        assert after.history[-1] == event
        assert workflow.to_dict() == before


def test_open_stages_end_on_heard_back_and_withdrew() -> None:
    """Every non-terminal stage has a HeardBack and a Withdrew row to the matching end."""
    for stage in Stage:
        if stage in TERMINAL_STAGES:
            continue
        assert TRANSITIONS[(stage, HeardBack, Branch.ANY)] is Stage.HEARD_BACK
        assert TRANSITIONS[(stage, Withdrew, Branch.ANY)] is Stage.WITHDRAWN


def test_terminal_stages_have_no_rows() -> None:
    """No row leaves a terminal stage, and the terminal stages are exactly the three ends."""
    assert {Stage.HEARD_BACK, Stage.MOVED_ON, Stage.WITHDRAWN} == TERMINAL_STAGES
    assert all(stage not in TERMINAL_STAGES for stage, _kind, _branch in TRANSITIONS)


def test_every_stage_is_reachable_from_thanking() -> None:
    """Walking the table's rows from THANKING reaches every stage."""
    seen = {Stage.THANKING}
    queue = deque([Stage.THANKING])
    while queue:
        stage = queue.popleft()
        for (source, _kind, _branch), target in TRANSITIONS.items():
            if source is stage and target not in seen:
                seen.add(target)
                queue.append(target)
    assert seen == set(Stage)


def test_rows_are_well_typed() -> None:
    """Every key is (Stage, one of the nine event types, Branch) and every target a Stage."""
    for (stage, kind, branch), target in TRANSITIONS.items():
        assert isinstance(stage, Stage)
        assert kind in EVENT_TYPES
        assert isinstance(branch, Branch)
        assert isinstance(target, Stage)


def test_ending_rows_only_from_ended_events() -> None:
    """Only HeardBack, Withdrew and MovedOn lead into a terminal stage."""
    for (_stage, kind, _branch), target in TRANSITIONS.items():
        if target in TERMINAL_STAGES:
            assert kind in (HeardBack, Withdrew, MovedOn)
        else:
            assert kind in (
                ThankYouSent,
                ThankYouSkipped,
                CallPlaced,
                CloseLoopSent,
                DecisionPostponed,
                OutOfOffice,
            )


def test_probe_time_is_after_everything() -> None:
    """The probe event of the strategy's example comes after every planned date (sanity of the helper)."""
    decider = Interviewer("Morgan Lee", timezone="America/Detroit", decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="America/Detroit"),
        Position("Engineer", "Northwind"),
        [decider],
        pendulum.datetime(2017, 8, 16, 15, 30, tz="America/Detroit"),
    )
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    event = probe(workflow, CallPlaced)
    assert event.at.date() > dt.date(2017, 9, 27)
