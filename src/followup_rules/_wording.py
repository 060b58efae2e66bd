"""Text rules every language of the scripts shares: tidying a typed phrase, counting spoken words.

A language brings its own words (which abbreviations keep their period,
which first words are capitalised only because they open a phrase); the
rules that use them are the same everywhere, so they are written once here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

__all__ = [
    "SIGNATURE_ROOM",
    "address_form",
    "day_from",
    "email_template",
    "join",
    "letter_template",
    "spoken_words",
    "tidy_phrase",
]

# A figure as written: digits, possibly in groups joined by the marks phone
# numbers are written with. Five digits or more, several groups, or a
# leading plus or parenthesis make it a number read digit by digit (a phone
# number, a postal code); anything else is said as a number.
_FIGURE = re.compile(r"(?<!\w)\+?\(?[0-9](?:[0-9 ().\-/]*[0-9])?\)?(?!\w)")
_GROUP = re.compile(r"[0-9]+")
_WORD_CHARS = re.compile(r"\w")
_ELIDED = re.compile(r"\w+['\u2019]")


def _number_words(value: int) -> int:
    """How many words a figure takes to say: "twenty-two" is one, "twenty seventeen" two."""
    if value < 100:
        return 1
    if value < 1000:
        return 2 + (1 if value % 100 else 0)
    if value < 10000:
        # Years and the like are said in pairs ("twenty seventeen"), or as
        # "two thousand five".
        if value % 100 >= 10 or value % 1000 == 0:
            return 2
        return 3
    return 2 * len(str(value)) // 3 + 1


def spoken_words(text: str) -> int:
    """Count the words it takes to say ``text``.

    A phone number is read digit by digit (a plus sign is a word too), other
    figures as they are said ("22" is one word, "2017" two), and marks that
    are not read (dashes, parentheses) count for nothing. The count of a
    figure follows English; other languages say figures in about as many
    words, and each language's speaking pace is set for its own words.
    """
    count = 0
    for match in _FIGURE.finditer(text):
        figure = match.group()
        groups = _GROUP.findall(figure)
        digits = sum(len(group) for group in groups)
        if digits >= 5 or len(groups) > 1 or figure[0] in "+(":
            count += digits + figure.count("+")
        else:
            count += _number_words(int(groups[0]))
    count += sum(1 for token in _FIGURE.sub(" ", text).split() if _WORD_CHARS.search(token))
    return count


def _closing_period(text: str, abbreviations: Set[str]) -> bool:
    """Whether ``text`` ends with a period that closes a sentence, not an abbreviation."""
    if not text.endswith("."):
        return False
    last = text.rsplit(" ", 1)[-1][:-1]
    if "." in last or last.lower() in abbreviations:
        return False
    # A lone capital is an initial ("Plan B."), kept as typed.
    return not (len(last) == 1 and last.isupper())


def tidy_phrase(
    text: str,
    *,
    abbreviations: Set[str],
    starters: Set[str],
    opens_only: Callable[[str, str], bool] | None = None,
) -> str:
    """Tidy a typed phrase for the middle of a sentence.

    Closing punctuation is dropped ("on Kafka." becomes "on Kafka"), but an
    abbreviation keeps its period ("Northwind Inc."); a first word
    capitalised only because it opened the phrase is put in lower case
    ("The whiteboard session" becomes "the whiteboard session"). Names,
    acronyms and nouns a language capitalises are left alone.

    Args:
        text: The phrase as typed.
        abbreviations: Lower-case words whose trailing period is theirs.
        starters: Lower-case words capitalised only when they open a phrase;
            an elided one is written with its apostrophe ("l'").
        opens_only: A further test of the first word and the rest, for a
            language with a rule beyond its list (English "Leading the team").

    Returns:
        The phrase, tidied.
    """
    while True:
        text = text.strip()
        if text.endswith(("...", "\u2026")):
            text = text.rstrip(".\u2026")
        elif text[-1:] in (",", ";", ":", "!", "?") or _closing_period(text, abbreviations):
            text = text[:-1]
        else:
            break
    first, space, rest = text.partition(" ")
    # A one-letter word is capitalised too when a phrase follows it ("A
    # walkthrough of the pipeline"); alone, it is an initial.
    capitalised = first[:1].isupper() and (first[1:].islower() or (first[1:] == "" and rest))
    # An elided article opens the word itself: "L'encadrement", "D\u2019abord" with a typographic apostrophe.
    elided = _ELIDED.match(first)
    opens = (
        first.lower() in starters
        or (elided is not None and elided.group().lower().replace("\u2019", "'") in starters)
        or (opens_only is not None and opens_only(first, rest))
    )
    return first[0].lower() + first[1:] + space + rest if capitalised and opens else text


def address_form(salutation: str, feminine: Set[str], masculine: Set[str]) -> str:
    """Whether a salutation opens with a feminine or masculine honorific: the greeting's form.

    Args:
        salutation: The salutation as typed ("Frau Lee", "Sra. Lee", "Dr. Lee").
        feminine: The honorifics of a woman's salutation.
        masculine: The honorifics of a man's salutation.

    Returns:
        ``"feminine"``, ``"masculine"``, or ``"named"`` when no known
        honorific opens it (the greeting is then gender-neutral).
    """
    words = salutation.split(None, 1)
    first = words[0] if words else ""
    if first in feminine:
        return "feminine"
    if first in masculine:
        return "masculine"
    return "named"


def day_from(
    ordinal: int,
    today: int,
    on_date: Callable[[int], str],
    today_word: str,
    yesterday_word: str | None = None,
) -> str:
    """Say a day as seen from the day of use: its word for today or yesterday, else on its date.

    Args:
        ordinal: The day.
        today: The day of use.
        on_date: How the language says "on" a date.
        today_word: The word for today.
        yesterday_word: The word for yesterday; None to say the date instead.

    Returns:
        "today", "yesterday" or "on Tuesday, August 22", in the language.
    """
    if ordinal == today:
        return today_word
    if yesterday_word is not None and ordinal == today - 1:
        return yesterday_word
    return on_date(ordinal)


def join(items: Sequence[str], conjunction: str, semicolon: str = "; ") -> str:
    """Join items: "a", "a und b", "a, b und c".

    Items that hold commas themselves (dates such as "Dienstag, 22. August")
    are set off by semicolons (``semicolon``, as the language sets one), so
    the list still reads unambiguously.
    """
    if len(items) <= 1:
        return "".join(items)
    separator = semicolon if any("," in item for item in items) else ", "
    return separator.join(items[:-1]) + f" {conjunction} " + items[-1]


# --- The shapes of letters and emails, the same in every language ----------------

SIGNATURE_ROOM = "\n\n\n\n"
"""Between the closing and the typed name of a printed letter: room to sign."""


def email_template(subject: str, body: str) -> str:
    """An email template: its ``Subject:`` line, the greeting, the body (closing included), the signature."""
    return f"Subject: {subject}\n\n${{greeting}}\n\n{body}\n\n${{signature}}"


def letter_template(body: str) -> str:
    """A printed letter's template: its head, the greeting, the body, room to sign, the signature."""
    return f"${{letter_head}}\n\n${{greeting}}\n\n{body}{SIGNATURE_ROOM}${{signature}}"
