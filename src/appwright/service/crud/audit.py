"""Reading one workspace's audit log (entries are written by ``appwright.service.audit``)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import AuditEntry, User


def list_audit_entries(
    db: Session,
    *,
    workspace_id: str,
    limit: int,
    offset: int,
    action: str | None = None,
    target_type: str | None = None,
) -> tuple[list[tuple[AuditEntry, str | None]], int]:
    """Entries newest first, each with its acting user's e-mail (None when no user acted)."""
    conditions = [AuditEntry.workspace_id == workspace_id]
    if action:
        conditions.append(AuditEntry.action == action)
    if target_type:
        conditions.append(AuditEntry.target_type == target_type)
    total = db.scalar(select(func.count()).select_from(AuditEntry).where(*conditions)) or 0
    query = (
        select(AuditEntry, User.email)
        .outerjoin(User, User.id == AuditEntry.actor_user_id)
        .where(*conditions)
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(db.execute(query).all()), total
