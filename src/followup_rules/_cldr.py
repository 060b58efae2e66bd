"""Languages written with CLDR data through Babel: a language as data, and its writer.

A language other than English is a module of data (``_german.py``,
``_french.py``...): its :class:`Words` and its templates and fragments. Its
dates come from the Unicode CLDR through Babel (``babel.dates``), in the
language's own style: a day in a sentence with the pattern in
:attr:`Words.date_pattern` ("Dienstag, 22. August", "mardi 22 août"), and
a letter's date line in the language's long date format ("22. August
2017"). Babel is an optional dependency (the ``i18n`` extra) and is
imported on first use only; English needs it not (``_english.py``).

The locale is always named, never read from the process, so no setting of
the machine can change what a script says.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Mapping, Sequence, Set
from typing import TYPE_CHECKING

import attrs

from ._values import Channel
from ._wording import address_form, day_from, join, spoken_words, tidy_phrase

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["INSTALL_HINT", "CldrWriter", "Words", "require_babel"]

INSTALL_HINT = 'pip install "followup_rules[i18n]"'
"""How to install what the languages other than English need."""


def require_babel() -> None:
    """Check that Babel can be imported, for a language that needs it.

    Raises:
        ImportError: Babel is not installed; the message says how to install it.
    """
    try:
        import babel.dates  # noqa: F401
    except ImportError as error:
        raise ImportError(
            "the scripts in languages other than English format their dates with "
            f"Babel, an optional dependency; install it with: {INSTALL_HINT}"
        ) from error


@functools.cache
def _locale(name: str) -> Locale:
    from babel import Locale

    return Locale.parse(name)


@functools.cache
def _months(name: str) -> tuple[str, ...]:
    """The months' names as a locale writes them in a date ("septembre")."""
    return tuple(_locale(name).months["format"]["wide"].values())


@attrs.frozen
class Words:
    """What a language's writer needs, as data.

    Attributes:
        code: The library's code for it ("de").
        name: Its name in English, for messages ("German").
        locale: Its Babel locale ("de", "pt_BR").
        words_per_minute: The calm speaking pace voicemails are timed at,
            in the language's own words.
        date_pattern: The CLDR pattern of a day in a sentence, with its
            weekday and without its year ("EEEE, d. MMMM").
        on_date: The word before a date that says "on" it, per weekday from
            Monday to Sunday ("am" every day; "na" from Monday to Friday and
            "no" on Saturday and Sunday in Portuguese).
        today_word: The word for the day of use ("heute").
        yesterday_word: The word for the day before it ("gestern").
        conjunction: The word before a list's last item ("und").
        times: How often, from once upwards ("einmal", "zweimal").
        times_other: How often, beyond ``times``, with ``{count}``.
        ordinals: Which one, from the first upwards, agreeing with the word
            for a call as the templates use ``${attempt}``.
        ordinal_other: Which one, beyond ``ordinals``, with ``{count}``.
        channels: The word for each channel, as it follows "by".
        sentence_starters: Lower-case words capitalised only because they
            open a typed phrase (articles, possessives).
        abbreviations: Lower-case words whose trailing period is theirs.
        feminine: Honorifics that open a woman's salutation ("Frau").
        masculine: Honorifics that open a man's salutation ("Herr").
        semicolon: A semicolon and the space after it, as the language
            sets them ("; "; in French a narrow no-break space comes first).
        conjunction_before: Where the conjunction takes another form
            before the last item: pairs of a regular expression matched at
            the item's start and the form (Spanish "e" before an /i/ sound:
            "diseño e integración").
        first_of_month: How the language writes the first day of a month,
            where it departs from CLDR's plain number ("1er" in French,
            "1º" in Brazilian Portuguese); empty to keep CLDR's.
        close_dates: Whether a date with its weekday that ends an item is
            closed by a comma before the conjunction too, as Spanish and
            Portuguese set it off: "el martes, 22 de agosto, y el martes, 29
            de agosto"; three or more such items are separated by
            semicolons. For patterns that end with the month ("d 'de' MMMM").
    """

    code: str
    name: str
    locale: str
    words_per_minute: int
    date_pattern: str
    on_date: tuple[str, str, str, str, str, str, str]
    today_word: str
    yesterday_word: str
    conjunction: str
    times: tuple[str, ...]
    times_other: str
    ordinals: tuple[str, ...]
    ordinal_other: str
    channels: Mapping[Channel, str]
    sentence_starters: Set[str]
    abbreviations: Set[str]
    feminine: Set[str]
    masculine: Set[str]
    semicolon: str = "; "
    conjunction_before: tuple[tuple[str, str], ...] = ()
    close_dates: bool = False
    first_of_month: str = ""

    def conjunction_for(self, last: str) -> str:
        """The conjunction before a list's last item."""
        for pattern, form in self.conjunction_before:
            if re.match(pattern, last):
                return form
        return self.conjunction


def _literal_day(pattern: str, text: str) -> str:
    """A CLDR pattern with its day of the month (``d``, outside quotes) written as ``text``."""
    pieces = pattern.split("'")
    # Even pieces are outside quotes; odd ones are quoted literals.
    for index in range(0, len(pieces), 2):
        pieces[index] = re.sub(r"(?<!d)d(?!d)", f"'{text}'", pieces[index])
    return "'".join(pieces)


@attrs.frozen
class CldrWriter:
    """A language's writer: its :class:`Words`, with dates from CLDR through Babel."""

    words: Words

    def date(self, ordinal: int) -> str:
        """Write a day in a sentence, in the language's pattern: "Dienstag, 22. August"."""
        return self._format(ordinal, self.words.date_pattern)

    def date_line(self, ordinal: int) -> str:
        """Write a letter's date line in the language's long format: "22. August 2017"."""
        return self._format(ordinal, _locale(self.words.locale).date_formats["long"].pattern)

    def _format(self, ordinal: int, pattern: str) -> str:
        """Format a day with a CLDR pattern, the first of the month as the language writes it."""
        from babel.dates import format_date

        day = _dt.date.fromordinal(ordinal)
        if day.day == 1 and self.words.first_of_month:
            pattern = _literal_day(pattern, self.words.first_of_month)
        return format_date(day, format=pattern, locale=_locale(self.words.locale))

    def on_date(self, ordinal: int) -> str:
        """Say "on" a day: "am Dienstag, 22. August"."""
        weekday = _dt.date.fromordinal(ordinal).weekday()
        return f"{self.words.on_date[weekday]} {self.date(ordinal)}"

    def day_phrase(self, ordinal: int, today: int) -> str:
        """Say a day from the day of use: today, yesterday, or on the day."""
        words = self.words
        return day_from(ordinal, today, self.on_date, words.today_word, words.yesterday_word)

    def on_day(self, ordinal: int, today: int) -> str:
        """Say when something is due: today, or on the day."""
        return day_from(ordinal, today, self.on_date, self.words.today_word)

    def join(self, items: Sequence[str]) -> str:
        """Join items with the language's conjunction: "a, b und c"."""
        if not items:
            return ""
        conjunction = self.words.conjunction_for(items[-1])
        return join(items, conjunction, self.words.semicolon)

    def join_dated(self, items: Sequence[str]) -> str:
        """Join items that each end with a date: as :meth:`join` does, or with the dates closed.

        With :attr:`Words.close_dates`: "A, y B", "A; B; y C".
        """
        if not self.words.close_dates or len(items) <= 1 or not self._ends_dated(items[-2]):
            return self.join(items)
        conjunction = self.words.conjunction_for(items[-1])
        if len(items) == 2:
            return f"{items[0]}, {conjunction} {items[1]}"
        semicolon = self.words.semicolon
        return semicolon.join(items[:-1]) + f"{semicolon}{conjunction} " + items[-1]

    def _ends_dated(self, item: str) -> bool:
        """Whether an item ends with a date: with a month's name, as the language writes it."""
        return item.endswith(_months(self.words.locale))

    def times(self, count: int) -> str:
        """Say how often: "einmal", "zweimal"."""
        table = self.words.times
        return (
            table[count - 1] if count <= len(table) else self.words.times_other.format(count=count)
        )

    def ordinal(self, count: int) -> str:
        """Say which one: "erste", "zweite"."""
        table = self.words.ordinals
        if count <= len(table):
            return table[count - 1]
        return self.words.ordinal_other.format(count=count)

    def channel(self, channel: Channel) -> str:
        """Name a channel as it follows "by"."""
        return self.words.channels[channel]

    def address_form(self, salutation: str) -> str:
        """The greeting's form for a salutation (:func:`address_form`)."""
        return address_form(salutation, self.words.feminine, self.words.masculine)

    def clause(self, text: str) -> str:
        """Tidy a typed phrase for the middle of a sentence (``_wording.tidy_phrase``)."""
        return tidy_phrase(
            text,
            abbreviations=self.words.abbreviations,
            starters=self.words.sentence_starters,
        )

    def spoken_words(self, text: str) -> int:
        """Count the words it takes to say ``text`` (``_wording.spoken_words``)."""
        return spoken_words(text)
