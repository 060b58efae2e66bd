"""The Dask scale-out example computes the same agenda as agenda() on one machine."""

from __future__ import annotations

import importlib.util
import pickle
import sys
from pathlib import Path
from types import ModuleType

import pendulum
import pytest

from followup_rules import Workflow, agenda

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "agenda_at_scale.py"


@pytest.fixture(scope="module")
def example() -> ModuleType:
    """The example module, imported from its file."""
    spec = importlib.util.spec_from_file_location("agenda_at_scale", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["agenda_at_scale"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lines(example: ModuleType) -> list[str]:
    """A few thousand made-up applications as JSON lines."""
    generated: list[str] = example.sample_lines(2500)
    return generated


@pytest.mark.parametrize("day", ["2017-08-25T23:00:00+00:00", "2017-10-02T13:00:00+00:00"])
def test_dask_agenda_equals_agenda(example: ModuleType, lines: list[str], day: str) -> None:
    """dask.bag on the synchronous scheduler gives exactly agenda()'s pairs, in its order."""
    import json

    now = pendulum.parse(day)
    on_dask = example.day_agenda(lines, now, partitions=7, scheduler="synchronous")
    records = [json.loads(line) for line in lines]
    book = {record["id"]: Workflow.from_dict(record["workflow"]) for record in records}
    expected = agenda(book, now)
    assert len(expected) > 100
    assert on_dask == expected


def test_sample_covers_every_open_stage(example: ModuleType, lines: list[str]) -> None:
    """The generated workflows reach every stage from THANKING to AWAITING_REPLY."""
    import json

    stages = {Workflow.from_dict(json.loads(line)["workflow"]).stage.name for line in lines}
    assert {"THANKING", "WAITING", "CALLING", "CLOSING", "AWAITING_REPLY"} <= stages


def test_due_actions_pickle(example: ModuleType, lines: list[str]) -> None:
    """Workflows and their due actions come back from pickle equal, as Dask needs."""
    import json

    now = pendulum.datetime(2017, 10, 2, 13, tz="UTC")
    for line in lines[:200]:
        workflow = Workflow.from_dict(json.loads(line)["workflow"])
        assert pickle.loads(pickle.dumps(workflow)) == workflow
        for action in workflow.due(now):
            assert pickle.loads(pickle.dumps(action)) == action
