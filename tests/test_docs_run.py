"""Every Python block of README.md and docs/ runs, in order per page, with the extras the page names.

The collector reads each page's fenced code blocks:

- A ``python`` block runs; the blocks of one page run in order in one
  namespace, in a fresh interpreter, from a temporary directory.
- A ``text`` block right after a ``python`` block is that block's output:
  what it prints must match, ``...`` standing for any text (as in doctest).
- ``<!-- no-run: reason -->`` on the line before a ``python`` block (blank
  lines between are fine) keeps that block from running; it must give the
  reason, and the block must still compile.
- Shell, ``text`` and ``mermaid`` blocks are not run.

A page runs with the packages a reader following it would have: the core
dependencies, the extras it names as ``followup_rules[extra]`` and the
packages it names in a ``pip install`` command, each with what it needs
itself. The modules of every other package the extras list are hidden, so a
page that uses pandas without saying how to install it fails.
"""

from __future__ import annotations

import doctest
import importlib.metadata
import json
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
RUNNER = Path(__file__).resolve().parent / "docs_runner.py"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<language>[\w+-]*)")
_NO_RUN = re.compile(r"^<!--\s*no-run\b(?P<rest>.*?)-->\s*$")
_EXTRAS = re.compile(r"followup_rules\[(?P<names>[\w\s,-]+)\]")
_PIP_INSTALL = re.compile(r"pip install (?P<arguments>[^`\n&|;]+)")
_PYTHON = frozenset({"python", "py"})


class PageError(Exception):
    """A page breaks the collector's conventions (a marker without a reason, say)."""


@attrs.frozen
class Block:
    """One fenced block of a page."""

    line: int
    """The line of the block's first line of code, counted from 1."""
    language: str
    code: str
    no_run: str | None = None
    """Why the block does not run, when it is marked so."""
    output: str | None = None
    """The text block that follows it, if any: what it prints."""


def fenced_blocks(text: str, page: str) -> list[Block]:
    """Every fenced block of a page, each Python block with its marker and its output block.

    Raises:
        PageError: A no-run marker without a reason, or before a block that is not Python.
    """
    lines = text.splitlines()
    found: list[Block] = []
    marker: tuple[int, str] | None = None
    previous_end = -1  # the line of the previous block's closing fence
    index = 0
    while index < len(lines):
        line = lines[index]
        opening = _FENCE.match(line)
        marked = _NO_RUN.match(line.strip())
        if marked:
            reason = marked.group("rest").strip().removeprefix(":").strip()
            if not reason:
                raise PageError(f"{page}:{index + 1}: a no-run marker must say why")
            marker = (index + 1, reason)
        elif opening:
            fence, language = opening.group("fence"), opening.group("language").lower()
            end = index + 1
            while end < len(lines) and not lines[end].strip().startswith(fence):
                end += 1
            code = "\n".join(lines[index + 1 : end]) + "\n"
            if marker is not None and language not in _PYTHON:
                raise PageError(f"{page}:{marker[0]}: a no-run marker before a {language} block")
            block = Block(index + 2, language, code, None if marker is None else marker[1])
            previous = found[-1] if found else None
            if (
                language == "text"
                and previous is not None
                and previous.language in _PYTHON
                and not any(line.strip() for line in lines[previous_end + 1 : index])
            ):
                found[-1] = attrs.evolve(previous, output=code)
            found.append(block)
            marker = None
            index = previous_end = end
        elif line.strip() and marker is not None:
            raise PageError(f"{page}:{marker[0]}: a no-run marker must come just before a block")
        index += 1
    return found


def named_packages(text: str) -> tuple[set[str], set[str]]:
    """The extras a page names (``followup_rules[a,b]``) and the other packages it says to pip install."""
    extras = {
        name.strip()
        for found in _EXTRAS.finditer(text)
        for name in found.group("names").split(",")
        if name.strip()
    }
    packages: set[str] = set()
    for command in _PIP_INSTALL.finditer(text):
        for argument in command.group("arguments").split():
            argument = argument.strip("\"'")
            if argument and not argument.startswith(("-", ".", "followup_rules")):
                packages.add(canonicalize_name(Requirement(argument).name))
    return extras, packages


def _requirements() -> tuple[list[Requirement], dict[str, list[Requirement]]]:
    """The installed followup_rules' own requirements, and each extra's."""
    metadata = importlib.metadata.metadata("followup_rules")
    extras: dict[str, list[Requirement]] = {
        name: [] for name in metadata.get_all("Provides-Extra") or []
    }
    core: list[Requirement] = []
    for raw in metadata.get_all("Requires-Dist") or []:
        requirement = Requirement(raw)
        if requirement.marker is None:
            core.append(requirement)
            continue
        for name, listed in extras.items():
            if requirement.marker.evaluate({"extra": name}):
                listed.append(requirement)
    return core, extras


def _with_dependencies(requirements: Iterable[Requirement]) -> set[str]:
    """The distributions these requirements install, their own requirements included."""
    seen: set[tuple[str, frozenset[str]]] = set()
    pending = list(requirements)
    while pending:
        requirement = pending.pop()
        key = (canonicalize_name(requirement.name), frozenset(requirement.extras))
        if key in seen:
            continue
        seen.add(key)
        try:
            listed = importlib.metadata.requires(requirement.name) or []
        except importlib.metadata.PackageNotFoundError:
            continue
        for raw in listed:
            needed = Requirement(raw)
            wanted = requirement.extras or {""}
            if needed.marker is None or any(
                needed.marker.evaluate({"extra": extra}) for extra in wanted
            ):
                pending.append(needed)
    return {name for name, _ in seen}


def hidden_modules(extras: set[str], packages: set[str]) -> set[str]:
    """The top-level modules of every package the extras list that a page naming these lacks.

    Raises:
        PageError: The page names an extra that does not exist.
    """
    core, by_extra = _requirements()
    unknown = extras - by_extra.keys()
    if unknown:
        raise PageError(f"no such extra: {', '.join(sorted(unknown))}")
    chosen = [*core, *(req for name in extras for req in by_extra[name])]
    chosen += [Requirement(name) for name in packages]
    present = _with_dependencies(chosen)
    optional = {canonicalize_name(req.name) for listed in by_extra.values() for req in listed}
    missing = optional - present
    return {
        module
        for module, distributions in importlib.metadata.packages_distributions().items()
        if distributions and all(canonicalize_name(name) in missing for name in distributions)
    }


def run_page(page: str, text: str, cwd: Path) -> tuple[list[Block], list[str], str | None]:
    """Run a page's Python blocks; return its blocks, what each printed, and the failure if any."""
    blocks = [block for block in fenced_blocks(text, page) if block.language in _PYTHON]
    for block in blocks:
        if block.no_run is not None:
            compile("\n" * (block.line - 1) + block.code, page, "exec")
    running = [block for block in blocks if block.no_run is None]
    request = {
        "page": page,
        "blocks": [[block.line, block.code] for block in running],
        "blocked": sorted(hidden_modules(*named_packages(text))),
    }
    done = subprocess.run(
        [sys.executable, "-I", "-W", "error", str(RUNNER)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    return running, answer["outputs"], answer["failure"]


def check_page(page: str, text: str, cwd: Path) -> None:
    """Fail unless every runnable block of the page runs and prints its output block."""
    running, outputs, failure = run_page(page, text, cwd)
    if failure is not None:
        block = running[len(outputs) - 1]
        pytest.fail(f"{page}:{block.line}: the block failed\n{failure}", pytrace=False)
    checker = doctest.OutputChecker()
    for block, printed in zip(running, outputs, strict=True):
        if block.output is not None and not checker.check_output(
            block.output, printed, doctest.ELLIPSIS
        ):
            pytest.fail(
                f"{page}:{block.line}: the block printed\n{printed}\nnot\n{block.output}",
                pytrace=False,
            )


@pytest.mark.parametrize("path", PAGES, ids=[str(page.relative_to(ROOT)) for page in PAGES])
def test_page_runs(path: Path, tmp_path: Path) -> None:
    """Each page's Python blocks run in order in one namespace and print what the page shows."""
    check_page(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"), tmp_path)


# --- the collector itself ----------------------------------------------------------

SAMPLE = """\
# A page

```sh
pip install "followup_rules[holidays]"
```

```python
total = 2 + 3
print(total)
```

```text
5
```

<!-- no-run: it needs a cluster -->

```python
connect("tcp://10.0.0.5:8786")
```

```python
print(total * 10, "and more")
```

```text
50 ...
```
"""


def test_the_collector_reads_blocks_markers_and_outputs() -> None:
    """A page's Python blocks come with their lines, no-run reasons and output blocks; shell blocks do not run."""
    blocks = fenced_blocks(SAMPLE, "sample.md")
    assert [block.language for block in blocks] == [
        "sh",
        "python",
        "text",
        "python",
        "python",
        "text",
    ]
    first, _, cluster, last = (blocks[index] for index in (1, 2, 3, 4))
    assert (first.line, first.code, first.output) == (8, "total = 2 + 3\nprint(total)\n", "5\n")
    assert cluster.no_run == "it needs a cluster"
    assert cluster.output is None
    assert last.output == "50 ...\n"
    assert named_packages(SAMPLE) == ({"holidays"}, set())


def test_a_sample_page_runs_and_its_outputs_match(tmp_path: Path) -> None:
    """The sample's runnable blocks share a namespace and print their outputs; the marked one is skipped."""
    check_page("sample.md", SAMPLE, tmp_path)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (("print(total)", "print(total + 1)"), "the block printed"),
        (("total = 2 + 3", "total = 2 + undefined"), "NameError"),
        (("<!-- no-run: it needs a cluster -->", ""), "NameError: name 'connect'"),
    ],
)
def test_a_page_that_is_wrong_fails(
    tmp_path: Path, change: tuple[str, str], complaint: str
) -> None:
    """A wrong output, an undefined name or an unmarked block that cannot run fails the page, naming the line."""
    with pytest.raises(pytest.fail.Exception, match=complaint) as failed:
        check_page("sample.md", SAMPLE.replace(*change), tmp_path)
    assert "sample.md:" in str(failed.value)


@pytest.mark.parametrize(
    "marker",
    ["<!-- no-run -->", "<!-- no-run: -->", "<!-- no-run:   -->"],
)
def test_a_no_run_marker_must_give_a_reason(marker: str) -> None:
    """A no-run marker without a reason is refused."""
    with pytest.raises(PageError, match="must say why"):
        fenced_blocks(SAMPLE.replace("<!-- no-run: it needs a cluster -->", marker), "sample.md")


def test_a_no_run_marker_must_stand_before_a_python_block() -> None:
    """A marker before prose or before a shell block is refused, so none is silently ignored."""
    with pytest.raises(PageError, match="just before a block"):
        fenced_blocks("<!-- no-run: why -->\nSome prose.\n\n```python\nx = 1\n```\n", "p.md")
    with pytest.raises(PageError, match="before a sh block"):
        fenced_blocks("<!-- no-run: why -->\n```sh\nls\n```\n", "p.md")


def test_a_page_has_only_the_packages_it_names(tmp_path: Path) -> None:
    """A block importing an optional package fails unless the page names the extra or the package."""
    page = "```python\nimport holidays\nimport pendulum\n```\n"
    with pytest.raises(
        pytest.fail.Exception, match="ModuleNotFoundError: No module named 'holidays'"
    ):
        check_page("p.md", page, tmp_path)
    check_page("p.md", 'pip install "followup_rules[holidays]"\n\n' + page, tmp_path)
    check_page("p.md", "pip install holidays\n\n" + page, tmp_path)


def test_every_page_is_collected() -> None:
    """The README and every page of docs/ are run, and together they hold many Python blocks."""
    assert ROOT / "README.md" in PAGES
    assert ROOT / "docs" / "how-to" / "at-scale.md" in PAGES
    python = [
        block
        for page in PAGES
        for block in fenced_blocks(page.read_text(encoding="utf-8"), page.name)
        if block.language in _PYTHON
    ]
    assert len(python) >= 20
