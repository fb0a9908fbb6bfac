"""Code nobody wrote by hand, versioned: automation hooks now (blocks and bots later).

A code unit is one named piece of model-written code of a session; each of its versions keeps
the source, where it came from (the model, a repair, a person, a rollback), the test run it
was judged on, the failure it showed, and the tokens it cost. The active version is the one
the generated app runs: only a version that passed its tests becomes active.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from appwright.service.db.base import Base, UtcDateTime, created_at_column, utcnow, uuid_pk


class CodeUnitKind(StrEnum):
    automation = "automation"
    block = "block"
    bot = "bot"


class CodeUnitStatus(StrEnum):
    active = "active"
    """Its active version passed its tests."""
    needs_model = "needs_model"
    """Code must be written or repaired, and no model is configured."""
    needs_person = "needs_person"
    """A configuration or permission failure: the person must change the design."""
    degraded = "degraded"
    """Healing failed; the active (last good) version keeps serving."""
    failing = "failing"
    """No version has passed its tests yet."""


class VersionOrigin(StrEnum):
    model = "model"
    repair = "repair"
    manual = "manual"
    rollback = "rollback"


class CodeUnit(Base):
    __tablename__ = "code_units"
    __table_args__ = (UniqueConstraint("session_id", "kind", "name"),)

    id: Mapped[str] = uuid_pk()
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True, nullable=False
    )
    session_id: Mapped[str | None] = mapped_column(
        ForeignKey("build_sessions.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    """What the code is for (an automation: its trigger and description, as in the spec)."""
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    status_message: Mapped[str] = mapped_column(Text, default="", nullable=False)
    """What the person is told about the last write, test or heal."""
    active_version_number: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), default=utcnow, onupdate=utcnow, nullable=False
    )


class CodeUnitVersion(Base):
    __tablename__ = "code_unit_versions"
    __table_args__ = (UniqueConstraint("unit_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit_id: Mapped[str] = mapped_column(
        ForeignKey("code_units.id", ondelete="CASCADE"), index=True, nullable=False
    )
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    origin: Mapped[str] = mapped_column(String(16), nullable=False)
    test_run: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, nullable=False)
    """The run it was judged on: its cases, each case's outcome, the first failure."""
    passed: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    error_kind: Mapped[str | None] = mapped_column(String(32))
    """transient, logic, configuration or permission (None when it passed)."""
    error_class: Mapped[str | None] = mapped_column(String(200))
    error_message: Mapped[str | None] = mapped_column(Text)
    model: Mapped[str | None] = mapped_column(String(200))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    promoted: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    """It became the active version (it passed the run its predecessor failed)."""
    created_by_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    """The person behind it (a rollback, a manual edit, or who asked for the write or heal)."""
    created_at: Mapped[datetime] = created_at_column()
