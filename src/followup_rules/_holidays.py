"""Public holidays from the ``holidays`` package, by country and subdivision.

A policy stores a country calendar as its country and subdivision codes, not
as a list of dates: the calendar covers every year a workflow may reach, and
``to_dict`` stays small and readable. Each year's holidays are computed once
per process and held, keyed by day ordinal, with their names, so reasons
can say "Labor Day".

The ``holidays`` package is optional (the ``holidays`` extra); it is
imported only when a country calendar is used.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Container, Mapping
from typing import Any

from ._errors import InvalidInput

__all__ = ["YearlyHolidays", "calendar_codes", "check_country", "country_year"]

_EXTRA = 'pip install "followup_rules[holidays]"'


def _package() -> Any:
    try:
        import holidays
    except ImportError as error:
        raise ImportError(
            f"country holiday calendars need the holidays package: {_EXTRA}"
        ) from error
    return holidays


def check_country(country: object, subdiv: object) -> tuple[str, str | None]:
    """Return the country and subdivision codes if the ``holidays`` package knows them.

    Args:
        country: An ISO 3166-1 code such as ``"US"``.
        subdiv: A subdivision code such as ``"MI"``, or None.

    Returns:
        The codes, as given.

    Raises:
        InvalidInput: The package knows no such country or subdivision.
        ImportError: The ``holidays`` package is not installed.
    """
    if not isinstance(country, str) or not 2 <= len(country) <= 3:
        raise InvalidInput(
            f"country must be an ISO 3166-1 code such as 'US', not {country!r}", field="country"
        )
    if subdiv is not None and (not isinstance(subdiv, str) or not 1 <= len(subdiv) <= 10):
        raise InvalidInput(
            f"subdiv must be a subdivision code such as 'MI', not {subdiv!r}", field="subdiv"
        )
    package = _package()
    supported = package.list_supported_countries()
    if country not in supported:
        raise InvalidInput(
            f"the holidays package has no calendar for country {country!r}; "
            "use an ISO 3166-1 code such as 'US', 'GB' or 'FR'",
            field="country",
        )
    if subdiv is not None and subdiv not in supported[country]:
        known = ", ".join(supported[country][:12]) or "none"
        raise InvalidInput(
            f"country {country!r} has no subdivision {subdiv!r} in the holidays package "
            f"(some it has: {known})",
            field="subdiv",
        )
    return country, subdiv


def calendar_codes(calendar: object) -> tuple[str, str | None] | None:
    """Return ``(country, subdiv)`` of a ``holidays`` calendar, or None for anything else.

    Args:
        calendar: Possibly a ``holidays.HolidayBase`` instance, such as
            ``holidays.US(subdiv="MI")``.

    Returns:
        The calendar's codes, or None when ``calendar`` is not a country
        calendar of the ``holidays`` package.

    Raises:
        InvalidInput: ``calendar`` is a ``holidays`` calendar of no country
            (a market calendar, say).
    """
    module = type(calendar).__module__ or ""
    if not module.startswith("holidays"):
        return None
    country = getattr(calendar, "country", None)
    if not isinstance(country, str):
        raise InvalidInput(
            f"{type(calendar).__name__} is a holidays calendar of no country; pass a "
            "country calendar such as holidays.US(subdiv='MI'), or the dates themselves",
            field="holidays",
        )
    subdiv = getattr(calendar, "subdiv", None)
    return country, subdiv if isinstance(subdiv, str) else None


@functools.lru_cache(maxsize=1024)
def country_year(country: str, subdiv: str | None, year: int) -> Mapping[int, str]:
    """Return one year's holidays of a country, as day ordinal -> name.

    Args:
        country: A checked country code.
        subdiv: A checked subdivision code, or None.
        year: The year.

    Returns:
        The holidays of that year (held for the process).
    """
    days = _package().country_holidays(country, subdiv=subdiv, years=year)
    return {day.toordinal(): name for day, name in sorted(days.items())}


class YearlyHolidays(Container[int]):
    """Holiday day ordinals: given dates plus a country's calendar, year by year.

    Answers ``ordinal in holidays`` like the frozenset the business-day
    helpers take, looking the year's calendar up on demand.

    Args:
        dates: Holidays given as dates, as day ordinals.
        country: The country code.
        subdiv: The subdivision code, or None.
    """

    __slots__ = ("country", "dates", "subdiv")

    def __init__(self, dates: frozenset[int], country: str, subdiv: str | None) -> None:
        self.dates = dates
        self.country = country
        self.subdiv = subdiv

    def __contains__(self, ordinal: object) -> bool:
        if ordinal in self.dates:
            return True
        if not isinstance(ordinal, int) or not 1 <= ordinal <= _dt.date.max.toordinal():
            return False
        year = _dt.date.fromordinal(ordinal).year
        return ordinal in country_year(self.country, self.subdiv, year)

    def name(self, ordinal: int) -> str | None:
        """Return the holiday's name from the country calendar, or None."""
        year = _dt.date.fromordinal(ordinal).year
        return country_year(self.country, self.subdiv, year).get(ordinal)
