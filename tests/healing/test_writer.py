"""The model writes and repairs hooks from prompt files; answers are parsed, calls metered."""

from __future__ import annotations

import pytest
from support.hooks import answer, inventory_hook
from support.service import EXAMPLES_DIR

from appwright.healing import (
    Failure,
    HookWriteError,
    hook_target,
    repair_hook,
    sample_cases,
    write_hook,
)
from appwright.healing.writer import clean_code
from appwright.llm import ScriptedProvider
from appwright.spec import AppSpec, load_spec


@pytest.fixture(scope="module")
def spec() -> AppSpec:
    return load_spec(EXAMPLES_DIR / "inventory.json")


def test_the_write_prompt_has_the_description_fields_and_contract(spec: AppSpec) -> None:
    target = hook_target(spec, spec.automations[0])
    provider = ScriptedProvider([answer(inventory_hook("alert_low_stock"), tokens=(700, 90))])
    written = write_hook(provider, target, app_name=spec.name)
    assert written.code == inventory_hook("alert_low_stock")
    assert (written.input_tokens, written.output_tokens) == (700, 90)
    system, request = provider.history[0].messages
    assert "def run(record, api)" in system.content
    assert "api.transition(entity, id" in system.content
    assert "subprocess" not in system.content  # only the allowed imports are listed
    assert "Automation: alert_low_stock" in request.content
    assert "when quantity falls below reorder_threshold" in request.content
    assert '"reorder_threshold":{' in request.content


def test_the_repair_prompt_has_the_code_the_error_and_the_inputs(spec: AppSpec) -> None:
    target = hook_target(spec, spec.automations[0])
    case = sample_cases(spec, target)[1]
    failure = Failure("exception", "KeyError", "'threshold'", case=case.name, traceback="line 5")
    provider = ScriptedProvider([answer("def run(record, api):\n    return None\n")])
    repair_hook(
        provider, target, app_name=spec.name, code="BROKEN CODE", failure=failure, case=case
    )
    request = provider.history[0].messages[-1].content
    assert provider.history[0].purpose == "hook-repair"
    assert "BROKEN CODE" in request
    assert "KeyError: 'threshold'" in request
    assert '"quantity":0' in request  # the failing record


def test_malformed_answers_raise_with_their_usage(spec: AppSpec) -> None:
    target = hook_target(spec, spec.automations[0])
    provider = ScriptedProvider(["not json", "still not json"])
    with pytest.raises(HookWriteError) as raised:
        write_hook(provider, target, app_name=spec.name)
    assert [record.outcome for record in raised.value.usage] == ["malformed", "malformed"]


def test_code_fences_are_removed() -> None:
    assert clean_code("```python\ndef run(record, api):\n    pass\n```") == (
        "def run(record, api):\n    pass\n"
    )
    assert clean_code("def run(record, api):\n    pass") == "def run(record, api):\n    pass\n"
