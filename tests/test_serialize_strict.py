"""The reader refuses anything but a document as written, naming the path, and nothing else escapes."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import InvalidInput
from followup_rules._errors import MESSAGE_LENGTH
from followup_rules._serialize import workflow_parts_from_dict

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTS = {
    path.stem: json.loads(path.read_text(encoding="utf-8")) for path in FIXTURES.glob("*/*.json")
}
"""Every saved document kept as a fixture, of every version read (v1_..., v2_...)."""
MID = DOCUMENTS["v1_example_mid_lifecycle"]
BRANCHES = DOCUMENTS["v2_example_branches"]

Step = str | int
Where = tuple[Step, ...]


# --- hostile values -------------------------------------------------------------


class HostileDict(dict[Any, Any]):
    """A dict whose every look-up raises."""

    def _boom(self, *args: object, **kwargs: object) -> Any:
        raise RuntimeError("hostile dict")

    keys = values = items = get = __getitem__ = __contains__ = __iter__ = __len__ = _boom


class HostileStr(str):
    """A str subclass whose comparisons and length raise."""

    def _boom(self, *args: object) -> Any:
        raise RuntimeError("hostile str")

    __eq__ = __hash__ = __len__ = __getitem__ = _boom


class BadRepr:
    """An object whose repr and str raise."""

    def __repr__(self) -> str:
        raise RuntimeError("no repr")

    __str__ = __repr__


class HostileKey:
    """A dict key that collides with "at" and whose comparison raises once armed."""

    armed = False

    def __hash__(self) -> int:
        return hash("at")

    def __eq__(self, other: object) -> bool:
        if HostileKey.armed:
            raise RuntimeError("hostile key")
        return self is other


def _deep(depth: int) -> list[Any]:
    nested: list[Any] = []
    for _ in range(depth):
        nested = [nested]
    return nested


BIG_TEXT = "2" * 10_000_000
DEEP_LIST = _deep(100_000)
ODD_VALUES: list[object] = [
    10**5000,
    -(10**400),
    2**63,
    BIG_TEXT,
    DEEP_LIST,
    HostileStr("at"),
    BadRepr(),
    HostileDict(a=1),
]


def odd_value(index: int) -> object:
    """One of ODD_VALUES, by position."""
    return ODD_VALUES[index]


STAMPS = [
    "2017-08-22T21:30:00",  # naive
    "2017-08-22T21:30:00Z",
    "2017-08-22 21:30:00+00:00",
    "2017-08-22T21:30:00.5-04:00",
    "0001-01-01T00:00:00+01:00",  # before year 1 in UTC
    "9999-12-31T23:59:59-01:00",  # after year 9999 in UTC
    "1899-12-31T23:00:00+00:00",
    "3000-01-01T00:00:00+00:00",
    "2017-02-30T10:00:00+00:00",
    "2017-09-04",
    "9999-12-31",
    "0001-01-01",
    "24:00:00",
    "09:00:00+05:00",
    "x" * 65,
]

leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.binary(max_size=4),
    st.sampled_from(STAMPS),
    st.datetimes(),
    st.dates(),
    # Picked by position: Hypothesis would repr the values themselves.
    st.integers(0, len(ODD_VALUES) - 1).map(odd_value),
)
keys = st.one_of(st.text(max_size=8), st.integers(), st.none(), st.tuples(st.integers()))
json_like = st.recursive(
    leaves,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children, max_size=3),
    max_leaves=8,
)


# --- the places of a document ------------------------------------------------------


def places(data: Any, where: Where = ()) -> list[tuple[Where, Any]]:
    """Every path inside nested dicts and lists, with the value found there."""
    found = [(where, data)] if where else []
    if type(data) is dict:
        for key, value in data.items():
            found += places(value, (*where, key))
    elif type(data) is list:
        for index, value in enumerate(data):
            found += places(value, (*where, index))
    return found


def written(where: Where) -> str:
    """A path as the reader writes it: ``history[3].at``."""
    text = ""
    for step in where:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


def parsed(field: str) -> list[Step]:
    """The steps of a path the reader wrote."""
    return [
        int(index) if index else key for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", field)
    ]


def holder(document: Any, where: Where) -> Any:
    """The object or list holding the last step of ``where``."""
    target = document
    for step in where[:-1]:
        target = target[step]
    return target


def refusal(document: object) -> InvalidInput | None:
    """The reader's refusal of ``document``, or None if it reads; nothing else may come out."""
    refused: InvalidInput | None = None
    try:
        workflow_parts_from_dict(document)
    except InvalidInput as error:
        refused = error
    if refused is not None:
        assert len(str(refused)) <= MESSAGE_LENGTH
        assert refused.field is None or refused.field in str(refused)
    return refused


def names_a_real_place(document: Any, field: str | None) -> bool:
    """Whether ``field`` leads through the document's own objects and lists (its last step may be missing)."""
    if field is None:
        return True
    target = document
    for step in parsed(field)[:-1]:
        in_object = type(target) is dict and type(step) is str and step in target
        in_list = type(target) is list and type(step) is int and step < len(target)
        if not (in_object or in_list):
            return False
        target = target[step]
    return type(target) in (dict, list)


def kind(value: object) -> type:
    """The JSON kind of a value: its exact type."""
    return type(value)


# --- properties -------------------------------------------------------------------


@given(data=json_like)
def test_arbitrary_data_is_refused_as_invalid_input(data: object) -> None:
    """Any JSON-like value, hostile ones included, is refused with a bounded InvalidInput."""
    assert refusal(data) is not None


@given(name=st.sampled_from(sorted(DOCUMENTS)), draw=st.data())
def test_any_value_replaced_reads_or_names_a_real_place(name: str, draw: st.DataObject) -> None:
    """Replacing any value of a valid document gives parts or an InvalidInput naming a place in it."""
    document = copy.deepcopy(DOCUMENTS[name])
    own_leaves = [value for _, value in places(document) if type(value) not in (dict, list)]
    where, _ = draw.draw(st.sampled_from(places(document)))
    holder(document, where)[where[-1]] = draw.draw(json_like | st.sampled_from(own_leaves))
    error = refusal(document)
    if error is not None:
        assert names_a_real_place(document, error.field), error.field


NULLABLE_OBJECTS = {"calendar", "pinned_holidays"}
"""The places that hold null or an object (in version 2)."""


@given(name=st.sampled_from(sorted(DOCUMENTS)), draw=st.data())
def test_a_value_of_another_kind_is_named_by_its_own_path(name: str, draw: st.DataObject) -> None:
    """A value of the wrong JSON kind (bool for int, float for int, int for text...) is named exactly."""
    document = copy.deepcopy(DOCUMENTS[name])
    where, before = draw.draw(st.sampled_from(places(document)))
    allowed = {kind(before), type(None)} | ({str} if before is None else set())
    if where[-1] in NULLABLE_OBJECTS:
        allowed.add(dict)  # refused inside the object, at the key it lacks
    value = draw.draw(json_like.filter(lambda value: kind(value) not in allowed))
    holder(document, where)[where[-1]] = value
    error = refusal(document)
    assert error is not None
    assert error.field == written(where)


@given(name=st.sampled_from(sorted(DOCUMENTS)), draw=st.data())
def test_a_missing_key_is_named_by_its_path(name: str, draw: st.DataObject) -> None:
    """Deleting any key of any object is refused as that key's path "is missing"."""
    document = copy.deepcopy(DOCUMENTS[name])
    keyed = [where for where, _ in places(document) if isinstance(where[-1], str)]
    where = draw.draw(st.sampled_from(keyed))
    del holder(document, where)[where[-1]]
    error = refusal(document)
    assert error is not None
    assert error.field == written(where)
    assert "is missing" in str(error)


@given(name=st.sampled_from(sorted(DOCUMENTS)), draw=st.data())
def test_an_unknown_key_is_named_by_its_object(name: str, draw: st.DataObject) -> None:
    """A key added to any object, text or not, is refused at that object's path."""
    document = copy.deepcopy(DOCUMENTS[name])
    objects = [()] + [where for where, value in places(document) if type(value) is dict]
    where = draw.draw(st.sampled_from(objects))
    target = holder(document, (*where, "")) if where else document
    key = draw.draw(keys.filter(lambda key: key not in target))
    target[key] = draw.draw(json_like)
    error = refusal(document)
    assert error is not None
    assert error.field == (written(where) or None)
    assert "unknown key" in str(error)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_hostile_key_is_refused_at_its_object(name: str) -> None:
    """A key whose comparison raises, in any object, is an InvalidInput naming that object."""
    for where, value in [((), DOCUMENTS[name]), *places(DOCUMENTS[name])]:
        if type(value) is not dict:
            continue
        document = copy.deepcopy(DOCUMENTS[name])
        target = holder(document, (*where, "")) if where else document
        target[HostileKey()] = 1
        HostileKey.armed = True
        try:
            error = refusal(document)
        finally:
            HostileKey.armed = False
        assert error is not None
        assert error.field == (written(where) or None)


# --- examples: each kind of wrong value, named by its path ---------------------------


WRONG_VALUES: list[tuple[Where, object, str]] = [
    (("schema_version",), "1", "must be a whole number, not text"),
    (("schema_version",), True, "must be a whole number, not a boolean"),
    (("schema_version",), 1.0, "must be a whole number, not a decimal number"),
    (("schema_version",), 10**5000, "schema_version <a whole number of about 5001 digits>"),
    (("policy", "max_calls"), True, "must be a whole number, not a boolean"),
    (("policy", "max_calls"), 4.0, "must be a whole number, not a decimal number"),
    (("policy", "max_calls"), float("nan"), "not a decimal number"),
    (("history", 0, "to"), True, "must be a whole number, not a boolean"),
    (("history", 0, "to"), 0.0, "must be a whole number, not a decimal number"),
    (("policy", "max_calls"), DEEP_LIST, "not a list"),
    (("policy", "max_calls"), "4", "not text"),
    (("interview", "candidate", "name"), 7, "must be text, not a whole number"),
    (("interview", "candidate", "name"), HostileStr("Jo"), "not HostileStr"),
    (("interview", "position"), HostileDict(title="a", company="b"), "not HostileDict"),
    (("interview", "interviewers", 0, "decision_maker"), 1, "true or false"),
    (("interview", "ended_at"), BIG_TEXT, "10,000,000 characters long"),
    (("interview", "ended_at"), "2017-08-16T19:30:00", "no UTC offset"),
    (("interview", "ended_at"), "yesterday", "not an ISO 8601 instant: 'yesterday'"),
    (("agreement", "decision_by"), "next Monday", "not an ISO date"),
    (("policy", "workday_start"), "9am", "not an ISO time of day"),
    (("policy", "holidays", 0), "2017-13-01", "not an ISO date"),
    (("policy", "tone"), "shouty", "one of 'direct', 'warm', not 'shouty'"),
    (("history", 2, "result"), "hung up", "not 'hung up'"),
    (("history", 0, "to"), 2, "names no interviewer: 2"),
    (("history", 0, "to"), -1, "names no interviewer: -1"),
    (("history", 0, "type"), "Bribe", "not an event type: 'Bribe'"),
    (("history", 0, "type"), None, "must be text, not null"),
    (("history", 4), [], "must be an object, not a list"),
]


@pytest.mark.parametrize(
    ("where", "value", "words"),
    WRONG_VALUES,
    ids=[f"{written(where)}: {words}" for where, _, words in WRONG_VALUES],
)
def test_each_wrong_value_is_named_by_its_path(where: Where, value: object, words: str) -> None:
    """Wrong kinds, bad ISO text (capped in length), unknown names: InvalidInput at the value's path."""
    document = copy.deepcopy(MID)
    if where[:2] == ("policy", "holidays"):
        document["policy"]["holidays"] = ["2017-09-04"]
    holder(document, where)[where[-1]] = value
    error = refusal(document)
    assert error is not None
    assert error.field == written(where)
    assert words in str(error)


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        (("interview", "interviewers", 1, "name"), "", "interview.interviewers[1].name"),
        (("interview", "interviewers", 1, "email"), "nope", "interview.interviewers[1].email"),
        (("interview", "candidate", "timezone"), "Mars/Olympus", "interview.candidate.timezone"),
        (("interview", "highlights"), ["x" * 5000], "interview.highlights"),
        (("agreement", "follow_up_on"), "2017-08-20", "agreement.follow_up_on"),
        (("policy", "max_calls"), 5, "policy.max_calls"),
        (("policy", "call_window_minutes"), 0, "policy.call_window_minutes"),
        (("policy", "country"), "Atlantis", "policy.country"),
    ],
)
def test_a_constructors_refusal_gets_the_path_in_front(
    where: Where, value: object, field: str
) -> None:
    """A value the public constructor refuses is reported with the object's path and the constructor's words."""
    document = copy.deepcopy(MID)
    holder(document, where)[where[-1]] = value
    error = refusal(document)
    assert error is not None
    assert error.field == field
    key = field.rpartition(".")[2]
    assert str(error).startswith(f"workflow data: {field}: ")
    assert key in str(error)[len(f"workflow data: {field}: ") :]


def test_an_unknown_version_is_named_before_its_shape() -> None:
    """Another version is refused by its number, whatever else the document holds."""
    for version in (0, 3, -1, 10**30):
        error = refusal({"schema_version": version, "anything": HostileDict()})
        assert error is not None
        assert error.field == "schema_version"
        assert "reads versions 1 and 2" in str(error)


# --- version 2: its new keys and events, named by their paths -------------------------

# In the example with branches: history[1] is a ThankYouSkipped, [2] a call
# asking for a call-back, [4] a DecisionPostponed, [5] an OutOfOffice.
WRONG_VALUES_V2: list[tuple[Where, object, str]] = [
    (("round",), "1", "must be a whole number, not text"),
    (("round",), True, "must be a whole number, not a boolean"),
    (("round",), 2.0, "must be a whole number, not a decimal number"),
    (("policy", "max_postponements"), None, "must be a whole number, not null"),
    (("policy", "max_postponements"), 2.0, "not a decimal number"),
    (("history", 1, "to"), 2, "names no interviewer: 2"),
    (("history", 1, "to"), False, "must be a whole number, not a boolean"),
    (("history", 2, "call_back_on"), "Thursday", "not an ISO date: 'Thursday'"),
    (("history", 2, "call_back_on"), 20170824, "must be text, not a whole number"),
    (("history", 2, "call_back_on"), "2" * 100, "100 characters long"),
    (("history", 4, "decision_by"), "2017-09-31", "not an ISO date"),
    (("history", 4, "follow_up_on"), [], "must be text, not a list"),
    (("history", 5, "until"), None, "must be text, not null"),
    (("history", 5, "until"), "2017-09-04T00:00:00+00:00", "not an ISO date"),
    (("history", 4, "type"), "Postponed", "not an event type: 'Postponed'"),
]


@pytest.mark.parametrize(
    ("where", "value", "words"),
    WRONG_VALUES_V2,
    ids=[f"{written(where)}: {words}" for where, _, words in WRONG_VALUES_V2],
)
def test_each_wrong_v2_value_is_named_by_its_path(where: Where, value: object, words: str) -> None:
    """In version 2 too, wrong kinds, bad ISO text and unknown names are InvalidInput at the value's path."""
    document = copy.deepcopy(BRANCHES)
    holder(document, where)[where[-1]] = value
    error = refusal(document)
    assert error is not None
    assert error.field == written(where)
    assert words in str(error)


@pytest.mark.parametrize(
    ("where", "value", "field"),
    [
        (("policy", "max_postponements"), 4, "policy.max_postponements"),
        (("history", 2, "result"), "voicemail", "history[2].call_back_on"),
        (("history", 2, "call_back_on"), "2017-08-01", "history[2].call_back_on"),
        (("history", 4, "follow_up_on"), "2017-09-08", "history[4].follow_up_on"),
        (("history", 5, "until"), "2019-01-01", "history[5].until"),
    ],
)
def test_a_v2_constructors_refusal_gets_the_path_in_front(
    where: Where, value: object, field: str
) -> None:
    """A new event's own refusal (a call-back with a voicemail, a follow-up before the decision) names its path."""
    document = copy.deepcopy(BRANCHES)
    holder(document, where)[where[-1]] = value
    error = refusal(document)
    assert error is not None
    assert error.field == field
    assert str(error).startswith(f"workflow data: {field}: ")


def test_an_event_type_is_named_with_the_types_of_its_version() -> None:
    """An unknown event type is refused listing the types of the document's own version."""
    for document, version, listed in [(MID, 1, "Withdrew"), (BRANCHES, 2, "OutOfOffice")]:
        changed = copy.deepcopy(document)
        changed["history"][0]["type"] = "Bribe"
        error = refusal(changed)
        assert error is not None
        assert f"in schema version {version}, the event types are " in str(error)
        assert str(error).endswith(listed)


def test_values_handed_in_as_python_objects_are_not_json() -> None:
    """A date or datetime object where the format has ISO text is refused: the format is JSON."""
    document = copy.deepcopy(MID)
    document["agreement"]["decision_by"] = dt.date(2017, 8, 21)
    error = refusal(document)
    assert error is not None
    assert error.field == "agreement.decision_by"
    assert "must be text, not date" in str(error)
