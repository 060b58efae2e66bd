"""Saved documents load exactly, forever: version 1 as the first releases wrote it, version 2 as written now."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import holidays
import pendulum
import pytest

from followup_rules import (
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
    MovedOn,
    Outcome,
    OutOfOffice,
    Policy,
    Position,
    ThankYouSent,
    ThankYouSkipped,
    Tone,
    Withdrew,
    Workflow,
)
from tests.conftest import DETROIT

FIXTURES = Path(__file__).parent / "fixtures"


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


def example_branches() -> Workflow:
    """The example with real life's branches: a skipped letter, a call-back, a postponement, an absence, a late call."""
    policy = Policy(holidays=[dt.date(2017, 9, 4)])
    start = Workflow.start(_INTERVIEW, Agreement.on_weekday(_INTERVIEW, 0), policy)
    workflow = _applied(
        start,
        [
            ThankYouSent(_DECIDER, at(8, 16, 18)),
            ThankYouSkipped(_RECRUITER, at(8, 16, 18, 5)),
            # "Call me Thursday."
            CallPlaced(at(8, 22, 17, 30), CallResult.SPOKE, call_back_on=dt.date(2017, 8, 24)),
            CallPlaced(at(8, 24, 8, 15), CallResult.GATEKEEPER),
            DecisionPostponed(at(8, 28, 10), decision_by=dt.date(2017, 9, 8)),
            OutOfOffice(at(8, 29, 9), dt.date(2017, 9, 4)),
        ],
    )
    # The candidate comes back on 20 September and does the overdue call.
    late = workflow.plan(at(9, 20, 7))[0]
    return workflow.apply(late.done(at(9, 20, 8, 10)))


def next_round() -> Workflow:
    """Round 2 after an invitation: interviewers in Chicago, its own policy, a named follow-up day, a call-back, an offer."""
    first = _applied(
        Workflow.start(_INTERVIEW, Agreement.on_weekday(_INTERVIEW, 0)),
        [
            ThankYouSent(_DECIDER, at(8, 16, 18)),
            ThankYouSent(_RECRUITER, at(8, 16, 18, 5), Channel.EMAIL),
            CallPlaced(at(8, 22, 17, 30)),
            HeardBack(at(8, 23, 11), Outcome.NEXT_ROUND),
        ],
    )
    chicago = "America/Chicago"
    vp = Interviewer(
        "Sam Okafor", "VP Data", phone="+1 312 555 0199", timezone=chicago, decision_maker=True
    )
    director = Interviewer(
        "Morgan Lee", "Director of Engineering", email="morgan.lee@example.com", timezone=DETROIT
    )
    interview = Interview(
        _INTERVIEW.candidate, _INTERVIEW.position, [vp, director], at(9, 6, 14, tz=chicago)
    )
    policy = Policy(call_interval_days=8, tone=Tone.WARM, max_postponements=3)
    start = first.next_round(interview, Agreement.within(interview, days=10), policy)
    return _applied(
        start,
        [
            ThankYouSent(vp, at(9, 6, 18, tz=chicago)),
            ThankYouSkipped(director, at(9, 7, 9)),
            DecisionPostponed(at(9, 12, 10, tz=chicago), follow_up_on=dt.date(2017, 9, 25)),
            CallPlaced(
                at(9, 25, 8, 15, tz=chicago),
                CallResult.GATEKEEPER,
                call_back_on=dt.date(2017, 9, 27),
            ),
            CallPlaced(at(9, 27, 17, 20, tz=chicago), CallResult.NO_ANSWER),
            HeardBack(at(10, 2, 11, tz=chicago), Outcome.OFFER),
        ],
    )


def withdrew_on_hold() -> Workflow:
    """On hold while a letter is still owed (Kolkata, +05:30), away, then withdrawn: no call ever made."""
    kolkata = "Asia/Kolkata"
    lead = Interviewer("Asha Rai", "Head of Analytics", timezone=kolkata, decision_maker=True)
    peer = Interviewer("Dev Iyer", "Analyst", email="dev@example.com", timezone=kolkata)
    interview = Interview(
        Candidate("Jordan Avery", "313 555 0142", timezone=DETROIT),
        Position("Analyst", "Fabrikam"),
        [lead, peer],
        at(3, 1, 16, year=2021, tz=kolkata),
    )
    start = Workflow.start(interview, Agreement.within(interview, days=5))
    return _applied(
        start,
        [
            ThankYouSent(lead, at(3, 1, 20, year=2021, tz=kolkata), Channel.EMAIL),
            DecisionPostponed(at(3, 3, 10, year=2021, tz=kolkata)),
            OutOfOffice(at(3, 4, 9, year=2021, tz=kolkata), dt.date(2021, 3, 12)),
            Withdrew(at(3, 5, 9, year=2021, tz=kolkata)),
        ],
    )


def past_max_postponements() -> Workflow:
    """Postponed twice with one allowed ("on hold", then a new date and day): the loop closed without calls, an absence, moved on."""
    policy = Policy(max_calls=2, max_postponements=1)
    start = Workflow.start(_INTERVIEW, Agreement.on_weekday(_INTERVIEW, 0), policy)
    return _applied(
        start,
        [
            ThankYouSent(_DECIDER, at(8, 16, 18)),
            ThankYouSent(_RECRUITER, at(8, 16, 18, 5), Channel.EMAIL),
            CallPlaced(at(8, 22, 17, 30)),
            DecisionPostponed(at(8, 25, 10)),
            CallPlaced(at(9, 5, 8, 10), CallResult.SPOKE),
            DecisionPostponed(
                at(9, 5, 8, 20), decision_by=dt.date(2017, 9, 15), follow_up_on=dt.date(2017, 9, 19)
            ),
            CloseLoopSent(at(9, 19, 9)),
            OutOfOffice(at(9, 20, 9), dt.date(2017, 9, 29)),
            MovedOn(at(10, 11, 9)),
        ],
    )


def calendars_and_letters() -> Workflow:
    """Letters with addresses and salutations; a sum of calendars changed by hand; pinned days."""
    decider = Interviewer(
        "Morgan Lee",
        "Director of Engineering",
        email="morgan.lee@example.com",
        timezone=DETROIT,
        decision_maker=True,
        salutation="Ms. Lee",
        address=("Northwind Analytics", "500 Woodward Ave", "Detroit, MI 48226"),
        highlights=("the whiteboard session on Kafka",),
    )
    recruiter = Interviewer("Riley Chen", "Technical Recruiter", timezone=DETROIT)
    interview = Interview(
        Candidate(
            "Jordan Avery",
            "(313) 555-0142",
            timezone=DETROIT,
            address=("12 Elm St", "Ann Arbor, MI 48104"),
        ),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider, recruiter],
        at(8, 16, 15, 30),
    )
    calendar = holidays.country_holidays("US", subdiv="MI", observed=False) + (
        holidays.country_holidays("DE")
    )
    calendar[dt.date(2017, 8, 22)] = "Company day"
    calendar.pop(dt.date(2017, 9, 4))
    policy = Policy(holidays=calendar, language="en-GB")
    start = Workflow.start(interview, Agreement.on_weekday(interview, 0), policy)
    return _applied(
        start,
        [ThankYouSent(decider, at(8, 16, 18)), ThankYouSkipped(recruiter, at(8, 16, 18, 5))],
    )


V1: dict[str, Callable[[], Workflow]] = {
    "v1_example_mid_lifecycle": example_mid_lifecycle,
    "v1_example_moved_on": example_moved_on,
    "v1_country_policy": country_policy,
    "v1_explicit_holidays": explicit_holidays,
    "v1_calls_not_permitted_heard_back": calls_not_permitted_heard_back,
    "v1_withdrew": withdrew,
}
"""Each version 1 file, written at d691c4e, and the workflow it holds."""

V2: dict[str, Callable[[], Workflow]] = {
    "v2_calendars_and_letters": calendars_and_letters,
    "v2_example_branches": example_branches,
    "v2_next_round": next_round,
    "v2_past_max_postponements": past_max_postponements,
    "v2_withdrew_on_hold": withdrew_on_hold,
}
"""Each version 2 file, written by the first release that wrote version 2, and its workflow."""

DIGESTS = {
    "v1_calls_not_permitted_heard_back": "9599bae11a54e9e316e6c014f428485e0074c7b130fa2b717f31715e0701d57a",
    "v1_country_policy": "8d0dd076c3b41200118effc59266e245e9c54929fbc509e5674141696b51cc34",
    "v1_example_mid_lifecycle": "8be660b8808766b057304c3d9905708da9c8bbf0ac975cd90c1cffb86fc66088",
    "v1_example_moved_on": "855d3a7601efeef2b68832e4f98912d5556f00838409d315c9a2ebd88d6d36a4",
    "v1_explicit_holidays": "45aad72c3126ed8323b546b887df3075321fabac6b541518669e25449fd559da",
    "v1_withdrew": "1d773c9d7cc10cedc58d519df41c7285cc046991995736ccb179985296aba2f2",
    "v2_calendars_and_letters": "d74f323d3fce434634e8033d624311ecdf54ca539b589444916de7be17508d1b",
    "v2_example_branches": "2351f63273a21e15f6f5e5cad7d68eb61981403e6d1d012b12bc3e571afd2151",
    "v2_next_round": "f7709d3dfa061b11ce77f2fb5c49ae46beda3c1c90f16c14f7bcd173d2f3c297",
    "v2_past_max_postponements": "76d004d7ced4dce40658c670b37391813d9a287962d8b92074d438dd95871123",
    "v2_withdrew_on_hold": "ecfcbcfa57ba4c4eaf6f19846d8e5179c18449768a29abf591614bf0669af1d9",
}
"""The SHA-256 of each file as first written: a fixture that is regenerated is no fixture."""


def fixture(name: str) -> str:
    """The text of a fixture, by name (its version is its prefix)."""
    return (FIXTURES / name[:2] / f"{name}.json").read_text(encoding="utf-8")


def written(data: dict[str, Any]) -> str:
    """A document as the fixtures were written: json.dumps with indent 2, not ASCII-escaped."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def test_every_fixture_is_checked() -> None:
    """Each file on disk has its workflow here, so none is silently skipped."""
    on_disk = sorted(path.stem for path in FIXTURES.glob("*/*.json"))
    assert on_disk == sorted({**V1, **V2}) == sorted(DIGESTS)


@pytest.mark.parametrize("name", sorted(DIGESTS))
def test_the_fixtures_are_never_regenerated(name: str) -> None:
    """Each file's bytes are those first written: loading a saved document means loading old bytes."""
    data = (FIXTURES / name[:2] / f"{name}.json").read_bytes()
    assert hashlib.sha256(data).hexdigest() == DIGESTS[name]


@pytest.mark.parametrize("name", sorted({**V1, **V2}))
def test_a_document_loads_to_the_same_workflow(name: str) -> None:
    """A document as written loads to the workflow that wrote it, stage, agreements and plan included."""
    expected = {**V1, **V2}[name]()
    loaded = Workflow.from_dict(json.loads(fixture(name)))
    assert loaded == expected
    assert loaded.stage is expected.stage
    assert (loaded.round, loaded.agreements) == (expected.round, expected.agreements)
    assert loaded.plan() == expected.plan()


@pytest.mark.parametrize("name", sorted(V1))
def test_a_v1_document_is_written_back_as_v2_that_loads_the_same(name: str) -> None:
    """A loaded v1 document is written as version 2, which loads back to the equal workflow."""
    loaded = Workflow.from_dict(json.loads(fixture(name)))
    again = loaded.to_dict()
    assert again["schema_version"] == 2
    back = Workflow.from_dict(json.loads(json.dumps(again)))
    assert back == loaded
    assert back.plan() == loaded.plan()


@pytest.mark.parametrize("name", sorted(V1))
def test_v2_is_v1_with_its_new_keys_in_their_places(name: str) -> None:
    """Written again, a v1 document is the v1 file with v2's keys in their places, each at what v1 meant."""
    old = json.loads(fixture(name))
    loaded = Workflow.from_dict(json.loads(fixture(name)))
    new = loaded.to_dict()
    candidate = {**old["interview"]["candidate"], "address": []}
    interviewers = [
        {**person, "salutation": None, "address": [], "highlights": []}
        for person in old["interview"]["interviewers"]
    ]
    interview = {**old["interview"], "candidate": candidate, "interviewers": interviewers}
    policy: dict[str, Any] = {}
    for key, value in old["policy"].items():
        if key in ("country", "subdiv"):
            continue
        policy[key] = value
        if key == "tone":
            policy["max_postponements"] = 2
    country, subdiv = old["policy"]["country"], old["policy"]["subdiv"]
    policy["calendar"] = (
        None
        if country is None
        else {
            "countries": [
                {
                    "country": country,
                    "subdiv": subdiv,
                    "observed": True,
                    "categories": ["public"],
                    "language": None,
                }
            ],
            "added": [],
            "removed": [],
        }
    )
    policy["weekend"] = [5, 6]  # version 1 knew no other weekend
    policy["language"] = "en"
    history = [
        {**event, "call_back_on": None} if event["type"] == "CallPlaced" else event
        for event in old["history"]
    ]
    upgraded = {
        "schema_version": 2,
        "interview": interview,
        "agreement": old["agreement"],
        "policy": policy,
        "round": 1,
        "pinned_holidays": new["pinned_holidays"],
        "history": history,
    }
    assert written(new) == written(upgraded)
    pins = new["pinned_holidays"]
    if country is None:
        assert pins is None
    else:
        # The pinned days are the installed calendar's, over the span pinned.
        first, last = dt.date.fromisoformat(pins["first"]), dt.date.fromisoformat(pins["last"])
        calendar = holidays.country_holidays(
            country, subdiv=subdiv, years=range(first.year, last.year + 1)
        )
        expected = [
            [day.isoformat(), name]
            for day, name in sorted(calendar.items())
            if first <= day <= last
        ]
        assert pins["days"] == expected
        assert first == loaded.interview.held_on


@pytest.mark.parametrize("name", sorted(V2))
def test_a_v2_document_is_written_back_byte_for_byte(name: str) -> None:
    """Writing a loaded v2 document again, or its workflow built anew, gives the identical bytes, key order included."""
    text = fixture(name)
    assert written(Workflow.from_dict(json.loads(text)).to_dict()) == text
    assert written(V2[name]().to_dict()) == text
