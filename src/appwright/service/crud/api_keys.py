"""API keys of one workspace: issue (the whole key returned once), list, revoke."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import ApiKey
from appwright.service.security import new_api_key


class AlreadyRevokedError(ValueError):
    def __init__(self, api_key: ApiKey) -> None:
        super().__init__(f"API key {api_key.id} was already revoked at {api_key.revoked_at}")


def list_api_keys(
    db: Session, *, workspace_id: str, limit: int, offset: int
) -> tuple[list[ApiKey], int]:
    scope = ApiKey.workspace_id == workspace_id
    total = db.scalar(select(func.count()).select_from(ApiKey).where(scope)) or 0
    query = (
        select(ApiKey)
        .where(scope)
        .order_by(ApiKey.created_at.desc(), ApiKey.id)
        .limit(limit)
        .offset(offset)
    )
    return list(db.scalars(query)), total


def get_api_key(db: Session, *, workspace_id: str, key_id: str) -> ApiKey | None:
    return db.scalar(select(ApiKey).where(ApiKey.id == key_id, ApiKey.workspace_id == workspace_id))


def create_api_key(
    db: Session, *, workspace_id: str, created_by_id: str, name: str, role: str
) -> tuple[ApiKey, str]:
    """The stored key (hash only) and the whole key, which is not kept anywhere."""
    issued = new_api_key()
    api_key = ApiKey(
        workspace_id=workspace_id,
        created_by_id=created_by_id,
        name=name,
        role=role,
        prefix=issued.prefix,
        key_hash=issued.key_hash,
    )
    db.add(api_key)
    db.flush()
    return api_key, issued.key


def revoke_api_key(db: Session, *, api_key: ApiKey) -> ApiKey:
    if api_key.revoked_at is not None:
        raise AlreadyRevokedError(api_key)
    api_key.revoked_at = datetime.now(UTC)
    db.flush()
    return api_key


def revoke_keys_created_by(db: Session, *, workspace_id: str, user_id: str) -> list[ApiKey]:
    """Revoke the live keys ``user_id`` made in the workspace (they know those secrets)."""
    keys = list(
        db.scalars(
            select(ApiKey).where(
                ApiKey.workspace_id == workspace_id,
                ApiKey.created_by_id == user_id,
                ApiKey.revoked_at.is_(None),
            )
        )
    )
    for api_key in keys:
        revoke_api_key(db, api_key=api_key)
    return keys
