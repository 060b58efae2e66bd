"""The languages the scripts are written in, and what each one brings.

A :class:`Language` is data plus one small object: its templates and
sentence fragments (per tone, under the same keys and names in every
language) and a :class:`Writer` that writes its dates, lists and counts.
Adding a language is adding one module of data like ``_german.py`` (its
:class:`~followup_rules._cldr.Words`, templates and fragments) and one entry
to :data:`LANGUAGES`; the facts the scripts tell, and which fragment tells
each one, are the same for all. English, American and British, is written
with the standard library alone (``_english.py``, ``_british.py``); the
other languages take their dates from CLDR through Babel (``_cldr.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType, ModuleType
from typing import Protocol

import attrs

from . import _british, _english, _french, _german, _portuguese, _spanish
from ._cldr import CldrWriter, Words, require_babel
from ._values import Channel, Tone, language_code

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "Language",
    "Writer",
    "language_named",
    "writing_in",
]


class Writer(Protocol):
    """How a language writes the facts of a script. Every day is a day ordinal."""

    def date(self, ordinal: int) -> str:
        """A day with its weekday, as said in a sentence ("Tuesday, August 22")."""
        ...

    def date_line(self, ordinal: int) -> str:
        """The date line of a letter ("August 22, 2017")."""
        ...

    def on_date(self, ordinal: int) -> str:
        """A day said with the language's "on": "on Tuesday, August 22", "am Dienstag, 22. August"."""
        ...

    def day_phrase(self, ordinal: int, today: int) -> str:
        """A day seen from the day of use: "today", "yesterday", "on Tuesday, August 22"."""
        ...

    def on_day(self, ordinal: int, today: int) -> str:
        """When something is due, from the day of use: "today", "on Tuesday, August 22"."""
        ...

    def join(self, items: Sequence[str]) -> str:
        """A list as the language writes one ("a, b and c")."""
        ...

    def join_dated(self, items: Sequence[str]) -> str:
        """A list of items that each end with a date, punctuated as the language needs."""
        ...

    def times(self, count: int) -> str:
        """How often something happened ("once", "twice", "three times")."""
        ...

    def ordinal(self, count: int) -> str:
        """Which one ("first", "second")."""
        ...

    def channel(self, channel: Channel) -> str:
        """The word for a channel ("letter", "email")."""
        ...

    def address_form(self, salutation: str) -> str:
        """Which greeting a salutation takes: "feminine", "masculine" or "named"."""
        ...

    def clause(self, text: str) -> str:
        """A phrase the user typed, tidied for the middle of a sentence."""
        ...

    def spoken_words(self, text: str) -> int:
        """How many words it takes to say ``text`` (phone numbers digit by digit)."""
        ...


@attrs.frozen
class Language:
    """A language the scripts are written in.

    Attributes:
        code: Its code ("en").
        name: Its name in English, for messages ("English (US)").
        words_per_minute: The speaking pace voicemails are timed at.
        locale: Its CLDR locale ("en_US", "pt_BR").
        date_pattern: The CLDR pattern of a day in a sentence, as
            ``babel.dates.format_date`` reads it ("EEEE, MMMM d").
        writer: How it writes dates, lists and counts.
        templates: The built-in template text, per tone and key.
        fragments: The built-in sentence fragments, per tone and name.
        calendar: The calendar export's titles and instructions, by name.
        first_of_month: How the language writes the first day of a month
            where it departs from CLDR's number ("1er"); empty otherwise.
    """

    code: str
    name: str
    words_per_minute: int
    locale: str
    date_pattern: str
    writer: Writer
    templates: Mapping[Tone, Mapping[str, str]]
    fragments: Mapping[Tone, Mapping[str, str]]
    calendar: Mapping[str, str]
    first_of_month: str = attrs.field(default="", kw_only=True)


def _cldr_language(module: ModuleType) -> Language:
    """The language of a data module (``_german.py``...): its words, templates, fragments and calendar words."""
    words: Words = module.WORDS
    return Language(
        words.code,
        words.name,
        words.words_per_minute,
        words.locale,
        words.date_pattern,
        CldrWriter(words),
        module.TEMPLATES,
        module.FRAGMENTS,
        module.CALENDAR,
        first_of_month=words.first_of_month,
    )


LANGUAGES: Mapping[str, Language] = MappingProxyType(
    {
        "en": Language(
            "en",
            "English (US)",
            _english.WORDS_PER_MINUTE,
            "en_US",
            "EEEE, MMMM d",
            _english.EnglishWriter(),
            _english.TEMPLATES,
            _english.FRAGMENTS,
            _english.CALENDAR,
        ),
        "en-GB": Language(
            "en-GB",
            "English (UK)",
            _british.WORDS_PER_MINUTE,
            "en_GB",
            "EEEE d MMMM",
            _english.EnglishWriter(british=True),
            _british.TEMPLATES,
            _british.FRAGMENTS,
            _british.CALENDAR,
        ),
        # The languages written with Babel, each from its module of data.
        "de": _cldr_language(_german),
        "fr": _cldr_language(_french),
        "es": _cldr_language(_spanish),
        "pt-BR": _cldr_language(_portuguese),
    }
)
"""Every language the scripts are written in, by code, in the order of ``SUPPORTED_LANGUAGES``."""

DEFAULT_LANGUAGE = "en"
"""The language used when none is asked for."""


def language_named(code: object) -> Language:
    """Return the language of a code, or refuse it, listing the supported ones.

    Codes are read as :class:`~followup_rules.Policy` reads them: ``"en_GB"``
    and ``"en-gb"`` are ``"en-GB"``.

    Args:
        code: A language code such as ``"en"`` or ``"pt-BR"``.

    Returns:
        The language.

    Raises:
        InvalidInput: ``code`` names no supported language.
    """
    return LANGUAGES[language_code(code)]


def writing_in(code: object) -> Language:
    """Return the language of a code, as :func:`language_named` does, ready to write.

    Raises:
        InvalidInput: ``code`` names no supported language.
        ImportError: The language needs Babel (every language but English),
            which is not installed; the message says how to install it.
    """
    found = language_named(code)
    if isinstance(found.writer, CldrWriter):
        require_babel()
    return found
