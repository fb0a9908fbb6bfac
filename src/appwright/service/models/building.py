"""Build sessions and what they accumulate: messages, spec versions, generated files, overrides."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from appwright.service.db.base import Base, UtcDateTime, created_at_column, utcnow, uuid_pk


class SessionStatus(StrEnum):
    drafting = "drafting"
    generating = "generating"
    reviewing = "reviewing"
    complete = "complete"
    failed = "failed"
    cancelled = "cancelled"


class BuildSession(Base):
    __tablename__ = "build_sessions"

    id: Mapped[str] = uuid_pk()
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True, nullable=False
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    status: Mapped[str] = mapped_column(String(16), default=SessionStatus.drafting, nullable=False)
    current_version_number: Mapped[int | None] = mapped_column(Integer)
    """The version the conversation works on (undo and revert move it)."""
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), default=utcnow, onupdate=utcnow, nullable=False
    )


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("build_sessions.id", ondelete="CASCADE"), index=True, nullable=False
    )
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    """user, assistant or system."""
    content: Mapped[str] = mapped_column(Text, nullable=False)
    intent: Mapped[str | None] = mapped_column(String(32))
    model: Mapped[str | None] = mapped_column(String(200))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    spec_version_number: Mapped[int | None] = mapped_column(Integer)
    """The version this message made (assistant replies that changed the spec)."""
    author_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = created_at_column()


class SpecVersion(Base):
    __tablename__ = "spec_versions"
    __table_args__ = (UniqueConstraint("session_id", "number"),)

    id: Mapped[str] = uuid_pk()
    session_id: Mapped[str] = mapped_column(
        ForeignKey("build_sessions.id", ondelete="CASCADE"), index=True, nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    spec: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    changelog: Mapped[list[str]] = mapped_column(JSON, default=list, nullable=False)
    """Sentences from the spec diff against the parent version."""
    patch: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list, nullable=False)
    parent_number: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(32), nullable=False)
    """design, refinement, revert, undo or edit: how this version came to be."""
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    approved_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = created_at_column()


class GeneratedFile(Base):
    """One file the generator wrote for one spec version (as generated; overrides are apart)."""

    __tablename__ = "generated_files"
    __table_args__ = (UniqueConstraint("spec_version_id", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    spec_version_id: Mapped[str] = mapped_column(
        ForeignKey("spec_versions.id", ondelete="CASCADE"), index=True, nullable=False
    )
    path: Mapped[str] = mapped_column(String(500), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    size: Mapped[int] = mapped_column(Integer, nullable=False)


class FileOverride(Base):
    """A person's edit of a generated file: applied over every later generation until dropped."""

    __tablename__ = "file_overrides"
    __table_args__ = (UniqueConstraint("session_id", "path"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("build_sessions.id", ondelete="CASCADE"), index=True, nullable=False
    )
    path: Mapped[str] = mapped_column(String(500), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    base_sha256: Mapped[str | None] = mapped_column(String(64))
    """The generated content it was edited from, to tell when the generator changed it since."""
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), default=utcnow, onupdate=utcnow, nullable=False
    )
