"""Calendar export: a workflow's remaining plan as an RFC 5545 (iCalendar) calendar.

:func:`to_ical` turns :meth:`Workflow.plan` into text a calendar app imports:

* each follow-up call is a timed event on the before-hours window, in the
  decision-maker's zone (``TZID`` with a generated ``VTIMEZONE``), so an app
  in another zone shows the right local time, DST included; the after-hours
  window and the voicemail script are in its description. A window with an
  edge in a repeated hour (clocks going back) is written in UTC instead
  (``...Z``): there a local time names two instants, and RFC 5545 has readers
  take the first, which may be an hour early. So is a window outside the
  supported years (:data:`SUPPORTED_YEARS`, 1900 to 2999), where a zone's
  rules are only a guess. Every time written means exactly the window's
  instant;
* the thank-you letters, the close-the-loop message and the move-on date are
  all-day events (``DTSTART;VALUE=DATE``) on the calendar of the person each
  concerns, with their scripts in the description;
* every event carries a ``DISPLAY`` reminder.

The export is a function of the workflow alone, so exporting the same
workflow twice gives the same text, byte for byte:

* ``UID``: a name-based UUID (``uuid5``) of the workflow's identity -- its
  interview and its agreement -- and the action's identity (its kind, plus
  the attempt of a call or the interviewer of a letter). A re-export after an
  event keeps the UIDs of the actions that remain, so re-importing updates
  the events rather than duplicating them. The policy is left out on
  purpose: changing a knob (a holiday, the tone, the call interval) moves
  the same actions to other dates, and their events should move with them.
* ``DTSTAMP``: the last thing the workflow knows to have happened -- the
  latest event's time, or the end of the interview when nothing happened
  yet -- in UTC. RFC 5545 asks for the time the object was created; this
  module reads no clock, and this instant only moves forward as the
  workflow does.
* ``SEQUENCE``: how many events the workflow has accepted, so a re-export
  after an event supersedes the earlier import in apps that compare it.

This module reads the engine's values and the scripts; the engine never
reads it. ``icalendar`` is an optional dependency (the ``ical`` extra) and is
imported only when :func:`to_ical` runs.
"""

from __future__ import annotations

import datetime as _dt
import json
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import pendulum

from ._calendar import SUPPORTED_YEARS, stdlib_zone, utc_of_wall_time
from ._errors import InvalidInput, shown, type_name
from ._language import writing_in
from ._scripts import Script, filler, plan_scripts
from ._values import Tone
from ._workflow import Action, ActionKind, CallWindow, Workflow

if TYPE_CHECKING:
    from icalendar import Calendar, Event

__all__ = ["to_ical"]

PRODUCT_ID = "-//followup_rules//Follow-up plan//EN"
"""The calendar's ``PRODID``: which program wrote it."""

CALL_REMINDER = _dt.timedelta(minutes=-15)
"""When a call's reminder fires: fifteen minutes before its window opens."""

ALL_DAY_REMINDER = _dt.timedelta(hours=9)
"""When an all-day item's reminder fires: at 09:00 on its day."""

_INSTALL_HINT = 'pip install "followup_rules[ical]"'

# A fixed namespace for the name-based UIDs: uuid5 of the same name in the
# same namespace is the same UUID on every machine and in every process.
_UID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:followup_rules:ical")


def _import_icalendar() -> type[Calendar]:
    try:
        from icalendar import Calendar
    except ImportError as error:
        raise ImportError(
            "followup_rules.to_ical needs the icalendar library, an optional "
            f"dependency; install it with: {_INSTALL_HINT}"
        ) from error
    # Calendar.add_missing_timezones, which writes the VTIMEZONE components,
    # came with icalendar 6.1.
    if not hasattr(Calendar, "add_missing_timezones"):
        raise ImportError(
            "followup_rules.to_ical needs icalendar 6.1 or newer (for "
            "Calendar.add_missing_timezones); upgrade with: pip install --upgrade "
            '"followup_rules[ical]" "icalendar>=6.1"'
        )
    return Calendar


def _check_tone(tone: object) -> None:
    # The type is asked, not isinstance(): a mock made with spec=Tone (or
    # spec=Workflow) passes isinstance and is nothing like one.
    if tone is not None and type(tone) is not Tone:
        raise InvalidInput(
            f"tone must be Tone.DIRECT or Tone.WARM (or None for the policy's), not {shown(tone)}",
            field="tone",
        )


# --- Identity: UIDs and DTSTAMP --------------------------------------------------


def _identity(workflow: Workflow) -> str:
    """Return the workflow's identity as canonical text: its interview, agreement and round.

    Written out field by field rather than taken from ``to_dict``, so that a
    change in the serialisation format never changes the UIDs.
    """
    interview = workflow.interview
    agreement = workflow.agreement
    candidate = interview.candidate
    follow_up_on = agreement.follow_up_on
    parts = [
        [candidate.name, candidate.phone, candidate.email, candidate.timezone],
        [interview.position.title, interview.position.company],
        [
            [
                person.name,
                person.title,
                person.email,
                person.phone,
                person.timezone,
                person.decision_maker,
            ]
            for person in interview.interviewers
        ],
        interview.ended_at.in_timezone("UTC").isoformat(),
        list(interview.highlights),
        list(interview.qualifications),
        [
            agreement.decision_by.isoformat(),
            None if follow_up_on is None else follow_up_on.isoformat(),
            agreement.calls_permitted,
        ],
    ]
    if workflow.round > 1:
        parts.append(workflow.round)
    return json.dumps(parts, ensure_ascii=False, separators=(",", ":"))


def _uid(identity: str, key: str) -> str:
    return str(uuid.uuid5(_UID_NAMESPACE, f"{identity}\x1f{key}"))


def _stamp(workflow: Workflow) -> _dt.datetime:
    """Return the latest instant the workflow knows of, in UTC, to the second."""
    latest = max(
        (workflow.interview.ended_at, *(event.at for event in workflow.history)),
        key=_seconds,
    )
    return _dt.datetime.fromtimestamp(_seconds(latest), _dt.timezone.utc)


def _seconds(instant: _dt.datetime) -> int:
    # Whole seconds: DTSTAMP has no finer unit.
    return int(instant.timestamp())


# --- Words -------------------------------------------------------------------------


# words(name, **values): one of the language's calendar words, filled; a
# value that is a day ordinal is a date (see _scripts.filler).
_Words = Callable[..., str]


def calendar_words(language: object, workflow: Workflow) -> _Words:
    """The calendar's titles and instructions in a language (the workflow's when None)."""
    chosen = writing_in(workflow.policy.language if language is None else language)
    return filler(chosen, chosen.calendar)


def _clock(instant: pendulum.DateTime) -> str:
    return instant.format("HH:mm", locale="en")


def _local(instant: pendulum.DateTime, zone_name: str) -> _dt.datetime:
    # A standard-library datetime in the named zone: icalendar takes the
    # TZID from ZoneInfo's key, and fold is set right in repeated hours.
    return _dt.datetime.fromtimestamp(instant.timestamp(), stdlib_zone(zone_name))


def _repeated(local: _dt.datetime) -> bool:
    """Whether a local time occurs twice in its zone (an hour that repeats as clocks go back)."""
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def _timed(
    window: CallWindow, zone_name: str, in_utc: bool = False
) -> tuple[_dt.datetime, _dt.datetime]:
    """Return a window's edges as they are written: local times in the zone, or UTC.

    A local time with a ``TZID`` names one instant, except in a repeated
    hour, where it names two and readers take the first (RFC 5545, 3.3.5):
    a window opening in the second 00:00 of Asia/Amman on 2021-10-29 would
    be read an hour early. Such a window is written in UTC, both edges alike.
    So is a window outside the supported years: the zone's rules there are
    a guess, and the generated ``VTIMEZONE`` could not reach the end of the
    calendar (year 9999) anyway. With ``in_utc``, every window is written in UTC.
    """
    start, end = _local(window.start, zone_name), _local(window.end, zone_name)
    if (
        in_utc
        or _repeated(start)
        or _repeated(end)
        or not (start.year in SUPPORTED_YEARS and end.year in SUPPORTED_YEARS)
    ):
        return start.astimezone(_dt.timezone.utc), end.astimezone(_dt.timezone.utc)
    return start, end


def _in_zone(value: _dt.datetime) -> bool:
    """Whether an edge from :func:`_timed` is written as a local time with a ``TZID``."""
    return value.tzinfo is not _dt.timezone.utc


def _all_day(day: pendulum.Date) -> _dt.date:
    return _dt.date(day.year, day.month, day.day)


def _summary(workflow: Workflow, action: Action, words: _Words) -> str:
    company = workflow.interview.position.company
    if action.kind is ActionKind.SEND_THANK_YOU:
        assert action.contact is not None
        return words("thank_you_summary", name=action.contact.name, company=company)
    decider = workflow.interview.decision_maker
    if action.kind is ActionKind.CALL:
        assert action.attempt is not None
        return words(
            "call_summary",
            name=decider.name,
            company=company,
            attempt=str(action.attempt),
            max_calls=str(workflow.policy.max_calls),
        )
    if action.kind is ActionKind.CLOSE_LOOP:
        return words("close_loop_summary", name=decider.name, company=company)
    return words(
        "move_on_summary", position_title=workflow.interview.position.title, company=company
    )


def _when_to_call(workflow: Workflow, action: Action, words: _Words) -> str:
    """When to call: the before-hours window, then the after-hours one, as many as the day has.

    A window that would reach into another day is left out of the plan
    (where clocks jump at midnight): the text tells the ones there are, or
    the day alone when there is none.
    """
    decider = workflow.interview.decision_maker
    zone = action.timezone
    day = action.due_on.toordinal()
    work_ends = utc_of_wall_time(day, workflow.policy.workday_end, zone)
    before = [window for window in action.windows if window.start < work_ends]
    after = [window for window in action.windows if window.start >= work_ends]
    who = {"name": decider.name, "day": day, "zone": zone}
    with_phone = "_phone" if decider.phone else ""
    if decider.phone:
        who["phone"] = decider.phone
    lines = []
    if before:
        start, end = _clock(before[0].start), _clock(before[0].end)
        lines.append(words(f"call_before{with_phone}", start=start, end=end, **who))
    if after:
        start, end = _clock(after[0].start), _clock(after[0].end)
        name = "call_after" if before else f"call_after_only{with_phone}"
        lines.append(words(name, start=start, end=end, **who))
    if not lines:
        lines.append(words(f"call_day{with_phone}", **who))
    return "\n".join(lines)


def _description(workflow: Workflow, action: Action, script: Script, words: _Words) -> str:
    paragraphs = [action.reason] if action.reason else []
    decider = workflow.interview.decision_maker
    if action.kind is ActionKind.CALL:
        paragraphs.append(_when_to_call(workflow, action, words))
        paragraphs.append(f"{words('voicemail_heading')}\n{script.body}")
    elif action.kind is ActionKind.SEND_THANK_YOU:
        assert action.contact is not None
        heading = words("thank_you_heading", name=action.contact.name)
        paragraphs.append(f"{heading}\n{script.body}")
    elif action.kind is ActionKind.CLOSE_LOOP:
        assert action.reply_by is not None
        paragraphs.append(
            words(
                "close_loop_instructions", name=decider.name, reply_by=action.reply_by.toordinal()
            )
        )
        subject = f"{words('subject_line', subject=script.subject)}\n\n" if script.subject else ""
        paragraphs.append(f"{subject}{script.body}")
    else:
        assert action.reply_by is not None
        paragraphs.append(words("move_on_instructions", reply_by=action.reply_by.toordinal()))
        paragraphs.append(script.body)
    return "\n\n".join(paragraphs)


# --- Events --------------------------------------------------------------------------


def _event(
    workflow: Workflow,
    action: Action,
    script: Script,
    *,
    identity: str,
    stamp: _dt.datetime,
    in_utc: bool,
    words: _Words,
) -> Event:
    from icalendar import Alarm, Event

    summary = _summary(workflow, action, words)
    event = Event()
    # The action's key names its step stably ("call 2 after agreement 1"),
    # so exporting again updates each item rather than adding one.
    event.add("uid", _uid(identity, action.key))
    event.add("dtstamp", stamp)
    event.add("sequence", len(workflow.history))
    event.add("summary", summary)
    if action.kind is ActionKind.CALL and action.windows:
        opens, closes = _timed(action.windows[0], action.timezone, in_utc)
        event.add("dtstart", opens)
        event.add("dtend", closes)
        reminder = CALL_REMINDER
    else:
        # An all-day item ends, exclusively, on the next day; it does not
        # make its day look busy. On the calendar's very last day there is
        # no next day to write, and an all-day item without an end lasts
        # its one day (RFC 5545, 3.6.1).
        day = _all_day(action.due_on)
        event.add("dtstart", day)
        if day < _dt.date.max:
            event.add("dtend", day + _dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        reminder = ALL_DAY_REMINDER
    event.add("description", _description(workflow, action, script, words))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", reminder)
    event.add_component(alarm)
    return event


def _zone_years(plan: tuple[Action, ...], in_utc: bool) -> tuple[_dt.date, _dt.date] | None:
    """Return the span the generated VTIMEZONEs must cover, or None when there are none.

    The span holds the years of the call times written as local times (see
    :func:`_timed`), and one more.
    """
    years = [
        edge.year
        for action in plan
        if action.kind is ActionKind.CALL and action.windows
        for edge in _timed(action.windows[0], action.timezone, in_utc)
        if _in_zone(edge)
    ]
    if not years:
        return None
    return _dt.date(min(years), 1, 1), _dt.date(max(years) + 2, 1, 1)


def to_ical(workflow: Workflow, *, tone: Tone | None = None, language: str | None = None) -> str:
    """Export a workflow's remaining plan as an RFC 5545 calendar.

    One event per action of ``workflow.plan()``, in its order. Calls are
    timed on the before-hours window, in the decision-maker's zone (with a
    ``VTIMEZONE``), or in UTC when the window touches a repeated hour or
    lies outside the years 1900 to 2999: every time written means exactly
    the window's instant. The description holds the after-hours window and
    the voicemail script. Letters, the close-the-loop message and the move-on
    date are all-day events with their scripts. Each event has a reminder:
    15 minutes before a call, 09:00 on an all-day item's day. Each
    description starts with the action's ``reason`` when it has one.

    UIDs are stable: derived from the workflow's interview and agreement and
    from the action (its kind, a call's attempt, a letter's interviewer), so
    re-exporting -- also after applying events -- gives the remaining actions
    the same UIDs, and re-importing updates them. ``DTSTAMP`` is the latest
    instant the workflow knows (its last event, or the interview's end), not
    the clock's time; ``SEQUENCE`` is the number of events applied. An ended
    workflow gives a calendar without events.

    Args:
        workflow: The workflow to export.
        tone: The tone of the scripts in the descriptions; the policy's when
            None.
        language: The language of the scripts in the descriptions (one of
            :data:`SUPPORTED_LANGUAGES`), and of the events' titles and
            instructions; the policy's when None. Reasons stay in English.

    Returns:
        The calendar as iCalendar text (CRLF line endings), ready to be
        written to an ``.ics`` file.

    Raises:
        InvalidInput: ``workflow`` is not a Workflow, ``tone`` is not a
            Tone or None, or ``language`` is not a supported language.
        ImportError: The optional ``icalendar`` library is missing or too
            old; the message says how to install it
            (``pip install "followup_rules[ical]"``); or the language needs
            Babel, which is not installed (``pip install "followup_rules[i18n]"``).
    """
    if not issubclass(type(workflow), Workflow):
        raise InvalidInput(
            f"to_ical() exports a Workflow, not {type_name(workflow)}", field="workflow"
        )
    _check_tone(tone)
    calendar_type = _import_icalendar()
    interview = workflow.interview
    plan = workflow.plan()
    identity = _identity(workflow)
    stamp = _stamp(workflow)
    scripts = plan_scripts(workflow, plan, tone=tone, language=language)
    words = calendar_words(language, workflow)
    name = words(
        "calendar_name",
        position_title=interview.position.title,
        company=interview.position.company,
    )

    def built(in_utc: bool) -> Calendar:
        calendar = calendar_type()
        calendar.add("prodid", PRODUCT_ID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("method", "PUBLISH")
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        for action, script in zip(plan, scripts, strict=True):
            calendar.add_component(
                _event(
                    workflow,
                    action,
                    script,
                    identity=identity,
                    stamp=stamp,
                    in_utc=in_utc,
                    words=words,
                )
            )
        span = _zone_years(plan, in_utc)
        if span is not None:
            calendar.add_missing_timezones(first_date=span[0], last_date=span[1])
            # Some icalendar versions append the VTIMEZONEs after the events;
            # readers that parse in one pass want them first. The sort is stable.
            calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")
        return calendar

    calendar = built(in_utc=False)
    if not _reads_back_exactly(calendar):
        # The generated VTIMEZONE misdescribes the zone somewhere (Asia/Hebron
        # changed its clocks three times in 2011): write every time in UTC.
        calendar = built(in_utc=True)
    text: bytes = calendar.to_ical()
    return text.decode("utf-8")


def _reads_back_exactly(calendar: Calendar) -> bool:
    """Whether every local time the calendar holds means, by its own VTIMEZONE, its instant."""
    zones = {
        str(zone["TZID"]): zone.to_tz(lookup_tzid=False)  # type: ignore[attr-defined]
        for zone in calendar.walk("VTIMEZONE")
    }
    for event in calendar.walk("VEVENT"):
        for key in ("DTSTART", "DTEND"):
            value = event.get(key)
            moment = None if value is None else value.dt
            if not isinstance(moment, _dt.datetime) or not _in_zone(moment):
                continue
            zone = zones.get(getattr(moment.tzinfo, "key", ""))
            if zone is None:
                return False
            read = moment.replace(tzinfo=zone, fold=0)  # readers take the first occurrence
            if read.astimezone(_dt.timezone.utc) != moment.astimezone(_dt.timezone.utc):
                return False
    return True
