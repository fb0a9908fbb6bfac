"""Starting a preview: the version's project (generated here when missing), its sample data,
the app's ``seed`` command in the sandbox, then its server on a Unix socket until it answers.

Example: version 3 of a CRM runs ``python -m crm.cli seed seed.json`` (``seeded: 7 company,
20 contact``), then ``uvicorn crm.main:app --uds app.sock`` behind ``/preview/<session>/``.
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
from pathlib import Path
from typing import Any

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
from appwright.service.db.base import utcnow
from appwright.service.events import record_event
from appwright.service.models import FileOverride, Job, JobStatus, SpecVersion
from appwright.service.preview.access import preview_prefix
from appwright.service.preview.lifecycle import STAGE_PERCENT, PreviewLifecycle
from appwright.service.preview.seed import build_seed
from appwright.service.preview.status import (
    SOCKET_NAME,
    PreviewError,
    RunningPreview,
    StartFailedError,
)
from appwright.service.projects import effective_files, version_dir, write_files_atomically
from appwright.spec import SpecValidationError, load_spec

log = logging.getLogger(__name__)

PREVIEW_KIND = "preview"
GENERATE_KIND = "generate"  # the generation jobs' kind (generation.py registers it)
DATABASE_NAME = "preview.db"
SEED_FILE = "seed.json"
ADMIN_EMAIL = "admin@example.com"
COMMAND_LIMITS = Limits(wall_seconds=120, cpu_seconds=120, memory_mb=1024, processes=64)
"""Limits of the app's seed command."""
READY_TIMEOUT = 60.0
"""How long a started server may take to answer its health check."""
OUTPUT_TAIL_CHARS = 4000
MAX_SOCKET_PATH = 100  # AF_UNIX paths are at most 107 bytes


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


class PreviewBoot(PreviewLifecycle):
    """The stages of starting a preview, run on a thread of their own."""

    projects_dir: Path
    work_root: Path
    backend: Backend | None
    seed: int
    launcher: ThreadPoolExecutor

    def check_version(self, session_id: str, version_number: int) -> None:
        """A PreviewError unless the session has that version with a valid spec."""
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

    def new_preview(
        self, session_id: str, workspace_id: str, version_number: int, user_id: str | None
    ) -> RunningPreview:
        """A fresh work directory and a running ``preview`` job for the version."""
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
                percentage=STAGE_PERCENT["starting"],
            )
            job_id = job.id
        credentials = {"email": ADMIN_EMAIL, "password": secrets.token_urlsafe(12)}
        return RunningPreview(
            session_id=session_id,
            workspace_id=workspace_id,
            version=version_number,
            job_id=job_id,
            work_dir=work_dir,
            credentials=credentials,
        )

    def boot(self, preview: RunningPreview) -> None:
        """Run the stages (on a thread of its own); a failure ends the preview with its reason."""
        try:
            self._run_stages(preview)
        except StartFailedError as failure:
            self.fail_preview(preview, failure.kind, failure.message, failure.output_tail)
        except Exception as error:  # an unexpected error still ends the preview, with its reason
            log.exception("preview of session %s failed to start", preview.session_id)
            self.fail_preview(preview, "sandbox_error", f"{type(error).__name__}: {error}", "")
        finally:
            preview.ready.set()

    def _run_stages(self, preview: RunningPreview) -> None:
        spec_data, tests = self._version_facts(preview)
        if tests is not None:
            self.record_stage(preview, "tests", tests.pop("message"), **tests)
        package = build_plan(load_spec(spec_data)).package
        project = self._project_dir(preview, spec_data)
        if not self.is_current(preview):
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
        self.record_stage(preview, "migrating", "creating the preview's database, then sample data")
        output = self._command(preview, package, env, "seed", SEED_FILE)
        preview.seeded = _seed_counts(output)
        if not self.is_current(preview):
            return
        rows = ", ".join(f"{count} {entity}" for entity, count in preview.seeded.items())
        self.record_stage(preview, "seeding", f"sample data inserted: {rows}")
        self._serve(preview, package, env)

    def _version_facts(
        self, preview: RunningPreview
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The version's spec, and what its last generation's tests found (when they ran)."""
        with self.database.session() as db:
            version = db.scalar(
                select(SpecVersion).where(
                    SpecVersion.session_id == preview.session_id,
                    SpecVersion.number == preview.version,
                )
            )
            if version is None:
                raise StartFailedError("not_found", f"version {preview.version} no longer exists")
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

    def _project_dir(self, preview: RunningPreview, spec_data: dict[str, Any]) -> Path:
        """The version's generated project; generated here (without tests) when missing."""
        project = version_dir(self.projects_dir, preview.session_id, preview.version)
        if (project / "pyproject.toml").is_file():
            return project
        self.record_stage(preview, "starting", "generating the project (it was not generated yet)")
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

    def _command(
        self, preview: RunningPreview, package: str, env: dict[str, str], *args: str
    ) -> str:
        job = python_module_job(
            f"{package}.cli", *args, work_dir=preview.work_dir, limits=COMMAND_LIMITS, env=env
        )
        result = run(job, self.backend)
        preview.isolation = result.isolation
        if not result.ok:
            raise StartFailedError(
                result.kind.value,
                f"`{' '.join(args)}` failed: {result.message}",
                _tail(result.stdout + result.stderr),
            )
        return result.stdout

    def _serve(self, preview: RunningPreview, package: str, env: dict[str, str]) -> None:
        if len(str(preview.socket_path)) > MAX_SOCKET_PATH:
            raise StartFailedError(
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
            server = self.launcher.submit(start, job, self.backend).result()
        except CodeRejectedError as rejected:
            raise StartFailedError(rejected.result.kind.value, rejected.result.message) from None
        with self.lock:
            if not self.is_current(preview):
                server.stop()
                return
            preview.server = server
        self._wait_until_answering(preview, server)
        with self.lock:
            if not self.is_current(preview):
                return
            preview.state = "running"
            preview.last_used = time.monotonic()
        self.record_stage(preview, "serving", f"serving version {preview.version}")
        threading.Thread(
            target=self._watch, args=(preview, server), name="preview-watch", daemon=True
        ).start()

    def _wait_until_answering(self, preview: RunningPreview, server: RunningJob) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        transport = httpx.HTTPTransport(uds=str(preview.socket_path))
        with httpx.Client(transport=transport, base_url="http://preview", timeout=5) as client:
            while time.monotonic() < deadline:
                if not server.running or not self.is_current(preview):
                    break
                if preview.socket_path.exists():
                    try:
                        if client.get("/api/health").status_code < 500:
                            return
                    except httpx.TransportError:
                        pass
                time.sleep(0.05)
        if not self.is_current(preview):
            return
        result = server.wait(0.5) if not server.running else server.stop()
        if result is None:
            result = server.stop()
        reason = "did not answer in time" if result.kind.value == "stopped" else result.message
        raise StartFailedError(
            result.kind.value if result.kind.value != "stopped" else "timeout",
            f"the app's server {reason}",
            _tail(result.stdout + result.stderr),
        )

    def _watch(self, preview: RunningPreview, server: RunningJob) -> None:
        result = server.wait()
        assert result is not None
        with self.lock:
            if preview.stopping or not self.is_current(preview):
                return
        self.fail_preview(
            preview,
            result.kind.value,
            f"the app's server stopped: {result.message}",
            _tail(result.stdout + result.stderr),
        )
