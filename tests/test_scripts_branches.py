"""Scripts for real life: every reader's calendar, letters that read as letters, words for every branch."""

from __future__ import annotations

import attrs
import holidays
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
    OutOfOffice,
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
from tests.conftest import DETROIT

NEW_YORK = "America/New_York"
SYDNEY = "Australia/Sydney"


def at(
    month: int, day: int, hour: int = 10, minute: int = 0, tz: str = DETROIT
) -> pendulum.DateTime:
    """An instant in 2017, by default in Detroit."""
    return pendulum.datetime(2017, month, day, hour, minute, tz=tz)


def first(workflow: Workflow, kind: ActionKind) -> Action:
    """The plan's first action of a kind."""
    return next(action for action in workflow.plan() if action.kind is kind)


def sent(workflow: Workflow, when: pendulum.DateTime | None = None) -> Workflow:
    """The workflow with every letter sent at ``when`` (default: the interview's evening)."""
    for person in workflow.interview.interviewers:
        workflow = workflow.apply(ThankYouSent(person, when or at(8, 16, 19)))
    return workflow


# --- True to every reader ---------------------------------------------------------


def sydney_interview() -> Interview:
    """The issue's case: a candidate in Sydney, interviewers in New York."""
    decider = Interviewer("Morgan Lee", timezone=NEW_YORK, decision_maker=True)
    other = Interviewer("Riley Chen", timezone=NEW_YORK)
    return Interview(
        Candidate("Jordan Avery", "+61 2 5550 1234", timezone=SYDNEY),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider, other],
        pendulum.datetime(2017, 8, 16, 16, tz=NEW_YORK),  # Thursday 06:00 in Sydney
    )


def test_letters_name_the_interview_day_on_the_interviewers_calendar() -> None:
    """A Sydney candidate's letters tell New York interviewers "Wednesday, August 16", the day it was there."""
    workflow = Workflow.start(sydney_interview(), Agreement(pendulum.date(2017, 8, 21)))
    for action in workflow.plan():
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert action.due_on == pendulum.date(2017, 8, 17)  # the candidate's day
            for channel in (Channel.MAIL, Channel.EMAIL):
                body = render(workflow, action, channel=channel).body
                assert "on Wednesday, August 16," in body
                assert "Thursday, August 17" not in body
            letter = render(workflow, action).body
            assert letter.startswith("August 16, 2017\n")


def test_a_letter_is_dated_on_its_readers_calendar() -> None:
    """Written on Thursday morning in Sydney, the letter is dated on Wednesday in New York."""
    workflow = Workflow.start(sydney_interview(), Agreement(pendulum.date(2017, 8, 21)))
    letter = first(workflow, ActionKind.SEND_THANK_YOU)
    written = pendulum.datetime(2017, 8, 17, 9, tz=SYDNEY)  # 19:00 Wednesday in New York
    assert render(workflow, letter, now=written).body.startswith("August 16, 2017\n")
    later = pendulum.datetime(2017, 8, 17, 18, tz=SYDNEY)  # 04:00 Thursday in New York
    assert render(workflow, letter, now=later).body.startswith("August 17, 2017\n")


def test_calls_and_the_last_message_are_on_the_decision_makers_calendar() -> None:
    """Calls placed in the Sydney morning are the New York evening before, and the scripts say so."""
    workflow = sent(
        Workflow.start(sydney_interview(), Agreement(pendulum.date(2017, 8, 21))),
        pendulum.datetime(2017, 8, 17, 9, tz=SYDNEY),
    )
    call = pendulum.datetime(2017, 8, 23, 7, 30, tz=SYDNEY)  # Tuesday 17:30 in New York
    workflow = workflow.apply(CallPlaced(call))
    body = render(workflow, first(workflow, ActionKind.CALL)).body
    assert "Tuesday, August 22" in body
    assert "Wednesday, August 23" not in body
    closing = render(workflow, first(workflow, ActionKind.CLOSE_LOOP)).body
    assert "I sent you a thank-you letter the same day" in closing  # Wednesday in New York
    assert "I called on Tuesday, August 22." in closing
    # The move-on summary is the candidate's: the same call, on Wednesday in Sydney.
    summary = render(workflow, first(workflow, ActionKind.MOVE_ON)).body
    assert "on Wednesday, August 23" in summary
    assert "by letter on Thursday, August 17" in summary


def test_permission_names_the_workflows_follow_up_day() -> None:
    """permission_script(workflow) asks to call on Tuesday after Labor Day, as the plan does; the older form without the policy names Labor Day."""
    interview = sydney_interview()
    agreement = Agreement(pendulum.date(2017, 9, 1))  # Friday before Labor Day
    workflow = Workflow.start(
        interview, agreement, Policy(holidays=holidays.country_holidays("US", years=2017))
    )
    assert workflow.follow_up_on == pendulum.date(2017, 9, 5)
    assert "may I call you on Tuesday, September 5?" in permission_script(workflow).body
    assert "Monday, September 4?" in permission_script(interview, agreement).body
    policy = workflow.policy
    assert permission_script(interview, agreement, policy=policy) == permission_script(workflow)


def test_permission_after_a_postponement_names_the_new_dates(workflow: Workflow) -> None:
    """After a postponement, permission_script(workflow) is the new step 1: the new decision date and follow-up day."""
    workflow = sent(workflow).apply(DecisionPostponed(at(8, 23), pendulum.date(2017, 9, 8)))
    body = permission_script(workflow).body
    assert "by Friday, September 8?" in body
    assert "may I call you on Monday, September 11?" in body


def test_permission_asks_to_email_when_calls_were_not_permitted(interview: Interview) -> None:
    """When the decision-maker asked not to be called, step 1 asks to follow up by email instead."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    for tone in Tone:
        body = permission_script(workflow, tone=tone).body
        assert "email" in body
        assert " call" not in body
        assert "Tuesday, August 22?" in body


def test_permission_takes_the_workflow_alone(workflow: Workflow) -> None:
    """A workflow with an agreement or a policy as well is refused: the workflow has its own."""
    with pytest.raises(InvalidInput, match="alone") as caught:
        permission_script(workflow, workflow.agreement)  # type: ignore[call-overload]
    assert caught.value.field == "agreement"
    with pytest.raises(InvalidInput, match="alone"):
        permission_script(workflow, policy=Policy())  # type: ignore[call-overload]


# --- Letters, not mail merges --------------------------------------------------------


def business_interview(interview: Interview) -> Interview:
    """The example with postal addresses, a salutation and a highlight of the recruiter's own."""
    decider, recruiter = interview.interviewers
    return attrs.evolve(
        interview,
        candidate=attrs.evolve(interview.candidate, address=["12 Elm Street", "Detroit, MI 48201"]),
        interviewers=[
            attrs.evolve(
                decider, salutation="Ms. Lee", address=["500 Woodward Avenue", "Detroit, MI 48226"]
            ),
            attrs.evolve(recruiter, highlights=["The whiteboard session on Kafka."]),
        ],
        position=Position("Senior Data Engineer", "Northwind Analytics Inc."),
    )


def test_a_printed_letter_is_a_business_letter(interview: Interview) -> None:
    """With addresses, the letter has the sender's block, the date, the recipient's block, "Dear Ms. Lee:", room to sign and the typed name."""
    interview = business_interview(interview)
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    script = render(workflow, first(workflow, ActionKind.SEND_THANK_YOU))
    assert script.body.startswith(
        "12 Elm Street\nDetroit, MI 48201\n(313) 555-0142\njordan@example.com\n\n"
        "August 16, 2017\n\n"
        "Morgan Lee\nDirector of Engineering\nNorthwind Analytics Inc.\n"
        "500 Woodward Avenue\nDetroit, MI 48226\n\n"
        "Dear Ms. Lee:\n\n"
    )
    assert script.body.endswith("\n\nSincerely,\n\n\n\nJordan Avery")
    assert script.to == "Morgan Lee, 500 Woodward Avenue, Detroit, MI 48226"


def test_greetings_use_the_salutation_or_the_full_name(interview: Interview) -> None:
    """Greetings read "Dear Ms. Lee:" with a salutation, the neutral "Dear Riley Chen:" without, a comma in the warm tone."""
    interview = business_interview(interview)
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    to_decider, to_recruiter = (a for a in workflow.plan() if a.kind is ActionKind.SEND_THANK_YOU)
    assert "\nDear Ms. Lee:\n" in render(workflow, to_decider).body
    assert "\nDear Riley Chen:\n" in render(workflow, to_recruiter).body
    assert render(workflow, to_decider, tone=Tone.WARM, channel=Channel.EMAIL).body.startswith(
        "Dear Ms. Lee,\n"
    )
    call = first(sent(workflow), ActionKind.CALL)
    assert render(sent(workflow), call).body.startswith("Hello Ms. Lee, this is Jordan Avery")


def test_colleagues_who_compare_letters_see_different_ones(interview: Interview) -> None:
    """An interviewer's own highlight comes first in their letter, written cleanly into the sentence."""
    interview = business_interview(interview)
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    to_decider, to_recruiter = (a for a in workflow.plan() if a.kind is ActionKind.SEND_THANK_YOU)
    theirs = render(workflow, to_recruiter, channel=Channel.EMAIL).body
    assert (
        "I especially valued the whiteboard session on Kafka and the walkthrough of the "
        "streaming pipeline redesign." in theirs
    )
    mine = render(workflow, to_decider, channel=Channel.EMAIL).body
    assert "Kafka" not in mine
    assert mine.replace("Ms. Lee", "X") != theirs.replace("Riley Chen", "X")


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("The whiteboard session on Kafka.", "the whiteboard session on Kafka"),
        ("Six years building data platforms!", "six years building data platforms"),
        ("leading a team of four...", "leading a team of four"),
        ("Python, SQL;", "Python, SQL"),
        ("the move to Acme Inc.", "the move to Acme Inc."),
        ("work with the U.S.", "work with the U.S."),
        ("Kafka Streams in production.", "Kafka Streams in production"),
        ("Leading the platform team", "leading the platform team"),
    ],
)
def test_typed_phrases_are_written_cleanly_into_sentences(
    interview: Interview, typed: str, written: str
) -> None:
    """Closing punctuation goes, a capital that only opened the phrase goes, an abbreviation keeps its period, and no sentence ends twice."""
    interview = attrs.evolve(interview, highlights=[typed], qualifications=[])
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    body = render(workflow, first(workflow, ActionKind.SEND_THANK_YOU)).body
    ending = "" if written.endswith(".") else "."
    assert f"I especially valued {written}{ending}" in body
    assert ".." not in body


def test_a_company_that_ends_with_a_period_ends_a_sentence_once(interview: Interview) -> None:
    """A sentence ending on "Northwind Analytics Inc." takes no second period; "Inc., and" keeps its comma."""
    interview = business_interview(interview)
    workflow = sent(Workflow.start(interview, Agreement.on_weekday(interview, 0)))
    letter_body = render(workflow.apply(Withdrew(at(8, 17))), Withdrew(at(8, 17))).body
    assert "at Northwind Analytics Inc., and for the time" in letter_body
    closing = render(workflow, first(workflow, ActionKind.CLOSE_LOOP)).body
    assert "in joining Northwind Analytics Inc. I am also" in closing
    assert "Inc.." not in closing


# --- Different at every attempt --------------------------------------------------------


def test_a_requested_call_back_is_the_next_voicemails_reason(workflow: Workflow) -> None:
    """After "call me back Thursday", the next voicemail says so: "today" on Thursday, the date when later."""
    workflow = sent(workflow).apply(
        CallPlaced(at(8, 22, 8, 15), CallResult.SPOKE, call_back_on=pendulum.date(2017, 8, 24))
    )
    call = first(workflow, ActionKind.CALL)
    assert call.due_on == pendulum.date(2017, 8, 24)
    body = render(workflow, call).body
    assert "When we spoke on Tuesday, August 22, you asked me to call back today." in body
    late = render(workflow, call, now=at(8, 28, 8)).body
    assert "you asked me to call back on Thursday, August 24." in late
    assert "today" not in late
    assistant = render(workflow, call, channel=Channel.PHONE).body
    assert (
        "I was asked to call Morgan Lee back about the Senior Data Engineer position today."
        in assistant
    )
    assert (
        "When we spoke about the Senior Data Engineer position on Tuesday, August 22, you asked me to call back today."
        in assistant
    )


def test_an_assistants_call_back_is_worded_as_the_assistants(workflow: Workflow) -> None:
    """When an assistant asked for the call-back, the voicemail says "I was asked", not "you asked"."""
    workflow = sent(workflow).apply(
        CallPlaced(at(8, 22, 8, 15), CallResult.GATEKEEPER, call_back_on=pendulum.date(2017, 8, 23))
    )
    body = render(workflow, first(workflow, ActionKind.CALL)).body
    assert "When I called on Tuesday, August 22, I was asked to call back today." in body
    assert "you asked" not in body


def test_a_single_permitted_call_is_the_one_follow_up_call(interview: Interview) -> None:
    """With one call permitted, the voicemail names the promised day and says it is the one call."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0), Policy(max_calls=1))
    body = render(workflow, first(workflow, ActionKind.CALL)).body
    assert "Monday, August 21; as agreed, this is my one follow-up call." in body


def test_talking_points_have_lines_for_an_assistant_and_for_the_decision_maker(
    workflow: Workflow,
) -> None:
    """A call someone answers gets talking points: what to tell an assistant, then what to tell the decision-maker."""
    call = first(workflow, ActionKind.CALL)
    for tone in Tone:
        script = render(workflow, call, channel=Channel.PHONE, tone=tone)
        assert script.channel is Channel.PHONE
        assert script.subject is None
        assert script.body.startswith("If an assistant answers:")
        assert "If Morgan Lee answers:" in script.body
        assert "(313) 555-0142" in script.body
        assert "Monday, August 21" in script.body
        assert "Wednesday, August 16" in script.body


def test_a_late_call_says_no_today_in_its_talking_points(workflow: Workflow) -> None:
    """Placed a day late, the first call's talking points follow up "as we agreed", never "today"."""
    call = first(workflow, ActionKind.CALL)
    body = render(workflow, call, channel=Channel.PHONE, now=at(8, 23, 8)).body
    assert "today" not in body
    assert "as we agreed" in body


def test_an_absence_that_moves_the_first_call_makes_it_late(workflow: Workflow) -> None:
    """When an absence moves the first call past the agreed day, the voicemail never says it is today's agreed call."""
    workflow = sent(workflow).apply(OutOfOffice(at(8, 21), pendulum.date(2017, 8, 25)))
    call = first(workflow, ActionKind.CALL)
    assert call.due_on == pendulum.date(2017, 8, 28)
    body = render(workflow, call).body
    assert "call today" not in body
    assert "as we agreed" in body


# --- Words for every branch ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "words"),
    [
        (Outcome.OFFER, ("offer in writing", "when you need my answer")),
        (Outcome.REJECTED, ("disappointed", "keep me in mind")),
        (Outcome.NEXT_ROUND, ("next round", "make myself available")),
        (Outcome.ON_HOLD, ("on hold", "remain very interested")),
        (Outcome.OTHER, ("appreciate the update", "remain very interested")),
    ],
)
def test_every_answer_has_its_words(
    workflow: Workflow, outcome: Outcome, words: tuple[str, ...]
) -> None:
    """Each way of hearing back gets its own email to the decision-maker, in both tones."""
    event = HeardBack(at(8, 24), outcome)
    ended = sent(workflow).apply(event)
    script = render(ended, event)
    assert script.channel is Channel.EMAIL
    assert script.to == "Morgan Lee <morgan.lee@example.com>"
    assert script.subject is not None
    assert "Senior Data Engineer" in script.subject
    assert script.body.startswith("Dear Morgan Lee:\n\n")
    for phrase in words:
        assert phrase in script.body
    assert render(ended, event, tone=Tone.WARM).body != script.body


def test_a_postponement_is_confirmed_with_both_new_dates(workflow: Workflow) -> None:
    """The confirmation names the new decision date and the new follow-up day, moved past Labor Day."""
    policy = Policy(holidays=[pendulum.date(2017, 9, 4)])
    workflow = Workflow.start(workflow.interview, workflow.agreement, policy)
    event = DecisionPostponed(at(8, 24), pendulum.date(2017, 9, 1))
    workflow = sent(workflow).apply(event)
    body = render(workflow, event).body
    assert "you now expect to decide by Friday, September 1." in body
    assert "I will call you on Tuesday, September 5." in body
    assert "remain very interested" in body


def test_past_the_last_postponement_the_confirmation_promises_no_call(workflow: Workflow) -> None:
    """Postponed more often than the policy allows, the confirmation says the candidate will check in, not call."""
    workflow = Workflow.start(workflow.interview, workflow.agreement, Policy(max_postponements=0))
    event = DecisionPostponed(at(8, 24), pendulum.date(2017, 9, 1))
    workflow = sent(workflow).apply(event)
    body = render(workflow, event).body
    assert "I will check in with you on Monday, September 4." in body
    assert " call" not in body


def test_an_earlier_postponement_is_confirmed_with_its_own_dates(workflow: Workflow) -> None:
    """After two postponements, the first one's confirmation still names the first new dates."""
    one = DecisionPostponed(at(8, 24), pendulum.date(2017, 9, 1))
    two = DecisionPostponed(at(8, 25), pendulum.date(2017, 9, 15))
    workflow = sent(workflow).apply(one).apply(two)
    assert "decide by Friday, September 1." in render(workflow, one).body
    assert "decide by Friday, September 15." in render(workflow, two).body


def test_the_close_loop_after_a_postponement_tells_it(workflow: Workflow) -> None:
    """The close-the-loop message after a postponement names it, then only the calls made since."""
    workflow = sent(workflow).apply(CallPlaced(at(8, 22, 8, 15)))
    workflow = workflow.apply(DecisionPostponed(at(8, 24), pendulum.date(2017, 9, 1)))
    workflow = workflow.apply(CallPlaced(at(9, 5, 8, 15)))
    body = render(workflow, first(workflow, ActionKind.CLOSE_LOOP)).body
    assert (
        "On Thursday, August 24, you let me know you expected to decide by Friday, "
        "September 1. Since then, I have called on Tuesday, September 5."
    ) in body
    assert "August 22" not in body


def test_a_withdrawal_is_courteous(workflow: Workflow) -> None:
    """Withdrawing thanks the decision-maker and says so plainly, without a reason the candidate did not give."""
    event = Withdrew(at(8, 24))
    script = render(workflow.apply(event), event)
    assert "withdraw my application" in script.body
    assert "Thank you for considering me" in script.body
    assert "offer" not in script.body


def test_only_events_that_call_for_an_answer_are_rendered(workflow: Workflow) -> None:
    """A letter or a call event is InvalidInput (item), and so is an answerable event not in the history."""
    letter = ThankYouSent(workflow.interview.decision_maker, at(8, 16, 19))
    done = workflow.apply(letter)
    with pytest.raises(InvalidInput, match="calls for no answer") as caught:
        render(done, letter)  # type: ignore[arg-type]
    assert caught.value.field == "item"
    with pytest.raises(InvalidInput, match="not in this workflow's history") as caught:
        render(done, Withdrew(at(8, 17)))
    assert caught.value.field == "item"


def test_an_answer_is_an_email(workflow: Workflow) -> None:
    """An answer is written for Channel.EMAIL only; another channel is refused, naming it."""
    event = HeardBack(at(8, 24), Outcome.OFFER)
    ended = workflow.apply(event)
    with pytest.raises(InvalidInput, match=r"Channel\.EMAIL") as caught:
        render(ended, event, channel=Channel.MAIL)
    assert caught.value.field == "channel"


def test_an_answer_is_dated_from_now_or_the_event(workflow: Workflow) -> None:
    """An answer needs no date of use, and takes now when given."""
    event = DecisionPostponed(at(8, 24), pendulum.date(2017, 9, 1))
    workflow = sent(workflow).apply(event)
    assert render(workflow, event) == render(workflow, event, now=at(8, 25))


def test_scripts_say_whom_they_are_for(workflow: Workflow) -> None:
    """Script.to names the reader, with their address on the script's channel when known."""
    letter = first(workflow, ActionKind.SEND_THANK_YOU)
    assert render(workflow, letter, channel=Channel.EMAIL).to == (
        "Morgan Lee <morgan.lee@example.com>"
    )
    assert render(workflow, letter).to == "Morgan Lee"
    assert permission_script(workflow).to == "Morgan Lee"
    assert render(workflow, first(workflow, ActionKind.MOVE_ON)).to == "Jordan Avery"
    phoned = attrs.evolve(workflow.interview.decision_maker, phone="(313) 555-0199")
    interview = attrs.evolve(workflow.interview, interviewers=[phoned])
    with_phone = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    call = first(with_phone, ActionKind.CALL)
    assert render(with_phone, call).to == "Morgan Lee, (313) 555-0199"


# --- How long a voicemail takes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Please call me at (313) 555-0142.", 4 + 10),
        ("Call +44 20 7946 0958 now", 2 + 1 + 12),
        ("By Tuesday, August 22.", 4),
        ("August 16, 2017", 1 + 1 + 2),
        ("In 2005 and 1999", 2 + 3 + 2),
        ("About 120 people", 2 + 3),
        ("Zip 48201, please", 2 + 5),
        ("Rock-solid, café, 22nd", 3),
    ],
)
def test_speaking_seconds_read_figures_as_they_are_said(text: str, words: int) -> None:
    """Phone numbers and codes are read digit by digit, other figures as they are said, at 150 words a minute."""
    assert Script(Channel.VOICEMAIL, None, text).speaking_seconds == pytest.approx(words * 60 / 150)


def test_a_script_knows_its_language() -> None:
    """A Script is in English unless told otherwise, and an unknown language is InvalidInput listing the known ones."""
    assert Script(None, None, "Hi").language == "en"
    assert Script(None, None, "Hi", language="pt_br").language == "pt-BR"
    with pytest.raises(InvalidInput, match="en, en-GB, de, fr, es, pt-BR") as caught:
        Script(None, None, "Hi", language="xx")
    assert caught.value.field == "language"


def test_the_written_path_closes_the_loop_by_letter(interview: Interview) -> None:
    """Calls not permitted: the printed close-the-loop letter tells the email thank-you and asks for an answer by the reply-by date."""
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0, calls_permitted=False))
    workflow = workflow.apply(ThankYouSent(interview.decision_maker, at(8, 16, 19), Channel.EMAIL))
    workflow = workflow.apply(ThankYouSent(interview.interviewers[1], at(8, 16, 19)))
    action = first(workflow, ActionKind.CLOSE_LOOP)
    body = render(workflow, action, channel=Channel.MAIL).body
    assert "I sent you a thank-you email the same day." in body
    assert "by Tuesday, August 29." in body
    closed = workflow.apply(CloseLoopSent(at(8, 22, 9), Channel.MAIL))
    summary = render(closed, first(closed, ActionKind.MOVE_ON)).body
    assert "by letter on Tuesday, August 22" in summary
