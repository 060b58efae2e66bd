"""Golden files: the full text of every script of the strategy's example, in both tones.

Each script is compared exactly with its file under ``tests/golden/<tone>/``,
so any change of wording shows up as a diff in review. After an intended
change, regenerate the files and read the diff before committing:

    UPDATE_GOLDEN=1 pytest tests/test_scripts_golden.py

A file holds a ``channel:`` line, a ``subject:`` line (``-`` when there is
none), a blank line, then the body.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from followup_rules import (
    ActionKind,
    Channel,
    Interview,
    Script,
    Tone,
    Workflow,
    permission_script,
    render,
)

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def as_text(script: Script) -> str:
    """The golden-file form of a script."""
    channel = script.channel.name if script.channel is not None else "-"
    subject = script.subject if script.subject is not None else "-"
    return f"channel: {channel}\nsubject: {subject}\n\n{script.body}\n"


def slug(name: str) -> str:
    """A file-name form of a person's name."""
    return name.lower().replace(" ", "_")


def example_scripts(interview: Interview, workflow: Workflow, tone: Tone) -> dict[str, Script]:
    """Every script of the example, by file name, rendered ahead of time from the plan."""
    scripts = {"permission": permission_script(interview, workflow.agreement, tone=tone)}
    for action in workflow.plan():
        if action.kind is ActionKind.SEND_THANK_YOU:
            assert action.contact is not None
            person = slug(action.contact.name)
            for channel in (Channel.MAIL, Channel.EMAIL):
                name = f"thank_you_{channel.name.lower()}_{person}"
                scripts[name] = render(workflow, action, tone=tone, channel=channel)
        elif action.kind is ActionKind.CALL:
            scripts[f"voicemail_{action.attempt}"] = render(workflow, action, tone=tone)
        elif action.kind is ActionKind.CLOSE_LOOP:
            for channel in (Channel.EMAIL, Channel.VOICEMAIL):
                name = f"close_loop_{channel.name.lower()}"
                scripts[name] = render(workflow, action, tone=tone, channel=channel)
        else:
            scripts["move_on"] = render(workflow, action, tone=tone)
    return scripts


EXPECTED_NAMES = {
    "permission",
    "thank_you_mail_morgan_lee",
    "thank_you_email_morgan_lee",
    "thank_you_mail_riley_chen",
    "thank_you_email_riley_chen",
    "voicemail_1",
    "voicemail_2",
    "voicemail_3",
    "voicemail_4",
    "close_loop_email",
    "close_loop_voicemail",
    "move_on",
}


@pytest.mark.parametrize("tone", list(Tone), ids=lambda tone: tone.value)
def test_scripts_match_the_golden_files(
    interview: Interview, workflow: Workflow, tone: Tone
) -> None:
    """Every script of the example equals its checked-in golden file, character for character."""
    scripts = example_scripts(interview, workflow, tone)
    assert set(scripts) == EXPECTED_NAMES
    folder = GOLDEN / tone.value
    if UPDATE:
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob("*.txt"):
            stale.unlink()
        for name, script in scripts.items():
            (folder / f"{name}.txt").write_text(as_text(script), encoding="utf-8")
    on_disk = {path.stem for path in folder.glob("*.txt")}
    assert on_disk == EXPECTED_NAMES, "regenerate with UPDATE_GOLDEN=1"
    for name, script in scripts.items():
        expected = (folder / f"{name}.txt").read_text(encoding="utf-8")
        assert as_text(script) == expected, f"{tone.value}/{name}.txt differs"


def test_golden_files_of_the_two_tones_differ() -> None:
    """For every script, the DIRECT and WARM golden files hold different text."""
    for name in EXPECTED_NAMES:
        direct = (GOLDEN / "direct" / f"{name}.txt").read_text(encoding="utf-8")
        warm = (GOLDEN / "warm" / f"{name}.txt").read_text(encoding="utf-8")
        assert direct != warm, name
