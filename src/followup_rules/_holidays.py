"""Public holidays from the ``holidays`` package, honoured exactly as given.

A policy keeps a country calendar as a :class:`HolidayCalendar`: a frozen
description of how to build it (each country with its subdivision,
``observed``, ``categories`` and ``language``, several of them for a sum of
calendars) plus the days added or removed by hand. It covers every year a
workflow may reach, rebuilds the very same calendar after ``to_dict``, and
compares by value. Each year's days are computed by the package once per
process and held, keyed by day ordinal, with their names.

The ``holidays`` package is optional (the ``holidays`` extra); it is
imported only when a country calendar is used.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import functools
from collections.abc import Container, Iterable, Mapping
from typing import Any

import attrs

from ._calendar import PLANNED_YEARS, plain_text, read_items, to_date
from ._errors import InvalidInput, listed, shown, type_name

__all__ = [
    "CountryCalendar",
    "HolidayCalendar",
    "HolidayDays",
    "PinnedDays",
    "calendar_of",
    "country_calendar",
    "country_year",
]

_EXTRA = 'pip install "followup_rules[holidays]"'


def _package() -> Any:
    try:
        import holidays
    except ImportError as error:
        raise ImportError(
            f"country holiday calendars need the holidays package: {_EXTRA}"
        ) from error
    return holidays


@functools.lru_cache(maxsize=512)
def _country_sample(code: str) -> Any:
    """An empty calendar of a country code (alpha-2 or alpha-3), for what it knows; or None."""
    try:
        return _package().country_holidays(code)
    except NotImplementedError:  # the package's answer for a code it does not know
        return None


def normalize_country(country: object) -> str:
    """Return a country code as the package's ISO 3166-1 alpha-2 code ("us", "USA" -> "US").

    Raises:
        InvalidInput: The package knows no such country; the message lists
            close matches.
        ImportError: The ``holidays`` package is not installed.
    """
    code = plain_text(country)
    if code is None or not 2 <= len(code) <= 3:
        raise InvalidInput(
            f"country must be an ISO 3166-1 code such as 'US', not {shown(country)}",
            field="country",
        )
    found = _country_sample(code.upper())
    if found is None:
        codes = sorted(_package().list_supported_countries())
        close = difflib.get_close_matches(code.upper(), codes, n=5, cutoff=0.4)
        hint = f" (close: {listed(close)})" if close else ""
        raise InvalidInput(
            f"the holidays package has no calendar for country {shown(country)}{hint}; "
            "use an ISO 3166-1 code such as 'US', 'GB' or 'FR'",
            field="country",
        )
    normal: str = found.country
    return normal


def _categories(value: object) -> tuple[str, ...]:
    if value is None:
        return ("public",)
    if plain_text(value) is not None:
        value = (value,)
    names = [plain_text(item) for item in read_items(value, "categories", "category names", 16)]
    if not names or None in names:
        raise InvalidInput(
            f"categories must be one or more category names such as ('public',), "
            f"not {shown(value)}",
            field="categories",
        )
    return tuple(sorted({name for name in names if name is not None}))


def _observed(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(f"observed must be True or False, not {shown(value)}", field="observed")
    return value


def _short_code(value: object, field: str) -> str | None:
    if value is None:
        return None
    code = plain_text(value)
    if code is None or not 1 <= len(code) <= 16:
        raise InvalidInput(f"{field} must be a short code, not {shown(value)}", field=field)
    return code


def _subdiv(value: str | None) -> str | None:
    return _short_code(value, "subdiv")


def _language(value: str | None) -> str | None:
    return _short_code(value, "language")


@attrs.frozen(weakref_slot=False)
class CountryCalendar:
    """One country's public holidays, as the ``holidays`` package builds them.

    Args:
        country: An ISO 3166-1 code, alpha-2 or alpha-3, any case.
        subdiv: A subdivision code such as ``"MI"``, or None.
        observed: Whether days on which a holiday is observed count too.
        categories: The package's holiday categories, such as ``("public",
            "unofficial")``; ``("public",)`` when None.
        language: The language of the holidays' names, as the package spells
            it (``"en_US"``, ``"de"``), or None for the country's own.

    Raises:
        InvalidInput: The package does not know the country, subdivision,
            a category or the language.
        ImportError: The ``holidays`` package is not installed.
    """

    country: str = attrs.field(converter=normalize_country)
    subdiv: str | None = attrs.field(default=None, converter=_subdiv)
    observed: bool = attrs.field(default=True, converter=_observed, kw_only=True)
    categories: tuple[str, ...] = attrs.field(
        default=("public",), converter=_categories, kw_only=True
    )
    language: str | None = attrs.field(default=None, converter=_language, kw_only=True)

    def __attrs_post_init__(self) -> None:
        calendar = _country_sample(self.country)
        subdivisions = _package().list_supported_countries()[self.country]
        if self.subdiv is not None and self.subdiv not in subdivisions:
            raise InvalidInput(
                f"country {self.country!r} has no subdivision {shown(self.subdiv)} in the "
                f"holidays package (some it has: {listed(subdivisions, 12)})",
                field="subdiv",
            )
        unknown = [name for name in self.categories if name not in calendar.supported_categories]
        if unknown:
            raise InvalidInput(
                f"country {self.country!r} has no holiday category {listed(unknown)} "
                f"(it has: {listed(calendar.supported_categories)})",
                field="categories",
            )
        if self.language is not None and self.language not in calendar.supported_languages:
            raise InvalidInput(
                f"the holidays package has no names for {self.country!r} in language "
                f"{shown(self.language)} (it has: {listed(calendar.supported_languages, 12)})",
                field="language",
            )

    def build(self, years: int | tuple[int, ...]) -> Any:
        """Return the package's calendar for some years (a new ``HolidayBase``)."""
        return _package().country_holidays(
            self.country,
            subdiv=self.subdiv,
            years=years,
            observed=self.observed,
            categories=self.categories,
            language=self.language,
        )

    @property
    def weekend(self) -> frozenset[int]:
        """The country's weekend, as ``date.weekday()`` numbers."""
        return frozenset(_country_sample(self.country).weekend)


def _countries(value: Iterable[CountryCalendar]) -> tuple[CountryCalendar, ...]:
    countries = read_items(value, "countries", "CountryCalendar values", 16)
    if not countries or any(type(item) is not CountryCalendar for item in countries):
        raise InvalidInput(
            "countries must be one or more CountryCalendar values", field="countries"
        )
    return countries  # type: ignore[return-value]  # each was checked just above


def _days(value: Iterable[tuple[_dt.date, str]]) -> tuple[tuple[_dt.date, str], ...]:
    days = []
    for pair in read_items(value, "added", "(date, name) pairs", 10_000):
        if not (type(pair) in (tuple, list) and len(pair) == 2):  # type: ignore[arg-type]
            raise InvalidInput(
                f"added must hold (date, name) pairs, not {shown(pair)}", field="added"
            )
        day: object = pair[0]  # type: ignore[index]
        name: object = pair[1]  # type: ignore[index]
        text = plain_text(name)
        if text is None or not 1 <= len(text) <= 200:
            raise InvalidInput(f"added names each day, not with {shown(name)}", field="added")
        days.append((to_date(day, "added", PLANNED_YEARS), text))
    return tuple(sorted(days))


def _dates(value: Iterable[_dt.date]) -> tuple[_dt.date, ...]:
    days = read_items(value, "removed", "dates", 10_000)
    return tuple(sorted(to_date(day, "removed", PLANNED_YEARS) for day in days))


@attrs.frozen(weakref_slot=False)
class HolidayCalendar:
    """A calendar of public holidays: one or more countries', with days changed by hand.

    Args:
        countries: The countries whose holidays count (several for a sum
            of calendars, as ``holidays.US() + holidays.DE()``).
        added: Days added (or renamed) by hand, as ``(date, name)`` pairs.
        removed: Days of the countries' calendars removed by hand.
    """

    countries: tuple[CountryCalendar, ...] = attrs.field(converter=_countries)
    added: tuple[tuple[_dt.date, str], ...] = attrs.field(default=(), converter=_days)
    removed: tuple[_dt.date, ...] = attrs.field(default=(), converter=_dates)

    @property
    def weekend(self) -> frozenset[int]:
        """The weekend of the first country's calendar."""
        return self.countries[0].weekend

    def year(self, year: int) -> Mapping[int, str]:
        """Return one year's holidays, as day ordinal -> name (held for the process)."""
        return _calendar_year(self, year)


@functools.lru_cache(maxsize=1024)
def _calendar_year(calendar: HolidayCalendar, year: int) -> Mapping[int, str]:
    days = dict(_computed_year(calendar.countries, year))
    for day in calendar.removed:
        if day.year == year:
            days.pop(day.toordinal(), None)
    for day, name in calendar.added:
        if day.year == year:
            days[day.toordinal()] = name
    return days


def country_year(country: str, subdiv: str | None, year: int) -> Mapping[int, str]:
    """Return one year's public holidays of a country, as day ordinal -> name (held)."""
    return country_calendar(country, subdiv).year(year)


@functools.lru_cache(maxsize=1024)
def _computed_year(countries: tuple[CountryCalendar, ...], year: int) -> Mapping[int, str]:
    return {day.toordinal(): name for day, name in sorted(_built(countries, (year,)).items())}


def _built(countries: tuple[CountryCalendar, ...], years: tuple[int, ...]) -> Any:
    """The package's own calendar (a sum for several countries), for some years."""
    calendars = [country.build(years) for country in countries]
    total = calendars[0]
    for calendar in calendars[1:]:
        total = total + calendar
    return total


def _parts(calendar: Any, holidays: Any) -> list[Any]:
    """The single-country calendars a (possibly nested) sum is made of."""
    if isinstance(calendar, holidays.HolidaySum):
        return [part for inner in calendar.holidays for part in _parts(inner, holidays)]
    return [calendar]


def calendar_of(calendar: object) -> HolidayCalendar | None:
    """Return the description of a ``holidays`` calendar object, or None for anything else.

    Everything that shapes the calendar is kept: each country and
    subdivision, ``observed``, ``categories``, ``language``, and the days
    added or removed by hand (found by comparing the object with a calendar
    built afresh from the same settings, over the years it holds).

    Args:
        calendar: Possibly a ``holidays.HolidayBase`` instance, such as
            ``holidays.US(subdiv="MI")``, or a sum of them.

    Returns:
        The calendar's description, or None when ``calendar`` is not a
        calendar of the ``holidays`` package.

    Raises:
        InvalidInput: ``calendar`` is a ``holidays`` calendar of no country
            (a market calendar, say).
    """
    module = type(calendar).__module__ or ""
    if not module.startswith("holidays"):
        return None
    holidays = _package()
    countries = []
    for part in _parts(calendar, holidays):
        country = getattr(part, "country", None)
        if not isinstance(country, str):
            raise InvalidInput(
                f"{type_name(part)} is a holidays calendar of no country; pass a country "
                "calendar such as holidays.US(subdiv='MI'), or the dates themselves",
                field="holidays",
            )
        subdiv = getattr(part, "subdiv", None)
        countries.append(
            CountryCalendar(
                country,
                subdiv if isinstance(subdiv, str) else None,
                observed=bool(getattr(part, "observed", True)),
                categories=tuple(getattr(part, "categories", None) or ("public",)),
                language=getattr(part, "language", None),
            )
        )
    years = tuple(sorted(calendar.years))  # type: ignore[attr-defined]
    added: list[tuple[_dt.date, str]] = []
    removed: list[_dt.date] = []
    if years:
        fresh = dict(_built(tuple(countries), years).items())
        given = dict(calendar.items())  # type: ignore[attr-defined]
        added = [(day, name) for day, name in given.items() if fresh.get(day) != name]
        removed = [day for day in fresh if day not in given]
    return HolidayCalendar(tuple(countries), added, removed)


def country_calendar(
    country: str, subdiv: str | None = None, *, observed: bool = True, categories: Any = None
) -> HolidayCalendar:
    """Return the calendar of one country's holidays, from its codes."""
    return HolidayCalendar(
        (CountryCalendar(country, subdiv, observed=observed, categories=categories),)
    )


_DAY_MAX = _dt.date.max.toordinal()


class HolidayDays(Container[int]):
    """Holiday day ordinals: dates given one by one plus a calendar's, year by year.

    Answers ``ordinal in days`` like a frozenset, looking each year's
    calendar up on demand, and names the holidays.

    Args:
        dates: Holidays given as dates, as day ordinals.
        calendar: A country calendar, or None.
    """

    __slots__ = ("calendar", "dates")

    def __init__(self, dates: frozenset[int], calendar: HolidayCalendar | None) -> None:
        self.dates = dates
        self.calendar = calendar

    def __contains__(self, ordinal: object) -> bool:
        if ordinal in self.dates:
            return True
        return (
            self.calendar is not None
            and isinstance(ordinal, int)
            and 1 <= ordinal <= _DAY_MAX
            and self.calendar_name(ordinal) is not None
        )

    def name(self, ordinal: object) -> str | None:
        """Return the holiday's name ("a holiday" for a date given by itself), or None."""
        if not isinstance(ordinal, int) or not 1 <= ordinal <= _dt.date.max.toordinal():
            return None
        name = self.calendar_name(ordinal)
        if name is not None:
            return name
        return "a holiday" if ordinal in self.dates else None

    def calendar_name(self, ordinal: int) -> str | None:
        """Return the name the country calendar gives a day, or None (dates given alone aside)."""
        if self.calendar is None:
            return None
        return self.calendar.year(_dt.date.fromordinal(ordinal).year).get(ordinal)


class PinnedDays(HolidayDays):
    """Holidays with the days of one span fixed as they were when a document was saved.

    Inside ``first``..``last`` the pinned days are the calendar's, whatever
    the installed ``holidays`` data says now; outside it, the installed
    calendar answers. Dates given one by one count everywhere.

    Args:
        first: The span's first day, as a day ordinal.
        last: The span's last day, as a day ordinal.
        days: The holidays inside the span, ordinal -> name.
        rest: The holidays everywhere else.
    """

    __slots__ = ("days", "first", "last")

    def __init__(self, first: int, last: int, days: Mapping[int, str], rest: HolidayDays) -> None:
        super().__init__(rest.dates, rest.calendar)
        self.first, self.last, self.days = first, last, dict(days)

    def calendar_name(self, ordinal: int) -> str | None:
        """Return the pinned name inside the span, else the installed calendar's."""
        if self.first <= ordinal <= self.last:
            return self.days.get(ordinal)
        return super().calendar_name(ordinal)
