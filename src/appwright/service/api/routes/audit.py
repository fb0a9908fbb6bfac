"""Routes: the current workspace's audit log (admins only), newest first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from appwright.service.api.deps import AdminDep, DbDep
from appwright.service.crud.audit import list_audit_entries
from appwright.service.schemas.audit import AuditEntryRead, AuditPage

router = APIRouter(prefix="/audit", tags=["audit"])


@router.get("")
def list_workspace_audit(
    principal: AdminDep,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    action: Annotated[str | None, Query(description="e.g. member.add")] = None,
    target_type: Annotated[str | None, Query(description="e.g. membership")] = None,
) -> AuditPage:
    rows, total = list_audit_entries(
        db,
        workspace_id=principal.workspace_id,
        limit=limit,
        offset=offset,
        action=action,
        target_type=target_type,
    )
    return AuditPage(
        items=[
            AuditEntryRead(
                id=entry.id,
                action=entry.action,
                target_type=entry.target_type,
                target_id=entry.target_id,
                detail=entry.detail,
                actor_user_id=entry.actor_user_id,
                actor_email=actor_email,
                actor_api_key_id=entry.actor_api_key_id,
                created_at=entry.created_at,
            )
            for entry, actor_email in rows
        ],
        total=total,
    )
