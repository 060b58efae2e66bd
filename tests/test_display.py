"""timeline(), the HTML and the Markdown displays: the same rows as plan() and history."""

from __future__ import annotations

import datetime as dt
import re
import string
from collections import Counter
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import attrs
import pandas  # type: ignore[import-untyped]  # no pandas-stubs in the test extra
import pendulum
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    Candidate,
    CloseLoopSent,
    Event,
    HeardBack,
    Interview,
    Interviewer,
    InvalidInput,
    MovedOn,
    Outcome,
    Position,
    ThankYouSent,
    Withdrew,
    Workflow,
)
from followup_rules._display import (
    _HEADINGS,
    COLUMNS,
    _cell,
    _zones_note,
    timeline,
    workflow_html,
    workflow_markdown,
)
from tests.conftest import DETROIT
from tests.strategies import aware_datetimes, wall_clock, workflows

DETROIT_WINDOWS = "08:00-09:00, 17:00-18:00 (America/Detroit)"
HEADINGS = [
    "Date",
    "Time zone",
    "Status",
    "Step",
    "Action",
    "Contact",
    "Call windows (candidate's time)",
    "Why",
]
TABLE_TAGS = {"table", "caption", "thead", "tbody", "tr", "th", "td", "span"}
DONE, DUE, PLANNED = "\N{CHECK MARK} done", "\N{BLACK CIRCLE} due", "\N{WHITE CIRCLE} planned"
EXAMPLE_DAYS = [
    dt.date(2017, 8, 16),
    dt.date(2017, 8, 16),
    dt.date(2017, 8, 22),
    dt.date(2017, 8, 29),
    dt.date(2017, 9, 5),
    dt.date(2017, 9, 12),
    dt.date(2017, 9, 19),
    dt.date(2017, 9, 27),
]
EXAMPLE_LABELS = [
    "Thank-you letter",
    "Thank-you letter",
    "Call 1",
    "Call 2",
    "Call 3",
    "Call 4",
    "Close the loop",
    "Move on",
]


def at(month: int, day: int, hour: int = 12, minute: int = 0) -> pendulum.DateTime:
    """A 2017 wall-clock time in Detroit."""
    return pendulum.datetime(2017, month, day, hour, minute, tz=DETROIT)


def thanked(workflow: Workflow) -> Workflow:
    """The workflow with every letter sent on the interview's evening."""
    for person in workflow.interview.interviewers:
        workflow = workflow.apply(ThankYouSent(person, at(8, 16, 18)))
    return workflow


def event_zone(workflow: Workflow, event: Event) -> str:
    """The zone of the calendar an event's row uses: the decision-maker's for calls and the last steps."""
    interview = workflow.interview
    if isinstance(event, CallPlaced | CloseLoopSent | MovedOn):
        return interview.decision_maker.timezone
    return interview.candidate.timezone


def event_day(workflow: Workflow, event: Event) -> dt.date:
    """The day of an event on the calendar its row uses, computed with zoneinfo."""
    return event.at.astimezone(ZoneInfo(event_zone(workflow, event))).date()


def event_hour(workflow: Workflow, event: Event) -> str:
    """An event's day and hour as its row's reason says them, read with zoneinfo in the row's zone."""
    local = event.at.astimezone(ZoneInfo(event_zone(workflow, event)))
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[local.weekday()]
    month = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{weekday} {local.day} {month[local.month - 1]} {local:%H:%M}"


def two_zones() -> Workflow:
    """A candidate in Berlin and a decision-maker in New York, a letter sent and a call placed.

    The letter goes at 23:30 in New York, 05:30 the next day in Berlin; the
    call at 20:00 on Tuesday in New York, 02:00 on Wednesday in Berlin.
    """
    decider = Interviewer("Morgan Lee", timezone="America/New_York", decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="Europe/Berlin"),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider],
        pendulum.datetime(2017, 8, 16, 15, 30, tz="America/New_York"),
    )
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    workflow = workflow.apply(
        ThankYouSent(decider, pendulum.datetime(2017, 8, 16, 23, 30, tz="America/New_York"))
    )
    return workflow.apply(CallPlaced(pendulum.datetime(2017, 8, 22, 20, tz="America/New_York")))


def contact_name(action: Action) -> str | None:
    """The name an action's row shows as its contact."""
    return None if action.contact is None else action.contact.name


@st.composite
def advanced_workflows(draw: st.DrawFn) -> Workflow:
    """A random workflow taken some steps along its plan, sometimes ended by an answer."""
    workflow = draw(workflows())
    for _ in range(draw(st.integers(0, 9))):
        action = workflow.plan()[0]
        last = workflow.history[-1].at if workflow.history else workflow.interview.ended_at
        planned = wall_clock(action.due_on, dt.time(12), action.timezone)
        when = max(planned, last) + dt.timedelta(hours=draw(st.integers(0, 30)))
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert action.contact is not None
            event: Event = ThankYouSent(action.contact, when)
        elif action.kind is ActionKind.CALL:
            event = CallPlaced(when)
        elif action.kind is ActionKind.CLOSE_LOOP:
            event = CloseLoopSent(when)
        else:
            event = MovedOn(when)
        workflow = workflow.apply(event)
        if workflow.finished:
            return workflow
    ending = draw(st.sampled_from((None, HeardBack, Withdrew)))
    if ending is not None:
        last = workflow.history[-1].at if workflow.history else workflow.interview.ended_at
        workflow = workflow.apply(ending(last + dt.timedelta(hours=draw(st.integers(0, 500)))))
    return workflow


# --- timeline(): the strategy's example ---------------------------------------


def test_example_timeline_is_the_strategys_plan(workflow: Workflow) -> None:
    """A fresh example workflow gives the letters, four weekly calls, closing the loop and moving on."""
    rows = timeline(workflow)
    assert [row["date"] for row in rows] == EXAMPLE_DAYS
    assert [row["action"] for row in rows] == EXAMPLE_LABELS
    assert [row["step"] for row in rows] == [2, 2, 3, 3, 3, 3, 4, 4]
    assert [row["kind"] for row in rows] == [
        "SEND_THANK_YOU",
        "SEND_THANK_YOU",
        "CALL",
        "CALL",
        "CALL",
        "CALL",
        "CLOSE_LOOP",
        "MOVE_ON",
    ]
    assert [row["contact"] for row in rows] == [
        "Morgan Lee",
        "Riley Chen",
        *["Morgan Lee"] * 5,
        None,
    ]
    assert [row["call_windows"] for row in rows] == [None, None, *[DETROIT_WINDOWS] * 4, None, None]
    assert {row["status"] for row in rows} == {"planned"}
    assert {row["timezone"] for row in rows} == {DETROIT}
    assert [row["reason"] for row in rows] == [action.reason for action in workflow.plan()]
    assert all(type(row["date"]) is dt.date for row in rows)
    assert all(tuple(row) == COLUMNS for row in rows)


def test_example_marks_done_due_and_planned(workflow: Workflow) -> None:
    """After the letters, on the morning of the follow-up day, the letters are done and call 1 is due."""
    rows = timeline(thanked(workflow), at(8, 22, 7, 30))
    assert [row["status"] for row in rows] == ["done", "done", "due", *["planned"] * 5]
    assert [row["kind"] for row in rows[:2]] == ["ThankYouSent", "ThankYouSent"]
    assert [row["contact"] for row in rows[:2]] == ["Morgan Lee", "Riley Chen"]
    assert "18:00" in str(rows[0]["reason"])
    assert [row["date"] for row in rows] == EXAMPLE_DAYS


def test_rows_are_in_date_order_not_done_first(workflow: Workflow, decider: Interviewer) -> None:
    """A letter sent late comes after the other letter still due on the interview's day."""
    late = workflow.apply(ThankYouSent(decider, at(8, 18, 9)))
    rows = timeline(late, at(8, 18, 10))
    assert [(row["contact"], row["status"], row["date"]) for row in rows[:2]] == [
        ("Riley Chen", "due", dt.date(2017, 8, 16)),
        ("Morgan Lee", "done", dt.date(2017, 8, 18)),
    ]


def test_without_now_nothing_is_due(workflow: Workflow) -> None:
    """With no current time given, an action that is overdue still shows as planned."""
    assert workflow.due(at(9, 30))
    assert {row["status"] for row in timeline(workflow)} == {"planned"}
    assert {row["status"] for row in timeline(workflow, at(9, 30))} == {"due", "planned"}


def test_done_calls_are_numbered_and_the_rest_shift(workflow: Workflow) -> None:
    """A late first call is row "Call 1", done, on its own day; the next call is planned a week after it."""
    late = thanked(workflow).apply(CallPlaced(at(8, 24, 17, 30)))
    rows = timeline(late, at(8, 25))
    calls = [row for row in rows if row["step"] == 3]
    assert [(row["action"], row["status"], row["date"]) for row in calls] == [
        ("Call 1", "done", dt.date(2017, 8, 24)),
        ("Call 2", "planned", dt.date(2017, 8, 31)),
        ("Call 3", "planned", dt.date(2017, 9, 7)),
        ("Call 4", "planned", dt.date(2017, 9, 14)),
    ]
    assert calls[0]["kind"] == "CallPlaced"
    assert calls[0]["call_windows"] is None


def test_an_ended_workflow_shows_only_what_was_done(workflow: Workflow) -> None:
    """Hearing back ends the plan: every row is done, the last one under the step the candidate was on."""
    ended = thanked(workflow).apply(CallPlaced(at(8, 22, 8, 15)))
    ended = ended.apply(HeardBack(at(8, 23, 10), Outcome.OFFER))
    rows = timeline(ended, at(9, 1))
    assert [row["status"] for row in rows] == ["done"] * 4
    assert (rows[-1]["action"], rows[-1]["kind"], rows[-1]["step"]) == (
        "Heard back",
        "HeardBack",
        3,
    )
    assert "offer" in str(rows[-1]["reason"])
    assert rows[-1]["date"] == dt.date(2017, 8, 23)


def test_withdrawing_before_the_letters_is_step_two(workflow: Workflow) -> None:
    """Withdrawing while letters are unsent is a done row of step 2 and nothing else remains."""
    rows = timeline(workflow.apply(Withdrew(at(8, 17))))
    assert [(row["action"], row["step"], row["status"]) for row in rows] == [
        ("Withdrew", 2, "done")
    ]


def test_call_windows_are_in_the_candidates_zone() -> None:
    """A candidate in Los Angeles sees a Detroit decision-maker's windows three hours earlier."""
    decider = Interviewer("Morgan Lee", timezone=DETROIT, decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="America/Los_Angeles"),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider],
        at(8, 16, 15, 30),
    )
    rows = timeline(Workflow.start(interview, Agreement.on_weekday(interview, 0)))
    calls = [row for row in rows if row["kind"] == "CALL"]
    assert len(calls) == 4
    assert {row["call_windows"] for row in calls} == {
        "05:00-06:00, 14:00-15:00 (America/Los_Angeles)"
    }
    assert {row["timezone"] for row in calls} == {DETROIT}


def test_call_windows_on_another_day_name_their_day() -> None:
    """When the candidate's day differs from the decision-maker's, each window names its day."""
    decider = Interviewer("Asha Rao", timezone="Asia/Kolkata", decision_maker=True)
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="America/Los_Angeles"),
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider],
        pendulum.datetime(2017, 8, 16, 15, 30, tz="Asia/Kolkata"),
    )
    rows = timeline(Workflow.start(interview, Agreement.on_weekday(interview, 0)))
    first_call = next(row for row in rows if row["kind"] == "CALL")
    assert first_call["date"] == dt.date(2017, 8, 22)
    assert first_call["call_windows"] == (
        "Mon 21 Aug 19:30-20:30, Tue 22 Aug 04:30-05:30 (America/Los_Angeles)"
    )


def test_a_rows_hour_is_on_the_calendar_of_its_date() -> None:
    """A call placed at 20:00 in New York is dated and timed there, not at Berlin's 02:00 the next day."""
    rows = [row for row in timeline(two_zones()) if row["status"] == "done"]
    assert [(row["date"], row["timezone"], row["reason"]) for row in rows] == [
        (dt.date(2017, 8, 17), "Europe/Berlin", "sent by mail on Thu 17 Aug 05:30"),
        (dt.date(2017, 8, 22), "America/New_York", "placed on Tue 22 Aug 20:00: voicemail"),
    ]


def test_naive_now_is_refused(workflow: Workflow) -> None:
    """A naive current time raises InvalidInput naming now."""
    with pytest.raises(InvalidInput) as caught:
        timeline(workflow, dt.datetime(2017, 8, 22, 8))
    assert caught.value.field == "now"


@pytest.mark.parametrize("display", [timeline, workflow_html, workflow_markdown])
def test_not_a_workflow_is_refused(display: object) -> None:
    """Every display refuses something that is not a Workflow with InvalidInput."""
    assert callable(display)
    with pytest.raises(InvalidInput, match="Workflow"):
        display({"stage": "WAITING"})


def test_records_make_a_dataframe_with_the_documented_columns(workflow: Workflow) -> None:
    """pandas.DataFrame(timeline(w)) has exactly the documented columns, one row per record."""
    frame = pandas.DataFrame(timeline(thanked(workflow), at(8, 22, 8)))
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 8
    assert frame["status"].tolist() == ["done", "done", "due", *["planned"] * 5]
    assert frame["date"].tolist() == EXAMPLE_DAYS
    assert frame["step"].tolist() == [2, 2, 3, 3, 3, 3, 4, 4]


# --- timeline(): random workflows ---------------------------------------------


@given(advanced_workflows(), st.one_of(st.none(), aware_datetimes()))
def test_records_match_plan_and_history(workflow: Workflow, now: dt.datetime | None) -> None:
    """One done row per event and one due-or-planned row per action of plan(), sorted by date."""
    rows = timeline(workflow, now)
    plan = workflow.plan()
    due = workflow.due(now) if now is not None else ()
    assert len(rows) == len(plan) + len(workflow.history)
    assert all(tuple(row) == COLUMNS for row in rows)
    days = [row["date"] for row in rows]
    assert days == sorted(days)  # type: ignore[type-var]

    # Not yet done: exactly the plan, in its order, due iff in due(now).
    remaining = [row for row in rows if row["status"] != "done"]
    assert [
        (row["date"], row["step"], row["kind"], row["contact"], row["timezone"], row["reason"])
        for row in remaining
    ] == [
        (
            action.due_on,
            action.step,
            action.kind.name,
            contact_name(action),
            action.timezone,
            action.reason,
        )
        for action in plan
    ]
    assert [row["status"] for row in remaining] == [
        "due" if action in due else "planned" for action in plan
    ]
    assert sum(row["status"] == "due" for row in rows) == len(due)

    # Done: exactly the history, each on its day in the right person's zone.
    done = [row for row in rows if row["status"] == "done"]
    assert Counter((row["kind"], row["date"], row["timezone"]) for row in done) == Counter(
        (type(event).__name__, event_day(workflow, event), event_zone(workflow, event))
        for event in workflow.history
    )
    # Each done row's hour is read on the same calendar as its date.
    hours = [re.search(r" on (\w{3} \d+ \w{3} \d\d:\d\d)", str(row["reason"])) for row in done]
    assert Counter(
        (row["kind"], hour and hour[1]) for row, hour in zip(done, hours, strict=True)
    ) == (
        Counter((type(event).__name__, event_hour(workflow, event)) for event in workflow.history)
    )
    assert sorted(str(row["action"]) for row in done if row["kind"] == "CallPlaced") == sorted(
        f"Call {number}" for number in range(1, workflow.calls_made + 1)
    )
    assert all(row["call_windows"] is None for row in done)
    assert all(2 <= int(str(row["step"])) <= 4 for row in rows)


@given(advanced_workflows())
def test_call_windows_match_the_actions_windows(workflow: Workflow) -> None:
    """Every planned call shows both windows' times as read on the candidate's clock."""
    candidate_zone = ZoneInfo(workflow.interview.candidate.timezone)
    rows = [row for row in timeline(workflow) if row["kind"] == "CALL"]
    calls = [action for action in workflow.plan() if action.kind is ActionKind.CALL]
    assert len(rows) == len(calls)
    for row, call in zip(rows, calls, strict=True):
        text = str(row["call_windows"])
        assert text.endswith(f" ({workflow.interview.candidate.timezone})")
        for window in call.windows:
            start = window.start.astimezone(candidate_zone)
            end = window.end.astimezone(candidate_zone)
            assert f"{start:%H:%M}-{end:%H:%M}" in text
        assert row["action"] == f"Call {call.attempt}"


# --- HTML ---------------------------------------------------------------------


class TableParser(HTMLParser):
    """Collects an HTML fragment's tags, checking they nest, the caption's two lines and each cell's text."""

    VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "col", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.tags: Counter[str] = Counter()
        self.caption_lines: list[str] = []
        self.headings: list[str] = []
        self.rows: list[list[str]] = []
        self.body_rows = 0
        self.row_classes: list[str | None] = []
        self.attributes: set[str] = set()
        self.row_styles: list[list[tuple[str, str]]] = []
        self.styles: list[str] = []

    @property
    def caption(self) -> str:
        """The caption's first line: who, what and the stage."""
        return self.caption_lines[0] if self.caption_lines else ""

    @property
    def note(self) -> str:
        """The caption's second line: which time zones the rows use."""
        return self.caption_lines[1] if len(self.caption_lines) > 1 else ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        self.attributes.update(name for name, _ in attrs)
        self.styles += [value or "" for name, value in attrs if name == "style"]
        if tag in self.VOID:
            return
        if tag == "span" and self.open[-1:] == ["caption"]:
            self.caption_lines.append("")
        self.open.append(tag)
        style = dict(attrs).get("style") or ""
        if tag == "tr" and "tbody" in self.open:
            self.body_rows += 1
            self.rows.append([])
            self.row_classes.append(dict(attrs).get("class"))
            self.row_styles.append([])
        if "tr" in self.open and "tbody" in self.open:
            self.row_styles[-1].append((tag, style))
        if tag == "td" and self.rows:
            self.rows[-1].append("")
        if tag == "th":
            self.headings.append("")

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:]}")
            return
        self.open.pop()

    def handle_data(self, data: str) -> None:
        # Spans may hold text inside a cell or a caption line, nothing else.
        where = next((tag for tag in reversed(self.open) if tag != "span"), None)
        if where == "caption" and self.open[-1] == "span":
            self.caption_lines[-1] += data
        elif where == "td":
            self.rows[-1][-1] += data
        elif where == "th" and self.open[-1] == "th":
            self.headings[-1] += data
        elif data.strip():
            self.problems.append(f"text {data!r} outside a cell")


def parse(text: str) -> TableParser:
    """Parse an HTML fragment and fail unless its tags balance."""
    parser = TableParser()
    parser.feed(text)
    parser.close()
    assert parser.problems == []
    assert parser.open == []
    return parser


def test_html_is_one_balanced_table_with_a_row_per_record(workflow: Workflow) -> None:
    """The HTML is one table whose tags balance, with a caption, seven headings and a row per record."""
    now = at(8, 22, 8)
    current = thanked(workflow)
    parsed = parse(workflow_html(current, now=now))
    assert parsed.tags["table"] == 1
    assert parsed.tags["caption"] == 1
    assert parsed.caption == (
        "Jordan Avery: Senior Data Engineer at Northwind Analytics (stage WAITING)"
    )
    assert parsed.note == "All dates and times are in America/Detroit."
    assert parsed.headings == HEADINGS
    assert parsed.body_rows == len(timeline(current)) == 8
    assert all(len(cells) == 8 for cells in parsed.rows)
    assert [cells[2] for cells in parsed.rows] == [DONE, DONE, DUE, *[PLANNED] * 5]
    assert parsed.rows[2][:7] == [
        "Tue 2017-08-22",
        DETROIT,
        DUE,
        "3",
        "Call 1",
        "Morgan Lee",
        DETROIT_WINDOWS,
    ]
    assert parsed.row_classes == [
        *["followup-rules-done"] * 2,
        "followup-rules-due",
        *["followup-rules-planned"] * 5,
    ]


def test_html_says_when_the_decision_maker_is_in_another_zone() -> None:
    """Berlin and New York: the caption names both zones and each row shows its own zone and hour."""
    parsed = parse(workflow_html(two_zones()))
    assert parsed.note == (
        "Morgan Lee, the decision-maker, is in another time zone (America/New_York) than the "
        "candidate, Jordan Avery (Europe/Berlin): each row's date and time are in its time "
        "zone, and call windows in the candidate's time."
    )
    assert [cells[:2] for cells in parsed.rows[:3]] == [
        ["Thu 2017-08-17", "Europe/Berlin"],
        ["Tue 2017-08-22", "America/New_York"],
        ["Tue 2017-08-29", "America/New_York"],
    ]
    assert parsed.rows[1][7] == "placed on Tue 22 Aug 20:00: voicemail"
    assert parsed.rows[2][6] == "14:00-15:00, 23:00-00:00 (Europe/Berlin)"


def test_html_styles_are_inline_and_keep_the_themes_text_colour(workflow: Workflow) -> None:
    """No stylesheet, script or fetch; no style sets the text's colour; done, due and planned rows look different."""
    text = workflow_html(thanked(workflow), now=at(8, 22, 8))
    parsed = parse(text)
    assert set(parsed.tags) == TABLE_TAGS
    assert parsed.attributes == {"class", "style"}
    assert parsed.styles
    assert not [style for style in parsed.styles if "url(" in style or "@" in style]
    declarations = [part.strip() for style in parsed.styles for part in style.split(";")]
    assert [part for part in declarations if part.split(":")[0] == "color"] == []
    # A row's look: its own style, its first cell's (the bar down the left
    # edge) and its badge's (the first span of the row, in the status column).
    looks: dict[str, set[tuple[str, str, str]]] = {}
    for status, styles in zip(parsed.row_classes, parsed.row_styles, strict=True):
        badge = next(style for tag, style in styles if tag == "span")
        looks.setdefault(str(status), set()).add((styles[0][1], styles[1][1], badge))
    assert set(looks) == {"followup-rules-done", "followup-rules-due", "followup-rules-planned"}
    assert all(len(look) == 1 for look in looks.values())
    assert len(set.union(*looks.values())) == 3


def test_repr_html_and_markdown_are_the_displays(workflow: Workflow) -> None:
    """Workflow._repr_html_ and _repr_markdown_ return the displays without a current time."""
    assert workflow._repr_html_() == workflow_html(workflow)
    assert workflow._repr_markdown_() == workflow_markdown(workflow)
    assert DUE not in [cells[2] for cells in parse(workflow._repr_html_()).rows]


def test_a_script_tag_in_a_name_stays_text() -> None:
    """A candidate named <script>alert(1)</script> is shown as text in HTML and Markdown, never as a tag."""
    name = "<script>alert(1)</script>"
    decider = Interviewer('Dana "<b>" & Co', timezone=DETROIT, decision_maker=True)
    interview = Interview(
        Candidate(name, "555 0100", timezone=DETROIT),
        Position("<i>Engineer</i>", "A&B <Corp>"),
        [decider],
        at(8, 16, 15, 30),
    )
    current = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    text = workflow_html(current)
    assert "<script" not in text
    assert "<b>" not in text
    assert "<i>" not in text
    parsed = parse(text)
    assert set(parsed.tags) == TABLE_TAGS
    assert parsed.caption.startswith(f"{name}: <i>Engineer</i> at A&B <Corp>")
    assert parsed.rows[0][5] == 'Dana "<b>" & Co'
    markdown = workflow_markdown(current)
    assert "<script>" not in markdown
    assert r"\<script\>" in markdown


names = (
    st.text(
        alphabet=st.one_of(
            st.sampled_from(list("<>&\"'|*_$\\`[]#~ ;")),
            st.characters(categories=["L", "N", "P", "S", "Zs"]),
        ),
        min_size=1,
        max_size=20,
    )
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)


@given(names, names, advanced_workflows())
def test_any_user_text_comes_back_as_text(
    candidate_name: str, company: str, workflow: Workflow
) -> None:
    """Whatever the candidate and company are called, the HTML parses and shows the names as typed."""
    old = workflow.interview
    interview = Interview(
        Candidate(candidate_name, "555 0100", timezone=old.candidate.timezone),
        Position(old.position.title, company),
        old.interviewers,
        old.ended_at,
    )
    renamed = Workflow.start(interview, workflow.agreement, workflow.policy)
    for event in workflow.history:
        renamed = renamed.apply(event)
    parsed = parse(workflow_html(renamed))
    assert set(parsed.tags) <= TABLE_TAGS
    assert parsed.caption.startswith(f"{candidate_name}: ")
    assert f" at {company} (stage " in parsed.caption
    assert parsed.note == _zones_note(renamed)
    assert parsed.body_rows == len(timeline(renamed))
    assert all(len(cells) == 8 for cells in parsed.rows)
    check_markdown_table(workflow_markdown(renamed), len(parsed.rows))


# --- Markdown -----------------------------------------------------------------


def cells_of(line: str) -> list[str]:
    """Split a Markdown table line on its unescaped pipes."""
    cells, current = [], ""
    for token in re.findall(r"\\.|[^\\]", line):
        if token == "|":
            cells.append(current)
            current = ""
        else:
            current += token
    cells.append(current)
    return cells


def check_markdown_table(text: str, rows: int) -> None:
    """A title line, the zones' line, then a table of exactly ``rows`` rows of eight cells."""
    lines = text.split("\n")
    assert lines[0].startswith("**")
    assert lines[1] == ""
    assert "time" in lines[2]
    assert lines[3] == ""
    table = lines[4:]
    assert len(table) == rows + 2
    assert all(len(cells_of(line)) == 10 for line in table)  # 8 cells between 9 pipes
    assert set(table[1]) == {"|", "-"}


def test_markdown_has_one_line_per_row(workflow: Workflow) -> None:
    """The Markdown table has a header, a separator and one line per timeline record."""
    current = thanked(workflow)
    text = workflow_markdown(current, now=at(8, 22, 8))
    check_markdown_table(text, len(timeline(current)))
    lines = text.split("\n")
    assert (
        lines[0] == "**Jordan Avery: Senior Data Engineer at Northwind Analytics (stage WAITING)**"
    )
    assert lines[2] == "All dates and times are in America/Detroit."
    assert [cell.strip() for cell in cells_of(lines[4])][1:-1] == HEADINGS
    assert [cell.strip() for cell in cells_of(lines[8])][1:8] == [
        "Tue 2017-08-22",
        DETROIT,
        DUE,
        "3",
        "Call 1",
        "Morgan Lee",
        DETROIT_WINDOWS,
    ]


def test_markdown_escapes_what_markdown_would_format() -> None:
    """Pipes, stars, dollars and angle brackets in a name are backslash-escaped; word underscores are not."""
    decider = Interviewer(
        "Pat | *Boss* $5 <x>", timezone="America/Los_Angeles", decision_maker=True
    )
    interview = Interview(
        Candidate("Jordan Avery", "555 0100", timezone="America/Los_Angeles"),
        Position("Engineer", "Contoso"),
        [decider],
        at(8, 16, 15, 30),
    )
    text = workflow_markdown(Workflow.start(interview, Agreement.on_weekday(interview, 0)))
    assert r"Pat \| \*Boss\* \$5 \<x\>" in text
    assert "(America/Los_Angeles)" in text


# --- Markdown read back by a CommonMark parser --------------------------------

# CommonMark with the two GFM extensions Jupyter's renderer also has: tables
# and strikethrough. Raw HTML is on, as in CommonMark.
COMMONMARK = MarkdownIt("commonmark").enable(["table", "strikethrough"])


@attrs.frozen
class MarkdownTable:
    """The Markdown display as a CommonMark parser reads it: caption, headings and cells, as text."""

    caption: str
    note: str
    headings: list[str]
    rows: list[list[str]]


def plain_text(token: Token) -> str:
    """The text of an inline token, which must hold nothing but text: no emphasis, link, code or HTML."""
    children = token.children or []
    assert [child.type for child in children if child.type != "text"] == []
    return "".join(child.content for child in children)


def read_markdown(text: str) -> MarkdownTable:
    """Parse the Markdown display: a strong caption, a plain-text note, then one table of plain-text cells."""
    tokens = COMMONMARK.parse(text)
    kinds = [token.type for token in tokens]
    assert kinds[:6] == ["paragraph_open", "inline", "paragraph_close"] * 2
    assert kinds[6] == "table_open"
    assert kinds[-1] == "table_close"
    assert kinds.count("table_open") == 1
    assert kinds.count("paragraph_open") == 2
    caption = [child for child in tokens[1].children or [] if child.content or child.nesting]
    assert caption[0].type == "strong_open"
    assert caption[-1].type == "strong_close"
    assert [child.type for child in caption[1:-1] if child.type != "text"] == []
    headings: list[str] = []
    rows: list[list[str]] = []
    in_head = False
    for token in tokens[7:]:
        if token.type in ("thead_open", "thead_close"):
            in_head = token.type == "thead_open"
        elif token.type == "tr_open" and not in_head:
            rows.append([])
        elif token.type == "inline":
            (headings if in_head else rows[-1]).append(plain_text(token))
    return MarkdownTable(
        "".join(child.content for child in caption[1:-1]), plain_text(tokens[4]), headings, rows
    )


def reads_back(text: str, rows: list[list[str]]) -> bool:
    """Whether the Markdown parses as a caption and a table of exactly these plain-text rows."""
    try:
        return read_markdown(text).rows == rows
    except AssertionError:
        return False


def test_a_name_like_init_is_not_emphasis() -> None:
    """A candidate named __init__ reads back from CommonMark as "__init__", not as emphasis."""
    interview = Interview(
        Candidate("__init__", "555 0100", timezone="America/Los_Angeles"),
        Position("_private_ *star*", "A_B `C`"),
        [Interviewer("**Pat**", timezone="America/Los_Angeles", decision_maker=True)],
        at(8, 16, 15, 30),
    )
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, 0))
    text = workflow_markdown(workflow)
    read = read_markdown(text)
    assert read.caption == "__init__: _private_ *star* at A_B `C` (stage THANKING)"
    assert read.rows[0][5] == "**Pat**"
    assert "(America/Los_Angeles)" in text
    assert r"\_\_init\_\_" in text


def test_the_markdown_reader_can_fail() -> None:
    """Unescaped emphasis, code, links, HTML, strikethrough, entities or pipes never read back as typed."""
    good = "**A**\n\nN\n\n| H | I |\n|---|---|\n| a | b |"
    assert read_markdown(good) == MarkdownTable("A", "N", ["H", "I"], [["a", "b"]])
    for bad in ("_a_", "`a`", "[a](b)", "<b>a</b>", "~~a~~", "&lt;", "a | c"):
        assert not reads_back(good.replace("| a |", f"| {bad} |"), [[bad, "b"]])
    with pytest.raises(AssertionError):
        read_markdown("**__init__**\n\nN\n\n| H |\n|---|\n| a |")
    with pytest.raises(AssertionError):
        read_markdown("**A**\n\n_N_\n\n| H |\n|---|\n| a |")


# Arbitrary text as users type it: anything the value types accept (no
# control characters), with Markdown's and HTML's punctuation favoured.
user_text = st.text(
    alphabet=st.one_of(
        st.sampled_from([*string.punctuation, " ", "\u00a0", "\u2028"]),
        st.characters(exclude_categories=["Cc", "Cs"]),
    ),
    min_size=1,
    max_size=24,
)


@st.composite
def renamed_workflows(draw: st.DrawFn) -> Workflow:
    """A random workflow whose candidate, position, company and interviewers have arbitrary names.

    Some letters are sent, so that names show in done rows as well as planned ones.
    """
    workflow = draw(workflows())
    old = workflow.interview
    try:
        interview = Interview(
            Candidate(draw(user_text), "555 0100", timezone=old.candidate.timezone),
            Position(draw(user_text), draw(user_text)),
            [attrs.evolve(person, name=draw(user_text)) for person in old.interviewers],
            old.ended_at,
        )
    except InvalidInput:
        assume(False)
        raise
    renamed = Workflow.start(interview, workflow.agreement, workflow.policy)
    for person in interview.interviewers[: draw(st.integers(0, len(interview.interviewers)))]:
        renamed = renamed.apply(ThankYouSent(person, old.ended_at))
    return renamed


def expected_cells(workflow: Workflow) -> list[list[str]]:
    """Each row's cells as the tables should show them, from the timeline records."""
    return [[_cell(record, key) for key in _HEADINGS] for record in timeline(workflow)]


def expected_caption(workflow: Workflow) -> str:
    """The caption as typed: candidate, position, company and stage."""
    interview = workflow.interview
    return (
        f"{interview.candidate.name}: {interview.position.title} at "
        f"{interview.position.company} (stage {workflow.stage.name})"
    )


@example(
    Workflow.start(
        Interview(
            Candidate("__init__", "555 0100", timezone=DETROIT),
            Position("a | b", "<i>&amp;</i>"),
            [Interviewer("[x](y) `z` $1$ ~~s~~", timezone=DETROIT, decision_maker=True)],
            pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT),
        ),
        Agreement(dt.date(2017, 8, 21)),
    )
)
@given(renamed_workflows())
def test_property_markdown_cells_read_back_as_the_values(workflow: Workflow) -> None:
    """Whatever the names, CommonMark reads every cell and the caption back as the text typed, in one table."""
    read = read_markdown(workflow_markdown(workflow))
    assert read.caption == expected_caption(workflow)
    assert read.note == _zones_note(workflow)
    assert read.headings == list(_HEADINGS.values())
    assert read.rows == expected_cells(workflow)
    names = {person.name for person in workflow.interview.interviewers}
    assert {row[5] for row in read.rows if row[4] == "Thank-you letter"} == names


@given(renamed_workflows())
def test_property_html_cells_read_back_as_the_values(workflow: Workflow) -> None:
    """Whatever the names, the HTML holds only the table's own tags and shows every value as typed."""
    parsed = parse(workflow_html(workflow))
    assert set(parsed.tags) <= TABLE_TAGS
    assert parsed.attributes <= {"class", "style"}
    assert parsed.caption == expected_caption(workflow)
    assert parsed.note == _zones_note(workflow)
    assert parsed.rows == expected_cells(workflow)
