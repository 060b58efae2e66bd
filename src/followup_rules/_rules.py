"""The rules of the four-step follow-up strategy: one table, one file.

How a workflow moves, in order:

1. It starts in THANKING: one thank-you letter to each interviewer, each
   exactly once, in writing (``ThankYouSkipped`` stands for the letter of an
   interviewer who will get none). When the last letter is done it is WAITING.
2. Calls go to the decision-maker, only if they agreed to be called, never
   before the follow-up day, and at least the call interval apart, counted in
   calendar dates on the decision-maker's calendar; a call-back the
   decision-maker (or their assistant) asked for is accepted from its day,
   sooner than the interval. The first call makes it CALLING; the last
   permitted call after an agreement (``max_calls``, four at most) makes it
   CLOSING, so a call beyond the last is impossible by construction.
3. The close-the-loop message is accepted in CLOSING, or in WAITING when no
   calls are to be made (not permitted, or the decision was postponed more
   often than the policy allows), and not before its due date. It makes the
   workflow AWAITING_REPLY. ``MovedOn`` is accepted after the reply-by date
   and ends it as MOVED_ON.
4. A new date from the decision-maker (``DecisionPostponed``) is a new step
   1, accepted in every open stage: the letters sent stay sent, the calls
   start over from the new follow-up day (the workflow goes back to WAITING,
   or stays THANKING while letters remain), and a close-the-loop message
   already sent is superseded. Past ``max_postponements`` the calls do not
   restart: the only next step is the close-the-loop message.
5. An absence (``OutOfOffice``) moves the next step, never adds one: no call
   and no close-the-loop message on a day up to its end, and a reply window
   that was running restarts on the decision-maker's return.
6. ``HeardBack`` and ``Withdrew`` end the workflow from any stage that has
   not ended. An ended workflow accepts nothing.
7. Events come in time order: none strictly before the previous event, or
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
import functools
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

import attrs
import pendulum

from ._calendar import (
    BusinessDays,
    date_in_zone,
    day_start_seconds,
    day_to_date,
)
from ._errors import InvalidInput, RuleViolation, listed, shown, type_name
from ._events import (
    EVENT_TYPES,
    MAX_ABSENCE_DAYS,
    CallPlaced,
    CloseLoopSent,
    DecisionPostponed,
    Event,
    HeardBack,
    MovedOn,
    OutOfOffice,
    ThankYouSent,
    ThankYouSkipped,
    Withdrew,
)
from ._holidays import HolidayDays, PinnedDays
from ._values import Agreement, Channel, Interview, Interviewer, Policy

__all__ = [
    "TERMINAL_STAGES",
    "TRANSITIONS",
    "Basis",
    "Branch",
    "Context",
    "Due",
    "Progress",
    "Stage",
    "business_days",
    "call_basis",
    "calls_remain",
    "close_loop_basis",
    "due_of",
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
    NO_CALLS_LEFT = "no calls left"
    """The decision was postponed more often than the policy allows: no more calls."""


_S = Stage
_OPEN_STAGES = (_S.THANKING, _S.WAITING, _S.CALLING, _S.CLOSING, _S.AWAITING_REPLY)
_LETTERS_DONE = (_S.WAITING, _S.CALLING, _S.CLOSING, _S.AWAITING_REPLY)

_ROWS: tuple[tuple[Stage, type[Event], Branch, Stage], ...] = (
    (_S.THANKING, ThankYouSent, Branch.LETTERS_REMAIN, _S.THANKING),
    (_S.THANKING, ThankYouSent, Branch.LAST_LETTER, _S.WAITING),
    (_S.THANKING, ThankYouSkipped, Branch.LETTERS_REMAIN, _S.THANKING),
    (_S.THANKING, ThankYouSkipped, Branch.LAST_LETTER, _S.WAITING),
    (_S.WAITING, CallPlaced, Branch.CALLS_REMAIN, _S.CALLING),
    (_S.WAITING, CallPlaced, Branch.LAST_CALL, _S.CLOSING),
    (_S.CALLING, CallPlaced, Branch.CALLS_REMAIN, _S.CALLING),
    (_S.CALLING, CallPlaced, Branch.LAST_CALL, _S.CLOSING),
    (_S.WAITING, CloseLoopSent, Branch.CALLS_NOT_PERMITTED, _S.AWAITING_REPLY),
    (_S.WAITING, CloseLoopSent, Branch.NO_CALLS_LEFT, _S.AWAITING_REPLY),
    (_S.CLOSING, CloseLoopSent, Branch.CALLS_PERMITTED, _S.AWAITING_REPLY),
    (_S.AWAITING_REPLY, MovedOn, Branch.ANY, _S.MOVED_ON),
    (_S.THANKING, DecisionPostponed, Branch.ANY, _S.THANKING),
    *((stage, DecisionPostponed, Branch.ANY, _S.WAITING) for stage in _LETTERS_DONE),
    *((stage, OutOfOffice, Branch.ANY, stage) for stage in _OPEN_STAGES),
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
        round: Which interview this is: 1 for a first interview, 2 for the
            next round, and so on.
        calls_permitted: Whether the decision-maker agreed to be called.
        letter_count: How many interviewers are to be thanked.
        all_letters: The ``letters_done`` bit mask once every one was thanked.
        letters_due_on: The interview's date in the candidate's zone, as a
            day ordinal: thank-you letters are due then.
        candidate_zone: The candidate's zone name.
        decider: The decision-maker.
        decider_zone: The decision-maker's zone name.
        decider_days: The business days of the decision-maker's calendar:
            calls, the close-the-loop message and the reply-by date fall on
            them.
        pins: The holidays pinned by a saved document (see
            :class:`~._holidays.PinnedDays`), as ``(first, last, days)``, or
            None.
    """

    interview: Interview
    agreement: Agreement
    policy: Policy
    round: int
    calls_permitted: bool
    letter_count: int
    all_letters: int
    letters_due_on: int
    candidate_zone: str
    decider: Interviewer
    decider_zone: str
    decider_days: BusinessDays
    pins: Pins | None


Pins = tuple[int, int, tuple[tuple[int, str], ...]]
"""Holidays pinned by a saved document: the span's first and last day, and its days with names."""


class Progress(NamedTuple):
    """What a workflow has done so far: derived from its history alone.

    Attributes:
        stage: The current stage.
        letters_done: The interviewers already thanked (or skipped), as a
            bit mask: bit ``i`` is set once ``interview.interviewers[i]``'s
            letter was sent or skipped.
        agreements: Every agreement, in order: the original, then one for
            each postponement.
        follow_up_on: The latest agreement's follow-up day, as a day ordinal.
        calls_allowed: Whether calls may follow the latest agreement: the
            decision-maker agreed to be called and the postponements stay
            within the policy's ``max_postponements``.
        calls_made: How many calls were placed since the latest agreement.
        calls_total: How many calls were placed in all.
        last_call_on: The day of the last call on the decision-maker's
            calendar, as a day ordinal, or None before the first call.
        call_back_on: The day the last call asked to be called back on, as
            a day ordinal, or None.
        away_until: The last day of the latest absence of the decision-maker
            heard of, as a day ordinal, or None.
        closed_on: The day the close-the-loop message was sent on the
            decision-maker's calendar, as a day ordinal, or None.
        reply_by: Its reply-by date, as a day ordinal, or None.
        last_at: The latest instant seen: the last event's, or the end of
            the interview.
    """

    stage: Stage
    letters_done: int
    agreements: tuple[Agreement, ...]
    follow_up_on: int
    calls_allowed: bool
    calls_made: int
    calls_total: int
    last_call_on: int | None
    call_back_on: int | None
    away_until: int | None
    closed_on: int | None
    reply_by: int | None
    last_at: pendulum.DateTime


class Due(NamedTuple):
    """When the current step of an open workflow falls due: worked out at each transition.

    Attributes:
        on: The day, as a day ordinal.
        zone: The zone of the calendar ``on`` belongs to.
        at: The instant it falls due, as POSIX seconds: the start of ``on``
            in ``zone``. Asking what is due is one comparison with it.
    """

    on: int
    zone: str
    at: int


@functools.lru_cache(maxsize=4096)
def business_days(holidays: HolidayDays, zone_name: str, weekend: frozenset[int]) -> BusinessDays:
    """Return the business days of a calendar, one value shared by every workflow that has it.

    A service holds many workflows with one policy and a few zones: they
    share a handful of these.
    """
    return BusinessDays(holidays, zone_name, weekend)


def make_context(
    interview: object,
    agreement: object,
    policy: object,
    round: object = 1,
    pins: Pins | None = None,
) -> Context:
    """Check ``Workflow.start``'s arguments and work out the workflow's fixed facts.

    Args:
        interview: The interview that ended.
        agreement: What was agreed at its end.
        policy: The policy, or None for the strategy's defaults.
        round: Which interview this is, from 1 (a first interview) to 99.
        pins: Holidays a saved document pinned, which count instead of the
            installed calendar's inside their span; None for a new workflow.

    Returns:
        The workflow's context.

    Raises:
        InvalidInput: An argument has the wrong type, or the promised
            decision comes before the interview's date.
    """
    if type(interview) is not Interview:
        raise InvalidInput(
            f"interview must be an Interview, not {type_name(interview)}", field="interview"
        )
    if type(agreement) is not Agreement:
        raise InvalidInput(
            f"agreement must be an Agreement, not {type_name(agreement)}", field="agreement"
        )
    if policy is None:
        policy = Policy()
    elif type(policy) is not Policy:
        raise InvalidInput(f"policy must be a Policy, not {type_name(policy)}", field="policy")
    if type(round) is not int or not 1 <= round <= 99:
        raise InvalidInput(
            f"round must be a whole number from 1 (a first interview) to 99, not {shown(round)}",
            field="round",
        )
    decider = interview.decision_maker
    held_on = interview.held_on.toordinal()
    if agreement.decision_by.toordinal() < held_on:
        raise InvalidInput(
            f"decision_by ({agreement.decision_by.isoformat()}) comes before the "
            f"interview's date ({day_to_date(held_on).isoformat()} in {decider.timezone}); "
            "give the date the decision was promised for",
            field="decision_by",
        )
    letters = len(interview.interviewers)
    holidays: HolidayDays = policy.holiday_ordinals
    if pins is not None:
        first, last, days = pins
        holidays = PinnedDays(first, last, dict(days), holidays)
    return Context(
        interview=interview,
        agreement=agreement,
        policy=policy,
        round=round,
        calls_permitted=agreement.calls_permitted,
        letter_count=letters,
        all_letters=(1 << letters) - 1,
        letters_due_on=date_in_zone(interview.ended_at, interview.candidate.timezone),
        candidate_zone=interview.candidate.timezone,
        decider=decider,
        decider_zone=decider.timezone,
        decider_days=business_days(holidays, decider.timezone, policy.weekend),
        pins=pins,
    )


# --- The date rules ----------------------------------------------------------
#
# Each rule gives the earliest day a step may happen, with the bound that
# sets it: the plan names that bound in the step's reason, and the checks
# refuse an event before it.


class Basis(enum.IntEnum):
    """Which rule sets the earliest day of a step.

    When two bounds fall on the same day, the reason names the one listed
    later here, so ``max()`` of ``(day, basis)`` pairs picks the bound to name.
    """

    FOLLOW_UP = 1
    """The latest agreement's follow-up day."""
    INTERVAL = 2
    """The call interval after the previous call."""
    CALL_BACK = 3
    """The day the last call asked to be called back on."""
    AFTER_LAST_CALL = 4
    """The call interval after the last permitted call."""
    ABSENCE = 5
    """The day after the decision-maker's absence ends."""


def resolve_follow_up(context: Context, agreement: Agreement) -> int:
    """Return an agreement's follow-up day, as a day ordinal on the decision-maker's calendar.

    The first business day after ``decision_by``, or the agreed
    ``follow_up_on`` moved to a business day.
    """
    days = context.decider_days
    if agreement.follow_up_on is None:
        return days.after(agreement.decision_by.toordinal())
    return days.on_or_after(agreement.follow_up_on.toordinal())


def call_basis(context: Context, progress: Progress) -> tuple[int, Basis]:
    """Return the earliest day the next call is accepted, and the bound that sets it.

    Never before the follow-up day; after a call, not before the call-back
    day it asked for or, without one, the call interval after it (across a
    postponement too); never on a day of the decision-maker's absence.
    """
    bounds = [(progress.follow_up_on, Basis.FOLLOW_UP)]
    if progress.last_call_on is not None:
        if progress.call_back_on is not None:
            bounds.append((progress.call_back_on, Basis.CALL_BACK))
        else:
            bounds.append(
                (progress.last_call_on + context.policy.call_interval_days, Basis.INTERVAL)
            )
    if progress.away_until is not None:
        bounds.append((progress.away_until + 1, Basis.ABSENCE))
    return max(bounds)


def next_call_on(context: Context, progress: Progress) -> int:
    """Return the day the next call is planned on: the first business day from its earliest day."""
    earliest, _ = call_basis(context, progress)
    return _business_day(context, earliest)


def close_loop_basis(context: Context, progress: Progress) -> tuple[int, Basis]:
    """Return the earliest day the close-the-loop message is due on, and the bound that sets it.

    After the calls: one call interval after the last call. Without calls
    (not permitted, or no calls left): the follow-up day. Never on a day of
    the decision-maker's absence.
    """
    if progress.calls_allowed and progress.last_call_on is not None:
        last = progress.last_call_on + context.policy.call_interval_days
        bounds = [(last, Basis.AFTER_LAST_CALL)]
    else:
        bounds = [(progress.follow_up_on, Basis.FOLLOW_UP)]
    if progress.away_until is not None:
        bounds.append((progress.away_until + 1, Basis.ABSENCE))
    return max(bounds)


def close_loop_due_on(context: Context, progress: Progress) -> int:
    """Return the day the close-the-loop message is due: a business day from its earliest day."""
    earliest, _ = close_loop_basis(context, progress)
    return _business_day(context, earliest)


def reply_by(context: Context, closed_on: int) -> int:
    """Return the reply-by day for a close-the-loop message sent on ``closed_on``.

    Args:
        context: The workflow's fixed facts.
        closed_on: The day the message was (or is planned to be) sent.

    Returns:
        The first business day on or after ``closed_on`` plus the reply
        window, on the decision-maker's calendar.
    """
    return _business_day(context, closed_on + context.policy.reply_window_days)


def move_on_on(reply_by_on: int) -> int:
    """Return the day the candidate may move on: the day after the reply-by date."""
    return reply_by_on + 1


def _business_day(context: Context, ordinal: int) -> int:
    return context.decider_days.on_or_after(ordinal)


def calls_remain(context: Context, progress: Progress) -> bool:
    """Whether another call may follow the latest agreement."""
    return progress.calls_allowed and progress.calls_made < context.policy.max_calls


def due_of(context: Context, progress: Progress) -> Due | None:
    """Return when the current step falls due; None once the workflow has ended.

    The unsent letters are due on the interview's date (candidate's
    calendar); the rest on the decision-maker's: the next call, or the
    close-the-loop message, or moving on.
    """
    stage = progress.stage
    if stage is Stage.WAITING or stage is Stage.CALLING or stage is Stage.CLOSING:
        if calls_remain(context, progress):
            return _due(next_call_on(context, progress), context.decider_zone)
        return _due(close_loop_due_on(context, progress), context.decider_zone)
    if stage is Stage.THANKING:
        return _due(context.letters_due_on, context.candidate_zone)
    if stage is Stage.AWAITING_REPLY:
        assert progress.reply_by is not None, "AWAITING_REPLY follows closing the loop"
        return _due(move_on_on(progress.reply_by), context.decider_zone)
    return None


def _due(day: int, zone_name: str) -> Due:
    return Due(day, zone_name, day_start_seconds(day, zone_name))


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
        person.name for index, person in enumerate(people) if not progress.letters_done >> index & 1
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
    if isinstance(event, (ThankYouSent, ThankYouSkipped)):
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
        if not progress.calls_allowed:
            return _refuse(
                "max-postponements",
                f"the decision was postponed {len(progress.agreements) - 1} times, more than "
                f"the policy allows ({context.policy.max_postponements}); no more calls: "
                "close the loop instead",
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


def _not_an_interviewer(context: Context, person: Interviewer) -> str:
    """Say why ``person`` is none of the interview's interviewers, and what to use instead."""
    people = context.interview.interviewers
    namesakes = [other for other in people if other.name == person.name]
    if not namesakes:
        names = listed(other.name for other in people)
        return f"{shown(person.name)} did not interview the candidate; thank one of: {names}"
    other = namesakes[0]
    differ = [
        f"{field.name} {shown(getattr(person, field.name))} instead of "
        f"{shown(getattr(other, field.name))}"
        for field in attrs.fields(Interviewer)
        if getattr(person, field.name) != getattr(other, field.name)
    ]
    return (
        f"{shown(person.name)} is not the interviewer of that name in the interview: "
        f"{', '.join(differ)}; pass the interview's own Interviewer value (or use the "
        "action's done())"
    )


def _letter_done(
    context: Context, progress: Progress, event: ThankYouSent | ThankYouSkipped
) -> tuple[Stage, int]:
    """The checks a letter and a skipped letter share: the next stage and the letters done."""
    index = context.interview.index_of(event.to)
    done = progress.letters_done if index is None else progress.letters_done | 1 << index
    branch = Branch.LAST_LETTER if done == context.all_letters else Branch.LETTERS_REMAIN
    stage = _next_stage(context, progress, event, branch)
    if index is None:
        raise _refuse(
            "letter-to-interviewer", _not_an_interviewer(context, event.to), progress, event
        )
    if progress.letters_done >> index & 1:
        raise _refuse(
            "one-letter-each",
            f"{shown(event.to.name)} was thanked (or skipped) already; each interviewer "
            "gets one letter",
            progress,
            event,
        )
    return stage, done


_LETTER_CHANNELS = (Channel.MAIL, Channel.EMAIL)


def _on_letter(context: Context, progress: Progress, event: ThankYouSent) -> Progress:
    stage, done = _letter_done(context, progress, event)
    if event.channel not in _LETTER_CHANNELS:
        raise _refuse(
            "letter-in-writing",
            f"a thank-you is a letter, sent by MAIL or EMAIL, not {event.channel.name}",
            progress,
            event,
        )
    return progress._replace(stage=stage, letters_done=done, last_at=event.at)


def _on_skipped_letter(context: Context, progress: Progress, event: ThankYouSkipped) -> Progress:
    stage, done = _letter_done(context, progress, event)
    return progress._replace(stage=stage, letters_done=done, last_at=event.at)


def _call_branch(context: Context, progress: Progress) -> Branch:
    if not context.calls_permitted:
        return Branch.CALLS_NOT_PERMITTED
    if not progress.calls_allowed:
        return Branch.NO_CALLS_LEFT
    if progress.calls_made + 1 >= context.policy.max_calls:
        return Branch.LAST_CALL
    return Branch.CALLS_REMAIN


def _too_early(
    context: Context, progress: Progress, day: int, earliest: int, basis: Basis
) -> tuple[str, str]:
    """The rule a call on ``day`` breaks by coming before ``earliest``, and the message."""
    zone_name = context.decider_zone
    if basis is Basis.FOLLOW_UP:
        return "call-not-before-follow-up", (
            f"the call on {_day(day)} comes before the agreed follow-up day, "
            f"{_day(earliest)} ({zone_name})"
        )
    if basis is Basis.CALL_BACK:
        return "call-back-day", (
            f"the call on {_day(day)} comes before the day the last call asked to be "
            f"called back on, {_day(earliest)} ({zone_name})"
        )
    if basis is Basis.INTERVAL:
        last = progress.last_call_on
        assert last is not None, "the interval counts from a previous call"
        return "call-interval", (
            f"the call on {_day(day)} is {day - last} days after the previous call on "
            f"{_day(last)}; wait at least {context.policy.call_interval_days} days (from "
            f"{_day(earliest)}, {zone_name})"
        )
    return "absence", (
        f"the call on {_day(day)} falls during the decision-maker's absence; call from "
        f"{_day(earliest)} ({zone_name})"
    )


def _on_call(context: Context, progress: Progress, event: CallPlaced) -> Progress:
    stage = _next_stage(context, progress, event, _call_branch(context, progress))
    zone_name = context.decider_zone
    day = date_in_zone(event.at, zone_name)
    earliest, basis = call_basis(context, progress)
    if day < earliest:
        raise _refuse(*_too_early(context, progress, day, earliest, basis), progress, event)
    call_back_on = None
    if event.call_back_on is not None:
        call_back_on = event.call_back_on.toordinal()
        if not day <= call_back_on <= day + MAX_ABSENCE_DAYS:
            raise InvalidInput(
                f"call_back_on ({event.call_back_on.isoformat()}) must fall on or after the "
                f"call's own day, {_day(day)} ({zone_name}), and at most a year after it",
                field="call_back_on",
            )
    return progress._replace(
        stage=stage,
        calls_made=progress.calls_made + 1,
        calls_total=progress.calls_total + 1,
        last_call_on=day,
        call_back_on=call_back_on,
        last_at=event.at,
    )


def _close_loop_branch(context: Context, progress: Progress) -> Branch:
    if not context.calls_permitted:
        return Branch.CALLS_NOT_PERMITTED
    if not progress.calls_allowed:
        return Branch.NO_CALLS_LEFT
    return Branch.CALLS_PERMITTED


def _on_close_loop(context: Context, progress: Progress, event: CloseLoopSent) -> Progress:
    stage = _next_stage(context, progress, event, _close_loop_branch(context, progress))
    permitted = context.calls_permitted
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
    due = close_loop_due_on(context, progress)
    if day < due:
        raise _refuse(
            "close-loop-not-before-due",
            f"the message on {_day(day)} comes before its due date, {_day(due)} ({zone_name})",
            progress,
            event,
        )
    return progress._replace(
        stage=stage, closed_on=day, reply_by=reply_by(context, day), last_at=event.at
    )


def _on_move_on(context: Context, progress: Progress, event: MovedOn) -> Progress:
    stage = _next_stage(context, progress, event, Branch.ANY)
    assert progress.reply_by is not None, "the table allows MovedOn only after closing the loop"
    zone_name = context.decider_zone
    day = date_in_zone(event.at, zone_name)
    due = move_on_on(progress.reply_by)
    if day < due:
        raise _refuse(
            "move-on-not-before-due",
            f"moving on on {_day(day)} comes before the reply-by date has passed; "
            f"move on from {_day(due)} ({zone_name})",
            progress,
            event,
        )
    return _ended(progress, stage, event.at)


def _on_postponed(context: Context, progress: Progress, event: DecisionPostponed) -> Progress:
    stage = _next_stage(context, progress, event, Branch.ANY)
    zone_name = context.decider_zone
    day = date_in_zone(event.at, zone_name)
    policy = context.policy
    decision_by, follow_up_on = event.decision_by, event.follow_up_on
    if decision_by is not None and decision_by.toordinal() < day:
        raise InvalidInput(
            f"decision_by ({decision_by.isoformat()}) comes before the day of the "
            f"postponement, {_day(day)} ({zone_name}); give the new date of the decision",
            field="decision_by",
        )
    if decision_by is None:
        if follow_up_on is None:
            decided = day + policy.default_wait_days
        else:
            # A named follow-up day with no decision date: the decision is
            # expected by the day before it.
            decided = follow_up_on.toordinal() - 1
            if decided < day:
                raise InvalidInput(
                    f"follow_up_on ({follow_up_on.isoformat()}) must come after the day of "
                    f"the postponement, {_day(day)} ({zone_name})",
                    field="follow_up_on",
                )
        decision_by = day_to_date(decided)
    agreement = Agreement(
        decision_by, follow_up_on, calls_permitted=context.agreement.calls_permitted
    )
    agreements = (*progress.agreements, agreement)
    within_limit = len(agreements) - 1 <= policy.max_postponements
    return progress._replace(
        stage=stage,
        agreements=agreements,
        follow_up_on=resolve_follow_up(context, agreement),
        calls_allowed=context.calls_permitted and within_limit,
        calls_made=0,
        closed_on=None,
        reply_by=None,
        last_at=event.at,
    )


def _on_out_of_office(context: Context, progress: Progress, event: OutOfOffice) -> Progress:
    stage = _next_stage(context, progress, event, Branch.ANY)
    zone_name = context.decider_zone
    day = date_in_zone(event.at, zone_name)
    until = event.until.toordinal()
    if not day <= until <= day + MAX_ABSENCE_DAYS:
        raise InvalidInput(
            f"until ({event.until.isoformat()}) must fall on or after the day of the event, "
            f"{_day(day)} ({zone_name}), and at most a year after it",
            field="until",
        )
    away_until = until if progress.away_until is None else max(until, progress.away_until)
    reply_by_on = progress.reply_by
    if reply_by_on is not None:
        # The reply window restarts on the decision-maker's return.
        back = context.decider_days.after(away_until)
        reply_by_on = max(reply_by_on, reply_by(context, back))
    return progress._replace(
        stage=stage, away_until=away_until, reply_by=reply_by_on, last_at=event.at
    )


def _ended(progress: Progress, stage: Stage, at: pendulum.DateTime) -> Progress:
    """The progress of a workflow that has just ended in ``stage``."""
    return progress._replace(stage=stage, last_at=at)


def _on_ending(context: Context, progress: Progress, event: HeardBack | Withdrew) -> Progress:
    stage = _next_stage(context, progress, event, Branch.ANY)
    return _ended(progress, stage, event.at)


_HANDLERS: Mapping[type, Callable[[Context, Progress, Any], Progress]] = MappingProxyType(
    {
        ThankYouSent: _on_letter,
        ThankYouSkipped: _on_skipped_letter,
        CallPlaced: _on_call,
        CloseLoopSent: _on_close_loop,
        MovedOn: _on_move_on,
        DecisionPostponed: _on_postponed,
        OutOfOffice: _on_out_of_office,
        HeardBack: _on_ending,
        Withdrew: _on_ending,
    }
)


def first_progress(context: Context) -> Progress:
    """Return the progress of a workflow that has just started: THANKING, letters due."""
    agreement = context.agreement
    return Progress(
        stage=Stage.THANKING,
        letters_done=0,
        agreements=(agreement,),
        follow_up_on=resolve_follow_up(context, agreement),
        calls_allowed=context.calls_permitted,
        calls_made=0,
        calls_total=0,
        last_call_on=None,
        call_back_on=None,
        away_until=None,
        closed_on=None,
        reply_by=None,
        last_at=context.interview.ended_at,
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
        InvalidInput: ``event`` is not one of the event types, or one of its
            dates is impossible on the decision-maker's calendar.
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
