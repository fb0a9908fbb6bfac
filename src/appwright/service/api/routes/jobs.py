"""Routes: jobs (list, read, their events, cancel, retry)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from appwright.service.api.deps import BuilderDep, ContextDep, DbDep, ReaderDep, not_found
from appwright.service.crud.jobs import get_job, list_jobs
from appwright.service.events import job_events
from appwright.service.jobs.control import JobStateError, cancel_job, retry_job
from appwright.service.models import Job, JobStatus
from appwright.service.schemas.jobs import JobEventList, JobEventRead, JobList, JobRead

router = APIRouter(prefix="/jobs", tags=["jobs"])

Limit = Annotated[int, Query(ge=1, le=200)]
Offset = Annotated[int, Query(ge=0)]


def _job_or_404(db: DbDep, workspace_id: str, job_id: str) -> Job:
    job = get_job(db, workspace_id=workspace_id, job_id=job_id)
    if job is None:
        raise not_found("job", job_id)
    return job


@router.get("", response_model=JobList)
def read_jobs(
    db: DbDep,
    principal: ReaderDep,
    status_filter: Annotated[JobStatus | None, Query(alias="status")] = None,
    kind: str | None = None,
    session_id: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> JobList:
    jobs, total = list_jobs(
        db,
        workspace_id=principal.workspace_id,
        status=status_filter,
        kind=kind,
        session_id=session_id,
        limit=limit,
        offset=offset,
    )
    return JobList(items=[JobRead.model_validate(job) for job in jobs], total=total)


@router.get("/{job_id}", response_model=JobRead)
def read_job(job_id: str, db: DbDep, principal: ReaderDep) -> Job:
    return _job_or_404(db, principal.workspace_id, job_id)


@router.get("/{job_id}/events", response_model=JobEventList)
def read_job_events(
    job_id: str, db: DbDep, principal: ReaderDep, limit: Limit = 50, offset: Offset = 0
) -> JobEventList:
    job = _job_or_404(db, principal.workspace_id, job_id)
    events, total = job_events(db, job_id=job.id, limit=limit, offset=offset)
    return JobEventList(items=[JobEventRead.model_validate(e) for e in events], total=total)


@router.post(
    "/{job_id}/cancel",
    response_model=JobRead,
    responses={202: {"description": "Running: it stops at its next stage"}},
)
def cancel(
    job_id: str, db: DbDep, context: ContextDep, principal: BuilderDep, response: Response
) -> Job:
    """A queued job is cancelled at once (200); a running one stops at its next stage (202)."""
    job = _job_or_404(db, principal.workspace_id, job_id)
    try:
        now_cancelled = cancel_job(db, context, job=job, principal=principal)
    except JobStateError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from error
    response.status_code = status.HTTP_200_OK if now_cancelled else status.HTTP_202_ACCEPTED
    return job


@router.post("/{job_id}/retry", response_model=JobRead, status_code=status.HTTP_202_ACCEPTED)
def retry(job_id: str, db: DbDep, context: ContextDep, principal: BuilderDep) -> Job:
    """A new job (``retry_of_id``) for a failed or cancelled one."""
    job = _job_or_404(db, principal.workspace_id, job_id)
    try:
        return retry_job(db, context, job=job, principal=principal)
    except JobStateError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from error
