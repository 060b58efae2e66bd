"""The rules of the issue as invariants of a Hypothesis state machine.

Random workflows (zones, policies, holidays, agreements) receive random events,
valid and invalid, at random times. A plain shadow model, written from the
rules' text and sharing no code with the engine's rule functions, says
whether each event should be accepted and what the plan and the due list
should hold; every invariant runs after every step.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import attrs
import pendulum
from hypothesis import event as note_event
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from followup_rules import (
    Action,
    ActionKind,
    CallPlaced,
    CallResult,
    Channel,
    CloseLoopSent,
    Event,
    FollowUpError,
    HeardBack,
    Interviewer,
    MovedOn,
    Outcome,
    RuleViolation,
    Stage,
    ThankYouSent,
    Withdrew,
    Workflow,
)
from tests.strategies import ZONES, wall_clock, workflows

UTC = dt.timezone.utc
DAY = dt.timedelta(days=1)
ENDED = frozenset({Stage.HEARD_BACK, Stage.MOVED_ON, Stage.WITHDRAWN})
FAR_FUTURE = dt.datetime(2045, 1, 1, tzinfo=UTC)


# --- the oracle calendar: a day at a time, with weekday() ---------------------------


def business(day: dt.date, holidays: frozenset[dt.date]) -> bool:
    """Monday to Friday, not a holiday."""
    return day.weekday() < 5 and day not in holidays


def on_or_after(day: dt.date, holidays: frozenset[dt.date]) -> dt.date:
    """The first business day on or after ``day``."""
    while not business(day, holidays):
        day += DAY
    return day


def plain(day: dt.date) -> dt.date:
    """A pendulum Date (or any date) as a plain ``datetime.date``."""
    return dt.date(day.year, day.month, day.day)


def day_in(instant: dt.datetime, zone_name: str) -> dt.date:
    """The calendar date of an instant in a zone, by zoneinfo."""
    return instant.astimezone(ZoneInfo(zone_name)).date()


def start_of_day(day: dt.date, zone_name: str) -> dt.datetime:
    """The first instant of a day in a zone (a missing midnight moves forward)."""
    return pendulum.datetime(day.year, day.month, day.day, tz=zone_name)


# --- the shadow model ------------------------------------------------------------------


@dataclass
class Expected:
    """One action as the rules' text projects it."""

    kind: ActionKind
    due_on: dt.date
    attempt: int | None
    contact: Interviewer | None
    zone: str
    reply_by: dt.date | None = None


@dataclass
class Model:
    """What the rules' text says a workflow should be, in plain Python."""

    interviewers: tuple[Interviewer, ...]
    decider: Interviewer
    candidate_zone: str
    decider_zone: str
    max_calls: int
    interval: int
    reply_window: int
    holidays: frozenset[dt.date]
    calls_permitted: bool
    follow_up_on: dt.date
    letters_on: dt.date
    last_at: dt.datetime
    stage: Stage = Stage.THANKING
    thanked: set[int] = field(default_factory=set)
    calls: list[dt.date] = field(default_factory=list)
    closed_on: dt.date | None = None
    accepted: int = 0

    @classmethod
    def of(cls, workflow: Workflow) -> Model:
        """Build the model from a started workflow's inputs (never its derived state)."""
        interview, agreement, policy = workflow.interview, workflow.agreement, workflow.policy
        people = interview.interviewers
        marked = [person for person in people if person.decision_maker]
        decider = marked[0] if marked else people[0]
        holidays = frozenset(plain(day) for day in policy.holidays)
        if agreement.follow_up_on is None:
            follow_up_on = on_or_after(plain(agreement.decision_by) + DAY, holidays)
        else:
            follow_up_on = on_or_after(plain(agreement.follow_up_on), holidays)
        return cls(
            interviewers=people,
            decider=decider,
            candidate_zone=interview.candidate.timezone,
            decider_zone=decider.timezone,
            max_calls=policy.max_calls,
            interval=policy.call_interval_days,
            reply_window=policy.reply_window_days,
            holidays=holidays,
            calls_permitted=agreement.calls_permitted,
            follow_up_on=follow_up_on,
            letters_on=day_in(interview.ended_at, interview.candidate.timezone),
            last_at=interview.ended_at.astimezone(UTC),
        )

    def reply_by(self, closed_on: dt.date) -> dt.date:
        """Rule 4: the first business day on or after the sending day plus the reply window."""
        return on_or_after(closed_on + dt.timedelta(days=self.reply_window), self.holidays)

    def after_interval(self, day: dt.date) -> dt.date:
        """Rule 4: the first business day on or after ``day`` plus the call interval."""
        return on_or_after(day + dt.timedelta(days=self.interval), self.holidays)

    def close_loop_due(self) -> dt.date:
        """Rule 4: one interval after the last call; ``follow_up_on`` without calls."""
        if not self.calls_permitted or not self.calls:
            return self.follow_up_on
        return self.after_interval(self.calls[-1])

    def refusal(self, event: Event) -> str | None:
        """Why the rules refuse ``event`` now, or None when they accept it."""
        if self.stage in ENDED:
            return "rule 2: nothing after a terminal stage"
        reason = self._step_refusal(event)
        if reason is None and event.at.astimezone(UTC) < self.last_at:
            return "rule 5: before the previous event or the end of the interview"
        return reason

    def _step_refusal(self, event: Event) -> str | None:
        """Why the rules other than time order refuse ``event``, or None."""
        day = day_in(event.at, self.decider_zone)
        if isinstance(event, ThankYouSent):
            if self.stage is not Stage.THANKING:
                return "rule 1: every letter is sent already"
            if event.to not in self.interviewers:
                return "rule 1: a letter to a stranger"
            if self.interviewers.index(event.to) in self.thanked:
                return "rule 1: a second letter to the same person"
            if event.channel not in (Channel.MAIL, Channel.EMAIL):
                return "reading: a thank-you letter is written (MAIL or EMAIL)"
        elif isinstance(event, CallPlaced):
            if self.stage is Stage.THANKING:
                return "rule 1: no call while a letter is unsent"
            if not self.calls_permitted:
                return "rule 4: no call when calls are not permitted"
            if self.stage not in (Stage.WAITING, Stage.CALLING):
                return "rule 3: no call after the last permitted call"
            if day < self.follow_up_on:
                return "rule 3: no call before follow_up_on"
            if self.calls and day < self.calls[-1] + dt.timedelta(days=self.interval):
                return "rule 3: less than the call interval after the previous call"
        elif isinstance(event, CloseLoopSent):
            if self.stage is Stage.THANKING:
                return "rule 1: no close-the-loop message while a letter is unsent"
            if self.calls_permitted:
                if self.stage is not Stage.CLOSING:
                    return "rule 1: close the loop only in CLOSING"
                if event.channel not in (Channel.EMAIL, Channel.VOICEMAIL):
                    return "reading: close the loop by EMAIL or VOICEMAIL"
            else:
                if self.stage is not Stage.WAITING:
                    return "rule 1: close the loop only once, from WAITING"
                if event.channel not in (Channel.MAIL, Channel.EMAIL):
                    return "rule 4: without calls, close the loop in writing"
            if day < self.close_loop_due():
                return "rule 4: close the loop not before its due date"
        elif isinstance(event, MovedOn):
            if self.stage is not Stage.AWAITING_REPLY or self.closed_on is None:
                return "rule 1: move on only after the close-the-loop message"
            if day <= self.reply_by(self.closed_on):
                return "rule 4: move on only after the reply-by date"
        return None

    def accept(self, event: Event) -> None:
        """Record an accepted event."""
        self.accepted += 1
        self.last_at = event.at.astimezone(UTC)
        day = day_in(event.at, self.decider_zone)
        if isinstance(event, ThankYouSent):
            self.thanked.add(self.interviewers.index(event.to))
            if len(self.thanked) == len(self.interviewers):
                self.stage = Stage.WAITING
        elif isinstance(event, CallPlaced):
            self.calls.append(day)
            self.stage = Stage.CLOSING if len(self.calls) == self.max_calls else Stage.CALLING
        elif isinstance(event, CloseLoopSent):
            self.closed_on = day
            self.stage = Stage.AWAITING_REPLY
        elif isinstance(event, MovedOn):
            self.stage = Stage.MOVED_ON
        elif isinstance(event, HeardBack):
            self.stage = Stage.HEARD_BACK
        else:
            self.stage = Stage.WITHDRAWN

    def projection(self) -> list[Expected]:
        """Every remaining step in order, as if nobody answers (rule 4)."""
        if self.stage in ENDED:
            return []
        steps: list[Expected] = []
        if self.stage is Stage.THANKING:
            steps.extend(
                Expected(
                    ActionKind.SEND_THANK_YOU, self.letters_on, None, person, self.candidate_zone
                )
                for index, person in enumerate(self.interviewers)
                if index not in self.thanked
            )
        if self.stage is Stage.AWAITING_REPLY:
            assert self.closed_on is not None
            closed_on = self.closed_on
        else:
            last = self.calls[-1] if self.calls else None
            if self.calls_permitted:
                for attempt in range(len(self.calls) + 1, self.max_calls + 1):
                    last = self.follow_up_on if last is None else self.after_interval(last)
                    steps.append(
                        Expected(ActionKind.CALL, last, attempt, self.decider, self.decider_zone)
                    )
            closed_on = (
                self.after_interval(last)
                if self.calls_permitted and last is not None
                else self.follow_up_on
            )
            steps.append(
                Expected(
                    ActionKind.CLOSE_LOOP,
                    closed_on,
                    None,
                    self.decider,
                    self.decider_zone,
                    self.reply_by(closed_on),
                )
            )
        reply_by = self.reply_by(closed_on)
        steps.append(
            Expected(ActionKind.MOVE_ON, reply_by + DAY, None, None, self.decider_zone, reply_by)
        )
        return steps

    def due(self, now: dt.datetime) -> list[Expected]:
        """The current step's actions whose day has begun in their zone."""
        steps = self.projection()
        if self.stage is Stage.THANKING:
            current = [step for step in steps if step.kind is ActionKind.SEND_THANK_YOU]
        else:
            current = steps[:1]
        return [step for step in current if step.due_on <= day_in(now, step.zone)]


def key(action: Action | Expected) -> tuple[dt.date, str, int, str]:
    """A sort key that makes a list of actions comparable as a multiset."""
    contact = action.contact
    who = "" if contact is None else repr(contact)
    return (plain(action.due_on), action.kind.value, action.attempt or 0, who)


def as_expected(action: Action) -> Expected:
    """An engine action in the model's terms."""
    return Expected(
        action.kind,
        plain(action.due_on),
        action.attempt,
        action.contact,
        action.timezone,
        None if action.reply_by is None else plain(action.reply_by),
    )


STEP_OF = {
    ActionKind.SEND_THANK_YOU: 2,
    ActionKind.CALL: 3,
    ActionKind.CLOSE_LOOP: 4,
    ActionKind.MOVE_ON: 4,
}


# --- the machine ---------------------------------------------------------------------


class FollowUpMachine(RuleBasedStateMachine):
    """Random events, valid and invalid, against one random workflow and its shadow model."""

    def __init__(self) -> None:
        super().__init__()
        self.workflow: Workflow | None = None
        self.model: Model | None = None
        self.end_after = 0

    @property
    def w(self) -> Workflow:
        assert self.workflow is not None
        return self.workflow

    @property
    def m(self) -> Model:
        assert self.model is not None
        return self.model

    @initialize(workflow=workflows(), end_after=st.integers(0, 30))
    def start(self, workflow: Workflow, end_after: int) -> None:
        """Start from a random workflow; HeardBack/Withdrew are allowed after ``end_after`` events."""
        self.workflow = workflow
        self.model = Model.of(workflow)
        self.end_after = end_after

    # --- building events -----------------------------------------------------------

    def _present(self, data: st.DataObject, instant: dt.datetime) -> dt.datetime:
        """Hand the engine an instant as pendulum UTC, pendulum or stdlib in some zone."""
        how = data.draw(st.sampled_from(("zone", "utc", "stdlib")))
        name = data.draw(st.sampled_from(ZONES))
        if how == "utc":
            return pendulum.instance(instant).in_timezone("UTC")
        if how == "zone":
            return pendulum.instance(instant).in_timezone(name)
        return instant.astimezone(ZoneInfo(name))

    def _on_day(self, data: st.DataObject, day: dt.date, zone_name: str) -> dt.datetime:
        wall = data.draw(st.times(), label="wall")
        return pendulum.datetime(
            day.year, day.month, day.day, wall.hour, wall.minute, wall.second, tz=zone_name
        )

    def _time(
        self,
        data: st.DataObject,
        anchor: dt.date,
        zone_name: str,
        action: Action | None = None,
    ) -> dt.datetime:
        """An instant around ``anchor`` (a day in ``zone_name``): on time, early, late, or out of order."""
        last = self.m.last_at
        mode = data.draw(
            st.sampled_from(
                (
                    *("on_time",) * 4,
                    "anchor",
                    "late",
                    "early",
                    "same_instant",
                    "just_before",
                    "drift",
                )
            ),
            label="mode",
        )
        if action is not None and action.windows and mode in ("on_time", "anchor"):
            window = data.draw(st.sampled_from(action.windows))
            length = int(window.end.timestamp() - window.start.timestamp())
            inside = data.draw(st.booleans(), label="inside window")
            if inside:
                instant: dt.datetime = window.start.add(
                    seconds=data.draw(st.integers(0, length - 1))
                )
            else:
                instant = self._on_day(data, anchor, zone_name)
        elif mode in ("on_time", "anchor"):
            instant = self._on_day(data, anchor, zone_name)
        elif mode == "late":
            instant = self._on_day(data, anchor + DAY * data.draw(st.integers(1, 30)), zone_name)
        elif mode == "early":
            instant = self._on_day(data, anchor - DAY * data.draw(st.integers(1, 10)), zone_name)
        elif mode == "same_instant":
            instant = last
        elif mode == "just_before":
            instant = last - dt.timedelta(seconds=data.draw(st.integers(1, 3 * 86400)))
        else:
            instant = last + dt.timedelta(minutes=data.draw(st.integers(-2 * 1440, 60 * 1440)))
        if mode in ("on_time", "late"):
            instant = max(instant, last)
        return self._present(data, instant)

    def _next(self, kind: ActionKind) -> Action | None:
        return next((action for action in self.w.plan() if action.kind is kind), None)

    def _apply(self, event: Event) -> None:
        """Apply ``event`` to the engine and the model, and check they agree."""
        before = self.w
        before_dict = before.to_dict()
        before_plan = before.plan()
        reason = self.m.refusal(event)
        refusal: RuleViolation | None = None
        try:
            after = before.apply(event)
        except RuleViolation as error:
            refusal = error
        if refusal is not None:
            assert isinstance(refusal, FollowUpError)
            assert isinstance(refusal, ValueError)
            assert reason is not None, f"engine refused {event!r} ({refusal}); the model accepts"
            note_event(f"refused {type(event).__name__}: {reason}")
            # Rule 7: no trace.
            assert before.to_dict() == before_dict
            assert before == Workflow.from_dict(before_dict)
            assert before.plan() == before_plan
            assert before.stage is self.m.stage
            return
        assert reason is None, f"engine accepted {event!r}; the model refuses it: {reason}"
        assert before.to_dict() == before_dict, "apply() changed the workflow it was applied to"
        assert after.history == (*before.history, event)
        stored = after.history[-1].at
        assert stored.utcoffset() == dt.timedelta(0)
        assert stored == event.at
        self.workflow = after
        self.m.accept(event)
        note_event(f"reached {self.m.stage.name}")

    # --- rules -----------------------------------------------------------------------

    @rule(data=st.data())
    def send_letter(self, data: st.DataObject) -> None:
        """Send a letter to an unsent, thanked, stranger or twin recipient, by any channel, at any time."""
        m = self.m
        unsent = [p for i, p in enumerate(m.interviewers) if i not in m.thanked]
        thanked = [p for i, p in enumerate(m.interviewers) if i in m.thanked]
        who = data.draw(st.sampled_from(("unsent", "thanked", "stranger", "twin", "anyone")))
        if who == "unsent" and unsent:
            to = data.draw(st.sampled_from(unsent))
        elif who == "thanked" and thanked:
            to = data.draw(st.sampled_from(thanked))
        elif who == "stranger":
            to = Interviewer("Pat Stranger", "Not on the panel")
        elif who == "twin":
            # Same name, different details: a different person to the rules.
            real = data.draw(st.sampled_from(m.interviewers))
            to = attrs.evolve(real, email="twin@example.org")
        else:
            to = data.draw(st.sampled_from(m.interviewers))
        channel = data.draw(
            st.sampled_from((Channel.MAIL, Channel.EMAIL, Channel.PHONE, Channel.VOICEMAIL))
        )
        at = self._time(data, m.letters_on, m.candidate_zone)
        self._apply(ThankYouSent(to, at, channel))

    @rule(data=st.data())
    def place_call(self, data: st.DataObject) -> None:
        """Call on the planned day (in or out of a window), before follow_up_on, or inside the interval."""
        m = self.m
        planned = self._next(ActionKind.CALL)
        anchors = [m.follow_up_on, m.follow_up_on - DAY]
        if planned is not None:
            anchors.insert(0, plain(planned.due_on))
        if m.calls:
            anchors.append(m.calls[-1] + dt.timedelta(days=m.interval - 1))
            anchors.append(m.calls[-1] + dt.timedelta(days=m.interval))
        anchor = data.draw(st.sampled_from(anchors), label="anchor")
        action = planned if planned is not None and anchor == plain(planned.due_on) else None
        at = self._time(data, anchor, m.decider_zone, action)
        self._apply(CallPlaced(at, data.draw(st.sampled_from(CallResult))))

    @rule(data=st.data())
    def close_loop(self, data: st.DataObject) -> None:
        """Send the close-the-loop message around its planned day, in any stage, by various channels."""
        m = self.m
        planned = self._next(ActionKind.CLOSE_LOOP)
        anchor = plain(planned.due_on) if planned is not None else m.follow_up_on
        channels = (
            (Channel.EMAIL, Channel.VOICEMAIL)
            if m.calls_permitted
            else (Channel.EMAIL, Channel.MAIL, Channel.VOICEMAIL, Channel.PHONE)
        )
        channel = data.draw(st.sampled_from(channels))
        at = self._time(data, anchor, m.decider_zone)
        self._apply(CloseLoopSent(at, channel))

    @rule(data=st.data())
    def move_on(self, data: st.DataObject) -> None:
        """Move on on the planned day or the day before, in any stage."""
        m = self.m
        planned = self._next(ActionKind.MOVE_ON)
        anchor = plain(planned.due_on) if planned is not None else m.follow_up_on
        if data.draw(st.booleans(), label="the day before"):
            anchor -= DAY
        self._apply(MovedOn(self._time(data, anchor, m.decider_zone)))

    @precondition(lambda self: self.m.stage not in ENDED)
    @rule(data=st.data())
    def do_what_is_due(self, data: st.DataObject) -> None:
        """Do the first planned action, on or after its day, as ``due()`` offers it."""
        m = self.m
        action = self.w.plan()[0]
        zone_name = action.timezone
        opens = start_of_day(plain(action.due_on), zone_name)
        now = max(opens, m.last_at)
        offered = self.w.due(now)
        assert action in offered, f"{action!r} is planned first but not due at {now}"
        later = dt.timedelta(minutes=data.draw(st.integers(0, 3 * 1440)))
        use_window = data.draw(st.booleans(), label="in a window")
        if action.windows and use_window:
            window = data.draw(st.sampled_from(action.windows))
            later = dt.timedelta(0)
            now = max(window.start, m.last_at)
        at = self._present(data, now + later)
        event: Event
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert action.contact is not None
            event = ThankYouSent(
                action.contact, at, data.draw(st.sampled_from((Channel.MAIL, Channel.EMAIL)))
            )
        elif action.kind is ActionKind.CALL:
            event = CallPlaced(at)
        elif action.kind is ActionKind.CLOSE_LOOP:
            event = CloseLoopSent(at, Channel.EMAIL)
        else:
            event = MovedOn(at)
        self._apply(event)

    @precondition(
        lambda self: (
            self.m.stage in (Stage.WAITING, Stage.CALLING, Stage.CLOSING, Stage.AWAITING_REPLY)
        )
    )
    @rule(data=st.data(), early=st.booleans())
    def at_the_boundary(self, data: st.DataObject, early: bool) -> None:
        """Send the next step's event on its earliest allowed day by the rules' text, or the day before."""
        m = self.m
        if m.stage is Stage.AWAITING_REPLY:
            assert m.closed_on is not None
            day = m.reply_by(m.closed_on) + DAY
        elif m.stage is Stage.CLOSING or not m.calls_permitted:
            day = m.close_loop_due()
        else:
            day = m.follow_up_on
            if m.calls:
                day = max(day, m.calls[-1] + dt.timedelta(days=m.interval))
        if early:
            day -= DAY
        wall = data.draw(st.one_of(st.sampled_from((dt.time(0), dt.time(23, 59, 59))), st.times()))
        instant = max(wall_clock(day, wall, m.decider_zone), m.last_at)
        at = self._present(data, instant)
        event: Event
        if m.stage is Stage.AWAITING_REPLY:
            event = MovedOn(at)
        elif m.stage is Stage.CLOSING or not m.calls_permitted:
            event = CloseLoopSent(at)
        else:
            event = CallPlaced(at)
        self._apply(event)

    @precondition(lambda self: len(self.w.history) >= self.end_after or self.m.stage in ENDED)
    @rule(data=st.data(), heard=st.booleans(), outcome=st.sampled_from(Outcome))
    def end(self, data: st.DataObject, heard: bool, outcome: Outcome) -> None:
        """Hear back or withdraw, at a time around the last event."""
        at = self._time(data, day_in(self.m.last_at, self.m.decider_zone), self.m.decider_zone)
        self._apply(HeardBack(at, outcome) if heard else Withdrew(at))

    # --- invariants --------------------------------------------------------------------

    @invariant()
    def stage_and_counts_match_the_model(self) -> None:
        """The stage, the calls made and the history's length are the model's."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        assert w.stage is m.stage
        assert w.finished == (m.stage in ENDED)
        assert w.calls_made == len(m.calls)
        assert len(w.history) == m.accepted
        assert plain(w.follow_up_on) == m.follow_up_on
        expected_reply = None if m.closed_on is None else m.reply_by(m.closed_on)
        assert (None if w.reply_by is None else plain(w.reply_by)) == expected_reply

    @invariant()
    def history_obeys_the_rules(self) -> None:
        """Calls are at most max_calls, from follow_up_on, an interval apart; letters once each."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        calls = [day_in(e.at, m.decider_zone) for e in w.history if isinstance(e, CallPlaced)]
        assert len(calls) <= m.max_calls
        assert calls == m.calls
        if not m.calls_permitted:
            assert calls == []
        for index, day in enumerate(calls):
            assert day >= m.follow_up_on
            if index:
                assert (day - calls[index - 1]).days >= m.interval
        letters = [e.to for e in w.history if isinstance(e, ThankYouSent)]
        assert len(set(letters)) == len(letters)
        assert set(letters) <= set(m.interviewers)
        instants = [e.at for e in w.history]
        assert instants == sorted(instants)
        assert all(at >= w.interview.ended_at for at in instants)
        terminal = [e for e in w.history if isinstance(e, (HeardBack, Withdrew, MovedOn))]
        assert len(terminal) <= 1
        assert not terminal or w.history[-1] is terminal[0]

    @invariant()
    def replays_and_round_trips(self) -> None:
        """Replaying the history, JSON and pickle all give an equal workflow."""
        if self.workflow is None:
            return
        w = self.w
        replayed = Workflow.start(w.interview, w.agreement, w.policy)
        for event in w.history:
            replayed = replayed.apply(event)
        assert replayed == w
        assert replayed.stage is w.stage
        data = json.loads(json.dumps(w.to_dict()))
        assert isinstance(data["schema_version"], int)
        assert len(data["history"]) == len(w.history)
        rebuilt = Workflow.from_dict(data)
        assert rebuilt == w
        assert rebuilt.plan() == w.plan()
        unpickled = pickle.loads(pickle.dumps(w))
        assert unpickled == w
        assert unpickled.stage is w.stage
        assert [e.at.timestamp() for e in unpickled.history] == [
            e.at.timestamp() for e in w.history
        ]

    @invariant()
    def plan_follows_the_rules(self) -> None:
        """The plan is sorted and holds exactly the steps the rules project, on their dates."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        plan = w.plan()
        if m.stage in ENDED:
            assert plan == ()
            return
        days = [plain(action.due_on) for action in plan]
        assert days == sorted(days)
        got = sorted((as_expected(action) for action in plan), key=key)
        want = sorted(m.projection(), key=key)
        assert got == want
        for action in plan:
            assert action.step == STEP_OF[action.kind]
            if action.kind is ActionKind.CALL:
                self._check_call(action)
            else:
                assert action.windows == ()
        calls = [action for action in plan if action.kind is ActionKind.CALL]
        if calls and not m.calls:
            assert plain(calls[0].due_on) == m.follow_up_on

    def _check_call(self, action: Action) -> None:
        """A planned call: a business day, and two windows outside work hours on that day."""
        m, policy = self.m, self.w.policy
        day = plain(action.due_on)
        assert business(day, m.holidays), f"call planned on {day}, not a business day"
        assert action.contact == m.decider
        assert len(action.windows) == 2
        zone = ZoneInfo(m.decider_zone)
        minutes = policy.call_window_minutes
        for window in action.windows:
            assert window.start.utcoffset() is not None
            assert window.end.timestamp() - window.start.timestamp() == minutes * 60
            name = getattr(window.start.tzinfo, "name", None)
            assert name == m.decider_zone
        before, after = ((w.start.astimezone(zone), w.end.astimezone(zone)) for w in action.windows)
        for start, end in (before, after):
            assert start.date() == day, f"window {start}..{end} is not on {day} in {zone}"
            assert end.date() == day
        assert before[0].time() < before[1].time() == policy.workday_start
        assert policy.workday_end == after[0].time() < after[1].time()

    @invariant()
    def due_is_the_current_step(self) -> None:
        """due(now) lists the current step's actions whose day has begun, never two calls."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        nows: list[dt.datetime] = [m.last_at, FAR_FUTURE]
        for action in w.plan()[:3]:
            opens = start_of_day(plain(action.due_on), action.timezone)
            nows += [opens, opens - dt.timedelta(microseconds=1)]
        for now in nows:
            due = w.due(now)
            if m.stage in ENDED:
                assert due == ()
                continue
            days = [plain(action.due_on) for action in due]
            assert days == sorted(days)
            assert sum(action.kind is ActionKind.CALL for action in due) <= 1
            got = sorted((as_expected(action) for action in due), key=key)
            want = sorted(m.due(now), key=key)
            assert got == want, f"due({now}) = {got}, the rules say {want}"


FollowUpMachine.TestCase.settings = settings(
    max_examples=min(settings().max_examples, 60),
    stateful_step_count=40,
)
TestFollowUp = FollowUpMachine.TestCase
