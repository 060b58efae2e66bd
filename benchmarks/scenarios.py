"""Shared scenarios: the strategy's example lifecycle, and the same events as raw tuples.

Both the benchmark harness and the test that keeps the contenders honest
(``tests/test_benchmark_contenders.py``) build their inputs here, so the
comparison is always between identical rules on identical inputs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pendulum

from benchmarks.contenders import Facts, RawEvent
from followup_rules import (
    Agreement,
    CallPlaced,
    Candidate,
    CloseLoopSent,
    Event,
    HeardBack,
    Interview,
    Interviewer,
    MovedOn,
    Policy,
    Position,
    ThankYouSent,
    Withdrew,
    Workflow,
)

DETROIT = "America/Detroit"
KINDS: dict[type, str] = {
    ThankYouSent: "letter",
    CallPlaced: "call",
    CloseLoopSent: "close",
    MovedOn: "moved",
    HeardBack: "heard",
    Withdrew: "withdrew",
}


def example_workflow(
    zone: str = DETROIT,
    name: str = "Jordan Avery",
    *,
    days_later: int = 0,
    policy: Policy | None = None,
) -> Workflow:
    """The strategy's example: interview ends Wed 16 Aug 2017, decision "next Monday".

    Args:
        zone: Everyone's zone.
        name: The candidate's name.
        days_later: Move the interview this many days later.
        policy: The policy (a new default one when omitted).

    Returns:
        The example's workflow, just started.
    """
    decider = Interviewer(
        "Morgan Lee", "Director of Engineering", timezone=zone, decision_maker=True
    )
    interview = Interview(
        Candidate(name, "(313) 555-0142", email="jordan@example.com", timezone=zone),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider, Interviewer("Riley Chen", "Technical Recruiter", timezone=zone)],
        pendulum.datetime(2017, 8, 16, 15, 30, tz=zone).add(days=days_later),
        highlights=["the walkthrough of the streaming pipeline redesign"],
        qualifications=["six years building data platforms", "leading a team of four"],
    )
    return Workflow.start(interview, Agreement.on_weekday(interview, 0), policy or Policy())


def lifecycle(workflow: Workflow) -> list[Event]:
    """The eight events of the example's full lifecycle, as if nobody answers."""
    zone = workflow.interview.decision_maker.timezone
    decider, recruiter = workflow.interview.interviewers

    def at(day: dt.date, hour: int, minute: int = 0) -> pendulum.DateTime:
        return pendulum.datetime(day.year, day.month, day.day, hour, minute, tz=zone)

    ended = workflow.interview.ended_at.in_timezone(zone).date()
    events: list[Event] = [
        ThankYouSent(decider, at(ended, 18)),
        ThankYouSent(recruiter, at(ended, 18, 10)),
    ]
    state = workflow
    for event in events:
        state = state.apply(event)
    for hour in (17, 8, 17, 8):
        (call,) = (
            a for a in state.plan() if a.kind.name == "CALL" and a.attempt == state.calls_made + 1
        )
        event_call = CallPlaced(at(call.due_on, hour, 30))
        events.append(event_call)
        state = state.apply(event_call)
    close = state.plan()[0]
    events.append(CloseLoopSent(at(close.due_on, 9)))
    state = state.apply(events[-1])
    move_on = state.plan()[0]
    events.append(MovedOn(at(move_on.due_on, 9)))
    return events


def facts(workflow: Workflow) -> Facts:
    """The contenders' view of a workflow."""
    policy = workflow.policy
    return Facts(
        letters=len(workflow.interview.interviewers),
        follow_up_on=workflow.follow_up_on.toordinal(),
        max_calls=policy.max_calls,
        interval=policy.call_interval_days,
        reply_window=policy.reply_window_days,
        ended_ts=workflow.interview.ended_at.timestamp(),
        holidays=policy.holiday_ordinals,
    )


def raw(workflow: Workflow, events: Sequence[Event]) -> list[RawEvent]:
    """The events as the contenders' tuples (day on the decision-maker's calendar)."""
    zone = workflow.interview.decision_maker.timezone
    people = workflow.interview.interviewers
    out = []
    for event in events:
        extra = people.index(event.to) if isinstance(event, ThankYouSent) else 0
        day = event.at.in_timezone(zone).date().toordinal()
        out.append((KINDS[type(event)], event.at.timestamp(), day, extra))
    return out


def library_outcomes(workflow: Workflow, events: Sequence[Event]) -> list[str]:
    """The library's stage after each event, or "refused" (workflow kept)."""
    from followup_rules import RuleViolation

    outcomes = []
    for event in events:
        try:
            workflow = workflow.apply(event)
        except RuleViolation:
            outcomes.append("refused")
            continue
        outcomes.append(workflow.stage.name)
    return outcomes


def shared_scenarios() -> list[tuple[Workflow, list[Event]]]:
    """Scenarios every contender must get right: the lifecycle, and refusals on the way."""
    base = example_workflow()
    events = lifecycle(base)
    letters, calls, close, moved = events[:2], events[2:6], events[6], events[7]
    zone = DETROIT
    early_call = CallPlaced(pendulum.datetime(2017, 8, 21, 17, tz=zone))
    quick_call = CallPlaced(pendulum.datetime(2017, 8, 24, 8, tz=zone))
    return [
        (base, events),
        (base, [early_call, *letters, early_call, calls[0], quick_call, *calls[1:], close, moved]),
        (
            base,
            [letters[0], letters[0], letters[1], calls[0], close, calls[1], HeardBack(calls[1].at)],
        ),
        (base, [*letters, *calls, moved, close, Withdrew(close.at), moved]),
        (base, [letters[1], Withdrew(letters[1].at), calls[0]]),
    ]


def mid_lifecycle() -> Workflow:
    """The example after its two letters and two calls: the benchmarks' mid-lifecycle workflow."""
    workflow = example_workflow()
    for event in lifecycle(workflow)[:4]:
        workflow = workflow.apply(event)
    return workflow
