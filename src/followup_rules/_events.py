"""The events: what the candidate did, or what happened, and when.

An event is a frozen value. It says nothing about whether it is allowed:
that is for the rules (``_rules.py``) to decide when a workflow applies it.
Each event's ``at`` is timezone-aware on the way in and stored as the same
instant in UTC.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import pendulum

from ._calendar import posix_seconds, to_instant
from ._slots import slot_setters
from ._values import CallResult, Channel, Interviewer, Outcome, instance_of

__all__ = [
    "CallPlaced",
    "CloseLoopSent",
    "Event",
    "HeardBack",
    "MovedOn",
    "ThankYouSent",
    "Withdrew",
    "checked_event",
]


def _at(value: object) -> pendulum.DateTime:
    return to_instant(value, "at")


@attrs.frozen(weakref_slot=False)
class _Stamped:
    """What every event shares: its instant's POSIX seconds, worked out once.

    The rules need an event's date in some zone for nearly every event, and
    reading a pendulum DateTime's offset is slow, so the seconds are computed
    when the event is built (its ``at`` is declared by each event class).
    """

    if TYPE_CHECKING:
        at: pendulum.DateTime

    _posix: int = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_posix", posix_seconds(self.at))


@attrs.frozen(weakref_slot=False)
class ThankYouSent(_Stamped):
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
class CallPlaced(_Stamped):
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
class HeardBack(_Stamped):
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
class CloseLoopSent(_Stamped):
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
class MovedOn(_Stamped):
    """Step 4, last: no answer came by the reply-by date and the candidate moved on.

    Args:
        at: When the candidate closed the application on their side.

    Raises:
        InvalidInput: ``at`` is naive.
    """

    at: pendulum.DateTime = attrs.field(converter=_at)


@attrs.frozen(weakref_slot=False)
class Withdrew(_Stamped):
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


_Ev = TypeVar("_Ev", bound=_Stamped)
_new_object = object.__new__


def checked_event(kind: type[_Ev], at: pendulum.DateTime, posix: int, *values: object) -> _Ev:
    """Build an event from values already checked, without attrs' ``__init__``.

    For the serialiser, which reads many events and has already checked
    each value as strictly as the constructor would: ``at`` a UTC instant
    with its POSIX seconds, and each other field of its declared type.

    Args:
        kind: The event class.
        at: The instant, a pendulum DateTime in UTC.
        posix: Its whole POSIX seconds, rounded down.
        *values: The event's other fields, in the order ``_OTHER_FIELDS``
            gives for ``kind``.

    Returns:
        The event, equal to the one ``kind``'s constructor would build.
    """
    setters = _SLOTS[kind]
    if len(values) + 2 != len(setters):
        raise TypeError(f"{kind.__name__} takes {len(setters) - 2} other values, not {len(values)}")
    event = _new_object(kind)
    setters[0](event, at)
    setters[1](event, posix)
    # No event has more than two other fields (ThankYouSent's to and
    # channel): two tests cost less than a loop.
    if values:
        setters[2](event, values[0])
        if len(values) == 2:
            setters[3](event, values[1])
    return event


_OTHER_FIELDS: dict[type, tuple[str, ...]] = {
    kind: tuple(field.name for field in attrs.fields(kind) if field.init and field.name != "at")
    for kind in EVENT_TYPES
}
if max(map(len, _OTHER_FIELDS.values())) > 2:  # pragma: no cover - a guard for whoever adds one
    raise TypeError("checked_event sets at most two fields besides at; teach it a third")


# Each event type's slot setters: ``at``, ``_posix``, then _OTHER_FIELDS.
_SLOTS: dict[type, tuple[Any, ...]] = {
    kind: slot_setters(kind, "at", "_posix", *_OTHER_FIELDS[kind]) for kind in EVENT_TYPES
}
