"""The core stays pure: no I/O and no clock reads anywhere in src/followup_rules."""

from __future__ import annotations

import ast
from pathlib import Path

import followup_rules

SOURCE = Path(followup_rules.__file__).parent
FORBIDDEN_CALLS = {"print", "open", "input", "exec", "eval", "breakpoint"}
FORBIDDEN_ATTRIBUTES = {
    "now",
    "today",
    "utcnow",
    "tomorrow",
    "yesterday",
    "monotonic",
    "perf_counter",
    "set_locale",
    "week_starts_at",
    "basicConfig",
    "environ",
    "getenv",
}
FORBIDDEN_MODULES = {"os", "sys", "socket", "subprocess", "requests", "logging", "time", "random"}


def offences(path: Path) -> list[str]:
    """Every forbidden call, attribute or import in one source file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in FORBIDDEN_CALLS
        ):
            found.append(f"{path.name}:{node.lineno} calls {node.func.id}()")
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRIBUTES:
            found.append(f"{path.name}:{node.lineno} uses .{node.attr}")
        if isinstance(node, ast.Import):
            names = {alias.name.split(".")[0] for alias in node.names}
            found += [f"{path.name}:{node.lineno} imports {n}" for n in names & FORBIDDEN_MODULES]
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.split(".")[0] in FORBIDDEN_MODULES
        ):
            found.append(f"{path.name}:{node.lineno} imports from {node.module}")
    return found


def test_the_checker_can_see_an_offence(tmp_path: Path) -> None:
    """The scan finds a clock read and a print when they are there."""
    sample = tmp_path / "sample.py"
    sample.write_text("import time\nimport pendulum\nprint(pendulum.now())\n", encoding="utf-8")
    assert len(offences(sample)) == 3


def test_no_io_and_no_clock_in_the_core() -> None:
    """No source file prints, opens files, reads the environment or asks the clock."""
    files = sorted(SOURCE.glob("*.py"))
    assert files
    found = [offence for path in files for offence in offences(path)]
    assert found == []


def test_the_engine_never_imports_the_edges() -> None:
    """The engine modules import no rendering or export module."""
    engine = ["_calendar.py", "_errors.py", "_events.py", "_rules.py", "_values.py", "_workflow.py"]
    for name in engine:
        tree = ast.parse((SOURCE / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.lstrip(".") not in {"_scripts", "_templates"}, name
