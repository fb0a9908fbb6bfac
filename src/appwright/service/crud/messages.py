"""The conversation's messages: store one, list a session's (oldest first)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import BuildSession, Message


def add_message(
    db: Session,
    *,
    session_id: str,
    role: str,
    content: str,
    author_id: str | None = None,
    intent: str | None = None,
    model: str | None = None,
    input_tokens: int = 0,
    output_tokens: int = 0,
    spec_version_number: int | None = None,
) -> Message:
    message = Message(
        session_id=session_id,
        role=role,
        content=content,
        author_id=author_id,
        intent=intent,
        model=model,
        input_tokens=input_tokens,
        output_tokens=output_tokens,
        spec_version_number=spec_version_number,
    )
    db.add(message)
    db.flush()
    return message


def list_messages(
    db: Session, *, workspace_id: str, session_id: str, limit: int, offset: int
) -> tuple[list[Message], int]:
    """A page of the session's messages in the order they were written, and the total."""
    query = (
        select(Message)
        .join(BuildSession, BuildSession.id == Message.session_id)
        .where(Message.session_id == session_id, BuildSession.workspace_id == workspace_id)
    )
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = db.scalars(query.order_by(Message.id).limit(limit).offset(offset))
    return list(page), total
