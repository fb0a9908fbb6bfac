"""Live previews: asking for one, and what is known about a session's preview."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from appwright.service.schemas.jobs import UtcDatetime


class PreviewStart(BaseModel):
    version: int | None = Field(default=None, ge=1)
    """The spec version to preview; default: the session's current version."""


class PreviewCredentials(BaseModel):
    email: str
    password: str
    """The preview app's admin: sign in with these in the preview."""


class PreviewError(BaseModel):
    kind: str
    """The sandbox's error kind (crash, memory, timeout, ...)."""
    message: str
    output_tail: str
    """The end of the app's output."""


class PreviewRead(BaseModel):
    session_id: str
    state: Literal["starting", "running", "stopped", "failed"]
    version: int | None
    job_id: str | None
    """The preview's job: its progress events are in the session's event stream."""
    url: str | None
    """``/preview/<session>/?access=<token>`` (valid for a few minutes) while it is live."""
    started_at: UtcDatetime | None
    last_request_at: UtcDatetime | None
    credentials: PreviewCredentials | None
    error: PreviewError | None
    seeded: dict[str, int]
    """Sample rows inserted per entity."""
    isolation: str | None
    """How the app is sandboxed (``bwrap``, or the weaker subprocess backend)."""

    @classmethod
    def idle(cls, session_id: str) -> PreviewRead:
        return cls(
            session_id=session_id,
            state="stopped",
            version=None,
            job_id=None,
            url=None,
            started_at=None,
            last_request_at=None,
            credentials=None,
            error=None,
            seeded={},
            isolation=None,
        )


def preview_fields(status: Any) -> dict[str, Any]:
    """The fields of a manager's PreviewStatus that PreviewRead shares."""
    return {
        "session_id": status.session_id,
        "state": status.state,
        "version": status.version,
        "job_id": status.job_id,
        "started_at": status.started_at,
        "last_request_at": status.last_request_at,
        "credentials": status.credentials,
        "error": status.error,
        "seeded": status.seeded,
        "isolation": status.isolation,
    }
