"""Members of the caller's workspace: add (optionally creating the account), change role, list."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from appwright.service.models import Role
from appwright.service.schemas.users import Email
from appwright.service.security import MIN_PASSWORD_LENGTH


class MemberCreate(BaseModel):
    email: Email
    role: Role = Role.builder
    password: str | None = Field(default=None, min_length=MIN_PASSWORD_LENGTH, max_length=256)
    """Creates the account when no user has this e-mail (ignored for an existing user)."""
    full_name: str = Field(default="", max_length=200)
    """The new account's name (only used when the account is created)."""


class MemberUpdate(BaseModel):
    role: Role


class MemberRead(BaseModel):
    id: str
    """The membership's id (what PATCH and DELETE /members/{id} take)."""
    user_id: str
    email: str
    full_name: str
    role: Role
    created_at: datetime


class MemberList(BaseModel):
    items: list[MemberRead]
    total: int
