"""Finalized designs: a module of the workspace, versioned, with its generated project bundled."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from appwright.service.db.base import Base, created_at_column, uuid_pk


class Module(Base):
    __tablename__ = "modules"
    __table_args__ = (UniqueConstraint("workspace_id", "slug", "version"),)

    id: Mapped[str] = uuid_pk()
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True, nullable=False
    )
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("build_sessions.id", ondelete="SET NULL"), index=True
    )
    spec_version_number: Mapped[int] = mapped_column(nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    slug: Mapped[str] = mapped_column(String(80), nullable=False)
    version: Mapped[str] = mapped_column(String(32), nullable=False)
    """Semantic version: 1.0.0 on the first finalization, then 1.0.1, 1.0.2..."""
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    bundle: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    """The generated project (overrides applied) as a zip."""
    status: Mapped[str] = mapped_column(String(16), default="active", nullable=False)
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = created_at_column()
