"""From what happened to a process (exit status, signals, flags, stderr) to an `ErrorKind`."""

from __future__ import annotations

import re
import signal as signals
from dataclasses import dataclass

from appwright.sandbox.base import ErrorKind, Limits, Network

_TRACEBACK = "Traceback (most recent call last):"
_EXCEPTION_LINE = re.compile(r"^(?P<type>[A-Za-z_][\w.]*)(?::\s?(?P<message>.*))?$")
_NETWORK_ERRORS = (
    "[Errno 101]",  # ENETUNREACH: no route out of a private network namespace
    "[Errno 99]",  # EADDRNOTAVAIL
    "[Errno -2]",  # name resolution: no resolver
    "[Errno -3]",
    "Name or service not known",
    "Temporary failure in name resolution",
)


@dataclass(frozen=True)
class ProcessFacts:
    """What the supervisor observed about one finished run."""

    exit_code: int | None  # None when a signal ended it
    signal: int | None
    timed_out: bool
    output_exceeded: bool
    stopped: bool
    setup_failed: bool  # the backend reported it never started the program
    process_limit_hit: bool  # the pids cgroup refused a fork
    cpu_seconds: float
    stderr: str


@dataclass(frozen=True)
class Classification:
    kind: ErrorKind
    message: str
    exception: str | None


def last_exception(stderr: str) -> tuple[str, str] | None:
    """The type and message of the last traceback in ``stderr``, e.g. ("KeyError", "'x'")."""
    start = stderr.rfind(_TRACEBACK)
    if start < 0:
        return None
    for line in stderr[start + len(_TRACEBACK) :].splitlines():
        if not line or line[0].isspace():
            continue
        match = _EXCEPTION_LINE.match(line)
        if match:
            return match["type"], match["message"] or ""
        return None
    return None


def signal_name(number: int) -> str:
    try:
        return signals.Signals(number).name
    except ValueError:
        return f"signal {number}"


def classify(facts: ProcessFacts, limits: Limits, network: Network) -> Classification:
    """The kind of ending, and a sentence a person (or a model) can act on."""
    found = last_exception(facts.stderr)
    exception = found[0] if found else None
    kind, message = _kind_and_message(facts, limits, network, found)
    return Classification(kind, message, exception)


def _kind_and_message(
    facts: ProcessFacts, limits: Limits, network: Network, found: tuple[str, str] | None
) -> tuple[ErrorKind, str]:
    if facts.stopped:
        return ErrorKind.STOPPED, "stopped on request"
    if facts.timed_out:
        return ErrorKind.TIMEOUT, f"killed at the wall-clock limit of {limits.wall_seconds:g} s"
    if facts.output_exceeded:
        return (
            ErrorKind.OUTPUT_LIMIT,
            f"killed after writing more than {limits.output_total_bytes} bytes of output",
        )
    if facts.setup_failed:
        return ErrorKind.SANDBOX_ERROR, "the sandbox could not start the program: " + (
            facts.stderr.strip().splitlines()[-1] if facts.stderr.strip() else "no detail"
        )
    if facts.signal is not None:
        cpu_spent = limits.cpu_seconds is not None and facts.cpu_seconds >= limits.cpu_seconds
        if facts.signal == signals.SIGXCPU or (facts.signal == signals.SIGKILL and cpu_spent):
            return ErrorKind.CPU, f"killed at the CPU-time limit of {limits.cpu_seconds} s"
        if facts.signal == signals.SIGXFSZ:
            return ErrorKind.FILE_SIZE, _file_size_message(limits)
    if facts.exit_code == 0:
        return ErrorKind.OK, "exited normally"
    if facts.process_limit_hit:
        return ErrorKind.PROCESS_LIMIT, _process_message(limits)
    ending = (
        f"killed by {signal_name(facts.signal)}"
        if facts.signal is not None
        else f"exited with status {facts.exit_code}"
    )
    if found is None:
        return ErrorKind.CRASH, ending
    exc_type, exc_message = found
    line = f"{exc_type}: {exc_message}" if exc_message else exc_type
    if exc_type == "MemoryError" or "[Errno 12]" in exc_message:
        return ErrorKind.MEMORY, f"ran out of memory (limit {limits.memory_mb} MB): {line}"
    if "[Errno 24]" in exc_message:
        return ErrorKind.OPEN_FILES, f"too many open files (limit {limits.open_files}): {line}"
    if "[Errno 27]" in exc_message:
        return ErrorKind.FILE_SIZE, f"{_file_size_message(limits)}: {line}"
    if (exc_type == "BlockingIOError" and "[Errno 11]" in exc_message) or (
        "can't start new thread" in exc_message
    ):
        return ErrorKind.PROCESS_LIMIT, f"{_process_message(limits)}: {line}"
    if network == "none" and (
        exc_type.endswith("gaierror") or any(marker in line for marker in _NETWORK_ERRORS)
    ):
        return ErrorKind.NETWORK_DENIED, f"network access is not allowed here: {line}"
    return ErrorKind.CRASH, f"{ending}: {line}"


def _file_size_message(limits: Limits) -> str:
    return f"wrote a file past the size limit of {limits.file_size_mb} MB"


def _process_message(limits: Limits) -> str:
    return f"could not start more processes or threads (limit {limits.processes})"
