"""Time ``appwright.codegen.generate_files`` on synthetic specs of growing size.

For specs of 1, 10, 50 and 200 entities (about eight fields of mixed types each, references to
earlier entities, a state flow on every fourth, many-to-many links, reports and pages), prints
the median of several runs of ``load_spec`` and ``generate_files``, and two ratios that stay
meaningful on a noisy shared machine: generation against loading the same spec, and against a
fixed CPU baseline (``json.dumps`` of the 10-entity spec, 100 times) measured in the same run.

    .venv/bin/python benchmarks/codegen.py                 # print the table
    .venv/bin/python benchmarks/codegen.py --write         # also refresh docs/benchmarks.md
    make bench BENCH_ARGS="--runs 3 --sizes 1,10"
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from report_section import write_measured_section

from appwright.codegen import generate_files
from appwright.spec import load_spec

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- benchmark:codegen:start -->"
SECTION_END = "<!-- benchmark:codegen:end -->"
COMMAND = ".venv/bin/python benchmarks/codegen.py --write"

BASELINE_SPEC_SIZE = 10
BASELINE_REPEAT = 100

JSON = dict[str, Any]


def synthetic_spec(entity_count: int) -> JSON:
    """A valid spec with ``entity_count`` entities, the same for the same count."""
    names = [f"record_{index:03d}" for index in range(entity_count)]
    entities: list[JSON] = []
    relationships: list[JSON] = []
    state_flows: list[JSON] = []
    reports: list[JSON] = []
    pages: list[JSON] = []
    for index, name in enumerate(names):
        entities.append({"name": name, "display_name": f"Record {index}", "fields": _fields(index)})
        if index > 0:
            relationships.append(
                {
                    "from": name,
                    "to": names[index - 1],
                    "kind": "many_to_one",
                    "required": index % 2 == 0,
                    "on_delete": "restrict" if index % 2 == 0 else "set_null",
                }
            )
        if index > 2 and index % 3 == 0:
            relationships.append(
                {
                    "from": name,
                    "to": names[index // 2],
                    "kind": "many_to_one",
                    "field": f"source_{names[index // 2]}_id",
                    "on_delete": "set_null",
                }
            )
        if index > 0 and index % 10 == 0:
            relationships.append({"from": name, "to": names[index - 2], "kind": "many_to_many"})
        has_flow = index % 4 == 0
        if has_flow:
            state_flows.append(_state_flow(name))
        if index % 5 == 0:
            reports += _reports(name, names[index - 1] if index > 0 else None)
        pages.append(_page(name, has_flow))
    dashboard_charts = [
        {"type": "component", "component": "chart", "report": report["name"]}
        for report in reports[:6]
    ]
    stats = [{"type": "component", "component": "stats", "entity": name} for name in names[:4]]
    pages.insert(
        0,
        {
            "name": "dashboard",
            "title": "Dashboard",
            "path": "/",
            "layout": {
                "type": "container",
                "direction": "column",
                "children": [
                    {"type": "container", "direction": "grid", "children": stats},
                    {"type": "container", "direction": "grid", "children": dashboard_charts},
                ],
            },
        },
    )
    return {
        "name": f"Synthetic {entity_count}",
        "slug": f"synthetic-{entity_count}",
        "entities": entities,
        "relationships": relationships,
        "state_flows": state_flows,
        "pages": pages,
        "permissions": {
            "roles": ["manager", "clerk"],
            "default_role": "clerk",
            "rules": [
                {
                    "role": "manager",
                    "entity": "*",
                    "actions": ["create", "read", "update", "delete"],
                },
                {
                    "role": "clerk",
                    "entity": "*",
                    "actions": ["create", "read", "update"],
                    "scope": "own",
                },
            ],
        },
        "reports": reports,
    }


def _fields(index: int) -> list[JSON]:
    fields: list[JSON] = [
        {"name": "name", "type": "text", "required": True, "searchable": True,
         "validation": {"max_length": 120}},
        {"name": "amount", "type": "decimal", "validation": {"min": 0}},
        {"name": "quantity", "type": "integer", "validation": {"min": 0, "max": 100000}},
        {"name": "due_on", "type": "date"},
        {"name": "priority", "type": "enum", "options": ["low", "medium", "high"],
         "default": "medium"},
        {"name": "is_active", "type": "boolean", "default": True},
        {"name": "contact_email", "type": "email"},
        {"name": "notes", "type": "long_text"},
    ]  # fmt: skip
    if index % 3 == 0:
        fields.append(
            {"name": "code", "type": "text", "unique": True,
             "validation": {"pattern": "^[A-Z]{2}[0-9]{3}$"}}
        )  # fmt: skip
    if index % 3 == 1:
        fields.append({"name": "tags", "type": "multi_enum", "options": ["new", "vip", "late"]})
    return fields


def _state_flow(entity: str) -> JSON:
    return {
        "entity": entity,
        "field": "status",
        "states": ["draft", "active", "done", "cancelled"],
        "transitions": [
            {"name": "activate", "from": ["draft"], "to": "active"},
            {"name": "finish", "from": ["active"], "to": "done", "roles": ["manager"]},
            {"name": "cancel", "from": ["draft", "active"], "to": "cancelled"},
        ],
    }


def _reports(entity: str, parent: str | None) -> list[JSON]:
    reports: list[JSON] = [
        {"name": f"{entity}_amount_by_priority", "entity": entity,
         "measure": {"agg": "sum", "field": "amount"}, "group_by": ["priority"], "chart": "bar"},
        {"name": f"{entity}_monthly", "entity": entity, "measure": {"agg": "count"},
         "time_bucket": {"field": "due_on", "unit": "month"}, "chart": "line"},
    ]  # fmt: skip
    if parent is not None:
        reports.append(
            {"name": f"{entity}_by_parent", "entity": entity,
             "measure": {"agg": "avg", "field": "quantity"}, "group_by": [f"{parent}.priority"],
             "chart": "pie"}
        )  # fmt: skip
    return reports


def _page(entity: str, has_flow: bool) -> JSON:
    board: list[JSON] = [
        {"type": "component", "component": "filters", "entity": entity},
        {"type": "component", "component": "table", "entity": entity},
        {"type": "component", "component": "calendar", "entity": entity},
    ]
    if has_flow:
        board.insert(0, {"type": "component", "component": "kanban", "entity": entity})
    return {
        "name": entity,
        "path": "/" + entity.replace("_", "-"),
        "layout": {
            "type": "container",
            "direction": "row",
            "responsive": {"mobile": "stack", "desktop": "side-by-side"},
            "children": [
                {"type": "component", "component": "form", "entity": entity,
                 "sizing": {"basis": "35%"}},
                {"type": "container", "direction": "column", "children": board},
            ],
        },
    }  # fmt: skip


def median_seconds(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def measure(sizes: list[int], runs: int) -> tuple[list[JSON], float]:
    """One row per size, and the median baseline (seconds) over the whole run."""
    baseline_data = synthetic_spec(BASELINE_SPEC_SIZE)

    def baseline() -> None:
        for _ in range(BASELINE_REPEAT):
            json.dumps(baseline_data)

    baselines: list[float] = []
    rows: list[JSON] = []
    for size in sizes:
        data = synthetic_spec(size)
        spec = load_spec(data)  # raises if the synthetic spec is not valid
        files = generate_files(spec)
        baselines.append(median_seconds(baseline, runs))
        load_time = median_seconds(partial(load_spec, data), runs)
        generate_time = median_seconds(partial(generate_files, spec), runs)
        baselines.append(median_seconds(baseline, runs))
        rows.append(
            {
                "entities": size,
                "fields": sum(len(e.fields) for e in spec.entities),
                "files": len(files),
                "kib": sum(len(content) for content in files.values()) / 1024,
                "load": load_time,
                "generate": generate_time,
            }
        )
        print(
            f"  {size:>4} entities: generate_files {generate_time * 1000:.1f} ms", file=sys.stderr
        )
    return rows, statistics.median(baselines)


def markdown(rows: list[JSON], baseline: float, runs: int) -> str:
    lines = [
        "| entities | fields | files | output KiB | load_spec ms | generate_files ms"
        " | generate ÷ load_spec | generate ÷ baseline |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['entities']} | {row['fields']} | {row['files']} | {row['kib']:.0f}"
            f" | {row['load'] * 1000:.1f} | {row['generate'] * 1000:.1f}"
            f" | {row['generate'] / row['load']:.1f} | {row['generate'] / baseline:.1f} |"
        )
    lines += [
        "",
        f"Medians of {runs} runs. Baseline: `json.dumps` of the {BASELINE_SPEC_SIZE}-entity spec"
        f" x {BASELINE_REPEAT} = {baseline * 1000:.1f} ms, measured before and after each size."
        " `fields` counts the normalized spec's fields (reference and state fields included).",
    ]
    return "\n".join(lines)


def write_section(table: str) -> None:
    """Replace (or append) the generator section of docs/benchmarks.md, atomically."""
    write_measured_section(
        DOC, (SECTION_START, SECTION_END), "Code generation (`generate_files`)", COMMAND, table
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,10,50,200", help="entity counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measurement")
    parser.add_argument("--write", action="store_true", help=f"refresh the section in {DOC}")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",") if size.strip()]
    rows, baseline = measure(sizes, max(1, args.runs))
    table = markdown(rows, baseline, args.runs)
    print(table)
    if args.write:
        write_section(table)
        print(f"\nwrote {DOC.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
