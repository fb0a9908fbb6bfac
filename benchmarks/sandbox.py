"""Cold start of a trivial Python program in each sandbox backend, against a bare interpreter.

Each round runs, in turn: the venv's ``python -c pass`` started directly (the baseline), the
same command under the bare ``bwrap ... prlimit ...`` command line (the namespaces' own cost),
and a file containing ``pass`` through ``appwright.sandbox.run`` on each backend (work and I/O
directories, pids cgroup, supervision threads, result: the full cost a hook run pays). Rounds
interleave the variants so a noisy shared machine affects them alike; the table gives medians
and the ratio of each to the baseline's median.

    .venv/bin/python benchmarks/sandbox.py                 # print the table
    .venv/bin/python benchmarks/sandbox.py --write         # also refresh docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from report_section import median_rows, write_measured_section

from appwright.sandbox import (
    BwrapBackend,
    Job,
    Limits,
    SubprocessBackend,
    backend_availability,
    run,
)

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- benchmark:sandbox:start -->"
SECTION_END = "<!-- benchmark:sandbox:end -->"
COMMAND = ".venv/bin/python benchmarks/sandbox.py --write"
LIMITS = Limits(wall_seconds=30, cpu_seconds=10, memory_mb=512)


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def bare_python() -> None:
    subprocess.run([sys.executable, "-c", "pass"], check=True, env={"PATH": "/usr/bin:/bin"})


def bare_bwrap(backend: BwrapBackend, scratch: Path) -> Callable[[], None]:
    layout = backend.layout(scratch, scratch)
    argv = backend.sandbox_argv(Job(argv=(sys.executable, "-c", "pass"), limits=LIMITS), layout, 64)

    def start() -> None:
        subprocess.run(argv, check=True, env={"PATH": "/usr/bin:/bin"})

    return start


def sandbox_run(backend: SubprocessBackend | BwrapBackend) -> Callable[[], None]:
    job = Job(argv=("python", "main.py"), files={"main.py": "pass\n"}, limits=LIMITS)

    def start() -> None:
        result = run(job, backend)
        if not result.ok:
            raise RuntimeError(f"{backend.name}: {result.kind}: {result.message}")

    return start


def measure(runs: int) -> tuple[dict[str, list[float]], list[str]]:
    variants: dict[str, Callable[[], None]] = {"bare `python -c pass`": bare_python}
    notes: list[str] = []
    bwrap = BwrapBackend()
    status = backend_availability(bwrap)
    scratch = Path(tempfile.mkdtemp(prefix="appwright-bench-"))
    if status.works:
        variants["`bwrap … prlimit … python -c pass`"] = bare_bwrap(bwrap, scratch)
        variants["`sandbox.run`, bwrap backend"] = sandbox_run(bwrap)
    else:
        notes.append(f"bwrap does not work here ({status.detail}): its rows are missing.")
    variants["`sandbox.run`, subprocess backend"] = sandbox_run(SubprocessBackend())
    for action in variants.values():  # warm the page cache and the backend probe
        action()
    timings: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, action in variants.items():
            timings[name].append(timed(action))
    scratch.rmdir()
    return timings, notes


def render(timings: dict[str, list[float]], runs: int, notes: list[str]) -> str:
    lines = median_rows(timings, unit="ms", digits=1)
    lines += [
        "",
        f"{runs} interleaved rounds. The program is empty, so the figures are pure start-up and"
        " tear-down: a hook or a preview adds its own import and run time on top. Most of what"
        " the bwrap backend adds to the bare bwrap command is the run's own pids cgroup (moving"
        " a process into a cgroup waits on a kernel lock); without one, the process cap falls"
        " back to RLIMIT_NPROC.",
        *notes,
    ]
    return "\n".join(lines)


def write_section(table: str) -> None:
    """Replace (or append) the sandbox section of docs/benchmarks.md, atomically."""
    write_measured_section(
        DOC,
        (SECTION_START, SECTION_END),
        "Sandbox cold start (`appwright.sandbox`)",
        COMMAND,
        table,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="interleaved rounds")
    parser.add_argument("--write", action="store_true", help=f"refresh the section in {DOC}")
    args = parser.parse_args(argv)
    timings, notes = measure(args.runs)
    table = render(timings, args.runs, notes)
    print(table)
    if args.write:
        write_section(table)
        print(f"\nwrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
