"""The day's agenda over many workflows, computed with Dask.

A job board keeps one workflow per application, saved as JSON lines (one
``{"id": ..., "workflow": workflow.to_dict()}`` object a line). Every
morning it asks what is due today. This example spreads that question over
a Dask cluster with ``dask.bag``: each partition of lines is parsed,
rebuilt with ``Workflow.from_dict`` (which replays every history through the
rules) and asked ``due(now)``; the due actions come back, are ordered like
``followup_rules.agenda`` orders them, and throughput is printed.

Install the extra and run it::

    pip install ".[scale]"
    python examples/agenda_at_scale.py --workflows 50000              # a local cluster
    python examples/agenda_at_scale.py --input apps.jsonl --scheduler tcp://10.0.0.5:8786
    python examples/agenda_at_scale.py --scheduler processes          # no cluster

``--scheduler`` takes ``local-cluster`` (the default: a ``LocalCluster`` on this
machine), ``synchronous``, ``threads`` or ``processes`` (Dask's local
schedulers), or the address of a running ``dask.distributed`` scheduler; the
same code runs everywhere. A progress bar shows while it works; the library
itself prints nothing.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pendulum

from followup_rules import (
    Action,
    ActionKind,
    Agreement,
    CallPlaced,
    Candidate,
    CloseLoopSent,
    Interview,
    Interviewer,
    Policy,
    Position,
    ThankYouSent,
    Workflow,
)

ZONES = (
    "America/Detroit",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "Europe/London",
    "Europe/Paris",
    "Asia/Kolkata",
    "Australia/Sydney",
)


def sample_workflow(index: int, policy: Policy) -> Workflow:
    """A made-up application, at some point of its follow-up, in one of ten zones."""
    zone = ZONES[index % len(ZONES)]
    ended = pendulum.datetime(2017, 8, 1, 15, 30, tz=zone).add(days=(index // len(ZONES)) % 60)
    decider = Interviewer(f"Decider {index}", "Hiring Manager", timezone=zone, decision_maker=True)
    interview = Interview(
        Candidate(f"Candidate {index}", "555 0100", timezone=zone),
        Position("Data Engineer", f"Company {index % 97}"),
        [decider],
        ended,
    )
    workflow = Workflow.start(interview, Agreement.on_weekday(interview, index % 5), policy)
    # Take the first few steps of the plan, each on its due day, as if
    # nobody answered: 0 to 6 steps, so every stage appears.
    steps = index % 7
    if steps:
        workflow = workflow.apply(ThankYouSent(decider, ended.set(hour=19)))
    for _ in range(steps - 1):
        action = workflow.plan()[0]
        if action.kind is ActionKind.MOVE_ON:
            break
        day = action.due_on
        moment = pendulum.datetime(day.year, day.month, day.day, 17, 30, tz=zone)
        event = CallPlaced(moment) if action.kind is ActionKind.CALL else CloseLoopSent(moment)
        workflow = workflow.apply(event)
    return workflow


def sample_lines(count: int) -> list[str]:
    """``count`` applications as JSON lines, ids ``app-0``, ``app-1``, ..."""
    policy = Policy()
    return [
        json.dumps({"id": f"app-{index}", "workflow": sample_workflow(index, policy).to_dict()})
        for index in range(count)
    ]


def due_in_partition(lines: Iterable[str], now: pendulum.DateTime) -> list[tuple[int, Any]]:
    """Rebuild each workflow of a partition; return ``(due day, (line number, id, action))`` rows.

    Runs on the workers. Lines come as the line number, a tab, then the JSON, so the
    result can be put back in the input's order.
    """
    rows: list[tuple[int, Any]] = []
    for line in lines:
        number, _, text = line.partition("\t")
        record = json.loads(text)
        workflow = Workflow.from_dict(record["workflow"])
        rows.extend(
            (action.due_on.toordinal(), (int(number), record["id"], action))
            for action in workflow.due(now)
        )
    # A list, not a generator: partitions travel between processes by pickle.
    return rows


def agenda_bag(lines: Sequence[str], now: pendulum.DateTime, *, partitions: int) -> Any:
    """A Dask bag of ``(due day, (line number, id, action))`` for every due action."""
    import dask.bag as db

    numbered = [f"{number}\t{line}" for number, line in enumerate(lines)]
    bag = db.from_sequence(numbered, npartitions=partitions)  # type: ignore[no-untyped-call]
    return bag.map_partitions(due_in_partition, now)


def in_agenda_order(rows: list[tuple[int, Any]]) -> list[tuple[str, Action]]:
    """Order rows as ``followup_rules.agenda`` does: by due day, then by input order."""
    rows.sort(key=lambda row: (row[0], row[1][0]))
    return [(key, action) for _, (_, key, action) in rows]


def day_agenda(
    lines: Sequence[str], now: pendulum.DateTime, *, partitions: int, scheduler: str
) -> list[tuple[str, Action]]:
    """The due ``(id, action)`` pairs of all lines, on one of Dask's local schedulers."""
    rows = agenda_bag(lines, now, partitions=partitions).compute(scheduler=scheduler)
    return in_agenda_order(rows)


def on_cluster(
    lines: Sequence[str], now: pendulum.DateTime, *, partitions: int, address: str
) -> list[tuple[str, Action]]:
    """The same on a dask.distributed cluster: a LocalCluster, or one given by address."""
    # dask.distributed comes with the `scale` extra only, and is untyped:
    # held as a module object, it type-checks alike with or without it.
    distributed: Any = importlib.import_module("dask.distributed")
    local = address == "local-cluster"
    target = distributed.LocalCluster() if local else address
    with distributed.Client(target) as client:
        print(f"Dask dashboard: {client.dashboard_link}", file=sys.stderr)
        future = client.compute(agenda_bag(lines, now, partitions=partitions))
        distributed.progress(future)
        print(file=sys.stderr)
        return in_agenda_order(future.result())


def main(argv: Sequence[str] | None = None) -> None:
    """Generate or read workflows, compute today's agenda with Dask, print throughput."""
    parser = argparse.ArgumentParser(description="The day's agenda over many workflows, on Dask.")
    parser.add_argument("--workflows", type=int, default=20_000, help="how many to generate")
    parser.add_argument("--input", type=Path, help="read JSON lines from this file instead")
    parser.add_argument("--write", type=Path, help="also save the generated JSON lines here")
    parser.add_argument("--now", default="2017-10-02T13:00:00+00:00", help="the current time")
    parser.add_argument("--scheduler", default="local-cluster")
    parser.add_argument("--partitions", type=int, default=16)
    options = parser.parse_args(argv)

    if options.input:
        lines = options.input.read_text(encoding="utf-8").splitlines()
    else:
        lines = sample_lines(options.workflows)
        if options.write:
            options.write.write_text("\n".join(lines) + "\n", encoding="utf-8")
    now = pendulum.parse(options.now)
    assert isinstance(now, pendulum.DateTime)

    started = time.perf_counter()
    if options.scheduler in ("synchronous", "threads", "processes"):
        from dask.diagnostics.progress import ProgressBar

        with ProgressBar(dt=0.5):  # type: ignore[no-untyped-call]
            rows = day_agenda(
                lines, now, partitions=options.partitions, scheduler=options.scheduler
            )
    else:
        rows = on_cluster(lines, now, partitions=options.partitions, address=options.scheduler)
    elapsed = time.perf_counter() - started

    rate = len(lines) / elapsed
    print(f"{len(lines):,} workflows, {len(rows):,} due actions in {elapsed:.2f} s ({rate:,.0f}/s)")
    for key, action in rows[:5]:
        who = action.contact.name if action.contact else "-"
        print(f"  {key}: {action.kind.name} for {who}, due {action.due_on.isoformat()}")


if __name__ == "__main__":
    main()
