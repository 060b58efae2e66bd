"""Diagrams are drawn from the transition table, and the README's copy stays current."""

from __future__ import annotations

import re
from pathlib import Path

import followup_rules
from followup_rules import TERMINAL_STAGES, TRANSITIONS, Branch, Stage, diagram

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_row_of_the_table_is_drawn() -> None:
    """Each (stage, event, branch) -> stage row is one line of the Mermaid and of the DOT text."""
    mermaid, dot = diagram.mermaid(), diagram.dot()
    assert len(TRANSITIONS) == len(diagram.edges())
    for (stage, event, branch), target in TRANSITIONS.items():
        label = event.__name__ if branch is Branch.ANY else f"{event.__name__} ({branch.value})"
        assert f"    {stage.name} --> {target.name}: {label}\n" in mermaid
        assert f'    {stage.name} -> {target.name} [label="{label}"];\n' in dot


def test_terminal_stages_are_marked() -> None:
    """Terminal stages end in [*] in Mermaid and are double circles in DOT; no others are."""
    mermaid, dot = diagram.mermaid(), diagram.dot()
    for stage in Stage:
        terminal = stage in TERMINAL_STAGES
        assert (f"    {stage.name} --> [*]\n" in mermaid) is terminal
        assert (f"    {stage.name} [shape=doublecircle" in dot) is terminal
    assert mermaid.startswith("stateDiagram-v2\n    [*] --> THANKING\n")


def test_mermaid_has_nothing_but_the_table() -> None:
    """Every move line of the Mermaid text comes from a row of the table."""
    moves = [line for line in diagram.mermaid().splitlines() if ": " in line]
    assert len(moves) == len(TRANSITIONS)


def test_readme_embeds_the_current_diagram() -> None:
    """The README's Mermaid block is exactly diagram.mermaid()."""
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```mermaid\n(.*?)```", text, re.S)
    assert blocks == [diagram.mermaid()]


def test_docs_embed_the_current_diagram() -> None:
    """The strategy page of the documentation shows exactly diagram.mermaid()."""
    text = (README.parent / "docs" / "strategy.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```mermaid\n(.*?)```", text, re.S)
    assert blocks == [diagram.mermaid()]


def test_diagram_is_reachable_from_the_package() -> None:
    """followup_rules.diagram is the diagram module, loaded on first use."""
    assert followup_rules.diagram is diagram


def test_readme_embeds_the_current_rules_table() -> None:
    """The README's table of the rules is exactly diagram.table()."""
    text = README.read_text(encoding="utf-8")
    start = text.index("| stage | event | branch | next stage |")
    end = text.index("\n\n", start)
    assert text[start:end] + "\n" == diagram.table()


def test_the_markdown_table_names_every_row() -> None:
    """Every row of TRANSITIONS stands in diagram.table(): its event, branch and stages."""
    lines = diagram.table().splitlines()[2:]
    open_stages = [stage.name for stage in Stage if stage not in TERMINAL_STAGES]
    for (stage, event, branch), target in TRANSITIONS.items():
        label = "" if branch is Branch.ANY else branch.value
        matching = [
            line
            for line in lines
            if f"| {event.__name__} | {label} |" in line
            and (stage.name in line.split("|")[1] or "any open stage" in line)
            and (target.name in line.split("|")[4] or "(unchanged)" in line)
        ]
        assert len(matching) == 1, (stage, event, branch, target)
    assert len(open_stages) == 5


def test_the_rules_page_lists_every_row() -> None:
    """docs/strategy.md lists the table row by row, exactly as diagram.table(grouped=False)."""
    text = (README.parent / "docs" / "strategy.md").read_text(encoding="utf-8")
    start = text.index("| stage | event | branch | next stage |")
    end = text.index("\n\n", start)
    assert text[start:end] + "\n" == diagram.table(grouped=False)
    assert len(diagram.table(grouped=False).splitlines()) == len(TRANSITIONS) + 2
