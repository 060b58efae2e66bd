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
