"""Country holiday calendars from the holidays package: accepted, stored by code, applied."""

from __future__ import annotations

import datetime as dt
import json
import sys

import holidays
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    ActionKind,
    Agreement,
    Candidate,
    Interview,
    Interviewer,
    InvalidInput,
    Policy,
    Position,
    Workflow,
)
from followup_rules._holidays import country_year
from tests.conftest import DETROIT


@pytest.fixture
def interview() -> Interview:
    """The strategy's example interview, with one decision-maker in Detroit."""
    return Interview(
        Candidate("Jordan Avery", "313 555 0142", timezone=DETROIT),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [Interviewer("Morgan Lee", timezone=DETROIT)],
        pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT),
    )


def call_days(workflow: Workflow) -> list[str]:
    """The ISO dates of the planned calls."""
    return [a.due_on.isoformat() for a in workflow.plan() if a.kind is ActionKind.CALL]


def test_a_calendar_object_is_stored_as_its_country_and_subdivision() -> None:
    """A holidays calendar object given as holidays is stored as its codes, like for_country."""
    policy = Policy(holidays=holidays.country_holidays("US", subdiv="MI"))
    assert (policy.country, policy.subdiv, policy.holidays) == ("US", "MI", frozenset())
    assert policy == Policy.for_country("US", "MI")
    assert hash(policy) == hash(Policy.for_country("US", "MI"))
    assert Policy.for_country("US", max_calls=2).max_calls == 2


def test_labor_day_from_the_package_moves_a_call(interview: Interview) -> None:
    """With Michigan's calendar, the call due on Labor Day 2017 moves to Tuesday 5 September."""
    agreement = Agreement(dt.date(2017, 8, 25))
    workflow = Workflow.start(interview, agreement, Policy.for_country("US", "MI"))
    assert call_days(workflow) == ["2017-08-28", "2017-09-05", "2017-09-12", "2017-09-19"]
    second = [a for a in workflow.plan() if a.kind is ActionKind.CALL][1]
    assert "Labor Day" in second.reason


def test_thanksgiving_moves_the_follow_up_day(interview: Interview) -> None:
    """A decision promised for Wednesday 22 November 2017 is followed up on Friday the 24th."""
    workflow = Workflow.start(
        interview,
        Agreement(dt.date(2017, 11, 22)),
        Policy(holidays=holidays.country_holidays("US")),
    )
    assert workflow.follow_up_on == dt.date(2017, 11, 24)


def test_given_dates_and_a_country_add_up(interview: Interview) -> None:
    """Dates given in holidays count as well as the country's calendar."""
    policy = Policy(holidays=[dt.date(2017, 8, 29)], country="US")
    workflow = Workflow.start(interview, Agreement(dt.date(2017, 8, 25)), policy)
    assert call_days(workflow)[:2] == ["2017-08-28", "2017-09-05"]
    assert policy.holiday_name(dt.date(2017, 8, 29)) == "a holiday"
    assert policy.holiday_name(dt.date(2017, 9, 4)) == "Labor Day"
    assert policy.holiday_name(dt.date(2017, 9, 5)) is None


def test_to_dict_stores_the_codes_not_the_dates(interview: Interview) -> None:
    """to_dict keeps the calendar's codes (with the days it pins); from_dict gives back an equal workflow."""
    workflow = Workflow.start(
        interview, Agreement.on_weekday(interview, 0), Policy.for_country("US", "MI")
    )
    data = json.loads(json.dumps(workflow.to_dict()))
    (country,) = data["policy"]["calendar"]["countries"]
    assert (country["country"], country["subdiv"]) == ("US", "MI")
    assert data["policy"]["holidays"] == []
    again = Workflow.from_dict(data)
    assert again == workflow
    assert again.plan() == workflow.plan()
    country["country"] = "Narnia"
    with pytest.raises(InvalidInput, match="country"):
        Workflow.from_dict(data)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"country": "ZZ"}, "no calendar for country 'ZZ'"),
        ({"country": "US", "subdiv": "ZZ"}, "no subdivision 'ZZ'"),
        ({"subdiv": "MI"}, "needs a country"),
        ({"country": 1}, "ISO 3166-1"),
        ({"holidays": holidays.financial_holidays("NYSE")}, "of no country"),
        ({"holidays": holidays.country_holidays("US"), "country": "FR"}, "give one of them"),
    ],
)
def test_bad_calendars_are_refused(arguments: dict[str, object], message: str) -> None:
    """Unknown countries or subdivisions, and calendars of no country, raise InvalidInput."""
    with pytest.raises(InvalidInput, match=message):
        Policy(**arguments)  # type: ignore[arg-type]


def test_a_missing_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the holidays package, asking for a country says which extra to install."""
    monkeypatch.setitem(sys.modules, "holidays", None)
    with pytest.raises(ImportError, match=r"followup_rules\[holidays\]"):
        Policy.for_country("US")


@given(st.dates(min_value=dt.date(2010, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_holiday_look_ups_match_the_package(day: dt.date) -> None:
    """A day is a holiday of the policy exactly when the package's Michigan calendar has it."""
    policy = Policy.for_country("US", "MI")
    calendar = holidays.country_holidays("US", subdiv="MI", years=day.year)
    assert (day.toordinal() in policy.holiday_ordinals) is (day in calendar)
    assert policy.holiday_name(day) == calendar.get(day)
    assert country_year("US", "MI", day.year) is country_year("US", "MI", day.year)
