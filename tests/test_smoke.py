"""The strategy's example, end to end, at a glance."""

from __future__ import annotations

from followup_rules import ActionKind, Workflow


def test_example_plan_dates(workflow: Workflow) -> None:
    """The example plans calls on 22 and 29 August and 5 and 12 September 2017."""
    calls = [a.due_on.isoformat() for a in workflow.plan() if a.kind is ActionKind.CALL]
    assert calls == ["2017-08-22", "2017-08-29", "2017-09-05", "2017-09-12"]
