"""A JSON Schema of the document :meth:`Workflow.to_dict` writes, for every version read.

The schema (JSON Schema draft 2020-12) describes the document's shape: the
keys of every object, the JSON type of every value, the names the
enumerations and the event types may take, and the schema version. A front
end in another language can check a stored document against it before
handing it to the library. It cannot say everything
:meth:`Workflow.from_dict` checks: whether a time zone exists, whether a date
is real, whether the history obeys the rules. The reader still refuses those.

JSON has a single kind of number, so to JSON Schema ``4`` and ``4.0`` are the
same integer; the Python reader refuses ``4.0`` where a whole number belongs.

Each version the library reads is one entry of :data:`_VERSIONS`: a function
giving that version's definitions, named with its prefix (``v1``,
``v1_interview``, ...). The document is ``oneOf`` the versions, so a new
version adds one entry and leaves the older ones as they were: documents
saved in an older version must still validate as long as they still load.
A later version refers to an earlier one's definition wherever its part of
the document did not change (version 2's interview is ``v1_interview``), and
defines only what is new or changed under its own prefix (``v2_policy``,
``v2_CallPlaced``, ``v2_DecisionPostponed``, ...).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

from ._events import (
    CallPlaced,
    CloseLoopSent,
    DecisionPostponed,
    HeardBack,
    MovedOn,
    OutOfOffice,
    ThankYouSent,
    ThankYouSkipped,
    Withdrew,
)
from ._values import CallResult, Channel, Outcome, Tone

__all__ = ["json_schema"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"


# --- building blocks: each returns a new object, so no two places share one ----


def _text(description: str) -> dict[str, Any]:
    return {"type": "string", "description": description}


def _optional_text(description: str) -> dict[str, Any]:
    return {"type": ["string", "null"], "description": description}


def _whole(description: str) -> dict[str, Any]:
    return {"type": "integer", "description": description}


def _flag(description: str) -> dict[str, Any]:
    return {"type": "boolean", "description": description}


def _instant(description: str) -> dict[str, Any]:
    return {"type": "string", "format": "date-time", "description": description}


def _date(description: str) -> dict[str, Any]:
    return {"type": "string", "format": "date", "description": description}


def _optional_date(description: str) -> dict[str, Any]:
    return {"type": ["string", "null"], "format": "date", "description": description}


def _interviewer_index(description: str) -> dict[str, Any]:
    return {"type": "integer", "minimum": 0, "description": description}


def _texts(description: str) -> dict[str, Any]:
    return {"type": "array", "items": {"type": "string"}, "description": description}


def _choice(kind: type[enum.Enum], description: str) -> dict[str, Any]:
    return {
        "type": "string",
        "enum": [member.value for member in kind],
        "description": description,
    }


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _object(description: str, properties: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """An object with exactly these keys, every one of them required."""
    return {
        "type": "object",
        "description": description,
        "properties": dict(properties),
        "required": list(properties),
        "additionalProperties": False,
    }


def _event(kind: type, description: str, fields: Mapping[str, dict[str, Any]]) -> dict[str, Any]:
    """One event of the history: its type's name, when it happened, and its own fields."""
    return _object(
        description,
        {
            "type": {"const": kind.__name__, "description": "The event's type."},
            "at": _instant("When it happened, in UTC."),
            **fields,
        },
    )


# --- the versions ----------------------------------------------------------------


def _policy_fields() -> dict[str, dict[str, Any]]:
    """The policy's keys in version 1, in their order."""
    return {
        "max_calls": _whole("How many calls at most."),
        "holidays": {
            "type": "array",
            "items": {"type": "string", "format": "date"},
            "description": "Extra days that are not business days.",
        },
        "call_interval_days": _whole("Days between calls."),
        "reply_window_days": _whole("Days to answer the close-the-loop message."),
        "default_wait_days": _whole("Days to wait when no decision date was named."),
        "workday_start": _text("Start of work hours, in ISO 8601 form such as 09:00:00."),
        "workday_end": _text("End of work hours, in ISO 8601 form such as 17:00:00."),
        "call_window_minutes": _whole("Length of each call window."),
        "tone": _choice(Tone, "The voice of the scripts."),
        "country": _optional_text("A country whose public holidays are skipped."),
        "subdiv": _optional_text("That country's subdivision."),
    }


def _inserted(
    fields: Mapping[str, dict[str, Any]], after: str, key: str, value: dict[str, Any]
) -> dict[str, dict[str, Any]]:
    """``fields`` with ``key`` added right after the key ``after``, as a later version has it."""
    table: dict[str, dict[str, Any]] = {}
    for name, field in fields.items():
        table[name] = field
        if name == after:
            table[key] = value
    return table


def _version_1() -> dict[str, Any]:
    """The definitions of schema version 1; the document itself is ``v1``."""
    events = {
        "v1_ThankYouSent": _event(
            ThankYouSent,
            "A thank-you letter was sent.",
            {
                "to": _interviewer_index(
                    "The interviewer thanked: an index into interview.interviewers."
                ),
                "channel": _choice(Channel, "How it was sent."),
            },
        ),
        "v1_CallPlaced": _event(
            CallPlaced,
            "A call to the decision-maker was placed.",
            {"result": _choice(CallResult, "How the call went.")},
        ),
        "v1_HeardBack": _event(
            HeardBack,
            "The candidate heard back; the workflow ends.",
            {"outcome": _choice(Outcome, "What the answer was.")},
        ),
        "v1_CloseLoopSent": _event(
            CloseLoopSent,
            "The close-the-loop message was sent.",
            {"channel": _choice(Channel, "How it was sent.")},
        ),
        "v1_MovedOn": _event(MovedOn, "The candidate moved on; the workflow ends.", {}),
        "v1_Withdrew": _event(Withdrew, "The candidate withdrew; the workflow ends.", {}),
    }
    return {
        "v1": _object(
            "A workflow saved by followup_rules, schema version 1.",
            {
                "schema_version": {"type": "integer", "const": 1, "description": "Always 1."},
                "interview": _ref("v1_interview"),
                "agreement": _ref("v1_agreement"),
                "policy": _ref("v1_policy"),
                "history": {
                    "type": "array",
                    "items": _ref("v1_event"),
                    "description": "The accepted events, oldest first.",
                },
            },
        ),
        "v1_interview": _object(
            "The interview.",
            {
                "candidate": _ref("v1_candidate"),
                "position": _ref("v1_position"),
                "interviewers": {
                    "type": "array",
                    "items": _ref("v1_interviewer"),
                    "description": "Everyone who interviewed the candidate.",
                },
                "ended_at": _instant("When the interview ended, in UTC."),
                "highlights": _texts("Moments of the interview worth recalling."),
                "qualifications": _texts("The candidate's strengths for the position."),
            },
        ),
        "v1_candidate": _object(
            "The candidate.",
            {
                "name": _text("Their name."),
                "phone": _text("Their phone number."),
                "email": _optional_text("Their email address, if known."),
                "timezone": _text("Their IANA time zone, such as America/Detroit."),
            },
        ),
        "v1_position": _object(
            "The position applied for.",
            {"title": _text("The job title."), "company": _text("The hiring company.")},
        ),
        "v1_interviewer": _object(
            "One interviewer.",
            {
                "name": _text("Their name."),
                "title": _optional_text("Their job title, if known."),
                "email": _optional_text("Their email address, if known."),
                "phone": _optional_text("Their phone number, if known."),
                "timezone": _text("Their IANA time zone."),
                "decision_maker": _flag("Whether they make the decision."),
            },
        ),
        "v1_agreement": _object(
            "What was agreed at the end of the interview.",
            {
                "decision_by": _date("The day the decision was promised for."),
                "follow_up_on": _optional_date(
                    "The agreed follow-up day, or null for the default."
                ),
                "calls_permitted": _flag("Whether the decision-maker agreed to be called."),
            },
        ),
        "v1_policy": _object("The policy's knobs.", _policy_fields()),
        "v1_event": {
            "description": "One accepted event.",
            "oneOf": [_ref(name) for name in events],
        },
        **events,
    }


def _version_2() -> dict[str, Any]:
    """The definitions of schema version 2 (those it shares with version 1 are ``v1_``'s)."""
    # The events whose keys did not change keep their version 1 definitions.
    unchanged = ("v1_ThankYouSent", "v1_HeardBack", "v1_CloseLoopSent", "v1_MovedOn", "v1_Withdrew")
    events = {
        "v2_ThankYouSkipped": _event(
            ThankYouSkipped,
            "An interviewer will get no thank-you letter.",
            {"to": _interviewer_index("The interviewer: an index into interview.interviewers.")},
        ),
        "v2_CallPlaced": _event(
            CallPlaced,
            "A call to the decision-maker was placed.",
            {
                "result": _choice(CallResult, "How the call went."),
                "call_back_on": _optional_date("The day they asked to be called back on, or null."),
            },
        ),
        "v2_DecisionPostponed": _event(
            DecisionPostponed,
            "The decision-maker gave a new date for the decision, or put it on hold.",
            {
                "decision_by": _optional_date("The new date of the decision, or null (on hold)."),
                "follow_up_on": _optional_date(
                    "The agreed follow-up day, or null for the default."
                ),
            },
        ),
        "v2_OutOfOffice": _event(
            OutOfOffice,
            "The decision-maker is away.",
            {"until": _date("The last day of the absence.")},
        ),
    }
    v1_policy = {
        key: field for key, field in _policy_fields().items() if key not in ("country", "subdiv")
    }
    dated_name = {
        "type": "array",
        "prefixItems": [{"type": "string", "format": "date"}, {"type": "string"}],
        "minItems": 2,
        "maxItems": 2,
        "description": "A day and its holiday's name.",
    }
    interview = _version_1()["v1_interview"]
    interview["properties"] = {
        **interview["properties"],
        "candidate": _ref("v2_candidate"),
        "interviewers": {
            "type": "array",
            "items": _ref("v2_interviewer"),
            "description": "Everyone who interviewed the candidate.",
        },
    }
    candidate = _version_1()["v1_candidate"]
    interviewer = _version_1()["v1_interviewer"]
    return {
        "v2": _object(
            "A workflow saved by followup_rules, schema version 2.",
            {
                "schema_version": {"type": "integer", "const": 2, "description": "Always 2."},
                "interview": _ref("v2_interview"),
                "agreement": _ref("v1_agreement"),
                "policy": _ref("v2_policy"),
                "round": _whole("Which interview this follows up: 1 for a first interview."),
                "pinned_holidays": {
                    "oneOf": [{"type": "null"}, _ref("v2_pinned_holidays")],
                    "description": "The country calendar's days pinned when saved, or null.",
                },
                "history": {
                    "type": "array",
                    "items": _ref("v2_event"),
                    "description": "The accepted events, oldest first.",
                },
            },
        ),
        "v2_interview": interview,
        "v2_candidate": _object(
            "The candidate.",
            {
                **candidate["properties"],
                "address": _texts("Their postal address, a line each."),
            },
        ),
        "v2_interviewer": _object(
            "One interviewer.",
            {
                **interviewer["properties"],
                "salutation": _optional_text("How letters greet them, such as Ms. Lee."),
                "address": _texts("Their postal address, a line each."),
                "highlights": _texts("What stood out in the conversation with them."),
            },
        ),
        "v2_policy": _object(
            "The policy's knobs.",
            {
                **v1_policy,
                "max_postponements": _whole("How many postponements still restart the calls."),
                "calendar": {
                    "oneOf": [{"type": "null"}, _ref("v2_calendar")],
                    "description": "The country holiday calendar, or null.",
                },
                "weekend": {
                    "type": "array",
                    "items": {"type": "integer", "minimum": 0, "maximum": 6},
                    "description": "The weekend's weekday numbers, Monday 0.",
                },
                "language": _text("The scripts' language, such as en or de."),
            },
        ),
        "v2_calendar": _object(
            "A holiday calendar of the holidays package, exactly as given.",
            {
                "countries": {
                    "type": "array",
                    "items": _ref("v2_country_calendar"),
                    "description": "Each country's calendar (several for a sum).",
                },
                "added": {
                    "type": "array",
                    "items": dated_name,
                    "description": "Days added or renamed by hand.",
                },
                "removed": {
                    "type": "array",
                    "items": {"type": "string", "format": "date"},
                    "description": "Days removed by hand.",
                },
            },
        ),
        "v2_country_calendar": _object(
            "One country's holidays.",
            {
                "country": _text("Its ISO 3166-1 alpha-2 code."),
                "subdiv": _optional_text("Its subdivision, or null."),
                "observed": _flag("Whether observed days count."),
                "categories": _texts("The holiday categories, such as public."),
                "language": _optional_text("The language of the names, or null."),
            },
        ),
        "v2_pinned_holidays": _object(
            "Holidays pinned when the document was saved.",
            {
                "first": _date("The span's first day."),
                "last": _date("The span's last day."),
                "days": {
                    "type": "array",
                    "items": dated_name,
                    "description": "Each holiday in the span.",
                },
            },
        ),
        "v2_event": {
            "description": "One accepted event.",
            "oneOf": [_ref(name) for name in (*unchanged, *events)],
        },
        **events,
    }


# Every version the library reads, by number. A new version adds an entry here.
_VERSIONS: Mapping[int, Callable[[], dict[str, Any]]] = {1: _version_1, 2: _version_2}


def json_schema() -> dict[str, Any]:
    """Return a JSON Schema (draft 2020-12) of the documents ``Workflow.to_dict`` writes.

    It covers every schema version :meth:`Workflow.from_dict` reads, and
    describes their shape: keys, JSON types, enumeration values, event types
    and version. A document the reader refuses for its shape fails the schema
    too; a document may pass the schema and still be refused for its values
    (an unknown time zone, a date that does not exist, a history the rules do
    not allow).

    Returns:
        The schema, as JSON-safe data; a new copy on every call, which the
        caller may change.

    Example::

        import jsonschema

        jsonschema.validate(workflow.to_dict(), followup_rules.json_schema())
    """
    definitions: dict[str, Any] = {}
    for version in _VERSIONS.values():
        definitions.update(version())
    return {
        "$schema": _DRAFT,
        "title": "followup_rules workflow",
        "description": (
            "A workflow saved by followup_rules' Workflow.to_dict(), "
            "in any schema version the library reads."
        ),
        "oneOf": [_ref(f"v{number}") for number in _VERSIONS],
        "$defs": definitions,
    }
