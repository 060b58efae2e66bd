"""The languages the scripts are written in, and what each one brings.

A :class:`Language` is data plus one small object: its templates and
sentence fragments (per tone, under the same keys and names in every
language) and a :class:`Writer` that writes its dates, lists and counts.
Adding a language is adding one module like ``_english.py`` and one entry to
:data:`LANGUAGES`; the facts the scripts tell, and which fragment tells each
one, are the same for all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Protocol

import attrs

from . import _english
from ._errors import InvalidInput, shown
from ._values import Channel, Tone

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Language", "Writer", "language_named"]


class Writer(Protocol):
    """How a language writes the facts of a script. Every day is a day ordinal."""

    def date(self, ordinal: int) -> str:
        """A day with its weekday, as said in a sentence ("Tuesday, August 22")."""
        ...

    def date_line(self, ordinal: int) -> str:
        """The date line of a letter ("August 22, 2017")."""
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
        writer: How it writes dates, lists and counts.
        templates: The built-in template text, per tone and key.
        fragments: The built-in sentence fragments, per tone and name.
    """

    code: str
    name: str
    words_per_minute: int
    writer: Writer
    templates: Mapping[Tone, Mapping[str, str]]
    fragments: Mapping[Tone, Mapping[str, str]]


ENGLISH = Language(
    "en",
    "English (US)",
    _english.WORDS_PER_MINUTE,
    _english.EnglishWriter(),
    _english.TEMPLATES,
    _english.FRAGMENTS,
)

LANGUAGES: Mapping[str, Language] = MappingProxyType({"en": ENGLISH})
"""Every language the scripts are written in, by code."""

DEFAULT_LANGUAGE = "en"
"""The language used when none is asked for."""


def language_named(code: object) -> Language:
    """Return the language of a code, or refuse it, listing the supported ones.

    Args:
        code: A language code such as ``"en"``.

    Returns:
        The language.

    Raises:
        InvalidInput: ``code`` names no supported language.
    """
    found = LANGUAGES.get(code) if type(code) is str else None
    if found is None:
        raise InvalidInput(
            f"language must be one of {', '.join(repr(name) for name in LANGUAGES)}, "
            f"not {shown(code)}",
            field="language",
        )
    return found
