"""Calendar arithmetic: zones, business days and call windows.

Rules this module follows:

* Business-day arithmetic is done on dates, as proleptic Gregorian day
  ordinals (``date.toordinal()``), never on datetimes: a day is a day whatever
  the clocks do. Conversion to :class:`pendulum.Date` happens at the edge.
* Datetimes are built last, from a date and a wall-clock time in a named
  zone. A wall-clock time that does not exist on that day (a DST gap) moves
  forward, as pendulum does; one that exists twice takes its first occurrence.
* Zone names are checked against the IANA database before use, and the zone
  objects are held here, so a scan over many workflows does not reload them.
"""

from __future__ import annotations

import datetime as _dt
import functools
import itertools
import zoneinfo
from collections.abc import Container, Iterable
from typing import NamedTuple

import pendulum

from ._errors import InvalidInput, shown, type_name

__all__ = [
    "PLANNED_YEARS",
    "SUPPORTED_YEARS",
    "WEEKEND",
    "BusinessDays",
    "business_day_after",
    "business_day_on_or_after",
    "check_zone_name",
    "date_in_zone",
    "day_exists",
    "day_in_zone",
    "day_start_seconds",
    "day_to_date",
    "in_zone",
    "is_business_day",
    "local_datetime",
    "plain_text",
    "posix_seconds",
    "read_items",
    "stdlib_zone",
    "to_date",
    "to_instant",
    "to_seconds",
    "utc_of_wall_time",
    "zone",
]

PLANNED_YEARS = range(1900, 9000)
"""The years a day the plan gave may fall in, when it is handed back.

The plan reaches a few years past its inputs, so a day it gave may fall
after 2999; one handed back (to ``Workflow.reply_by_if_sent_on``) is
accepted up to 8999, far enough from the calendar's end for the arithmetic.
"""

SUPPORTED_YEARS = range(1900, 3000)
"""The years a date or an instant handed to followup_rules may fall in: 1900 to 2999.

Every date and instant going in is checked against it (``InvalidInput``
otherwise), and every knob has bounds, so the plan's arithmetic, which
reaches a few years past its inputs at most, never leaves the calendar that
Python's ``datetime`` can represent (years 1 to 9999).
"""

# Names that the tz database ships but that name no place: they would
# silently give a user the wrong calendar.
_NOT_PLACES = frozenset({"Factory", "localtime", "posixrules"})
_MAX_ZONE_NAME = 64

_UTC = pendulum.UTC
_EPOCH = _dt.datetime(1970, 1, 1)
_SECOND = _dt.timedelta(seconds=1)
_EPOCH_ORDINAL = _EPOCH.toordinal()


def plain_text(value: object) -> str | None:
    """Return ``value`` as a plain ``str`` if it is text, else None.

    A subclass of ``str`` is copied to a plain string, so that its own
    methods (``__hash__``, ``__eq__``, ...) play no part from here on; an
    object whose ``__class__`` merely claims to be ``str`` is no text.
    """
    if type(value) is str:
        return value
    if issubclass(type(value), str):
        return str.__str__(value)
    return None


def read_items(value: object, field: str, what: str, most: int) -> tuple[object, ...]:
    """Read a sequence argument into a tuple, refusing text, non-sequences and huge ones.

    Args:
        value: What the caller gave.
        field: The argument's name, for the error message.
        what: What its items should be ("strings", "Interviewer values").
        most: How many items at most.

    Returns:
        The items.

    Raises:
        InvalidInput: ``value`` is text, not iterable, fails to iterate, or
            holds more than ``most`` items.
    """
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidInput(
            f"{field} must be a sequence of {what}, not {type_name(value)}", field=field
        )
    try:
        items = tuple(itertools.islice(value, most + 1))
    except Exception as error:
        raise InvalidInput(
            f"{field} could not be read as a sequence of {what} ({type_name(error)})",
            field=field,
        ) from None
    if len(items) > most:
        raise InvalidInput(f"{field} holds more than {most:,} items; give fewer", field=field)
    return items


@functools.cache
def _known_zone_names() -> dict[str, str]:
    """Each place's zone name, mapped to the one string every value naming it holds.

    Read once, lazily: listing the database takes tens of milliseconds,
    which importing the package should not. A service may hold a million
    workflows in twenty zones; they share twenty strings.
    """
    return {
        name: name
        for name in zoneinfo.available_timezones()
        if name not in _NOT_PLACES and not name.startswith(("posix/", "right/"))
    }


def check_zone_name(value: object, field: str) -> str:
    """Return ``value`` as a valid IANA zone name.

    Args:
        value: A zone name such as ``"America/Detroit"``, or a tzinfo object
            that carries one (pendulum and ``zoneinfo`` zones do).
        field: The argument's name, for the error message.

    Returns:
        The zone name, as one string shared by every value naming that zone.

    Raises:
        InvalidInput: ``value`` names no place in the IANA time zone database.
    """
    name: object = value
    if issubclass(type(value), _dt.tzinfo):
        # pendulum zones carry their name as ``name``, zoneinfo's as ``key``;
        # a hand-made tzinfo may carry anything, or fail when asked.
        try:
            name = getattr(value, "key", None) or getattr(value, "name", None)
        except Exception:
            name = None
    name = plain_text(name)
    if name is None:
        raise InvalidInput(
            f"{field} must be an IANA time zone name such as 'America/Detroit', not {shown(value)}",
            field=field,
        )
    held = _known_zone_names().get(name) if len(name) <= _MAX_ZONE_NAME else None
    if held is None:
        raise InvalidInput(
            f"{field} {shown(name)} is not an IANA time zone name; "
            "use a name such as 'America/Detroit', 'Europe/Paris' or 'UTC'",
            field=field,
        )
    return held


@functools.cache
def zone(name: str) -> pendulum.Timezone:
    """Return the pendulum zone for a name already checked by :func:`check_zone_name`.

    Zones are held for the life of the process: there are only a few hundred,
    and the standard library's own cache keeps only a handful, so cycling
    through more zones than that would re-read the database every time.
    """
    return pendulum.timezone(name)


@functools.cache
def stdlib_zone(name: str) -> zoneinfo.ZoneInfo:
    """Return the standard library's zone for a checked name, held for the process."""
    return zoneinfo.ZoneInfo(name)


def _outside_years(field: str, what: str, years: range = SUPPORTED_YEARS) -> InvalidInput:
    first, last = years[0], years[-1]
    return InvalidInput(
        f"{field} ({what}) is outside the years followup_rules supports, {first} to {last}",
        field=field,
    )


def _utc_wall(value: object, field: str) -> _dt.datetime:
    """Check that ``value`` is an aware datetime in the supported years; return its UTC wall time.

    The result is naive: the datetime's own fields minus its offset.
    """
    if not issubclass(type(value), _dt.datetime):
        raise InvalidInput(
            f"{field} must be a timezone-aware datetime, not {type_name(value)}", field=field
        )
    assert isinstance(value, _dt.datetime)
    try:
        offset = value.utcoffset()
    except Exception as error:  # a tzinfo of the caller's that misbehaves
        raise InvalidInput(
            f"{field} has a tzinfo whose utcoffset() fails ({type_name(error)}); "
            "use a zone from zoneinfo or pendulum",
            field=field,
        ) from None
    if offset is None:
        raise InvalidInput(
            f"{field} must be timezone-aware; {value.isoformat()} is naive. "
            "Attach a zone, for example pendulum.datetime(..., tz='America/Detroit')",
            field=field,
        )
    wall = _dt.datetime(
        value.year,
        value.month,
        value.day,
        value.hour,
        value.minute,
        value.second,
        value.microsecond,
    )
    try:
        utc = wall - offset
    except OverflowError:
        raise _outside_years(field, wall.isoformat()) from None
    if utc.year not in SUPPORTED_YEARS:
        raise _outside_years(field, f"{utc.isoformat()} UTC")
    return utc


def to_instant(value: object, field: str) -> pendulum.DateTime:
    """Convert an aware datetime to a pendulum DateTime in UTC.

    Instants are stored in UTC because UTC has no repeated hour: a pendulum
    DateTime in a zone's repeated hour comes back from ``pickle`` an hour off,
    and two datetimes sharing a tzinfo compare equal across ``fold``.

    Args:
        value: A timezone-aware ``datetime`` (stdlib or pendulum).
        field: The argument's name, for the error message.

    Returns:
        The same instant as a pendulum DateTime in UTC.

    Raises:
        InvalidInput: ``value`` is not a datetime, is naive, has a tzinfo
            that misbehaves, or falls outside :data:`SUPPORTED_YEARS` in UTC.
    """
    wall = _utc_wall(value, field)
    return pendulum.DateTime(
        wall.year,
        wall.month,
        wall.day,
        wall.hour,
        wall.minute,
        wall.second,
        wall.microsecond,
        tzinfo=_UTC,
    )


def to_seconds(value: object, field: str) -> int:
    """Check an aware datetime and return its whole POSIX seconds, rounded down.

    For a moment that is only compared (``now``, say), this skips building a
    pendulum DateTime that :func:`to_instant` would return.

    Args:
        value: A timezone-aware ``datetime`` (stdlib or pendulum).
        field: The argument's name, for the error message.

    Returns:
        Seconds since 1970-01-01T00:00:00Z, rounded down.

    Raises:
        InvalidInput: ``value`` is not a datetime, is naive, has a tzinfo
            that misbehaves, or falls outside :data:`SUPPORTED_YEARS` in UTC.
    """
    return (_utc_wall(value, field) - _EPOCH) // _SECOND


def posix_seconds(instant: _dt.datetime) -> int:
    """Return the whole POSIX seconds of an aware instant, rounded down.

    Whole seconds rounded down are exact integers, and they fall on the same
    calendar day as the instant itself in every zone (zone offsets are whole
    seconds), so they are all a date computation needs.

    Args:
        instant: An aware datetime.

    Returns:
        Seconds since 1970-01-01T00:00:00Z, rounded down.
    """
    if instant.tzinfo is _UTC:
        # Every instant the library stores is in UTC, whose fields count
        # the seconds themselves.
        return (
            (instant.toordinal() - _EPOCH_ORDINAL) * 86_400
            + instant.hour * 3_600
            + instant.minute * 60
            + instant.second
        )
    offset = instant.utcoffset()
    assert offset is not None, "instants are aware"
    wall = _dt.datetime(
        instant.year, instant.month, instant.day, instant.hour, instant.minute, instant.second
    )
    return (wall - offset - _EPOCH) // _SECOND


def day_in_zone(seconds: int, zone_name: str) -> int:
    """Return the day ordinal, on the calendar of ``zone_name``, of a POSIX second."""
    return _dt.datetime.fromtimestamp(seconds, stdlib_zone(zone_name)).toordinal()


@functools.lru_cache(maxsize=8192)
def day_to_date(ordinal: int) -> pendulum.Date:
    """Return the pendulum Date of a day ordinal (held: building one is slow)."""
    return pendulum.Date.fromordinal(ordinal)


def to_date(value: object, field: str, years: range = SUPPORTED_YEARS) -> pendulum.Date:
    """Convert a calendar date (stdlib or pendulum) to a pendulum Date.

    Args:
        value: A ``date`` that is not a ``datetime``.
        field: The argument's name, for the error message.
        years: The years the date may fall in (:data:`SUPPORTED_YEARS`
            unless the caller says otherwise).

    Returns:
        The same day as a :class:`pendulum.Date`.

    Raises:
        InvalidInput: ``value`` is not a date, is a datetime (whose day
            would depend on a zone that was not said), or falls outside
            :data:`SUPPORTED_YEARS`.
    """
    if issubclass(type(value), _dt.datetime) or not issubclass(type(value), _dt.date):
        raise InvalidInput(
            f"{field} must be a calendar date (datetime.date or pendulum.Date), "
            f"not {type_name(value)}; for a datetime, take .date() in the "
            "zone of the person it concerns",
            field=field,
        )
    assert isinstance(value, _dt.date)
    # The date's own fields, read by the base class: a subclass's methods
    # play no part.
    plain = _dt.date.fromordinal(_dt.date.toordinal(value))
    if plain.year not in years:
        raise _outside_years(field, plain.isoformat(), years)
    # Dates are immutable, so one object per day serves every workflow.
    return day_to_date(plain.toordinal())


def date_in_zone(instant: _dt.datetime, zone_name: str) -> int:
    """Return the day ordinal of an aware ``instant`` on the calendar of ``zone_name``."""
    return _dt.datetime.fromtimestamp(posix_seconds(instant), stdlib_zone(zone_name)).toordinal()


@functools.lru_cache(maxsize=65536)
def day_exists(ordinal: int, zone_name: str) -> bool:
    """Tell whether a day was on a zone's calendar at all.

    A few days never happened somewhere: Pacific/Apia went from 29 to
    31 December 2011. Such a day's local midnight, read with the offset in
    force before it, comes back on the next day.

    Args:
        ordinal: The day, as ``date.toordinal()``.
        zone_name: A checked IANA zone name.

    Returns:
        False for a day the zone skipped entirely.
    """
    day = _dt.date.fromordinal(ordinal)
    zone_info = stdlib_zone(zone_name)
    midnight = _dt.datetime(day.year, day.month, day.day, tzinfo=zone_info)
    return midnight.astimezone(_dt.timezone.utc).astimezone(zone_info).toordinal() == ordinal


WEEKEND: frozenset[int] = frozenset({5, 6})
"""Saturday and Sunday, as ``date.weekday()`` numbers: the weekend unless a calendar says otherwise."""


def is_business_day(
    ordinal: int,
    holidays: Container[int],
    zone_name: str | None = None,
    weekend: frozenset[int] = WEEKEND,
) -> bool:
    """Tell whether a day ordinal is no weekend day, not a holiday, and on the calendar.

    Args:
        ordinal: A day, as ``date.toordinal()``.
        holidays: Holiday day ordinals.
        zone_name: The zone whose calendar the day belongs to, if known: a
            day the zone skipped is no business day.
        weekend: The weekend's weekday numbers (Monday is 0).

    Returns:
        True on a business day.
    """
    # Ordinal 1 (0001-01-01) was a Monday, so (ordinal - 1) % 7 is the weekday.
    if (ordinal - 1) % 7 in weekend or ordinal in holidays:
        return False
    return zone_name is None or day_exists(ordinal, zone_name)


def business_day_on_or_after(
    ordinal: int,
    holidays: Container[int],
    zone_name: str | None = None,
    weekend: frozenset[int] = WEEKEND,
) -> int:
    """Return the first business day on or after a day ordinal (in ``zone_name``'s calendar)."""
    while not is_business_day(ordinal, holidays, zone_name, weekend):
        ordinal += 1
    return ordinal


def business_day_after(
    ordinal: int,
    holidays: Container[int],
    zone_name: str | None = None,
    weekend: frozenset[int] = WEEKEND,
) -> int:
    """Return the first business day strictly after a day ordinal (in ``zone_name``'s calendar)."""
    return business_day_on_or_after(ordinal + 1, holidays, zone_name, weekend)


class BusinessDays(NamedTuple):
    """One person's business days: their zone's calendar, less the weekend and the holidays.

    Attributes:
        holidays: Holiday day ordinals (with a ``name(ordinal)`` method, as
            a policy's holidays have, for the reasons).
        zone_name: The zone whose calendar the days belong to.
        weekend: The weekend's weekday numbers (Monday is 0).
    """

    holidays: Container[int]
    zone_name: str
    weekend: frozenset[int] = WEEKEND

    def is_business_day(self, ordinal: int) -> bool:
        """Tell whether a day is a business day."""
        return is_business_day(ordinal, self.holidays, self.zone_name, self.weekend)

    def on_or_after(self, ordinal: int) -> int:
        """Return the first business day on or after a day."""
        return business_day_on_or_after(ordinal, self.holidays, self.zone_name, self.weekend)

    def after(self, ordinal: int) -> int:
        """Return the first business day strictly after a day."""
        return business_day_after(ordinal, self.holidays, self.zone_name, self.weekend)

    def why_not(self, ordinal: int) -> str | None:
        """Say why a day is no business day (a holiday's name, first), or None if it is one."""
        name = getattr(self.holidays, "name", None)
        holiday: str | None = name(ordinal) if name is not None else None
        if holiday is None and ordinal in self.holidays:
            holiday = "a holiday"
        if holiday is not None:
            return holiday
        if not day_exists(ordinal, self.zone_name):
            return f"a day {self.zone_name} skipped"
        if (ordinal - 1) % 7 in self.weekend:
            return "a weekend day"
        return None


def local_datetime(ordinal: int, wall: _dt.time, zone_name: str) -> pendulum.DateTime:
    """Build the aware datetime of a wall-clock time on a day in a zone.

    A wall-clock time that exists twice takes its first occurrence; one
    inside a DST gap moves forward by the gap (02:30 on a spring-forward
    night becomes 03:30). Both come from reading the wall time with the
    offset in force before the change (``fold=0``) and converting through UTC.

    Args:
        ordinal: The day, as ``date.toordinal()``.
        wall: The wall-clock time.
        zone_name: A checked IANA zone name.

    Returns:
        A pendulum DateTime in that zone.
    """
    return in_zone(utc_of_wall_time(ordinal, wall, zone_name), zone_name)


def utc_of_wall_time(ordinal: int, wall: _dt.time, zone_name: str) -> _dt.datetime:
    """Return the UTC instant (stdlib, aware) of a wall-clock time on a day in a zone.

    Same reading as :func:`local_datetime`: first occurrence, gaps forward.
    """
    day = _dt.date.fromordinal(ordinal)
    first = _dt.datetime.combine(day, wall.replace(tzinfo=None, fold=0)).replace(
        tzinfo=stdlib_zone(zone_name)
    )
    return first.astimezone(_dt.timezone.utc)


@functools.lru_cache(maxsize=65536)
def day_start_seconds(ordinal: int, zone_name: str) -> int:
    """Return the first instant of a day in a zone, as POSIX seconds.

    That is local midnight, or, where the clocks jump over midnight (America/
    Sao_Paulo on 2018-11-04), the moment the day does begin. Held: on any
    given day many workflows share a zone.

    Args:
        ordinal: The day, as ``date.toordinal()``.
        zone_name: A checked IANA zone name.

    Returns:
        Seconds since 1970-01-01T00:00:00Z.
    """
    return posix_seconds(utc_of_wall_time(ordinal, _MIDNIGHT, zone_name))


_MIDNIGHT = _dt.time(0)


def in_zone(instant: _dt.datetime, zone_name: str) -> pendulum.DateTime:
    """Return an aware instant as a pendulum DateTime in a zone, fold included.

    The standard library converts (and sets ``fold`` in a repeated hour);
    pendulum's constructor wraps the result, fold included.
    """
    local = instant.astimezone(stdlib_zone(zone_name))
    return pendulum.DateTime(
        local.year,
        local.month,
        local.day,
        local.hour,
        local.minute,
        local.second,
        local.microsecond,
        tzinfo=zone(zone_name),
        fold=local.fold,
    )
