"""Spec versions: summaries, one version with its spec, a diff, and a person's edit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class VersionSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    number: int
    parent_number: int | None
    source: str
    """design, refinement, undo, revert or edit: how this version came to be."""
    changelog: list[str]
    """What changed against the parent version, in sentences."""
    created_by_id: str | None
    created_at: datetime
    approved_by_id: str | None
    approved_at: datetime | None


class VersionList(BaseModel):
    items: list[VersionSummary]
    total: int


class VersionRead(VersionSummary):
    spec: dict[str, Any]
    patch: list[dict[str, Any]]
    """The RFC 6902 patch from the parent version's spec to this one."""
    is_current: bool = False


class VersionDiff(BaseModel):
    from_number: int
    to_number: int
    patch: list[dict[str, Any]]
    """Applied to version ``from_number``'s spec, gives version ``to_number``'s."""
    sentences: list[str]


class SpecEdit(BaseModel):
    spec: dict[str, Any]
    """The whole spec as JSON (the canonical shape in DESIGN.md)."""


class SpecIssueRead(BaseModel):
    path: str
    message: str
