"""Routes: a session's live preview (start, read, stop). The app itself is served by the proxy
at ``/preview/<session id>/`` (``service/preview/proxy.py``)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Response, status

from appwright.service.api.deps import (
    BuilderDep,
    ContextDep,
    DbDep,
    Principal,
    ReaderDep,
    not_found,
)
from appwright.service.audit import record_audit
from appwright.service.context import ServiceContext
from appwright.service.crud.sessions import get_session
from appwright.service.crud.versions import get_version
from appwright.service.models import BuildSession
from appwright.service.preview.access import preview_prefix, sign_token
from appwright.service.preview.status import PreviewError, PreviewStatus
from appwright.service.schemas.previews import PreviewRead, PreviewStart, preview_fields

router = APIRouter(prefix="/sessions", tags=["previews"])

LIVE = ("starting", "running")


def _session(db: DbDep, principal: Principal, session_id: str) -> BuildSession:
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    return session


def _read(context: ServiceContext, preview: PreviewStatus) -> PreviewRead:
    url = None
    if preview.state in LIVE:
        token = sign_token(
            context.secret_key,
            session_id=preview.session_id,
            workspace_id=preview.workspace_id,
        )
        url = f"{preview_prefix(preview.session_id)}/?access={token}"
    return PreviewRead(**preview_fields(preview), url=url)


@router.post(
    "/{session_id}/preview",
    status_code=status.HTTP_202_ACCEPTED,
    responses={200: {"description": "That version's preview is already starting or running"}},
)
def start_preview(
    session_id: str,
    db: DbDep,
    context: ContextDep,
    principal: BuilderDep,
    response: Response,
    body: PreviewStart | None = None,
) -> PreviewRead:
    """Start the preview of a version (default: the current one); 202 while it starts, 200 when
    that version's preview already runs. Open ``url`` (in an iframe) to see the app."""
    session = _session(db, principal, session_id)
    number = (body.version if body is not None else None) or session.current_version_number
    if number is None:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "the session has no spec version yet: describe the app first"
        )
    version = get_version(
        db, workspace_id=principal.workspace_id, session_id=session.id, number=number
    )
    if version is None:
        raise not_found("version", f"{number} of session {session_id}")
    try:
        preview, started = context.preview.start(
            session_id=session.id,
            workspace_id=principal.workspace_id,
            version_number=number,
            user_id=principal.user_id,
        )
    except PreviewError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(error)) from error
    if started:
        record_audit(
            db,
            workspace_id=principal.workspace_id,
            actor_user_id=principal.user_id,
            actor_api_key_id=principal.api_key_id,
            action="preview.start",
            target_type="session",
            target_id=session.id,
            detail={"version": number, "job_id": preview.job_id},
        )
    else:
        response.status_code = status.HTTP_200_OK
    return _read(context, preview)


@router.get("/{session_id}/preview")
def read_preview(
    session_id: str, db: DbDep, context: ContextDep, principal: ReaderDep
) -> PreviewRead:
    """The preview's state (starting, running, stopped, failed), version, times, the sample
    app's admin credentials, and why it failed when it did."""
    session = _session(db, principal, session_id)
    preview = context.preview.status(session.id)
    if preview is None:
        return PreviewRead.idle(session.id)
    return _read(context, preview)


@router.delete("/{session_id}/preview", status_code=status.HTTP_204_NO_CONTENT)
def stop_preview(session_id: str, db: DbDep, context: ContextDep, principal: BuilderDep) -> None:
    """Stop the session's preview (nothing to do when it is not running)."""
    session = _session(db, principal, session_id)
    preview = context.preview.status(session.id)
    if preview is None or preview.state not in LIVE:
        return
    context.preview.stop(session.id)
    record_audit(
        db,
        workspace_id=principal.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="preview.stop",
        target_type="session",
        target_id=session.id,
        detail={"version": preview.version, "job_id": preview.job_id},
    )
