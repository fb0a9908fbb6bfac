"""What a preview is: the status the API reports, the record the manager keeps of a running
preview, and the errors that stop one from starting.

Example: ``PreviewStatus(state="running", version=3, seeded={"company": 7, ...}, ...)``.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from appwright.sandbox import RunningJob
from appwright.service.db.base import utcnow

PreviewState = Literal["starting", "running", "stopped", "failed"]

SOCKET_NAME = "app.sock"


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
class RunningPreview:
    """The manager's record of a session's preview, from its start to its end."""

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


class StartFailedError(Exception):
    """A stage of a start failed: the sandbox's error kind, why, and the output's tail."""

    def __init__(self, kind: str, message: str, output_tail: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.output_tail = output_tail
