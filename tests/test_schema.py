"""json_schema(): a JSON Schema that takes every saved workflow and refuses what the reader refuses for its shape.

The test keeps its own description of the format, version by version
(:data:`VERSIONS`: the tables from ``FIELDS_V1`` on), independent of the schema, to tell which changes to a
document break its shape: a missing or unknown key, a value of a JSON type
the reader does not take, an unknown enumeration value or event type, another
version. The reader must refuse every such change, and the schema too. Any
other change may or may not be refused by the reader (a time zone that does
not exist, a history the rules forbid: the schema cannot know); whatever the
reader accepts, the schema must accept as well.

JSON has one kind of number, so JSON Schema takes ``4.0`` as an integer where
the reader, which gets Python values, refuses it. No change here writes a
float with no fractional part.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path as FilePath
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from followup_rules import (
    SCHEMA_VERSION,
    Action,
    Agreement,
    CallPlaced,
    CallResult,
    Candidate,
    Channel,
    CloseLoopSent,
    DecisionPostponed,
    Event,
    HeardBack,
    Interview,
    Interviewer,
    InvalidInput,
    MovedOn,
    Outcome,
    OutOfOffice,
    Position,
    RuleViolation,
    ThankYouSent,
    ThankYouSkipped,
    Tone,
    Withdrew,
    Workflow,
    json_schema,
)
from followup_rules import ActionKind as Kind
from tests.conftest import DETROIT
from tests.strategies import agreements, held_on, interviews, policies, wall_clock

VALIDATOR = Draft202012Validator(json_schema())
# Formats are annotations in draft 2020-12; this one asserts them, to check
# that what to_dict writes is what the schema says ("date-time" is RFC 3339).
FORMATS = Draft202012Validator(json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)

# --- the format, as this test reads it ------------------------------------------

TEXT, NULL, WHOLE, NUMBER, FLAG, LIST, OBJECT = (
    "string",
    "null",
    "integer",
    "number",
    "boolean",
    "array",
    "object",
)
ONE_TEXT = frozenset({TEXT})
OPTIONAL_TEXT = frozenset({TEXT, NULL})
ONE = {name: frozenset({name}) for name in (WHOLE, FLAG, LIST, OBJECT)}

FIELDS_V1: dict[str, dict[str, frozenset[str]]] = {
    "document": {
        "schema_version": ONE[WHOLE],
        "interview": ONE[OBJECT],
        "agreement": ONE[OBJECT],
        "policy": ONE[OBJECT],
        "history": ONE[LIST],
    },
    "interview": {
        "candidate": ONE[OBJECT],
        "position": ONE[OBJECT],
        "interviewers": ONE[LIST],
        "ended_at": ONE_TEXT,
        "highlights": ONE[LIST],
        "qualifications": ONE[LIST],
    },
    "candidate": {
        "name": ONE_TEXT,
        "phone": ONE_TEXT,
        "email": OPTIONAL_TEXT,
        "timezone": ONE_TEXT,
    },
    "position": {"title": ONE_TEXT, "company": ONE_TEXT},
    "interviewer": {
        "name": ONE_TEXT,
        "title": OPTIONAL_TEXT,
        "email": OPTIONAL_TEXT,
        "phone": OPTIONAL_TEXT,
        "timezone": ONE_TEXT,
        "decision_maker": ONE[FLAG],
    },
    "agreement": {
        "decision_by": ONE_TEXT,
        "follow_up_on": OPTIONAL_TEXT,
        "calls_permitted": ONE[FLAG],
    },
    "policy": {
        "max_calls": ONE[WHOLE],
        "holidays": ONE[LIST],
        "call_interval_days": ONE[WHOLE],
        "reply_window_days": ONE[WHOLE],
        "default_wait_days": ONE[WHOLE],
        "workday_start": ONE_TEXT,
        "workday_end": ONE_TEXT,
        "call_window_minutes": ONE[WHOLE],
        "tone": ONE_TEXT,
        "country": OPTIONAL_TEXT,
        "subdiv": OPTIONAL_TEXT,
    },
}
"""Each kind of object in version 1: its keys, and the JSON types the reader takes for each."""

EVENT_FIELDS_V1: dict[str, dict[str, frozenset[str]]] = {
    "ThankYouSent": {"to": ONE[WHOLE], "channel": ONE_TEXT},
    "CallPlaced": {"result": ONE_TEXT},
    "HeardBack": {"outcome": ONE_TEXT},
    "CloseLoopSent": {"channel": ONE_TEXT},
    "MovedOn": {},
    "Withdrew": {},
}
"""Each event type of version 1: its fields besides ``type`` and ``at`` (both text)."""

OPTIONAL_OBJECT = frozenset({OBJECT, NULL})

FIELDS_V2 = {
    **FIELDS_V1,
    "document": {
        **FIELDS_V1["document"],
        "round": ONE[WHOLE],
        "pinned_holidays": OPTIONAL_OBJECT,
    },
    "candidate": {**FIELDS_V1["candidate"], "address": ONE[LIST]},
    "interviewer": {
        **FIELDS_V1["interviewer"],
        "salutation": OPTIONAL_TEXT,
        "address": ONE[LIST],
        "highlights": ONE[LIST],
    },
    "policy": {
        **{
            key: types
            for key, types in FIELDS_V1["policy"].items()
            if key not in ("country", "subdiv")
        },
        "max_postponements": ONE[WHOLE],
        "calendar": OPTIONAL_OBJECT,
        "weekend": ONE[LIST],
        "language": ONE_TEXT,
    },
    "calendar": {"countries": ONE[LIST], "added": ONE[LIST], "removed": ONE[LIST]},
    "country_calendar": {
        "country": ONE_TEXT,
        "subdiv": OPTIONAL_TEXT,
        "observed": ONE[FLAG],
        "categories": ONE[LIST],
        "language": OPTIONAL_TEXT,
    },
    "pinned_holidays": {"first": ONE_TEXT, "last": ONE_TEXT, "days": ONE[LIST]},
}
"""Version 2's objects: version 1's, with ``round``, the letter fields, the
policy's ``max_postponements``, holiday calendar, weekend and language in
place of ``country`` and ``subdiv``, and the pinned holidays."""

EVENT_FIELDS_V2 = {
    **EVENT_FIELDS_V1,
    "CallPlaced": {"result": ONE_TEXT, "call_back_on": OPTIONAL_TEXT},
    "ThankYouSkipped": {"to": ONE[WHOLE]},
    "DecisionPostponed": {"decision_by": OPTIONAL_TEXT, "follow_up_on": OPTIONAL_TEXT},
    "OutOfOffice": {"until": ONE_TEXT},
}
"""Version 2's events: version 1's, ``call_back_on`` on a call, and three new types."""

VERSIONS = {1: (FIELDS_V1, EVENT_FIELDS_V1), 2: (FIELDS_V2, EVENT_FIELDS_V2)}
"""Each version the library reads: its objects and its events."""

CHILDREN = {
    ("document", "interview"): "interview",
    ("document", "agreement"): "agreement",
    ("document", "policy"): "policy",
    ("document", "pinned_holidays"): "pinned_holidays",
    ("interview", "candidate"): "candidate",
    ("interview", "position"): "position",
    ("policy", "calendar"): "calendar",
}
"""Which kind of object each object-valued key holds."""

ITEMS = {
    ("document", "history"): (ONE[OBJECT], "event"),
    ("interview", "interviewers"): (ONE[OBJECT], "interviewer"),
    ("interview", "highlights"): (ONE_TEXT, None),
    ("interview", "qualifications"): (ONE_TEXT, None),
    ("policy", "holidays"): (ONE_TEXT, None),
    ("candidate", "address"): (ONE_TEXT, None),
    ("interviewer", "address"): (ONE_TEXT, None),
    ("interviewer", "highlights"): (ONE_TEXT, None),
    ("policy", "weekend"): (ONE[WHOLE], None),
    ("calendar", "countries"): (ONE[OBJECT], "country_calendar"),
    ("calendar", "added"): (ONE[LIST], None),
    ("calendar", "removed"): (ONE_TEXT, None),
    ("country_calendar", "categories"): (ONE_TEXT, None),
    ("pinned_holidays", "days"): (ONE[LIST], None),
}
"""What each list holds: the items' JSON types and, for objects, their kind."""

CHOICES: dict[tuple[str, str], frozenset[object]] = {
    ("policy", "tone"): frozenset(member.value for member in Tone),
    ("ThankYouSent", "channel"): frozenset(member.value for member in Channel),
    ("CloseLoopSent", "channel"): frozenset(member.value for member in Channel),
    ("CallPlaced", "result"): frozenset(member.value for member in CallResult),
    ("HeardBack", "outcome"): frozenset(member.value for member in Outcome),
}
"""The only values some places take (enumerations; a document's version is its own)."""

NAMES = sorted(
    {str(value) for values in CHOICES.values() for value in values} | set(EVENT_FIELDS_V2)
)

Path = tuple[str | int, ...]


@attrs.frozen
class Place:
    """A value's place in a document: where it is, which JSON types and values the reader takes."""

    path: Path
    types: frozenset[str]
    values: frozenset[object] | None = None


@attrs.frozen
class Shaped:
    """An object of a document: where it is and its keys."""

    path: Path
    keys: frozenset[str]


def event_keys(events: dict[str, dict[str, frozenset[str]]], kind: str) -> frozenset[str]:
    """The keys of an event of this type, in a version's ``events``."""
    return frozenset({"type", "at", *events[kind]})


def json_type(value: object) -> str:
    """The JSON type of a JSON value (a boolean is not an integer, a float is a number)."""
    if isinstance(value, bool):
        return FLAG
    if isinstance(value, int):
        return WHOLE
    if isinstance(value, float):
        return NUMBER
    names = {str: TEXT, type(None): NULL, list: LIST, dict: OBJECT}
    return names[type(value)]


def walk(
    document: dict[str, Any],
) -> tuple[list[Place], list[Shaped], list[tuple[Path, Place]]]:
    """Every value's place, every object, and every list (with the place of a new item)."""
    version = document["schema_version"]
    kinds, events = VERSIONS[version]
    places = [Place((), ONE[OBJECT])]
    objects: list[Shaped] = []
    lists: list[tuple[Path, Place]] = []

    def visit(value: dict[str, Any], kind: str, path: Path) -> None:
        choices: dict[str, Any]
        if kind == "event":
            event_type = value["type"]
            fields = {"type": ONE_TEXT, "at": ONE_TEXT, **events[event_type]}
            mine = event_keys(events, event_type)
            same_keys = {name for name in events if event_keys(events, name) == mine}
            choices = {**{key: CHOICES.get((event_type, key)) for key in fields}, "type": same_keys}
        else:
            fields = kinds[kind]
            choices = {key: CHOICES.get((kind, key)) for key in fields}
            if kind == "document":
                choices["schema_version"] = {version}
        objects.append(Shaped(path, frozenset(fields)))
        for key, types in fields.items():
            where = (*path, key)
            allowed = choices[key]
            places.append(Place(where, types, None if allowed is None else frozenset(allowed)))
            if (kind, key) in CHILDREN and value[key] is not None:
                visit(value[key], CHILDREN[kind, key], where)
            if (kind, key) in ITEMS:
                item_types, item_kind = ITEMS[kind, key]
                lists.append((where, Place((*where, len(value[key])), item_types)))
                for index, item in enumerate(value[key]):
                    places.append(Place((*where, index), item_types))
                    if item_kind is not None:
                        visit(item, item_kind, (*where, index))

    visit(document, "document", ())
    return places, objects, lists


def breaks_shape(place: Place, value: object) -> bool:
    """Whether putting ``value`` at ``place`` makes the document one the reader refuses for its shape."""
    return json_type(value) not in place.types or (
        place.values is not None and value not in place.values
    )


def changed(document: dict[str, Any], path: Path, change: Any) -> Any:
    """A deep copy of the document with ``change`` applied to the value at ``path``."""
    copied = copy.deepcopy(document)
    if not path:
        return change(copied)
    *parents, last = path
    container: Any = copied
    for step in parents:
        container = container[step]
    container[last] = change(container[last])
    return copied


def replaced(document: dict[str, Any], path: Path, value: object) -> Any:
    """The document with the value at ``path`` replaced."""
    return changed(document, path, lambda _old: copy.deepcopy(value))


def without(document: dict[str, Any], path: Path, key: str) -> Any:
    """The document with one key of the object at ``path`` removed."""
    return changed(document, path, lambda found: {k: v for k, v in found.items() if k != key})


def with_key(document: dict[str, Any], path: Path, key: str, value: object) -> Any:
    """The document with one more key in the object at ``path``."""
    return changed(document, path, lambda found: {**found, key: value})


def appended(document: dict[str, Any], path: Path, value: object) -> Any:
    """The document with one more item at the end of the list at ``path``."""
    return changed(document, path, lambda found: [*found, value])


def refused_by_reader(data: object) -> bool:
    """Whether Workflow.from_dict refuses the data (only with a FollowUpError)."""
    try:
        Workflow.from_dict(data)
    except (InvalidInput, RuleViolation):
        return True
    return False


def assert_shape_refused(data: object) -> None:
    """The reader refuses the data as invalid input, and the schema refuses it too."""
    with pytest.raises(InvalidInput):
        Workflow.from_dict(data)
    assert not VALIDATOR.is_valid(data), json.dumps(data)[:2000]


def assert_read_implies_valid(data: object) -> None:
    """If the reader takes the data, so does the schema."""
    if not refused_by_reader(data):
        assert VALIDATOR.is_valid(data), [error.message for error in VALIDATOR.iter_errors(data)]


# --- saved workflows, at every point of their lives ---------------------------------

COUNTRIES: tuple[tuple[str | None, str | None], ...] = ((None, None), ("US", "MI"), ("FR", None))
NOTES = ("the pipeline redesign", "a question about on-call", "Café Zoë's tour")


@st.composite
def lived(draw: st.DrawFn) -> Workflow:
    """A random workflow taken some steps along its plan, with every event type, channel and result.

    Each step does the plan's next action (``action.done``), or, now and
    then, one of real life's branches at a valid time: a skipped letter, a
    call that asks to be called back, a postponement, an absence. A step the
    rules refuse as drawn is done plainly instead.
    """
    interview = draw(interviews())
    interview = attrs.evolve(
        interview,
        highlights=draw(st.lists(st.sampled_from(NOTES), max_size=2)),
        qualifications=draw(st.lists(st.sampled_from(NOTES), max_size=2)),
    )
    country, subdiv = draw(st.sampled_from(COUNTRIES))
    policy = attrs.evolve(
        draw(policies(near=held_on(interview))),
        tone=draw(st.sampled_from(Tone)),
        max_postponements=draw(st.integers(0, 3)),
        country=country,
        subdiv=subdiv,
    )
    agreement = draw(agreements(interview, policy))
    workflow = Workflow.start(interview, agreement, policy, round=draw(st.integers(1, 3)))
    for _ in range(draw(st.integers(0, 12))):
        action = workflow.plan()[0]
        last = workflow.history[-1].at if workflow.history else workflow.interview.ended_at
        planned = wall_clock(action.due_on, dt.time(12), action.timezone)
        when = max(planned, last) + dt.timedelta(hours=draw(st.integers(0, 30)))
        plain = action.done(when)
        event = draw(branch(workflow, action, when))
        try:
            workflow = workflow.apply(event)
        except (RuleViolation, InvalidInput):  # a channel or a date this step does not allow
            workflow = workflow.apply(plain)
        if workflow.finished:
            return workflow
    ending = draw(st.sampled_from(("open", "heard back", "withdrew")))
    if ending != "open":
        last = workflow.history[-1].at if workflow.history else workflow.interview.ended_at
        later = last + dt.timedelta(hours=draw(st.integers(0, 500)))
        workflow = workflow.apply(
            HeardBack(later, draw(st.sampled_from(Outcome)))
            if ending == "heard back"
            else Withdrew(later)
        )
    return workflow


@st.composite
def branch(draw: st.DrawFn, workflow: Workflow, action: Action, when: pendulum.DateTime) -> Event:
    """The event of one step: ``action`` done at ``when`` with drawn details, or a branch of real life."""
    last = workflow.history[-1].at if workflow.history else workflow.interview.ended_at
    zone = workflow.interview.decision_maker.timezone
    branches = ["done", "done", "done", "away", "branch of action"]
    branches.append("postponed")
    how = draw(st.sampled_from(branches))
    if how in ("postponed", "away"):
        # Any time after the last event: these are accepted in every open stage.
        at = last + dt.timedelta(hours=draw(st.integers(0, 200)))
        today = pendulum.instance(at).in_timezone(zone).date()
        later = st.integers(0, 30).map(lambda days: today + dt.timedelta(days=days))
        if how == "away":
            return OutOfOffice(at, draw(later))
        decision_by = draw(st.none() | later)
        after = today if decision_by is None else decision_by
        follow_up_on = draw(
            st.none() | st.integers(1, 14).map(lambda days: after + dt.timedelta(days=days))
        )
        return DecisionPostponed(at, decision_by=decision_by, follow_up_on=follow_up_on)
    if action.kind is Kind.SEND_THANK_YOU:
        assert action.contact is not None
        if how == "branch of action":
            return ThankYouSkipped(action.contact, when)
        return action.done(when, channel=draw(st.sampled_from(Channel)))
    if action.kind is Kind.CALL:
        if how == "branch of action":
            called_on = pendulum.instance(when).in_timezone(zone).date()
            return action.done(
                when,
                result=draw(st.sampled_from((CallResult.SPOKE, CallResult.GATEKEEPER))),
                call_back_on=called_on + dt.timedelta(days=draw(st.integers(0, 10))),
            )
        return action.done(when, result=draw(st.sampled_from(CallResult)))
    if action.kind is Kind.CLOSE_LOOP:
        return action.done(when, channel=draw(st.sampled_from(Channel)))
    return action.done(when)


def documents() -> st.SearchStrategy[dict[str, Any]]:
    """What to_dict writes for a random workflow, through JSON and back."""
    return lived().map(lambda workflow: json.loads(json.dumps(workflow.to_dict())))


JSON_VALUES = st.one_of(
    st.sampled_from(
        ["", "x", 0, 3, -1, 2**40, 1.5, True, False, None, [], {}, ["x"], {"x": 1}, [1]]
    ),
    st.sampled_from(NAMES),
    st.sampled_from(["2017-08-21", "2017-08-21T12:00:00+02:00", "09:30", "Europe/Paris"]),
    st.text(max_size=12),
    st.integers(),
)
"""JSON values of every type, a few in the forms the format uses."""


def example_life(workflow: Workflow) -> Iterator[Workflow]:
    """The strategy's example at every step: two letters, four calls, closing the loop, moving on."""
    decider, recruiter = workflow.interview.interviewers

    def at(month: int, day: int, hour: int) -> dt.datetime:
        return wall_clock(dt.date(2017, month, day), dt.time(hour), DETROIT)

    events: list[Event] = [
        ThankYouSent(decider, at(8, 16, 18)),
        ThankYouSent(recruiter, at(8, 16, 19), Channel.EMAIL),
        CallPlaced(at(8, 22, 17)),
        CallPlaced(at(8, 29, 8), CallResult.GATEKEEPER),
        CallPlaced(at(9, 5, 17), CallResult.NO_ANSWER),
        CallPlaced(at(9, 12, 8), CallResult.SPOKE),
        CloseLoopSent(at(9, 19, 9), Channel.VOICEMAIL),
        MovedOn(at(9, 27, 9)),
    ]
    yield workflow
    for event in events:
        workflow = workflow.apply(event)
        yield workflow


# --- the schema itself --------------------------------------------------------------


def test_the_schema_is_a_draft_2020_12_schema() -> None:
    """json_schema() declares draft 2020-12 and passes that draft's own meta-schema."""
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)
    assert json.loads(json.dumps(schema)) == schema


def test_each_call_gives_a_fresh_copy() -> None:
    """Changing the schema one call returned, however deep, changes nothing another call returns."""
    first = json_schema()
    pristine = copy.deepcopy(first)
    first["$defs"]["v1_candidate"]["properties"]["name"]["type"] = "integer"
    first["$defs"]["v1_interviewer"]["properties"]["email"]["type"].append("integer")
    first["oneOf"].clear()
    assert json_schema() == pristine
    # Nor do two places inside one copy share an object.
    second = json_schema()
    second["$defs"]["v1_candidate"]["properties"]["email"]["type"].append("integer")
    assert second["$defs"]["v1_interviewer"]["properties"]["email"]["type"] == ["string", "null"]


def test_the_schema_reads_the_version_written() -> None:
    """Each version in the schema is a oneOf branch, and the version to_dict writes is one of them."""
    schema = json_schema()
    versions = [
        schema["$defs"][branch["$ref"].rsplit("/", 1)[1]]["properties"]["schema_version"]["const"]
        for branch in schema["oneOf"]
    ]
    assert SCHEMA_VERSION in versions
    assert len(set(versions)) == len(versions)


def test_the_format_checker_checks_instants() -> None:
    """The format-asserting validator really checks date-time and date (so the next test can fail)."""
    checker = Draft202012Validator.FORMAT_CHECKER
    assert not checker.conforms("2017-08-16 22:00", "date-time")
    assert not checker.conforms("2017-02-30", "date")
    assert checker.conforms("2017-08-16T22:00:00+00:00", "date-time")


# --- every saved workflow validates ---------------------------------------------------


def test_the_examples_documents_validate(workflow: Workflow) -> None:
    """The strategy's example validates at every step of its life, formats asserted."""
    for state in example_life(workflow):
        data = json.loads(json.dumps(state.to_dict()))
        FORMATS.validate(data)


@given(documents())
def test_every_saved_workflow_validates(data: dict[str, Any]) -> None:
    """Whatever to_dict writes passes the schema, formats asserted."""
    FORMATS.validate(data)


# --- what the reader refuses for its shape, the schema refuses ------------------------


def shape_of(data: Any, path: Path) -> tuple[object, ...]:
    """A path with each index replaced by the kind of item there: an event's type, or "item"."""
    steps: list[object] = []
    for step in path:
        data = data[step]
        if isinstance(step, int):
            steps.append(data.get("type", "item") if type(data) is dict else "item")
        else:
            steps.append(step)
    return tuple(steps)


def assert_every_shape_fault_refused(
    data: dict[str, Any], tried: set[tuple[str, tuple[object, ...]]]
) -> None:
    """Every missing key, unknown key, wrong type or unknown name in ``data`` is refused by both.

    Each change is made once per shape of place: a history's second call is
    shaped as its first, so only the first is changed. ``tried`` holds the
    shapes changed so far (in other documents of the same version too).
    """

    def first(how: str, path: Path) -> bool:
        shape = (how, shape_of(data, path))
        if shape in tried:
            return False
        tried.add(shape)
        return True

    places, objects, lists = walk(data)
    faults: tuple[object, ...] = ("unknown", 3, 1.5, True, None, [], {})
    for place in places:
        if first("replace", place.path):
            for value in faults:
                if breaks_shape(place, value):
                    assert_shape_refused(replaced(data, place.path, value))
    for shaped in objects:
        if first("keys", shaped.path):
            for key in shaped.keys:
                assert_shape_refused(without(data, shaped.path, key))
            assert_shape_refused(with_key(data, shaped.path, "unexpected", None))
    for path, item in lists:
        if first("append", path):
            for value in faults:
                if breaks_shape(item, value):
                    assert_shape_refused(appended(data, path, value))


FIXTURES = FilePath(__file__).parent / "fixtures"
SAVED = {
    path.stem: json.loads(path.read_text(encoding="utf-8"))
    for path in sorted(FIXTURES.glob("*/*.json"))
}
"""Every document kept as a fixture (``tests/fixtures/v1``, ``v2``), by name."""


@pytest.mark.parametrize("name", sorted(SAVED))
def test_the_saved_documents_validate(name: str) -> None:
    """Every fixture, of every version the library reads, passes the schema, formats asserted."""
    FORMATS.validate(SAVED[name])


@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_the_saved_documents_hold_every_key_of_their_version(version: int) -> None:
    """Together, a version's fixtures hold every key and event type of it, so the next test reaches them all."""
    kinds, events = VERSIONS[version]
    documents = [data for data in SAVED.values() if data["schema_version"] == version]
    seen = {place.path[-1] for data in documents for place in walk(data)[0] if place.path}
    types = {event["type"] for data in documents for event in data["history"]}
    every_key = {key for fields in (*kinds.values(), *events.values()) for key in fields}
    assert seen >= every_key
    assert types == set(events)


@pytest.mark.parametrize("version", sorted(VERSIONS))
def test_every_shape_fault_in_the_saved_documents_is_refused(version: int) -> None:
    """In a version's fixtures, every kind of shape fault at every kind of place is refused by the reader and the schema alike."""
    tried: set[tuple[str, tuple[object, ...]]] = set()
    for name in sorted(SAVED):
        if SAVED[name]["schema_version"] == version:
            assert_every_shape_fault_refused(SAVED[name], tried)


@given(st.integers().filter(lambda number: number not in VERSIONS))
def test_another_version_is_refused(version: int) -> None:
    """A document of a version the library does not read is refused by both, the rest unchanged."""
    data = Workflow.start(*example_parts()).to_dict()
    assert_shape_refused({**data, "schema_version": version})


@pytest.mark.parametrize("name", sorted(SAVED))
def test_a_document_under_another_versions_number_is_refused(name: str) -> None:
    """A v2 document labelled 1, or a v1 document labelled 2, is refused by both: each version has its own keys."""
    data = SAVED[name]
    other = 2 if data["schema_version"] == 1 else 1
    assert_shape_refused({**data, "schema_version": other})


def example_parts() -> tuple[Interview, Agreement]:
    """The example's interview, with only the decision-maker, and its agreement."""
    interview = Interview(
        Candidate("Jordan Avery", "(313) 555-0142", timezone=DETROIT),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [Interviewer("Morgan Lee", timezone=DETROIT, decision_maker=True)],
        wall_clock(dt.date(2017, 8, 16), dt.time(15, 30), DETROIT),
    )
    return interview, Agreement.on_weekday(interview, 0)


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=5), st.lists(st.none())))
def test_what_is_not_an_object_is_refused(data: object) -> None:
    """A document that is not a JSON object is refused by both."""
    assert_shape_refused(data)


@given(documents(), st.data())
def test_mutated_documents(data: dict[str, Any], draw: st.DataObject) -> None:
    """After any change: a shape fault is refused by reader and schema alike; what the reader takes, the schema takes."""
    places, objects, lists = walk(data)
    for _ in range(draw.draw(st.integers(1, 6), label="changes")):
        how = draw.draw(st.sampled_from(("replace", "drop", "add", "append")), label="how")
        if how == "replace":
            place = draw.draw(st.sampled_from(places), label="place")
            value = draw.draw(JSON_VALUES, label="value")
            mutated, shape = replaced(data, place.path, value), breaks_shape(place, value)
        elif how == "drop":
            shaped = draw.draw(st.sampled_from(objects), label="object")
            key = draw.draw(st.sampled_from(sorted(shaped.keys)), label="key")
            mutated, shape = without(data, shaped.path, key), True
        elif how == "add":
            shaped = draw.draw(st.sampled_from(objects), label="object")
            key = draw.draw(st.text(max_size=8), label="key")
            value = draw.draw(JSON_VALUES, label="value")
            mutated, shape = with_key(data, shaped.path, key, value), key not in shaped.keys
        else:
            path, item = draw.draw(st.sampled_from(lists), label="list")
            value = draw.draw(JSON_VALUES, label="value")
            mutated, shape = appended(data, path, value), breaks_shape(item, value)
        if shape:
            assert_shape_refused(mutated)
        else:
            assert_read_implies_valid(mutated)
