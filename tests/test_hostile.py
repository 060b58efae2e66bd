"""Hostile input: every public call succeeds or raises a FollowUpError with a bounded message.

Each public constructor, method and function of followup_rules is called with
an otherwise valid set of arguments in which one argument is replaced by a
hostile value (see ``tests.strategies``: text with control characters, 10 MB
strings, huge and negative numbers, nan, bytes, containers nested 100,000
deep, objects whose dunders raise, evil twins of the valid value, datetimes at
the ends of time or in misbehaving zones). Whatever comes back, nothing but a
:class:`FollowUpError` may escape, and its message is at most
``MESSAGE_LENGTH`` characters. A call that succeeds hands its result on: a
workflow built from hostile-but-accepted input is read back (plan, due,
to_dict, from_dict, scripts, timeline, iCalendar) under the same rule.

An exception that escapes is re-raised with a short message naming the call
and the module it came from, so a falsifying example stays readable.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import os
import re
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import followup_rules
from followup_rules import (
    Action,
    Agreement,
    CallPlaced,
    CallResult,
    CallWindow,
    Candidate,
    Channel,
    CloseLoopSent,
    CountryCalendar,
    DecisionPostponed,
    FollowUpError,
    HeardBack,
    HolidayCalendar,
    Interview,
    Interviewer,
    MovedOn,
    Outcome,
    OutOfOffice,
    Policy,
    Position,
    Script,
    ThankYouSent,
    ThankYouSkipped,
    Tone,
    Withdrew,
    Workflow,
    agenda,
    builtin_template,
    check_template,
    permission_script,
    placeholders,
    render,
    timeline,
    to_email_message,
    to_ical,
)
from followup_rules._errors import MESSAGE_LENGTH
from tests.strategies import (
    TEN_MB,
    Hostile,
    PairsMapping,
    deeply_nested,
    hostile_collections,
    hostile_for,
    hostile_values,
    label_of,
)

T = TypeVar("T")

# Hypothesis' explain phase re-runs each failing example under a tracer to
# list the lines it ran; with dozens of failing cases that costs more than the
# search itself, and the escape's own message already says where it came from.
FAST = settings(
    phases=[phase for phase in Phase if phase is not Phase.explain],
    suppress_health_check=[HealthCheck.too_slow],
)

DETROIT = "America/Detroit"

# --- Escapes, reported readably ------------------------------------------------------


def _origin(error: BaseException) -> str:
    """Where an exception was raised: the deepest followup_rules frame, and the deepest frame."""
    ours = deepest = "?"
    trace = error.__traceback__
    while trace is not None:
        code = trace.tb_frame.f_code
        deepest = f"{os.path.basename(code.co_filename)}:{trace.tb_lineno} ({code.co_name})"
        if f"{os.sep}followup_rules{os.sep}" in code.co_filename:
            module = os.path.splitext(os.path.basename(code.co_filename))[0]
            ours = f"followup_rules.{module}:{trace.tb_lineno} ({code.co_name})"
            deepest = ""
        trace = trace.tb_next
    return f"{ours}, raised in {deepest}" if deepest else ours


def _message(error: BaseException) -> str:
    try:
        text = str(error)
    except Exception:
        return "<its message cannot be shown>"
    return text if len(text) <= 300 else f"{text[:300]}... ({len(text):,} characters)"


def contained(what: str, call: Callable[[], T]) -> T | None:
    """Run ``call``: return its result, or None if it raised a FollowUpError with a short message.

    Any other exception is re-raised, its message replaced by one naming
    ``what`` and where it came from (the original can be 10 MB long).
    """
    try:
        return call()
    except FollowUpError as error:
        message = str(error)
        if len(message) > MESSAGE_LENGTH:
            raise AssertionError(
                f"{what}: {type(error).__name__} with a {len(message):,}-character message "
                f"(at most {MESSAGE_LENGTH}), from {_origin(error)}: {message[:200]!r}..."
            ) from None
        return None
    except Exception as error:
        error.args = (
            f"{type(error).__name__} escaped from {what}, from {_origin(error)}: {_message(error)}",
        )
        raise


# --- The valid values the hostile ones are mixed into ------------------------------------


def utc(year: int, month: int, day: int, hour: int = 0) -> pendulum.DateTime:
    """A UTC instant."""
    return pendulum.datetime(year, month, day, hour, tz="UTC")


CANDIDATE = Candidate(
    "Jordan Avery", "(313) 555-0142", email="jordan@example.com", timezone=DETROIT
)
DECIDER = Interviewer(
    "Morgan Lee",
    "Director of Engineering",
    email="morgan.lee@example.com",
    phone="313 555 0100",
    timezone=DETROIT,
    decision_maker=True,
)
RECRUITER = Interviewer("Riley Chen", "Technical Recruiter", timezone="Europe/London")
POSITION = Position("Senior Data Engineer", "Northwind Analytics")
ENDED_AT = pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT)
INTERVIEW = Interview(
    CANDIDATE,
    POSITION,
    [DECIDER, RECRUITER],
    ENDED_AT,
    highlights=["the walkthrough of the streaming pipeline redesign"],
    qualifications=["six years building data platforms"],
)
AGREEMENT = Agreement.on_weekday(INTERVIEW, 0)  # decision Monday 21 August, call Tuesday 22nd
POLICY = Policy(holidays=[dt.date(2017, 9, 4)], tone=Tone.WARM)
COUNTRY_POLICY = Policy.for_country("US", "MI")

STARTED = Workflow.start(INTERVIEW, AGREEMENT, POLICY)
THANKED = STARTED.apply(ThankYouSent(DECIDER, utc(2017, 8, 16, 23))).apply(
    ThankYouSent(RECRUITER, utc(2017, 8, 16, 23), Channel.EMAIL)
)
CALLED = THANKED.apply(CallPlaced(utc(2017, 8, 22, 12))).apply(CallPlaced(utc(2017, 8, 29, 12)))
CALLED_OUT = CALLED.apply(CallPlaced(utc(2017, 9, 5, 12))).apply(CallPlaced(utc(2017, 9, 12, 12)))
CLOSED = CALLED_OUT.apply(CloseLoopSent(utc(2017, 9, 19, 14)))
ENDED = CLOSED.apply(MovedOn(utc(2017, 9, 27, 14)))
EMAIL_READY = Workflow.start(
    attrs.evolve(
        INTERVIEW,
        candidate=attrs.evolve(CANDIDATE, email="jordan@example.com"),
    ),
    AGREEMENT,
    POLICY,
)
NEXT_ROUND = THANKED.apply(HeardBack(utc(2017, 8, 21, 12), Outcome.NEXT_ROUND))
NO_CALLS = Workflow.start(INTERVIEW, Agreement.on_weekday(INTERVIEW, 0, calls_permitted=False))

STAGES: dict[str, Workflow] = {
    "started": STARTED,
    "thanked": THANKED,
    "called": CALLED,
    "called_out": CALLED_OUT,
    "closed": CLOSED,
    "ended": ENDED,
}
"""The example at each stage: letters due, call 1 due, call 3 due, close the loop, reply awaited, ended."""

NOW = utc(2017, 10, 1)
"""A time after everything in the example is due."""


def read_back(workflow: Workflow, where: str) -> None:
    """Read every view of an accepted workflow: each may refuse, none may break."""
    plan = contained(f"{where} -> plan()", workflow.plan) or ()
    contained(f"{where} -> next_due_at", lambda: workflow.next_due_at)
    contained(f"{where} -> reply_by", lambda: workflow.reply_by)
    contained(f"{where} -> repr()", lambda: repr(workflow))
    for now in (
        NOW,
        workflow.next_due_at,
        *(action.windows[0].start for action in plan[:1] if action.windows),
    ):
        if now is not None:
            contained(f"{where} -> due({label_of(now)})", functools.partial(workflow.due, now))
    document = contained(f"{where} -> to_dict()", workflow.to_dict)
    if document is not None:
        text = contained(f"{where} -> json.dumps(to_dict())", lambda: json.dumps(document))
        again = contained(f"{where} -> from_dict(to_dict())", lambda: Workflow.from_dict(document))
        assert again is not None, f"{where}: from_dict refused what to_dict wrote"
        same = contained(f"{where} -> from_dict(to_dict()) == workflow", lambda: again == workflow)
        assert same, f"{where}: the round trip through to_dict changed the workflow"
        if text is not None:
            contained(
                f"{where} -> from_dict(json.loads(text))",
                lambda: Workflow.from_dict(json.loads(text)),
            )
    contained(f"{where} -> timeline()", lambda: timeline(workflow, NOW))
    contained(f"{where} -> _repr_html_()", workflow._repr_html_)
    contained(f"{where} -> _repr_markdown_()", workflow._repr_markdown_)
    contained(f"{where} -> to_ical()", lambda: to_ical(workflow))
    for action in plan:
        contained(
            f"{where} -> render({action.kind.name})", functools.partial(render, workflow, action)
        )


# --- The public surface, one entry per call ---------------------------------------------


class Entry:
    """One public call: how to make it, and its valid arguments with the kind of each.

    A plain class, not a dataclass: Hypothesis prints a dataclass field by field.

    Attributes:
        name: How the call reads in a test id.
        call: Makes the call from keyword arguments; a Workflow it returns is read back.
        arguments: Each argument's valid value and kind (see ``hostile_for``).
        items: Arguments that are collections: a hostile item is also mixed into them.
        keys: Arguments that are mappings: a hostile key, and a hostile value under a
            valid key, are also mixed into them.
    """

    def __init__(
        self,
        name: str,
        call: Callable[..., object],
        arguments: dict[str, tuple[object, str]],
        items: tuple[str, ...] = (),
        keys: tuple[str, ...] = (),
    ) -> None:
        self.name = name
        self.call = call
        self.arguments = arguments
        self.items = items
        self.keys = keys

    def __repr__(self) -> str:
        return self.name

    def cases(self) -> Iterator[str]:
        """The names of the ways this entry's arguments are made hostile."""
        yield from self.arguments
        for name in self.items:
            yield f"{name}[+item]"
        for name in self.keys:
            yield f"{name}[+key]"
            yield f"{name}[+value]"


def _events_for(stage: str, workflow: Workflow) -> list[Entry]:
    """The events a stage's workflow takes next, built from fields one of which is hostile."""

    def applied(kind: type) -> Callable[..., object]:
        return lambda **fields: workflow.apply(kind(**fields))

    entries = {
        "started": [
            Entry(
                "ThankYouSent",
                applied(ThankYouSent),
                {
                    "to": (DECIDER, "object"),
                    "at": (utc(2017, 8, 16, 23), "instant"),
                    "channel": (Channel.EMAIL, "enum"),
                },
            ),
            Entry("Withdrew", applied(Withdrew), {"at": (utc(2017, 8, 17), "instant")}),
            Entry(
                "ThankYouSkipped",
                applied(ThankYouSkipped),
                {"to": (RECRUITER, "object"), "at": (utc(2017, 8, 16, 23), "instant")},
            ),
        ],
        "thanked": [
            Entry(
                "CallPlaced(call_back_on)",
                applied(CallPlaced),
                {
                    "at": (utc(2017, 8, 22, 12), "instant"),
                    "result": (CallResult.SPOKE, "enum"),
                    "call_back_on": (dt.date(2017, 8, 24), "date"),
                },
            ),
            Entry(
                "DecisionPostponed",
                applied(DecisionPostponed),
                {
                    "at": (utc(2017, 8, 21, 12), "instant"),
                    "decision_by": (dt.date(2017, 9, 8), "date"),
                    "follow_up_on": (dt.date(2017, 9, 11), "date"),
                },
            ),
            Entry(
                "OutOfOffice",
                applied(OutOfOffice),
                {"at": (utc(2017, 8, 21, 12), "instant"), "until": (dt.date(2017, 9, 4), "date")},
            ),
            Entry(
                "CallPlaced",
                applied(CallPlaced),
                {
                    "at": (utc(2017, 8, 22, 12), "instant"),
                    "result": (CallPlaced(NOW).result, "enum"),
                },
            ),
            Entry(
                "HeardBack",
                applied(HeardBack),
                {"at": (utc(2017, 8, 21, 12), "instant"), "outcome": (Outcome.OFFER, "enum")},
            ),
        ],
        "called": [
            Entry(
                "CallPlaced",
                applied(CallPlaced),
                {
                    "at": (utc(2017, 9, 5, 12), "instant"),
                    "result": (CallPlaced(NOW).result, "enum"),
                },
            ),
        ],
        "called_out": [
            Entry(
                "CloseLoopSent",
                applied(CloseLoopSent),
                {"at": (utc(2017, 9, 19, 12), "instant"), "channel": (Channel.VOICEMAIL, "enum")},
            ),
        ],
        "closed": [
            Entry("MovedOn", applied(MovedOn), {"at": (utc(2017, 9, 27, 14), "instant")}),
            Entry(
                "HeardBack",
                applied(HeardBack),
                {"at": (utc(2017, 9, 20, 14), "instant"), "outcome": (Outcome.REJECTED, "enum")},
            ),
        ],
    }
    for entry in entries.get(stage, []):
        entry.name = f"{stage}.apply({entry.name}(...))"
    return entries.get(stage, [])


def _surface() -> list[Entry]:
    text, zone, flag = "text", "zone", "bool"
    plan_action = THANKED.plan()[0]  # call 1, with its windows
    entries = [
        Entry(
            "Candidate",
            Candidate,
            {
                "name": ("Jordan Avery", text),
                "phone": ("(313) 555-0142", text),
                "email": ("jordan@example.com", text),
                "timezone": (DETROIT, zone),
            },
        ),
        Entry(
            "Interviewer",
            Interviewer,
            {
                "name": ("Morgan Lee", text),
                "title": ("Director", text),
                "email": ("morgan@example.com", text),
                "phone": ("313 555 0100", text),
                "timezone": (pendulum.timezone(DETROIT), zone),
                "decision_maker": (True, flag),
            },
        ),
        Entry("Position", Position, {"title": ("Engineer", text), "company": ("Contoso", text)}),
        Entry(
            "Interview+start",
            lambda **fields: Workflow.start(
                interview := Interview(**fields), Agreement.within(interview, days=3)
            ),
            {
                "candidate": (CANDIDATE, "object"),
                "position": (POSITION, "object"),
                "interviewers": ([DECIDER, RECRUITER], "collection"),
                "ended_at": (ENDED_AT, "instant"),
                "highlights": (["the pipeline"], "collection"),
                "qualifications": (("six years",), "collection"),
            },
            items=("interviewers", "highlights", "qualifications"),
        ),
        Entry("Interview.index_of", INTERVIEW.index_of, {"person": (RECRUITER, "object")}),
        Entry(
            "Agreement+start",
            lambda **fields: Workflow.start(INTERVIEW, Agreement(**fields), POLICY),
            {
                "decision_by": (dt.date(2017, 8, 21), "date"),
                "follow_up_on": (pendulum.Date(2017, 8, 23), "date"),
                "calls_permitted": (True, flag),
            },
        ),
        Entry(
            "Agreement.on_weekday+start",
            lambda **fields: Workflow.start(INTERVIEW, Agreement.on_weekday(**fields)),
            {
                "interview": (INTERVIEW, "object"),
                "weekday": (0, "int"),
                "calls_permitted": (True, flag),
            },
        ),
        Entry(
            "Agreement.within+start",
            lambda **fields: Workflow.start(INTERVIEW, Agreement.within(**fields)),
            {
                "interview": (INTERVIEW, "object"),
                "days": (14, "int"),
                "calls_permitted": (False, flag),
            },
        ),
        Entry(
            "Agreement.unspecified+start",
            lambda **fields: Workflow.start(INTERVIEW, Agreement.unspecified(**fields)),
            {
                "interview": (INTERVIEW, "object"),
                "policy": (POLICY, "object"),
                "calls_permitted": (True, flag),
            },
        ),
        Entry(
            "Policy+start",
            lambda **knobs: Workflow.start(INTERVIEW, AGREEMENT, Policy(**knobs)),
            {
                "max_calls": (3, "int"),
                "holidays": ([dt.date(2017, 9, 4), pendulum.Date(2017, 12, 25)], "collection"),
                "call_interval_days": (8, "int"),
                "reply_window_days": (5, "int"),
                "default_wait_days": (10, "int"),
                "workday_start": (dt.time(8, 30), "time"),
                "workday_end": (dt.time(17, 30), "time"),
                "call_window_minutes": (30, "int"),
                "tone": (Tone.DIRECT, "enum"),
                "max_postponements": (1, "int"),
                "weekend": ([4, 5], "collection"),
                "language": ("de", text),
            },
            items=("holidays", "weekend"),
        ),
        Entry(
            "Policy.for_country+start",
            lambda **knobs: Workflow.start(INTERVIEW, AGREEMENT, Policy.for_country(**knobs)),
            {
                "country": ("US", text),
                "subdiv": ("MI", text),
                "max_calls": (2, "int"),
                "observed": (False, flag),
                "categories": (("public",), "collection"),
            },
            items=("categories",),
        ),
        Entry("Policy.holiday_name", POLICY.holiday_name, {"day": (dt.date(2017, 9, 4), "date")}),
        Entry(
            "Policy.for_country().holiday_name",
            COUNTRY_POLICY.holiday_name,
            {"day": (dt.date(2017, 9, 4), "date")},
        ),
        Entry(
            "ThankYouSent",
            ThankYouSent,
            {"to": (DECIDER, "object"), "at": (NOW, "instant"), "channel": (Channel.MAIL, "enum")},
        ),
        Entry(
            "CallPlaced",
            CallPlaced,
            {"at": (NOW, "instant"), "result": (CallPlaced(NOW).result, "enum")},
        ),
        Entry("HeardBack", HeardBack, {"at": (NOW, "instant"), "outcome": (Outcome.OFFER, "enum")}),
        Entry(
            "CloseLoopSent",
            CloseLoopSent,
            {"at": (NOW, "instant"), "channel": (Channel.EMAIL, "enum")},
        ),
        Entry("MovedOn", MovedOn, {"at": (NOW, "instant")}),
        Entry("Withdrew", Withdrew, {"at": (NOW, "instant")}),
        Entry(
            "Workflow.start",
            Workflow.start,
            {
                "interview": (INTERVIEW, "object"),
                "agreement": (AGREEMENT, "object"),
                "policy": (POLICY, "object"),
            },
        ),
        Entry("Workflow.from_dict", Workflow.from_dict, {"data": (CALLED.to_dict(), "collection")}),
        Entry("Workflow.plan(now)", THANKED.plan, {"now": (NOW, "instant")}),
        Entry(
            "Workflow.start(round)",
            lambda **fields: Workflow.start(INTERVIEW, AGREEMENT, POLICY, **fields),
            {"round": (2, "int")},
        ),
        Entry(
            "Workflow.next_round",
            NEXT_ROUND.next_round,
            {
                "interview": (INTERVIEW, "object"),
                "agreement": (AGREEMENT, "object"),
                "policy": (POLICY, "object"),
            },
        ),
        Entry(
            "Action.done",
            plan_action.done,
            {
                "at": (utc(2017, 8, 22, 12), "instant"),
                "result": (CallResult.SPOKE, "enum"),
                "call_back_on": (dt.date(2017, 8, 24), "date"),
            },
        ),
        Entry(
            "CountryCalendar",
            CountryCalendar,
            {
                "country": ("US", text),
                "subdiv": ("MI", text),
                "observed": (False, flag),
                "categories": (("public", "unofficial"), "collection"),
                "language": ("en_US", text),
            },
            items=("categories",),
        ),
        Entry(
            "HolidayCalendar",
            lambda **fields: Policy(calendar=HolidayCalendar(**fields)).holiday_name(
                dt.date(2017, 8, 22)
            ),
            {
                "countries": ([CountryCalendar("US", "MI")], "collection"),
                "added": ([(dt.date(2017, 8, 22), "Company day")], "collection"),
                "removed": ([dt.date(2017, 9, 4)], "collection"),
            },
            items=("countries", "added", "removed"),
        ),
        Entry(
            "agenda",
            agenda,
            {"workflows": ({"a": STARTED, "b": CALLED}, "mapping"), "now": (NOW, "instant")},
            keys=("workflows",),
        ),
        Entry(
            "permission_script",
            permission_script,
            {
                "interview": (INTERVIEW, "object"),
                "agreement": (AGREEMENT, "object"),
                "policy": (POLICY, "object"),
                "tone": (Tone.WARM, "enum"),
                "templates": (
                    {"permission": "Call ${contact_name} on ${follow_up_on}."},
                    "mapping",
                ),
                "language": ("en-GB", text),
            },
            keys=("templates",),
        ),
        Entry(
            "render(Action(...))",
            lambda **fields: render(THANKED, Action(**fields)),
            {
                field.name: (getattr(plan_action, field.name), "object")
                for field in attrs.fields(Action)
            },
        ),
        Entry(
            "render(CallWindow(...))",
            lambda **fields: render(
                THANKED,
                attrs.evolve(plan_action, windows=(CallWindow(**fields), plan_action.windows[1])),
            ),
            {
                "start": (plan_action.windows[0].start, "instant"),
                "end": (plan_action.windows[0].end, "instant"),
            },
        ),
        Entry(
            "to_email_message",
            lambda **fields: to_email_message(EMAIL_READY, **fields),
            {
                "item": (EMAIL_READY.plan()[0], "object"),
                "tone": (Tone.WARM, "enum"),
                "language": ("en-GB", text),
            },
        ),
        Entry(
            "builtin_template",
            builtin_template,
            {
                "key": ("thank_you_mail", text),
                "tone": (Tone.WARM, "enum"),
                "language": ("en-GB", text),
            },
        ),
        Entry(
            "check_template",
            check_template,
            {
                "key": ("close_loop_email", text),
                "text": ("Subject: Hi\nDear ${contact_name},", text),
            },
        ),
        Entry("placeholders", placeholders, {"key": ("voicemail", text)}),
        Entry(
            "Script",
            Script,
            {
                "channel": (Channel.EMAIL, "enum"),
                "subject": ("Hi", text),
                "body": ("Hello", text),
                "language": ("en-GB", text),
            },
        ),
    ]
    for stage, workflow in STAGES.items():
        entries.append(Entry(f"{stage}.due", workflow.due, {"now": (NOW, "instant")}))
        entries.append(
            Entry(
                f"{stage}.reply_by_if_sent_on",
                workflow.reply_by_if_sent_on,
                {"day": (dt.date(2017, 9, 20), "date")},
            )
        )
        entries.append(
            Entry(
                f"{stage}.timeline",
                timeline,
                {"workflow": (workflow, "object"), "now": (NOW, "instant")},
            )
        )
        entries += _events_for(stage, workflow)
        if not workflow.finished:
            entries.append(
                Entry(f"{stage}.apply", workflow.apply, {"event": (_next_event(stage), "object")})
            )
            entries.append(
                Entry(
                    f"{stage}.render",
                    render,
                    {
                        "workflow": (workflow, "object"),
                        "action": (workflow.plan()[0], "object"),
                        "now": (NOW, "instant"),
                        "tone": (Tone.DIRECT, "enum"),
                        "channel": (None, "enum"),
                        "templates": (
                            {
                                "close_loop_email": "Subject: Hi\nDear ${contact_name},",
                                "en-GB": {"voicemail": "Hello ${contact_name}."},
                            },
                            "mapping",
                        ),
                        "language": ("en-GB", text),
                    },
                    keys=("templates",),
                )
            )
    for stage in ("thanked", "ended"):
        entries.append(
            Entry(
                f"{stage}.to_ical",
                to_ical,
                {
                    "workflow": (STAGES[stage], "object"),
                    "tone": (Tone.WARM, "enum"),
                    "language": ("en-GB", text),
                },
            )
        )
    return entries


def _next_event(stage: str) -> object:
    return {
        "started": ThankYouSent(DECIDER, utc(2017, 8, 16, 23)),
        "thanked": CallPlaced(utc(2017, 8, 22, 12)),
        "called": CallPlaced(utc(2017, 9, 5, 12)),
        "called_out": CloseLoopSent(utc(2017, 9, 19, 12)),
        "closed": MovedOn(utc(2017, 9, 27, 14)),
    }[stage]


SURFACE = _surface()
CASES = [(entry, case) for entry in SURFACE for case in entry.cases()]


def run(entry: Entry, arguments: dict[str, object], what: str) -> None:
    """Make an entry's call under ``contained``; read back a workflow it returns."""
    result = contained(what, lambda: entry.call(**arguments))
    if isinstance(result, Workflow):
        read_back(result, what)


def test_the_surface_covers_the_public_names() -> None:
    """Every public callable of followup_rules is called by some entry (enums and the diagram aside)."""
    called = {word for entry in SURFACE for word in re.findall(r"\w+", entry.name)}
    left_out = {
        # Enums are called by value (Channel("mail")); their ValueError is Python's own.
        "ActionKind",
        "Branch",
        "CallResult",
        "Channel",
        "Outcome",
        "Stage",
        "Tone",
        # Not callables taking input.
        "Event",
        "FollowUpError",
        "InvalidInput",
        "RuleViolation",
        "TemplateError",
        "SCHEMA_VERSION",
        "TEMPLATE_KEYS",
        "TERMINAL_STAGES",
        "TIMELINE_COLUMNS",
        "TRANSITIONS",
        "SUPPORTED_LANGUAGES",
        "SUPPORTED_YEARS",
        # Takes no input.
        "json_schema",
        "__version__",
        "diagram",
    }
    assert set(followup_rules.__all__) - left_out <= called


@pytest.mark.parametrize("entry", SURFACE, ids=lambda entry: entry.name)
def test_every_valid_call_succeeds(entry: Entry) -> None:
    """Each entry's valid arguments give a result, so the hostile cases test the checks they reach."""
    result = entry.call(**{name: value for name, (value, _) in entry.arguments.items()})
    if isinstance(result, Workflow):
        read_back(result, entry.name)


_STRATEGIES: dict[tuple[str, str], st.SearchStrategy[Hostile]] = {}


def _hostile_strategy(entry: Entry, case: str) -> st.SearchStrategy[Hostile]:
    """The hostile values for one case, built once (a new strategy costs more than its draws)."""
    key = (entry.name, case)
    if key not in _STRATEGIES:
        name = case.partition("[")[0]
        valid, kind = entry.arguments[name]
        _STRATEGIES[key] = hostile_values() if "[" in case else hostile_for(kind, valid)
    return _STRATEGIES[key]


def _mixed(entry: Entry, case: str, hostile: Hostile, draw: st.DataObject) -> dict[str, object]:
    """The entry's valid arguments (fresh copies) with ``hostile`` put in as ``case`` says."""
    arguments = {name: value for name, (value, _) in entry.arguments.items()}
    name, _, how = case.partition("[")
    if not how:
        arguments[name] = hostile.value
    elif how == "+item]":
        items = list(arguments[name])  # type: ignore[call-overload]
        items.insert(draw.draw(st.integers(0, len(items)), label="at"), hostile.value)
        arguments[name] = items
    else:
        valid: dict[Any, Any] = dict(arguments[name])  # type: ignore[call-overload]
        if how == "+value]":
            valid[draw.draw(st.sampled_from(sorted(valid)), label="under")] = hostile.value
            arguments[name] = valid
        else:
            pairs = [*valid.items()]
            pairs.insert(
                draw.draw(st.integers(0, len(pairs)), label="at"),
                (hostile.value, next(iter(valid.values()))),
            )
            try:
                arguments[name] = dict(pairs)
            except Exception:  # the key does not hash: keep it in a mapping that needs no hash
                arguments[name] = PairsMapping(pairs)
    return arguments


@pytest.mark.parametrize(("entry", "case"), CASES, ids=[f"{e.name}[{c}]" for e, c in CASES])
@FAST
@given(draw=st.data())
def test_one_hostile_argument_gives_a_result_or_a_follow_up_error(
    entry: Entry, case: str, draw: st.DataObject
) -> None:
    """A public call with one hostile argument succeeds or raises a FollowUpError with a bounded message."""
    hostile = draw.draw(_hostile_strategy(entry, case), label=case)
    run(entry, _mixed(entry, case, hostile, draw), f"{entry.name} with {case}={hostile.label}")


# --- The issue's own examples ----------------------------------------------------------


def _refused(call: Callable[[], object]) -> FollowUpError:
    """Run ``call``, which must raise a FollowUpError with a bounded message; return the error."""
    with pytest.raises(FollowUpError) as caught:
        call()
    assert len(str(caught.value)) <= MESSAGE_LENGTH
    return caught.value


def test_applying_a_huge_integer_is_refused_with_a_short_message() -> None:
    """``apply(10**5000)`` raises a FollowUpError whose message shows the number by its size."""
    error = _refused(lambda: STARTED.apply(10**5000))  # type: ignore[arg-type]
    assert len(str(error)) < 500


def test_a_list_nested_100000_deep_as_max_calls_is_refused() -> None:
    """A list nested 100,000 deep as ``max_calls`` raises a FollowUpError, not RecursionError."""
    _refused(lambda: Policy(max_calls=deeply_nested(100_000)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "build",
    [
        lambda: Candidate(TEN_MB, "555 0100"),
        lambda: Candidate("Jordan Avery", TEN_MB),
        lambda: Candidate("Jordan Avery", "555 0100", email=TEN_MB),
        lambda: Candidate("Jordan Avery", "555 0100", timezone=TEN_MB),
        lambda: Interviewer(TEN_MB),
        lambda: Position(TEN_MB, "Contoso"),
        lambda: Policy.for_country(TEN_MB),
        lambda: check_template("thank_you_letter", TEN_MB + "${"),
        lambda: check_template(TEN_MB, "Dear ${decider_name}"),
        lambda: Workflow.from_dict({**CALLED.to_dict(), "schema_version": TEN_MB}),
        lambda: Workflow.from_dict({**CALLED.to_dict(), TEN_MB: 1}),
    ],
    ids=[
        "Candidate.name",
        "Candidate.phone",
        "Candidate.email",
        "Candidate.timezone",
        "Interviewer.name",
        "Position.title",
        "Policy.for_country",
        "check_template.text",
        "check_template.key",
        "from_dict.schema_version",
        "from_dict.key",
    ],
)
def test_a_ten_megabyte_string_gives_a_short_message(build: Callable[[], object]) -> None:
    """A 10 MB string anywhere is refused with a FollowUpError of at most MESSAGE_LENGTH characters."""
    _refused(build)


def test_render_of_a_malformed_action_is_invalid_input() -> None:
    """``render`` of an Action built by hand with nonsense fields raises InvalidInput, not AttributeError."""
    malformed = Action(None, None, None, None)  # type: ignore[arg-type]
    with pytest.raises(followup_rules.InvalidInput):
        render(THANKED, malformed)


def test_render_of_an_action_from_another_workflow_is_invalid_input() -> None:
    """``render`` of a valid action of another workflow raises InvalidInput."""
    with pytest.raises(followup_rules.InvalidInput):
        render(STARTED, CALLED.plan()[0])


# --- Tampered documents -------------------------------------------------------------------


DOCUMENTS = [
    workflow.to_dict()
    for workflow in (
        STARTED,
        THANKED,
        CALLED,
        CLOSED,
        ENDED,
        NO_CALLS,
        Workflow.start(INTERVIEW, AGREEMENT, COUNTRY_POLICY),
    )
]
"""Valid documents at every stage, with holidays given and from a country calendar."""


def _paths(data: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Every path to a value inside plain nested dicts and lists, ten levels deep at most.

    Exact types only, and a bounded depth: an earlier tampering may have put
    a hostile dict subclass or a list nested 100,000 deep here.
    """
    found = [prefix] if prefix else []
    if len(prefix) >= 10:
        return found
    if type(data) is dict:
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif type(data) is list:
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


def _container_paths(data: object) -> list[tuple[object, ...]]:
    return [(), *(path for path in _paths(data) if type(_at(data, path)) in (dict, list))]


def _shown_path(path: tuple[object, ...]) -> str:
    return "/".join(key[:40] if type(key) is str else label_of(key) for key in path)


def _at(data: Any, path: tuple[object, ...]) -> Any:
    for key in path:
        data = data[key]
    return data


def _retyped(value: object) -> list[object]:
    """Values of other types that a careless writer might put in place of ``value``.

    Only plain JSON values are rewritten (an earlier tampering may have put a
    hostile object here, whose methods must not run in the test itself).
    """
    options: list[object] = [None, label_of(value), [value], {"value": value}]
    if type(value) is bool:
        options += [int(value), str(value).lower(), 1.0 if value else 0.0]
    elif type(value) is int:
        options += [float(value), str(value), -value, value + 10**6, value * 10**4000 + 1, True]
    elif type(value) is str:
        options += [
            value.encode(),
            value.upper(),
            value + "\u2028",
            value + "Z",
            value.replace("+00:00", "-23:59"),
            value.replace("2017", "9999"),
            value.replace("2017", "0001"),
            re.sub(r"^\d{4}-\d\d-\d\d", "9999-12-31", value),
            re.sub(r"^\d{4}-\d\d-\d\d", "0001-01-01", value),
            re.sub(r"^\d{4}-\d\d-\d\d", "2999-12-31", value),
            value * 1000,
            " " + value,
        ]
    elif type(value) is list:
        options += [tuple(value), {str(i): item for i, item in enumerate(value)}, [*value, *value]]
    elif type(value) is dict:
        options += [list(value.items()), list(value), {**value, "extra": 1}]
        options.append(json.dumps(value, default=label_of))
    return options


_ISO = re.compile(r"^\d{4}-\d\d-\d\d")
_EDGE_DAYS = ["9999-12-31", "9999-12-30", "0001-01-01", "2999-12-31", "3000-01-01", "1899-12-31"]


@st.composite
def tampered(draw: st.DrawFn) -> Hostile:
    """A valid document with one to three tamperings: values, keys, types or event order."""
    document = copy.deepcopy(
        draw(st.sampled_from(range(len(DOCUMENTS))).map(DOCUMENTS.__getitem__))
    )
    done: list[str] = []
    for _ in range(draw(st.integers(1, 3))):
        how = draw(
            st.sampled_from(
                [
                    "retype",
                    "replace",
                    "edge",
                    "delete",
                    "add",
                    "rename",
                    "reorder",
                    "duplicate",
                    "drop",
                ]
            )
        )
        history = document.get("history")
        if how in ("reorder", "duplicate", "drop") and type(history) is list and history:
            if how == "reorder":
                document["history"] = draw(st.permutations(history))
            elif how == "duplicate":
                index = draw(st.integers(0, len(history) - 1))
                history.insert(draw(st.integers(0, len(history))), copy.deepcopy(history[index]))
            else:
                del history[draw(st.integers(0, len(history) - 1))]
            done.append(f"{how} history")
            continue
        paths = _paths(document)
        stamps = [
            path
            for path in paths
            if type(_at(document, path)) is str and _ISO.match(_at(document, path))
        ]
        if how == "edge" and stamps:
            path = draw(st.sampled_from(stamps))
            edge = draw(st.sampled_from(_EDGE_DAYS))
            _at(document, path[:-1])[path[-1]] = _ISO.sub(edge, _at(document, path), count=1)
            done.append(f"{_shown_path(path)} on {edge}")
        elif how in ("retype", "replace") and paths:
            path = draw(st.sampled_from(paths))
            old = _at(document, path)
            if how == "retype":
                new = draw(
                    st.sampled_from(_retyped(old)).map(
                        lambda value: Hostile(label_of(value), value)
                    )
                )
            else:
                new = draw(hostile_values() | hostile_collections())
            _at(document, path[:-1])[path[-1]] = new.value
            done.append(f"{_shown_path(path)} = {new.label}")
        elif how in ("delete", "rename"):
            keyed = [path for path in paths if type(_at(document, path[:-1])) is dict]
            if not keyed:
                continue
            path = draw(st.sampled_from(keyed))
            parent = _at(document, path[:-1])
            value = parent.pop(path[-1])
            if how == "rename":
                new_key = draw(
                    st.sampled_from(
                        [
                            str(path[-1]).upper(),
                            f"{path[-1]}\u2028",
                            f" {path[-1]}",
                            f"{path[-1]}_",
                            0,
                        ]
                    )
                )
                parent[new_key] = value
                done.append(f"rename {_shown_path(path)} to {label_of(new_key)}")
            else:
                done.append(f"delete {_shown_path(path)}")
        elif how == "add":
            containers = [
                path for path in _container_paths(document) if type(_at(document, path)) is dict
            ]
            path = draw(st.sampled_from(containers))
            key = draw(
                st.sampled_from(["extra", "Type", "", "type", "schema_version", TEN_MB, 7, None])
            )
            value = draw(hostile_values())
            _at(document, path)[key] = value.value
            done.append(f"add {label_of(key)}={value.label} at /{_shown_path(path)}")
    return Hostile("; ".join(done) or "unchanged", document)


@FAST
@given(document=tampered())
def test_a_tampered_document_loads_or_raises_a_follow_up_error(document: Hostile) -> None:
    """``from_dict`` of any tampering of a valid document raises a FollowUpError or gives a sound workflow."""
    what = f"from_dict of a document with {document.label}"
    workflow = contained(what, lambda: Workflow.from_dict(document.value))
    if workflow is not None:
        read_back(workflow, what)


@pytest.mark.parametrize("kind", [list, tuple, dict])
def test_a_document_nested_100000_deep_is_refused(kind: type) -> None:
    """A document whose interview is nested 100,000 deep raises a FollowUpError, not RecursionError."""
    document = {**CALLED.to_dict(), "interview": deeply_nested(100_000, kind)}
    _refused(lambda: Workflow.from_dict(document))
