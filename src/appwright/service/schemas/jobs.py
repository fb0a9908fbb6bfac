"""Background jobs and their progress events; asking for a generation."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from appwright.service.models import JobStatus


def _as_utc(value: datetime) -> datetime:
    # SQLite hands back naive datetimes (the stored values are UTC); PostgreSQL aware ones.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]
"""A time read back from either database, always with its UTC offset."""


class JobRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    kind: str
    status: JobStatus
    session_id: str | None
    spec_version_number: int | None
    error: str | None
    """Why it failed (or was interrupted), in words."""
    result: dict[str, Any] | None
    """A generation's: files, overrides applied, tests (passed/failed/...), duration (s)."""
    retry_of_id: str | None
    created_by_id: str | None
    created_at: UtcDatetime
    started_at: UtcDatetime | None
    finished_at: UtcDatetime | None


class JobList(BaseModel):
    items: list[JobRead]
    total: int


class JobEventRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    """Also the Server-Sent Events id: resume a stream after it with ``Last-Event-ID``."""
    job_id: str
    session_id: str | None
    stage: str
    """queued, generating, writing, testing, then done, failed or cancelled (cancelling: asked)."""
    message: str
    percentage: int
    files_written: int
    tests_passed: int
    created_at: UtcDatetime


class JobEventList(BaseModel):
    items: list[JobEventRead]
    total: int


class GenerateRequest(BaseModel):
    version: int | None = Field(default=None, ge=1)
    """The spec version to generate; the session's current version when omitted."""
