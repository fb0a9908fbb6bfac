"""Modules: find one, list the workspace's."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import Module


def get_module(db: Session, *, workspace_id: str, module_id: str) -> Module | None:
    return db.scalar(
        select(Module).where(Module.id == module_id, Module.workspace_id == workspace_id)
    )


def list_modules(
    db: Session, *, workspace_id: str, slug: str | None = None, limit: int, offset: int
) -> tuple[list[Module], int]:
    """A page of the workspace's modules, newest first, and the total."""
    query = select(Module).where(Module.workspace_id == workspace_id)
    if slug is not None:
        query = query.where(Module.slug == slug)
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = db.scalars(
        query.order_by(Module.created_at.desc(), Module.id).limit(limit).offset(offset)
    )
    return list(page), total
