"""The hostile suite: programs written to break out, each contained with a clear error kind.

Every program in ``hostile/`` states what it tries and the kind each backend must end it with:

    # expect: crash                    (bwrap)
    # subprocess: skip - why           (or the kind on the weaker backend)
    # import-check: denied_import      (optional: the kind when the import check is on)

They all run with the import check OFF (the check is early feedback, not the boundary); the
ones with an ``import-check`` line run once more with it on. After each run the test asserts
that nothing leaked (no secret, no ``ESCAPED`` line, no file outside the sandbox) and that this
process's HTTP server and a sibling process are still alive.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import Service

from appwright.sandbox import Backend, ErrorKind, Limits, RunResult, python_file_job, run

HOSTILE_DIR = Path(__file__).parent / "hostile"
SECRET_NAME = "APPWRIGHT_LLM__API_KEY"
SECRET_VALUE = "sk-hostile-suite-secret-3f9a1c"
HOSTILE_LIMITS = Limits(
    wall_seconds=4,
    cpu_seconds=1,
    memory_mb=256,
    processes=32,
    open_files=64,
    file_size_mb=4,
    output_bytes=16 * 1024,
    output_total_bytes=1024 * 1024,
)
MARKERS = (
    Path("/tmp/appwright-hostile-marker"),
    Path("/etc/appwright-hostile-marker"),
    Path("/appwright-hostile-marker"),
    Path(sys.prefix)
    / "lib"
    / f"python{sys.version_info.major}.{sys.version_info.minor}"
    / "site-packages"
    / "appwright_hostile_marker.py",
)


@dataclass(frozen=True)
class HostileProgram:
    path: Path
    expected: dict[str, str]  # backend name -> kind, or "skip - why"
    with_import_check: str | None

    @property
    def name(self) -> str:
        return self.path.stem


def _load(path: Path) -> HostileProgram:
    headers = dict(re.findall(r"^# ([\w-]+): (.+)$", path.read_text(), flags=re.MULTILINE))
    return HostileProgram(
        path,
        {"bwrap": headers["expect"], "subprocess": headers["subprocess"]},
        headers.get("import-check"),
    )


PROGRAMS = [_load(path) for path in sorted(HOSTILE_DIR.glob("*.py"))]


def _check_proc_snooping(result: RunResult) -> None:
    commands = json.loads(result.stdout)
    assert len(commands) <= 2, f"host processes are visible: {commands}"
    assert not any("pytest" in command for command in commands.values())


def _check_background_child_is_gone(result: RunResult) -> None:
    if result.backend != "subprocess":
        return  # under bwrap the pid is the sandbox's own; the namespace is gone
    child = json.loads(result.stdout)["child"]
    status = Path(f"/proc/{child}/status")
    assert not status.exists() or "State:\tZ" in status.read_text()


HOST_CHECKS: dict[str, Callable[[RunResult], None]] = {
    "proc_snooping": _check_proc_snooping,
    "background_child": _check_background_child_is_gone,
}


def test_the_suite_is_large_enough() -> None:
    assert len(PROGRAMS) >= 25
    assert {"bwrap", "subprocess"} <= set(PROGRAMS[0].expected)


@pytest.fixture(autouse=True)
def _secret_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_NAME, SECRET_VALUE)
    for marker in MARKERS:
        marker.unlink(missing_ok=True)


def _run_hostile(program: HostileProgram, backend: Backend, *, import_check: bool) -> RunResult:
    job = python_file_job(
        program.path,
        allowed_imports=None if not import_check else frozenset({"json", "os", "time"}),
        limits=HOSTILE_LIMITS,
    )
    return run(job, backend)


def _assert_contained(result: RunResult, service: Service) -> None:
    everything = result.stdout + result.stderr + json.dumps(result.result)
    assert "ESCAPED" not in result.stdout, result.stdout[-2000:]
    assert SECRET_VALUE not in everything, "a secret of the host leaked"
    assert "root:" not in everything, "the host's password files leaked"
    for marker in MARKERS:
        assert not marker.exists(), f"wrote {marker} outside the sandbox"
    service.assert_alive()


def _expected(program: HostileProgram, backend: Backend) -> ErrorKind:
    expected = program.expected[backend.name]
    if expected.startswith("skip"):
        pytest.skip(f"{backend.name}: {expected.removeprefix('skip - ')}")
    return ErrorKind(expected)


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda program: program.name)
def test_hostile_program_is_contained(
    program: HostileProgram, backend: Backend, service: Service
) -> None:
    expected = _expected(program, backend)
    result = _run_hostile(program, backend, import_check=False)
    assert result.kind is expected, f"{result.kind}: {result.message}\n{result.stderr[-1500:]}"
    assert result.isolation == backend.isolation
    if expected is not ErrorKind.OK:
        assert result.message
    _assert_contained(result, service)
    host_check = HOST_CHECKS.get(program.name)
    if host_check is not None:
        host_check(result)


@pytest.mark.parametrize(
    "program", [p for p in PROGRAMS if p.with_import_check], ids=lambda program: program.name
)
def test_hostile_program_is_refused_by_the_import_check(
    program: HostileProgram, backend: Backend, service: Service
) -> None:
    result = _run_hostile(program, backend, import_check=True)
    assert result.kind == program.with_import_check
    assert result.import_issues
    assert result.exit_code is None, "a refused program must not run"
    service.assert_alive()


def test_a_limit_hit_is_named(bwrap: Backend) -> None:
    program = next(p for p in PROGRAMS if p.name == "sleep_past_deadline")
    result = _run_hostile(program, bwrap, import_check=False)
    assert result.limit_hit == "wall_seconds"
    assert result.signal == "SIGKILL"
    assert 3.5 < result.duration_seconds < 8


def test_no_host_environment_reaches_the_program(backend: Backend) -> None:
    assert os.environ[SECRET_NAME] == SECRET_VALUE
    program = next(p for p in PROGRAMS if p.name == "env_secrets")
    environment = json.loads(_run_hostile(program, backend, import_check=False).stdout)
    assert SECRET_NAME not in environment
    assert set(environment) <= {
        "PATH",
        "HOME",
        "TMPDIR",
        "LANG",
        "PWD",
        "PYTHONDONTWRITEBYTECODE",
        "PYTHONUNBUFFERED",
        "APPWRIGHT_INPUT",
        "APPWRIGHT_RESULT",
        "APPWRIGHT_WORK_DIR",
    }
