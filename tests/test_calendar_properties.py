"""The calendar helpers against a walk-a-day oracle, and the DST pitfalls pinned on real dates."""

from __future__ import annotations

import datetime as dt
import pickle
from zoneinfo import ZoneInfo

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pendulum.tz.exceptions import NonExistingTime

from followup_rules import (
    ActionKind,
    Agreement,
    CallPlaced,
    CallWindow,
    Candidate,
    Interview,
    Interviewer,
    Policy,
    Position,
    Workflow,
)
from followup_rules._calendar import (
    business_day_after,
    business_day_on_or_after,
    is_business_day,
    local_datetime,
)
from tests.strategies import ZONES, aware_datetimes, held_on, interviews, policies

DETROIT = "America/Detroit"
CHICAGO = "America/Chicago"
SAO_PAULO = "America/Sao_Paulo"
APIA = "Pacific/Apia"
HOUR = dt.timedelta(hours=1)

# Real transition days (DATES.md), around which the properties look hardest.
TRANSITIONS = (
    dt.date(2017, 11, 5),
    dt.date(2018, 3, 11),
    dt.date(2017, 10, 29),
    dt.date(2013, 3, 31),
    dt.date(2013, 10, 27),
    dt.date(2018, 11, 4),
    dt.date(2018, 2, 18),
    dt.date(2011, 12, 30),
    dt.date(2023, 11, 5),
    dt.date(2023, 3, 12),
    dt.date(2019, 4, 7),
    dt.date(2019, 10, 6),
)


def oracle_business(day: dt.date, holidays: frozenset[dt.date]) -> bool:
    """Monday to Friday by ``weekday()``, and not a holiday."""
    return day.weekday() < 5 and day not in holidays


def oracle_on_or_after(day: dt.date, holidays: frozenset[dt.date]) -> dt.date:
    """Walk forward a day at a time to a business day."""
    while not oracle_business(day, holidays):
        day += dt.timedelta(days=1)
    return day


days = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2040, 12, 31))


@st.composite
def days_and_holidays(draw: st.DrawFn) -> tuple[dt.date, frozenset[dt.date]]:
    """A day and a set of holidays around it, often several in a row."""
    day = draw(days)
    offsets = draw(st.lists(st.integers(-3, 20), max_size=15))
    return day, frozenset(day + dt.timedelta(days=offset) for offset in offsets)


near_transitions = st.builds(
    lambda day, shift: day + dt.timedelta(days=shift),
    st.sampled_from(TRANSITIONS),
    st.integers(-3, 3),
)


# --- business days -----------------------------------------------------------------


@given(days_and_holidays())
def test_is_business_day_matches_weekday(case: tuple[dt.date, frozenset[dt.date]]) -> None:
    """is_business_day is Monday-to-Friday-and-not-a-holiday, as date.weekday() says."""
    day, holidays = case
    ordinals = frozenset(holiday.toordinal() for holiday in holidays)
    assert is_business_day(day.toordinal(), ordinals) == oracle_business(day, holidays)


@given(days_and_holidays())
def test_business_day_on_or_after_matches_the_walk(
    case: tuple[dt.date, frozenset[dt.date]],
) -> None:
    """business_day_on_or_after is the first business day reached walking forward from the day."""
    day, holidays = case
    ordinals = frozenset(holiday.toordinal() for holiday in holidays)
    got = dt.date.fromordinal(business_day_on_or_after(day.toordinal(), ordinals))
    assert got == oracle_on_or_after(day, holidays)


@given(days_and_holidays())
def test_business_day_after_matches_the_walk(case: tuple[dt.date, frozenset[dt.date]]) -> None:
    """business_day_after is the first business day walking forward from the next day."""
    day, holidays = case
    ordinals = frozenset(holiday.toordinal() for holiday in holidays)
    got = dt.date.fromordinal(business_day_after(day.toordinal(), ordinals))
    assert got == oracle_on_or_after(day + dt.timedelta(days=1), holidays)
    assert got > day


# --- the named agreements ----------------------------------------------------------


@given(interviews(), st.integers(0, 6))
def test_on_weekday_is_the_first_such_day_strictly_after(
    interview: Interview, weekday: int
) -> None:
    """Agreement.on_weekday gives the first day with that weekday strictly after the interview's date."""
    day = held_on(interview) + dt.timedelta(days=1)
    while day.weekday() != weekday:
        day += dt.timedelta(days=1)
    agreement = Agreement.on_weekday(interview, weekday)
    assert agreement.decision_by == day
    assert agreement.follow_up_on is None
    assert agreement.calls_permitted


@given(interviews(), st.integers(0, 60), st.booleans())
def test_within_adds_plain_days(interview: Interview, days_: int, permitted: bool) -> None:
    """Agreement.within is the interview's date in the decision-maker's zone plus N days, unadjusted."""
    agreement = Agreement.within(interview, days=days_, calls_permitted=permitted)
    assert agreement.decision_by == held_on(interview) + dt.timedelta(days=days_)
    assert agreement.calls_permitted is permitted


@given(interviews(), policies())
def test_unspecified_waits_the_policy_default(interview: Interview, policy: Policy) -> None:
    """Agreement.unspecified is the interview's date plus default_wait_days (7 without a policy)."""
    base = held_on(interview)
    expected = base + dt.timedelta(days=policy.default_wait_days)
    assert Agreement.unspecified(interview, policy).decision_by == expected
    assert Agreement.unspecified(interview).decision_by == base + dt.timedelta(days=7)


@given(interviews())
def test_held_on_is_the_deciders_date(interview: Interview) -> None:
    """interview.held_on is ended_at's date in the decision-maker's zone, as zoneinfo computes it."""
    assert interview.held_on == held_on(interview)


# --- local wall-clock times across DST ------------------------------------------------


def occurrences(day: dt.date, wall: dt.time, zone_name: str) -> list[dt.datetime]:
    """Every instant at which a zone's clocks showed ``wall`` on ``day`` (zero, one or two)."""
    zone = ZoneInfo(zone_name)
    naive = dt.datetime.combine(day, wall)
    found: list[dt.datetime] = []
    for fold in (0, 1):
        aware = naive.replace(tzinfo=zone, fold=fold)
        back = aware.astimezone(dt.timezone.utc).astimezone(zone)
        if back.replace(tzinfo=None) == naive and back.timestamp() not in [
            f.timestamp() for f in found
        ]:
            found.append(aware)
    return found


@given(st.sampled_from(ZONES), st.one_of(near_transitions, days), st.times())
def test_local_datetime_shows_the_wall_time(zone_name: str, day: dt.date, wall: dt.time) -> None:
    """local_datetime shows the asked wall time on the asked day, or moves a gap time forward by the gap."""
    got = local_datetime(day.toordinal(), wall, zone_name)
    seen = got.astimezone(ZoneInfo(zone_name))
    found = occurrences(day, wall, zone_name)
    if found:
        assert seen.replace(tzinfo=None) == dt.datetime.combine(day, wall)
        assert got.timestamp() in [instant.timestamp() for instant in found]
    else:
        # In a gap: the instant the pre-transition offset names, i.e. forward by the gap.
        naive = dt.datetime.combine(day, wall)
        assert got.timestamp() == naive.replace(tzinfo=ZoneInfo(zone_name), fold=0).timestamp()
        assert seen.replace(tzinfo=None) > naive


def test_local_datetime_takes_the_first_of_a_repeated_time() -> None:
    """A repeated wall time takes its first occurrence, as local_datetime's docstring promises."""
    day = dt.date(2023, 11, 5)
    got = local_datetime(day.toordinal(), dt.time(1, 30), CHICAGO)
    assert got.utcoffset() == -5 * HOUR


@st.composite
def workflows_near_transitions(draw: st.DrawFn) -> Workflow:
    """A workflow whose decision day sits a few days before a DST transition."""
    zone_name = draw(st.sampled_from(ZONES))
    day = draw(near_transitions) - dt.timedelta(days=draw(st.integers(0, 10)))
    ended = dt.datetime.combine(day, dt.time(draw(st.integers(8, 18))))
    interview = draw(
        interviews(
            ended_at=aware_datetimes(st.just(zone_name), min_value=ended, max_value=ended),
            people=st.just((Interviewer("Morgan Lee", timezone=zone_name, decision_maker=True),)),
        )
    )
    policy = draw(policies(near=day))
    agreement = Agreement.within(interview, days=draw(st.integers(0, 3)))
    return Workflow.start(interview, agreement, policy)


@given(workflows_near_transitions())
def test_call_windows_sit_outside_work_hours_across_dst(workflow: Workflow) -> None:
    """Each planned call's two windows lie on its day, just outside work hours, window-length long."""
    policy = workflow.policy
    zone = ZoneInfo(workflow.interview.decision_maker.timezone)
    for action in workflow.plan():
        if action.kind is not ActionKind.CALL:
            continue
        before, after = action.windows
        for window in action.windows:
            seconds = window.end.timestamp() - window.start.timestamp()
            assert seconds == policy.call_window_minutes * 60
            assert window.start.astimezone(zone).date() == action.due_on
            assert window.end.astimezone(zone).date() == action.due_on
        assert before.end.astimezone(zone).time() == policy.workday_start
        assert after.start.astimezone(zone).time() == policy.workday_end


# --- the pitfalls of DATES.md, pinned ---------------------------------------------------


def test_add_days_keeps_wall_time_across_detroit_fall_back() -> None:
    """add(days=1) keeps 12:00 across America/Detroit 2017-11-05; 24 hours and a timedelta do not."""
    noon = pendulum.datetime(2017, 11, 4, 12, tz=DETROIT)
    assert noon.utcoffset() == -4 * HOUR
    next_noon = noon.add(days=1)
    assert (next_noon.hour, next_noon.utcoffset()) == (12, -5 * HOUR)
    assert noon.add(hours=24).hour == 11
    assert (noon + dt.timedelta(days=1)).hour == 11


def test_subtracting_a_duration_is_not_subtract() -> None:
    """Subtracting duration(days=2) lands an hour off across Detroit's 2017-11-05, subtract(days=2) does not."""
    noon = pendulum.datetime(2017, 11, 6, 12, tz=DETROIT)
    assert noon.subtract(days=2) == pendulum.datetime(2017, 11, 4, 12, tz=DETROIT)
    shifted = noon - pendulum.duration(days=2)
    assert (shifted.day, shifted.hour, shifted.utcoffset()) == (4, 13, -4 * HOUR)


def test_next_weekday_on_that_weekday_jumps_a_week() -> None:
    """next(MONDAY) on a Monday is seven days later at midnight; on_weekday agrees."""
    monday = pendulum.datetime(2017, 8, 21, 15, 30, tz=DETROIT)
    nxt = monday.next(pendulum.WeekDay.MONDAY)
    assert (nxt.date(), nxt.hour) == (pendulum.date(2017, 8, 28), 0)
    kept = monday.next(pendulum.WeekDay.MONDAY, keep_time=True)
    assert (kept.hour, kept.minute) == (15, 30)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone=DETROIT),
        Position("Engineer", "Northwind"),
        [Interviewer("Morgan Lee", timezone=DETROIT)],
        monday,
    )
    assert Agreement.on_weekday(interview, 0).decision_by == dt.date(2017, 8, 28)


def first_call(follow_up_on: dt.date, zone_name: str) -> tuple[CallWindow, ...]:
    """The windows of the first planned call of a workflow with that follow-up day."""
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone=zone_name),
        Position("Engineer", "Northwind"),
        [Interviewer("Morgan Lee", timezone=zone_name)],
        pendulum.datetime(2017, 10, 25, 15, tz=zone_name),
    )
    agreement = Agreement(dt.date(2017, 10, 27), follow_up_on)
    workflow = Workflow.start(interview, agreement)
    call = next(a for a in workflow.plan() if a.kind is ActionKind.CALL)
    assert call.due_on == follow_up_on
    return call.windows


def test_detroit_window_offsets_either_side_of_fall_back() -> None:
    """The 08:00 window opens at 08:00-04:00 on 2017-11-03 and at 08:00-05:00 on 2017-11-06."""
    friday = first_call(dt.date(2017, 11, 3), DETROIT)[0].start
    monday = first_call(dt.date(2017, 11, 6), DETROIT)[0].start
    assert (friday.hour, friday.utcoffset()) == (8, -4 * HOUR)
    assert (monday.hour, monday.utcoffset()) == (8, -5 * HOUR)
    assert monday.isoformat() == "2017-11-06T08:00:00-05:00"
    assert friday.isoformat() == "2017-11-03T08:00:00-04:00"


def test_sao_paulo_midnight_of_2018_11_04_did_not_exist() -> None:
    """America/Sao_Paulo skipped 2018-11-04 00:00: pendulum moves it to 01:00-02:00 or raises."""
    moved = pendulum.datetime(2018, 11, 4, tz=SAO_PAULO)
    assert (moved.hour, moved.utcoffset()) == (1, -2 * HOUR)
    with pytest.raises(NonExistingTime):
        pendulum.datetime(2018, 11, 4, tz=SAO_PAULO, raise_on_unknown_times=True)
    got = local_datetime(dt.date(2018, 11, 4).toordinal(), dt.time(0), SAO_PAULO)
    assert got.isoformat() == "2018-11-04T01:00:00-02:00"


def test_apia_2011_12_30_did_not_exist() -> None:
    """Pacific/Apia skipped Friday 2011-12-30: noon that day lands on the 31st at +14:00."""
    noon = pendulum.datetime(2011, 12, 30, 12, tz=APIA)
    assert (noon.date(), noon.utcoffset()) == (pendulum.date(2011, 12, 31), 14 * HOUR)
    assert pendulum.datetime(2011, 12, 29, 12, tz=APIA).utcoffset() == -10 * HOUR


def test_no_call_is_planned_on_apias_missing_day() -> None:
    """An Apia decision-maker's call never falls on 2011-12-30, a day their calendar never had."""
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone=APIA),
        Position("Engineer", "Northwind"),
        [Interviewer("Morgan Lee", timezone=APIA)],
        pendulum.datetime(2011, 12, 20, 15, tz=APIA),
    )
    workflow = Workflow.start(interview, Agreement(dt.date(2011, 12, 29)))
    call = next(a for a in workflow.plan() if a.kind is ActionKind.CALL)
    zone = ZoneInfo(APIA)
    for window in call.windows:
        assert window.start.astimezone(zone).date() == call.due_on


def test_call_window_in_chicagos_repeated_hour_pickles_exactly() -> None:
    """A CallWindow spanning America/Chicago's repeated hour of 2023-11-05 unpickles at the same instants."""
    start = pendulum.datetime(2023, 11, 5, 6, tz="UTC").in_timezone(CHICAGO)  # 01:00-05:00
    end = pendulum.datetime(2023, 11, 5, 7, 30, tz="UTC").in_timezone(CHICAGO)  # 01:30-06:00
    assert (start.hour, start.utcoffset()) == (1, -5 * HOUR)
    assert (end.hour, end.utcoffset()) == (1, -6 * HOUR)
    # The pitfall itself: the bare DateTime comes back an hour off.
    assert pickle.loads(pickle.dumps(end)).utcoffset() == -5 * HOUR
    back = pickle.loads(pickle.dumps(CallWindow(start, end)))
    assert back.start.timestamp() == start.timestamp()
    assert back.end.timestamp() == end.timestamp()
    assert (back.start.utcoffset(), back.end.utcoffset()) == (-5 * HOUR, -6 * HOUR)
    assert back.start.timezone_name == CHICAGO


@given(st.integers(0, 4 * 3600 - 1))
def test_call_windows_pickle_exactly_around_a_fall_back(seconds: int) -> None:
    """Any CallWindow around Chicago's 2023-11-05 fall-back unpickles at the same instants and offsets."""
    start = pendulum.datetime(2023, 11, 5, 5, tz="UTC").add(seconds=seconds).in_timezone(CHICAGO)
    end = start.add(minutes=45)
    back = pickle.loads(pickle.dumps(CallWindow(start, end)))
    assert (back.start.timestamp(), back.end.timestamp()) == (start.timestamp(), end.timestamp())
    assert (back.start.utcoffset(), back.end.utcoffset()) == (start.utcoffset(), end.utcoffset())


@given(aware_datetimes())
def test_events_store_utc_and_pickle_exactly(at: dt.datetime) -> None:
    """An event's at and an interview's ended_at are the same instant in UTC, and pickle exactly."""
    event = CallPlaced(at)
    assert event.at.utcoffset() == dt.timedelta(0)
    assert event.at.timestamp() == at.timestamp()
    back = pickle.loads(pickle.dumps(event))
    assert back == event
    assert back.at.timestamp() == at.timestamp()
    interview = Interview(
        Candidate("Jordan Avery", "555 0100"),
        Position("Engineer", "Northwind"),
        [Interviewer("Morgan Lee")],
        at,
    )
    assert interview.ended_at.utcoffset() == dt.timedelta(0)
    assert pickle.loads(pickle.dumps(interview)).ended_at.timestamp() == at.timestamp()


def test_event_in_chicagos_repeated_hour_keeps_its_instant() -> None:
    """A call at 01:30-06:00 on 2023-11-05 in Chicago (the second 01:30) is stored and pickled as 07:30 UTC."""
    second = pendulum.datetime(2023, 11, 5, 1, 30, tz=CHICAGO)
    assert second.utcoffset() == -6 * HOUR
    event = CallPlaced(second)
    assert event.at.isoformat() == "2023-11-05T07:30:00+00:00"
    assert pickle.loads(pickle.dumps(event)).at.isoformat() == "2023-11-05T07:30:00+00:00"
