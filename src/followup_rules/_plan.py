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
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pendulum

from ._calendar import day_to_date, in_zone, utc_of_wall_time, zone
from ._errors import InvalidInput, listed, type_name
from ._events import CallPlaced, CloseLoopSent, Event, MovedOn, ThankYouSent
from ._explain import (
    absence_reason,
    call_back_reason,
    close_loop_reason,
    follow_up_reason,
    late_reason,
    letter_reason,
    move_on_reason,
    next_call_reason,
    no_calls_left_reason,
)
from ._holidays import HolidayDays
from ._rules import (
    Basis,
    Context,
    Progress,
    Stage,
    business_days,
    call_basis,
    calls_remain,
    close_loop_basis,
    close_loop_due_on,
    move_on_on,
    next_call_on,
    reply_by,
)
from ._values import CallResult, Channel, Interviewer

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
        key: A short name of the step, unique among a workflow's planned
            actions and the same for the same step whatever else happens
            (other events, a re-projected plan, ``to_dict``/``from_dict``,
            another process): "letter to interviewer 2", "call 3 after
            agreement 1", "close the loop after agreement 2", "move on after
            agreement 1". A reminder or a calendar entry can hang on it.
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
    key: str = attrs.field(default="", kw_only=True)

    def done(self, at: _dt.datetime, **details: Any) -> Event:
        """Return the event that records doing this action, ready for ``workflow.apply``.

        Args:
            at: When it was done, timezone-aware.
            **details: For a letter, ``channel`` (``Channel.MAIL``, the
                default, or ``Channel.EMAIL``); for a call, ``result`` (a
                ``CallResult``, ``VOICEMAIL`` by default) and
                ``call_back_on``; for the close-the-loop message,
                ``channel`` (``Channel.EMAIL`` by default); nothing for
                moving on.

        Returns:
            ``ThankYouSent``, ``CallPlaced``, ``CloseLoopSent`` or ``MovedOn``.

        Raises:
            InvalidInput: A detail this kind of action does not take, a bad
                value, or an action without the contact it needs.
        """
        allowed = _DETAILS.get(self.kind) if isinstance(self.kind, ActionKind) else None
        if allowed is None:
            raise InvalidInput(
                f"done() needs an action of the plan, not one of kind {type_name(self.kind)}",
                field="kind",
            )
        unknown = sorted(name for name in details if name not in allowed)
        if unknown:
            raise InvalidInput(
                f"a {self.kind.name} action takes {listed(allowed) if allowed else 'no details'}, "
                f"not {listed(unknown)}",
                field=unknown[0],
            )
        if self.kind is ActionKind.SEND_THANK_YOU:
            if not isinstance(self.contact, Interviewer):
                raise InvalidInput("a letter action needs its interviewer", field="contact")
            return ThankYouSent(self.contact, at, details.get("channel", Channel.MAIL))
        if self.kind is ActionKind.CALL:
            return CallPlaced(
                at,
                details.get("result", CallResult.VOICEMAIL),
                call_back_on=details.get("call_back_on"),
            )
        if self.kind is ActionKind.CLOSE_LOOP:
            return CloseLoopSent(at, details.get("channel", Channel.EMAIL))
        return MovedOn(at)


_DETAILS: dict[ActionKind, tuple[str, ...]] = {
    ActionKind.SEND_THANK_YOU: ("channel",),
    ActionKind.CALL: ("result", "call_back_on"),
    ActionKind.CLOSE_LOOP: ("channel",),
    ActionKind.MOVE_ON: (),
}


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
#
# Each takes the progress the step follows, made or projected, and asks the
# date rules of _rules.py for its day. ``today`` (plan(now) only) gives
# today's day ordinal in a zone: a step that would fall on a day already past
# is planned on the first business day from today instead.

Today = Callable[[str], int]


def _on_time(
    context: Context, day: int, zone_name: str, reason: str, today: Today | None
) -> tuple[int, str]:
    """The step's day and reason, moved to today (or the next business day) if it is past."""
    if today is None or day >= today(zone_name):
        return day, reason
    decider_days = context.decider_days
    holidays = decider_days.holidays
    assert isinstance(holidays, HolidayDays), "a workflow's holidays are its policy's"
    days = business_days(holidays, zone_name, decider_days.weekend)
    late = days.on_or_after(today(zone_name))
    return late, late_reason(reason, day, late)


def _letter(context: Context, index: int, today: Today | None) -> Action:
    day, reason = _on_time(
        context, context.letters_due_on, context.candidate_zone, letter_reason(context), today
    )
    return Action(
        ActionKind.SEND_THANK_YOU,
        2,
        day_to_date(day),
        context.interview.interviewers[index],
        timezone=context.candidate_zone,
        reason=reason,
        key=f"letter to interviewer {index + 1}",
    )


def _call_reason(context: Context, progress: Progress, made: bool, day: int) -> str:
    _, basis = call_basis(context, progress)
    if basis is Basis.CALL_BACK:
        assert progress.call_back_on is not None, "a call-back bound has its day"
        return call_back_reason(context, progress.call_back_on, day)
    if basis is Basis.ABSENCE:
        assert progress.away_until is not None, "an absence bound has its end"
        return absence_reason(context, progress.away_until, day)
    if basis is Basis.INTERVAL:
        assert progress.last_call_on is not None, "the interval counts from a call"
        attempt = progress.calls_made + 1
        return next_call_reason(context, attempt, progress.last_call_on, made, day)
    return follow_up_reason(context, progress.agreements[-1], day)


def _call(context: Context, progress: Progress, made: bool, today: Today | None) -> Action:
    """The next call after ``progress``; ``made`` tells whether its last call happened."""
    zone_name = context.decider_zone
    planned = next_call_on(context, progress)
    day, reason = _on_time(
        context, planned, zone_name, _call_reason(context, progress, made, planned), today
    )
    policy = context.policy
    windows = call_windows(
        day, zone_name, policy.workday_start, policy.workday_end, policy.call_window_minutes
    )
    attempt = progress.calls_made + 1
    return Action(
        ActionKind.CALL,
        3,
        day_to_date(day),
        context.decider,
        attempt,
        windows,
        timezone=zone_name,
        reason=reason,
        key=f"call {attempt} after agreement {len(progress.agreements)}",
    )


def _close_loop_reason(context: Context, progress: Progress, made: bool, day: int) -> str:
    _, basis = close_loop_basis(context, progress)
    if basis is Basis.ABSENCE:
        assert progress.away_until is not None, "an absence bound has its end"
        return absence_reason(context, progress.away_until, day)
    if basis is Basis.AFTER_LAST_CALL:
        return close_loop_reason(context, progress.last_call_on, made, day)
    if not context.calls_permitted:
        return close_loop_reason(context, None, False, day, progress.agreements[-1])
    return no_calls_left_reason(context, progress.agreements[-1], day)


def _close_loop(context: Context, progress: Progress, made: bool, today: Today | None) -> Action:
    """The close-the-loop message after ``progress``, whose last call (if any) was ``made``."""
    zone_name = context.decider_zone
    planned = close_loop_due_on(context, progress)
    day, reason = _on_time(
        context, planned, zone_name, _close_loop_reason(context, progress, made, planned), today
    )
    return Action(
        ActionKind.CLOSE_LOOP,
        4,
        day_to_date(day),
        context.decider,
        timezone=zone_name,
        reply_by=day_to_date(reply_by(context, day)),
        reason=reason,
        key=f"close the loop after agreement {len(progress.agreements)}",
    )


def _move_on(
    context: Context,
    progress: Progress,
    closed_on: int,
    reply_by_on: int,
    sent: bool,
    today: Today | None,
) -> Action:
    """Moving on, after the close-the-loop message (``sent`` or planned) on ``closed_on``."""
    zone_name = context.decider_zone
    restarted = reply_by_on != reply_by(context, closed_on)
    reason = move_on_reason(context, closed_on, reply_by_on, sent, restarted=restarted)
    day, reason = _on_time(context, move_on_on(reply_by_on), zone_name, reason, today)
    return Action(
        ActionKind.MOVE_ON,
        4,
        day_to_date(day),
        None,
        timezone=zone_name,
        reply_by=day_to_date(reply_by_on),
        reason=reason,
        key=f"move on after agreement {len(progress.agreements)}",
    )


def _awaited_move_on(context: Context, progress: Progress, today: Today | None) -> Action:
    assert progress.closed_on is not None, "AWAITING_REPLY follows closing the loop"
    assert progress.reply_by is not None, "a sent close-the-loop message has its reply-by date"
    return _move_on(context, progress, progress.closed_on, progress.reply_by, True, today)


# --- The current step, and the whole plan ----------------------------------


def current_step(context: Context, progress: Progress) -> tuple[Action, ...]:
    """Return the actions of the current step: what ``due()`` offers once their day comes.

    Args:
        context: The workflow's fixed facts.
        progress: What the workflow has done so far.

    Returns:
        The unsent letters (in the order of the interviewers), or the next
        call, or the close-the-loop message, or moving on; empty once the
        workflow has ended. Each falls on ``progress.due_on``.
    """
    stage = progress.stage
    if stage.terminal:
        return ()
    if stage is Stage.THANKING:
        return _letters(context, progress, None)
    if stage is Stage.AWAITING_REPLY:
        return (_awaited_move_on(context, progress, None),)
    if calls_remain(context, progress):
        return (_call(context, progress, True, None),)
    return (_close_loop(context, progress, True, None),)


def _letters(context: Context, progress: Progress, today: Today | None) -> tuple[Action, ...]:
    return tuple(
        _letter(context, index, today)
        for index in range(context.letter_count)
        if not progress.letters_done >> index & 1
    )


def _projection(context: Context, progress: Progress, today: Today | None) -> Iterator[Action]:
    """Yield every remaining action, step by step, as if nobody answers.

    Each call is projected from the one before it, as if it happened on its
    planned day: a late step shifts everything after it.
    """
    stage = progress.stage
    if stage.terminal:
        return
    if stage is Stage.THANKING:
        yield from _letters(context, progress, today)
    if stage is Stage.AWAITING_REPLY:
        yield _awaited_move_on(context, progress, today)
        return
    made = True
    while calls_remain(context, progress):
        call = _call(context, progress, made, today)
        yield call
        progress = progress._replace(
            calls_made=progress.calls_made + 1,
            last_call_on=call.due_on.toordinal(),
            call_back_on=None,
        )
        made = False
    close = _close_loop(context, progress, made, today)
    yield close
    closed_on = close.due_on.toordinal()
    yield _move_on(context, progress, closed_on, reply_by(context, closed_on), False, today)


def remaining_steps(
    context: Context, progress: Progress, today: Today | None = None
) -> tuple[Action, ...]:
    """Return every remaining action, projected as if nobody answers, by due date.

    Args:
        context: The workflow's fixed facts.
        progress: What the workflow has done so far.
        today: Today's day ordinal in a zone, for ``plan(now)``: steps that
            would fall on a day already past are planned from today.

    Returns:
        Letters still unsent, each remaining call, the close-the-loop
        message and moving on, ordered by due date (letters in the order of
        the interviewers); empty once the workflow has ended.
    """
    return tuple(sorted(_projection(context, progress, today), key=_due_ordinal))


def _due_ordinal(action: Action) -> int:
    return action.due_on.toordinal()
