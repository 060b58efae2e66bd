"""State diagrams drawn from the very table the engine runs on.

:func:`mermaid` and :func:`dot` read :data:`followup_rules.TRANSITIONS` row by
row, so a diagram can never show a move the engine does not make, nor miss
one it does. Terminal stages are marked: Mermaid draws them into ``[*]``,
Graphviz as double circles. Both return text; nothing is written anywhere.

Example:
    ```python
    from followup_rules import diagram

    print(diagram.mermaid())  # paste into Markdown that renders Mermaid
    print(diagram.dot())  # pipe into `dot -Tsvg`
    ```
"""

from __future__ import annotations

from ._rules import TERMINAL_STAGES, TRANSITIONS, Branch, Stage

__all__ = ["dot", "edges", "mermaid", "table"]


def edges() -> list[tuple[Stage, Stage, str]]:
    """Return the table's moves as ``(stage, next stage, label)``, in table order.

    The label is the event's type, followed by the branch in parentheses when
    the event has more than one row for that stage (``ThankYouSent (last
    letter)``).

    Returns:
        One entry per row of :data:`followup_rules.TRANSITIONS`.
    """
    found = []
    for (stage, event, branch), target in TRANSITIONS.items():
        label = event.__name__
        if branch is not Branch.ANY:
            label = f"{label} ({branch.value})"
        found.append((stage, target, label))
    return found


def mermaid() -> str:
    """Return the state diagram in Mermaid's ``stateDiagram-v2`` syntax.

    Returns:
        The diagram's text, one line per move, starting at THANKING and
        ending every terminal stage in ``[*]``.
    """
    lines = ["stateDiagram-v2", f"    [*] --> {Stage.THANKING.name}"]
    lines += [f"    {stage.name} --> {target.name}: {label}" for stage, target, label in edges()]
    lines += [f"    {stage.name} --> [*]" for stage in Stage if stage in TERMINAL_STAGES]
    return "\n".join(lines) + "\n"


def table(*, grouped: bool = True) -> str:
    """Return the table as a Markdown table.

    Args:
        grouped: Join rows that differ only by stage: rows with the same
            event, branch and next stage share a line that names their
            stages ("WAITING, CALLING", or "any open stage" for all five),
            and an event whose rows all keep the stage they start from says
            "(unchanged)". False gives one line per row, in table order.

    Returns:
        The Markdown text: a header, then the rows.
    """
    if not grouped:
        lines = ["| stage | event | branch | next stage |", "|---|---|---|---|"]
        lines += [
            f"| {stage.name} | {event.__name__} | {branch.value} | {target.name} |"
            for (stage, event, branch), target in TRANSITIONS.items()
        ]
        return "\n".join(lines) + "\n"
    # An event whose rows all keep their stage (OutOfOffice) is one line.
    moves: dict[tuple[type, Branch], bool] = {}
    for (stage, event, branch), target in TRANSITIONS.items():
        moves[(event, branch)] = moves.get((event, branch), False) or target is not stage
    groups: dict[tuple[str, str, str], list[Stage]] = {}
    for (stage, event, branch), target in TRANSITIONS.items():
        where = target.name if moves[(event, branch)] else "(unchanged)"
        label = "" if branch is Branch.ANY else branch.value
        groups.setdefault((event.__name__, label, where), []).append(stage)
    open_stages = [stage for stage in Stage if stage not in TERMINAL_STAGES]
    lines = ["| stage | event | branch | next stage |", "|---|---|---|---|"]
    for (event_name, label, where), stages in groups.items():
        names = (
            "any open stage"
            if sorted(stages, key=open_stages.index) == open_stages
            else ", ".join(stage.name for stage in stages)
        )
        lines.append(f"| {names} | {event_name} | {label} | {where} |")
    return "\n".join(lines) + "\n"


def dot() -> str:
    """Return the state diagram in Graphviz's DOT language.

    Returns:
        A ``digraph`` with one node per stage (terminal stages drawn as
        double circles) and one edge per move, labelled with the event.
    """
    lines = [
        "digraph followup {",
        "    rankdir=LR;",
        '    node [shape=box, style=rounded, fontname="Helvetica"];',
        '    edge [fontname="Helvetica", fontsize=10];',
    ]
    for stage in Stage:
        shape = "doublecircle" if stage in TERMINAL_STAGES else "box"
        lines.append(f'    {stage.name} [shape={shape}, label="{stage.name}"];')
    lines += [
        f'    {stage.name} -> {target.name} [label="{label}"];' for stage, target, label in edges()
    ]
    lines.append("}")
    return "\n".join(lines) + "\n"
