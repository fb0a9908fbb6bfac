"""How people rated the apps they built: one rating (1-5 stars, a comment) per person and session."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from appwright.service.db.base import Base, UtcDateTime, created_at_column, utcnow, uuid_pk


class SessionRating(Base):
    __tablename__ = "session_ratings"
    __table_args__ = (UniqueConstraint("session_id", "user_id"),)

    id: Mapped[str] = uuid_pk()
    workspace_id: Mapped[str] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True, nullable=False
    )
    session_id: Mapped[str] = mapped_column(
        ForeignKey("build_sessions.id", ondelete="CASCADE"), index=True, nullable=False
    )
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    stars: Mapped[int] = mapped_column(Integer, nullable=False)
    comment: Mapped[str] = mapped_column(Text, default="", nullable=False)
    spec_version_number: Mapped[int | None] = mapped_column(Integer)
    """The session's current version when it was rated."""
    created_at: Mapped[datetime] = created_at_column()
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime(), default=utcnow, onupdate=utcnow, nullable=False
    )
