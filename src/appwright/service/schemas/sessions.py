"""Build sessions: start one (optionally with a first description), rename, read, list."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from appwright.service.models import SessionStatus
from appwright.service.schemas.messages import MAX_MESSAGE_CHARS, TurnRead


class SessionCreate(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    """Made from the description (or "Untitled app") when omitted."""
    description: str | None = Field(default=None, min_length=1, max_length=MAX_MESSAGE_CHARS)
    """The app in a few sentences: the conversation's first message, answered at once."""


class SessionUpdate(BaseModel):
    title: str = Field(min_length=1, max_length=200)


class SessionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    title: str
    status: SessionStatus
    current_version_number: int | None
    created_by_id: str | None
    created_at: datetime
    updated_at: datetime
    message_count: int = 0
    version_count: int = 0


class SessionList(BaseModel):
    items: list[SessionRead]
    total: int


class SessionCreated(SessionRead):
    first_turn: TurnRead | None = None
    """The answer to the description, when one was given."""
