"""The rules of the issue as invariants of a Hypothesis state machine.

Random workflows (zones, policies, holidays, agreements, 0 to 3 postponements
allowed) receive random events, valid and invalid, at random times: letters
and skipped letters, calls (some asking to be called back), close-the-loop
messages, moving on, postponed decisions, absences, and the endings. A plain
shadow model, written from the rules' text and sharing no code with the
engine's rule functions, says whether each event should be accepted (and if
not, which rule or which field it breaks) and what the plan, the plan from
any later day, and the due list should hold; every invariant runs after
every step.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import attrs
import pendulum
import pytest
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
    DecisionPostponed,
    Event,
    FollowUpError,
    HeardBack,
    Interviewer,
    InvalidInput,
    MovedOn,
    Outcome,
    OutOfOffice,
    RuleViolation,
    Stage,
    ThankYouSent,
    ThankYouSkipped,
    Withdrew,
    Workflow,
)
from tests.strategies import ZONES, branch_workflows, wall_clock

UTC = dt.timezone.utc
DAY = dt.timedelta(days=1)
ENDED = frozenset({Stage.HEARD_BACK, Stage.MOVED_ON, Stage.WITHDRAWN})
FAR_FUTURE = dt.datetime(2045, 1, 1, tzinfo=UTC)
REACHED = (CallResult.SPOKE, CallResult.GATEKEEPER)
MAX_ABSENCE = 365


# --- the oracle calendar: a day at a time, with weekday() ---------------------------


@functools.lru_cache(maxsize=4096)
def exists(day: dt.date, zone_name: str) -> bool:
    """Whether some hour of ``day`` happened in the zone (Pacific/Apia skipped 2011-12-30)."""
    zone = ZoneInfo(zone_name)
    for hour in range(24):
        local = dt.datetime(day.year, day.month, day.day, hour, tzinfo=zone)
        if local.astimezone(UTC).astimezone(zone).date() == day:
            return True
    return False


def business(day: dt.date, holidays: frozenset[dt.date], zone_name: str | None = None) -> bool:
    """Monday to Friday, not a holiday, and (given a zone) a day that zone did not skip."""
    return (
        day.weekday() < 5 and day not in holidays and (zone_name is None or exists(day, zone_name))
    )


def on_or_after(
    day: dt.date, holidays: frozenset[dt.date], zone_name: str | None = None
) -> dt.date:
    """The first business day on or after ``day``."""
    while not business(day, holidays, zone_name):
        day += DAY
    return day


def plain(day: dt.date) -> dt.date:
    """A pendulum Date (or any date) as a plain ``datetime.date``."""
    return dt.date(day.year, day.month, day.day)


def day_in(instant: dt.datetime, zone_name: str) -> dt.date:
    """The calendar date of an instant in a zone, by zoneinfo."""
    return instant.astimezone(ZoneInfo(zone_name)).date()


def utc(instant: dt.datetime) -> dt.datetime:
    """An instant as a stdlib datetime in UTC.

    Not ``astimezone(UTC)`` on a pendulum DateTime: that keeps the pendulum
    class, and adding a timedelta to it then drops the zone (the result is
    naive, read as local time by whatever reads it next).
    """
    u = instant.astimezone(UTC)
    return dt.datetime(
        u.year, u.month, u.day, u.hour, u.minute, u.second, u.microsecond, tzinfo=UTC
    )


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
    key: str = ""


@dataclass
class Model:
    """What the rules' text says a workflow should be, in plain Python.

    ``calls`` holds the days of the calls since the latest agreement,
    ``all_calls`` every call's day; ``agreements`` each agreement's
    ``(decision_by, follow_up_on)`` as the rules resolve a postponement.
    """

    interviewers: tuple[Interviewer, ...]
    decider: Interviewer
    candidate_zone: str
    decider_zone: str
    max_calls: int
    interval: int
    reply_window: int
    default_wait: int
    max_postponements: int
    holidays: frozenset[dt.date]
    calls_permitted: bool
    follow_up_on: dt.date
    letters_on: dt.date
    last_at: dt.datetime
    agreements: list[tuple[dt.date, dt.date | None]]
    stage: Stage = Stage.THANKING
    thanked: set[int] = field(default_factory=set)
    skipped: set[int] = field(default_factory=set)
    calls: list[dt.date] = field(default_factory=list)
    all_calls: list[dt.date] = field(default_factory=list)
    call_back_on: dt.date | None = None
    away_until: dt.date | None = None
    closed_on: dt.date | None = None
    reply_by_on: dt.date | None = None
    restarted: bool = False
    accepted: int = 0

    @classmethod
    def of(cls, workflow: Workflow) -> Model:
        """Build the model from a started workflow's inputs (never its derived state)."""
        interview, agreement, policy = workflow.interview, workflow.agreement, workflow.policy
        people = interview.interviewers
        marked = [person for person in people if person.decision_maker]
        decider = marked[0] if marked else people[0]
        holidays = frozenset(plain(day) for day in policy.holidays)
        follow_up = None if agreement.follow_up_on is None else plain(agreement.follow_up_on)
        model = cls(
            interviewers=people,
            decider=decider,
            candidate_zone=interview.candidate.timezone,
            decider_zone=decider.timezone,
            max_calls=policy.max_calls,
            interval=policy.call_interval_days,
            reply_window=policy.reply_window_days,
            default_wait=policy.default_wait_days,
            max_postponements=policy.max_postponements,
            holidays=holidays,
            calls_permitted=agreement.calls_permitted,
            follow_up_on=dt.date.min,
            letters_on=day_in(interview.ended_at, interview.candidate.timezone),
            last_at=utc(interview.ended_at),
            agreements=[(plain(agreement.decision_by), follow_up)],
        )
        model.follow_up_on = model.resolve(plain(agreement.decision_by), follow_up)
        return model

    # --- the date rules, from the text

    def business_day(self, day: dt.date) -> dt.date:
        """The first business day on or after ``day`` on the decision-maker's calendar."""
        return on_or_after(day, self.holidays, self.decider_zone)

    def resolve(self, decision_by: dt.date, follow_up_on: dt.date | None) -> dt.date:
        """Step 1: the first business day after the decision, or the agreed day moved to one."""
        if follow_up_on is None:
            return self.business_day(decision_by + DAY)
        return self.business_day(follow_up_on)

    @property
    def postponements(self) -> int:
        """How many times the decision was postponed."""
        return len(self.agreements) - 1

    @property
    def calls_allowed(self) -> bool:
        """Calls may follow the latest agreement: permitted, and not postponed too often."""
        return self.calls_permitted and self.postponements <= self.max_postponements

    def reply_by(self, closed_on: dt.date) -> dt.date:
        """Rule 4: the first business day on or after the sending day plus the reply window."""
        return self.business_day(closed_on + dt.timedelta(days=self.reply_window))

    def after_interval(self, day: dt.date) -> dt.date:
        """Rule 4: the first business day on or after ``day`` plus the call interval."""
        return self.business_day(day + dt.timedelta(days=self.interval))

    def call_bounds(self) -> list[tuple[dt.date, str]]:
        """Each lower bound on the next call's day, with the rule that sets it."""
        bounds = [(self.follow_up_on, "call-not-before-follow-up")]
        if self.all_calls:
            if self.call_back_on is not None:
                bounds.append((self.call_back_on, "call-back-day"))
            else:
                after = self.all_calls[-1] + dt.timedelta(days=self.interval)
                bounds.append((after, "call-interval"))
        if self.away_until is not None:
            bounds.append((self.away_until + DAY, "absence"))
        return bounds

    def call_earliest(self) -> dt.date:
        """The first day a call is accepted on."""
        return max(day for day, _ in self.call_bounds())

    def close_loop_due(self) -> dt.date:
        """Rule 4: one interval after the last call; the follow-up day without calls; not while away."""
        if self.calls_allowed and self.all_calls:
            earliest = self.all_calls[-1] + dt.timedelta(days=self.interval)
        else:
            earliest = self.follow_up_on
        if self.away_until is not None:
            earliest = max(earliest, self.away_until + DAY)
        return self.business_day(earliest)

    def postponed(self, event: DecisionPostponed) -> tuple[dt.date, dt.date | None]:
        """A postponement's new agreement: its decision date (given, or worked out) and follow-up day."""
        day = day_in(event.at, self.decider_zone)
        follow_up = None if event.follow_up_on is None else plain(event.follow_up_on)
        if event.decision_by is not None:
            return plain(event.decision_by), follow_up
        if follow_up is not None:
            return follow_up - DAY, follow_up
        return day + dt.timedelta(days=self.default_wait), None

    # --- what the rules refuse

    def bad_fields(self, kind: type, at: dt.datetime, **values: dt.date | None) -> set[str]:
        """The fields of an event whose dates are impossible on the decision-maker's calendar."""
        day = day_in(at, self.decider_zone)
        bad: set[str] = set()
        if kind is CallPlaced:
            call_back_on = values.get("call_back_on")
            if call_back_on is not None and call_back_on < day:
                bad.add("call_back_on")
        elif kind is DecisionPostponed:
            decision_by, follow_up = values.get("decision_by"), values.get("follow_up_on")
            if decision_by is not None and decision_by < day:
                bad.add("decision_by")
            if follow_up is not None and decision_by is not None and follow_up <= decision_by:
                bad.add("follow_up_on")
            if follow_up is not None and follow_up <= day:
                bad.add("follow_up_on")
        elif kind is OutOfOffice:
            until = values["until"]
            assert until is not None
            if not day <= until <= day + dt.timedelta(days=MAX_ABSENCE):
                bad.add("until")
        return bad

    def broken(self, event: Event) -> set[str]:
        """The rules ``event`` breaks now (the engine must name one of them); empty if none."""
        if self.stage in ENDED:
            return {"workflow-ended"}
        table = self._not_in_table(event)
        if table is not None:
            return {table}
        rules = self._date_rules(event)
        if event.at.astimezone(UTC) < self.last_at:
            rules.add("events-in-time-order")
        return rules

    def _not_in_table(self, event: Event) -> str | None:
        """The rule that refuses this kind of event in this stage, or None when the table has a row."""
        stage = self.stage
        if isinstance(event, (ThankYouSent, ThankYouSkipped)):
            return None if stage is Stage.THANKING else "one-letter-each"
        if isinstance(event, (DecisionPostponed, OutOfOffice, HeardBack, Withdrew)):
            return None
        if stage is Stage.THANKING:
            return "steps-in-order"
        if isinstance(event, CallPlaced):
            if not self.calls_permitted:
                return "calls-not-permitted"
            if not self.calls_allowed:
                return "max-postponements"
            return None if stage in (Stage.WAITING, Stage.CALLING) else "max-calls"
        if isinstance(event, CloseLoopSent):
            # With calls, the loop is closed after the last one (CLOSING); without
            # (not permitted, or postponed too often), straight from WAITING.
            ready = Stage.CLOSING if self.calls_allowed else Stage.WAITING
            if stage is ready:
                return None
            return "one-close-loop" if stage is Stage.AWAITING_REPLY else "steps-in-order"
        assert isinstance(event, MovedOn)
        return None if stage is Stage.AWAITING_REPLY else "steps-in-order"

    def _date_rules(self, event: Event) -> set[str]:
        """The rules other than the table and time order that ``event`` breaks."""
        day = day_in(event.at, self.decider_zone)
        rules: set[str] = set()
        if isinstance(event, (ThankYouSent, ThankYouSkipped)):
            if event.to not in self.interviewers:
                rules.add("letter-to-interviewer")
            elif self.interviewers.index(event.to) in self.thanked:
                rules.add("one-letter-each")
            if isinstance(event, ThankYouSent) and event.channel not in (
                Channel.MAIL,
                Channel.EMAIL,
            ):
                rules.add("letter-in-writing")
        elif isinstance(event, CallPlaced):
            earliest = self.call_earliest()
            if day < earliest:
                rules |= {name for bound, name in self.call_bounds() if bound == earliest}
        elif isinstance(event, CloseLoopSent):
            allowed = (
                (Channel.EMAIL, Channel.VOICEMAIL)
                if self.calls_permitted
                else (Channel.EMAIL, Channel.MAIL)
            )
            if event.channel not in allowed:
                rules.add("close-loop-channel")
            if day < self.close_loop_due():
                rules.add("close-loop-not-before-due")
        elif isinstance(event, MovedOn):
            assert self.reply_by_on is not None
            if day <= self.reply_by_on:
                rules.add("move-on-not-before-due")
        return rules

    def accept(self, event: Event) -> None:
        """Record an accepted event."""
        self.accepted += 1
        self.last_at = utc(event.at)
        day = day_in(event.at, self.decider_zone)
        if isinstance(event, (ThankYouSent, ThankYouSkipped)):
            index = self.interviewers.index(event.to)
            self.thanked.add(index)
            if isinstance(event, ThankYouSkipped):
                self.skipped.add(index)
            if len(self.thanked) == len(self.interviewers):
                self.stage = Stage.WAITING
        elif isinstance(event, CallPlaced):
            self.calls.append(day)
            self.all_calls.append(day)
            self.call_back_on = None if event.call_back_on is None else plain(event.call_back_on)
            self.stage = Stage.CLOSING if len(self.calls) == self.max_calls else Stage.CALLING
        elif isinstance(event, CloseLoopSent):
            self.closed_on = day
            self.reply_by_on = self.reply_by(day)
            self.restarted = False
            self.stage = Stage.AWAITING_REPLY
        elif isinstance(event, MovedOn):
            self.stage = Stage.MOVED_ON
        elif isinstance(event, HeardBack):
            self.stage = Stage.HEARD_BACK
        elif isinstance(event, Withdrew):
            self.stage = Stage.WITHDRAWN
        elif isinstance(event, DecisionPostponed):
            decision_by, follow_up = self.postponed(event)
            self.agreements.append((decision_by, follow_up))
            self.follow_up_on = self.resolve(decision_by, follow_up)
            self.calls = []
            self.closed_on = None
            self.reply_by_on = None
            self.restarted = False
            if self.stage is not Stage.THANKING:
                self.stage = Stage.WAITING
        else:
            assert isinstance(event, OutOfOffice)
            until = plain(event.until)
            self.away_until = until if self.away_until is None else max(self.away_until, until)
            if self.reply_by_on is not None:
                # The reply window restarts on the first business day after the absence.
                back = self.business_day(self.away_until + DAY)
                restarted = max(self.reply_by_on, self.reply_by(back))
                self.restarted = self.restarted or restarted != self.reply_by_on
                self.reply_by_on = restarted

    # --- what is planned

    def projection(self, now: dt.datetime | None = None) -> list[Expected]:
        """Every remaining step, as if nobody answers; from ``now``, none on a day already past."""
        if self.stage in ENDED:
            return []
        agreement = len(self.agreements)

        def when(day: dt.date, zone_name: str) -> dt.date:
            if now is None or day >= day_in(now, zone_name):
                return day
            return on_or_after(day_in(now, zone_name), self.holidays, zone_name)

        steps: list[Expected] = []
        if self.stage is Stage.THANKING:
            steps.extend(
                Expected(
                    ActionKind.SEND_THANK_YOU,
                    when(self.letters_on, self.candidate_zone),
                    None,
                    person,
                    self.candidate_zone,
                    key=f"letter to interviewer {index + 1}",
                )
                for index, person in enumerate(self.interviewers)
                if index not in self.thanked
            )
        zone_name = self.decider_zone
        if self.stage is Stage.AWAITING_REPLY:
            assert self.reply_by_on is not None
            reply_by = self.reply_by_on
        else:
            last = self.all_calls[-1] if self.all_calls else None
            call_back = self.call_back_on
            if self.calls_allowed:
                for attempt in range(len(self.calls) + 1, self.max_calls + 1):
                    earliest = self.follow_up_on
                    if last is not None:
                        after = call_back or last + dt.timedelta(days=self.interval)
                        earliest = max(earliest, after)
                    if self.away_until is not None:
                        earliest = max(earliest, self.away_until + DAY)
                    last, call_back = when(self.business_day(earliest), zone_name), None
                    steps.append(
                        Expected(
                            ActionKind.CALL,
                            last,
                            attempt,
                            self.decider,
                            zone_name,
                            key=f"call {attempt} after agreement {agreement}",
                        )
                    )
                assert last is not None
                earliest = last + dt.timedelta(days=self.interval)
            else:
                earliest = self.follow_up_on
            if self.away_until is not None:
                earliest = max(earliest, self.away_until + DAY)
            closed_on = when(self.business_day(earliest), zone_name)
            reply_by = self.reply_by(closed_on)
            steps.append(
                Expected(
                    ActionKind.CLOSE_LOOP,
                    closed_on,
                    None,
                    self.decider,
                    zone_name,
                    reply_by,
                    key=f"close the loop after agreement {agreement}",
                )
            )
        steps.append(
            Expected(
                ActionKind.MOVE_ON,
                when(reply_by + DAY, zone_name),
                None,
                None,
                zone_name,
                reply_by,
                key=f"move on after agreement {agreement}",
            )
        )
        return steps

    def current(self) -> list[Expected]:
        """The current step: the unsent letters, or the first step of the plan."""
        steps = self.projection()
        if self.stage is Stage.THANKING:
            return [step for step in steps if step.kind is ActionKind.SEND_THANK_YOU]
        return steps[:1]

    def due(self, now: dt.datetime) -> list[Expected]:
        """The current step's actions whose day has begun in their zone."""
        return [step for step in self.current() if step.due_on <= day_in(now, step.zone)]


def key(action: Action | Expected) -> tuple[dt.date, str, int, str, str]:
    """A sort key that makes a list of actions comparable as a multiset."""
    contact = action.contact
    who = "" if contact is None else repr(contact)
    return (plain(action.due_on), action.kind.value, action.attempt or 0, who, action.key)


def as_expected(action: Action) -> Expected:
    """An engine action in the model's terms."""
    return Expected(
        action.kind,
        plain(action.due_on),
        action.attempt,
        action.contact,
        action.timezone,
        None if action.reply_by is None else plain(action.reply_by),
        action.key,
    )


STEP_OF = {
    ActionKind.SEND_THANK_YOU: 2,
    ActionKind.CALL: 3,
    ActionKind.CLOSE_LOOP: 4,
    ActionKind.MOVE_ON: 4,
}


def keys_of(plan: tuple[Action, ...]) -> dict[str, tuple[ActionKind, int | None, str]]:
    """Each planned action's key, mapped to what the step is: its kind, attempt and contact."""
    keys = {action.key: (action.kind, action.attempt, repr(action.contact)) for action in plan}
    assert len(keys) == len(plan), f"keys repeat in the plan: {[a.key for a in plan]}"
    return keys


# --- the machine ---------------------------------------------------------------------


class FollowUpMachine(RuleBasedStateMachine):
    """Random events, valid and invalid, against one random workflow and its shadow model."""

    def __init__(self) -> None:
        super().__init__()
        self.workflow: Workflow | None = None
        self.model: Model | None = None
        self.end_after = 0
        self.round = 1

    @property
    def w(self) -> Workflow:
        assert self.workflow is not None
        return self.workflow

    @property
    def m(self) -> Model:
        assert self.model is not None
        return self.model

    @initialize(workflow=branch_workflows(), end_after=st.integers(0, 40))
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

    def _construct(
        self, make: Callable[[], Event], must_fail: str | None, bad: set[str]
    ) -> Event | None:
        """Build an event, or check that its constructor refuses it for a field the model names.

        A constructor does not know the decision-maker's zone, so it may only
        refuse what is wrong in every zone: a field the model finds wrong on
        the decision-maker's calendar (``bad``), or ``must_fail``, which no
        zone makes right.
        """
        refused: InvalidInput | None = None
        try:
            event = make()
        except InvalidInput as error:
            refused = error
        if refused is not None:
            assert refused.field == must_fail or refused.field in bad, (
                f"the constructor refused field {refused.field!r} ({refused}); "
                f"the model expects {must_fail!r} or one of {sorted(bad)}"
            )
            note_event(f"constructor refused {refused.field}")
            return None
        assert must_fail is None, f"the constructor accepted {event!r}; {must_fail} is wrong"
        return event

    def _apply(self, event: Event) -> None:
        """Apply ``event`` to the engine and the model, and check they agree."""
        before = self.w
        before_dict = before.to_dict()
        before_plan = before.plan()
        before_pickle = pickle.dumps(before)
        before_due_at = before.next_due_at
        rules = self.m.broken(event)
        values = {
            name: None if value is None else plain(value)
            for name, value in attrs.asdict(event, recurse=False).items()
            if name in ("call_back_on", "decision_by", "follow_up_on", "until")
        }
        bad = set() if rules else self.m.bad_fields(type(event), event.at, **values)
        refusal: FollowUpError | None = None
        try:
            after = before.apply(event)
        except FollowUpError as error:
            refusal = error
        if refusal is not None:
            assert isinstance(refusal, FollowUpError)
            assert isinstance(refusal, ValueError)
            if isinstance(refusal, RuleViolation):
                assert rules, f"engine refused {event!r} ({refusal}); the model accepts"
                assert refusal.rule in rules, (
                    f"engine refused {event!r} by {refusal.rule!r} ({refusal}); "
                    f"the model says it breaks {sorted(rules)}"
                )
                assert refusal.stage is self.m.stage
                assert refusal.event is event
                note_event(f"refused {type(event).__name__}: {refusal.rule}")
            else:
                assert isinstance(refusal, InvalidInput), f"{refusal!r} is neither kind"
                assert not rules, (
                    f"engine said {event!r} is invalid input ({refusal}); the model says it "
                    f"breaks {sorted(rules)}"
                )
                assert refusal.field in bad, (
                    f"engine refused field {refusal.field!r} of {event!r} ({refusal}); the "
                    f"model finds {sorted(bad) or 'nothing'} wrong"
                )
                note_event(f"invalid {type(event).__name__}.{refusal.field}")
            # Rule 7: no trace.
            assert before.to_dict() == before_dict
            assert before == Workflow.from_dict(before_dict)
            assert pickle.dumps(before) == before_pickle
            assert before.plan() == before_plan
            assert before.next_due_at == before_due_at
            assert before.stage is self.m.stage
            return
        assert not rules, f"engine accepted {event!r}; the model refuses it: {sorted(rules)}"
        assert not bad, f"engine accepted {event!r}; the model finds {sorted(bad)} wrong"
        assert before.to_dict() == before_dict, "apply() changed the workflow it was applied to"
        assert pickle.dumps(before) == before_pickle, (
            "apply() changed the workflow it was applied to"
        )
        assert after.history == (*before.history, event)
        stored = after.history[-1].at
        assert stored.utcoffset() == dt.timedelta(0)
        assert stored == event.at
        self._check_keys_kept(event, before_plan, after.plan())
        self.workflow = after
        self.m.accept(event)
        note_event(f"reached {self.m.stage.name}")

    def _check_keys_kept(
        self, event: Event, before: tuple[Action, ...], after: tuple[Action, ...]
    ) -> None:
        """A step keeps its key when another event is applied; only the step done leaves the plan."""
        old, new = keys_of(before), keys_of(after)
        if isinstance(event, (DecisionPostponed, HeardBack, Withdrew, MovedOn)):
            # A new step 1 renames the steps after it; an ending plans nothing.
            return
        for name in old.keys() & new.keys():
            assert old[name] == new[name], f"key {name!r} names another step after {event!r}"
        gone = old.keys() - new.keys()
        assert new.keys() <= old.keys(), f"{event!r} added steps {new.keys() - old.keys()}"
        if isinstance(event, OutOfOffice):
            self._check_absence_moves(event, before, after, gone)
            return
        done = {action.key for action in before if self._is_done_by(action, event)}
        assert gone == done, f"{event!r} removed {gone}, but it does {done}"

    def _check_absence_moves(
        self,
        event: OutOfOffice,
        before: tuple[Action, ...],
        after: tuple[Action, ...],
        gone: set[str],
    ) -> None:
        """An absence moves steps later, never adds or removes one; a step already past it stays."""
        assert not gone, f"{event!r} removed the steps {gone}"
        until = plain(event.until)
        if self.m.away_until is not None:
            until = max(until, self.m.away_until)
        now_on = {action.key: plain(action.due_on) for action in after}
        shifted = False
        for action in before:
            was, got = plain(action.due_on), now_on[action.key]
            assert got >= was, f"{event!r} moved {action.key} earlier, {was} -> {got}"
            if action.kind is ActionKind.SEND_THANK_YOU:
                assert got == was, f"{event!r} moved {action.key} ({was} -> {got})"
                continue
            if action.kind in (ActionKind.CALL, ActionKind.CLOSE_LOOP):
                assert got > until, f"{action.key} planned on {got}, during the absence"
            if self.m.stage is Stage.AWAITING_REPLY:
                continue  # the reply window restarts on the return: moving on moves
            if was > until and not shifted:
                assert got == was, f"{action.key} on {was}, after the absence, moved to {got}"
            shifted = shifted or got != was

    def _is_done_by(self, action: Action, event: Event) -> bool:
        """Whether ``event`` does the planned ``action``."""
        if isinstance(event, (ThankYouSent, ThankYouSkipped)):
            return action.kind is ActionKind.SEND_THANK_YOU and action.contact == event.to
        if isinstance(event, CallPlaced):
            return action.kind is ActionKind.CALL and action.attempt == len(self.m.calls) + 1
        return isinstance(event, CloseLoopSent) and action.kind is ActionKind.CLOSE_LOOP

    def _anchors(self) -> list[dt.date]:
        """Days worth aiming at on the decision-maker's calendar: bounds of the rules, and the plan's days."""
        m = self.m
        anchors = [day_in(m.last_at, m.decider_zone), m.follow_up_on, m.follow_up_on - DAY]
        if m.call_back_on is not None:
            anchors += [m.call_back_on, m.call_back_on - DAY]
        if m.away_until is not None:
            anchors += [m.away_until, m.away_until + DAY]
        if m.reply_by_on is not None:
            anchors += [m.reply_by_on, m.reply_by_on + DAY]
        anchors += [plain(action.due_on) for action in self.w.plan()[:2]]
        return anchors

    # --- rules -----------------------------------------------------------------------

    @rule(data=st.data())
    def send_letter(self, data: st.DataObject) -> None:
        """Send a letter to an unsent, thanked, skipped, stranger or twin recipient, by any channel, at any time."""
        m = self.m
        unsent = [p for i, p in enumerate(m.interviewers) if i not in m.thanked]
        thanked = [p for i, p in enumerate(m.interviewers) if i in m.thanked]
        skipped = [p for i, p in enumerate(m.interviewers) if i in m.skipped]
        who = data.draw(
            st.sampled_from(("unsent", "thanked", "skipped", "stranger", "twin", "anyone"))
        )
        if who == "unsent" and unsent:
            to = data.draw(st.sampled_from(unsent))
        elif who == "thanked" and thanked:
            to = data.draw(st.sampled_from(thanked))
        elif who == "skipped" and skipped:
            to = data.draw(st.sampled_from(skipped))
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
    def skip_letter(self, data: st.DataObject) -> None:
        """Skip the letter of an unsent, thanked, skipped, stranger or twin interviewer, at any time."""
        m = self.m
        unsent = [p for i, p in enumerate(m.interviewers) if i not in m.thanked]
        done = [p for i, p in enumerate(m.interviewers) if i in m.thanked]
        who = data.draw(st.sampled_from(("unsent", "unsent", "done", "twin", "anyone")))
        if who == "unsent" and unsent:
            to = data.draw(st.sampled_from(unsent))
        elif who == "done" and done:
            to = data.draw(st.sampled_from(done))
        elif who == "twin":
            real = data.draw(st.sampled_from(m.interviewers))
            to = attrs.evolve(real, title=f"{real.title} (another)")
        else:
            to = data.draw(st.sampled_from(m.interviewers))
        at = self._time(data, m.letters_on, m.candidate_zone)
        self._apply(ThankYouSkipped(to, at))

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
        aim = data.draw(st.booleans(), label="aim at the bounds")
        if aim and m.all_calls:
            anchors = self._anchors()
            anchors.append(m.all_calls[-1] + dt.timedelta(days=m.interval - 1))
        anchor = data.draw(st.sampled_from(anchors), label="anchor")
        action = planned if planned is not None and anchor == plain(planned.due_on) else None
        at = self._time(data, anchor, m.decider_zone, action)
        self._apply(CallPlaced(at, data.draw(st.sampled_from(CallResult))))

    @rule(data=st.data())
    def call_asking_for_a_call_back(self, data: st.DataObject) -> None:
        """A call that reached someone who asked to be called back on a day, sooner or later than the interval."""
        m = self.m
        planned = self._next(ActionKind.CALL)
        anchor = data.draw(st.sampled_from(self._anchors()), label="anchor")
        action = planned if planned is not None and anchor == plain(planned.due_on) else None
        at = self._time(data, anchor, m.decider_zone, action)
        result = data.draw(st.sampled_from((*REACHED, *REACHED, *CallResult)), label="result")
        day = day_in(at, m.decider_zone)
        call_back_on = day + dt.timedelta(days=data.draw(st.integers(-2, 21), label="after"))
        must_fail = None if result in REACHED else "call_back_on"
        bad = m.bad_fields(CallPlaced, at, call_back_on=call_back_on)
        event = self._construct(
            lambda: CallPlaced(at, result, call_back_on=call_back_on), must_fail, bad
        )
        if event is not None:
            self._apply(event)

    @rule(data=st.data())
    def postpone(self, data: st.DataObject) -> None:
        """The decision-maker gives a new date, a new follow-up day, both, or none ("on hold")."""
        m = self.m
        anchor = data.draw(st.sampled_from(self._anchors()), label="anchor")
        at = self._time(data, anchor, m.decider_zone)
        day = day_in(at, m.decider_zone)
        how = data.draw(st.sampled_from(("on hold", "decision", "follow-up", "both")))
        decision_by = follow_up_on = None
        if how in ("decision", "both"):
            decision_by = day + dt.timedelta(days=data.draw(st.integers(-2, 21), label="decision"))
        if how in ("follow-up", "both"):
            base = decision_by or day
            follow_up_on = base + dt.timedelta(days=data.draw(st.integers(-1, 14), label="call"))
        must_fail = (
            "follow_up_on"
            if decision_by is not None and follow_up_on is not None and follow_up_on <= decision_by
            else None
        )
        bad = m.bad_fields(
            DecisionPostponed, at, decision_by=decision_by, follow_up_on=follow_up_on
        )
        event = self._construct(
            lambda: DecisionPostponed(at, decision_by, follow_up_on), must_fail, bad
        )
        if event is not None:
            self._apply(event)

    @rule(data=st.data())
    def out_of_office(self, data: st.DataObject) -> None:
        """The decision-maker is away through a day: before the event, within a year, or past it."""
        m = self.m
        anchor = data.draw(st.sampled_from(self._anchors()), label="anchor")
        at = self._time(data, anchor, m.decider_zone)
        day = day_in(at, m.decider_zone)
        length = data.draw(
            st.one_of(st.integers(-2, 30), st.integers(MAX_ABSENCE - 2, MAX_ABSENCE + 2)),
            label="through",
        )
        until = day + dt.timedelta(days=length)
        bad = m.bad_fields(OutOfOffice, at, until=until)
        event = self._construct(lambda: OutOfOffice(at, until), None, bad)
        if event is not None:
            self._apply(event)

    @rule(data=st.data())
    def close_loop(self, data: st.DataObject) -> None:
        """Send the close-the-loop message around its planned day, in any stage, by various channels."""
        m = self.m
        planned = self._next(ActionKind.CLOSE_LOOP)
        anchor = plain(planned.due_on) if planned is not None else m.follow_up_on
        if m.away_until is not None and data.draw(st.booleans(), label="around the absence"):
            anchor = m.away_until + data.draw(st.sampled_from((DAY * 0, DAY)))
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
        """Do the first planned action, on or after its day, as ``due()`` offers it (by hand or by ``done()``)."""
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
        if data.draw(st.booleans(), label="by done()"):
            details: dict[str, object] = {}
            if action.kind is ActionKind.SEND_THANK_YOU:
                details["channel"] = data.draw(st.sampled_from((Channel.MAIL, Channel.EMAIL)))
            elif action.kind is ActionKind.CALL and data.draw(st.booleans(), label="call back"):
                details["result"] = data.draw(st.sampled_from(REACHED))
                after = dt.timedelta(days=data.draw(st.integers(0, 14)))
                details["call_back_on"] = day_in(at, m.decider_zone) + after
            event = action.done(at, **details)
            self._check_done(action, event, at, details)
        elif action.kind is ActionKind.SEND_THANK_YOU:
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

    def _check_done(
        self, action: Action, event: Event, at: dt.datetime, details: dict[str, object]
    ) -> None:
        """``action.done(at, **details)`` is the event that records doing the action."""
        assert event.at == at
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert event == ThankYouSent(action.contact, at, details["channel"])  # type: ignore[arg-type]
        elif action.kind is ActionKind.CALL:
            assert isinstance(event, CallPlaced)
            assert event.result is details.get("result", CallResult.VOICEMAIL)
            wanted = details.get("call_back_on")
            assert (None if event.call_back_on is None else plain(event.call_back_on)) == wanted
        elif action.kind is ActionKind.CLOSE_LOOP:
            assert event == CloseLoopSent(at, Channel.EMAIL)
        else:
            assert event == MovedOn(at)

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
            assert m.reply_by_on is not None
            day = m.reply_by_on + DAY
        elif m.stage is Stage.CLOSING or not m.calls_allowed:
            day = m.close_loop_due()
        else:
            day = m.call_earliest()
        if early:
            day -= DAY
        wall = data.draw(st.one_of(st.sampled_from((dt.time(0), dt.time(23, 59, 59))), st.times()))
        instant = max(wall_clock(day, wall, m.decider_zone), m.last_at)
        at = self._present(data, instant)
        event: Event
        if m.stage is Stage.AWAITING_REPLY:
            event = MovedOn(at)
        elif m.stage is Stage.CLOSING or not m.calls_allowed:
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

    @precondition(lambda self: self.m.stage is Stage.THANKING)
    @rule(data=st.data())
    def finish_letters(self, data: st.DataObject) -> None:
        """Send (or skip) every unsent letter, one after another, from the day they are due."""
        m = self.m
        opens = start_of_day(m.letters_on, m.candidate_zone)
        at = max(utc(opens), m.last_at)
        for index, person in enumerate(m.interviewers):
            if index in m.thanked:
                continue
            at += dt.timedelta(minutes=data.draw(st.integers(0, 600), label="later"))
            if data.draw(st.integers(0, 3), label="skip") == 0:
                self._apply(ThankYouSkipped(person, self._present(data, at)))
            else:
                self._apply(ThankYouSent(person, self._present(data, at)))

    @precondition(lambda self: self.m.stage in ENDED)
    @rule(data=st.data(), workflow=branch_workflows())
    def start_again(self, data: st.DataObject, workflow: Workflow) -> None:
        """Once a workflow ends, follow up on another interview: the next round after an invitation."""
        last = self.w.history[-1]
        if isinstance(last, HeardBack) and last.outcome is Outcome.NEXT_ROUND:
            same_policy = data.draw(st.booleans(), label="same policy")
            policy = None if same_policy else workflow.policy
            workflow = self.w.next_round(workflow.interview, workflow.agreement, policy)
            assert workflow.policy == (self.w.policy if same_policy else policy)
            self.round += 1
        else:
            self.round = 1
        assert workflow.round == self.round
        assert workflow.stage is Stage.THANKING
        assert workflow.history == ()
        self.workflow = workflow
        self.model = Model.of(workflow)
        self.end_after = len(workflow.history) + data.draw(st.integers(0, 40), label="end after")

    # --- invariants --------------------------------------------------------------------

    @invariant()
    def stage_and_counts_match_the_model(self) -> None:
        """The stage, the calls made, the agreements and the history's length are the model's."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        assert w.stage is m.stage
        assert w.finished == (m.stage in ENDED)
        assert w.calls_made == len(m.calls)
        assert w.calls_total == len(m.all_calls)
        assert w.postponements == m.postponements
        assert w.round == self.round
        assert len(w.history) == m.accepted
        assert plain(w.follow_up_on) == m.follow_up_on
        assert w.agreement == w.agreements[0]
        assert [
            (plain(a.decision_by), None if a.follow_up_on is None else plain(a.follow_up_on))
            for a in w.agreements
        ] == m.agreements
        assert all(a.calls_permitted is m.calls_permitted for a in w.agreements)
        expected_reply = None if m.closed_on is None else m.reply_by(m.closed_on)
        if not m.restarted:
            assert (None if w.reply_by is None else plain(w.reply_by)) == expected_reply
        assert (None if w.reply_by is None else plain(w.reply_by)) == m.reply_by_on

    @invariant()
    def history_obeys_the_rules(self) -> None:
        """Calls are at most max_calls per agreement, from follow_up_on, an interval apart; letters once each."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        calls = [day_in(e.at, m.decider_zone) for e in w.history if isinstance(e, CallPlaced)]
        since = [0, *(i for i, e in enumerate(w.history) if isinstance(e, DecisionPostponed))][-1]
        assert len(m.calls) <= m.max_calls
        assert calls == m.all_calls
        assert m.calls == [
            day_in(e.at, m.decider_zone) for e in w.history[since:] if isinstance(e, CallPlaced)
        ]
        if not m.calls_permitted:
            assert calls == []
        letters = [e.to for e in w.history if isinstance(e, ThankYouSent)]
        skipped = [e.to for e in w.history if isinstance(e, ThankYouSkipped)]
        assert len(set(letters)) == len(letters)
        assert len(set(skipped)) == len(skipped)
        assert not set(letters) & set(skipped), "a letter to an interviewer who was skipped"
        assert set(letters) | set(skipped) <= set(m.interviewers)
        assert {m.interviewers.index(p) for p in skipped} == m.skipped
        instants = [e.at for e in w.history]
        assert instants == sorted(instants)
        assert all(at >= w.interview.ended_at for at in instants)
        terminal = [e for e in w.history if isinstance(e, (HeardBack, Withdrew, MovedOn))]
        assert len(terminal) <= 1
        assert not terminal or w.history[-1] is terminal[0]

    @invariant()
    def history_obeys_the_branch_rules(self) -> None:
        """Walked from the history alone: every call and close-the-loop message keeps every rule of the branches."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        zone_name = m.decider_zone
        agreement = w.agreement
        follow_up = m.resolve(
            plain(agreement.decision_by),
            None if agreement.follow_up_on is None else plain(agreement.follow_up_on),
        )
        per_agreement = [0]
        last_call: dt.date | None = None
        call_back: dt.date | None = None
        away: dt.date | None = None
        letters_done = 0
        for event in w.history:
            day = day_in(event.at, zone_name)
            if isinstance(event, DecisionPostponed):
                follow_up = m.resolve(*m.postponed(event))
                per_agreement.append(0)
            elif isinstance(event, OutOfOffice):
                assert day <= plain(event.until) <= day + dt.timedelta(days=MAX_ABSENCE)
                away = plain(event.until) if away is None else max(away, plain(event.until))
            elif isinstance(event, (ThankYouSent, ThankYouSkipped)):
                letters_done += 1
            elif isinstance(event, CallPlaced):
                assert letters_done == len(m.interviewers), "a call before every letter was done"
                per_agreement[-1] += 1
                assert per_agreement[-1] <= m.max_calls, f"calls per agreement: {per_agreement}"
                if len(per_agreement) - 1 > m.max_postponements:
                    raise AssertionError(f"a call after {len(per_agreement) - 1} postponements")
                assert day >= follow_up, f"call on {day}, before the follow-up day {follow_up}"
                assert away is None or day > away, f"call on {day}, during an absence to {away}"
                if call_back is not None:
                    assert day >= call_back, f"call on {day}, before the call-back day {call_back}"
                elif last_call is not None:
                    gap = (day - last_call).days
                    assert gap >= m.interval, f"call on {day}, {gap} days after the previous"
                if event.call_back_on is not None:
                    assert event.result in REACHED
                    assert plain(event.call_back_on) >= day
                last_call = day
                call_back = None if event.call_back_on is None else plain(event.call_back_on)
            elif isinstance(event, CloseLoopSent):
                assert away is None or day > away, f"closed on {day}, during an absence to {away}"
                assert day >= follow_up
        assert sum(per_agreement) <= m.max_calls * (1 + m.max_postponements)
        assert sum(per_agreement) == w.calls_total
        assert per_agreement[-1] == w.calls_made

    @invariant()
    def replays_and_round_trips(self) -> None:
        """Replaying the history, JSON and pickle all give an equal workflow."""
        if self.workflow is None:
            return
        w = self.w
        replayed = Workflow.start(w.interview, w.agreement, w.policy, round=w.round)
        for event in w.history:
            replayed = replayed.apply(event)
        assert replayed == w
        assert replayed.stage is w.stage
        assert replayed.plan() == w.plan()
        assert replayed.next_due_at == w.next_due_at
        data = json.loads(json.dumps(w.to_dict()))
        assert isinstance(data["schema_version"], int)
        assert len(data["history"]) == len(w.history)
        rebuilt = Workflow.from_dict(data)
        assert rebuilt == w
        assert rebuilt.plan() == w.plan()
        unpickled = pickle.loads(pickle.dumps(w))
        assert unpickled == w
        assert unpickled.stage is w.stage
        assert unpickled.plan() == w.plan()
        assert unpickled.calls_total == w.calls_total
        assert unpickled.agreements == w.agreements
        assert [e.at.timestamp() for e in unpickled.history] == [
            e.at.timestamp() for e in w.history
        ]

    @invariant()
    def plan_follows_the_rules(self) -> None:
        """The plan is sorted and holds exactly the steps the rules project, on their dates, with their keys."""
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
        keys_of(plan)
        for action in plan:
            assert action.step == STEP_OF[action.kind]
            if action.kind is ActionKind.CALL:
                self._check_call(action)
            else:
                assert action.windows == ()
            if action.kind in (ActionKind.CALL, ActionKind.CLOSE_LOOP):
                day = plain(action.due_on)
                assert business(day, m.holidays, m.decider_zone), f"{action.key} on {day}"
                assert m.away_until is None or day > m.away_until
        calls = [action for action in plan if action.kind is ActionKind.CALL]
        if calls and not m.all_calls and m.away_until is None:
            assert plain(calls[0].due_on) == m.follow_up_on
        if not m.calls_allowed:
            assert calls == []

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

    def _nows(self) -> list[dt.datetime]:
        """Instants worth asking about: the last event, later days, and the edges of the next steps' days."""
        m = self.m
        nows: list[dt.datetime] = [m.last_at, FAR_FUTURE]
        nows += [m.last_at + DAY * days for days in (1, 9, 40, 200)]
        for action in self.w.plan()[:3]:
            opens = start_of_day(plain(action.due_on), action.timezone)
            nows += [opens, opens - dt.timedelta(microseconds=1), opens + DAY * 3]
            tomorrow = start_of_day(plain(action.due_on) + DAY, action.timezone)
            nows += [tomorrow, tomorrow - dt.timedelta(microseconds=1)]
        return nows

    @invariant()
    def plan_from_now_starts_today(self) -> None:
        """plan(now) is the rules' projection from today: no step on a past day, the same keys, business days."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        keys = [action.key for action in w.plan()]
        for now in self._nows():
            plan = w.plan(now)
            if m.stage in ENDED:
                assert plan == ()
                continue
            days = [plain(action.due_on) for action in plan]
            assert days == sorted(days)
            for action in plan:
                today = day_in(now, action.timezone)
                assert plain(action.due_on) >= today, f"{action.key} on a past day at {now}"
                if action.kind in (ActionKind.CALL, ActionKind.CLOSE_LOOP):
                    assert business(plain(action.due_on), m.holidays, m.decider_zone)
            assert sorted(a.key for a in plan) == sorted(keys), "plan(now) renamed the steps"
            got = sorted((as_expected(action) for action in plan), key=key)
            want = sorted(m.projection(now), key=key)
            assert got == want, f"plan({now}) = {got}, the rules say {want}"

    @invariant()
    def due_is_the_current_step(self) -> None:
        """due(now) lists the current step's actions whose day has begun, never two calls."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        for now in self._nows():
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

    @invariant()
    def next_due_at_is_when_due_begins(self) -> None:
        """next_due_at is the start of the current step's day: due() is empty just before it, not at it."""
        if self.workflow is None:
            return
        w, m = self.w, self.m
        due_at = w.next_due_at
        if m.stage in ENDED:
            assert due_at is None
            return
        assert due_at is not None
        current = m.current()
        first = min(current, key=lambda step: step.due_on)
        assert due_at == start_of_day(first.due_on, first.zone)
        assert w.due(due_at) != ()
        assert w.due(due_at - dt.timedelta(microseconds=1)) == ()
        for now in self._nows():
            assert (w.due(now) != ()) == (due_at <= now)

    @invariant()
    def next_round_only_after_an_invitation(self) -> None:
        """next_round() follows HeardBack(NEXT_ROUND) only, and starts round 2 with the same policy."""
        if self.workflow is None or self.m.stage not in ENDED:
            return
        w = self.w
        last = w.history[-1]
        if isinstance(last, HeardBack) and last.outcome is Outcome.NEXT_ROUND:
            again = w.next_round(w.interview, w.agreement)
            assert again.round == 2
            assert again.policy == w.policy
            assert again.history == ()
            assert again.stage is Stage.THANKING
            assert pickle.loads(pickle.dumps(again)).round == 2
        else:
            with pytest.raises(RuleViolation) as refused:
                w.next_round(w.interview, w.agreement)
            assert refused.value.rule == "next-round-after-invitation"


FollowUpMachine.TestCase.settings = settings(
    max_examples=min(settings().max_examples, 200),
    stateful_step_count=50,
)
TestFollowUp = FollowUpMachine.TestCase
