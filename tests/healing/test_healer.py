"""The healing loop with scripted model answers, tested for real in the sandbox.

Broken, still broken, then fixed: the third version is promoted, each attempt has its tokens.
Broken three times: the limit stops it, the last good version stays, the person is told.
Transient failures are retried without the model; configuration failures stop without it.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from support.hooks import DIVIDES_BY_ZERO, answer, inventory_hook, misnamed_field
from support.service import EXAMPLES_DIR

from appwright.healing import (
    Failure,
    FailureClass,
    Healer,
    HealStatus,
    HookTarget,
    TestCase,
    TestRun,
    hook_target,
    run_hook_tests,
    sample_cases,
)
from appwright.llm import ScriptedProvider, TransientModelError
from appwright.spec import AppSpec, load_spec

GOOD = inventory_hook("alert_low_stock")
BROKEN = misnamed_field(GOOD)


@pytest.fixture(scope="module")
def spec() -> AppSpec:
    return load_spec(EXAMPLES_DIR / "inventory.json")


@pytest.fixture(scope="module")
def target(spec: AppSpec) -> HookTarget:
    automation = next(a for a in spec.automations if a.name == "alert_low_stock")
    return hook_target(spec, automation)


@pytest.fixture(scope="module")
def cases(spec: AppSpec, target: HookTarget) -> list[TestCase]:
    return sample_cases(spec, target)


def healer(target: HookTarget, provider: ScriptedProvider | None, **options: object) -> Healer:
    return Healer(target, provider=provider, app_name="Inventory", sleep=lambda _: None, **options)


def test_broken_then_still_broken_then_fixed_promotes_the_third_version(
    target: HookTarget, cases: list[TestCase]
) -> None:
    provider = ScriptedProvider(
        [
            answer(BROKEN, tokens=(1000, 200)),
            answer(DIVIDES_BY_ZERO, tokens=(1100, 40)),
            answer(GOOD, tokens=(1200, 210)),
        ]
    )
    outcome = healer(target, provider).write(cases)

    assert outcome.status is HealStatus.PROMOTED
    assert [a.origin for a in outcome.attempts] == ["model", "repair", "repair"]
    assert [a.passed for a in outcome.attempts] == [False, False, True]
    assert outcome.promoted is outcome.attempts[2]
    assert outcome.promoted.source == GOOD
    assert [(a.input_tokens, a.output_tokens) for a in outcome.attempts] == [
        (1000, 200),
        (1100, 40),
        (1200, 210),
    ]
    failures = [a.test_run.failure for a in outcome.attempts[:2]]
    assert [(f.error_class if f else None) for f in failures] == ["KeyError", "ZeroDivisionError"]
    assert all(
        a.classification and a.classification.failure_class is FailureClass.LOGIC
        for a in outcome.attempts[:2]
    )
    # each repair was judged on the same cases, and the model saw the code, error and inputs
    assert {tuple(c.name for c in a.test_run.cases) for a in outcome.attempts} == {
        tuple(c.name for c in cases)
    }
    first_repair = provider.history[1].messages[-1].content
    assert 'record["threshold"]' in first_repair
    assert "KeyError" in first_repair
    assert '"reorder_threshold":' in first_repair  # the failing record's fields
    assert [r.purpose for r in provider.history] == ["hook-write", "hook-repair", "hook-repair"]


def test_broken_three_times_stops_at_the_limit_and_keeps_the_last_good_version(
    target: HookTarget, cases: list[TestCase]
) -> None:
    good_run = run_hook_tests(GOOD, target, cases)
    assert good_run.ok
    # the app reports a failure of the good version on an input its tests did not have
    reported = TestRun.reported(
        Failure("exception", "TypeError", "'<' not supported", case=cases[0].name), cases
    )
    provider = ScriptedProvider([answer(BROKEN), answer(DIVIDES_BY_ZERO), answer(BROKEN)])
    outcome = healer(target, provider).heal(GOOD, reported)

    assert outcome.status is HealStatus.GAVE_UP
    assert len(outcome.attempts) == 3
    assert [a.origin for a in outcome.attempts] == ["repair", "repair", "repair"]
    assert not any(a.passed for a in outcome.attempts)
    assert outcome.promoted is None
    assert "3 repairs" in outcome.message
    assert "last good version keeps serving" in outcome.message
    assert provider.remaining == 0
    assert len(provider.history) == 3  # no fourth call


def test_a_transient_failure_is_retried_without_the_model(
    target: HookTarget, cases: list[TestCase]
) -> None:
    runs: list[str] = []

    def flaky(source: str, run_cases: Sequence[TestCase]) -> TestRun:
        runs.append(source)
        if len(runs) < 3:
            failure = Failure("exception", "OperationalError", "database is locked", case="x")
            return TestRun(
                ok=False, kind="failed", message="locked", cases=tuple(run_cases), failure=failure
            )
        return run_hook_tests(source, target, run_cases)

    waits: list[float] = []
    provider = ScriptedProvider([])  # any model call would raise ScriptExhaustedError
    first = flaky(GOOD, cases)
    outcome = Healer(
        target, provider=provider, app_name="Inventory", run_tests=flaky, sleep=waits.append
    ).heal(GOOD, first)

    assert outcome.status is HealStatus.RECOVERED
    assert outcome.classification is not None
    assert outcome.classification.failure_class is FailureClass.TRANSIENT
    assert outcome.retries == 2
    assert waits == [0.5, 1.0]  # backoff doubles
    assert outcome.attempts == ()
    assert provider.history == []


def test_a_transient_failure_that_persists_gives_up_after_the_retries(
    target: HookTarget, cases: list[TestCase]
) -> None:
    def always_down(source: str, run_cases: Sequence[TestCase]) -> TestRun:
        failure = Failure("exception", "ConnectionResetError", "connection reset by peer")
        return TestRun(
            ok=False, kind="failed", message="down", cases=tuple(run_cases), failure=failure
        )

    provider = ScriptedProvider([])
    outcome = healer(target, provider, run_tests=always_down).heal(GOOD, always_down(GOOD, cases))
    assert outcome.status is HealStatus.RETRIES_EXHAUSTED
    assert outcome.retries == 3
    assert provider.history == []


@pytest.mark.parametrize(
    ("source", "error_class"),
    [
        (
            "def run(record, api):\n    return {'c': api.setting('alert_email')}\n",
            "MissingSettingError",
        ),
        (
            "def run(record, api):\n    return {'n': len(api.find('product', {'qty': 1}))}\n",
            "UnknownFieldError",
        ),
    ],
    ids=["missing setting", "unknown field"],
)
def test_a_configuration_failure_stops_without_the_model(
    target: HookTarget, cases: list[TestCase], source: str, error_class: str
) -> None:
    run = run_hook_tests(source, target, cases)
    assert run.failure is not None and run.failure.error_class == error_class
    provider = ScriptedProvider([])
    outcome = healer(target, provider).heal(source, run)
    assert outcome.status is HealStatus.NEEDS_PERSON
    assert outcome.classification is not None
    assert outcome.classification.failure_class is FailureClass.CONFIGURATION
    assert "change the design" in outcome.message
    assert provider.history == []


def test_an_unknown_entity_is_a_configuration_failure_found_before_running(
    target: HookTarget, cases: list[TestCase]
) -> None:
    source = "def run(record, api):\n    api.create('reorder_request', {'product_id': 1})\n"
    run = run_hook_tests(source, target, cases)
    assert run.kind == "unknown_entity"
    outcome = healer(target, ScriptedProvider([])).heal(source, run)
    assert outcome.status is HealStatus.NEEDS_PERSON


def test_a_logic_failure_without_a_model_needs_one(
    target: HookTarget, cases: list[TestCase]
) -> None:
    outcome = healer(target, None).heal(BROKEN, run_hook_tests(BROKEN, target, cases))
    assert outcome.status is HealStatus.NEEDS_MODEL
    assert healer(target, None).write(cases).status is HealStatus.NEEDS_MODEL


def test_an_unreachable_model_changes_nothing_and_its_calls_are_accounted(
    target: HookTarget, cases: list[TestCase]
) -> None:
    provider = ScriptedProvider([TransientModelError("503 from the endpoint")])
    outcome = healer(target, provider).heal(BROKEN, run_hook_tests(BROKEN, target, cases))
    assert outcome.status is HealStatus.MODEL_FAILED
    assert outcome.attempts == ()
    assert [record.outcome for record in outcome.usage] == ["transient_error"]


def test_a_passing_first_write_is_promoted_at_once(
    target: HookTarget, cases: list[TestCase]
) -> None:
    outcome = healer(target, ScriptedProvider([answer(f"```python\n{GOOD}```")])).write(cases)
    assert outcome.status is HealStatus.PROMOTED
    assert outcome.promoted is not None and outcome.promoted.source == GOOD
