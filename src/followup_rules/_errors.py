"""The exceptions of followup_rules.

Every error a public call raises on bad input is a :class:`FollowUpError`, and
every :class:`FollowUpError` is also a :class:`ValueError`, so callers that
already catch ``ValueError`` keep working. Messages say what was wrong and
what to do about it; the subclasses carry the facts as attributes as well, so
programs need not parse the text.
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterable
from typing import Any

__all__ = [
    "MESSAGE_LENGTH",
    "SHOWN_LENGTH",
    "FollowUpError",
    "InvalidInput",
    "RuleViolation",
    "TemplateError",
    "listed",
    "shown",
    "type_name",
]


class FollowUpError(ValueError):
    """Base class of every error that followup_rules raises on bad input."""


class InvalidInput(FollowUpError):
    """A value handed to followup_rules is malformed or out of range.

    Attributes:
        field: The name of the argument or field that was wrong, when one
            can be named (``None`` otherwise).
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class RuleViolation(FollowUpError):
    """An event breaks one of the strategy's rules and was refused.

    The workflow the event was applied to is unchanged.

    Attributes:
        rule: A short, stable identifier of the rule that was broken,
            for example ``"call-interval"``.
        stage: The workflow's stage when the event was refused.
        event: The refused event.
    """

    def __init__(self, message: str, *, rule: str, stage: Any, event: Any) -> None:
        super().__init__(message)
        self.rule = rule
        self.stage = stage
        self.event = event


class TemplateError(FollowUpError):
    """A script template is unknown, malformed or cannot be filled in."""


# --- Showing values in messages ---------------------------------------------
#
# A message shows what was wrong, but the value may be anything a caller
# handed in: a 10 MB string, an int too long for repr(), a list nested
# 100,000 deep, an object whose __repr__ raises. Every value in a message goes
# through shown(), which is short and never raises.

SHOWN_LENGTH = 60
"""The most characters :func:`shown` writes for one value."""

MESSAGE_LENGTH = 2000
"""No error message of followup_rules is longer than this."""

_REPR = reprlib.Repr()
_REPR.maxlevel = 2
_REPR.maxstring = SHOWN_LENGTH
_REPR.maxother = SHOWN_LENGTH
_REPR.maxlong = 24


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def type_name(value: object) -> str:
    """Return the name of ``value``'s type, cut to a readable length."""
    name = type(value).__name__
    return _cut(name if isinstance(name, str) else "object", 40)


def shown(value: object, limit: int = SHOWN_LENGTH) -> str:
    """Return a short, safe repr of ``value`` for an error message.

    Args:
        value: Anything at all.
        limit: The most characters to return.

    Returns:
        ``repr(value)``, cut to ``limit`` characters. Large whole numbers
        are shown by their size, and a value whose repr fails is shown by
        its type: this never raises.
    """
    try:
        if type(value) is str:
            text = repr(value[: limit + 1])
        elif type(value) is int and value.bit_length() > 64:
            text = f"<a whole number of about {int(value.bit_length() * 0.30103) + 1} digits>"
        else:
            text = _REPR.repr(value)
    except Exception:
        text = f"<{type_name(value)} object>"
    if not isinstance(text, str):  # pragma: no cover - reprlib returns str
        text = f"<{type_name(value)} object>"
    return _cut(text, limit)


def listed(items: Iterable[str], most: int = 5) -> str:
    """Return ``items`` joined by commas, at most ``most`` of them, each cut short.

    Args:
        items: Names to list.
        most: How many to show before "and N more".

    Returns:
        For example ``"'Ann', 'Bo' and 4,798 more"``; ``"none"`` when empty.
    """
    names = [shown(item, 40) for item in items]
    if not names:
        return "none"
    if len(names) <= most:
        return ", ".join(names)
    return f"{', '.join(names[:most])} and {len(names) - most:,} more"
