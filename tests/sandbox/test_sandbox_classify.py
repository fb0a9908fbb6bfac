from __future__ import annotations

import signal

import pytest

from appwright.sandbox.base import ErrorKind, Limits
from appwright.sandbox.classify import ProcessFacts, classify, last_exception

LIMITS = Limits(wall_seconds=2, cpu_seconds=1, memory_mb=64)


def facts(**overrides: object) -> ProcessFacts:
    values: dict[str, object] = {
        "exit_code": 1,
        "signal": None,
        "timed_out": False,
        "output_exceeded": False,
        "stopped": False,
        "setup_failed": False,
        "process_limit_hit": False,
        "cpu_seconds": 0.1,
        "stderr": "",
    }
    values.update(overrides)
    return ProcessFacts(**values)  # type: ignore[arg-type]


def traceback(line: str) -> str:
    return f'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\n{line}\n'


def test_last_exception_reads_the_final_traceback() -> None:
    stderr = traceback("ValueError: first") + "During handling...\n" + traceback("KeyError: 'x'")
    assert last_exception(stderr) == ("KeyError", "'x'")
    assert last_exception("no traceback here") is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("MemoryError", ErrorKind.MEMORY),
        ("OSError: [Errno 24] Too many open files: 'x'", ErrorKind.OPEN_FILES),
        ("OSError: [Errno 27] File too large", ErrorKind.FILE_SIZE),
        ("BlockingIOError: [Errno 11] Resource temporarily unavailable", ErrorKind.PROCESS_LIMIT),
        ("RuntimeError: can't start new thread", ErrorKind.PROCESS_LIMIT),
        ("OSError: [Errno 101] Network is unreachable", ErrorKind.NETWORK_DENIED),
        (
            "socket.gaierror: [Errno -3] Temporary failure in name resolution",
            ErrorKind.NETWORK_DENIED,
        ),
        ("ZeroDivisionError: division by zero", ErrorKind.CRASH),
    ],
)
def test_the_last_exception_names_the_kind(line: str, kind: ErrorKind) -> None:
    verdict = classify(facts(stderr=traceback(line)), LIMITS, "none")
    assert verdict.kind is kind
    assert line in verdict.message


def test_network_errors_are_crashes_when_the_network_was_allowed() -> None:
    stderr = traceback("OSError: [Errno 101] Network is unreachable")
    assert classify(facts(stderr=stderr), LIMITS, "host").kind is ErrorKind.CRASH


def test_the_runners_reasons_come_first() -> None:
    assert classify(facts(timed_out=True, signal=9), LIMITS, "none").kind is ErrorKind.TIMEOUT
    assert classify(facts(output_exceeded=True), LIMITS, "none").kind is ErrorKind.OUTPUT_LIMIT
    assert classify(facts(stopped=True, timed_out=True), LIMITS, "none").kind is ErrorKind.STOPPED


def test_cpu_limit_by_signal() -> None:
    by_soft_limit = facts(exit_code=None, signal=signal.SIGXCPU)
    assert classify(by_soft_limit, LIMITS, "none").kind is ErrorKind.CPU
    by_hard_limit = facts(exit_code=None, signal=signal.SIGKILL, cpu_seconds=2.0)
    assert classify(by_hard_limit, LIMITS, "none").kind is ErrorKind.CPU
    killed_otherwise = facts(exit_code=None, signal=signal.SIGKILL, cpu_seconds=0.1)
    verdict = classify(killed_otherwise, LIMITS, "none")
    assert verdict.kind is ErrorKind.CRASH
    assert verdict.message == "killed by SIGKILL"


def test_process_limit_from_the_cgroup() -> None:
    assert classify(facts(process_limit_hit=True), LIMITS, "none").kind is ErrorKind.PROCESS_LIMIT


def test_exit_zero_is_ok_and_setup_failure_is_the_sandboxs() -> None:
    assert classify(facts(exit_code=0), LIMITS, "none").kind is ErrorKind.OK
    failed = classify(facts(setup_failed=True, stderr="bwrap: No such file\n"), LIMITS, "none")
    assert failed.kind is ErrorKind.SANDBOX_ERROR
    assert failed.message.endswith("bwrap: No such file")
