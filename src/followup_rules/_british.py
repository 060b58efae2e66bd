"""British English: the American wording with the conventions of British business letters.

British English differs from American in this library's scripts in few
places, so it is declared as those differences and no more:

* dates: "Tuesday 22 August", a letter's date line "22 August 2017" (the
  writer, ``EnglishWriter(british=True)``);
* a greeting ends with a comma ("Dear Ms Lee,"), a formal letter closes with
  "Yours sincerely," and a phone number is one you are reached *on*:
  :data:`CHANGES`, applied to the American templates and fragments.

The American texts use no spelling that British English writes otherwise
(no -ize, -or or -er words that differ); a test keeps it so.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from . import _english
from ._values import Tone

__all__ = ["CALENDAR", "CHANGES", "FRAGMENTS", "TEMPLATES", "WORDS_PER_MINUTE"]

WORDS_PER_MINUTE = _english.WORDS_PER_MINUTE
"""The same calm pace as American English."""

CHANGES: tuple[tuple[str, str], ...] = (
    ("Dear ${contact_salutation}:", "Dear ${contact_salutation},"),
    ("Dear ${contact_name}:", "Dear ${contact_name},"),
    ("Sincerely,", "Yours sincerely,"),
    # An American date with its weekday is set off by commas; a British one is not.
    ("on ${interview_date}, to discuss", "on ${interview_date} to discuss"),
    ("call me at ${candidate_phone}", "call me on ${candidate_phone}"),
    ("reach me at ${candidate_phone}", "reach me on ${candidate_phone}"),
)
"""What British usage writes otherwise, as (American, British) pairs; each one is used."""


def _british(text: str) -> str:
    for american, british in CHANGES:
        text = text.replace(american, british)
    return text


def _converted(table: Mapping[Tone, Mapping[str, str]]) -> Mapping[Tone, Mapping[str, str]]:
    return MappingProxyType(
        {
            tone: MappingProxyType({name: _british(text) for name, text in texts.items()})
            for tone, texts in table.items()
        }
    )


TEMPLATES = _converted(_english.TEMPLATES)
"""The built-in template text, per tone and key."""

FRAGMENTS = _converted(_english.FRAGMENTS)
"""The built-in sentence fragments, per tone and name."""

CALENDAR: Mapping[str, str] = MappingProxyType(
    {name: _british(text) for name, text in _english.CALENDAR.items()}
)
"""The calendar export's titles and instructions, by name."""
