"""Displays of a workflow: flat timeline records, an HTML table and a Markdown table.

This is an edge module: it reads the engine's values (``history``, ``plan()``
and ``due(now)``) and turns them into rows; the engine never imports it.
Rules it follows:

* One row per accepted event (status ``"done"``) and one per remaining
  planned action (status ``"due"`` or ``"planned"``), in time order.
* Each row's date is on the calendar of the person it concerns, as in
  :attr:`Action.due_on`: letters on the candidate's calendar, calls, the
  close-the-loop message and moving on on the decision-maker's; hearing back
  and withdrawing on the candidate's. The ``timezone`` column names it.
* Every time in a row (an event's hour in ``reason``) is read in the same
  zone as its date, so a row never mixes two calendars.
* Call windows are shown in the candidate's zone, and say so: the candidate
  is the one who dials. The tables say above the rows which zones they use,
  and whether the decision-maker is in another zone than the candidate.
* The HTML sets done, due and planned rows apart with inline styles only (no
  stylesheet, no script, nothing fetched), in colours that read on light and
  dark notebook themes alike: text keeps the theme's colour, and the status
  marks are translucent tints and borders over whatever background it has.
* Nothing here reads the clock: without a ``now`` nothing is ``"due"``.
* Every value a user typed is escaped: HTML with :func:`html.escape`, Markdown
  with backslashes before every character CommonMark could read as markup
  (emphasis, code, links, HTML, entities, table cells) and line breaks made
  spaces, so a name like ``<script>`` or ``__init__`` is printed as typed,
  never run or formatted.
"""

from __future__ import annotations

import datetime as _dt
import html
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from ._calendar import date_in_zone, day_to_date, zone
from ._errors import InvalidInput, type_name
from ._events import (
    CallPlaced,
    CloseLoopSent,
    DecisionPostponed,
    Event,
    HeardBack,
    MovedOn,
    OutOfOffice,
    ThankYouSent,
    ThankYouSkipped,
    Withdrew,
)
from ._workflow import Action, ActionKind, Workflow

__all__ = ["COLUMNS", "timeline", "workflow_html", "workflow_markdown"]

COLUMNS: tuple[str, ...] = (
    "date",
    "step",
    "action",
    "kind",
    "contact",
    "call_windows",
    "timezone",
    "status",
    "reason",
)
"""The keys of every :func:`timeline` record, in display order.

* ``date`` (``datetime.date``): when the action is due, or the day the event
  happened, on the calendar named by ``timezone``.
* ``step`` (``int``): the strategy's step, 2 to 4 (step 1, the agreement,
  happens before the workflow starts and has no row).
* ``action`` (``str``): a short label: "Thank-you letter", "Call 2",
  "Close the loop", "Move on", "Heard back" or "Withdrew".
* ``kind`` (``str``): the :class:`ActionKind` name for actions (``"CALL"``),
  the event class name for events (``"CallPlaced"``).
* ``contact`` (``str`` or ``None``): whom it goes to, or whom it went to.
* ``call_windows`` (``str`` or ``None``): for planned calls, the before- and
  after-hours windows in the candidate's zone, for example
  ``"08:00-09:00, 17:00-18:00 (America/Detroit)"``; a window that falls on
  another day of the candidate's calendar than ``date`` starts with that day
  (``"Mon 21 Aug 21:30-22:30"``). None for everything else.
* ``timezone`` (``str``): the zone of the calendar ``date`` belongs to.
* ``status`` (``str``): ``"done"``, ``"due"`` or ``"planned"``.
* ``reason`` (``str``): for actions, the action's ``reason`` (why it falls on
  that date); for events, what was done and when, the hour read in the
  row's ``timezone``.
"""

_ACTION_LABELS = {
    ActionKind.SEND_THANK_YOU: "Thank-you letter",
    ActionKind.CALL: "Call",
    ActionKind.CLOSE_LOOP: "Close the loop",
    ActionKind.MOVE_ON: "Move on",
}

_HEADINGS = {
    "date": "Date",
    "timezone": "Time zone",
    "status": "Status",
    "step": "Step",
    "action": "Action",
    "contact": "Contact",
    "call_windows": "Call windows (candidate's time)",
    "reason": "Why",
}
"""The columns the HTML and Markdown tables show, with their headings."""

_STATUS_LABELS = {
    "done": "\N{CHECK MARK} done",
    "due": "\N{BLACK CIRCLE} due",
    "planned": "\N{WHITE CIRCLE} planned",
}
"""How the tables show each status: a mark that tells them apart without colour too."""

# --- the HTML's look --------------------------------------------------------
#
# Inline styles only: a notebook shows an output's HTML without its own
# stylesheet (and a <style> element would restyle every table on the page).
# Nothing sets the text's colour: it stays the theme's, light on dark or dark
# on light. What marks a status is drawn over the theme's background:
# translucent tints, and bars in mid-tone colours that contrast at least 3:1
# with white and with near-black alike. Alignment and borders are set on
# every cell because notebook themes set their own (JupyterLab right-aligns
# table cells).

_TABLE_STYLE = (
    "border-collapse:collapse;border-spacing:0;margin:0.5em 0;table-layout:auto;"
    "font-variant-numeric:tabular-nums;line-height:1.4"
)
_CAPTION_STYLE = "caption-side:top;text-align:left;padding:0 0 0.5em"
_TITLE_STYLE = "display:block;font-weight:bold;font-size:1.1em"
_NOTE_STYLE = "display:block;font-size:0.9em"
_HEADING_STYLE = (
    "padding:0.3em 0.7em;text-align:left;vertical-align:bottom;font-weight:bold;"
    "border:none;border-bottom:2px solid currentColor;background:transparent"
)
_CELL_STYLE = (
    "padding:0.3em 0.7em;text-align:left;vertical-align:top;"
    "border:none;border-bottom:1px solid rgba(128,128,128,0.35)"
)
# Short values stay on one line, so that "Why" is what wraps.
_NOWRAP = "white-space:nowrap"
_COLUMN_STYLES = {
    "date": _NOWRAP,
    "timezone": _NOWRAP,
    "status": _NOWRAP,
    "step": "text-align:center",
    "action": _NOWRAP,
    "contact": _NOWRAP,
    # Room for two windows on a line, so that only the zone goes below them,
    # and for a few words of why: on a narrow page the table scrolls sideways
    # rather than squeezing the reasons to a word a line.
    "call_windows": "min-width:14em",
    "reason": "min-width:16em",
}
_BADGE_STYLE = (
    "display:inline-block;padding:0 0.55em;border-radius:0.8em;font-size:0.85em;"
    "line-height:1.6;white-space:nowrap"
)


@attrs.frozen
class _Look:
    """How rows of one status stand out: a bar down their left edge, their badge, a tint."""

    accent: str
    badge: str
    row: str = ""


_LOOKS = {
    # Done: a green bar and a tinted badge; the row itself is quiet.
    "done": _Look("#2a9d4b", "border:1px solid #2a9d4b;background:rgba(42,157,75,0.2)"),
    # Due: what to do now, so the whole row is tinted and the badge is bold.
    "due": _Look(
        "#d0740a",
        "border:1px solid #d0740a;background:rgba(208,116,10,0.3);font-weight:bold",
        "background:rgba(208,116,10,0.12)",
    ),
    # Planned: a grey bar and a dashed outline in the text's own colour.
    "planned": _Look("#888888", "border:1px dashed currentColor;background:transparent"),
}

# Events dated on the candidate's calendar; every other event concerns the
# decision-maker and is dated on theirs (the calendars of Action.due_on).
_CANDIDATES_EVENTS = (ThankYouSent, ThankYouSkipped, HeardBack, Withdrew)

_EMPTY = "\N{EM DASH}"
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# Markdown renderers (Jupyter's included) turn these into formatting, links,
# code, raw HTML, table cells or mathematics; a backslash before any ASCII
# punctuation makes it literal (CommonMark, section 2.4), so each is escaped
# wherever it appears. Two are left alone where they cannot act, so that zone
# and company names stay readable in a terminal: an ampersand that could not
# start an entity such as "&lt;", and an underscore between two letters or
# digits ("Los_Angeles"), which CommonMark never reads as emphasis (section
# 6.2). ``[^\W_]`` is a letter or a digit: an underscore next to another one
# is next to punctuation, and "__init__" would be emphasis.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<>|$#~]|(?<![^\W_])_|_(?![^\W_])|&(?=#?\w+;))")


def timeline(workflow: Workflow, now: Any = None) -> list[dict[str, object]]:
    """Return a workflow's timeline as flat records, one per row, in time order.

    Every accepted event of ``workflow.history`` gives a row with status
    ``"done"``; every action of ``workflow.plan()`` gives a row with status
    ``"due"`` when it is in ``workflow.due(now)`` and ``"planned"``
    otherwise. Without ``now`` no clock is read and every remaining action is
    ``"planned"``. Rows are ordered by date; on the same date the done rows
    come first, then the others in history and plan order. The records are
    plain dicts with the keys of :data:`COLUMNS`, ready for
    ``pandas.DataFrame(records)`` or ``polars.DataFrame(records)``.

    Args:
        workflow: The workflow to show.
        now: The current time, timezone-aware, to mark what is due; None to
            mark nothing as due.

    Returns:
        One dict per row, with the keys of :data:`COLUMNS`.

    Raises:
        InvalidInput: ``workflow`` is not a Workflow, or ``now`` is given and
            is not an aware datetime.
    """
    # The type is asked, not isinstance(): a mock made with spec=Workflow
    # passes isinstance and is nothing like one.
    if not issubclass(type(workflow), Workflow):
        raise InvalidInput(
            f"timeline() takes a Workflow, not {type_name(workflow)}", field="workflow"
        )
    due: Sequence[Action] = () if now is None else workflow.due(now)
    rows = [*_event_records(workflow), *_action_records(workflow, due)]
    # By date, the done rows first on the same date; the index keeps history
    # and plan order within each.
    return [row for _, row in sorted(enumerate(rows), key=_time_order)]


def workflow_html(workflow: Workflow, *, now: Any = None) -> str:
    """Return a workflow's timeline as an HTML table, for notebooks.

    The caption names the candidate, the position, the company and the
    stage, and says which time zones the rows use: one zone for everything,
    or, when the decision-maker is in another zone than the candidate, both.
    The columns are the date, its time zone, the status, the step, the
    action, the contact, the call windows in the candidate's time and why.
    Done, due and planned rows are set apart by a coloured bar, a badge and,
    for due rows, a tint, all in inline styles that keep the notebook
    theme's text colour (no stylesheet, no script). Every value is escaped
    with :func:`html.escape`.

    Args:
        workflow: The workflow to show.
        now: The current time, timezone-aware, to mark what is due; None
            (the default, and what ``Workflow._repr_html_`` uses) to mark
            nothing as due.

    Returns:
        One ``<table>`` element, as a string.

    Raises:
        InvalidInput: ``workflow`` is not a Workflow, or ``now`` is given and
            is not an aware datetime.
    """
    records = timeline(workflow, now)
    escape = html.escape
    headings = "".join(
        f'<th style="{_style(_HEADING_STYLE, _COLUMN_STYLES.get(key))}">{escape(heading)}</th>'
        for key, heading in _HEADINGS.items()
    )
    lines = [
        f'<table class="followup-rules-timeline" style="{_TABLE_STYLE}">',
        f'<caption style="{_CAPTION_STYLE}">'
        f'<span style="{_TITLE_STYLE}">{escape(_caption(workflow))}</span>'
        f'<span style="{_NOTE_STYLE}">{escape(_zones_note(workflow))}</span>'
        "</caption>",
        "<thead>",
        f"<tr>{headings}</tr>",
        "</thead>",
        "<tbody>",
    ]
    for record in records:
        status = str(record["status"])
        look = _LOOKS[status]
        cells = []
        for index, key in enumerate(_HEADINGS):
            style = _style(
                _CELL_STYLE,
                _COLUMN_STYLES.get(key),
                f"border-left:4px solid {look.accent}" if index == 0 else None,
            )
            text = escape(_cell(record, key))
            if key == "status":
                text = f'<span style="{_style(_BADGE_STYLE, look.badge)}">{text}</span>'
            elif key == "call_windows" and record[key] is not None:
                text = _unbroken_windows(text)
            cells.append(f'<td style="{style}">{text}</td>')
        row_style = f' style="{look.row}"' if look.row else ""
        lines.append(
            f'<tr class="followup-rules-{escape(status)}"{row_style}>{"".join(cells)}</tr>'
        )
    lines += ["</tbody>", "</table>"]
    return "\n".join(lines)


def workflow_markdown(workflow: Workflow, *, now: Any = None) -> str:
    """Return a workflow's timeline as a Markdown table, readable as plain text too.

    A first line names the candidate, the position, the company and the
    stage; a second paragraph says which time zones the rows use; then the
    table's header, its separator and one line per row, with the columns of
    the HTML table. Values are backslash-escaped where Markdown would read
    them as formatting, links, HTML or mathematics, and line breaks become
    spaces.

    Args:
        workflow: The workflow to show.
        now: The current time, timezone-aware, to mark what is due; None
            (the default, and what ``Workflow._repr_markdown_`` uses) to mark
            nothing as due.

    Returns:
        The Markdown text, without a trailing newline.

    Raises:
        InvalidInput: ``workflow`` is not a Workflow, or ``now`` is given and
            is not an aware datetime.
    """
    records = timeline(workflow, now)
    lines = [
        f"**{_markdown(_caption(workflow))}**",
        "",
        _markdown(_zones_note(workflow)),
        "",
        "| " + " | ".join(_HEADINGS.values()) + " |",
        "|" + "|".join("---" for _ in _HEADINGS) + "|",
    ]
    for record in records:
        lines.append("| " + " | ".join(_markdown(_cell(record, key)) for key in _HEADINGS) + " |")
    return "\n".join(lines)


# --- building the records -------------------------------------------------


def _action_records(workflow: Workflow, due: Sequence[Action]) -> Iterator[dict[str, object]]:
    candidate_zone = workflow.interview.candidate.timezone
    # Looked up once per planned action: a set, so that a plan of many
    # letters, all due, does not cost its square.
    due_now = frozenset(due)
    for action in workflow.plan():
        label = _ACTION_LABELS[action.kind]
        if action.kind is ActionKind.CALL:
            label = f"{label} {action.attempt}"
        yield _record(
            date=action.due_on,
            step=action.step,
            action=label,
            kind=action.kind.name,
            contact=None if action.contact is None else action.contact.name,
            call_windows=_windows(action, candidate_zone) if action.windows else None,
            timezone=action.timezone,
            status="due" if action in due_now else "planned",
            reason=action.reason,
        )


def _event_records(workflow: Workflow) -> Iterator[dict[str, object]]:
    interview, agreement, policy = workflow.interview, workflow.agreement, workflow.policy
    candidate_zone = interview.candidate.timezone
    decider = interview.decision_maker
    # The workflow is replayed so that an event that ends it (hearing back,
    # withdrawing) can be put under the step the candidate was on.
    before = Workflow.start(interview, agreement, policy)
    calls = 0
    for event in workflow.history:
        # The hour is read on the calendar of the row's date: a call placed at
        # 20:00 in New York says 20:00 on that Tuesday there, not the
        # candidate's 02:00 on Wednesday in Berlin beside New York's date.
        zone_name = candidate_zone if isinstance(event, _CANDIDATES_EVENTS) else decider.timezone
        when = event.at.in_timezone(zone(zone_name)).format("ddd D MMM HH:mm", locale="en")
        contact: str | None = None
        if isinstance(event, ThankYouSent):
            step, label = 2, "Thank-you letter"
            contact = event.to.name
            reason = f"sent by {event.channel.value} on {when}"
        elif isinstance(event, ThankYouSkipped):
            step, label = 2, "Thank-you letter"
            contact = event.to.name
            reason = f"skipped on {when}: no letter"
        elif isinstance(event, CallPlaced):
            calls += 1
            step, label = 3, f"Call {calls}"
            contact = decider.name
            reason = f"placed on {when}: {event.result.value.replace('_', ' ')}"
            if event.call_back_on is not None:
                reason += f", asked to call back on {event.call_back_on.isoformat()}"
        elif isinstance(event, DecisionPostponed):
            step, label = 1, "Decision postponed"
            contact = decider.name
            new_date = (
                "on hold"
                if event.decision_by is None
                else f"now by {event.decision_by.isoformat()}"
            )
            reason = f"heard on {when}: the decision is {new_date}"
        elif isinstance(event, OutOfOffice):
            step, label = before.plan()[0].step, "Out of office"
            contact = decider.name
            reason = f"heard on {when}: away through {event.until.isoformat()}"
        elif isinstance(event, CloseLoopSent):
            step, label = 4, "Close the loop"
            contact = decider.name
            reason = f"sent by {event.channel.value} on {when}"
        elif isinstance(event, MovedOn):
            step, label = 4, "Move on"
            reason = f"closed the application on {when}"
        else:
            step = before.plan()[0].step
            label, reason = _ending(event, when)
        yield _record(
            date=day_to_date(date_in_zone(event.at, zone_name)),
            step=step,
            action=label,
            kind=type(event).__name__,
            contact=contact,
            call_windows=None,
            timezone=zone_name,
            status="done",
            reason=reason,
        )
        before = before.apply(event)


def _time_order(item: tuple[int, dict[str, object]]) -> tuple[_dt.date, bool, int]:
    index, row = item
    day = row["date"]
    assert isinstance(day, _dt.date)
    return (day, row["status"] != "done", index)


def _ending(event: Event, when: str) -> tuple[str, str]:
    if isinstance(event, HeardBack):
        return "Heard back", f"heard back on {when}: {event.outcome.value.replace('_', ' ')}"
    assert isinstance(event, Withdrew)
    return "Withdrew", f"withdrew on {when}"


def _record(
    *,
    date: _dt.date,
    step: int,
    action: str,
    kind: str,
    contact: str | None,
    call_windows: str | None,
    timezone: str,
    status: str,
    reason: str,
) -> dict[str, object]:
    # Plain stdlib dates, not pendulum's subclass: data tools (pandas, polars,
    # Arrow) recognise them as dates.
    return {
        "date": _dt.date(date.year, date.month, date.day),
        "step": step,
        "action": action,
        "kind": kind,
        "contact": contact,
        "call_windows": call_windows,
        "timezone": timezone,
        "status": status,
        "reason": reason,
    }


def _windows(action: Action, candidate_zone: str) -> str:
    there = zone(candidate_zone)
    spans = [(w.start.in_timezone(there), w.end.in_timezone(there)) for w in action.windows]
    # When the candidate's day differs from the decision-maker's for either
    # window, every window says its day, so none can be read on the wrong one.
    dated = any(start.date() != action.due_on for start, _ in spans)
    parts = []
    for start, end in spans:
        text = f"{start.format('HH:mm')}-{end.format('HH:mm')}"
        parts.append(f"{start.format('ddd D MMM', locale='en')} {text}" if dated else text)
    return f"{', '.join(parts)} ({candidate_zone})"


# --- tables -------------------------------------------------------------------


def _caption(workflow: Workflow) -> str:
    interview = workflow.interview
    position = interview.position
    return (
        f"{interview.candidate.name}: {position.title} at {position.company} "
        f"(stage {workflow.stage.name})"
    )


def _unbroken_windows(text: str) -> str:
    # "08:00-09:00, 17:00-18:00 (America/Detroit)" may wrap between its
    # windows and before its zone, never inside a window at a hyphen. The
    # text is the same; only spans are put around its pieces.
    windows, _, zone_name = text.rpartition(" (")
    pieces = [*windows.split(", "), f"({zone_name}"]
    spans = [f'<span style="{_NOWRAP}">{piece}</span>' for piece in pieces]
    return ", ".join(spans[:-1]) + " " + spans[-1]


def _zones_note(workflow: Workflow) -> str:
    candidate = workflow.interview.candidate
    decider = workflow.interview.decision_maker
    if candidate.timezone == decider.timezone:
        return f"All dates and times are in {candidate.timezone}."
    return (
        f"{decider.name}, the decision-maker, is in another time zone ({decider.timezone}) "
        f"than the candidate, {candidate.name} ({candidate.timezone}): each row's date and "
        "time are in its time zone, and call windows in the candidate's time."
    )


def _cell(record: dict[str, object], key: str) -> str:
    value = record[key]
    if key == "status":
        return _STATUS_LABELS[str(value)]
    if value is None or value == "":
        return _EMPTY
    if isinstance(value, _dt.date):
        # Day names from a table, not strftime: strftime follows the process's locale.
        return f"{_WEEKDAYS[value.weekday()]} {value.isoformat()}"
    return str(value)


def _style(*parts: str | None) -> str:
    return ";".join(part for part in parts if part)


def _markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))
