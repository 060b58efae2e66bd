"""The plan: what remains to be done, and when, as if nobody answers.

Rules this module follows:

* It reads a workflow's fixed facts (:class:`~._rules.Context`) and its
  progress, and never changes them. Every day it names comes from the date
  rules in ``_rules.py`` (:func:`~._rules.next_call_on` and the others), the
  very functions the checks use, so what the plan offers the rules accept.
* The current step is what :meth:`Workflow.due` offers: the unsent letters,
  or the next call, or the close-the-loop message, or moving on. The plan is
  the current step followed by every later one, each projected from the one
  before it.
* Each action says why it falls on its day (``_explain.py`` writes the
  reason). Call windows are built last, from a day and a wall-clock time in
  the decision-maker's zone, and never leave that day.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from collections.abc import Iterator
from typing import Any

import attrs
import pendulum

from ._calendar import day_to_date, in_zone, utc_of_wall_time, zone
from ._explain import (
    close_loop_reason,
    first_call_reason,
    letter_reason,
    move_on_reason,
    next_call_reason,
)
from ._rules import Context, Progress, Stage, close_loop_due_on, next_call_on, reply_by
from ._values import Interviewer

__all__ = ["Action", "ActionKind", "CallWindow", "current_step", "remaining_steps"]


class ActionKind(enum.Enum):
    """What the candidate has to do."""

    SEND_THANK_YOU = "send_thank_you"
    """Step 2: send a thank-you letter to one interviewer."""
    CALL = "call"
    """Step 3: call the decision-maker."""
    CLOSE_LOOP = "close_loop"
    """Step 4: send the one last close-the-loop message."""
    MOVE_ON = "move_on"
    """Step 4, last: no answer came; close the application and move on."""


def _rebuild_window(start: pendulum.DateTime, end: pendulum.DateTime, zone_name: str) -> CallWindow:
    return CallWindow(start.in_timezone(zone(zone_name)), end.in_timezone(zone(zone_name)))


@attrs.frozen(weakref_slot=False)
class CallWindow:
    """A stretch of time, outside work hours, that suits a call.

    Attributes:
        start: When the window opens, aware, in the decision-maker's zone.
        end: When it closes (exclusive), aware, in the same zone.
    """

    start: pendulum.DateTime
    end: pendulum.DateTime

    def __reduce__(self) -> tuple[Any, ...]:
        # A pendulum DateTime in a zone's repeated hour comes back from pickle
        # an hour off; UTC instants plus the zone name come back exactly.
        zone_name = self.start.timezone_name
        return (
            _rebuild_window,
            (self.start.in_timezone("UTC"), self.end.in_timezone("UTC"), zone_name),
        )


@attrs.frozen(weakref_slot=False)
class Action:
    """One thing the candidate should do, and when.

    Attributes:
        kind: What to do.
        step: The strategy's step: 2 for letters, 3 for calls, 4 for closing
            the loop and moving on.
        due_on: The day it is due, on the calendar of the person it
            concerns (``timezone``): letters on the candidate's, the rest on
            the decision-maker's. It stays due from then until it is done.
        contact: Whom it goes to: the interviewer thanked, or the
            decision-maker; None for MOVE_ON.
        attempt: For calls, which call this is, from 1 to ``max_calls``;
            None for other kinds.
        windows: For calls, the before-hours and the after-hours
            :class:`CallWindow` on ``due_on`` (a window the day's clocks leave
            no room for is left out); empty for other kinds.
        timezone: The zone of the calendar ``due_on`` belongs to.
        reply_by: For CLOSE_LOOP, the date to ask for an answer by if the
            message is sent on ``due_on``; for MOVE_ON, the reply-by date that
            passed; None otherwise.
        reason: Why the action falls on ``due_on``, in a short sentence a
            person can check, for example "one week after call 1".
    """

    kind: ActionKind
    step: int
    due_on: pendulum.Date
    contact: Interviewer | None
    attempt: int | None = None
    windows: tuple[CallWindow, ...] = ()
    timezone: str = attrs.field(default="UTC", kw_only=True)
    reply_by: pendulum.Date | None = attrs.field(default=None, kw_only=True)
    reason: str = attrs.field(default="", kw_only=True)


_MIDNIGHT = _dt.time(0)


@functools.lru_cache(maxsize=16384)
def call_windows(
    day: int, zone_name: str, start: _dt.time, end: _dt.time, minutes: int
) -> tuple[CallWindow, ...]:
    """Return the call windows of a day: just before work starts and just after it ends.

    Work starts and ends at wall-clock times; each window reaches a fixed
    number of minutes from there, and is clipped to the day itself: where the
    clocks jump from 00:00 to 01:00 and work starts at 01:00, the hour before
    belongs to the day before, and a call then would come a day early. A
    window that clipping leaves empty is left out. Held: on any given day many
    workflows share a zone and work hours.

    Args:
        day: The day, as a day ordinal.
        zone_name: The decision-maker's zone.
        start: When work starts, wall-clock.
        end: When work ends, wall-clock.
        minutes: How long each window is.

    Returns:
        The windows, in order.
    """
    day_starts = utc_of_wall_time(day, _MIDNIGHT, zone_name)
    day_ends = utc_of_wall_time(day + 1, _MIDNIGHT, zone_name)
    opens = utc_of_wall_time(day, start, zone_name)
    closes = utc_of_wall_time(day, end, zone_name)
    reach = _dt.timedelta(minutes=minutes)
    spans = ((max(opens - reach, day_starts), opens), (closes, min(closes + reach, day_ends)))
    return tuple(
        CallWindow(in_zone(first, zone_name), in_zone(last, zone_name))
        for first, last in spans
        if first < last
    )


# --- One action of each kind -----------------------------------------------


def _letter(context: Context, index: int) -> Action:
    return Action(
        ActionKind.SEND_THANK_YOU,
        2,
        day_to_date(context.letters_due_on),
        context.interview.interviewers[index],
        timezone=context.candidate_zone,
        reason=letter_reason(context),
    )


def _call(context: Context, attempt: int, day: int, reason: str) -> Action:
    policy = context.policy
    windows = call_windows(
        day,
        context.decider_zone,
        policy.workday_start,
        policy.workday_end,
        policy.call_window_minutes,
    )
    return Action(
        ActionKind.CALL,
        3,
        day_to_date(day),
        context.decider,
        attempt,
        windows,
        timezone=context.decider_zone,
        reason=reason,
    )


def _next_call(context: Context, attempt: int, last_call_on: int | None, made: bool) -> Action:
    """Call ``attempt``, after the call on ``last_call_on`` (None: the first call).

    ``made`` tells whether ``last_call_on`` is a call that happened (its real
    day is named in the reason) or one only planned.
    """
    if last_call_on is None:
        return _call(context, attempt, context.follow_up_on, first_call_reason(context))
    day = next_call_on(context, last_call_on)
    return _call(context, attempt, day, next_call_reason(context, attempt, last_call_on, made, day))


def _close_loop(context: Context, last_call_on: int | None, made: bool) -> Action:
    """The close-the-loop message, after the (made or planned) last call."""
    closed_on = close_loop_due_on(context, last_call_on)
    return Action(
        ActionKind.CLOSE_LOOP,
        4,
        day_to_date(closed_on),
        context.decider,
        timezone=context.decider_zone,
        reply_by=day_to_date(reply_by(context, closed_on)),
        reason=close_loop_reason(context, last_call_on, made, closed_on),
    )


def _move_on(context: Context, closed_on: int, sent: bool) -> Action:
    """Moving on, after the close-the-loop message (``sent`` or planned) on ``closed_on``."""
    reply = reply_by(context, closed_on)
    return Action(
        ActionKind.MOVE_ON,
        4,
        day_to_date(reply + 1),
        None,
        timezone=context.decider_zone,
        reply_by=day_to_date(reply),
        reason=move_on_reason(context, closed_on, reply, sent),
    )


def _after_letters(
    context: Context, calls_made: int, last_call_on: int | None, made: bool
) -> Action:
    """The next action once the letters are sent: the next call, or closing the loop.

    Args:
        context: The workflow's fixed facts.
        calls_made: How many calls were made (or planned) so far.
        last_call_on: The day of the last of them; None before the first.
        made: Whether that call happened, rather than being only planned.
    """
    if context.calls_permitted and calls_made < context.policy.max_calls:
        return _next_call(context, calls_made + 1, last_call_on, made)
    return _close_loop(context, last_call_on, made)


# --- The current step, and the whole plan ----------------------------------


def current_step(context: Context, progress: Progress) -> tuple[Action, ...]:
    """Return the actions of the current step: what ``due()`` offers once their day comes.

    Args:
        context: The workflow's fixed facts.
        progress: What the workflow has done so far.

    Returns:
        The unsent letters (in the order of the interviewers), or the next
        call, or the close-the-loop message, or moving on; empty once the
        workflow has ended.
    """
    stage = progress.stage
    if stage.terminal:
        return ()
    if stage is Stage.THANKING:
        return tuple(
            _letter(context, index)
            for index in range(context.letter_count)
            if not progress.letters_sent >> index & 1
        )
    if stage is Stage.AWAITING_REPLY:
        assert progress.closed_on is not None, "AWAITING_REPLY follows closing the loop"
        return (_move_on(context, progress.closed_on, True),)
    last_call_on = progress.last_call_on
    return (_after_letters(context, progress.calls_made, last_call_on, last_call_on is not None),)


def _projection(context: Context, progress: Progress) -> Iterator[Action]:
    """Yield every remaining action, step by step, as if nobody answers."""
    stage = progress.stage
    if stage.terminal:
        return
    if stage in (Stage.THANKING, Stage.AWAITING_REPLY):
        yield from current_step(context, progress)
        if stage is Stage.AWAITING_REPLY:
            return
    calls_made, last_call_on = progress.calls_made, progress.last_call_on
    made = last_call_on is not None
    action = _after_letters(context, calls_made, last_call_on, made)
    while action.kind is ActionKind.CALL:
        yield action
        calls_made, last_call_on, made = calls_made + 1, action.due_on.toordinal(), False
        action = _after_letters(context, calls_made, last_call_on, made)
    yield action
    yield _move_on(context, action.due_on.toordinal(), False)


def remaining_steps(context: Context, progress: Progress) -> tuple[Action, ...]:
    """Return every remaining action, projected as if nobody answers, by due date.

    Args:
        context: The workflow's fixed facts.
        progress: What the workflow has done so far.

    Returns:
        Letters still unsent, each remaining call, the close-the-loop
        message and moving on, ordered by due date (letters in the order of
        the interviewers); empty once the workflow has ended.
    """
    return tuple(sorted(_projection(context, progress), key=_due_ordinal))


def _due_ordinal(action: Action) -> int:
    return action.due_on.toordinal()
