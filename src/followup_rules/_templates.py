"""The template keys, the placeholders each offers, and a safe template engine.

Templates are plain text with ``${name}`` placeholders. ``$$`` writes one
literal ``$``; any other ``$`` is malformed, and so is ``${...}`` around
anything but a placeholder listed for the template's key. A template is read
once, left to right, by one regular expression: a value is inserted as it is
and never read again, so a value holding ``${position_title}``,
``{0.__class__}``, ``%s`` or ``$$`` appears exactly as typed, and a template
can reach no attribute, index or code (``${candidate_name.__class__}`` is
simply an unknown placeholder). ``string.Template`` and ``str.format`` are
not used on purpose. One thing is tidied where a value meets the text after
it: a value that already ends a sentence ("Northwind Inc.", "Yahoo!") takes
no second period from the template.

The built-in wording lives with each language (``_english.py``); the keys
and placeholders here are the same in every language.

An email template (every key in :data:`EMAIL_KEYS`) may open with a line
``Subject: ...``, which gives the subject; without one the built-in
subject of the same key and tone is used. A subject is one line, so that
one handed to a mail library can never start another header: the
``Subject:`` line ends at the first line feed (a carriage return just before
it, as in a file with CRLF line endings, belongs to the line's end), and
holds no other line break of any kind (CR, VT, FF, the ASCII separators
U+001C to U+001E, NEL, U+2028, U+2029: every character that
:meth:`str.splitlines` breaks at). It may not use a placeholder that spans
several lines (``${signature}``, ``${letter_head}``, ``${sender_block}``,
``${address_block}``), and a subject whose filled-in values would hold a
line break is refused as well.

Every key offers the placeholders common to all scripts:

======================  =====================================================
``candidate_name``      The candidate's name.
``candidate_phone``     The candidate's phone number.
``candidate_email``     The candidate's email address (optional).
``position_title``      The position's title.
``company``             The hiring company.
``contact_name``        The person the script speaks to: the interviewer
                        thanked, or the decision-maker (for ``permission``
                        and ``move_on`` too).
``contact_title``       That person's job title (optional).
``contact_salutation``  How to address them: their ``salutation`` ("Ms.
                        Lee", "Morgan"), else their full name.
======================  =====================================================

And, per key:

``permission`` (step 1, said at the end of the interview)
    ``interview_date``, ``decision_by``, ``follow_up_on``,
    ``follow_up_question``.
``thank_you_mail`` (step 2, a printed letter)
    ``letter_head``, ``sender_block`` (optional), ``date_line``,
    ``address_block``, ``greeting``, ``interview_date``, ``follow_up_on``,
    ``highlights`` (optional), ``qualifications`` (optional),
    ``highlights_sentence``, ``qualifications_sentence``,
    ``closing_sentence``, ``signature``.
``thank_you_email`` (step 2, an email)
    ``greeting``, ``interview_date``, ``follow_up_on``, ``highlights``
    (optional), ``qualifications`` (optional), ``highlights_sentence``,
    ``qualifications_sentence``, ``closing_sentence``, ``signature``.
``voicemail`` (step 3, one per call)
    ``interview_date``, ``decision_by``, ``decision_by_phrase``,
    ``follow_up_on``, ``attempt``, ``previous_call_on`` (optional),
    ``call_back_day`` (optional), ``follow_up_sentence``.
``talking_points`` (step 3, for a call someone answers)
    ``interview_date``, ``decision_by``, ``decision_by_phrase``,
    ``follow_up_on``, ``attempt``, ``previous_call_on`` (optional),
    ``call_back_day`` (optional), ``assistant_line``, ``call_line``.
``close_loop_voicemail`` (step 4, by phone)
    ``interview_date``, ``decision_by``, ``first_follow_up_on`` (optional),
    ``times_since`` (optional), ``follow_up_history``, ``reply_by``.
``close_loop_email`` (step 4, an email)
    ``interview_date``, ``decision_by``, ``first_follow_up_on`` (optional),
    ``times_since`` (optional), ``follow_up_history``, ``reply_by``,
    ``greeting``, ``signature``.
``close_loop_mail`` (step 4, a printed letter, when calls were not permitted)
    ``interview_date``, ``decision_by``, ``first_follow_up_on`` (optional),
    ``times_since`` (optional), ``follow_up_history``, ``reply_by``,
    ``letter_head``, ``sender_block`` (optional), ``date_line``,
    ``address_block``, ``greeting``, ``signature``.
``move_on`` (step 4, a summary for the candidate)
    ``letters_summary``, ``calls_summary``, ``close_loop_summary``,
    ``reply_by``.
``decision_postponed`` (an email confirming a new decision date)
    ``greeting``, ``signature``, ``decision_by``, ``follow_up_on``,
    ``next_step_sentence``.
``heard_back_offer`` (an email answering an offer)
    ``greeting``, ``signature``, ``interview_date``.
``heard_back_rejected`` (an email answering a rejection)
    ``greeting``, ``signature``, ``interview_date``.
``heard_back_next_round`` (an email answering an invitation to another round)
    ``greeting``, ``signature``, ``interview_date``.
``heard_back_on_hold`` (an email answering news that the position is on hold)
    ``greeting``, ``signature``, ``interview_date``.
``heard_back_other`` (an email answering any other news)
    ``greeting``, ``signature``, ``interview_date``.
``withdrawal`` (an email withdrawing the application)
    ``greeting``, ``signature``, ``interview_date``.

What each one holds. Every date is on the calendar of the person who reads
the script, with the weekday it has there: the interviewer's for a letter,
the decision-maker's for calls and the messages to them, the candidate's for
the move-on summary. The agreed dates (``decision_by``, ``follow_up_on``,
``reply_by``) are the decision-maker's.

==========================  ==================================================
``interview_date``          The interview's date, "Wednesday, August 16".
``decision_by``             The promised decision date, "Monday, August 21";
                            after a postponement, the latest one.
``decision_by_phrase``      "yesterday" when the promised date is the day
                            before the day of use ("today" when it is that
                            day), else "on Monday, August 21".
``follow_up_on``            The agreed follow-up day, "Tuesday, August 22".
``follow_up_question``      The request to call (or, when calls were not
                            permitted, to email) on the follow-up day.
``letter_head``             A printed letter's head: the sender's block (when
                            the candidate's address is known), the date line
                            and the recipient's block, a blank line between.
``sender_block``            The candidate's address, phone and email, one per
                            line (optional: no address given).
``date_line``               The letter's date, "August 16, 2017".
``address_block``           The recipient's name, title (if known), company
                            and address (if known), one per line.
``greeting``                The letter's greeting, "Dear Ms. Lee:" with a
                            salutation, "Dear Morgan Lee:" without.
``signature``               Under the closing: the candidate's name, phone and
                            email (if known), one per line; on a printed
                            letter whose head holds them, the name alone.
``highlights``              What stood out: this interviewer's own highlights,
                            then the interview's, as a list, "a, b and c"
                            (optional: none given).
``qualifications``          The qualifications as a list (optional).
``highlights_sentence``     A sentence recalling the highlights, or a general
                            one when none were given.
``qualifications_sentence`` A sentence summing up the qualifications, or a
                            general one when none were given.
``closing_sentence``        For the decision-maker, that the candidate looks
                            forward to speaking on the follow-up day (to being
                            in touch then, when calls were not permitted); for
                            the others, renewed thanks.
``attempt``                 Which call this is since the latest agreement, in
                            words: "first" to "fourth".
``previous_call_on``        The previous call's day (optional: none before the
                            first call).
``call_back_day``           When the previous call asked to be called back:
                            "today", or "on Thursday, August 24" (optional:
                            nobody asked).
``follow_up_sentence``      What this call follows up on, worded for each
                            attempt: the promised day on the first, the
                            previous call on later ones (or the call-back that
                            was asked for), and on the last, that it is the
                            last call.
``assistant_line``          What to tell an assistant who answers: whom the
                            candidate is calling, and why.
``call_line``               What to tell the decision-maker who answers: why
                            the candidate is calling.
``first_follow_up_on``      The day the decision-maker's thank-you letter was
                            sent (optional: none sent yet).
``times_since``             How many follow-up calls were made (since the
                            latest postponement, if there was one), in words:
                            "once", "twice", "three times" (optional: none
                            was made).
``follow_up_history``       What happened, plainly: the interview, the
                            thank-you letter, the calls made (their days, or
                            their number when there are many) and, after a
                            postponement, the new date and the calls made
                            since; only what really happened.
``reply_by``                The date to hear back by, "Tuesday, September 26".
``next_step_sentence``      What the candidate will do if no decision comes by
                            the new date, and on which day.
``letters_summary``         Who was thanked, how and when.
``calls_summary``           How many calls were made, and on which days.
``close_loop_summary``      How and when the loop was closed, and the date an
                            answer was asked for.
==========================  ==================================================

An optional placeholder has no value when the fact is unknown; a custom
template that uses it then raises :class:`TemplateError` naming it (the
built-in templates use only placeholders that always have a value).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import cast

import attrs

from ._errors import InvalidInput, TemplateError, shown, type_name
from ._language import DEFAULT_LANGUAGE, language_named
from ._values import Tone

__all__ = [
    "EMAIL_KEYS",
    "EVENT_KEYS",
    "TEMPLATE_KEYS",
    "builtin_subject",
    "builtin_template",
    "check_template",
    "checked_template",
    "fill",
    "fill_fragment",
    "placeholders",
]

TEMPLATE_KEYS: tuple[str, ...] = (
    "permission",
    "thank_you_mail",
    "thank_you_email",
    "voicemail",
    "talking_points",
    "close_loop_voicemail",
    "close_loop_email",
    "close_loop_mail",
    "move_on",
    "decision_postponed",
    "heard_back_offer",
    "heard_back_rejected",
    "heard_back_next_round",
    "heard_back_on_hold",
    "heard_back_other",
    "withdrawal",
)
"""Every template key: the strategy's steps in order, then the answers to what happened."""

EVENT_KEYS = frozenset(TEMPLATE_KEYS[TEMPLATE_KEYS.index("decision_postponed") :])
"""The keys of the scripts that answer an event of the history."""

EMAIL_KEYS = frozenset({"thank_you_email", "close_loop_email", *EVENT_KEYS})
"""The keys whose template may open with a ``Subject: ...`` line."""

_COMMON = (
    "candidate_name",
    "candidate_phone",
    "candidate_email",
    "position_title",
    "company",
    "contact_name",
    "contact_title",
    "contact_salutation",
)
_LETTER_HEAD = ("letter_head", "sender_block", "date_line", "address_block")
_THANKS = (
    "greeting",
    "interview_date",
    "follow_up_on",
    "highlights",
    "qualifications",
    "highlights_sentence",
    "qualifications_sentence",
    "closing_sentence",
    "signature",
)
_CALL = (
    "interview_date",
    "decision_by",
    "decision_by_phrase",
    "follow_up_on",
    "attempt",
    "previous_call_on",
    "call_back_day",
)
_CLOSE_LOOP = (
    "interview_date",
    "decision_by",
    "first_follow_up_on",
    "times_since",
    "follow_up_history",
    "reply_by",
)
_ANSWER = ("greeting", "signature", "interview_date")

_PLACEHOLDERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "permission": (
            *_COMMON,
            "interview_date",
            "decision_by",
            "follow_up_on",
            "follow_up_question",
        ),
        "thank_you_mail": (*_COMMON, *_LETTER_HEAD, *_THANKS),
        "thank_you_email": (*_COMMON, *_THANKS),
        "voicemail": (*_COMMON, *_CALL, "follow_up_sentence"),
        "talking_points": (*_COMMON, *_CALL, "assistant_line", "call_line"),
        "close_loop_voicemail": (*_COMMON, *_CLOSE_LOOP),
        "close_loop_email": (*_COMMON, *_CLOSE_LOOP, "greeting", "signature"),
        "close_loop_mail": (*_COMMON, *_CLOSE_LOOP, *_LETTER_HEAD, "greeting", "signature"),
        "move_on": (
            *_COMMON,
            "letters_summary",
            "calls_summary",
            "close_loop_summary",
            "reply_by",
        ),
        "decision_postponed": (
            *_COMMON,
            "greeting",
            "signature",
            "decision_by",
            "follow_up_on",
            "next_step_sentence",
        ),
        **dict.fromkeys(sorted(EVENT_KEYS - {"decision_postponed"}), (*_COMMON, *_ANSWER)),
    }
)

# Why an optional placeholder can lack a value: the error says so, naming the
# field of the value type the user would fill in.
_MISSING_BECAUSE: Mapping[str, str] = MappingProxyType(
    {
        "candidate_email": "the candidate has no email address (Candidate.email)",
        "contact_title": "the contact's title is not known (Interviewer.title)",
        "highlights": "neither the interview nor this interviewer lists highlights "
        "(Interview.highlights, Interviewer.highlights)",
        "qualifications": "the interview lists no qualifications (Interview.qualifications)",
        "sender_block": "the candidate's postal address is not known (Candidate.address); "
        "use ${letter_head}, which leaves the sender's block out without one",
        "previous_call_on": "this is the first call, so there is no previous call",
        "call_back_day": "the previous call did not ask to be called back on a given day",
        "first_follow_up_on": "no thank-you letter to the decision-maker is recorded; "
        "use ${follow_up_history}, which tells only what happened",
        "times_since": "no follow-up call was made yet; use ${follow_up_history}, which says so",
    }
)


# Every character at which str.splitlines() breaks a line. None of them may
# reach an email's subject: a mail library could read any of them as the
# end of the header and the text after it as another header.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK = re.compile(f"[{_LINE_BREAKS}]")

# Placeholders whose values are written on several lines by design.
_MULTI_LINE = frozenset({"address_block", "letter_head", "sender_block", "signature"})

# A value ending with one of these has ended its sentence: a period right
# after it in the template is not written twice ("Inc.." never appears).
_SENTENCE_ENDS = (".", "!", "?")


def _plain(value: object) -> str | None:
    """Return ``value`` as a plain ``str``, or None when it is not text.

    A str subclass may override hashing, comparison or formatting: the
    engine works on the plain string it holds. The type is asked, not
    isinstance(): a mock made with ``spec=str`` passes isinstance.
    """
    if not issubclass(type(value), str):
        return None
    return str.__str__(cast(str, value))


def _check_key(key: object) -> str:
    plain = _plain(key)
    if plain is None or plain not in _PLACEHOLDERS:
        raise TemplateError(
            f"unknown template key {shown(key)}; the keys are: {', '.join(TEMPLATE_KEYS)}"
        )
    return plain


def placeholders(key: str) -> tuple[str, ...]:
    """Return the placeholder names a template key offers.

    Args:
        key: A template key, one of :data:`TEMPLATE_KEYS`.

    Returns:
        The names, common ones first, as they may be written in ``${name}``.

    Raises:
        TemplateError: ``key`` is not a template key (the message lists them).
    """
    return _PLACEHOLDERS[_check_key(key)]


# --- The engine -----------------------------------------------------------------

# One token per "$": "$$", "${...}" (closed on the same line or not), or a lone
# "$". Nothing else in a template is special.
_TOKEN = re.compile(r"\$(?:(?P<dollar>\$)|\{(?P<name>[^}\n]*)(?P<close>\})?)?")


@attrs.frozen
class _Slot:
    """A placeholder in a parsed template."""

    name: str


_Part = str | _Slot


def _where(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"


@functools.lru_cache(maxsize=512)
def _parse(key: str, text: str, allowed: frozenset[str]) -> tuple[_Part, ...]:
    """Split a template into literal text and placeholders, or refuse it."""
    parts: list[_Part] = []
    literal: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        literal.append(text[position : match.start()])
        position = match.end()
        name = match.group("name")
        if match.group("dollar") is not None:
            literal.append("$")
        elif name is None:
            raise TemplateError(
                f"template {key!r}, {_where(text, match.start())}: a lone '$'; "
                "write '$$' for a dollar sign or '${name}' for a placeholder"
            )
        elif match.group("close") is None:
            raise TemplateError(
                f"template {key!r}, {_where(text, match.start())}: '${{' is not closed "
                "by '}' on the same line"
            )
        elif name not in allowed:
            valid = ", ".join(sorted(allowed))
            raise TemplateError(
                f"template {key!r}, {_where(text, match.start())}: unknown placeholder "
                f"{shown(name, 40)}; the placeholders for {key!r} are: {valid}"
            )
        else:
            parts.append("".join(literal))
            literal = []
            parts.append(_Slot(name))
    literal.append(text[position:])
    parts.append("".join(literal))
    return tuple(part for part in parts if part != "")


def _split_subject(key: str, text: str) -> tuple[str | None, str]:
    if key in EMAIL_KEYS and text.startswith("Subject:"):
        line, _, rest = text.partition("\n")
        return line[len("Subject:") :].removesuffix("\r"), rest
    return None, text


def _break_name(char: str) -> str:
    return f"U+{ord(char):04X}"


def _check_subject(key: str, subject: str, allowed: frozenset[str]) -> None:
    """Refuse a subject line that holds, or would be filled with, a line break."""
    found = _LINE_BREAK.search(subject)
    if found is not None:
        raise TemplateError(
            f"template {key!r}: the 'Subject:' line holds a line break "
            f"({_break_name(found.group())}) at column {len('Subject:') + found.start() + 1}; "
            "a subject is one line: write it on the first line and the body after it"
        )
    for part in _parse(key, subject, allowed):
        if isinstance(part, _Slot) and part.name in _MULTI_LINE:
            raise TemplateError(
                f"template {key!r}: the 'Subject:' line uses ${{{part.name}}}, which spans "
                "several lines; a subject is one line: use it in the body instead"
            )


def checked_template(key: object, text: object) -> tuple[str, str]:
    """Check a custom template, as :func:`check_template` does, and return it.

    Args:
        key: The template key.
        text: The template text.

    Returns:
        The key and the text as plain ``str`` (a ``str`` subclass handed in
        is copied, so that no method of the caller's runs later).

    Raises:
        TemplateError: As :func:`check_template`.
    """
    key = _check_key(key)
    plain = _plain(text)
    if plain is None:
        raise TemplateError(f"the template for {key!r} must be text, not {type_name(text)}")
    text = plain
    allowed = frozenset(_PLACEHOLDERS[key])
    _parse(key, text, allowed)
    subject, body = _split_subject(key, text)
    if subject is not None:
        _check_subject(key, subject, allowed)
        if not subject.strip():
            raise TemplateError(
                f"template {key!r}: the 'Subject:' line is empty; write a subject after it "
                "or leave the line out to use the built-in subject"
            )
    if not body.strip():
        raise TemplateError(f"template {key!r} has no text besides its subject; write the body")
    return key, text


def check_template(key: str, text: str) -> None:
    """Check a custom template without rendering it.

    Args:
        key: The template key it would replace, one of :data:`TEMPLATE_KEYS`.
        text: The template text.

    Raises:
        TemplateError: The key is unknown; the text is not a string, is
            empty, or is malformed (a lone ``$``, an unclosed ``${``, an
            unknown placeholder); or an email template's ``Subject:`` line
            is empty, holds a line break of any kind, or uses
            ``${signature}``. The message says where and lists the valid
            names.
    """
    checked_template(key, text)


def _substitute(
    key: str,
    parts: tuple[_Part, ...],
    values: Mapping[str, str | None],
    *,
    one_line: bool = False,
) -> str:
    pieces: list[str] = []
    ended = False
    for part in parts:
        if isinstance(part, str):
            # A period right after a value that ended its sentence is that
            # value's own: "joining Northwind Inc." not "Inc..".
            pieces.append(part[1:] if ended and part.startswith(".") else part)
            ended = False
            continue
        value = values.get(part.name)
        if value is None:
            because = _MISSING_BECAUSE.get(part.name, "it has no value")
            raise TemplateError(
                f"the {key!r} template uses ${{{part.name}}}, but {because}; the script "
                f"cannot be written: give the value, or leave ${{{part.name}}} out"
            )
        # The template's own subject line was checked; a value could still
        # bring a line break in. The value types tidy every break into a
        # space, but the rule holds whatever the value.
        found = _LINE_BREAK.search(value) if one_line else None
        if found is not None:
            raise TemplateError(
                f"the {key!r} template's subject uses ${{{part.name}}}, whose value holds a "
                f"line break ({_break_name(found.group())}); a subject is one line: remove "
                f"the line break from the value, or leave ${{{part.name}}} out of the subject"
            )
        pieces.append(value)
        ended = value.endswith(_SENTENCE_ENDS)
    return "".join(pieces)


def fill(
    key: str,
    text: str,
    values: Mapping[str, str | None],
    *,
    default_subject: str | None = None,
) -> tuple[str | None, str]:
    """Fill a template with values, in one pass.

    Args:
        key: The template key.
        text: The template text (checked here with :func:`check_template`).
        values: A value for every placeholder of ``key``; None (or no entry)
            where an optional fact is unknown.
        default_subject: For an email key, the subject template to use when
            ``text`` has no ``Subject:`` line.

    Returns:
        The subject (None for keys other than the email ones) and the body,
        stripped of surrounding white space.

    Raises:
        TemplateError: The template is malformed, uses an optional
            placeholder that has no value (the message names it), or its
            subject would hold a line break from a value.
    """
    key, text = checked_template(key, text)
    allowed = frozenset(_PLACEHOLDERS[key])
    subject_text, body_text = _split_subject(key, text)
    if key in EMAIL_KEYS and subject_text is None:
        subject_text = default_subject
    subject = None
    if subject_text is not None:
        parts = _parse(key, subject_text, allowed)
        subject = _substitute(key, parts, values, one_line=True).strip()
    body = _substitute(key, _parse(key, body_text, allowed), values).strip()
    return subject, body


def fill_fragment(name: str, text: str, values: Mapping[str, str]) -> str:
    """Fill a built-in sentence fragment, as a template is filled.

    Args:
        name: The fragment's name, for messages.
        text: The fragment's text.
        values: A value for every placeholder the fragment uses.

    Returns:
        The sentence.
    """
    return _substitute(name, _parse(f"fragment {name}", text, frozenset(values)), values)


def builtin_template(key: str, tone: Tone = Tone.DIRECT, language: str = DEFAULT_LANGUAGE) -> str:
    """Return the built-in template text of a key, to start a custom one from.

    Args:
        key: A template key, one of :data:`TEMPLATE_KEYS`.
        tone: The tone of the text.
        language: The language of the text, one of
            :data:`SUPPORTED_LANGUAGES` (codes are read as ``Policy`` reads
            them: ``"pt_br"`` is ``"pt-BR"``). The placeholders are the same
            in every language; the ``Subject:`` marker of email templates is
            template syntax and reads the same in every language too.

    Returns:
        The template text, ``Subject:`` line included for email keys.

    Raises:
        TemplateError: ``key`` is not a template key.
        InvalidInput: ``tone`` is not a Tone, or ``language`` is not a
            supported language (the message lists them).
    """
    key = _check_key(key)
    if type(tone) is not Tone:
        raise InvalidInput(f"tone must be a Tone, not {shown(tone)}", field="tone")
    return language_named(language).templates[tone][key]


def builtin_subject(key: str, tone: Tone, language: str = DEFAULT_LANGUAGE) -> str | None:
    """Return the subject template of a built-in email template, else None.

    Args:
        key: A template key.
        tone: The tone.
        language: The language.

    Returns:
        The text after ``Subject:`` in the built-in template, or None for
        keys that are not email keys.
    """
    return _split_subject(key, builtin_template(key, tone, language))[0]
