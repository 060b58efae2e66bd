r"""The day's agenda over many workflows, with Dask: the workers read their own files.

A job board keeps its applications as JSON lines, one
``{"id": ..., "workflow": workflow.to_dict()}`` object a line, in one or many
files. Every morning it asks what is due. This example hands that question to
Dask the way Dask is meant to be used:

- ``dask.bag.read_text`` splits the files into blocks (``--blocksize``), and
  each worker reads its own blocks: the task graph holds file names and
  offsets, never the workflows themselves, so it stays a few kilobytes
  however many workflows there are.
- Each partition's lines are rebuilt with ``Workflow.from_dict`` and asked
  ``due(now)`` (``map_partitions``); a partition's due actions come out in
  ``followup_rules.agenda`` order.
- The partitions' agendas are computed once and kept (``persist``); from
  them come the number of due actions by kind and zone, and the due actions
  themselves, written back as JSON lines (``to_textfiles``, one file a
  partition, in the input's order).

Install the extra and run it::

    pip install "followup_rules[scale]"
    python examples/agenda_at_scale.py --workflows 200000              # a LocalCluster here
    python examples/agenda_at_scale.py --scheduler processes           # no cluster: a process pool
    python examples/agenda_at_scale.py --scheduler tcp://10.0.0.5:8786 \\
        --input "s3://jobs/applications-*.jsonl" --output s3://jobs/due/2017-10-02

``--scheduler`` takes ``local-cluster`` (the default: a ``LocalCluster`` of
``--workers`` processes), ``synchronous``, ``threads`` or ``processes``
(Dask's local schedulers), or the address of a running ``dask.distributed``
scheduler; the same job runs on each. On a real cluster ``--input`` and
``--output`` must be paths every worker can reach (shared storage, or any
URL fsspec reads, such as ``s3://``). Without ``--input`` the example first
writes ``--workflows`` made-up applications to ``--data`` (by default a new
temporary folder); the due actions go to ``--output`` (by default ``due``
beside them).

It prints the start-up time (starting the cluster or the process pool) and the
processing time and throughput separately; a progress bar shows while it
works. The library itself prints nothing and reads no clock.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import itertools
import json
import multiprocessing
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, NamedTuple

import pendulum

# The made-up applications of the demo, from the file beside this one.
from sample_applications import TODAY, sample_workflows

from followup_rules import Action, Workflow


class Summary(NamedTuple):
    """What one run of the agenda job found."""

    workflows: int
    """How many lines (workflows) were read."""
    counts: dict[tuple[str, str], int]
    """How many actions are due, by ``(kind, zone)``."""


def write_json_lines(
    workflows: Iterable[tuple[str, Workflow]], folder: Path, *, per_file: int = 25_000
) -> list[Path]:
    """Save ``(id, workflow)`` pairs as JSON-lines files of ``per_file`` lines each.

    Args:
        workflows: The applications, in the order the agenda breaks ties in.
        folder: Where to write ``applications-00000.jsonl``, ``-00001``, ...
        per_file: How many lines go in one file.

    Returns:
        The files written, in order.
    """
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    rest = iter(workflows)
    # Each turn takes the next pair and starts a file with it.
    for first in rest:
        path = folder / f"applications-{len(paths):05d}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for key, workflow in itertools.chain([first], itertools.islice(rest, per_file - 1)):
                out.write(json.dumps({"id": key, "workflow": workflow.to_dict()}) + "\n")
        paths.append(path)
    return paths


def action_record(key: str, action: Action) -> dict[str, Any]:
    """One due action as a JSON-ready record, with the application's id.

    Args:
        key: The application id.
        action: The due action.

    Returns:
        The action's fields as strings, numbers, lists and None.
    """
    return {
        "id": key,
        "kind": action.kind.value,
        "step": action.step,
        "due_on": action.due_on.isoformat(),
        "timezone": action.timezone,
        "contact": None if action.contact is None else action.contact.name,
        "attempt": action.attempt,
        "windows": [
            [window.start.isoformat(), window.end.isoformat()] for window in action.windows
        ],
        "reply_by": None if action.reply_by is None else action.reply_by.isoformat(),
        "reason": action.reason,
    }


class PartitionAgenda(NamedTuple):
    """What one partition of lines holds: how many workflows, and their due actions."""

    workflows: int
    """How many workflows (non-blank lines) the partition held."""
    due: list[dict[str, Any]]
    """One :func:`action_record` per due action, in ``agenda()`` order."""


def due_in_partition(lines: Iterable[str], now: dt.datetime) -> list[PartitionAgenda]:
    """Rebuild each workflow of one partition and gather its due actions.

    Runs on the workers, once per partition. The lines are counted here
    rather than by a second pass over them, so that each partition's lines
    are read and dropped inside one task and never travel between workers.

    Args:
        lines: JSON lines, one ``{"id": ..., "workflow": ...}`` object each.
        now: The current time, aware.

    Returns:
        One :class:`PartitionAgenda`, in a list as ``map_partitions`` needs:
        the due actions by due date, then in the lines' order, then in each
        workflow's own order.

    Raises:
        FollowUpError: A line's workflow is not valid.
    """
    workflows = 0
    rows: list[tuple[pendulum.Date, str, tuple[Action, ...]]] = []
    for line in lines:
        if line.isspace():
            continue
        workflows += 1
        record = json.loads(line)
        actions = Workflow.from_dict(record["workflow"]).due(now)
        if actions:
            rows.append((actions[0].due_on, record["id"], actions))
    # As in agenda(): by the workflows' next due date; sort() is stable, so
    # ties keep the lines' order, and each workflow's actions stay in its order.
    rows.sort(key=lambda row: row[0])
    due = [action_record(key, action) for _, key, actions in rows for action in actions]
    return [PartitionAgenda(workflows, due)]


def kind_and_zone(record: dict[str, Any]) -> tuple[str, str]:
    """The ``(kind, zone)`` a due action is counted under."""
    return record["kind"], record["timezone"]


def part_name(index: int) -> str:
    """Name the output files so they sort in the partitions' order: 00000, 00001, ..."""
    return f"{index:05d}"


def partition_agendas(
    paths: str | Sequence[str], now: dt.datetime, *, blocksize: str | int = "8MiB"
) -> Any:
    """The lazy bag of one :class:`PartitionAgenda` per block of input.

    Nothing is read until it is computed; the graph holds the file names and
    the blocks' offsets, and each task reads its own block.

    Args:
        paths: JSON-lines files, globs or URLs the workers can read.
        now: The current time, aware.
        blocksize: How many bytes of input make one partition.

    Returns:
        A ``dask.bag.Bag``.
    """
    import dask.bag as db

    lines = db.read_text(paths, blocksize=blocksize)  # type: ignore[no-untyped-call]
    return lines.map_partitions(due_in_partition, now)


class LocalScheduler:
    """One of Dask's local schedulers: ``synchronous``, ``threads``, or ``processes`` on a pool."""

    def __init__(self, name: str, pool: ProcessPoolExecutor | None = None) -> None:
        self.options: dict[str, Any] = {"scheduler": name}
        if pool is not None:
            self.options["pool"] = pool

    def persist(self, bag: Any) -> Any:
        """Compute a bag and keep its partitions in this process, with a progress bar."""
        from dask.diagnostics.progress import ProgressBar

        with ProgressBar(dt=0.5, out=sys.stderr):  # type: ignore[no-untyped-call]
            return bag.persist(**self.options)

    def compute(self, *values: Any) -> tuple[Any, ...]:
        """Compute lazy values together."""
        from dask.base import compute

        computed: tuple[Any, ...] = compute(*values, **self.options)  # type: ignore[no-untyped-call]
        return computed


class Cluster:
    """A ``dask.distributed`` client: on a ``LocalCluster``, or on a scheduler given by address."""

    def __init__(self, client: Any, distributed: Any) -> None:
        self.client = client
        self.distributed = distributed

    def persist(self, bag: Any) -> Any:
        """Compute a bag and keep its partitions on the workers, with a progress bar."""
        persisted = self.client.persist(bag)
        self.distributed.progress(persisted)
        print(file=sys.stderr)
        return persisted

    def compute(self, *values: Any) -> tuple[Any, ...]:
        """Compute lazy values together, on the workers."""
        computed: tuple[Any, ...] = tuple(self.client.gather(self.client.compute(list(values))))
        return computed


Scheduler = LocalScheduler | Cluster


def _warm_up() -> None:
    # Each worker imports the library before the clock starts, as a
    # long-running cluster would have done long ago.
    importlib.import_module("followup_rules")


@contextlib.contextmanager
def started(scheduler: str, *, workers: int = 2) -> Iterator[Scheduler]:
    """Start a scheduler, and yield it ready to work.

    Args:
        scheduler: ``synchronous``, ``threads`` or ``processes`` (Dask's
            local schedulers), ``local-cluster`` (a ``LocalCluster`` of
            ``workers`` single-threaded processes), or the address of a
            running ``dask.distributed`` scheduler.
        workers: How many processes ``processes`` and ``local-cluster`` start.

    Yields:
        The scheduler, its workers started and the library imported on them.
    """
    if scheduler in ("synchronous", "threads"):
        yield LocalScheduler(scheduler)
        return
    if scheduler == "processes":
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(workers, mp_context=spawn, initializer=_warm_up) as pool:
            # The pool starts a process for each task it cannot hand to an idle
            # one: one task a worker starts them all now, not during the job.
            for ready in [pool.submit(_warm_up) for _ in range(workers)]:
                ready.result()
            yield LocalScheduler(scheduler, pool)
        return

    # dask.distributed comes with the `scale` extra only, and is untyped:
    # held as a module object, it type-checks alike with or without it.
    distributed: Any = importlib.import_module("dask.distributed")
    with contextlib.ExitStack() as stack:
        if scheduler == "local-cluster":
            cluster = distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
            )
            target = stack.enter_context(cluster)
        else:
            target = scheduler
        client = stack.enter_context(distributed.Client(target))
        client.run(_warm_up)
        print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
        yield Cluster(client, distributed)


def day_agenda(
    scheduler: Scheduler,
    paths: str | Sequence[str],
    now: dt.datetime,
    output: str,
    *,
    blocksize: str | int = "8MiB",
) -> Summary:
    """Compute the day's agenda: count the due actions and write them out.

    The partitions' agendas are computed once and kept (``persist``): they
    are small, and three results come from them. Computing the three from
    the lazy bag in one call would not share the work: Dask optimizes the
    bag's graph and the file writes' graph apart, and each would read and
    rebuild every workflow again.

    Args:
        scheduler: A started scheduler (see :func:`started`).
        paths: JSON-lines files, globs or URLs the workers can read.
        now: The current time, aware.
        output: The folder (or URL) the due actions are written to, as
            ``due-00000.jsonl``, ``due-00001.jsonl``, ... in the input's
            order, each file in ``agenda()`` order.
        blocksize: How many bytes of input make one partition.

    Returns:
        How many workflows were read, and the due actions counted by kind and zone.
    """
    parts = scheduler.persist(partition_agendas(paths, now, blocksize=blocksize))
    due = parts.pluck(1).flatten()
    writes = due.map(json.dumps).to_textfiles(
        f"{output}/due-*.jsonl", name_function=part_name, compute=False
    )
    workflows, counts, *_ = scheduler.compute(
        parts.pluck(0).sum(), due.map(kind_and_zone).frequencies(), *writes
    )
    return Summary(workflows=workflows, counts=dict(counts))


def main(argv: Sequence[str] | None = None) -> None:
    """Write or take JSON lines, compute the day's agenda with Dask, print what it found."""
    parser = argparse.ArgumentParser(description="The day's agenda over many workflows, on Dask.")
    parser.add_argument("--input", nargs="+", help="JSON-lines files, globs or URLs to read")
    parser.add_argument(
        "--workflows", type=int, default=20_000, help="without --input: how many to make up"
    )
    parser.add_argument("--data", type=Path, help="without --input: where to write them")
    parser.add_argument("--output", help="where to write the due actions (default: beside them)")
    parser.add_argument(
        "--now", default="2017-10-02T13:00:00+00:00", help="the current time, ISO 8601 with offset"
    )
    parser.add_argument("--scheduler", default="local-cluster")
    parser.add_argument("--workers", type=int, default=2, help="processes to start locally")
    parser.add_argument("--blocksize", default="8MiB", help="bytes of input per partition")
    options = parser.parse_args(argv)
    now = pendulum.parse(options.now)
    if not isinstance(now, pendulum.DateTime):
        parser.error(f"--now must be a date and time, not {options.now}")

    folder = options.data or Path(tempfile.mkdtemp(prefix="agenda-"))
    if options.input:
        paths: list[str] = options.input
    else:
        written = write_json_lines(sample_workflows(options.workflows, today=TODAY), folder)
        paths = [str(path) for path in written]
        print(f"wrote {options.workflows:,} made-up applications to {folder}")
    output = options.output or str(folder / "due")

    clock = time.perf_counter()
    with started(options.scheduler, workers=options.workers) as scheduler:
        ready = time.perf_counter()
        found = day_agenda(scheduler, paths, now, output, blocksize=options.blocksize)
        done = time.perf_counter()

    rate = found.workflows / (done - ready)
    print(f"start-up ({options.scheduler}): {ready - clock:.2f} s")
    print(f"processing: {found.workflows:,} workflows in {done - ready:.2f} s ({rate:,.0f}/s)")
    print(f"{sum(found.counts.values()):,} actions due at {now.isoformat()}, written to {output}")
    for (kind, zone), count in sorted(found.counts.items(), key=lambda item: -item[1])[:10]:
        print(f"  {count:>7,}  {kind:<15} {zone}")


if __name__ == "__main__":
    main()
