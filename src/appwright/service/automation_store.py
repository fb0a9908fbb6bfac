"""Storing what writing or healing did to an automation's code unit, in one transaction: every
attempt as a version, the passing one promoted, the unit's status and message, the tokens
used and an audit entry.

Example: a heal that failed once and then passed stores versions 4 and 5, promotes 5, and
leaves the unit ``active``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from appwright.healing import Attempt, HealOutcome, HealStatus
from appwright.service.audit import record_audit
from appwright.service.context import ServiceContext
from appwright.service.crud.code_units import get_unit_version, next_version_number
from appwright.service.models import CodeUnit, CodeUnitStatus, CodeUnitVersion, VersionOrigin
from appwright.service.usage_records import record_usage

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


@dataclass(frozen=True)
class Actor:
    """Who asked, for the audit log and the versions' ``created_by_id``."""

    user_id: str | None
    api_key_id: str | None = None


@dataclass(frozen=True)
class StoredOutcome:
    """An outcome and the version numbers it stored."""

    outcome: HealOutcome
    new_versions: tuple[int, ...]


def unit_lock_key(session_id: str, name: str) -> str:
    """The lock that lets one change of the unit happen at a time."""
    return f"code-unit:{session_id}:{name}"


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
