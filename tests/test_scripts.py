"""Scripts for the strategy's example: facts, channels, history against projection, errors."""

from __future__ import annotations

import pickle

import attrs
import pendulum
import pytest

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    Candidate,
    Channel,
    CloseLoopSent,
    Interview,
    Interviewer,
    InvalidInput,
    Policy,
    Position,
    Script,
    TemplateError,
    ThankYouSent,
    Tone,
    Withdrew,
    Workflow,
    permission_script,
    placeholders,
    render,
)
from followup_rules._errors import MESSAGE_LENGTH
from tests.conftest import DETROIT


def at(
    month: int, day: int, hour: int = 10, minute: int = 0, tz: str = DETROIT
) -> pendulum.DateTime:
    """An instant in 2017, by default in Detroit."""
    return pendulum.datetime(2017, month, day, hour, minute, tz=tz)


def actions(workflow: Workflow, kind: ActionKind) -> list[Action]:
    """The plan's actions of one kind."""
    return [action for action in workflow.plan() if action.kind is kind]


def letters_sent(workflow: Workflow, when: pendulum.DateTime | None = None) -> Workflow:
    """The workflow with every letter sent by mail at ``when`` (default: the interview's evening)."""
    when = when or at(8, 16, 19)
    for person in workflow.interview.interviewers:
        workflow = workflow.apply(ThankYouSent(person, when))
    return workflow


def calls_made(workflow: Workflow, *days: tuple[int, int]) -> Workflow:
    """The workflow with a call placed at 08:15 Detroit on each (month, day)."""
    for month, day in days:
        workflow = workflow.apply(CallPlaced(at(month, day, 8, 15)))
    return workflow


FOUR_CALLS = ((8, 22), (8, 29), (9, 5), (9, 12))


# --- Script --------------------------------------------------------------------


def test_script_is_frozen_and_counts_words() -> None:
    """Script is a frozen attrs value whose word count and speaking time follow its body."""
    script = Script(Channel.VOICEMAIL, None, "one two  three\nfour (555) 0142")
    assert script.word_count == 6
    assert script.speaking_seconds == pytest.approx(6 * 60 / 150)
    assert attrs.has(Script)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        script.body = "x"  # type: ignore[misc]


# --- Step 1 --------------------------------------------------------------------


def test_permission_names_the_promised_days(interview: Interview) -> None:
    """The permission script offers back Monday, August 21 and asks to call on Tuesday, August 22."""
    for tone in Tone:
        script = permission_script(interview, Agreement.on_weekday(interview, 0), tone=tone)
        assert script.channel is None
        assert script.subject is None
        assert "Monday, August 21?" in script.body
        assert "Tuesday, August 22?" in script.body
        assert "Morgan Lee" in script.body


def test_permission_resolves_the_follow_up_day_like_the_workflow(interview: Interview) -> None:
    """A follow-up day on a holiday or weekend moves to the next business day, as the workflow does."""
    holiday = Policy(holidays=[pendulum.date(2017, 8, 22)])
    script = permission_script(interview, Agreement.on_weekday(interview, 0), policy=holiday)
    assert "Wednesday, August 23?" in script.body
    saturday = Agreement(pendulum.date(2017, 8, 21), follow_up_on=pendulum.date(2017, 8, 26))
    assert "Monday, August 28?" in permission_script(interview, saturday).body


def test_permission_tone_defaults_to_the_policy(interview: Interview) -> None:
    """Without `tone`, the permission script is written in the policy's tone, and tones differ."""
    agreement = Agreement.on_weekday(interview, 0)
    warm = permission_script(interview, agreement, policy=Policy(tone=Tone.WARM))
    assert warm == permission_script(interview, agreement, tone=Tone.WARM)
    assert warm != permission_script(interview, agreement)


def test_permission_refuses_bad_input(interview: Interview) -> None:
    """A decision promised before the interview, or a wrong argument type, raises InvalidInput."""
    with pytest.raises(InvalidInput, match="decision_by"):
        permission_script(interview, Agreement(pendulum.date(2017, 8, 1)))
    with pytest.raises(InvalidInput, match="tone"):
        permission_script(interview, Agreement.on_weekday(interview, 0), tone="warm")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="interview"):
        permission_script("interview", Agreement.on_weekday(interview, 0))  # type: ignore[arg-type]


def test_permission_custom_template(interview: Interview) -> None:
    """A custom permission template is filled with the decision-maker and the two days."""
    script = permission_script(
        interview,
        Agreement.on_weekday(interview, 0),
        templates={"permission": "${contact_name}: ${decision_by} / ${follow_up_on}"},
    )
    assert script.body == "Morgan Lee: Monday, August 21 / Tuesday, August 22"


# --- Step 2 --------------------------------------------------------------------


def test_letter_layout(workflow: Workflow) -> None:
    """The printed letter has a dated line with the year, an address block, a salutation and a signature."""
    action = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    script = render(workflow, action)
    assert script.channel is Channel.MAIL
    assert script.subject is None
    assert script.body.startswith(
        "Wednesday, August 16, 2017\n\nMorgan Lee\nDirector of Engineering\n"
        "Northwind Analytics\n\nDear Morgan Lee,\n\n"
    )
    assert script.body.endswith("\n\nJordan Avery\n(313) 555-0142\njordan@example.com")


def test_letter_says_every_required_thing(workflow: Workflow) -> None:
    """Each letter thanks, names position and company, recaps every highlight and qualification."""
    for action in actions(workflow, ActionKind.SEND_THANK_YOU):
        for channel in (Channel.MAIL, Channel.EMAIL):
            body = render(workflow, action, channel=channel).body
            assert "Thank you" in body
            assert "Senior Data Engineer" in body
            assert "Northwind Analytics" in body
            assert "the walkthrough of the streaming pipeline redesign" in body
            assert "six years building data platforms and leading a team of four" in body


def test_only_the_decision_makers_letter_names_the_follow_up_day(workflow: Workflow) -> None:
    """The decision-maker's letter looks forward to speaking on Tuesday, August 22; the other's does not."""
    to_decider, to_recruiter = actions(workflow, ActionKind.SEND_THANK_YOU)
    for tone in Tone:
        decider_body = render(workflow, to_decider, tone=tone).body
        assert "speaking with you" in decider_body
        assert "on Tuesday, August 22." in decider_body
        recruiter_body = render(workflow, to_recruiter, tone=tone).body
        assert "August 22" not in recruiter_body
        assert "speaking" not in recruiter_body


def test_email_letter_has_a_subject_and_no_address_block(workflow: Workflow) -> None:
    """The emailed thank-you has a subject and opens with the salutation."""
    action = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    script = render(workflow, action, channel=Channel.EMAIL)
    assert script.channel is Channel.EMAIL
    assert script.subject == "Thank you: Senior Data Engineer interview"
    assert script.body.startswith("Dear Morgan Lee,")
    assert "Director of Engineering" not in script.body


def test_letter_date_line_follows_now(workflow: Workflow) -> None:
    """A letter written later is dated on the day of use, in the candidate's zone."""
    action = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    late = render(workflow, action, now=pendulum.datetime(2017, 8, 19, 2, tz="UTC"))
    assert late.body.startswith("Friday, August 18, 2017\n")


def test_letter_without_highlights_reads_naturally(candidate: Candidate) -> None:
    """With no highlights, qualifications or titles, the letter still has every part, with no gap."""
    person = Interviewer("Sam Okafor", timezone=DETROIT)
    interview = Interview(
        Candidate("Jo Martin", "555 0100"),
        Position("Analyst", "Acme"),
        [person],
        at(8, 16, 15),
    )
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    for tone in Tone:
        body = render(workflow, workflow.plan()[0], tone=tone).body
        assert "Sam Okafor\nAcme\n\nDear Sam Okafor," in body
        assert body.endswith("\n\nJo Martin\n555 0100")
        assert ": ." not in body
        assert "\n\n\n" not in body
        assert "speaking with you" in body  # a lone interviewer decides


def test_several_highlights_are_an_english_list(interview: Interview) -> None:
    """Several highlights are joined as "a, b and c"; items with commas are set off by semicolons."""
    richer = attrs.evolve(
        interview,
        highlights=["the design review", "the team lunch", "the roadmap"],
        qualifications=["Python, SQL", "Spark"],
    )
    workflow = Workflow.start(richer, Agreement.on_weekday(richer, 0))
    body = render(workflow, workflow.plan()[0]).body
    assert "the design review, the team lunch and the roadmap" in body
    assert "Python, SQL and Spark" in body
    threefold = attrs.evolve(richer, qualifications=["Python, SQL", "Spark", "Go"])
    workflow = Workflow.start(threefold, Agreement.on_weekday(threefold, 0))
    assert "Python, SQL; Spark and Go" in render(workflow, workflow.plan()[0]).body


def test_letter_when_calls_were_not_permitted(interview: Interview) -> None:
    """Without permission to call, the decision-maker's letter looks forward to being in touch, promising no call."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    action = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    for tone in Tone:
        body = render(workflow, action, tone=tone).body
        assert "being in touch" in body
        assert "on Tuesday, August 22." in body
        assert "speaking" not in body
        assert " call" not in body


# --- Step 3 --------------------------------------------------------------------


def test_first_voicemail_says_yesterday(workflow: Workflow) -> None:
    """The call on Tuesday, August 22 says the call was expected yesterday and is the agreed follow-up."""
    call = actions(workflow, ActionKind.CALL)[0]
    script = render(workflow, call)
    assert script.channel is Channel.VOICEMAIL
    assert script.subject is None
    body = script.body
    assert body.startswith("Hello Morgan Lee, this is Jordan Avery,")
    assert "Senior Data Engineer" in body
    assert "(313) 555-0142" in body
    assert "yesterday" in body
    assert "As we agreed" in body
    assert "again" not in body


def test_yesterday_only_when_literally_yesterday(workflow: Workflow) -> None:
    """Used a day late, the first voicemail names Monday, August 21 instead of "yesterday"."""
    call = actions(workflow, ActionKind.CALL)[0]
    body = render(workflow, call, now=at(8, 23, 8)).body
    assert "on Monday, August 21" in body
    assert "yesterday" not in body
    # Late evening in UTC is still Tuesday in Detroit.
    body = render(workflow, call, now=pendulum.datetime(2017, 8, 23, 3, tz="UTC")).body
    assert "yesterday" in body


def test_later_voicemails_mention_the_previous_call(workflow: Workflow) -> None:
    """Calls 2 to 4 say they follow up again and name the previous planned call's day."""
    calls = actions(workflow, ActionKind.CALL)
    previous = ["Tuesday, August 22", "Tuesday, August 29", "Tuesday, September 5"]
    for call, day in zip(calls[1:], previous, strict=True):
        for tone in Tone:
            body = render(workflow, call, tone=tone).body
            assert f"after my call on {day}." in body
            assert "on Monday, August 21" in body
            assert "yesterday" not in body


def test_voicemail_tells_the_history_of_a_late_call(workflow: Workflow) -> None:
    """After a call made late on Wednesday, August 23, the next voicemail names that day and its new date."""
    workflow = letters_sent(workflow)
    workflow = workflow.apply(CallPlaced(at(8, 23, 17, 30)))
    call = actions(workflow, ActionKind.CALL)[0]
    assert call.due_on == pendulum.date(2017, 8, 30)
    assert "after my call on Wednesday, August 23." in render(workflow, call).body


def test_previous_call_day_is_on_the_decision_makers_calendar(candidate: Candidate) -> None:
    """A call placed on Monday evening in Detroit is Tuesday in Paris, and the voicemail says Tuesday."""
    decider = Interviewer("Camille Roux", timezone="Europe/Paris", decision_maker=True)
    interview = Interview(candidate, Position("Analyst", "Acme"), [decider], at(8, 16, 9))
    workflow = letters_sent(Workflow.start(interview, Agreement.on_weekday(interview, 0)))
    workflow = workflow.apply(CallPlaced(pendulum.datetime(2017, 8, 22, 8, 30, tz="Europe/Paris")))
    workflow = workflow.apply(CallPlaced(at(8, 28, 20, 30)))  # 02:30 on the 29th in Paris
    call = actions(workflow, ActionKind.CALL)[0]
    assert call.attempt == 3
    assert "after my call on Tuesday, August 29." in render(workflow, call).body


def test_builtin_voicemails_stay_under_thirty_seconds(workflow: Workflow) -> None:
    """Every built-in voicemail of the example, both tones, takes under 30 seconds to say."""
    for call in actions(workflow, ActionKind.CALL):
        for tone in Tone:
            assert render(workflow, call, tone=tone).speaking_seconds < 30


# --- Step 4 --------------------------------------------------------------------


def test_close_loop_projection(workflow: Workflow) -> None:
    """Rendered ahead, the close-the-loop email tells August 16, four calls and Tuesday, September 26."""
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    script = render(workflow, action)
    assert script.channel is Channel.EMAIL
    assert script.subject == "Following up on the Senior Data Engineer position"
    body = script.body
    assert "I first followed up on Wednesday, August 16 and have called four times since." in body
    assert "by Tuesday, September 26." in body
    assert "continuing my search" in body
    assert "longer than you had hoped" in body


def test_close_loop_tells_the_history(workflow: Workflow) -> None:
    """Rendered when due, the close-the-loop message tells the day the letter was really sent."""
    workflow = letters_sent(workflow, at(8, 17, 9))
    workflow = calls_made(workflow, *FOUR_CALLS)
    (action,) = workflow.due(at(9, 19, 9))
    assert action.kind is ActionKind.CLOSE_LOOP
    for channel in (Channel.EMAIL, Channel.VOICEMAIL):
        body = render(workflow, action, channel=channel).body
        assert "Thursday, August 17" in body
        assert "four times" in body
        assert "Tuesday, September 26" in body


def test_close_loop_reply_by_counts_from_the_day_of_use(workflow: Workflow) -> None:
    """Sent two days late, the close-the-loop message asks for an answer a reply window later."""
    workflow = calls_made(letters_sent(workflow), *FOUR_CALLS)
    (action,) = workflow.due(at(9, 21, 9))
    body = render(workflow, action, now=at(9, 21, 9)).body
    assert "by Thursday, September 28." in body


def test_close_loop_first_follow_up_is_on_the_candidates_calendar(workflow: Workflow) -> None:
    """A letter sent at 23:30 in Detroit counts as sent on that Detroit day, not the UTC one."""
    workflow = calls_made(letters_sent(workflow, at(8, 16, 23, 30)), *FOUR_CALLS)
    (action,) = workflow.due(at(9, 19, 9))
    assert "on Wednesday, August 16 " in render(workflow, action).body


def test_close_loop_with_fewer_calls_counts_them(interview: Interview) -> None:
    """With two calls permitted, the close-the-loop message says "twice"."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0), Policy(max_calls=2))
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    assert "have called twice since." in render(workflow, action).body
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0), Policy(max_calls=1))
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    assert "have called once since." in render(workflow, action).body


def test_close_loop_without_calls_is_truthful(interview: Interview) -> None:
    """When calls were not permitted, the message says no follow-up came since the letter."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    direct = render(workflow, action).body
    assert "I first followed up on Wednesday, August 16 and have not followed up since." in direct
    assert "called" not in direct
    warm = render(workflow, action, tone=Tone.WARM).body
    assert "not been in touch since" in warm
    with pytest.raises(TemplateError, match="times_since"):
        render(workflow, action, templates={"close_loop_email": "${times_since}"})


def test_close_loop_by_mail_is_a_letter(interview: Interview) -> None:
    """When calls were not permitted, a close-the-loop letter has a date line and an address block and no subject."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    script = render(workflow, action, channel=Channel.MAIL)
    assert script.channel is Channel.MAIL
    assert script.subject is None
    assert script.body.startswith(
        "Tuesday, August 22, 2017\n\nMorgan Lee\nDirector of Engineering\n"
        "Northwind Analytics\n\nDear Morgan Lee,"
    )
    email = render(workflow, action, channel=Channel.EMAIL)
    assert script.body.endswith(email.body)


def test_move_on_summary(workflow: Workflow) -> None:
    """The move-on summary lists what was sent and when, and closes the application."""
    workflow = letters_sent(workflow)
    workflow = calls_made(workflow, *FOUR_CALLS)
    workflow = workflow.apply(CloseLoopSent(at(9, 19, 9), channel=Channel.VOICEMAIL))
    (action,) = workflow.due(at(9, 27, 9))
    script = render(workflow, action)
    assert script.channel is None
    assert script.subject is None
    body = script.body
    assert "Morgan Lee by letter on Wednesday, August 16" in body
    assert "Riley Chen by letter on Wednesday, August 16" in body
    assert "four times" in body
    for day in ("August 22", "August 29", "September 5", "September 12"):
        assert day in body
    assert "by voicemail on Tuesday, September 19" in body
    assert "Tuesday, September 26" in body
    assert "closed on your side" in body


def test_move_on_without_calls(interview: Interview) -> None:
    """Without calls, the move-on summary says that no call was made."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    action = actions(workflow, ActionKind.MOVE_ON)[0]
    body = render(workflow, action).body
    assert "no follow-up calls" in body
    assert "by email on Tuesday, August 22" in body


# --- Channels and errors ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "channel", "allowed"),
    [
        (ActionKind.SEND_THANK_YOU, Channel.VOICEMAIL, ("MAIL", "EMAIL")),
        (ActionKind.SEND_THANK_YOU, Channel.PHONE, ("MAIL", "EMAIL")),
        (ActionKind.CALL, Channel.EMAIL, ("VOICEMAIL",)),
        (ActionKind.CLOSE_LOOP, Channel.MAIL, ("EMAIL", "VOICEMAIL")),
        (ActionKind.MOVE_ON, Channel.EMAIL, ("None",)),
    ],
)
def test_channel_that_does_not_fit_is_refused(
    workflow: Workflow, kind: ActionKind, channel: Channel, allowed: tuple[str, ...]
) -> None:
    """A channel that does not fit the action raises InvalidInput naming the allowed channels."""
    action = actions(workflow, kind)[0]
    with pytest.raises(InvalidInput) as caught:
        render(workflow, action, channel=channel)
    assert caught.value.field == "channel"
    for name in allowed:
        assert name in str(caught.value)


def test_voicemail_close_loop_is_refused_without_permission(interview: Interview) -> None:
    """When calls were not permitted, closing the loop by voicemail is refused, naming EMAIL and MAIL."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    with pytest.raises(InvalidInput, match=r"Channel\.EMAIL or Channel\.MAIL"):
        render(workflow, action, channel=Channel.VOICEMAIL)


def test_action_of_another_workflow_is_refused(workflow: Workflow, interview: Interview) -> None:
    """An action that is not in the workflow's plan raises InvalidInput."""
    other = Workflow.start(interview, Agreement.within(interview, days=14))
    foreign = actions(other, ActionKind.CALL)[0]
    with pytest.raises(InvalidInput, match="not one of this workflow's remaining actions"):
        render(workflow, foreign)
    done = letters_sent(workflow)
    letter = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    with pytest.raises(InvalidInput, match="remaining"):
        render(done, letter)


def test_ended_workflow_renders_nothing(workflow: Workflow) -> None:
    """After the candidate withdrew, rendering a former action says the workflow has ended."""
    action = workflow.plan()[0]
    ended = workflow.apply(Withdrew(at(8, 17)))
    with pytest.raises(InvalidInput, match="ended"):
        render(ended, action)


def test_wrong_argument_types_are_refused(workflow: Workflow) -> None:
    """Wrong types for the workflow, action, now, tone or channel raise InvalidInput."""
    action = workflow.plan()[0]
    with pytest.raises(InvalidInput, match="workflow"):
        render("w", action)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="action"):
        render(workflow, "a")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="naive"):
        render(workflow, action, now=pendulum.naive(2017, 8, 16))
    with pytest.raises(InvalidInput, match="tone"):
        render(workflow, action, tone="direct")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match="channel"):
        render(workflow, action, channel="mail")  # type: ignore[arg-type]


# --- Tones, custom templates, determinism ----------------------------------------


def test_tone_defaults_to_the_policy(interview: Interview) -> None:
    """Without `tone`, scripts use the policy's tone."""
    warm = Workflow.start(interview, Agreement.on_weekday(interview, 0), Policy(tone=Tone.WARM))
    direct = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    for mine, theirs in zip(warm.plan(), direct.plan(), strict=True):
        assert render(warm, mine) == render(direct, theirs, tone=Tone.WARM)
        assert render(warm, mine) != render(direct, theirs)


def test_custom_email_subject_and_fallback(workflow: Workflow) -> None:
    """A custom email's `Subject:` line gives the subject; without one the built-in subject is used."""
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    custom = render(
        workflow,
        action,
        templates={"close_loop_email": "Subject: ${company} and me\n\nHi ${contact_name}."},
    )
    assert custom.subject == "Northwind Analytics and me"
    assert custom.body == "Hi Morgan Lee."
    plain = render(workflow, action, templates={"close_loop_email": "Hi ${contact_name}."})
    assert plain.subject == "Following up on the Senior Data Engineer position"
    warm = render(workflow, action, tone=Tone.WARM, templates={"close_loop_email": "Hi."})
    assert warm.subject == "Checking in about the Senior Data Engineer role"


def every_placeholder(key: str) -> str:
    """A template naming every placeholder of ``key``, separated by " | "."""
    return " | ".join(f"${{{name}}}" for name in placeholders(key))


def test_every_placeholder_renders_on_the_example(workflow: Workflow) -> None:
    """On the example, a template naming every placeholder of its key renders with no error."""
    letter = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    later = calls_made(letters_sent(workflow), (8, 22))
    close_loop = actions(later, ActionKind.CLOSE_LOOP)[0]
    cases = [
        (workflow, "thank_you_mail", letter, Channel.MAIL),
        (workflow, "thank_you_email", letter, Channel.EMAIL),
        (later, "voicemail", actions(later, ActionKind.CALL)[0], None),
        (later, "close_loop_email", close_loop, Channel.EMAIL),
        (later, "close_loop_voicemail", close_loop, Channel.VOICEMAIL),
        (later, "move_on", actions(later, ActionKind.MOVE_ON)[0], None),
    ]
    for owner, key, action, channel in cases:
        templates = {key: every_placeholder(key)}
        body = render(owner, action, channel=channel, templates=templates).body
        assert "$" not in body, key
        assert body.count(" | ") == len(placeholders(key)) - 1, key
    templates = {"permission": every_placeholder("permission")}
    body = permission_script(workflow.interview, workflow.agreement, templates=templates).body
    assert body.count(" | ") == len(placeholders("permission")) - 1


def test_same_inputs_same_script(workflow: Workflow) -> None:
    """Rendering is deterministic, also for a workflow rebuilt from a dict or a pickle."""
    rebuilt = Workflow.from_dict(workflow.to_dict())
    unpickled = pickle.loads(pickle.dumps(workflow))
    for action in workflow.plan():
        for tone in Tone:
            script = render(workflow, action, tone=tone)
            assert script == render(workflow, action, tone=tone)
            assert script == render(rebuilt, action, tone=tone)
            assert script == render(unpickled, action, tone=tone)


# --- Actions that are not this workflow's --------------------------------------


def test_an_equal_action_built_by_hand_renders_like_the_planned_one(workflow: Workflow) -> None:
    """An action rebuilt field by field equals the planned one, so it renders the same script."""
    for planned in workflow.plan():
        rebuilt = Action(**attrs.asdict(planned, recurse=False))
        assert rebuilt is not planned
        assert render(workflow, rebuilt) == render(workflow, planned)


class Unequal:
    """A field value whose comparison raises, as hostile code might."""

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no comparing me")

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        raise RuntimeError("no showing me")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("kind", None),
        ("kind", "CALL"),
        ("step", 10**5000),
        ("due_on", "2017-08-16"),
        ("due_on", Unequal()),
        ("contact", "Morgan Lee"),
        ("attempt", [[[]]]),
        ("windows", 5),
        ("timezone", "Mars/Olympus"),
        ("reply_by", Unequal()),
        ("reason", "x" * 10_000_000),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 20 else "odd",
)
def test_a_malformed_action_is_refused(workflow: Workflow, field: str, value: object) -> None:
    """A planned action with one field changed to an odd value is InvalidInput, with a short message."""
    for planned in workflow.plan():
        odd = attrs.evolve(planned, **{field: value})  # type: ignore[arg-type]
        with pytest.raises(
            InvalidInput, match="not one of this workflow's remaining actions"
        ) as caught:
            render(workflow, odd)
        assert caught.value.field == "action"
        assert len(str(caught.value)) <= MESSAGE_LENGTH


def test_an_action_with_no_fields_set_is_refused(workflow: Workflow) -> None:
    """An Action whose slots were never set (built around its constructor) is InvalidInput."""
    empty = object.__new__(Action)
    with pytest.raises(InvalidInput, match=r"the action <Action .*> is not one of"):
        render(workflow, empty)
