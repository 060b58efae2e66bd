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
import decimal
import fractions
import functools
import math
import reprlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NoReturn
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
    "MISBEHAVING_OFFSETS",
    "MISBEHAVING_ZONE_NAMES",
    "TEN_MB",
    "ZONES",
    "Hostile",
    "PairsMapping",
    "Sabotage",
    "agreements",
    "aware_datetimes",
    "branch_workflows",
    "candidates",
    "deeply_nested",
    "evil_twin",
    "held_on",
    "hostile_collections",
    "hostile_dates",
    "hostile_datetimes",
    "hostile_for",
    "hostile_mappings",
    "hostile_objects",
    "hostile_texts",
    "hostile_times",
    "hostile_tzinfos",
    "hostile_values",
    "hostile_whole_numbers",
    "interviewers",
    "interviews",
    "label_of",
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


# --- Hostile input ----------------------------------------------------------------
#
# Values no caller should hand in, for the tests that check that the library
# refuses them with a FollowUpError and nothing else. Every value comes
# wrapped in a Hostile with a short label, so a falsifying example prints
# "str of 10,000,000 characters" instead of the string itself (and never
# calls a hostile __repr__). The big values are built once, at import.


class Sabotage(RuntimeError):
    """The exception hostile objects raise from their own methods."""


class Hostile:
    """A hostile value and a short, safe label for it.

    A plain class, not a dataclass: Hypothesis prints a dataclass field by
    field, which would call the hostile value's own repr.

    Attributes:
        label: What the value is, as a falsifying example prints it.
        value: The value handed to the library.
    """

    __slots__ = ("label", "value")

    def __init__(self, label: str, value: object) -> None:
        self.label = label
        self.value = value

    def __repr__(self) -> str:
        return self.label


_LABEL = reprlib.Repr()
_LABEL.maxlevel = 3
_LABEL.maxstring = 48
_LABEL.maxother = 60
_LABEL.maxlong = 30


def label_of(value: object) -> str:
    """Return a short label for any value, without trusting its methods."""
    kind = type(value).__qualname__
    if type(value).__module__ == __name__:
        # This module's own objects: a safe repr of their own, or their
        # docstring, which says how they misbehave.
        if type(value).__repr__ not in (object.__repr__, _sabotage):
            return repr(value)
        doc = (type(value).__doc__ or kind).strip().split("\n")[0].rstrip(".")
        return f"<{type(value).__name__}: {doc[0].lower() + doc[1:]}>"
    if type(value) in (dt.datetime, pendulum.DateTime):
        assert isinstance(value, dt.datetime)
        wall = dt.datetime(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
        ).isoformat()  # not timetuple(), which asks the tzinfo for dst()
        zone = value.tzinfo
        return f"{kind}({wall}, {'naive' if zone is None else _zone_label(zone)})"
    if type(value) is str and len(value) > 48:
        return f"str of {len(value):,} characters, {value[:16]!r}..."
    if type(value) is int and value.bit_length() > 96:
        digits = int(value.bit_length() * math.log10(2)) + 1
        return f"{'-' if value < 0 else ''}int of about {digits:,} digits"
    try:
        text = _LABEL.repr(value)
    except Exception:
        return f"<{kind}>"
    if type(value).__module__ not in ("builtins", "datetime") and kind not in text:
        text = f"{kind} {text}"
    return text if len(text) <= 100 else text[:97] + "..."


def _zone_label(zone: dt.tzinfo) -> str:
    if type(zone) is dt.timezone:
        return str(zone)
    if type(zone) is ZoneInfo:
        return f"ZoneInfo({zone.key!r})"
    if isinstance(zone, pendulum.Timezone | pendulum.FixedTimezone):
        return f"{type(zone).__name__}({zone.name!r})"
    if type(zone).__module__ == __name__ and type(zone).__repr__ is not _sabotage:
        return repr(zone)
    return f"<{type(zone).__name__}>"


def _labelled(value: object) -> Hostile:
    return Hostile(label_of(value), value)


def _sabotage(*_args: object, **_kwargs: object) -> NoReturn:
    raise Sabotage("a hostile object's own method raised")


def deeply_nested(depth: int = 100_000, kind: type = list) -> object:
    """Return ``depth`` containers nested one in the next, built without recursion."""
    value: object = kind()
    for _ in range(depth):
        value = {"a": value} if kind is dict else kind((value,))
    return value


TEN_MB = "x" * 10_000_000
"""A 10 MB string of printable text."""

_SELF_LIST: list[object] = []
_SELF_LIST.append(_SELF_LIST)
_SELF_DICT: dict[str, object] = {}
_SELF_DICT["self"] = _SELF_DICT


# Objects whose dunders misbehave. Each raises Sabotage, so a test that sees
# Sabotage escape knows the library let a hostile method's error through.


class ReprRaises:
    """An object whose repr() and str() raise."""

    __repr__ = _sabotage
    __str__ = _sabotage
    __format__ = _sabotage


class EqRaises:
    """An object whose comparisons raise (it hashes)."""

    __eq__ = _sabotage
    __ne__ = _sabotage
    __lt__ = _sabotage
    __le__ = _sabotage
    __gt__ = _sabotage
    __ge__ = _sabotage
    __hash__ = object.__hash__


class HashRaises:
    """An object whose hash() raises."""

    __hash__ = _sabotage


class BoolRaises:
    """An object whose truth value raises."""

    __bool__ = _sabotage


class AttributesRaise:
    """An object on which reading any missing attribute raises Sabotage, not AttributeError."""

    __getattr__ = _sabotage


class IterationRaises:
    """An iterable whose __iter__ and __len__ raise."""

    __iter__ = _sabotage
    __len__ = _sabotage


class IterationRaisesLater:
    """An iterable that yields one value and then raises."""

    def __iter__(self) -> Iterator[object]:
        yield dt.date(2017, 9, 4)
        _sabotage()


class LengthLies:
    """A sized iterable whose __len__ returns a huge number and whose items are few."""

    def __len__(self) -> int:
        return 2**70

    def __iter__(self) -> Iterator[object]:
        return iter(())


class EverythingRaises:
    """An object every one of whose dunders raises."""

    __repr__ = _sabotage
    __str__ = _sabotage
    __format__ = _sabotage
    __eq__ = _sabotage
    __ne__ = _sabotage
    __lt__ = _sabotage
    __le__ = _sabotage
    __gt__ = _sabotage
    __ge__ = _sabotage
    __hash__ = _sabotage
    __bool__ = _sabotage
    __iter__ = _sabotage
    __len__ = _sabotage
    __getattr__ = _sabotage
    __index__ = _sabotage
    __int__ = _sabotage
    __float__ = _sabotage


def _mimic(claimed: type) -> object:
    """An object whose ``__class__`` claims ``claimed``, so ``isinstance`` believes it."""

    class Mimic:
        @property  # type: ignore[misc]
        def __class__(self) -> type:
            return claimed

        def __repr__(self) -> str:
            return f"<mimic of {claimed.__name__}>"

        __getattr__ = _sabotage

    return Mimic()


class RaisingMapping(Mapping[object, object]):
    """A Mapping whose every read raises."""

    def __getitem__(self, key: object) -> object:
        _sabotage()

    def __iter__(self) -> Iterator[object]:
        _sabotage()

    def __len__(self) -> int:
        _sabotage()


class PairsMapping(Mapping[object, object]):
    """A Mapping kept as a list of pairs, so its keys need not hash (looked up by identity)."""

    def __init__(self, pairs: list[tuple[object, object]]) -> None:
        self._pairs = pairs

    def __getitem__(self, key: object) -> object:
        for item, value in self._pairs:
            if item is key:
                return value
        raise KeyError("not found")

    def __iter__(self) -> Iterator[object]:
        return iter([item for item, _ in self._pairs])

    def __len__(self) -> int:
        return len(self._pairs)

    def __repr__(self) -> str:
        return f"PairsMapping({len(self._pairs)} pairs)"


class EvilDict(dict[Any, Any]):
    """A dict whose reading methods raise (but whose storage is a real dict)."""

    __getitem__ = _sabotage
    __iter__ = _sabotage
    __len__ = _sabotage
    __contains__ = _sabotage
    __repr__ = _sabotage
    get = _sabotage
    keys = _sabotage
    items = _sabotage
    values = _sabotage


# Evil twins: a value of the expected type's subclass, equal in content, whose
# dunders raise. isinstance() believes them; type() does not.

_TWIN_DUNDERS = (
    "__repr__",
    "__str__",
    "__format__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__hash__",
    "__bool__",
)
_TWIN_CLASSES: dict[type, type] = {}


def _twin_class(kind: type) -> type:
    if kind not in _TWIN_CLASSES:
        namespace: dict[str, object] = dict.fromkeys(_TWIN_DUNDERS, _sabotage)
        if "__slots__" in kind.__dict__:
            namespace["__slots__"] = ()
        _TWIN_CLASSES[kind] = type(f"Evil{kind.__name__}", (kind,), namespace)
    return _TWIN_CLASSES[kind]


def _slots_of(kind: type) -> list[str]:
    names: list[str] = []
    for klass in kind.__mro__:
        slots = klass.__dict__.get("__slots__", ())
        names += [slots] if isinstance(slots, str) else list(slots)
    return [name for name in names if name not in ("__weakref__", "__dict__")]


def evil_twin(value: object) -> Hostile | None:
    """Return a copy of ``value`` as an instance of a subclass whose dunders raise.

    Args:
        value: A valid argument (text, number, date, time, container, or
            one of the library's values).

    Returns:
        The twin, labelled; None when the type cannot be subclassed or copied.
    """
    kind = type(value)
    label = f"evil twin of {label_of(value)}"
    try:
        twin: object
        if kind in (str, int, float, tuple, frozenset, list, dict, set):
            twin = _twin_class(kind)(value)
        elif kind is dt.datetime or isinstance(value, dt.datetime):
            assert isinstance(value, dt.datetime)
            twin = _twin_class(dt.datetime)(
                value.year,
                value.month,
                value.day,
                value.hour,
                value.minute,
                value.second,
                value.microsecond,
                tzinfo=value.tzinfo,
                fold=value.fold,
            )
        elif isinstance(value, dt.date):
            twin = _twin_class(dt.date)(value.year, value.month, value.day)
        elif isinstance(value, dt.time):
            twin = _twin_class(dt.time)(
                value.hour, value.minute, value.second, value.microsecond, fold=value.fold
            )
        elif kind.__module__.startswith("followup_rules") and not isinstance(value, type):
            if isinstance(value, (bool, int, str)) or kind.__class__ is not type:
                return None  # enums and other special classes
            twin_kind = _twin_class(kind)
            twin = object.__new__(twin_kind)
            for name in _slots_of(kind):
                try:
                    slot = object.__getattribute__(value, name)
                except AttributeError:
                    continue
                object.__setattr__(twin, name, slot)
        else:
            return None
    except Exception:
        return None
    return Hostile(label, twin)


# Time zones that misbehave. A misbehaving offset makes a datetime unusable;
# a misbehaving name makes a tzinfo unusable as a zone name.


class _Tz(dt.tzinfo):
    """A well-behaved fixed +01:00 zone, the base of the misbehaving ones."""

    def utcoffset(self, when: dt.datetime | None) -> dt.timedelta | None:
        return dt.timedelta(hours=1)

    def dst(self, when: dt.datetime | None) -> dt.timedelta | None:
        return dt.timedelta(0)

    def tzname(self, when: dt.datetime | None) -> str | None:
        return "Hostile"

    def __repr__(self) -> str:
        return f"<tzinfo {type(self).__name__}>"


class OffsetIsInt(_Tz):
    """utcoffset() returns an int."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return 3600


class OffsetIsFloat(_Tz):
    """utcoffset() returns a float."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return 3600.0


class OffsetIsText(_Tz):
    """utcoffset() returns text."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return "+01:00"


class OffsetIsNone(_Tz):
    """utcoffset() returns None: the datetime is naive although it has a tzinfo."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return None


class OffsetIs25Hours(_Tz):
    """utcoffset() returns 25 hours."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return dt.timedelta(hours=25)


class OffsetIsMinus25Hours(_Tz):
    """utcoffset() returns -25 hours."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return dt.timedelta(hours=-25)


class OffsetIs24Hours(_Tz):
    """utcoffset() returns exactly 24 hours (one past the largest allowed)."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return dt.timedelta(hours=24)


class OffsetRaises(_Tz):
    """utcoffset() raises."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        _sabotage()


class OffsetRecurses(_Tz):
    """utcoffset() recurses without end."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return self.utcoffset(when)


class OffsetIsEvilTimedelta(_Tz):
    """utcoffset() returns a timedelta subclass whose dunders raise."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return _twin_class(dt.timedelta)(hours=1)


class OffsetJumps(_Tz):
    """utcoffset() jumps between +14:00 and -12:00 from one second of wall time to the next.

    Deterministic (a tzinfo whose answer changed from call to call would make
    Hypothesis' replays flaky), but no real zone's offsets look like this.
    """

    def utcoffset(self, when: dt.datetime | None) -> Any:
        odd = when is not None and when.second % 2
        return dt.timedelta(hours=14 if odd else -12)


class OffsetAlmostADay(_Tz):
    """utcoffset() returns the largest offset allowed, a microsecond short of 24 hours."""

    def utcoffset(self, when: dt.datetime | None) -> Any:
        return dt.timedelta(hours=24) - dt.timedelta(microseconds=1)


class OtherMethodsRaise(_Tz):
    """A valid offset, but dst(), tzname() and fromutc() raise."""

    dst = _sabotage
    tzname = _sabotage
    fromutc = _sabotage


class KeyRaises(_Tz):
    """A valid offset, but reading ``key`` (as ZoneInfo has) raises."""

    @property
    def key(self) -> str:
        _sabotage()


class NameRaises(_Tz):
    """A valid offset, but reading ``name`` (as pendulum zones have) raises."""

    @property
    def name(self) -> str:
        _sabotage()


class KeyIsNotText(_Tz):
    """A valid offset, but ``key`` is a number."""

    key = 42


class KeyIsHuge(_Tz):
    """A valid offset, but ``key`` is 10 MB long."""

    key = TEN_MB


class KeyIsEvilText(_Tz):
    """A valid offset, but ``key`` is a real zone name in a str subclass whose dunders raise."""

    key = _twin_class(str)("America/Detroit")


class KeyIsUnknown(_Tz):
    """A valid offset, but ``key`` names no zone."""

    key = "Mars/Olympus_Mons"


MISBEHAVING_OFFSETS: tuple[dt.tzinfo, ...] = (
    OffsetIsInt(),
    OffsetIsFloat(),
    OffsetIsText(),
    OffsetIsNone(),
    OffsetIs25Hours(),
    OffsetIsMinus25Hours(),
    OffsetIs24Hours(),
    OffsetRaises(),
    OffsetRecurses(),
    dt.tzinfo(),  # type: ignore[abstract]  # the base: utcoffset() raises NotImplementedError
)
"""tzinfos whose ``utcoffset()`` gives no usable offset: a datetime with one is refused."""

MISBEHAVING_ZONE_NAMES: tuple[dt.tzinfo, ...] = (
    KeyRaises(),
    NameRaises(),
    KeyIsNotText(),
    KeyIsHuge(),
    KeyIsUnknown(),
    OtherMethodsRaise(),
    dt.timezone(dt.timedelta(hours=5)),
    pendulum.FixedTimezone(3600),
)
"""tzinfos with a valid offset that name no IANA zone: refused where a zone is asked for."""

_ODD_TZINFOS: tuple[dt.tzinfo, ...] = (
    KeyIsEvilText(),
    OffsetIsEvilTimedelta(),
    OffsetJumps(),
    OffsetAlmostADay(),
    dt.timezone(dt.timedelta(hours=23, minutes=59)),
    dt.timezone(dt.timedelta(hours=-23, minutes=-59)),
    dt.timezone(dt.timedelta(hours=14)),
    dt.timezone(dt.timedelta(hours=-12)),
    dt.timezone.utc,
    ZoneInfo("Pacific/Kiritimati"),
    ZoneInfo("Pacific/Apia"),
    pendulum.timezone("Asia/Tehran"),
)


@functools.cache
def hostile_tzinfos() -> st.SearchStrategy[Hostile]:
    """Draw tzinfo objects: misbehaving ones, extreme offsets and real zones."""
    fixed = [*MISBEHAVING_OFFSETS, *MISBEHAVING_ZONE_NAMES, *_ODD_TZINFOS]
    return st.one_of(
        st.sampled_from([Hostile(repr(zone), zone) for zone in fixed]),
        st.timezones().map(_labelled),
    )


# Fixed values, cheapest first (Hypothesis shrinks towards the start). Each
# strategy is built once: Hypothesis validates a new strategy on first use,
# which costs more than drawing from it.

_HOSTILE_TEXTS = (
    "",
    " ",
    "\t",
    "\x00",
    "Ann\x00Lee",
    "\u2028",
    "Ann\u2028Lee",
    "\u2029",
    "\x85",
    "\r\n",
    "\x1b[31mred",
    "\ud800",
    "Ann\ud800Lee",
    "\ufeffBOM",
    "\u202eevil",
    "e\u0301",
    "$",
    "${",
    "${nope}",
    "$$",
    "Subject:",
    "Subject: Hi\u2028Bcc: x",
    "Subject: Hi\rBcc: x\n\nbody",
    "UTC",
    "utc",
    "Factory",
    "localtime",
    "posixrules",
    "posix/America/Detroit",
    "right/UTC",
    "America/Detroit\x00",
    "../../../etc/passwd",
    "/etc/localtime",
    "Z" * 65,
    "a/" * 40,
    "+01:00",
    "2017-08-22",
    "2017-08-22T21:30:00+00:00",
    "nan",
    "mail",
    "MAIL",
    "US",
    "XX",
    "A" * 1001,
    "Ann  Lee" * 200,
    TEN_MB,
    TEN_MB + "\x00",
    " " * 10_000_000,
    "\u2028" * 1_000_000,
)

_HOSTILE_INTS = (
    0,
    -1,
    1,
    True,
    False,
    -7,
    3,
    5,
    6,
    7,
    365,
    366,
    720,
    721,
    2**31,
    2**63,
    2**64,
    -(2**63),
    10**6,
    10**7,
    10**18,
    10**400,
    10**5000,
    -(10**5000),
)

_HOSTILE_FLOATS: tuple[object, ...] = (
    math.nan,
    math.inf,
    -math.inf,
    -0.0,
    0.5,
    7.0,
    1e308,
    5e-324,
    decimal.Decimal("7"),
    decimal.Decimal("NaN"),
    decimal.Decimal("1e999999"),
    fractions.Fraction(7, 1),
    complex(7, 0),
)

_HOSTILE_DATES: tuple[object, ...] = (
    dt.date.min,
    dt.date.max,
    dt.date(1899, 12, 31),
    dt.date(1900, 1, 1),
    dt.date(2999, 12, 31),
    dt.date(3000, 1, 1),
    pendulum.Date(9999, 12, 31),
    pendulum.Date(1, 1, 1),
    dt.datetime(2017, 8, 21),
    pendulum.datetime(2017, 8, 21),
    dt.time(9),
)

_HOSTILE_TIMES: tuple[object, ...] = (
    dt.time.min,
    dt.time.max,
    dt.time(0),
    dt.time(23, 59, 59, 999999),
    dt.time(9, fold=1),
    dt.time(9, tzinfo=dt.timezone.utc),
    dt.time(9, tzinfo=OffsetRaises()),
    dt.time(9, tzinfo=OffsetIsInt()),
    dt.time(9, tzinfo=KeyRaises()),
    dt.timedelta(hours=9),
    dt.datetime(2017, 8, 21, 9),
    540,
    "09:00",
)


def _extreme_datetimes() -> list[object]:
    plus_14 = dt.timezone(dt.timedelta(hours=14))
    minus_14 = dt.timezone(dt.timedelta(hours=-14))
    edge = dt.timezone(dt.timedelta(hours=23, minutes=59))
    minus_edge = dt.timezone(dt.timedelta(hours=-23, minutes=-59))
    utc = dt.timezone.utc
    values: list[object] = [
        dt.datetime(2017, 8, 22, 9),  # naive
        dt.datetime(1, 1, 1, tzinfo=plus_14),
        dt.datetime(1, 1, 1, tzinfo=edge),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=minus_14),
        dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=minus_edge),
        dt.datetime.min.replace(tzinfo=utc),
        dt.datetime.max.replace(tzinfo=utc),
        dt.datetime.min.replace(tzinfo=plus_14),
        dt.datetime.max.replace(tzinfo=minus_14),
        dt.datetime.min.replace(tzinfo=ZoneInfo("America/Detroit")),
        dt.datetime.max.replace(tzinfo=ZoneInfo("Pacific/Kiritimati")),
        pendulum.datetime(9999, 12, 31, 23, 59, 59),
        pendulum.datetime(1, 1, 1),
        dt.datetime(1899, 12, 31, 23, 59, 59, 999999, tzinfo=utc),
        dt.datetime(1900, 1, 1, tzinfo=utc),
        dt.datetime(1900, 1, 1, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
        dt.datetime(2999, 12, 31, 23, 59, 59, 999999, tzinfo=utc),
        dt.datetime(3000, 1, 1, tzinfo=utc),
        dt.datetime(2999, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-1))),
        dt.datetime(9998, 6, 1, 12, tzinfo=utc),
        dt.date(2017, 8, 22),
        dt.time(9, tzinfo=utc),
    ]
    values += [dt.datetime(2017, 8, 22, 9, tzinfo=zone) for zone in MISBEHAVING_OFFSETS]
    values += [dt.datetime(2017, 8, 22, 9, tzinfo=zone) for zone in MISBEHAVING_ZONE_NAMES]
    values += [dt.datetime(2017, 8, 22, 9, tzinfo=zone) for zone in _ODD_TZINFOS]
    values += [dt.datetime.max.replace(tzinfo=OffsetAlmostADay())]
    values += [dt.datetime.min.replace(tzinfo=OffsetJumps())]
    return values


@functools.cache
def hostile_datetimes() -> st.SearchStrategy[Hostile]:
    """Draw datetimes no engine should trust: naive, at the ends of time, in misbehaving zones."""
    everything = [*MISBEHAVING_OFFSETS, *MISBEHAVING_ZONE_NAMES, *_ODD_TZINFOS]
    extremes = st.sampled_from([_labelled(value) for value in _extreme_datetimes()])
    return st.one_of(
        extremes,
        extremes,
        extremes,
        st.datetimes().map(_labelled),
        st.datetimes(timezones=st.timezones(), allow_imaginary=True).map(_labelled),
        st.builds(
            lambda naive, zone: naive.replace(tzinfo=zone),
            st.datetimes(),
            st.sampled_from(everything),
        ).map(_labelled),
        st.builds(
            lambda naive, seconds: naive.replace(tzinfo=dt.timezone(dt.timedelta(seconds=seconds))),
            st.datetimes(),
            st.integers(-86_399, 86_399),
        ).map(_labelled),
    )


@functools.cache
def hostile_dates() -> st.SearchStrategy[Hostile]:
    """Draw dates at the ends of the calendar, datetimes posing as dates, and any date."""
    return st.one_of(
        st.sampled_from([_labelled(value) for value in _HOSTILE_DATES]),
        st.dates().map(_labelled),
        st.dates().map(lambda day: pendulum.Date(day.year, day.month, day.day)).map(_labelled),
    )


@functools.cache
def hostile_times() -> st.SearchStrategy[Hostile]:
    """Draw wall-clock times at the ends of the day, with zones, and things that are not times."""
    return st.one_of(
        st.sampled_from([_labelled(value) for value in _HOSTILE_TIMES]),
        st.times().map(_labelled),
        st.times(timezones=st.timezones()).map(_labelled),
    )


@functools.cache
def hostile_texts() -> st.SearchStrategy[Hostile]:
    """Draw text: control characters, line separators, surrogates, 10 MB strings, any text."""
    return st.one_of(
        st.sampled_from([_labelled(text) for text in _HOSTILE_TEXTS]),
        st.text(st.characters(exclude_categories=()), max_size=40).map(_labelled),
        st.binary(max_size=20).map(_labelled),
    )


@functools.cache
def hostile_whole_numbers() -> st.SearchStrategy[Hostile]:
    """Draw numbers: huge and negative whole numbers, bools, nan, inf, other numeric types."""
    return st.one_of(
        st.sampled_from([_labelled(number) for number in _HOSTILE_INTS]),
        st.sampled_from([_labelled(number) for number in _HOSTILE_FLOATS]),
        st.integers().map(_labelled),
        st.floats().map(_labelled),
    )


def _fixed_objects() -> list[Hostile]:
    from followup_rules import Action, Interviewer, Workflow

    objects: list[object] = [
        None,
        Ellipsis,
        NotImplemented,
        object(),
        object,
        int,
        lambda: None,
        ReprRaises(),
        EqRaises(),
        HashRaises(),
        BoolRaises(),
        AttributesRaise(),
        IterationRaises(),
        IterationRaisesLater(),
        LengthLies(),
        EverythingRaises(),
        RaisingMapping(),
        EvilDict(a=1),
        _mimic(dt.datetime),
        _mimic(dt.date),
        _mimic(str),
        _mimic(Interviewer),
        _mimic(Workflow),
        _mimic(Action),
        b"",
        b"UTC",
        bytearray(b"Jordan"),
        memoryview(b"x"),
        b"\xff" * 64,
    ]
    return [_labelled(value) for value in objects]


def _fixed_collections() -> list[Hostile]:
    plain: tuple[object, ...] = (
        [],
        (),
        {},
        set(),
        frozenset(),
        [None],
        {"": None},
        iter(()),
        range(3),
        "abc",
        [dt.date(2017, 9, 4), "2017-09-04"],
        [[[[[]]]]],
    )
    values = [_labelled(value) for value in plain]
    values += [
        Hostile("list nested 100,000 deep", deeply_nested(100_000, list)),
        Hostile("tuple nested 100,000 deep", deeply_nested(100_000, tuple)),
        Hostile("dict nested 100,000 deep", deeply_nested(100_000, dict)),
        Hostile("list that contains itself", _SELF_LIST),
        Hostile("dict that contains itself", _SELF_DICT),
        Hostile("list of 100,000 ints", list(range(100_000))),
        Hostile(
            "list of 10,000 dates",
            [dt.date(2017, 1, 1) + dt.timedelta(days=i) for i in range(10_000)],
        ),
        Hostile("list of 100,000 empty strings", [""] * 100_000),
    ]
    return values


_FIXED_OBJECTS = _fixed_objects()
_FIXED_COLLECTIONS = _fixed_collections()


@functools.cache
def hostile_objects() -> st.SearchStrategy[Hostile]:
    """Draw objects whose dunders misbehave, impostors, bytes and other odd objects."""
    return st.sampled_from(_FIXED_OBJECTS)


@functools.cache
def hostile_collections() -> st.SearchStrategy[Hostile]:
    """Draw containers: empty, odd, huge, self-containing, nested 100,000 deep, any JSON-like."""
    leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5)
    nested = st.recursive(
        leaves,
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=5), children, max_size=3)
            | st.tuples(children, children)
        ),
        max_leaves=6,
    )
    return st.one_of(st.sampled_from(_FIXED_COLLECTIONS), nested.map(_labelled))


@functools.cache
def hostile_mappings() -> st.SearchStrategy[Hostile]:
    """Draw mappings: odd keys and values, mappings that raise, and things that are not mappings."""
    odd_keys = st.one_of(
        st.sampled_from([None, 0, b"thank_you_letter", ("a",), "", "thank_you_letter\x00"]),
        st.text(max_size=10),
    )
    return st.one_of(
        st.sampled_from(
            [
                _labelled({}),
                _labelled(RaisingMapping()),
                _labelled(EvilDict(a=1)),
                Hostile(
                    "mapping with a key whose hash raises", PairsMapping([(HashRaises(), "x")])
                ),
                Hostile(
                    "mapping with a key whose dunders all raise",
                    PairsMapping([(EverythingRaises(), "x")]),
                ),
                _labelled([("thank_you_letter", "x")]),
            ]
        ),
        st.dictionaries(odd_keys, st.text(max_size=10) | st.none() | st.integers(), max_size=3).map(
            _labelled
        ),
    )


@functools.cache
def hostile_values() -> st.SearchStrategy[Hostile]:
    """Draw any hostile value: text, numbers, dates, datetimes, times, zones, containers, objects."""
    return st.one_of(
        hostile_objects(),
        hostile_texts(),
        hostile_whole_numbers(),
        hostile_collections(),
        hostile_datetimes(),
        hostile_dates(),
        hostile_times(),
        hostile_tzinfos(),
        hostile_mappings(),
    )


@functools.cache
def _enum_members() -> st.SearchStrategy[Hostile]:
    from followup_rules import ActionKind, Branch, CallResult, Channel, Outcome, Stage, Tone

    members: list[object] = [
        *Channel,
        *CallResult,
        *Outcome,
        *Tone,
        *ActionKind,
        *Stage,
        *Branch,
        Channel,
        Tone,
    ]
    return st.sampled_from([_labelled(member) for member in members])


_KINDS: dict[str, Callable[[], st.SearchStrategy[Hostile]]] = {
    "text": hostile_texts,
    "zone": lambda: hostile_texts() | hostile_tzinfos(),
    "int": hostile_whole_numbers,
    "bool": lambda: hostile_whole_numbers() | hostile_texts(),
    "date": lambda: hostile_dates() | hostile_datetimes(),
    "instant": lambda: hostile_datetimes() | hostile_dates(),
    "time": hostile_times,
    "enum": lambda: _enum_members() | hostile_texts(),
    "collection": hostile_collections,
    "mapping": hostile_mappings,
    "object": hostile_objects,
}


def hostile_for(kind: str, valid: object = None) -> st.SearchStrategy[Hostile]:
    """Draw a hostile value for an argument of one kind, favouring that kind's own trouble.

    Args:
        kind: One of ``text``, ``zone``, ``int``, ``bool``, ``date``,
            ``instant``, ``time``, ``enum``, ``collection``, ``mapping``,
            ``object``.
        valid: A valid value of the argument, whose evil twin is drawn too.

    Returns:
        A strategy of labelled hostile values.
    """
    options = [_KINDS[kind](), _KINDS[kind](), hostile_values()]
    twin = evil_twin(valid) if valid is not None else None
    if twin is not None:
        options.append(st.just(twin))
    return st.one_of(options)


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
