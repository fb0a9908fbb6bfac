"""Routes: a session's code units (automation hooks) — list, history, test, heal, rollback."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, HTTPException, Query, status
from sqlalchemy.orm import Session

from appwright.service.api.deps import (
    BuilderDep,
    ContextDep,
    DbDep,
    Principal,
    ReaderDep,
    not_found,
)
from appwright.service.automation_store import Actor
from appwright.service.automation_units import (
    AutomationConflictError,
    heal_unit,
    rollback_unit,
    run_unit_tests,
    unit_read,
)
from appwright.service.context import ServiceContext
from appwright.service.crud.code_units import get_unit, list_units
from appwright.service.crud.sessions import get_session
from appwright.service.models import CodeUnit
from appwright.service.schemas.code_units import (
    CodeUnitList,
    CodeUnitRead,
    CodeUnitSummary,
    HealRequest,
    HealResult,
    HookTestRunRead,
)

router = APIRouter(prefix="/sessions", tags=["automations"])


@router.get("/{session_id}/code-units")
def read_code_units(
    session_id: str,
    principal: ReaderDep,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> CodeUnitList:
    """The session's model-written code units (automation hooks), with their status."""
    _session(db, principal, session_id)
    units, total = list_units(
        db, workspace_id=principal.workspace_id, session_id=session_id, limit=limit, offset=offset
    )
    return CodeUnitList(items=[CodeUnitSummary.model_validate(u) for u in units], total=total)


@router.get("/{session_id}/code-units/{unit_id}")
def read_code_unit(session_id: str, unit_id: str, principal: ReaderDep, db: DbDep) -> CodeUnitRead:
    """One unit with every version: code, test results, tokens, origin, who and when."""
    return unit_read(db, _unit(db, principal, session_id, unit_id))


@router.post("/{session_id}/code-units/{unit_id}/test")
def test_code_unit(
    session_id: str, unit_id: str, principal: BuilderDep, db: DbDep, context: ContextDep
) -> HookTestRunRead:
    """Run the active version in the sandbox on the unit's test cases (nothing is stored)."""
    _checked_out(db, principal, session_id, unit_id)
    try:
        number, run = run_unit_tests(context, unit_id=unit_id)
    except AutomationConflictError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    data = run.to_json()
    return HookTestRunRead(
        version=number,
        ok=run.ok,
        kind=run.kind,
        message=run.message,
        passed=run.passed,
        total=len(run.cases),
        results=data["results"],
        failure=data["failure"],
        isolation=run.isolation,
    )


@router.post("/{session_id}/code-units/{unit_id}/heal")
def heal_code_unit(
    session_id: str,
    unit_id: str,
    principal: BuilderDep,
    db: DbDep,
    context: ContextDep,
    body: Annotated[HealRequest | None, Body()] = None,
) -> HealResult:
    """Heal the unit against a reported failure, or against its tests: transient failures are
    retried, logic failures repaired by the model (at most 3 new versions), configuration and
    permission failures reported for a person. The active version changes only to a version
    that passed."""
    _checked_out(db, principal, session_id, unit_id)
    report = body.failure if body is not None else None
    try:
        stored = heal_unit(context, unit_id=unit_id, actor=_actor(principal), report=report)
    except AutomationConflictError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    outcome = stored.outcome
    return HealResult(
        outcome=outcome.status.value,
        message=outcome.message,
        failure_class=(
            outcome.classification.failure_class.value if outcome.classification else None
        ),
        retries=outcome.retries,
        new_versions=list(stored.new_versions),
        unit=_fresh_read(context, unit_id),
    )


@router.post(
    "/{session_id}/code-units/{unit_id}/rollback/{number}", status_code=status.HTTP_201_CREATED
)
def rollback_code_unit(
    session_id: str,
    unit_id: str,
    number: int,
    principal: BuilderDep,
    db: DbDep,
    context: ContextDep,
) -> CodeUnitRead:
    """A new version with version ``number``'s code, active at once (history is kept)."""
    _checked_out(db, principal, session_id, unit_id)
    try:
        rollback_unit(context, unit_id=unit_id, number=number, actor=_actor(principal))
    except LookupError:
        raise not_found("code unit version", f"{number} of {unit_id}") from None
    except AutomationConflictError as error:
        raise HTTPException(status.HTTP_409_CONFLICT, str(error)) from None
    return _fresh_read(context, unit_id)


def _actor(principal: Principal) -> Actor:
    return Actor(user_id=principal.user_id, api_key_id=principal.api_key_id)


def _fresh_read(context: ServiceContext, unit_id: str) -> CodeUnitRead:
    # The request's own transaction began before the change was committed elsewhere.
    with context.database.session() as fresh:
        unit = fresh.get(CodeUnit, unit_id)
        assert unit is not None
        return unit_read(fresh, unit)


def _session(db: Session, principal: Principal, session_id: str) -> None:
    if get_session(db, workspace_id=principal.workspace_id, session_id=session_id) is None:
        raise not_found("session", session_id)


def _checked_out(db: Session, principal: Principal, session_id: str, unit_id: str) -> None:
    """404 unless the unit is the caller's; then the request's transaction ends (it may hold
    SQLite's write lock for an API key's last use) before work done in other transactions."""
    _unit(db, principal, session_id, unit_id)
    db.commit()


def _unit(db: Session, principal: Principal, session_id: str, unit_id: str) -> CodeUnit:
    _session(db, principal, session_id)
    unit = get_unit(db, workspace_id=principal.workspace_id, session_id=session_id, unit_id=unit_id)
    if unit is None:
        raise not_found("code unit", unit_id)
    return unit
