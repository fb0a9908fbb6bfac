"""Refresh one benchmark's section of docs/benchmarks.md, leaving the others as they are."""

from __future__ import annotations

import os
import platform
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
