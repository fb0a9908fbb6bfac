"""Score the offline designer against descriptions with gold answers.

Runs ``appwright.design.offline.design_app`` on every description of a set and scores the
spec with the shared scorer (``score_spec.py``, found beside the dev set), which measures
recall of entities, fields, types, enum values, relationships, states, roles and reports.

    .venv/bin/python benchmarks/designer.py                    # the dev set
    .venv/bin/python benchmarks/designer.py --set heldout      # our own held-out descriptions
    .venv/bin/python benchmarks/designer.py --set rambling     # held-out apps told rambling
    .venv/bin/python benchmarks/designer.py --set all --write  # all three, and refresh docs/benchmarks.md

Sets: ``dev`` is ``../shared/benchmarks/dev/*.yaml`` (override with APPWRIGHT_BENCHMARKS);
``heldout`` is ``benchmarks/descriptions/*.yaml``, written with their gold answers before the
designer was run on them, in batches (a ``batch`` key): each batch's first-run figures are in
docs/benchmarks.md, since the rules were then improved against the batches already seen;
``rambling`` is ``benchmarks/rambling/*.yaml``: held-out descriptions rewritten in the voice of
an owner who explains as they go, each with its original's gold answer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml
from report_section import replace_section

from appwright.design.offline import design_app

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("APPWRIGHT_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))
SETS = {
    "dev": SHARED / "dev",
    "heldout": ROOT / "benchmarks" / "descriptions",
    "rambling": ROOT / "benchmarks" / "rambling",
}
SCORER = SHARED / "score_spec.py"
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- benchmark:designer:start -->"
SECTION_END = "<!-- benchmark:designer:end -->"
COMMAND = ".venv/bin/python benchmarks/designer.py --set all --write"
COLUMNS = (
    ("entity_recall", "entities"),
    ("field_recall", "fields"),
    ("type_accuracy", "types"),
    ("enum_recall", "enums"),
    ("relationship_recall", "relations"),
    ("state_recall", "states"),
    ("role_recall", "roles"),
    ("report_recall", "reports"),
    ("overall", "overall"),
)

FIRST_RUNS_FILE = Path(__file__).with_name("first_runs.yaml")
"""Held-out batch, its descriptions, its mean overall the first time the designer met it, and
who wrote it. Each batch was written, gold answers included, before the designer ran on it;
the rules were then improved against what it missed, so only these first figures measure
descriptions the rules had never seen. A new batch is the way to measure that again; one
written by someone who has not read the rules is the honest kind."""


def first_runs() -> list[dict[str, Any]]:
    """The recorded first runs, in batch order; a malformed entry fails loudly, naming it."""
    rows = yaml.safe_load(FIRST_RUNS_FILE.read_text(encoding="utf-8"))
    for row in rows:
        missing = {"batch", "descriptions", "overall", "note"} - set(row)
        if missing:
            raise ValueError(f"{FIRST_RUNS_FILE.name}: batch entry {row!r} lacks {sorted(missing)}")
    return sorted(rows, key=lambda row: int(row["batch"]))


NOT_SCORED = "-"
"""A figure the gold answer does not ask for (no enums in it, say)."""

Score = dict[str, Any]


def load_scorer(path: Path = SCORER) -> Callable[[dict[str, Any], dict[str, Any]], Score]:
    """The ``score(gold, pred)`` function of the shared scorer, imported by path."""
    spec = importlib.util.spec_from_file_location("score_spec", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"no scorer at {path}")
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    scorer: Callable[[dict[str, Any], dict[str, Any]], Score] = module.score
    return scorer


def gold_files(name: str) -> list[Path]:
    return sorted(SETS[name].glob("*.yaml"))


def score_set(name: str, scorer: Callable[[dict[str, Any], dict[str, Any]], Score]) -> list[Score]:
    rows: list[Score] = []
    for path in gold_files(name):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        result = design_app(gold["description"])
        figures = scorer(gold, result.spec.to_json_dict())
        rows.append({"id": gold.get("id", path.stem), "batch": gold.get("batch", 1), **figures})
    return rows


def mean(rows: list[Score], key: str) -> float | None:
    values = [row[key] for row in rows if key in row]
    return sum(values) / len(values) if values else None


def markdown(name: str, rows: list[Score]) -> str:
    header = "| description | " + " | ".join(label for _, label in COLUMNS) + " |"
    lines = [header, "|" + "---|" * (len(COLUMNS) + 1)]
    for row in rows:
        cells = [f"{row[key]:.2f}" if key in row else NOT_SCORED for key, _ in COLUMNS]
        lines.append(f"| {row['id']} | " + " | ".join(cells) + " |")
    groups = {f"{name}, {len(rows)}": rows}
    batches = sorted({row["batch"] for row in rows})
    # a rambling rewrite keeps its original's batch; only the held-out batches were written as one
    if len(batches) > 1 and name == "heldout":
        for batch in batches:
            chosen = [row for row in rows if row["batch"] == batch]
            groups[f"{name} batch {batch}, {len(chosen)}"] = chosen
    for label, chosen in groups.items():
        means = [mean(chosen, key) for key, _ in COLUMNS]
        cells = [f"**{value:.3f}**" if value is not None else NOT_SCORED for value in means]
        lines.append(f"| **mean ({label})** | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_section(tables: dict[str, str]) -> None:
    """Replace (or append) the designer section of docs/benchmarks.md, atomically."""
    today = dt.date.today().isoformat()
    parts = [
        SECTION_START,
        "## Offline designer (`design_app`)",
        "",
        f"Measured {today} with `{COMMAND}`; scored by `shared/benchmarks/score_spec.py`"
        " (recall figures in [0, 1]; `overall` weighs entities and fields 3, relationships 2,"
        " types, enums and states 1, roles and reports 0.5). `dev` is the shared dev set;"
        " `heldout` is `benchmarks/descriptions/`, whose gold answers were written before the"
        " designer first ran on them; `rambling` is `benchmarks/rambling/`, a hundred and twenty of those"
        " descriptions rewritten by authors who never read the designer in the voice of an owner"
        " who explains as they go, with the same gold answers.",
        "",
    ]
    for name, table in tables.items():
        parts += [f"### {name}", "", table, ""]
    parts += [
        "First runs of the held-out batches (the designer had not seen them; its rules were",
        "improved against each batch afterwards, so the figures above are no longer unseen):",
        "",
    ]
    parts += [
        f"- batch {row['batch']}: {row['descriptions']} descriptions, mean overall"
        f" {row['overall']:.3f} ({row['note']})"
        for row in first_runs()
    ]
    parts.append("")
    parts.append(SECTION_END)
    section = "\n".join(parts)
    replace_section(DOC, SECTION_START, SECTION_END, section)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--set", choices=[*SETS, "all"], default="dev", help="which descriptions")
    parser.add_argument("--write", action="store_true", help=f"refresh the section in {DOC}")
    args = parser.parse_args(argv)
    scorer = load_scorer()
    names = list(SETS) if args.set == "all" else [args.set]
    tables: dict[str, str] = {}
    for name in names:
        rows = score_set(name, scorer)
        tables[name] = markdown(name, rows)
        print(f"{name}\n{tables[name]}\n")
    if args.write:
        write_section(tables)
        print(f"wrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
