"""Refresh one benchmark's section of docs/benchmarks.md, leaving the others as they are."""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import tempfile
from pathlib import Path


def replace_section(doc: Path, start: str, end: str, section: str) -> None:
    """Put ``section`` (which begins with ``start`` and ends with ``end``) into ``doc``, atomically.

    The text between an existing pair of markers is replaced; without one the section is appended.
    """
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    if start in text and end in text:
        head, rest = text.split(start, 1)
        tail = rest.split(end, 1)[1]
        text = head + section + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    doc.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=doc.parent, prefix=f".{doc.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as temp_file:
            temp_file.write(text)
        os.replace(temp_name, doc)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def machine_description() -> str:
    """Python version, CPU count, architecture and the load average now (the machine is shared)."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()},"
        f" load average {load:.1f}"
    )


def write_measured_section(
    doc: Path, markers: tuple[str, str], title: str, command: str, table: str
) -> None:
    """Replace (or append) one benchmark's section: its title, when, where and how it was
    measured, and its table, between its two ``markers``."""
    start, end = markers
    today = dt.date.today().isoformat()
    section = "\n".join(
        [
            start,
            f"## {title}",
            "",
            f"Measured {today} on {machine_description()} with `{command}`.",
            "",
            table,
            end,
        ]
    )
    replace_section(doc, start, end, section)


def median_rows(
    timings: dict[str, list[float]], *, unit: str, digits: int, ratio_digits: int = 2
) -> list[str]:
    """A Markdown table of each variant's median, p90 and ratio to the first variant's median
    (the baseline), in milliseconds (``unit="ms"``) or seconds."""
    scale = 1000 if unit == "ms" else 1
    baseline = statistics.median(next(iter(timings.values())))
    lines = [
        f"| variant | median {unit} | p90 {unit} | ÷ baseline |",
        "|---|---:|---:|---:|",
    ]
    for name, samples in timings.items():
        ordered = sorted(samples)
        median = statistics.median(ordered)
        p90 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]
        lines.append(
            f"| {name} | {median * scale:.{digits}f} | {p90 * scale:.{digits}f}"
            f" | {median / baseline:.{ratio_digits}f} |"
        )
    return lines
