"""The scripts in every language: the same facts as in English, in the language's own words and dates.

The English scripts are checked against an independent oracle
(``test_scripts_properties.py``). Every other language is checked against
English, script by script, on random workflows:

* each date a script tells is the one its English twin tells, written
  exactly as ``babel.dates.format_date`` writes it with the language's
  documented pattern, and no other date;
* the names, the position, the company and the phone number the English
  script gives are there too;
* no word of the English templates is left in a script of another language
  (but for words that language uses itself), and no placeholder, "None" or
  stray space;
* voicemails stay under 30 seconds at the language's speaking pace.

And the languages' writers: their dates are Babel's, for every day.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from typing import Any

import attrs
import pendulum
import pytest
from babel.dates import format_date
from hypothesis import example, given
from hypothesis import strategies as st

from followup_rules import (
    Action,
    ActionKind,
    Channel,
    InvalidInput,
    Policy,
    Script,
    TemplateError,
    Tone,
    Workflow,
    builtin_template,
    permission_script,
    render,
    to_email_message,
)
from followup_rules._language import LANGUAGES, Language
from followup_rules._scripts import plan_scripts

from .test_ical import beirut, parse, vevents
from .test_scripts_properties import (
    Item,
    assert_every_voicemail_is_short,
    every_script,
    voicemail_workflows,
    workflows,
)

OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]
NON_ENGLISH = [code for code in LANGUAGES if not code.startswith("en")]


def scripts_in(workflow: Workflow, tone: Tone, language: str) -> list[tuple[Item, Script]]:
    """Every script of a workflow in a tone and a language, the permission script last."""
    found = every_script(workflow, tone, language)
    found.append((None, permission_script(workflow, tone=tone, language=language)))  # type: ignore[arg-type]
    return found


def first_of_month(written: str, day: dt.date, spec: Language) -> str:
    """A date Babel wrote, with the first of the month as the language writes it ("1er")."""
    if day.day != 1 or not spec.first_of_month:
        return written
    return re.sub(r"(?<!\d)1(?!\d)", spec.first_of_month, written, count=1)


@functools.cache
def babel_date(ordinal: int, language: str) -> str:
    """A day as Babel writes it with the language's documented pattern."""
    spec = LANGUAGES[language]
    day = dt.date.fromordinal(ordinal)
    return first_of_month(format_date(day, format=spec.date_pattern, locale=spec.locale), day, spec)


def told_dates(body: str, language: str, days: range) -> set[int]:
    """The days of ``days`` a text names, each written as Babel writes it (not inside a longer date)."""
    return {
        day
        for day in days
        if re.search(rf"(?<!\w){re.escape(babel_date(day, language))}(?![\w])", body)
    }


def span(workflow: Workflow) -> range:
    """The days a workflow's scripts may name: from the interview to well past its plan."""
    first = workflow.interview.held_on.toordinal() - 2
    return range(first, first + 360)


def typed_values(workflow: Workflow) -> list[str]:
    """Every text the user typed into a workflow, longest first."""
    interview = workflow.interview
    candidate = interview.candidate
    values = [
        candidate.name,
        candidate.phone,
        candidate.email or "",
        *candidate.address,
        interview.position.title,
        interview.position.company,
        *interview.highlights,
        *interview.qualifications,
    ]
    for person in interview.interviewers:
        values += [
            person.name,
            person.title or "",
            person.salutation or "",
            person.email or "",
            person.phone or "",
            *person.address,
            *person.highlights,
        ]
    return sorted({value for value in values if value}, key=len, reverse=True)


def as_word(value: str) -> re.Pattern[str]:
    """A typed value as it stands in a text: not inside a longer word ("F" is not in "Friday")."""
    return re.compile(rf"(?<![\w'\u2019]){re.escape(value)}(?![\w'\u2019])")


def occurs(value: str, text: str) -> bool:
    """Whether a typed value stands in a text as a whole, lines joined."""
    return as_word(value).search(text.replace("\n", " ")) is not None


def without_typed(body: str, workflow: Workflow, language: Language) -> str:
    """The body with every typed value taken out, as typed and as tidied mid-sentence."""
    for value in typed_values(workflow):
        for form in (value, language.writer.clause(value)):
            body = as_word(form).sub(" ", body)
    return body


_WORD = re.compile(r"[^\W\d_]+")


def vocabulary(language: Language) -> set[str]:
    """Every word (lower case) of a language's built-in texts and of its writer's words."""
    texts = [
        text
        for table in (language.templates, language.fragments)
        for tone in Tone
        for text in table[tone].values()
    ]
    writer = language.writer
    day = dt.date(2017, 8, 20).toordinal()
    texts += [writer.date(day + offset) for offset in range(7)]
    texts += [writer.date(dt.date(2017, month, 1).toordinal()) for month in range(1, 13)]
    texts += [writer.day_phrase(day, day), writer.day_phrase(day - 1, day)]
    texts += [writer.times(count) for count in range(1, 17)]
    texts += [writer.ordinal(count) for count in range(1, 9)]
    texts += [writer.channel(channel) for channel in Channel]
    texts += [writer.join(["x", "y"])]
    # Placeholder names are not words of the text.
    return {
        word.lower() for text in texts for word in _WORD.findall(re.sub(r"\$\{\w+\}", " ", text))
    }


@functools.cache
def english_only(code: str) -> frozenset[str]:
    """The words of the English texts that the language's own texts never use."""
    return frozenset(vocabulary(LANGUAGES["en"]) - vocabulary(LANGUAGES[code]) - {"subject"})


def assert_clean(script: Script) -> None:
    """No placeholder left, no "None", no doubled or stray white space, no space before punctuation."""
    for text in (script.body, script.subject or ""):
        assert "$" not in text, text
        assert "None" not in text, text
        assert "  " not in text, text
        assert not re.search(r" [,.;:!?)]", text), text
        assert not re.search(r"^ | $", text, re.MULTILINE), text
        # A printed letter leaves room to sign under its closing, and only there.
        room = re.sub(r"(?<=[^\n])\n\n\n\n(?=[^\n])", "\n\n", text, count=1)
        assert "\n\n\n" not in room, text
        assert "()" not in text, text
    assert script.body
    assert script.subject is None or script.subject.strip() == script.subject != ""


# --- Every language tells what English tells ----------------------------------------------


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
@given(workflow=workflows(), tone=st.sampled_from(Tone))
def test_every_language_tells_the_dates_and_names_english_tells(
    workflow: Workflow, tone: Tone, language: str
) -> None:
    """Each script names the days its English twin names, as Babel writes them, and the same people, position, company and phone."""
    days = span(workflow)
    english_words = vocabulary(LANGUAGES["en"])
    english = scripts_in(workflow, tone, "en")
    other = scripts_in(workflow, tone, language)
    assert [item for item, _ in english] == [item for item, _ in other]
    for (item, theirs), (_, ours) in zip(english, other, strict=True):
        assert ours.language == language
        assert (ours.channel, ours.to, ours.subject is None) == (
            theirs.channel,
            theirs.to,
            theirs.subject is None,
        )
        assert told_dates(ours.body, language, days) == told_dates(theirs.body, "en", days), (
            item,
            ours.body,
        )
        typed = typed_values(workflow)
        for value in typed:
            # A one-word value that is also a word of the English texts ("I")
            # may stand in the English script as that word; a value that holds
            # another, or is held in one ("A" and "A."), may be found as the
            # other.
            if value.lower() in english_words and " " not in value:
                continue
            if any(other != value and (other in value or value in other) for other in typed):
                continue
            if occurs(value, theirs.body):
                clause = LANGUAGES[language].writer.clause(value)
                assert occurs(value, ours.body) or occurs(clause, ours.body), (value, ours.body)
        assert_clean(ours)


@pytest.mark.parametrize("language", NON_ENGLISH)
@given(workflow=workflows(), tone=st.sampled_from(Tone))
def test_no_english_template_word_outside_english(
    workflow: Workflow, tone: Tone, language: str
) -> None:
    """Once the typed values are taken out, a script in another language holds no word of the English texts."""
    spec = LANGUAGES[language]
    english = english_only(language)
    for item, script in scripts_in(workflow, tone, language):
        for text in (script.body, script.subject or ""):
            left = {word.lower() for word in _WORD.findall(without_typed(text, workflow, spec))}
            assert not left & english, (item, sorted(left & english), text)


def test_the_english_word_check_can_fail() -> None:
    """A German script that kept an English fragment would be caught: the check is not vacuous."""
    if "de" not in LANGUAGES:
        pytest.skip("German is not registered")
    english = english_only("de")
    assert {"thank", "sincerely", "tuesday", "twice"} <= english


# --- Dates are Babel's --------------------------------------------------------------------


@pytest.mark.parametrize("language", list(LANGUAGES))
@given(day=st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31)))
@example(day=dt.date(2017, 9, 1))
@example(day=dt.date(2999, 12, 1))
def test_every_writer_writes_dates_as_babel_does(language: str, day: dt.date) -> None:
    """A day in a sentence is babel's format_date with the language's pattern, a letter's date line its long format (the first of the month as the language writes it)."""
    spec = LANGUAGES[language]
    ordinal = day.toordinal()
    written = format_date(day, format=spec.date_pattern, locale=spec.locale)
    assert spec.writer.date(ordinal) == first_of_month(written, day, spec)
    line = format_date(day, format="long", locale=spec.locale)
    assert spec.writer.date_line(ordinal) == first_of_month(line, day, spec)


@pytest.mark.parametrize(
    ("language", "written", "line"),
    [
        ("fr", "vendredi 1er septembre", "1er septembre 2017"),
        ("pt-BR", "sexta-feira, 1º de setembro", "1º de setembro de 2017"),
        ("de", "Freitag, 1. September", "1. September 2017"),
        ("es", "viernes, 1 de septiembre", "1 de septiembre de 2017"),
    ],
)
def test_the_first_of_the_month_as_each_language_writes_it(
    language: str, written: str, line: str
) -> None:
    """French writes "1er", Brazilian Portuguese "1º"; the others keep CLDR's number."""
    day = dt.date(2017, 9, 1).toordinal()
    writer = LANGUAGES[language].writer
    assert (writer.date(day), writer.date_line(day)) == (written, line)


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", "Tuesday, August 22"),
        ("en-GB", "Tuesday 22 August"),
        ("de", "Dienstag, 22. August"),
        ("fr", "mardi 22 août"),
        ("es", "martes, 22 de agosto"),
        ("pt-BR", "terça-feira, 22 de agosto"),
    ],
)
def test_the_strategys_follow_up_day_in_every_language(
    workflow: Workflow, language: str, written: str
) -> None:
    """The strategy's example: the decision-maker's letter names Tuesday, August 22 in the language's own style."""
    if language not in LANGUAGES:
        pytest.skip(f"{language} is not registered")
    letter = next(
        action
        for action in workflow.plan()
        if action.kind is ActionKind.SEND_THANK_YOU
        and action.contact == workflow.interview.decision_maker
    )
    body = render(workflow, letter, language=language).body
    assert written in body
    assert f"{written}," in body or f"{written}." in body or f"{written} " in body


# --- Voicemails are short in every language --------------------------------------------------


@pytest.mark.parametrize("language", list(LANGUAGES))
@given(data=st.data(), tone=st.sampled_from(Tone))
def test_every_voicemail_is_under_thirty_seconds_in_every_language(
    data: st.DataObject, tone: Tone, language: str
) -> None:
    """Every built-in voicemail, call-backs, late calls and closing the loop included, takes under 30 seconds at the language's pace, for names of three words and titles of four."""
    workflow = data.draw(voicemail_workflows(name_words=3, title_words=4))
    assert_every_voicemail_is_short(data, workflow, tone, language)


def test_the_pace_is_the_languages_own() -> None:
    """The same words take longer at a slower pace: speaking_seconds reads the script's language."""
    body = " ".join(["Wort"] * 65)
    slowest = min(LANGUAGES.values(), key=lambda spec: spec.words_per_minute)
    fastest = max(LANGUAGES.values(), key=lambda spec: spec.words_per_minute)
    slow = Script(Channel.VOICEMAIL, None, body, language=slowest.code).speaking_seconds
    fast = Script(Channel.VOICEMAIL, None, body, language=fastest.code).speaking_seconds
    assert slow == 65 * 60 / slowest.words_per_minute
    assert fast == 65 * 60 / fastest.words_per_minute


# --- Choosing the language ----------------------------------------------------------------


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_policys_language_is_the_default_and_language_overrides_it(
    workflow: Workflow, language: str
) -> None:
    """Policy(language=...) writes every script in it; language= on a call overrides it, for every entry point."""
    speaking = Workflow.start(workflow.interview, workflow.agreement, Policy(language=language))
    plan = speaking.plan()
    for action in plan:
        assert render(speaking, action).language == language
        assert render(speaking, action, language="en").body == render(workflow, action).body
    assert permission_script(speaking).language == language
    assert [script.language for script in plan_scripts(speaking, plan)] == [language] * len(plan)
    assert plan_scripts(workflow, workflow.plan(), language=language) == plan_scripts(
        speaking, plan
    )


def test_language_codes_are_read_loosely_and_unknown_ones_are_refused(
    workflow: Workflow,
) -> None:
    """A code such as "en_gb" is "en-GB"; an unknown language is InvalidInput listing the supported ones."""
    action = workflow.plan()[0]
    assert render(workflow, action, language="en_gb").language == "en-GB"
    for wrong in ("xx", "english", 7, None.__class__, "de-AT"):
        with pytest.raises(InvalidInput, match="en, en-GB, de, fr, es, pt-BR") as caught:
            render(workflow, action, language=wrong)  # type: ignore[arg-type]
        assert caught.value.field == "language"


def test_custom_templates_per_language(workflow: Workflow) -> None:
    """A language code maps to that language's own templates, which come before the ones for every language."""
    action = next(a for a in workflow.plan() if a.kind is ActionKind.CALL)
    templates = {
        "voicemail": "Every language: ${candidate_name}.",
        "en-GB": {"voicemail": "British: ${candidate_name}, ${follow_up_on}."},
    }
    british = render(workflow, action, language="en-GB", templates=templates).body
    american = render(workflow, action, language="en", templates=templates).body
    assert british == "British: Jordan Avery, Tuesday 22 August."
    assert american == "Every language: Jordan Avery."


def test_every_custom_template_is_checked_whatever_the_language(workflow: Workflow) -> None:
    """A broken template for another language, or a language that is not one, is refused all the same."""
    action = workflow.plan()[0]
    with pytest.raises(TemplateError, match="unknown placeholder"):
        render(workflow, action, templates={"en-GB": {"voicemail": "${nope}"}})
    with pytest.raises(InvalidInput, match="en, en-GB") as caught:
        render(workflow, action, templates={"klingon": {"voicemail": "Hi"}})
    assert caught.value.field == "language"
    with pytest.raises(InvalidInput, match="templates\\['en-GB'\\]"):
        render(workflow, action, templates={"en-GB": _Broken()})


class _Broken(dict[str, str]):
    def items(self) -> Any:
        raise RuntimeError("boom")


def test_builtin_templates_have_the_same_placeholders_in_every_language() -> None:
    """Each language's built-in template for a key uses only that key's placeholders, and every key and tone is there."""
    from followup_rules import TEMPLATE_KEYS, check_template

    for code in LANGUAGES:
        for tone in Tone:
            for key in TEMPLATE_KEYS:
                check_template(key, builtin_template(key, tone, code))


@pytest.mark.parametrize("language", NON_ENGLISH)
def test_without_babel_other_languages_say_how_to_install_it(
    workflow: Workflow, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Babel missing: English still writes; another language is an ImportError naming the i18n extra."""
    monkeypatch.setitem(sys.modules, "babel", None)
    monkeypatch.setitem(sys.modules, "babel.dates", None)
    action = workflow.plan()[0]
    assert render(workflow, action).language == "en"
    with pytest.raises(ImportError, match=r"followup_rules\[i18n\]"):
        render(workflow, action, language=language)
    # The templates themselves are data and need no Babel.
    assert builtin_template("voicemail", Tone.DIRECT, language)


# --- British English -----------------------------------------------------------------------


def test_british_english_is_american_with_british_conventions(workflow: Workflow) -> None:
    """en-GB: "Tuesday 22 August", a letter dated "22 August 2017", "Dear ...," and "Yours sincerely,"; each change is used."""
    from followup_rules import _british, _english

    for american, british in _british.CHANGES:
        assert any(
            american in text
            for table in (_english.TEMPLATES, _english.FRAGMENTS)
            for tone in Tone
            for text in table[tone].values()
        ), american
        assert american != british
    letter = next(a for a in workflow.plan() if a.kind is ActionKind.SEND_THANK_YOU)
    body = render(workflow, letter, language="en-GB", channel=Channel.MAIL).body
    assert "Wednesday 16 August" in body
    assert "\n16 August 2017\n" in f"\n{body}"
    assert "Yours sincerely," in body
    assert re.search(r"^Dear Morgan Lee,$", body, re.MULTILINE)
    call = next(a for a in workflow.plan() if a.kind is ActionKind.CALL)
    assert "call me on (313) 555-0142" in render(workflow, call, language="en-GB").body


def test_the_american_texts_have_no_spelling_british_english_writes_otherwise() -> None:
    """British English reuses the American texts: they hold no -ize, -or or -er spelling that differs."""
    from followup_rules import _english

    american = re.compile(
        r"\b\w+(?:iz|yz)(?:e|es|ed|ing|ation)\b|\b\w*(?:avor|onor|olor|ehavior|abor)\w*|"
        r"\b(?:center|program|catalog|gotten|toward|traveled|canceled)\b",
        re.IGNORECASE,
    )
    for table in (_english.TEMPLATES, _english.FRAGMENTS):
        for tone in Tone:
            for name, text in table[tone].items():
                assert not american.search(text), (name, american.search(text))


# --- Email and calendar ----------------------------------------------------------------------


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_email_and_the_calendar_take_a_language(workflow: Workflow, language: str) -> None:
    """to_email_message and to_ical write their scripts in the language asked for."""
    from followup_rules import to_ical

    decider = attrs.evolve(workflow.interview.decision_maker, email="morgan.lee@example.com")
    interview = attrs.evolve(
        workflow.interview, interviewers=[decider, *workflow.interview.interviewers[1:]]
    )
    flow = Workflow.start(interview, workflow.agreement)
    letter = next(
        a for a in flow.plan() if a.kind is ActionKind.SEND_THANK_YOU and a.contact == decider
    )
    message = to_email_message(flow, letter, language=language)
    script = render(flow, letter, channel=Channel.EMAIL, language=language)
    assert message["Subject"] == script.subject
    assert message.get_content().strip() == script.body
    calendar = to_ical(flow, language=language)
    voicemail = render(
        flow, next(a for a in flow.plan() if a.kind is ActionKind.CALL), language=language
    )
    descriptions = "\n".join(str(event["description"]) for event in vevents(parse(calendar)))
    assert voicemail.body.splitlines()[0] in descriptions


def test_a_policy_in_another_language_renders_without_being_told(workflow: Workflow) -> None:
    """The scripts' language is the policy's: Workflow(..., Policy(language="en-GB")) writes British dates."""
    flow = Workflow.start(workflow.interview, workflow.agreement, Policy(language="en-GB"))
    action = next(a for a in flow.plan() if a.kind is ActionKind.CALL)
    assert "Monday 21 August" in render(flow, action).body
    assert isinstance(action, Action)


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_calendar_word_is_used_in_every_language(
    workflow: Workflow, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """to_ical fills each of the language's calendar words somewhere: titles, windows, headings, instructions."""
    from followup_rules import CloseLoopSent, _ical, _scripts, to_ical

    assert set(LANGUAGES[language].calendar) == set(LANGUAGES["en"].calendar)
    used: set[str] = set()
    from followup_rules._templates import fill_fragment as real

    def spy(name: str, text: str, values: dict[str, str]) -> str:
        used.add(name)
        return real(name, text, values)

    monkeypatch.setattr(_scripts, "fill_fragment", spy)
    phoned = attrs.evolve(workflow.interview.decision_maker, phone="(313) 555-0199")
    with_phone = Workflow.start(
        attrs.evolve(
            workflow.interview, interviewers=[phoned, *workflow.interview.interviewers[1:]]
        ),
        workflow.agreement,
    )
    to_ical(workflow, language=language)
    to_ical(with_phone, language=language)
    done = workflow
    while done.plan()[0].kind is not ActionKind.MOVE_ON:
        action = done.plan()[0]
        due = action.due_on
        done = done.apply(
            action.done(pendulum.datetime(due.year, due.month, due.day, 21, tz=action.timezone))
        )
        if isinstance(done.history[-1], CloseLoopSent):
            break
    to_ical(done, language=language)
    # Where clocks jump at midnight, a call may have the after-hours window alone.
    for phone in (None, "+961 1 555 0100"):
        flow = beirut(phone)
        call = next(a for a in flow.plan() if a.kind is ActionKind.CALL)
        assert len(call.windows) == 1
        to_ical(flow, language=language)
        # Were there no window at all, the day alone would be told.
        _ical._when_to_call(
            flow, attrs.evolve(call, windows=()), _ical.calendar_words(language, flow)
        )
    # The scripts' fragments are filled on the way too; every calendar word must be.
    assert set(LANGUAGES[language].calendar) <= used


def test_the_languages_guide_tells_each_languages_dates_and_pace() -> None:
    """docs/how-to/languages.md lists every language's pattern, its dates and its pace as the library has them."""
    from pathlib import Path

    guide = (Path(__file__).parent.parent / "docs" / "how-to" / "languages.md").read_text(
        encoding="utf-8"
    )
    day = dt.date(2017, 8, 22).toordinal()
    rows = re.findall(
        r"^\| [^|]+ \| `([\w-]+)` \| ([^|]+) \| `([^`]+)` \| ([^|]+) \|$", guide, re.M
    )
    assert {code for code, *_ in rows} == set(LANGUAGES)
    for code, written, pattern, line in rows:
        spec = LANGUAGES[code]
        assert (spec.date_pattern, spec.writer.date(day), spec.writer.date_line(day)) == (
            pattern,
            written,
            line,
        )
    paces = dict(re.findall(r"^\| ([^|`]+?) \| (\d+) \|$", guide, re.M))
    for spec in LANGUAGES.values():
        name = "English (US and UK)" if spec.code.startswith("en") else spec.name
        assert int(paces[name]) == spec.words_per_minute, spec.code


def test_every_supported_language_is_written() -> None:
    """LANGUAGES holds exactly SUPPORTED_LANGUAGES, in their order: no language is accepted and not written."""
    from followup_rules import SUPPORTED_LANGUAGES

    assert tuple(LANGUAGES) == SUPPORTED_LANGUAGES
    assert all(LANGUAGES[code].code == code for code in LANGUAGES)
