"""Ready to send: a script as an :class:`email.message.EmailMessage`.

:func:`to_email_message` writes the email form of an action or an answer
(the same script :func:`render` writes with ``channel=Channel.EMAIL``) into
a standard-library message: ``To`` with the contact's name and address,
``From`` with the candidate's when known, ``Subject``, and the body as
plain text (UTF-8). Hand it to :meth:`smtplib.SMTP.send_message`, or turn it
into bytes with ``message.as_bytes()`` for a mail API. Nothing is sent and
nothing is read here: no I/O, no clock (no ``Date`` header: the sending
program adds it when it sends).
"""

from __future__ import annotations

from collections.abc import Mapping
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default
from typing import Any

from ._errors import InvalidInput, shown
from ._events import DecisionPostponed, HeardBack, Withdrew
from ._plan import ActionKind
from ._scripts import compose, mail_address, resolve
from ._values import Channel, Tone
from ._workflow import Action, Workflow

__all__ = ["to_email_message"]

# The standard library folds a long header of non-ASCII text into several
# encoded words, and reading such a header back can lose or move the spaces
# between them (a subject of accented words, a name in another script). A
# header line may be 998 characters long (RFC 5322): folding only past that
# keeps every subject and name exactly as written.
_HEADERS = default.clone(max_line_length=998)


def to_email_message(
    workflow: Workflow,
    item: Action | HeardBack | DecisionPostponed | Withdrew,
    *,
    now: Any = None,
    tone: Tone | None = None,
    templates: Mapping[str, Any] | None = None,
    language: str | None = None,
) -> EmailMessage:
    """Write the email of an action or an answer as a message ready to send.

    Args:
        workflow: The workflow the item belongs to.
        item: As for :func:`render`: a thank-you letter, the close-the-loop
            message, or an answer to a ``HeardBack``, ``DecisionPostponed``
            or ``Withdrew`` of the history (calls and the move-on summary
            have no email form).
        now: As for :func:`render`: when the email is written.
        tone: The tone to write in; the policy's when None.
        templates: Custom templates, as for :func:`render`.
        language: The language to write in, as for :func:`render`; the
            policy's when None.

    Returns:
        A message with ``To`` (the contact's name and email address),
        ``From`` (the candidate's, when their email address is known),
        ``Subject`` and a plain-text UTF-8 body. Parsed back with
        :data:`email.policy.default`, it gives the same headers and body;
        ``smtplib`` turns its line ends into the CRLF that SMTP wants when
        it sends it.

    Raises:
        InvalidInput: As :func:`render` does; also when the item has no
            email form, or the contact has no email address
            (``Interviewer.email``).
        TemplateError: As :func:`render` does.
        ImportError: As :func:`render` does.
    """
    _, _, found = resolve(workflow, item)
    if isinstance(found, Action) and found.kind in (ActionKind.CALL, ActionKind.MOVE_ON):
        what = "a call" if found.kind is ActionKind.CALL else "the move-on summary"
        raise InvalidInput(
            f"{what} has no email form; email a thank-you letter, the close-the-loop "
            "message, or an answer to an event",
            field="item",
        )
    script, facts = compose(
        workflow,
        item,
        now=now,
        tone=tone,
        channel=Channel.EMAIL,
        templates=templates,
        language=language,
    )
    contact = facts.contact
    if contact.email is None:
        raise InvalidInput(
            f"{shown(contact.name)} has no email address; give one (Interviewer.email) to "
            "email them, or send a letter instead",
            field="email",
        )
    candidate = facts.candidate
    message = EmailMessage(policy=default)
    message.set_content(script.body)
    message.policy = _HEADERS
    message["To"] = _header_address(contact.name, contact.email, "Interviewer.email")
    if candidate.email is not None:
        message["From"] = _header_address(candidate.name, candidate.email, "Candidate.email")
    assert script.subject is not None, "an email script has its subject"
    message["Subject"] = script.subject
    return message


def _header_address(name: str, address: str, field: str) -> Address:
    """The mailbox of a name and address, or InvalidInput when a header cannot carry it as given.

    The value types accept any ``user@host.tld`` without spaces; a host
    holding a comma or a parenthesis, say, would read back as another
    address.
    """
    mailbox = mail_address(name, address)
    try:
        found = _HEADERS.header_factory("To", str(mailbox)).addresses
    except Exception:
        found = ()
    if len(found) != 1 or (found[0].username, found[0].domain, found[0].display_name) != (
        mailbox.username,
        mailbox.domain,
        name,
    ):
        raise InvalidInput(
            f"the email address {shown(address)} cannot be written in a mail header as it is; "
            f"give an address like name@example.com ({field})",
            field="email",
        )
    return mailbox
