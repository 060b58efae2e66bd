"""The Dask example computes agenda()'s agenda from files its workers read themselves."""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import sys
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pendulum
import pytest

from followup_rules import Workflow, agenda

pytest.importorskip("dask.bag")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TODAY = pendulum.Date(2017, 10, 2)
NOWS = [
    pendulum.datetime(2017, 10, 2, 13, tz="UTC"),
    pendulum.datetime(2017, 10, 9, 0, 30, tz="Pacific/Chatham"),
]


@pytest.fixture(scope="module")
def example() -> ModuleType:
    """examples/agenda_at_scale.py, imported with its folder on the path (spawned workers inherit it)."""
    sys.path.insert(0, str(EXAMPLES))
    return importlib.import_module("agenda_at_scale")


@pytest.fixture(scope="module")
def pairs(example: ModuleType) -> list[tuple[str, Workflow]]:
    """5,000 seeded random applications, three months of interviews: many open, many ended."""
    made: list[tuple[str, Workflow]] = list(
        example.sample_workflows(5000, today=TODAY, history_days=90, seed=15)
    )
    return made


@pytest.fixture(scope="module")
def files(
    example: ModuleType, pairs: list[tuple[str, Workflow]], tmp_path_factory: pytest.TempPathFactory
) -> list[str]:
    """The applications as three JSON-lines files."""
    folder = tmp_path_factory.mktemp("lines")
    return [str(path) for path in example.write_json_lines(pairs, folder, per_file=1700)]


# Small blocks: many partitions, most of them starting and ending mid-line.
BLOCKSIZE = "256KiB"


def expected_records(
    example: ModuleType, pairs: list[tuple[str, Workflow]], now: pendulum.DateTime
) -> list[dict[str, Any]]:
    """agenda() on the same workflows, as the example's records."""
    return [example.action_record(key, action) for key, action in agenda(dict(pairs), now)]


def by_due_date(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records sorted by due date; a stable sort, so ties keep their order."""
    return sorted(records, key=lambda record: str(record["due_on"]))


def written_files(output: Path) -> list[list[dict[str, Any]]]:
    """The due actions the example wrote, file by file in the files' order."""
    return [
        [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        for path in sorted(output.glob("due-*.jsonl"))
    ]


def written_agenda(output: Path) -> list[dict[str, Any]]:
    """The files merged into one agenda: by due date, then in the files' order (the input's)."""
    return by_due_date([record for records in written_files(output) for record in records])


def check_run(
    example: ModuleType,
    scheduler: Any,
    files: list[str],
    pairs: list[tuple[str, Workflow]],
    now: pendulum.DateTime,
    output: Path,
) -> None:
    """Run the example's job and compare everything it returns and writes with agenda()."""
    found = example.day_agenda(scheduler, files, now, str(output), blocksize=BLOCKSIZE)
    expected = expected_records(example, pairs, now)
    assert len(expected) > 100
    assert found.workflows == len(pairs)
    assert found.counts == Counter(example.kind_and_zone(record) for record in expected)
    assert written_agenda(output) == expected
    # Each file is in agenda() order by itself.
    assert all(records == by_due_date(records) for records in written_files(output))


@pytest.mark.parametrize("now", NOWS, ids=["morning", "week-later"])
def test_synchronous_agenda_equals_agenda(
    example: ModuleType,
    files: list[str],
    pairs: list[tuple[str, Workflow]],
    now: pendulum.DateTime,
    tmp_path: Path,
) -> None:
    """On the synchronous scheduler, the counts and the written due actions are agenda()'s, in its order."""
    with example.started("synchronous") as scheduler:
        check_run(example, scheduler, files, pairs, now, tmp_path / "due")


def test_processes_agenda_equals_agenda(
    example: ModuleType, files: list[str], pairs: list[tuple[str, Workflow]], tmp_path: Path
) -> None:
    """On the processes scheduler (two spawned workers), the counts and the written due actions are agenda()'s."""
    with example.started("processes", workers=2) as scheduler:
        check_run(example, scheduler, files, pairs, NOWS[0], tmp_path / "due")


def test_partitions_cut_lines_apart(example: ModuleType, files: list[str]) -> None:
    """The test's blocks are small enough that the files are read as many partitions."""
    bag = example.partition_agendas(files, NOWS[0], blocksize=BLOCKSIZE)
    assert bag.npartitions > 2 * len(files)


def test_graph_holds_no_workflows(example: ModuleType, files: list[str]) -> None:
    """The task graph names files and offsets: it is a few kilobytes, not the megabytes of input."""
    cloudpickle = pytest.importorskip("cloudpickle")
    bag = example.partition_agendas(files, NOWS[0], blocksize=BLOCKSIZE)
    graph = len(cloudpickle.dumps(dict(bag.__dask_graph__())))
    size = sum(Path(path).stat().st_size for path in files)
    assert size > 5_000_000
    assert graph < 100_000


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """An in-process dask.distributed cluster, with the large-graph warning lowered to 1 MB."""
    distributed = pytest.importorskip("dask.distributed")
    import dask

    with (
        dask.config.set({"distributed.admin.large-graph-warning-threshold": "1MB"}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0"
        ) as local,
    ):
        yield local


def test_cluster_agenda_without_large_graph(
    example: ModuleType,
    files: list[str],
    pairs: list[tuple[str, Workflow]],
    cluster: Any,
    tmp_path: Path,
) -> None:
    """Given a cluster's address, the job is agenda()'s and sends no large graph (warnings are errors)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with (
            contextlib.redirect_stderr(io.StringIO()),
            example.started(cluster.scheduler_address) as scheduler,
        ):
            check_run(example, scheduler, files, pairs, NOWS[0], tmp_path / "due")


def test_lines_in_the_graph_would_warn(files: list[str], cluster: Any) -> None:
    """The same threshold catches the old design, which put every line into the graph."""
    import dask.bag as db

    distributed: Any = importlib.import_module("dask.distributed")
    lines = [line for path in files for line in Path(path).read_text(encoding="utf-8").splitlines()]
    in_graph = db.from_sequence(lines, npartitions=4)  # type: ignore[no-untyped-call]
    with distributed.Client(cluster) as client, pytest.warns(UserWarning, match="large graph"):
        client.compute(in_graph.count()).result()


def test_command_line_prints_start_up_and_throughput(example: ModuleType, tmp_path: Path) -> None:
    """The command line writes made-up applications, and prints start-up, throughput and agenda()'s count."""
    out = io.StringIO()
    arguments = ["--workflows", "1000", "--data", str(tmp_path), "--scheduler", "synchronous"]
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        example.main([*arguments, "--now", NOWS[0].isoformat()])
    text = out.getvalue()
    expected = agenda(dict(example.sample_workflows(1000, today=TODAY)), NOWS[0])
    assert expected
    assert "start-up (synchronous): " in text
    assert "processing: 1,000 workflows in " in text
    assert f"{len(expected):,} actions due at " in text
    assert len(written_agenda(tmp_path / "due")) == len(expected)
