"""At start: jobs that were queued or running when the service stopped did not finish."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from appwright.service.db import Database
from appwright.service.models import BuildSession, Job, JobEvent, JobStatus, SessionStatus

INTERRUPTED_REASON = "interrupted: the service stopped while this job was {status}; retry it"


def recover_interrupted_jobs(database: Database) -> list[str]:
    """Mark unfinished jobs failed (with the reason) and their sessions failed; their ids."""
    now = datetime.now(UTC)
    with database.session() as db:
        jobs = db.scalars(
            select(Job).where(Job.status.in_([JobStatus.queued, JobStatus.running]))
        ).all()
        for job in jobs:
            reason = INTERRUPTED_REASON.format(status=job.status)
            job.status = JobStatus.failed
            job.error = reason
            job.finished_at = now
            db.add(
                JobEvent(job_id=job.id, session_id=job.session_id, stage="failed", message=reason)
            )
            if job.session_id is not None:
                session = db.get(BuildSession, job.session_id)
                if session is not None and session.status == SessionStatus.generating:
                    session.status = SessionStatus.failed
        return [job.id for job in jobs]
