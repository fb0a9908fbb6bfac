"""Routes: build sessions (start one, list, read, rename, cancel)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy.orm import Session

from appwright.service.api.deps import BuilderDep, ContextDep, DbDep, ReaderDep, not_found
from appwright.service.api.routes.messages import answer
from appwright.service.audit import audit
from appwright.service.crud.sessions import (
    count_messages,
    count_versions,
    create_session,
    get_session,
    list_sessions,
)
from appwright.service.models import BuildSession, SessionStatus
from appwright.service.schemas.sessions import (
    SessionCreate,
    SessionCreated,
    SessionList,
    SessionRead,
    SessionUpdate,
)
from appwright.service.session_locks import SESSION_LOCKS
from appwright.service.turns import DEFAULT_TITLE, open_session

router = APIRouter(prefix="/sessions", tags=["sessions"])


@router.post("", status_code=status.HTTP_201_CREATED)
def start_session(
    body: SessionCreate, principal: BuilderDep, context: ContextDep, db: DbDep
) -> SessionCreated:
    """A new build session. With a description, it is the conversation's first message and its
    answer (usually the first design, version 1) is in ``first_turn``."""
    session = create_session(
        db,
        workspace_id=principal.workspace_id,
        title=body.title or DEFAULT_TITLE,
        created_by_id=principal.user_id,
    )
    audit(db, principal, "session.create", "session", session.id, title=session.title)
    db.commit()
    first_turn = None
    if body.description:
        first_turn = answer(db, context, principal, session.id, body.description)
        db.refresh(session)
    return SessionCreated(**session_read(db, session).model_dump(), first_turn=first_turn)


@router.get("")
def read_sessions(
    principal: ReaderDep,
    db: DbDep,
    status_filter: Annotated[SessionStatus | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> SessionList:
    """The workspace's sessions, newest first (``?status=drafting`` to filter)."""
    sessions, total = list_sessions(
        db, workspace_id=principal.workspace_id, status=status_filter, limit=limit, offset=offset
    )
    return SessionList(items=session_reads(db, sessions), total=total)


@router.get("/{session_id}")
def read_session(session_id: str, principal: ReaderDep, db: DbDep) -> SessionRead:
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    return session_read(db, session)


@router.patch("/{session_id}")
def rename_session(
    session_id: str, body: SessionUpdate, principal: BuilderDep, db: DbDep
) -> SessionRead:
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    before = session.title
    session.title = body.title
    audit(db, principal, "session.update", "session", session.id, title=[before, body.title])
    db.flush()
    return session_read(db, session)


@router.post("/{session_id}/cancel")
def cancel_session(session_id: str, principal: BuilderDep, db: DbDep) -> SessionRead:
    """Stop working on the session: it takes no more messages or versions (409 when it is
    complete; cancelling a cancelled session changes nothing)."""
    with SESSION_LOCKS.hold(session_id):
        session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
        if session is None:
            raise not_found("session", session_id)
        if session.status == SessionStatus.complete:
            raise HTTPException(
                status.HTTP_409_CONFLICT,
                f"session {session_id} is complete (finalized into a module): it cannot be"
                " cancelled",
            )
        if session.status != SessionStatus.cancelled:
            session = open_session(db, principal=principal, session_id=session_id)
            before = session.status
            session.status = SessionStatus.cancelled
            audit(db, principal, "session.cancel", "session", session.id, status=before)
            db.commit()
        return session_read(db, session)


def session_read(db: Session, session: BuildSession) -> SessionRead:
    (read,) = session_reads(db, [session])
    return read


def session_reads(db: Session, sessions: list[BuildSession]) -> list[SessionRead]:
    ids = [session.id for session in sessions]
    messages = count_messages(db, session_ids=ids)
    versions = count_versions(db, session_ids=ids)
    return [
        SessionRead.model_validate(session).model_copy(
            update={"message_count": messages[session.id], "version_count": versions[session.id]}
        )
        for session in sessions
    ]
