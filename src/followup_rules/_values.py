"""The value types: who was interviewed, by whom, for what, and the rules' knobs.

Every class here is frozen and slotted, validated when it is built, and
converts its inputs once: text is tidied (stripped, inner runs of white space
collapsed to one space, control characters refused), dates become
:class:`pendulum.Date`, instants become pendulum DateTimes in UTC, zones are
checked names, and sequences become tuples.

The classes have no ``__weakref__`` slot: a service holds many workflows,
each made of a dozen such values, and eight bytes apiece add up; a frozen
value is better cached by equality than by weak reference.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import unicodedata
from collections.abc import Iterable
from sys import intern
from typing import Any

import attrs
import pendulum

from ._calendar import (
    WEEKEND,
    check_zone_name,
    date_in_zone,
    plain_text,
    read_items,
    to_date,
    to_instant,
)
from ._errors import InvalidInput, listed, shown, type_name
from ._holidays import (
    HolidayCalendar,
    HolidayDays,
    calendar_of,
    country_calendar,
)

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Agreement",
    "CallResult",
    "Candidate",
    "Channel",
    "Interview",
    "Interviewer",
    "Outcome",
    "Policy",
    "Position",
    "Tone",
]

_MAX_TEXT = 1000
_MAX_INTERVIEWERS = 10_000
_MAX_TEXT_ITEMS = 1_000
_MAX_HOLIDAYS = 100_000
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_DIGIT = re.compile("[0-9]")


class Channel(enum.Enum):
    """How a message reaches its reader."""

    MAIL = "mail"
    """A printed letter, sent by post or handed over."""
    EMAIL = "email"
    """An email."""
    PHONE = "phone"
    """A live phone conversation."""
    VOICEMAIL = "voicemail"
    """A voicemail message."""


class CallResult(enum.Enum):
    """What happened when the candidate placed a follow-up call."""

    VOICEMAIL = "voicemail"
    """The candidate left a voicemail."""
    NO_ANSWER = "no_answer"
    """Nobody answered and no message could be left."""
    SPOKE = "spoke"
    """The candidate spoke with the decision-maker."""
    GATEKEEPER = "gatekeeper"
    """The candidate spoke with an assistant or receptionist."""


class Outcome(enum.Enum):
    """What the decision-maker said when the candidate heard back."""

    OFFER = "offer"
    REJECTED = "rejected"
    NEXT_ROUND = "next_round"
    ON_HOLD = "on_hold"
    OTHER = "other"


class Tone(enum.Enum):
    """The voice the scripts are written in."""

    DIRECT = "direct"
    """The strategy's own assertive style: clear dates, clear requests."""
    WARM = "warm"
    """Softer, positive wording for readers who find the direct style pushy."""


def tidy_text(value: object, field: str, *, required: bool = True) -> str:
    """Return ``value`` stripped, with inner runs of white space made one space.

    Args:
        value: The text to tidy.
        field: The argument's name, for the error message.
        required: Whether empty text is refused.

    Returns:
        The tidied text (possibly empty when not required), interned: equal
        texts share one string, so a thousand workflows with the same
        interviewers and company hold their names once.

    Raises:
        InvalidInput: ``value`` is not a string, is empty when required,
            is too long, or holds control characters.
    """
    text = plain_text(value)
    if text is None:
        raise InvalidInput(f"{field} must be text, not {type_name(value)}", field=field)
    value = text
    if len(value) > _MAX_TEXT:
        raise InvalidInput(
            f"{field} is {len(value)} characters long; keep it under {_MAX_TEXT}",
            field=field,
        )
    # Fast path, all in C: printable text holds no control character and no
    # white space but the ASCII space, so it is tidy when it has no leading,
    # trailing or doubled spaces.
    if value.isprintable() and "  " not in value and value == value.strip():
        if required and not value:
            raise InvalidInput(f"{field} must not be empty", field=field)
        return intern(value)
    text = " ".join(value.split())
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cs"):
            raise InvalidInput(
                f"{field} contains the control character U+{ord(char):04X}; remove it",
                field=field,
            )
    if required and not text:
        raise InvalidInput(f"{field} must not be empty", field=field)
    return intern(text)


def _optional_text(value: object, field: str) -> str | None:
    if value is None:
        return None
    return tidy_text(value, field, required=False) or None


def _email_address(value: object, field: str) -> str | None:
    text = tidy_text(value, field, required=False)
    if not text:
        return None
    if not _EMAIL.fullmatch(text):
        raise InvalidInput(
            f"{field} {shown(text)} is not an email address like name@example.com", field=field
        )
    return text


def _text_items(value: object, field: str) -> tuple[str, ...]:
    items = read_items(value, field, "strings", _MAX_TEXT_ITEMS)
    return tuple(tidy_text(item, field) for item in items)


# Named converters, one per field: attrs (and mypy's attrs plugin) want
# plain functions, and each names its field in the error it raises.


def _name(value: str) -> str:
    return tidy_text(value, "name")


def _title(value: str) -> str:
    return tidy_text(value, "title")


def _optional_title(value: str | None) -> str | None:
    return None if value is None else _optional_text(value, "title")


def _company(value: str) -> str:
    return tidy_text(value, "company")


def _email(value: str | None) -> str | None:
    return None if value is None else _email_address(value, "email")


def _optional_phone(value: str | None) -> str | None:
    return None if value is None else _optional_text(value, "phone")


def _timezone(value: str | _dt.tzinfo) -> str:
    return check_zone_name(value, "timezone")


def _phone(value: str) -> str:
    text = tidy_text(value, "phone")
    if _DIGIT.search(text) is None:
        raise InvalidInput(
            f"phone {shown(text)} has no digits; give a number to call", field="phone"
        )
    return text


_MAX_ADDRESS_LINES = 10


def _address(value: Iterable[str]) -> tuple[str, ...]:
    lines = _text_items(value, "address")
    if len(lines) > _MAX_ADDRESS_LINES:
        raise InvalidInput(
            f"address has {len(lines)} lines; a postal address fits in {_MAX_ADDRESS_LINES}",
            field="address",
        )
    return lines


def _salutation(value: str | None) -> str | None:
    return None if value is None else _optional_text(value, "salutation")


def _own_highlights(value: Iterable[str]) -> tuple[str, ...]:
    return _text_items(value, "highlights")


def _decision_maker(value: bool) -> bool:
    # Flags are checked by converters rather than validators: attrs always
    # runs converters, even while its validators are switched off.
    if not isinstance(value, bool):
        raise _not_a_flag("decision_maker", value)
    return value


def _calls_permitted(value: bool) -> bool:
    if not isinstance(value, bool):
        raise _not_a_flag("calls_permitted", value)
    return value


def _not_a_flag(field: str, value: object) -> InvalidInput:
    return InvalidInput(f"{field} must be True or False, not {shown(value)}", field=field)


@attrs.frozen(weakref_slot=False)
class Candidate:
    """The person who was interviewed and follows up.

    Args:
        name: The candidate's name, as it should appear in letters.
        phone: The number the decision-maker can call back.
        email: The candidate's email address, if they want it in letters.
        timezone: The IANA zone of the candidate's calendar (thank-you
            letters are due on the interview's date there), as a name or a
            zone object that carries one.
        address: The candidate's postal address, one line each (at most
            ten), for the sender's block of a printed letter.

    Raises:
        InvalidInput: A value is empty, malformed or names no time zone.
    """

    name: str = attrs.field(converter=_name)
    phone: str = attrs.field(converter=_phone)
    email: str | None = attrs.field(default=None, converter=_email)
    timezone: str = attrs.field(default="UTC", converter=_timezone)
    address: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_address)


@attrs.frozen(weakref_slot=False)
class Interviewer:
    """Someone who interviewed the candidate.

    Args:
        name: The interviewer's name, as it should appear in letters.
        title: Their job title, if known (used in the letter's address block).
        email: Their email address, if known.
        phone: Their phone number, if known.
        timezone: The IANA zone of their calendar; for the decision-maker,
            calls, the close-the-loop message and the reply-by date follow it.
        decision_maker: Whether this is the person who decides.
        salutation: How letters greet them ("Ms. Lee", "Morgan"); the full
            name when omitted.
        address: Their postal address, one line each (at most ten), for the
            recipient's block of a printed letter.
        highlights: What stood out in the conversation with them, recalled
            in their own letter before the interview's shared highlights.

    Raises:
        InvalidInput: A value is empty, malformed or names no time zone.
    """

    name: str = attrs.field(converter=_name)
    title: str | None = attrs.field(default=None, converter=_optional_title)
    email: str | None = attrs.field(default=None, converter=_email)
    phone: str | None = attrs.field(default=None, converter=_optional_phone)
    timezone: str = attrs.field(default="UTC", converter=_timezone)
    decision_maker: bool = attrs.field(default=False, converter=_decision_maker)
    salutation: str | None = attrs.field(default=None, kw_only=True, converter=_salutation)
    address: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_address)
    highlights: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_own_highlights)


@attrs.frozen(weakref_slot=False)
class Position:
    """The job the candidate interviewed for.

    Args:
        title: The position's title, for example ``"Data Engineer"``.
        company: The hiring company's name.

    Raises:
        InvalidInput: A value is empty or malformed.
    """

    title: str = attrs.field(converter=_title)
    company: str = attrs.field(converter=_company)


def _interviewers(value: Iterable[Interviewer]) -> tuple[Interviewer, ...]:
    if isinstance(value, Interviewer):
        raise InvalidInput(
            "interviewers must be a sequence of Interviewer values; put the one "
            "interviewer in a list",
            field="interviewers",
        )
    items = read_items(value, "interviewers", "Interviewer values", _MAX_INTERVIEWERS)
    if not items:
        raise InvalidInput("an interview needs at least one interviewer", field="interviewers")
    people: list[Interviewer] = []
    for person in items:
        if type(person) is not Interviewer:
            raise InvalidInput(
                f"interviewers must all be Interviewer values, not {type_name(person)}",
                field="interviewers",
            )
        people.append(person)
    seen: set[Interviewer] = set()
    for person in people:
        if person in seen:
            raise InvalidInput(
                f"interviewer {shown(person.name)} is listed twice; list each person once",
                field="interviewers",
            )
        seen.add(person)
    deciders = [person.name for person in people if person.decision_maker]
    if len(people) > 1 and len(deciders) != 1:
        raise InvalidInput(
            "with several interviewers, mark exactly one as decision_maker=True "
            f"(marked: {listed(deciders)})",
            field="interviewers",
        )
    return tuple(people)


def _highlights(value: Iterable[str]) -> tuple[str, ...]:
    return _text_items(value, "highlights")


def _qualifications(value: Iterable[str]) -> tuple[str, ...]:
    return _text_items(value, "qualifications")


def instance_of(kind: type, field: str) -> Any:
    """Return an attrs validator that refuses values not of ``kind`` with InvalidInput."""

    def check(_instance: object, _attribute: object, value: object) -> None:
        # The exact type: a subclass may redefine what the engine relies on
        # (equality, hashing), and an object's __class__ may lie to isinstance.
        if type(value) is not kind:
            raise not_a(kind, field, value)

    return check


def not_a(kind: type, field: str, value: object) -> InvalidInput:
    """Return the error for ``value``, given as ``field``, not being a ``kind``."""
    return InvalidInput(f"{field} must be a {kind.__name__}, not {type_name(value)}", field=field)


def _ended_at(value: _dt.datetime) -> pendulum.DateTime:
    return to_instant(value, "ended_at")


@attrs.frozen(weakref_slot=False)
class Interview:
    """An interview that has ended, and what the candidate took from it.

    Args:
        candidate: Who was interviewed.
        position: The job.
        interviewers: Everyone who interviewed the candidate, at least one,
            each once. With several, exactly one is marked as the
            decision-maker; a lone interviewer is the decision-maker whether
            marked or not.
        ended_at: When the interview ended, timezone-aware (stored as the
            same instant in UTC).
        highlights: Moments of the interview worth recalling in the letters.
        qualifications: The candidate's strengths worth restating.

    Raises:
        InvalidInput: A value is missing, malformed, naive, duplicated, or
            the decision-maker is ambiguous.
    """

    candidate: Candidate = attrs.field(validator=instance_of(Candidate, "candidate"))
    position: Position = attrs.field(validator=instance_of(Position, "position"))
    interviewers: tuple[Interviewer, ...] = attrs.field(converter=_interviewers)
    ended_at: pendulum.DateTime = attrs.field(converter=_ended_at)
    highlights: tuple[str, ...] = attrs.field(default=(), converter=_highlights)
    qualifications: tuple[str, ...] = attrs.field(default=(), converter=_qualifications)
    _positions: dict[Interviewer, int] = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        # Where each interviewer stands, for look-ups in constant time: a
        # document may list thousands, and each letter is matched to one.
        positions = {person: index for index, person in enumerate(self.interviewers)}
        object.__setattr__(self, "_positions", positions)

    def index_of(self, person: object) -> int | None:
        """Return where ``person`` stands in ``interviewers``, or None if they did not interview.

        Args:
            person: An :class:`Interviewer` (anything else is simply not found).

        Returns:
            The index of the equal interviewer, or None.
        """
        if type(person) is not Interviewer:
            return None
        return self._positions.get(person)

    @property
    def decision_maker(self) -> Interviewer:
        """The interviewer who decides: the one marked, or the only one."""
        for person in self.interviewers:
            if person.decision_maker:
                return person
        return self.interviewers[0]

    @property
    def held_on(self) -> pendulum.Date:
        """The interview's date in the decision-maker's zone."""
        return pendulum.Date.fromordinal(date_in_zone(self.ended_at, self.decision_maker.timezone))


def _decision_by(value: _dt.date) -> pendulum.Date:
    return to_date(value, "decision_by")


def _follow_up_on(value: _dt.date | None) -> pendulum.Date | None:
    return None if value is None else to_date(value, "follow_up_on")


@attrs.frozen(weakref_slot=False)
class Agreement:
    """What the candidate and the decision-maker agreed at the end of the interview.

    Step 1 of the strategy: the candidate asks when to expect a decision and
    whether they may call the day after if they have not heard by then.

    Args:
        decision_by: The date by which the decision-maker said they would
            call, on the decision-maker's calendar.
        follow_up_on: The agreed day of the first follow-up call, when one
            was named; it must come after ``decision_by``. Omitted, the
            workflow uses the first business day after ``decision_by``.
        calls_permitted: Whether the decision-maker agreed to be called.

    Raises:
        InvalidInput: A date is not a calendar date, or ``follow_up_on``
            is not after ``decision_by``.
    """

    decision_by: pendulum.Date = attrs.field(converter=_decision_by)
    follow_up_on: pendulum.Date | None = attrs.field(default=None, converter=_follow_up_on)
    calls_permitted: bool = attrs.field(default=True, converter=_calls_permitted)

    def __attrs_post_init__(self) -> None:
        if self.follow_up_on is not None and self.follow_up_on <= self.decision_by:
            raise InvalidInput(
                f"follow_up_on ({self.follow_up_on.isoformat()}) must come after "
                f"decision_by ({self.decision_by.isoformat()}); the call follows "
                "the promised decision",
                field="follow_up_on",
            )

    @classmethod
    def on_weekday(
        cls, interview: Interview, weekday: int, *, calls_permitted: bool = True
    ) -> Agreement:
        """Build the agreement for a decision promised on a weekday ("next Monday").

        Args:
            interview: The interview that just ended.
            weekday: 0 for Monday to 6 for Sunday, as ``date.weekday()``.
            calls_permitted: Whether the decision-maker agreed to be called.

        Returns:
            An agreement whose ``decision_by`` is the first such weekday
            strictly after the interview's date in the decision-maker's zone.

        Raises:
            InvalidInput: ``interview`` is not an Interview, or ``weekday``
                is not a whole number from 0 to 6.
        """
        day = _interview_day(interview)
        if type(weekday) is not int or not 0 <= weekday <= 6:
            raise InvalidInput(
                "weekday must be a whole number from 0 (Monday) to 6 (Sunday), "
                f"not {shown(weekday)}",
                field="weekday",
            )
        ahead = (weekday - day.weekday() - 1) % 7 + 1
        return cls(day.add(days=ahead), calls_permitted=calls_permitted)

    @classmethod
    def within(cls, interview: Interview, *, days: int, calls_permitted: bool = True) -> Agreement:
        """Build the agreement for a decision promised within some days ("within two weeks").

        Args:
            interview: The interview that just ended.
            days: How many days the decision-maker asked for, 0 to 365.
            calls_permitted: Whether the decision-maker agreed to be called.

        Returns:
            An agreement whose ``decision_by`` is the interview's date (in
            the decision-maker's zone) plus ``days``, not adjusted for
            weekends or holidays.

        Raises:
            InvalidInput: ``interview`` is not an Interview, or ``days`` is
                not a whole number from 0 to 365.
        """
        day = _interview_day(interview)
        if type(days) is not int or not 0 <= days <= 365:
            raise InvalidInput(
                f"days must be a whole number from 0 to 365, not {shown(days)}", field="days"
            )
        return cls(day.add(days=days), calls_permitted=calls_permitted)

    @classmethod
    def unspecified(
        cls, interview: Interview, policy: Policy | None = None, *, calls_permitted: bool = True
    ) -> Agreement:
        """Build the agreement when the decision-maker named no date.

        Args:
            interview: The interview that just ended.
            policy: The policy whose ``default_wait_days`` applies
                (the default policy when omitted).
            calls_permitted: Whether the decision-maker agreed to be called.

        Returns:
            An agreement whose ``decision_by`` is the interview's date (in
            the decision-maker's zone) plus the policy's default wait.

        Raises:
            InvalidInput: ``interview`` is not an Interview or ``policy``
                not a Policy.
        """
        day = _interview_day(interview)
        if policy is None:
            policy = Policy()
        elif type(policy) is not Policy:
            raise InvalidInput(f"policy must be a Policy, not {type_name(policy)}", field="policy")
        return cls(day.add(days=policy.default_wait_days), calls_permitted=calls_permitted)


def _interview_day(interview: object) -> pendulum.Date:
    if type(interview) is not Interview:
        raise InvalidInput(
            f"interview must be an Interview, not {type_name(interview)}", field="interview"
        )
    return interview.held_on


def _whole(field: str, low: int, high: int | None, why: str) -> Any:
    def check(_instance: object, _attribute: object, value: object) -> None:
        if type(value) is not int or value < low or (high is not None and value > high):
            span = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise InvalidInput(
                f"{field} must be a whole number {span} ({why}), not {shown(value)}",
                field=field,
            )

    return check


_NO_DAYS: frozenset[Any] = frozenset()


def _holidays(value: Iterable[_dt.date]) -> frozenset[pendulum.Date]:
    if isinstance(value, _dt.date):
        raise InvalidInput(
            "holidays must be a collection of dates; put the one date in a list",
            field="holidays",
        )
    days = read_items(value, "holidays", "dates", _MAX_HOLIDAYS)
    # One shared empty set: most policies have no holidays.
    return frozenset(to_date(day, "holidays") for day in days) or _NO_DAYS


def _wall_time(field: str) -> Any:
    def check(_instance: object, _attribute: object, value: object) -> None:
        if not isinstance(value, _dt.time) or type(value) not in (_dt.time, pendulum.Time):
            raise InvalidInput(
                f"{field} must be a datetime.time, not {type_name(value)}", field=field
            )
        if value.tzinfo is not None:
            raise InvalidInput(
                f"{field} must be a wall-clock time without a zone: work hours are "
                "read in the decision-maker's zone",
                field=field,
            )

    return check


def _minutes(wall: _dt.time) -> float:
    return wall.hour * 60 + wall.minute + wall.second / 60 + wall.microsecond / 60e6


SUPPORTED_LANGUAGES = ("en", "en-GB", "de", "fr", "es", "pt-BR")
"""The languages the scripts are written in: American and British English,
German, French, Spanish and Brazilian Portuguese."""


def language_code(value: object) -> str:
    """Return the supported language a code names, read loosely, or refuse it.

    Args:
        value: A code such as ``"en"``, ``"en_GB"`` or ``"pt-br"``.

    Returns:
        Its spelling in :data:`SUPPORTED_LANGUAGES` (``"en-GB"``, ``"pt-BR"``).

    Raises:
        InvalidInput: It names none of them (the message lists them).
    """
    text = plain_text(value)
    if text is not None:
        for language in SUPPORTED_LANGUAGES:
            if text.replace("_", "-").lower() == language.lower():
                return language
    raise InvalidInput(
        f"language must be one of {', '.join(SUPPORTED_LANGUAGES)}, not {shown(value)}",
        field="language",
    )


def _weekend(value: Iterable[int]) -> frozenset[int]:
    days = read_items(value, "weekend", "weekday numbers", 7)
    if not all(type(day) is int and 0 <= day <= 6 for day in days) or not 1 <= len(set(days)) <= 3:
        raise InvalidInput(
            "weekend must be one to three weekday numbers from 0 (Monday) to 6 (Sunday), "
            f"as date.weekday() gives them, not {shown(value)}",
            field="weekend",
        )
    return frozenset(days)  # type: ignore[arg-type]  # each was checked just above


def _calendar(value: HolidayCalendar | None) -> HolidayCalendar | None:
    if value is not None and not isinstance(value, HolidayCalendar):
        raise not_a(HolidayCalendar, "calendar", value)
    return value


@attrs.frozen(init=False, weakref_slot=False)
class Policy:
    """Every knob of the strategy's rules, with the strategy's values as defaults.

    Args:
        max_calls: How many follow-up calls at most, from 1 to 4 (the
            strategy's ceiling).
        holidays: Days that are not business days, besides the weekend: any
            collection of dates, or a calendar of the ``holidays`` package
            such as ``holidays.US(subdiv="MI")`` or a sum of them, honoured
            exactly as given (see ``calendar``).
        call_interval_days: Days between calls, from 7 (a week) to 365.
        reply_window_days: Days the decision-maker has to answer the
            close-the-loop message, from 1 to 365.
        default_wait_days: Days to wait for a decision when none was named,
            from 1 to 365.
        workday_start: When work hours begin, in the decision-maker's zone.
        workday_end: When work hours end, in the decision-maker's zone.
        call_window_minutes: The length of the two call windows, just
            before ``workday_start`` and just after ``workday_end``.
        tone: The voice of the scripts.
        max_postponements: How many times the decision may be postponed
            and still restart the calls, from 0 to 3. A postponement beyond
            it is recorded, but the only next step is the close-the-loop
            message, due on the new follow-up day.
        country: A country whose public holidays (from the ``holidays``
            package, the ``holidays`` extra) are not business days either,
            as an ISO 3166-1 code such as ``"US"`` (``"us"`` and ``"USA"``
            are read as ``"US"``).
        subdiv: The country's subdivision, such as ``"MI"`` for Michigan.
        calendar: The country calendar as a :class:`HolidayCalendar`
            (what a calendar object or ``country`` becomes; give one of them).
        weekend: The days of the week that are no business days, as
            ``date.weekday()`` numbers (one to three of them). When omitted:
            the country calendar's own weekend (Friday and Saturday for
            Israel), or Saturday and Sunday.
        language: The scripts' language, one of :data:`SUPPORTED_LANGUAGES`
            (read loosely: ``"en_GB"`` and ``"pt-br"`` are ``"en-GB"`` and
            ``"pt-BR"``); every script is written in it unless a call asks
            for another (``render(..., language="fr")``). Languages other
            than English need Babel (``pip install "followup_rules[i18n]"``)
            when a script is written. Reasons and errors stay in English.

    Raises:
        InvalidInput: A knob is out of range, the call windows do not fit in
            the day, or the country calendar is unknown.
        ImportError: A country calendar is asked for without the
            ``holidays`` package installed.
    """

    max_calls: int = attrs.field(
        default=4, validator=_whole("max_calls", 1, 4, "the strategy allows four calls at most")
    )
    holidays: frozenset[pendulum.Date] = attrs.field(default=frozenset(), converter=_holidays)
    call_interval_days: int = attrs.field(
        default=7,
        validator=_whole("call_interval_days", 7, 365, "calls are a week to a year apart"),
    )
    reply_window_days: int = attrs.field(
        default=7, validator=_whole("reply_window_days", 1, 365, "a reply takes a day to a year")
    )
    default_wait_days: int = attrs.field(
        default=7,
        validator=_whole("default_wait_days", 1, 365, "a decision takes a day to a year"),
    )
    workday_start: _dt.time = attrs.field(
        default=_dt.time(9), validator=_wall_time("workday_start")
    )
    workday_end: _dt.time = attrs.field(default=_dt.time(17), validator=_wall_time("workday_end"))
    call_window_minutes: int = attrs.field(
        default=60,
        validator=_whole("call_window_minutes", 1, 720, "a window is a slice of the day"),
    )
    tone: Tone = attrs.field(default=Tone.DIRECT, kw_only=True, validator=instance_of(Tone, "tone"))
    max_postponements: int = attrs.field(
        default=2,
        kw_only=True,
        validator=_whole(
            "max_postponements", 0, 3, "past a few postponements, close the loop instead"
        ),
    )
    calendar: HolidayCalendar | None = attrs.field(default=None, kw_only=True, converter=_calendar)
    weekend: frozenset[int] = attrs.field(default=WEEKEND, kw_only=True, converter=_weekend)
    language: str = attrs.field(default="en", kw_only=True, converter=language_code)
    _holiday_days: HolidayDays = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __init__(
        self,
        max_calls: int = 4,
        holidays: Iterable[_dt.date] = _NO_DAYS,
        call_interval_days: int = 7,
        reply_window_days: int = 7,
        default_wait_days: int = 7,
        workday_start: _dt.time = _dt.time(9),
        workday_end: _dt.time = _dt.time(17),
        call_window_minutes: int = 60,
        *,
        tone: Tone = Tone.DIRECT,
        max_postponements: int = 2,
        country: str | None = None,
        subdiv: str | None = None,
        calendar: HolidayCalendar | None = None,
        weekend: Iterable[int] | None = None,
        language: str = "en",
    ) -> None:
        # Written by hand only to let ``holidays`` take a calendar object and
        # ``country`` a code: either becomes the calendar field, whose own
        # weekend applies unless one is given. attrs' own __attrs_init__
        # then converts and validates every field.
        given = calendar_of(holidays)
        if given is not None:
            holidays = _NO_DAYS
        if country is not None or subdiv is not None:
            if country is None:
                raise InvalidInput("subdiv needs a country as well", field="subdiv")
            coded = country_calendar(country, subdiv)
            if given is not None and given.countries[0].country != coded.countries[0].country:
                raise InvalidInput(
                    f"holidays is a calendar of {given.countries[0].country} but country="
                    f"{shown(country)} was given too; give one of them",
                    field="country",
                )
            given = given or coded
        if calendar is not None and given is not None and calendar != given:
            raise InvalidInput(
                "calendar and a holidays calendar (or country) were both given and differ; "
                "give one of them",
                field="calendar",
            )
        calendar = calendar or given
        if weekend is None:
            weekend = WEEKEND if calendar is None else calendar.weekend
        self.__attrs_init__(
            max_calls,
            holidays,
            call_interval_days,
            reply_window_days,
            default_wait_days,
            workday_start,
            workday_end,
            call_window_minutes,
            tone=tone,
            max_postponements=max_postponements,
            calendar=calendar,
            weekend=weekend,
            language=language,
        )

    @classmethod
    def for_country(
        cls,
        country: str,
        subdiv: str | None = None,
        *,
        observed: bool = True,
        categories: Iterable[str] | None = None,
        **other_knobs: Any,
    ) -> Policy:
        """Build a policy whose business days follow a country's calendar: its holidays and weekend.

        Args:
            country: An ISO 3166-1 code such as ``"US"`` (``"us"``,
                ``"USA"`` are read as ``"US"``).
            subdiv: A subdivision code such as ``"MI"``, or None.
            observed: Whether days on which a holiday is observed count too.
            categories: The ``holidays`` package's categories, such as
                ``("public", "unofficial")``; public holidays when omitted.
            **other_knobs: Any other Policy argument (``max_calls``,
                ``weekend``, ``language`` for the scripts, ...).

        Returns:
            The policy.

        Raises:
            InvalidInput: The country, subdivision or a category is unknown
                (the message lists close matches), or a knob is out of range.
            ImportError: The ``holidays`` package is not installed.
        """
        calendar = country_calendar(country, subdiv, observed=observed, categories=categories)
        return cls(calendar=calendar, **other_knobs)

    @property
    def country(self) -> str | None:
        """The country of the calendar (the first one of a sum), or None without one."""
        return None if self.calendar is None else self.calendar.countries[0].country

    @property
    def subdiv(self) -> str | None:
        """The subdivision of the calendar's (first) country, or None."""
        return None if self.calendar is None else self.calendar.countries[0].subdiv

    def holiday_name(self, day: _dt.date) -> str | None:
        """Return the name of the holiday on ``day``, if the policy knows it.

        Args:
            day: A calendar date.

        Returns:
            The name from the country calendar ("Labor Day"), "a holiday"
            for a date given in ``holidays``, or None on other days.

        Raises:
            InvalidInput: ``day`` is not a calendar date, or falls outside
                the supported years.
        """
        return self.holiday_name_on(to_date(day, "day").toordinal())

    def holiday_name_on(self, ordinal: int) -> str | None:
        """Return the name of the holiday on a day ordinal, as :meth:`holiday_name` does.

        For the plan's own days, which may reach a few years past the
        supported ones.

        Args:
            ordinal: A day, as ``date.toordinal()``.

        Returns:
            The holiday's name, "a holiday", or None.
        """
        return self._holiday_days.name(ordinal)

    def __attrs_post_init__(self) -> None:
        start, end = _minutes(self.workday_start), _minutes(self.workday_end)
        if start >= end:
            raise InvalidInput(
                f"workday_start ({self.workday_start}) must come before workday_end "
                f"({self.workday_end})",
                field="workday_start",
            )
        if start < self.call_window_minutes or end + self.call_window_minutes > 24 * 60:
            raise InvalidInput(
                f"the {self.call_window_minutes}-minute call windows before "
                f"{self.workday_start} and after {self.workday_end} must fit within the "
                "day; shorten call_window_minutes or move the work hours",
                field="call_window_minutes",
            )
        given: frozenset[int] = frozenset(day.toordinal() for day in self.holidays) or _NO_DAYS
        object.__setattr__(self, "_holiday_days", HolidayDays(given, self.calendar))

    @property
    def holiday_ordinals(self) -> HolidayDays:
        """The holidays as day ordinals (``date.toordinal()``), with their names."""
        return self._holiday_days
