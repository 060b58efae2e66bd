"""The world's calendars: weekends by country, and holiday calendars honoured exactly as given."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import holidays
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    ActionKind,
    Agreement,
    CallPlaced,
    Candidate,
    DecisionPostponed,
    Interview,
    Interviewer,
    InvalidInput,
    Policy,
    Position,
    RuleViolation,
    ThankYouSent,
    Workflow,
    _holidays,
)
from followup_rules._calendar import business_day_on_or_after, is_business_day

JERUSALEM = "Asia/Jerusalem"
DETROIT = "America/Detroit"


def example(zone: str, policy: Policy, agreement_day: dt.date | None = None) -> Workflow:
    """The strategy's example in ``zone``: interview Wed 16 Aug 2017, letters sent that evening."""
    decider = Interviewer("Morgan Lee", timezone=zone, decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "(313) 555-0142", timezone=zone),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider],
        pendulum.datetime(2017, 8, 16, 15, 30, tz=zone),
    )
    agreement = (
        Agreement.on_weekday(interview, 0) if agreement_day is None else Agreement(agreement_day)
    )
    workflow = Workflow.start(interview, agreement, policy)
    return workflow.apply(ThankYouSent(decider, pendulum.datetime(2017, 8, 16, 18, tz=zone)))


def calls(workflow: Workflow) -> list[dt.date]:
    """The planned calls' days."""
    return [a.due_on for a in workflow.plan() if a.kind is ActionKind.CALL]


# --- weekends -----------------------------------------------------------------


def test_israel_brings_its_own_weekend() -> None:
    """Policy.for_country("IL") plans on Sunday to Thursday: Friday and Saturday are the weekend."""
    policy = Policy.for_country("IL")
    assert policy.weekend == frozenset({4, 5})
    # "By next Thursday" (24 August): the follow-up is the first business day
    # after it, Sunday 27 August, not Friday 25 as in Detroit.
    israel = example(JERUSALEM, policy, dt.date(2017, 8, 24))
    assert israel.follow_up_on == dt.date(2017, 8, 27)
    assert calls(israel) == [
        dt.date(2017, 8, 27),
        dt.date(2017, 9, 3),
        dt.date(2017, 9, 10),
        dt.date(2017, 9, 17),
    ]
    detroit = example(DETROIT, Policy(), dt.date(2017, 8, 24))
    assert detroit.follow_up_on == dt.date(2017, 8, 25)


def test_a_call_on_the_weekend_day_of_another_country_is_checked_against_this_one() -> None:
    """A Sunday call is a business-day call in Jerusalem; the reason names Friday as the weekend."""
    israel = example(JERUSALEM, Policy.for_country("IL"), dt.date(2017, 8, 24))
    first = israel.plan()[0]
    assert "not Friday, August 25" not in first.reason  # weekends need no words here
    called = israel.apply(CallPlaced(pendulum.datetime(2017, 8, 27, 8, tz=JERUSALEM)))
    assert called.calls_made == 1


def test_an_explicit_weekend_wins_over_the_calendars() -> None:
    """A weekend given with a country calendar is the weekend, whatever the calendar's."""
    policy = Policy(holidays=holidays.country_holidays("IL"), weekend=[5, 6])
    assert policy.weekend == frozenset({5, 6})
    assert Policy.for_country("IL", weekend={5, 6}) == policy
    assert Policy(holidays=holidays.country_holidays("IL")).weekend == frozenset({4, 5})


def test_a_friday_weekend_moves_a_call_with_a_reason() -> None:
    """In Tehran (weekend Friday) the follow-up after a Thursday decision is Saturday."""
    policy = Policy(weekend={4})
    workflow = example("Asia/Tehran", policy, dt.date(2017, 8, 24))
    assert workflow.follow_up_on == dt.date(2017, 8, 26)
    assert workflow.follow_up_on.weekday() == 5


@pytest.mark.parametrize(
    "weekend", [[], [7], [-1], [1, 2, 3, 4], ["Saturday"], [True], "56", None, 5]
)
def test_bad_weekends_are_refused(weekend: object) -> None:
    """A weekend is one to three weekday numbers from 0 to 6; anything else is InvalidInput."""
    if weekend is None:
        assert Policy(weekend=None).weekend == frozenset({5, 6})
        return
    with pytest.raises(InvalidInput, match="weekend"):
        Policy(weekend=weekend)  # type: ignore[arg-type]


weekends = st.frozensets(st.integers(0, 6), min_size=1, max_size=3)
days = st.integers(dt.date(1990, 1, 1).toordinal(), dt.date(2040, 12, 31).toordinal())
holiday_sets = st.frozensets(days, max_size=20)


@given(days, weekends, holiday_sets)
def test_business_days_skip_exactly_the_weekend_and_the_holidays(
    ordinal: int, weekend: frozenset[int], holidays_: frozenset[int]
) -> None:
    """For every weekend: the next business day is the first day on or after that is neither."""
    found = business_day_on_or_after(ordinal, holidays_, "UTC", weekend)
    assert found >= ordinal
    assert dt.date.fromordinal(found).weekday() not in weekend
    assert found not in holidays_
    for skipped in range(ordinal, found):
        assert dt.date.fromordinal(skipped).weekday() in weekend or skipped in holidays_
    assert is_business_day(found, holidays_, "UTC", weekend)


@given(weekends, st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))
def test_every_planned_call_avoids_a_random_weekend(weekend: frozenset[int], day: dt.date) -> None:
    """With any weekend, every planned call and the close-the-loop fall on business days."""
    decider = Interviewer("Morgan Lee", decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100"),
        Position("Engineer", "Northwind"),
        [decider],
        pendulum.datetime(day.year, day.month, day.day, 12),
    )
    workflow = Workflow.start(
        interview, Agreement.within(interview, days=5), Policy(weekend=weekend)
    )
    for action in workflow.plan():
        if action.kind in (ActionKind.CALL, ActionKind.CLOSE_LOOP):
            assert action.due_on.weekday() not in weekend


# --- holiday calendars exactly as given -------------------------------------------


def test_observed_false_leaves_the_observed_day_a_business_day() -> None:
    """New Year's Day 2017 fell on a Sunday: observed=False keeps Monday 2 January a business day."""
    observed = Policy.for_country("US")
    exact = Policy.for_country("US", observed=False)
    assert exact == Policy(holidays=holidays.country_holidays("US", observed=False))
    monday = dt.date(2017, 1, 2)
    assert observed.holiday_name(monday) == "New Year's Day (observed)"
    assert exact.holiday_name(monday) is None
    assert observed != exact


def test_a_day_added_by_hand_counts_with_its_name() -> None:
    """A company day added to the calendar moves the follow-up and is named in the reason."""
    calendar = holidays.country_holidays("US", subdiv="MI")
    calendar[dt.date(2017, 8, 22)] = "Company day"
    policy = Policy(holidays=calendar)
    workflow = example(DETROIT, policy)
    assert workflow.follow_up_on == dt.date(2017, 8, 23)
    assert "Company day" in workflow.plan()[0].reason
    assert policy.calendar is not None
    assert policy.calendar.added == ((dt.date(2017, 8, 22), "Company day"),)


def test_a_day_removed_by_hand_is_a_business_day() -> None:
    """Labor Day removed from the calendar is a business day again."""
    calendar = holidays.country_holidays("US", years=2017)
    calendar.pop(dt.date(2017, 9, 4))
    policy = Policy(holidays=calendar)
    assert policy.holiday_name(dt.date(2017, 9, 4)) is None
    assert Policy.for_country("US").holiday_name(dt.date(2017, 9, 4)) == "Labor Day"
    assert policy.holiday_name(dt.date(2017, 11, 23)) == "Thanksgiving Day"


def test_categories_add_their_days() -> None:
    """categories=("public", "unofficial") keeps Halloween, which public holidays alone lack."""
    halloween = dt.date(2017, 10, 31)
    wider = Policy.for_country("US", categories=("public", "unofficial"))
    assert wider.holiday_name(halloween) == "Halloween"
    assert Policy.for_country("US").holiday_name(halloween) is None
    assert (
        Policy(holidays=holidays.country_holidays("US", categories=("public", "unofficial")))
        == wider
    )


def test_a_sum_of_calendars_counts_both() -> None:
    """holidays.country_holidays("US", subdiv="NY") + holidays.country_holidays("DE"): German Unity Day is a holiday too."""
    policy = Policy(
        holidays=holidays.country_holidays("US", subdiv="NY") + holidays.country_holidays("DE")
    )
    assert policy.calendar is not None
    assert [country.country for country in policy.calendar.countries] == ["US", "DE"]
    assert policy.holiday_name(dt.date(2017, 10, 3)) == "German Unity Day"
    assert policy.holiday_name(dt.date(2017, 7, 4)) == "Independence Day"
    assert policy.weekend == frozenset({5, 6})


def test_country_codes_are_normalised() -> None:
    """The codes "us" and "USA" are read as "US"; the policies are one."""
    assert Policy.for_country("us") == Policy.for_country("USA") == Policy.for_country("US")
    assert Policy.for_country("usa").country == "US"


def test_an_unknown_country_lists_close_matches() -> None:
    """An unknown code is InvalidInput naming codes close to it."""
    with pytest.raises(InvalidInput, match=r"close: .*'US'") as error:
        Policy.for_country("UX")
    assert error.value.field == "country"


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"categories": ("bogus",)}, "categories"),
        ({"categories": ()}, "categories"),
        ({"observed": "no"}, "observed"),
        ({"subdiv": "ZZ"}, "subdiv"),
    ],
)
def test_bad_calendar_settings_are_refused(arguments: dict[str, object], field: str) -> None:
    """Unknown categories or subdivisions, or a non-flag observed, are InvalidInput naming the setting."""
    with pytest.raises(InvalidInput) as error:
        Policy.for_country("US", **arguments)  # type: ignore[arg-type]
    assert error.value.field == field


def test_the_scripts_language_is_checked() -> None:
    """Language is one of the six supported ones; "en_gb" reads as "en-GB"; others list them."""
    assert Policy(language="en_gb").language == "en-GB"
    with pytest.raises(InvalidInput, match="en, en-GB, de, fr, es, pt-BR"):
        Policy(language="tlh")


def test_a_holiday_refuses_nothing_but_moves_the_plan() -> None:
    """A call on the company day itself is still refused only by the ordinary rules."""
    calendar = holidays.country_holidays("US", subdiv="MI")
    calendar[dt.date(2017, 8, 22)] = "Company day"
    workflow = example(DETROIT, Policy(holidays=calendar))
    with pytest.raises(RuleViolation, match="call-not-before-follow-up"):
        workflow.apply(CallPlaced(pendulum.datetime(2017, 8, 22, 8, tz=DETROIT)))


# --- saved documents are pinned ---------------------------------------------------


def test_a_saved_document_plans_the_same_after_a_holidays_upgrade(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Juneteenth: a call on Friday 2021-06-18, accepted before the data knew the day, loads and plans the same after."""
    real = _holidays._computed_year
    juneteenth_observed = dt.date(2021, 6, 18).toordinal()

    def before_juneteenth(countries: Any, year: int) -> Any:
        return {
            day: name for day, name in real(countries, year).items() if day != juneteenth_observed
        }

    def use(data: Any) -> None:
        monkeypatch.setattr(_holidays, "_computed_year", data)
        _holidays._calendar_year.cache_clear()

    use(before_juneteenth)
    decider = Interviewer("Morgan Lee", timezone=DETROIT, decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "(313) 555-0142", timezone=DETROIT),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider],
        pendulum.datetime(2021, 6, 14, 15, tz=DETROIT),
    )
    # "By Thursday": before the upgrade the follow-up is Friday 18 June.
    workflow = Workflow.start(interview, Agreement(dt.date(2021, 6, 17)), Policy.for_country("US"))
    workflow = workflow.apply(ThankYouSent(decider, pendulum.datetime(2021, 6, 14, 18, tz=DETROIT)))
    assert workflow.follow_up_on == dt.date(2021, 6, 18)
    workflow = workflow.apply(CallPlaced(pendulum.datetime(2021, 6, 18, 8, tz=DETROIT)))
    saved = json.dumps(workflow.to_dict())
    plan = workflow.plan()

    use(real)  # the upgrade: the data now knows Juneteenth
    assert Policy.for_country("US").holiday_name(dt.date(2021, 6, 18)) is not None
    loaded = Workflow.from_dict(json.loads(saved))
    assert loaded == workflow
    assert loaded.follow_up_on == dt.date(2021, 6, 18)
    assert loaded.plan() == plan
    # Without its pinned days, the same history means something else now.
    unpinned = json.loads(saved)
    unpinned["pinned_holidays"] = None
    with pytest.raises(RuleViolation, match="call-not-before-follow-up"):
        Workflow.from_dict(unpinned)
    # Saved again, the document keeps the days it was loaded with.
    assert (
        json.loads(json.dumps(loaded.to_dict()))["pinned_holidays"]
        == json.loads(saved)["pinned_holidays"]
    )


def test_a_workflow_past_its_pinned_span_uses_the_installed_calendar() -> None:
    """Outside the pinned days, the installed data answers: a late step still skips Thanksgiving."""
    decider = Interviewer("Morgan Lee", timezone=DETROIT, decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "(313) 555-0142", timezone=DETROIT),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider],
        pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT),
    )
    workflow = Workflow.start(
        interview, Agreement.on_weekday(interview, 0), Policy.for_country("US")
    )
    document = workflow.to_dict()
    assert document["pinned_holidays"]["last"] < "2017-11-23"
    loaded = Workflow.from_dict(json.loads(json.dumps(document)))
    # A postponement to Wednesday 22 November: the follow-up skips Thanksgiving.
    later = loaded.apply(ThankYouSent(decider, pendulum.datetime(2017, 8, 16, 18, tz=DETROIT)))
    later = later.apply(
        DecisionPostponed(
            pendulum.datetime(2017, 8, 20, 9, tz=DETROIT), decision_by=dt.date(2017, 11, 22)
        )
    )
    assert later.follow_up_on == dt.date(2017, 11, 24)
