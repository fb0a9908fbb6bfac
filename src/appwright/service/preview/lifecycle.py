"""How a preview records its progress and ends: the stages of its job, stopping it on request
and marking it failed, each with the job's last event.

Example: a preview stopped after 900 idle seconds ends its job with the event
``stopped: stopped after 900 s without requests``.
"""

from __future__ import annotations

import shutil
import threading

from appwright.sandbox import RunningJob
from appwright.service.db import Database
from appwright.service.db.base import utcnow
from appwright.service.events import record_event
from appwright.service.models import Job, JobStatus
from appwright.service.preview.status import RunningPreview

STAGE_PERCENT = {"starting": 5, "tests": 10, "migrating": 20, "seeding": 60, "serving": 100}


class PreviewLifecycle:
    """The state a preview manager keeps, and how a preview's job records its stages and ends."""

    database: Database
    previews: dict[str, RunningPreview]
    lock: threading.RLock

    def is_current(self, preview: RunningPreview) -> bool:
        """Whether ``preview`` is still the session's preview and not stopping."""
        with self.lock:
            return self.previews.get(preview.session_id) is preview and not preview.stopping

    def stop_preview(self, preview: RunningPreview, reason: str) -> threading.Thread | None:
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

    def _finish_stop(self, preview: RunningPreview, server: RunningJob | None, reason: str) -> None:
        if server is not None:
            server.stop()
        self._end_job(preview, JobStatus.succeeded, "stopped", reason)
        shutil.rmtree(preview.work_dir, ignore_errors=True)

    def fail_preview(
        self, preview: RunningPreview, kind: str, message: str, output_tail: str
    ) -> None:
        """End ``preview`` as failed, keeping the error and the output's tail."""
        with self.lock:
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

    def _end_job(
        self, preview: RunningPreview, status: JobStatus, stage: str, message: str
    ) -> None:
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

    def record_stage(self, preview: RunningPreview, stage: str, message: str, **extra: int) -> None:
        """Add a stage event to the preview's job (unless it is no longer current)."""
        if not self.is_current(preview):
            return
        with self.database.session() as db:
            job = db.get(Job, preview.job_id)
            if job is not None:
                record_event(
                    db,
                    job,
                    stage=stage,
                    message=message,
                    percentage=STAGE_PERCENT.get(stage, 0),
                    tests_passed=extra.get("tests_passed", 0),
                )
