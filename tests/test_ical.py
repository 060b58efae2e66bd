"""Calendar export: to_ical parsed back with icalendar, on the strategy's example and at random."""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
import types
from zoneinfo import ZoneInfo

import attrs
import icalendar
import pendulum
import pytest
from hypothesis import assume, given
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
    OutOfOffice,
    Policy,
    Position,
    ThankYouSent,
    Tone,
    Workflow,
    render,
    to_ical,
)
from tests.conftest import DETROIT
from tests.strategies import workflows

LONDON = "Europe/London"

Key = tuple[ActionKind, int | None, int | None]


# --- Helpers ------------------------------------------------------------------------


def parse(text: str) -> icalendar.Calendar:
    """The calendar parsed back by icalendar."""
    return icalendar.Calendar.from_ical(text)


def vevents(calendar: icalendar.Calendar) -> list[icalendar.Component]:
    """The calendar's VEVENT components, in order."""
    return calendar.walk("VEVENT")


def exported(workflow: Workflow, tone: Tone | None = None) -> list[icalendar.Component]:
    """The events of the workflow's export, parsed back."""
    return vevents(parse(to_ical(workflow, tone=tone)))


def texts(events: list[icalendar.Component], name: str) -> list[str]:
    """One text property of every event."""
    return [str(event[name]) for event in events]


def uids(events: list[icalendar.Component]) -> list[str]:
    """The events' UIDs."""
    return texts(events, "UID")


def start(event: icalendar.Component) -> dt.date:
    """The event's decoded DTSTART (a date, or an aware datetime)."""
    value = event.decoded("DTSTART")
    assert isinstance(value, dt.date)
    return value


def moment(event: icalendar.Component) -> dt.datetime:
    """The event's decoded DTSTART, which must be an aware datetime."""
    value = start(event)
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is not None
    return value


def end(event: icalendar.Component) -> dt.date:
    """The event's decoded DTEND (a date, or an aware datetime)."""
    value = event.decoded("DTEND")
    assert isinstance(value, dt.date)
    return value


def key(workflow: Workflow, action: Action) -> Key:
    """What identifies an action across re-plans: its kind, attempt and interviewer."""
    contact = action.contact
    letter_to = (
        workflow.interview.interviewers.index(contact)
        if action.kind is ActionKind.SEND_THANK_YOU and contact is not None
        else None
    )
    return (action.kind, action.attempt, letter_to)


def uids_by_key(workflow: Workflow, text: str | None = None) -> dict[Key, str]:
    """Each remaining action's UID in the workflow's export (or in ``text``), by the action's key."""
    plan = workflow.plan()
    events = vevents(parse(to_ical(workflow) if text is None else text))
    assert len(events) == len(plan)
    return {key(workflow, action): uid for action, uid in zip(plan, uids(events), strict=True)}


def detroit(month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A wall-clock time in Detroit in 2017, as a standard-library datetime."""
    return dt.datetime(2017, month, day, hour, minute, tzinfo=ZoneInfo(DETROIT))


def noon(day: dt.date, zone_name: str) -> pendulum.DateTime:
    """Noon of a day in a zone."""
    return pendulum.datetime(day.year, day.month, day.day, 12, tz=zone_name)


def follow(workflow: Workflow) -> Workflow:
    """The workflow after doing the first action of its plan, on its day."""
    action = workflow.plan()[0]
    last = max([workflow.interview.ended_at, *(event.at for event in workflow.history)])
    decider_zone = workflow.interview.decision_maker.timezone
    if action.kind is ActionKind.SEND_THANK_YOU:
        assert action.contact is not None
        return workflow.apply(ThankYouSent(action.contact, last))
    if action.kind is ActionKind.CALL:
        return workflow.apply(CallPlaced(max(last, action.windows[0].start)))
    if action.kind is ActionKind.CLOSE_LOOP:
        return workflow.apply(CloseLoopSent(max(last, noon(action.due_on, decider_zone))))
    return workflow.apply(MovedOn(max(last, noon(action.due_on, decider_zone))))


@pytest.fixture
def october(decider: Interviewer, recruiter: Interviewer, candidate: Candidate) -> Workflow:
    """The example moved to October: calls on 24 and 31 Oct (EDT), 7 and 14 Nov 2017 (EST)."""
    interview = Interview(
        candidate,
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider, recruiter],
        pendulum.datetime(2017, 10, 18, 15, 30, tz=DETROIT),
    )
    return Workflow.start(interview, Agreement.on_weekday(interview, 0))


# --- The strategy's example ------------------------------------------------------------


def test_the_example_gives_one_event_per_planned_action(workflow: Workflow) -> None:
    """Each planned action becomes one event, in the plan's order, with a summary naming it."""
    events = exported(workflow)
    assert texts(events, "SUMMARY") == [
        "Send a thank-you letter to Morgan Lee (Northwind Analytics)",
        "Send a thank-you letter to Riley Chen (Northwind Analytics)",
        "Call Morgan Lee (Northwind Analytics): follow-up call 1 of 4",
        "Call Morgan Lee (Northwind Analytics): follow-up call 2 of 4",
        "Call Morgan Lee (Northwind Analytics): follow-up call 3 of 4",
        "Call Morgan Lee (Northwind Analytics): follow-up call 4 of 4",
        "Close the loop with Morgan Lee (Northwind Analytics)",
        "Move on from Senior Data Engineer at Northwind Analytics",
    ]


def test_the_calendar_has_its_required_properties(workflow: Workflow) -> None:
    """The calendar names its product, version 2.0, the Gregorian scale, PUBLISH and the job."""
    calendar = parse(to_ical(workflow))
    assert str(calendar["PRODID"]) == "-//followup_rules//Follow-up plan//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Follow-up: Senior Data Engineer at Northwind Analytics"


def test_the_export_is_crlf_text(workflow: Workflow) -> None:
    """to_ical returns a str whose lines all end in CRLF, as RFC 5545 requires."""
    text = to_ical(workflow)
    assert isinstance(text, str)
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")


def test_calls_are_timed_on_the_before_hours_window_in_detroit(workflow: Workflow) -> None:
    """Each call runs 08:00 to 09:00 Detroit time on 22, 29 Aug, 5 and 12 Sep, with a TZID."""
    text = to_ical(workflow)
    calls = exported(workflow)[2:6]
    days = [(8, 22), (8, 29), (9, 5), (9, 12)]
    assert [start(event) for event in calls] == [detroit(m, d, 8) for m, d in days]
    assert [end(event) for event in calls] == [detroit(m, d, 9) for m, d in days]
    for event in calls:
        assert event["DTSTART"].params["TZID"] == DETROIT
        assert event["DTEND"].params["TZID"] == DETROIT
        assert str(moment(event).tzinfo) == DETROIT
        assert moment(event).utcoffset() == dt.timedelta(hours=-4)
    assert "DTSTART;TZID=America/Detroit:20170822T080000\r\n" in text
    assert "DTEND;TZID=America/Detroit:20170912T090000\r\n" in text


def test_letters_close_loop_and_move_on_are_all_day_items(workflow: Workflow) -> None:
    """Letters on 16 Aug, close the loop on 19 Sep and move on on 27 Sep are all-day dates."""
    text = to_ical(workflow)
    events = exported(workflow)
    all_day = [events[0], events[1], events[6], events[7]]
    expected = [dt.date(2017, 8, 16), dt.date(2017, 8, 16), dt.date(2017, 9, 19)]
    expected.append(dt.date(2017, 9, 27))
    for event, day in zip(all_day, expected, strict=True):
        assert type(start(event)) is dt.date
        assert start(event) == day
        assert end(event) == day + dt.timedelta(days=1)
        assert str(event["TRANSP"]) == "TRANSPARENT"
    for day_text in ("20170816", "20170919", "20170927"):
        assert f"DTSTART;VALUE=DATE:{day_text}\r\n" in text
    for event in events[2:6]:
        assert "TRANSP" not in event


def test_a_call_description_holds_both_windows_and_the_voicemail(workflow: Workflow) -> None:
    """A call's description gives the before- and after-hours windows, then the voicemail script."""
    action = workflow.plan()[2]
    description = str(exported(workflow)[2]["DESCRIPTION"])
    assert "08:00 to 09:00 on Tuesday, August 22 (America/Detroit)" in description
    assert "17:00 to 18:00 (America/Detroit)" in description
    voicemail = render(workflow, action).body
    assert description.endswith(f"Voicemail script:\n{voicemail}")
    assert "we agreed I would call today" in description


def test_the_decision_makers_number_is_in_a_call_description(
    interview: Interview, recruiter: Interviewer
) -> None:
    """When the decision-maker has a phone number, the call's description says to call it."""
    decider = Interviewer(
        "Morgan Lee", phone="(313) 555-0199", timezone=DETROIT, decision_maker=True
    )
    with_phone = attrs.evolve(interview, interviewers=[decider, recruiter])
    workflow = Workflow.start(with_phone, Agreement.on_weekday(with_phone, 0))
    description = str(exported(workflow)[2]["DESCRIPTION"])
    assert "Call Morgan Lee at (313) 555-0199 before work hours" in description


def test_every_description_holds_its_script(workflow: Workflow) -> None:
    """Letters, close the loop and move on carry their rendered script in the description."""
    plan = workflow.plan()
    descriptions = texts(exported(workflow), "DESCRIPTION")
    for action, description in zip(plan, descriptions, strict=True):
        assert render(workflow, action).body in description
    close_loop = render(workflow, plan[6])
    assert f"Subject: {close_loop.subject}\n\n{close_loop.body}" in descriptions[6]
    assert "ask for a reply by Tuesday, September 26." in descriptions[6]
    assert descriptions[7].count("Tuesday, September 26") >= 1
    assert "close the application and move on" in descriptions[7]
    assert "Thank-you letter to Riley Chen:\n" in descriptions[1]


def test_the_tone_reaches_the_scripts(workflow: Workflow) -> None:
    """tone=Tone.WARM writes the warm scripts into the descriptions, not the policy's direct ones."""
    warm = texts(exported(workflow, Tone.WARM), "DESCRIPTION")
    direct = texts(exported(workflow), "DESCRIPTION")
    for action, description in zip(workflow.plan(), warm, strict=True):
        assert render(workflow, action, tone=Tone.WARM).body in description
    assert warm != direct
    assert texts(exported(workflow, Tone.DIRECT), "DESCRIPTION") == direct


@pytest.mark.parametrize("reason", ["because the rules say so", ""])
def test_the_reason_opens_the_description_when_there_is_one(
    workflow: Workflow, monkeypatch: pytest.MonkeyPatch, reason: str
) -> None:
    """A non-empty reason is the description's first paragraph; an empty one leaves no gap."""
    planned = Workflow.plan

    def plan_with_reasons(self: Workflow) -> tuple[Action, ...]:
        return tuple(attrs.evolve(action, reason=reason) for action in planned(self))

    monkeypatch.setattr(Workflow, "plan", plan_with_reasons)
    for description in texts(exported(workflow), "DESCRIPTION"):
        if reason:
            assert description.startswith(f"{reason}\n\n")
        else:
            assert not description.startswith("\n")
            assert "because the rules say so" not in description


def test_every_event_has_a_display_alarm(workflow: Workflow) -> None:
    """Each event has one DISPLAY alarm: 15 minutes before a call, 09:00 on an all-day item."""
    for action, event in zip(workflow.plan(), exported(workflow), strict=True):
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        alarm = alarms[0]
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        expected = (
            dt.timedelta(minutes=-15) if action.kind is ActionKind.CALL else dt.timedelta(hours=9)
        )
        assert alarm.decoded("TRIGGER") == expected


def test_the_zone_is_defined_once_before_the_events(workflow: Workflow) -> None:
    """One VTIMEZONE for America/Detroit comes before the first event, as readers expect."""
    text = to_ical(workflow)
    zones = parse(text).walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == [DETROIT]
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")


def test_calls_straddling_the_end_of_dst_keep_their_detroit_wall_time(october: Workflow) -> None:
    """Calls on 24, 31 Oct and 7, 14 Nov 2017 are at 08:00 Detroit, -04:00 then -05:00."""
    calendar = parse(to_ical(october))
    calls = [event for event in vevents(calendar) if event.get("DTSTART").params.get("TZID")]
    days = [(10, 24), (10, 31), (11, 7), (11, 14)]
    assert [start(event) for event in calls] == [detroit(m, d, 8) for m, d in days]
    offsets = [moment(event).utcoffset() for event in calls]
    assert offsets == [dt.timedelta(hours=hours) for hours in (-4, -4, -5, -5)]
    # Seen from London, whose DST ended a week earlier (29 Oct), the gap is
    # five hours, then four for a week, then five again.
    in_london = [moment(event).astimezone(ZoneInfo(LONDON)) for event in calls]
    assert [(moment.hour, moment.day) for moment in in_london] == [
        (13, 24),
        (12, 31),
        (13, 7),
        (13, 14),
    ]


def test_the_generated_vtimezone_alone_gives_the_right_offsets(october: Workflow) -> None:
    """An app that ignores the IANA name and reads the VTIMEZONE still gets -04:00 and -05:00."""
    calendar = parse(to_ical(october))
    (zone,) = calendar.walk("VTIMEZONE")
    assert isinstance(zone, icalendar.Timezone)
    from_file = zone.to_tz(lookup_tzid=False)
    wall = [dt.datetime(2017, 10, 31, 8), dt.datetime(2017, 11, 7, 8)]
    offsets = [moment.replace(tzinfo=from_file).utcoffset() for moment in wall]
    assert offsets == [dt.timedelta(hours=-4), dt.timedelta(hours=-5)]


def test_letters_fall_on_the_candidates_date_and_calls_in_the_deciders_zone(
    decider: Interviewer, recruiter: Interviewer
) -> None:
    """A London candidate's letters are on London's date; calls stay timed in Detroit."""
    candidate = Candidate("Jordan Avery", "+44 20 7946 0958", timezone=LONDON)
    interview = Interview(
        candidate,
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider, recruiter],
        # 20:30 in Detroit is 01:30 the next day in London.
        pendulum.datetime(2017, 8, 16, 20, 30, tz=DETROIT),
    )
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    events = exported(workflow)
    assert [start(event) for event in events[:2]] == [dt.date(2017, 8, 17)] * 2
    assert start(events[2]) == detroit(8, 22, 8)
    assert events[2]["DTSTART"].params["TZID"] == DETROIT


def test_without_calls_there_are_no_timed_events_and_no_zone(interview: Interview) -> None:
    """When calls were not permitted every event is all-day and no VTIMEZONE is written."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    calendar = parse(to_ical(workflow))
    events = vevents(calendar)
    assert len(events) == len(workflow.plan()) == 4
    assert all(type(start(event)) is dt.date for event in events)
    assert calendar.walk("VTIMEZONE") == []


# --- UIDs, DTSTAMP and SEQUENCE ----------------------------------------------------------------


def test_uids_are_unique_and_the_same_on_every_export(workflow: Workflow) -> None:
    """Two exports of the same workflow, or of its saved copy, are identical with unique UIDs."""
    first = to_ical(workflow)
    assert to_ical(workflow) == first
    assert to_ical(Workflow.from_dict(workflow.to_dict())) == first
    found = uids(vevents(parse(first)))
    assert len(set(found)) == len(found) == 8


def test_uids_survive_applying_events(workflow: Workflow) -> None:
    """After the letters and the first call, the remaining actions keep their UIDs."""
    before = uids_by_key(workflow)
    call_at = pendulum.datetime(2017, 8, 22, 8, 15, tz=DETROIT)
    later = workflow
    for person in workflow.interview.interviewers:
        later = later.apply(ThankYouSent(person, pendulum.datetime(2017, 8, 16, 19, tz=DETROIT)))
    later = later.apply(CallPlaced(call_at))
    after = uids_by_key(later)
    assert len(after) == 5
    assert {name: before[name] for name in after} == after


def test_uids_differ_between_interviews(workflow: Workflow, interview: Interview) -> None:
    """Another interview's workflow gets other UIDs, so two applications never collide."""
    other = attrs.evolve(interview, ended_at=pendulum.datetime(2017, 8, 16, 16, tz=DETROIT))
    other_workflow = Workflow.start(other, Agreement.on_weekday(other, 0))
    assert not set(uids(exported(workflow))) & set(uids(exported(other_workflow)))


def test_uids_do_not_depend_on_the_policy(workflow: Workflow) -> None:
    """Changing a policy knob moves the events but keeps their UIDs, so re-imports update them."""
    holiday = Policy(holidays=[dt.date(2017, 8, 22)], tone=Tone.WARM)
    moved = Workflow.start(workflow.interview, workflow.agreement, holiday)
    assert uids_by_key(moved) == uids_by_key(workflow)
    assert start(exported(moved)[2]) == detroit(8, 23, 8)


def test_dtstamp_and_sequence_follow_the_history_not_the_clock(workflow: Workflow) -> None:
    """DTSTAMP is the interview's end, then the latest event, in UTC; SEQUENCE counts events."""
    fresh = exported(workflow)
    assert {event.decoded("DTSTAMP") for event in fresh} == {
        dt.datetime(2017, 8, 16, 19, 30, tzinfo=dt.timezone.utc)
    }
    assert {event.decoded("SEQUENCE") for event in fresh} == {0}
    later = workflow.apply(
        ThankYouSent(
            workflow.interview.interviewers[0], pendulum.datetime(2017, 8, 17, 9, tz=DETROIT)
        )
    )
    events = exported(later)
    assert {event.decoded("DTSTAMP") for event in events} == {
        dt.datetime(2017, 8, 17, 13, 0, tzinfo=dt.timezone.utc)
    }
    assert {event.decoded("SEQUENCE") for event in events} == {1}
    assert "DTSTAMP:20170817T130000Z\r\n" in to_ical(later)


def test_an_ended_workflow_gives_a_calendar_without_events(workflow: Workflow) -> None:
    """Once the candidate heard back the calendar parses and holds no event and no zone."""
    ended = workflow.apply(HeardBack(pendulum.datetime(2017, 8, 18, 10, tz=DETROIT)))
    calendar = parse(to_ical(ended))
    assert vevents(calendar) == []
    assert calendar.walk("VTIMEZONE") == []
    assert str(calendar["VERSION"]) == "2.0"


# --- Errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, "workflow", {}, 42])
def test_a_non_workflow_is_refused(value: object) -> None:
    """Anything but a Workflow raises InvalidInput naming the workflow argument."""
    with pytest.raises(InvalidInput, match="to_ical\\(\\) exports a Workflow") as caught:
        to_ical(value)  # type: ignore[arg-type]
    assert caught.value.field == "workflow"


@pytest.mark.parametrize("ended", [False, True])
@pytest.mark.parametrize("tone", ["warm", 1, Tone])
def test_a_bad_tone_is_refused(workflow: Workflow, tone: object, ended: bool) -> None:
    """A tone that is not a Tone raises InvalidInput, even when there is nothing to render."""
    if ended:
        workflow = workflow.apply(HeardBack(pendulum.datetime(2017, 8, 18, 10, tz=DETROIT)))
    with pytest.raises(InvalidInput, match=r"tone must be Tone\.DIRECT or Tone\.WARM") as caught:
        to_ical(workflow, tone=tone)  # type: ignore[arg-type]
    assert caught.value.field == "tone"


def test_a_missing_icalendar_names_the_extra(
    workflow: Workflow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without icalendar, to_ical raises ImportError saying to install followup_rules[ical]."""
    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(ImportError, match=re.escape('pip install "followup_rules[ical]"')):
        to_ical(workflow)


def test_an_old_icalendar_says_to_upgrade(
    workflow: Workflow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An icalendar without add_missing_timezones raises ImportError asking for 6.1 or newer."""
    old = types.ModuleType("icalendar")
    old.Calendar = type("Calendar", (), {})  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "icalendar", old)
    with pytest.raises(ImportError, match=r"icalendar 6\.1 or newer"):
        to_ical(workflow)


# --- Properties on random workflows ----------------------------------------------------------


def check_calendar(workflow: Workflow, text: str) -> None:
    """Every planned action has its event, on its date or window, in its zone."""
    calendar = parse(text)
    plan = workflow.plan()
    events = vevents(calendar)
    assert len(events) == len(plan)
    found = uids(events)
    assert len(set(found)) == len(found)
    decider_zone = workflow.interview.decision_maker.timezone
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    for action, event in zip(plan, events, strict=True):
        assert len(event.walk("VALARM")) == 1
        if action.kind is ActionKind.CALL:
            before = action.windows[0]
            opens, closes = start(event), end(event)
            assert isinstance(opens, dt.datetime)
            assert isinstance(closes, dt.datetime)
            assert str(opens.tzinfo) == decider_zone
            assert opens == before.start
            assert closes == before.end
            assert opens.replace(tzinfo=None) == before.start.naive()
            if decider_zone != "UTC":
                assert event["DTSTART"].params["TZID"] == decider_zone
                assert decider_zone in zones
        else:
            assert type(start(event)) is dt.date
            assert start(event) == action.due_on
            assert end(event) == action.due_on + dt.timedelta(days=1)
    assert zones <= {decider_zone}


@given(workflows())
def test_property_every_planned_action_is_one_event_in_its_zone(workflow: Workflow) -> None:
    """Any fresh workflow exports one event per planned action, at its times, with unique UIDs."""
    text = to_ical(workflow)
    check_calendar(workflow, text)
    check_instants(workflow, text)


@given(workflows())
def test_property_the_export_survives_a_parse_round_trip(workflow: Workflow) -> None:
    """Parsing the export and writing it again gives the same text, and exporting is repeatable."""
    text = to_ical(workflow)
    assert parse(text).to_ical().decode("utf-8") == text
    assert to_ical(workflow) == text


@given(workflows(), st.integers(0, 9))
def test_property_uids_are_kept_as_the_plan_is_followed(workflow: Workflow, steps: int) -> None:
    """Doing the plan's actions one by one, the actions that remain keep their UIDs to the end."""
    first = uids_by_key(workflow)
    for _ in range(min(steps, len(workflow.plan()))):
        workflow = follow(workflow)
        text = to_ical(workflow)
        check_calendar(workflow, text)
        remaining = uids_by_key(workflow, text)
        assert {name: first[name] for name in remaining} == remaining
    if workflow.finished:
        assert vevents(parse(to_ical(workflow))) == []


def test_the_property_helpers_can_fail(workflow: Workflow) -> None:
    """check_calendar notices a missing event, so the properties above can fail."""
    text = to_ical(workflow)
    start_of_last = text.rindex("BEGIN:VEVENT")
    stop = text.index("END:VEVENT\r\n", start_of_last) + len("END:VEVENT\r\n")
    with pytest.raises(AssertionError):
        check_calendar(workflow, text[:start_of_last] + text[stop:])


# --- Every time written is the window's instant ----------------------------------------------

UTC = dt.timezone.utc

# Zones whose clocks change at night. These change on weekdays, so that a
# call can fall on the change: Amman, Gaza and Hebron go back from 01:00 to
# 00:00 on Fridays (the hour a window before early work reaches), Damascus
# and Cairo change on Thursdays and Fridays, Tehran on 21 or 22 March and
# September.
WEEKDAY_ZONES = (
    "Asia/Amman",
    "Asia/Gaza",
    "Asia/Hebron",
    "Asia/Damascus",
    "Asia/Tehran",
    "Africa/Cairo",
)
# Those, and zones that change on weekends.
NIGHT_ZONES = (
    *WEEKDAY_ZONES,
    "Asia/Beirut",
    "America/Santiago",
    "America/Sao_Paulo",
    "America/Havana",
    "Europe/London",
    "Europe/Paris",
    "America/Detroit",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
)


@functools.cache
def clock_changes(zone_name: str, year: int) -> tuple[tuple[dt.date, int], ...]:
    """Each change of the zone's UTC offset in a year: the local day and minute of the day it starts at.

    The day and minute are the first wall-clock time of the new offset: the
    second 00:00 of Asia/Amman on 2021-10-29, or 01:00 after a gap at midnight.
    """
    zone = ZoneInfo(zone_name)
    found: list[tuple[dt.date, int]] = []
    step = dt.timedelta(minutes=15)
    moment = dt.datetime(year, 1, 1, tzinfo=UTC)
    while moment.year == year:
        following = moment + dt.timedelta(days=1)
        if moment.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            probe = moment
            while probe.astimezone(zone).utcoffset() == moment.astimezone(zone).utcoffset():
                probe += step
            local = probe.astimezone(zone)
            found.append((local.date(), local.hour * 60 + local.minute))
        moment = following
    return tuple(found)


def test_clock_changes_finds_the_known_changes() -> None:
    """The helper finds Amman's second 00:00 of 2021-10-29, Detroit's 2017 changes, and nothing in UTC."""
    assert (dt.date(2021, 10, 29), 0) in clock_changes("Asia/Amman", 2021)
    assert clock_changes(DETROIT, 2017) == ((dt.date(2017, 3, 12), 180), (dt.date(2017, 11, 5), 60))
    assert clock_changes("UTC", 2017) == ()


def work_hours_around(draw: st.DrawFn, minute: int) -> Policy:
    """A policy whose work starts near ``minute`` of the day, from an hour before to three hours after.

    The before-hours window, the one exported, then reaches back over the
    change. When work starts just after an hour that repeats, the window
    opens in the hour's second occurrence, where a local time is read an
    hour early; half the time work starts 30 to 90 minutes after ``minute``.
    """
    quarters = draw(st.one_of(st.integers(2, 6), st.integers(-4, 12)))
    start = min(max(minute + quarters * 15, 15), 24 * 60 - 45)
    # The window before work, a quarter of an hour of work at least, and the
    # window after it all fit in the day.
    length = draw(
        st.sampled_from(
            [m for m in (15, 30, 45, 60, 90, 120) if m <= min(start, 24 * 60 - start - 30)]
        )
    )
    end = draw(st.integers(start // 15 + 1, (24 * 60 - length) // 15)) * 15
    return Policy(
        workday_start=dt.time(start // 60, start % 60),
        workday_end=dt.time(end // 60, end % 60),
        call_window_minutes=length,
        call_interval_days=draw(st.integers(7, 28)),
        max_calls=draw(st.integers(1, 4)),
    )


@functools.cache
def early_fall_backs() -> tuple[tuple[str, dt.date, int], ...]:
    """Every weekday, 2010 to 2030, on which a weekday zone's clocks go back before 20:00.

    Each as (zone, day, minute of the day the repeated wall-clock time starts).
    """
    found = []
    for zone_name in WEEKDAY_ZONES:
        zone = ZoneInfo(zone_name)
        for year in range(2010, 2031):
            for day, minute in clock_changes(zone_name, year):
                wall = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
                repeated = wall.replace(tzinfo=zone).utcoffset() != (
                    wall.replace(tzinfo=zone, fold=1).utcoffset()
                )
                if repeated and day.weekday() < 5 and minute < 20 * 60:
                    found.append((zone_name, day, minute))
    return tuple(found)


@st.composite
def any_clock_change(draw: st.DrawFn) -> tuple[str, dt.date, int]:
    """A change of a night zone's clocks, 2010 to 2030: zone, day and minute, a weekday one when the year has one."""
    zone_name = draw(st.sampled_from(NIGHT_ZONES))
    changes = clock_changes(zone_name, draw(st.integers(2010, 2030)))
    assume(changes)
    weekdays = [change for change in changes if change[0].weekday() < 5]
    day, minute = draw(st.sampled_from(weekdays or changes))
    return zone_name, day, minute


@st.composite
def night_call_workflows(draw: st.DrawFn) -> Workflow:
    """A workflow whose first call is agreed for a day its zone changes its clocks, its window near the change.

    Half the time a weekday on which clocks go back early in the day (Amman,
    Gaza, Hebron), otherwise any change of a night zone (a change on a
    weekend moves the call to the Monday after); mostly the day of the
    change itself, sometimes a day next to it.
    """
    zone_name, day, minute = draw(
        st.one_of(st.sampled_from(early_fall_backs()), any_clock_change())
    )
    day += dt.timedelta(days=draw(st.sampled_from((0, 0, 0, -1, 1))))
    policy = work_hours_around(draw, minute)
    decider = Interviewer("Morgan Lee", timezone=zone_name, decision_maker=True)
    candidate_zone = draw(st.sampled_from((zone_name, "UTC", LONDON)))
    held = day - dt.timedelta(days=draw(st.integers(2, 9)))
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone=candidate_zone),
        Position("Engineer", "Contoso"),
        [decider],
        pendulum.datetime(held.year, held.month, held.day, 12, tz=zone_name),
    )
    agreement = Agreement(held, day)
    return Workflow.start(interview, agreement, policy)


def test_early_fall_backs_include_ammans() -> None:
    """The pool of early fall-backs holds Amman's 2021-10-29 and only weekdays."""
    pool = early_fall_backs()
    assert ("Asia/Amman", dt.date(2021, 10, 29), 0) in pool
    assert all(day.weekday() < 5 for _, day, _ in pool)


def utc(value: dt.date) -> dt.datetime:
    """An aware datetime as a UTC datetime (fold respected)."""
    assert isinstance(value, dt.datetime)
    assert value.tzinfo is not None
    return value.astimezone(UTC)


def check_instants(workflow: Workflow, text: str) -> None:
    """Every call's DTSTART and DTEND mean exactly its before-hours window's instants.

    Read twice: as icalendar reads them (the IANA zone of the TZID, or UTC),
    and, for local times, through the calendar's own VTIMEZONE alone, as an
    app that does not know the IANA name reads them.
    """
    calendar = parse(text)
    own_zones = {}
    for zone in calendar.walk("VTIMEZONE"):
        assert isinstance(zone, icalendar.Timezone)
        own_zones[str(zone["TZID"])] = zone.to_tz(lookup_tzid=False)
    calls = [action for action in workflow.plan() if action.kind is ActionKind.CALL]
    events = [event for event in vevents(calendar) if isinstance(start(event), dt.datetime)]
    assert len(events) == len(calls)
    for action, event in zip(calls, events, strict=True):
        window = action.windows[0]
        for name, edge in (("DTSTART", window.start), ("DTEND", window.end)):
            written = event.decoded(name)
            assert utc(written) == utc(edge)
            tzid = event[name].params.get("TZID")
            if tzid is not None:
                from_file = written.replace(tzinfo=own_zones[tzid], fold=0)
                assert utc(from_file) == utc(edge)
            else:
                assert written.utcoffset() == dt.timedelta(0)


def amman() -> Workflow:
    """Work from 01:00 in Amman, a call agreed for Friday 2021-10-29, when 01:00 went back to 00:00."""
    decider = Interviewer("Morgan Lee", timezone="Asia/Amman", decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="Asia/Amman"),
        Position("Engineer", "Contoso"),
        [decider],
        pendulum.datetime(2021, 10, 25, 12, tz="Asia/Amman"),
    )
    policy = Policy(workday_start=dt.time(1), call_window_minutes=60)
    return Workflow.start(
        interview, Agreement(dt.date(2021, 10, 28), dt.date(2021, 10, 29)), policy
    )


def test_a_window_in_ammans_repeated_hour_is_written_in_utc() -> None:
    """The window from the second 00:00 of 2021-10-29 in Amman (22:00 UTC) is written as 22:00Z, not a local 00:00."""
    workflow = amman()
    call = next(action for action in workflow.plan() if action.kind is ActionKind.CALL)
    assert call.due_on == dt.date(2021, 10, 29)
    assert utc(call.windows[0].start) == dt.datetime(2021, 10, 28, 22, tzinfo=UTC)
    text = to_ical(workflow)
    assert "DTSTART:20211028T220000Z\r\n" in text
    assert "DTEND:20211028T230000Z\r\n" in text
    assert "DTSTART;TZID=Asia/Amman:20211029T000000" not in text
    (event,) = [e for e in exported(workflow) if isinstance(start(e), dt.datetime)][:1]
    assert utc(start(event)) == dt.datetime(2021, 10, 28, 22, tzinfo=UTC)
    check_instants(workflow, text)


def test_the_instant_check_can_fail() -> None:
    """check_instants notices the Amman window written as a local 00:00, an hour early."""
    workflow = amman()
    text = to_ical(workflow)
    local = text.replace(
        "DTSTART:20211028T220000Z", "DTSTART;TZID=Asia/Amman:20211029T000000"
    ).replace("DTEND:20211028T230000Z", "DTEND;TZID=Asia/Amman:20211029T010000")
    with pytest.raises(AssertionError):
        check_instants(workflow, local)


@given(night_call_workflows())
def test_property_every_written_time_is_the_windows_instant(workflow: Workflow) -> None:
    """Calls on and around the days clocks change export times that mean exactly their windows' instants."""
    text = to_ical(workflow)
    check_instants(workflow, text)
    assert to_ical(workflow) == text


def far(year: int, month: int) -> Workflow:
    """A Detroit interview on the 16th of a month of a far year, decision within three days."""
    decider = Interviewer("Morgan Lee", timezone=DETROIT, decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone=DETROIT),
        Position("Engineer", "Contoso"),
        [decider],
        pendulum.datetime(year, month, 16, 12, tz=DETROIT),
    )
    return Workflow.start(interview, Agreement.within(interview, days=3))


def test_calls_past_the_supported_years_are_written_in_utc() -> None:
    """An interview in December 2999 plans calls in 3000: they are written in UTC, exactly."""
    workflow = far(2999, 12)
    years = {action.due_on.year for action in workflow.plan() if action.kind is ActionKind.CALL}
    assert 3000 in years
    text = to_ical(workflow)
    check_instants(workflow, text)
    assert "DTSTART:3000" in text
    zones = parse(text).walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == [DETROIT]


@pytest.mark.parametrize("month", [1, 8, 11])
def test_calls_in_year_9998_export_or_are_refused_cleanly(month: int) -> None:
    """A workflow in year 9998 exports exact UTC times; if the core refuses such dates, it says so with a FollowUpError."""
    try:
        workflow = far(9998, month)
    except FollowUpError:
        return  # The core refuses dates outside its supported years at the door.
    text = to_ical(workflow)
    check_instants(workflow, text)
    assert parse(text).walk("VTIMEZONE") == []


def test_an_all_day_item_on_the_calendars_last_day_has_no_end() -> None:
    """Moving on due 9999-12-31 exports as an all-day item without DTEND; or the core refuses the year cleanly."""
    decider = Interviewer("Morgan Lee", timezone="UTC", decision_maker=True)
    try:
        interview = Interview(
            Candidate("Jordan Avery", "555 0100", timezone="UTC"),
            Position("Engineer", "Contoso"),
            [decider],
            pendulum.datetime(9999, 12, 10, 12, tz="UTC"),
        )
        agreement = Agreement(dt.date(9999, 12, 22), dt.date(9999, 12, 23), calls_permitted=False)
        workflow = Workflow.start(interview, agreement)
    except FollowUpError:
        return  # The core refuses dates outside its supported years at the door.
    assert workflow.plan()[-1].due_on == dt.date(9999, 12, 31)
    last = exported(workflow)[-1]
    assert start(last) == dt.date(9999, 12, 31)
    assert "DTEND" not in last


def test_a_zone_whose_vtimezone_would_misread_a_time_is_written_in_utc() -> None:
    """Asia/Hebron changed its clocks three times in 2011: where the generated VTIMEZONE misreads a time, the calendar is written in UTC."""
    zone = "Asia/Hebron"
    decider = Interviewer("Morgan Lee", timezone=zone, decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone=zone),
        Position("Engineer", "Contoso"),
        [decider],
        pendulum.datetime(2011, 9, 20, 12, tz=zone),
    )
    policy = Policy(workday_start=dt.time(23), workday_end=dt.time(23, 20), call_window_minutes=30)
    workflow = Workflow.start(interview, Agreement(dt.date(2011, 9, 27)), policy)
    assert workflow.follow_up_on == dt.date(2011, 9, 28)
    text = to_ical(workflow)
    check_instants(workflow, text)
    assert "DTSTART:20110928T193000Z" in text


def test_uids_follow_the_actions_keys(workflow: Workflow) -> None:
    """Each item's UID derives from its action's key: unique, and kept when an unrelated event moves nothing."""
    thanked = workflow
    for person in workflow.interview.interviewers:
        thanked = thanked.apply(
            ThankYouSent(person, pendulum.datetime(2017, 8, 16, 18, tz=DETROIT))
        )

    def uids(flow: Workflow) -> dict[str, str]:
        found = [str(event["UID"]) for event in vevents(parse(to_ical(flow)))]
        return dict(zip([action.key for action in flow.plan()], found, strict=True))

    before = uids(thanked)
    assert len(set(before.values())) == len(before)
    # An absence that ends before the first call moves nothing: same keys, same UIDs.
    away = thanked.apply(
        OutOfOffice(pendulum.datetime(2017, 8, 17, 9, tz=DETROIT), dt.date(2017, 8, 18))
    )
    assert uids(away) == before


def beirut(phone: str | None = None) -> Workflow:
    """Beirut, 26 March 2017: clocks jump from 00:00 to 01:00 and work starts at 01:00.

    The hour before work belongs to no day of its own, so the first call has
    the after-hours window alone; the next, a week later, has both.
    """
    from followup_rules import Candidate, Interview, Interviewer, Position

    decider = Interviewer("Rana Haddad", timezone="Asia/Beirut", decision_maker=True, phone=phone)
    interview = Interview(
        Candidate("Jordan Avery", "(313) 555-0142", timezone="Asia/Beirut"),
        Position("Engineer", "Contoso"),
        [decider],
        pendulum.datetime(2017, 3, 20, 15, tz="Asia/Beirut"),
    )
    policy = Policy(workday_start=dt.time(1, 0), call_window_minutes=60, weekend=frozenset({4, 5}))
    agreed = Agreement(pendulum.date(2017, 3, 25), follow_up_on=pendulum.date(2017, 3, 26))
    return Workflow.start(interview, agreed, policy)


def test_a_call_with_the_after_hours_window_alone_says_so() -> None:
    """Beirut, 26 March 2017: the first call has one window, told as such; the next has both."""
    descriptions = [str(event["description"]) for event in vevents(parse(to_ical(beirut())))]
    told = "\n".join(descriptions)
    assert (
        "Call Rana Haddad after work hours: 17:00 to 18:00 on Sunday, March 26 (Asia/Beirut)."
        in told
    )
    # The next call, a week later, has both windows again.
    assert "before work hours: 00:00 to 01:00 on Sunday, April 2 (Asia/Beirut)." in told
