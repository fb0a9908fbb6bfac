"""One audit entry per change, written in the same transaction as the change itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from appwright.service.models import AuditEntry

if TYPE_CHECKING:
    from appwright.service.api.deps import Principal


def record_audit(
    db: Session,
    *,
    workspace_id: str | None,
    actor_user_id: str | None,
    actor_api_key_id: str | None = None,
    action: str,
    target_type: str,
    target_id: str,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        workspace_id=workspace_id,
        actor_user_id=actor_user_id,
        actor_api_key_id=actor_api_key_id,
        action=action,
        target_type=target_type,
        target_id=str(target_id),
        detail=detail or {},
    )
    db.add(entry)
    return entry


def audit(
    db: Session,
    principal: Principal,
    action: str,
    target_type: str,
    target_id: str,
    **detail: object,
) -> None:
    """Record ``action`` on the target as done by ``principal`` (a person or an API key)."""
    record_audit(
        db,
        workspace_id=principal.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        detail=dict(detail),
    )
