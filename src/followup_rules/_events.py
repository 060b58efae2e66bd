"""The events: what the candidate did, or what happened, and when.

An event is a frozen value. It says nothing about whether it is allowed:
that is for the rules (``_rules.py``) to decide when a workflow applies it.
Each event's ``at`` is timezone-aware on the way in and stored as the same
instant in UTC.
"""

from __future__ import annotations

import attrs
import pendulum

from ._calendar import to_instant
from ._values import CallResult, Channel, Interviewer, Outcome, instance_of

__all__ = [
    "CallPlaced",
    "CloseLoopSent",
    "Event",
    "HeardBack",
    "MovedOn",
    "ThankYouSent",
    "Withdrew",
]


def _at(value: object) -> pendulum.DateTime:
    return to_instant(value, "at")


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

    Raises:
        InvalidInput: ``at`` is naive or ``result`` is not a CallResult.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)
    result: CallResult = attrs.field(
        default=CallResult.VOICEMAIL, validator=instance_of(CallResult, "result")
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


Event = ThankYouSent | CallPlaced | HeardBack | CloseLoopSent | MovedOn | Withdrew
"""Any of the six events a workflow accepts."""

EVENT_TYPES: tuple[type[Event], ...] = (
    ThankYouSent,
    CallPlaced,
    HeardBack,
    CloseLoopSent,
    MovedOn,
    Withdrew,
)
