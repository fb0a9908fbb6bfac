"""Workspaces: unique slugs, creation with a first admin, the workspaces a user belongs to."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from appwright.service.models import Membership, Role, Workspace

MAX_SLUG_LENGTH = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


class SlugTakenError(ValueError):
    def __init__(self, slug: str) -> None:
        super().__init__(f"a workspace with slug {slug!r} already exists: choose another slug")
        self.slug = slug


def slugify(name: str) -> str:
    slug = _NOT_SLUG.sub("-", name.lower()).strip("-")[:MAX_SLUG_LENGTH].strip("-")
    return slug or "workspace"


def get_workspace_by_slug(db: Session, *, slug: str) -> Workspace | None:
    return db.scalar(select(Workspace).where(Workspace.slug == slug))


def create_workspace(db: Session, *, name: str, slug: str | None = None) -> Workspace:
    """A workspace with ``slug`` (``SlugTakenError`` if taken), or a free slug made from the name."""
    if slug is not None:
        if get_workspace_by_slug(db, slug=slug) is not None or not _insert(db, name, slug):
            raise SlugTakenError(slug)
        return _by_slug(db, slug)
    base = slugify(name)
    taken = set(db.scalars(select(Workspace.slug).where(Workspace.slug.startswith(base))))
    number = 1
    while True:
        candidate = base if number == 1 else f"{base}-{number}"
        # A concurrent creation may take the candidate between the check and the insert.
        if candidate not in taken and _insert(db, name, candidate):
            return _by_slug(db, candidate)
        number += 1


def _insert(db: Session, name: str, slug: str) -> bool:
    try:
        with db.begin_nested():
            db.add(Workspace(name=name, slug=slug))
    except IntegrityError:
        return False
    return True


def _by_slug(db: Session, slug: str) -> Workspace:
    workspace = get_workspace_by_slug(db, slug=slug)
    assert workspace is not None  # inserted in this transaction
    return workspace


def create_workspace_with_admin(
    db: Session, *, name: str, admin_user_id: str, slug: str | None = None
) -> Workspace:
    workspace = create_workspace(db, name=name, slug=slug)
    db.add(Membership(workspace_id=workspace.id, user_id=admin_user_id, role=Role.admin))
    db.flush()
    return workspace


def list_user_workspaces(db: Session, *, user_id: str) -> list[tuple[Workspace, Role]]:
    """The workspaces ``user_id`` belongs to, in the order they joined, with their role."""
    query = (
        select(Workspace, Membership.role)
        .join(Membership, Membership.workspace_id == Workspace.id)
        .where(Membership.user_id == user_id)
        .order_by(Membership.created_at, Membership.id)
    )
    return [(workspace, Role(role)) for workspace, role in db.execute(query).all()]


def rename_workspace(db: Session, *, workspace: Workspace, name: str) -> Workspace:
    workspace.name = name
    db.flush()
    return workspace
