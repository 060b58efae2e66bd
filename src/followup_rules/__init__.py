"""followup_rules: the four-step strategy for following up after a job interview, as rules.

1. Get permission to follow up (:class:`Agreement`).
2. Reiterate in writing: a thank-you letter to every interviewer.
3. Pick up the phone: call the decision-maker on the agreed day, once a week,
   four times at most.
4. Close the loop with one last message, then move on.

A :class:`Workflow` tracks one interview's follow-up as an immutable state
machine: :meth:`Workflow.apply` takes events, :meth:`Workflow.due` and
:meth:`Workflow.plan` say what to do and when. The core does no I/O and
never reads the clock: time always comes in as an argument.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._calendar import SUPPORTED_YEARS
from ._errors import FollowUpError, InvalidInput, RuleViolation, TemplateError
from ._events import (
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
from ._holidays import CountryCalendar, HolidayCalendar
from ._rules import TERMINAL_STAGES, TRANSITIONS, Branch, Stage
from ._values import (
    SUPPORTED_LANGUAGES,
    Agreement,
    CallResult,
    Candidate,
    Channel,
    Interview,
    Interviewer,
    Outcome,
    Policy,
    Position,
    Tone,
)
from ._version import __version__
from ._workflow import Action, ActionKind, CallWindow, Workflow, agenda

if TYPE_CHECKING:
    from . import diagram
    from ._display import COLUMNS as TIMELINE_COLUMNS
    from ._display import timeline
    from ._email import to_email_message
    from ._ical import to_ical
    from ._schema import json_schema
    from ._scripts import Script, permission_script, render
    from ._serialize import SCHEMA_VERSION
    from ._templates import TEMPLATE_KEYS, builtin_template, check_template, placeholders

# The scripts and the serialisation code are loaded the first time one of
# their names is asked for (PEP 562): a program that only runs the rules
# does not pay for them when it imports the package.
_LAZY = {
    "Script": "_scripts",
    "permission_script": "_scripts",
    "render": "_scripts",
    "SCHEMA_VERSION": "_serialize",
    "json_schema": "_schema",
    "TEMPLATE_KEYS": "_templates",
    "builtin_template": "_templates",
    "check_template": "_templates",
    "placeholders": "_templates",
    "timeline": "_display",
    "TIMELINE_COLUMNS": "_display",
    "to_ical": "_ical",
    "to_email_message": "_email",
}


def __getattr__(name: str) -> Any:
    """Load a lazily imported public name on first use."""
    if name == "diagram":
        value: Any = importlib.import_module(".diagram", __name__)
        globals()[name] = value
        return value
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    attribute = "COLUMNS" if name == "TIMELINE_COLUMNS" else name
    value = getattr(importlib.import_module(f".{module_name}", __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names, the lazily loaded ones included."""
    return sorted({*globals(), *__all__})


__all__ = [
    "SCHEMA_VERSION",
    "SUPPORTED_LANGUAGES",
    "SUPPORTED_YEARS",
    "TEMPLATE_KEYS",
    "TERMINAL_STAGES",
    "TIMELINE_COLUMNS",
    "TRANSITIONS",
    "Action",
    "ActionKind",
    "Agreement",
    "Branch",
    "CallPlaced",
    "CallResult",
    "CallWindow",
    "Candidate",
    "Channel",
    "CloseLoopSent",
    "CountryCalendar",
    "DecisionPostponed",
    "Event",
    "FollowUpError",
    "HeardBack",
    "HolidayCalendar",
    "Interview",
    "Interviewer",
    "InvalidInput",
    "MovedOn",
    "OutOfOffice",
    "Outcome",
    "Policy",
    "Position",
    "RuleViolation",
    "Script",
    "Stage",
    "TemplateError",
    "ThankYouSent",
    "ThankYouSkipped",
    "Tone",
    "Withdrew",
    "Workflow",
    "__version__",
    "agenda",
    "builtin_template",
    "check_template",
    "diagram",
    "json_schema",
    "permission_script",
    "placeholders",
    "render",
    "timeline",
    "to_email_message",
    "to_ical",
]
