"""A reader of ``Workflow.to_dict``'s JSON written only with the public API, as a user would.

``Workflow.from_dict`` is measured against it: the library's reader checks
far more (every key, every type, the path of whatever is wrong), and the
target says it must not cost much more than this.

It reads every value the document holds (schema version 1) and builds an
equal workflow: ``json.loads``, ``fromisoformat`` for dates, instants and
times, the enums by value, the public constructors, ``Workflow.start``, then
``apply`` of each event in order. It checks nothing beyond what the
constructors and ``apply`` do, so a malformed document may fail here with
a ``KeyError`` or ``TypeError``; the benchmark only hands it good ones. The
``schema_version`` is the one key it does not look at: it knows only
version 1.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from followup_rules import (
    Agreement,
    CallPlaced,
    CallResult,
    Candidate,
    Channel,
    CloseLoopSent,
    CountryCalendar,
    DecisionPostponed,
    Event,
    HeardBack,
    HolidayCalendar,
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


def read_interview(data: dict[str, Any]) -> Interview:
    """The interview of a document's ``"interview"`` object."""
    candidate, position = data["candidate"], data["position"]
    return Interview(
        Candidate(
            candidate["name"],
            candidate["phone"],
            email=candidate["email"],
            timezone=candidate["timezone"],
            address=candidate["address"],
        ),
        Position(position["title"], position["company"]),
        interviewers=[
            Interviewer(
                person["name"],
                person["title"],
                email=person["email"],
                phone=person["phone"],
                timezone=person["timezone"],
                decision_maker=person["decision_maker"],
                salutation=person["salutation"],
                address=person["address"],
                highlights=person["highlights"],
            )
            for person in data["interviewers"]
        ],
        ended_at=dt.datetime.fromisoformat(data["ended_at"]),
        highlights=data["highlights"],
        qualifications=data["qualifications"],
    )


def read_agreement(data: dict[str, Any]) -> Agreement:
    """The agreement of a document's ``"agreement"`` object."""
    follow_up_on = data["follow_up_on"]
    return Agreement(
        dt.date.fromisoformat(data["decision_by"]),
        None if follow_up_on is None else dt.date.fromisoformat(follow_up_on),
        calls_permitted=data["calls_permitted"],
    )


def read_policy(data: dict[str, Any]) -> Policy:
    """The policy of a document's ``"policy"`` object."""
    return Policy(
        data["max_calls"],
        [dt.date.fromisoformat(day) for day in data["holidays"]],
        call_interval_days=data["call_interval_days"],
        reply_window_days=data["reply_window_days"],
        default_wait_days=data["default_wait_days"],
        workday_start=dt.time.fromisoformat(data["workday_start"]),
        workday_end=dt.time.fromisoformat(data["workday_end"]),
        call_window_minutes=data["call_window_minutes"],
        tone=Tone(data["tone"]),
        max_postponements=data["max_postponements"],
        calendar=read_calendar(data["calendar"]),
        weekend=data["weekend"],
        language=data["language"],
    )


def read_calendar(data: dict[str, Any] | None) -> HolidayCalendar | None:
    """The holiday calendar of a policy's ``"calendar"`` object, or None."""
    if data is None:
        return None
    return HolidayCalendar(
        [
            CountryCalendar(
                country["country"],
                country["subdiv"],
                observed=country["observed"],
                categories=country["categories"],
                language=country["language"],
            )
            for country in data["countries"]
        ],
        [(dt.date.fromisoformat(day), name) for day, name in data["added"]],
        [dt.date.fromisoformat(day) for day in data["removed"]],
    )


def optional_day(text: str | None) -> dt.date | None:
    """An ISO date, or None for null."""
    return None if text is None else dt.date.fromisoformat(text)


def read_event(data: dict[str, Any], interviewers: tuple[Interviewer, ...]) -> Event:
    """One event of a document's ``"history"``; ``to`` indexes the interviewers."""
    kind = data["type"]
    at = dt.datetime.fromisoformat(data["at"])
    if kind == "ThankYouSent":
        return ThankYouSent(interviewers[data["to"]], at, channel=Channel(data["channel"]))
    if kind == "CallPlaced":
        return CallPlaced(
            at, result=CallResult(data["result"]), call_back_on=optional_day(data["call_back_on"])
        )
    if kind == "ThankYouSkipped":
        return ThankYouSkipped(interviewers[data["to"]], at)
    if kind == "DecisionPostponed":
        return DecisionPostponed(
            at,
            decision_by=optional_day(data["decision_by"]),
            follow_up_on=optional_day(data["follow_up_on"]),
        )
    if kind == "OutOfOffice":
        return OutOfOffice(at, dt.date.fromisoformat(data["until"]))
    if kind == "HeardBack":
        return HeardBack(at, outcome=Outcome(data["outcome"]))
    if kind == "CloseLoopSent":
        return CloseLoopSent(at, channel=Channel(data["channel"]))
    if kind == "MovedOn":
        return MovedOn(at)
    if kind == "Withdrew":
        return Withdrew(at)
    raise ValueError(f"not an event type: {kind!r}")


def read_workflow(text: str) -> Workflow:
    """The workflow of ``Workflow.to_dict``'s document, given as JSON text.

    Args:
        text: The JSON text of a schema-version-2 document without pinned
            holidays (the public API has no way to hand them in).

    Returns:
        The workflow started from the document's interview, agreement,
        policy and round, with its history applied event by event.
    """
    data = json.loads(text)
    if data["pinned_holidays"] is not None:
        raise ValueError("the public-API reader reads documents without pinned holidays")
    interview = read_interview(data["interview"])
    workflow = Workflow.start(
        interview,
        read_agreement(data["agreement"]),
        read_policy(data["policy"]),
        round=data["round"],
    )
    people = interview.interviewers
    for event in data["history"]:
        workflow = workflow.apply(read_event(event, people))
    return workflow
