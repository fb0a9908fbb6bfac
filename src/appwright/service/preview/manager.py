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

This module is the manager's public side (start, status, stop, the proxy's calls, the idle
reaper); ``boot`` runs the stages of a start, ``lifecycle`` records them and ends a preview,
and ``status`` says what a preview is.
"""

from __future__ import annotations

import logging
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from appwright.sandbox import Backend
from appwright.service.db import Database
from appwright.service.db.base import utcnow
from appwright.service.models import Job
from appwright.service.preview.boot import PreviewBoot
from appwright.service.preview.status import PreviewError, PreviewStatus, RunningPreview

log = logging.getLogger(__name__)


STOP_WAIT_SECONDS = 10.0


class PreviewManager(PreviewBoot):
    """Every session's preview: start, status, stop, the proxy's socket, the idle reaper."""

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
        self.previews: dict[str, RunningPreview] = {}
        self.lock = threading.RLock()
        self._closed = threading.Event()
        self._reaper: threading.Thread | None = None
        # bwrap's --die-with-parent fires when the *thread* that started it ends, so servers
        # are started from this executor's one thread, which lives as long as the manager
        self.launcher = ThreadPoolExecutor(1, thread_name_prefix="preview-launcher")

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
        self.check_version(session_id, version_number)
        with self.lock:
            current = self.previews.get(session_id)
            if (
                current is not None
                and current.version == version_number
                and current.state in ("starting", "running")
            ):
                current.last_used = time.monotonic()
                return current.snapshot(), False
            if current is not None:
                self.stop_preview(current, f"restarting on version {version_number}")
            self._make_room(workspace_id, session_id)
            preview = self.new_preview(session_id, workspace_id, version_number, user_id)
            if current is not None:
                # the same admin and signing key: a person signed in stays signed in
                preview.credentials = dict(current.credentials)
                preview.app_secret = current.app_secret
            self.previews[session_id] = preview
        self._ensure_reaper()
        threading.Thread(
            target=self.boot, args=(preview,), name=f"preview-{session_id[:8]}", daemon=True
        ).start()
        return preview.snapshot(), True

    def status(self, session_id: str) -> PreviewStatus | None:
        with self.lock:
            preview = self.previews.get(session_id)
            return preview.snapshot() if preview is not None else None

    def stop(self, session_id: str, reason: str = "stopped on request") -> PreviewStatus | None:
        with self.lock:
            preview = self.previews.get(session_id)
            if preview is None:
                return None
            if preview.state in ("starting", "running"):
                self.stop_preview(preview, reason)
            return preview.snapshot()

    def socket_for(self, session_id: str) -> Path | None:
        """The socket of the session's running preview (None unless it is running)."""
        with self.lock:
            preview = self.previews.get(session_id)
            if preview is None or preview.state != "running":
                return None
            return preview.socket_path

    def wait_ready(self, session_id: str, timeout: float) -> bool:
        """Wait (blocking) until a starting preview runs; whether it does."""
        with self.lock:
            preview = self.previews.get(session_id)
        if preview is None:
            return False
        preview.ready.wait(timeout)
        return preview.state == "running"

    def touch(self, session_id: str) -> None:
        """A request reached the preview: it is not idle."""
        with self.lock:
            preview = self.previews.get(session_id)
            if preview is not None:
                preview.last_used = time.monotonic()
                preview.last_request_at = utcnow()

    def on_generated(self, session_id: str, version_number: int) -> None:
        """A generation of the session finished: a live preview moves to that version."""
        with self.lock:
            preview = self.previews.get(session_id)
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
        with self.lock:
            stopping = [
                self.stop_preview(preview, "the builder service stopped")
                for preview in list(self.previews.values())
                if preview.state in ("starting", "running")
            ]
        for thread in stopping:
            if thread is not None:
                thread.join(STOP_WAIT_SECONDS)

    def reap_idle(self) -> list[str]:
        """Stop previews without a request for ``idle_seconds``; their session ids."""
        now = time.monotonic()
        stopped: list[str] = []
        with self.lock:
            for preview in list(self.previews.values()):
                idle = now - preview.last_used
                if preview.state == "running" and idle >= self.idle_seconds:
                    self.stop_preview(preview, f"stopped after {int(idle)} s without requests")
                    stopped.append(preview.session_id)
        return stopped

    # -- making room -------------------------------------------------------------------

    def _make_room(self, workspace_id: str, session_id: str) -> None:
        active = [
            preview
            for preview in self.previews.values()
            if preview.workspace_id == workspace_id
            and preview.session_id != session_id
            and preview.state in ("starting", "running")
        ]
        active.sort(key=lambda preview: preview.last_used)
        while len(active) >= self.max_per_workspace:
            oldest = active.pop(0)
            self.stop_preview(
                oldest,
                f"stopped to make room: a workspace runs at most {self.max_per_workspace} "
                "previews at once",
            )

    # -- the reaper ---------------------------------------------------------------------

    def _ensure_reaper(self) -> None:
        with self.lock:
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
