"""The examples and the README's commands stay true."""

from __future__ import annotations

import contextlib
import io
import re
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command(name: str) -> str:
    """The shell command between a README's ``<!-- name -->`` markers."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(rf"<!-- {name} -->\s*```sh\n(.+?)\n```\s*<!-- /{name} -->", text, re.S)
    assert found, f"README.md has no {name} block"
    return found.group(1)


def test_quickstart_prints_the_examples_plan() -> None:
    """examples/quickstart.py runs and prints the strategy's example dates."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(ROOT / "examples" / "quickstart.py"), run_name="__main__")
    text = out.getvalue()
    for day in ("Tue, Aug 22 2017", "Tue, Sep 12 2017", "Tue, Sep 19 2017", "Wed, Sep 27 2017"):
        assert day in text
    assert "refused: call-interval" in text


def test_readme_commands_install_run_and_test() -> None:
    """The README's run command runs the quickstart; its test command runs ruff, mypy and pytest."""
    run = command("run-command")
    assert "pip install ." in run
    assert run.endswith("python examples/quickstart.py")
    test = command("test-command")
    for tool in (
        "ruff check .",
        "mypy --strict",
        "pytest",
        'pip install -e ".[test,docs]"',
        "mkdocs build --strict",
    ):
        assert tool in test


def test_readme_python_blocks_run() -> None:
    """Every Python block of the README runs, in order, in one namespace."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.+?)```", text, re.S)
    assert len(blocks) >= 3
    namespace: dict[str, object] = {}
    with contextlib.redirect_stdout(io.StringIO()) as out:
        for block in blocks:
            exec(compile(block, "README.md", "exec"), namespace)
    assert "Jordan Avery" in out.getvalue()


def test_ci_runs_the_readmes_test_command() -> None:
    """.ci/run reads the test command from the README's markers."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "<!-- test-command -->" in script
    assert "HYPOTHESIS_PROFILE=ci" in script
