"""Modules: finalizing a version, and what a module is."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from appwright.service.models import Module
from appwright.service.projects import sha256_hex
from appwright.service.schemas.jobs import UtcDatetime


class FinalizeRequest(BaseModel):
    version: int | None = Field(default=None, ge=1)
    """The approved, generated spec version; the session's current version when omitted."""


class ModuleRead(BaseModel):
    id: str
    name: str
    slug: str
    version: str
    """1.0.0 for the first finalization of the slug in the workspace, then 1.0.1, 1.0.2..."""
    status: str
    session_id: str | None
    spec_version_number: int
    manifest: dict[str, Any]
    """The generated module.json with the module version, spec version and session."""
    bundle_size: int
    bundle_sha256: str
    created_by_id: str | None
    created_at: UtcDatetime

    @classmethod
    def of(cls, module: Module) -> ModuleRead:
        return cls(
            id=module.id,
            name=module.name,
            slug=module.slug,
            version=module.version,
            status=module.status,
            session_id=module.session_id,
            spec_version_number=module.spec_version_number,
            manifest=module.manifest,
            bundle_size=len(module.bundle),
            bundle_sha256=sha256_hex(module.bundle),
            created_by_id=module.created_by_id,
            created_at=module.created_at,
        )


class ModuleList(BaseModel):
    items: list[ModuleRead]
    total: int
