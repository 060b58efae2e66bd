"""The workflow: one candidate's follow-up after one interview, as an immutable value.

A :class:`Workflow` is made by :meth:`Workflow.start` (or rebuilt by
:meth:`Workflow.from_dict`) and changed only by :meth:`Workflow.apply`, which
returns a new workflow and leaves the old one as it was. What to do next is
read from :meth:`Workflow.due` (what can be done now) and
:meth:`Workflow.plan` (everything that remains, as if nobody answers).
The rules themselves live in ``_rules.py``.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from typing import Any, NoReturn, TypeVar

import attrs
import pendulum

from ._calendar import (
    DayCache,
    business_day_after,
    business_day_on_or_after,
    day_in_zone,
    day_to_date,
    in_zone,
    posix_seconds,
    stdlib_zone,
    to_date,
    to_seconds,
    utc_of_wall_time,
    zone,
)
from ._errors import InvalidInput
from ._events import Event
from ._explain import (
    close_loop_reason,
    first_call_reason,
    letter_reason,
    move_on_reason,
    next_call_reason,
)
from ._rules import (
    Context,
    Progress,
    Stage,
    close_loop_due_on,
    first_progress,
    next_call_on,
    replay,
    reply_by,
    step,
)
from ._slots import slot_setters
from ._values import Agreement, Interview, Interviewer, Policy

__all__ = ["Action", "ActionKind", "CallWindow", "Workflow", "agenda"]

K = TypeVar("K", bound=Hashable)


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
            :class:`CallWindow` on ``due_on``; empty for other kinds.
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


def _date(ordinal: int) -> pendulum.Date:
    return day_to_date(ordinal)


@functools.lru_cache(maxsize=16384)
def _call_windows(
    day: int, zone_name: str, start: _dt.time, end: _dt.time, minutes: int
) -> tuple[CallWindow, CallWindow]:
    # Held: on any given day many workflows share a zone and work hours.
    # The window edges are instants: work starts and ends at wall-clock
    # times, and the windows reach a fixed number of minutes either side.
    opens = utc_of_wall_time(day, start, zone_name)
    closes = utc_of_wall_time(day, end, zone_name)
    reach = _dt.timedelta(minutes=minutes)
    return (
        CallWindow(in_zone(opens - reach, zone_name), in_zone(opens, zone_name)),
        CallWindow(in_zone(closes, zone_name), in_zone(closes + reach, zone_name)),
    )


def _action(
    kind: ActionKind,
    step: int,
    due_on: pendulum.Date,
    contact: Interviewer | None,
    attempt: int | None,
    windows: tuple[CallWindow, ...],
    timezone: str,
    reply_by: pendulum.Date | None,
    reason: str = "",
) -> Action:
    # The engine's own actions need no checking, and attrs' frozen __init__
    # costs several times more than setting the eight slots directly.
    # The slots in field order, set one by one: a loop over a zip of the
    # values costs more than the nine calls themselves.
    slots = _ACTION_SLOTS
    action = _new_object(Action)
    slots[0](action, kind)
    slots[1](action, step)
    slots[2](action, due_on)
    slots[3](action, contact)
    slots[4](action, attempt)
    slots[5](action, windows)
    slots[6](action, timezone)
    slots[7](action, reply_by)
    slots[8](action, reason)
    return action


class Workflow:
    """One candidate's follow-up after one interview: an immutable state machine.

    Build one with :meth:`start` (or :meth:`from_dict`); change it with
    :meth:`apply`, which returns a new workflow and leaves this one as it
    was. Two workflows are equal when they have the same interview,
    agreement, policy and history. Workflows are hashable and pickle.

    Attributes:
        interview: The interview followed up on.
        agreement: What was agreed at its end (step 1).
        policy: The rules' knobs.
        history: The accepted events, in order.
        stage: The current stage.
        calls_made: How many follow-up calls were placed.
        follow_up_on: The agreed follow-up day, resolved to a business day.
    """

    # Written by hand rather than with attrs: a workflow is built for every
    # event applied, and three slots set directly cost a fraction of an attrs
    # class's frozen __init__. It is immutable all the same.
    __slots__ = ("_context", "_memo", "_progress", "history")

    _context: Context
    _progress: Progress
    history: tuple[Event, ...]
    _memo: tuple[Action, ...]

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise TypeError(
            "build a Workflow with Workflow.start(interview, agreement, policy) "
            "or Workflow.from_dict(data)"
        )

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError()

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError()

    @classmethod
    def _make(cls, context: Context, progress: Progress, history: tuple[Event, ...]) -> Workflow:
        workflow = object.__new__(cls)
        _set_context(workflow, context)
        _set_progress(workflow, progress)
        _set_history(workflow, history)
        return workflow

    @classmethod
    def start(
        cls, interview: Interview, agreement: Agreement, policy: Policy | None = None
    ) -> Workflow:
        """Start following up on an interview.

        Args:
            interview: The interview that ended.
            agreement: What the candidate and the decision-maker agreed.
            policy: The rules' knobs; the strategy's defaults when omitted.

        Returns:
            A workflow in stage THANKING with an empty history.

        Raises:
            InvalidInput: An argument has the wrong type, or the promised
                decision comes before the interview's date.
        """
        context = _context_of(interview, agreement, policy)
        return cls._make(context, first_progress(context), ())

    # --- reading the state ------------------------------------------------

    @property
    def interview(self) -> Interview:
        """The interview followed up on."""
        return self._context.interview

    @property
    def agreement(self) -> Agreement:
        """What was agreed at the end of the interview (step 1)."""
        return self._context.agreement

    @property
    def policy(self) -> Policy:
        """The rules' knobs."""
        return self._context.policy

    @property
    def stage(self) -> Stage:
        """The current stage."""
        return self._progress.stage

    @property
    def calls_made(self) -> int:
        """How many follow-up calls were placed."""
        return self._progress.calls_made

    @property
    def follow_up_on(self) -> pendulum.Date:
        """The agreed follow-up day, resolved to a business day (decision-maker's calendar)."""
        return _date(self._context.follow_up_on)

    @property
    def reply_by(self) -> pendulum.Date | None:
        """The reply-by date of the close-the-loop message once it was sent, else None."""
        closed_on = self._progress.closed_on
        return None if closed_on is None else _date(reply_by(self._context, closed_on))

    def reply_by_if_sent_on(self, day: _dt.date) -> pendulum.Date:
        """Return the reply-by date a close-the-loop message sent on ``day`` would ask for.

        Args:
            day: The day the message is sent, on the decision-maker's calendar.

        Returns:
            The first business day on or after ``day`` plus the policy's
            reply window.

        Raises:
            InvalidInput: ``day`` is not a calendar date.
        """
        return _date(reply_by(self._context, to_date(day, "day").toordinal()))

    @property
    def next_due_at(self) -> pendulum.DateTime | None:
        """The instant, in UTC, from which the next action is due; None once ended.

        It is the start of the next action's due day in the zone of the
        person it concerns, so ``due(now)`` is non-empty exactly when
        ``next_due_at <= now``: a value a database can index.
        """
        progress = self._progress
        if progress.due_on is None:
            return None
        return in_zone(utc_of_wall_time(progress.due_on, _dt.time(0), progress.due_zone), "UTC")

    @property
    def finished(self) -> bool:
        """Whether the workflow has ended (heard back, moved on or withdrawn)."""
        return self._progress.stage.terminal

    def __eq__(self, other: object) -> bool:
        if type(other) is not Workflow:
            return NotImplemented
        mine, theirs = self._context, other._context
        return (
            self.history == other.history
            and mine.interview == theirs.interview
            and mine.agreement == theirs.agreement
            and mine.policy == theirs.policy
        )

    def __hash__(self) -> int:
        context = self._context
        return hash((context.interview, context.agreement, context.policy, self.history))

    def __repr__(self) -> str:
        candidate = self.interview.candidate.name
        position = self.interview.position
        return (
            f"<Workflow {candidate!r} for {position.title!r} at {position.company!r}: "
            f"{self.stage.name}, {self.calls_made} call(s) made, "
            f"follow-up on {self.follow_up_on.isoformat()}, {len(self.history)} event(s)>"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_replay, (self.interview, self.agreement, self.policy, self.history))

    # Notebook and terminal displays. The display code is an edge module,
    # loaded only when a display is asked for; the engine's rules never use it.

    def _repr_html_(self) -> str:
        """Return the timeline as an HTML table, for Jupyter and other notebooks."""
        from ._display import workflow_html

        return workflow_html(self)

    def _repr_markdown_(self) -> str:
        """Return the timeline as a Markdown table, for notebooks and terminals."""
        from ._display import workflow_markdown

        return workflow_markdown(self)

    # --- changing it -------------------------------------------------------

    def apply(self, event: Event) -> Workflow:
        """Apply an event and return the new workflow.

        Args:
            event: What happened (``ThankYouSent``, ``CallPlaced``,
                ``HeardBack``, ``CloseLoopSent``, ``MovedOn`` or ``Withdrew``).

        Returns:
            A new workflow with the event in its history; this one is
            unchanged.

        Raises:
            RuleViolation: The event breaks one of the strategy's rules; the
                message names the rule and the values involved.
            InvalidInput: ``event`` is not an event.
        """
        context = self._context
        workflow = _new_object(Workflow)
        _set_context(workflow, context)
        _set_progress(workflow, step(context, self._progress, event))
        _set_history(workflow, (*self.history, event))
        return workflow

    # --- what to do ----------------------------------------------------------

    def _letter(self, index: int) -> Action:
        context = self._context
        return _action(
            ActionKind.SEND_THANK_YOU,
            2,
            _date(context.letters_due_on),
            context.interview.interviewers[index],
            None,
            (),
            context.candidate_zone,
            None,
            letter_reason(context),
        )

    def _call(self, attempt: int, day: int, reason: str) -> Action:
        context = self._context
        policy = context.policy
        zone_name = context.decider_zone
        windows = _call_windows(
            day, zone_name, policy.workday_start, policy.workday_end, policy.call_window_minutes
        )
        return _action(
            ActionKind.CALL,
            3,
            _date(day),
            context.decider,
            attempt,
            windows,
            zone_name,
            None,
            reason,
        )

    def _next_call(self, attempt: int, last_call_on: int | None, made: bool) -> Action:
        """Call ``attempt``, after the call on ``last_call_on`` (None: the first call).

        ``made`` tells whether ``last_call_on`` is a call that happened (its
        real day is named in the reason) or one only planned.
        """
        context = self._context
        if last_call_on is None:
            return self._call(attempt, context.follow_up_on, first_call_reason(context))
        day = next_call_on(context, last_call_on)
        return self._call(attempt, day, next_call_reason(context, attempt, last_call_on, made, day))

    def _close_loop(self, last_call_on: int | None, made: bool) -> Action:
        """The close-the-loop message, after the (made or planned) last call."""
        context = self._context
        closed_on = close_loop_due_on(context, last_call_on)
        return _action(
            ActionKind.CLOSE_LOOP,
            4,
            _date(closed_on),
            context.decider,
            None,
            (),
            context.decider_zone,
            _date(reply_by(context, closed_on)),
            close_loop_reason(context, last_call_on, made, closed_on),
        )

    def _move_on(self, closed_on: int, sent: bool) -> Action:
        """Moving on, after the close-the-loop message (``sent`` or planned) on ``closed_on``."""
        context = self._context
        reply = reply_by(context, closed_on)
        return _action(
            ActionKind.MOVE_ON,
            4,
            _date(reply + 1),
            None,
            None,
            (),
            context.decider_zone,
            _date(reply),
            move_on_reason(context, closed_on, reply, sent),
        )

    def _projection(self) -> Iterator[Action]:
        """Yield every remaining action, step by step, as if nobody answers."""
        context, progress = self._context, self._progress
        stage = progress.stage
        if stage.terminal:
            return
        if stage is Stage.THANKING:
            for index in range(context.letter_count):
                if not progress.letters_sent >> index & 1:
                    yield self._letter(index)
        if stage is Stage.AWAITING_REPLY:
            assert progress.closed_on is not None
            yield self._move_on(progress.closed_on, True)
            return
        calls_made, last_call_on = progress.calls_made, progress.last_call_on
        made = last_call_on is not None
        action = self._after_letters(calls_made, last_call_on, made)
        while action.kind is ActionKind.CALL:
            yield action
            calls_made, last_call_on, made = calls_made + 1, action.due_on.toordinal(), False
            action = self._after_letters(calls_made, last_call_on, made)
        yield action
        yield self._move_on(action.due_on.toordinal(), False)

    def _after_letters(self, calls_made: int, last_call_on: int | None, made: bool) -> Action:
        """The next action once the letters are sent: the next call, or closing the loop.

        Args:
            calls_made: How many calls were made (or planned) so far.
            last_call_on: The day of the last of them; None before the first.
            made: Whether that call happened, rather than being only planned.
        """
        context = self._context
        if context.calls_permitted and calls_made < context.policy.max_calls:
            return self._next_call(calls_made + 1, last_call_on, made)
        return self._close_loop(last_call_on, made)

    def plan(self) -> tuple[Action, ...]:
        """Return every remaining action, projected as if nobody answers.

        Letters still unsent, then each remaining call on its date, the
        close-the-loop message and finally moving on, ordered by due date
        (letters in the order of the interviewers).

        Returns:
            The actions; empty once the workflow has ended.
        """
        return tuple(sorted(self._projection(), key=_due_ordinal))

    def _current(self) -> tuple[Action, ...]:
        """The actions of the current step, built once per workflow and held."""
        try:
            return self._memo
        except AttributeError:
            pass
        progress = self._progress
        if progress.stage is Stage.THANKING:
            sent = progress.letters_sent
            current = tuple(
                self._letter(index)
                for index in range(self._context.letter_count)
                if not sent >> index & 1
            )
        elif progress.stage.terminal:
            current = ()
        elif progress.stage is Stage.AWAITING_REPLY:
            assert progress.closed_on is not None
            current = (self._move_on(progress.closed_on, True),)
        else:
            # The first action of the projection, built alone.
            last_call_on = progress.last_call_on
            current = (
                self._after_letters(progress.calls_made, last_call_on, last_call_on is not None),
            )
        _set_memo(self, current)
        return current

    def due(self, now: Any) -> tuple[Action, ...]:
        """Return what can be done now and is not done yet, by due date.

        Only the current step is offered: the unsent letters, or the next
        call, or the close-the-loop message, or moving on; never a later step
        before the ones before it are done. An action is due from the start
        of its ``due_on`` day in its ``timezone``, and stays due until done.

        Args:
            now: The current time, timezone-aware.

        Returns:
            The due actions, ordered by due date.

        Raises:
            InvalidInput: ``now`` is not an aware datetime.
        """
        return _due_actions(self, DayCache(to_seconds(now, "now")))

    # --- serialising ---------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Return the workflow as JSON-safe data (``json.dumps`` accepts it).

        Returns:
            A dict with an integer ``schema_version``, the interview, the
            agreement, the policy, and ``history``: one JSON object per
            accepted event, in order.
        """
        from ._serialize import workflow_to_dict  # loaded on first use: see __init__

        return workflow_to_dict(self.interview, self.agreement, self.policy, self.history)

    @classmethod
    def from_dict(cls, data: Any) -> Workflow:
        """Rebuild a workflow from :meth:`to_dict`'s data, replaying its history.

        Every event goes through the rules again, so a tampered history is
        refused just as a live event would be.

        Args:
            data: What :meth:`to_dict` returned (possibly via JSON).

        Returns:
            A workflow equal to the one that was saved.

        Raises:
            InvalidInput: ``data`` is malformed, of another schema version,
                or holds invalid values.
            RuleViolation: The history breaks a rule.
        """
        interview, agreement, policy, events = _parts_reader()(data)
        return _replay(interview, agreement, policy, events)


@functools.cache
def _parts_reader() -> Callable[[Any], tuple[Interview, Agreement, Policy, list[Event]]]:
    # Loaded on first use (see __init__), then held: an import statement in
    # from_dict itself would cost every call a trip through the import system.
    from ._serialize import workflow_parts_from_dict

    return workflow_parts_from_dict


# Each slot's own setter, held (see slot_setter).
_set_context, _set_progress, _set_history, _set_memo = slot_setters(
    Workflow, "_context", "_progress", "history", "_memo"
)
_ACTION_SLOTS = slot_setters(Action, *(field.name for field in attrs.fields(Action)))
_new_object = object.__new__
_new_tuple = tuple.__new__


def _context_of(interview: Interview, agreement: Agreement, policy: Policy | None) -> Context:
    """Check start()'s arguments and work out the workflow's fixed facts."""
    if not isinstance(interview, Interview):
        raise InvalidInput(
            f"interview must be an Interview, not {type(interview).__name__}",
            field="interview",
        )
    if not isinstance(agreement, Agreement):
        raise InvalidInput(
            f"agreement must be an Agreement, not {type(agreement).__name__}",
            field="agreement",
        )
    if policy is None:
        policy = Policy()
    elif not isinstance(policy, Policy):
        raise InvalidInput(f"policy must be a Policy, not {type(policy).__name__}", field="policy")
    decider = interview.decision_maker
    decider_zone = decider.timezone
    candidate_zone = interview.candidate.timezone
    ended = posix_seconds(interview.ended_at)
    held_on = day_in_zone(ended, decider_zone)
    decision_by = agreement.decision_by.toordinal()
    if decision_by < held_on:
        raise InvalidInput(
            f"decision_by ({agreement.decision_by.isoformat()}) comes before the "
            f"interview's date ({_date(held_on).isoformat()} in {decider_zone}); "
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
    # Context's fields, in order; tuple.__new__ skips the named tuple's
    # Python-level __new__ (this runs once per workflow read back).
    return _new_tuple(
        Context,
        (
            interview,
            agreement,
            policy,
            agreement.calls_permitted,
            letters,
            (1 << letters) - 1,
            follow_up_on,
            held_on if candidate_zone == decider_zone else day_in_zone(ended, candidate_zone),
            candidate_zone,
            decider,
            decider_zone,
            stdlib_zone(decider_zone),
        ),
    )


def _replay(
    interview: Interview, agreement: Agreement, policy: Policy, history: Sequence[Event]
) -> Workflow:
    context = _context_of(interview, agreement, policy)
    return Workflow._make(
        context, replay(context, first_progress(context), history), tuple(history)
    )


def _due_actions(workflow: Workflow, today: DayCache) -> tuple[Action, ...]:
    """What is due in ``workflow`` on ``today``: the one test due() and agenda() share.

    Every action of the current step shares one due day and one zone, worked
    out when the last event was applied, so one comparison decides; the
    actions themselves are built once per workflow and held.
    """
    progress = workflow._progress
    due_on = progress.due_on
    if due_on is None or due_on > today[progress.due_zone]:
        return ()
    try:
        return workflow._memo
    except AttributeError:
        return workflow._current()


def _due_ordinal(action: Action) -> int:
    return action.due_on.toordinal()


def _not_a_workflow(key: object, value: object) -> NoReturn:
    raise InvalidInput(
        f"agenda() takes a mapping of keys to Workflow values; {key!r} maps to "
        f"{type(value).__name__}",
        field="workflows",
    )


def agenda(workflows: Mapping[K, Workflow], now: Any) -> list[tuple[K, Action]]:
    """Return every due action across many workflows.

    Args:
        workflows: A mapping of your keys (application ids, say) to workflows.
        now: The current time, timezone-aware.

    Returns:
        ``(key, action)`` pairs, ordered by due date, then by the mapping's
        order, then by each workflow's own order.

    Raises:
        InvalidInput: ``workflows`` is not a mapping of workflows, or ``now``
            is not an aware datetime.
    """
    if not isinstance(workflows, Mapping):
        raise InvalidInput(
            f"agenda() takes a mapping of keys to workflows, not {type(workflows).__name__}",
            field="workflows",
        )
    # Today's date is worked out once per zone for the whole scan, and each
    # workflow's next due day was worked out when its last event was applied,
    # so each workflow costs one comparison unless something is due.
    today = DayCache(to_seconds(now, "now"))
    rows: list[tuple[int, K, Action]] = []
    append = rows.append
    for key, workflow in workflows.items():
        if type(workflow) is not Workflow:
            _not_a_workflow(key, workflow)
        # _due_actions(workflow, today), written inline: one function call per
        # workflow costs this scan a third of its budget (1.3x -> 1.7x the
        # floor's scan). Keep the two in step. The progress is indexed, not
        # read by field name: a named tuple's field access is a descriptor
        # call, 7% of this scan. 6 is due_on, 7 is due_zone (a test pins it).
        progress = workflow._progress
        due_on = progress[6]
        if due_on is not None and due_on <= today[progress[7]]:
            try:
                actions = workflow._memo
            except AttributeError:
                actions = workflow._current()
            for action in actions:
                append((due_on, key, action))
    rows.sort(key=_first_item)
    return [(key, action) for _, key, action in rows]


def _first_item(row: tuple[int, object, object]) -> int:
    return row[0]
