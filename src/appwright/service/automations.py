"""Automation hooks of a session: written by the model, tested, stored as code-unit versions,
healed when they fail, rolled back by a person; and the promoted ones handed to the generator.

Model calls and sandbox runs happen outside any transaction; each outcome is then stored in
one transaction with its versions, usage and audit entry. One unit changes at a time (a lock
per unit within this process; the unique (unit, number) constraint guards across processes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from appwright.healing import (
    Attempt,
    Failure,
    Healer,
    HealOutcome,
    HealStatus,
    HookTarget,
    NotAHookError,
    TestCase,
    TestRun,
    hook_target,
    run_hook_tests,
    sample_cases,
)
from appwright.healing.cases import sample_row
from appwright.llm import Provider
from appwright.service.audit import record_audit
from appwright.service.context import ServiceContext
from appwright.service.crud.code_units import (
    active_version,
    create_unit,
    get_unit_by_name,
    get_unit_version,
    list_unit_versions,
    next_version_number,
)
from appwright.service.models import (
    BuildSession,
    CodeUnit,
    CodeUnitKind,
    CodeUnitStatus,
    CodeUnitVersion,
    SpecVersion,
    VersionOrigin,
)
from appwright.service.schemas.code_units import (
    CodeUnitRead,
    CodeUnitVersionRead,
    FailureReport,
)
from appwright.service.session_locks import SESSION_LOCKS
from appwright.service.usage_records import record_usage
from appwright.spec import AppSpec, load_spec

REPORTED_CASE = "reported input"

_STATUS_OF_OUTCOME: dict[HealStatus, CodeUnitStatus | None] = {
    HealStatus.PROMOTED: CodeUnitStatus.active,
    HealStatus.HEALTHY: CodeUnitStatus.active,
    HealStatus.RECOVERED: CodeUnitStatus.active,
    HealStatus.NEEDS_MODEL: CodeUnitStatus.needs_model,
    HealStatus.NEEDS_PERSON: CodeUnitStatus.needs_person,
    HealStatus.GAVE_UP: None,
    HealStatus.MODEL_FAILED: None,
    HealStatus.RETRIES_EXHAUSTED: None,
}
"""The unit's status after each outcome (None: degraded with a good version, else failing)."""


class AutomationConflictError(Exception):
    """The unit's state does not allow it (no version to test, a rollback to a failed one...)."""


@dataclass(frozen=True)
class Actor:
    """Who asked, for the audit log and the versions' ``created_by_id``."""

    user_id: str | None
    api_key_id: str | None = None


@dataclass
class HookPreparation:
    """What a generation gets: the promoted hooks' sources, and a line per automation."""

    hooks: dict[str, str] = field(default_factory=dict)
    report: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class StoredOutcome:
    outcome: HealOutcome
    new_versions: tuple[int, ...]


def unit_lock_key(session_id: str, name: str) -> str:
    return f"code-unit:{session_id}:{name}"


def prepare_hooks(
    context: ServiceContext, *, session_id: str, spec: AppSpec, actor: Actor
) -> HookPreparation:
    """Write, test or heal the hook of each of ``spec``'s automations; the promoted sources.

    An automation whose unit has a promoted version for the same definition is re-tested on
    this spec (its fields may have changed) and healed when it fails; a new or changed one is
    written by the model. Without a model its unit says it needs one and it is left out; the
    rest of the app still generates.
    """
    preparation = HookPreparation()
    provider: Provider | None = None
    provider_made = False
    for automation in spec.automations:
        try:
            target = hook_target(spec, automation)
        except NotAHookError as error:
            preparation.report.append(
                {"name": automation.name, "status": "not_a_hook", "message": str(error)}
            )
            continue
        if not provider_made:
            provider, provider_made = context.provider_factory(), True
        with SESSION_LOCKS.hold(unit_lock_key(session_id, automation.name)):
            source, line = _prepare_one(context, session_id, spec, target, provider, actor)
        if source is not None:
            preparation.hooks[automation.name] = source
        preparation.report.append(line)
    return preparation


def _prepare_one(
    context: ServiceContext,
    session_id: str,
    spec: AppSpec,
    target: HookTarget,
    provider: Provider | None,
    actor: Actor,
) -> tuple[str | None, dict[str, Any]]:
    with context.database.session() as db:
        unit = get_unit_by_name(
            db, session_id=session_id, kind=CodeUnitKind.automation, name=target.name
        )
        if unit is None:
            session = db.get(BuildSession, session_id)
            assert session is not None
            unit = create_unit(
                db,
                workspace_id=session.workspace_id,
                session_id=session_id,
                kind=CodeUnitKind.automation,
                name=target.name,
                definition=target.definition(),
            )
        unit_id, same_definition = unit.id, unit.definition == target.definition()
        active = active_version(db, unit)
        active_source = active.source if active is not None else None
    cases = sample_cases(spec, target)
    healer = Healer(target, provider=provider, app_name=spec.name)
    if active_source is not None and same_definition:
        run = run_hook_tests(active_source, target, cases)
        outcome = healer.heal(active_source, run)
    else:
        outcome = healer.write(cases)
    stored = store_outcome(
        context,
        unit_id=unit_id,
        outcome=outcome,
        actor=actor,
        action="code_unit.write",
        definition=target.definition(),
    )
    with context.database.session() as db:
        unit = db.get(CodeUnit, unit_id)
        assert unit is not None
        serving = active_version(db, unit)
        line = {
            "name": target.name,
            "status": unit.status,
            "outcome": outcome.status.value,
            "version": unit.active_version_number,
            "new_versions": list(stored.new_versions),
            "message": unit.status_message,
        }
        return (serving.source if serving is not None else None), line


def store_outcome(
    context: ServiceContext,
    *,
    unit_id: str,
    outcome: HealOutcome,
    actor: Actor,
    action: str,
    definition: dict[str, Any] | None = None,
) -> StoredOutcome:
    """Store every attempt as a version, promote the passing one, set the unit's status, and
    account for the tokens, in one transaction."""
    with context.database.session() as db:
        unit = db.get(CodeUnit, unit_id)
        assert unit is not None
        numbers = [_add_attempt(db, unit, attempt, actor) for attempt in outcome.attempts]
        promoted = outcome.promoted
        if promoted is not None:
            unit.active_version_number = numbers[-1]
            if definition is not None:
                unit.definition = definition
        status = _STATUS_OF_OUTCOME[outcome.status]
        if status is None or (
            status is CodeUnitStatus.active and unit.active_version_number is None
        ):
            status = (
                CodeUnitStatus.degraded
                if unit.active_version_number is not None
                else CodeUnitStatus.failing
            )
        unit.status = status
        unit.status_message = _status_message(unit, outcome, numbers)
        record_usage(
            db, workspace_id=unit.workspace_id, session_id=unit.session_id, records=outcome.usage
        )
        record_audit(
            db,
            workspace_id=unit.workspace_id,
            actor_user_id=actor.user_id,
            actor_api_key_id=actor.api_key_id,
            action=action,
            target_type="code_unit",
            target_id=unit.id,
            detail={
                "name": unit.name,
                "outcome": outcome.status.value,
                "new_versions": numbers,
                "active_version": unit.active_version_number,
            },
        )
        return StoredOutcome(outcome, tuple(numbers))


def _add_attempt(db: Session, unit: CodeUnit, attempt: Attempt, actor: Actor) -> int:
    failure = attempt.test_run.failure
    number = next_version_number(db, unit_id=unit.id)
    db.add(
        CodeUnitVersion(
            unit_id=unit.id,
            number=number,
            source=attempt.source,
            origin=VersionOrigin(attempt.origin),
            test_run=attempt.test_run.to_json(),
            passed=attempt.passed,
            error_kind=(
                attempt.classification.failure_class.value
                if attempt.classification is not None and not attempt.passed
                else None
            ),
            error_class=None if attempt.passed or failure is None else failure.error_class,
            error_message=None if attempt.passed or failure is None else failure.summary(),
            model=attempt.model,
            input_tokens=attempt.input_tokens,
            output_tokens=attempt.output_tokens,
            promoted=False,
            created_by_id=actor.user_id,
        )
    )
    db.flush()
    if attempt.passed:
        version = get_unit_version(db, unit_id=unit.id, number=number)
        assert version is not None
        version.promoted = True
    return number


def _status_message(unit: CodeUnit, outcome: HealOutcome, numbers: Sequence[int]) -> str:
    message = outcome.message
    if numbers:
        listed = ", ".join(str(number) for number in numbers)
        message += f" (new version{'s' if len(numbers) > 1 else ''}: {listed})"
    if (
        outcome.promoted is None
        and unit.active_version_number is not None
        and (outcome.status not in (HealStatus.HEALTHY, HealStatus.RECOVERED))
    ):
        message += f"; version {unit.active_version_number} keeps serving"
    return message


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
    versions = list_unit_versions(db, unit_id=unit.id)
    return CodeUnitRead.model_validate(
        {
            **{key: getattr(unit, key) for key in CodeUnitRead.model_fields if key != "versions"},
            "versions": [CodeUnitVersionRead.model_validate(v) for v in versions],
        }
    )
