"""Build sessions: create, find (always within one workspace), lock, list and count."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from appwright.service.models import BuildSession, Message, SessionStatus, SpecVersion


def create_session(
    db: Session, *, workspace_id: str, title: str, created_by_id: str | None
) -> BuildSession:
    session = BuildSession(
        workspace_id=workspace_id,
        title=title,
        status=SessionStatus.drafting,
        created_by_id=created_by_id,
    )
    db.add(session)
    db.flush()
    return session


def get_session(db: Session, *, workspace_id: str, session_id: str) -> BuildSession | None:
    return db.scalar(
        select(BuildSession).where(
            BuildSession.id == session_id, BuildSession.workspace_id == workspace_id
        )
    )


def lock_session(db: Session, *, workspace_id: str, session_id: str) -> BuildSession | None:
    """The session, read afresh and locked for this transaction (SELECT ... FOR UPDATE).

    PostgreSQL holds the row lock until commit, so a change in another process waits; SQLite has
    no row locks (its writers are serialized anyway) and ignores the clause.
    """
    return db.scalar(
        select(BuildSession)
        .where(BuildSession.id == session_id, BuildSession.workspace_id == workspace_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )


def list_sessions(
    db: Session, *, workspace_id: str, status: str | None, limit: int, offset: int
) -> tuple[list[BuildSession], int]:
    """A page of the workspace's sessions, most recently created first, and the total."""
    query = select(BuildSession).where(BuildSession.workspace_id == workspace_id)
    if status is not None:
        query = query.where(BuildSession.status == status)
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = db.scalars(
        query.order_by(BuildSession.created_at.desc(), BuildSession.id).limit(limit).offset(offset)
    )
    return list(page), total


def count_messages(db: Session, *, session_ids: Sequence[str]) -> dict[str, int]:
    return _counts(db, Message.session_id, session_ids)


def count_versions(db: Session, *, session_ids: Sequence[str]) -> dict[str, int]:
    return _counts(db, SpecVersion.session_id, session_ids)


def _counts(
    db: Session, column: InstrumentedAttribute[str], session_ids: Sequence[str]
) -> dict[str, int]:
    if not session_ids:
        return {}
    rows = db.execute(select(column, func.count()).where(column.in_(session_ids)).group_by(column))
    counts = dict.fromkeys(session_ids, 0)
    counts.update({str(session_id): int(count) for session_id, count in rows})
    return counts
