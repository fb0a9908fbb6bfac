"""The conversation: a person's message in, the stored messages and the turn's outcome out."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from appwright.service.models import SessionStatus

MAX_MESSAGE_CHARS = 20_000


class MessageCreate(BaseModel):
    content: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)


class MessageRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    role: str
    """user or assistant."""
    content: str
    intent: str | None
    """What the message asked for (new_requirement, refinement, approval, question, undo,
    generate); on the user's message and the reply alike."""
    model: str | None
    """The model that wrote the reply (None: the offline designer)."""
    input_tokens: int
    output_tokens: int
    spec_version_number: int | None
    """The version this reply made, if it made one."""
    author_id: str | None
    created_at: datetime


class MessageList(BaseModel):
    items: list[MessageRead]
    total: int


class ReplyRead(MessageRead):
    """The assistant's reply, with what the turn did."""

    changelog: list[str]
    """What changed, in sentences (empty when no version was made)."""
    questions: list[str]
    """Clarifying questions that matter for the design."""
    job_id: str | None
    """The generation job the turn started, if it started one."""


class TurnRead(BaseModel):
    message: MessageRead
    """The person's message, as stored."""
    reply: ReplyRead
    session_status: SessionStatus
    current_version_number: int | None
