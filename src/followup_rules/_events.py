"""The events: what the candidate did, or what happened, and when.

An event is a frozen value. It says nothing about whether it is allowed:
that is for the rules (``_rules.py``) to decide when a workflow applies it.
Each event's ``at`` is timezone-aware on the way in and stored as the same
instant in UTC.
"""

from __future__ import annotations

import datetime as _dt

import attrs
import pendulum

from ._calendar import to_date, to_instant
from ._errors import InvalidInput
from ._values import CallResult, Channel, Interviewer, Outcome, instance_of

__all__ = [
    "MAX_ABSENCE_DAYS",
    "CallPlaced",
    "CloseLoopSent",
    "DecisionPostponed",
    "Event",
    "HeardBack",
    "MovedOn",
    "OutOfOffice",
    "ThankYouSent",
    "ThankYouSkipped",
    "Withdrew",
]


def _at(value: _dt.datetime) -> pendulum.DateTime:
    return to_instant(value, "at")


def _call_back_on(value: _dt.date | None) -> pendulum.Date | None:
    return None if value is None else to_date(value, "call_back_on")


def _decision_by(value: _dt.date | None) -> pendulum.Date | None:
    return None if value is None else to_date(value, "decision_by")


def _follow_up_on(value: _dt.date | None) -> pendulum.Date | None:
    return None if value is None else to_date(value, "follow_up_on")


def _until(value: _dt.date) -> pendulum.Date:
    return to_date(value, "until")


# An instant's date in any zone is its date in UTC, or the day before or
# after (offsets stay within a day). Constructors refuse what is wrong in
# every zone; the rules check the exact day on the decision-maker's calendar.
_A_DAY = 1


@attrs.frozen(weakref_slot=False)
class ThankYouSent:
    """Step 2: a thank-you letter went to one interviewer.

    Args:
        to: The interviewer thanked; one of the interview's interviewers.
        at: When it was sent, timezone-aware.
        channel: ``Channel.MAIL`` (a printed letter, the strategy's advice)
            or ``Channel.EMAIL``.

    Raises:
        InvalidInput: ``to`` is not an Interviewer, ``at`` is naive, or
            ``channel`` is not a Channel.
    """

    to: Interviewer = attrs.field(validator=instance_of(Interviewer, "to"))
    at: pendulum.DateTime = attrs.field(converter=_at)
    channel: Channel = attrs.field(default=Channel.MAIL, validator=instance_of(Channel, "channel"))


@attrs.frozen(weakref_slot=False)
class CallPlaced:
    """Step 3: the candidate called the decision-maker.

    Args:
        at: When the call was placed, timezone-aware.
        result: What happened on the call.
        call_back_on: With ``SPOKE`` or ``GATEKEEPER``: the day the
            decision-maker (or their assistant) asked to be called back, on
            the decision-maker's calendar, at most a year ahead. The next call is planned on it
            (moved to a business day), even sooner than the call interval,
            and accepted from it; it still counts as one of ``max_calls``.

    Raises:
        InvalidInput: ``at`` is naive, ``result`` is not a CallResult, or
            ``call_back_on`` is given with a call that reached nobody, or
            comes before the call's own day.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)
    result: CallResult = attrs.field(
        default=CallResult.VOICEMAIL, validator=instance_of(CallResult, "result")
    )
    call_back_on: pendulum.Date | None = attrs.field(default=None, converter=_call_back_on)

    def __attrs_post_init__(self) -> None:
        if self.call_back_on is None:
            return
        if self.result not in (CallResult.SPOKE, CallResult.GATEKEEPER):
            raise InvalidInput(
                f"call_back_on goes with a call that reached someone (SPOKE or GATEKEEPER), "
                f"not {self.result.name}: nobody asked to be called back",
                field="call_back_on",
            )
        if self.call_back_on.toordinal() < self.at.toordinal() - _A_DAY:
            raise InvalidInput(
                f"call_back_on ({self.call_back_on.isoformat()}) comes before the call "
                f"itself ({self.at.isoformat()}); give the day they asked to be called back",
                field="call_back_on",
            )
        if self.call_back_on.toordinal() > self.at.toordinal() + _A_DAY + MAX_ABSENCE_DAYS:
            raise InvalidInput(
                f"call_back_on ({self.call_back_on.isoformat()}) is more than a year after "
                f"the call ({self.at.isoformat()}); that is a new date for the decision",
                field="call_back_on",
            )


@attrs.frozen(weakref_slot=False)
class HeardBack:
    """The decision-maker (or the company) got back to the candidate: the follow-up ends.

    Args:
        at: When the candidate heard back, timezone-aware.
        outcome: What they were told.

    Raises:
        InvalidInput: ``at`` is naive or ``outcome`` is not an Outcome.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)
    outcome: Outcome = attrs.field(default=Outcome.OTHER, validator=instance_of(Outcome, "outcome"))


@attrs.frozen(weakref_slot=False)
class CloseLoopSent:
    """Step 4: the candidate sent the one last close-the-loop message.

    Args:
        at: When it was sent, timezone-aware.
        channel: ``Channel.EMAIL`` (the default) or ``Channel.VOICEMAIL``;
            when calls were not permitted, ``Channel.EMAIL`` or
            ``Channel.MAIL``.

    Raises:
        InvalidInput: ``at`` is naive or ``channel`` is not a Channel.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)
    channel: Channel = attrs.field(default=Channel.EMAIL, validator=instance_of(Channel, "channel"))


@attrs.frozen(weakref_slot=False)
class MovedOn:
    """Step 4, last: no answer came by the reply-by date and the candidate moved on.

    Args:
        at: When the candidate closed the application on their side.

    Raises:
        InvalidInput: ``at`` is naive.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)


@attrs.frozen(weakref_slot=False)
class Withdrew:
    """The candidate withdrew from the process: the follow-up ends.

    Args:
        at: When the candidate withdrew, timezone-aware.

    Raises:
        InvalidInput: ``at`` is naive.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)


@attrs.frozen(weakref_slot=False)
class ThankYouSkipped:
    """Step 2, skipped for one interviewer: they will get no letter (no address, left the company).

    It counts as that interviewer's letter for the steps-in-order rule, and
    a letter to them afterwards is refused.

    Args:
        to: The interviewer who gets no letter; one of the interview's.
        at: When the candidate decided so, timezone-aware.

    Raises:
        InvalidInput: ``to`` is not an Interviewer or ``at`` is naive.
    """

    to: Interviewer = attrs.field(validator=instance_of(Interviewer, "to"))
    at: pendulum.DateTime = attrs.field(converter=_at)


@attrs.frozen(weakref_slot=False)
class DecisionPostponed:
    """The decision-maker gave a new date for the decision, or put it on hold: a new step 1.

    The new follow-up day is resolved exactly as :meth:`Workflow.start`
    resolves an :class:`Agreement`. Letters already sent stay sent; the calls
    start over, and a close-the-loop message already sent is superseded.
    Past the policy's ``max_postponements``, no more calls are planned: the
    next step is the close-the-loop message, on the new follow-up day.

    Args:
        at: When the candidate heard of it, timezone-aware.
        decision_by: The new date of the decision, on the decision-maker's
            calendar, not before the event's own day there. None ("on
            hold"): the policy's ``default_wait_days`` after the event's day,
            or the day before ``follow_up_on`` when that is given.
        follow_up_on: The agreed day of the next follow-up call, if one was
            named; it must come after ``decision_by``.

    Raises:
        InvalidInput: ``at`` is naive, a date is no calendar date, or
            ``follow_up_on`` does not come after ``decision_by``.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)
    decision_by: pendulum.Date | None = attrs.field(default=None, converter=_decision_by)
    follow_up_on: pendulum.Date | None = attrs.field(default=None, converter=_follow_up_on)

    def __attrs_post_init__(self) -> None:
        before = self.decision_by
        if self.follow_up_on is not None and before is not None and self.follow_up_on <= before:
            raise InvalidInput(
                f"follow_up_on ({self.follow_up_on.isoformat()}) must come after "
                f"decision_by ({before.isoformat()}); the call follows the promised decision",
                field="follow_up_on",
            )
        for name, value in (("decision_by", self.decision_by), ("follow_up_on", self.follow_up_on)):
            if value is not None and value.toordinal() < self.at.toordinal() - _A_DAY:
                raise InvalidInput(
                    f"{name} ({value.isoformat()}) comes before the postponement itself "
                    f"({self.at.isoformat()}); give the new date",
                    field=name,
                )


MAX_ABSENCE_DAYS = 365
"""How far ahead an absence may reach: a year."""


@attrs.frozen(weakref_slot=False)
class OutOfOffice:
    """The decision-maker is away (an auto-reply, a word from their assistant) through ``until``.

    No call and no close-the-loop message is planned or accepted on a day up
    to ``until``; the next step moves to the first business day after it,
    and a reply window that was running restarts on their return.

    Args:
        at: When the candidate learnt of it, timezone-aware.
        until: The last day of the absence, on the decision-maker's
            calendar: on or after the event's own day, at most a year ahead.

    Raises:
        InvalidInput: ``at`` is naive, or ``until`` is no calendar date, or
            falls before the event or more than a year after it.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)
    until: pendulum.Date = attrs.field(converter=_until)

    def __attrs_post_init__(self) -> None:
        day = self.at.toordinal()
        if not day - _A_DAY <= self.until.toordinal() <= day + _A_DAY + MAX_ABSENCE_DAYS:
            raise InvalidInput(
                f"until ({self.until.isoformat()}) must fall on or after the day of the "
                f"event ({self.at.isoformat()}) and at most a year after it",
                field="until",
            )


Event = (
    ThankYouSent
    | ThankYouSkipped
    | CallPlaced
    | HeardBack
    | CloseLoopSent
    | MovedOn
    | Withdrew
    | DecisionPostponed
    | OutOfOffice
)
"""Any of the nine events a workflow accepts."""

EVENT_TYPES: tuple[type[Event], ...] = (
    ThankYouSent,
    ThankYouSkipped,
    CallPlaced,
    HeardBack,
    CloseLoopSent,
    MovedOn,
    Withdrew,
    DecisionPostponed,
    OutOfOffice,
)
