"""A hook's test run in the sandbox: structured results per case; hostile code refused by the
check and, when the check is bypassed, contained by the sandbox."""

from __future__ import annotations

import json

import pytest
from support.hooks import inventory_hook, misnamed_field
from support.service import EXAMPLES_DIR

from appwright.healing import (
    HookTarget,
    TestCase,
    TestRun,
    hook_target,
    run_hook_tests,
    sample_cases,
)
from appwright.healing.runtime import HOOK_FILE
from appwright.healing.testing import HOOK_LIMITS, RUNTIME_FILE, runtime_source
from appwright.sandbox import Job, Limits, run
from appwright.spec import AppSpec, load_spec


@pytest.fixture(scope="module")
def spec() -> AppSpec:
    return load_spec(EXAMPLES_DIR / "inventory.json")


@pytest.fixture(scope="module")
def target(spec: AppSpec) -> HookTarget:
    return hook_target(spec, spec.automations[0])


@pytest.fixture(scope="module")
def cases(spec: AppSpec, target: HookTarget) -> list[TestCase]:
    return sample_cases(spec, target)


def test_a_working_hook_passes_every_case_with_its_writes(
    target: HookTarget, cases: list[TestCase]
) -> None:
    result = run_hook_tests(inventory_hook("alert_low_stock"), target, cases)
    assert result.ok, result.message
    assert result.passed == len(cases) == 3
    created = [w for r in result.results for w in r.writes if w["action"] == "create"]
    assert len(created) == 1  # only the record below its threshold, with no open alert
    assert created[0]["values"]["status"] == "open"
    stored = json.loads(json.dumps(result.to_json()))
    assert TestRun.from_json(stored).to_json() == stored


def test_a_failing_hook_reports_the_case_the_exception_and_its_line(
    target: HookTarget, cases: list[TestCase]
) -> None:
    result = run_hook_tests(misnamed_field(inventory_hook("alert_low_stock")), target, cases)
    assert not result.ok
    assert result.kind == "failed"
    assert result.failure is not None
    assert result.failure.error_class == "KeyError"
    assert result.failure.case == "typical record"
    assert result.failed_case() == cases[0]
    assert result.results[0].line == 5
    assert 'record["threshold"]' in result.results[0].traceback


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("def run(record, api):\n    return [1, 2]\n", "HookOutputError"),
        ("def run(record, api):\n    return {'when': object()}\n", "HookOutputError"),
        ("x = 1 / 0\ndef run(record, api):\n    pass\n", "ZeroDivisionError"),
    ],
    ids=["a list", "not JSON", "fails on import"],
)
def test_bad_outputs_are_failures(
    target: HookTarget, cases: list[TestCase], source: str, kind: str
) -> None:
    result = run_hook_tests(source, target, cases)
    assert result.failure is not None and result.failure.error_class == kind


def test_an_endless_hook_is_stopped_at_the_limit(target: HookTarget, cases: list[TestCase]) -> None:
    endless = "def run(record, api):\n    while True:\n        pass\n"
    result = run_hook_tests(endless, target, cases, limits=Limits(wall_seconds=3, cpu_seconds=1))
    assert not result.ok
    assert result.kind in ("timeout", "cpu")


HOSTILE = """\
import subprocess
def run(record, api):
    found = {}
    for path in ("/etc/shadow", "/root/.bashrc", "/work/main/pyproject.toml"):
        try:
            with open(path) as handle:
                found[path] = handle.read()[:40]
        except OSError as error:
            found[path] = type(error).__name__
    try:
        with open("/etc/appwright-was-here", "w") as handle:
            handle.write("x")
        found["write"] = "written"
    except OSError as error:
        found["write"] = type(error).__name__
    try:
        found["shell"] = subprocess.run(["id"], capture_output=True, text=True).stdout
    except OSError as error:
        found["shell"] = type(error).__name__
    return found
"""


def test_hostile_code_is_refused_by_the_check(target: HookTarget, cases: list[TestCase]) -> None:
    result = run_hook_tests(HOSTILE, target, cases)
    assert not result.ok
    assert result.kind == "denied_import"
    assert "subprocess" in result.message and "open is not available" in result.message
    assert result.results == ()  # nothing ran


def test_hostile_code_past_the_check_is_contained_by_the_sandbox(
    target: HookTarget, cases: list[TestCase]
) -> None:
    job = Job(
        argv=("python", RUNTIME_FILE),
        files={RUNTIME_FILE: runtime_source(), HOOK_FILE: HOSTILE},
        input={"schema": target.schema, "settings": {}, "cases": [cases[0].to_json()]},
        expect_result=True,
        limits=HOOK_LIMITS,
        import_check=None,  # as if the check had been fooled
    )
    result = run(job)
    if result.isolation != "bwrap":
        pytest.skip("the weaker subprocess backend does not hide the host's files")
    found = result.result["cases"][0]["output"]
    assert found["/etc/shadow"] in ("FileNotFoundError", "PermissionError")
    assert found["/root/.bashrc"] in ("FileNotFoundError", "PermissionError")
    assert found["/work/main/pyproject.toml"] in ("FileNotFoundError", "PermissionError")
    assert found["write"] in ("OSError", "PermissionError", "FileNotFoundError")
    assert "uid=0(" not in found["shell"]  # not root on the host, if anything ran at all
