"""Automation hooks of a session: written by the model, tested, stored as code-unit versions,
healed when they fail, rolled back by a person; and the promoted ones handed to the generator.

Model calls and sandbox runs happen outside any transaction; each outcome is then stored in
one transaction with its versions, usage and audit entry. One unit changes at a time (a lock
per unit within this process; the unique (unit, number) constraint guards across processes).

This module prepares the hooks a generation gets (``prepare_hooks``); ``automation_store``
stores each outcome, and ``automation_units`` holds what a person does to one unit (test,
heal, roll back, read).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from appwright.healing import (
    Healer,
    HookTarget,
    NotAHookError,
    hook_target,
    run_hook_tests,
    sample_cases,
)
from appwright.llm import Provider
from appwright.service.automation_store import Actor, store_outcome, unit_lock_key
from appwright.service.context import ServiceContext
from appwright.service.crud.code_units import active_version, create_unit, get_unit_by_name
from appwright.service.models import BuildSession, CodeUnit, CodeUnitKind
from appwright.service.session_locks import SESSION_LOCKS
from appwright.spec import AppSpec


@dataclass
class HookPreparation:
    """What a generation gets: the promoted hooks' sources, and a line per automation."""

    hooks: dict[str, str] = field(default_factory=dict)
    report: list[dict[str, Any]] = field(default_factory=list)


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
