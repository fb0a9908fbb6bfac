"""Running jobs: the import check, the backend choice (bwrap when it works), supervision.

    result = run(python_file_job(Path("hook.py"), input={"row": {...}}, expect_result=True))
    server = start(python_module_job("uvicorn", "app.main:app", "--uds", "app.sock",
                                     work_dir=project, limits=SERVER_LIMITS))
    ...
    server.stop()

The backend is probed once per process: bubblewrap when a full sandbox starts here, else the
plain subprocess, whose results say ``isolation == "subprocess (weaker: no namespaces)"``.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Literal

from appwright.sandbox.base import (
    Availability,
    Backend,
    ErrorKind,
    ImportCheck,
    Job,
    JsonValue,
    Limits,
    Network,
    RunResult,
)
from appwright.sandbox.bwrap import BwrapBackend
from appwright.sandbox.imports import DEFAULT_ALLOWED_IMPORTS, CodeSyntaxError, check_imports
from appwright.sandbox.limits import PidsCgroup
from appwright.sandbox.process import RunningJob
from appwright.sandbox.subprocess_backend import SubprocessBackend
from appwright.sandbox.workspace import Workspace

logger = logging.getLogger(__name__)

BackendName = Literal["auto", "bwrap", "subprocess"]

SERVER_LIMITS = Limits(
    wall_seconds=None,
    cpu_seconds=None,
    memory_mb=1024,
    processes=128,
    file_size_mb=256,
    output_total_bytes=None,
)
"""Limits for a long-running server (a preview): no wall or CPU limit, a larger footprint."""


class CodeRejectedError(Exception):
    """`start` refused a job before running it; ``result`` says why (denied_import, ...)."""

    def __init__(self, result: RunResult) -> None:
        super().__init__(result.message)
        self.result = result


_probe_lock = threading.Lock()


@functools.cache
def _availability(backend_name: str) -> Availability:
    backend = BwrapBackend() if backend_name == "bwrap" else SubprocessBackend()
    return backend.availability()


def backend_availability(backend: Backend) -> Availability:
    """Whether ``backend`` works here; probed once per backend kind and process."""
    with _probe_lock:
        return _availability(backend.name)


def choose_backend(name: BackendName = "auto") -> Backend:
    """bwrap when it works here (``auto``), else the weaker subprocess backend.

    Asking for ``bwrap`` by name where it does not work raises `RuntimeError` with the reason.
    """
    if name == "subprocess":
        return SubprocessBackend()
    bwrap = BwrapBackend()
    status = backend_availability(bwrap)
    if status.works:
        return bwrap
    if name == "bwrap":
        raise RuntimeError(f"the bwrap sandbox does not work here: {status.detail}")
    logger.warning(
        "sandbox: bwrap unavailable (%s); using the weaker subprocess backend", status.detail
    )
    return SubprocessBackend()


def python_file_job(
    path: Path,
    *args: str,
    allowed_imports: Iterable[str] | None = DEFAULT_ALLOWED_IMPORTS,
    input: JsonValue = None,
    expect_result: bool = False,
    limits: Limits | None = None,
    network: Network = "none",
    extra_files: Mapping[str, str | bytes] | None = None,
) -> Job:
    """A job running the Python file ``path`` (copied into a fresh work dir) with ``args``.

    ``allowed_imports=None`` turns the import check off; `dataclasses.replace` sets the rest.
    """
    name = path.name
    files: dict[str, str | bytes] = {**(extra_files or {}), name: path.read_bytes()}
    check = None
    if allowed_imports is not None:
        check = ImportCheck((name,), frozenset(allowed_imports))
    return Job(
        argv=("python", name, *args),
        files=files,
        input=input,
        expect_result=expect_result,
        limits=limits or Limits(),
        network=network,
        import_check=check,
    )


def python_module_job(
    module: str,
    *args: str,
    work_dir: Path | None = None,
    limits: Limits | None = None,
    network: Network = "none",
    ro_mounts: tuple[Path, ...] = (),
    env: Mapping[str, str] | None = None,
) -> Job:
    """A job running ``python -m module args`` (e.g. uvicorn in a generated project's dir)."""
    return Job(
        argv=("python", "-m", module, *args),
        work_dir=work_dir,
        limits=limits or Limits(),
        network=network,
        ro_mounts=ro_mounts,
        env=dict(env or {}),
    )


def run(job: Job, backend: Backend | None = None) -> RunResult:
    """Run ``job`` to its end (or its wall-clock limit) and report it."""
    try:
        running = start(job, backend)
    except CodeRejectedError as rejected:
        return rejected.result
    result = running.wait()
    assert result is not None  # wait() without a timeout returns only once the run ended
    return result


def start(job: Job, backend: Backend | None = None) -> RunningJob:
    """Start ``job`` in the background; raises `CodeRejectedError` when the import check fails."""
    chosen = backend or choose_backend()
    rejection = _check_code(job, chosen)
    if rejection is not None:
        raise CodeRejectedError(rejection)
    if job.argv and job.argv[0] == "python":
        job = replace(job, argv=(str(job.python), *job.argv[1:]))
    if job.network != "none":
        logger.warning("sandbox: network %r allowed for %s", job.network, " ".join(job.argv))
    workspace = Workspace.prepare(job)
    cgroup = PidsCgroup.create(job.limits.processes)
    try:
        layout = chosen.layout(workspace.work_dir, workspace.io_dir)
        launch = chosen.launch(job, layout, cgroup)
        return RunningJob(
            job, launch, workspace, cgroup, backend=chosen.name, isolation=chosen.isolation
        )
    except BaseException:
        if cgroup is not None:
            cgroup.remove()
        workspace.remove()
        raise


def _check_code(job: Job, backend: Backend) -> RunResult | None:
    check = job.import_check
    if check is None:
        return None
    issues: list[str] = []
    for name in check.files:
        content = job.files.get(name)
        if content is None:
            continue
        source = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
        try:
            found = check_imports(source, check.allowed, filename=name)
        except CodeSyntaxError as exc:
            return _rejected(job, backend, ErrorKind.SYNTAX_ERROR, [f"{name}: {exc.issue}"])
        issues += [f"{name}: {issue}" for issue in found]
    if not issues:
        return None
    return _rejected(job, backend, ErrorKind.DENIED_IMPORT, issues)


def _rejected(job: Job, backend: Backend, kind: ErrorKind, issues: list[str]) -> RunResult:
    return RunResult(
        kind=kind,
        message="; ".join(issues),
        isolation=backend.isolation,
        backend=backend.name,
        network=job.network,
        import_issues=tuple(issues),
    )
