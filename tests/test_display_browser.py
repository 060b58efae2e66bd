"""The HTML display as a real browser lays it out: headless Chromium, on a light and a dark notebook page.

The library's HTML has no script. The test wraps it in a page of its own
that mimics a notebook theme (JupyterLab's table rules: right-aligned cells,
striped rows, its light or dark colours) and ends with a test-only script:
after layout it writes every row's and cell's box, text colour and the
background colours beneath it into the page as JSON. Chromium prints the DOM
(``--dump-dom``) and the assertions read that JSON: the table is laid out,
rows are stacked, cells are filled, text contrasts with what is behind it,
and done, due and planned rows look different.

Chromium is Debian's ``chromium`` package; ``.ci/run`` installs it when it is
missing. Without it the test fails in CI (``CI=true``) and is skipped
elsewhere.
"""

from __future__ import annotations

import html
import itertools
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pendulum
import pytest

from followup_rules import CallPlaced, ThankYouSent, Workflow
from followup_rules._display import _HEADINGS, timeline, workflow_html
from tests.conftest import DETROIT

WINDOW = (1200, 900)

# What notebook themes do to a table in an output: JupyterLab's rendered-HTML
# rules (jp-RenderedHTMLCommon), with each theme's colours.
NOTEBOOK_RULES = """
.notebook table { border-collapse: collapse; border: none; table-layout: fixed;
                  margin-left: auto; margin-right: auto; font-size: 13px }
.notebook td, .notebook th { text-align: right; vertical-align: middle; padding: 0.5em;
                             line-height: normal; white-space: normal; border: none }
.notebook tbody tr:nth-child(odd) { background: var(--row-odd) }
.notebook tbody tr:nth-child(even) { background: var(--row-even) }
"""
THEMES = {
    "light": "--row-odd: #ffffff; --row-even: #f5f5f5; background: #ffffff; color: rgba(0, 0, 0, 0.87)",
    "dark": "--row-odd: #111111; --row-even: #212121; background: #111111; color: rgba(255, 255, 255, 0.87)",
}

# Test-only: measures the laid-out table and writes it into the page.
MEASURE = """
function backgrounds(element) {
  const colours = [];
  for (let e = element; e; e = e.parentElement) colours.push(getComputedStyle(e).backgroundColor);
  return colours;
}
function box(element) {
  const r = element.getBoundingClientRect();
  const s = getComputedStyle(element);
  return {text: element.innerText.trim(), left: r.left, top: r.top, right: r.right,
          bottom: r.bottom, width: r.width, height: r.height, color: s.color,
          backgrounds: backgrounds(element), className: element.className,
          barColour: s.borderLeftColor, barWidth: parseFloat(s.borderLeftWidth)};
}
const table = document.querySelector("table.followup-rules-timeline");
const layout = {
  viewport: window.innerWidth,
  page: box(document.body),
  table: box(table),
  caption: [...table.querySelectorAll("caption > span")].map(box),
  headings: [...table.querySelectorAll("thead th")].map(box),
  rows: [...table.querySelectorAll("tbody tr")].map(tr => ({
    row: box(tr),
    cells: [...tr.children].map(box),
    badge: box(tr.children[STATUS_COLUMN].querySelector("span")),
  })),
};
document.getElementById("layout").textContent = JSON.stringify(layout);
"""

Colour = tuple[float, float, float, float]


def chromium() -> str:
    """The Chromium executable; fails in CI and skips elsewhere when it is not installed."""
    found = shutil.which("chromium")
    if found is not None:
        return found
    reason = (
        "Chromium is not installed: the browser check of the HTML display needs Debian's "
        "chromium package (apt-get install chromium; .ci/run installs it)"
    )
    if os.environ.get("CI", "").lower() in {"true", "1", "yes"}:
        pytest.fail(reason)
    pytest.skip(reason)


def example(workflow: Workflow) -> Workflow:
    """The strategy's example with both letters sent and call 1 placed: done, due and planned rows."""
    for person in workflow.interview.interviewers:
        workflow = workflow.apply(
            ThankYouSent(person, pendulum.datetime(2017, 8, 16, 18, tz=DETROIT))
        )
    return workflow.apply(CallPlaced(pendulum.datetime(2017, 8, 22, 8, 15, tz=DETROIT)))


EXAMPLE_NOW = pendulum.datetime(2017, 8, 29, 8, tz=DETROIT)


def page(fragment: str, theme: str) -> str:
    """A notebook-like page around the library's HTML, ending with the test's measuring script."""
    script = MEASURE.replace("STATUS_COLUMN", str(list(_HEADINGS).index("status")))
    return (
        '<!doctype html><html><head><meta charset="utf-8"><style>'
        f"{NOTEBOOK_RULES} body {{ {THEMES[theme]}; font-family: sans-serif; margin: 16px }}"
        f'</style></head><body><div class="notebook">{fragment}</div>'
        f'<pre id="layout"></pre><script>{script}</script></body></html>'
    )


def laid_out(fragment: str, theme: str, where: Path) -> Any:
    """Have headless Chromium lay the page out and return what the measuring script wrote."""
    path = where / f"{theme}.html"
    path.write_text(page(fragment, theme), encoding="utf-8")
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={where / 'profile'}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        "--dump-dom",
        path.as_uri(),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r'<pre id="layout">(.*?)</pre>', done.stdout, re.DOTALL)
    assert found is not None, f"no layout in the page: {done.stderr[-2000:]}"
    assert found[1], f"the measuring script wrote nothing: {done.stderr[-2000:]}"
    return json.loads(html.unescape(found[1]))


def colour(text: str) -> Colour:
    """A computed CSS colour, ``rgb(...)`` or ``rgba(...)``, as red, green, blue (0-255) and alpha."""
    numbers = [float(number) for number in re.findall(r"[\d.]+", text)]
    assert text.startswith("rgb"), text
    assert len(numbers) in (3, 4), text
    return (numbers[0], numbers[1], numbers[2], numbers[3] if len(numbers) == 4 else 1.0)


def over(top: Colour, below: Colour) -> Colour:
    """``top`` painted over an opaque ``below``."""
    alpha = top[3]
    red, green, blue = (alpha * top[i] + (1 - alpha) * below[i] for i in range(3))
    return (red, green, blue, 1.0)


def background(backgrounds: list[str]) -> Colour:
    """What shows behind an element: its and its ancestors' backgrounds, painted over a white canvas."""
    shown: Colour = (255.0, 255.0, 255.0, 1.0)
    for text in reversed(backgrounds):
        shown = over(colour(text), shown)
    return shown


def luminance(value: Colour) -> float:
    """WCAG 2 relative luminance of an opaque colour."""
    linear = [
        part / 12.92 if part <= 0.03928 else ((part + 0.055) / 1.055) ** 2.4
        for part in (value[0] / 255, value[1] / 255, value[2] / 255)
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(front: Colour, back: Colour) -> float:
    """WCAG 2 contrast ratio of a colour, painted over an opaque background, against it."""
    lighter, darker = sorted((luminance(over(front, back)), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_contrast(box: Any) -> float:
    """The contrast of a box's text against what shows behind it."""
    return contrast(colour(box["color"]), background(box["backgrounds"]))


def test_the_contrast_helpers_can_fail() -> None:
    """Black on white is 21:1, grey on grey 1:1, and translucent layers composite over what is below."""
    assert contrast(colour("rgb(0, 0, 0)"), (255, 255, 255, 1)) == pytest.approx(21)
    assert contrast(colour("rgba(0, 0, 0, 0)"), (128, 128, 128, 1)) == pytest.approx(1)
    assert background(["rgba(0, 0, 0, 0)", "rgb(17, 17, 17)"]) == (17, 17, 17, 1)
    assert background(["rgba(255, 255, 255, 0.5)", "rgb(0, 0, 0)"])[0] == pytest.approx(127.5)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_chromium_lays_out_the_example_table(
    workflow: Workflow, theme: str, tmp_path: Path
) -> None:
    """Chromium lays out the example's table: stacked rows of filled cells, readable text, statuses apart."""
    current = example(workflow)
    records = timeline(current, EXAMPLE_NOW)
    assert {record["status"] for record in records} == {"done", "due", "planned"}
    layout = laid_out(workflow_html(current, now=EXAMPLE_NOW), theme, tmp_path)

    # The table is laid out, within the window, with a caption and headings.
    table = layout["table"]
    assert 300 < table["width"] <= layout["viewport"]
    assert table["height"] > 0
    assert [box["text"] for box in layout["caption"]][1] == (
        "All dates and times are in America/Detroit."
    )
    assert [box["text"] for box in layout["headings"]] == list(_HEADINGS.values())

    # One row per record, stacked top to bottom, each the table's width.
    rows = layout["rows"]
    assert len(rows) == len(records) == 8
    for upper, lower in itertools.pairwise(rows):
        assert lower["row"]["top"] >= upper["row"]["bottom"] - 0.5
    assert {round(row["row"]["left"]) for row in rows} == {round(rows[0]["row"]["left"])}
    assert {round(row["row"]["width"]) for row in rows} == {round(rows[0]["row"]["width"])}

    # Every cell is filled, has a size, and sits left to right inside its row.
    for row in rows:
        cells = row["cells"]
        assert len(cells) == len(_HEADINGS)
        assert all(cell["text"] and cell["width"] > 0 and cell["height"] > 0 for cell in cells)
        lefts = [cell["left"] for cell in cells]
        assert lefts == sorted(lefts)
        assert all(
            row["row"]["top"] - 0.5 <= cell["top"] and cell["bottom"] <= row["row"]["bottom"] + 0.5
            for cell in cells
        )
    assert [row["cells"][0]["text"] for row in rows][:3] == [
        "Wed 2017-08-16",
        "Wed 2017-08-16",
        "Tue 2017-08-22",
    ]

    # Text is readable: at least 4.5:1 against what shows behind it, in the
    # caption, the headings, every cell and every badge.
    texts = [
        *layout["caption"],
        *layout["headings"],
        *(cell for row in rows for cell in row["cells"]),
        *(row["badge"] for row in rows),
    ]
    low = [(box["text"], round(text_contrast(box), 2)) for box in texts if text_contrast(box) < 4.5]
    assert low == []

    # Done, due and planned rows are set apart at a glance: one look per
    # status (the colour of the bar down the row's left edge, the badge's own
    # background), three different looks, bars that show on the page, and
    # due rows tinted unlike any other row, whatever the theme's stripes.
    page_background = background(layout["page"]["backgrounds"])
    looks: dict[str, set[tuple[str, str]]] = {}
    for row, record in zip(rows, records, strict=True):
        first = row["cells"][0]
        assert first["barWidth"] >= 3
        assert contrast(colour(first["barColour"]), page_background) >= 3
        assert row["badge"]["text"].endswith(str(record["status"]))
        looks.setdefault(str(record["status"]), set()).add(
            (first["barColour"], row["badge"]["backgrounds"][0])
        )
    assert sorted(looks) == ["done", "due", "planned"]
    assert all(len(group) == 1 for group in looks.values())
    assert len(set.union(*looks.values())) == 3
    behind = {
        status: {
            background(row["cells"][-1]["backgrounds"])
            for row, record in zip(rows, records, strict=True)
            if (record["status"] == "due") == (status == "due")
        }
        for status in ("due", "other")
    }
    assert behind["due"]
    assert behind["other"]
    assert behind["due"].isdisjoint(behind["other"])
