"""Workspaces: create, rename, and how one appears to a member."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from appwright.service.models import Role

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


class WorkspaceCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    slug: str | None = Field(default=None, max_length=80, pattern=SLUG_PATTERN)
    """Made from the name when omitted (with a number appended when it is taken)."""


class WorkspaceUpdate(BaseModel):
    name: str = Field(min_length=1, max_length=200)


class WorkspaceRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str
    slug: str
    created_at: datetime


class MyWorkspaceRead(WorkspaceRead):
    """A workspace the caller belongs to, with their role in it."""

    role: Role


class MyWorkspaceList(BaseModel):
    items: list[MyWorkspaceRead]
    total: int
