"""What a person does to one automation's code unit: run its tests, heal it (against a
reported failure, whose input becomes a test case), roll it back to a version that passed,
and read it with its versions.

Example: rolling back to version 2 adds version 6 with version 2's code, promoted at once.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from appwright.healing import (
    Failure,
    Healer,
    HookTarget,
    NotAHookError,
    TestCase,
    TestRun,
    hook_target,
    run_hook_tests,
    sample_cases,
)
from appwright.healing.cases import sample_row
from appwright.service.audit import record_audit
from appwright.service.automation_store import Actor, StoredOutcome, store_outcome, unit_lock_key
from appwright.service.context import ServiceContext
from appwright.service.crud.code_units import (
    active_version,
    get_unit_version,
    list_unit_versions,
    next_version_number,
)
from appwright.service.models import (
    BuildSession,
    CodeUnit,
    CodeUnitStatus,
    CodeUnitVersion,
    SpecVersion,
    VersionOrigin,
)
from appwright.service.schemas.code_units import CodeUnitRead, CodeUnitVersionRead, FailureReport
from appwright.service.session_locks import SESSION_LOCKS
from appwright.spec import AppSpec, load_spec

REPORTED_CASE = "reported input"


class AutomationConflictError(Exception):
    """The unit's state does not allow it (no version to test, a rollback to a failed one...)."""


def session_spec(db: Session, unit: CodeUnit) -> AppSpec:
    """The spec of the unit's session's current version."""
    session = db.get(BuildSession, unit.session_id) if unit.session_id else None
    version = None
    if session is not None and session.current_version_number is not None:
        version = db.scalar(
            select(SpecVersion).where(
                SpecVersion.session_id == session.id,
                SpecVersion.number == session.current_version_number,
            )
        )
    if version is None:
        raise AutomationConflictError(f"the session of {unit.name} has no design to test against")
    return load_spec(version.spec)


def _unit_target(db: Session, unit: CodeUnit) -> tuple[AppSpec, HookTarget]:
    spec = session_spec(db, unit)
    automation = next((a for a in spec.automations if a.name == unit.name), None)
    if automation is None:
        raise AutomationConflictError(
            f"automation {unit.name} is not in the session's current design any more"
        )
    try:
        return spec, hook_target(spec, automation)
    except NotAHookError as error:
        raise AutomationConflictError(str(error)) from None


def run_unit_tests(context: ServiceContext, *, unit_id: str) -> tuple[int, TestRun]:
    """Run the active version on the unit's test cases from the current design (nothing is
    stored)."""
    with context.database.session() as db:
        unit = db.get(CodeUnit, unit_id)
        assert unit is not None
        active = active_version(db, unit)
        if active is None:
            raise AutomationConflictError(
                f"{unit.name} has no version that passed its tests yet: nothing to test"
            )
        spec, target = _unit_target(db, unit)
        number, source = active.number, active.source
    return number, run_hook_tests(source, target, sample_cases(spec, target))


def heal_unit(
    context: ServiceContext, *, unit_id: str, actor: Actor, report: FailureReport | None
) -> StoredOutcome:
    """Heal the unit: against a reported failure (its input becomes a test case), or else
    against its tests; a unit with no good version yet is written afresh."""
    with context.database.session() as db:
        unit = db.get(CodeUnit, unit_id)
        assert unit is not None
        spec, target = _unit_target(db, unit)
        session_id, name = unit.session_id or "", unit.name
    with SESSION_LOCKS.hold(unit_lock_key(session_id, name)):
        with context.database.session() as db:
            unit = db.get(CodeUnit, unit_id)
            assert unit is not None
            active = active_version(db, unit)
            active_source = active.source if active is not None else None
        cases = sample_cases(spec, target)
        healer = Healer(target, provider=context.provider_factory(), app_name=spec.name)
        if active_source is None:
            outcome = healer.write(cases)
        elif report is not None:
            cases.append(_reported_case(spec, target, report))
            failure = Failure(
                kind="exception",
                error_class=report.error_class,
                message=report.message,
                case=REPORTED_CASE,
                traceback=report.traceback,
            )
            outcome = healer.heal(active_source, TestRun.reported(failure, cases))
        else:
            outcome = healer.heal(active_source, run_hook_tests(active_source, target, cases))
        return store_outcome(
            context,
            unit_id=unit_id,
            outcome=outcome,
            actor=actor,
            action="code_unit.heal",
            definition=target.definition(),
        )


def _reported_case(spec: AppSpec, target: HookTarget, report: FailureReport) -> TestCase:
    entity = spec.entity(target.entity)
    assert entity is not None
    record = report.record or sample_row(spec, entity, 1)
    rows = report.rows
    if rows is None:
        rows = {e.name: [sample_row(spec, e, 1)] for e in spec.entities}
        if target.trigger != "delete":
            rows[target.entity] = [record]
    event = report.event or {"on": target.trigger, "entity": target.entity, "transition": None}
    event.setdefault("previous", None)
    return TestCase(REPORTED_CASE, event, record, rows)


def rollback_unit(
    context: ServiceContext, *, unit_id: str, number: int, actor: Actor
) -> CodeUnitVersion:
    """A new version with version ``number``'s code, promoted at once (it passed before)."""
    with context.database.session() as db:
        unit = db.get(CodeUnit, unit_id)
        assert unit is not None
        session_id, name = unit.session_id or "", unit.name
    with SESSION_LOCKS.hold(unit_lock_key(session_id, name)), context.database.session() as db:
        unit = db.get(CodeUnit, unit_id)
        assert unit is not None
        old = get_unit_version(db, unit_id=unit.id, number=number)
        if old is None:
            raise LookupError(number)
        if not old.passed:
            raise AutomationConflictError(
                f"version {number} of {unit.name} never passed its tests: roll back to one that did"
            )
        current = active_version(db, unit)
        if current is not None and current.source == old.source:
            raise AutomationConflictError(
                f"version {number} has the same code as the active version "
                f"({current.number}): nothing to roll back"
            )
        version = CodeUnitVersion(
            unit_id=unit.id,
            number=next_version_number(db, unit_id=unit.id),
            source=old.source,
            origin=VersionOrigin.rollback,
            test_run=old.test_run,
            passed=True,
            model=None,
            input_tokens=0,
            output_tokens=0,
            promoted=True,
            created_by_id=actor.user_id,
        )
        db.add(version)
        db.flush()
        unit.active_version_number = version.number
        unit.status = CodeUnitStatus.active
        unit.status_message = (
            f"rolled back to version {number}'s code (now version {version.number})"
        )
        record_audit(
            db,
            workspace_id=unit.workspace_id,
            actor_user_id=actor.user_id,
            actor_api_key_id=actor.api_key_id,
            action="code_unit.rollback",
            target_type="code_unit",
            target_id=unit.id,
            detail={"name": unit.name, "from_version": number, "new_version": version.number},
        )
        return version


def unit_read(db: Session, unit: CodeUnit) -> CodeUnitRead:
    """The unit as the API shows it, with every version."""
    versions = list_unit_versions(db, unit_id=unit.id)
    return CodeUnitRead.model_validate(
        {
            **{key: getattr(unit, key) for key in CodeUnitRead.model_fields if key != "versions"},
            "versions": [CodeUnitVersionRead.model_validate(v) for v in versions],
        }
    )
