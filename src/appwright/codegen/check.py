"""Run a generated project's own test suite and summarize the outcome."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OUTPUT_TAIL_LINES = 60
_COUNT = re.compile(r"(\d+) (passed|failed|errors?|skipped)")


@dataclass(frozen=True)
class CheckResult:
    passed: int
    failed: int
    errors: int
    skipped: int
    duration: float
    """Seconds the test run took (wall clock)."""
    returncode: int
    output_tail: str
    """The last lines of pytest's output."""

    @property
    def output(self) -> str:
        """Same as ``output_tail``."""
        return self.output_tail

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.failed == 0 and self.errors == 0 and self.passed > 0


def _counts(output: str) -> dict[str, int]:
    counts = {"passed": 0, "failed": 0, "errors": 0, "skipped": 0}
    summary = next((line for line in reversed(output.splitlines()) if _COUNT.search(line)), "")
    for number, word in _COUNT.findall(summary):
        key = "errors" if word.startswith("error") else word
        counts[key] = int(number)
    return counts


def check_project(
    project_dir: Path,
    *,
    database_url: str | None = None,
    timeout: float = 600,
    on_output: Callable[[str], None] | None = None,
) -> CheckResult:
    """Run ``pytest`` in the generated project with the current interpreter.

    ``database_url`` (e.g. a PostgreSQL database of its own) is passed to the suite as
    ``APP_TEST_DATABASE_URL``; without it the suite uses a temporary SQLite file.
    ``on_output`` sees each line of output as it comes (live progress); an exception it
    raises stops the run (the process is killed) and propagates.
    """
    project_dir = Path(project_dir).absolute()
    env = {key: value for key, value in os.environ.items() if not key.startswith("APP_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if database_url:
        env["APP_TEST_DATABASE_URL"] = database_url
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist"]
    started = time.monotonic()
    if on_output is not None:
        output, returncode = _run_streaming(command, project_dir, env, timeout, on_output)
        return _result(output, returncode, time.monotonic() - started)
    try:
        completed = subprocess.run(
            command,
            cwd=project_dir,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        output = completed.stdout + completed.stderr
        returncode = completed.returncode
    except subprocess.TimeoutExpired as expired:
        partial = expired.stdout or b""
        text = partial.decode(errors="replace") if isinstance(partial, bytes) else partial
        output = f"{text}\npytest timed out after {timeout:.0f} s"
        returncode = -1
    return _result(output, returncode, time.monotonic() - started)


def _result(output: str, returncode: int, duration: float) -> CheckResult:
    counts = _counts(output)
    tail = "\n".join(output.splitlines()[-OUTPUT_TAIL_LINES:])
    return CheckResult(duration=duration, returncode=returncode, output_tail=tail, **counts)


def _run_streaming(
    command: list[str],
    project_dir: Path,
    env: dict[str, str],
    timeout: float,
    on_output: Callable[[str], None],
) -> tuple[str, int]:
    """Run ``command`` passing each output line to ``on_output``; the output and return code."""
    lines: list[str] = []
    with subprocess.Popen(
        command,
        cwd=project_dir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as process:
        # A timer kills a run that hangs without printing; reading blocks until output or EOF.
        timer = threading.Timer(timeout, process.kill)
        timer.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                lines.append(line)
                on_output(line.rstrip("\n"))
        except BaseException:
            process.kill()
            raise
        finally:
            timer.cancel()
        returncode = process.wait()
    output = "".join(lines)
    if returncode < 0:
        output += f"\npytest stopped (signal {-returncode}); the time limit is {timeout:.0f} s"
    return output, returncode
