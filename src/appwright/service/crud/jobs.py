"""Jobs: find one, list a workspace's, find the last of a kind for a spec version."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import Job


def get_job(db: Session, *, workspace_id: str, job_id: str) -> Job | None:
    return db.scalar(select(Job).where(Job.id == job_id, Job.workspace_id == workspace_id))


def list_jobs(
    db: Session,
    *,
    workspace_id: str,
    status: str | None = None,
    kind: str | None = None,
    session_id: str | None = None,
    limit: int,
    offset: int,
) -> tuple[list[Job], int]:
    """A page of the workspace's jobs, newest first, and the total."""
    query = select(Job).where(Job.workspace_id == workspace_id)
    if status is not None:
        query = query.where(Job.status == status)
    if kind is not None:
        query = query.where(Job.kind == kind)
    if session_id is not None:
        query = query.where(Job.session_id == session_id)
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = db.scalars(query.order_by(Job.created_at.desc(), Job.id).limit(limit).offset(offset))
    return list(page), total


def last_job_for_version(
    db: Session, *, session_id: str, version_number: int, kind: str
) -> Job | None:
    """The most recent job of ``kind`` for one spec version of a session."""
    return db.scalar(
        select(Job)
        .where(
            Job.session_id == session_id,
            Job.spec_version_number == version_number,
            Job.kind == kind,
        )
        .order_by(Job.created_at.desc(), Job.id.desc())
        .limit(1)
    )
