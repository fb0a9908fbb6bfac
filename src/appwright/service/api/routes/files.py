"""Routes: a generated version's files (effective or as generated), its zip, and overrides."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, Response, status
from sqlalchemy.orm import Session

from appwright.service.api.deps import BuilderDep, DbDep, Principal, ReaderDep, not_found
from appwright.service.bundles import zip_project
from appwright.service.crud.files import (
    effective_contents,
    get_version_file,
    latest_generated_file,
    list_overrides,
    list_version_files,
    version_is_generated,
)
from appwright.service.crud.sessions import get_session
from appwright.service.crud.versions import get_version
from appwright.service.models import BuildSession, FileOverride, SpecVersion
from appwright.service.overrides import (
    MAX_OVERRIDE_BYTES,
    OverrideTooLargeError,
    UnknownFileError,
    drop_override,
    put_override,
)
from appwright.service.projects import UnsafePathError, project_path, sha256_hex
from appwright.service.schemas.files import FileList, FileRead, OverrideList, OverrideRead

router = APIRouter(prefix="/sessions", tags=["files"])


def _session_or_404(db: Session, principal: Principal, session_id: str) -> BuildSession:
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    return session


def _generated_version(
    db: Session, principal: Principal, session_id: str, number: int
) -> tuple[BuildSession, SpecVersion]:
    """The session and its version ``number``, which must have been generated (409 if not)."""
    session = _session_or_404(db, principal, session_id)
    version = get_version(
        db, workspace_id=principal.workspace_id, session_id=session.id, number=number
    )
    if version is None:
        raise not_found("version", f"{number} of session {session_id}")
    if not version_is_generated(db, version_id=version.id):
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            f"version {number} has not been generated yet: POST "
            f"/api/v1/sessions/{session_id}/generate first",
        )
    return session, version


def _clean_path(path: str) -> str:
    try:
        return project_path(path)
    except UnsafePathError as error:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(error)) from error


def _media_type(content: bytes) -> str:
    # Generated projects are text (Python, HTML, JSON, TOML...); anything else is served as bytes.
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return "application/octet-stream"
    return "text/plain; charset=utf-8"


@router.get("/{session_id}/versions/{number}/files", response_model=FileList)
def read_version_files(session_id: str, number: int, db: DbDep, principal: ReaderDep) -> FileList:
    session, version = _generated_version(db, principal, session_id, number)
    files = list_version_files(db, session_id=session.id, version_id=version.id)
    items = [
        FileRead(
            path=file.path,
            size=file.size,
            sha256=file.sha256,
            generated_sha256=file.generated.sha256,
            overridden=file.override is not None,
            generated_changed=file.generated_changed,
        )
        for file in files
    ]
    return FileList(items=items, total=len(items))


@router.get(
    "/{session_id}/versions/{number}/files/{path:path}",
    response_class=Response,
    responses={200: {"content": {"text/plain": {}}, "description": "The file's content"}},
)
def read_version_file(
    session_id: str,
    number: int,
    path: str,
    db: DbDep,
    principal: ReaderDep,
    generated: bool = False,
) -> Response:
    """The file as people have it (their override), or ``?generated=true``: the generator's."""
    clean = _clean_path(path)
    session, version = _generated_version(db, principal, session_id, number)
    file = get_version_file(db, session_id=session.id, version_id=version.id, path=clean)
    if file is None:
        raise not_found("file", f"{clean} of version {number}")
    overridden = file.override is not None and not generated
    content = file.generated.content if generated else file.content
    return Response(
        content,
        media_type=_media_type(content),
        headers={
            "X-Overridden": "true" if overridden else "false",
            "ETag": f'"{sha256_hex(content)}"',
        },
    )


@router.get(
    "/{session_id}/versions/{number}/download",
    response_class=Response,
    responses={200: {"content": {"application/zip": {}}, "description": "The project as a zip"}},
)
def download_version(session_id: str, number: int, db: DbDep, principal: ReaderDep) -> Response:
    """The generated project with the session's overrides applied, as a reproducible zip."""
    session, version = _generated_version(db, principal, session_id, number)
    root = f"{version.spec.get('slug') or 'app'}-v{number}"
    bundle = zip_project(
        effective_contents(db, session_id=session.id, version_id=version.id), root=root
    )
    return Response(
        bundle,
        media_type="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{root}.zip"'},
    )


def _override_read(db: Session, override: FileOverride) -> OverrideRead:
    latest = latest_generated_file(db, session_id=override.session_id, path=override.path)
    latest_sha = latest.sha256 if latest is not None else None
    return OverrideRead(
        path=override.path,
        size=len(override.content),
        sha256=sha256_hex(override.content),
        base_sha256=override.base_sha256,
        latest_generated_sha256=latest_sha,
        generated_changed=latest_sha is not None and latest_sha != override.base_sha256,
        created_by_id=override.created_by_id,
        updated_at=override.updated_at,
    )


@router.get("/{session_id}/overrides", response_model=OverrideList)
def read_overrides(session_id: str, db: DbDep, principal: ReaderDep) -> OverrideList:
    session = _session_or_404(db, principal, session_id)
    items = [_override_read(db, o) for o in list_overrides(db, session_id=session.id)]
    return OverrideList(items=items, total=len(items))


async def _raw_body(request: Request) -> bytes:
    # Read here (async) so the route itself stays a sync function in the threadpool.
    content = b""
    async for chunk in request.stream():
        content += chunk
        if len(content) > MAX_OVERRIDE_BYTES:
            raise HTTPException(
                status.HTTP_413_CONTENT_TOO_LARGE,
                f"an edited file may have {MAX_OVERRIDE_BYTES} bytes at most",
            )
    return content


@router.put(
    "/{session_id}/overrides/{path:path}",
    response_model=OverrideRead,
    responses={201: {"description": "Created"}, 200: {"description": "Replaced"}},
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string"}}},
        }
    },
)
def write_override(
    session_id: str,
    path: str,
    db: DbDep,
    principal: BuilderDep,
    content: Annotated[bytes, Depends(_raw_body)],
    response: Response,
) -> OverrideRead:
    """Keep the request body as the file's content in this and every later generation."""
    clean = _clean_path(path)
    session = _session_or_404(db, principal, session_id)
    try:
        override, created = put_override(
            db, session=session, path=clean, content=content, principal=principal
        )
    except UnknownFileError as error:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(error)) from error
    except OverrideTooLargeError as error:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, str(error)) from error
    response.status_code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
    return _override_read(db, override)


@router.delete("/{session_id}/overrides/{path:path}", status_code=status.HTTP_204_NO_CONTENT)
def delete_override(session_id: str, path: str, db: DbDep, principal: BuilderDep) -> None:
    """Drop the edit: the generator's content applies again (from the next generation on)."""
    clean = _clean_path(path)
    session = _session_or_404(db, principal, session_id)
    if drop_override(db, session=session, path=clean, principal=principal) is None:
        raise not_found("override", clean)
