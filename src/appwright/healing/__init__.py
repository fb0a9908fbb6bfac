"""Self-healing LLM-written code: hooks for spec automations, written by a model, checked,
tested in the sandbox, classified by code when they fail, and repaired within a fixed budget.

    target = hook_target(spec, automation)
    outcome = Healer(target, provider=provider, app_name=spec.name).write(sample_cases(spec, target))
    outcome.status, outcome.attempts, outcome.promoted

See docs/healing.md.
"""

from appwright.healing.cases import (
    HOOK_TRIGGERS,
    HookTarget,
    NotAHookError,
    TestCase,
    hook_target,
    is_hook_automation,
    sample_cases,
)
from appwright.healing.classify import Classification, Failure, FailureClass, classify
from appwright.healing.healer import Attempt, Healer, HealOutcome, HealStatus
from appwright.healing.hooks import HookApi, SourceIssue, check_hook_source
from appwright.healing.testing import CaseResult, TestRun, run_hook_tests
from appwright.healing.writer import HookWriteError, WrittenHook, repair_hook, write_hook

__all__ = [
    "HOOK_TRIGGERS",
    "Attempt",
    "CaseResult",
    "Classification",
    "Failure",
    "FailureClass",
    "HealOutcome",
    "HealStatus",
    "Healer",
    "HookApi",
    "HookTarget",
    "HookWriteError",
    "NotAHookError",
    "SourceIssue",
    "TestCase",
    "TestRun",
    "WrittenHook",
    "check_hook_source",
    "classify",
    "hook_target",
    "is_hook_automation",
    "repair_hook",
    "run_hook_tests",
    "sample_cases",
    "write_hook",
]
