"""The built-in script templates, the placeholders they offer, and a safe template engine.

Templates are plain text with ``${name}`` placeholders. ``$$`` writes one
literal ``$``; any other ``$`` is malformed, and so is ``${...}`` around
anything but a placeholder listed for the template's key. A template is read
once, left to right, by one regular expression: a value is inserted as it is
and never read again, so a value holding ``${position_title}``,
``{0.__class__}``, ``%s`` or ``$$`` appears exactly as typed, and a template
can reach no attribute, index or code (``${candidate_name.__class__}`` is
simply an unknown placeholder). ``string.Template`` and ``str.format`` are
not used on purpose.

An email template (``thank_you_email``, ``close_loop_email``) may open with a
line ``Subject: ...``, which gives the subject; without one the built-in
subject of the same key and tone is used. A subject is one line, so that
one handed to a mail library can never start another header: the
``Subject:`` line ends at the first line feed (a carriage return just before
it, as in a file with CRLF line endings, belongs to the line's end), and
holds no other line break of any kind (CR, VT, FF, the ASCII separators
U+001C to U+001E, NEL, U+2028, U+2029: every character that
:meth:`str.splitlines` breaks at). It may not use ``${signature}``, which
spans several lines, and a subject whose filled-in values would hold a line
break is refused as well.

Every key offers the placeholders common to all scripts:

=================  ==========================================================
``candidate_name``  The candidate's name.
``candidate_phone`` The candidate's phone number.
``candidate_email`` The candidate's email address (optional).
``position_title``  The position's title.
``company``         The hiring company.
``contact_name``    The person the script speaks to: the interviewer thanked,
                    or the decision-maker (for ``permission`` and ``move_on``
                    too).
``contact_title``   That person's job title (optional).
=================  ==========================================================

And, per key:

``permission`` (step 1, said at the end of the interview)
    ``interview_date``, ``decision_by``, ``follow_up_on``.
``thank_you_mail`` (step 2, a printed letter)
    ``date_line``, ``address_block``, ``interview_date``, ``follow_up_on``,
    ``highlights`` (optional), ``qualifications`` (optional),
    ``highlights_sentence``, ``qualifications_sentence``,
    ``closing_sentence``, ``signature``.
``thank_you_email`` (step 2, an email)
    ``interview_date``, ``follow_up_on``, ``highlights`` (optional),
    ``qualifications`` (optional), ``highlights_sentence``,
    ``qualifications_sentence``, ``closing_sentence``, ``signature``.
``voicemail`` (step 3, one per call)
    ``decision_by``, ``decision_by_phrase``, ``follow_up_on``, ``attempt``,
    ``previous_call_on`` (optional), ``follow_up_sentence``.
``close_loop_email`` (step 4, also used for a printed close-the-loop letter)
    ``first_follow_up_on``, ``times_since`` (optional),
    ``follow_up_history``, ``reply_by``, ``signature``.
``close_loop_voicemail`` (step 4, by phone)
    ``first_follow_up_on``, ``times_since`` (optional),
    ``follow_up_history``, ``reply_by``.
``move_on`` (step 4, a summary for the candidate)
    ``letters_summary``, ``calls_summary``, ``close_loop_summary``,
    ``reply_by``.

What each one holds:

========================  ====================================================
``interview_date``        The interview's date, "Wednesday, August 16" (the
                          candidate's calendar).
``decision_by``           The promised decision date, "Monday, August 21".
``decision_by_phrase``    "yesterday" when the promised date is the day
                          before the day of use, else "on Monday, August 21".
``follow_up_on``          The agreed follow-up day, "Tuesday, August 22".
``date_line``             The letter's date, with the year:
                          "Wednesday, August 16, 2017".
``address_block``         The recipient's name, title (if known) and company,
                          one per line.
``signature``             The candidate's name, phone and email (if known),
                          one per line.
``highlights``            The interview's highlights as an English list,
                          "a, b and c" (optional: none given).
``qualifications``        The qualifications as an English list (optional).
``highlights_sentence``   A sentence recalling the highlights, or a general
                          one when none were given.
``qualifications_sentence``  A sentence summing up the qualifications, or a
                          general one when none were given.
``closing_sentence``      For the decision-maker, that the candidate looks
                          forward to speaking on the follow-up day (to being
                          in touch then, when calls were not permitted); for
                          the others, renewed thanks.
``attempt``               Which call this is, in words: "first" to "fourth".
``previous_call_on``      The previous call's day (optional: none for the
                          first call).
``follow_up_sentence``    That this is the agreed follow-up; from the second
                          call on, a further one after the previous call.
``first_follow_up_on``    The day the decision-maker's letter was sent.
``times_since``           How many calls after that, in words: "once",
                          "twice", "three times", "four times" (optional: no
                          calls were made).
``follow_up_history``     A sentence with both facts, true also with no calls.
``reply_by``              The date to hear back by, "Tuesday, September 26".
``letters_summary``       Who was thanked, how and when.
``calls_summary``         How many calls were made, and on which days.
``close_loop_summary``    How and when the loop was closed, and the date an
                          answer was asked for.
========================  ====================================================

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
from ._values import Channel, Tone

__all__ = [
    "BUILTIN_TEMPLATES",
    "CHANNEL_WORDS",
    "EMAIL_KEYS",
    "FRAGMENTS",
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
    "close_loop_voicemail",
    "close_loop_email",
    "move_on",
)
"""Every template key, in the order of the strategy's steps."""

EMAIL_KEYS = frozenset({"thank_you_email", "close_loop_email"})
"""The keys whose template may open with a ``Subject: ...`` line."""

_COMMON = (
    "candidate_name",
    "candidate_phone",
    "candidate_email",
    "position_title",
    "company",
    "contact_name",
    "contact_title",
)
_LETTER = (
    "interview_date",
    "follow_up_on",
    "highlights",
    "qualifications",
    "highlights_sentence",
    "qualifications_sentence",
    "closing_sentence",
    "signature",
)
_CLOSE_LOOP = ("first_follow_up_on", "times_since", "follow_up_history", "reply_by")

_PLACEHOLDERS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "permission": (*_COMMON, "interview_date", "decision_by", "follow_up_on"),
        "thank_you_mail": (*_COMMON, "date_line", "address_block", *_LETTER),
        "thank_you_email": (*_COMMON, *_LETTER),
        "voicemail": (
            *_COMMON,
            "decision_by",
            "decision_by_phrase",
            "follow_up_on",
            "attempt",
            "previous_call_on",
            "follow_up_sentence",
        ),
        "close_loop_voicemail": (*_COMMON, *_CLOSE_LOOP),
        "close_loop_email": (*_COMMON, *_CLOSE_LOOP, "signature"),
        "move_on": (
            *_COMMON,
            "letters_summary",
            "calls_summary",
            "close_loop_summary",
            "reply_by",
        ),
    }
)

# Why an optional placeholder can lack a value: the error says so, naming the
# field of the value type the user would fill in.
_MISSING_BECAUSE: Mapping[str, str] = MappingProxyType(
    {
        "candidate_email": "the candidate has no email address (Candidate.email)",
        "contact_title": "the contact's title is not known (Interviewer.title)",
        "highlights": "the interview lists no highlights (Interview.highlights)",
        "qualifications": "the interview lists no qualifications (Interview.qualifications)",
        "previous_call_on": "this is the first call, so there is no previous call",
        "times_since": "no call was made after the first follow-up; "
        "use ${follow_up_history}, which says so",
    }
)


# Every character at which str.splitlines() breaks a line. None of them may
# reach an email's subject: a mail library could read any of them as the
# end of the header and the text after it as another header.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE_BREAK = re.compile(f"[{_LINE_BREAKS}]")

# Placeholders whose values are written on several lines by design.
_MULTI_LINE = frozenset({"address_block", "signature"})


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
    for part in parts:
        if isinstance(part, str):
            pieces.append(part)
            continue
        value = values[part.name]
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
        values: A value for every placeholder of ``key``; None where an
            optional fact is unknown.
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


def fill_fragment(tone: Tone, name: str, values: Mapping[str, str]) -> str:
    """Fill one of the built-in sentence fragments of :data:`FRAGMENTS`.

    Args:
        tone: The tone to write in.
        name: The fragment's name.
        values: A value for every placeholder the fragment uses.

    Returns:
        The sentence.
    """
    parts = _parse(f"fragment {name}", FRAGMENTS[tone][name], frozenset(values))
    return _substitute(name, parts, values)


# --- The built-in wording -----------------------------------------------------

_DIRECT_THANKS = """\
Dear ${contact_name},

Thank you for meeting with me on ${interview_date} to discuss the ${position_title} \
position. I am very interested in the role and in joining ${company}, and our \
conversation confirmed that I am a strong fit.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Sincerely,

${signature}"""

_WARM_THANKS = """\
Dear ${contact_name},

Thank you so much for taking the time to meet with me on ${interview_date}. I enjoyed \
learning more about the ${position_title} role, and I am more excited than ever about \
the chance to join ${company}.

${highlights_sentence} ${qualifications_sentence}

${closing_sentence}

Warm regards,

${signature}"""

_LETTER_HEAD = """\
${date_line}

${address_block}

"""

_DIRECT: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Thank you for your time today, ${contact_name}. Before I go: when do you expect to \
make your decision?

[Listen, then repeat the day back.]

So I can expect to hear from you by ${decision_by}?

[Once they confirm:]

And if I have not heard from you by then, may I call you on ${follow_up_on}?""",
        "thank_you_mail": _LETTER_HEAD + _DIRECT_THANKS,
        "thank_you_email": "Subject: Thank you: ${position_title} interview\n\n" + _DIRECT_THANKS,
        "voicemail": """\
Hello ${contact_name}, this is ${candidate_name}, a candidate for the ${position_title} \
position. I was expecting your call ${decision_by_phrase} about your decision. \
${follow_up_sentence} Please call me back at ${candidate_phone}. Again, that is \
${candidate_name} at ${candidate_phone}. Thank you.""",
        "close_loop_voicemail": """\
Hello ${contact_name}, this is ${candidate_name}, a candidate for the ${position_title} \
position. ${follow_up_history} The decision is surely taking longer than you had hoped, \
and I understand. I am continuing my search, so please let me know where I stand by \
${reply_by}. You can reach me at ${candidate_phone}. Thank you.""",
        "close_loop_email": """\
Subject: Following up on the ${position_title} position

Dear ${contact_name},

${follow_up_history} The decision is surely taking longer than you had hoped, and I \
understand. I am continuing my search in the meantime, so please let me know where I \
stand on the ${position_title} position by ${reply_by}.

Sincerely,

${signature}""",
        "move_on": """\
Follow-up closed: ${position_title} at ${company}

${letters_summary} ${calls_summary} ${close_loop_summary}

No answer came by ${reply_by}. The application is closed on your side: stop following \
up with ${contact_name} and put your energy into your other opportunities.""",
    }
)

_WARM: Mapping[str, str] = MappingProxyType(
    {
        "permission": """\
Thank you so much for your time today, ${contact_name}; I really enjoyed our \
conversation. May I ask when you expect to reach a decision?

[Listen, then check the day with them.]

That sounds great. So I can look forward to hearing from you by ${decision_by}?

[Once they confirm:]

And in case we have not spoken by then, would it be all right if I gave you a call \
on ${follow_up_on}?""",
        "thank_you_mail": _LETTER_HEAD + _WARM_THANKS,
        "thank_you_email": (
            "Subject: Thank you for our conversation about the ${position_title} role\n\n"
            + _WARM_THANKS
        ),
        "voicemail": """\
Hi ${contact_name}, it's ${candidate_name}, calling about the ${position_title} role. \
I'd hoped to hear from you ${decision_by_phrase}, and I know these things take time. \
${follow_up_sentence} You can reach me at ${candidate_phone}; again, that's \
${candidate_phone}. Have a great day!""",
        "close_loop_voicemail": """\
Hi ${contact_name}, it's ${candidate_name}, about the ${position_title} role. \
${follow_up_history} I imagine the process is taking longer than anyone hoped, and \
that's completely understandable. I'm continuing my search, so I'd be grateful to hear \
where things stand by ${reply_by}. My number is ${candidate_phone}. Thanks so much!""",
        "close_loop_email": """\
Subject: Checking in about the ${position_title} role

Dear ${contact_name},

I hope you are well. ${follow_up_history} I imagine the process is taking longer than \
anyone hoped, and that is completely understandable. I am continuing my search in the \
meantime, so I would be grateful to hear where things stand with the \
${position_title} role by ${reply_by}.

With warm regards,

${signature}""",
        "move_on": """\
All done: ${position_title} at ${company}

You followed the strategy all the way through. ${letters_summary} ${calls_summary} \
${close_loop_summary}

Since no reply came by ${reply_by}, this application is now closed on your side. You \
did everything you could; it is time to give your energy to what comes next.""",
    }
)

BUILTIN_TEMPLATES: Mapping[Tone, Mapping[str, str]] = MappingProxyType(
    {Tone.DIRECT: _DIRECT, Tone.WARM: _WARM}
)
"""The built-in template text, per tone and key."""

FRAGMENTS: Mapping[Tone, Mapping[str, str]] = MappingProxyType(
    {
        Tone.DIRECT: MappingProxyType(
            {
                "highlights_some": "What stood out for me: ${highlights}.",
                "highlights_none": "Our conversation made the role and its challenges clear to me.",
                "qualifications_some": "To sum up what I bring: ${qualifications}.",
                "qualifications_none": "My experience fits what the role demands, and I am "
                "ready to deliver.",
                "closing_call": "I look forward to speaking with you on ${follow_up_on}.",
                "closing_no_call": "I look forward to being in touch on ${follow_up_on}.",
                "closing_other": "Thank you again for your time.",
                "follow_up_first": "As we agreed, I am following up today.",
                "follow_up_again": "As we agreed, I am following up again after my call on "
                "${previous_call_on}.",
                "history_some": "I first followed up on ${first_follow_up_on} and have called "
                "${times_since} since.",
                "history_none": "I first followed up on ${first_follow_up_on} and have not "
                "followed up since.",
                "letters": "You thanked ${letters}.",
                "calls_some": "You called ${contact_name} ${times}: on ${days}.",
                "calls_none": "You made no follow-up calls.",
                "close_loop": "You closed the loop by ${channel} on ${closed_on} and asked "
                "for an answer by ${reply_by}.",
            }
        ),
        Tone.WARM: MappingProxyType(
            {
                "highlights_some": "I especially enjoyed ${highlights}.",
                "highlights_none": "I came away with a real sense of the team and the work "
                "you are doing.",
                "qualifications_some": "I believe my background, including "
                "${qualifications}, would let me make a real contribution.",
                "qualifications_none": "I would love to bring my experience to your team.",
                "closing_call": "I am looking forward to speaking with you again on "
                "${follow_up_on}.",
                "closing_no_call": "I am looking forward to being in touch again on "
                "${follow_up_on}.",
                "closing_other": "Thank you again for your kindness and your time.",
                "follow_up_first": "We agreed I'd check in today, so I'm following up as promised.",
                "follow_up_again": "I'm checking in once more, as we agreed, after my call "
                "on ${previous_call_on}.",
                "history_some": "I first wrote to you on ${first_follow_up_on}, and I have "
                "called ${times_since} since then.",
                "history_none": "I first wrote to you on ${first_follow_up_on}, and I have "
                "not been in touch since then.",
                "letters": "You sent your thanks to ${letters}.",
                "calls_some": "You called ${contact_name} ${times}, on ${days}.",
                "calls_none": "You did not make any follow-up calls.",
                "close_loop": "You sent your last message by ${channel} on ${closed_on}, "
                "asking to hear back by ${reply_by}.",
            }
        ),
    }
)
"""Built-in sentences the scripts compose into placeholders such as ``highlights_sentence``."""


def builtin_template(key: str, tone: Tone = Tone.DIRECT) -> str:
    """Return the built-in template text of a key, to start a custom one from.

    Args:
        key: A template key, one of :data:`TEMPLATE_KEYS`.
        tone: The tone of the text.

    Returns:
        The template text, ``Subject:`` line included for email keys.

    Raises:
        TemplateError: ``key`` is not a template key.
        InvalidInput: ``tone`` is not a Tone.
    """
    key = _check_key(key)
    if type(tone) is not Tone:
        raise InvalidInput(f"tone must be a Tone, not {shown(tone)}", field="tone")
    return BUILTIN_TEMPLATES[tone][key]


def builtin_subject(key: str, tone: Tone) -> str | None:
    """Return the subject template of a built-in email template, else None.

    Args:
        key: A template key.
        tone: The tone.

    Returns:
        The text after ``Subject:`` in the built-in template, or None for
        keys that are not email keys.
    """
    return _split_subject(key, BUILTIN_TEMPLATES[tone][_check_key(key)])[0]


CHANNEL_WORDS: Mapping[Channel, str] = MappingProxyType(
    {
        Channel.MAIL: "letter",
        Channel.EMAIL: "email",
        Channel.PHONE: "phone",
        Channel.VOICEMAIL: "voicemail",
    }
)
"""How the summary names a channel: "by letter", "by email"."""
