"""Routes: a session's spec versions (list, read, diff, revert, approve) and a person's edit."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from sqlalchemy.orm import Session

from appwright.service.api.deps import (
    ApproverDep,
    BuilderDep,
    DbDep,
    Principal,
    ReaderDep,
    not_found,
)
from appwright.service.crud.sessions import get_session
from appwright.service.crud.versions import get_version, list_versions
from appwright.service.models import BuildSession, SpecVersion
from appwright.service.schemas.versions import (
    SpecEdit,
    VersionDiff,
    VersionList,
    VersionRead,
    VersionSummary,
)
from appwright.service.session_locks import SESSION_LOCKS
from appwright.service.session_versions import add_version, approve, current_version
from appwright.service.turns import SessionClosedError, SessionNotFoundError, open_session
from appwright.spec import AppSpec, SpecValidationError, load_spec
from appwright.spec.diff import diff_specs

router = APIRouter(prefix="/sessions", tags=["versions"])


@router.get("/{session_id}/versions")
def read_versions(
    session_id: str,
    principal: ReaderDep,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> VersionList:
    """The session's versions, oldest first, with their changelogs (not their specs)."""
    _session(db, principal, session_id)
    versions, total = list_versions(
        db, workspace_id=principal.workspace_id, session_id=session_id, limit=limit, offset=offset
    )
    return VersionList(items=[VersionSummary.model_validate(v) for v in versions], total=total)


@router.get("/{session_id}/versions/{number}")
def read_version(session_id: str, number: int, principal: ReaderDep, db: DbDep) -> VersionRead:
    session = _session(db, principal, session_id)
    return version_read(session, _version(db, principal, session_id, number))


@router.get("/{session_id}/versions/{from_number}/diff/{to_number}")
def diff_versions(
    session_id: str, from_number: int, to_number: int, principal: ReaderDep, db: DbDep
) -> VersionDiff:
    """What changed from one version to another (any two, either order)."""
    _session(db, principal, session_id)
    before = _version(db, principal, session_id, from_number)
    after = _version(db, principal, session_id, to_number)
    diff = diff_specs(before.spec, after.spec)
    return VersionDiff(
        from_number=from_number, to_number=to_number, patch=diff.patch, sentences=diff.sentences
    )


@router.post("/{session_id}/versions/{number}/revert", status_code=status.HTTP_201_CREATED)
def revert_to_version(
    session_id: str, number: int, principal: BuilderDep, db: DbDep
) -> VersionRead:
    """A new version with version ``number``'s design (history is kept); it becomes current."""
    with SESSION_LOCKS.hold(session_id):
        session = _open(db, principal, session_id)
        old = _version(db, principal, session_id, number)
        version = _add_version(db, principal, session, load_spec(old.spec), source="revert")
        db.commit()
        return version_read(session, version)


@router.put("/{session_id}/spec", status_code=status.HTTP_201_CREATED)
def edit_spec(session_id: str, body: SpecEdit, principal: BuilderDep, db: DbDep) -> VersionRead:
    """Save a person's edit of the whole spec as the next version.

    The spec is checked like any design: when it is invalid, 422 lists every problem
    (``detail``: ``[{"path", "message"}]``) and nothing is stored.
    """
    try:
        spec = load_spec(body.spec)
    except SpecValidationError as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, error.to_json()) from None
    with SESSION_LOCKS.hold(session_id):
        session = _open(db, principal, session_id)
        version = _add_version(db, principal, session, spec, source="edit")
        db.commit()
        return version_read(session, version)


@router.post("/{session_id}/versions/{number}/approve")
def approve_version(session_id: str, number: int, principal: ApproverDep, db: DbDep) -> VersionRead:
    """Approve a version for generation and finalizing (a person's role: builder or admin)."""
    with SESSION_LOCKS.hold(session_id):
        session = _open(db, principal, session_id)
        version = _version(db, principal, session_id, number)
        if version.approved_at is not None:
            raise HTTPException(
                status.HTTP_409_CONFLICT,
                f"version {number} of session {session_id} is already approved"
                f" (at {version.approved_at.isoformat()})",
            )
        approve(db, principal, session, version)
        db.commit()
        return version_read(session, version)


def version_read(session: BuildSession, version: SpecVersion) -> VersionRead:
    return VersionRead.model_validate(version).model_copy(
        update={"is_current": version.number == session.current_version_number}
    )


def _session(db: Session, principal: Principal, session_id: str) -> BuildSession:
    session = get_session(db, workspace_id=principal.workspace_id, session_id=session_id)
    if session is None:
        raise not_found("session", session_id)
    return session


def _open(db: Session, principal: Principal, session_id: str) -> BuildSession:
    """The session, locked for a change (404 when missing, 409 when complete or cancelled)."""
    try:
        return open_session(db, principal=principal, session_id=session_id)
    except SessionNotFoundError:
        raise not_found("session", session_id) from None
    except SessionClosedError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None


def _version(db: Session, principal: Principal, session_id: str, number: int) -> SpecVersion:
    version = get_version(
        db, workspace_id=principal.workspace_id, session_id=session_id, number=number
    )
    if version is None:
        raise not_found("version", f"{number} of session {session_id}")
    return version


def _add_version(
    db: Session, principal: Principal, session: BuildSession, spec: AppSpec, *, source: str
) -> SpecVersion:
    """The next version, made from the current one; 409 when it would change nothing."""
    current = current_version(db, session)
    if current is not None and diff_specs(current.spec, spec).empty:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            f"the spec is the same as the current version ({current.number}): nothing to save",
        )
    return add_version(db, principal, session, spec, source=source, parent=current)
