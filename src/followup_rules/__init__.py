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

from ._errors import FollowUpError, InvalidInput, RuleViolation, TemplateError
from ._events import (
    CallPlaced,
    CloseLoopSent,
    Event,
    HeardBack,
    MovedOn,
    ThankYouSent,
    Withdrew,
)
from ._rules import TERMINAL_STAGES, TRANSITIONS, Branch, Stage
from ._scripts import Script, permission_script, render
from ._serialize import SCHEMA_VERSION
from ._templates import TEMPLATE_KEYS, builtin_template, check_template, placeholders
from ._values import (
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
from ._workflow import Action, ActionKind, CallWindow, Workflow, agenda

__all__ = [
    "SCHEMA_VERSION",
    "TEMPLATE_KEYS",
    "TERMINAL_STAGES",
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
    "Event",
    "FollowUpError",
    "HeardBack",
    "Interview",
    "Interviewer",
    "InvalidInput",
    "MovedOn",
    "Outcome",
    "Policy",
    "Position",
    "RuleViolation",
    "Script",
    "Stage",
    "TemplateError",
    "ThankYouSent",
    "Tone",
    "Withdrew",
    "Workflow",
    "agenda",
    "builtin_template",
    "check_template",
    "permission_script",
    "placeholders",
    "render",
]
