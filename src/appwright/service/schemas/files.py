"""A generated version's files and a session's overrides (people's edits of generated files)."""

from __future__ import annotations

from pydantic import BaseModel

from appwright.service.schemas.jobs import UtcDatetime


class FileRead(BaseModel):
    path: str
    size: int
    """Bytes of the effective content (the override when there is one)."""
    sha256: str
    """Of the effective content."""
    generated_sha256: str
    """Of the generator's content."""
    overridden: bool
    generated_changed: bool
    """The generator's content is no longer what the override was edited from: review it."""


class FileList(BaseModel):
    items: list[FileRead]
    total: int


class OverrideRead(BaseModel):
    path: str
    size: int
    sha256: str
    base_sha256: str | None
    """The generated content it was edited from."""
    latest_generated_sha256: str | None
    """Of the newest generated version that has that path."""
    generated_changed: bool
    created_by_id: str | None
    updated_at: UtcDatetime


class OverrideList(BaseModel):
    items: list[OverrideRead]
    total: int
