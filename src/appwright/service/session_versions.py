"""A session's spec versions as turns and routes use them: the current one, the next one
(audited), the one an undo brings back, and approving one (audited)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from appwright.service.api.deps import Principal
from appwright.service.audit import audit
from appwright.service.crud.versions import add_next_version, approve_version, get_version
from appwright.service.models import BuildSession, SpecVersion
from appwright.spec import AppSpec


def current_version(db: Session, session: BuildSession) -> SpecVersion | None:
    if session.current_version_number is None:
        return None
    return get_version(
        db,
        workspace_id=session.workspace_id,
        session_id=session.id,
        number=session.current_version_number,
    )


def add_version(
    db: Session,
    principal: Principal,
    session: BuildSession,
    spec: AppSpec,
    *,
    source: str,
    parent: SpecVersion | None,
) -> SpecVersion:
    """The session's next version (audited); call with the session locked."""
    version = add_next_version(
        db,
        session=session,
        spec=spec,
        source=source,
        parent=parent,
        created_by_id=principal.user_id,
    )
    audit(
        db,
        principal,
        "version.create",
        "spec_version",
        version.id,
        session_id=session.id,
        number=version.number,
        parent=version.parent_number,
        source=source,
    )
    return version


def undo_target(db: Session, session: BuildSession, version: SpecVersion) -> SpecVersion | None:
    """The version whose design undoing ``version`` brings back (None: nothing to undo).

    For a change, its parent. An undo version has the design of an earlier version; undoing it
    again goes one step further back (so "undo, undo" walks back two changes, not forth).
    """
    if version.parent_number is None:
        return None
    parent = version_numbered(db, session, version.parent_number)
    if parent is None:
        return None
    if version.source != "undo":
        return parent
    restored = undo_target(db, session, parent)
    return undo_target(db, session, restored) if restored is not None else None


def version_numbered(db: Session, session: BuildSession, number: int) -> SpecVersion | None:
    return get_version(db, workspace_id=session.workspace_id, session_id=session.id, number=number)


def approve(db: Session, principal: Principal, session: BuildSession, version: SpecVersion) -> None:
    approve_version(version, approved_by_id=principal.user_id)
    audit(
        db,
        principal,
        "version.approve",
        "spec_version",
        version.id,
        session_id=session.id,
        number=version.number,
    )
