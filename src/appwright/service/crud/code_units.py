"""Code units and their versions: find (always within one workspace), list, number, create."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appwright.service.models import CodeUnit, CodeUnitStatus, CodeUnitVersion


def get_unit(db: Session, *, workspace_id: str, session_id: str, unit_id: str) -> CodeUnit | None:
    return db.scalar(
        select(CodeUnit).where(
            CodeUnit.id == unit_id,
            CodeUnit.session_id == session_id,
            CodeUnit.workspace_id == workspace_id,
        )
    )


def get_unit_by_name(db: Session, *, session_id: str, kind: str, name: str) -> CodeUnit | None:
    return db.scalar(
        select(CodeUnit).where(
            CodeUnit.session_id == session_id, CodeUnit.kind == kind, CodeUnit.name == name
        )
    )


def create_unit(
    db: Session,
    *,
    workspace_id: str,
    session_id: str,
    kind: str,
    name: str,
    definition: dict[str, object],
) -> CodeUnit:
    unit = CodeUnit(
        workspace_id=workspace_id,
        session_id=session_id,
        kind=kind,
        name=name,
        definition=definition,
        status=CodeUnitStatus.failing,
        status_message="no version yet",
    )
    db.add(unit)
    db.flush()
    return unit


def list_units(
    db: Session, *, workspace_id: str, session_id: str, limit: int, offset: int
) -> tuple[list[CodeUnit], int]:
    """A page of the session's code units, by kind and name, and the total."""
    query = select(CodeUnit).where(
        CodeUnit.session_id == session_id, CodeUnit.workspace_id == workspace_id
    )
    total = db.scalar(select(func.count()).select_from(query.subquery())) or 0
    page = db.scalars(query.order_by(CodeUnit.kind, CodeUnit.name).limit(limit).offset(offset))
    return list(page), total


def list_unit_versions(db: Session, *, unit_id: str) -> list[CodeUnitVersion]:
    """Every version of the unit, oldest first."""
    return list(
        db.scalars(
            select(CodeUnitVersion)
            .where(CodeUnitVersion.unit_id == unit_id)
            .order_by(CodeUnitVersion.number)
        )
    )


def get_unit_version(db: Session, *, unit_id: str, number: int) -> CodeUnitVersion | None:
    return db.scalar(
        select(CodeUnitVersion).where(
            CodeUnitVersion.unit_id == unit_id, CodeUnitVersion.number == number
        )
    )


def active_version(db: Session, unit: CodeUnit) -> CodeUnitVersion | None:
    if unit.active_version_number is None:
        return None
    return get_unit_version(db, unit_id=unit.id, number=unit.active_version_number)


def next_version_number(db: Session, *, unit_id: str) -> int:
    highest = db.scalar(
        select(func.max(CodeUnitVersion.number)).where(CodeUnitVersion.unit_id == unit_id)
    )
    return (highest or 0) + 1
