"""Spec versions: find, list, add the next one (with its changelog), approve."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import BuildSession, SessionStatus, SpecVersion
from appwright.spec import AppSpec
from appwright.spec.diff import diff_specs

# A new design of a session that was being reviewed (or whose generation failed) is a draft again.
DRAFT_AGAIN = frozenset({SessionStatus.reviewing, SessionStatus.failed})


def get_version(
    db: Session, *, workspace_id: str, session_id: str, number: int
) -> SpecVersion | None:
    return db.scalar(
        select(SpecVersion)
        .join(BuildSession, BuildSession.id == SpecVersion.session_id)
        .where(
            SpecVersion.session_id == session_id,
            SpecVersion.number == number,
            BuildSession.workspace_id == workspace_id,
        )
    )


def list_versions(
    db: Session, *, workspace_id: str, session_id: str, limit: int, offset: int
) -> tuple[list[SpecVersion], int]:
    """A page of the session's versions, oldest first, and the total."""
    query = (
        select(SpecVersion)
        .join(BuildSession, BuildSession.id == SpecVersion.session_id)
        .where(SpecVersion.session_id == session_id, BuildSession.workspace_id == workspace_id)
    )
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = db.scalars(query.order_by(SpecVersion.number).limit(limit).offset(offset))
    return list(page), total


def latest_number(db: Session, *, session_id: str) -> int:
    """The highest version number of the session (0 when it has none)."""
    return (
        db.scalar(select(func.max(SpecVersion.number)).where(SpecVersion.session_id == session_id))
        or 0
    )


def add_next_version(
    db: Session,
    *,
    session: BuildSession,
    spec: AppSpec,
    source: str,
    parent: SpecVersion | None,
    created_by_id: str | None,
) -> SpecVersion:
    """Version max+1 of ``session`` with ``spec``, its changelog and patch against ``parent``;
    the session's current version moves to it.

    Call it with the session locked (``crud.sessions.lock_session``): the number is read here.
    """
    if parent is None:
        changelog, patch = [f"first design: {spec.name}"], []
    else:
        diff = diff_specs(parent.spec, spec)
        changelog, patch = diff.sentences, diff.patch
    version = SpecVersion(
        session_id=session.id,
        number=latest_number(db, session_id=session.id) + 1,
        spec=spec.to_json_dict(),
        changelog=changelog,
        patch=patch,
        parent_number=parent.number if parent is not None else None,
        source=source,
        created_by_id=created_by_id,
    )
    db.add(version)
    db.flush()
    session.current_version_number = version.number
    if session.status in DRAFT_AGAIN:
        session.status = SessionStatus.drafting
    return version


def approve_version(version: SpecVersion, *, approved_by_id: str) -> None:
    version.approved_by_id = approved_by_id
    version.approved_at = datetime.now(UTC)
