"""Memberships of one workspace; a workspace always keeps at least one admin."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from appwright.service.models import Membership, Role, User


class AlreadyMemberError(ValueError):
    def __init__(self, email: str) -> None:
        super().__init__(f"{email} is already a member of this workspace")


class LastAdminError(ValueError):
    def __init__(self, email: str, change: str) -> None:
        super().__init__(
            f"cannot {change} {email}: they are the workspace's last admin (make someone else"
            " admin first)"
        )


def list_members(
    db: Session, *, workspace_id: str, limit: int, offset: int
) -> tuple[list[tuple[Membership, User]], int]:
    scope = Membership.workspace_id == workspace_id
    total = db.scalar(select(func.count()).select_from(Membership).where(scope)) or 0
    query = (
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(scope)
        .order_by(Membership.created_at, Membership.id)
        .limit(limit)
        .offset(offset)
    )
    return list(db.execute(query).all()), total


def get_member(db: Session, *, workspace_id: str, member_id: str) -> Membership | None:
    return db.scalar(
        select(Membership).where(
            Membership.id == member_id, Membership.workspace_id == workspace_id
        )
    )


def add_member(db: Session, *, workspace_id: str, user: User, role: Role) -> Membership:
    """``user`` joins the workspace with ``role``; ``AlreadyMemberError`` if they belong already."""
    existing = db.scalar(
        select(Membership.id).where(
            Membership.workspace_id == workspace_id, Membership.user_id == user.id
        )
    )
    if existing is not None:
        raise AlreadyMemberError(user.email)
    membership = Membership(workspace_id=workspace_id, user_id=user.id, role=role)
    try:
        with db.begin_nested():
            db.add(membership)
    except IntegrityError:
        raise AlreadyMemberError(user.email) from None
    return membership


def change_role(db: Session, *, membership: Membership, role: Role) -> Membership:
    if membership.role == Role.admin and role != Role.admin:
        _keep_an_admin(db, membership, "demote")
    membership.role = role
    db.flush()
    return membership


def remove_member(db: Session, *, membership: Membership) -> None:
    if membership.role == Role.admin:
        _keep_an_admin(db, membership, "remove")
    db.delete(membership)
    db.flush()


def _keep_an_admin(db: Session, membership: Membership, change: str) -> None:
    # Locking the admins' rows (PostgreSQL) stops two admins demoting each other at once.
    admins = db.scalars(
        select(Membership.id)
        .where(Membership.workspace_id == membership.workspace_id, Membership.role == Role.admin)
        .with_for_update()
    ).all()
    if set(admins) <= {membership.id}:
        raise LastAdminError(membership.user.email, change)
