"""The same follow-up rules written three other ways, to measure followup_rules against.

* ``Floor``: a hand-written dict table keyed by ``(stage, event kind, branch)``
  over plain tuples: the cheapest correct way to write these rules in Python.
* ``TransitionsContender``: the rules on the ``transitions`` library.
* ``StateMachineContender``: the rules on ``python-statemachine``.

Every contender enforces the same rules as followup_rules (steps in order,
one letter each, calls from the follow-up day, a week apart, four at most,
the close-the-loop message not before its due date, moving on after the
reply-by date, events in time order) on the same inputs: an event is a tuple
``(kind, timestamp, day, extra)`` where ``day`` is the event's date on the
decision-maker's calendar as a day ordinal and ``extra`` is the letter's
recipient index. ``run`` returns the stage after each event, or ``"refused"``,
so the harness can check that every contender agrees with the library
before anything is timed.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Any, NamedTuple


class Facts(NamedTuple):
    """What every contender needs to know about one workflow, fixed at start."""

    letters: int
    follow_up_on: int
    max_calls: int
    interval: int
    reply_window: int
    ended_ts: float
    holidays: Container[int]


RawEvent = tuple[str, float, int, int]


class Refused(Exception):
    """An event broke a rule."""


def on_or_after(day: int, holidays: Container[int]) -> int:
    """The first business day on or after a day ordinal."""
    while (day - 1) % 7 >= 5 or day in holidays:
        day += 1
    return day


# --- the floor -------------------------------------------------------------------

_TABLE = {
    ("THANKING", "letter", False): "THANKING",
    ("THANKING", "letter", True): "WAITING",
    ("WAITING", "call", False): "CALLING",
    ("WAITING", "call", True): "CLOSING",
    ("CALLING", "call", False): "CALLING",
    ("CALLING", "call", True): "CLOSING",
    ("CLOSING", "close", True): "AWAITING_REPLY",
    ("AWAITING_REPLY", "moved", True): "MOVED_ON",
    **{
        (stage, kind, True): end
        for stage in ("THANKING", "WAITING", "CALLING", "CLOSING", "AWAITING_REPLY")
        for kind, end in (("heard", "HEARD_BACK"), ("withdrew", "WITHDRAWN"))
    },
}

FloorState = tuple[str, frozenset[int], int, int, int, float, tuple[RawEvent, ...], int]


class Floor:
    """The rules as a dict table over plain tuples."""

    name = "floor (dict table, tuples)"

    @staticmethod
    def start(facts: Facts) -> FloorState:
        """The state at the start: stage, letters, calls, last call, closed on, last time, history, next due."""
        return ("THANKING", frozenset(), 0, 0, 0, facts.ended_ts, (), 0)

    @staticmethod
    def apply(facts: Facts, state: FloorState, event: RawEvent) -> FloorState:
        """Apply one event or raise Refused."""
        stage, letters, calls, last_call, closed, last_ts, history, next_due = state
        kind, ts, day, extra = event
        if ts < last_ts:
            raise Refused("time order")
        last = True
        if kind == "letter":
            if extra in letters or not 0 <= extra < facts.letters:
                raise Refused("letter")
            letters = letters | {extra}
            last = len(letters) == facts.letters
            next_due = facts.follow_up_on
        elif kind == "call":
            if day < facts.follow_up_on or (calls and day < last_call + facts.interval):
                raise Refused("call")
            calls += 1
            last = calls == facts.max_calls
            last_call = day
            next_due = on_or_after(day + facts.interval, facts.holidays)
        elif kind == "close":
            if stage == "CLOSING" and day < on_or_after(last_call + facts.interval, facts.holidays):
                raise Refused("close")
            closed = day
            next_due = on_or_after(day + facts.reply_window, facts.holidays) + 1
        elif kind == "moved" and day < on_or_after(closed + facts.reply_window, facts.holidays) + 1:
            raise Refused("moved")
        target = _TABLE.get((stage, kind, last))
        if target is None:
            raise Refused("table")
        return (target, letters, calls, last_call, closed, ts, (*history, event), next_due)

    @staticmethod
    def stage(state: FloorState) -> str:
        """The state's stage name."""
        return state[0]


# --- transitions --------------------------------------------------------------------


class _TransitionsModel:
    """The model object ``transitions`` binds its triggers onto."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.letters: set[int] = set()
        self.calls = 0
        self.last_call = 0
        self.closed = 0
        self.last_ts = facts.ended_ts
        self.history: list[RawEvent] = []
        self.event: RawEvent = ("", 0.0, 0, 0)

    # conditions
    def in_order(self) -> bool:
        return self.event[1] >= self.last_ts

    def new_letter(self) -> bool:
        extra = self.event[3]
        return extra not in self.letters and 0 <= extra < self.facts.letters

    def last_letter(self) -> bool:
        return len(self.letters) + 1 == self.facts.letters

    def call_ok(self) -> bool:
        day = self.event[2]
        if day < self.facts.follow_up_on:
            return False
        return not (self.calls and day < self.last_call + self.facts.interval)

    def last_call_now(self) -> bool:
        return self.calls + 1 == self.facts.max_calls

    def close_ok(self) -> bool:
        due = on_or_after(self.last_call + self.facts.interval, self.facts.holidays)
        return self.event[2] >= due

    def move_ok(self) -> bool:
        due = on_or_after(self.closed + self.facts.reply_window, self.facts.holidays) + 1
        return self.event[2] >= due

    # effects
    def record(self) -> None:
        kind, ts, day, extra = self.event
        if kind == "letter":
            self.letters.add(extra)
        elif kind == "call":
            self.calls += 1
            self.last_call = day
        elif kind == "close":
            self.closed = day
        self.last_ts = ts
        self.history.append(self.event)


def _transitions_rules() -> list[dict[str, Any]]:
    common = {"after": "record"}
    rules: list[dict[str, Any]] = [
        {
            "trigger": "letter",
            "source": "THANKING",
            "dest": "WAITING",
            "conditions": ["in_order", "new_letter", "last_letter"],
        },
        {
            "trigger": "letter",
            "source": "THANKING",
            "dest": "THANKING",
            "conditions": ["in_order", "new_letter"],
            "unless": ["last_letter"],
        },
        {
            "trigger": "call",
            "source": ["WAITING", "CALLING"],
            "dest": "CLOSING",
            "conditions": ["in_order", "call_ok", "last_call_now"],
        },
        {
            "trigger": "call",
            "source": ["WAITING", "CALLING"],
            "dest": "CALLING",
            "conditions": ["in_order", "call_ok"],
            "unless": ["last_call_now"],
        },
        {
            "trigger": "close",
            "source": "CLOSING",
            "dest": "AWAITING_REPLY",
            "conditions": ["in_order", "close_ok"],
        },
        {
            "trigger": "moved",
            "source": "AWAITING_REPLY",
            "dest": "MOVED_ON",
            "conditions": ["in_order", "move_ok"],
        },
        {
            "trigger": "heard",
            "source": ["THANKING", "WAITING", "CALLING", "CLOSING", "AWAITING_REPLY"],
            "dest": "HEARD_BACK",
            "conditions": ["in_order"],
        },
        {
            "trigger": "withdrew",
            "source": ["THANKING", "WAITING", "CALLING", "CLOSING", "AWAITING_REPLY"],
            "dest": "WITHDRAWN",
            "conditions": ["in_order"],
        },
    ]
    return [{**rule, **common} for rule in rules]


STAGES = [
    "THANKING",
    "WAITING",
    "CALLING",
    "CLOSING",
    "AWAITING_REPLY",
    "HEARD_BACK",
    "MOVED_ON",
    "WITHDRAWN",
]


class TransitionsContender:
    """The rules on ``transitions``: one Machine per workflow, as its docs show."""

    name = "transitions"

    def __init__(self) -> None:
        from transitions import Machine

        self._machine = Machine
        self._rules = _transitions_rules()

    def start(self, facts: Facts) -> _TransitionsModel:
        """A new model bound to a new machine."""
        model = _TransitionsModel(facts)
        self._machine(
            model,
            states=STAGES,
            transitions=self._rules,
            initial="THANKING",
            auto_transitions=False,
            ignore_invalid_triggers=False,
        )
        return model

    @staticmethod
    def apply(facts: Facts, model: _TransitionsModel, event: RawEvent) -> _TransitionsModel:
        """Apply one event in place (transitions machines are mutable) or raise Refused."""
        from transitions import MachineError

        model.event = event
        try:
            moved = getattr(model, event[0])()
        except MachineError as error:
            raise Refused("table") from error
        if not moved:
            raise Refused("guard")
        return model

    @staticmethod
    def stage(model: _TransitionsModel) -> str:
        """The model's stage name."""
        return str(model.state)  # type: ignore[attr-defined]


# --- python-statemachine ----------------------------------------------------------------


def _statemachine_class() -> type:
    from statemachine import State, StateMachine

    class FollowUp(StateMachine):
        THANKING = State(initial=True)
        WAITING = State()
        CALLING = State()
        CLOSING = State()
        AWAITING_REPLY = State()
        HEARD_BACK = State(final=True)
        MOVED_ON = State(final=True)
        WITHDRAWN = State(final=True)

        letter = THANKING.to(WAITING, cond=["in_order", "new_letter", "last_letter"]) | THANKING.to(
            THANKING, cond=["in_order", "new_letter"], unless="last_letter"
        )
        call = (
            WAITING.to(CLOSING, cond=["in_order", "call_ok", "last_call_now"])
            | WAITING.to(CALLING, cond=["in_order", "call_ok"], unless="last_call_now")
            | CALLING.to(CLOSING, cond=["in_order", "call_ok", "last_call_now"])
            | CALLING.to(CALLING, cond=["in_order", "call_ok"], unless="last_call_now")
        )
        close = CLOSING.to(AWAITING_REPLY, cond=["in_order", "close_ok"])
        moved = AWAITING_REPLY.to(MOVED_ON, cond=["in_order", "move_ok"])
        heard = (
            THANKING.to(HEARD_BACK, cond="in_order")
            | WAITING.to(HEARD_BACK, cond="in_order")
            | CALLING.to(HEARD_BACK, cond="in_order")
            | CLOSING.to(HEARD_BACK, cond="in_order")
            | AWAITING_REPLY.to(HEARD_BACK, cond="in_order")
        )
        withdrew = (
            THANKING.to(WITHDRAWN, cond="in_order")
            | WAITING.to(WITHDRAWN, cond="in_order")
            | CALLING.to(WITHDRAWN, cond="in_order")
            | CLOSING.to(WITHDRAWN, cond="in_order")
            | AWAITING_REPLY.to(WITHDRAWN, cond="in_order")
        )

        def __init__(self, facts: Facts) -> None:
            self.data = _TransitionsModel(facts)
            super().__init__()

        def in_order(self) -> bool:
            return self.data.in_order()

        def new_letter(self) -> bool:
            return self.data.new_letter()

        def last_letter(self) -> bool:
            return self.data.last_letter()

        def call_ok(self) -> bool:
            return self.data.call_ok()

        def last_call_now(self) -> bool:
            return self.data.last_call_now()

        def close_ok(self) -> bool:
            return self.data.close_ok()

        def move_ok(self) -> bool:
            return self.data.move_ok()

        def after_transition(self) -> None:
            self.data.record()

    return FollowUp


class StateMachineContender:
    """The rules on ``python-statemachine``: one StateMachine instance per workflow."""

    name = "python-statemachine"

    def __init__(self) -> None:
        self._class = _statemachine_class()

    def start(self, facts: Facts) -> Any:
        """A new machine for one workflow."""
        return self._class(facts)

    @staticmethod
    def apply(facts: Facts, machine: Any, event: RawEvent) -> Any:
        """Apply one event in place or raise Refused."""
        from statemachine.exceptions import TransitionNotAllowed

        machine.data.event = event
        try:
            machine.send(event[0])
        except TransitionNotAllowed as error:
            raise Refused("refused") from error
        return machine

    @staticmethod
    def stage(machine: Any) -> str:
        """The machine's stage name."""
        (stage,) = machine.configuration_values
        return str(stage)


def run(contender: Any, facts: Facts, events: Sequence[RawEvent]) -> list[str]:
    """Apply events one by one, returning the stage after each, or "refused" (state kept)."""
    state = contender.start(facts)
    outcomes = []
    for event in events:
        try:
            state = contender.apply(facts, state, event)
        except Refused:
            outcomes.append("refused")
            continue
        outcomes.append(contender.stage(state))
    return outcomes
