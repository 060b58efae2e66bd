"""The database example: its indexed agenda is agenda()'s, and its writes are all or nothing."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import io
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_rules import CloseLoopSent, HeardBack, RuleViolation, ThankYouSent, Workflow, agenda
from tests.strategies import ZONES, aware_datetimes

sa = pytest.importorskip("sqlalchemy")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = pendulum.Date(2017, 10, 2)


@pytest.fixture(scope="module")
def example() -> ModuleType:
    """examples/sqlite_agenda.py, imported with its folder on the path."""
    sys.path.insert(0, str(EXAMPLES))
    return importlib.import_module("sqlite_agenda")


@pytest.fixture(scope="module")
def pairs(example: ModuleType) -> list[tuple[str, Workflow]]:
    """5,000 seeded random applications, three months of interviews: many open, many ended."""
    made: list[tuple[str, Workflow]] = list(
        example.sample_workflows(5000, today=TODAY, history_days=90, seed=15)
    )
    return made


@pytest.fixture(scope="module")
def engine(
    example: ModuleType, pairs: list[tuple[str, Workflow]], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """A SQLite file holding the 5,000 applications."""
    path = tmp_path_factory.mktemp("store") / "agenda.db"
    engine = sa.create_engine(f"sqlite:///{path}")
    example.create(engine)
    assert example.add(engine, pairs) == len(pairs)
    yield engine
    engine.dispose()


@pytest.fixture
def small_engine(
    example: ModuleType, pairs: list[tuple[str, Workflow]], tmp_path: Path
) -> Iterator[Any]:
    """A fresh SQLite file with the first 500 applications, for the tests that write."""
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'small.db'}")
    example.create(engine)
    example.add(engine, pairs[:500])
    yield engine
    engine.dispose()


def stored_row(engine: Any, key: str) -> tuple[Any, ...]:
    """The raw columns of one row."""
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT document, events, next_due_at FROM workflows WHERE id = ?", (key,)
        ).one()
    return tuple(found)


def open_keys(pairs: list[tuple[str, Workflow]]) -> list[int]:
    """The distinct next_due_at values of the open workflows, in POSIX seconds."""
    return sorted({w.next_due_at.int_timestamp for _, w in pairs if w.next_due_at is not None})


def test_sample_has_open_and_ended_rows(pairs: list[tuple[str, Workflow]]) -> None:
    """The test data holds every open stage and ended workflows (NULL keys) alike."""
    stages = {workflow.stage.name for _, workflow in pairs}
    assert {"THANKING", "WAITING", "CALLING", "CLOSING", "AWAITING_REPLY"} <= stages
    assert {"HEARD_BACK", "MOVED_ON", "WITHDRAWN"} <= stages


def boundary_nows(pairs: list[tuple[str, Workflow]]) -> list[dt.datetime]:
    """Instants on and just either side of a stored key, and ones around the sample's morning."""
    keys = open_keys(pairs)
    middle = keys[len(keys) // 2]
    key = dt.datetime.fromtimestamp(middle, dt.timezone.utc)
    return [
        key,
        key - dt.timedelta(seconds=1),
        key - dt.timedelta(microseconds=1),
        key + dt.timedelta(microseconds=500_000),
        pendulum.datetime(2017, 10, 2, 7, tz="America/Detroit"),
        pendulum.datetime(2017, 10, 2, 0, tz="Pacific/Chatham"),
        pendulum.datetime(2017, 10, 1, 23, 59, 59, tz="Australia/Lord_Howe"),
        pendulum.datetime(2017, 10, 9, 12, tz="Asia/Kathmandu"),
        pendulum.datetime(2017, 11, 30, tz="UTC"),
    ]


def test_due_now_equals_agenda_at_boundaries(
    example: ModuleType, engine: Any, pairs: list[tuple[str, Workflow]]
) -> None:
    """At instants on a key, a second and a microsecond before it, and mornings around the world, the indexed agenda is agenda()'s."""
    book = dict(pairs)
    with engine.connect() as connection:
        for now in boundary_nows(pairs):
            expected = agenda(book, now)
            assert expected, now
            assert example.due_now(connection, now) == expected, now


def test_due_now_steps_at_a_key(
    engine: Any, example: ModuleType, pairs: list[tuple[str, Workflow]]
) -> None:
    """A row whose key is exactly now is due, and not a microsecond earlier."""
    middle = open_keys(pairs)[len(open_keys(pairs)) // 2]
    key = dt.datetime.fromtimestamp(middle, dt.timezone.utc)
    with engine.connect() as connection:
        at = example.due_now(connection, key)
        before = example.due_now(connection, key - dt.timedelta(microseconds=1))
    assert len(at) > len(before)


def test_nothing_due_before_any_key(example: ModuleType, engine: Any) -> None:
    """Before every stored key, the indexed agenda is empty, as agenda() is."""
    now = pendulum.datetime(2017, 6, 1, tz="UTC")
    with engine.connect() as connection:
        assert example.due_now(connection, now) == []


@settings(max_examples=40)
@given(
    now=aware_datetimes(st.sampled_from(ZONES), dt.datetime(2017, 6, 20), dt.datetime(2017, 11, 15))
)
def test_due_now_equals_agenda(
    example: ModuleType, engine: Any, pairs: list[tuple[str, Workflow]], now: dt.datetime
) -> None:
    """For any aware instant, stdlib or pendulum, in DST gaps and odd zones, the indexed agenda is agenda()'s."""
    with engine.connect() as connection:
        assert example.due_now(connection, now) == agenda(dict(pairs), now)


def test_query_uses_the_index(example: ModuleType, engine: Any) -> None:
    """SQLite answers "what is due now" by searching the next_due_at index, not scanning the table."""
    query = example.due_query(pendulum.datetime(2017, 10, 2, 13, tz="UTC"))
    compiled = query.compile(engine)
    parameters = tuple(compiled.params[name] for name in compiled.positiontup)
    with engine.connect() as connection:
        plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", parameters).all()
    details = " ".join(str(step[-1]) for step in plan)
    assert "USING INDEX workflows_next_due_at" in details
    assert "SCAN" not in details


def test_naive_now_is_refused(example: ModuleType, engine: Any) -> None:
    """A naive now is refused before any query: its POSIX time would depend on the machine."""
    with engine.connect() as connection, pytest.raises(ValueError, match="aware"):
        example.due_now(connection, dt.datetime(2017, 10, 2, 13))


def first_due(pairs: list[tuple[str, Workflow]], kind: str) -> tuple[str, Workflow]:
    """The first application whose next action is of this kind."""
    return next((key, w) for key, w in pairs if not w.finished and w.plan()[0].kind.name == kind)


class Injected(Exception):
    """The failure the tests inject into a transaction."""


def test_failed_write_leaves_the_row(
    example: ModuleType, small_engine: Any, pairs: list[tuple[str, Workflow]]
) -> None:
    """An exception after the UPDATE, inside the transaction, leaves the document and its key as they were."""
    key, workflow = first_due(pairs[:500], "SEND_THANK_YOU")
    action = workflow.plan()[0]
    assert action.contact is not None
    event = ThankYouSent(action.contact, workflow.interview.ended_at.add(hours=3))
    before = stored_row(small_engine, key)

    def fail_after_update(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE"):
            raise Injected

    sa.event.listen(small_engine, "after_cursor_execute", fail_after_update)
    try:
        with pytest.raises(Injected):
            example.apply_event(small_engine, key, event)
    finally:
        sa.event.remove(small_engine, "after_cursor_execute", fail_after_update)
    assert stored_row(small_engine, key) == before
    with small_engine.connect() as connection:
        assert example.load(connection, key) == workflow

    # Without the failure, the same event is written, document and key together.
    changed = example.apply_event(small_engine, key, event)
    _, events, next_due_at = stored_row(small_engine, key)
    assert (events, next_due_at) != before[1:]
    assert (events, next_due_at) == (len(changed.history), example.due_key(changed))
    with small_engine.connect() as connection:
        assert example.load(connection, key) == changed


def test_refused_event_leaves_the_row(
    example: ModuleType, small_engine: Any, pairs: list[tuple[str, Workflow]]
) -> None:
    """An event the rules refuse raises RuleViolation and writes nothing."""
    key, workflow = first_due(pairs[:500], "CALL")
    before = stored_row(small_engine, key)
    too_early = ThankYouSent(workflow.interview.interviewers[0], workflow.interview.ended_at)
    with pytest.raises(RuleViolation):
        example.apply_event(small_engine, key, too_early)
    assert stored_row(small_engine, key) == before


def test_concurrent_write_is_refused(
    example: ModuleType, small_engine: Any, pairs: list[tuple[str, Workflow]]
) -> None:
    """When another writer changes the row between the read and the UPDATE, StaleWorkflow is raised and its write stays."""
    key, workflow = first_due(pairs[:500], "CLOSE_LOOP")

    day = workflow.plan()[0].due_on
    sent = CloseLoopSent(pendulum.datetime(day.year, day.month, day.day, 19, tz="UTC"))
    heard = HeardBack(workflow.history[-1].at)
    interloped: list[Workflow] = []
    started: list[bool] = []

    def interlope(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        # Only the first UPDATE: the other writer's own UPDATE comes here too.
        if statement.lstrip().upper().startswith("UPDATE") and not started:
            started.append(True)
            interloped.append(example.apply_event(small_engine, key, heard))

    sa.event.listen(small_engine, "before_cursor_execute", interlope)
    try:
        with pytest.raises(example.StaleWorkflow):
            example.apply_event(small_engine, key, sent)
    finally:
        sa.event.remove(small_engine, "before_cursor_execute", interlope)
    with small_engine.connect() as connection:
        assert example.load(connection, key) == interloped[0]
    assert stored_row(small_engine, key)[1:] == (len(workflow.history) + 1, None)


def test_demo_prints_the_agenda(example: ModuleType, tmp_path: Path) -> None:
    """The command line fills an empty database and prints as many due actions as agenda() finds."""
    now = "2017-10-02T13:00:00+00:00"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        example.main(
            ["--database", f"sqlite:///{tmp_path / 'demo.db'}", "--workflows", "2000", "--now", now]
        )
    expected = agenda(dict(example.sample_workflows(2000, today=TODAY)), pendulum.parse(now))
    assert expected
    assert f"{len(expected):,} actions due at" in out.getvalue()
    assert f"  {expected[0][0]}  " in out.getvalue()
