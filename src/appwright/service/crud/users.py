"""People: find by e-mail (lower-cased), create, list. Users are global; workspaces scope the rest."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from appwright.service.models import Membership, User
from appwright.service.schemas.users import normalize_email
from appwright.service.security import hash_password


class EmailTakenError(ValueError):
    def __init__(self, email: str) -> None:
        super().__init__(f"a user with e-mail {email} already exists")
        self.email = email


def get_user_by_email(db: Session, *, email: str) -> User | None:
    return db.scalar(select(User).where(User.email == normalize_email(email)))


def count_users(db: Session) -> int:
    return db.scalar(select(func.count()).select_from(User)) or 0


def create_user(db: Session, *, email: str, password: str, full_name: str = "") -> User:
    """A new active user; ``EmailTakenError`` when the (lower-cased) e-mail is in use."""
    email = normalize_email(email)
    if get_user_by_email(db, email=email) is not None:
        raise EmailTakenError(email)
    user = User(email=email, full_name=full_name, password_hash=hash_password(password))
    try:
        # A savepoint, so losing a race to a concurrent registration leaves the transaction usable.
        with db.begin_nested():
            db.add(user)
    except IntegrityError:
        raise EmailTakenError(email) from None
    return user


def list_users(db: Session) -> list[User]:
    """Every user, oldest first, with their memberships (and workspaces) loaded."""
    query = (
        select(User)
        .options(selectinload(User.memberships).selectinload(Membership.workspace))
        .order_by(User.created_at, User.email)
    )
    return list(db.scalars(query))
