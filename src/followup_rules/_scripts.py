"""Scripts: the words for every step of the strategy, and for what happens along the way.

The engine says *when* and *to whom*; this module writes *what to say*:

* :func:`permission_script` -- step 1, the candidate's lines at the end of
  the interview;
* :func:`render` -- any action of :meth:`Workflow.plan` or
  :meth:`Workflow.due`: a thank-you letter (``Channel.MAIL``, the default, or
  ``Channel.EMAIL``), a voicemail for each call (``Channel.VOICEMAIL``) or
  talking points for a call someone answers (``Channel.PHONE``), the
  close-the-loop message (``Channel.EMAIL``, the default, or
  ``Channel.VOICEMAIL``; when calls were not permitted ``Channel.EMAIL`` or
  ``Channel.MAIL``), and the move-on summary for the candidate; and any
  event of the history that calls for an answer (``HeardBack``,
  ``DecisionPostponed``, ``Withdrew``), by email.

Each returns a :class:`Script`. Every script is written along one path:

1. the facts of the workflow as the script's reader sees them are gathered
   once (``_facts.py``): dates on the reader's calendar, counts, names, and
   the real history;
2. the values of the placeholders are built from those facts, the sentence
   fragments among them from the language's fragment table
   (``_language.py``);
3. the template of the script's key (built in, per language and tone, or
   the caller's) is filled once.

A new kind of script is a key, its templates and, at most, a few new facts.

This module reads the engine and the engine never reads it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping
from email.headerregistry import Address
from typing import Any, cast, overload

import attrs

from ._calendar import to_seconds
from ._errors import InvalidInput, shown, type_name
from ._events import EVENT_TYPES, DecisionPostponed, HeardBack, Withdrew
from ._facts import Call, Facts, for_action, for_event, for_permission, history_of
from ._language import DEFAULT_LANGUAGE, LANGUAGES, Language, language_named, writing_in
from ._templates import (
    TEMPLATE_KEYS,
    builtin_subject,
    checked_template,
    fill,
    fill_fragment,
    placeholders,
)
from ._values import Agreement, CallResult, Channel, Interview, Policy, Tone, language_code
from ._workflow import Action, ActionKind, Workflow

__all__ = [
    "TEMPLATE_KEYS",
    "WORDS_PER_MINUTE",
    "Script",
    "compose",
    "mail_address",
    "permission_script",
    "placeholders",
    "plan_scripts",
    "render",
    "resolve",
    "write",
]

WORDS_PER_MINUTE = LANGUAGES[DEFAULT_LANGUAGE].words_per_minute
"""The speaking pace behind :attr:`Script.speaking_seconds` in English: 150 words a minute."""


@attrs.frozen
class Script:
    """The words for one step: what to write or say.

    Attributes:
        channel: How it is delivered (``Channel.MAIL``, ``Channel.EMAIL``,
            ``Channel.VOICEMAIL`` or ``Channel.PHONE``); None for the
            permission script, said in person, and for the move-on summary,
            which is for the candidate.
        subject: The subject line of an email; None otherwise.
        body: The text, without surrounding white space.
        to: Whom it is for, with their address on that channel when it is
            known: "Morgan Lee <morgan.lee@example.com>" for an email, the
            name and postal address on one line for a letter, the name and
            phone number for a call; the candidate's name for the move-on
            summary. None when not given.
        language: The language it is written in, one of
            :data:`SUPPORTED_LANGUAGES` ("en", "pt-BR").
    """

    channel: Channel | None
    subject: str | None
    body: str
    to: str | None = attrs.field(default=None, kw_only=True)
    language: str = attrs.field(default=DEFAULT_LANGUAGE, kw_only=True, converter=language_code)

    @property
    def word_count(self) -> int:
        """How many words the body holds (runs of characters between white space)."""
        return len(self.body.split())

    @property
    def speaking_seconds(self) -> float:
        """How long the body takes to say at the language's pace (150 words a minute in English).

        Each language has its own calm pace, counted in its own words; the
        documentation's page on languages lists them and says why.

        A phone number counts one word per digit, as it is read out; other
        figures count as they are said ("22" is one word, "2017" two).
        """
        language = language_named(self.language)
        return language.writer.spoken_words(self.body) * 60 / language.words_per_minute


# --- The arguments --------------------------------------------------------------


def _tone(tone: object, policy: Policy) -> Tone:
    if tone is None:
        return policy.tone
    # Here and below the type is asked, not isinstance(): a mock made with
    # spec=Tone (or spec=Workflow) passes isinstance and is nothing like one.
    if type(tone) is not Tone:
        raise InvalidInput(
            f"tone must be Tone.DIRECT or Tone.WARM (or None for the policy's), not {shown(tone)}",
            field="tone",
        )
    return tone


def _pairs(templates: object, what: str) -> list[tuple[object, object]]:
    """Read a mapping's items once (its methods are the caller's code), or refuse it."""
    if not isinstance(templates, Mapping):
        raise InvalidInput(
            f"{what} must map template keys to template text, "
            f"not {type_name(templates)}; the keys are: {', '.join(TEMPLATE_KEYS)}",
            field="templates",
        )
    try:
        return [(key, text) for key, text in templates.items()]
    except Exception as error:
        raise InvalidInput(
            f"{what} could not be read as a mapping: its items() raised {type_name(error)}",
            field="templates",
        ) from None


def _custom(templates: object, language: Language) -> Mapping[str, str]:
    """The caller's templates for ``language``, checked.

    ``templates`` maps template keys to text, used in every language, and
    may map language codes to such mappings, used in that language only
    (and before the ones for every language): ``{"voicemail": ..., "de":
    {"voicemail": ...}}``. Every template given is checked, whatever the
    language written in.
    """
    if templates is None:
        return {}
    shared: dict[str, str] = {}
    own: dict[str, str] = {}
    for key, text in _pairs(templates, "templates"):
        if isinstance(text, Mapping) and not (type(key) is str and key in TEMPLATE_KEYS):
            code = language_code(key)
            checked = dict(
                checked_template(name, value)
                for name, value in _pairs(text, f"templates[{code!r}]")
            )
            if code == language.code:
                own = checked
        else:
            name, value = checked_template(key, text)
            shared[name] = value
    return {**shared, **own}


def _language(language: object, policy: Policy) -> Language:
    """The language asked for, or the policy's."""
    return writing_in(policy.language if language is None else language)


def _pick_channel(channel: object, allowed: tuple[Channel, ...], what: str) -> Channel:
    if channel is None:
        return allowed[0]
    if channel not in allowed:
        names = " or ".join(f"Channel.{option.name}" for option in allowed)
        raise InvalidInput(
            f"{what} is written for {names} (the default is Channel.{allowed[0].name}), "
            f"not {shown(channel)}",
            field="channel",
        )
    assert isinstance(channel, Channel)
    return channel


def _workflow(workflow: object) -> Workflow:
    if not issubclass(type(workflow), Workflow):
        raise InvalidInput(
            f"workflow must be a Workflow, not {type_name(workflow)}", field="workflow"
        )
    return cast(Workflow, workflow)


# --- From facts to values --------------------------------------------------------


def _values(
    facts: Facts, key: str, channel: Channel | None, language: Language, tone: Tone
) -> dict[str, str | None]:
    """Build the value of every placeholder ``key`` offers from the facts, in the language and tone.

    The values every key offers are built, then each group of values (a
    letter's blocks, a call's words, the history...) that the key offers.
    Optional facts that are unknown are None.
    """
    words = language.writer
    fragment = fragments(language, tone)
    candidate, contact, position = facts.candidate, facts.contact, facts.position
    decision_by = facts.agreement.decision_by.toordinal()
    values: dict[str, str | None] = {
        "candidate_name": candidate.name,
        "candidate_phone": candidate.phone,
        "candidate_email": candidate.email,
        "position_title": position.title,
        "company": position.company,
        "contact_name": contact.name,
        "contact_title": contact.title,
        "contact_salutation": contact.salutation or contact.name,
        "interview_date": words.date(facts.interview_day),
        "decision_by": words.date(decision_by),
        "decision_by_phrase": words.day_phrase(decision_by, facts.day_of_use),
        "follow_up_on": words.date(facts.follow_up_on),
        "reply_by": None if facts.reply_by is None else words.date(facts.reply_by),
    }
    offered = frozenset(placeholders(key))
    for names, build in _GROUPS:
        if names & offered:
            values.update(build(facts, channel, language, fragment))
    return values


# fragment(name, **values): one built-in fragment of the language and tone,
# filled from values that hold at least the placeholders it uses; a value
# that is a day ordinal, or a tuple of them, is a date (see filler).
_Fragment = Callable[..., str]


def fragments(language: Language, tone: Tone) -> _Fragment:
    """Return ``fragment(name, **values)``: a built-in fragment of the language and tone, filled.

    See :func:`filler`.
    """
    return filler(language, language.fragments[tone])


def filler(language: Language, table: Mapping[str, str]) -> _Fragment:
    """Return ``fill(name, **values)``: the text ``table[name]`` of the language, filled.

    A value is text, or a date: a day ordinal, or a tuple of them for a
    list of days. A date ``name`` is written in the language, bare as
    ``name`` and with the language's "on" as ``on_name`` ("on Tuesday,
    August 22", "am Dienstag, 22. August"), for the text to use either.
    """
    words = language.writer

    def fill(name: str, /, **values: str | int | tuple[int, ...]) -> str:
        filled: dict[str, str] = {}
        for value_name, value in values.items():
            if isinstance(value, str):
                filled[value_name] = value
            elif isinstance(value, int):
                filled[value_name] = words.date(value)
                filled[f"on_{value_name}"] = words.on_date(value)
            else:
                filled[value_name] = words.join_dated([words.date(day) for day in value])
                filled[f"on_{value_name}"] = words.join_dated([words.on_date(day) for day in value])
        return fill_fragment(name, table[name], filled)

    return fill


def _greeting_values(
    facts: Facts, _channel: Channel | None, language: Language, fragment: _Fragment
) -> dict[str, str | None]:
    """A letter's greeting: with the salutation given (in the form its honorific asks), else neutral with the full name."""
    contact = facts.contact
    if contact.salutation:
        form = language.writer.address_form(contact.salutation)
        return {"greeting": fragment(f"greeting_{form}", contact_salutation=contact.salutation)}
    return {"greeting": fragment("greeting_neutral", contact_name=contact.name)}


def _next_step_values(
    facts: Facts, _channel: Channel | None, language: Language, fragment: _Fragment
) -> dict[str, str | None]:
    """What comes on the follow-up day: a call if calls may follow, else an email or a word."""
    follow_up_on = facts.follow_up_on
    call = facts.calls_allowed
    return {
        "follow_up_question": fragment(
            "ask_to_call" if call else "ask_to_write", follow_up_on=follow_up_on
        ),
        "next_step_sentence": fragment(
            "next_step_call" if call else "next_step_write", follow_up_on=follow_up_on
        ),
    }


def _letter_values(
    facts: Facts, channel: Channel | None, language: Language, _fragment: _Fragment
) -> dict[str, str | None]:
    """A letter's blocks: sender, date line, recipient, and the signature under the closing."""
    candidate, contact = facts.candidate, facts.contact
    contact_lines = tuple(line for line in (candidate.phone, candidate.email) if line)
    sender_block = "\n".join((*candidate.address, *contact_lines)) if candidate.address else None
    date_line = language.writer.date_line(facts.day_of_use)
    recipient = (contact.name, contact.title, facts.position.company, *contact.address)
    address_block = "\n".join(line for line in recipient if line)
    head = (sender_block, date_line, address_block)
    if channel is Channel.MAIL and sender_block is not None:
        # The sender's block holds the phone and email: under the closing
        # a printed letter has the typed name alone.
        signature = candidate.name
    else:
        signature = "\n".join((candidate.name, *contact_lines))
    return {
        "sender_block": sender_block,
        "date_line": date_line,
        "address_block": address_block,
        "letter_head": "\n\n".join(block for block in head if block),
        "signature": signature,
    }


def _thanks_values(
    facts: Facts, _channel: Channel | None, language: Language, fragment: _Fragment
) -> dict[str, str | None]:
    words = language.writer
    highlights = words.join([words.clause(item) for item in facts.highlights])
    qualifications = words.join([words.clause(item) for item in facts.qualifications])
    follow_up_on = facts.follow_up_on
    # Only the decision-maker hears about the follow-up day; a call is
    # promised only if calls may follow.
    if not facts.to_decider:
        closing = fragment("closing_other")
    elif facts.calls_allowed:
        closing = fragment("closing_call", follow_up_on=follow_up_on)
    else:
        closing = fragment("closing_no_call", follow_up_on=follow_up_on)
    return {
        "highlights": highlights or None,
        "qualifications": qualifications or None,
        "highlights_sentence": (
            fragment("highlights_some", highlights=highlights)
            if highlights
            else fragment("highlights_none")
        ),
        "qualifications_sentence": (
            fragment("qualifications_some", qualifications=qualifications)
            if qualifications
            else fragment("qualifications_none")
        ),
        "closing_sentence": closing,
    }


def _call_fragments(facts: Facts) -> tuple[str, str, str]:
    """Which fragments say why this call is made: in the voicemail, to an assistant, to the decision-maker.

    The first call names the promised day, and says "today" only on the
    agreed day itself (a late or early call follows up "as agreed"); the
    one call of a policy that allows one says it is the one. A later call
    names the call before it, in words of its own for the second, the third
    and the last (which says it is the last), or the call-back that call
    asked for, as the decision-maker or an assistant asked it.
    """
    if facts.attempt == 1:
        when = "on_time" if facts.day_of_use == facts.follow_up_on else "late"
        voicemail = "call_only" if facts.max_calls == 1 else f"call_first_{when}"
        return voicemail, f"assistant_first_{when}", f"live_first_{when}"
    previous = facts.previous_call
    assert previous is not None, "a call after the first follows one"
    if facts.attempt == facts.max_calls:
        which = "last"
    else:
        which = "second" if facts.attempt == 2 else "third"
    if previous.call_back_on is not None:
        who = "spoke" if previous.result is CallResult.SPOKE else "assistant"
        return f"call_back_{which}_{who}", "assistant_call_back", f"live_call_back_{who}"
    return f"call_{which}", "assistant_again", "live_again"


def _call_values(
    facts: Facts, _channel: Channel | None, language: Language, fragment: _Fragment
) -> dict[str, str | None]:
    """A call's words: which attempt, the call before it, and what this one follows up on."""
    words = language.writer
    assert facts.attempt is not None
    parts: dict[str, str | int] = {
        "contact_name": facts.contact.name,
        "position_title": facts.position.title,
        "interview_date": facts.interview_day,
        "decision_by": facts.agreement.decision_by.toordinal(),
    }
    previous = facts.previous_call
    call_back_day = None
    if previous is not None:
        parts["previous_call_on"] = previous.day
        if previous.call_back_on is not None:
            call_back_day = words.on_day(previous.call_back_on, facts.day_of_use)
            parts["call_back_day"] = call_back_day
    voicemail, assistant, live = _call_fragments(facts)
    return {
        "attempt": words.ordinal(facts.attempt),
        "previous_call_on": None if previous is None else words.date(previous.day),
        "call_back_day": call_back_day,
        "follow_up_sentence": fragment(voicemail, **parts),
        "assistant_line": fragment(assistant, **parts),
        "call_line": fragment(live, **parts),
    }


# With this many calls or more, the history gives their number and the
# latest day rather than every day.
_MANY_CALLS = 3


def _told_calls(facts: Facts) -> tuple[Call, ...]:
    """The calls the history tells: all of them, or after a postponement those made since."""
    # The calls before a postponement led to the new date, which the history tells instead.
    return facts.calls if facts.postponed_on is None else facts.calls_since


def _history_fragments(facts: Facts) -> list[str]:
    """Which fragments tell what happened, in order.

    The interview; the thank-you letter to the decision-maker if it went
    out; the calls made, by day when there are few, by number and the
    latest day when there are many. After a postponement: the interview
    and the letter, then the new date, then the calls made since.
    """
    told = _told_calls(facts)
    how_many = "" if not told else "_calls_many" if len(told) >= _MANY_CALLS else "_calls_few"
    letter = "_letter" if facts.letter_to_contact is not None else ""
    if facts.postponed_on is None:
        return [f"history{letter}{how_many}" if letter or how_many else "history_none"]
    first = f"history{letter}" if letter else "history_none"
    return [first, "history_postponed", *([f"since_postponed{how_many}"] if told else [])]


def _history_values(
    facts: Facts, _channel: Channel | None, language: Language, fragment: _Fragment
) -> dict[str, str | None]:
    """What happened, plainly, for the close-the-loop message."""
    words = language.writer
    told = _told_calls(facts)
    parts: dict[str, str | int | tuple[int, ...]] = {
        "interview_date": facts.interview_day,
        "decision_by": facts.agreement.decision_by.toordinal(),
    }
    letter = facts.letter_to_contact
    if letter is not None:
        day, channel = letter
        parts.update(letter_channel=words.channel(channel), letter_day=day)
        same_day = "letter_same_day" if day == facts.interview_day else "letter_later"
        parts["letter_clause"] = fragment(same_day, **parts)
    times_since = None
    if told:
        times_since = words.times(len(told))
        parts.update(
            times_since=times_since,
            last_call_on=told[-1].day,
            call_days=tuple(call.day for call in told),
        )
    if facts.postponed_on is not None:
        parts["postponed_on"] = facts.postponed_on
    history = " ".join(fragment(name, **parts) for name in _history_fragments(facts))
    return {
        "first_follow_up_on": None if letter is None else words.date(letter[0]),
        "times_since": times_since,
        "follow_up_history": history,
    }


def _summary_values(
    facts: Facts, _channel: Channel | None, language: Language, fragment: _Fragment
) -> dict[str, str | None]:
    """The move-on summary, for the candidate: every letter, every call, the last message."""
    words = language.writer
    letters = [
        fragment("letter_item", name=person.name, channel=words.channel(channel), day=day)
        for person, day, channel in facts.letters
    ]
    calls = facts.calls
    closed = facts.closed
    return {
        "letters_summary": (
            fragment("letters", letters=words.join_dated(letters))
            if letters
            else fragment("letters_none")
        ),
        "calls_summary": (
            fragment(
                "calls_some",
                contact_name=facts.contact.name,
                times=words.times(len(calls)),
                days=tuple(call.day for call in calls),
            )
            if calls
            else fragment("calls_none")
        ),
        "close_loop_summary": (
            fragment(
                "close_loop",
                channel=words.channel(closed[1]),
                closed_on=closed[0],
                reply_by=facts.reply_by,
            )
            if closed is not None and facts.reply_by is not None
            else fragment("close_loop_none")
        ),
    }


_Group = Callable[[Facts, "Channel | None", Language, _Fragment], dict[str, "str | None"]]

_GROUPS: tuple[tuple[frozenset[str], _Group], ...] = (
    (frozenset({"greeting"}), _greeting_values),
    (frozenset({"follow_up_question", "next_step_sentence"}), _next_step_values),
    (
        frozenset({"sender_block", "date_line", "address_block", "letter_head", "signature"}),
        _letter_values,
    ),
    (
        frozenset(
            {
                "highlights",
                "qualifications",
                "highlights_sentence",
                "qualifications_sentence",
                "closing_sentence",
            }
        ),
        _thanks_values,
    ),
    (
        frozenset(
            {
                "attempt",
                "previous_call_on",
                "call_back_day",
                "follow_up_sentence",
                "assistant_line",
                "call_line",
            }
        ),
        _call_values,
    ),
    (frozenset({"first_follow_up_on", "times_since", "follow_up_history"}), _history_values),
    (frozenset({"letters_summary", "calls_summary", "close_loop_summary"}), _summary_values),
)
"""The groups of values beyond the ones every key offers: the names each group holds, and its builder."""


# --- Which template, and for whom -----------------------------------------------------


def _key(kind: ActionKind, channel: Channel | None) -> str:
    """The template key of an action written for a channel."""
    if kind is ActionKind.SEND_THANK_YOU:
        return "thank_you_mail" if channel is Channel.MAIL else "thank_you_email"
    if kind is ActionKind.CALL:
        return "voicemail" if channel is Channel.VOICEMAIL else "talking_points"
    if kind is ActionKind.CLOSE_LOOP:
        return {
            Channel.EMAIL: "close_loop_email",
            Channel.VOICEMAIL: "close_loop_voicemail",
            Channel.MAIL: "close_loop_mail",
        }[cast(Channel, channel)]
    return "move_on"


def _action_channel(workflow: Workflow, action: Action, channel: object) -> Channel | None:
    kind = action.kind
    if kind is ActionKind.SEND_THANK_YOU:
        return _pick_channel(channel, (Channel.MAIL, Channel.EMAIL), "a thank-you letter")
    if kind is ActionKind.CALL:
        return _pick_channel(
            channel,
            (Channel.VOICEMAIL, Channel.PHONE),
            "a follow-up call (a voicemail, or talking points when someone answers)",
        )
    if kind is ActionKind.CLOSE_LOOP:
        if workflow.agreement.calls_permitted:
            return _pick_channel(
                channel, (Channel.EMAIL, Channel.VOICEMAIL), "the close-the-loop message"
            )
        return _pick_channel(
            channel,
            (Channel.EMAIL, Channel.MAIL),
            "the close-the-loop message (calls were not permitted: it is written)",
        )
    if channel is not None:
        raise InvalidInput(
            "the move-on summary is for the candidate and has no channel; "
            f"the only allowed channel is None, not {shown(channel)}",
            field="channel",
        )
    return None


def _event_key(event: HeardBack | DecisionPostponed | Withdrew) -> str:
    if isinstance(event, HeardBack):
        return f"heard_back_{event.outcome.value}"
    if isinstance(event, DecisionPostponed):
        return "decision_postponed"
    return "withdrawal"


def _to(facts: Facts, channel: Channel | None, key: str) -> str:
    """Whom a script is for, with their address on its channel when known."""
    if key == "move_on":
        return facts.candidate.name
    contact = facts.contact
    if channel is Channel.EMAIL and contact.email is not None:
        return str(mail_address(contact.name, contact.email))
    if channel is Channel.MAIL and contact.address:
        return ", ".join((contact.name, *contact.address))
    if channel in (Channel.VOICEMAIL, Channel.PHONE) and contact.phone is not None:
        return f"{contact.name}, {contact.phone}"
    return contact.name


def mail_address(name: str, address: str) -> Address:
    """Pair a name and an email address as a mail header does: ``Name <user@host>``.

    Args:
        name: The display name.
        address: An address the value types accepted (``user@host``).

    Returns:
        The address; ``str()`` of it quotes the name where a header needs it.
    """
    username, _, domain = address.rpartition("@")
    return Address(display_name=name, username=username, domain=domain)


def write(
    facts: Facts,
    key: str,
    channel: Channel | None,
    tone: Tone,
    custom: Mapping[str, str],
    language: Language,
) -> Script:
    """Write one script: build the values from the facts, then fill the key's template once.

    Args:
        facts: The facts, as the reader sees them.
        key: The template key.
        channel: The channel it is written for.
        tone: The tone.
        custom: The caller's templates, by key (checked).
        language: The language.

    Returns:
        The script.

    Raises:
        TemplateError: A custom template uses an optional placeholder that
            has no value, or its subject would hold a line break.
    """
    values = _values(facts, key, channel, language, tone)
    text = custom.get(key, language.templates[tone][key])
    subject, body = fill(
        key, text, values, default_subject=builtin_subject(key, tone, language.code)
    )
    return Script(channel, subject, body, to=_to(facts, channel, key), language=language.code)


# --- Step 1 ----------------------------------------------------------------------


@overload
def permission_script(
    workflow: Workflow,
    /,
    *,
    tone: Tone | None = None,
    templates: Mapping[str, Any] | None = None,
    language: str | None = None,
) -> Script: ...


@overload
def permission_script(
    interview: Interview,
    agreement: Agreement,
    *,
    policy: Policy | None = None,
    tone: Tone | None = None,
    templates: Mapping[str, Any] | None = None,
    language: str | None = None,
) -> Script: ...


def permission_script(
    interview: Workflow | Interview,
    agreement: Agreement | None = None,
    *,
    policy: Policy | None = None,
    tone: Tone | None = None,
    templates: Mapping[str, Any] | None = None,
    language: str | None = None,
) -> Script:
    """Write step 1: the candidate's lines at the end of the interview.

    The lines ask when to expect the decision, offer the promised day back,
    and ask to call on the follow-up day (to email then, when calls were not
    permitted) if no word has come by then.

    Call it with the workflow, ``permission_script(workflow)``: the lines
    name exactly ``workflow.follow_up_on``, the day the letters and the plan
    name, on the latest agreement. The older form
    ``permission_script(interview, agreement, policy=...)`` still works and
    resolves the follow-up day with ``policy`` (the default policy, which
    knows no holidays, when omitted).

    Args:
        interview: The workflow; or, in the older form, the interview that is
            ending.
        agreement: In the older form only: the dates to say.
        policy: In the older form only: the policy (its holidays resolve
            the follow-up day; its tone is the default tone).
        tone: The tone to write in; the policy's when None.
        templates: Custom templates, as for :func:`render`; only
            ``permission`` is used here.
        language: The language to write in (one of
            :data:`SUPPORTED_LANGUAGES`); the policy's when None.

    Returns:
        A script with ``channel`` None (it is said in person), no subject,
        and ``to`` the decision-maker's name.

    Raises:
        InvalidInput: An argument has the wrong type, a workflow comes with
            an agreement or a policy, or the promised decision comes before
            the interview's date.
        TemplateError: A custom template is unknown, malformed, or needs a
            value the interview does not hold.
    """
    if issubclass(type(interview), Workflow):
        if agreement is not None or policy is not None:
            raise InvalidInput(
                "permission_script(workflow) takes the workflow alone: its agreement and "
                "policy are the workflow's own",
                field="agreement" if agreement is not None else "policy",
            )
        workflow = cast(Workflow, interview)
    else:
        # Starting a workflow validates the arguments and resolves the
        # follow-up day exactly as the workflow will.
        workflow = Workflow.start(interview, agreement, policy)  # type: ignore[arg-type]
    chosen_tone = _tone(tone, workflow.policy)
    chosen_language = _language(language, workflow.policy)
    custom = _custom(templates, chosen_language)
    return write(for_permission(workflow), "permission", None, chosen_tone, custom, chosen_language)


# --- Steps 2 to 4, and the answers ------------------------------------------------


def _own_action(workflow: Workflow, plan: tuple[Action, ...], action: Action) -> Action:
    """Return the plan's own copy of ``action``, or refuse it.

    An action is one of this workflow's when it equals (``==``) an action of
    ``workflow.plan()``: same kind, step, day, contact, attempt, windows,
    zone, reply-by date, reason and key. An equal action built again by hand
    is accepted; the scripts then read the plan's copy, never the fields of
    what was handed in, which may hold anything.
    """
    for planned in plan:
        # The fields of an Action built by hand may be any objects, and
        # comparing them runs their code: whatever it raises, they differ.
        try:
            same = bool(planned == action)
        except Exception:
            same = False
        if same:
            return planned
    why = (
        f"the workflow has ended ({workflow.stage.name}) and has nothing left to do"
        if workflow.finished
        else "render one of workflow.plan() or workflow.due(now)"
    )
    raise InvalidInput(
        f"{_described(action)} is not one of this workflow's remaining actions: {why}",
        field="item",
    )


def _described(action: Action) -> str:
    """Name an action by its kind and day, or, when it holds other things, by a short repr."""
    try:
        kind, due_on = action.kind, action.due_on
    except Exception:
        return f"the action {shown(action)}"
    if type(kind) is ActionKind and issubclass(type(due_on), _dt.date):
        return f"the {kind.name} action due {_dt.date.isoformat(due_on)}"
    return f"the action {shown(action)}"


_ANSWERABLE = (HeardBack, DecisionPostponed, Withdrew)


def _position_in_history(workflow: Workflow, event: object) -> int:
    """Where an event that calls for an answer stands in the history, or refuse it."""
    name = type(event).__name__
    if type(event) not in _ANSWERABLE:
        raise InvalidInput(
            f"a {name} calls for no answer; render an Action of workflow.plan(), or a "
            "HeardBack, DecisionPostponed or Withdrew of workflow.history",
            field="item",
        )
    for position, other in enumerate(workflow.history):
        try:
            same = type(other) is type(event) and bool(other == event)
        except Exception:
            same = False
        if same:
            return position
    raise InvalidInput(
        f"the {name} at {shown(getattr(event, 'at', None))} is not in this workflow's "
        "history; apply it first, or render the event the workflow holds",
        field="item",
    )


def render(
    workflow: Workflow,
    item: Action | HeardBack | DecisionPostponed | Withdrew | None = None,
    *,
    action: Action | None = None,
    now: Any = None,
    tone: Tone | None = None,
    channel: Channel | None = None,
    templates: Mapping[str, Any] | None = None,
    language: str | None = None,
) -> Script:
    """Write the script for one action of a workflow, or the answer to one of its events.

    Every date in the script is on the calendar of the person who reads it
    (a letter's interviewer; the decision-maker for calls and the messages
    to them; the candidate for the move-on summary), with the weekday it
    has there. What the script says happened did happen: the close-the-loop
    message tells the letters and calls of the history, never the plan's.

    Args:
        workflow: The workflow the item belongs to.
        item: One of ``workflow.plan()`` or ``workflow.due(...)`` (an action
            equal, ``==``, to one of ``workflow.plan()``; an equal action
            built again by hand is accepted, and the plan's own copy is what
            the script reads); or an event of ``workflow.history`` that calls
            for an answer: ``HeardBack`` (the reply to an offer, a
            rejection, an invitation to the next round, news that the
            position is on hold, or any other news), ``DecisionPostponed``
            (a confirmation of the new date and follow-up day) or
            ``Withdrew`` (a courteous withdrawal).
        action: The earlier name of ``item``, for an action: give one of
            the two.
        now: When the script is used, timezone-aware; it sets the day of use
            on the reader's calendar, for "today" and "yesterday", a letter's
            date line and the close-the-loop reply-by date. Without it, the
            day the action falls due (or, if later, the day of the latest
            event), or the event's own day.
        tone: The tone to write in; the policy's when None.
        channel: The form, where there is a choice: a thank-you by
            ``Channel.MAIL`` (default) or ``Channel.EMAIL``; a call by
            ``Channel.VOICEMAIL`` (default) or ``Channel.PHONE``, the
            talking points for a call someone answers, the lines for an
            assistant included; the close-the-loop message by
            ``Channel.EMAIL`` (default) or ``Channel.VOICEMAIL`` (when calls
            were not permitted: ``Channel.EMAIL`` or ``Channel.MAIL``); the
            answer to an event by ``Channel.EMAIL``; the move-on summary
            takes none.
        templates: Custom templates by key, replacing the built-in ones
            in every language; a language code may map to templates by key
            for that language alone, which come first:
            ``{"voicemail": "...", "de": {"voicemail": "..."}}``.
        language: The language to write in, one of
            :data:`SUPPORTED_LANGUAGES`; the policy's when None. Every
            language but English needs Babel (the ``i18n`` extra).

    Returns:
        The script.

    Raises:
        ImportError: The language needs Babel, which is not installed.
        InvalidInput: ``language`` is not a supported language (the
            message lists them), ``workflow`` or ``item`` has the wrong type, the
            action is not one of this workflow's remaining actions (another
            workflow's, one already done, or one built by hand with other
            field values), the event is not in the history or calls for no
            answer, ``now`` is naive, ``templates`` is not a mapping, or
            ``channel`` does not fit the item (the message names the
            allowed channels).
        TemplateError: A custom template is unknown, malformed, uses an
            optional placeholder that has no value (the message names it),
            or its subject would hold a line break.
    """
    if (item is None) == (action is None):
        raise InvalidInput(
            "render() takes the item to write for, as render(workflow, item) or "
            "render(workflow, action=...): give one of the two",
            field="item",
        )
    chosen = item if item is not None else action
    return compose(
        workflow,
        chosen,
        now=now,
        tone=tone,
        channel=channel,
        templates=templates,
        language=language,
    )[0]


def resolve(workflow: object, item: object) -> tuple[Workflow, tuple[Action, ...], Action | int]:
    """Check the workflow and find the item in it: the plan's own action, or the event's position.

    Args:
        workflow: What was handed in as the workflow.
        item: What was handed in as the item.

    Returns:
        The workflow, its plan (empty for an event) and the plan's own copy
        of the action, or where the event stands in the history.

    Raises:
        InvalidInput: As :func:`render` does for the workflow and the item.
    """
    checked = _workflow(workflow)
    if issubclass(type(item), Action):
        plan = checked.plan()
        return checked, plan, _own_action(checked, plan, cast(Action, item))
    if type(item) in EVENT_TYPES:
        return checked, (), _position_in_history(checked, item)
    raise InvalidInput(
        "item must be an Action from workflow.plan() or workflow.due(), or a HeardBack, "
        f"DecisionPostponed or Withdrew of workflow.history, not {type_name(item)}",
        field="item",
    )


def compose(
    workflow: object,
    item: object,
    *,
    now: object,
    tone: object,
    channel: object,
    templates: object,
    language: object = None,
) -> tuple[Script, Facts]:
    """Write an item's script, as :func:`render` does, and return the facts it told too.

    Raises:
        InvalidInput: As :func:`render`.
        TemplateError: As :func:`render`.
    """
    checked, plan, found = resolve(workflow, item)
    if channel is not None and type(channel) is not Channel:
        raise InvalidInput(
            f"channel must be a Channel or None, not {shown(channel)}", field="channel"
        )
    chosen_tone = _tone(tone, checked.policy)
    chosen_language = _language(language, checked.policy)
    custom = _custom(templates, chosen_language)
    moment = None if now is None else to_seconds(now, "now")
    history = history_of(checked)
    if isinstance(found, Action):
        chosen = _action_channel(checked, found, channel)
        facts = for_action(checked, history, plan, found, moment)
        key = _key(found.kind, chosen)
    else:
        event = checked.history[found]
        assert isinstance(event, _ANSWERABLE)
        chosen = _pick_channel(channel, (Channel.EMAIL,), f"the answer to a {type(event).__name__}")
        facts = for_event(checked, history, found, moment)
        key = _event_key(event)
    return write(facts, key, chosen, chosen_tone, custom, chosen_language), facts


def plan_scripts(
    workflow: Workflow,
    plan: tuple[Action, ...],
    *,
    tone: Tone | None = None,
    language: str | None = None,
) -> tuple[Script, ...]:
    """Write the script of every planned action, as :func:`render` does without options.

    For exports that need them all: the history is read once, not once per
    action, so the work grows with the plan's length, not with its square.

    Args:
        workflow: The workflow.
        plan: ``workflow.plan()``.
        tone: The tone to write in; the policy's when None.
        language: The language to write in; the policy's when None.

    Returns:
        One script per action, in the plan's order.

    Raises:
        InvalidInput: ``tone`` is not a Tone or None, or ``language`` is
            not a supported language.
        ImportError: The language needs Babel, which is not installed.
    """
    chosen_tone = _tone(tone, workflow.policy)
    chosen_language = _language(language, workflow.policy)
    history = history_of(workflow)
    scripts = []
    for action in plan:
        chosen = _action_channel(workflow, action, None)
        facts = for_action(workflow, history, plan, action, None)
        scripts.append(
            write(facts, _key(action.kind, chosen), chosen, chosen_tone, {}, chosen_language)
        )
    return tuple(scripts)
