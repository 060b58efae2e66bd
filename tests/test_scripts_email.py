"""to_email_message: the email form of a script, ready to send, and exactly what render writes."""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.parser import BytesParser, Parser

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    Channel,
    HeardBack,
    Interview,
    InvalidInput,
    Outcome,
    Tone,
    Workflow,
    render,
    to_email_message,
)
from tests.conftest import DETROIT
from tests.test_scripts_properties import answerable, workflows


def parsed(message: EmailMessage) -> EmailMessage:
    """The message as a mail program reads it back from its bytes."""
    return BytesParser(policy=policy.default).parsebytes(message.as_bytes())


def emailable(workflow: Workflow) -> list[Action | HeardBack]:
    """Every item of a workflow that has an email form."""
    items: list[Action | HeardBack] = [
        action
        for action in workflow.plan()
        if action.kind in (ActionKind.SEND_THANK_YOU, ActionKind.CLOSE_LOOP)
    ]
    return items + answerable(workflow)  # type: ignore[operator]


def test_a_thank_you_email_is_ready_to_send(workflow: Workflow) -> None:
    """The decision-maker's thank-you becomes a message with To, From, Subject and the script's body."""
    letter = workflow.plan()[0]
    message = to_email_message(workflow, letter)
    script = render(workflow, letter, channel=Channel.EMAIL)
    assert message["To"] == "Morgan Lee <morgan.lee@example.com>"
    assert message["From"] == "Jordan Avery <jordan@example.com>"
    assert message["Subject"] == script.subject == "Thank you: Senior Data Engineer interview"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().rstrip("\n") == script.body
    assert "Date" not in message  # no clock read: the sender adds it
    back = parsed(message)
    assert back["To"] == message["To"]
    assert back.get_content().rstrip("\n") == script.body


def test_an_answer_is_ready_to_send(workflow: Workflow) -> None:
    """The reply to an offer goes to the decision-maker, with the answer's subject and body."""
    event = HeardBack(pendulum.datetime(2017, 8, 24, 10, tz=DETROIT), Outcome.OFFER)
    ended = workflow.apply(event)
    message = to_email_message(ended, event, tone=Tone.WARM)
    script = render(ended, event, tone=Tone.WARM)
    assert message["Subject"] == script.subject
    assert message.get_content().rstrip("\n") == script.body


def test_no_email_address_no_email(workflow: Workflow) -> None:
    """The recruiter has no email address: InvalidInput, naming the field to fill in."""
    to_recruiter = workflow.plan()[1]
    assert to_recruiter.contact is not None
    assert to_recruiter.contact.email is None
    with pytest.raises(InvalidInput, match="'Riley Chen' has no email address") as caught:
        to_email_message(workflow, to_recruiter)
    assert caught.value.field == "email"


def test_without_the_candidates_address_there_is_no_from(interview: Interview) -> None:
    """With no email address for the candidate, the message has no From for the mail program to fill in."""
    quiet = attrs.evolve(interview, candidate=attrs.evolve(interview.candidate, email=None))
    workflow = Workflow.start(quiet, Agreement.on_weekday(quiet, 0))
    message = to_email_message(workflow, workflow.plan()[0])
    assert "From" not in message
    assert message["To"] == "Morgan Lee <morgan.lee@example.com>"


@pytest.mark.parametrize("kind", [ActionKind.CALL, ActionKind.MOVE_ON])
def test_calls_and_the_summary_have_no_email_form(workflow: Workflow, kind: ActionKind) -> None:
    """A call or the move-on summary is InvalidInput (item): neither is sent by email."""
    action = next(a for a in workflow.plan() if a.kind is kind)
    with pytest.raises(InvalidInput, match="no email form") as caught:
        to_email_message(workflow, action)
    assert caught.value.field == "item"


def test_what_render_refuses_to_email_message_refuses(workflow: Workflow) -> None:
    """Another workflow's action, or no workflow at all, is refused as render refuses it."""
    with pytest.raises(InvalidInput, match="workflow"):
        to_email_message("workflow", workflow.plan()[0])  # type: ignore[arg-type]
    with pytest.raises(InvalidInput) as caught:
        to_email_message(workflow, "item")  # type: ignore[arg-type]
    assert caught.value.field == "item"


def test_names_that_need_quoting_are_quoted(interview: Interview) -> None:
    """A name with a comma or quotes is quoted in To, and reads back as typed."""
    odd = attrs.evolve(interview.decision_maker, name='Lee, Morgan "Mo"')
    people = [odd, interview.interviewers[1]]
    quoted = attrs.evolve(interview, interviewers=people)
    workflow = Workflow.start(quoted, Agreement.on_weekday(quoted, 0))
    back = parsed(to_email_message(workflow, workflow.plan()[0]))
    (address,) = back["To"].addresses
    assert address.display_name == 'Lee, Morgan "Mo"'
    assert address.addr_spec == "morgan.lee@example.com"


@given(workflow=workflows(), tone=st.sampled_from(Tone))
def test_property_messages_parse_back_to_the_script(workflow: Workflow, tone: Tone) -> None:
    """Parsed back with email.parser (policy.default), every message gives the same To, Subject and body as the script."""
    for item in emailable(workflow):
        script = render(workflow, item, tone=tone, channel=Channel.EMAIL)
        contact = (
            item.contact
            if isinstance(item, Action) and item.kind is ActionKind.SEND_THANK_YOU
            else workflow.interview.decision_maker
        )
        assert contact is not None
        if contact.email is None:
            with pytest.raises(InvalidInput, match="no email address"):
                to_email_message(workflow, item, tone=tone)
            continue
        message = to_email_message(workflow, item, tone=tone)
        for text in (message.as_string(), message.as_bytes().decode("ascii")):
            back = Parser(policy=policy.default).parsestr(text)
            (address,) = back["To"].addresses
            assert address.display_name == contact.name
            assert address.username + "@" + address.domain == contact.email
            assert back["Subject"] == script.subject
            assert back.get_content().rstrip("\n") == script.body
        candidate = workflow.interview.candidate
        if candidate.email is not None:
            (sender,) = parsed(message)["From"].addresses
            assert sender.display_name == candidate.name


@pytest.mark.parametrize("address", ["morgan@north,wind.com", "morgan@(north).com", "a@[1.2].x"])
def test_an_address_a_header_cannot_carry_is_refused(interview: Interview, address: str) -> None:
    """An address whose host a mail header would read as something else is InvalidInput (email), not a wrong To."""
    odd = attrs.evolve(interview.decision_maker, email=address)
    changed = attrs.evolve(interview, interviewers=[odd, interview.interviewers[1]])
    workflow = Workflow.start(changed, Agreement.on_weekday(changed, 0))
    with pytest.raises(InvalidInput, match="cannot be written in a mail header") as caught:
        to_email_message(workflow, workflow.plan()[0])
    assert caught.value.field == "email"


@pytest.mark.parametrize("address", ['a"b@c.de', "a,b@c.de", "(x)@y.de", "zoë@exämple.de"])
def test_odd_but_carried_addresses_read_back_as_given(interview: Interview, address: str) -> None:
    """Quotes, commas and parentheses in the user part are quoted in To and read back as typed."""
    odd = attrs.evolve(interview.decision_maker, email=address)
    changed = attrs.evolve(interview, interviewers=[odd, interview.interviewers[1]])
    workflow = Workflow.start(changed, Agreement.on_weekday(changed, 0))
    (found,) = parsed(to_email_message(workflow, workflow.plan()[0]))["To"].addresses
    assert f"{found.username}@{found.domain}" == address
