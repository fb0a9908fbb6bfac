"""Routes: start the generation of a session's spec version."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from appwright.service.api.deps import BuilderDep, ContextDep, DbDep, not_found
from appwright.service.crud.sessions import get_session
from appwright.service.crud.versions import get_version
from appwright.service.generation import enqueue_generation
from appwright.service.models import Job
from appwright.service.schemas.jobs import GenerateRequest, JobRead

router = APIRouter(prefix="/sessions", tags=["generation"])


@router.post("/{session_id}/generate", response_model=JobRead, status_code=status.HTTP_202_ACCEPTED)
def generate(
    session_id: str,
    db: DbDep,
    context: ContextDep,
    principal: BuilderDep,
    body: GenerateRequest | None = None,
) -> Job:
    """Queue a generation job (default: the current version); follow it with the events."""
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    number = body.version if body is not None and body.version else None
    number = number or session.current_version_number
    if number is None:
        raise HTTPException(
            status.HTTP_409_CONFLICT, "the session has no spec version yet: describe the app first"
        )
    if (
        get_version(db, workspace_id=principal.workspace_id, session_id=session.id, number=number)
        is None
    ):
        raise not_found("version", f"{number} of session {session_id}")
    return enqueue_generation(
        db, context, session=session, version_number=number, principal=principal
    )
