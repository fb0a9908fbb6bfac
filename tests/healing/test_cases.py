"""The hook's test cases from the spec: deterministic, valid, and covering both branches of a
threshold comparison and every transition."""

from __future__ import annotations

import pytest
from support.service import EXAMPLES_DIR

from appwright.healing import NotAHookError, hook_target, is_hook_automation, sample_cases
from appwright.healing.runtime import MemoryHookApi
from appwright.spec import AppSpec, load_spec
from appwright.spec.models import Automation, Trigger


@pytest.fixture(scope="module")
def spec() -> AppSpec:
    return load_spec(EXAMPLES_DIR / "inventory.json")


def test_the_same_spec_gives_the_same_cases(spec: AppSpec) -> None:
    target = hook_target(spec, spec.automations[0])
    first = [case.to_json() for case in sample_cases(spec, target)]
    again = [case.to_json() for case in sample_cases(load_spec(spec.to_json_dict()), target)]
    assert first == again


def test_numbers_go_below_and_above_each_other(spec: AppSpec) -> None:
    target = hook_target(spec, spec.automations[0])
    pairs = [
        (c.record["quantity"], c.record["reorder_threshold"]) for c in sample_cases(spec, target)
    ]
    assert any(quantity < threshold for quantity, threshold in pairs)
    assert any(quantity > threshold for quantity, threshold in pairs)


def test_every_case_row_is_valid_for_the_hook_api(spec: AppSpec) -> None:
    for automation in spec.automations:
        target = hook_target(spec, automation)
        for case in sample_cases(spec, target):
            api = MemoryHookApi(target.schema, case.rows, target.settings, case.event)
            for entity, rows in case.rows.items():
                fields = target.schema[entity]["fields"]
                for row in rows:
                    values = {
                        name: value
                        for name, value in row.items()
                        if name in fields and not fields[name]["state"]
                    }
                    api.update(entity, row["id"], values)  # raises when a value does not fit


def test_a_transition_trigger_has_a_case_per_transition(spec: AppSpec) -> None:
    restock = next(a for a in spec.automations if a.trigger.on == "transition")
    cases = sample_cases(spec, hook_target(spec, restock))
    assert [case.event["transition"] for case in cases] == ["place", "receive", "cancel"]
    receive = cases[1]
    assert receive.record["status"] == "received"
    assert receive.event["previous"]["status"] == "placed"


def test_schedules_and_unknown_entities_are_not_hooks(spec: AppSpec) -> None:
    nightly = Automation(name="nightly", trigger=Trigger(on="schedule", schedule="0 3 * * *"))
    assert not is_hook_automation(spec, nightly)
    with pytest.raises(NotAHookError, match="schedule"):
        hook_target(spec, nightly)
    stray = Automation(name="stray", trigger=Trigger(on="create", entity="invoice"))
    with pytest.raises(NotAHookError, match="invoice"):
        hook_target(spec, stray)
