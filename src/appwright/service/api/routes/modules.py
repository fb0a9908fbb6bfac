"""Routes: finalize a session into a module; list, read and download modules."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from appwright.service.api.deps import ApproverDep, DbDep, ReaderDep, not_found
from appwright.service.crud.modules import get_module, list_modules
from appwright.service.crud.sessions import get_session
from appwright.service.crud.versions import get_version
from appwright.service.models import Module
from appwright.service.modules import FinalizeError, finalize_version
from appwright.service.schemas.modules import FinalizeRequest, ModuleList, ModuleRead

# Finalizing is a session action, the rest is under /modules: paths are given in full.
router = APIRouter(tags=["modules"])


@router.post(
    "/sessions/{session_id}/finalize",
    response_model=ModuleRead,
    status_code=status.HTTP_201_CREATED,
)
def finalize(
    session_id: str, db: DbDep, principal: ApproverDep, body: FinalizeRequest | None = None
) -> ModuleRead:
    """Make the approved, generated version (default: current) the next module version."""
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
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
        module = finalize_version(db, session=session, version=version, principal=principal)
    except FinalizeError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from error
    return ModuleRead.of(module)


@router.get("/modules", response_model=ModuleList)
def read_modules(
    db: DbDep,
    principal: ReaderDep,
    slug: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> ModuleList:
    modules, total = list_modules(
        db, workspace_id=principal.workspace_id, slug=slug, limit=limit, offset=offset
    )
    return ModuleList(items=[ModuleRead.of(module) for module in modules], total=total)


def _module_or_404(db: DbDep, workspace_id: str, module_id: str) -> Module:
    module = get_module(db, workspace_id=workspace_id, module_id=module_id)
    if module is None:
        raise not_found("module", module_id)
    return module


@router.get("/modules/{module_id}", response_model=ModuleRead)
def read_module(module_id: str, db: DbDep, principal: ReaderDep) -> ModuleRead:
    return ModuleRead.of(_module_or_404(db, principal.workspace_id, module_id))


@router.get(
    "/modules/{module_id}/download",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}, "description": "The module's bundle"}},
)
def download_module(module_id: str, db: DbDep, principal: ReaderDep) -> Response:
    module = _module_or_404(db, principal.workspace_id, module_id)
    filename = f"{module.slug}-{module.version}.zip"
    return Response(
        module.bundle,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
