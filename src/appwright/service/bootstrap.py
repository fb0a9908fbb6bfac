"""Accounts made outside the API: the first admin of an empty database, and ``appwright user``."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from appwright.service.audit import record_audit
from appwright.service.crud.members import add_member
from appwright.service.crud.users import EmailTakenError, count_users
from appwright.service.crud.users import create_user as insert_user
from appwright.service.crud.workspaces import create_workspace, get_workspace_by_slug
from appwright.service.db import Database
from appwright.service.models import Role, Workspace
from appwright.service.schemas.users import normalize_email
from appwright.service.security import MIN_PASSWORD_LENGTH

DEFAULT_WORKSPACE_NAME = "Default"
DEFAULT_WORKSPACE_SLUG = "default"


class AccountError(ValueError):
    """A request the command line cannot carry out; the message says why."""


@dataclass(frozen=True)
class BootstrapCredentials:
    """The first admin's login, printed once by ``appwright serve``."""

    email: str
    password: str
    workspace_slug: str


@dataclass(frozen=True)
class CreatedUser:
    user_id: str
    email: str
    role: Role
    workspace_slug: str


def new_password() -> str:
    return secrets.token_urlsafe(18)  # 144 random bits, 24 characters


def ensure_first_admin(
    database: Database, *, email: str = "admin@localhost", password: str | None = None
) -> BootstrapCredentials | None:
    """On a database with no users: an admin (random password unless given) of a "Default"
    workspace, and their credentials. None when users exist."""
    password = password or new_password()
    try:
        with database.session() as db:
            if count_users(db) > 0:
                return None
            created = _create_member(db, email, password, Role.admin, None, via="first start")
    except EmailTakenError:
        return None  # another process bootstrapped the same database a moment ago
    return BootstrapCredentials(
        email=created.email, password=password, workspace_slug=created.workspace_slug
    )


def create_user(
    database: Database,
    *,
    email: str,
    password: str,
    role: Role | str,
    workspace_slug: str | None = None,
) -> CreatedUser:
    """A new user with ``role`` in the workspace ``workspace_slug`` (default: the "Default"
    workspace, made if missing). ``AccountError`` says what is wrong with the request."""
    try:
        email = normalize_email(email)
        member_role = Role(role)
    except ValueError as exc:
        raise AccountError(str(exc)) from None
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    try:
        with database.session() as db:
            return _create_member(db, email, password, member_role, workspace_slug, via="cli")
    except EmailTakenError as exc:
        raise AccountError(str(exc)) from None


def _create_member(
    db: Session, email: str, password: str, role: Role, workspace_slug: str | None, *, via: str
) -> CreatedUser:
    workspace = _workspace(db, workspace_slug)
    user = insert_user(db, email=email, password=password)
    membership = add_member(db, workspace_id=workspace.id, user=user, role=role)
    for action, target_type, target_id in (
        ("user.create", "user", user.id),
        ("member.add", "membership", membership.id),
    ):
        record_audit(
            db,
            workspace_id=workspace.id,
            actor_user_id=None,
            action=action,
            target_type=target_type,
            target_id=target_id,
            detail={"email": user.email, "role": role, "via": via},
        )
    return CreatedUser(user_id=user.id, email=user.email, role=role, workspace_slug=workspace.slug)


def _workspace(db: Session, slug: str | None) -> Workspace:
    if slug is not None:
        workspace = get_workspace_by_slug(db, slug=slug)
        if workspace is None:
            raise AccountError(f"no workspace with slug {slug!r}")
        return workspace
    existing = get_workspace_by_slug(db, slug=DEFAULT_WORKSPACE_SLUG)
    if existing is not None:
        return existing
    workspace = create_workspace(db, name=DEFAULT_WORKSPACE_NAME, slug=DEFAULT_WORKSPACE_SLUG)
    record_audit(
        db,
        workspace_id=workspace.id,
        actor_user_id=None,
        action="workspace.create",
        target_type="workspace",
        target_id=workspace.id,
        detail={"name": workspace.name, "slug": workspace.slug},
    )
    return workspace
