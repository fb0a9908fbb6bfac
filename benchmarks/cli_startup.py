"""Start-up of the ``appwright`` command and of the plural engine, against a bare interpreter.

Each round runs, in turn, as fresh processes: the venv's ``python -c pass`` (the baseline),
``import inflect`` as inflect ships (typeguard instruments every method at import),
``appwright.inflector.engine()`` (the same engine with typeguard's decorator off for that import),
``appwright --help`` and one ``appwright design ... --json`` on a short description. Rounds
interleave the variants so a noisy shared machine affects them alike; the table gives medians
and the ratio of each to the baseline's median.

    .venv/bin/python benchmarks/cli_startup.py             # print the table
    .venv/bin/python benchmarks/cli_startup.py --write     # also refresh docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from report_section import median_rows, write_measured_section

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- benchmark:cli-startup:start -->"
SECTION_END = "<!-- benchmark:cli-startup:end -->"
COMMAND = ".venv/bin/python benchmarks/cli_startup.py --write"
DESCRIPTION = "A salon books appointments for clients with stylists; each client has a phone."

VARIANTS: dict[str, list[str]] = {
    "bare `python -c pass`": ["-c", "pass"],
    "`import inflect` (typeguard on)": ["-c", "import inflect; inflect.engine()"],
    "`appwright.inflector.engine()`": ["-c", "from appwright.inflector import engine; engine()"],
    "`appwright --help`": ["-m", "appwright.cli", "--help"],
    "`appwright design ... --json`": ["-m", "appwright.cli", "design", DESCRIPTION, "--json"],
}


def timed(arguments: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *arguments], check=True, capture_output=True)
    return time.perf_counter() - started


def measure(runs: int) -> dict[str, list[float]]:
    for arguments in VARIANTS.values():  # warm the page cache and the bytecode caches
        timed(arguments)
    timings: dict[str, list[float]] = {name: [] for name in VARIANTS}
    for _ in range(runs):
        for name, arguments in VARIANTS.items():
            timings[name].append(timed(arguments))
    return timings


def render(timings: dict[str, list[float]], runs: int) -> str:
    lines = median_rows(timings, unit="ms", digits=0, ratio_digits=1)
    lines += [
        "",
        f"{runs} interleaved rounds, each variant a fresh process. `appwright design` loads the"
        " offline designer (spaCy's small English pipeline, lemminflect, inflect) and designs"
        " one short description; most of its time is that loading, not the design.",
    ]
    return "\n".join(lines)


def write_section(table: str) -> None:
    """Replace (or append) the CLI start-up section of docs/benchmarks.md, atomically."""
    write_measured_section(
        DOC,
        (SECTION_START, SECTION_END),
        "Command start-up (`appwright`, `appwright.inflector`)",
        COMMAND,
        table,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="interleaved rounds")
    parser.add_argument("--write", action="store_true", help=f"refresh the section in {DOC}")
    args = parser.parse_args(argv)
    timings = measure(args.runs)
    table = render(timings, args.runs)
    print(table)
    if args.write:
        write_section(table)
        print(f"\nwrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
