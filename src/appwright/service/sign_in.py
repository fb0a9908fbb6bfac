"""How people get in: the password check and self-registration, for the API and the web UI alike."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy.orm import Session

from appwright.service.audit import record_audit
from appwright.service.crud.users import create_user, get_user_by_email
from appwright.service.crud.workspaces import create_workspace_with_admin
from appwright.service.models import User, Workspace
from appwright.service.security import hash_password, verify_password

# One message for an unknown e-mail and a wrong password, so the answer tells nobody which.
WRONG_CREDENTIALS = "incorrect e-mail or password"
REGISTRATION_CLOSED = "registration is closed on this server: ask a workspace admin to add you"


class SignInError(ValueError):
    """The credentials do not let anyone in; the message says so without telling which part."""


@cache
def _decoy_hash() -> str:
    return hash_password("a password nobody has, to spend the same time on unknown e-mails")


def check_credentials(db: Session, *, email: str, password: str) -> User:
    """The active user with this e-mail and password, else ``SignInError``."""
    try:
        user = get_user_by_email(db, email=email)
    except ValueError:
        user = None
    if user is None:
        verify_password(password, _decoy_hash())
        raise SignInError(WRONG_CREDENTIALS)
    if not verify_password(password, user.password_hash):
        raise SignInError(WRONG_CREDENTIALS)
    if not user.is_active:
        raise SignInError("this account is deactivated: ask an admin to restore it")
    return user


@dataclass(frozen=True)
class Registration:
    user: User
    workspace: Workspace


def register_account(
    db: Session, *, email: str, password: str, full_name: str, workspace_name: str | None
) -> Registration:
    """A new user and a workspace of their own where they are admin (``EmailTakenError``)."""
    user = create_user(db, email=email, password=password, full_name=full_name)
    owner = full_name.strip() or user.email.partition("@")[0]
    workspace = create_workspace_with_admin(
        db, name=workspace_name or f"{owner}'s workspace", admin_user_id=user.id
    )
    record_audit(
        db,
        workspace_id=workspace.id,
        actor_user_id=user.id,
        action="user.register",
        target_type="user",
        target_id=user.id,
        detail={"email": user.email},
    )
    record_audit(
        db,
        workspace_id=workspace.id,
        actor_user_id=user.id,
        action="workspace.create",
        target_type="workspace",
        target_id=workspace.id,
        detail={"name": workspace.name, "slug": workspace.slug},
    )
    return Registration(user=user, workspace=workspace)
