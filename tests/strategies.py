"""Reusable Hypothesis strategies for followup_rules' value types and workflows.

Every strategy here builds valid values only (the engine's constructors would
refuse anything else); tests that need invalid input build it from these.
Dates and instants stay between 2010 and 2035 and favour the zones listed in
:data:`ZONES`, which were picked for their awkward calendars: DST at midnight,
half-hour and 45-minute offsets, a 30-minute DST shift, and a whole day that
never happened (Pacific/Apia, 2011-12-30).

Import them as ``from tests.strategies import workflows`` (``tests`` is a
package). Nothing here reads the clock.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

import attrs
import pendulum
from hypothesis import strategies as st

from followup_rules import (
    ActionKind,
    Agreement,
    CallPlaced,
    CallResult,
    Candidate,
    DecisionPostponed,
    Event,
    FollowUpError,
    Interview,
    Interviewer,
    OutOfOffice,
    Policy,
    Position,
    ThankYouSkipped,
    Workflow,
)

__all__ = [
    "EARLIEST",
    "LATEST",
    "ZONES",
    "agreements",
    "aware_datetimes",
    "branch_workflows",
    "candidates",
    "held_on",
    "interviewers",
    "interviews",
    "policies",
    "positions",
    "walked_workflows",
    "wall_clock",
    "workflows",
    "zone_names",
]

ZONES: tuple[str, ...] = (
    "UTC",
    "America/Detroit",
    "America/Chicago",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Paris",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Pacific/Apia",
)
"""Real IANA zones with interesting calendars, UTC first (Hypothesis shrinks towards it)."""

EARLIEST = dt.datetime(2010, 1, 1)
"""The earliest wall-clock time the strategies produce."""

LATEST = dt.datetime(2035, 12, 31, 23, 59)
"""The latest wall-clock time the strategies produce (before any follow-up dates are added)."""

_NAMES = ("Morgan Lee", "Riley Chen", "Sam Okafor", "Alex Kim", "Dana Novak", "Jo Martin")
_TITLES = ("Director of Engineering", "Technical Recruiter", "Team Lead", "VP Data")


def zone_names() -> st.SearchStrategy[str]:
    """Draw one of :data:`ZONES`."""
    return st.sampled_from(ZONES)


def aware_datetimes(
    zones: st.SearchStrategy[str] | None = None,
    min_value: dt.datetime = EARLIEST,
    max_value: dt.datetime = LATEST,
) -> st.SearchStrategy[dt.datetime]:
    """Draw timezone-aware datetimes, stdlib or pendulum, in a real zone.

    Half are stdlib datetimes with a ``ZoneInfo`` from
    ``st.datetimes(allow_imaginary=True)``, so times in DST gaps and both
    folds of repeated hours come up on purpose; the other half are pendulum
    DateTimes built from a wall-clock time in the zone (pendulum moves gap
    times forward).

    Args:
        zones: Zone names to draw from; :func:`zone_names` when omitted.
        min_value: Earliest naive wall-clock time.
        max_value: Latest naive wall-clock time.

    Returns:
        A strategy of aware datetimes.
    """
    names = zone_names() if zones is None else zones
    stdlib = names.flatmap(
        lambda name: st.datetimes(
            min_value=min_value,
            max_value=max_value,
            timezones=st.just(ZoneInfo(name)),
            allow_imaginary=True,
        )
    )
    built = st.builds(
        lambda naive, name: pendulum.datetime(
            naive.year, naive.month, naive.day, naive.hour, naive.minute, tz=name
        ),
        st.datetimes(min_value=min_value, max_value=max_value),
        names,
    )
    return st.one_of(stdlib, built)


def wall_clock(day: dt.date, wall: dt.time, zone_name: str) -> pendulum.DateTime:
    """Return the instant of a wall-clock time on a day in a zone (gap times move forward)."""
    return pendulum.datetime(
        day.year, day.month, day.day, wall.hour, wall.minute, wall.second, tz=zone_name
    )


def candidates(zones: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Candidate]:
    """Draw a candidate with a phone number, an optional email and a zone."""
    return st.builds(
        Candidate,
        st.sampled_from(("Jordan Avery", "Casey Brown", "Avery Quinn")),
        st.sampled_from(("(313) 555-0142", "+44 20 7946 0958", "555 0100")),
        email=st.one_of(st.none(), st.just("candidate@example.com")),
        timezone=zone_names() if zones is None else zones,
    )


@st.composite
def interviewers(
    draw: st.DrawFn,
    min_size: int = 1,
    max_size: int = 4,
    zones: st.SearchStrategy[str] | None = None,
) -> tuple[Interviewer, ...]:
    """Draw the interviewers of one interview: unique, exactly one decision-maker when several.

    A lone interviewer is marked as the decision-maker or not (the engine
    takes them as the decision-maker either way). Names may repeat across
    people with different titles: they are still different interviewers.

    Args:
        draw: Hypothesis' draw function.
        min_size: Fewest interviewers, at least 1.
        max_size: Most interviewers.
        zones: Zone names to draw from; :func:`zone_names` when omitted.

    Returns:
        A tuple of distinct interviewers.
    """
    names = zone_names() if zones is None else zones
    size = draw(st.integers(min_size, max_size))
    decider = draw(st.integers(0, size - 1))
    lone_marked = draw(st.booleans())
    people: list[Interviewer] = []
    for index in range(size):
        people.append(
            Interviewer(
                draw(st.sampled_from(_NAMES)),
                # The index in the title keeps everyone distinct.
                f"{draw(st.sampled_from(_TITLES))} #{index}",
                email=draw(st.one_of(st.none(), st.just(f"person{index}@example.com"))),
                timezone=draw(names),
                decision_maker=(index == decider) if size > 1 else lone_marked,
            )
        )
    return tuple(people)


def positions() -> st.SearchStrategy[Position]:
    """Draw a position."""
    return st.builds(
        Position,
        st.sampled_from(("Senior Data Engineer", "Product Manager")),
        st.sampled_from(("Northwind Analytics", "Contoso")),
    )


def interviews(
    ended_at: st.SearchStrategy[dt.datetime] | None = None,
    people: st.SearchStrategy[tuple[Interviewer, ...]] | None = None,
) -> st.SearchStrategy[Interview]:
    """Draw an interview that ended at an aware instant between 2010 and 2035.

    Args:
        ended_at: When it ended; :func:`aware_datetimes` when omitted.
        people: Its interviewers; :func:`interviewers` when omitted.

    Returns:
        A strategy of interviews.
    """
    return st.builds(
        Interview,
        candidates(),
        positions(),
        interviewers() if people is None else people,
        aware_datetimes() if ended_at is None else ended_at,
    )


def held_on(interview: Interview) -> dt.date:
    """Return the interview's date on the decision-maker's calendar (computed with zoneinfo)."""
    zone = ZoneInfo(interview.decision_maker.timezone)
    return interview.ended_at.astimezone(zone).date()


@st.composite
def agreements(
    draw: st.DrawFn,
    interview: Interview,
    policy: Policy | None = None,
    calls_permitted: bool | None = None,
) -> Agreement:
    """Draw an agreement for an interview: a decision on or after its date.

    Sometimes built by the named constructors (``on_weekday``, ``within``,
    ``unspecified``), sometimes with an explicit ``follow_up_on`` (which may
    fall on a weekend or holiday), and sometimes without calls permitted.

    Args:
        draw: Hypothesis' draw function.
        interview: The interview agreed on.
        policy: The policy, for ``Agreement.unspecified``.
        calls_permitted: Force calls permitted or not; drawn (mostly True) when None.

    Returns:
        An agreement that ``Workflow.start`` accepts for this interview.
    """
    permitted = (
        draw(st.sampled_from((True, True, True, False)))
        if calls_permitted is None
        else calls_permitted
    )
    how = draw(st.sampled_from(("explicit", "weekday", "within", "unspecified")))
    if how == "weekday":
        return Agreement.on_weekday(interview, draw(st.integers(0, 6)), calls_permitted=permitted)
    if how == "within":
        return Agreement.within(interview, days=draw(st.integers(0, 30)), calls_permitted=permitted)
    if how == "unspecified":
        return Agreement.unspecified(interview, policy, calls_permitted=permitted)
    decision_by = held_on(interview) + dt.timedelta(days=draw(st.integers(0, 30)))
    follow_up_on = draw(
        st.one_of(
            st.none(),
            st.integers(1, 14).map(lambda days: decision_by + dt.timedelta(days=days)),
        )
    )
    return Agreement(decision_by, follow_up_on, calls_permitted=permitted)


@st.composite
def policies(
    draw: st.DrawFn,
    near: dt.date | None = None,
    max_calls: st.SearchStrategy[int] | None = None,
) -> Policy:
    """Draw a policy with every knob in range and work hours that leave room for the windows.

    Work starts between 06:00 and 11:00 and ends between 14:00 and 21:00;
    windows last 1 to 120 minutes, so both stay inside the day and clear of
    the night hours in which DST changes happen.

    Args:
        draw: Hypothesis' draw function.
        near: Holidays fall within about five months after this date (none when None).
        max_calls: Strategy for ``max_calls``; 1 to 4 when omitted.

    Returns:
        A valid policy.
    """
    holidays: frozenset[dt.date] = frozenset()
    if near is not None:
        offsets = draw(st.lists(st.integers(-2, 150), max_size=12))
        holidays = frozenset(near + dt.timedelta(days=offset) for offset in offsets)
    quarter = st.sampled_from((0, 15, 30, 45))
    start = dt.time(draw(st.integers(6, 10)), draw(quarter))
    end = dt.time(draw(st.integers(14, 20)), draw(quarter))
    return Policy(
        max_calls=draw(st.integers(1, 4) if max_calls is None else max_calls),
        holidays=holidays,
        call_interval_days=draw(st.integers(7, 21)),
        reply_window_days=draw(st.integers(1, 14)),
        default_wait_days=draw(st.integers(1, 14)),
        workday_start=start,
        workday_end=end,
        call_window_minutes=draw(st.sampled_from((1, 15, 30, 45, 60, 90, 120))),
    )


@st.composite
def workflows(
    draw: st.DrawFn,
    calls_permitted: bool | None = None,
    max_calls: st.SearchStrategy[int] | None = None,
    interview: st.SearchStrategy[Interview] | None = None,
) -> Workflow:
    """Draw a freshly started workflow (stage THANKING, empty history).

    The interview, its policy (holidays near the interview's date) and the
    agreement are drawn together so that ``Workflow.start`` accepts them.

    Args:
        draw: Hypothesis' draw function.
        calls_permitted: Force the agreement's ``calls_permitted``; drawn when None.
        max_calls: Strategy for the policy's ``max_calls``; 1 to 4 when omitted.
        interview: Strategy for the interview; :func:`interviews` when omitted.

    Returns:
        A started workflow.
    """
    chosen = draw(interviews() if interview is None else interview)
    policy = draw(policies(near=held_on(chosen), max_calls=max_calls))
    agreement = draw(agreements(chosen, policy, calls_permitted))
    return Workflow.start(chosen, agreement, policy)


@st.composite
def branch_workflows(
    draw: st.DrawFn,
    calls_permitted: bool | None = None,
    max_calls: st.SearchStrategy[int] | None = None,
) -> Workflow:
    """Draw a freshly started workflow whose policy allows 0 to 3 postponements.

    As :func:`workflows`, with ``max_postponements`` drawn too (2, the
    default, first: Hypothesis shrinks towards it).

    Args:
        draw: Hypothesis' draw function.
        calls_permitted: Force the agreement's ``calls_permitted``; drawn when None.
        max_calls: Strategy for the policy's ``max_calls``; 1 to 4 when omitted.

    Returns:
        A started workflow.
    """
    started = draw(workflows(calls_permitted, max_calls))
    limit = draw(st.sampled_from((2, 0, 1, 3)))
    policy = attrs.evolve(started.policy, max_postponements=limit)
    return Workflow.start(started.interview, started.agreement, policy)


def _days_after(day: dt.date, days: int) -> dt.date:
    return day + dt.timedelta(days=days)


@st.composite
def walked_workflows(draw: st.DrawFn, max_steps: int = 25) -> Workflow:
    """Draw a workflow that has taken random branches: a random walk of accepted events.

    From :func:`branch_workflows`, each step does the first planned action
    (by ``action.done``, at the start of its due day or later), or skips a
    letter, or calls and is asked to call back, or hears of a postponement
    or an absence, at a time after the last event. Events the rules refuse
    are left out, so the history holds accepted events only.

    Args:
        draw: Hypothesis' draw function.
        max_steps: The most events tried.

    Returns:
        A workflow, open or (now and then) ended by moving on.
    """
    workflow = draw(branch_workflows())
    zone_name = workflow.interview.decision_maker.timezone
    zone = ZoneInfo(zone_name)
    for _ in range(draw(st.integers(0, max_steps))):
        if workflow.finished:
            break
        last = workflow.history[-1].at if workflow.history else workflow.interview.ended_at
        last = pendulum.instance(last)
        soon = last.add(minutes=draw(st.integers(0, 20 * 1440)))
        day = soon.astimezone(zone).date()
        ahead = st.integers(-1, 30).map(functools.partial(_days_after, day))
        how = draw(st.sampled_from(("due", "due", "due", "skip", "call back", "postpone", "away")))
        event: Event
        try:
            if how == "due":
                action = workflow.plan()[0]
                if action.kind is ActionKind.MOVE_ON and draw(st.integers(0, 3)):
                    continue  # mostly stay open: an ended workflow shows little
                opens = pendulum.datetime(
                    action.due_on.year, action.due_on.month, action.due_on.day, tz=action.timezone
                )
                event = action.done(max(opens, last).add(minutes=draw(st.integers(0, 3 * 1440))))
            elif how == "skip":
                event = ThankYouSkipped(
                    draw(st.sampled_from(workflow.interview.interviewers)), soon
                )
            elif how == "call back":
                action = workflow.plan()[0]
                opens = pendulum.datetime(
                    action.due_on.year, action.due_on.month, action.due_on.day, tz=action.timezone
                )
                at = max(opens, last).add(minutes=draw(st.integers(0, 1440)))
                event = CallPlaced(
                    at,
                    draw(st.sampled_from((CallResult.SPOKE, CallResult.GATEKEEPER))),
                    call_back_on=at.astimezone(zone).date()
                    + dt.timedelta(days=draw(st.integers(0, 21))),
                )
            elif how == "postpone":
                event = DecisionPostponed(
                    soon, draw(st.one_of(st.none(), ahead)), draw(st.one_of(st.none(), ahead))
                )
            else:
                event = OutOfOffice(soon, draw(ahead))
            workflow = workflow.apply(event)
        except FollowUpError:
            continue
    return workflow
