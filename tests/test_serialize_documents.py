"""Schema version 1 documents written by an earlier release load exactly, forever."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pendulum
import pytest

from followup_rules import (
    Agreement,
    CallPlaced,
    CallResult,
    Candidate,
    Channel,
    CloseLoopSent,
    Event,
    HeardBack,
    Interview,
    Interviewer,
    MovedOn,
    Outcome,
    Policy,
    Position,
    ThankYouSent,
    Tone,
    Withdrew,
    Workflow,
)
from tests.conftest import DETROIT

FIXTURES = Path(__file__).parent / "fixtures" / "v1"


def at(
    month: int, day: int, hour: int = 12, minute: int = 0, *, year: int = 2017, tz: str = DETROIT
) -> pendulum.DateTime:
    """A wall-clock time, in Detroit unless told."""
    return pendulum.datetime(year, month, day, hour, minute, tz=tz)


_DECIDER = Interviewer(
    "Morgan Lee",
    "Director of Engineering",
    email="morgan.lee@example.com",
    timezone=DETROIT,
    decision_maker=True,
)
_RECRUITER = Interviewer("Riley Chen", "Technical Recruiter", timezone=DETROIT)
_INTERVIEW = Interview(
    Candidate("Jordan Avery", "(313) 555-0142", email="jordan@example.com", timezone=DETROIT),
    Position("Senior Data Engineer", "Northwind Analytics"),
    [_DECIDER, _RECRUITER],
    at(8, 16, 15, 30),
    highlights=["the walkthrough of the streaming pipeline redesign"],
    qualifications=["six years building data platforms", "leading a team of four"],
)
_LIFECYCLE: list[Event] = [
    ThankYouSent(_DECIDER, at(8, 16, 18)),
    ThankYouSent(_RECRUITER, at(8, 16, 18, 5), Channel.EMAIL),
    CallPlaced(at(8, 22, 17, 30)),
    CallPlaced(at(8, 29, 8, 15), CallResult.GATEKEEPER),
    CallPlaced(at(9, 5, 17, 10), CallResult.NO_ANSWER),
    CallPlaced(at(9, 12, 8, 5)),
    CloseLoopSent(at(9, 19, 9), Channel.VOICEMAIL),
    MovedOn(at(9, 27, 9)),
]


def _applied(workflow: Workflow, events: list[Event]) -> Workflow:
    for event in events:
        workflow = workflow.apply(event)
    return workflow


def example_mid_lifecycle() -> Workflow:
    """The strategy's example after both letters and three calls."""
    start = Workflow.start(_INTERVIEW, Agreement.on_weekday(_INTERVIEW, 0))
    return _applied(start, _LIFECYCLE[:5])


def example_moved_on() -> Workflow:
    """The strategy's example to its end: four calls, the last message, moved on."""
    start = Workflow.start(_INTERVIEW, Agreement.on_weekday(_INTERVIEW, 0))
    return _applied(start, _LIFECYCLE)


def country_policy() -> Workflow:
    """A Michigan holiday calendar, every other knob changed too, letters sent."""
    policy = Policy.for_country(
        "US",
        "MI",
        max_calls=3,
        call_interval_days=8,
        reply_window_days=5,
        default_wait_days=10,
        workday_start=dt.time(8, 30),
        workday_end=dt.time(16, 45),
        call_window_minutes=45,
        tone=Tone.WARM,
    )
    start = Workflow.start(_INTERVIEW, Agreement.on_weekday(_INTERVIEW, 4), policy)
    return _applied(
        start,
        [
            ThankYouSent(_RECRUITER, at(8, 16, 19), Channel.EMAIL),
            ThankYouSent(_DECIDER, at(8, 17, 9)),
        ],
    )


def explicit_holidays() -> Workflow:
    """Labor Day, Thanksgiving and Christmas 2017 as holidays, an agreed follow-up day, microseconds."""
    policy = Policy(holidays=[dt.date(2017, 12, 25), dt.date(2017, 9, 4), dt.date(2017, 11, 23)])
    start = Workflow.start(_INTERVIEW, Agreement(dt.date(2017, 8, 28), dt.date(2017, 9, 4)), policy)
    return _applied(
        start,
        [
            ThankYouSent(_DECIDER, at(8, 16, 18).add(microseconds=250000)),
            ThankYouSent(
                _RECRUITER, at(8, 16, 18, 5).add(seconds=7, microseconds=1), Channel.EMAIL
            ),
        ],
    )


def calls_not_permitted_heard_back() -> Workflow:
    """One interviewer in London, no calls: a letter, the loop closed by mail, an offer."""
    lone = Interviewer("Sam Okafor", None, None, "+44 20 7946 0000", "Europe/London")
    interview = Interview(
        Candidate("Jordan Avery", "313 555 0142", timezone=DETROIT),
        Position("Data Engineer", "Contoso"),
        [lone],
        at(10, 25, 10, tz="Europe/London"),
    )
    start = Workflow.start(interview, Agreement.within(interview, days=7, calls_permitted=False))
    return _applied(
        start,
        [
            ThankYouSent(lone, at(10, 25, 17, tz="Europe/London")),
            CloseLoopSent(at(11, 2, 9, tz="Europe/London"), Channel.MAIL),
            HeardBack(at(11, 6, 14, tz="Europe/London"), Outcome.OFFER),
        ],
    )


def withdrew() -> Workflow:
    """Withdrawn before any letter; everyone in Kathmandu (+05:45), no email anywhere."""
    kathmandu = "Asia/Kathmandu"
    interview = Interview(
        Candidate("Asha Rai", "+977 1 555 0100", timezone=kathmandu),
        Position("Analyst", "Fabrikam"),
        [Interviewer("Lee Park", timezone=kathmandu, decision_maker=True)],
        at(3, 1, 16, year=2021, tz=kathmandu),
    )
    start = Workflow.start(interview, Agreement.unspecified(interview))
    return _applied(start, [Withdrew(at(3, 2, 9, year=2021, tz=kathmandu))])


DOCUMENTS: dict[str, Callable[[], Workflow]] = {
    "v1_example_mid_lifecycle": example_mid_lifecycle,
    "v1_example_moved_on": example_moved_on,
    "v1_country_policy": country_policy,
    "v1_explicit_holidays": explicit_holidays,
    "v1_calls_not_permitted_heard_back": calls_not_permitted_heard_back,
    "v1_withdrew": withdrew,
}


def test_every_fixture_is_checked() -> None:
    """Each v1 file on disk has its workflow here, so none is silently skipped."""
    assert sorted(path.stem for path in FIXTURES.glob("*.json")) == sorted(DOCUMENTS)


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_v1_document_loads_to_the_same_workflow(name: str) -> None:
    """A v1 document as written loads to the workflow that wrote it, stage and plan included."""
    text = (FIXTURES / f"{name}.json").read_text(encoding="utf-8")
    expected = DOCUMENTS[name]()
    loaded = Workflow.from_dict(json.loads(text))
    assert loaded == expected
    assert loaded.stage is expected.stage
    assert loaded.plan() == expected.plan()


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_v1_document_is_written_back_as_v2_that_loads_the_same(name: str) -> None:
    """A loaded v1 document is written as version 2, which loads back to the equal workflow."""
    loaded = Workflow.from_dict(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))
    again = loaded.to_dict()
    assert again["schema_version"] == 2
    back = Workflow.from_dict(json.loads(json.dumps(again)))
    assert back == loaded
    assert back.plan() == loaded.plan()


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_v2_is_v1_with_its_new_keys_in_their_places(name: str) -> None:
    """Written again, a v1 document is byte for byte the v1 file with round, max_postponements and call_back_on added at their defaults."""
    text = (FIXTURES / f"{name}.json").read_text(encoding="utf-8")
    old = json.loads(text)
    upgraded: dict[str, Any] = {}
    for key, value in old.items():
        upgraded[key] = value
        if key == "policy":
            upgraded["round"] = 1
    upgraded["schema_version"] = 2
    policy: dict[str, Any] = {}
    for key, value in old["policy"].items():
        policy[key] = value
        if key == "tone":
            policy["max_postponements"] = 2
    upgraded["policy"] = policy
    for event in upgraded["history"]:
        if event["type"] == "CallPlaced":
            event["call_back_on"] = None
    again = Workflow.from_dict(json.loads(text)).to_dict()
    assert json.dumps(again, indent=2, ensure_ascii=False) == json.dumps(
        upgraded, indent=2, ensure_ascii=False
    )
