"""The value types: validated at the door, tidied once, frozen."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any, Literal

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    Agreement,
    Candidate,
    FollowUpError,
    Interview,
    Interviewer,
    InvalidInput,
    Policy,
    Position,
    RuleViolation,
    TemplateError,
    ThankYouSent,
    Tone,
)
from tests.conftest import DETROIT

LETTERS: tuple[Literal["L"]] = ("L",)
ENDED = pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT)


def test_errors_share_one_base_that_is_a_value_error() -> None:
    """Every error class is a FollowUpError and a ValueError."""
    for kind in (InvalidInput, RuleViolation, TemplateError):
        assert issubclass(kind, FollowUpError)
        assert issubclass(kind, ValueError)


@given(
    st.text(alphabet=st.sampled_from(" \t\n\u00a0\u2003"), max_size=3),
    st.lists(
        st.text(alphabet=st.characters(categories=LETTERS), min_size=1), min_size=1, max_size=4
    ),
    st.text(alphabet=st.sampled_from(" \t\n\u00a0\u2003"), min_size=1, max_size=3),
)
def test_text_is_stripped_and_inner_white_space_collapsed(
    edge: str, words: list[str], gap: str
) -> None:
    """Names are stored stripped, with every run of white space made one space."""
    candidate = Candidate(edge + gap.join(words) + edge, "555 0100")
    assert candidate.name == " ".join(words)


@pytest.mark.parametrize("bad", ["", "   ", "Ann\x00Lee", "Ann\x1bLee", "x" * 1001])
def test_bad_names_are_refused(bad: str) -> None:
    """Empty names, control characters and absurdly long names raise InvalidInput."""
    with pytest.raises(InvalidInput) as caught:
        Candidate(bad, "555 0100")
    assert caught.value.field == "name"


@pytest.mark.parametrize("bad", [None, 42, b"Ann"])
def test_names_must_be_text(bad: object) -> None:
    """A name that is not a string is refused."""
    with pytest.raises(InvalidInput, match="text"):
        Interviewer(bad)  # type: ignore[arg-type]


def test_phone_needs_a_digit_and_email_an_at_sign() -> None:
    """A phone number without digits or a malformed email is refused."""
    with pytest.raises(InvalidInput, match="digits"):
        Candidate("Ann", "call me")
    with pytest.raises(InvalidInput, match="email"):
        Candidate("Ann", "555 0100", email="ann at example")
    assert Candidate("Ann", "555 0100", email="  ").email is None


@pytest.mark.parametrize(
    "zone", ["Mars/Olympus", "localtime", "Factory", "posixrules", "", "A" * 5000, 5]
)
def test_zone_names_must_name_a_place(zone: object) -> None:
    """Unknown, odd, huge or non-string zone names raise InvalidInput, never OSError."""
    with pytest.raises(InvalidInput) as caught:
        Candidate("Ann", "555 0100", timezone=zone)  # type: ignore[arg-type]
    assert caught.value.field == "timezone"


def test_zone_objects_are_accepted_by_name() -> None:
    """A zoneinfo or pendulum zone object is stored as its name."""
    assert Candidate("A", "1", timezone=zoneinfo.ZoneInfo(DETROIT)).timezone == DETROIT
    assert Interviewer("B", timezone=pendulum.timezone("Asia/Kolkata")).timezone == "Asia/Kolkata"


def test_values_are_frozen() -> None:
    """Assigning to a value's attribute raises."""
    candidate = Candidate("Ann", "555 0100")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        candidate.name = "Bo"  # type: ignore[misc]


def people(count: int, decider: int | None) -> list[Interviewer]:
    """``count`` distinct interviewers, the one at ``decider`` marked."""
    return [Interviewer(f"Person {i}", decision_maker=i == decider) for i in range(count)]


def test_lone_interviewer_is_the_decision_maker_unmarked() -> None:
    """A single interviewer decides without being marked, and is kept as given."""
    (only,) = people(1, None)
    interview = Interview(Candidate("A", "1"), Position("T", "C"), [only], ENDED)
    assert interview.decision_maker == only
    assert interview.interviewers[0].decision_maker is False


@pytest.mark.parametrize(
    ("interviewers", "message"),
    [
        ([], "at least one"),
        (people(2, None), "exactly one"),
        ([*people(2, 0), Interviewer("X", decision_maker=True)], "exactly one"),
        ([*people(2, 0), Interviewer("Person 1")], "twice"),
        (["Person 0"], "Interviewer values"),
        (Interviewer("Solo"), "sequence"),
    ],
)
def test_interviewers_are_checked(interviewers: object, message: str) -> None:
    """No interviewer, an ambiguous decision-maker, duplicates or non-interviewers are refused."""
    with pytest.raises(InvalidInput, match=message):
        Interview(Candidate("A", "1"), Position("T", "C"), interviewers, ENDED)  # type: ignore[arg-type]


def test_interviewers_sharing_a_name_are_not_duplicates() -> None:
    """Two people of one name, told apart by another value, are both kept; one person twice is not."""
    first = Interviewer("Sam Lee", "Director", decision_maker=True)
    namesake = Interviewer("Sam Lee", "Recruiter")
    interview = Interview(Candidate("A", "1"), Position("T", "C"), (first, namesake), ENDED)
    assert interview.interviewers == (first, namesake)
    again = Interviewer("Sam Lee", "Director", decision_maker=True)
    with pytest.raises(InvalidInput, match="twice"):
        Interview(Candidate("A", "1"), Position("T", "C"), (first, namesake, again), ENDED)


@pytest.mark.parametrize("kind", [list, tuple, iter, lambda items: (item for item in items)])
def test_any_iterable_of_interviewers_and_texts_is_taken(kind: Any) -> None:
    """Lists and tuples take a shortcut past the Iterable check; other iterables still work."""
    interview = Interview(
        Candidate("A", "1"), Position("T", "C"), kind(people(2, 1)), ENDED, kind(["h"]), kind(["q"])
    )
    assert interview.interviewers == tuple(people(2, 1))
    assert (interview.highlights, interview.qualifications) == (("h",), ("q",))


def test_sequences_become_tuples() -> None:
    """Lists given for interviewers, highlights and qualifications are stored as tuples."""
    interview = Interview(
        Candidate("A", "1"), Position("T", "C"), people(2, 1), ENDED, ["h"], ["q"]
    )
    assert isinstance(interview.interviewers, tuple)
    assert interview.highlights == ("h",)
    assert interview.qualifications == ("q",)
    with pytest.raises(InvalidInput, match="highlights"):
        Interview(Candidate("A", "1"), Position("T", "C"), people(1, 0), ENDED, "one string")


def test_naive_datetimes_are_refused() -> None:
    """ended_at and event times must be timezone-aware."""
    with pytest.raises(InvalidInput, match="naive") as caught:
        Interview(Candidate("A", "1"), Position("T", "C"), people(1, 0), dt.datetime(2017, 8, 16))
    assert caught.value.field == "ended_at"
    with pytest.raises(InvalidInput, match="naive"):
        ThankYouSent(Interviewer("A"), dt.datetime(2017, 8, 16))
    with pytest.raises(InvalidInput, match="datetime"):
        ThankYouSent(Interviewer("A"), dt.date(2017, 8, 16))  # type: ignore[arg-type]


def test_instants_are_stored_in_utc_and_equal_to_the_input() -> None:
    """A stdlib datetime with a zoneinfo zone, even in a repeated hour, keeps its instant in UTC."""
    ordinary = dt.datetime(2017, 8, 16, 15, 30, tzinfo=zoneinfo.ZoneInfo(DETROIT))
    assert ThankYouSent(Interviewer("A"), ordinary).at == ordinary
    # In a repeated hour PEP 495 makes == across zones False, so compare instants.
    given_at = dt.datetime(2017, 11, 5, 1, 30, fold=1, tzinfo=zoneinfo.ZoneInfo(DETROIT))
    event = ThankYouSent(Interviewer("A"), given_at)
    assert event.at.timestamp() == given_at.timestamp()
    assert event.at.timezone_name == "UTC"
    assert event.at.isoformat() == "2017-11-05T06:30:00+00:00"


def test_agreement_dates() -> None:
    """Agreement converts stdlib dates, refuses datetimes, and wants follow_up_on after decision_by."""
    agreement = Agreement(dt.date(2017, 8, 21))
    assert type(agreement.decision_by) is pendulum.Date
    with pytest.raises(InvalidInput, match="calendar date"):
        Agreement(pendulum.datetime(2017, 8, 21))
    with pytest.raises(InvalidInput, match="after decision_by") as caught:
        Agreement(dt.date(2017, 8, 21), dt.date(2017, 8, 21))
    assert caught.value.field == "follow_up_on"
    with pytest.raises(InvalidInput, match="calls_permitted"):
        Agreement(dt.date(2017, 8, 21), calls_permitted="yes")  # type: ignore[arg-type]


def example_interview(tz: str = DETROIT) -> Interview:
    """The strategy's example interview, in another zone if asked."""
    return Interview(
        Candidate("A", "1"),
        Position("T", "C"),
        [Interviewer("D", timezone=tz)],
        ENDED,
    )


def test_named_agreements_on_the_strategys_example() -> None:
    """Next Monday, within two weeks and no date given, from Wednesday 16 August 2017."""
    interview = example_interview()
    assert Agreement.on_weekday(interview, 0).decision_by == dt.date(2017, 8, 21)
    assert Agreement.on_weekday(interview, 2).decision_by == dt.date(2017, 8, 23)
    assert Agreement.within(interview, days=14).decision_by == dt.date(2017, 8, 30)
    assert Agreement.unspecified(interview).decision_by == dt.date(2017, 8, 23)
    assert Agreement.unspecified(interview, Policy(default_wait_days=3)).decision_by == dt.date(
        2017, 8, 19
    )
    assert not Agreement.within(interview, days=5, calls_permitted=False).calls_permitted


def test_interview_date_is_the_deciders() -> None:
    """An interview ending 15:30 in Detroit is on the 17th for a decision-maker in Tokyo."""
    interview = example_interview("Asia/Tokyo")
    assert interview.held_on == dt.date(2017, 8, 17)
    assert Agreement.on_weekday(interview, 0).decision_by == dt.date(2017, 8, 21)
    assert Agreement.on_weekday(interview, 3).decision_by == dt.date(2017, 8, 24)


@pytest.mark.parametrize("weekday", [-1, 7, 1.0, True, "Monday"])
def test_on_weekday_refuses_bad_weekdays(weekday: object) -> None:
    """Weekdays are whole numbers from 0 to 6."""
    with pytest.raises(InvalidInput, match="weekday"):
        Agreement.on_weekday(example_interview(), weekday)  # type: ignore[arg-type]


def test_named_constructors_refuse_bad_arguments() -> None:
    """A non-interview, negative days or a non-policy raise InvalidInput."""
    with pytest.raises(InvalidInput, match="Interview"):
        Agreement.within("interview", days=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="days"):
        Agreement.within(example_interview(), days=-1)
    with pytest.raises(InvalidInput, match="Policy"):
        Agreement.unspecified(example_interview(), 7)  # type: ignore[arg-type]


def test_policy_defaults_are_the_strategys() -> None:
    """Four calls a week apart, a week to reply, calls 08-09 and 17-18."""
    policy = Policy()
    assert (policy.max_calls, policy.call_interval_days, policy.reply_window_days) == (4, 7, 7)
    assert (policy.workday_start, policy.workday_end) == (dt.time(9), dt.time(17))
    assert policy.call_window_minutes == 60
    assert policy.tone is Tone.DIRECT
    assert policy.holidays == frozenset()


@pytest.mark.parametrize(
    ("knobs", "field"),
    [
        ({"max_calls": 0}, "max_calls"),
        ({"max_calls": 5}, "max_calls"),
        ({"max_calls": True}, "max_calls"),
        ({"call_interval_days": 6}, "call_interval_days"),
        ({"reply_window_days": 0}, "reply_window_days"),
        ({"default_wait_days": 0}, "default_wait_days"),
        ({"workday_start": dt.time(17), "workday_end": dt.time(9)}, "workday_start"),
        ({"workday_start": dt.time(0, 30)}, "call_window_minutes"),
        ({"workday_end": dt.time(23, 30)}, "call_window_minutes"),
        ({"call_window_minutes": 0}, "call_window_minutes"),
        ({"workday_start": "09:00"}, "workday_start"),
        ({"workday_start": dt.time(9, tzinfo=dt.timezone.utc)}, "workday_start"),
        ({"holidays": "2017-09-04"}, "holidays"),
        ({"holidays": [dt.datetime(2017, 9, 4)]}, "holidays"),
        ({"tone": "warm"}, "tone"),
    ],
)
def test_policy_knobs_are_checked(knobs: dict[str, object], field: str) -> None:
    """Out-of-range knobs raise InvalidInput naming the field."""
    with pytest.raises(InvalidInput) as caught:
        Policy(**knobs)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_longer_intervals_and_fewer_calls_are_fine() -> None:
    """A fortnightly interval and a single call are accepted."""
    policy = Policy(1, [dt.date(2017, 9, 4)], call_interval_days=14)
    assert policy.max_calls == 1
    assert policy.holidays == frozenset({pendulum.Date(2017, 9, 4)})


@pytest.mark.parametrize(
    "kind", [Candidate, Interviewer, Position, Interview, Agreement], ids=lambda kind: kind.__name__
)
def test_positional_patterns_match_field_by_field(kind: type) -> None:
    """Positional patterns (``case Interviewer(name, title)``) match the positional fields in order."""
    assert vars(kind)["__match_args__"] == tuple(
        field.name for field in attrs.fields(kind) if field.init and not field.kw_only
    )


def test_evolve_goes_through_the_checks() -> None:
    """attrs.evolve goes through the converters and checks, so it tidies and validates the new values."""
    person = Interviewer("Morgan Lee", decision_maker=True)
    assert attrs.evolve(person, name="  Morgan   Lee ").name == "Morgan Lee"
    with pytest.raises(InvalidInput, match="decision_maker"):
        attrs.evolve(person, decision_maker="yes")  # type: ignore[arg-type]


def test_checks_hold_with_attrs_validators_switched_off() -> None:
    """Switching attrs' validators off globally does not let a bad value in."""
    with attrs.validators.disabled(), pytest.raises(InvalidInput, match="decision_maker"):
        Interviewer("Morgan Lee", decision_maker="yes")  # type: ignore[arg-type]
    with attrs.validators.disabled(), pytest.raises(InvalidInput, match="calls_permitted"):
        Agreement(dt.date(2017, 8, 21), calls_permitted=1)  # type: ignore[arg-type]
