"""Which model-written hooks a generated app runs, on which entity and trigger.

The sources come from outside the generator (the builder's promoted versions); the generator
only wires them: each becomes ``<package>/hooks/units/<name>.py`` and is called after the
trigger (create, update, delete or transition of its entity) through the app's hook API.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from appwright.spec.models import AppSpec

HOOK_TRIGGERS = ("create", "update", "delete", "transition")


class HookPlanError(ValueError):
    """A hook source names no automation of the spec that runs on a record change."""


@dataclass(frozen=True)
class HookPlan:
    name: str
    """The automation's name, also the module name under ``hooks/units/``."""
    entity: str
    on: str
    source: str


def hook_plans(spec: AppSpec, sources: Mapping[str, str] | None) -> tuple[HookPlan, ...]:
    """The hooks to wire, by name; empty without sources (the app is then byte-identical to
    one generated without hooks)."""
    if not sources:
        return ()
    automations = {automation.name: automation for automation in spec.automations}
    plans: list[HookPlan] = []
    for name in sorted(sources):
        automation = automations.get(name)
        if automation is None:
            raise HookPlanError(f"hook {name!r} names no automation of the spec")
        trigger = automation.trigger
        if trigger.on not in HOOK_TRIGGERS or trigger.entity is None:
            raise HookPlanError(
                f"automation {name} runs on {trigger.on}: only record changes run hooks"
            )
        if spec.entity(trigger.entity) is None:
            raise HookPlanError(f"automation {name} names no entity of the spec")
        source = sources[name]
        plans.append(HookPlan(name, trigger.entity, trigger.on, source.rstrip("\n") + "\n"))
    return tuple(plans)
