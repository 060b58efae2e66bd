"""At scale: Dask over JSON-lines files against one process, and an indexed store against a scan.

Run it with::

    pip install -e ".[bench,scale,store]" && python -m benchmarks.scale

Two parts, each comparing ratios measured in the same run:

- **Dask** (``examples/agenda_at_scale.py``): the day's agenda over
  ``--workflows`` applications (default 200,000) in JSON-lines files, on a
  ``LocalCluster`` of ``--workers`` processes and on Dask's local
  ``processes`` scheduler, against a single-process loop that runs the same
  per-line code (``from_dict`` + ``due``) over the same files. Start-up is
  timed apart from processing; the throughput is processing only. Every
  warning the Dask client raises is recorded, and the task graph's pickled
  size is reported.
- **Store** (``examples/sqlite_agenda.py``): "what is due now" as one indexed
  query plus ``from_dict`` of the due rows, against loading and scanning every
  stored workflow, at two ``now``s with different numbers of due rows, in
  databases of each ``--stored`` size (default 100,000 and 1,000,000).

The input files and the databases are built once, under ``--data`` (default
``/tmp/followup-scale``), and reused by later runs: building a million rows
takes minutes. ``--only dask`` or ``--only store`` runs one part;
``--output FILE`` also writes the tables as Markdown.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

import pendulum

from followup_rules import Workflow, __version__

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# The examples are scripts, not a package: put their folder on the path
# (spawned worker processes inherit it) and import them by name.
sys.path.insert(0, str(EXAMPLES))

import agenda_at_scale  # noqa: E402
import sample_applications  # noqa: E402

T = TypeVar("T")

MORNING = pendulum.datetime(2017, 10, 2, 13, tz="UTC")
"""The sample's morning: 9:00 in New York, 2 October 2017."""

WEEK_LATER = MORNING.add(days=7)
"""A week on, with nothing done in between: more rows are due."""


def timed(work: Callable[[], T]) -> tuple[float, T]:
    """Run ``work`` once; return the seconds it took and its result."""
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def best_of(runs: int, work: Callable[[], T]) -> tuple[float, T]:
    """The fastest of ``runs`` runs of ``work``, and its result."""
    results = [timed(work) for _ in range(runs)]
    return min(results, key=lambda result: result[0])


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


# --- Dask --------------------------------------------------------------------


def input_files(folder: Path, count: int) -> list[Path]:
    """The JSON-lines files of ``count`` sample applications, written once and reused."""
    done = folder / f"lines-{count}"
    if not done.is_dir():
        building = folder / f"lines-{count}.building"
        shutil.rmtree(building, ignore_errors=True)
        print(f"writing {count:,} applications as JSON lines to {done} ...", file=sys.stderr)
        agenda_at_scale.write_json_lines(sample_applications.sample_workflows(count), building)
        building.rename(done)
    return sorted(done.glob("applications-*.jsonl"))


def single_loop(paths: Sequence[Path], now: datetime.datetime) -> tuple[int, int]:
    """The same per-line work as a Dask partition, file after file in this process.

    Returns:
        How many lines were read, and how many actions are due.
    """
    lines = due = 0
    for path in paths:
        with path.open(encoding="utf-8") as file:
            text = file.readlines()
        lines += len(text)
        (part,) = agenda_at_scale.due_in_partition(text, now)
        due += len(part.due)
    return lines, due


def graph_bytes(bag: Any) -> int:
    """The pickled size of a bag's task graph, about what a client sends to the scheduler."""
    import cloudpickle  # type: ignore[import-untyped]

    return len(cloudpickle.dumps(dict(bag.__dask_graph__())))


def workers_cpu(started: Any) -> float | None:
    """The CPU seconds a cluster's workers have used so far; None off a cluster."""
    if not isinstance(started, agenda_at_scale.Cluster):
        return None
    used: dict[str, float] = started.client.run(time.process_time)
    return sum(used.values())


def dask_part(data: Path, workflows: int, workers: int, blocksize: str) -> str:
    """Time the Dask example on a LocalCluster and on the processes scheduler against the loop.

    The loop runs before and after the Dask runs and its faster run counts,
    so a neighbour's load that comes or goes during the part does not flatter
    Dask. The workers' CPU time, which a neighbour's load does not change
    much, shows Dask's own cost per workflow beside the loop's.
    """
    paths = input_files(data, workflows)
    size = sum(path.stat().st_size for path in paths)
    names = [str(path) for path in paths]

    def loop() -> tuple[float, float, tuple[int, int]]:
        cpu = time.process_time()
        seconds, counted = timed(lambda: single_loop(paths, MORNING))
        return seconds, time.process_time() - cpu, counted

    loops = [loop()]
    bag = agenda_at_scale.partition_agendas(names, MORNING, blocksize=blocksize)
    graph = graph_bytes(bag)
    runs = []
    for scheduler in ("local-cluster", "processes"):
        output = data / f"due-{scheduler}"
        shutil.rmtree(output, ignore_errors=True)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            clock = time.perf_counter()
            with agenda_at_scale.started(scheduler, workers=workers) as started:
                cpu = workers_cpu(started)
                ready = time.perf_counter()
                found = agenda_at_scale.day_agenda(
                    started, names, MORNING, str(output), blocksize=blocksize
                )
                done = time.perf_counter()
                cpu_after = workers_cpu(started)
        large = [w for w in caught if "large graph" in str(w.message)]
        used = None if cpu is None or cpu_after is None else cpu_after - cpu
        runs.append((scheduler, ready - clock, done - ready, used, found, large, caught))
        print(runs[-1][:4], file=sys.stderr)
    loops.append(loop())
    loop_seconds, loop_cpu, (lines, loop_due) = min(loops)
    loop_rate = lines / loop_seconds
    rows = [
        [
            "single-process loop (faster of 2)",
            "-",
            f"{loop_seconds:.1f}",
            f"{loop_rate:,.0f}",
            "1.00",
            "1.00",
            f"{loop_cpu:.1f}",
            "-",
            "-",
        ]
    ]
    for scheduler, start_up, seconds, used, found, large, caught in runs:
        assert found.workflows == lines
        assert sum(found.counts.values()) == loop_due
        rate = lines / seconds
        rows.append(
            [
                f"Dask, {scheduler}, {workers} workers",
                f"{start_up:.1f}",
                f"{seconds:.1f}",
                f"{rate:,.0f}",
                f"{rate / loop_rate:.2f}",
                f"{rate / workers / loop_rate:.2f}",
                "-" if used is None else f"{used:.1f} ({loop_cpu / used:.2f} of the loop's rate)",
                f"{graph / 1024:.0f} KiB",
                f"{len(large)} of {len(caught)}",
            ]
        )
    return (
        f"### Dask: the day's agenda over {lines:,} workflows\n\n"
        f"{len(paths)} JSON-lines files, {size / 2**20:.0f} MiB, read in blocks of {blocksize} "
        f"({loop_due:,} actions due at {MORNING.isoformat()}; {bag.npartitions} partitions). "
        f"The loop took {', then '.join(f'{run[0]:.1f} s' for run in loops)}.\n\n"
        + table(
            [
                "run",
                "start-up s",
                "processing s",
                "workflows/s",
                "x loop",
                "per worker x loop",
                "CPU s (workers)",
                "graph sent",
                "large-graph warnings",
            ],
            rows,
        )
    )


# --- Store -------------------------------------------------------------------


def store_example() -> ModuleType:
    """examples/sqlite_agenda.py (it needs SQLAlchemy, from the `store` extra)."""
    import sqlite_agenda

    return sqlite_agenda


def database(data: Path, count: int) -> Any:
    """An engine on a SQLite file of ``count`` sample applications, built once and reused."""
    import sqlalchemy as sa

    store = store_example()
    path = data / f"store-{count}.db"
    if not path.exists():
        building = data / f"store-{count}.building.db"
        building.unlink(missing_ok=True)
        print(f"storing {count:,} applications in {path} ...", file=sys.stderr)
        engine = sa.create_engine(f"sqlite:///{building}")
        store.create(engine)
        store.add(engine, sample_applications.sample_workflows(count), batch=10_000)
        engine.dispose()
        building.rename(path)
    return sa.create_engine(f"sqlite:///{path}")


def full_scan(engine: Any, now: datetime.datetime) -> int:
    """Load every stored workflow, rebuild it and ask it ``due(now)``; return the due actions."""
    import sqlalchemy as sa

    store = store_example()
    due = 0
    query = sa.select(store.WORKFLOWS.c.document)
    with engine.connect() as connection:
        for document in connection.execute(query).scalars():
            due += len(Workflow.from_dict(document).due(now))
    return due


def due_rows(engine: Any, now: datetime.datetime) -> int:
    """Run the indexed query alone, reading each due row's document; return how many."""
    store = store_example()
    with engine.connect() as connection:
        return sum(1 for _ in connection.execute(store.due_query(now)))


def due_from(engine: Any, rows: int) -> datetime.datetime:
    """The first instant at which ``rows`` stored workflows are due (a few more on ties)."""
    import sqlalchemy as sa

    column = store_example().WORKFLOWS.c.next_due_at
    query = sa.select(column).where(column.is_not(None)).order_by(column).offset(rows - 1).limit(1)
    with engine.connect() as connection:
        seconds = connection.execute(query).scalar_one()
    return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)


def store_rows(
    engine: Any, count: int, nows: Sequence[tuple[str, datetime.datetime]], *, rounds: int = 3
) -> list[list[str]]:
    """Time the indexed agenda at each now and the full scan, on one database.

    The rounds are interleaved (every now once per round) and the fastest of
    each is kept, so a busy neighbour slows them alike; the scan, which
    takes minutes on a million rows, runs once, in the middle round.
    """
    store = store_example()
    query: dict[str, list[float]] = {label: [] for label, _ in nows}
    indexed: dict[str, list[float]] = {label: [] for label, _ in nows}
    found: dict[str, tuple[int, int]] = {}
    scan_seconds = 0.0
    for round_number in range(rounds):
        for label, now in nows:

            def query_alone(now: datetime.datetime = now) -> int:
                return due_rows(engine, now)

            def due_now(now: datetime.datetime = now) -> int:
                with engine.connect() as connection:
                    return len(store.due_now(connection, now))

            seconds, rows = timed(query_alone)
            query[label].append(seconds)
            seconds, due = timed(due_now)
            indexed[label].append(seconds)
            found[label] = rows, due
        if round_number == rounds // 2:
            first_label, first_now = nows[0]

            def scan(now: datetime.datetime = first_now) -> int:
                return full_scan(engine, now)

            # The scan costs the same at any now: every row is rebuilt.
            scan_seconds, scanned = timed(scan)
            assert scanned == found[first_label][1]
    table_rows = []
    for label, _ in nows:
        rows, due = found[label]
        fastest = min(indexed[label])
        table_rows.append(
            [
                f"{count:,}",
                label,
                f"{rows:,}",
                f"{due:,}",
                f"{min(query[label]) * 1000:,.0f}",
                f"{fastest * 1000:,.0f}",
                f"{fastest / max(rows, 1) * 1e6:.0f}",
                f"{scan_seconds:.1f}",
                f"{scan_seconds / fastest:,.0f}x",
            ]
        )
        print(table_rows[-1], file=sys.stderr)
    return table_rows


def query_plan(engine: Any) -> str:
    """SQLite's EXPLAIN QUERY PLAN for the agenda's query."""
    store = store_example()
    compiled = store.due_query(MORNING).compile(engine)
    parameters = tuple(compiled.params[name] for name in compiled.positiontup)
    with engine.connect() as connection:
        steps = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", parameters)
        return " ".join(str(step[-1]) for step in steps)


def store_part(data: Path, sizes: Sequence[int]) -> str:
    """Time the indexed agenda against the full scan, at three nows, for each stored size.

    The nows are the sample's morning, a week later (more rows due), and,
    in the larger stores, the instant at which as many rows are due as in
    the smallest store's morning: the same due rows among more stored.
    """
    rows = []
    plan = ""
    matched = 0
    for count in sorted(sizes):
        engine = database(data, count)
        plan = query_plan(engine)
        nows: list[tuple[str, datetime.datetime]] = [
            ("the morning", MORNING),
            ("a week later", WEEK_LATER),
        ]
        if matched:
            nows.append((f"{matched:,} due", due_from(engine, matched)))
        else:
            matched = due_rows(engine, MORNING)
        rows += store_rows(engine, count, nows)
        engine.dispose()
    return (
        "### Store: what is due now, indexed, against a full scan\n\n"
        f"SQLite through SQLAlchemy Core; `EXPLAIN QUERY PLAN`: `{plan}`. "
        f"The morning is {MORNING.isoformat()}; the last now of a larger store is the "
        f"instant from which as many rows are due as in the smallest store's morning. "
        "Fastest of 3 interleaved rounds; the scan runs once.\n\n"
        + table(
            [
                "stored",
                "now",
                "due rows",
                "due actions",
                "query alone ms",
                "query + from_dict ms",
                "us per due row",
                "full scan s",
                "scan / indexed",
            ],
            rows,
        )
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Run the parts asked for and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/followup-scale"))
    parser.add_argument("--workflows", type=int, default=200_000, help="for the Dask part")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--blocksize", default="8MiB")
    parser.add_argument("--stored", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--only", choices=["dask", "store"])
    parser.add_argument("--output", type=Path, help="also write the tables here, as Markdown")
    options = parser.parse_args(argv)
    options.data.mkdir(parents=True, exist_ok=True)
    load_at_start = os.getloadavg()[0]

    parts = [
        f"followup_rules {__version__}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"{datetime.date.today().isoformat()}."
    ]
    if options.only in (None, "dask"):
        parts.append(dask_part(options.data, options.workflows, options.workers, options.blocksize))
    if options.only in (None, "store"):
        parts.append(store_part(options.data, options.stored))
    # Other work on the machine takes cores from the workers: say how busy it was.
    load_at_end = os.getloadavg()[0]
    parts[0] += (
        f" Load average (1 min): {load_at_start:.1f} at the start, {load_at_end:.1f} at the end."
    )
    text = "\n\n".join(parts) + "\n"
    print(text)
    if options.output:
        options.output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
