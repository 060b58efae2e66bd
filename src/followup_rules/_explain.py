"""Why each planned action falls on its date, in words a person can check.

Every reason names the rule and the date it counts from ("one week after
call 1"), and says when a date moved off a weekend, a holiday or a day the
zone's calendar skipped ("moved from Monday, September 4 (Labor Day) to
Tuesday, September 5"). Reasons are in English, whatever the scripts'
language, with plain string formatting that no locale setting changes.
"""

from __future__ import annotations

import datetime as _dt

from ._rules import Context
from ._values import Agreement

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "absence_reason",
    "call_back_reason",
    "close_loop_reason",
    "first_call_reason",
    "follow_up_reason",
    "late_reason",
    "letter_reason",
    "move_on_reason",
    "next_call_reason",
    "no_calls_left_reason",
]

# The English names of the weekdays and months: reasons are in English, and
# the English scripts share them.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def day(ordinal: int) -> str:
    """Write a day ordinal as "Tuesday, August 22"."""
    date = _dt.date.fromordinal(ordinal)
    return f"{WEEKDAYS[date.weekday()]}, {MONTHS[date.month - 1]} {date.day}"


def span(days: int) -> str:
    """Write a number of days as "one week", "two weeks" or "10 days"."""
    weeks, rest = divmod(days, 7)
    if rest == 0 and weeks < len(_NUMBERS):
        return f"{_NUMBERS[weeks]} week" + ("s" if weeks > 1 else "")
    return "one day" if days == 1 else f"{days} days"


def _why_not(context: Context, ordinal: int) -> str | None:
    """Why a day is no business day on the decision-maker's calendar, or None if it is one."""
    return context.decider_days.why_not(ordinal)


def moved(context: Context, wanted: int, got: int, *, weekends_said: bool = False) -> str:
    """Say how a date moved from ``wanted`` to ``got``, or "" when it did not.

    Args:
        context: The workflow's fixed facts (its policy knows the holidays).
        wanted: The day the rule gave before business days were applied.
        got: The business day it moved to.
        weekends_said: The reason already says "business day", so only the
            holidays stepped over are named ("not Monday, September 4 (Labor
            Day)"), and a move over a weekend alone needs no words.

    Returns:
        For example "moved from Monday, September 4 (Labor Day) to Tuesday,
        September 5", with any further holiday skipped named after it.
    """
    if wanted == got:
        return ""
    skipped = [(o, _why_not(context, o)) for o in range(wanted, got)]
    named = [(o, why) for o, why in skipped if why is not None and why != "a weekend day"]
    if weekends_said:
        # "First business day after ..." already explains weekends: name
        # only the holidays and skipped days it stepped over.
        return ", ".join(f"not {day(o)} ({why})" for o, why in named)
    first_why = skipped[0][1] or "not a business day"
    text = f"moved from {day(wanted)} ({first_why}) to {day(got)}"
    later = [f"{why} on {day(o)}" for o, why in named if o != wanted]
    if later:
        text += f", past {', '.join(later)}"
    return text


def _joined(base: str, move: str) -> str:
    return f"{base}; {move}" if move else base


def letter_reason(context: Context) -> str:
    """Why a thank-you letter is due when it is."""
    return f"thank-you letters are due on the day of the interview ({day(context.letters_due_on)})"


def follow_up_reason(context: Context, agreement: Agreement, follow_up_on: int) -> str:
    """Why a step falls on an agreement's follow-up day.

    Args:
        context: The workflow's fixed facts.
        agreement: The agreement (the original, or a postponement's).
        follow_up_on: Its resolved follow-up day.

    Returns:
        The reason.
    """
    postponed = agreement is not context.agreement
    if agreement.follow_up_on is None:
        decision_by = agreement.decision_by.toordinal()
        what = "the new date of the decision" if postponed else "the promised decision"
        base = f"first business day after {what} ({day(decision_by)})"
        return _joined(base, moved(context, decision_by + 1, follow_up_on, weekends_said=True))
    agreed = agreement.follow_up_on.toordinal()
    what = "the new follow-up day" if postponed else "the agreed follow-up day"
    return _joined(f"{what} ({day(agreed)})", moved(context, agreed, follow_up_on))


def first_call_reason(context: Context, follow_up_on: int) -> str:
    """Why the first call (or, without calls, the close-the-loop message) falls on the follow-up day."""
    return follow_up_reason(context, context.agreement, follow_up_on)


def next_call_reason(context: Context, attempt: int, previous_on: int, made: bool, got: int) -> str:
    """Why call ``attempt`` falls on ``got``: one interval after the previous call.

    Args:
        context: The workflow's fixed facts.
        attempt: This call's number after its agreement; 1 for the first
            call after a postponement, which counts from the last call made.
        previous_on: The previous call's day, made or planned.
        made: Whether the previous call was made (its real day is then named).
        got: This call's day.

    Returns:
        The reason.
    """
    interval = context.policy.call_interval_days
    previous = f"call {attempt - 1}" if attempt > 1 else "the last call"
    base = f"{span(interval)} after {previous}"
    if made:
        base += f" (made {day(previous_on)})"
    return _joined(base, moved(context, previous_on + interval, got))


def call_back_reason(context: Context, call_back_on: int, got: int) -> str:
    """Why a call falls on the call-back day the last call asked for."""
    base = f"the call-back day asked for on the last call ({day(call_back_on)})"
    return _joined(base, moved(context, call_back_on, got))


def absence_reason(context: Context, away_until: int, got: int) -> str:
    """Why a step waits for the end of the decision-maker's absence."""
    base = f"first business day after the decision-maker's absence (through {day(away_until)})"
    return _joined(base, moved(context, away_until + 1, got, weekends_said=True))


def _on_the(reason: str) -> str:
    """A follow-up reason after "on": "on the first business day ...", "on the agreed ..."."""
    return "on " + (reason if reason.startswith("the ") else f"the {reason}")


def close_loop_reason(
    context: Context,
    last_call_on: int | None,
    made: bool,
    got: int,
    agreement: Agreement | None = None,
) -> str:
    """Why the close-the-loop message is due on ``got``.

    Args:
        context: The workflow's fixed facts.
        last_call_on: The last call's day, made or planned; None without calls.
        made: Whether that call was made.
        got: The message's due day.
        agreement: The latest agreement, whose follow-up day it falls on
            when calls were not permitted; the original when omitted.

    Returns:
        The reason.
    """
    if not context.calls_permitted or last_call_on is None:
        latest = context.agreement if agreement is None else agreement
        return "calls were not permitted, so the loop is closed in writing " + _on_the(
            follow_up_reason(context, latest, got)
        )
    interval = context.policy.call_interval_days
    base = f"{span(interval)} after the last call (call {context.policy.max_calls})"
    if made:
        base += f", made {day(last_call_on)}"
    return _joined(base, moved(context, last_call_on + interval, got))


def no_calls_left_reason(context: Context, agreement: Agreement, follow_up_on: int) -> str:
    """Why the close-the-loop message is next after one postponement too many."""
    limit = context.policy.max_postponements
    return (
        f"the decision was postponed more than {limit} time{'s' if limit != 1 else ''}, so "
        "no more calls: the loop is closed "
        + _on_the(follow_up_reason(context, agreement, follow_up_on))
    )


def move_on_reason(
    context: Context, closed_on: int, reply_by: int, sent: bool, *, restarted: bool = False
) -> str:
    """Why moving on is due the day after the reply-by date.

    Args:
        context: The workflow's fixed facts.
        closed_on: The day the close-the-loop message was (or is planned to be) sent.
        reply_by: Its reply-by date.
        sent: Whether the message was sent.
        restarted: Whether the reply window restarted on the decision-maker's
            return from an absence.

    Returns:
        The reason.
    """
    window = context.policy.reply_window_days
    what = "sent" if sent else "due"
    if restarted:
        return (
            f"the day after the reply-by date ({day(reply_by)}): the {span(window)} reply "
            f"window of the close-the-loop message {what} {day(closed_on)} restarted on the "
            "decision-maker's return from an absence"
        )
    base = (
        f"the day after the reply-by date ({day(reply_by)}), {span(window)} after the "
        f"close-the-loop message {what} {day(closed_on)}"
    )
    return _joined(base, moved(context, closed_on + window, reply_by))


def late_reason(reason: str, due_on: int, got: int) -> str:
    """Add to a reason that the step is overdue and planned from today instead."""
    return f"{reason}; overdue since {day(due_on)}, so planned for {day(got)}"
