"""Property tests of the scripts: facts match, no blanks, injection-proof, tones differ.

Workflows are random (names in any script, zones, agreements, policies,
holidays, optional fields present or absent) and advanced by a random number
of steps along their own plan, with letters sent late, calls placed late and
random channels, so scripts are rendered at random points of their history.
The facts are checked against an oracle written independently of the
library: dates are formatted with ``strftime`` and business days counted one
by one.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pendulum
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    CallResult,
    Candidate,
    Channel,
    CloseLoopSent,
    Interview,
    Interviewer,
    Policy,
    Position,
    Script,
    ThankYouSent,
    Tone,
    Workflow,
    permission_script,
    render,
)
from followup_rules._scripts import plan_scripts

ZONES = ("UTC", "America/Detroit", "Europe/Paris", "Asia/Kolkata", "Pacific/Chatham")

# --- Strategies ------------------------------------------------------------------

# A fixed sample of letters from many scripts: drawing from unicode categories
# directly is several times slower and finds nothing more here, since the
# scripts never look inside a value.
_LETTERS = st.sampled_from(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèøåßçñüĞŁŒœŸЖжЯяΩλΣשאعبअकক中日本한글ひカ"
)


@st.composite
def words(draw: st.DrawFn) -> str:
    """A word of unicode letters, possibly joined by apostrophes or hyphens (O'Brien, Jean-Luc)."""
    pieces = draw(st.lists(st.text(_LETTERS, min_size=1, max_size=8), min_size=1, max_size=2))
    word = pieces[0]
    for piece in pieces[1:]:
        word += draw(st.sampled_from("'-\u2019")) + piece
    return word


def phrases(max_words: int = 6) -> st.SearchStrategy[str]:
    """Text of one to ``max_words`` words, never containing the word "None"."""
    return (
        st.lists(words(), min_size=1, max_size=max_words)
        .map(" ".join)
        .filter(lambda text: "None" not in text)
    )


def names() -> st.SearchStrategy[str]:
    """Names: usually short, sometimes very long."""
    return st.one_of(phrases(3), phrases(12))


phones = st.from_regex(r"\+?[0-9]{1,3}( [0-9]{2,4}){1,3}", fullmatch=True)
emails = st.none() | st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.com", fullmatch=True)
zones = st.sampled_from(ZONES)


@st.composite
def interviews(draw: st.DrawFn, name_strategy: st.SearchStrategy[str] | None = None) -> Interview:
    """A random interview; every optional field may be absent."""
    if name_strategy is None:
        name_strategy = names()
    candidate = Candidate(
        draw(name_strategy), draw(phones), email=draw(emails), timezone=draw(zones)
    )
    count = draw(st.integers(1, 3))
    people_names = draw(st.lists(name_strategy, min_size=count, max_size=count, unique=True))
    decider = draw(st.integers(0, count - 1))
    people = [
        Interviewer(
            name,
            draw(st.none() | phrases(4)),
            email=draw(emails),
            timezone=draw(zones),
            decision_maker=index == decider,
        )
        for index, name in enumerate(people_names)
    ]
    day = draw(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)))
    hour = draw(st.integers(8, 19))
    ended_at = pendulum.datetime(day.year, day.month, day.day, hour, tz=candidate.timezone)
    return Interview(
        candidate,
        Position(draw(phrases(5)), draw(phrases(4))),
        people,
        ended_at,
        highlights=draw(st.lists(phrases(4), max_size=3)),
        qualifications=draw(st.lists(phrases(4), max_size=3)),
    )


@st.composite
def agreements(draw: st.DrawFn, interview: Interview) -> Agreement:
    """An agreement as people make them: a weekday, a number of days, none, or explicit dates."""
    permitted = draw(st.booleans())
    way = draw(st.sampled_from(["weekday", "within", "unspecified", "explicit"]))
    if way == "weekday":
        return Agreement.on_weekday(interview, draw(st.integers(0, 6)), calls_permitted=permitted)
    if way == "within":
        days = draw(st.integers(0, 21))
        return Agreement.within(interview, days=days, calls_permitted=permitted)
    if way == "unspecified":
        return Agreement.unspecified(interview, calls_permitted=permitted)
    decision_by = interview.held_on.add(days=draw(st.integers(0, 14)))
    follow_up_on = decision_by.add(days=draw(st.integers(1, 5)))
    return Agreement(decision_by, follow_up_on=follow_up_on, calls_permitted=permitted)


@st.composite
def policies(draw: st.DrawFn, interview: Interview) -> Policy:
    """A policy with random knobs and a few holidays in the weeks after the interview."""
    offsets = draw(st.lists(st.integers(0, 90), max_size=6))
    return Policy(
        max_calls=draw(st.integers(1, 4)),
        holidays=[interview.held_on.add(days=offset) for offset in offsets],
        call_interval_days=draw(st.integers(7, 10)),
        reply_window_days=draw(st.integers(1, 10)),
        tone=draw(st.sampled_from(Tone)),
    )


def last_instant(workflow: Workflow) -> pendulum.DateTime:
    """The latest instant the workflow has seen."""
    return workflow.history[-1].at if workflow.history else workflow.interview.ended_at


@st.composite
def advanced(draw: st.DrawFn, workflow: Workflow) -> Workflow:
    """The workflow after a random number of steps along its plan, done late or on time."""
    for _ in range(draw(st.integers(0, 10))):
        plan = workflow.plan()
        letters = [a for a in plan if a.kind is ActionKind.SEND_THANK_YOU]
        action = letters[0] if letters else plan[0]
        due = action.due_on
        base = pendulum.datetime(due.year, due.month, due.day, 8, tz=action.timezone)
        when = max(base.add(hours=draw(st.integers(0, 80))), last_instant(workflow))
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert action.contact is not None
            channel = draw(st.sampled_from([Channel.MAIL, Channel.EMAIL]))
            workflow = workflow.apply(ThankYouSent(action.contact, when, channel=channel))
        elif action.kind is ActionKind.CALL:
            result = draw(st.sampled_from(CallResult))
            workflow = workflow.apply(CallPlaced(when, result=result))
        elif action.kind is ActionKind.CLOSE_LOOP:
            channel = draw(st.sampled_from(close_loop_channels(workflow)))
            workflow = workflow.apply(CloseLoopSent(when, channel=channel))
        else:
            break
    return workflow


@st.composite
def workflows(draw: st.DrawFn, name_strategy: st.SearchStrategy[str] | None = None) -> Workflow:
    """A random workflow at a random point of its history."""
    interview = draw(interviews(name_strategy))
    start = Workflow.start(interview, draw(agreements(interview)), draw(policies(interview)))
    return draw(advanced(start))


def close_loop_channels(workflow: Workflow) -> list[Channel]:
    """The channels the close-the-loop message may take in this workflow."""
    if workflow.agreement.calls_permitted:
        return [Channel.EMAIL, Channel.VOICEMAIL]
    return [Channel.EMAIL, Channel.MAIL]


def channels_for(workflow: Workflow, action: Action) -> list[Channel | None]:
    """Every channel an action may be rendered in."""
    if action.kind is ActionKind.SEND_THANK_YOU:
        return [Channel.MAIL, Channel.EMAIL]
    if action.kind is ActionKind.CALL:
        return [Channel.VOICEMAIL]
    if action.kind is ActionKind.CLOSE_LOOP:
        return list(close_loop_channels(workflow))
    return [None]


def every_script(workflow: Workflow, tone: Tone) -> list[tuple[Action, Script]]:
    """Every script of a workflow's plan in one tone, in every channel."""
    return [
        (action, render(workflow, action, tone=tone, channel=channel))
        for action in workflow.plan()
        for channel in channels_for(workflow, action)
    ]


# --- The oracle --------------------------------------------------------------------


def spoken(day: dt.date) -> str:
    """A date as the scripts say it, "Tuesday, August 22", by strftime."""
    return f"{day:%A}, {day:%B} {day.day}"


def local_day(instant: dt.datetime, zone: str) -> dt.date:
    """The date of an instant on a zone's calendar."""
    return instant.astimezone(ZoneInfo(zone)).date()


def first_business_day_on_or_after(day: dt.date, policy: Policy) -> dt.date:
    """Count forward one day at a time past weekends and holidays."""
    while day.weekday() >= 5 or day in policy.holidays:
        day += dt.timedelta(days=1)
    return day


def letter_days(workflow: Workflow) -> dict[str, tuple[dt.date, Channel]]:
    """Each interviewer's letter day (candidate's calendar) and channel: sent, or as planned."""
    zone = workflow.interview.candidate.timezone
    days = {
        event.to.name: (local_day(event.at, zone), event.channel)
        for event in workflow.history
        if isinstance(event, ThankYouSent)
    }
    for action in workflow.plan():
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert action.contact is not None
            days[action.contact.name] = (action.due_on, Channel.MAIL)
    return days


def call_days(workflow: Workflow) -> list[dt.date]:
    """Every call's day (decision-maker's calendar): made, then planned."""
    zone = workflow.interview.decision_maker.timezone
    made = [local_day(e.at, zone) for e in workflow.history if isinstance(e, CallPlaced)]
    planned = [a.due_on for a in workflow.plan() if a.kind is ActionKind.CALL]
    return made + planned


TIMES = {1: "once", 2: "twice", 3: "three times", 4: "four times"}


def check_facts(workflow: Workflow, action: Action, script: Script) -> None:
    """Assert that every fact in the script is the workflow's own."""
    interview = workflow.interview
    body = script.body
    decider = interview.decision_maker
    candidate = interview.candidate
    assert interview.position.title in body
    if action.kind is not ActionKind.MOVE_ON:
        assert candidate.name in body
        assert candidate.phone in body
    if action.kind is ActionKind.SEND_THANK_YOU:
        contact = action.contact
        assert contact is not None
        assert contact.name in body
        assert interview.position.company in body
        for item in (*interview.highlights, *interview.qualifications):
            assert item in body
        assert spoken(letter_days(workflow)[contact.name][0]) in body
        if script.channel is Channel.MAIL:
            assert body.startswith(f"{spoken(action.due_on)}, {action.due_on.year}\n")
            if contact.title:
                assert f"\n{contact.name}\n{contact.title}\n" in body
        follow_up = spoken(workflow.follow_up_on)
        if contact == decider:
            assert f"{follow_up}." in body
        else:
            assert f"{follow_up}." not in body
    elif action.kind is ActionKind.CALL:
        assert action.attempt is not None
        assert decider.name in body
        decision_by = workflow.agreement.decision_by
        if decision_by == action.due_on - dt.timedelta(days=1):
            assert " yesterday" in body
        else:
            assert f"on {spoken(decision_by)}" in body
            assert "yesterday" not in body
        if action.attempt > 1:
            previous = call_days(workflow)[action.attempt - 2]
            assert f"after my call on {spoken(previous)}." in body
        else:
            assert "after my call" not in body
    elif action.kind is ActionKind.CLOSE_LOOP:
        assert decider.name in body
        first = letter_days(workflow)[decider.name][0]
        assert spoken(first) in body
        calls = len(call_days(workflow))
        if calls:
            assert f"called {TIMES[calls]} since" in body
        else:
            assert "called" not in body
        window = dt.timedelta(days=workflow.policy.reply_window_days)
        reply_by = first_business_day_on_or_after(action.due_on + window, workflow.policy)
        assert f"{spoken(reply_by)}." in body
    else:
        assert decider.name in body
        assert interview.position.company in body
        for person in interview.interviewers:
            day, channel = letter_days(workflow)[person.name]
            word = "letter" if channel is Channel.MAIL else "email"
            assert f"{person.name} by {word} on {spoken(day)}" in body
        for day in call_days(workflow):
            assert spoken(day) in body
        calls = len(call_days(workflow))
        if calls:
            assert f" {TIMES[calls]}" in body
        assert action.reply_by is not None
        assert spoken(action.reply_by) in body


_SPACE_BEFORE_PUNCTUATION = re.compile(r" [,.;:!?)]")
_EMPTY_SLOT = re.compile(r"(\bthe|\bat|\bon|\bby|\bis|\bthat's|\bDear|\bHi|\bHello) ?[,.;:!?]")


def assert_no_blanks(script: Script) -> None:
    """No placeholder left, no "None", no empty slot, no doubled space, no stray space."""
    for text in (script.body, script.subject or ""):
        assert "$" not in text
        assert "None" not in text
        assert "  " not in text
        assert not _SPACE_BEFORE_PUNCTUATION.search(text), text
        assert not _EMPTY_SLOT.search(text), text
        assert "\n\n\n" not in text
        assert not re.search(r"^ | $", text, re.MULTILINE)
        assert "()" not in text
    assert script.body
    assert script.subject is None or script.subject.strip() == script.subject != ""


# --- The properties ----------------------------------------------------------------


@given(workflow=workflows(), tone=st.sampled_from(Tone))
def test_facts_match_the_workflow(workflow: Workflow, tone: Tone) -> None:
    """Names, position, company, phone, dates and counts in every script equal the workflow's."""
    for action, script in every_script(workflow, tone):
        check_facts(workflow, action, script)


@given(workflow=workflows(), tone=st.sampled_from(Tone))
def test_no_blanks_ever(workflow: Workflow, tone: Tone) -> None:
    """No script has a placeholder left, a "None", an empty slot or a doubled space."""
    for _action, script in every_script(workflow, tone):
        assert_no_blanks(script)
    assert_no_blanks(permission_script(workflow.interview, workflow.agreement, tone=tone))


def test_the_blank_checks_can_fail() -> None:
    """The blank checks catch an empty slot, a "None", a left placeholder and a doubled space."""
    for bad in (
        "This is , a candidate.",
        "my number is .",
        "Hi None.",
        "Hi ${contact_name}.",
        "Hi  there.",
        "A\n\n\nB",
    ):
        try:
            assert_no_blanks(Script(None, None, bad))
        except AssertionError:
            continue
        raise AssertionError(f"not caught: {bad!r}")


@given(workflow=workflows())
def test_tones_differ_and_rendering_is_deterministic(workflow: Workflow) -> None:
    """The two tones differ for every script, and the same inputs give the same script."""
    direct = every_script(workflow, Tone.DIRECT)
    warm = every_script(workflow, Tone.WARM)
    assert direct == every_script(workflow, Tone.DIRECT)
    for (_, one), (_, other) in zip(direct, warm, strict=True):
        assert one.body != other.body
        assert one.channel is other.channel
    agreement = workflow.agreement
    interview = workflow.interview
    assert (
        permission_script(interview, agreement, tone=Tone.DIRECT).body
        != permission_script(interview, agreement, tone=Tone.WARM).body
    )


TRICKS = (
    "${position_title}",
    "${candidate_name}",
    "{0.__class__}",
    "{0.__globals__}",
    "%s",
    "%(company)s",
    "$$",
    "$",
    "\\1",
    "\\g<0>",
)


@given(
    workflow=workflows(name_strategy=st.sampled_from(["Bo Other", "Cy Third", "Di Fourth"])),
    trick=st.sampled_from(TRICKS),
    tone=st.sampled_from(Tone),
)
def test_hostile_names_appear_as_typed(workflow: Workflow, trick: str, tone: Tone) -> None:
    """A candidate name holding template, format or regex syntax appears verbatim, and nothing else changes."""
    interview = workflow.interview
    old = "Ann Plain"
    new = f"Zed {trick}"
    hostile = Interview(
        Candidate(new, interview.candidate.phone, timezone=interview.candidate.timezone),
        interview.position,
        interview.interviewers,
        interview.ended_at,
        highlights=interview.highlights,
        qualifications=interview.qualifications,
    )
    plain = Interview(
        Candidate(old, interview.candidate.phone, timezone=interview.candidate.timezone),
        interview.position,
        interview.interviewers,
        interview.ended_at,
        highlights=interview.highlights,
        qualifications=interview.qualifications,
    )
    mine = Workflow.start(hostile, workflow.agreement, workflow.policy)
    theirs = Workflow.start(plain, workflow.agreement, workflow.policy)
    for action in theirs.plan():
        for channel in channels_for(theirs, action):
            expected = render(theirs, action, tone=tone, channel=channel)
            got = render(mine, action, tone=tone, channel=channel)
            assert got.body == expected.body.replace(old, new)
            assert new in got.body or action.kind is ActionKind.MOVE_ON


_ORDINARY_NAMES = st.sampled_from(
    ["Morgan Lee", "Jordan Avery", "Maria Garcia Lopez", "Wei Zhang", "Anne-Marie O'Neill"]
)
_ORDINARY_TITLES = st.sampled_from(
    ["Analyst", "Senior Data Engineer", "Head of Customer Success", "Product Manager"]
)


@given(
    name=_ORDINARY_NAMES,
    decider_name=_ORDINARY_NAMES,
    title=_ORDINARY_TITLES,
    phone=st.sampled_from(["(313) 555-0142", "+1 313 555 0142", "07700 900123"]),
    weekday=st.integers(0, 6),
    day=st.dates(dt.date(2016, 1, 1), dt.date(2030, 12, 31)),
    zone=zones,
)
def test_builtin_voicemail_is_under_thirty_seconds(
    name: str, decider_name: str, title: str, phone: str, weekday: int, day: dt.date, zone: str
) -> None:
    """For ordinary names, every built-in voicemail takes under 30 seconds to say, in both tones."""
    interview = Interview(
        Candidate(name, phone, timezone=zone),
        Position(title, "Acme"),
        [Interviewer(decider_name, timezone=zone)],
        pendulum.datetime(day.year, day.month, day.day, 16, tz=zone),
    )
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, weekday))
    calls = [a for a in workflow.plan() if a.kind is ActionKind.CALL]
    assert len(calls) == 4
    for call in calls:
        for tone in Tone:
            assert render(workflow, call, tone=tone).speaking_seconds < 30


@given(workflow=workflows(), tone=st.one_of(st.none(), st.sampled_from(Tone)))
def test_the_plans_scripts_at_once_are_renders_one_by_one(
    workflow: Workflow, tone: Tone | None
) -> None:
    """plan_scripts, which exports use, writes exactly what render writes for each planned action."""
    plan = workflow.plan()
    assert plan_scripts(workflow, plan, tone=tone) == tuple(
        render(workflow, action, tone=tone) for action in plan
    )
