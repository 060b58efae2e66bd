"""to_dict / from_dict and pickle: exact round trips, strict on the way in."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from pathlib import Path
from typing import Any

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    SCHEMA_VERSION,
    Agreement,
    CallPlaced,
    CallResult,
    Candidate,
    Channel,
    CloseLoopSent,
    DecisionPostponed,
    Event,
    FollowUpError,
    HeardBack,
    Interview,
    Interviewer,
    InvalidInput,
    MovedOn,
    Outcome,
    OutOfOffice,
    Policy,
    Position,
    RuleViolation,
    ThankYouSent,
    ThankYouSkipped,
    Workflow,
)
from tests.conftest import DETROIT
from tests.test_schema import lived

FIXTURES = Path(__file__).parent / "fixtures"


def at(m: int, d: int, h: int = 12, minute: int = 0) -> pendulum.DateTime:
    """A 2017 wall-clock time in Detroit."""
    return pendulum.datetime(2017, m, d, h, minute, tz=DETROIT)


def lifecycle(workflow: Workflow) -> list[Workflow]:
    """The example's workflow at every step of its life, ended by moving on."""
    decider, recruiter = workflow.interview.interviewers
    events: list[Event] = [
        ThankYouSent(decider, at(8, 16, 18)),
        ThankYouSent(recruiter, at(8, 16, 18, 5), Channel.EMAIL),
        CallPlaced(at(8, 22, 17, 30)),
        CallPlaced(at(8, 29, 8, 15), CallResult.GATEKEEPER),
        CallPlaced(at(9, 5, 17, 10), CallResult.NO_ANSWER),
        CallPlaced(at(9, 12, 8, 5)),
        CloseLoopSent(at(9, 19, 9), Channel.VOICEMAIL),
        MovedOn(at(9, 27, 9)),
    ]
    states = [workflow]
    for event in events:
        states.append(states[-1].apply(event))
    return states


def test_to_dict_is_json_safe_and_versioned(workflow: Workflow) -> None:
    """to_dict has an integer schema_version and one JSON object per event, in order."""
    final = lifecycle(workflow)[-1]
    data = json.loads(json.dumps(final.to_dict()))
    assert data["schema_version"] == SCHEMA_VERSION == 2
    assert [item["type"] for item in data["history"]] == [
        "ThankYouSent",
        "ThankYouSent",
        "CallPlaced",
        "CallPlaced",
        "CallPlaced",
        "CallPlaced",
        "CloseLoopSent",
        "MovedOn",
    ]
    assert data["history"][0] == {
        "type": "ThankYouSent",
        "at": "2017-08-16T22:00:00+00:00",
        "to": 0,
        "channel": "mail",
    }
    assert data["history"][3] == {
        "type": "CallPlaced",
        "at": "2017-08-29T12:15:00+00:00",
        "result": "gatekeeper",
        "call_back_on": None,
    }


def test_version_2_keys_come_in_the_order_of_the_arguments(workflow: Workflow) -> None:
    """The document's keys follow Workflow.start's arguments; the policy's, Policy's (tone, max_postponements, calendar...)."""
    data = Workflow.start(workflow.interview, workflow.agreement, round=3).to_dict()
    assert list(data) == [
        "schema_version",
        "interview",
        "agreement",
        "policy",
        "round",
        "pinned_holidays",
        "history",
    ]
    assert data["round"] == 3
    assert list(data["policy"])[8:] == [
        "tone",
        "max_postponements",
        "calendar",
        "weekend",
        "language",
    ]


def test_the_new_events_are_written_with_their_fields(workflow: Workflow) -> None:
    """A skipped letter names its interviewer by position; a call-back, a postponement and an absence write their days."""
    decider, recruiter = workflow.interview.interviewers
    events: list[Event] = [
        ThankYouSkipped(recruiter, at(8, 16, 18)),
        ThankYouSent(decider, at(8, 16, 18, 5)),
        CallPlaced(at(8, 22, 17, 30), CallResult.SPOKE, call_back_on=dt.date(2017, 8, 24)),
        DecisionPostponed(at(8, 23, 10), follow_up_on=dt.date(2017, 9, 11)),
        DecisionPostponed(at(8, 28, 10), decision_by=dt.date(2017, 9, 8)),
        OutOfOffice(at(8, 29, 9), dt.date(2017, 9, 4)),
    ]
    for event in events:
        workflow = workflow.apply(event)
    history = json.loads(json.dumps(workflow.to_dict()))["history"]
    assert history[0] == {"type": "ThankYouSkipped", "at": "2017-08-16T22:00:00+00:00", "to": 1}
    assert history[2]["call_back_on"] == "2017-08-24"
    assert history[3] == {
        "type": "DecisionPostponed",
        "at": "2017-08-23T14:00:00+00:00",
        "decision_by": None,
        "follow_up_on": "2017-09-11",
    }
    assert (history[4]["decision_by"], history[4]["follow_up_on"]) == ("2017-09-08", None)
    assert history[5] == {
        "type": "OutOfOffice",
        "at": "2017-08-29T13:00:00+00:00",
        "until": "2017-09-04",
    }


def test_only_the_original_agreement_is_written(workflow: Workflow) -> None:
    """The postponements' agreements are not written: replaying their events rebuilds them."""
    decider, recruiter = workflow.interview.interviewers
    postponed = (
        workflow.apply(ThankYouSent(decider, at(8, 16, 18)))
        .apply(ThankYouSent(recruiter, at(8, 16, 18)))
        .apply(DecisionPostponed(at(8, 28, 10), decision_by=dt.date(2017, 9, 8)))
    )
    data = postponed.to_dict()
    assert data["agreement"] == workflow.to_dict()["agreement"]
    assert "agreements" not in data
    again = Workflow.from_dict(data)
    assert again.agreements == postponed.agreements
    assert len(again.agreements) == 2


def test_every_stage_round_trips_through_json_and_pickle(workflow: Workflow) -> None:
    """from_dict(to_dict(w)) == w and pickle gives back an equal workflow, at every step."""
    for state in lifecycle(workflow):
        again = Workflow.from_dict(json.loads(json.dumps(state.to_dict())))
        assert again == state
        assert again.stage is state.stage
        assert again.plan() == state.plan()
        assert pickle.loads(pickle.dumps(state)) == state


@given(lived())
def test_any_workflow_round_trips_exactly(workflow: Workflow) -> None:
    """For random workflows with every branch, from_dict(to_dict(w)) == w, through JSON too, with the identical plan."""
    data = workflow.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    direct = Workflow.from_dict(data)
    again = Workflow.from_dict(json.loads(json.dumps(data)))
    for loaded in (direct, again):
        assert loaded == workflow
        assert loaded.history == workflow.history
        assert loaded.stage is workflow.stage
        assert (loaded.round, loaded.agreements, loaded.postponements) == (
            workflow.round,
            workflow.agreements,
            workflow.postponements,
        )
        assert (loaded.calls_made, loaded.calls_total) == (
            workflow.calls_made,
            workflow.calls_total,
        )
        assert loaded.plan() == workflow.plan()
        assert [action.key for action in loaded.plan()] == [
            action.key for action in workflow.plan()
        ]
    assert again.to_dict() == data


def test_ended_workflows_round_trip(workflow: Workflow) -> None:
    """A workflow that heard back keeps its outcome through to_dict and from_dict."""
    ended = lifecycle(workflow)[3].apply(HeardBack(at(8, 25), Outcome.NEXT_ROUND))
    again = Workflow.from_dict(ended.to_dict())
    assert again == ended
    last = again.history[-1]
    assert isinstance(last, HeardBack)
    assert last.outcome is Outcome.NEXT_ROUND


def test_policy_and_agreement_round_trip(workflow: Workflow) -> None:
    """Every policy knob and an explicit follow-up day survive a round trip."""
    policy = Policy(
        2,
        [dt.date(2017, 9, 4)],
        call_interval_days=10,
        reply_window_days=3,
        default_wait_days=5,
        workday_start=dt.time(8, 30),
        workday_end=dt.time(16, 45),
        call_window_minutes=45,
    )
    agreement = Agreement(dt.date(2017, 8, 21), dt.date(2017, 8, 24), calls_permitted=False)
    original = Workflow.start(workflow.interview, agreement, policy)
    again = Workflow.from_dict(json.loads(json.dumps(original.to_dict())))
    assert again == original
    assert (again.policy, again.agreement) == (policy, agreement)


def test_events_in_the_repeated_hour_pickle_exactly() -> None:
    """An event at 01:30 in the second occurrence of Detroit's repeated hour pickles to the same instant."""
    repeated = pendulum.datetime(2017, 11, 5, 1, 30, tz=DETROIT)  # pendulum picks fold=1, -05:00
    event = CallPlaced(repeated)
    back = pickle.loads(pickle.dumps(event))
    assert back.at.timestamp() == repeated.timestamp()


def valid(workflow: Workflow) -> dict[str, Any]:
    """The data of the example, mid-lifecycle."""
    return lifecycle(workflow)[5].to_dict()


def test_version_must_match(workflow: Workflow) -> None:
    """Data of a version this release does not read is refused with a message naming the versions it reads."""
    data = valid(workflow)
    data["schema_version"] = 3
    with pytest.raises(InvalidInput, match=r"schema_version 3; .* reads versions 1 and 2"):
        Workflow.from_dict(data)


def test_another_version_is_named_before_its_shape(workflow: Workflow) -> None:
    """Data of another version may be shaped otherwise: the version is what the error names."""
    data = valid(workflow)
    data |= {"schema_version": 3, "history": {"events": []}, "calendar": "new in version 3"}
    del data["policy"]
    with pytest.raises(InvalidInput, match="schema_version 3"):
        Workflow.from_dict(data)


def test_a_v1_document_reads_with_the_defaults_of_what_it_lacks() -> None:
    """A v1 document is a first round, under two postponements allowed, whose calls asked for no call-back."""
    data = json.loads((FIXTURES / "v1" / "v1_example_moved_on.json").read_text(encoding="utf-8"))
    loaded = Workflow.from_dict(data)
    assert (loaded.round, loaded.policy.max_postponements, loaded.postponements) == (1, 2, 0)
    calls = [event for event in loaded.history if isinstance(event, CallPlaced)]
    assert len(calls) == 4
    assert all(call.call_back_on is None for call in calls)


V1_MID = json.loads((FIXTURES / "v1" / "v1_example_mid_lifecycle.json").read_text(encoding="utf-8"))
V2_ONLY: list[tuple[str, Any, str]] = [
    ("round", lambda data: data | {"round": 1}, "the document"),
    (
        "max_postponements",
        lambda data: data | {"policy": data["policy"] | {"max_postponements": 2}},
        "policy",
    ),
    ("call_back_on", lambda data: data["history"][2].update(call_back_on=None), "history[2]"),
    (
        "ThankYouSkipped",
        lambda data: data["history"].append(
            {"type": "ThankYouSkipped", "at": "2017-09-06T12:00:00+00:00", "to": 1}
        ),
        "history[5].type",
    ),
    (
        "DecisionPostponed",
        lambda data: data["history"].append(
            {
                "type": "DecisionPostponed",
                "at": "2017-09-06T12:00:00+00:00",
                "decision_by": "2017-09-15",
                "follow_up_on": None,
            }
        ),
        "history[5].type",
    ),
    (
        "OutOfOffice",
        lambda data: data["history"].append(
            {"type": "OutOfOffice", "at": "2017-09-06T12:00:00+00:00", "until": "2017-09-08"}
        ),
        "history[5].type",
    ),
]


@pytest.mark.parametrize(("what", "change", "field"), V2_ONLY, ids=[row[0] for row in V2_ONLY])
def test_a_v1_document_holds_nothing_of_version_2(what: str, change: Any, field: str) -> None:
    """A key or an event that came with version 2, in a v1 document, is refused naming version 1 and the path."""
    data = copy.deepcopy(V1_MID)
    changed = change(data)
    data = data if changed is None else changed
    with pytest.raises(InvalidInput, match=f"{what}.*in schema version 1, ") as refused:
        Workflow.from_dict(data)
    assert refused.value.field == (None if field == "the document" else field)
    assert str(refused.value).startswith(f"workflow data: {field} ")


@pytest.mark.parametrize(("value", "words"), [(0, "from 1"), (100, "to 99"), (-1, "from 1")])
def test_a_round_out_of_range_is_refused(workflow: Workflow, value: int, words: str) -> None:
    """A round the workflow cannot have is refused as Workflow.start refuses it, naming "round"."""
    data = workflow.to_dict() | {"round": value}
    with pytest.raises(InvalidInput, match=words) as refused:
        Workflow.from_dict(data)
    assert refused.value.field == "round"


def test_a_call_back_before_its_call_is_refused_on_replay(workflow: Workflow) -> None:
    """A call-back day before the call's own day on the decision-maker's calendar is refused, naming call_back_on."""
    decider, recruiter = workflow.interview.interviewers
    data = (
        workflow.apply(ThankYouSent(decider, at(8, 16, 18)))
        .apply(ThankYouSent(recruiter, at(8, 16, 18)))
        .apply(CallPlaced(at(8, 22, 17, 30), CallResult.SPOKE, call_back_on=dt.date(2017, 8, 22)))
        .to_dict()
    )
    data["history"][2]["call_back_on"] = "2017-08-21"  # the day before the call, in Detroit
    with pytest.raises(InvalidInput) as refused:
        Workflow.from_dict(data)
    assert refused.value.field is not None
    assert "call_back_on" in refused.value.field


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("schema_version",), "1", "whole number"),
        (("schema_version",), True, "boolean"),
        (("interview", "candidate", "name"), None, "interview.candidate.name must be text"),
        (("interview", "ended_at"), "2017-08-16T15:30:00", "ISO 8601"),
        (("interview", "ended_at"), "yesterday", "ISO 8601"),
        (("interview", "ended_at"), "2" * 100, "characters long"),
        (("interview", "interviewers"), [], "at least one"),
        (("agreement", "decision_by"), "2017-08-15", "before the interview"),
        (("policy", "max_calls"), 5, "max_calls"),
        (("policy", "holidays"), ["not a date"], "ISO date"),
        (("policy", "tone"), "shouty", "one of"),
        (("history", 0, "to"), 7, "names no interviewer"),
        (("history", 0, "type"), "Bribe", "not an event type"),
        (("history", 2, "result"), "hung up", "one of"),
        (("history", 2, "at"), "2017-08-21T12:00:00+00:00", "call-not-before-follow-up"),
        (("history", 3, "at"), "2017-08-16T12:00:00+00:00", "events-in-time-order"),
    ],
)
def test_malformed_or_tampered_data_is_refused(
    workflow: Workflow, path: tuple[str | int, ...], value: object, message: str
) -> None:
    """A wrong type, a bad value or a tampered history raises a FollowUpError saying where."""
    data = valid(workflow)
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(FollowUpError, match=message):
        Workflow.from_dict(data)


def test_tampered_history_raises_rule_violation(workflow: Workflow) -> None:
    """Swapping two calls in the history is a RuleViolation found on replay."""
    data = valid(workflow)
    data["history"][2], data["history"][3] = data["history"][3], data["history"][2]
    with pytest.raises(RuleViolation):
        Workflow.from_dict(data)


@pytest.mark.parametrize(
    "where", [(), ("interview",), ("interview", "candidate"), ("policy",), ("history", 0)]
)
def test_unknown_and_missing_keys_are_refused(workflow: Workflow, where: tuple[Any, ...]) -> None:
    """An extra key or a missing key anywhere is refused with the key's path."""
    data = valid(workflow)
    target: Any = data
    for key in where:
        target = target[key]
    extra = copy.deepcopy(data)
    extra_target: Any = extra
    for key in where:
        extra_target = extra_target[key]
    extra_target["surprise"] = 1
    with pytest.raises(InvalidInput, match="unknown key"):
        Workflow.from_dict(extra)
    missing_key = sorted(target)[0]
    del target[missing_key]
    with pytest.raises(InvalidInput, match=f"{missing_key} is missing"):
        Workflow.from_dict(data)


@pytest.mark.parametrize("data", [None, [], "workflow", 42, {"schema_version": 1}])
def test_not_a_workflow_at_all(data: object) -> None:
    """Things that are not workflow data raise InvalidInput."""
    with pytest.raises(InvalidInput):
        Workflow.from_dict(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30) | st.floats(allow_nan=True),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=8,
)


def paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside nested dicts and lists."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths(value, (*prefix, index))
    return found


SAVED = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(FIXTURES.glob("*/*.json"))]
"""Every document kept as a fixture, v1 and v2."""


@given(data=st.data())
def test_fuzzed_data_never_escapes_as_another_error(data: st.DataObject) -> None:
    """Replacing any value of valid data (built, or a fixture of any version) with random JSON gives a workflow or a FollowUpError."""
    decider = Interviewer("Morgan Lee", "Director", timezone=DETROIT, decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "313 555 0142", timezone=DETROIT),
        Position("Engineer", "Northwind"),
        [decider, Interviewer("Riley Chen", timezone=DETROIT)],
        at(8, 16, 15, 30),
    )
    built = valid(Workflow.start(interview, Agreement.on_weekday(interview, 0)))
    document = copy.deepcopy(data.draw(st.sampled_from([built, *SAVED])))
    path = data.draw(st.sampled_from(paths(document)))
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(json_values)
    try:
        rebuilt = Workflow.from_dict(document)
    except FollowUpError:
        return
    assert Workflow.from_dict(rebuilt.to_dict()) == rebuilt


def test_a_policy_read_twice_is_one_object(workflow: Workflow) -> None:
    """Policies are few: the same policy data read again gives back the same object."""
    first = Workflow.from_dict(valid(workflow))
    second = Workflow.from_dict(valid(workflow))
    assert first.policy is second.policy


@pytest.mark.parametrize(
    ("field", "value"),
    [("max_calls", True), ("max_calls", 4.0), ("call_window_minutes", 60.0), ("tone", None)],
)
def test_the_policy_cache_tells_types_apart(workflow: Workflow, field: str, value: object) -> None:
    """``4 == 4.0`` and ``1 == True`` in Python, not in this format: a held policy is no excuse."""
    data = valid(workflow)
    Workflow.from_dict(copy.deepcopy(data))  # the good policy is now held
    data["policy"][field] = value
    with pytest.raises(InvalidInput, match=field):
        Workflow.from_dict(data)


def test_a_policy_in_another_key_order_reads_the_same(workflow: Workflow) -> None:
    """A policy whose keys come in another order than written reads to the same policy."""
    data = valid(workflow)
    data["policy"]["holidays"] = ["2017-09-04", "2017-11-23"]
    written = Workflow.from_dict(copy.deepcopy(data)).policy
    data["policy"] = dict(reversed(list(data["policy"].items())))
    assert Workflow.from_dict(data).policy == written
