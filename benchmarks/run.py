"""Measure followup_rules against the floor, two state-machine libraries and a public-API reader.

Run it with::

    pip install -e ".[bench]" && python -m benchmarks.run

Every target is a ratio between contenders measured in this one run: the
contenders of a benchmark are timed in interleaved rounds (A, B, C, then B,
C, A, ...), so a noisy neighbour slows them all alike, and each reports the
median of its rounds. Before anything is timed, every contender is checked
to give the library's outcomes on the shared scenarios, the public-API
reader to build the workflow ``from_dict`` builds, and the floor's agenda to
list the library's.

Options: ``--rounds N`` (default 15; the import benchmark runs twice as many
pairs), ``--workflows N`` for the agenda scan (default 100000), ``--only
NAME[,NAME]`` to run some benchmarks only, ``--output FILE`` to also write
the tables as Markdown (between the results markers when the file has them,
so ``--output docs/benchmarks.md`` keeps that page's prose).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import pendulum

from benchmarks.contenders import (
    Floor,
    StateMachineContender,
    TransitionsContender,
    run,
)
from benchmarks.reader import read_workflow
from benchmarks.scenarios import (
    example_workflow,
    facts,
    library_outcomes,
    lifecycle,
    mid_lifecycle,
    raw,
    shared_scenarios,
)
from followup_rules import (
    Action,
    ActionKind,
    CallPlaced,
    Channel,
    Event,
    ThankYouSent,
    Workflow,
    __version__,
    agenda,
    permission_script,
    render,
)

ZONES = (
    "America/Detroit",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Sao_Paulo",
    "America/Toronto",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Madrid",
    "Africa/Lagos",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Pacific/Auckland",
    "Pacific/Chatham",
)

REPO = Path(__file__).resolve().parent.parent
RESULTS_START = "<!-- results: written by python -m benchmarks.run --output -->"
RESULTS_END = "<!-- end of results -->"
KB = 1024

Round = Callable[[], float]
"""One timed round of a contender: it returns seconds per operation."""


# --- timing ----------------------------------------------------------------------


def repeated(work: Callable[[], object], ops: int) -> Round:
    """A round that times ``work``, which does ``ops`` operations, and divides by them."""

    def one_round() -> float:
        started = time.perf_counter_ns()
        work()
        return (time.perf_counter_ns() - started) / 1e9 / ops

    return one_round


def measure(contenders: dict[str, Round], rounds: int) -> dict[str, float]:
    """Median seconds per operation of each contender, timed in interleaved rounds.

    Args:
        contenders: name -> one round of that contender.
        rounds: How many rounds; each runs every contender once.

    Returns:
        name -> median seconds per operation, in the order given.
    """
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for round_index in range(rounds):
        # Rotate the order each round, so no contender always runs first.
        shift = round_index % len(names)
        for name in names[shift:] + names[:shift]:
            gc.collect()
            samples[name].append(contenders[name]())
    return {name: statistics.median(values) for name, values in samples.items()}


# --- checks before timing -------------------------------------------------------------


def check_contenders() -> None:
    """Refuse to time anything unless every contender agrees with the library."""
    contenders: list[Any] = [Floor(), TransitionsContender(), StateMachineContender()]
    for workflow, events in shared_scenarios():
        expected = library_outcomes(workflow, events)
        for contender in contenders:
            got = run(contender, facts(workflow), raw(workflow, events))
            if got != expected:
                raise SystemExit(
                    f"{contender.name} disagrees with the library: {got} != {expected}"
                )


def check_reader(text: str) -> None:
    """Refuse to time the readers unless the public-API reader builds from_dict's workflow."""
    if read_workflow(text) != Workflow.from_dict(json.loads(text)):
        raise SystemExit("the public-API reader and from_dict build different workflows")


# --- the benchmarks -----------------------------------------------------------------


def bench_apply(rounds: int) -> dict[str, float]:
    """Per event, the example's eight-event lifecycle; the libraries' machines are built untimed."""
    workflow = example_workflow()
    events = shared_scenarios()[0][1]
    the_facts, raw_events = facts(workflow), raw(workflow, events)
    batch = 300
    ops = batch * len(events)

    def library() -> None:
        for _ in range(batch):
            state = workflow
            for event in events:
                state = state.apply(event)

    def floor() -> None:
        start = Floor.start(the_facts)
        apply = Floor.apply
        for _ in range(batch):
            state = start
            for event in raw_events:
                state = apply(the_facts, state, event)

    def on_library(contender: Any) -> Round:
        # The two libraries' machines are mutable: each round builds fresh
        # ones before its stopwatch starts.
        def one_round() -> float:
            machines = [contender.start(the_facts) for _ in range(batch)]
            started = time.perf_counter_ns()
            for machine in machines:
                for event in raw_events:
                    contender.apply(the_facts, machine, event)
            return (time.perf_counter_ns() - started) / 1e9 / ops

        return one_round

    return measure(
        {
            "followup_rules": repeated(library, ops),
            "floor": repeated(floor, ops),
            "transitions": on_library(TransitionsContender()),
            "python-statemachine": on_library(StateMachineContender()),
        },
        rounds,
    )


def bench_start(rounds: int) -> dict[str, float]:
    """Creating one workflow (or machine)."""
    workflow = example_workflow()
    interview, agreement, policy = workflow.interview, workflow.agreement, workflow.policy
    the_facts = facts(workflow)
    transitions, statemachine = TransitionsContender(), StateMachineContender()
    batch = 200
    return measure(
        {
            "followup_rules": repeated(
                lambda: [Workflow.start(interview, agreement, policy) for _ in range(batch)], batch
            ),
            "floor": repeated(lambda: [Floor.start(the_facts) for _ in range(batch)], batch),
            "transitions": repeated(
                lambda: [transitions.start(the_facts) for _ in range(batch)], batch
            ),
            "python-statemachine": repeated(
                lambda: [statemachine.start(the_facts) for _ in range(batch)], batch
            ),
        },
        rounds,
    )


def bench_from_dict(rounds: int) -> dict[str, float]:
    """``from_dict(json.loads(text))`` against the public-API reader, on the same JSON text."""
    text = json.dumps(mid_lifecycle().to_dict())
    check_reader(text)
    batch = 100
    return measure(
        {
            "from_dict(json.loads(text))": repeated(
                lambda: [Workflow.from_dict(json.loads(text)) for _ in range(batch)], batch
            ),
            "public-API reader": repeated(
                lambda: [read_workflow(text) for _ in range(batch)], batch
            ),
        },
        rounds,
    )


def bench_queries(rounds: int) -> dict[str, float]:
    """due(now), plan(), to_dict() and from_dict() (with full replay) on one workflow."""
    workflow = mid_lifecycle()
    now = pendulum.datetime(2017, 9, 1, 9, tz="America/Detroit")
    data = json.loads(json.dumps(workflow.to_dict()))
    batch = 100
    return measure(
        {
            "due(now)": repeated(lambda: [workflow.due(now) for _ in range(batch)], batch),
            "plan()": repeated(lambda: [workflow.plan() for _ in range(batch)], batch),
            "to_dict()": repeated(lambda: [workflow.to_dict() for _ in range(batch)], batch),
            "from_dict() of parsed data": repeated(
                lambda: [Workflow.from_dict(data) for _ in range(batch)], batch
            ),
        },
        rounds,
    )


def bench_scripts(rounds: int) -> dict[str, float]:
    """render() of each of the example's scripts, some in German too, and permission_script()."""
    workflow = example_workflow()
    interview, agreement = workflow.interview, workflow.agreement
    plan = workflow.plan()
    letters = [action for action in plan if action.kind is ActionKind.SEND_THANK_YOU]
    first_call = next(action for action in plan if action.kind is ActionKind.CALL)
    close = next(action for action in plan if action.kind is ActionKind.CLOSE_LOOP)
    move_on = next(action for action in plan if action.kind is ActionKind.MOVE_ON)
    batch = 50

    def rendering(action: Action, channel: Channel | None = None, language: str = "en") -> Round:
        return repeated(
            lambda: [
                render(workflow, action, channel=channel, language=language) for _ in range(batch)
            ],
            batch,
        )

    return measure(
        {
            "permission_script() (step 1)": repeated(
                lambda: [permission_script(interview, agreement) for _ in range(batch)], batch
            ),
            "thank-you letter, decision-maker": rendering(letters[0]),
            "thank-you letter, other interviewer": rendering(letters[1]),
            "thank-you email": rendering(letters[1], Channel.EMAIL),
            "voicemail, call 1": rendering(first_call),
            # Babel writes the dates of every language but English.
            "voicemail, call 1, in German": rendering(first_call, language="de"),
            "thank-you letter, decision-maker, in German": rendering(letters[0], language="de"),
            "close the loop, email": rendering(close),
            "close the loop, voicemail": rendering(close, Channel.VOICEMAIL),
            "move on": rendering(move_on),
        },
        rounds,
    )


def many_workflows(count: int) -> dict[int, Workflow]:
    """``count`` distinct workflows: 20 zones, interviews spread over 60 days, every stage.

    Each workflow is its own object (started and replayed separately), so
    nothing one workflow worked out is reused for another; the events of
    workflows that share a zone and an interview day are shared values.
    """
    lives: dict[tuple[str, int], tuple[Workflow, list[Any]]] = {}
    book = {}
    for index in range(count):
        zone, shift = ZONES[index % len(ZONES)], (index // len(ZONES)) % 60
        if (zone, shift) not in lives:
            base = example_workflow(zone, days_later=shift)
            lives[zone, shift] = (base, lifecycle(base)[:7])
        base, events = lives[zone, shift]
        workflow = Workflow.start(base.interview, base.agreement, base.policy)
        for event in events[: (index // 1200) % 8]:
            workflow = workflow.apply(event)
        book[index] = workflow
    return book


def bench_agenda(rounds: int, count: int) -> dict[str, float]:
    """agenda() over ``count`` workflows in 20 zones, against the floor's scan.

    The floor holds, per workflow, its next due day, its zone and its due
    actions, all worked out beforehand, and returns the same sorted
    ``(key, action)`` pairs. The library is timed on its first scan (nothing
    held yet) and on later scans of the same workflows.
    """
    book = many_workflows(count)
    now = pendulum.datetime(2017, 10, 2, 13, tz="UTC")
    today = {zone: now.in_timezone(zone).date().toordinal() for zone in ZONES}
    rows = []
    for key, workflow in book.items():
        plan = workflow.plan()
        if plan:
            first = plan[0]
            actions = tuple(a for a in plan if a.due_on == first.due_on and a.kind is first.kind)
            rows.append((key, first.due_on.toordinal(), first.timezone, actions))

    def floor() -> list[tuple[int, Any]]:
        found = [
            (due, key, action)
            for key, due, zone, actions in rows
            if due <= today[zone]
            for action in actions
        ]
        found.sort(key=lambda row: row[0])
        return [(key, action) for _, key, action in found]

    expected = floor()
    gc.collect()
    started = time.perf_counter_ns()
    first_scan = agenda(book, now)
    cold = (time.perf_counter_ns() - started) / 1e9 / count
    if first_scan != expected:
        raise SystemExit("agenda() and the floor's scan disagree")
    due_share = len({key for key, _ in expected}) / count
    results = measure(
        {
            "followup_rules, later scans": repeated(lambda: agenda(book, now), count),
            "floor": repeated(floor, count),
        },
        rounds,
    )
    results["followup_rules, first scan (not a target)"] = cold
    print(f"agenda: {due_share:.0%} of {count:,} workflows have something due", file=sys.stderr)
    return results


def _fresh_instant(instant: pendulum.DateTime) -> pendulum.DateTime:
    return pendulum.DateTime(
        instant.year,
        instant.month,
        instant.day,
        instant.hour,
        instant.minute,
        instant.second,
        tzinfo=instant.tzinfo,
    )


def _own_events(workflow: Workflow, template: Sequence[Event]) -> list[Event]:
    """The template's first four events, built anew for ``workflow`` (own objects)."""
    decider, recruiter = workflow.interview.interviewers
    first, second, call, next_call = template[:4]
    return [
        ThankYouSent(decider, _fresh_instant(first.at)),
        ThankYouSent(recruiter, _fresh_instant(second.at)),
        CallPlaced(_fresh_instant(call.at)),
        CallPlaced(_fresh_instant(next_call.at)),
    ]


MEMORY_COUNT = 2000
LOADED = "followup_rules, loaded with from_dict"


def held(build: Callable[[int], object], count: int = MEMORY_COUNT) -> float:
    """Bytes still allocated per object after building ``count`` of them, by tracemalloc."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [build(index) for index in range(count)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return (after - before) / count


def documents(count: int) -> list[str]:
    """``count`` JSON texts of the mid-lifecycle example, each with its own candidate's name."""
    data = mid_lifecycle().to_dict()
    texts = []
    for index in range(count):
        data["interview"]["candidate"]["name"] = f"Jordan Avery {index:05d}"
        texts.append(json.dumps(data))
    return texts


def bench_memory() -> dict[str, float]:
    """Bytes per workflow after its letters and two calls, over 2,000 of them.

    The target's figure: each workflow loaded with ``from_dict(json.loads(text))``
    from its own document, so it holds its own interview, strings, instants
    and events. The texts are written before tracing starts and one document
    is loaded before it (so the lazily imported reader and the zones are not
    counted); the parsed data is dropped as each workflow is built, and what
    stays allocated is divided by the count.

    Then, not a target, every contender holding its own events:
    followup_rules with one interview shared by all workflows (the engine's
    own state: workflow, progress and history) and with each workflow's own
    interview built by its constructors. The policy is shared, as in a service.
    """
    base = example_workflow()
    template = shared_scenarios()[0][1]
    the_facts = facts(base)

    texts = documents(MEMORY_COUNT + 1)
    Workflow.from_dict(json.loads(texts[-1]))

    def replay(workflow: Workflow) -> Workflow:
        for event in _own_events(workflow, template):
            workflow = workflow.apply(event)
        return workflow

    def shared_interview(index: int) -> Workflow:
        return replay(Workflow.start(base.interview, base.agreement, base.policy))

    def own_interview(index: int) -> Workflow:
        mine = example_workflow(name=f"Candidate {index}", policy=base.policy)
        return replay(mine)

    def raw_events(index: int) -> list[Any]:
        return [
            (kind, ts + 0.0, day + 0, extra + 0) for kind, ts, day, extra in raw(base, template[:4])
        ]

    results = {
        LOADED: held(lambda index: Workflow.from_dict(json.loads(texts[index]))),
        "followup_rules, interview shared": held(shared_interview),
        "followup_rules, own interview": held(own_interview),
        "floor": held(
            lambda index: _apply_all(Floor, the_facts, Floor.start(the_facts), raw_events(index))
        ),
    }
    machines: list[tuple[str, Any]] = [
        ("transitions", TransitionsContender()),
        ("python-statemachine", StateMachineContender()),
    ]
    for name, contender in machines:

        def build(index: int, contender: Any = contender) -> object:
            state = contender.start(the_facts)
            return _apply_all(contender, the_facts, state, raw_events(index))

        results[name] = held(build)
    return results


def _apply_all(contender: Any, the_facts: Any, state: Any, events: Sequence[Any]) -> Any:
    for event in events:
        state = contender.apply(the_facts, state, event)
    return state


IMPORT_BASE = "python -c 'import attrs, pendulum'"
IMPORT_LIBRARY = "python -c 'import followup_rules'"


def bench_import(pairs: int) -> dict[str, float]:
    """Wall time of ``import followup_rules`` against ``import attrs, pendulum``, in pairs.

    Each command runs in a fresh interpreter; the two alternate (with
    ``python -c pass`` beside them for reference), ``pairs`` times, and each
    reports its median. The modules' bytecode is already written, as ``pip
    install`` leaves it: it goes to a temporary folder
    (``PYTHONPYCACHEPREFIX``), written by one untimed run, even where
    ``PYTHONDONTWRITEBYTECODE`` is set (it would make only this package
    compile from source).
    """
    cache = tempfile.mkdtemp(prefix="followup-rules-pycache-")
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache

    def command(code: str) -> Callable[[], None]:
        def go() -> None:
            subprocess.run([sys.executable, "-c", code], check=True, env=env)

        return go

    try:
        command("import followup_rules")()
        return measure(
            {
                IMPORT_BASE: repeated(command("import attrs, pendulum"), 1),
                IMPORT_LIBRARY: repeated(command("import followup_rules"), 1),
                "python -c 'pass' (reference)": repeated(command("pass"), 1),
            },
            pairs,
        )
    finally:
        shutil.rmtree(cache, ignore_errors=True)


# --- the report -------------------------------------------------------------------------


class Row(NamedTuple):
    """One row of the targets table."""

    target: str
    value: str
    met: bool | None  # None: the benchmark did not run


APPLY_FLOOR = "`apply` per event ≤ 6x the floor"
APPLY_LIBRARIES = (
    "`apply` faster than `transitions` and `python-statemachine`, "
    "and ≥ 4x faster than `transitions`"
)
FROM_DICT = "`from_dict(json.loads(text))` ≤ 1.3x the public-API reader"
IMPORT = "`import followup_rules` ≤ 1.3x `import attrs, pendulum`"
MEMORY = "memory ≤ 2.5 KB per workflow loaded with `from_dict`, mid-lifecycle"


def target_rows(measured: dict[str, dict[str, float]], workflows: int) -> list[Row]:
    """The issue's six targets against what this run measured ("not run" where it did not)."""
    agenda_target = (
        f"`agenda` over {workflows:,} workflows in 20 zones, later scans ≤ 1.5x the floor's scan"
    )
    rows = [Row(target, "not run", None) for target in (APPLY_FLOOR, APPLY_LIBRARIES)]
    apply = measured.get("apply")
    if apply:
        ratio = apply["followup_rules"] / apply["floor"]
        transitions = apply["transitions"] / apply["followup_rules"]
        statemachine = apply["python-statemachine"] / apply["followup_rules"]
        rows = [
            Row(APPLY_FLOOR, f"{ratio:.2f}x", ratio <= 6),
            Row(
                APPLY_LIBRARIES,
                f"{transitions:.1f}x faster than `transitions`, "
                f"{statemachine:.0f}x faster than `python-statemachine`",
                statemachine > 1 and transitions >= 4,
            ),
        ]
    scans = measured.get("agenda")
    if scans:
        later = scans["followup_rules, later scans"] / scans["floor"]
        rows.append(Row(agenda_target, f"{later:.2f}x", later <= 1.5))
    else:
        rows.append(Row(agenda_target, "not run", None))
    readers = measured.get("from_dict")
    if readers:
        ratio = readers["from_dict(json.loads(text))"] / readers["public-API reader"]
        rows.append(Row(FROM_DICT, f"{ratio:.2f}x", ratio <= 1.3))
    else:
        rows.append(Row(FROM_DICT, "not run", None))
    imports = measured.get("import")
    if imports:
        ratio = imports[IMPORT_LIBRARY] / imports[IMPORT_BASE]
        rows.append(Row(IMPORT, f"{ratio:.2f}x", ratio <= 1.3))
    else:
        rows.append(Row(IMPORT, "not run", None))
    memory = measured.get("memory")
    if memory:
        loaded = memory[LOADED]
        rows.append(Row(MEMORY, f"{loaded:,.0f} B ({loaded / KB:.2f} KB)", loaded <= 2.5 * KB))
    else:
        rows.append(Row(MEMORY, "not run", None))
    return rows


def targets_table(measured: dict[str, dict[str, float]], workflows: int) -> str:
    """The targets table in Markdown."""
    lines = ["### targets", "", "| target | this run | |", "|---|---:|---|"]
    for row in target_rows(measured, workflows):
        verdict = "" if row.met is None else ("met" if row.met else "not met")
        lines.append(f"| {row.target} | {row.value} | {verdict} |")
    return "\n".join(lines) + "\n"


class Section(NamedTuple):
    """How one benchmark's table is titled and scaled."""

    title: str
    base: str | None  # the row every other is divided by, if any
    unit: str


def table(section: Section, results: dict[str, float]) -> str:
    """A Markdown table of medians and, where the section has a base row, ratios to it."""
    scale = {"ns": 1e9, "µs": 1e6, "ms": 1e3, "B": 1.0}[section.unit]
    unit = "bytes" if section.unit == "B" else f"median ({section.unit})"
    lines = [f"### {section.title}", ""]
    if section.base is None:
        lines += [f"| | {unit} |", "|---|---:|"]
        lines += [f"| {name} | {value * scale:,.1f} |" for name, value in results.items()]
    else:
        base = results[section.base]
        lines += [f"| | {unit} | ratio to {section.base} |", "|---|---:|---:|"]
        lines += [
            f"| {name} | {value * scale:,.1f} | {value / base:.2f} |"
            for name, value in results.items()
        ]
    return "\n".join(lines) + "\n"


def cpu_name() -> str:
    """The processor's model name, where the system tells it."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def commit() -> str:
    """The commit measured, marked when the code measured has changes; "unknown" outside git."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short=10", "HEAD"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        changes = subprocess.run(
            ["git", "status", "--porcelain", "--", "src", "benchmarks"],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} with uncommitted changes" if changes else head


def write_output(path: Path, report: str) -> None:
    """Write the report to ``path``: between its results markers if it has them, else whole."""
    block = f"{RESULTS_START}\n\n{report}\n{RESULTS_END}"
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if RESULTS_START in old and RESULTS_END in old:
            before, rest = old.split(RESULTS_START, 1)
            after = rest.split(RESULTS_END, 1)[1]
            path.write_text(before + block + after, encoding="utf-8")
            return
    path.write_text(f"# Benchmarks\n\n{block}\n", encoding="utf-8")


NAMES = ("apply", "start", "from_dict", "queries", "scripts", "agenda", "memory", "import")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the benchmarks and print the tables."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15, help="interleaved rounds (default 15)")
    parser.add_argument(
        "--workflows", type=int, default=100_000, help="workflows in the agenda scan"
    )
    parser.add_argument("--output", type=Path, help="also write the tables to this Markdown file")
    parser.add_argument(
        "--only",
        metavar="NAME[,NAME]",
        help=f"run only these benchmarks, of: {', '.join(NAMES)}",
    )
    options = parser.parse_args(argv)
    rounds: int = options.rounds
    chosen = list(NAMES)
    if options.only:
        wanted = {name.strip() for name in options.only.split(",") if name.strip()}
        unknown = sorted(wanted - set(NAMES))
        if unknown or not wanted:
            parser.error(f"--only takes names of: {', '.join(NAMES)}; not {', '.join(unknown)}")
        chosen = [name for name in NAMES if name in wanted]

    runners: dict[str, Callable[[], dict[str, float]]] = {
        "apply": lambda: bench_apply(rounds),
        "start": lambda: bench_start(rounds),
        "from_dict": lambda: bench_from_dict(rounds),
        "queries": lambda: bench_queries(rounds),
        "scripts": lambda: bench_scripts(rounds),
        "agenda": lambda: bench_agenda(rounds, options.workflows),
        "memory": bench_memory,
        "import": lambda: bench_import(2 * rounds),
    }
    sections = {
        "apply": Section("apply, per event", "floor", "ns"),
        "start": Section("start (not a target)", "floor", "µs"),
        "from_dict": Section(
            "from_dict(json.loads(text)) and the public-API reader, per workflow",
            "public-API reader",
            "µs",
        ),
        "queries": Section("queries on one mid-lifecycle workflow (not a target)", None, "µs"),
        "scripts": Section("render, per script (not a target)", None, "µs"),
        "agenda": Section(
            f"agenda over {options.workflows:,} workflows in 20 zones, per workflow",
            "floor",
            "ns",
        ),
        "memory": Section(
            f"memory per workflow, mid-lifecycle (history included; {MEMORY_COUNT:,} workflows)",
            "floor",
            "B",
        ),
        "import": Section(f"import, {2 * rounds} pairs of fresh interpreters", IMPORT_BASE, "ms"),
    }

    check_contenders()
    header = (
        f"followup_rules {__version__} at commit {commit()}. "
        f"Machine: {platform.machine()}, {cpu_name()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}; "
        f"{rounds} interleaved rounds, medians.\n"
    )
    measured: dict[str, dict[str, float]] = {}
    tables = []
    for name in chosen:
        print(f"running {name} ...", file=sys.stderr)
        measured[name] = runners[name]()
        tables.append(table(sections[name], measured[name]))
    report = "\n".join([header, targets_table(measured, options.workflows), *tables])
    sys.stdout.write(report)
    if options.output:
        write_output(options.output, report)


if __name__ == "__main__":
    main()
