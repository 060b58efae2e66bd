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
# What the core may take from a forbidden module: sys.intern shares equal
# strings and touches no stream, file or clock.
ALLOWED_FROM = {("sys", "intern")}


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
            and not all((node.module, alias.name) in ALLOWED_FROM for alias in node.names)
        ):
            found.append(f"{path.name}:{node.lineno} imports from {node.module}")
    return found


def test_the_checker_can_see_an_offence(tmp_path: Path) -> None:
    """The scan finds a clock read and a print when they are there."""
    sample = tmp_path / "sample.py"
    sample.write_text("import time\nimport pendulum\nprint(pendulum.now())\n", encoding="utf-8")
    assert len(offences(sample)) == 3


def test_only_intern_may_come_from_sys(tmp_path: Path) -> None:
    """``from sys import intern`` passes; any other name from sys, or sys itself, is an offence."""
    allowed, stream, whole = tmp_path / "a.py", tmp_path / "b.py", tmp_path / "c.py"
    allowed.write_text("from sys import intern\n")
    stream.write_text("from sys import intern, stdout\n")
    whole.write_text("import sys\n")
    assert offences(allowed) == []
    assert offences(stream) == ["b.py:1 imports from sys"]
    assert offences(whole) == ["c.py:1 imports sys"]


def test_no_io_and_no_clock_in_the_core() -> None:
    """No source file prints, opens files, reads the environment or asks the clock."""
    files = sorted(SOURCE.glob("*.py"))
    assert files
    found = [offence for path in files for offence in offences(path)]
    assert found == []


ENGINE = [
    "_calendar.py",
    "_errors.py",
    "_events.py",
    "_explain.py",
    "_holidays.py",
    "_plan.py",
    "_rules.py",
    "_values.py",
    "_workflow.py",
]
EDGES = {
    "_scripts",
    "_templates",
    "_facts",
    "_language",
    "_english",
    "_british",
    "_cldr",
    "_wording",
    "_german",
    "_french",
    "_spanish",
    "_portuguese",
    "_email",
    "_ical",
    "diagram",
    "_display",
}


def edge_imports(tree: ast.AST) -> list[tuple[str, str]]:
    """(edge module, enclosing function or "<module>") for each import of an edge module."""
    found = []

    def visit(node: ast.AST, where: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef) else where
            if isinstance(child, ast.ImportFrom) and child.module:
                name = child.module.lstrip(".")
                if name in EDGES:
                    found.append((name, where))
            visit(child, inner)

    visit(tree, "<module>")
    return found


def test_the_engine_never_imports_the_edges() -> None:
    """The engine imports no rendering or export module; display code only from _repr_ hooks."""
    for name in ENGINE:
        tree = ast.parse((SOURCE / name).read_text(encoding="utf-8"))
        for module, where in edge_imports(tree):
            assert module == "_display", f"{name} imports {module}"
            assert where.startswith("_repr_"), f"{name} imports _display in {where}"


def test_the_edge_check_sees_an_edge_import() -> None:
    """The scan finds an edge import at module level and one inside a function."""
    tree = ast.parse("from ._scripts import render\ndef f():\n    from ._display import x\n")
    assert edge_imports(tree) == [("_scripts", "<module>"), ("_display", "f")]


# The engine, in the order it reads: each module imports only the ones
# before it, so a newcomer can read the house from the values up.
LAYERS = [
    "_errors",
    "_calendar",
    "_holidays",
    "_values",
    "_events",
    "_rules",
    "_explain",
    "_plan",
    "_workflow",
]


def package_imports(tree: ast.AST) -> set[str]:
    """The package modules a module imports at its top level (not inside functions)."""
    found = set()
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module)
    return found


def test_the_engine_reads_from_the_values_up() -> None:
    """Values, calendar, rules (the table), plan, workflow: each engine module imports only earlier ones."""
    for position, name in enumerate(LAYERS):
        tree = ast.parse((SOURCE / f"{name}.py").read_text())
        later = package_imports(tree) - set(LAYERS[:position])
        assert later == set(), f"{name} imports {sorted(later)}, which come after it"
    assert sorted(f"{name}.py" for name in LAYERS) == sorted(ENGINE)


def test_the_layer_check_sees_a_backward_import() -> None:
    """The layer check finds a top-level import of a later module, and ignores one inside a function."""
    tree = ast.parse("from ._workflow import Workflow\ndef f():\n    from ._plan import Action\n")
    assert package_imports(tree) == {"_workflow"}
