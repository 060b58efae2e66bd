"""The template engine: syntax, placeholders per key, errors, and injection safety."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import followup_rules
from followup_rules import (
    TEMPLATE_KEYS,
    ActionKind,
    Candidate,
    Channel,
    Interview,
    InvalidInput,
    TemplateError,
    Tone,
    Workflow,
    _templates,
    builtin_template,
    check_template,
    placeholders,
    render,
)

COMMON = ("candidate_name", "candidate_phone", "position_title", "company", "contact_name")


def first_call(workflow: Workflow) -> object:
    """The plan's first call of a workflow."""
    return next(a for a in workflow.plan() if a.kind is ActionKind.CALL)


def fill_voicemail(workflow: Workflow, text: str) -> str:
    """Render the first call of ``workflow`` with a custom voicemail template."""
    action = first_call(workflow)
    assert isinstance(action, followup_rules.Action)
    return render(workflow, action, templates={"voicemail": text}).body


def test_keys_are_the_contract_keys() -> None:
    """The template keys are the seven steps' keys, the talking points, the printed close-the-loop letter and the answers."""
    assert TEMPLATE_KEYS == (
        "permission",
        "thank_you_mail",
        "thank_you_email",
        "voicemail",
        "talking_points",
        "close_loop_voicemail",
        "close_loop_email",
        "close_loop_mail",
        "move_on",
        "decision_postponed",
        "heard_back_offer",
        "heard_back_rejected",
        "heard_back_next_round",
        "heard_back_on_hold",
        "heard_back_other",
        "withdrawal",
    )
    assert {f"heard_back_{outcome.value}" for outcome in followup_rules.Outcome} <= set(
        TEMPLATE_KEYS
    )


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_every_key_offers_the_common_placeholders(key: str) -> None:
    """Every key offers the candidate's name and phone, the position, the company and the contact."""
    names = placeholders(key)
    assert set(COMMON) <= set(names)
    assert len(names) == len(set(names))


@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_module_docstring_documents_every_placeholder(key: str) -> None:
    """The templates module's docstring names every placeholder a key offers, under that key."""
    doc = _templates.__doc__
    assert doc is not None
    for name in placeholders(key):
        assert f"``{name}``" in doc, name
    common = set(_templates._COMMON)
    section = doc.split(f"``{key}`` (", 1)[1].split("\n``", 1)[0]
    for name in placeholders(key):
        if name not in common:
            assert f"``{name}``" in section, (key, name)


@pytest.mark.parametrize("tone", list(Tone))
@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_builtin_templates_are_valid_and_use_only_their_placeholders(key: str, tone: Tone) -> None:
    """Each built-in template passes its own check and names only placeholders of its key."""
    text = builtin_template(key, tone)
    check_template(key, text)
    used = set(re.findall(r"\$\{(\w+)\}", text))
    assert used
    assert used <= set(placeholders(key))
    assert not used & set(_templates._MISSING_BECAUSE), "built-ins must not use optional ones"


@pytest.mark.parametrize("key", sorted(_templates.EMAIL_KEYS))
@pytest.mark.parametrize("tone", list(Tone))
def test_builtin_email_templates_open_with_a_subject(key: str, tone: Tone) -> None:
    """The built-in email templates give their subject on a first `Subject:` line."""
    assert builtin_template(key, tone).startswith("Subject: ")


def test_unknown_key_is_refused_with_the_list_of_keys() -> None:
    """An unknown template key raises TemplateError that names it and lists every key."""
    with pytest.raises(TemplateError) as caught:
        placeholders("thank_you_fax")
    message = str(caught.value)
    assert "thank_you_fax" in message
    for key in TEMPLATE_KEYS:
        assert key in message
    with pytest.raises(TemplateError, match="thank_you_fax"):
        check_template("thank_you_fax", "Hello")
    with pytest.raises(TemplateError, match="thank_you_fax"):
        builtin_template("thank_you_fax")


def test_unknown_placeholder_is_named_and_the_valid_ones_listed() -> None:
    """`${...}` around an unlisted name raises TemplateError naming it and listing the valid ones."""
    with pytest.raises(TemplateError) as caught:
        check_template("voicemail", "Hi ${contact_nmae}, this is ${candidate_name}.")
    message = str(caught.value)
    assert "'contact_nmae'" in message
    assert "line 1, column 4" in message
    for name in placeholders("voicemail"):
        assert name in message


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Pay me 5$ now", "lone '$'"),
        ("Trailing $", "lone '$'"),
        ("$candidate_name", "lone '$'"),
        ("Hi ${candidate_name", "not closed"),
        ("Hi ${candidate_name\n}", "not closed"),
        ("${}", "unknown placeholder ''"),
        ("${ candidate_name }", "unknown placeholder ' candidate_name '"),
        ("${candidate_name.__class__}", "unknown placeholder 'candidate_name.__class__'"),
        ("${candidate_name[0]}", "unknown placeholder 'candidate_name[0]'"),
        ("${__import__('os')}", "unknown placeholder"),
        ("${${candidate_name}}", "unknown placeholder"),
    ],
)
def test_malformed_templates_are_refused(text: str, fragment: str) -> None:
    """A lone `$`, an unclosed `${`, or `${...}` around anything but a listed name is refused."""
    with pytest.raises(TemplateError, match=re.escape(fragment)):
        check_template("voicemail", text)


def test_error_position_counts_lines() -> None:
    """A malformed template's error gives the line and column of the problem."""
    with pytest.raises(TemplateError, match="line 3, column 5"):
        check_template("move_on", "one\ntwo\nfor $ten")


def test_dollar_dollar_is_a_literal_dollar(workflow: Workflow) -> None:
    """`$$` writes one dollar sign and `$${name}` writes a dollar before the value."""
    body = fill_voicemail(workflow, "Costs $$5, $$$$ and $${company} for ${candidate_name}.")
    assert body == "Costs $5, $$ and ${company} for Jordan Avery."


def test_format_and_percent_syntax_is_plain_text(workflow: Workflow) -> None:
    """Braces, `%s` and format fields in a template are printed literally, never evaluated."""
    text = "{0.__globals__} {candidate_name} %s %(x)s {{}} ${candidate_name}"
    body = fill_voicemail(workflow, text)
    assert body == "{0.__globals__} {candidate_name} %s %(x)s {{}} Jordan Avery"


def test_template_must_be_text() -> None:
    """A template that is not a string is refused with TemplateError."""
    with pytest.raises(TemplateError, match="must be text"):
        check_template("voicemail", b"Hi")  # type: ignore[arg-type]


def test_empty_template_is_refused() -> None:
    """A template with no body text is refused."""
    with pytest.raises(TemplateError, match="no text"):
        check_template("voicemail", "  \n ")
    with pytest.raises(TemplateError, match="no text"):
        check_template("close_loop_email", "Subject: Hi\n\n")


def test_empty_subject_is_refused() -> None:
    """An email template whose `Subject:` line is empty is refused."""
    with pytest.raises(TemplateError, match="Subject"):
        check_template("thank_you_email", "Subject:   \nDear ${contact_name}")


def test_subject_line_is_only_special_in_email_templates(workflow: Workflow) -> None:
    """A `Subject:` line in a non-email template is part of the body."""
    body = fill_voicemail(workflow, "Subject: ${company}\nHello")
    assert body == "Subject: Northwind Analytics\nHello"


def test_templates_argument_must_be_a_mapping(workflow: Workflow) -> None:
    """A `templates` value that is not a mapping raises InvalidInput listing the keys."""
    action = workflow.plan()[0]
    with pytest.raises(InvalidInput, match="voicemail"):
        render(workflow, action, templates=["voicemail"])  # type: ignore[arg-type]


def test_every_supplied_template_is_checked(workflow: Workflow) -> None:
    """A malformed custom template is refused even when another key is being rendered."""
    action = workflow.plan()[0]
    with pytest.raises(TemplateError, match="move_on"):
        render(workflow, action, templates={"move_on": "broken $"})
    with pytest.raises(TemplateError, match="thank_you_fax"):
        render(workflow, action, templates={"thank_you_fax": "Hi"})


def test_missing_optional_value_names_the_field(interview: Interview) -> None:
    """A custom template using an optional placeholder with no value raises TemplateError naming it."""
    no_email = Interview(
        Candidate("Jordan Avery", "(313) 555-0142", timezone="America/Detroit"),
        interview.position,
        interview.interviewers,
        interview.ended_at,
    )
    workflow = Workflow.start(no_email, followup_rules.Agreement.on_weekday(no_email, 0))
    action = workflow.plan()[0]
    with pytest.raises(TemplateError, match=r"candidate_email.*Candidate\.email"):
        render(
            workflow,
            action,
            channel=Channel.EMAIL,
            templates={"thank_you_email": "Reach me at ${candidate_email}."},
        )
    with pytest.raises(TemplateError, match=r"highlights.*Interview\.highlights"):
        render(workflow, action, templates={"thank_you_mail": "Recall: ${highlights}."})


def test_previous_call_is_missing_on_the_first_call(workflow: Workflow) -> None:
    """`${previous_call_on}` in the first call's voicemail raises TemplateError naming it."""
    with pytest.raises(TemplateError, match="previous_call_on"):
        fill_voicemail(workflow, "Last time: ${previous_call_on}")


_INJECTIONS = st.sampled_from(
    [
        "${position_title}",
        "${candidate_name}",
        "{0.__class__}",
        "{candidate_name}",
        "%s",
        "%(company)s",
        "$$",
        "$",
        "${",
        "}",
        "\\1",
        "\\g<0>",
    ]
)


@given(
    before=st.text(alphabet="AbcDé'-", min_size=1, max_size=8),
    trick=_INJECTIONS,
    after=st.text(alphabet="xyZ'-", min_size=1, max_size=8),
)
def test_values_are_inserted_verbatim(before: str, trick: str, after: str) -> None:
    """A value holding template, format or regex syntax appears exactly as typed, expanded never."""
    name = f"{before} {trick}{after}"
    values = dict.fromkeys(placeholders("voicemail"), "v")
    values["candidate_name"] = name
    subject, body = _templates.fill("voicemail", "[${candidate_name}] [$$] [${company}]", values)
    assert subject is None
    assert body == f"[{name}] [$] [v]"


# --- A subject is one line ------------------------------------------------------------

# Every character at which Python breaks a line, found by asking str.splitlines
# about each code point: the rule below is checked against this, not against
# the module's own list.
LINE_BREAKS = tuple(char for char in map(chr, range(0x110000)) if len(f"a{char}b".splitlines()) > 1)

EMAIL_KEYS = sorted(_templates.EMAIL_KEYS)
subject_words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="".join(LINE_BREAKS) + "$"),
    max_size=12,
)


def test_the_line_breaks_are_the_ones_the_brief_names() -> None:
    """Python breaks lines at LF, CR, VT, FF, U+001C to U+001E, NEL, U+2028 and U+2029, and nowhere else."""
    assert "".join(LINE_BREAKS) == "\n\v\f\r\x1c\x1d\x1e\x85\u2028\u2029"


@given(
    key=st.sampled_from(EMAIL_KEYS),
    before=subject_words,
    char=st.sampled_from(LINE_BREAKS),
    after=subject_words,
)
def test_property_a_subject_line_with_a_line_break_is_refused(
    key: str, before: str, char: str, after: str
) -> None:
    """A 'Subject:' line holding any line break but its own LF (or CRLF) end is a TemplateError."""
    text = f"Subject: {before}x{char}y{after}\n\nDear ${{contact_name}}"
    if char == "\n":
        # The line ends at the first LF: the rest is the body.
        subject, body = _templates.fill(key, text, dict.fromkeys(placeholders(key), "v"))
        assert subject == f"{before}x".strip()
        assert body.startswith(f"y{after}".strip())
        return
    with pytest.raises(TemplateError, match=r"'Subject:' line holds a line break") as caught:
        check_template(key, text)
    assert f"U+{ord(char):04X}" in str(caught.value)


@given(key=st.sampled_from(EMAIL_KEYS), words=subject_words.filter(str.strip))
def test_property_a_crlf_subject_line_is_one_line(key: str, words: str) -> None:
    """A template written with CRLF line endings keeps working: its subject holds no CR."""
    text = f"Subject: {words}\r\n\r\nDear ${{contact_name}},\r\nthanks."
    check_template(key, text)
    subject, body = _templates.fill(key, text, dict.fromkeys(placeholders(key), "v"))
    assert subject == words.strip()
    assert "\r" not in subject
    assert body == "Dear v,\r\nthanks."


@pytest.mark.parametrize("key", EMAIL_KEYS)
def test_the_signature_is_not_allowed_in_a_subject(key: str) -> None:
    """${signature} spans several lines, so a subject may not use it; the body may."""
    with pytest.raises(TemplateError, match=r"\$\{signature\}, which spans several lines"):
        check_template(key, "Subject: from ${signature}\n\nDear ${contact_name}")
    check_template(key, "Subject: from ${candidate_name}\n\n${signature}")


@given(
    key=st.sampled_from(EMAIL_KEYS),
    before=subject_words,
    char=st.sampled_from(LINE_BREAKS),
    after=subject_words,
    data=st.data(),
)
def test_property_a_value_cannot_break_the_subject(
    key: str, before: str, char: str, after: str, data: st.DataObject
) -> None:
    """Whatever a filled-in value holds, a line break in it never reaches the subject: TemplateError."""
    name = data.draw(st.sampled_from(sorted(set(placeholders(key)) - {"signature"})))
    values = dict.fromkeys(placeholders(key), "v")
    values[name] = f"{before}{char}{after}"
    text = f"Subject: About ${{{name}}}\n\nDear ${{contact_name}}, ${{{name}}}"
    with pytest.raises(TemplateError, match=rf"subject uses \$\{{{name}\}}, whose value holds"):
        _templates.fill(key, text, values)
    # The same value in the body alone is fine: a body has lines.
    _templates.fill(key, f"Subject: Hello\n\n${{{name}}}", values)


@given(key=st.sampled_from(EMAIL_KEYS), value=st.text(max_size=20), tone=st.sampled_from(Tone))
def test_property_the_builtin_subject_is_one_line_whatever_the_value(
    key: str, value: str, tone: Tone
) -> None:
    """The built-in subjects too: filled with any value, they hold no line break or raise TemplateError."""
    values = dict.fromkeys(placeholders(key), value or "v")
    if any(char in value for char in LINE_BREAKS):
        with pytest.raises(TemplateError, match="line break"):
            _templates.fill(key, builtin_template(key, tone), values)
        return
    subject, _ = _templates.fill(key, builtin_template(key, tone), values)
    assert subject is not None
    assert subject.splitlines() == [subject]


@given(text=st.text(alphabet=st.sampled_from(("a", " ", *LINE_BREAKS)), max_size=30))
def test_property_typed_values_hold_no_line_break(text: str) -> None:
    """The value types turn every line break a user types into a space, so typed values fill subjects safely."""
    assume(text.strip(" " + "".join(LINE_BREAKS)))
    candidate = Candidate(text, "555 0100", timezone="UTC")
    assert not any(char in candidate.name for char in LINE_BREAKS)


# --- Where a value meets the text after it ------------------------------------------------


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Northwind Inc.", "joining Northwind Inc. Next"),
        ("Yahoo!", "joining Yahoo! Next"),
        ("Who?", "joining Who? Next"),
        ("Acme", "joining Acme. Next"),
    ],
)
def test_a_value_that_ends_a_sentence_takes_no_second_period(value: str, written: str) -> None:
    """A period after a value that ends in ".", "!" or "?" is not written again."""
    values = dict.fromkeys(placeholders("voicemail"), "v")
    values["company"] = value
    _, body = _templates.fill("voicemail", "joining ${company}. Next", values)
    assert body == written


def test_only_a_period_is_dropped_at_a_values_end() -> None:
    """After "Inc." a comma, a question mark or any other text stays as the template wrote it."""
    values = dict.fromkeys(placeholders("voicemail"), "v")
    values["company"] = "Northwind Inc."
    _, body = _templates.fill(
        "voicemail", "${company}, ${company}? ${company}.. ${company} x", values
    )
    assert body == "Northwind Inc., Northwind Inc.? Northwind Inc.. Northwind Inc. x"


# --- Languages -------------------------------------------------------------------------------


def test_builtin_template_takes_a_language() -> None:
    """builtin_template(key, tone, language="en") is the English text; another language is InvalidInput listing the supported ones."""
    assert builtin_template("voicemail", Tone.WARM, "en") == builtin_template(
        "voicemail", Tone.WARM
    )
    with pytest.raises(InvalidInput, match="en, en-GB, de, fr, es, pt-BR") as caught:
        builtin_template("voicemail", Tone.WARM, "xx")
    assert caught.value.field == "language"


def test_every_language_has_every_key_and_fragment_in_both_tones() -> None:
    """Each language holds a template for every key and the same fragments as English, in both tones."""
    from followup_rules._language import LANGUAGES

    english = LANGUAGES["en"]
    for language in LANGUAGES.values():
        for tone in Tone:
            assert set(language.templates[tone]) == set(TEMPLATE_KEYS)
            assert set(language.fragments[tone]) == set(english.fragments[Tone.DIRECT])
        assert language.words_per_minute > 0


# A woman's, a man's and an unknown salutation, as each language's users type them.
SALUTATIONS = {
    "en": ("Ms. Lee", "Mr. Lee", "Morgan"),
    "en-GB": ("Ms Lee", "Mr Lee", "Morgan"),
    "de": ("Frau Lee", "Herr Lee", "Morgan"),
    "fr": ("Madame Lee", "Monsieur Lee", "Morgan"),
    "es": ("Sra. Lee", "Sr. Lee", "Morgan"),
    "pt-BR": ("Sra. Lee", "Sr. Lee", "Morgan"),
}


def _languages() -> list[str]:
    from followup_rules._language import LANGUAGES

    return list(LANGUAGES)


@pytest.mark.parametrize("language", _languages())
def test_every_fragment_is_used(
    workflow: Workflow, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Rendering a catalogue of real-life cases fills every fragment of the language's table: none is dead text."""
    import pendulum

    from followup_rules import (
        CallPlaced,
        CallResult,
        CloseLoopSent,
        DecisionPostponed,
        HeardBack,
        Outcome,
        Policy,
        ThankYouSent,
        ThankYouSkipped,
        Withdrew,
        _scripts,
        permission_script,
    )
    from followup_rules._language import LANGUAGES

    used: set[str] = set()
    real = _templates.fill_fragment

    def spy(name: str, text: str, values: dict[str, str]) -> str:
        used.add(name)
        return real(name, text, values)

    monkeypatch.setattr(_scripts, "fill_fragment", spy)

    def at(month: int, day: int, hour: int = 8) -> pendulum.DateTime:
        return pendulum.datetime(2017, month, day, hour, tz="America/Detroit")

    def every(flow: Workflow, *, now: pendulum.DateTime | None = None) -> None:
        for tone in Tone:
            permission_script(flow, tone=tone, language=language)
            for action in flow.plan():
                for channel in (None, Channel.EMAIL, Channel.PHONE, Channel.MAIL):
                    try:
                        render(flow, action, tone=tone, channel=channel, now=now, language=language)
                    except InvalidInput:
                        continue
            for event in flow.history:
                if isinstance(event, HeardBack | DecisionPostponed | Withdrew):
                    render(flow, event, tone=tone, language=language)

    interview = workflow.interview
    greeted = [
        attrs.evolve(
            interview,
            interviewers=[
                attrs.evolve(interview.decision_maker, salutation=salutation),
                interview.interviewers[1],
            ],
        )
        for salutation in SALUTATIONS[language]
    ]
    bare = attrs.evolve(interview, highlights=[], qualifications=[])
    for case in (interview, *greeted, bare):
        flow = Workflow.start(case, followup_rules.Agreement.on_weekday(case, 0))
        every(flow)
        every(flow, now=at(8, 23))
        letters = flow
        for person in case.interviewers:
            letters = letters.apply(ThankYouSent(person, at(8, 16, 19)))
        every(letters)
        for result in (CallResult.SPOKE, CallResult.GATEKEEPER):
            called = letters
            for date, back in ((22, 24), (24, 28), (28, 31)):
                called = called.apply(CallPlaced(at(8, date), result, pendulum.date(2017, 8, back)))
                every(called)
                every(called, now=at(9, 7))
        # No letter to the decision-maker (skipped): the history tells the calls alone.
        skipped = flow.apply(ThankYouSkipped(case.interviewers[0], at(8, 16, 19)))
        for person in case.interviewers[1:]:
            skipped = skipped.apply(ThankYouSent(person, at(8, 16, 19)))
        for month, date in ((8, 22), (8, 29), (9, 5)):
            skipped = skipped.apply(CallPlaced(at(month, date)))
            every(skipped)
        four = letters
        for month, date in ((8, 22), (8, 29), (9, 5), (9, 12)):
            four = four.apply(CallPlaced(at(month, date)))
        every(four)
        every(four.apply(CloseLoopSent(at(9, 19, 9))))
        postponed = letters.apply(CallPlaced(at(8, 22))).apply(
            DecisionPostponed(at(8, 23), pendulum.date(2017, 9, 1))
        )
        every(postponed)
        every(postponed.apply(CallPlaced(at(9, 5))))
        three = postponed
        for month, date in ((9, 5), (9, 12), (9, 19)):
            three = three.apply(CallPlaced(at(month, date)))
        every(three)
        for outcome in Outcome:
            every(letters.apply(HeardBack(at(8, 23), outcome)))
        every(letters.apply(Withdrew(at(8, 23))))
        late = Workflow.start(
            case, followup_rules.Agreement.on_weekday(case, 0), Policy(max_calls=1)
        )
        every(late)
        capped = Workflow.start(
            case, followup_rules.Agreement.on_weekday(case, 0), Policy(max_postponements=0)
        )
        every(capped.apply(DecisionPostponed(at(8, 17), pendulum.date(2017, 9, 1))))
        written = Workflow.start(
            case, followup_rules.Agreement.on_weekday(case, 0, calls_permitted=False)
        )
        every(written)
        for person in case.interviewers:
            written = written.apply(ThankYouSent(person, at(8, 17), Channel.EMAIL))
        every(written)
        every(written.apply(CloseLoopSent(at(8, 22, 9))))
    assert used == set(LANGUAGES[language].fragments[Tone.DIRECT])
