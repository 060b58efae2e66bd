"""Plain JSON-safe data to and from the value types.

The format is versioned (``schema_version``) and strict on the way in: an
unknown key, a missing key, a value of the wrong type or an unknown version
is refused with an :class:`InvalidInput` that says where it was found. The
values themselves are then validated by the value types' own constructors,
and the history is replayed through the rules by ``Workflow.from_dict``.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Mapping
from typing import Any, TypeGuard, TypeVar

import pendulum

from ._calendar import to_instant
from ._errors import FollowUpError, InvalidInput
from ._events import (
    CallPlaced,
    CloseLoopSent,
    Event,
    HeardBack,
    MovedOn,
    ThankYouSent,
    Withdrew,
)
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

__all__ = ["SCHEMA_VERSION", "workflow_parts_from_dict", "workflow_to_dict"]

SCHEMA_VERSION = 1
"""The version of the data :meth:`Workflow.to_dict` writes."""

_MAX_STAMP = 64

_EVENT_KEYS = {
    "ThankYouSent": frozenset({"type", "at", "to", "channel"}),
    "CallPlaced": frozenset({"type", "at", "result"}),
    "HeardBack": frozenset({"type", "at", "outcome"}),
    "CloseLoopSent": frozenset({"type", "at", "channel"}),
    "MovedOn": frozenset({"type", "at"}),
    "Withdrew": frozenset({"type", "at"}),
}
_E = TypeVar("_E", bound=enum.Enum)
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
    }


def _event(event: Event, interviewers: tuple[Interviewer, ...]) -> dict[str, Any]:
    data: dict[str, Any] = {"type": type(event).__name__, "at": event.at.isoformat()}
    if isinstance(event, ThankYouSent):
        data["to"] = interviewers.index(event.to)
        data["channel"] = event.channel.value
    elif isinstance(event, CallPlaced):
        data["result"] = event.result.value
    elif isinstance(event, HeardBack):
        data["outcome"] = event.outcome.value
    elif isinstance(event, CloseLoopSent):
        data["channel"] = event.channel.value
    return data


def workflow_to_dict(
    interview: Interview, agreement: Agreement, policy: Policy, history: tuple[Event, ...]
) -> dict[str, Any]:
    """Return a workflow's inputs and history as JSON-safe data.

    Args:
        interview: The workflow's interview.
        agreement: Its agreement.
        policy: Its policy.
        history: Its accepted events.

    Returns:
        The data ``workflow_parts_from_dict`` reads back.
    """
    candidate = interview.candidate
    follow_up_on = agreement.follow_up_on
    return {
        "schema_version": SCHEMA_VERSION,
        "interview": {
            "candidate": {
                "name": candidate.name,
                "phone": candidate.phone,
                "email": candidate.email,
                "timezone": candidate.timezone,
            },
            "position": {"title": interview.position.title, "company": interview.position.company},
            "interviewers": [_interviewer(person) for person in interview.interviewers],
            "ended_at": interview.ended_at.isoformat(),
            "highlights": list(interview.highlights),
            "qualifications": list(interview.qualifications),
        },
        "agreement": {
            "decision_by": agreement.decision_by.isoformat(),
            "follow_up_on": None if follow_up_on is None else follow_up_on.isoformat(),
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
            "country": policy.country,
            "subdiv": policy.subdiv,
        },
        "history": [_event(event, interview.interviewers) for event in history],
    }


# --- reading -------------------------------------------------------------------


class _Reader:
    """Reads one JSON object strictly, naming the path of whatever is wrong.

    The object's keys are checked once, up front, against the keys its
    type has: a missing or an unknown key is refused before any value is read.
    """

    def __init__(self, data: object, path: str, keys: frozenset[str]) -> None:
        if type(data) is not dict:
            raise InvalidInput(
                f"workflow data: {path or 'the document'} must be an object, "
                f"not {type(data).__name__}",
                field=path,
            )
        if data.keys() != keys:
            missing = sorted(keys - data.keys())
            if missing:
                raise self._fail(path, missing[0], "is missing")
            extra = sorted(str(key) for key in data.keys() - keys)
            where = path or "the top level"
            raise InvalidInput(
                f"workflow data: unknown key(s) at {where}: {', '.join(extra)}", field=path
            )
        self.data: dict[str, Any] = data
        self.path = path

    @staticmethod
    def _fail(path: str, key: str, message: str) -> InvalidInput:
        where = f"{path}.{key}" if path else key
        return InvalidInput(f"workflow data: {where} {message}", field=where)

    def fail(self, key: str, message: str) -> InvalidInput:
        return self._fail(self.path, key, message)

    def get(self, key: str, kind: type | tuple[type, ...]) -> Any:
        value = self.data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if type(value) not in kinds:
            # bool is an int in Python, never in this format.
            shown = "a boolean" if type(value) is bool else type(value).__name__
            raise self.fail(key, f"must be {_kind_name(kinds)}, not {shown}")
        return value

    def text(self, key: str) -> str:
        value = self.data[key]
        if type(value) is not str:
            raise self.fail(key, f"must be text, not {type(value).__name__}")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.data[key]
        if value is not None and type(value) is not str:
            raise self.fail(key, f"must be text or null, not {type(value).__name__}")
        return value

    def stamp(self, key: str, parse: Callable[[str], _T]) -> _T:
        self.text(key)
        return _stamp(self.data, self.path, key, parse)

    def choice(self, key: str, kind: type[_E]) -> _E:
        raw = self.text(key)
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in kind)
            raise self.fail(key, f"must be one of {allowed}, not {raw[:_MAX_STAMP]!r}") from None

    def items(self, key: str) -> list[Any]:
        return list(self.get(key, list))

    def mismatch(self, types: Mapping[str, tuple[type, ...]]) -> InvalidInput:
        """Raise the error for the first value that is not of its types.

        Returns:
            Only if every value is of its types after all: a general error.
        """
        for key, kinds in types.items():
            if kinds is _TEXT:
                self.text(key)
            elif kinds is _OPTIONAL_TEXT:
                self.optional_text(key)
            else:
                self.get(key, kinds)
        return InvalidInput(f"workflow data: {self.path} is malformed", field=self.path)


def _object(data: object, path: str, types: Mapping[str, tuple[type, ...]]) -> dict[str, Any]:
    """Check a JSON object in one pass: exactly the keys of ``types``, each value of its types.

    A well-formed object, the common case, costs one call; anything off is
    handed to a :class:`_Reader`, which says what is wrong and where.
    """
    if type(data) is dict and data.keys() == types.keys():
        for key, kinds in types.items():
            if type(data[key]) not in kinds:
                break
        else:
            return data
    raise _Reader(data, path, frozenset(types)).mismatch(types)


def _stamp(data: dict[str, Any], path: str, key: str, parse: Callable[[str], _T]) -> _T:
    """Parse the text at ``data[key]`` (already checked to be text) as a date or time."""
    raw = data[key]
    if len(raw) > _MAX_STAMP:
        raise _Reader._fail(path, key, f"is {len(raw)} characters long; not a date or time")
    try:
        return parse(raw)
    except ValueError:
        raise _Reader._fail(path, key, f"is not in ISO 8601 form: {raw!r}") from None


_TEXT = (str,)
_OPTIONAL_TEXT = (str, type(None))
_TOP_TYPES = {
    "schema_version": (int,),
    "interview": (dict,),
    "agreement": (dict,),
    "policy": (dict,),
    "history": (list,),
}
_INTERVIEW_TYPES = {
    "candidate": (dict,),
    "position": (dict,),
    "interviewers": (list,),
    "ended_at": _TEXT,
    "highlights": (list,),
    "qualifications": (list,),
}
_CANDIDATE_TYPES = {"name": _TEXT, "phone": _TEXT, "email": _OPTIONAL_TEXT, "timezone": _TEXT}
_POSITION_TYPES = {"title": _TEXT, "company": _TEXT}
_INTERVIEWER_TYPES = {
    "name": _TEXT,
    "title": _OPTIONAL_TEXT,
    "email": _OPTIONAL_TEXT,
    "phone": _OPTIONAL_TEXT,
    "timezone": _TEXT,
    "decision_maker": (bool,),
}
_AGREEMENT_TYPES = {
    "decision_by": _TEXT,
    "follow_up_on": _OPTIONAL_TEXT,
    "calls_permitted": (bool,),
}


_POLICY_TYPES = {
    "max_calls": (int,),
    "holidays": (list,),
    "call_interval_days": (int,),
    "reply_window_days": (int,),
    "default_wait_days": (int,),
    "workday_start": _TEXT,
    "workday_end": _TEXT,
    "call_window_minutes": (int,),
    "tone": _TEXT,
    "country": _OPTIONAL_TEXT,
    "subdiv": _OPTIONAL_TEXT,
}


# --- Objects as written ---------------------------------------------------------
#
# Each predicate below tells, in one expression, whether an object is exactly
# as workflow_to_dict writes it: its keys in the written order, each value of
# the types its table above allows. That is the common case, and reading it
# costs one call; anything else (keys in another order included) goes to
# _object, which checks key by key and names what is wrong. Each predicate
# repeats its table as code because a look-up per value, such as
# ``tuple(map(type, values))``, costs several times more;
# test_each_written_check_is_its_table holds every predicate to its table.

_TOP_KEYS = tuple(_TOP_TYPES)
_INTERVIEW_KEYS = tuple(_INTERVIEW_TYPES)
_CANDIDATE_KEYS = tuple(_CANDIDATE_TYPES)
_POSITION_KEYS = tuple(_POSITION_TYPES)
_INTERVIEWER_KEYS = tuple(_INTERVIEWER_TYPES)
_AGREEMENT_KEYS = tuple(_AGREEMENT_TYPES)
_POLICY_KEYS = tuple(_POLICY_TYPES)


def _written_document(data: object) -> TypeGuard[dict[str, Any]]:
    return (
        type(data) is dict
        and tuple(data) == _TOP_KEYS
        and type(data["schema_version"]) is int
        and type(data["interview"]) is dict
        and type(data["agreement"]) is dict
        and type(data["policy"]) is dict
        and type(data["history"]) is list
    )


def _written_interview(data: object) -> TypeGuard[dict[str, Any]]:
    return (
        type(data) is dict
        and tuple(data) == _INTERVIEW_KEYS
        and type(data["candidate"]) is dict
        and type(data["position"]) is dict
        and type(data["interviewers"]) is list
        and type(data["ended_at"]) is str
        and type(data["highlights"]) is list
        and type(data["qualifications"]) is list
    )


def _written_candidate(data: object) -> TypeGuard[dict[str, Any]]:
    return (
        type(data) is dict
        and tuple(data) == _CANDIDATE_KEYS
        and type(data["name"]) is str
        and type(data["phone"]) is str
        and (data["email"] is None or type(data["email"]) is str)
        and type(data["timezone"]) is str
    )


def _written_position(data: object) -> TypeGuard[dict[str, Any]]:
    return (
        type(data) is dict
        and tuple(data) == _POSITION_KEYS
        and type(data["title"]) is str
        and type(data["company"]) is str
    )


def _written_interviewer(data: object) -> TypeGuard[dict[str, Any]]:
    return (
        type(data) is dict
        and tuple(data) == _INTERVIEWER_KEYS
        and type(data["name"]) is str
        and (data["title"] is None or type(data["title"]) is str)
        and (data["email"] is None or type(data["email"]) is str)
        and (data["phone"] is None or type(data["phone"]) is str)
        and type(data["timezone"]) is str
        and type(data["decision_maker"]) is bool
    )


def _written_agreement(data: object) -> TypeGuard[dict[str, Any]]:
    return (
        type(data) is dict
        and tuple(data) == _AGREEMENT_KEYS
        and type(data["decision_by"]) is str
        and (data["follow_up_on"] is None or type(data["follow_up_on"]) is str)
        and type(data["calls_permitted"]) is bool
    )


def _written_policy(data: object) -> TypeGuard[dict[str, Any]]:
    return (
        type(data) is dict
        and tuple(data) == _POLICY_KEYS
        and type(data["max_calls"]) is int
        and type(data["holidays"]) is list
        and type(data["call_interval_days"]) is int
        and type(data["reply_window_days"]) is int
        and type(data["default_wait_days"]) is int
        and type(data["workday_start"]) is str
        and type(data["workday_end"]) is str
        and type(data["call_window_minutes"]) is int
        and type(data["tone"]) is str
        and (data["country"] is None or type(data["country"]) is str)
        and (data["subdiv"] is None or type(data["subdiv"]) is str)
    )


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {
        str: "text",
        int: "a whole number",
        bool: "true or false",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(item, item.__name__) for item in kinds)


def _aware(raw: str) -> _dt.datetime:
    value = _dt.datetime.fromisoformat(raw)
    if value.utcoffset() is None:
        raise ValueError(raw)
    return value


def _utc_instant(raw: str) -> pendulum.DateTime:
    # The value types keep instants in UTC; one read in UTC is kept as it is.
    return to_instant(_aware(raw), "at")


def _read_interviewer(data: object, index: int) -> Interviewer:
    person = data
    if not _written_interviewer(person):
        person = _object(data, f"interview.interviewers[{index}]", _INTERVIEWER_TYPES)
    return Interviewer(
        person["name"],
        person["title"],
        person["email"],
        person["phone"],
        person["timezone"],
        person["decision_maker"],
    )


def _read_interview(data: object) -> Interview:
    interview = data
    if not _written_interview(interview):
        interview = _object(data, "interview", _INTERVIEW_TYPES)
    candidate, position = interview["candidate"], interview["position"]
    if not _written_candidate(candidate):
        candidate = _object(candidate, "interview.candidate", _CANDIDATE_TYPES)
    if not _written_position(position):
        position = _object(position, "interview.position", _POSITION_TYPES)
    people = []  # a plain loop: a comprehension costs a frame of its own
    for index, item in enumerate(interview["interviewers"]):
        people.append(_read_interviewer(item, index))
    return Interview(
        Candidate(candidate["name"], candidate["phone"], candidate["email"], candidate["timezone"]),
        Position(position["title"], position["company"]),
        people,
        _stamp(interview, "interview", "ended_at", _utc_instant),
        interview["highlights"],
        interview["qualifications"],
    )


def _read_agreement(data: object) -> Agreement:
    agreement = data
    if not _written_agreement(agreement):
        agreement = _object(data, "agreement", _AGREEMENT_TYPES)
    return Agreement(
        _stamp(agreement, "agreement", "decision_by", _dt.date.fromisoformat),
        None
        if agreement["follow_up_on"] is None
        else _stamp(agreement, "agreement", "follow_up_on", _dt.date.fromisoformat),
        calls_permitted=agreement["calls_permitted"],
    )


def _read_policy(data: object) -> Policy:
    # A service has few policies: one read before, from the very same data,
    # is handed out again without reading it anew (see _shared below).
    key = _policy_key(data)
    if key is not None:
        known = _POLICIES_READ.get(key)
        if known is not None:
            return known
    policy = _read_new_policy(data)
    if key is not None:
        if len(_POLICIES_READ) >= _MAX_POLICIES:
            _POLICIES_READ.clear()
        _POLICIES_READ[key] = policy
    return policy


def _policy_key(data: object) -> tuple[object, ...] | None:
    """The policy data as a hashable key, or None for data not in the written shape.

    In the shape :func:`workflow_to_dict` writes (its keys in order, each
    value of exactly its type), the values alone tell policies apart: the
    types are part of the shape, and they must be, because ``1 == 1.0 ==
    True`` in Python while this format tells them apart.
    """
    if not _written_policy(data):
        return None
    values = list(data.values())
    holidays: list[object] = values[_HOLIDAYS_AT]
    if holidays and not all(type(item) is str for item in holidays):
        return None
    values[_HOLIDAYS_AT] = tuple(holidays)
    return tuple(values)


_POLICY = frozenset(_POLICY_TYPES)
_HOLIDAYS_AT = _POLICY_KEYS.index("holidays")
_POLICIES_READ: dict[tuple[object, ...], Policy] = {}


def _read_new_policy(data: object) -> Policy:
    reader = _Reader(data, "policy", _POLICY)
    holidays = []
    for index, raw in enumerate(reader.items("holidays")):
        if not isinstance(raw, str) or len(raw) > _MAX_STAMP:
            raise InvalidInput(
                f"workflow data: policy.holidays[{index}] must be an ISO date",
                field="policy.holidays",
            )
        try:
            holidays.append(_dt.date.fromisoformat(raw))
        except ValueError:
            raise InvalidInput(
                f"workflow data: policy.holidays[{index}] is not an ISO date: {raw!r}",
                field="policy.holidays",
            ) from None
    policy = Policy(
        reader.get("max_calls", int),
        holidays,
        call_interval_days=reader.get("call_interval_days", int),
        reply_window_days=reader.get("reply_window_days", int),
        default_wait_days=reader.get("default_wait_days", int),
        workday_start=reader.stamp("workday_start", _dt.time.fromisoformat),
        workday_end=reader.stamp("workday_end", _dt.time.fromisoformat),
        call_window_minutes=reader.get("call_window_minutes", int),
        tone=reader.choice("tone", Tone),
        country=reader.optional_text("country"),
        subdiv=reader.optional_text("subdiv"),
    )
    return _shared(policy)


# Policies read back are kept and handed out again: a service loading many
# workflows has only a few distinct policies, and each costs most of a
# kilobyte. A Policy is immutable, so sharing one is safe.
_POLICIES: dict[Policy, Policy] = {}
_MAX_POLICIES = 256


def _shared(policy: Policy) -> Policy:
    known = _POLICIES.get(policy)
    if known is not None:
        return known
    if len(_POLICIES) >= _MAX_POLICIES:
        _POLICIES.clear()
    _POLICIES[policy] = policy
    return policy


def _read_event(data: object, index: int, interviewers: tuple[Interviewer, ...]) -> Event:
    return _read_event_carefully(data, f"history[{index}]", interviewers)


_CHANNELS = {member.value: member for member in Channel}
_RESULTS = {member.value: member for member in CallResult}
_OUTCOMES = {member.value: member for member in Outcome}
# The event types other than ThankYouSent: the class, the key of its one
# other field (None if it has none) and the values that field may hold.
_ONE_FIELD: dict[str, tuple[type[Event], str | None, Mapping[str, enum.Enum]]] = {
    "CallPlaced": (CallPlaced, "result", _RESULTS),
    "HeardBack": (HeardBack, "outcome", _OUTCOMES),
    "CloseLoopSent": (CloseLoopSent, "channel", _CHANNELS),
    "MovedOn": (MovedOn, None, {}),
    "Withdrew": (Withdrew, None, {}),
}


def _read_event_carefully(data: object, path: str, interviewers: tuple[Interviewer, ...]) -> Event:
    kind = data.get("type") if type(data) is dict else None
    if kind not in _EVENT_KEYS:
        shown = repr(kind)[:_MAX_STAMP] if kind is not None else "missing"
        raise InvalidInput(
            f"workflow data: {path}.type is not an event type: {shown}; use one of "
            + ", ".join(_EVENT_KEYS),
            field=f"{path}.type",
        )
    reader = _Reader(data, path, _EVENT_KEYS[kind])
    at = reader.stamp("at", _aware)
    event: Event
    if kind == "ThankYouSent":
        index = reader.get("to", int)
        if not 0 <= index < len(interviewers):
            raise reader.fail("to", f"names no interviewer (there are {len(interviewers)})")
        event = ThankYouSent(interviewers[index], at, reader.choice("channel", Channel))
    elif kind == "CallPlaced":
        event = CallPlaced(at, reader.choice("result", CallResult))
    elif kind == "HeardBack":
        event = HeardBack(at, reader.choice("outcome", Outcome))
    elif kind == "CloseLoopSent":
        event = CloseLoopSent(at, reader.choice("channel", Channel))
    elif kind == "MovedOn":
        event = MovedOn(at)
    else:
        event = Withdrew(at)
    return event


def workflow_parts_from_dict(
    data: object,
) -> tuple[Interview, Agreement, Policy, list[Event]]:
    """Read :func:`workflow_to_dict`'s data back into values.

    Args:
        data: The data, as written (possibly via JSON).

    Returns:
        The interview, the agreement, the policy and the events, in order.

    Raises:
        InvalidInput: The data is malformed, of another schema version, or
            holds invalid values.
    """
    try:
        # The version first: data of another version may have another shape.
        version = data.get("schema_version") if type(data) is dict else None
        if type(version) is int and version != SCHEMA_VERSION:
            raise InvalidInput(
                f"workflow data has schema_version {version}; this version of "
                f"followup_rules reads version {SCHEMA_VERSION}",
                field="schema_version",
            )
        document = data
        if not _written_document(document):
            document = _object(data, "", _TOP_TYPES)
        interview = _read_interview(document["interview"])
        agreement = _read_agreement(document["agreement"])
        policy = _read_policy(document["policy"])
        people = interview.interviewers
        events = []  # a plain loop: a comprehension costs a frame of its own
        for index, item in enumerate(document["history"]):
            events.append(_read_event(item, index, people))
    except FollowUpError:
        raise
    except (TypeError, ValueError, OverflowError, RecursionError) as error:
        # The value types validate their inputs; anything they let slip
        # through still must not escape as anything but our own error.
        raise InvalidInput(f"workflow data is malformed: {error}") from error
    return interview, agreement, policy, events
