"""Routes: a session's progress events as a Server-Sent Events stream (resumable)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Query, Request, status
from fastapi.responses import StreamingResponse

from appwright.service.api.deps import ContextDep, DbDep, ReaderDep, not_found
from appwright.service.crud.sessions import get_session
from appwright.service.event_stream import session_event_stream

router = APIRouter(prefix="/sessions", tags=["events"])


def _event_id(value: str | None, where: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST,
            f"{where} must be an event id (a whole number), not {value!r}",
        )
    return number


@router.get(
    "/{session_id}/events",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "Progress events"}},
)
def stream_events(
    session_id: str,
    request: Request,
    db: DbDep,
    context: ContextDep,
    principal: ReaderDep,
    last_event_id: Annotated[str | None, Query()] = None,
    last_event_id_header: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
    follow: bool = True,
) -> StreamingResponse:
    """``event: progress`` per stored event (``id`` = event id, ``data`` = the event as JSON):
    the backlog after ``Last-Event-ID`` (header, or ``?last_event_id=``), then new events while
    the session has a queued or running job. ``?follow=false`` ends after the backlog."""
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    after = _event_id(last_event_id_header, "the Last-Event-ID header")
    if after is None:
        after = _event_id(last_event_id, "last_event_id")
    stream = session_event_stream(
        context.database,
        session.id,
        after_id=after or 0,
        follow=follow,
        is_disconnected=request.is_disconnected,
    )
    return StreamingResponse(
        stream,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
