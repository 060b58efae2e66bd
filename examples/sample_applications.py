"""Made-up applications for the scale examples: a job board's workflows on one morning.

``sample_records(count, today=..., seed=...)`` draws ``count`` applications
from a seeded random generator, so the same arguments always give the same
workflows. Each interview ended some day in the ``history_days`` before
``today``, in one of :data:`ZONES` (among them zones with odd offsets and a
30-minute DST shift); the candidate then did every follow-up action that fell
due before ``today``, on its due day, except that some fall a few days behind,
and some hear back or withdraw along the way. So most old applications have
ended, and on ``today`` only the recent ones have something due.

Both ``agenda_at_scale.py`` (Dask over JSON lines) and ``sqlite_agenda.py``
(an indexed database) fill their demos from here, and their tests check them
against ``followup_rules.agenda()`` on these workflows.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pendulum

from followup_rules import (
    Action,
    ActionKind,
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

ZONES = (
    "America/New_York",
    "America/Detroit",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Paris",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Tokyo",
    "Australia/Lord_Howe",
    "Australia/Sydney",
    "Pacific/Chatham",
)
"""The zones the applications' people live in."""

TODAY = pendulum.Date(2017, 10, 2)
"""The default morning the samples are drawn for: Monday 2 October 2017."""

_TITLES = ("Data Engineer", "Backend Developer", "Product Designer", "Site Reliability Engineer")


def _interview(
    rng: random.Random, number: int, today: pendulum.Date, history_days: int
) -> Interview:
    zone = rng.choice(ZONES)
    # Most people work in their company's zone; some interview from afar.
    candidate_zone = zone if rng.random() < 0.8 else rng.choice(ZONES)
    day = today.subtract(days=rng.randrange(1, history_days + 1))
    ended = pendulum.datetime(
        day.year, day.month, day.day, rng.randrange(9, 17), rng.choice((0, 15, 30, 45)), tz=zone
    )
    decider = Interviewer(f"Decider {number}", "Hiring Manager", timezone=zone, decision_maker=True)
    others = [
        Interviewer(f"Interviewer {number}-{extra}", "Engineer", timezone=zone)
        for extra in range(rng.choice((0, 0, 1, 2)))
    ]
    return Interview(
        Candidate(f"Candidate {number}", "555 0100", timezone=candidate_zone),
        Position(rng.choice(_TITLES), f"Company {rng.randrange(500)}"),
        [decider, *others],
        ended,
    )


def _agreement(rng: random.Random, interview: Interview, policy: Policy) -> Agreement:
    calls_permitted = rng.random() < 0.9
    choice = rng.randrange(3)
    if choice == 0:
        return Agreement.on_weekday(interview, rng.randrange(5), calls_permitted=calls_permitted)
    if choice == 1:
        return Agreement.within(interview, days=rng.randrange(15), calls_permitted=calls_permitted)
    return Agreement.unspecified(interview, policy, calls_permitted=calls_permitted)


def _doing(action: Action, after: pendulum.DateTime) -> Event:
    """The event of doing ``action`` on its due day, not before ``after``."""
    day = action.due_on
    if action.kind is ActionKind.CALL:
        # The first moment of the before-hours window.
        at = action.windows[0].start
    else:
        at = pendulum.datetime(day.year, day.month, day.day, 19, tz=action.timezone)
    at = max(at, after)
    if action.kind is ActionKind.SEND_THANK_YOU:
        assert action.contact is not None
        return ThankYouSent(action.contact, at)
    if action.kind is ActionKind.CALL:
        return CallPlaced(at)
    if action.kind is ActionKind.CLOSE_LOOP:
        return CloseLoopSent(at)
    return MovedOn(at)


def sample_workflow(
    rng: random.Random, number: int, *, today: pendulum.Date, history_days: int, policy: Policy
) -> Workflow:
    """One made-up application, followed up on until the morning of ``today``.

    Args:
        rng: The random generator to draw from.
        number: The application's number, used in its people's names.
        today: The morning the application is seen on.
        history_days: The interview ended 1 to this many days before ``today``.
        policy: The rules' knobs.

    Returns:
        The workflow, with every action done that fell due before ``today``
        (less a lag of 0 to 3 days for some candidates), unless it ended.
    """
    interview = _interview(rng, number, today, history_days)
    workflow = Workflow.start(interview, _agreement(rng, interview, policy), policy)
    behind = rng.choice((0, 0, 0, 0, 0, 0, 1, 2, 3))
    cutoff = today.subtract(days=behind)
    after = interview.ended_at
    while not workflow.finished:
        action = workflow.plan()[0]
        if action.due_on >= cutoff:
            break
        event = _doing(action, after)
        workflow = workflow.apply(event)
        after = event.at
        chance = rng.random()
        if workflow.finished:
            break
        if chance < 0.12:
            workflow = workflow.apply(HeardBack(after))
        elif chance < 0.13:
            workflow = workflow.apply(Withdrew(after))
    return workflow


def sample_workflows(
    count: int, *, today: pendulum.Date = TODAY, history_days: int = 730, seed: int = 2017
) -> Iterator[tuple[str, Workflow]]:
    """``count`` applications as ``(id, workflow)`` pairs, ids ``app-0000000``, ``app-0000001``, ...

    Args:
        count: How many.
        today: The morning they are seen on.
        history_days: Interviews ended 1 to this many days before ``today``.
            The default, two years, leaves a few percent open; a short
            history leaves most open.
        seed: The random generator's seed: the same arguments give the same
            workflows.

    Yields:
        ``(id, workflow)`` pairs, in id order.
    """
    rng = random.Random(seed)
    policy = Policy()
    for number in range(count):
        yield (
            f"app-{number:07d}",
            sample_workflow(rng, number, today=today, history_days=history_days, policy=policy),
        )
