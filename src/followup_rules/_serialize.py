"""Workflows to and from plain JSON-safe data: the saved document.

A document of schema version 2, which :func:`workflow_to_dict` writes, is
one JSON object::

    {"schema_version": 2,
     "interview": {"candidate": {...}, "position": {...}, "interviewers": [{...}, ...],
                   "ended_at": "2017-08-16T19:30:00+00:00",
                   "highlights": [...], "qualifications": [...]},
     "agreement": {"decision_by": "2017-08-21", "follow_up_on": null, "calls_permitted": true},
     "policy": {"max_calls": 4, "holidays": ["2017-09-04"], ..., "tone": "direct",
                "max_postponements": 2, "country": null, "subdiv": null},
     "round": 1,
     "history": [{"type": "ThankYouSent", "at": "...", "to": 0, "channel": "mail"},
                 {"type": "ThankYouSkipped", "at": "...", "to": 1},
                 {"type": "CallPlaced", "at": "...", "result": "spoke",
                  "call_back_on": "2017-08-24"},
                 {"type": "DecisionPostponed", "at": "...", "decision_by": "2017-09-08",
                  "follow_up_on": null},
                 {"type": "OutOfOffice", "at": "...", "until": "2017-09-04"}, ...]}

Each object's keys are the keyword arguments of the value class it holds, in
their order (the document's own are the version, the arguments of
``Workflow.start``, then the history). Instants are ISO 8601 with their
offset (written in UTC), days and times of day are ISO 8601, a day that may
be left out is ``null``, enumerations are their values, and a letter (or a
skipped letter) names its interviewer by position in ``interviewers``.

``agreement`` is the original agreement only. The agreements of the
postponements are not written: each is rebuilt from its
``DecisionPostponed`` event when the history is replayed, so every fact is
in the document once.

Version 1, which the first releases wrote and which is read forever, is
version 2 without ``round`` (1), ``policy.max_postponements`` (2, the
default), ``call_back_on`` (null) and the events ``ThankYouSkipped``,
``DecisionPostponed`` and ``OutOfOffice``. A version 1 document holding any
of those is refused, as any unknown key or event type is.

Reading follows these rules, so that a document loads tomorrow exactly as it
was written today, and anything else is refused with an
:class:`InvalidInput` whose ``field`` (and message) is the path of the bad
value, such as ``history[3].at``:

1. The version is read first, and picks the reader of its version from
   ``_READERS``: another version may be shaped otherwise.
2. Every object has exactly its keys: none missing, none unknown (the
   message names the version whose keys it lists).
3. Every value is exactly of its JSON type: text is ``str``, a whole number
   is ``int`` (not ``bool``, not ``float``), a flag is ``bool``, a list is a
   ``list``, an object is a ``dict`` (no subclass of these counts).
4. Text read as a date or a time is at most ``_MAX_ISO`` characters long,
   and has its UTC offset where it is an instant.
5. The values are built by the public constructors, which validate them;
   their refusals come out with the path in front.
6. Anything else that goes wrong while reading an object, whatever the
   input, is an :class:`InvalidInput` naming that object.

The history is then replayed through the rules by ``Workflow.from_dict``
(which also checks ``round``, as ``Workflow.start`` does).

Each object's shape is declared once, as a table of its keys and their
readers (``_CANDIDATE``, ``_POLICY_V1``, ``_EVENTS_V1`` ...). The tables are
the format itself, not derived from the value classes, so each version stays
exactly as it is while the classes grow. A new version is an addition: its
own tables (reusing the previous version's wherever nothing changed, with
:func:`_inserted` for a new key and ``{**_EVENTS_V2, ...}`` for new events),
its ``_read_v3``, an entry in ``_READERS``, the writer changed to write it, its entry in
the JSON Schema (``_schema.py``); the documents under ``tests/fixtures``
must still read exactly.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, TypeVar

from ._calendar import WEEKEND
from ._errors import MESSAGE_LENGTH, FollowUpError, InvalidInput, listed, shown, type_name
from ._events import (
    CallPlaced,
    CloseLoopSent,
    DecisionPostponed,
    Event,
    HeardBack,
    MovedOn,
    OutOfOffice,
    ThankYouSent,
    ThankYouSkipped,
    Withdrew,
)
from ._holidays import CountryCalendar, HolidayCalendar
from ._rules import Pins
from ._values import (
    Agreement,
    CallResult,
    Candidate,
    Channel,
    Interview,
    Interviewer,
    Outcome,
    Policy,
    Position,
    Tone,
)

__all__ = ["SCHEMA_VERSION", "WorkflowParts", "workflow_parts_from_dict", "workflow_to_dict"]

SCHEMA_VERSION = 2
"""The version of the data :meth:`Workflow.to_dict` writes."""

_MAX_ISO = 64
"""The longest text read as a date or a time (``isoformat`` writes at most 32)."""

_T = TypeVar("_T")


# --- writing -------------------------------------------------------------------


def _interviewer(person: Interviewer) -> dict[str, Any]:
    return {
        "name": person.name,
        "title": person.title,
        "email": person.email,
        "phone": person.phone,
        "timezone": person.timezone,
        "decision_maker": person.decision_maker,
        "salutation": person.salutation,
        "address": list(person.address),
        "highlights": list(person.highlights),
    }


def _calendar(calendar: HolidayCalendar | None) -> dict[str, Any] | None:
    if calendar is None:
        return None
    return {
        "countries": [
            {
                "country": country.country,
                "subdiv": country.subdiv,
                "observed": country.observed,
                "categories": list(country.categories),
                "language": country.language,
            }
            for country in calendar.countries
        ],
        "added": [[day.isoformat(), name] for day, name in calendar.added],
        "removed": [day.isoformat() for day in calendar.removed],
    }


def _pins(pins: Pins | None) -> dict[str, Any] | None:
    if pins is None:
        return None
    first, last, days = pins
    return {
        "first": _dt.date.fromordinal(first).isoformat(),
        "last": _dt.date.fromordinal(last).isoformat(),
        "days": [[_dt.date.fromordinal(day).isoformat(), name] for day, name in days],
    }


def _optional_day_text(day: _dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _event(event: Event, interview: Interview) -> dict[str, Any]:
    data: dict[str, Any] = {"type": type(event).__name__, "at": event.at.isoformat()}
    if isinstance(event, (ThankYouSent, ThankYouSkipped)):
        # The rules accept letters to the interview's own interviewers only.
        data["to"] = interview.index_of(event.to)
        if isinstance(event, ThankYouSent):
            data["channel"] = event.channel.value
    elif isinstance(event, CallPlaced):
        data["result"] = event.result.value
        data["call_back_on"] = _optional_day_text(event.call_back_on)
    elif isinstance(event, HeardBack):
        data["outcome"] = event.outcome.value
    elif isinstance(event, CloseLoopSent):
        data["channel"] = event.channel.value
    elif isinstance(event, DecisionPostponed):
        data["decision_by"] = _optional_day_text(event.decision_by)
        data["follow_up_on"] = _optional_day_text(event.follow_up_on)
    elif isinstance(event, OutOfOffice):
        data["until"] = event.until.isoformat()
    return data


def workflow_to_dict(
    interview: Interview,
    agreement: Agreement,
    policy: Policy,
    round: int,
    history: tuple[Event, ...],
    pins: Pins | None = None,
) -> dict[str, Any]:
    """Return a workflow's inputs and history as JSON-safe data.

    Args:
        interview: The workflow's interview.
        agreement: Its original agreement (those of its postponements
            follow from the history).
        policy: Its policy.
        round: Which interview it follows up: 1 for a first interview.
        history: Its accepted events (each letter to one of ``interview``'s
            interviewers, as the rules make sure).
        pins: The country calendar's holidays the workflow's dates depend
            on, pinned so the document plans the same after the
            ``holidays`` data changes; None without a country calendar.

    Returns:
        The document of schema version :data:`SCHEMA_VERSION`, which
        ``workflow_parts_from_dict`` reads back.
    """
    candidate = interview.candidate
    return {
        "schema_version": SCHEMA_VERSION,
        "interview": {
            "candidate": {
                "name": candidate.name,
                "phone": candidate.phone,
                "email": candidate.email,
                "timezone": candidate.timezone,
                "address": list(candidate.address),
            },
            "position": {"title": interview.position.title, "company": interview.position.company},
            "interviewers": [_interviewer(person) for person in interview.interviewers],
            "ended_at": interview.ended_at.isoformat(),
            "highlights": list(interview.highlights),
            "qualifications": list(interview.qualifications),
        },
        "agreement": {
            "decision_by": agreement.decision_by.isoformat(),
            "follow_up_on": _optional_day_text(agreement.follow_up_on),
            "calls_permitted": agreement.calls_permitted,
        },
        "policy": {
            "max_calls": policy.max_calls,
            "holidays": sorted(day.isoformat() for day in policy.holidays),
            "call_interval_days": policy.call_interval_days,
            "reply_window_days": policy.reply_window_days,
            "default_wait_days": policy.default_wait_days,
            "workday_start": policy.workday_start.isoformat(),
            "workday_end": policy.workday_end.isoformat(),
            "call_window_minutes": policy.call_window_minutes,
            "tone": policy.tone.value,
            "max_postponements": policy.max_postponements,
            "calendar": _calendar(policy.calendar),
            "weekend": sorted(policy.weekend),
            "language": policy.language,
        },
        "round": round,
        "pinned_holidays": _pins(pins),
        "history": [_event(event, interview) for event in history],
    }


# --- reading: what went wrong, and where ----------------------------------------


class _Refused(Exception):
    """A value of the document was refused; raised inside the reader only.

    Each object and list the error passes through on its way out adds its key
    or index to ``where``, so the path is built only when something is wrong.

    Attributes:
        problem: What is wrong with the value, said after its path ("must be
            text, not a whole number"); or, when ``quoted``, a constructor's
            own message, quoted after the path.
        quoted: Whether ``problem`` is a constructor's message.
        in_version: What the document's version allows instead ("its keys
            are ..."), said after the version, which only the top of the
            reader knows; or None.
        where: The keys and indexes of the path, innermost first.
    """

    def __init__(
        self,
        problem: str,
        *,
        at: str | None = None,
        quoted: bool = False,
        in_version: str | None = None,
    ) -> None:
        super().__init__(problem)
        self.problem = problem
        self.quoted = quoted
        self.in_version = in_version
        self.where: list[str | int] = [] if at is None else [at]

    def error(self, version: int | None = None) -> InvalidInput:
        """The InvalidInput to raise, naming the path (and the version, if it was read)."""
        path = ""
        for step in reversed(self.where):
            if isinstance(step, int):
                path += f"[{step}]"
            else:
                path = f"{path}.{step}" if path else step
        between = ": " if self.quoted else " "
        problem = self.problem
        if self.in_version is not None:
            problem += f"; in schema version {version}, {self.in_version}"
        message = f"workflow data: {path or 'the document'}{between}{problem}"
        if len(message) > MESSAGE_LENGTH:
            message = message[: MESSAGE_LENGTH - 3] + "..."
        return InvalidInput(message, field=path or None)


_KINDS = {
    str: "text",
    int: "a whole number",
    float: "a decimal number",
    bool: "a boolean",
    list: "a list",
    dict: "an object",
    type(None): "null",
}


def _kind(value: object) -> str:
    """The JSON kind of ``value`` in words, or its type's name for anything else."""
    return _KINDS.get(type(value)) or type_name(value)


# --- reading: one reader per kind of value ---------------------------------------
#
# A reader takes the value found under a key and returns what the
# constructor is handed, or raises _Refused saying what is wrong with it.

Reader = Callable[[object], Any]


def _text(value: object) -> str:
    if type(value) is not str:
        raise _Refused(f"must be text, not {_kind(value)}")
    return value


def _optional_text(value: object) -> str | None:
    if value is not None and type(value) is not str:
        raise _Refused(f"must be text or null, not {_kind(value)}")
    return value


def _whole_number(value: object) -> int:
    if type(value) is not int:
        raise _Refused(f"must be a whole number, not {_kind(value)}")
    return value


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise _Refused(f"must be true or false, not {_kind(value)}")
    return value


def _choice(kind: type[enum.Enum]) -> Reader:
    """A reader of one of the enumeration's values, such as ``"voicemail"``."""
    members = {member.value: member for member in kind}

    def read(value: object) -> enum.Enum:
        member = members.get(_text(value))
        if member is None:
            raise _Refused(f"must be one of {listed(members, most=6)}, not {shown(value)}")
        return member

    return read


def _iso(value: object, parse: Callable[[str], _T], what: str, example: str) -> _T:
    text = _text(value)
    if len(text) > _MAX_ISO:
        raise _Refused(f"is {len(text):,} characters long; not {what} (at most {_MAX_ISO})")
    try:
        return parse(text)
    except ValueError:
        raise _Refused(f"is not {what}: {shown(text)}; write it like {example}") from None


def _instant(value: object) -> _dt.datetime:
    moment = _iso(
        value, _dt.datetime.fromisoformat, "an ISO 8601 instant", "2017-08-22T21:30:00+00:00"
    )
    if moment.utcoffset() is None:
        raise _Refused(
            f"has no UTC offset: {shown(value)}; write an ISO 8601 time with its offset, "
            "like 2017-08-22T21:30:00+00:00"
        )
    return moment


def _day(value: object) -> _dt.date:
    return _iso(value, _dt.date.fromisoformat, "an ISO date", "2017-08-21")


def _optional_day(value: object) -> _dt.date | None:
    return None if value is None else _day(value)


def _time_of_day(value: object) -> _dt.time:
    return _iso(value, _dt.time.fromisoformat, "an ISO time of day", "09:00:00")


def _list(value: object) -> list[Any]:
    if type(value) is not list:
        raise _Refused(f"must be a list, not {_kind(value)}")
    return value


def _list_of(read_item: Reader) -> Reader:
    """A reader of a list whose every item ``read_item`` reads."""

    def read(value: object) -> list[Any]:
        items = []
        for index, item in enumerate(_list(value)):
            try:
                items.append(read_item(item))
            except _Refused as refused:
                refused.where.append(index)
                raise
        return items

    return read


# --- reading: objects -------------------------------------------------------------


def _values(data: object, fields: Mapping[str, Reader]) -> dict[str, Any]:
    """Read a JSON object that has exactly the keys of ``fields``, each value by its reader."""
    if type(data) is not dict:
        raise _Refused(f"must be an object, not {_kind(data)}")
    if data.keys() != fields.keys():
        for key in fields:
            if key not in data:
                raise _Refused("is missing", at=key)
        unknown = [key for key in data if key not in fields]
        raise _Refused(
            f"has unknown key(s) {listed(unknown)}", in_version=f"its keys are {', '.join(fields)}"
        )
    values = {}
    for key, read in fields.items():
        try:
            values[key] = read(data[key])
        except _Refused as refused:
            refused.where.append(key)
            raise
    return values


def _built(
    build: Callable[..., _T], data: object, fields: Mapping[str, Reader], *before: object
) -> _T:
    """Read an object with :func:`_values`; return ``build(*before, **values)``.

    Whatever goes wrong is a :class:`_Refused` at this object: a refusal from
    a value inside it, ``build``'s own refusal (naming the key it names, if
    any), and anything else at all that the input made go wrong.
    """
    try:
        return build(*before, **_values(data, fields))
    except _Refused:
        raise
    except InvalidInput as error:
        key = error.field if error.field in fields else None
        raise _Refused(str(error), at=key, quoted=True) from None
    except ImportError:
        # A country calendar without the holidays package: the message says
        # what to install, and the document is not at fault.
        raise
    except Exception as error:
        raise _Refused(f"could not be read ({shown(error)})") from error


def _object(build: Callable[..., _T], fields: Mapping[str, Reader]) -> Callable[[object], _T]:
    """A reader of an object of ``fields``' keys, built by ``build(**values)``."""

    def read(value: object) -> _T:
        return _built(build, value, fields)

    return read


_CANDIDATE = {"name": _text, "phone": _text, "email": _optional_text, "timezone": _text}
_POSITION = {"title": _text, "company": _text}
_INTERVIEWER = {
    "name": _text,
    "title": _optional_text,
    "email": _optional_text,
    "phone": _optional_text,
    "timezone": _text,
    "decision_maker": _flag,
}
_INTERVIEW = {
    "candidate": _object(Candidate, _CANDIDATE),
    "position": _object(Position, _POSITION),
    "interviewers": _list_of(_object(Interviewer, _INTERVIEWER)),
    "ended_at": _instant,
    "highlights": _list_of(_text),
    "qualifications": _list_of(_text),
}
_AGREEMENT = {"decision_by": _day, "follow_up_on": _optional_day, "calls_permitted": _flag}
_POLICY_V1 = {
    "max_calls": _whole_number,
    "holidays": _list_of(_day),
    "call_interval_days": _whole_number,
    "reply_window_days": _whole_number,
    "default_wait_days": _whole_number,
    "workday_start": _time_of_day,
    "workday_end": _time_of_day,
    "call_window_minutes": _whole_number,
    "tone": _choice(Tone),
    "country": _optional_text,
    "subdiv": _optional_text,
}


def _inserted(
    fields: Mapping[str, Reader], after: str, key: str, read: Reader
) -> dict[str, Reader]:
    """A later version's table: ``fields`` with ``key`` added right after the key ``after``."""
    table: dict[str, Reader] = {}
    for name, reader in fields.items():
        table[name] = reader
        if name == after:
            table[key] = read
    return table


_CANDIDATE_V2 = {**_CANDIDATE, "address": _list_of(_text)}
_INTERVIEWER_V2 = {
    **_INTERVIEWER,
    "salutation": _optional_text,
    "address": _list_of(_text),
    "highlights": _list_of(_text),
}
_INTERVIEW_V2 = {
    **_INTERVIEW,
    "candidate": _object(Candidate, _CANDIDATE_V2),
    "interviewers": _list_of(_object(Interviewer, _INTERVIEWER_V2)),
}


def _dated_name(value: object) -> tuple[_dt.date, str]:
    pair = _list(value)
    if len(pair) != 2:
        raise _Refused(f"must be a [date, name] pair, not a list of {len(pair)}")
    read: tuple[Reader, Reader] = (_day, _text)
    items = []
    for index, item in enumerate(pair):
        try:
            items.append(read[index](item))
        except _Refused as refused:
            refused.where.append(index)
            raise
    return items[0], items[1]


_COUNTRY_CALENDAR = {
    "country": _text,
    "subdiv": _optional_text,
    "observed": _flag,
    "categories": _list_of(_text),
    "language": _optional_text,
}
_HOLIDAY_CALENDAR = {
    "countries": _list_of(_object(CountryCalendar, _COUNTRY_CALENDAR)),
    "added": _list_of(_dated_name),
    "removed": _list_of(_day),
}


def _optional(read: Reader) -> Reader:
    """A reader of null, or of what ``read`` reads."""

    def read_or_null(value: object) -> Any:
        return None if value is None else read(value)

    return read_or_null


_POLICY_V2 = {
    **{key: read for key, read in _POLICY_V1.items() if key not in ("country", "subdiv")},
    "max_postponements": _whole_number,
    "calendar": _optional(_object(HolidayCalendar, _HOLIDAY_CALENDAR)),
    "weekend": _list_of(_whole_number),
    "language": _text,
}

_MAX_PINNED_DAYS = 10_000


def _pinned(first: _dt.date, last: _dt.date, days: list[tuple[_dt.date, str]]) -> Pins:
    if not first <= last or len(days) > _MAX_PINNED_DAYS:
        raise _Refused(f"must span first to last, with at most {_MAX_PINNED_DAYS:,} days")
    outside = [day for day, _ in days if not first <= day <= last]
    if outside:
        raise _Refused(f"has days outside first..last: {listed(d.isoformat() for d in outside)}")
    ordinals = tuple((day.toordinal(), name) for day, name in days)
    return first.toordinal(), last.toordinal(), ordinals


_PINS = {"first": _day, "last": _day, "days": _list_of(_dated_name)}

EventTable = Mapping[str, tuple[Callable[..., Event], Mapping[str, Reader]]]

# Each event type by the name written in "type": its class and its keys
# ("to" is the interviewer's position in the interview's list).
_EVENTS_V1: EventTable = {
    "ThankYouSent": (
        ThankYouSent,
        {"type": _text, "at": _instant, "to": _whole_number, "channel": _choice(Channel)},
    ),
    "CallPlaced": (CallPlaced, {"type": _text, "at": _instant, "result": _choice(CallResult)}),
    "HeardBack": (HeardBack, {"type": _text, "at": _instant, "outcome": _choice(Outcome)}),
    "CloseLoopSent": (CloseLoopSent, {"type": _text, "at": _instant, "channel": _choice(Channel)}),
    "MovedOn": (MovedOn, {"type": _text, "at": _instant}),
    "Withdrew": (Withdrew, {"type": _text, "at": _instant}),
}
_EVENTS_V2: EventTable = {
    **_EVENTS_V1,
    "CallPlaced": (
        CallPlaced,
        _inserted(_EVENTS_V1["CallPlaced"][1], "result", "call_back_on", _optional_day),
    ),
    "ThankYouSkipped": (ThankYouSkipped, {"type": _text, "at": _instant, "to": _whole_number}),
    "DecisionPostponed": (
        DecisionPostponed,
        {
            "type": _text,
            "at": _instant,
            "decision_by": _optional_day,
            "follow_up_on": _optional_day,
        },
    ),
    "OutOfOffice": (OutOfOffice, {"type": _text, "at": _instant, "until": _day}),
}


# Policies read back are kept and handed out again: a service loading many
# workflows has only a few distinct policies, and each costs most of a
# kilobyte. A Policy is immutable, so sharing one is safe.
_POLICIES: dict[Policy, Policy] = {}
_MAX_POLICIES = 256


def _shared_policy(**knobs: Any) -> Policy:
    policy = Policy(**knobs)
    known = _POLICIES.get(policy)
    if known is not None:
        return known
    if len(_POLICIES) >= _MAX_POLICIES:
        _POLICIES.clear()
    _POLICIES[policy] = policy
    return policy


def _policy_v1(**knobs: Any) -> Policy:
    # Version 1 knew no weekend but Saturday and Sunday, whatever the
    # country: a document of it keeps the weekend it was planned with.
    return _shared_policy(**knobs, weekend=WEEKEND)


def _event_type(data: object, events: Mapping[str, object]) -> str:
    """The event type named under "type", one of ``events``."""
    if type(data) is not dict:
        raise _Refused(f"must be an object, not {_kind(data)}")
    try:
        kind = data["type"]
    except KeyError:
        raise _Refused("is missing", at="type") from None
    except Exception as error:
        raise _Refused(f"could not be read ({shown(error)})") from error
    if type(kind) is not str:
        raise _Refused(f"must be text, not {_kind(kind)}", at="type")
    if kind not in events:
        raise _Refused(
            f"is not an event type: {shown(kind)}",
            at="type",
            in_version=f"the event types are {', '.join(events)}",
        )
    return kind


def _new_event(
    event_type: Callable[..., Event], interviewers: tuple[Interviewer, ...], **values: Any
) -> Event:
    del values["type"]
    if "to" in values:
        index = values["to"]
        if not 0 <= index < len(interviewers):
            raise _Refused(
                f"names no interviewer: {shown(index)}; give the position of one in "
                f"interview.interviewers, from 0 to {len(interviewers) - 1}",
                at="to",
            )
        values["to"] = interviewers[index]
    return event_type(**values)


def _history(
    items: list[Any], interviewers: tuple[Interviewer, ...], events: EventTable
) -> list[Event]:
    """Read the events of ``events``' types in order; a letter's ``to`` picks from ``interviewers``."""
    history = []
    for index, data in enumerate(items):
        try:
            event_type, fields = events[_event_type(data, events)]
            history.append(_built(_new_event, data, fields, event_type, interviewers))
        except _Refused as refused:
            refused.where += [index, "history"]
            raise
    return history


# --- reading: documents, by version -------------------------------------------------


class WorkflowParts(NamedTuple):
    """What a document holds, read into values; the history is not checked against the rules yet.

    Attributes:
        interview: The interview.
        agreement: The original agreement.
        policy: The policy.
        round: Which interview it follows up (1 in a version 1 document).
        history: The events, in order.
        pins: The holidays the document pinned, or None (always in a
            version 1 document, which pinned none).
    """

    interview: Interview
    agreement: Agreement
    policy: Policy
    round: int
    history: list[Event]
    pins: Pins | None


_DOCUMENT_V1 = {
    "schema_version": _whole_number,
    "interview": _object(Interview, _INTERVIEW),
    "agreement": _object(Agreement, _AGREEMENT),
    "policy": _object(_policy_v1, _POLICY_V1),
    "history": _list,
}
_DOCUMENT_V2 = {
    "schema_version": _whole_number,
    "interview": _object(Interview, _INTERVIEW_V2),
    "agreement": _object(Agreement, _AGREEMENT),
    "policy": _object(_shared_policy, _POLICY_V2),
    "round": _whole_number,
    "pinned_holidays": _optional(_object(_pinned, _PINS)),
    "history": _list,
}


def _read_v1(data: object) -> WorkflowParts:
    parts = _values(data, _DOCUMENT_V1)
    interview = parts["interview"]
    history = _history(parts["history"], interview.interviewers, _EVENTS_V1)
    return WorkflowParts(interview, parts["agreement"], parts["policy"], 1, history, None)


def _read_v2(data: object) -> WorkflowParts:
    parts = _values(data, _DOCUMENT_V2)
    interview = parts["interview"]
    history = _history(parts["history"], interview.interviewers, _EVENTS_V2)
    return WorkflowParts(
        interview,
        parts["agreement"],
        parts["policy"],
        parts["round"],
        history,
        parts["pinned_holidays"],
    )


_READERS: dict[int, Callable[[object], WorkflowParts]] = {1: _read_v1, 2: _read_v2}
"""The reader of each schema version this release reads."""


def workflow_parts_from_dict(data: object) -> WorkflowParts:
    """Read a document that :func:`workflow_to_dict` wrote, in any version this release reads.

    Args:
        data: The document, as written (possibly via JSON).

    Returns:
        The interview, the original agreement, the policy, the round and
        the events, in order; the events are not checked against the rules
        yet, nor is the round's range (``Workflow.start``'s to check).

    Raises:
        InvalidInput: The document is malformed, of a schema version this
            release does not read, or holds invalid values; its ``field``
            is the path of the bad value, such as ``"history[3].at"``.
        ImportError: The policy names a country calendar and the
            ``holidays`` package is not installed.
    """
    version: int | None = None
    try:
        if type(data) is not dict:
            raise _Refused(f"must be an object, not {_kind(data)}")
        if "schema_version" not in data:
            raise _Refused("is missing", at="schema_version")
        written = data["schema_version"]
        if type(written) is not int:
            raise _Refused(f"must be a whole number, not {_kind(written)}", at="schema_version")
        read = _READERS.get(written)
        if read is None:
            *earlier, last = sorted(_READERS)
            raise InvalidInput(
                f"workflow data has schema_version {shown(written)}; this release of "
                f"followup_rules reads versions {', '.join(map(str, earlier))} and {last}",
                field="schema_version",
            )
        version = written
        return read(data)
    except _Refused as refused:
        raise refused.error(version) from None
    except (FollowUpError, ImportError):
        raise
    except Exception as error:
        raise InvalidInput(f"workflow data could not be read ({shown(error)})") from error
