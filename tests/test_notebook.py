"""The example notebook runs from top to bottom, so it cannot rot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

from followup_rules import Stage

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "followup.ipynb"


def outputs(notebook: Any, output_type: str) -> list[Any]:
    """Every output of one type across the notebook's code cells."""
    return [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if output.output_type == output_type
    ]


def test_the_committed_notebook_has_no_outputs() -> None:
    """examples/followup.ipynb is valid nbformat 4 and is committed with its outputs cleared."""
    notebook = nbformat.read(NOTEBOOK, as_version=nbformat.NO_CONVERT)  # type: ignore[no-untyped-call]
    nbformat.validate(notebook)
    assert notebook.nbformat == 4
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    assert all(cell.outputs == [] and cell.execution_count is None for cell in code)


def test_the_notebook_runs_without_errors() -> None:
    """Every cell of examples/followup.ipynb runs, from the repository root, without an error."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)  # type: ignore[no-untyped-call]
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    )
    # execute() raises CellExecutionError on the first cell that fails.
    client.execute()
    assert outputs(notebook, "error") == []
    shown = [output.data for output in outputs(notebook, "display_data")] + [
        output.data for output in outputs(notebook, "execute_result")
    ]
    # The workflow's own table, a DataFrame, and the example's dates came out.
    assert any('class="followup-rules-timeline"' in data.get("text/html", "") for data in shown)
    assert any(
        "<table" in data.get("text/html", "") and "dataframe" in data["text/html"] for data in shown
    )
    printed = "".join(output.text for output in outputs(notebook, "stream"))
    assert "Tuesday, August 22" in printed
    # The last cell prints the state diagram, which names every stage.
    diagram = "".join(output.get("text", "") for output in notebook.cells[-1].outputs)
    assert all(stage.name in diagram for stage in Stage)
