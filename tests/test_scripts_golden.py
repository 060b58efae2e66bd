"""Golden files: the full text of every script of two stories, in both tones.

Each script is compared exactly with its file under
``tests/golden/<story>/<tone>/``, so any change of wording shows up as a
diff in review. After an intended change, regenerate the files and read the
diff before committing:

    UPDATE_GOLDEN=1 pytest tests/test_scripts_golden.py

The stories are told as they happen: each script is written on the day its
step comes due, after the steps before it were done, so a file holds what
the candidate would really send or say.

* ``example``: the strategy's own example (an interview on Wednesday,
  16 August 2017 in Detroit, a decision promised for Monday), every step and
  every answer; plus, as ``written_*``, the same interview when the
  decision-maker asked not to be called.
* ``<language>/example``: the strategy's example in every other language
  (``en-GB``, ``de``, ``fr``, ``es``, ``pt-BR``), with the salutation,
  highlights and qualifications a candidate would type in it.
* ``three_zones``: a candidate in Sydney, a decision-maker in New York (with
  a salutation and a postal address), interviewers in London and Kolkata
  (with their own highlights), a call-back, a postponement and US holidays.

A file holds a ``channel:`` line, a ``to:`` line, a ``subject:`` line (``-``
when there is none), a blank line, then the body.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pendulum
import pytest

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    CallResult,
    Candidate,
    Channel,
    CloseLoopSent,
    DecisionPostponed,
    HeardBack,
    Interview,
    Interviewer,
    Outcome,
    Policy,
    Position,
    Script,
    ThankYouSent,
    Tone,
    Withdrew,
    Workflow,
    permission_script,
    render,
)
from followup_rules._language import LANGUAGES

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
DETROIT = "America/Detroit"
NEW_YORK = "America/New_York"


def as_text(script: Script) -> str:
    """The golden-file form of a script."""
    channel = script.channel.name if script.channel is not None else "-"
    subject = script.subject if script.subject is not None else "-"
    return f"channel: {channel}\nto: {script.to or '-'}\nsubject: {subject}\n\n{script.body}\n"


def slug(name: str) -> str:
    """A file-name form of a person's name."""
    return name.lower().replace(" ", "_")


Scripts = dict[str, Script]


def letters_due(workflow: Workflow, tone: Tone, scripts: Scripts) -> None:
    """Write every planned thank-you letter, by mail and by email."""
    for action in workflow.plan():
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert action.contact is not None
            for channel in (Channel.MAIL, Channel.EMAIL):
                name = f"thank_you_{channel.name.lower()}_{slug(action.contact.name)}"
                scripts[name] = render(workflow, action, tone=tone, channel=channel)


def next_action(workflow: Workflow) -> tuple[pendulum.DateTime, Action]:
    """The next planned action, and the first moment of its due day in its zone."""
    action = workflow.plan()[0]
    due = action.due_on
    return pendulum.datetime(due.year, due.month, due.day, tz=action.timezone), action


def answers(
    workflow: Workflow, at: pendulum.DateTime, tone: Tone, scripts: Scripts, prefix: str = ""
) -> None:
    """Write the answer to every way of hearing back, and a withdrawal, as if each came at ``at``."""
    for outcome in Outcome:
        event = HeardBack(at, outcome)
        scripts[f"{prefix}heard_back_{outcome.value}"] = render(
            workflow.apply(event), event, tone=tone
        )
    withdrew = Withdrew(at)
    scripts[f"{prefix}withdrawal"] = render(workflow.apply(withdrew), withdrew, tone=tone)


def calls_and_close(
    workflow: Workflow,
    tone: Tone,
    scripts: Scripts,
    prefix: str,
    placed: Callable[[int, pendulum.DateTime], CallPlaced],
) -> Workflow:
    """Write and place every planned call, then write and send the close-the-loop message."""
    while True:
        start, action = next_action(workflow)
        kind = action.kind
        if kind is not ActionKind.CALL:
            break
        attempt = action.attempt
        assert attempt is not None
        now = start.add(hours=8)
        scripts[f"{prefix}voicemail_{attempt}"] = render(workflow, action, now=now, tone=tone)
        scripts[f"{prefix}talking_points_{attempt}"] = render(
            workflow,
            action,
            now=now,
            tone=tone,
            channel=Channel.PHONE,
        )
        workflow = workflow.apply(placed(attempt, start))
    assert kind is ActionKind.CLOSE_LOOP
    now = start.add(hours=9)
    for channel in (Channel.EMAIL, Channel.VOICEMAIL):
        name = f"{prefix}close_loop_{channel.name.lower()}"
        scripts[name] = render(workflow, action, now=now, tone=tone, channel=channel)
    return workflow.apply(CloseLoopSent(now))


def move_on(workflow: Workflow, tone: Tone, scripts: Scripts, prefix: str = "") -> None:
    """Write the move-on summary on its due day."""
    start, action = next_action(workflow)
    scripts[f"{prefix}move_on"] = render(workflow, action, now=start.add(hours=9), tone=tone)


def example_story(interview: Interview, tone: Tone, language: str = "en") -> Scripts:
    """Every script of the strategy's example, written as the story happens, in a language."""
    scripts: Scripts = {}
    policy = Policy(language=language)
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0), policy)
    scripts["permission"] = permission_script(workflow, tone=tone)
    letters_due(workflow, tone, scripts)
    evening = pendulum.datetime(2017, 8, 16, 19, tz=DETROIT)
    for person in interview.interviewers:
        workflow = workflow.apply(ThankYouSent(person, evening))

    def voicemail(_attempt: int, day: pendulum.DateTime) -> CallPlaced:
        return CallPlaced(day.add(hours=8, minutes=15))

    before_calls = workflow
    workflow = calls_and_close(workflow, tone, scripts, "", voicemail)
    move_on(workflow, tone, scripts)
    # What may come instead, after the second call: an answer, or a new date.
    second = calls_after(before_calls, 2)
    answers(second, pendulum.datetime(2017, 8, 30, 11, tz=DETROIT), tone, scripts)
    postponed = DecisionPostponed(
        pendulum.datetime(2017, 8, 30, 11, tz=DETROIT), decision_by=pendulum.date(2017, 9, 8)
    )
    scripts["decision_postponed"] = render(second.apply(postponed), postponed, tone=tone)
    # The same interview when the decision-maker asked to be written to, not called.
    written = Workflow.start(
        interview, Agreement.on_weekday(interview, 0, calls_permitted=False), policy
    )
    scripts["written_permission"] = permission_script(written, tone=tone)
    for person in interview.interviewers:
        written = written.apply(ThankYouSent(person, evening, Channel.EMAIL))
    start, action = next_action(written)
    for channel in (Channel.EMAIL, Channel.MAIL):
        name = f"written_close_loop_{channel.name.lower()}"
        scripts[name] = render(written, action, now=start.add(hours=9), tone=tone, channel=channel)
    written = written.apply(CloseLoopSent(start.add(hours=9), Channel.MAIL))
    move_on(written, tone, scripts, "written_")
    return scripts


def calls_after(workflow: Workflow, count: int) -> Workflow:
    """The workflow with its next ``count`` planned calls placed at 08:15 on their days."""
    for _ in range(count):
        start, _action = next_action(workflow)
        workflow = workflow.apply(CallPlaced(start.add(hours=8, minutes=15)))
    return workflow


def three_zones_interview() -> Interview:
    """A candidate in Sydney; interviewers in New York, London and Kolkata."""
    decider = Interviewer(
        "Morgan Lee",
        "Director of Engineering",
        email="morgan.lee@northwind.example",
        phone="+1 212 555 0187",
        timezone=NEW_YORK,
        decision_maker=True,
        salutation="Ms. Lee",
        address=["350 Fifth Avenue", "New York, NY 10118"],
        highlights=["your account of how the data team grew from three people to thirty"],
    )
    peer = Interviewer(
        "Riley Chen",
        "Staff Engineer",
        email="riley.chen@northwind.example",
        timezone="Europe/London",
        salutation="Riley",
        highlights=["The whiteboard session on Kafka."],
    )
    recruiter = Interviewer(
        "Priya Natarajan",
        "Talent Partner",
        timezone="Asia/Kolkata",
        highlights=["hearing how the Bengaluru office works with New York"],
    )
    return Interview(
        Candidate(
            "Jordan Avery",
            "+61 2 5550 1234",
            email="jordan.avery@example.com",
            timezone="Australia/Sydney",
            address=["Unit 4, 21 Harbour Street", "Sydney NSW 2000", "Australia"],
        ),
        Position("Senior Data Engineer", "Northwind Analytics Inc."),
        [decider, peer, recruiter],
        pendulum.datetime(2017, 8, 16, 16, tz=NEW_YORK),
        highlights=["the walkthrough of the streaming pipeline redesign"],
        qualifications=["Six years building data platforms.", "leading a team of four"],
    )


def three_zones_story(tone: Tone) -> Scripts:
    """Every script of the three-zone case, written as the story happens."""
    scripts: Scripts = {}
    interview = three_zones_interview()
    decider = interview.decision_maker
    policy = Policy.for_country("US", "NY")
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0), policy)
    scripts["permission"] = permission_script(workflow, tone=tone)
    letters_due(workflow, tone, scripts)
    sydney_morning = pendulum.datetime(2017, 8, 17, 9, tz="Australia/Sydney")
    for person in interview.interviewers:
        workflow = workflow.apply(ThankYouSent(person, sydney_morning))
    # Call 1, on the agreed Tuesday: Morgan Lee picks up and asks for a call on Thursday.
    start, first = next_action(workflow)
    scripts["first_voicemail_1"] = render(workflow, first, now=start.add(hours=8), tone=tone)
    scripts["first_talking_points_1"] = render(
        workflow,
        first,
        now=start.add(hours=8),
        tone=tone,
        channel=Channel.PHONE,
    )
    workflow = workflow.apply(
        CallPlaced(start.add(hours=8, minutes=10), CallResult.SPOKE, pendulum.date(2017, 8, 24))
    )
    # Call 2, the call-back, after hours on Thursday: still deciding, "give us until Friday the 1st".
    start, second = next_action(workflow)
    scripts["first_voicemail_2"] = render(workflow, second, now=start.add(hours=17), tone=tone)
    scripts["first_talking_points_2"] = render(
        workflow,
        second,
        now=start.add(hours=17),
        tone=tone,
        channel=Channel.PHONE,
    )
    workflow = workflow.apply(CallPlaced(start.add(hours=17, minutes=30), CallResult.SPOKE))
    postponed = DecisionPostponed(start.add(hours=17, minutes=40), pendulum.date(2017, 9, 1))
    workflow = workflow.apply(postponed)
    scripts["decision_postponed"] = render(workflow, postponed, tone=tone)
    scripts["second_permission"] = permission_script(workflow, tone=tone)
    assert workflow.follow_up_on == pendulum.date(2017, 9, 5)  # after Labor Day

    def after_hours(_attempt: int, day: pendulum.DateTime) -> CallPlaced:
        return CallPlaced(day.add(hours=17, minutes=30), CallResult.NO_ANSWER)

    workflow = calls_and_close(workflow, tone, scripts, "second_", after_hours)
    answers(workflow, workflow.history[-1].at.add(days=2), tone, scripts)
    move_on(workflow, tone, scripts)
    assert decider.salutation is not None
    return scripts


def example_interview() -> Interview:
    """The strategy's example, as the fixtures of conftest.py build it."""
    return Interview(
        Candidate("Jordan Avery", "(313) 555-0142", email="jordan@example.com", timezone=DETROIT),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [
            Interviewer(
                "Morgan Lee",
                "Director of Engineering",
                email="morgan.lee@example.com",
                timezone=DETROIT,
                decision_maker=True,
            ),
            Interviewer("Riley Chen", "Technical Recruiter", timezone=DETROIT),
        ],
        pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT),
        highlights=["the walkthrough of the streaming pipeline redesign"],
        qualifications=["six years building data platforms", "leading a team of four"],
    )


OUTCOMES = [f"heard_back_{outcome.value}" for outcome in Outcome]
EXPECTED = {
    "example": {
        "permission",
        *(
            f"thank_you_{channel}_{person}"
            for channel in ("mail", "email")
            for person in ("morgan_lee", "riley_chen")
        ),
        *(
            f"{kind}_{attempt}"
            for kind in ("voicemail", "talking_points")
            for attempt in range(1, 5)
        ),
        "close_loop_email",
        "close_loop_voicemail",
        "move_on",
        *OUTCOMES,
        "withdrawal",
        "decision_postponed",
        "written_permission",
        "written_close_loop_email",
        "written_close_loop_mail",
        "written_move_on",
    },
    "three_zones": {
        "permission",
        *(
            f"thank_you_{channel}_{person}"
            for channel in ("mail", "email")
            for person in ("morgan_lee", "riley_chen", "priya_natarajan")
        ),
        *(
            f"first_{kind}_{attempt}"
            for kind in ("voicemail", "talking_points")
            for attempt in (1, 2)
        ),
        "decision_postponed",
        "second_permission",
        *(
            f"second_{kind}_{attempt}"
            for kind in ("voicemail", "talking_points")
            for attempt in range(1, 5)
        ),
        "second_close_loop_email",
        "second_close_loop_voicemail",
        *OUTCOMES,
        "withdrawal",
        "move_on",
    },
}

# What the candidate types, in each language: the decision-maker's salutation,
# the interview's highlights and the qualifications.
TYPED_IN = {
    "en-GB": (
        "Ms Lee",
        ["the walkthrough of the streaming pipeline redesign"],
        ["six years building data platforms", "leading a team of four"],
    ),
    "de": (
        "Frau Lee",
        ["die Vorstellung des neuen Designs der Streaming-Pipeline"],
        ["sechs Jahre Erfahrung mit Datenplattformen", "die Leitung eines Teams von vier Personen"],
    ),
    "fr": (
        "Madame Lee",
        ["la présentation de la refonte du pipeline de streaming"],
        [
            "six ans d'expérience dans les plateformes de données",
            "l'encadrement d'une équipe de quatre personnes",
        ],
    ),
    "es": (
        "Sra. Lee",
        ["la presentación del rediseño del pipeline de streaming"],
        [
            "seis años de experiencia en plataformas de datos",
            "la dirección de un equipo de cuatro personas",
        ],
    ),
    "pt-BR": (
        "Sra. Lee",
        ["a apresentação do novo desenho do pipeline de streaming"],
        [
            "seis anos de experiência com plataformas de dados",
            "a liderança de uma equipe de quatro pessoas",
        ],
    ),
}


def example_interview_in(language: str) -> Interview:
    """The strategy's example as a candidate writing in ``language`` would type it."""
    interview = example_interview()
    salutation, highlights, qualifications = TYPED_IN[language]
    decider = attrs.evolve(interview.interviewers[0], salutation=salutation)
    return attrs.evolve(
        interview,
        interviewers=[decider, interview.interviewers[1]],
        highlights=highlights,
        qualifications=qualifications,
    )


def _story_in(language: str) -> Callable[[Tone], Scripts]:
    return lambda tone: example_story(example_interview_in(language), tone, language)


STORIES: dict[str, Callable[[Tone], Scripts]] = {
    "example": lambda tone: example_story(example_interview(), tone),
    "three_zones": three_zones_story,
    # The same story in every other language, under golden/<language>/example/.
    **{f"{code}/example": _story_in(code) for code in LANGUAGES if code != "en"},
}
EXPECTED.update({story: EXPECTED["example"] for story in STORIES if story.endswith("/example")})


def cases() -> Iterator[tuple[str, Tone]]:
    """Every story in every tone."""
    for story in STORIES:
        for tone in Tone:
            yield story, tone


@pytest.mark.parametrize(
    ("story", "tone"), list(cases()), ids=lambda value: getattr(value, "value", value)
)
def test_scripts_match_the_golden_files(story: str, tone: Tone) -> None:
    """Every script of the story equals its checked-in golden file, character for character."""
    scripts = STORIES[story](tone)
    assert set(scripts) == EXPECTED[story]
    folder = GOLDEN / story / tone.value
    if UPDATE:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.txt"):
            stale.unlink()
        for name, script in scripts.items():
            (folder / f"{name}.txt").write_text(as_text(script), encoding="utf-8")
    on_disk = {path.stem for path in folder.glob("*.txt")}
    assert on_disk == EXPECTED[story], "regenerate with UPDATE_GOLDEN=1"
    for name, script in scripts.items():
        expected = (folder / f"{name}.txt").read_text(encoding="utf-8")
        assert as_text(script) == expected, f"{story}/{tone.value}/{name}.txt differs"


@pytest.mark.parametrize("story", list(STORIES))
def test_golden_files_of_the_two_tones_differ(story: str) -> None:
    """For every script, the DIRECT and WARM golden files hold different text."""
    for name in EXPECTED[story]:
        direct = (GOLDEN / story / "direct" / f"{name}.txt").read_text(encoding="utf-8")
        warm = (GOLDEN / story / "warm" / f"{name}.txt").read_text(encoding="utf-8")
        assert direct != warm, name


def test_the_example_story_is_the_fixtures_example(interview: Interview) -> None:
    """The golden example is exactly the conftest example, so the two cannot drift apart."""
    assert example_interview() == interview
