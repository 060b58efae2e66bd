"""The workflow: one candidate's follow-up after one interview, as an immutable value.

A :class:`Workflow` is made by :meth:`Workflow.start` (or rebuilt by
:meth:`Workflow.from_dict`) and changed only by :meth:`Workflow.apply`, which
returns a new workflow and leaves the old one as it was. What to do next is
read from :meth:`Workflow.due` (what can be done now) and
:meth:`Workflow.plan` (everything that remains, as if nobody answers).
The rules live in ``_rules.py`` and the projection of the plan in
``_plan.py``; this module holds the value and its API.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Hashable, Mapping, Sequence
from typing import Any, TypeVar

import attrs
import pendulum

from ._calendar import (
    PLANNED_YEARS,
    date_in_zone,
    day_in_zone,
    day_to_date,
    to_date,
    to_seconds,
)
from ._errors import FollowUpError, InvalidInput, RuleViolation, shown, type_name
from ._events import Event, HeardBack
from ._holidays import HolidayDays
from ._plan import Action, ActionKind, CallWindow, current_step, remaining_steps
from ._rules import (
    Context,
    Due,
    Pins,
    Progress,
    Stage,
    due_of,
    first_progress,
    make_context,
    replay,
    reply_by,
    step,
)
from ._values import Agreement, Interview, Outcome, Policy

__all__ = ["Action", "ActionKind", "CallWindow", "Workflow", "agenda"]

K = TypeVar("K", bound=Hashable)

# A saved document pins the holidays a little past its last planned step, so
# that a step moved a few days later still finds the same calendar.
_PIN_MARGIN_DAYS = 31


class Workflow:
    """One candidate's follow-up after one interview: an immutable state machine.

    Build one with :meth:`start` (or :meth:`from_dict`); change it with
    :meth:`apply`, which returns a new workflow and leaves this one as it
    was. Two workflows are equal when they have the same interview,
    agreement, policy and history. Workflows are hashable and pickle.

    Attributes:
        interview: The interview followed up on.
        agreement: What was agreed at its end (step 1).
        agreements: Every agreement, in order: the original first, then one
            for each postponement of the decision.
        policy: The rules' knobs.
        round: Which interview this is: 1 for a first interview, one more
            for each next round (see :meth:`next_round`).
        history: The accepted events, in order.
        stage: The current stage.
        calls_made: How many follow-up calls were placed since the latest
            agreement.
        calls_total: How many follow-up calls were placed in all.
        postponements: How many times the decision was postponed.
        follow_up_on: The latest agreement's follow-up day, resolved to a
            business day.
    """

    # A plain class rather than an attrs one: it has no public constructor
    # (start() and from_dict() check their inputs and work out the context),
    # and its equality reads only what the caller gave.
    __slots__ = ("_context", "_current", "_due", "_progress", "history")

    _context: Context
    _progress: Progress
    _due: Due | None
    history: tuple[Event, ...]
    _current: tuple[Action, ...]

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
        # Immutable from the outside; set once here, as attrs' frozen classes do.
        workflow = object.__new__(cls)
        object.__setattr__(workflow, "_context", context)
        object.__setattr__(workflow, "_progress", progress)
        object.__setattr__(workflow, "_due", due_of(context, progress))
        object.__setattr__(workflow, "history", history)
        return workflow

    @classmethod
    def start(
        cls,
        interview: Interview,
        agreement: Agreement,
        policy: Policy | None = None,
        *,
        round: int = 1,
    ) -> Workflow:
        """Start following up on an interview.

        Args:
            interview: The interview that ended.
            agreement: What the candidate and the decision-maker agreed.
            policy: The rules' knobs; the strategy's defaults when omitted.
            round: Which interview this is, from 1 (a first interview) to 99.

        Returns:
            A workflow in stage THANKING with an empty history.

        Raises:
            InvalidInput: An argument has the wrong type, or the promised
                decision comes before the interview's date.
        """
        context = make_context(interview, agreement, policy, round)
        return cls._make(context, first_progress(context), ())

    def next_round(
        self, interview: Interview, agreement: Agreement, policy: Policy | None = None
    ) -> Workflow:
        """Start following up on the next round's interview, after an invitation to it.

        Args:
            interview: The next round's interview, once it ended.
            agreement: What was agreed at its end.
            policy: The rules' knobs; this workflow's policy when omitted.

        Returns:
            A new workflow in stage THANKING, with ``round`` one more.

        Raises:
            RuleViolation: This workflow did not end with
                ``HeardBack(outcome=Outcome.NEXT_ROUND)``.
            InvalidInput: An argument has the wrong type, or the promised
                decision comes before the interview's date.
        """
        last = self.history[-1] if self.history else None
        if not (isinstance(last, HeardBack) and last.outcome is Outcome.NEXT_ROUND):
            raise RuleViolation(
                "next_round() follows a workflow that ended with "
                "HeardBack(outcome=Outcome.NEXT_ROUND); this one is in stage "
                f"{self.stage.name}" + ("" if last is None else f" after {type(last).__name__}"),
                rule="next-round-after-invitation",
                stage=self.stage,
                event=last,
            )
        return Workflow.start(
            interview, agreement, self.policy if policy is None else policy, round=self.round + 1
        )

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
    def agreements(self) -> tuple[Agreement, ...]:
        """Every agreement, in order: the original first, then one per postponement."""
        return self._progress.agreements

    @property
    def postponements(self) -> int:
        """How many times the decision was postponed."""
        return len(self._progress.agreements) - 1

    @property
    def round(self) -> int:
        """Which interview this is: 1 for a first interview, one more for each next round."""
        return self._context.round

    @property
    def calls_made(self) -> int:
        """How many follow-up calls were placed since the latest agreement."""
        return self._progress.calls_made

    @property
    def calls_total(self) -> int:
        """How many follow-up calls were placed in all."""
        return self._progress.calls_total

    @property
    def follow_up_on(self) -> pendulum.Date:
        """The latest agreement's follow-up day, resolved to a business day (decision-maker's calendar)."""
        return day_to_date(self._progress.follow_up_on)

    @property
    def reply_by(self) -> pendulum.Date | None:
        """The reply-by date of the close-the-loop message once it was sent, else None."""
        reply_by_on = self._progress.reply_by
        return None if reply_by_on is None else day_to_date(reply_by_on)

    def reply_by_if_sent_on(self, day: _dt.date) -> pendulum.Date:
        """Return the reply-by date a close-the-loop message sent on ``day`` would ask for.

        Args:
            day: The day the message is sent, on the decision-maker's calendar.

        Returns:
            The first business day on or after ``day`` plus the policy's
            reply window.

        Raises:
            InvalidInput: ``day`` is not a calendar date, or falls before
                1900 or after 8999 (a day the plan gave is always accepted).
        """
        return day_to_date(reply_by(self._context, to_date(day, "day", PLANNED_YEARS).toordinal()))

    @property
    def next_due_at(self) -> pendulum.DateTime | None:
        """The instant, in UTC, from which the next action is due; None once ended.

        It is the start of the next action's due day in the zone of the
        person it concerns, so ``due(now)`` is non-empty exactly when
        ``next_due_at <= now``: a value a database can index.
        """
        due = self._due
        return None if due is None else pendulum.from_timestamp(due.at)

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
            and mine.round == theirs.round
            and mine.interview == theirs.interview
            and mine.agreement == theirs.agreement
            and mine.policy == theirs.policy
        )

    def __hash__(self) -> int:
        context = self._context
        return hash(
            (context.interview, context.agreement, context.policy, context.round, self.history)
        )

    def __repr__(self) -> str:
        candidate = self.interview.candidate.name
        position = self.interview.position
        return (
            f"<Workflow {candidate!r} for {position.title!r} at {position.company!r}: "
            f"{self.stage.name}, {self.calls_made} call(s) made, "
            f"follow-up on {self.follow_up_on.isoformat()}, {len(self.history)} event(s)>"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        context = self._context
        return (
            _replay,
            (self.interview, self.agreement, self.policy, self.history, self.round, context.pins),
        )

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
        return Workflow._make(context, step(context, self._progress, event), (*self.history, event))

    # --- what to do ----------------------------------------------------------

    def plan(self, now: Any = None) -> tuple[Action, ...]:
        """Return every remaining action, projected as if nobody answers.

        Letters still unsent, then each remaining call on its date, the
        close-the-loop message and finally moving on, ordered by due date
        (letters in the order of the interviewers).

        Args:
            now: The current time, timezone-aware, or None. With it, a step
                that would fall on a day already past in its person's
                calendar is planned from today instead: the first such step
                on the first business day on or after today, and the ones
                after it shifted as a late event would shift them.

        Returns:
            The actions; empty once the workflow has ended.

        Raises:
            InvalidInput: ``now`` is given and is not an aware datetime.
        """
        if now is None:
            return remaining_steps(self._context, self._progress)
        seconds = to_seconds(now, "now")
        return remaining_steps(
            self._context, self._progress, lambda zone_name: day_in_zone(seconds, zone_name)
        )

    def _current_step(self) -> tuple[Action, ...]:
        """The actions of the current step, built on first use and then held."""
        try:
            return self._current
        except AttributeError:
            actions = current_step(self._context, self._progress)
            object.__setattr__(self, "_current", actions)
            return actions

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
        due = self._due
        if due is None or due.at > to_seconds(now, "now"):
            return ()
        return self._current_step()

    # --- serialising ---------------------------------------------------------

    def _pinned_holidays(self) -> Pins | None:
        """Return the holidays a saved document pins, so it plans the same after an upgrade.

        The country calendar's days (with their names) from the interview's
        date to the last planned step plus a margin, as this workflow sees
        them (days it was loaded with stay as they were); None without a
        country calendar, whose given dates are saved with the policy.

        Returns:
            ``(first, last, days)``: the span's first and last day ordinals,
            and each holiday in it as ``(ordinal, name)``.
        """
        context = self._context
        if context.policy.calendar is None:
            return None
        first = context.interview.held_on.toordinal()
        last_event = date_in_zone(self._progress.last_at, context.decider_zone)
        planned = [action.due_on.toordinal() for action in self.plan()]
        last = max(first, last_event, *planned) + _PIN_MARGIN_DAYS
        holidays = context.decider_days.holidays
        assert isinstance(holidays, HolidayDays), "a policy's holidays are HolidayDays"
        days = tuple(
            (ordinal, name)
            for ordinal in range(first, last + 1)
            if (name := holidays.calendar_name(ordinal)) is not None
        )
        return first, last, days

    def to_dict(self) -> dict[str, Any]:
        """Return the workflow as JSON-safe data (``json.dumps`` accepts it).

        Returns:
            A dict with an integer ``schema_version``, the interview, the
            agreement, the policy, and ``history``: one JSON object per
            accepted event, in order.
        """
        from ._serialize import workflow_to_dict  # loaded on first use: see __init__

        return workflow_to_dict(
            self.interview,
            self.agreement,
            self.policy,
            self.round,
            self.history,
            self._pinned_holidays(),
        )

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
        from ._serialize import workflow_parts_from_dict  # loaded on first use: see __init__

        parts = workflow_parts_from_dict(data)
        try:
            return _replay(
                parts.interview,
                parts.agreement,
                parts.policy,
                parts.history,
                parts.round,
                parts.pins,
            )
        except FollowUpError:
            raise
        except Exception as error:
            # The reader checked every value, so this is a document whose
            # values are each fine but together reach past what the rules
            # can work with. Whatever it is, it must not escape as anything
            # but a FollowUpError.
            raise InvalidInput(
                f"the document's history cannot be replayed ({type_name(error)}); "
                "it was not written by to_dict, or was changed since",
                field="history",
            ) from None


def _replay(
    interview: Interview,
    agreement: Agreement,
    policy: Policy,
    history: Sequence[Event],
    round: int = 1,
    pins: Pins | None = None,
) -> Workflow:
    context = make_context(interview, agreement, policy, round, pins)
    return Workflow._make(
        context, replay(context, first_progress(context), history), tuple(history)
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
            f"agenda() takes a mapping of keys to workflows, not {type_name(workflows)}",
            field="workflows",
        )
    # Each workflow's due instant was worked out when its last event was
    # applied, so each costs one comparison unless something is due.
    seconds = to_seconds(now, "now")
    rows: list[tuple[int, K, Action]] = []
    try:
        for key, workflow in workflows.items():
            if type(workflow) is not Workflow:
                raise InvalidInput(
                    "agenda() takes a mapping of keys to Workflow values; "
                    f"{shown(key)} maps to {type_name(workflow)}",
                    field="workflows",
                )
            due = workflow._due
            if due is not None and due.at <= seconds:
                rows.extend((due.on, key, action) for action in workflow._current_step())
    except FollowUpError:
        raise
    except Exception as error:  # the caller's mapping failed to give its items
        raise InvalidInput(
            f"agenda() could not read the mapping of workflows ({type_name(error)})",
            field="workflows",
        ) from None
    # sorted() is stable: ties keep the mapping's order, then the workflow's.
    rows.sort(key=_due_day)
    return [(key, action) for _, key, action in rows]


def _due_day(row: tuple[int, object, Action]) -> int:
    return row[0]
