"""What people do to jobs: cancel one (at once when queued, at a stage boundary when running)
and retry one that failed or was cancelled (a new job that points at the old one)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from appwright.service.api.deps import Principal
from appwright.service.audit import record_audit
from appwright.service.context import ServiceContext
from appwright.service.db.base import utcnow
from appwright.service.events import cancel_requested, record_event
from appwright.service.generation import GENERATE_KIND, enqueue_generation
from appwright.service.models import BuildSession, Job, JobStatus, SessionStatus

FINISHED = frozenset({JobStatus.succeeded, JobStatus.failed, JobStatus.cancelled})
RETRYABLE = frozenset({JobStatus.failed, JobStatus.cancelled})


class JobStateError(Exception):
    """The job's status does not allow the action (the API answers 409)."""


def cancel_job(db: Session, context: ServiceContext, *, job: Job, principal: Principal) -> bool:
    """Cancel ``job``: True when it is cancelled now, False when it stops at its next stage."""
    if job.status in FINISHED:
        raise JobStateError(f"job {job.id} already {job.status}: only queued or running jobs stop")
    now_cancelled = job.status == JobStatus.queued
    if now_cancelled:
        job.status = JobStatus.cancelled
        job.finished_at = utcnow()
        record_event(db, job, stage="cancelled", message="cancelled before it started")
        _session_back_to_drafting(db, job)
        context.jobs.cancel(job.id)  # a worker that still picks it up finds it no longer queued
    elif not cancel_requested(db, job_id=job.id):
        record_event(db, job, stage="cancelling", message="stopping at the next stage")
    record_audit(
        db,
        workspace_id=job.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="job.cancel",
        target_type="job",
        target_id=job.id,
        detail={"was": "queued" if now_cancelled else "running"},
    )
    return now_cancelled


def _session_back_to_drafting(db: Session, job: Job) -> None:
    if job.session_id is None:
        return
    others = db.scalar(
        select(Job.id)
        .where(
            Job.session_id == job.session_id,
            Job.id != job.id,
            Job.status.in_([JobStatus.queued, JobStatus.running]),
        )
        .limit(1)
    )
    session = db.get(BuildSession, job.session_id)
    if others is None and session is not None and session.status == SessionStatus.generating:
        session.status = SessionStatus.drafting


def retry_job(db: Session, context: ServiceContext, *, job: Job, principal: Principal) -> Job:
    """A new job doing what ``job`` (failed or cancelled) was to do."""
    if job.status not in RETRYABLE:
        raise JobStateError(f"job {job.id} is {job.status}: only failed or cancelled jobs retry")
    session = db.get(BuildSession, job.session_id) if job.session_id else None
    if job.kind != GENERATE_KIND or session is None or job.spec_version_number is None:
        raise JobStateError(f"job {job.id} ({job.kind}) cannot be retried")
    return enqueue_generation(
        db,
        context,
        session=session,
        version_number=job.spec_version_number,
        principal=principal,
        retry_of=job,
    )
