"""The benchmark's contenders enforce the same rules as the library, so comparing them is fair."""

from __future__ import annotations

import pytest
from benchmarks.contenders import Floor, StateMachineContender, TransitionsContender, run
from benchmarks.scenarios import facts, library_outcomes, raw, shared_scenarios


@pytest.mark.parametrize(
    "contender",
    [Floor(), TransitionsContender(), StateMachineContender()],
    ids=["floor", "transitions", "python-statemachine"],
)
def test_contenders_agree_with_the_library(contender: object) -> None:
    """On every shared scenario, each contender accepts and refuses exactly what the library does."""
    scenarios = shared_scenarios()
    refusals = 0
    for workflow, events in scenarios:
        expected = library_outcomes(workflow, events)
        refusals += expected.count("refused")
        assert run(contender, facts(workflow), raw(workflow, events)) == expected
    assert refusals >= 5  # the scenarios do exercise the rules, not only the happy path
