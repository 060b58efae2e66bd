"""The benchmark's contenders enforce the same rules as the library, so comparing them is fair."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from benchmarks.contenders import Floor, StateMachineContender, TransitionsContender, run
from benchmarks.reader import read_workflow
from benchmarks.run import (
    IMPORT_BASE,
    IMPORT_LIBRARY,
    LOADED,
    RESULTS_END,
    RESULTS_START,
    target_rows,
    write_output,
)
from benchmarks.scenarios import (
    facts,
    library_outcomes,
    mid_lifecycle,
    raw,
    shared_scenarios,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_rules import RuleViolation, Workflow
from tests.strategies import workflows


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


def _read_both(workflow: Workflow) -> tuple[Workflow, Workflow]:
    text = json.dumps(workflow.to_dict())
    return read_workflow(text), Workflow.from_dict(json.loads(text))


def test_the_public_api_reader_builds_the_benchmarked_workflow() -> None:
    """On the benchmark's own document, the public-API reader builds from_dict's workflow."""
    workflow = mid_lifecycle()
    assert len(workflow.history) == 4
    by_hand, by_library = _read_both(workflow)
    assert by_hand == by_library == workflow


def test_the_public_api_reader_reads_every_event_type() -> None:
    """After each accepted event of the shared scenarios, both readers build the same workflow."""
    seen = set()
    for workflow, events in shared_scenarios():
        state = workflow
        for event in events:
            try:
                state = state.apply(event)
            except RuleViolation:
                continue
            seen.add(type(event).__name__)
            by_hand, by_library = _read_both(state)
            assert by_hand == by_library == state
    assert len(seen) == 6


@st.composite
def filled_workflows(draw: st.DrawFn) -> Workflow:
    """A started workflow of the tests' strategy, with phones, highlights and strengths drawn too."""
    workflow = draw(workflows())
    interview = workflow.interview
    texts = st.lists(st.sampled_from(("the roadmap", "a team of four", "SQL")), max_size=3)
    people = [
        attrs.evolve(person, phone=draw(st.one_of(st.none(), st.just("555 0100"))))
        for person in interview.interviewers
    ]
    filled = attrs.evolve(
        interview,
        interviewers=people,
        highlights=draw(texts),
        qualifications=draw(texts),
    )
    return Workflow.start(filled, workflow.agreement, workflow.policy)


@settings(max_examples=50, deadline=None)
@given(workflow=filled_workflows())
def test_the_public_api_reader_reads_every_field(workflow: Workflow) -> None:
    """For any interview, agreement and policy, the public-API reader builds from_dict's workflow."""
    by_hand, by_library = _read_both(workflow)
    assert by_hand == by_library == workflow


def _measured(
    apply: float, agenda: float, reader: float, imports: float, memory: float
) -> dict[str, dict[str, float]]:
    return {
        "apply": {
            "followup_rules": apply,
            "floor": 1.0,
            "transitions": 4 * apply,
            "python-statemachine": 40 * apply,
        },
        "agenda": {"followup_rules, later scans": agenda, "floor": 1.0},
        "from_dict": {"from_dict(json.loads(text))": reader, "public-API reader": 1.0},
        "import": {IMPORT_LIBRARY: imports, IMPORT_BASE: 1.0},
        "memory": {LOADED: memory},
    }


def test_targets_are_met_exactly_up_to_their_bounds() -> None:
    """Each target row says met at its bound and not met just past it."""
    at_bounds = target_rows(_measured(6.0, 1.5, 1.3, 1.3, 2560.0), 100_000)
    assert len(at_bounds) == 6
    assert all(row.met for row in at_bounds)
    past = target_rows(_measured(6.01, 1.51, 1.31, 1.31, 2561.0), 100_000)
    # The libraries' row is met either way: they are 4x and 40x slower than apply.
    assert [row.met for row in past] == [False, True, False, False, False, False]


def test_targets_not_run_are_said_so() -> None:
    """With no benchmark run, every target row is there, with no verdict."""
    rows = target_rows({}, 100_000)
    assert len(rows) == 6
    assert all(row.met is None for row in rows)


def test_output_keeps_the_prose_around_the_results(tmp_path: Path) -> None:
    """Writing into a page with the results markers replaces only what lies between them."""
    page = tmp_path / "benchmarks.md"
    page.write_text(f"# Page\n\nProse.\n\n{RESULTS_START}\nold\n{RESULTS_END}\n\nMore prose.\n")
    write_output(page, "new tables\n")
    text = page.read_text()
    assert text.startswith("# Page\n\nProse.\n\n")
    assert text.endswith("\n\nMore prose.\n")
    assert "new tables" in text
    assert "old" not in text
