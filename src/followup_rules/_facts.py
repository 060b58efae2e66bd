"""The facts of a workflow as the reader of one script sees them.

A script is written for one reader: an interviewer for a thank-you letter,
the decision-maker for calls and the messages to them, the candidate for the
move-on summary. :class:`Facts` holds what that script may tell, gathered
once, with every day on the reader's calendar:

* what really happened, from the history: when each letter went out, the
  day and result of every call, when the loop was closed, when the decision
  was postponed (:func:`history_of` reads the history once per workflow);
* what was agreed: the agreement the script is about (the latest one for the
  plan's actions, the one an event brought for a postponement), with its
  follow-up day resolved exactly as the workflow resolves it;
* for a call, which attempt it is and the call before it: made, or as the
  plan projects it when it is still to come;
* the day of use: ``now`` on the reader's calendar, or, without it, the day
  the item falls due (never before the last thing the workflow knows).

No words here: the scripts turn these facts into sentences in a language
(``_scripts.py``, ``_language.py``). The facts are the same in every
language.

This module reads the engine and the engine never reads it.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs
import pendulum

from ._calendar import date_in_zone, day_in_zone, day_start_seconds, posix_seconds
from ._events import (
    CallPlaced,
    CloseLoopSent,
    DecisionPostponed,
    HeardBack,
    ThankYouSent,
    Withdrew,
)
from ._plan import Action, ActionKind
from ._rules import resolve_follow_up
from ._values import Agreement, CallResult, Candidate, Channel, Interviewer, Position
from ._workflow import Workflow

__all__ = [
    "Call",
    "Facts",
    "History",
    "Letter",
    "for_action",
    "for_event",
    "for_permission",
    "history_of",
]


@attrs.frozen
class Letter:
    """A thank-you letter that went out."""

    at: pendulum.DateTime
    channel: Channel


@attrs.frozen
class MadeCall:
    """A follow-up call the candidate placed."""

    at: pendulum.DateTime
    result: CallResult
    call_back_on: pendulum.Date | None
    agreement: int
    """The index, in ``workflow.agreements``, of the agreement it followed."""


@attrs.frozen
class History:
    """What happened, read once from a workflow's history.

    Attributes:
        letters: Each thanked interviewer's index, with their letter.
        calls: Every call placed, in order.
        postponed_at: When each postponement was heard of: the one that
            brought ``workflow.agreements[i + 1]`` is ``postponed_at[i]``.
        closed: When and how the loop was closed, unless a postponement
            superseded it since.
        last_at: The latest instant the workflow knows.
    """

    letters: Mapping[int, Letter]
    calls: tuple[MadeCall, ...]
    postponed_at: tuple[pendulum.DateTime, ...]
    closed: tuple[pendulum.DateTime, Channel] | None
    last_at: pendulum.DateTime


def history_of(workflow: Workflow) -> History:
    """Read a workflow's history once, for every script written from it."""
    interview = workflow.interview
    letters: dict[int, Letter] = {}
    calls: list[MadeCall] = []
    postponed_at: list[pendulum.DateTime] = []
    closed: tuple[pendulum.DateTime, Channel] | None = None
    for event in workflow.history:
        if isinstance(event, ThankYouSent):
            index = interview.index_of(event.to)
            assert index is not None, "the rules accept letters to the interviewers only"
            letters[index] = Letter(event.at, event.channel)
        elif isinstance(event, CallPlaced):
            calls.append(MadeCall(event.at, event.result, event.call_back_on, len(postponed_at)))
        elif isinstance(event, DecisionPostponed):
            postponed_at.append(event.at)
            closed = None
        elif isinstance(event, CloseLoopSent):
            closed = (event.at, event.channel)
    last_at = workflow.history[-1].at if workflow.history else interview.ended_at
    return History(letters, tuple(calls), tuple(postponed_at), closed, last_at)


@attrs.frozen
class Call:
    """A call as a script tells it: its day on the reader's calendar, and what came of it.

    ``result`` and ``call_back_on`` are None for a call the plan projects.
    """

    day: int
    result: CallResult | None = None
    call_back_on: int | None = None


@attrs.frozen
class Facts:
    """What one script may tell, for its reader. Every day is a day ordinal.

    Attributes:
        candidate: The candidate.
        position: The position.
        contact: Whom the script speaks to (the decision-maker for the
            move-on summary, which the candidate reads).
        zone: The reader's zone: every day below is on its calendar, except
            the agreed dates and ``reply_by``, which are the decision-maker's.
        day_of_use: The day the script is used.
        interview_day: The interview's date.
        to_decider: Whether ``contact`` is the decision-maker.
        agreement: The agreement the script is about.
        follow_up_on: Its follow-up day, resolved to a business day.
        calls_allowed: Whether calls may follow it.
        postponed_on: The day it was given, when a postponement gave it.
        letters: Each interviewer thanked, in the interview's order, with
            the day and channel of their letter.
        calls: Every call placed, in order.
        calls_since: The calls placed since the agreement in question.
        attempt: For a call, which attempt it is since the agreement.
        max_calls: The policy's most calls per agreement.
        previous_call: For a call after the first, the call before it:
            made, or projected by the plan.
        reply_by: The date to ask an answer by, or the one that passed.
        closed: When and how the loop was closed.
        highlights: What stood out: the contact's own highlights, then the
            interview's.
        qualifications: The candidate's qualifications.
    """

    candidate: Candidate
    position: Position
    contact: Interviewer
    zone: str
    day_of_use: int
    interview_day: int
    to_decider: bool
    agreement: Agreement
    follow_up_on: int
    calls_allowed: bool
    postponed_on: int | None
    letters: tuple[tuple[Interviewer, int, Channel], ...]
    calls: tuple[Call, ...]
    calls_since: tuple[Call, ...]
    attempt: int | None
    max_calls: int
    previous_call: Call | None
    reply_by: int | None
    closed: tuple[int, Channel] | None
    highlights: tuple[str, ...]
    qualifications: tuple[str, ...]

    @property
    def letter_to_contact(self) -> tuple[int, Channel] | None:
        """The day and channel of the contact's own letter, if it went out."""
        for person, day, channel in self.letters:
            if person == self.contact:
                return day, channel
        return None


def _agreement(workflow: Workflow, number: int) -> tuple[Agreement, int, bool]:
    """Agreement ``number`` (0 for the original), its follow-up day, and whether calls may follow."""
    agreement = workflow.agreements[number]
    policy = workflow.policy
    allowed = agreement.calls_permitted and number <= policy.max_postponements
    return agreement, resolve_follow_up(workflow._context, agreement), allowed


def _facts(
    workflow: Workflow,
    history: History,
    *,
    contact: Interviewer,
    zone: str,
    moment: int,
    number: int,
    attempt: int | None = None,
    previous_call: Call | None = None,
    reply_by: int | None = None,
) -> Facts:
    """Gather the facts of agreement ``number`` for a reader on ``zone``'s calendar at ``moment``."""
    interview = workflow.interview
    agreement, follow_up_on, allowed = _agreement(workflow, number)
    postponed_on = date_in_zone(history.postponed_at[number - 1], zone) if number > 0 else None
    letters = tuple(
        (person, date_in_zone(letter.at, zone), letter.channel)
        for index, person in enumerate(interview.interviewers)
        for letter in (history.letters.get(index),)
        if letter is not None
    )
    calls = tuple(
        Call(date_in_zone(call.at, zone), call.result, _ordinal(call.call_back_on))
        for call in history.calls
    )
    since = tuple(
        told for told, call in zip(calls, history.calls, strict=True) if call.agreement == number
    )
    closed = (
        None
        if history.closed is None
        else (date_in_zone(history.closed[0], zone), history.closed[1])
    )
    highlights = tuple(dict.fromkeys((*contact.highlights, *interview.highlights)))
    return Facts(
        candidate=interview.candidate,
        position=interview.position,
        contact=contact,
        zone=zone,
        day_of_use=day_in_zone(moment, zone),
        interview_day=date_in_zone(interview.ended_at, zone),
        to_decider=contact == interview.decision_maker,
        agreement=agreement,
        follow_up_on=follow_up_on,
        calls_allowed=allowed,
        postponed_on=postponed_on,
        letters=letters,
        calls=calls,
        calls_since=since,
        attempt=attempt,
        max_calls=workflow.policy.max_calls,
        previous_call=previous_call,
        reply_by=reply_by,
        closed=closed,
        highlights=highlights,
        qualifications=interview.qualifications,
    )


def _ordinal(day: pendulum.Date | None) -> int | None:
    return None if day is None else day.toordinal()


def for_action(
    workflow: Workflow,
    history: History,
    plan: tuple[Action, ...],
    action: Action,
    now: int | None,
) -> Facts:
    """Gather the facts of one of the plan's actions.

    Args:
        workflow: The workflow.
        history: ``history_of(workflow)``.
        plan: ``workflow.plan()``, which holds ``action``.
        action: The action.
        now: The moment of use, as POSIX seconds; None for the moment the
            action falls due (or the last the workflow knows, if later).

    Returns:
        The facts, on the calendar of the action's reader.
    """
    interview = workflow.interview
    decider = interview.decision_maker
    if now is None:
        due = day_start_seconds(action.due_on.toordinal(), action.timezone)
        now = max(due, posix_seconds(history.last_at))
    number = len(workflow.agreements) - 1
    if action.kind is ActionKind.SEND_THANK_YOU:
        assert action.contact is not None, "a letter names its interviewer"
        contact = action.contact
        return _facts(
            workflow, history, contact=contact, zone=contact.timezone, moment=now, number=number
        )
    if action.kind is ActionKind.CALL:
        assert action.attempt is not None, "a call has its attempt"
        return _facts(
            workflow,
            history,
            contact=decider,
            zone=decider.timezone,
            moment=now,
            number=number,
            attempt=action.attempt,
            previous_call=_previous_call(workflow, history, plan, action.attempt, number),
        )
    if action.kind is ActionKind.CLOSE_LOOP:
        zone_name = decider.timezone
        today = pendulum.Date.fromordinal(day_in_zone(now, zone_name))
        reply_by = workflow.reply_by_if_sent_on(today).toordinal()
        return _facts(
            workflow,
            history,
            contact=decider,
            zone=zone_name,
            moment=now,
            number=number,
            reply_by=reply_by,
        )
    assert action.reply_by is not None, "moving on follows a reply-by date"
    return _facts(
        workflow,
        history,
        contact=decider,
        zone=interview.candidate.timezone,
        moment=now,
        number=number,
        reply_by=action.reply_by.toordinal(),
    )


def _previous_call(
    workflow: Workflow,
    history: History,
    plan: tuple[Action, ...],
    attempt: int,
    number: int,
) -> Call | None:
    """The call before ``attempt`` since agreement ``number``: made, or as the plan projects it."""
    if attempt == 1:
        return None
    zone_name = workflow.interview.decision_maker.timezone
    made = [call for call in history.calls if call.agreement == number]
    if attempt - 1 <= len(made):
        call = made[attempt - 2]
        return Call(date_in_zone(call.at, zone_name), call.result, _ordinal(call.call_back_on))
    for action in plan:
        if action.kind is ActionKind.CALL and action.attempt == attempt - 1:
            return Call(action.due_on.toordinal())
    raise AssertionError("the plan holds every call after the ones made")


def for_event(workflow: Workflow, history: History, position: int, now: int | None) -> Facts:
    """Gather the facts of an event of the history that calls for an answer.

    Args:
        workflow: The workflow.
        history: ``history_of(workflow)``.
        position: Where the event (a ``HeardBack``, ``DecisionPostponed``
            or ``Withdrew``) stands in ``workflow.history``.
        now: The moment of use, as POSIX seconds; None for the event's own.

    Returns:
        The facts, on the decision-maker's calendar, about the agreement the
        event brought (a postponement) or the one in force when it came.
    """
    event = workflow.history[position]
    assert isinstance(event, HeardBack | DecisionPostponed | Withdrew)
    decider = workflow.interview.decision_maker
    number = sum(
        1 for other in workflow.history[: position + 1] if isinstance(other, DecisionPostponed)
    )
    moment = posix_seconds(event.at) if now is None else now
    return _facts(
        workflow, history, contact=decider, zone=decider.timezone, moment=moment, number=number
    )


def for_permission(workflow: Workflow) -> Facts:
    """Gather the facts of step 1 for the latest agreement, as the decision-maker hears them."""
    decider = workflow.interview.decision_maker
    history = history_of(workflow)
    return _facts(
        workflow,
        history,
        contact=decider,
        zone=decider.timezone,
        moment=posix_seconds(history.last_at),
        number=len(workflow.agreements) - 1,
    )
