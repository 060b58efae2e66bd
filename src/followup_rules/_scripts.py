"""Scripts: the words for every step of the strategy, filled in from a workflow.

The engine says *when* and *to whom*; this module writes *what to say*:

* :func:`permission_script` -- step 1, the candidate's lines at the end of
  the interview;
* :func:`render` -- any action of :meth:`Workflow.plan` or
  :meth:`Workflow.due`: a thank-you letter (``Channel.MAIL``, the default, or
  ``Channel.EMAIL``), a voicemail for each call, the close-the-loop message
  (``Channel.EMAIL``, the default, or ``Channel.VOICEMAIL``; when calls were
  not permitted ``Channel.EMAIL`` or ``Channel.MAIL``), and the move-on
  summary for the candidate.

Each returns a :class:`Script`. The wording comes from templates, built in
(two tones, :class:`Tone`) or given by the caller; ``_templates.py`` lists
every placeholder per key, and :func:`placeholders` returns them.

Which facts a script tells: the day of use is ``now`` (or the action's
``due_on``) in the zone of the person the action concerns; "yesterday" and
the close-the-loop reply-by date count from it. What already happened comes
from the history (the day the decision-maker's letter was sent, in the
candidate's zone; each call's day, in the decision-maker's). What has not
happened yet comes from the plan, as if nobody answers (a letter not yet
sent is dated on its due day, calls still to come on theirs).

This module reads the engine and the engine never reads it.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any, cast

import attrs
import pendulum

from ._calendar import date_in_zone, day_in_zone, to_seconds
from ._errors import InvalidInput, shown, type_name
from ._events import CallPlaced, CloseLoopSent, ThankYouSent
from ._explain import day
from ._templates import (
    BUILTIN_TEMPLATES,
    CHANNEL_WORDS,
    TEMPLATE_KEYS,
    builtin_subject,
    checked_template,
    fill,
    fill_fragment,
    placeholders,
)
from ._values import Agreement, Channel, Interview, Interviewer, Policy, Tone
from ._workflow import Action, ActionKind, Workflow

__all__ = [
    "TEMPLATE_KEYS",
    "WORDS_PER_MINUTE",
    "Script",
    "permission_script",
    "placeholders",
    "plan_scripts",
    "render",
]

WORDS_PER_MINUTE = 150
"""The speaking pace behind :attr:`Script.speaking_seconds`."""

_DEFAULT_POLICY = Policy()

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


@attrs.frozen
class Script:
    """The words for one step: what to write or say.

    Attributes:
        channel: How it is delivered (``Channel.MAIL``, ``Channel.EMAIL`` or
            ``Channel.VOICEMAIL``); None for the permission script, said in
            person, and for the move-on summary, which is for the candidate.
        subject: The subject line of an email; None otherwise.
        body: The text, without surrounding white space.
    """

    channel: Channel | None
    subject: str | None
    body: str

    @property
    def word_count(self) -> int:
        """How many words the body holds (runs of characters between white space)."""
        return len(self.body.split())

    @property
    def speaking_seconds(self) -> float:
        """How long the body takes to say, at 150 words a minute."""
        return self.word_count * 60 / WORDS_PER_MINUTE


# --- Words for dates, numbers and lists ------------------------------------------


# Dates are written in English with the reasons' plain formatter: the words
# are the same as pendulum's "dddd, MMMM D" in the "en" locale, at a small
# fraction of the cost (a script writes several dates).
_day = day


def _day_with_year(ordinal: int) -> str:
    return f"{day(ordinal)}, {_dt.date.fromordinal(ordinal).year}"


def _times(count: int) -> str:
    if count == 1:
        return "once"
    if count == 2:
        return "twice"
    number = _NUMBERS[count] if count < len(_NUMBERS) else str(count)
    return f"{number} times"


def _ordinal(count: int) -> str:
    return _ORDINALS[count - 1] if count <= len(_ORDINALS) else f"number {count}"


def _english_list(items: Sequence[str]) -> str:
    """Join items as English does: "a", "a and b", "a, b and c".

    Items that hold commas themselves (dates such as "Tuesday, August 22")
    are separated by semicolons, so the list still reads unambiguously.
    """
    if len(items) <= 1:
        return "".join(items)
    separator = "; " if any("," in item for item in items) else ", "
    return separator.join(items[:-1]) + " and " + items[-1]


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


def _custom(templates: object) -> Mapping[str, str]:
    if templates is None:
        return {}
    if not isinstance(templates, Mapping):
        raise InvalidInput(
            "templates must map template keys to template text, "
            f"not {type_name(templates)}; the keys are: {', '.join(TEMPLATE_KEYS)}",
            field="templates",
        )
    # A Mapping's methods are the caller's code: read it once, here.
    try:
        pairs = [(key, text) for key, text in templates.items()]
    except Exception as error:
        raise InvalidInput(
            f"templates could not be read as a mapping: its items() raised {type_name(error)}",
            field="templates",
        ) from None
    return dict(checked_template(key, text) for key, text in pairs)


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


def _fill(
    key: str,
    tone: Tone,
    custom: Mapping[str, str],
    values: Mapping[str, str | None],
) -> tuple[str | None, str]:
    text = custom.get(key, BUILTIN_TEMPLATES[tone][key])
    return fill(key, text, values, default_subject=builtin_subject(key, tone))


def _people(interview: Interview, contact: Interviewer) -> dict[str, str | None]:
    candidate = interview.candidate
    return {
        "candidate_name": candidate.name,
        "candidate_phone": candidate.phone,
        "candidate_email": candidate.email,
        "position_title": interview.position.title,
        "company": interview.position.company,
        "contact_name": contact.name,
        "contact_title": contact.title,
    }


def _signature(interview: Interview) -> str:
    candidate = interview.candidate
    return "\n".join(line for line in (candidate.name, candidate.phone, candidate.email) if line)


def _address_block(interview: Interview, contact: Interviewer) -> str:
    lines = (contact.name, contact.title, interview.position.company)
    return "\n".join(line for line in lines if line)


def _interview_date(interview: Interview) -> int:
    # The letters live on the candidate's calendar, and so does the
    # interview's date they mention.
    return date_in_zone(interview.ended_at, interview.candidate.timezone)


# --- Step 1 ----------------------------------------------------------------------


def permission_script(
    interview: Interview,
    agreement: Agreement,
    *,
    policy: Policy | None = _DEFAULT_POLICY,
    tone: Tone | None = None,
    templates: Mapping[str, str] | None = None,
) -> Script:
    """Write step 1: the candidate's lines at the end of the interview.

    The lines ask when to expect the decision, offer the promised day back,
    and ask to call on the follow-up day if no call has come by then.

    Args:
        interview: The interview that is ending.
        agreement: The dates to say: ``decision_by`` and, if one was named,
            ``follow_up_on`` (otherwise the first business day after the
            promised decision, as the workflow would resolve it).
        policy: The policy (its holidays resolve the follow-up day; its tone
            is the default tone).
        tone: The tone to write in; the policy's when None.
        templates: Custom templates by key; only ``permission`` is used here.

    Returns:
        A script with ``channel`` None (it is said in person) and no subject.

    Raises:
        InvalidInput: An argument has the wrong type, or the promised
            decision comes before the interview's date.
        TemplateError: A custom template is unknown, malformed, or needs a
            value the interview does not hold.
    """
    if policy is None:
        policy = _DEFAULT_POLICY
    # Starting a workflow validates the arguments and resolves the follow-up
    # day exactly as the workflow will.
    workflow = Workflow.start(interview, agreement, policy)
    chosen_tone = _tone(tone, policy)
    custom = _custom(templates)
    values = _people(interview, interview.decision_maker)
    values.update(
        interview_date=_day(_interview_date(interview)),
        decision_by=_day(agreement.decision_by.toordinal()),
        follow_up_on=_day(workflow.follow_up_on.toordinal()),
    )
    subject, body = _fill("permission", chosen_tone, custom, values)
    return Script(None, subject, body)


# --- Steps 2 to 4 ----------------------------------------------------------------


@attrs.frozen
class _Story:
    """What happened and what the plan projects, as the scripts tell it.

    Attributes:
        letters: For each interviewer's index, the day the letter was sent
            (or is due) on the candidate's calendar, and its channel.
        call_days: Every call's day on the decision-maker's calendar: the
            calls made, then the calls planned.
        close_loop: The day and channel of the close-the-loop message, sent
            or planned, or None when neither.
    """

    letters: Mapping[int, tuple[int, Channel]]
    call_days: tuple[int, ...]
    close_loop: tuple[int, Channel] | None


def _story(workflow: Workflow, plan: tuple[Action, ...]) -> _Story:
    interview = workflow.interview
    candidate_zone = interview.candidate.timezone
    decider_zone = interview.decision_maker.timezone
    letters: dict[int, tuple[int, Channel]] = {}
    calls: list[int] = []
    close_loop: tuple[int, Channel] | None = None
    for event in workflow.history:
        if isinstance(event, ThankYouSent):
            letters[_position(interview, event.to)] = (
                date_in_zone(event.at, candidate_zone),
                event.channel,
            )
        elif isinstance(event, CallPlaced):
            calls.append(date_in_zone(event.at, decider_zone))
        elif isinstance(event, CloseLoopSent):
            close_loop = (date_in_zone(event.at, decider_zone), event.channel)
    planned_calls: list[tuple[int, int]] = []
    for action in plan:
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert action.contact is not None
            letters[_position(interview, action.contact)] = (
                action.due_on.toordinal(),
                Channel.MAIL,
            )
        elif action.kind is ActionKind.CALL:
            assert action.attempt is not None
            planned_calls.append((action.attempt, action.due_on.toordinal()))
        elif action.kind is ActionKind.CLOSE_LOOP:
            close_loop = (action.due_on.toordinal(), Channel.EMAIL)
    calls.extend(day for _attempt, day in sorted(planned_calls))
    return _Story(letters, tuple(calls), close_loop)


def _position(interview: Interview, person: Interviewer) -> int:
    # Letters and history name interviewers of this very interview.
    index = interview.index_of(person)
    assert index is not None
    return index


def _decider_index(interview: Interview) -> int:
    return _position(interview, interview.decision_maker)


def _thank_you(
    workflow: Workflow,
    action: Action,
    day: int,
    tone: Tone,
    channel: object,
    custom: Mapping[str, str],
) -> Script:
    interview = workflow.interview
    contact = action.contact
    assert contact is not None
    chosen = _pick_channel(channel, (Channel.MAIL, Channel.EMAIL), "a thank-you letter")
    follow_up_on = _day(workflow.follow_up_on.toordinal())
    highlights = _english_list(interview.highlights)
    qualifications = _english_list(interview.qualifications)
    if highlights:
        highlights_sentence = fill_fragment(tone, "highlights_some", {"highlights": highlights})
    else:
        highlights_sentence = fill_fragment(tone, "highlights_none", {})
    if qualifications:
        qualifications_sentence = fill_fragment(
            tone, "qualifications_some", {"qualifications": qualifications}
        )
    else:
        qualifications_sentence = fill_fragment(tone, "qualifications_none", {})
    # Only the decision-maker hears about the follow-up day; a call is
    # promised only if calls were permitted.
    if contact != interview.decision_maker:
        closing = fill_fragment(tone, "closing_other", {})
    elif workflow.agreement.calls_permitted:
        closing = fill_fragment(tone, "closing_call", {"follow_up_on": follow_up_on})
    else:
        closing = fill_fragment(tone, "closing_no_call", {"follow_up_on": follow_up_on})
    values = _people(interview, contact)
    values.update(
        date_line=_day_with_year(day),
        address_block=_address_block(interview, contact),
        interview_date=_day(_interview_date(interview)),
        follow_up_on=follow_up_on,
        highlights=highlights or None,
        qualifications=qualifications or None,
        highlights_sentence=highlights_sentence,
        qualifications_sentence=qualifications_sentence,
        closing_sentence=closing,
        signature=_signature(interview),
    )
    key = "thank_you_mail" if chosen is Channel.MAIL else "thank_you_email"
    subject, body = _fill(key, tone, custom, values)
    return Script(chosen, subject, body)


def _voicemail(
    workflow: Workflow,
    action: Action,
    story: _Story,
    day: int,
    tone: Tone,
    channel: object,
    custom: Mapping[str, str],
) -> Script:
    interview = workflow.interview
    chosen = _pick_channel(channel, (Channel.VOICEMAIL,), "a follow-up call")
    attempt = action.attempt
    assert attempt is not None
    decision_by = workflow.agreement.decision_by.toordinal()
    phrase = "yesterday" if decision_by == day - 1 else f"on {_day(decision_by)}"
    previous: str | None = None
    if attempt == 1:
        sentence = fill_fragment(tone, "follow_up_first", {})
    else:
        previous = _day(story.call_days[attempt - 2])
        sentence = fill_fragment(tone, "follow_up_again", {"previous_call_on": previous})
    values = _people(interview, interview.decision_maker)
    values.update(
        decision_by=_day(decision_by),
        decision_by_phrase=phrase,
        follow_up_on=_day(workflow.follow_up_on.toordinal()),
        attempt=_ordinal(attempt),
        previous_call_on=previous,
        follow_up_sentence=sentence,
    )
    subject, body = _fill("voicemail", tone, custom, values)
    return Script(chosen, subject, body)


def _close_loop(
    workflow: Workflow,
    story: _Story,
    day: int,
    tone: Tone,
    channel: object,
    custom: Mapping[str, str],
) -> Script:
    interview = workflow.interview
    decider = interview.decision_maker
    if workflow.agreement.calls_permitted:
        allowed = (Channel.EMAIL, Channel.VOICEMAIL)
        what = "the close-the-loop message"
    else:
        allowed = (Channel.EMAIL, Channel.MAIL)
        what = "the close-the-loop message (calls were not permitted: it is written)"
    chosen = _pick_channel(channel, allowed, what)
    first = _day(story.letters[_decider_index(interview)][0])
    calls = len(story.call_days)
    if calls:
        times: str | None = _times(calls)
        history = fill_fragment(
            tone, "history_some", {"first_follow_up_on": first, "times_since": _times(calls)}
        )
    else:
        times = None
        history = fill_fragment(tone, "history_none", {"first_follow_up_on": first})
    values = _people(interview, decider)
    values.update(
        first_follow_up_on=first,
        times_since=times,
        follow_up_history=history,
        reply_by=_day(workflow.reply_by_if_sent_on(pendulum.Date.fromordinal(day)).toordinal()),
        signature=_signature(interview),
    )
    if chosen is Channel.VOICEMAIL:
        subject, body = _fill("close_loop_voicemail", tone, custom, values)
        return Script(chosen, subject, body)
    subject, body = _fill("close_loop_email", tone, custom, values)
    if chosen is Channel.MAIL:
        # A printed letter: the email's text under a date line and an
        # address block, without a subject.
        head = f"{_day_with_year(day)}\n\n{_address_block(interview, decider)}"
        return Script(chosen, None, f"{head}\n\n{body}")
    return Script(chosen, subject, body)


def _move_on(
    workflow: Workflow,
    action: Action,
    story: _Story,
    tone: Tone,
    channel: object,
    custom: Mapping[str, str],
) -> Script:
    if channel is not None:
        raise InvalidInput(
            "the move-on summary is for the candidate and has no channel; "
            f"the only allowed channel is None, not {shown(channel)}",
            field="channel",
        )
    interview = workflow.interview
    decider = interview.decision_maker
    letters = [
        f"{person.name} by {CHANNEL_WORDS[channel_used]} on {_day(sent_on)}"
        for index, person in enumerate(interview.interviewers)
        for sent_on, channel_used in (story.letters[index],)
    ]
    if story.call_days:
        calls = fill_fragment(
            tone,
            "calls_some",
            {
                "contact_name": decider.name,
                "times": _times(len(story.call_days)),
                "days": _english_list([_day(call) for call in story.call_days]),
            },
        )
    else:
        calls = fill_fragment(tone, "calls_none", {})
    assert story.close_loop is not None
    assert action.reply_by is not None
    closed_on, closed_by = story.close_loop
    reply_by = _day(action.reply_by.toordinal())
    values = _people(interview, decider)
    values.update(
        letters_summary=fill_fragment(tone, "letters", {"letters": _english_list(letters)}),
        calls_summary=calls,
        close_loop_summary=fill_fragment(
            tone,
            "close_loop",
            {
                "channel": CHANNEL_WORDS[closed_by],
                "closed_on": _day(closed_on),
                "reply_by": reply_by,
            },
        ),
        reply_by=reply_by,
    )
    subject, body = _fill("move_on", tone, custom, values)
    return Script(None, subject, body)


def _own_action(workflow: Workflow, plan: tuple[Action, ...], action: object) -> Action:
    """Return the plan's own copy of ``action``, or refuse it.

    An action is one of this workflow's when it equals (``==``) an action of
    ``workflow.plan()``: same kind, step, day, contact, attempt, windows,
    zone, reply-by date and reason. An equal action built again by hand is
    accepted; the scripts then read the plan's copy, never the fields of
    what was handed in, which may hold anything.
    """
    if not issubclass(type(action), Action):
        raise InvalidInput(
            "action must be an Action from workflow.plan() or workflow.due(), "
            f"not {type_name(action)}",
            field="action",
        )
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
        f"{_described(cast(Action, action))} is not one of this workflow's remaining actions: "
        f"{why}",
        field="action",
    )


def _described(action: Action) -> str:
    """Name an action by its kind and day, or, when it holds other things, by a short repr."""
    try:
        kind, due_on = action.kind, action.due_on
    except Exception:
        return f"the action {shown(action)}"
    if isinstance(kind, ActionKind) and isinstance(due_on, _dt.date):
        return f"the {kind.name} action due {_dt.date.isoformat(due_on)}"
    return f"the action {shown(action)}"


def render(
    workflow: Workflow,
    action: Action,
    *,
    now: Any = None,
    tone: Tone | None = None,
    channel: Channel | None = None,
    templates: Mapping[str, str] | None = None,
) -> Script:
    """Write the script for one action of a workflow.

    Args:
        workflow: The workflow the action belongs to.
        action: One of ``workflow.plan()`` or ``workflow.due(...)``: an
            action equal (``==``) to one of ``workflow.plan()``. An equal
            action built again by hand is accepted, and the plan's own copy
            is what the script reads.
        now: When the script is used, timezone-aware; it sets the day of use
            (in the zone of the person the action concerns) for "yesterday",
            a letter's date line and the reply-by date. Without it, the
            action's ``due_on``.
        tone: The tone to write in; the policy's when None.
        channel: The form, where there is a choice: a thank-you by
            ``Channel.MAIL`` (default) or ``Channel.EMAIL``; a call by
            ``Channel.VOICEMAIL``; the close-the-loop message by
            ``Channel.EMAIL`` (default) or ``Channel.VOICEMAIL`` (when calls
            were not permitted: ``Channel.EMAIL`` or ``Channel.MAIL``); the
            move-on summary takes none.
        templates: Custom templates by key, replacing the built-in ones.

    Returns:
        The script.

    Raises:
        InvalidInput: ``workflow`` or ``action`` has the wrong type, the
            action is not one of this workflow's remaining actions (another
            workflow's, one already done, or one built by hand with other
            field values), ``now`` is naive, ``templates`` is not a mapping,
            or ``channel`` does not fit the action (the message names the
            allowed channels).
        TemplateError: A custom template is unknown, malformed, uses an
            optional placeholder that has no value (the message names it),
            or its subject would hold a line break.
    """
    if not issubclass(type(workflow), Workflow):
        raise InvalidInput(
            f"workflow must be a Workflow, not {type_name(workflow)}", field="workflow"
        )
    plan = workflow.plan()
    action = _own_action(workflow, plan, action)
    if channel is not None and type(channel) is not Channel:
        raise InvalidInput(
            f"channel must be a Channel or None, not {shown(channel)}", field="channel"
        )
    chosen_tone = _tone(tone, workflow.policy)
    custom = _custom(templates)
    if now is None:
        day = action.due_on.toordinal()
    else:
        day = day_in_zone(to_seconds(now, "now"), action.timezone)
    return _write(workflow, _story(workflow, plan), action, day, chosen_tone, channel, custom)


def plan_scripts(
    workflow: Workflow, plan: tuple[Action, ...], *, tone: Tone | None = None
) -> tuple[Script, ...]:
    """Write the script of every planned action, as :func:`render` does without options.

    For exports that need them all: the story of the plan is told once,
    not once per action, so the work grows with the plan's length, not with
    its square.

    Args:
        workflow: The workflow.
        plan: ``workflow.plan()``.
        tone: The tone to write in; the policy's when None.

    Returns:
        One script per action, in the plan's order.

    Raises:
        InvalidInput: ``tone`` is not a Tone or None.
    """
    chosen_tone = _tone(tone, workflow.policy)
    story = _story(workflow, plan)
    return tuple(
        _write(workflow, story, action, action.due_on.toordinal(), chosen_tone, None, {})
        for action in plan
    )


def _write(
    workflow: Workflow,
    story: _Story,
    action: Action,
    day: int,
    tone: Tone,
    channel: object,
    custom: Mapping[str, str],
) -> Script:
    if action.kind is ActionKind.SEND_THANK_YOU:
        return _thank_you(workflow, action, day, tone, channel, custom)
    if action.kind is ActionKind.CALL:
        return _voicemail(workflow, action, story, day, tone, channel, custom)
    if action.kind is ActionKind.CLOSE_LOOP:
        return _close_loop(workflow, story, day, tone, channel, custom)
    return _move_on(workflow, action, story, tone, channel, custom)
