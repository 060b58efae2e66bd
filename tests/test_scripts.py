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
    CallResult,
    Candidate,
    Channel,
    CloseLoopSent,
    DecisionPostponed,
    HeardBack,
    Interview,
    Interviewer,
    InvalidInput,
    Outcome,
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
    """Script is a frozen attrs value; its speaking time reads a phone number digit by digit."""
    script = Script(Channel.VOICEMAIL, None, "one two  three\nfour (555) 0142")
    assert script.word_count == 6
    # Four words, then seven digits said one by one.
    assert script.speaking_seconds == pytest.approx(11 * 60 / 150)
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
        permission_script(interview, Agreement.on_weekday(interview, 0), tone="warm")  # type: ignore[call-overload]
    with pytest.raises(InvalidInput, match="interview"):
        permission_script("interview", Agreement.on_weekday(interview, 0))  # type: ignore[call-overload]


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
    """Without addresses, the printed letter has a date line, the recipient's block, a greeting, room to sign and a signature."""
    action = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    script = render(workflow, action)
    assert script.channel is Channel.MAIL
    assert script.subject is None
    assert script.to == "Morgan Lee"
    assert script.body.startswith(
        "August 16, 2017\n\nMorgan Lee\nDirector of Engineering\n"
        "Northwind Analytics\n\nDear Morgan Lee:\n\n"
    )
    assert script.body.endswith(
        "\n\nSincerely,\n\n\n\nJordan Avery\n(313) 555-0142\njordan@example.com"
    )


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
    assert script.to == "Morgan Lee <morgan.lee@example.com>"
    assert script.body.startswith("Dear Morgan Lee:")
    assert "Director of Engineering" not in script.body
    assert "\n\n\n" not in script.body


def test_letter_date_line_follows_now(workflow: Workflow) -> None:
    """A letter written later is dated on the day of use, on the interviewer's calendar."""
    action = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    late = render(workflow, action, now=pendulum.datetime(2017, 8, 19, 2, tz="UTC"))
    assert late.body.startswith("August 18, 2017\n")


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
        assert "Sam Okafor\nAcme\n\nDear Sam Okafor" in body
        assert body.endswith(",\n\n\n\nJo Martin\n555 0100")
        assert ": ." not in body
        # Three blank lines only where the letter is signed.
        assert body.count("\n\n\n") == 1
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


def test_first_voicemail_names_the_promised_day(workflow: Workflow) -> None:
    """The call on Tuesday, August 22 names the promised Monday and says this is the call agreed for today."""
    call = actions(workflow, ActionKind.CALL)[0]
    script = render(workflow, call)
    assert script.channel is Channel.VOICEMAIL
    assert script.subject is None
    body = script.body
    assert body.startswith("Hello Morgan Lee, this is Jordan Avery,")
    assert "Senior Data Engineer" in body
    assert body.count("(313) 555-0142") == 2
    assert body.count("Jordan Avery") == 2
    assert "You expected to decide by Monday, August 21, and we agreed I would call today." in body


def test_a_late_first_call_never_says_today(workflow: Workflow) -> None:
    """Used a day late, the first voicemail still names Monday, August 21 but no longer says "today"."""
    call = actions(workflow, ActionKind.CALL)[0]
    for tone in Tone:
        body = render(workflow, call, now=at(8, 23, 8), tone=tone).body
        assert "Monday, August 21" in body
        assert "today" not in body
        assert "as we agreed" in body
    # Late evening in UTC is still Tuesday in Detroit: on time.
    body = render(workflow, call, now=pendulum.datetime(2017, 8, 23, 3, tz="UTC")).body
    assert "call today" in body


def test_decision_by_phrase_says_yesterday_only_when_literally_yesterday(
    workflow: Workflow,
) -> None:
    """${decision_by_phrase} is "yesterday" the day after the promised day, and "on" the date later."""
    call = actions(workflow, ActionKind.CALL)[0]
    mine = {"voicemail": "Expected ${decision_by_phrase}."}
    assert render(workflow, call, templates=mine).body == "Expected yesterday."
    late = render(workflow, call, now=at(8, 23, 8), templates=mine).body
    assert late == "Expected on Monday, August 21."
    # Late evening in UTC is still Tuesday in Detroit.
    evening = pendulum.datetime(2017, 8, 23, 3, tz="UTC")
    assert render(workflow, call, now=evening, templates=mine).body == "Expected yesterday."


def test_later_voicemails_mention_the_previous_call(workflow: Workflow) -> None:
    """Calls 2 to 4 name the previous planned call's day, each in its own words, and the last says it is the last."""
    calls = actions(workflow, ActionKind.CALL)
    previous = ["Tuesday, August 22", "Tuesday, August 29", "Tuesday, September 5"]
    for tone in Tone:
        bodies = []
        for call, day in zip(calls[1:], previous, strict=True):
            body = render(workflow, call, tone=tone).body
            assert day in body
            assert "Monday, August 21" not in body
            bodies.append(body.replace(day, "DAY"))
        assert len(set(bodies)) == 3
        assert "last call" in bodies[-1]
        assert "last call" not in bodies[0] + bodies[1]


def test_voicemail_tells_the_history_of_a_late_call(workflow: Workflow) -> None:
    """After a call made late on Wednesday, August 23, the next voicemail names that day and its new date."""
    workflow = letters_sent(workflow)
    workflow = workflow.apply(CallPlaced(at(8, 23, 17, 30)))
    call = actions(workflow, ActionKind.CALL)[0]
    assert call.due_on == pendulum.date(2017, 8, 30)
    assert "on my call of Wednesday, August 23." in render(workflow, call).body


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


def test_close_loop_rendered_ahead_claims_nothing_not_done(workflow: Workflow) -> None:
    """Rendered before anything was done, the close-the-loop email names no letter and no call, and asks for an answer by Tuesday, September 26."""
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    script = render(workflow, action)
    assert script.channel is Channel.EMAIL
    assert script.subject == "Following up on the Senior Data Engineer position"
    body = script.body
    assert "We discussed it when we met on Wednesday, August 16." in body
    assert "called" not in body
    assert "thank-you" not in body
    assert "by Tuesday, September 26." in body
    assert "continuing my search" in body
    assert "very interested" in body
    assert "longer than you had hoped" not in body


def test_close_loop_tells_the_history(workflow: Workflow) -> None:
    """Rendered when due, the close-the-loop email tells the day the letter was really sent and the calls made."""
    workflow = letters_sent(workflow, at(8, 17, 9))
    workflow = calls_made(workflow, *FOUR_CALLS)
    (action,) = workflow.due(at(9, 19, 9))
    assert action.kind is ActionKind.CLOSE_LOOP
    body = render(workflow, action).body
    assert (
        "After we met on Wednesday, August 16, I sent you a thank-you letter on Thursday, "
        "August 17, and I have called four times since, most recently on Tuesday, September 12."
    ) in body
    assert "Tuesday, September 26" in body
    # The voicemail stays short: interest, the search, the date, name and number twice.
    voicemail = render(workflow, action, channel=Channel.VOICEMAIL).body
    assert "Tuesday, September 26" in voicemail
    assert voicemail.count("(313) 555-0142") == voicemail.count("Jordan Avery") == 2


def test_close_loop_reply_by_counts_from_the_day_of_use(workflow: Workflow) -> None:
    """Sent two days late, the close-the-loop message asks for an answer a reply window later."""
    workflow = calls_made(letters_sent(workflow), *FOUR_CALLS)
    (action,) = workflow.due(at(9, 21, 9))
    body = render(workflow, action, now=at(9, 21, 9)).body
    assert "by Thursday, September 28." in body


def test_close_loop_letter_day_is_on_the_decision_makers_calendar(
    candidate: Candidate, recruiter: Interviewer
) -> None:
    """A letter sent at 23:30 in Detroit went out on Thursday in Paris, and the Paris decision-maker reads Thursday."""
    decider = Interviewer("Camille Roux", timezone="Europe/Paris", decision_maker=True)
    interview = Interview(
        candidate, Position("Analyst", "Acme"), [decider, recruiter], at(8, 16, 9)
    )
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0), Policy(max_calls=1))
    workflow = letters_sent(workflow, at(8, 16, 23, 30))
    workflow = workflow.apply(CallPlaced(pendulum.datetime(2017, 8, 22, 8, 30, tz="Europe/Paris")))
    (action,) = workflow.due(pendulum.datetime(2017, 8, 29, 9, tz="Europe/Paris"))
    body = render(workflow, action).body
    assert "I sent you a thank-you letter on Thursday, August 17" in body
    assert "Wednesday, August 16" in body  # the interview, in Paris


def test_close_loop_lists_a_few_calls_by_day(workflow: Workflow) -> None:
    """With one or two calls made, the close-the-loop message names their days, not their number."""
    workflow = calls_made(letters_sent(workflow), (8, 22))
    body = render(workflow, actions(workflow, ActionKind.CLOSE_LOOP)[0]).body
    assert "the same day, and I called on Tuesday, August 22." in body
    workflow = calls_made(workflow, (8, 29))
    body = render(workflow, actions(workflow, ActionKind.CLOSE_LOOP)[0]).body
    assert "and I called on Tuesday, August 22, and Tuesday, August 29." in body
    assert "twice" not in body


def test_close_loop_without_calls_is_a_courteous_check_in(interview: Interview) -> None:
    """When calls were not permitted, the message tells the letter, claims no call and checks in politely."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    workflow = letters_sent(workflow)
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    direct = render(workflow, action).body
    assert "I am writing to check in on the Senior Data Engineer position." in direct
    assert "I sent you a thank-you letter the same day." in direct
    assert "called" not in direct
    warm = render(workflow, action, tone=Tone.WARM).body
    assert "I wanted to check in" in warm
    assert "phone" not in warm
    with pytest.raises(TemplateError, match="times_since"):
        render(workflow, action, templates={"close_loop_email": "${times_since}"})


def test_close_loop_by_mail_is_a_letter(interview: Interview) -> None:
    """When calls were not permitted, a close-the-loop letter has a date line, the recipient's block, room to sign and no subject."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    action = actions(workflow, ActionKind.CLOSE_LOOP)[0]
    script = render(workflow, action, channel=Channel.MAIL)
    assert script.channel is Channel.MAIL
    assert script.subject is None
    assert script.body.startswith(
        "August 22, 2017\n\nMorgan Lee\nDirector of Engineering\n"
        "Northwind Analytics\n\nDear Morgan Lee:"
    )
    assert "Sincerely,\n\n\n\nJordan Avery" in script.body
    email = render(workflow, action, channel=Channel.EMAIL)
    letter_text = email.body.split("\n\n")[1:-2]  # between greeting and closing
    assert "\n\n".join(letter_text) in script.body


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
    workflow = letters_sent(workflow).apply(CloseLoopSent(at(8, 22, 9)))
    action = actions(workflow, ActionKind.MOVE_ON)[0]
    script = render(workflow, action)
    assert script.to == "Jordan Avery"
    assert "no follow-up calls" in script.body
    assert "by email on Tuesday, August 22" in script.body


def test_move_on_rendered_ahead_claims_nothing_not_done(workflow: Workflow) -> None:
    """Rendered before anything was done, the move-on summary records no letter, no call and no last message."""
    body = render(workflow, actions(workflow, ActionKind.MOVE_ON)[0]).body
    assert "No thank-you letter was recorded." in body
    assert "no follow-up calls" in body
    assert "not recorded yet" in body


# --- Channels and errors ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "channel", "allowed"),
    [
        (ActionKind.SEND_THANK_YOU, Channel.VOICEMAIL, ("MAIL", "EMAIL")),
        (ActionKind.SEND_THANK_YOU, Channel.PHONE, ("MAIL", "EMAIL")),
        (ActionKind.CALL, Channel.EMAIL, ("VOICEMAIL", "PHONE")),
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
    with pytest.raises(InvalidInput, match="item must be an Action") as caught:
        render(workflow, "a")  # type: ignore[arg-type]
    assert caught.value.field == "item"
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


def rich(interview: Interview) -> Interview:
    """The example with every optional fact known: addresses, salutations, own highlights."""
    candidate = attrs.evolve(interview.candidate, address=["12 Elm Street", "Detroit, MI 48201"])
    people = [
        attrs.evolve(
            person,
            salutation=f"Ms. {person.name.split()[-1]}",
            address=["500 Woodward Avenue", "Detroit, MI 48226"],
            highlights=[f"your questions for me, {person.name}"],
        )
        for person in interview.interviewers
    ]
    return attrs.evolve(interview, candidate=candidate, interviewers=people)


def test_every_placeholder_renders_on_the_example(interview: Interview) -> None:
    """With every fact known, a template naming every placeholder of its key renders, for every key."""
    interview = rich(interview)
    decider = interview.decision_maker
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    letter = actions(workflow, ActionKind.SEND_THANK_YOU)[0]
    later = letters_sent(workflow).apply(
        CallPlaced(at(8, 22, 8, 15), CallResult.SPOKE, call_back_on=pendulum.date(2017, 8, 24))
    )
    call = actions(later, ActionKind.CALL)[0]
    close_loop = actions(later, ActionKind.CLOSE_LOOP)[0]
    closed = calls_made(later, (8, 31), (9, 7), (9, 14)).apply(CloseLoopSent(at(9, 21, 9)))
    written = letters_sent(
        Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    )
    postponed = later.apply(DecisionPostponed(at(8, 23), decision_by=pendulum.date(2017, 9, 1)))
    cases: list[tuple[Workflow, str, object, Channel | None]] = [
        (workflow, "thank_you_mail", letter, Channel.MAIL),
        (workflow, "thank_you_email", letter, Channel.EMAIL),
        (later, "voicemail", call, Channel.VOICEMAIL),
        (later, "talking_points", call, Channel.PHONE),
        (later, "close_loop_email", close_loop, Channel.EMAIL),
        (later, "close_loop_voicemail", close_loop, Channel.VOICEMAIL),
        (closed, "move_on", actions(closed, ActionKind.MOVE_ON)[0], None),
        (postponed, "decision_postponed", postponed.history[-1], None),
        (later.apply(Withdrew(at(8, 23))), "withdrawal", Withdrew(at(8, 23)), None),
    ]
    for outcome in Outcome:
        event = HeardBack(at(8, 23), outcome)
        cases.append((later.apply(event), f"heard_back_{outcome.value}", event, None))
    for owner, key, item, channel in cases:
        templates = {key: every_placeholder(key)}
        script = render(owner, item, channel=channel, templates=templates)  # type: ignore[arg-type]
        assert "$" not in script.body, key
        assert script.body.count(" | ") == len(placeholders(key)) - 1, key
    # Without calls there is no count of calls to tell: every other placeholder has a value.
    mail_keys = [name for name in placeholders("close_loop_mail") if name != "times_since"]
    template = " | ".join(f"${{{name}}}" for name in mail_keys)
    action = actions(written, ActionKind.CLOSE_LOOP)[0]
    body = render(
        written, action, channel=Channel.MAIL, templates={"close_loop_mail": template}
    ).body
    assert body.count(" | ") == len(mail_keys) - 1
    templates = {"permission": every_placeholder("permission")}
    body = permission_script(workflow, templates=templates).body
    assert body.count(" | ") == len(placeholders("permission")) - 1
    assert decider.salutation is not None


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
        assert caught.value.field == "item"
        assert len(str(caught.value)) <= MESSAGE_LENGTH


def test_an_action_with_no_fields_set_is_refused(workflow: Workflow) -> None:
    """An Action whose slots were never set (built around its constructor) is InvalidInput."""
    empty = object.__new__(Action)
    with pytest.raises(InvalidInput, match=r"the action <Action .*> is not one of"):
        render(workflow, empty)


def test_each_group_of_values_holds_the_names_it_declares(workflow: Workflow) -> None:
    """Every value builder returns exactly the placeholders it declares; with the common ones they cover every key."""
    from followup_rules import _scripts
    from followup_rules._facts import for_action, history_of
    from followup_rules._language import LANGUAGES
    from followup_rules._templates import TEMPLATE_KEYS

    later = calls_made(letters_sent(workflow), (8, 22))
    plan = later.plan()
    call = actions(later, ActionKind.CALL)[0]
    facts = for_action(later, history_of(later), plan, call, None)
    language = LANGUAGES["en"]
    fragment = _scripts.fragments(language, Tone.DIRECT)

    declared: set[str] = set()
    for names, build in _scripts._GROUPS:
        assert set(build(facts, Channel.MAIL, language, fragment)) == names
        assert not declared & names
        declared |= names
    common = set(_scripts._values(facts, "move_on", None, language, Tone.DIRECT)) - declared
    every = {name for key in TEMPLATE_KEYS for name in placeholders(key)}
    assert common | declared == every
