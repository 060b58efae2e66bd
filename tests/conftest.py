"""Shared test set-up: Hypothesis profiles and the strategy's own example."""

from __future__ import annotations

import os

import pendulum
import pytest
from hypothesis import HealthCheck, settings

from followup_rules import Agreement, Candidate, Interview, Interviewer, Position, Workflow

# `ci` is derandomized so a red build can be replayed exactly, runs enough
# examples to matter, and has no deadline: shared CI machines are noisy.
settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("default", max_examples=60, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

DETROIT = "America/Detroit"


@pytest.fixture
def candidate() -> Candidate:
    """The candidate of the strategy's example."""
    return Candidate("Jordan Avery", "(313) 555-0142", email="jordan@example.com", timezone=DETROIT)


@pytest.fixture
def decider() -> Interviewer:
    """The decision-maker of the strategy's example."""
    return Interviewer(
        "Morgan Lee",
        "Director of Engineering",
        email="morgan.lee@example.com",
        timezone=DETROIT,
        decision_maker=True,
    )


@pytest.fixture
def recruiter() -> Interviewer:
    """A second interviewer, not the decision-maker."""
    return Interviewer("Riley Chen", "Technical Recruiter", timezone=DETROIT)


@pytest.fixture
def interview(candidate: Candidate, decider: Interviewer, recruiter: Interviewer) -> Interview:
    """The strategy's example: an interview ending Wednesday 16 August 2017 in Detroit."""
    return Interview(
        candidate,
        Position("Senior Data Engineer", "Northwind Analytics"),
        [decider, recruiter],
        pendulum.datetime(2017, 8, 16, 15, 30, tz=DETROIT),
        highlights=["the walkthrough of the streaming pipeline redesign"],
        qualifications=["six years building data platforms", "leading a team of four"],
    )


@pytest.fixture
def workflow(interview: Interview) -> Workflow:
    """The example's workflow, decision promised for next Monday, 21 August 2017."""
    return Workflow.start(interview, Agreement.on_weekday(interview, 0))
