"""Quickstart: the strategy's own example, from the interview to moving on.

An interview for a Senior Data Engineer position ends on Wednesday
16 August 2017 in Detroit. The decision-maker promises a decision by "next
Monday" and agrees to a call the day after if the candidate has heard
nothing. This script prints the plan with the words for every step, records
a few things the candidate did, and asks what is due.

Run it with ``python examples/quickstart.py``.
"""

from __future__ import annotations

import pendulum

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    Candidate,
    Channel,
    DecisionPostponed,
    Interview,
    Interviewer,
    Position,
    RuleViolation,
    Script,
    ThankYouSent,
    Workflow,
    permission_script,
    render,
)

DETROIT = "America/Detroit"

WHAT = {
    ActionKind.SEND_THANK_YOU: "Send a thank-you letter to {contact}",
    ActionKind.CALL: "Call {contact} (call {attempt})",
    ActionKind.CLOSE_LOOP: "Close the loop with {contact}, asking for an answer by {reply_by}",
    ActionKind.MOVE_ON: "No answer by {reply_by}: close the application and move on",
}


def describe(action: Action) -> str:
    """One line for an action: its date, its step and what to do."""
    reply_by = action.reply_by.format("dddd, MMMM D", locale="en") if action.reply_by else ""
    contact = action.contact.name if action.contact else ""
    line = WHAT[action.kind].format(contact=contact, attempt=action.attempt, reply_by=reply_by)
    when = action.due_on.format("ddd, MMM D YYYY", locale="en")
    windows = ", ".join(
        f"{w.start.format('HH:mm')}-{w.end.format('HH:mm')}" for w in action.windows
    )
    return f"  {when}  step {action.step}  {line}" + (f"  [{windows}]" if windows else "")


def show(script: Script, *, spoken: bool = False) -> None:
    """Print a script indented under its action, with its subject if it has one."""
    if script.subject:
        print(f"      Subject: {script.subject}")
    for line in script.body.splitlines():
        print(f"      {line}".rstrip())
    if spoken:
        print(f"      (about {script.speaking_seconds:.0f} seconds aloud)")
    print()


def main() -> None:
    """Build the example, print its plan, apply some events and show what is due."""
    decider = Interviewer(
        "Morgan Lee", "Director of Engineering", timezone=DETROIT, decision_maker=True
    )
    recruiter = Interviewer("Riley Chen", "Technical Recruiter", timezone=DETROIT)
    interview = Interview(
        Candidate("Jordan Avery", "(313) 555-0142", timezone=DETROIT),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider, recruiter],
        ended_at=pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT),
        highlights=["the walkthrough of the streaming pipeline redesign"],
        qualifications=["six years building data platforms"],
    )
    # Step 1: "When can I expect a decision?" - "Next Monday." - "May I call on
    # Tuesday if I haven't heard by then?" - "Sure."
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    print(f"Decision promised by {workflow.agreement.decision_by.format('dddd, MMMM D')};")
    print(f"follow-up call agreed for {workflow.follow_up_on.format('dddd, MMMM D')}.\n")
    print("Step 1, at the end of the interview, say:")
    show(permission_script(workflow), spoken=True)
    print("The plan, if nobody calls back, with the words for each step:")
    for action in workflow.plan():
        print(describe(action))
        script = render(workflow, action)
        show(script, spoken=script.channel is Channel.VOICEMAIL)

    # Step 2 on the interview's evening; step 3's first call on the agreed day.
    workflow = workflow.apply(ThankYouSent(decider, pendulum.datetime(2017, 8, 16, 18, tz=DETROIT)))
    workflow = workflow.apply(
        ThankYouSent(recruiter, pendulum.datetime(2017, 8, 16, 18, 10, tz=DETROIT), Channel.EMAIL)
    )
    workflow = workflow.apply(CallPlaced(pendulum.datetime(2017, 8, 22, 17, 30, tz=DETROIT)))
    print(
        f"\nAfter the letters and the first call: {workflow.stage.name}, "
        f"{workflow.calls_made} call made."
    )

    # The rules refuse what the strategy does not allow, and change nothing.
    try:
        workflow.apply(CallPlaced(pendulum.datetime(2017, 8, 25, 8, 15, tz=DETROIT)))
    except RuleViolation as error:
        print(f"Calling again on Friday is refused: {error.rule}.")

    now = pendulum.datetime(2017, 8, 29, 7, 45, tz=DETROIT)
    print(f"\nDue on {now.format('dddd, MMMM D [at] HH:mm')}:")
    for action in workflow.due(now):
        print(describe(action))

    # Real life: on the second call Morgan Lee says they are still deciding,
    # "give us until Friday 8 September". A new date is a new step 1: the
    # letters stay sent and the calls start over from the new follow-up day.
    call = workflow.due(now)[0]
    workflow = workflow.apply(call.done(pendulum.datetime(2017, 8, 29, 8, tz=DETROIT)))
    workflow = workflow.apply(
        DecisionPostponed(
            pendulum.datetime(2017, 8, 29, 8, 5, tz=DETROIT),
            decision_by=pendulum.date(2017, 9, 8),
        )
    )
    print(
        f"\nPostponed to Friday, September 8: {workflow.stage.name}, follow-up on "
        f"{workflow.follow_up_on.format('dddd, MMMM D')}, "
        f"{workflow.calls_total} calls so far. The plan now:"
    )
    for action in workflow.plan():
        print(describe(action))


if __name__ == "__main__":
    main()
