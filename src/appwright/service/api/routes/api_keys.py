"""Routes: the current workspace's API keys (admins only). The whole key is shown once."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from appwright.service.api.deps import AdminDep, DbDep, not_found
from appwright.service.audit import record_audit
from appwright.service.crud.api_keys import (
    AlreadyRevokedError,
    create_api_key,
    get_api_key,
    list_api_keys,
    revoke_api_key,
)
from appwright.service.schemas.api_keys import ApiKeyCreate, ApiKeyCreated, ApiKeyList, ApiKeyRead

router = APIRouter(prefix="/api-keys", tags=["api keys"])


@router.get("")
def list_workspace_api_keys(
    principal: AdminDep,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ApiKeyList:
    """Every key, newest first, revoked ones included (``revoked_at`` set); never the secret."""
    keys, total = list_api_keys(db, workspace_id=principal.workspace_id, limit=limit, offset=offset)
    return ApiKeyList(items=[ApiKeyRead.model_validate(key) for key in keys], total=total)


@router.post("", status_code=status.HTTP_201_CREATED)
def issue_api_key(body: ApiKeyCreate, principal: AdminDep, db: DbDep) -> ApiKeyCreated:
    """A new key acting with ``role``; send it as ``X-API-Key`` or ``Authorization: Bearer``."""
    api_key, whole_key = create_api_key(
        db,
        workspace_id=principal.workspace_id,
        created_by_id=principal.user_id,
        name=body.name,
        role=body.role,
    )
    record_audit(
        db,
        workspace_id=principal.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="api_key.create",
        target_type="api_key",
        target_id=api_key.id,
        detail={"name": api_key.name, "role": api_key.role, "prefix": api_key.prefix},
    )
    read = ApiKeyRead.model_validate(api_key)
    return ApiKeyCreated(**read.model_dump(), key=whole_key)


@router.delete("/{key_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke_workspace_api_key(key_id: str, principal: AdminDep, db: DbDep) -> Response:
    """Revoke a key: from now on it answers 401. It stays listed, marked revoked."""
    api_key = get_api_key(db, workspace_id=principal.workspace_id, key_id=key_id)
    if api_key is None:
        raise not_found("API key", key_id)
    try:
        revoke_api_key(db, api_key=api_key)
    except AlreadyRevokedError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    record_audit(
        db,
        workspace_id=principal.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="api_key.revoke",
        target_type="api_key",
        target_id=api_key.id,
        detail={"name": api_key.name, "prefix": api_key.prefix},
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)
