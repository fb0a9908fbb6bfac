"""Progress events of jobs: recorded as rows (their id is the SSE event id) and read back in order."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import Job, JobEvent, JobStatus

EVENT_STAGES = (
    "queued",
    "generating",
    "writing",
    "testing",
    "done",
    "failed",
    "cancelling",
    "cancelled",
)
"""The stages a generation reports, in the order they happen (the last three when stopped)."""


def record_event(
    db: Session,
    job: Job,
    *,
    stage: str,
    message: str = "",
    percentage: int = 0,
    files_written: int = 0,
    tests_passed: int = 0,
) -> JobEvent:
    event = JobEvent(
        job_id=job.id,
        session_id=job.session_id,
        stage=stage,
        message=message,
        percentage=max(0, min(100, percentage)),
        files_written=files_written,
        tests_passed=tests_passed,
    )
    db.add(event)
    db.flush()
    return event


def session_events_after(
    db: Session, *, session_id: str, after_id: int = 0, limit: int = 200
) -> Sequence[JobEvent]:
    """A session's events with an id above ``after_id``, oldest first."""
    query = (
        select(JobEvent)
        .where(JobEvent.session_id == session_id, JobEvent.id > after_id)
        .order_by(JobEvent.id)
        .limit(limit)
    )
    return db.scalars(query).all()


def job_events(
    db: Session, *, job_id: str, limit: int = 50, offset: int = 0
) -> tuple[Sequence[JobEvent], int]:
    """One job's events, oldest first, and how many it has."""
    total = db.scalar(select(func.count()).select_from(JobEvent).where(JobEvent.job_id == job_id))
    query = (
        select(JobEvent)
        .where(JobEvent.job_id == job_id)
        .order_by(JobEvent.id)
        .limit(limit)
        .offset(offset)
    )
    return db.scalars(query).all(), total or 0


def session_has_active_job(db: Session, *, session_id: str) -> bool:
    """Whether a job of the session is queued or running (an event stream keeps following)."""
    query = select(Job.id).where(
        Job.session_id == session_id, Job.status.in_([JobStatus.queued, JobStatus.running])
    )
    return db.scalar(query.limit(1)) is not None


def cancel_requested(db: Session, *, job_id: str) -> bool:
    """Whether someone asked a running job to stop (it does at its next stage boundary)."""
    query = select(JobEvent.id).where(JobEvent.job_id == job_id, JobEvent.stage == "cancelling")
    return db.scalar(query.limit(1)) is not None
