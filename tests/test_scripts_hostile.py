"""The edge modules given hostile input: success or a FollowUpError with a short message, nothing else.

Every public function of the scripts, templates, calendar export and
displays is called with arbitrary objects: text of any size, huge ints,
nan, bytes, containers nested deep, dates at years 1 and 9999, naive and
aware datetimes, objects whose comparison or repr raises, str subclasses,
mocks made to pass isinstance(), mappings that fail, and actions that are
not the workflow's (another workflow's, or built by hand with odd field
values). The diagram functions take no input: they read only the
transition table.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Callable, Iterator, Mapping
from email.message import EmailMessage
from typing import Any
from unittest.mock import NonCallableMock

import attrs
import pendulum
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from followup_rules import (
    TEMPLATE_KEYS,
    Action,
    ActionKind,
    Channel,
    DecisionPostponed,
    FollowUpError,
    HeardBack,
    Outcome,
    Script,
    Stage,
    Tone,
    Withdrew,
    Workflow,
    builtin_template,
    check_template,
    permission_script,
    placeholders,
    render,
    timeline,
    to_email_message,
    to_ical,
)
from followup_rules._display import workflow_html, workflow_markdown
from followup_rules._errors import MESSAGE_LENGTH
from tests.strategies import workflows

# --- Hostile objects -------------------------------------------------------------------


class Raising:
    """An object every one of whose comparisons, hash, truth value, repr and str raise."""

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no comparing me")

    def __hash__(self) -> int:
        raise RuntimeError("no hashing me")

    def __bool__(self) -> bool:
        raise RuntimeError("no truth in me")

    def __repr__(self) -> str:
        raise RuntimeError("no showing me")

    __str__ = __repr__


class EqualToAll:
    """An object that claims to equal anything."""

    def __eq__(self, other: object) -> bool:
        return True

    def __hash__(self) -> int:
        return 0


class OddText(str):
    """A str whose hash, comparison and formatting raise."""

    def __hash__(self) -> int:
        raise RuntimeError("no hashing me")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no comparing me")

    def __format__(self, spec: str) -> str:
        raise RuntimeError("no formatting me")


class FailingMapping(Mapping[str, str]):
    """A Mapping whose every read raises."""

    def __getitem__(self, key: str) -> str:
        raise RuntimeError("no reading me")

    def __iter__(self) -> Iterator[str]:
        raise RuntimeError("no reading me")

    def __len__(self) -> int:
        raise RuntimeError("no reading me")


def deeply_nested(depth: int) -> list[Any]:
    """A list nested ``depth`` deep."""
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


DEEP = deeply_nested(100_000)
HUGE = 10**5000
LONG = "x" * 10_000_000

objects = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.builds(lambda: HUGE),
    st.floats(),
    st.just(math.nan),
    st.text(max_size=30),
    st.builds(lambda: LONG),
    st.binary(max_size=10),
    st.builds(lambda: DEEP),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.dates(),
    st.just(dt.date(1, 1, 1)),
    st.just(dt.date(9999, 12, 31)),
    st.datetimes(),
    st.datetimes(timezones=st.timezones()),
    st.times(),
    st.sampled_from([*ActionKind, *Channel, *Tone, *Stage]),
    st.builds(Raising),
    st.builds(EqualToAll),
    st.builds(OddText, st.sampled_from(["voicemail", "CALL", "Morgan Lee", "x"])),
    st.just(FailingMapping()),
    st.sampled_from([object(), Action, Workflow, str, pendulum.UTC]),
    # Mocks pass isinstance() for the class they are made from; the core's
    # own value types (Interview, Agreement, Policy) are left to its tests.
    st.sampled_from([Workflow, Action, Tone, Channel, str, dict]).map(
        lambda spec: NonCallableMock(spec=spec)
    ),
)
"""Arbitrary objects, friendly and hostile."""

# ``now`` is read by the core's door (``to_seconds``, ``Workflow.due``): a
# datetime outside the supported years or with a misbehaving tzinfo is its
# to refuse. Here ``now`` is any other object, or an aware datetime in range.
nows = st.one_of(
    objects.filter(lambda value: not isinstance(value, dt.datetime)),
    st.datetimes(
        min_value=dt.datetime(1900, 1, 2),
        max_value=dt.datetime(2999, 12, 30),
        timezones=st.timezones(),
    ),
)


def hashable(value: object) -> bool:
    """Whether a value can be a dict key."""
    try:
        hash(value)
    except Exception:
        return False
    return True


templates = st.one_of(
    objects,
    st.dictionaries(objects.filter(hashable), objects, max_size=3),
    st.dictionaries(st.sampled_from(TEMPLATE_KEYS), st.text(max_size=40), max_size=3),
    st.dictionaries(st.sampled_from(TEMPLATE_KEYS), objects, max_size=2),
)
"""Anything as the ``templates`` argument: objects, odd mappings, valid keys with any text."""


def outcome(call: Callable[[], object]) -> object:
    """Run a call; return what it returns, or the FollowUpError it raises, checking the message is short.

    Anything else it raises fails the test.
    """
    try:
        return call()
    except FollowUpError as error:
        caught = error
    assert len(str(caught)) <= MESSAGE_LENGTH
    return caught


# --- Actions that are not the workflow's ------------------------------------------------

FIELDS = [field.name for field in attrs.fields(Action)]


@st.composite
def odd_actions(draw: st.DrawFn, workflow: Workflow) -> object:
    """An action that may not be the workflow's: a planned one with odd fields, one built from scratch, or no Action at all."""
    how = draw(st.sampled_from(["evolve", "evolve", "scratch", "empty", "other"]))
    if how == "empty":
        return object.__new__(Action)
    if how == "other":
        return draw(objects)
    try:
        if how == "evolve":
            planned = draw(st.sampled_from(workflow.plan()))
            changes = {name: draw(objects) for name in draw(st.sets(st.sampled_from(FIELDS)))}
            return attrs.evolve(planned, **changes)
        return Action(**{name: draw(objects) for name in FIELDS})
    except FollowUpError:
        # Should Action come to check its fields, an odd one is refused at
        # its own door and never reaches render.
        assume(False)
        raise


@given(workflows(), st.data())
def test_property_render_of_an_odd_action_is_refused_or_is_the_planned_ones(
    workflow: Workflow, data: st.DataObject
) -> None:
    """render(workflow, action) of anything is InvalidInput, unless the action equals a planned one."""
    action = data.draw(odd_actions(workflow))
    result = outcome(lambda: render(workflow, action))  # type: ignore[arg-type]
    if isinstance(result, Script):
        planned = next(item for item in workflow.plan() if item == action)
        assert result == render(workflow, planned)
    else:
        assert isinstance(result, FollowUpError)
        assert getattr(result, "field", None) == "item"


@given(workflows(), workflows(), st.data())
def test_property_another_workflows_action_renders_only_if_it_is_this_ones(
    workflow: Workflow, other: Workflow, data: st.DataObject
) -> None:
    """An action of another workflow renders exactly when it equals one of this workflow's plan."""
    action = data.draw(st.sampled_from(other.plan()))
    result = outcome(lambda: render(workflow, action))
    assert isinstance(result, Script) == (action in workflow.plan())


# --- Every argument, any object -----------------------------------------------------------


@given(workflows(), st.data(), nows, objects, objects, templates)
def test_property_render_takes_anything_for_its_options(
    workflow: Workflow,
    data: st.DataObject,
    now: object,
    tone: object,
    channel: object,
    custom: object,
) -> None:
    """With any now, tone, channel and templates, render returns a Script or raises a short FollowUpError."""
    action = data.draw(st.sampled_from(workflow.plan()))
    result = outcome(
        lambda: render(workflow, action, now=now, tone=tone, channel=channel, templates=custom)  # type: ignore[arg-type]
    )
    assert isinstance(result, Script | FollowUpError)


@given(workflows(), objects, objects, objects, templates)
def test_property_permission_script_takes_anything(
    workflow: Workflow, odd: object, policy: object, tone: object, custom: object
) -> None:
    """permission_script with any policy, tone and templates, or any interview, is a Script or a short FollowUpError."""
    interview, agreement = workflow.interview, workflow.agreement
    for call in (
        lambda: permission_script(interview, agreement, policy=policy, tone=tone, templates=custom),  # type: ignore[call-overload]
        lambda: permission_script(odd, agreement),  # type: ignore[call-overload]
        lambda: permission_script(interview, odd),  # type: ignore[call-overload]
    ):
        assert isinstance(outcome(call), Script | FollowUpError)


@given(objects, objects, objects)
def test_property_the_template_functions_take_anything(
    key: object, text: object, tone: object
) -> None:
    """check_template, placeholders and builtin_template return their answer or raise a short FollowUpError."""
    assert isinstance(outcome(lambda: check_template(key, text)), type(None) | FollowUpError)  # type: ignore[arg-type]
    assert isinstance(outcome(lambda: placeholders(key)), tuple | FollowUpError)  # type: ignore[arg-type]
    assert isinstance(outcome(lambda: builtin_template(key, tone)), str | FollowUpError)  # type: ignore[arg-type]


@given(st.sampled_from(TEMPLATE_KEYS), st.text())
def test_property_any_text_is_a_template_or_a_short_template_error(key: str, text: str) -> None:
    """Any text for a real key is accepted or refused with a short FollowUpError."""
    assert isinstance(outcome(lambda: check_template(key, text)), type(None) | FollowUpError)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("voicemail", "${" + LONG + "}"),
        ("voicemail", "Hello $" + LONG),
        ("voicemail", "${" + LONG),
        ("close_loop_email", "Subject: " + LONG + "\u2028\n\nbody"),
        (HUGE, "Hello"),
        (DEEP, "Hello"),
        (LONG, "Hello"),
        ("voicemail", DEEP),
    ],
    ids=[
        "long-placeholder",
        "long-dollar",
        "long-open",
        "long-subject",
        "huge-key",
        "deep-key",
        "long-key",
        "deep-text",
    ],
)
def test_a_huge_template_gets_a_short_message(key: object, text: object) -> None:
    """A 10 MB template, a 10**5000 key, a deep list: the TemplateError's message stays short."""
    with pytest.raises(FollowUpError) as caught:
        check_template(key, text)  # type: ignore[arg-type]
    assert len(str(caught.value)) <= MESSAGE_LENGTH


@given(workflows(), objects, objects, nows)
def test_property_to_ical_and_the_displays_take_anything(
    workflow: Workflow, odd: object, tone: object, now: object
) -> None:
    """to_ical, timeline and the HTML and Markdown displays, given anything, answer or raise a short FollowUpError."""
    assert isinstance(outcome(lambda: to_ical(odd)), str | FollowUpError)  # type: ignore[arg-type]
    assert isinstance(outcome(lambda: to_ical(workflow, tone=tone)), str | FollowUpError)  # type: ignore[arg-type]
    for display in (timeline, workflow_html, workflow_markdown):
        assert isinstance(outcome(functools.partial(display, odd)), list | str | FollowUpError)  # type: ignore[arg-type]
        shown_now = functools.partial(display, workflow, now=now)
        assert isinstance(outcome(shown_now), list | str | FollowUpError)


# --- Events, emails and the workflow form of step 1 ------------------------------------------

instants = st.datetimes(
    min_value=dt.datetime(1900, 1, 2),
    max_value=dt.datetime(2999, 12, 30),
    timezones=st.just(dt.timezone.utc),
)
events = st.one_of(
    st.builds(HeardBack, instants, st.sampled_from(list(Outcome))),
    st.builds(Withdrew, instants),
    st.builds(DecisionPostponed, instants),
    st.sampled_from([HeardBack, Withdrew, DecisionPostponed]).map(object.__new__),
    st.sampled_from([HeardBack, Withdrew]).map(lambda kind: NonCallableMock(spec=kind)),
)
"""Events that may or may not be in a workflow's history, some of them hollow or mocked."""


@given(workflows(), st.one_of(events, objects), nows, objects, objects, templates)
def test_property_render_of_any_event_answers_or_refuses(
    workflow: Workflow, item: object, now: object, tone: object, channel: object, custom: object
) -> None:
    """render() of any event or object, with any options, is a Script or a short FollowUpError."""
    ended = workflow.apply(Withdrew(workflow.interview.ended_at.add(days=1)))
    for flow, thing in ((workflow, item), (ended, item), (ended, ended.history[-1])):
        call = functools.partial(
            render,
            flow,
            thing,  # type: ignore[arg-type]
            now=now,
            tone=tone,  # type: ignore[arg-type]
            channel=channel,  # type: ignore[arg-type]
            templates=custom,  # type: ignore[arg-type]
        )
        result = outcome(call)
        assert isinstance(result, Script | FollowUpError)


@given(workflows(), st.data(), nows, objects, templates)
def test_property_to_email_message_takes_anything(
    workflow: Workflow, data: st.DataObject, now: object, tone: object, custom: object
) -> None:
    """to_email_message with any item and options gives an EmailMessage or raises a short FollowUpError."""
    planned = data.draw(st.sampled_from(workflow.plan()))
    item = data.draw(st.one_of(st.just(planned), odd_actions(workflow), events))
    for call in (
        lambda: to_email_message(workflow, item, now=now, tone=tone, templates=custom),  # type: ignore[arg-type]
        lambda: to_email_message(item, planned),  # type: ignore[arg-type]
    ):
        assert isinstance(outcome(call), EmailMessage | FollowUpError)


@given(workflows(), objects, objects, templates)
def test_property_permission_script_of_a_workflow_takes_anything(
    workflow: Workflow, odd: object, tone: object, custom: object
) -> None:
    """permission_script(workflow, ...) with any tone, templates, agreement or policy is a Script or a short FollowUpError."""
    for call in (
        lambda: permission_script(workflow, tone=tone, templates=custom),  # type: ignore[call-overload]
        lambda: permission_script(workflow, odd),  # type: ignore[call-overload]
        lambda: permission_script(workflow, policy=odd),  # type: ignore[call-overload]
    ):
        assert isinstance(outcome(call), Script | FollowUpError)
