"""Registration, access tokens, and who the caller is (``/auth/me``)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from appwright.service.models import Role
from appwright.service.schemas.users import Email, UserRead
from appwright.service.schemas.workspaces import WorkspaceRead
from appwright.service.security import MIN_PASSWORD_LENGTH


class RegisterRequest(BaseModel):
    email: Email
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)
    full_name: str = Field(default="", max_length=200)
    workspace_name: str | None = Field(default=None, min_length=1, max_length=200)
    """The new workspace's name; default "<full name or e-mail>'s workspace"."""


class RegisterRead(BaseModel):
    user: UserRead
    workspace: WorkspaceRead
    role: Role


class AccessToken(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    """Seconds until the token expires."""


class MembershipSummary(BaseModel):
    workspace_id: str
    name: str
    slug: str
    role: Role


class ApiKeySummary(BaseModel):
    id: str
    name: str
    prefix: str
    role: Role
    created_at: datetime


class MeRead(BaseModel):
    user: UserRead
    authenticated_with: Literal["access_token", "api_key"]
    api_key: ApiKeySummary | None
    """The key the request came with (None for an access token)."""
    memberships: list[MembershipSummary]
    """Every workspace the user belongs to; an API key sees only its own workspace."""
    workspace: WorkspaceRead | None
    """The workspace this request acts in (None for a user who belongs to none)."""
    role: Role | None
