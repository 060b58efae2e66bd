"""The rules of the four-step follow-up strategy: one table, one file.

How a workflow moves, in order:

1. It starts in THANKING: one thank-you letter to each interviewer, each
   exactly once, in writing. When the last letter is sent it is WAITING.
2. Calls go to the decision-maker, only if they agreed to be called, never
   before the agreed follow-up day, and at least the call interval apart,
   counted in calendar dates on the decision-maker's calendar. The first call
   makes it CALLING; the last permitted call (``max_calls``, four at most)
   makes it CLOSING, so a call beyond the last is impossible by construction.
3. The close-the-loop message is accepted in CLOSING, or in WAITING when
   calls were not permitted, and not before its due date. It makes the
   workflow AWAITING_REPLY. ``MovedOn`` is accepted after the reply-by date
   and ends it as MOVED_ON.
4. ``HeardBack`` and ``Withdrew`` end the workflow from any stage that has
   not ended. An ended workflow accepts nothing.
5. Events come in time order: none strictly before the previous event, or
   before the interview ended.

Every stage change is a row of :data:`TRANSITIONS`, keyed by the stage, the
event's type and a :class:`Branch` (the one fact about the event that decides
between two rows, such as "this was the last letter"). Anything not in the
table is refused. The date rules (:func:`next_call_on` and the others) are
plain functions on day ordinals, shared by the checks and by the plan, so
what the plan promises is exactly what the checks accept.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import pendulum

from ._calendar import (
    business_day_after,
    business_day_on_or_after,
    date_in_zone,
    day_start_seconds,
    day_to_date,
)
from ._errors import InvalidInput, RuleViolation, listed, shown, type_name
from ._events import (
    EVENT_TYPES,
    CallPlaced,
    CloseLoopSent,
    Event,
    HeardBack,
    MovedOn,
    ThankYouSent,
    Withdrew,
)
from ._values import Agreement, Channel, Interview, Interviewer, Policy

__all__ = [
    "TERMINAL_STAGES",
    "TRANSITIONS",
    "Branch",
    "Context",
    "Progress",
    "Stage",
    "close_loop_due_on",
    "first_progress",
    "make_context",
    "move_on_on",
    "next_call_on",
    "replay",
    "reply_by",
    "step",
]


class Stage(enum.Enum):
    """Where a follow-up stands."""

    THANKING = "thanking"
    """Step 2: thank-you letters are still to be sent."""
    WAITING = "waiting"
    """Every letter is sent; waiting for the decision or the follow-up day."""
    CALLING = "calling"
    """Step 3: at least one call made, more permitted."""
    CLOSING = "closing"
    """Step 4: the calls are over; the close-the-loop message is next."""
    AWAITING_REPLY = "awaiting_reply"
    """The close-the-loop message is sent; waiting until the reply-by date."""
    HEARD_BACK = "heard_back"
    """Ended: the candidate heard back."""
    MOVED_ON = "moved_on"
    """Ended: no answer came and the candidate moved on."""
    WITHDRAWN = "withdrawn"
    """Ended: the candidate withdrew."""

    @property
    def terminal(self) -> bool:
        """Whether the workflow has ended in this stage."""
        return self in TERMINAL_STAGES


TERMINAL_STAGES = frozenset({Stage.HEARD_BACK, Stage.MOVED_ON, Stage.WITHDRAWN})
"""The stages in which a workflow has ended."""


class Branch(enum.Enum):
    """The one fact about an event that chooses between rows of the table."""

    ANY = "any"
    """The event type has a single row per stage."""
    LETTERS_REMAIN = "letters remain"
    """Another interviewer is still to be thanked after this letter."""
    LAST_LETTER = "last letter"
    """This letter thanks the last interviewer not yet thanked."""
    CALLS_REMAIN = "calls remain"
    """Further calls are permitted after this one."""
    LAST_CALL = "last call"
    """This is the last permitted call."""
    CALLS_PERMITTED = "calls permitted"
    """The decision-maker agreed to be called."""
    CALLS_NOT_PERMITTED = "calls not permitted"
    """The decision-maker did not agree to be called."""


_S = Stage
_OPEN_STAGES = (_S.THANKING, _S.WAITING, _S.CALLING, _S.CLOSING, _S.AWAITING_REPLY)

_ROWS: tuple[tuple[Stage, type[Event], Branch, Stage], ...] = (
    (_S.THANKING, ThankYouSent, Branch.LETTERS_REMAIN, _S.THANKING),
    (_S.THANKING, ThankYouSent, Branch.LAST_LETTER, _S.WAITING),
    (_S.WAITING, CallPlaced, Branch.CALLS_REMAIN, _S.CALLING),
    (_S.WAITING, CallPlaced, Branch.LAST_CALL, _S.CLOSING),
    (_S.CALLING, CallPlaced, Branch.CALLS_REMAIN, _S.CALLING),
    (_S.CALLING, CallPlaced, Branch.LAST_CALL, _S.CLOSING),
    (_S.WAITING, CloseLoopSent, Branch.CALLS_NOT_PERMITTED, _S.AWAITING_REPLY),
    (_S.CLOSING, CloseLoopSent, Branch.CALLS_PERMITTED, _S.AWAITING_REPLY),
    (_S.AWAITING_REPLY, MovedOn, Branch.ANY, _S.MOVED_ON),
    *((stage, HeardBack, Branch.ANY, _S.HEARD_BACK) for stage in _OPEN_STAGES),
    *((stage, Withdrew, Branch.ANY, _S.WITHDRAWN) for stage in _OPEN_STAGES),
)

_TABLE = {(stage, event, branch): target for stage, event, branch, target in _ROWS}

TRANSITIONS: Mapping[tuple[Stage, type[Event], Branch], Stage] = MappingProxyType(_TABLE)
"""The whole stage table: ``(stage, event type, branch) -> next stage``.

Anything not in this map is refused with a :class:`RuleViolation`.
"""


class Context(NamedTuple):
    """What a workflow's rules read and never change: worked out once, at ``Workflow.start``.

    Attributes:
        interview: The interview.
        agreement: What was agreed at its end.
        policy: The policy.
        calls_permitted: Whether the decision-maker agreed to be called.
        letter_count: How many interviewers are to be thanked.
        all_letters: The ``letters_sent`` bit mask once every one was thanked.
        follow_up_on: The resolved follow-up day, as a day ordinal.
        letters_due_on: The interview's date in the candidate's zone, as a
            day ordinal: thank-you letters are due then.
        candidate_zone: The candidate's zone name.
        decider: The decision-maker.
        decider_zone: The decision-maker's zone name.
    """

    interview: Interview
    agreement: Agreement
    policy: Policy
    calls_permitted: bool
    letter_count: int
    all_letters: int
    follow_up_on: int
    letters_due_on: int
    candidate_zone: str
    decider: Interviewer
    decider_zone: str


class Progress(NamedTuple):
    """What a workflow has done so far: derived from its history alone.

    Attributes:
        stage: The current stage.
        letters_sent: The interviewers already thanked, as a bit mask: bit
            ``i`` is set once ``interview.interviewers[i]`` was thanked.
        calls_made: How many calls were placed.
        last_call_on: The day of the last call on the decision-maker's
            calendar, as a day ordinal, or None before the first call.
        closed_on: The day the close-the-loop message was sent on the
            decision-maker's calendar, as a day ordinal, or None.
        last_at: The latest instant seen: the last event's, or the end of
            the interview.
        due_on: The day the next action falls due, as a day ordinal, or
            None once the workflow has ended.
        due_zone: The zone of the calendar ``due_on`` belongs to.
        due_at: The instant the next action falls due, as POSIX seconds: the
            start of ``due_on`` in ``due_zone``; None once ended. Worked out
            when the event is applied, so asking what is due is one
            comparison.
    """

    stage: Stage
    letters_sent: int
    calls_made: int
    last_call_on: int | None
    closed_on: int | None
    last_at: pendulum.DateTime
    due_on: int | None
    due_zone: str
    due_at: int | None


def _progress(
    stage: Stage,
    *,
    letters_sent: int,
    calls_made: int,
    last_call_on: int | None,
    closed_on: int | None,
    last_at: pendulum.DateTime,
    due_on: int,
    due_zone: str,
) -> Progress:
    """Build the progress of an open workflow, its due instant worked out from its due day.

    The handlers name every field; the tuple is then built in field order.
    """
    due_at = day_start_seconds(due_on, due_zone)
    return Progress(
        stage, letters_sent, calls_made, last_call_on, closed_on, last_at, due_on, due_zone, due_at
    )


def _ended(progress: Progress, stage: Stage, at: pendulum.DateTime) -> Progress:
    """The progress of a workflow that has just ended in ``stage``: nothing is due."""
    return progress._replace(stage=stage, last_at=at, due_on=None, due_at=None)


def make_context(interview: object, agreement: object, policy: object) -> Context:
    """Check ``Workflow.start``'s arguments and work out the workflow's fixed facts.

    Args:
        interview: The interview that ended.
        agreement: What was agreed at its end.
        policy: The policy, or None for the strategy's defaults.

    Returns:
        The workflow's context.

    Raises:
        InvalidInput: An argument has the wrong type, or the promised
            decision comes before the interview's date.
    """
    if not isinstance(interview, Interview):
        raise InvalidInput(
            f"interview must be an Interview, not {type_name(interview)}", field="interview"
        )
    if not isinstance(agreement, Agreement):
        raise InvalidInput(
            f"agreement must be an Agreement, not {type_name(agreement)}", field="agreement"
        )
    if policy is None:
        policy = Policy()
    elif not isinstance(policy, Policy):
        raise InvalidInput(f"policy must be a Policy, not {type_name(policy)}", field="policy")
    decider = interview.decision_maker
    decider_zone = decider.timezone
    held_on = date_in_zone(interview.ended_at, decider_zone)
    decision_by = agreement.decision_by.toordinal()
    if decision_by < held_on:
        raise InvalidInput(
            f"decision_by ({agreement.decision_by.isoformat()}) comes before the "
            f"interview's date ({day_to_date(held_on).isoformat()} in {decider_zone}); "
            "give the date the decision was promised for",
            field="decision_by",
        )
    holidays = policy.holiday_ordinals
    if agreement.follow_up_on is None:
        follow_up_on = business_day_after(decision_by, holidays, decider_zone)
    else:
        follow_up_on = business_day_on_or_after(
            agreement.follow_up_on.toordinal(), holidays, decider_zone
        )
    letters = len(interview.interviewers)
    return Context(
        interview=interview,
        agreement=agreement,
        policy=policy,
        calls_permitted=agreement.calls_permitted,
        letter_count=letters,
        all_letters=(1 << letters) - 1,
        follow_up_on=follow_up_on,
        letters_due_on=date_in_zone(interview.ended_at, interview.candidate.timezone),
        candidate_zone=interview.candidate.timezone,
        decider=decider,
        decider_zone=decider_zone,
    )


# --- The date rules ----------------------------------------------------------


def next_call_on(context: Context, last_call_on: int | None) -> int:
    """Return the day of the next call, as a day ordinal.

    The first call is on the follow-up day; each next one on the first
    business day on or after the previous call plus the call interval.

    Args:
        context: The workflow's fixed facts.
        last_call_on: The previous call's day (made or planned), or None.

    Returns:
        The next call's day on the decision-maker's calendar.
    """
    if last_call_on is None:
        return context.follow_up_on
    policy = context.policy
    return business_day_on_or_after(
        last_call_on + policy.call_interval_days, policy.holiday_ordinals, context.decider_zone
    )


def close_loop_due_on(context: Context, last_call_on: int | None) -> int:
    """Return the day the close-the-loop message is due, as a day ordinal.

    With calls permitted: the first business day on or after the last call
    plus the call interval. Without: the follow-up day.

    Args:
        context: The workflow's fixed facts.
        last_call_on: The last call's day (made or planned), or None.

    Returns:
        The due day on the decision-maker's calendar.
    """
    if not context.calls_permitted or last_call_on is None:
        return context.follow_up_on
    return next_call_on(context, last_call_on)


def reply_by(context: Context, closed_on: int) -> int:
    """Return the reply-by day for a close-the-loop message sent on ``closed_on``.

    Args:
        context: The workflow's fixed facts.
        closed_on: The day the message was (or is planned to be) sent.

    Returns:
        The first business day on or after ``closed_on`` plus the reply
        window, on the decision-maker's calendar.
    """
    policy = context.policy
    return business_day_on_or_after(
        closed_on + policy.reply_window_days, policy.holiday_ordinals, context.decider_zone
    )


def move_on_on(context: Context, closed_on: int) -> int:
    """Return the day the candidate may move on: the day after the reply-by date."""
    return reply_by(context, closed_on) + 1


# --- Applying an event -------------------------------------------------------
#
# One function per event type, each read top to bottom: work out the branch,
# ask the table for the next stage (anything not in it is refused), check the
# event's values against the date rules, and return the next Progress with
# the next due day worked out. Refusals raise before anything is built, so a
# refused event changes nothing.


def _day(ordinal: int) -> str:
    day = day_to_date(ordinal)
    return f"{day.format('dddd', locale='en')} {day.isoformat()}"


def _refuse(rule: str, message: str, progress: Progress, event: Event) -> RuleViolation:
    name = type(event).__name__
    return RuleViolation(
        f"{name} refused by rule '{rule}' in stage {progress.stage.name}: {message}",
        rule=rule,
        stage=progress.stage,
        event=event,
    )


def _unsent_names(context: Context, progress: Progress) -> str:
    people = context.interview.interviewers
    return listed(
        person.name for index, person in enumerate(people) if not progress.letters_sent >> index & 1
    )


def _not_in_table(context: Context, progress: Progress, event: Event) -> RuleViolation:
    stage = progress.stage
    max_calls = context.policy.max_calls
    if stage in TERMINAL_STAGES:
        return _refuse(
            "workflow-ended",
            "the workflow has ended and accepts no further event; start a new one",
            progress,
            event,
        )
    if stage is Stage.THANKING:
        return _refuse(
            "steps-in-order",
            "send a thank-you letter to every interviewer first "
            f"(still unsent: {_unsent_names(context, progress)})",
            progress,
            event,
        )
    if isinstance(event, ThankYouSent):
        return _refuse(
            "one-letter-each",
            "every interviewer has been thanked already; each gets one letter",
            progress,
            event,
        )
    if isinstance(event, CallPlaced):
        if not context.calls_permitted:
            return _refuse(
                "calls-not-permitted",
                "the decision-maker did not agree to be called; close the loop in writing",
                progress,
                event,
            )
        return _refuse(
            "max-calls",
            f"all {max_calls} permitted calls were made ({progress.calls_made}); "
            "close the loop instead",
            progress,
            event,
        )
    if isinstance(event, CloseLoopSent):
        if stage is Stage.AWAITING_REPLY:
            return _refuse(
                "one-close-loop",
                "the close-the-loop message was already sent; wait for the reply-by date",
                progress,
                event,
            )
        return _refuse(
            "steps-in-order",
            f"close the loop after the last permitted call ({progress.calls_made} of "
            f"{max_calls} made)",
            progress,
            event,
        )
    return _refuse(
        "steps-in-order",
        "move on only after the close-the-loop message and its reply window",
        progress,
        event,
    )


def _next_stage(context: Context, progress: Progress, event: Event, branch: Branch) -> Stage:
    """Look the move up in the table, then check that the event comes in time order."""
    target = _TABLE.get((progress.stage, type(event), branch))
    if target is None:
        raise _not_in_table(context, progress, event)
    if event.at < progress.last_at:
        raise _refuse(
            "events-in-time-order",
            f"it happened at {event.at.isoformat()}, before the previous event or the "
            f"end of the interview ({progress.last_at.isoformat()}); apply events in "
            "the order they happened",
            progress,
            event,
        )
    return target


_LETTER_CHANNELS = (Channel.MAIL, Channel.EMAIL)


def _on_letter(context: Context, progress: Progress, event: ThankYouSent) -> Progress:
    index = context.interview.index_of(event.to)
    sent = progress.letters_sent if index is None else progress.letters_sent | 1 << index
    branch = Branch.LAST_LETTER if sent == context.all_letters else Branch.LETTERS_REMAIN
    stage = _next_stage(context, progress, event, branch)
    if index is None:
        names = listed(person.name for person in context.interview.interviewers)
        raise _refuse(
            "letter-to-interviewer",
            f"{shown(event.to.name)} did not interview the candidate; thank one of: {names}",
            progress,
            event,
        )
    if progress.letters_sent >> index & 1:
        raise _refuse(
            "one-letter-each",
            f"{shown(event.to.name)} was thanked already; each interviewer gets one letter",
            progress,
            event,
        )
    if event.channel not in _LETTER_CHANNELS:
        raise _refuse(
            "letter-in-writing",
            f"a thank-you is a letter, sent by MAIL or EMAIL, not {event.channel.name}",
            progress,
            event,
        )
    if stage is Stage.THANKING:
        due_on, due_zone = context.letters_due_on, context.candidate_zone
    else:
        # The first call, or without calls the close-the-loop message, is
        # due on the follow-up day.
        due_on, due_zone = context.follow_up_on, context.decider_zone
    return _progress(
        stage,
        letters_sent=sent,
        calls_made=0,
        last_call_on=None,
        closed_on=None,
        last_at=event.at,
        due_on=due_on,
        due_zone=due_zone,
    )


def _on_call(context: Context, progress: Progress, event: CallPlaced) -> Progress:
    calls_made = progress.calls_made + 1
    if not context.calls_permitted:
        branch = Branch.CALLS_NOT_PERMITTED
    elif calls_made >= context.policy.max_calls:
        branch = Branch.LAST_CALL
    else:
        branch = Branch.CALLS_REMAIN
    stage = _next_stage(context, progress, event, branch)
    zone_name = context.decider_zone
    day = date_in_zone(event.at, zone_name)
    if day < context.follow_up_on:
        raise _refuse(
            "call-not-before-follow-up",
            f"the call on {_day(day)} comes before the agreed follow-up day, "
            f"{_day(context.follow_up_on)} ({zone_name})",
            progress,
            event,
        )
    last = progress.last_call_on
    interval = context.policy.call_interval_days
    if last is not None and day < last + interval:
        raise _refuse(
            "call-interval",
            f"the call on {_day(day)} is {day - last} days after the previous call on "
            f"{_day(last)}; wait at least {interval} days (from {_day(last + interval)}, "
            f"{zone_name})",
            progress,
            event,
        )
    return _progress(
        stage,
        letters_sent=progress.letters_sent,
        calls_made=calls_made,
        last_call_on=day,
        closed_on=None,
        last_at=event.at,
        # The next call and the close-the-loop message follow the same rule.
        due_on=next_call_on(context, day),
        due_zone=zone_name,
    )


def _on_close_loop(context: Context, progress: Progress, event: CloseLoopSent) -> Progress:
    permitted = context.calls_permitted
    branch = Branch.CALLS_PERMITTED if permitted else Branch.CALLS_NOT_PERMITTED
    stage = _next_stage(context, progress, event, branch)
    allowed = (Channel.EMAIL, Channel.VOICEMAIL) if permitted else (Channel.EMAIL, Channel.MAIL)
    if event.channel not in allowed:
        names = " or ".join(channel.name for channel in allowed)
        why = "" if permitted else " (calls were not permitted: write)"
        raise _refuse(
            "close-loop-channel",
            f"close the loop by {names}{why}, not {event.channel.name}",
            progress,
            event,
        )
    zone_name = context.decider_zone
    day = date_in_zone(event.at, zone_name)
    due = close_loop_due_on(context, progress.last_call_on)
    if day < due:
        raise _refuse(
            "close-loop-not-before-due",
            f"the message on {_day(day)} comes before its due date, {_day(due)} ({zone_name})",
            progress,
            event,
        )
    return _progress(
        stage,
        letters_sent=progress.letters_sent,
        calls_made=progress.calls_made,
        last_call_on=progress.last_call_on,
        closed_on=day,
        last_at=event.at,
        due_on=move_on_on(context, day),
        due_zone=zone_name,
    )


def _on_move_on(context: Context, progress: Progress, event: MovedOn) -> Progress:
    stage = _next_stage(context, progress, event, Branch.ANY)
    assert progress.closed_on is not None, "the table allows MovedOn only after closing the loop"
    zone_name = context.decider_zone
    day = date_in_zone(event.at, zone_name)
    due = move_on_on(context, progress.closed_on)
    if day < due:
        raise _refuse(
            "move-on-not-before-due",
            f"moving on on {_day(day)} comes before the reply-by date has passed; "
            f"move on from {_day(due)} ({zone_name})",
            progress,
            event,
        )
    return _ended(progress, stage, event.at)


def _on_ending(context: Context, progress: Progress, event: HeardBack | Withdrew) -> Progress:
    stage = _next_stage(context, progress, event, Branch.ANY)
    return _ended(progress, stage, event.at)


_HANDLERS: Mapping[type, Callable[[Context, Progress, Any], Progress]] = MappingProxyType(
    {
        ThankYouSent: _on_letter,
        CallPlaced: _on_call,
        CloseLoopSent: _on_close_loop,
        MovedOn: _on_move_on,
        HeardBack: _on_ending,
        Withdrew: _on_ending,
    }
)


def first_progress(context: Context) -> Progress:
    """Return the progress of a workflow that has just started: THANKING, letters due."""
    return _progress(
        Stage.THANKING,
        letters_sent=0,
        calls_made=0,
        last_call_on=None,
        closed_on=None,
        last_at=context.interview.ended_at,
        due_on=context.letters_due_on,
        due_zone=context.candidate_zone,
    )


def step(context: Context, progress: Progress, event: object) -> Progress:
    """Apply one event to a workflow's progress, or refuse it.

    Args:
        context: The workflow's fixed facts.
        progress: What the workflow has done so far.
        event: The event to apply.

    Returns:
        The progress after the event.

    Raises:
        InvalidInput: ``event`` is not one of the six event types.
        RuleViolation: The event breaks a rule; nothing changed.
    """
    handler = _HANDLERS.get(type(event))
    if handler is None:
        names = ", ".join(kind.__name__ for kind in EVENT_TYPES)
        raise InvalidInput(f"apply() takes an event ({names}), not {shown(event)}", field="event")
    return handler(context, progress, event)


def replay(context: Context, progress: Progress, events: Iterable[object]) -> Progress:
    """Apply events one after another, as :func:`step` does, and return the last progress.

    Args:
        context: The workflow's fixed facts.
        progress: The progress before the first event.
        events: The events, in order.

    Returns:
        The progress after the last event.

    Raises:
        InvalidInput: An item is not an event.
        RuleViolation: An event breaks a rule.
    """
    for event in events:
        progress = step(context, progress, event)
    return progress
