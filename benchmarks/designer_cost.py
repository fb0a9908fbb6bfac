"""What the dependency-parse readers cost the offline designer, against the designer without them.

Three readers of ``read_model`` (``read_counted_links``, ``read_act_links``, ``held_lists``) use
spaCy through ``appwright.design.offline.parse``. Two costs are measured:

- one-off: the first ``parse()`` of a process (the pinned pipeline's checksum and load, and
  spaCy's import unless something imported it before), in fresh subprocesses whose designer has
  already run once without the parse, with the peak RSS growth it causes; and ``import spacy``
  alone, which lemminflect (imported by the designer) does whenever spaCy is installed;
- per description: ``design_app`` with the parse readers on and off (patched out of the
  entities module), on a warm pipeline with ``read_model``'s and ``parse``'s caches cleared
  before every call, interleaved per description over several rounds; medians per description.

It also counts the descriptions whose designed spec the parse readers change.

    .venv/bin/python benchmarks/designer_cost.py              # print the section
    .venv/bin/python benchmarks/designer_cost.py --write      # also refresh docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from designer import SETS
from report_section import machine_description, replace_section

from appwright.design.offline import design_app, entities
from appwright.design.offline.parse import parse

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- benchmark:designer-cost:start -->"
SECTION_END = "<!-- benchmark:designer-cost:end -->"
COMMAND = ".venv/bin/python benchmarks/designer_cost.py --write"
FIRST_SENTENCE = "Each order has one customer and a list of items."


def _no_links(*_: object) -> None:
    return None


def _no_held_lists(*_: object) -> Iterator[Any]:
    return iter(())


PARSE_READERS_OFF: dict[str, Callable[..., Any]] = {
    "read_counted_links": _no_links,
    "read_act_links": _no_links,
    "held_lists": _no_held_lists,
}


@contextmanager
def parse_readers_off() -> Iterator[None]:
    """The designer as it was before the parse: the three readers read nothing."""
    saved = {name: getattr(entities, name) for name in PARSE_READERS_OFF}
    try:
        for name, replacement in PARSE_READERS_OFF.items():
            setattr(entities, name, replacement)
        yield
    finally:
        for name, original in saved.items():
            setattr(entities, name, original)


def designed_fresh(description: str) -> dict[str, Any]:
    """``design_app``'s spec as a first meeting with the description would make it."""
    entities.read_model.cache_clear()
    parse.cache_clear()
    return design_app(description).spec.to_json_dict()


def timed_design(description: str, readers_on: bool) -> float:
    entities.read_model.cache_clear()
    parse.cache_clear()
    if readers_on:
        started = time.perf_counter()
        design_app(description)
        return time.perf_counter() - started
    with parse_readers_off():
        started = time.perf_counter()
        design_app(description)
        return time.perf_counter() - started


# --- one-off cost, in a fresh process -------------------------------------------------------


def peak_rss_kib() -> int:
    """This process's peak RSS in KiB (Linux). Not ``ru_maxrss``: exec keeps the parent's peak in
    it (a child of this ~150 MiB benchmark starts at ~150 MiB); ``VmHWM`` is the new image's."""
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    return int(status.split("VmHWM:")[1].split()[0])


def cold_probe(description: str) -> dict[str, Any]:
    """Run inside the subprocess: the first parse's seconds and peak RSS growth, and whether
    spaCy was imported before it (lemminflect imports it when it is installed)."""
    with parse_readers_off():
        design_app(description)  # the designer's own lazy loads are not the parse's cost
    spacy_imported_before = "spacy" in sys.modules
    before = peak_rss_kib()
    started = time.perf_counter()
    parse(FIRST_SENTENCE)
    first = time.perf_counter() - started
    after = peak_rss_kib()
    started = time.perf_counter()
    parse(FIRST_SENTENCE + " ")  # a new sentence: the lru_cache must not answer it
    second = time.perf_counter() - started
    return {
        "first_seconds": first,
        "second_seconds": second,
        "rss_before_kib": before,
        "rss_after_kib": after,
        "spacy_imported_before": spacy_imported_before,
    }


def probe_runs(arguments: list[str], runs: int) -> list[dict[str, Any]]:
    """The JSON figures a fresh interpreter prints, ``runs`` times over."""
    probes: list[dict[str, Any]] = []
    for _ in range(runs):
        completed = subprocess.run(
            [sys.executable, *arguments], check=True, capture_output=True, text=True, cwd=ROOT
        )
        probes.append(json.loads(completed.stdout))
    return probes


def cold_loads(runs: int, description: str) -> list[dict[str, Any]]:
    return probe_runs([str(Path(__file__).resolve()), "--cold-probe", description], runs)


SPACY_IMPORT_PROBE = """
import json, time
def peak_rss_kib():
    status = open("/proc/self/status", encoding="utf-8").read()
    return int(status.split("VmHWM:")[1].split()[0])
before = peak_rss_kib()
started = time.perf_counter()
import spacy
seconds = time.perf_counter() - started
after = peak_rss_kib()
print(json.dumps({"seconds": seconds, "rss_growth_kib": after - before}))
"""
"""``import spacy`` alone in a bare interpreter: lemminflect, which the designer imports, imports
spaCy itself when it is installed, so this is paid with the parse readers on or off."""


def spacy_imports(runs: int) -> list[dict[str, Any]]:
    return probe_runs(["-c", SPACY_IMPORT_PROBE], runs)


# --- per-description cost, warm pipeline ------------------------------------------------------


@dataclass
class DescriptionCost:
    set_name: str
    name: str
    on_seconds: list[float] = field(default_factory=list)
    off_seconds: list[float] = field(default_factory=list)
    sentences_parsed: int = 0
    spec_differs: bool = False

    @property
    def on(self) -> float:
        return statistics.median(self.on_seconds)

    @property
    def off(self) -> float:
        return statistics.median(self.off_seconds)

    @property
    def added(self) -> float:
        return self.on - self.off


def descriptions() -> list[tuple[str, str, str]]:
    """(set, id, description) for the held-out and the dev set."""
    found: list[tuple[str, str, str]] = []
    for set_name in ("heldout", "dev"):
        for path in sorted(SETS[set_name].glob("*.yaml")):
            gold = yaml.safe_load(path.read_text(encoding="utf-8"))
            found.append((set_name, str(gold.get("id", path.stem)), gold["description"]))
    return found


def measure_descriptions(rounds: int, progress: bool) -> list[DescriptionCost]:
    parse(FIRST_SENTENCE)  # the pipeline's load is the one-off figure, not a description's
    costs: list[DescriptionCost] = []
    chosen = descriptions()
    for number, (set_name, name, description) in enumerate(chosen, 1):
        cost = DescriptionCost(set_name, name)
        # an untimed pass of each fills the word caches both variants share, and is the spec check
        spec_on = designed_fresh(description)
        cost.sentences_parsed = parse.cache_info().currsize
        with parse_readers_off():
            spec_off = designed_fresh(description)
        cost.spec_differs = spec_on != spec_off
        for round_number in range(rounds):
            # alternate which goes first, so neither always runs just after the other
            order = (True, False) if round_number % 2 == 0 else (False, True)
            for readers_on in order:
                seconds = timed_design(description, readers_on)
                (cost.on_seconds if readers_on else cost.off_seconds).append(seconds)
        costs.append(cost)
        if progress and number % 25 == 0:
            print(f"  {number}/{len(chosen)} descriptions", file=sys.stderr)
    return costs


# --- report -------------------------------------------------------------------------------------


def spread_row(label: str, values: list[float], digits: int) -> str:
    return (
        f"| {label} | {statistics.median(values):.{digits}f} | {min(values):.{digits}f}"
        f" | {max(values):.{digits}f} |"
    )


def render(
    probes: list[dict[str, Any]],
    imports: list[dict[str, Any]],
    costs: list[DescriptionCost],
    rounds: int,
) -> str:
    firsts = [p["first_seconds"] for p in probes]
    growths = [(p["rss_after_kib"] - p["rss_before_kib"]) / 1024 for p in probes]
    befores = [p["rss_before_kib"] / 1024 for p in probes]
    seconds = [p["second_seconds"] * 1000 for p in probes]
    import_seconds = [i["seconds"] for i in imports]
    import_growths = [i["rss_growth_kib"] / 1024 for i in imports]
    median_off = statistics.median(c.off for c in costs)
    first_load = statistics.median(firsts)
    if all(p["spacy_imported_before"] for p in probes):
        what_first_does = (
            "spaCy was already imported (lemminflect, which the designer imports, imports it"
            " when it is installed), so the first parse is the pinned pipeline's SHA-256 check"
            " and load. The last two rows are `import spacy` alone in a bare interpreter: the"
            " designer pays it with the parse readers on or off"
        )
    else:
        what_first_does = (
            "The first parse imports spaCy, checks the pinned pipeline's SHA-256 sums and loads"
            " it. The last two rows are `import spacy` alone in a bare interpreter"
        )
    lines = [
        "### One-off: loading the pipeline",
        "",
        "| figure | median | min | max |",
        "|---|---:|---:|---:|",
        spread_row("first `parse()` of a designer process, s", firsts, 2),
        spread_row("peak RSS growth it causes, MiB", growths, 0),
        spread_row("peak RSS before it (designer run once, parse off), MiB", befores, 0),
        spread_row("second `parse()` (a new sentence), ms", seconds, 1),
        spread_row("`import spacy` in a bare interpreter, s", import_seconds, 2),
        spread_row("peak RSS growth of that import, MiB", import_growths, 0),
        "",
        f"{len(probes)} fresh subprocesses for each, one after another, so the page cache is"
        f" warm: a disk read of the files would come on top. {what_first_does}. The first parse"
        f" costs as much as {first_load / median_off:.0f} median descriptions designed with the"
        " parse readers off, measured in the same run.",
        "",
        "### Per description, warm pipeline",
        "",
        "| set | descriptions | Σ on, s | Σ off, s | on ÷ off | median added, ms"
        " | max added, ms | specs that differ |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    groups = {
        "heldout": [c for c in costs if c.set_name == "heldout"],
        "dev": [c for c in costs if c.set_name == "dev"],
        "all": costs,
    }
    for label, chosen in groups.items():
        total_on = sum(c.on for c in chosen)
        total_off = sum(c.off for c in chosen)
        added = [c.added * 1000 for c in chosen]
        differing = sum(c.spec_differs for c in chosen)
        lines.append(
            f"| {label} | {len(chosen)} | {total_on:.2f} | {total_off:.2f}"
            f" | {total_on / total_off:.2f} | {statistics.median(added):.1f}"
            f" | {max(added):.1f} | {differing} |"
        )
    slowest = max(costs, key=lambda c: c.added)
    sentences = sum(c.sentences_parsed for c in costs)
    added_total = sum(c.added for c in costs)
    lines += [
        "",
        f"Each description's time is the median of {rounds} interleaved rounds (readers on and"
        " off, alternating which goes first), after an untimed pass of each that fills the word"
        " caches both share; `read_model`'s and `parse`'s caches are cleared before every call,"
        " so each call meets its description afresh. Σ sums those medians; *added* is on minus"
        " off per description. The machine is shared and noisy: read the ratios, which come from"
        " one run, rather than the absolute times.",
        "",
        f"The most added was {slowest.added * 1000:.0f} ms ({slowest.set_name}/{slowest.name}:"
        f" {slowest.on * 1000:.0f} ms on, {slowest.off * 1000:.0f} ms off, {slowest.sentences_parsed}"
        f" sentences parsed). Over all descriptions {sentences} sentences were parsed,"
        f" {added_total / sentences * 1000:.1f} ms added per parsed sentence (parse and readers"
        " together). *Specs that differ* compares `to_json_dict()` of the two variants: the"
        " descriptions whose design the parse readers change.",
    ]
    return "\n".join(lines)


def write_section(body: str) -> None:
    """Replace (or append) this benchmark's section of docs/benchmarks.md, atomically."""
    today = dt.date.today().isoformat()
    section = "\n".join(
        [
            SECTION_START,
            "## What the dependency parse costs the offline designer (`design_app`)",
            "",
            f"Measured {today} on {machine_description()} with `{COMMAND}`. The parse readers"
            " are `read_counted_links`, `read_act_links` and `held_lists` in `read_model`;"
            " *off* patches them out of `appwright.design.offline.entities`: the designer"
            " without the parse.",
            "",
            body,
            SECTION_END,
        ]
    )
    replace_section(DOC, SECTION_START, SECTION_END, section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per description")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh processes for the load")
    parser.add_argument("--write", action="store_true", help=f"refresh the section in {DOC}")
    # the subprocess side of the one-off measurement; not for people
    parser.add_argument("--cold-probe", metavar="DESCRIPTION", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.cold_probe is not None:
        print(json.dumps(cold_probe(args.cold_probe)))
        return 0
    chosen = descriptions()
    probes = cold_loads(args.cold_runs, chosen[0][2])
    imports = spacy_imports(args.cold_runs)
    costs = measure_descriptions(args.rounds, progress=True)
    body = render(probes, imports, costs, args.rounds)
    print(body)
    if args.write:
        write_section(body)
        print(f"\nwrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
