"""Routes: the conversation of a build session (send a message, read the messages)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy.orm import Session

from appwright.service.api.deps import (
    BuilderDep,
    ContextDep,
    DbDep,
    Principal,
    ReaderDep,
    not_found,
)
from appwright.service.context import ServiceContext
from appwright.service.crud.messages import list_messages
from appwright.service.crud.sessions import get_session
from appwright.service.models import SessionStatus
from appwright.service.schemas.messages import (
    MessageCreate,
    MessageList,
    MessageRead,
    ReplyRead,
    TurnRead,
)
from appwright.service.turns import (
    SessionClosedError,
    SessionNotFoundError,
    TurnResult,
    run_turn,
)

router = APIRouter(prefix="/sessions", tags=["messages"])


@router.post("/{session_id}/messages", status_code=status.HTTP_201_CREATED)
def send_message(
    session_id: str, body: MessageCreate, principal: BuilderDep, context: ContextDep, db: DbDep
) -> TurnRead:
    """Say something in the conversation; the reply says what it did.

    A change makes the next spec version, "undo" a new version with the earlier design, an
    approval approves the current version (a person's role is needed), "generate it" approves
    and queues a generation job. 409 when the session is complete or cancelled.
    """
    return answer(db, context, principal, session_id, body.content)


@router.get("/{session_id}/messages")
def read_messages(
    session_id: str,
    principal: ReaderDep,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> MessageList:
    """The session's messages, oldest first."""
    if get_session(db, workspace_id=principal.workspace_id, session_id=session_id) is None:
        raise not_found("session", session_id)
    messages, total = list_messages(
        db,
        workspace_id=principal.workspace_id,
        session_id=session_id,
        limit=limit,
        offset=offset,
    )
    return MessageList(items=[MessageRead.model_validate(m) for m in messages], total=total)


def answer(
    db: Session, context: ServiceContext, principal: Principal, session_id: str, text: str
) -> TurnRead:
    """Run one turn and describe it; the turn's errors as HTTP answers."""
    try:
        result = run_turn(db, context, principal=principal, session_id=session_id, text=text)
    except SessionNotFoundError:
        raise not_found("session", session_id) from None
    except SessionClosedError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    return turn_read(result)


def turn_read(result: TurnResult) -> TurnRead:
    reply = MessageRead.model_validate(result.reply)
    return TurnRead(
        message=MessageRead.model_validate(result.message),
        reply=ReplyRead(
            **reply.model_dump(),
            changelog=result.changelog,
            questions=result.questions,
            job_id=result.job_id,
        ),
        session_status=SessionStatus(result.session_status),
        current_version_number=result.current_version_number,
    )
