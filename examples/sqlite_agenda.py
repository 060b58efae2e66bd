"""Workflows in a database, and "what is due now" as one indexed query.

A job board keeps one row per application: the workflow's ``to_dict()``
document, and beside it the instant its next action falls due
(``Workflow.next_due_at``) in an indexed column. The morning's agenda is
then a range query on that index, ``next_due_at <= now``, which touches only
the rows with something due; only those are rebuilt with
``Workflow.from_dict`` and asked ``due(now)``. Applying an event reads the
row, applies the event, and writes the document and its key back in one
transaction.

The code is SQLAlchemy Core, so the same functions run on SQLite (the
embedded default) or on PostgreSQL, given by URL::

    pip install "followup_rules[store]"
    python examples/sqlite_agenda.py                                 # a demo database in memory
    python examples/sqlite_agenda.py --database sqlite:///agenda.db --workflows 100000
    python examples/sqlite_agenda.py --database postgresql+psycopg://user@host/jobs

The table::

    workflows(
        id          text primary key,   -- your application id
        document    json not null,      -- workflow.to_dict()
        events      integer not null,   -- len(workflow.history): the row's version
        next_due_at bigint,             -- POSIX seconds (UTC); NULL once ended
    )
    index workflows_next_due_at on workflows(next_due_at)

``next_due_at`` is stored as whole POSIX seconds: integers sort the same in
every database, with no time-zone or text-format rules to get wrong. It is
always a whole second (the start of a day in some zone), so
``next_due_at <= now`` is ``next_due_at <= floor(now's POSIX seconds)``.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import time
from collections.abc import Iterable, Sequence
from typing import Any

import pendulum
import sqlalchemy as sa

# The made-up applications of the demo, from the file beside this one.
from sample_applications import TODAY, sample_workflows

from followup_rules import Action, Event, Workflow

METADATA = sa.MetaData()

WORKFLOWS = sa.Table(
    "workflows",
    METADATA,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("document", sa.JSON, nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
    sa.Column("next_due_at", sa.BigInteger, nullable=True),
    sa.Index("workflows_next_due_at", "next_due_at"),
)
"""One row per application; ``next_due_at`` is the indexed key of the agenda."""


class StaleWorkflow(Exception):
    """The stored workflow changed between reading it and writing it back.

    Another process applied an event to the same application in the
    meantime. Nothing was written: read it again and retry.
    """


def posix_seconds(now: dt.datetime) -> int:
    """The whole POSIX seconds of an aware instant, rounded down.

    Args:
        now: An aware datetime (pendulum's or the standard library's).

    Returns:
        ``floor(now.timestamp())``, worked out on integers.

    Raises:
        ValueError: ``now`` is naive: its POSIX time would depend on the
            machine's zone.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be an aware datetime, not the naive {now.isoformat()}")
    return calendar.timegm(now.utctimetuple())


def due_key(workflow: Workflow) -> int | None:
    """The value stored in ``next_due_at``: POSIX seconds, or None once ended.

    Args:
        workflow: The workflow to store.

    Returns:
        ``workflow.next_due_at`` as whole POSIX seconds, or None when the
        workflow has ended.
    """
    moment = workflow.next_due_at
    return None if moment is None else moment.int_timestamp


def row(key: str, workflow: Workflow) -> dict[str, object]:
    """The table row of one application.

    Args:
        key: The application id.
        workflow: Its workflow.

    Returns:
        The row's columns, ready for an INSERT.
    """
    return {
        "id": key,
        "document": workflow.to_dict(),
        "events": len(workflow.history),
        "next_due_at": due_key(workflow),
    }


def create(engine: sa.Engine) -> None:
    """Create the table and its index, unless they exist.

    Args:
        engine: The database.
    """
    METADATA.create_all(engine)


def add(engine: sa.Engine, workflows: Iterable[tuple[str, Workflow]], *, batch: int = 5000) -> int:
    """Insert new applications, ``batch`` rows to a statement, in one transaction.

    Args:
        engine: The database.
        workflows: ``(id, workflow)`` pairs; the ids must not be stored yet.
        batch: How many rows go into one INSERT.

    Returns:
        How many rows were inserted.

    Raises:
        sqlalchemy.exc.IntegrityError: An id is already stored; nothing is
            inserted.
    """
    count = 0
    rows: list[dict[str, object]] = []
    with engine.begin() as connection:
        for key, workflow in workflows:
            rows.append(row(key, workflow))
            if len(rows) == batch:
                connection.execute(sa.insert(WORKFLOWS), rows)
                count += len(rows)
                rows = []
        if rows:
            connection.execute(sa.insert(WORKFLOWS), rows)
            count += len(rows)
    return count


def load(connection: sa.Connection, key: str) -> Workflow:
    """Read one application's workflow.

    Args:
        connection: A connection to the database.
        key: The application id.

    Returns:
        The workflow, rebuilt with ``Workflow.from_dict``.

    Raises:
        KeyError: No application has this id.
        FollowUpError: The stored document is not a valid workflow.
    """
    query = sa.select(WORKFLOWS.c.document).where(WORKFLOWS.c.id == key)
    document = connection.execute(query).scalar_one_or_none()
    if document is None:
        raise KeyError(key)
    return Workflow.from_dict(document)


def apply_event(engine: sa.Engine, key: str, event: Event) -> Workflow:
    """Apply an event to a stored workflow: its document and its key change together, or not at all.

    The row is read, rebuilt, given the event, and written back, document and
    ``next_due_at`` in one UPDATE inside one transaction. The UPDATE only
    matches the row if it still holds as many events as when it was read,
    so two processes applying events to the same application at once cannot
    overwrite each other: the second gets :class:`StaleWorkflow`.

    Args:
        engine: The database.
        key: The application id.
        event: What happened.

    Returns:
        The workflow with the event applied, as now stored.

    Raises:
        KeyError: No application has this id.
        RuleViolation: The strategy's rules refuse the event; nothing is written.
        StaleWorkflow: The row changed since it was read; nothing is written.
    """
    with engine.begin() as connection:
        workflow = load(connection, key)
        changed = workflow.apply(event)
        written = connection.execute(
            sa.update(WORKFLOWS)
            .where(WORKFLOWS.c.id == key, WORKFLOWS.c.events == len(workflow.history))
            .values(
                document=changed.to_dict(),
                events=len(changed.history),
                next_due_at=due_key(changed),
            )
        )
        if written.rowcount != 1:
            raise StaleWorkflow(f"application {key} changed while the event was applied; retry")
    return changed


def due_query(now: dt.datetime) -> sa.Select[str, Any]:
    """The one indexed query of the agenda: every row whose next action is due at ``now``.

    It has no ORDER BY: sorting by id in SQL would let the database walk the
    primary key instead of the ``next_due_at`` index, reading every row. The
    due rows are sorted afterwards, in Python.

    Args:
        now: The current time, aware.

    Returns:
        ``SELECT id, document FROM workflows WHERE next_due_at <= :now``.

    Raises:
        ValueError: ``now`` is naive.
    """
    return sa.select(WORKFLOWS.c.id, WORKFLOWS.c.document).where(
        WORKFLOWS.c.next_due_at <= posix_seconds(now)
    )


def due_now(connection: sa.Connection, now: dt.datetime) -> list[tuple[str, Action]]:
    """The agenda at ``now``: every due action, from the due rows only.

    Args:
        connection: A connection to the database.
        now: The current time, aware.

    Returns:
        ``(id, action)`` pairs as ``followup_rules.agenda`` gives them:
        ordered by due date, then by id, then in each workflow's own order.

    Raises:
        ValueError: ``now`` is naive.
        FollowUpError: A due row's document is not a valid workflow.
    """
    # Each row is rebuilt, asked and dropped: only the due actions are kept.
    # Holding thousands of rebuilt workflows at once, to hand them to
    # agenda(), gives the same answer, but the garbage collector keeps
    # walking them: it took twice as long on 12,000 due rows.
    due: list[tuple[pendulum.Date, str, tuple[Action, ...]]] = []
    for key, document in connection.execute(due_query(now)):
        actions = Workflow.from_dict(document).due(now)
        if actions:
            due.append((actions[0].due_on, key, actions))
    # As in agenda(): by the workflows' next due date, then by id, then in
    # each workflow's own order.
    due.sort(key=lambda entry: (entry[0], entry[1]))
    return [(key, action) for _, key, actions in due for action in actions]


def main(argv: Sequence[str] | None = None) -> None:
    """Fill a demo database unless it holds workflows already, and print the agenda."""
    parser = argparse.ArgumentParser(description="The day's agenda from an indexed database.")
    parser.add_argument(
        "--database", default="sqlite://", help="a SQLAlchemy URL (default: SQLite in memory)"
    )
    parser.add_argument(
        "--workflows", type=int, default=20_000, help="how many to generate into an empty database"
    )
    parser.add_argument(
        "--now", default="2017-10-02T13:00:00+00:00", help="the current time, ISO 8601 with offset"
    )
    options = parser.parse_args(argv)
    now = pendulum.parse(options.now)
    if not isinstance(now, pendulum.DateTime):
        parser.error(f"--now must be a date and time, not {options.now}")

    engine = sa.create_engine(options.database)
    create(engine)
    with engine.connect() as connection:
        stored = connection.execute(sa.select(sa.func.count()).select_from(WORKFLOWS)).scalar_one()
    if not stored:
        started = time.perf_counter()
        stored = add(engine, sample_workflows(options.workflows, today=TODAY))
        print(f"stored {stored:,} sample workflows in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    with engine.connect() as connection:
        due = due_now(connection, now)
    elapsed = time.perf_counter() - started
    print(f"{len(due):,} actions due at {now.isoformat()} among {stored:,} workflows")
    print(f"(one indexed query and the due rows' from_dict: {elapsed * 1000:.0f} ms)")
    for key, action in due[:10]:
        who = action.contact.name if action.contact else "-"
        day = action.due_on.isoformat()
        print(f"  {key}  {day}  {action.kind.name:<14}  {who} ({action.timezone})")
    if len(due) > 10:
        print(f"  ... and {len(due) - 10:,} more")


if __name__ == "__main__":
    main()
