"""The exceptions of followup_rules.

Every error a public call raises on bad input is a :class:`FollowUpError`, and
every :class:`FollowUpError` is also a :class:`ValueError`, so callers that
already catch ``ValueError`` keep working. Messages say what was wrong and
what to do about it; the subclasses carry the facts as attributes as well, so
programs need not parse the text.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FollowUpError", "InvalidInput", "RuleViolation", "TemplateError"]


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
