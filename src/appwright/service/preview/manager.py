"""The PreviewManager: one running generated app per session, in the sandbox, behind the proxy.

``start`` makes sure the version's project exists (a generation job wrote it under
``projects_dir``; else it is generated here, without tests), copies it into a fresh work
directory, runs the app's ``seed`` command (which migrates first) and then ``uvicorn`` on a Unix
socket in that directory, all in the sandbox with the network off. Progress is a Job of kind
``preview`` with events (starting, tests, migrating, seeding, serving, stopped, failed) that
the session's event stream carries. A preview restarts on a newly generated version, stops
after ``idle_seconds`` without requests (a reaper thread) or on request, and a workspace keeps
at most ``max_per_workspace`` (starting one more stops the least recently used). A preview
whose server dies is reported failed with the sandbox's error kind and its output's tail.
"""

from __future__ import annotations

import json
import logging
import secrets
import shutil
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import httpx
from sqlalchemy import select

from appwright.codegen import generate_files
from appwright.codegen.planner import build_plan
from appwright.sandbox import (
    SERVER_LIMITS,
    Backend,
    CodeRejectedError,
    Limits,
    RunningJob,
    python_module_job,
    run,
    start,
)
from appwright.service.db import Database
from appwright.service.db.base import utcnow
from appwright.service.events import record_event
from appwright.service.models import FileOverride, Job, JobStatus, SpecVersion
from appwright.service.preview.access import preview_prefix
from appwright.service.preview.seed import build_seed
from appwright.service.projects import effective_files, version_dir, write_files_atomically
from appwright.spec import SpecValidationError, load_spec

log = logging.getLogger(__name__)

PREVIEW_KIND = "preview"
GENERATE_KIND = "generate"  # the generation jobs' kind (generation.py registers it)

PreviewState = Literal["starting", "running", "stopped", "failed"]

SOCKET_NAME = "app.sock"
DATABASE_NAME = "preview.db"
SEED_FILE = "seed.json"
ADMIN_EMAIL = "admin@example.com"
COMMAND_LIMITS = Limits(wall_seconds=120, cpu_seconds=120, memory_mb=1024, processes=64)
"""Limits of the app's seed command."""
READY_TIMEOUT = 60.0
"""How long a started server may take to answer its health check."""
OUTPUT_TAIL_CHARS = 4000
STOP_WAIT_SECONDS = 10.0
MAX_SOCKET_PATH = 100  # AF_UNIX paths are at most 107 bytes

_PERCENT = {"starting": 5, "tests": 10, "migrating": 20, "seeding": 60, "serving": 100}


class PreviewError(Exception):
    """A preview cannot start (no such version, an invalid spec); the message says why."""


@dataclass(frozen=True)
class PreviewStatus:
    """What the API reports about a session's preview."""

    session_id: str
    workspace_id: str
    state: PreviewState
    version: int
    job_id: str
    started_at: datetime
    last_request_at: datetime | None
    credentials: dict[str, str]
    error: dict[str, Any] | None
    seeded: dict[str, int]
    isolation: str | None
    server_pid: int | None
    """The sandboxed server's process id (diagnostics; not in the API)."""


@dataclass
class _Preview:
    session_id: str
    workspace_id: str
    version: int
    job_id: str
    work_dir: Path
    credentials: dict[str, str]
    app_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    """The app's APP_SECRET_KEY (kept across restarts of the session's preview)."""
    started_at: datetime = field(default_factory=utcnow)
    state: PreviewState = "starting"
    last_request_at: datetime | None = None
    last_used: float = field(default_factory=time.monotonic)
    error: dict[str, Any] | None = None
    seeded: dict[str, int] = field(default_factory=dict)
    isolation: str | None = None
    server: RunningJob | None = None
    ready: threading.Event = field(default_factory=threading.Event)
    stopping: bool = False

    @property
    def socket_path(self) -> Path:
        return self.work_dir / SOCKET_NAME

    def snapshot(self) -> PreviewStatus:
        return PreviewStatus(
            session_id=self.session_id,
            workspace_id=self.workspace_id,
            state=self.state,
            version=self.version,
            job_id=self.job_id,
            started_at=self.started_at,
            last_request_at=self.last_request_at,
            credentials=dict(self.credentials),
            error=dict(self.error) if self.error else None,
            seeded=dict(self.seeded),
            isolation=self.isolation,
            server_pid=self.server.pid if self.server is not None else None,
        )


class _StartFailedError(Exception):
    def __init__(self, kind: str, message: str, output_tail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.output_tail = output_tail


class PreviewManager:
    def __init__(
        self,
        database: Database,
        projects_dir: Path,
        *,
        idle_seconds: float = 900,
        max_per_workspace: int = 3,
        work_root: Path | None = None,
        backend: Backend | None = None,
        seed: int = 0,
    ) -> None:
        self.database = database
        self.projects_dir = projects_dir
        self.idle_seconds = idle_seconds
        self.max_per_workspace = max_per_workspace
        self.work_root = work_root or Path(tempfile.gettempdir()) / "appwright-previews"
        self.backend = backend
        self.seed = seed
        self._previews: dict[str, _Preview] = {}
        self._lock = threading.RLock()
        self._closed = threading.Event()
        self._reaper: threading.Thread | None = None
        # bwrap's --die-with-parent fires when the *thread* that started it ends, so servers
        # are started from this executor's one thread, which lives as long as the manager
        self._launcher = ThreadPoolExecutor(1, thread_name_prefix="preview-launcher")

    # -- what the API and the proxy call ------------------------------------------------

    def start(
        self,
        *,
        session_id: str,
        workspace_id: str,
        version_number: int,
        user_id: str | None = None,
    ) -> tuple[PreviewStatus, bool]:
        """Start (or restart) the session's preview of ``version_number``; the status and
        whether a new start began (False: that version is already starting or running)."""
        self._check_version(session_id, version_number)
        with self._lock:
            current = self._previews.get(session_id)
            if (
                current is not None
                and current.version == version_number
                and current.state in ("starting", "running")
            ):
                current.last_used = time.monotonic()
                return current.snapshot(), False
            if current is not None:
                self._stop(current, f"restarting on version {version_number}")
            self._make_room(workspace_id, session_id)
            preview = self._new_preview(session_id, workspace_id, version_number, user_id)
            if current is not None:
                # the same admin and signing key: a person signed in stays signed in
                preview.credentials = dict(current.credentials)
                preview.app_secret = current.app_secret
            self._previews[session_id] = preview
        self._ensure_reaper()
        threading.Thread(
            target=self._boot, args=(preview,), name=f"preview-{session_id[:8]}", daemon=True
        ).start()
        return preview.snapshot(), True

    def status(self, session_id: str) -> PreviewStatus | None:
        with self._lock:
            preview = self._previews.get(session_id)
            return preview.snapshot() if preview is not None else None

    def stop(self, session_id: str, reason: str = "stopped on request") -> PreviewStatus | None:
        with self._lock:
            preview = self._previews.get(session_id)
            if preview is None:
                return None
            if preview.state in ("starting", "running"):
                self._stop(preview, reason)
            return preview.snapshot()

    def socket_for(self, session_id: str) -> Path | None:
        """The socket of the session's running preview (None unless it is running)."""
        with self._lock:
            preview = self._previews.get(session_id)
            if preview is None or preview.state != "running":
                return None
            return preview.socket_path

    def wait_ready(self, session_id: str, timeout: float) -> bool:
        """Wait (blocking) until a starting preview runs; whether it does."""
        with self._lock:
            preview = self._previews.get(session_id)
        if preview is None:
            return False
        preview.ready.wait(timeout)
        return preview.state == "running"

    def touch(self, session_id: str) -> None:
        """A request reached the preview: it is not idle."""
        with self._lock:
            preview = self._previews.get(session_id)
            if preview is not None:
                preview.last_used = time.monotonic()
                preview.last_request_at = utcnow()

    def on_generated(self, session_id: str, version_number: int) -> None:
        """A generation of the session finished: a live preview moves to that version."""
        with self._lock:
            preview = self._previews.get(session_id)
            if preview is None or preview.state not in ("starting", "running"):
                return
            workspace_id = preview.workspace_id
        try:
            self.start(
                session_id=session_id, workspace_id=workspace_id, version_number=version_number
            )
        except PreviewError:
            log.exception("preview of session %s could not restart", session_id)

    def on_generation_succeeded(self, job_id: str) -> None:
        """The generation job ``job_id`` succeeded: see `on_generated`."""
        with self.database.session() as db:
            job = db.get(Job, job_id)
            session_id = job.session_id if job is not None else None
            number = job.spec_version_number if job is not None else None
        if session_id is not None and number is not None:
            self.on_generated(session_id, number)

    def stop_all(self) -> None:
        """Stop every preview and the reaper (the service shuts down)."""
        self._closed.set()
        with self._lock:
            stopping = [
                self._stop(preview, "the builder service stopped")
                for preview in list(self._previews.values())
                if preview.state in ("starting", "running")
            ]
        for thread in stopping:
            if thread is not None:
                thread.join(STOP_WAIT_SECONDS)

    def reap_idle(self) -> list[str]:
        """Stop previews without a request for ``idle_seconds``; their session ids."""
        now = time.monotonic()
        stopped: list[str] = []
        with self._lock:
            for preview in list(self._previews.values()):
                idle = now - preview.last_used
                if preview.state == "running" and idle >= self.idle_seconds:
                    self._stop(preview, f"stopped after {int(idle)} s without requests")
                    stopped.append(preview.session_id)
        return stopped

    # -- starting ----------------------------------------------------------------------

    def _check_version(self, session_id: str, version_number: int) -> None:
        with self.database.session() as db:
            version = db.scalar(
                select(SpecVersion).where(
                    SpecVersion.session_id == session_id, SpecVersion.number == version_number
                )
            )
            if version is None:
                raise PreviewError(f"version {version_number} of the session does not exist")
            try:
                load_spec(version.spec)
            except SpecValidationError as error:
                raise PreviewError(
                    f"version {version_number}'s spec is not valid:\n{error}"
                ) from error

    def _new_preview(
        self, session_id: str, workspace_id: str, version_number: int, user_id: str | None
    ) -> _Preview:
        self.work_root.mkdir(parents=True, exist_ok=True)
        work_dir = Path(tempfile.mkdtemp(prefix=f"{session_id[:8]}-", dir=self.work_root))
        with self.database.session() as db:
            job = Job(
                workspace_id=workspace_id,
                session_id=session_id,
                spec_version_number=version_number,
                kind=PREVIEW_KIND,
                status=JobStatus.running,
                started_at=utcnow(),
                created_by_id=user_id,
            )
            db.add(job)
            db.flush()
            record_event(
                db,
                job,
                stage="starting",
                message=f"starting the preview of version {version_number}",
                percentage=_PERCENT["starting"],
            )
            job_id = job.id
        credentials = {"email": ADMIN_EMAIL, "password": secrets.token_urlsafe(12)}
        return _Preview(
            session_id=session_id,
            workspace_id=workspace_id,
            version=version_number,
            job_id=job_id,
            work_dir=work_dir,
            credentials=credentials,
        )

    def _make_room(self, workspace_id: str, session_id: str) -> None:
        active = [
            preview
            for preview in self._previews.values()
            if preview.workspace_id == workspace_id
            and preview.session_id != session_id
            and preview.state in ("starting", "running")
        ]
        active.sort(key=lambda preview: preview.last_used)
        while len(active) >= self.max_per_workspace:
            oldest = active.pop(0)
            self._stop(
                oldest,
                f"stopped to make room: a workspace runs at most {self.max_per_workspace} "
                "previews at once",
            )

    def _boot(self, preview: _Preview) -> None:
        try:
            self._run_stages(preview)
        except _StartFailedError as failure:
            self._fail(preview, failure.kind, failure.message, failure.output_tail)
        except Exception as error:  # an unexpected error still ends the preview, with its reason
            log.exception("preview of session %s failed to start", preview.session_id)
            self._fail(preview, "sandbox_error", f"{type(error).__name__}: {error}", "")
        finally:
            preview.ready.set()

    def _run_stages(self, preview: _Preview) -> None:
        spec_data, tests = self._version_facts(preview)
        if tests is not None:
            self._event(preview, "tests", tests.pop("message"), **tests)
        package = build_plan(load_spec(spec_data)).package
        project = self._project_dir(preview, spec_data)
        if not self._current(preview):
            return
        shutil.copytree(project, preview.work_dir, dirs_exist_ok=True)
        seed = build_seed(load_spec(spec_data), seed=self.seed)
        (preview.work_dir / SEED_FILE).write_text(json.dumps(seed), encoding="utf-8")
        env = {
            "APP_DATABASE_URL": f"sqlite:///{DATABASE_NAME}",
            "APP_SECRET_KEY": preview.app_secret,
            "APP_ADMIN_EMAIL": preview.credentials["email"],
            "APP_ADMIN_PASSWORD": preview.credentials["password"],
        }
        # one interpreter start for both: the app's CLI applies the migrations before every
        # command, so ``seed`` migrates the new database, then inserts the rows
        self._event(preview, "migrating", "creating the preview's database, then sample data")
        output = self._command(preview, package, env, "seed", SEED_FILE)
        preview.seeded = _seed_counts(output)
        if not self._current(preview):
            return
        rows = ", ".join(f"{count} {entity}" for entity, count in preview.seeded.items())
        self._event(preview, "seeding", f"sample data inserted: {rows}")
        self._serve(preview, package, env)

    def _version_facts(self, preview: _Preview) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The version's spec, and what its last generation's tests found (when they ran)."""
        with self.database.session() as db:
            version = db.scalar(
                select(SpecVersion).where(
                    SpecVersion.session_id == preview.session_id,
                    SpecVersion.number == preview.version,
                )
            )
            if version is None:
                raise _StartFailedError("not_found", f"version {preview.version} no longer exists")
            generation = db.scalar(
                select(Job)
                .where(
                    Job.session_id == preview.session_id,
                    Job.kind == GENERATE_KIND,
                    Job.spec_version_number == preview.version,
                    Job.status == JobStatus.succeeded,
                )
                .order_by(Job.finished_at.desc())
                .limit(1)
            )
            result = generation.result if generation is not None else None
            spec_data = dict(version.spec)
        tests = (result or {}).get("tests") or {}
        if not tests.get("ran"):
            return spec_data, None
        passed, failed = int(tests.get("passed", 0)), int(tests.get("failed", 0))
        return spec_data, {
            "message": f"the generated app's tests: {passed} passed, {failed} failed",
            "tests_passed": passed,
        }

    def _project_dir(self, preview: _Preview, spec_data: dict[str, Any]) -> Path:
        """The version's generated project; generated here (without tests) when missing."""
        project = version_dir(self.projects_dir, preview.session_id, preview.version)
        if (project / "pyproject.toml").is_file():
            return project
        self._event(preview, "starting", "generating the project (it was not generated yet)")
        with self.database.session() as db:
            overrides = {
                override.path: override.content
                for override in db.scalars(
                    select(FileOverride).where(FileOverride.session_id == preview.session_id)
                )
            }
        files = effective_files(generate_files(load_spec(spec_data)), overrides)
        write_files_atomically(files, project)
        return project

    def _command(self, preview: _Preview, package: str, env: dict[str, str], *args: str) -> str:
        job = python_module_job(
            f"{package}.cli", *args, work_dir=preview.work_dir, limits=COMMAND_LIMITS, env=env
        )
        result = run(job, self.backend)
        preview.isolation = result.isolation
        if not result.ok:
            raise _StartFailedError(
                result.kind.value,
                f"`{' '.join(args)}` failed: {result.message}",
                _tail(result.stdout + result.stderr),
            )
        return result.stdout

    def _serve(self, preview: _Preview, package: str, env: dict[str, str]) -> None:
        if len(str(preview.socket_path)) > MAX_SOCKET_PATH:
            raise _StartFailedError(
                "sandbox_error", f"the socket path {preview.socket_path} is too long"
            )
        job = python_module_job(
            "uvicorn",
            f"{package}.main:app",
            "--uds",
            SOCKET_NAME,
            "--root-path",
            preview_prefix(preview.session_id),
            "--no-access-log",
            work_dir=preview.work_dir,
            limits=SERVER_LIMITS,
            env=env,
        )
        try:
            server = self._launcher.submit(start, job, self.backend).result()
        except CodeRejectedError as rejected:
            raise _StartFailedError(rejected.result.kind.value, rejected.result.message) from None
        with self._lock:
            if not self._current(preview):
                server.stop()
                return
            preview.server = server
        self._wait_until_answering(preview, server)
        with self._lock:
            if not self._current(preview):
                return
            preview.state = "running"
            preview.last_used = time.monotonic()
        self._event(preview, "serving", f"serving version {preview.version}")
        threading.Thread(
            target=self._watch, args=(preview, server), name="preview-watch", daemon=True
        ).start()

    def _wait_until_answering(self, preview: _Preview, server: RunningJob) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        transport = httpx.HTTPTransport(uds=str(preview.socket_path))
        with httpx.Client(transport=transport, base_url="http://preview", timeout=5) as client:
            while time.monotonic() < deadline:
                if not server.running or not self._current(preview):
                    break
                if preview.socket_path.exists():
                    try:
                        if client.get("/api/health").status_code < 500:
                            return
                    except httpx.TransportError:
                        pass
                time.sleep(0.05)
        if not self._current(preview):
            return
        result = server.wait(0.5) if not server.running else server.stop()
        if result is None:
            result = server.stop()
        reason = "did not answer in time" if result.kind.value == "stopped" else result.message
        raise _StartFailedError(
            result.kind.value if result.kind.value != "stopped" else "timeout",
            f"the app's server {reason}",
            _tail(result.stdout + result.stderr),
        )

    def _watch(self, preview: _Preview, server: RunningJob) -> None:
        result = server.wait()
        assert result is not None
        with self._lock:
            if preview.stopping or not self._current(preview):
                return
        self._fail(
            preview,
            result.kind.value,
            f"the app's server stopped: {result.message}",
            _tail(result.stdout + result.stderr),
        )

    # -- ending -------------------------------------------------------------------------

    def _current(self, preview: _Preview) -> bool:
        with self._lock:
            return self._previews.get(preview.session_id) is preview and not preview.stopping

    def _stop(self, preview: _Preview, reason: str) -> threading.Thread | None:
        """Stop ``preview`` (the lock is held); its job ends with a "stopped" event. The
        server is killed on a thread of its own (returned), so no caller waits under the lock."""
        if preview.stopping or preview.state in ("stopped", "failed"):
            return None
        preview.stopping = True
        preview.state = "stopped"
        server = preview.server
        preview.ready.set()
        thread = threading.Thread(
            target=self._finish_stop, args=(preview, server, reason), daemon=True
        )
        thread.start()
        return thread

    def _finish_stop(self, preview: _Preview, server: RunningJob | None, reason: str) -> None:
        if server is not None:
            server.stop()
        self._end_job(preview, JobStatus.succeeded, "stopped", reason)
        shutil.rmtree(preview.work_dir, ignore_errors=True)

    def _fail(self, preview: _Preview, kind: str, message: str, output_tail: str) -> None:
        with self._lock:
            if preview.stopping:
                return
            preview.stopping = True
            preview.state = "failed"
            preview.error = {"kind": kind, "message": message, "output_tail": output_tail}
            server = preview.server
        if server is not None and server.running:
            server.stop()
        self._end_job(preview, JobStatus.failed, "failed", f"{message} ({kind})")
        shutil.rmtree(preview.work_dir, ignore_errors=True)  # the output's tail is kept

    def _end_job(self, preview: _Preview, status: JobStatus, stage: str, message: str) -> None:
        with self.database.session() as db:
            job = db.get(Job, preview.job_id)
            if job is None:
                return
            job.status = status
            job.finished_at = utcnow()
            job.error = message if status == JobStatus.failed else None
            job.result = {
                "version": preview.version,
                "seeded": preview.seeded,
                "isolation": preview.isolation,
                "error": preview.error,
            }
            record_event(db, job, stage=stage, message=message)

    def _event(self, preview: _Preview, stage: str, message: str, **extra: int) -> None:
        if not self._current(preview):
            return
        with self.database.session() as db:
            job = db.get(Job, preview.job_id)
            if job is not None:
                record_event(
                    db,
                    job,
                    stage=stage,
                    message=message,
                    percentage=_PERCENT.get(stage, 0),
                    tests_passed=extra.get("tests_passed", 0),
                )

    # -- the reaper ---------------------------------------------------------------------

    def _ensure_reaper(self) -> None:
        with self._lock:
            if self._reaper is not None and self._reaper.is_alive():
                return
            self._closed.clear()
            self._reaper = threading.Thread(
                target=self._reap_loop, name="preview-reaper", daemon=True
            )
            self._reaper.start()

    def _reap_loop(self) -> None:
        interval = max(0.05, min(30.0, self.idle_seconds / 4))
        while not self._closed.wait(interval):
            try:
                self.reap_idle()
            except Exception:  # the reaper keeps running whatever one pass meets
                log.exception("preview reaper pass failed")


def _seed_counts(output: str) -> dict[str, int]:
    """``seeded: 7 company, 20 contact`` → {"company": 7, "contact": 20}."""
    line = next((line for line in output.splitlines() if line.startswith("seeded:")), "")
    counts: dict[str, int] = {}
    for part in line.removeprefix("seeded:").split(","):
        number, _, entity = part.strip().partition(" ")
        if number.isdigit() and entity:
            counts[entity] = int(number)
    return counts


def _tail(text: str) -> str:
    return text[-OUTPUT_TAIL_CHARS:]
