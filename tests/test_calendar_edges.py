"""Calendar edges: the supported years, the knobs' bounds, misbehaving zones, windows on DST days.

The documented range: every date, and the UTC date of every instant, handed
to followup_rules falls in ``SUPPORTED_YEARS`` (1900 to 2999); the knobs have
bounds (``max_calls`` 1-4, ``call_interval_days`` 7-365, ``reply_window_days``
and ``default_wait_days`` 1-365, ``Agreement.within(days=)`` 0-365,
``call_window_minutes`` 1-720). Anything outside is ``InvalidInput`` at the
door; anything inside plans, serialises and exports without an error.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import zoneinfo
from collections.abc import Callable
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

import pendulum
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    Candidate,
    CloseLoopSent,
    FollowUpError,
    HeardBack,
    Interview,
    Interviewer,
    InvalidInput,
    MovedOn,
    Policy,
    Position,
    ThankYouSent,
    Withdrew,
    Workflow,
    agenda,
    render,
    timeline,
    to_ical,
)
from followup_rules._calendar import SUPPORTED_YEARS
from followup_rules._errors import MESSAGE_LENGTH
from tests.strategies import MISBEHAVING_OFFSETS, MISBEHAVING_ZONE_NAMES, ZONES

UTC = dt.timezone.utc
DETROIT = "America/Detroit"
ONE_MICROSECOND = dt.timedelta(microseconds=1)

FIRST_DAY = dt.date(SUPPORTED_YEARS.start, 1, 1)
LAST_DAY = dt.date(SUPPORTED_YEARS.stop - 1, 12, 31)
FIRST_INSTANT = dt.datetime(FIRST_DAY.year, 1, 1, tzinfo=UTC)
LAST_INSTANT = dt.datetime(LAST_DAY.year, 12, 31, 23, 59, 59, 999999, tzinfo=UTC)

CANDIDATE = Candidate("Jordan Avery", "(313) 555-0142", timezone=DETROIT)
DECIDER = Interviewer("Morgan Lee", "Director", timezone=DETROIT, decision_maker=True)
POSITION = Position("Senior Data Engineer", "Northwind Analytics")
INTERVIEW = Interview(
    CANDIDATE, POSITION, [DECIDER], pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT)
)
STARTED = Workflow.start(INTERVIEW, Agreement.on_weekday(INTERVIEW, 0))
THANKED = STARTED.apply(ThankYouSent(DECIDER, pendulum.datetime(2017, 8, 16, 23, tz="UTC")))


def test_the_supported_years_are_1900_to_2999() -> None:
    """The documented range is the years 1900 to 2999."""
    assert (SUPPORTED_YEARS.start, SUPPORTED_YEARS.stop - 1) == (1900, 2999)


def _id(value: object) -> str:
    """A readable test id: a date as ISO, a path joined by slashes."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "/".join(map(str, value))
    return str(value)


def _invalid(call: Callable[[], object]) -> InvalidInput:
    """Run ``call``, which must raise InvalidInput with a bounded message; return the error."""
    with pytest.raises(InvalidInput) as caught:
        call()
    assert len(str(caught.value)) <= MESSAGE_LENGTH
    return caught.value


# --- The examples ------------------------------------------------------------------


def test_a_call_in_year_1_at_utc_plus_14_is_invalid_input() -> None:
    """A call at 0001-01-01 00:00+14:00, before year 1 in UTC, is InvalidInput, not OverflowError."""
    _invalid(lambda: CallPlaced(dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=14)))))


def test_due_at_the_end_of_time_is_invalid_input() -> None:
    """``due(datetime.max in UTC)`` is InvalidInput: it lies outside the supported years."""
    _invalid(lambda: THANKED.due(dt.datetime.max.replace(tzinfo=UTC)))


def test_a_decision_promised_for_9999_is_invalid_input() -> None:
    """``Agreement(date(9999, 12, 31))`` is InvalidInput: it lies outside the supported years."""
    _invalid(lambda: Agreement(dt.date(9999, 12, 31)))


def test_a_call_interval_of_a_million_days_is_invalid_input() -> None:
    """``Policy(call_interval_days=10**6)`` is InvalidInput naming the knob."""
    assert _invalid(lambda: Policy(call_interval_days=10**6)).field == "call_interval_days"


def test_a_decision_ten_million_days_away_is_invalid_input() -> None:
    """``Agreement.within(interview, days=10**7)`` is InvalidInput naming ``days``."""
    assert _invalid(lambda: Agreement.within(INTERVIEW, days=10**7)).field == "days"


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("interview", "ended_at"), "9998-06-01T12:00:00+00:00"),
        (("interview", "ended_at"), "0001-01-01T00:00:00+14:00"),
        (("agreement", "decision_by"), "9999-12-31"),
        (("agreement", "follow_up_on"), "9999-12-31"),
        (("policy", "call_interval_days"), 10**6),
        (("policy", "reply_window_days"), 10**6),
        (("policy", "holidays"), ["9999-12-31"]),
        (("history", 0, "at"), "9999-12-31T23:59:59+00:00"),
    ],
    ids=_id,
)
def test_a_document_with_values_outside_the_calendar_is_invalid_input(
    path: tuple[Any, ...], value: object
) -> None:
    """A saved document holding a date, instant or knob outside the supported range is InvalidInput."""
    document = THANKED.to_dict()
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    _invalid(lambda: Workflow.from_dict(document))


# --- The knobs' bounds, at their edges -----------------------------------------------------

KNOB_BOUNDS = [
    ("max_calls", 1, 4),
    ("call_interval_days", 7, 365),
    ("reply_window_days", 1, 365),
    ("default_wait_days", 1, 365),
]


@pytest.mark.parametrize(
    ("knob", "value"),
    [(knob, edge) for knob, low, high in KNOB_BOUNDS for edge in (low, high)],
)
def test_each_knob_takes_the_values_at_its_bounds(knob: str, value: int) -> None:
    """A knob set to the lowest or the highest value of its documented range is accepted."""
    knobs: dict[str, Any] = {knob: value}
    assert getattr(Policy(**knobs), knob) == value


@pytest.mark.parametrize(
    ("knob", "value"),
    [(knob, edge) for knob, low, high in KNOB_BOUNDS for edge in (low - 1, high + 1)],
)
def test_each_knob_refuses_one_past_its_bounds(knob: str, value: int) -> None:
    """A knob set one past either end of its documented range is InvalidInput naming it."""
    knobs: dict[str, Any] = {knob: value}
    assert _invalid(lambda: Policy(**knobs)).field == knob


def test_call_window_minutes_takes_its_lowest_value() -> None:
    """``call_window_minutes=1`` is accepted."""
    assert Policy(call_window_minutes=1).call_window_minutes == 1


def test_call_window_minutes_takes_its_highest_value_that_fits_a_day() -> None:
    """``call_window_minutes=719`` is accepted with work from 11:59 to 12:01 (720 cannot fit twice)."""
    policy = Policy(
        workday_start=dt.time(11, 59), workday_end=dt.time(12, 1), call_window_minutes=719
    )
    assert policy.call_window_minutes == 719


@pytest.mark.parametrize("minutes", [0, 721])
def test_call_window_minutes_refuses_one_past_its_bounds(minutes: int) -> None:
    """``call_window_minutes`` of 0 or 721 is InvalidInput naming it."""
    assert _invalid(lambda: Policy(call_window_minutes=minutes)).field == "call_window_minutes"


@pytest.mark.parametrize("days", [0, 365])
def test_within_takes_the_days_at_its_bounds(days: int) -> None:
    """``Agreement.within(days=0)`` and ``days=365`` are accepted."""
    agreement = Agreement.within(INTERVIEW, days=days)
    assert agreement.decision_by == INTERVIEW.held_on.add(days=days)


@pytest.mark.parametrize("days", [-1, 366])
def test_within_refuses_one_past_its_bounds(days: int) -> None:
    """``Agreement.within(days=-1)`` and ``days=366`` are InvalidInput naming ``days``."""
    assert _invalid(lambda: Agreement.within(INTERVIEW, days=days)).field == "days"


# --- The supported years, at their edges ---------------------------------------------------

DATE_PLACES: list[tuple[str, Callable[[dt.date], object]]] = [
    ("Agreement.decision_by", lambda day: Agreement(day)),
    (
        "Agreement.decision_by(pendulum.Date)",
        lambda day: Agreement(pendulum.Date(day.year, day.month, day.day)),
    ),
    ("Policy.holidays", lambda day: Policy(holidays=[day])),
    ("Policy.holiday_name", lambda day: Policy().holiday_name(day)),
]


def test_reply_by_if_sent_on_takes_the_days_the_plan_gives() -> None:
    """reply_by_if_sent_on takes any day from 1900 to 8999 (a plan may reach past 2999); outside, InvalidInput."""
    for day in (FIRST_DAY, LAST_DAY, LAST_DAY + dt.timedelta(days=1), dt.date(8999, 12, 31)):
        assert THANKED.reply_by_if_sent_on(day) > day
    for day in (FIRST_DAY - dt.timedelta(days=1), dt.date(9000, 1, 1)):
        assert _invalid(partial(THANKED.reply_by_if_sent_on, day)).field == "day"


def _follow_up_on(day: dt.date) -> object:
    return Agreement(day - dt.timedelta(days=1), day)


@pytest.mark.parametrize(
    ("place", "day"),
    [
        *((place, day) for place, _ in DATE_PLACES for day in (FIRST_DAY, LAST_DAY)),
        ("Agreement.follow_up_on", LAST_DAY),
    ],
    ids=_id,
)
def test_dates_at_the_ends_of_the_supported_years_are_accepted(place: str, day: dt.date) -> None:
    """1900-01-01 and 2999-12-31 are accepted wherever a date is handed in."""
    call = dict(DATE_PLACES).get(place, _follow_up_on)
    call(day)


@pytest.mark.parametrize(
    ("place", "day"),
    [
        *(
            (place, day)
            for place, _ in DATE_PLACES
            for day in (FIRST_DAY - dt.timedelta(days=1), LAST_DAY + dt.timedelta(days=1))
        ),
        ("Agreement.follow_up_on", LAST_DAY + dt.timedelta(days=1)),
    ],
    ids=_id,
)
def test_dates_one_day_outside_the_supported_years_are_refused(place: str, day: dt.date) -> None:
    """1899-12-31 and 3000-01-01 are InvalidInput wherever a date is handed in."""
    call = dict(DATE_PLACES).get(place, _follow_up_on)
    _invalid(lambda: call(day))


INSTANT_PLACES: list[tuple[str, Callable[[dt.datetime], object]]] = [
    ("Interview.ended_at", lambda when: Interview(CANDIDATE, POSITION, [DECIDER], when)),
    ("ThankYouSent.at", lambda when: ThankYouSent(DECIDER, when)),
    ("CallPlaced.at", CallPlaced),
    ("HeardBack.at", HeardBack),
    ("CloseLoopSent.at", CloseLoopSent),
    ("MovedOn.at", MovedOn),
    ("Withdrew.at", Withdrew),
    ("Workflow.due", THANKED.due),
    ("agenda", lambda when: agenda({"a": THANKED}, when)),
    ("render", lambda when: render(THANKED, THANKED.plan()[0], now=when)),
    ("timeline", lambda when: timeline(THANKED, when)),
]

INSIDE = [
    FIRST_INSTANT,
    LAST_INSTANT,
    dt.datetime(3000, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),  # 2999-12-31Z
    dt.datetime(1899, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-1))),  # 1900-01-01Z
    pendulum.datetime(2999, 12, 31, 23, 59, 59, tz="UTC"),
]
OUTSIDE = [
    FIRST_INSTANT - ONE_MICROSECOND,
    LAST_INSTANT + ONE_MICROSECOND,
    dt.datetime(1900, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),  # 1899-12-31Z
    dt.datetime(2999, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-1))),  # 3000-01-01Z
    pendulum.datetime(3000, 1, 1, tz="UTC"),
]


@pytest.mark.parametrize("when", INSIDE, ids=lambda when: when.isoformat())
@pytest.mark.parametrize(
    ("place", "call"), INSTANT_PLACES, ids=[place for place, _ in INSTANT_PLACES]
)
def test_instants_whose_utc_date_is_supported_are_accepted(
    place: str, call: Callable[[dt.datetime], object], when: dt.datetime
) -> None:
    """An instant whose UTC date is in 1900-2999 is accepted wherever an instant is handed in."""
    call(when)


@pytest.mark.parametrize("when", OUTSIDE, ids=lambda when: when.isoformat())
@pytest.mark.parametrize(
    ("place", "call"), INSTANT_PLACES, ids=[place for place, _ in INSTANT_PLACES]
)
def test_instants_whose_utc_date_is_not_supported_are_refused(
    place: str, call: Callable[[dt.datetime], object], when: dt.datetime
) -> None:
    """An instant whose UTC date falls outside 1900-2999 is InvalidInput, whatever its local date."""
    _invalid(lambda: call(when))


# --- Misbehaving tzinfos ---------------------------------------------------------------------

DATETIME_PLACES = [
    *INSTANT_PLACES,
    ("Policy.workday_start", lambda when: Policy(workday_start=when.timetz())),
]
ZONE_PLACES: list[tuple[str, Callable[[dt.tzinfo], object]]] = [
    ("Candidate.timezone", lambda zone: Candidate("Jordan Avery", "555 0100", timezone=zone)),
    ("Interviewer.timezone", lambda zone: Interviewer("Morgan Lee", timezone=zone)),
]


@pytest.mark.parametrize("zone", MISBEHAVING_OFFSETS, ids=lambda zone: type(zone).__name__)
@pytest.mark.parametrize(
    ("place", "call"), DATETIME_PLACES, ids=[place for place, _ in DATETIME_PLACES]
)
def test_a_datetime_whose_tzinfo_gives_no_usable_offset_is_invalid_input(
    place: str, call: Callable[[dt.datetime], object], zone: dt.tzinfo
) -> None:
    """A datetime whose ``utcoffset()`` returns an int, None, 24 or 25 hours, or raises, is InvalidInput."""
    _invalid(lambda: call(dt.datetime(2017, 8, 22, 9, tzinfo=zone)))


@pytest.mark.parametrize(
    "zone", [*MISBEHAVING_OFFSETS, *MISBEHAVING_ZONE_NAMES], ids=lambda zone: type(zone).__name__
)
@pytest.mark.parametrize(("place", "call"), ZONE_PLACES, ids=[place for place, _ in ZONE_PLACES])
def test_a_tzinfo_that_names_no_zone_is_invalid_input_as_a_zone(
    place: str, call: Callable[[dt.tzinfo], object], zone: dt.tzinfo
) -> None:
    """A tzinfo whose ``key``/``name`` raises, is not text, is 10 MB or names no zone is InvalidInput as a zone."""
    _invalid(lambda: call(zone))


# --- Inside the range, nothing breaks --------------------------------------------------------

EDGE_ZONES = (*ZONES, "Pacific/Kiritimati", "Pacific/Pago_Pago", "Etc/GMT+12", "Asia/Tehran")


def strictly(what: str, call: Callable[[], Any]) -> Any:
    """Run ``call``, which must not raise at all; an exception is re-raised naming ``what``."""
    try:
        return call()
    except Exception as error:
        text = str(error)
        error.args = (f"{type(error).__name__} from {what}: {text[:300]}",)
        raise


@st.composite
def supported_instants(draw: st.DrawFn) -> dt.datetime:
    """An instant whose UTC date is supported, often in the first or the last months of the range."""
    where = draw(st.sampled_from(["last", "first", "anywhere"]))
    low, high = FIRST_INSTANT.replace(tzinfo=None), LAST_INSTANT.replace(tzinfo=None)
    if where == "last":
        low = dt.datetime(LAST_DAY.year, 10, 1)
    elif where == "first":
        high = dt.datetime(FIRST_DAY.year, 3, 1)
    return draw(st.datetimes(min_value=low, max_value=high)).replace(tzinfo=UTC)


def _knob(low: int, high: int) -> st.SearchStrategy[int]:
    return st.sampled_from([high, low]) | st.integers(low, high)


@st.composite
def supported_policies(draw: st.DrawFn) -> Policy:
    """A policy with every knob inside its bounds, often at them, and work hours anywhere they fit."""
    minutes = draw(st.sampled_from([1, 60, 719]) | st.integers(1, 719))
    start = draw(st.integers(minutes, 1439 - minutes))
    end = draw(st.integers(start + 1, 1440 - minutes))
    return Policy(
        max_calls=draw(_knob(1, 4)),
        call_interval_days=draw(_knob(7, 365)),
        reply_window_days=draw(_knob(1, 365)),
        default_wait_days=draw(_knob(1, 365)),
        workday_start=dt.time(start // 60, start % 60),
        workday_end=dt.time(end // 60 % 24, end % 60) if end < 1440 else dt.time(23, 59),
        call_window_minutes=minutes,
        country=draw(st.sampled_from([None, None, None, "US"])),
    )


@st.composite
def supported_workflows(draw: st.DrawFn) -> Workflow:
    """A workflow started from inputs inside the documented range, often at its edges."""
    decider_zone = draw(st.sampled_from(EDGE_ZONES))
    candidate_zone = draw(st.sampled_from([decider_zone, *EDGE_ZONES]))
    ended = draw(supported_instants()).astimezone(ZoneInfo(draw(st.sampled_from(EDGE_ZONES))))
    decider = Interviewer("Morgan Lee", timezone=decider_zone, decision_maker=True)
    people = [decider, Interviewer("Riley Chen", timezone=candidate_zone)][
        : draw(st.integers(1, 2))
    ]
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone=candidate_zone), POSITION, people, ended
    )
    policy = draw(supported_policies())
    held = interview.held_on
    room = (LAST_DAY - dt.date(held.year, held.month, held.day)).days
    assume(room >= 0)  # ended late on 2999-12-31 UTC where it is already 3000
    how = draw(st.sampled_from(["explicit", "within", "weekday", "unspecified"]))
    if how == "within":
        agreement = Agreement.within(interview, days=draw(st.integers(0, min(room, 365))))
    elif how == "weekday" and room >= 7:
        agreement = Agreement.on_weekday(interview, draw(st.integers(0, 6)))
    elif how == "unspecified" and room >= policy.default_wait_days:
        agreement = Agreement.unspecified(interview, policy)
    else:
        decision_by = held.add(days=draw(st.integers(0, min(room, 365))))
        left = (LAST_DAY - dt.date(decision_by.year, decision_by.month, decision_by.day)).days
        follow_up_on = None
        if left > 0 and draw(st.booleans()):
            follow_up_on = decision_by.add(days=draw(st.integers(1, min(left, 365))))
        agreement = Agreement(
            decision_by, follow_up_on, calls_permitted=draw(st.sampled_from([True, True, False]))
        )
    workflow: Workflow = strictly(
        "Workflow.start", lambda: Workflow.start(interview, agreement, policy)
    )
    return workflow


def read_strictly(workflow: Workflow, edges: bool) -> None:
    """Every reader of a workflow works without raising anything: plan, due, to_dict, from_dict, edges."""
    plan = strictly("plan()", workflow.plan)
    due_at = strictly("next_due_at", lambda: workflow.next_due_at)
    for now in (FIRST_INSTANT, LAST_INSTANT, due_at):
        if now is not None and FIRST_INSTANT <= now <= LAST_INSTANT:
            strictly(f"due({now.isoformat()})", functools.partial(workflow.due, now))
    document = strictly("to_dict()", workflow.to_dict)
    text = strictly("json.dumps(to_dict())", lambda: json.dumps(document))
    again = strictly(
        "from_dict(json.loads(json.dumps(to_dict())))", lambda: Workflow.from_dict(json.loads(text))
    )
    assert again == workflow, "the round trip through JSON changed the workflow"
    if edges:
        strictly("timeline()", lambda: timeline(workflow, LAST_INSTANT))
        strictly("to_ical()", lambda: to_ical(workflow))
        strictly("_repr_html_()", workflow._repr_html_)
        for action in plan:
            strictly(f"render({action.kind.name})", functools.partial(render, workflow, action))


def _event_for(action: Action, at: dt.datetime) -> Any:
    if action.kind is ActionKind.SEND_THANK_YOU:
        return ThankYouSent(action.contact, at)  # type: ignore[arg-type]
    if action.kind is ActionKind.CALL:
        return CallPlaced(at)
    if action.kind is ActionKind.CLOSE_LOOP:
        return CloseLoopSent(at)
    return MovedOn(at)


def _walk(draw: st.DataObject, workflow: Workflow, edges: bool) -> None:
    """Do what is due, as late in the range as drawn, reading every view strictly after each step."""
    read_strictly(workflow, edges)
    for _ in range(12):
        plan = workflow.plan()
        due_at = workflow.next_due_at
        if not plan or due_at is None or due_at > LAST_INSTANT:
            return
        last: dt.datetime = (
            workflow.history[-1].at if workflow.history else workflow.interview.ended_at
        )
        at = max(due_at, last) + dt.timedelta(
            seconds=draw.draw(st.sampled_from([0, 86_399]) | st.integers(0, 3 * 86_400))
        )
        at = min(at, LAST_INSTANT)
        event = _event_for(plan[0], at)
        try:
            workflow = workflow.apply(event)
        except FollowUpError:
            return  # a refusal is allowed; breaking is not
        read_strictly(workflow, edges)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(workflow=supported_workflows(), draw=st.data())
def test_inside_the_supported_range_plan_due_and_round_trips_never_raise(
    workflow: Workflow, draw: st.DataObject
) -> None:
    """For inputs inside the documented range, plan, due, to_dict and from_dict never raise, all the way through."""
    _walk(draw, workflow, edges=False)


@settings(
    max_examples=min(settings().max_examples, 100),  # to_ical and the scripts take milliseconds
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(workflow=supported_workflows(), draw=st.data())
def test_inside_the_supported_range_scripts_timeline_and_ical_never_raise(
    workflow: Workflow, draw: st.DataObject
) -> None:
    """For inputs inside the documented range, render, timeline and to_ical never raise either."""
    _walk(draw, workflow, edges=True)


def test_an_interview_on_the_last_supported_day_with_maximal_knobs_plans_to_the_end() -> None:
    """An interview on 2999-12-31 with every knob at its maximum plans, loads and exports its years ahead."""
    decider = Interviewer("Morgan Lee", timezone="UTC", decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="UTC"),
        POSITION,
        [decider],
        dt.datetime(2999, 12, 31, 12, tzinfo=UTC),
    )
    policy = Policy(
        max_calls=4, call_interval_days=365, reply_window_days=365, default_wait_days=365
    )
    workflow = Workflow.start(interview, Agreement(LAST_DAY), policy)
    read_strictly(workflow, edges=True)
    workflow = workflow.apply(ThankYouSent(decider, dt.datetime(2999, 12, 31, 13, tzinfo=UTC)))
    read_strictly(workflow, edges=True)
    days = [action.due_on for action in workflow.plan()]
    assert days == sorted(days)
    assert days[-1].year >= 3004  # four calls and a reply window, a year apart each


def test_an_interview_on_the_first_supported_day_plans() -> None:
    """An interview at 1900-01-01T00:00Z, on the first supported day, plans and round-trips."""
    decider = Interviewer("Morgan Lee", timezone="UTC", decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="UTC"), POSITION, [decider], FIRST_INSTANT
    )
    workflow = Workflow.start(interview, Agreement(FIRST_DAY))
    read_strictly(workflow, edges=True)


# --- Call windows stay on their day -----------------------------------------------------------


def _place_names() -> tuple[str, ...]:
    names = []
    for name in sorted(zoneinfo.available_timezones()):
        try:
            Interviewer("Morgan Lee", timezone=name)
        except InvalidInput:
            continue
        names.append(name)
    return tuple(names)


ALL_ZONES = _place_names()

MIDNIGHT_ZONES = tuple(
    name
    for name in (
        "Asia/Tehran",
        "Africa/Cairo",
        "Asia/Damascus",
        "Asia/Amman",
        "Asia/Beirut",
        "Asia/Gaza",
        "Asia/Hebron",
        "America/Havana",
        "America/Santiago",
        "America/Asuncion",
        "America/Sao_Paulo",
        "America/Campo_Grande",
        "America/Scoresbysund",
        "America/Goose_Bay",
        "America/St_Johns",
        "Pacific/Easter",
        "Pacific/Apia",
        "Atlantic/Azores",
        "Africa/Casablanca",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "Antarctica/Troll",
    )
    if name in ALL_ZONES
)
"""Zones whose clocks have changed at or near midnight, some on weekdays."""


def _changes(
    zone: ZoneInfo,
    start: dt.datetime,
    stop: dt.datetime,
    step: dt.timedelta,
    gaps_only: bool = False,
) -> list[Change]:
    """Each offset change (or only each jump forward) of a zone between two instants."""
    changes: list[Change] = []
    moment = start
    offset = moment.astimezone(zone).utcoffset()
    while moment < stop:
        later = moment + step
        if later.astimezone(zone).utcoffset() != offset:
            low, high = moment, later
            while high - low > ONE_MICROSECOND:
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == offset:
                    low = middle
                else:
                    high = middle
            local = high.astimezone(zone)
            new_offset = local.utcoffset()
            assert offset is not None
            assert new_offset is not None
            if new_offset > offset or not gaps_only:
                changes.append((local.date(), local.time().replace(tzinfo=None, fold=0)))
            offset = new_offset
        moment = later
    return changes


Change = tuple[dt.date, dt.time]
"""An offset change: the local day it took effect, and the local wall time just after it."""


@functools.lru_cache(maxsize=4096)
def year_changes(zone_name: str, year: int) -> tuple[Change, ...]:
    """A zone's offset changes in one year (cheap: six-hour steps over one year)."""
    start = dt.datetime(year, 1, 1, tzinfo=UTC)
    return tuple(
        _changes(ZoneInfo(zone_name), start, start.replace(year=year + 1), dt.timedelta(hours=6))
    )


@functools.cache
def early_gaps() -> tuple[tuple[str, Change], ...]:
    """The jumps forward of 1970-2037 that left a wall time before 03:00 on a weekday.

    In the zones that change near midnight: where a before-hours window can
    fall into the gap.
    """
    found: list[tuple[str, Change]] = []
    for zone_name in MIDNIGHT_ZONES:
        changes = _changes(
            ZoneInfo(zone_name),
            dt.datetime(1970, 1, 1, tzinfo=UTC),
            dt.datetime(2038, 1, 1, tzinfo=UTC),
            dt.timedelta(hours=12),
            gaps_only=True,
        )
        found += [
            (zone_name, (day, wall))
            for day, wall in changes
            if day.weekday() < 5 and wall < dt.time(3)
        ]
    return tuple(found)


@functools.lru_cache(maxsize=4096)
def day_begins(day: dt.date, zone_name: str) -> dt.datetime:
    """The first instant whose date in the zone is ``day``, found by search, not by the library's arithmetic."""
    zone = ZoneInfo(zone_name)
    midnight = dt.datetime.combine(day, dt.time(0), tzinfo=UTC)
    minute = dt.timedelta(minutes=1)
    moment = midnight - dt.timedelta(hours=16)  # local midnight lies within 14 hours of UTC's
    while moment.astimezone(zone).date() < day:
        moment += minute
    low, high = moment - minute, moment
    while high - low > ONE_MICROSECOND:
        middle = low + (high - low) // 2
        if middle.astimezone(zone).date() < day:
            low = middle
        else:
            high = middle
    return high


@st.composite
def transition_dates(draw: st.DrawFn) -> tuple[str, Change]:
    """A zone and a day on or near one of its offset changes, with the wall time the change left.

    Half the time, a weekday on which one of the zones that change near
    midnight jumped forward, leaving a wall time before 03:00; otherwise any zone, any year, a day near
    one of its changes (or any day, if it had none that year).
    """
    if draw(st.booleans()):
        return draw(st.sampled_from(early_gaps()))
    zone_name = draw(st.sampled_from(MIDNIGHT_ZONES) | st.sampled_from(ALL_ZONES))
    year = draw(st.integers(1970, 2037))
    changes = year_changes(zone_name, year)
    if not changes:
        day = dt.date(year, 1, 1) + dt.timedelta(days=draw(st.integers(0, 364)))
        return zone_name, (day, dt.time(0))
    day, wall = draw(st.sampled_from(changes))
    return zone_name, (day + dt.timedelta(days=draw(st.sampled_from([0, 0, 0, -1, 1, 7]))), wall)


def calling(zone_name: str, day: dt.date, policy: Policy, lead: int = 7) -> Workflow:
    """A workflow whose letter is sent and whose first call is agreed for ``day``, in ``zone_name``."""
    decider = Interviewer("Morgan Lee", timezone=zone_name, decision_maker=True)
    held = day - dt.timedelta(days=lead)
    ended = pendulum.datetime(held.year, held.month, held.day, 15, tz=zone_name)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone=zone_name), POSITION, [decider], ended
    )
    held_on = dt.date(interview.held_on.year, interview.held_on.month, interview.held_on.day)
    workflow = Workflow.start(
        interview, Agreement(max(held_on, day - dt.timedelta(days=1)), day), policy
    )
    return workflow.apply(ThankYouSent(decider, ended.add(minutes=1)))


def _date(day: pendulum.Date) -> dt.date:
    return dt.date(day.year, day.month, day.day)


def _instant(moment: dt.datetime) -> dt.datetime:
    """The same instant as a standard-library datetime in UTC (pendulum's arithmetic differs)."""
    offset = moment.utcoffset()
    assert offset is not None
    naive = dt.datetime(*moment.timetuple()[:6], moment.microsecond) - offset
    return naive.replace(tzinfo=UTC)


def check_windows(action: Action, zone_name: str) -> list[tuple[dt.datetime, dt.datetime]]:
    """Each window of a call lies within its due day in the zone; return the non-empty ones."""
    begins = day_begins(_date(action.due_on), zone_name)
    ends = day_begins(_date(action.due_on) + dt.timedelta(days=1), zone_name)
    usable: list[tuple[dt.datetime, dt.datetime]] = []
    for window in action.windows:
        assert begins <= window.start, (
            f"call {action.attempt} due {action.due_on} in {zone_name}: its window opens at "
            f"{window.start.isoformat()}, before the day begins at {begins.astimezone(ZoneInfo(zone_name)).isoformat()}"
        )
        # Instants, not wall times: two datetimes of one zone compare by their
        # wall clocks, which a window across a fall-back at midnight reverses.
        assert window.start.timestamp() <= window.end.timestamp() <= ends.timestamp(), (
            f"call {action.attempt} due {action.due_on} in {zone_name}: window "
            f"{window.start.isoformat()} to {window.end.isoformat()} leaves the day "
            f"({begins.isoformat()} to {ends.isoformat()})"
        )
        if window.start < window.end:
            usable.append((_instant(window.start), _instant(window.end)))
    assert usable, f"call {action.attempt} due {action.due_on} in {zone_name} has no usable window"
    return usable


def call_inside(
    draw: Callable[[st.SearchStrategy[Any]], Any], workflow: Workflow, zone_name: str
) -> Workflow:
    """Place the next call at an instant inside one of its windows: it is due then, and accepted."""
    calls = [action for action in workflow.plan() if action.kind is ActionKind.CALL]
    for action in calls:
        check_windows(action, zone_name)
    call = calls[0]
    start, end = draw(st.sampled_from(check_windows(call, zone_name)))
    span = (end - start) // ONE_MICROSECOND
    at = start + ONE_MICROSECOND * draw(st.sampled_from([0, span - 1]) | st.integers(0, span - 1))
    due = workflow.due(at)
    assert any(
        action.kind is ActionKind.CALL and action.attempt == call.attempt for action in due
    ), f"call {call.attempt} at {at.isoformat()}, inside its window, is not due then"
    return workflow.apply(CallPlaced(at))


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(place=transition_dates(), draw=st.data())
def test_call_windows_stay_on_their_day_and_a_call_inside_one_is_taken(
    place: tuple[str, Change], draw: st.DataObject
) -> None:
    """On any day, DST changes included, each call window lies within its due day, and a call inside it is due and accepted."""
    zone_name, (day, wall) = place
    # Work starts around the wall time the change left, so the before-hours
    # window reaches back across it.
    near = wall.hour * 60 + wall.minute
    start = draw.draw(
        st.sampled_from([min(max(m, 1), 240) for m in (near, near + 1, near + 30, near + 60)])
        | st.integers(1, 240),
        label="work starts (minutes)",
    )
    end = draw.draw(
        st.sampled_from([1380, 1410]) | st.integers(18 * 60, 1439), label="work ends (minutes)"
    )
    minutes = draw.draw(
        st.sampled_from([min(start, 60), start, 1]) | st.integers(1, min(start, 1440 - end)),
        label="window minutes",
    )
    minutes = min(minutes, start, 1440 - end)
    policy = Policy(
        max_calls=draw.draw(st.integers(1, 4), label="max_calls"),
        workday_start=dt.time(start // 60, start % 60),
        workday_end=dt.time(end // 60, end % 60),
        call_window_minutes=minutes,
    )
    lead = draw.draw(st.integers(1, 10), label="lead")
    try:
        workflow = calling(zone_name, day, policy, lead)
    except InvalidInput:
        assume(False)  # the interview's day was skipped by the zone: no agreement fits
        raise
    while not workflow.finished and any(a.kind is ActionKind.CALL for a in workflow.plan()):
        workflow = call_inside(draw.draw, workflow, zone_name)


@pytest.mark.parametrize(
    ("zone_name", "day"),
    [
        ("Asia/Tehran", dt.date(2017, 3, 22)),
        ("Africa/Cairo", dt.date(2023, 4, 28)),
        ("Asia/Damascus", dt.date(2021, 3, 26)),
    ],
    ids=_id,
)
def test_where_the_day_starts_at_one_the_windows_stay_on_it(zone_name: str, day: dt.date) -> None:
    """Where clocks jump from 00:00 to 01:00, with work from 01:00, every window is on the day and takes a call."""
    begins = day_begins(day, zone_name)
    assert begins.astimezone(ZoneInfo(zone_name)).time() == dt.time(1)  # the day starts at 01:00
    workflow = calling(zone_name, day, Policy(workday_start=dt.time(1)))
    call = workflow.plan()[0]
    assert (call.kind, call.due_on) == (ActionKind.CALL, day)
    for start, end in check_windows(call, zone_name):
        for at in (start, end - ONE_MICROSECOND):
            assert call in workflow.due(at)
            assert workflow.apply(CallPlaced(at)).calls_made == 1
