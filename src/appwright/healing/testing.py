"""Test a hook: the source checks, then every case in one sandbox run, as a structured `TestRun`.

The sandbox gets the hook (``hook.py``, import-checked) and the harness (``runtime.py``, the
in-memory hook API); the harness calls ``run(record, api)`` once per case on fresh rows and
reports each outcome. A run passes when every case returned without an exception.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from appwright.healing.cases import HookTarget, TestCase
from appwright.healing.classify import Failure
from appwright.healing.hooks import ALLOWED_IMPORTS, check_hook_source
from appwright.healing.runtime import HOOK_FILE
from appwright.sandbox import Backend, ImportCheck, Job, Limits, run

RUNTIME_FILE = "runtime.py"

HOOK_LIMITS = Limits(wall_seconds=10.0, cpu_seconds=5, memory_mb=512, processes=16)
"""One test run of a hook (every case): pure computation over a few in-memory rows."""


@dataclass(frozen=True)
class CaseResult:
    name: str
    ok: bool
    error_class: str | None = None
    error: str = ""
    traceback: str = ""
    line: int | None = None
    output: Any = None
    writes: list[dict[str, Any]] = field(default_factory=list)
    printed: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "ok": self.ok,
            "error_class": self.error_class,
            "error": self.error,
            "traceback": self.traceback,
            "line": self.line,
            "output": self.output,
            "writes": self.writes,
            "printed": self.printed,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CaseResult:
        return cls(
            name=str(data.get("name", "")),
            ok=bool(data.get("ok")),
            error_class=data.get("error_class"),
            error=str(data.get("error") or ""),
            traceback=str(data.get("traceback") or ""),
            line=data.get("line"),
            output=data.get("output"),
            writes=list(data.get("writes") or []),
            printed=str(data.get("printed") or ""),
        )


@dataclass(frozen=True)
class TestRun:
    """One test run of one hook version over a fixed list of cases."""

    __test__ = False  # not a pytest class

    ok: bool
    kind: str
    """``ok``, ``failed`` (a case failed), ``reported`` (a failure the app reported), a source
    check's issue kind, or the sandbox's error kind."""
    message: str
    cases: tuple[TestCase, ...]
    results: tuple[CaseResult, ...] = ()
    failure: Failure | None = None
    isolation: str = ""
    duration_seconds: float = 0.0

    @property
    def passed(self) -> int:
        return sum(1 for result in self.results if result.ok)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "kind": self.kind,
            "message": self.message,
            "passed": self.passed,
            "total": len(self.cases),
            "cases": [case.to_json() for case in self.cases],
            "results": [result.to_json() for result in self.results],
            "failure": self.failure.to_json() if self.failure else None,
            "isolation": self.isolation,
            "duration_seconds": round(self.duration_seconds, 3),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TestRun:
        failure = data.get("failure")
        return cls(
            ok=bool(data.get("ok")),
            kind=str(data.get("kind", "")),
            message=str(data.get("message", "")),
            cases=tuple(TestCase.from_json(case) for case in data.get("cases") or []),
            results=tuple(CaseResult.from_json(result) for result in data.get("results") or []),
            failure=Failure.from_json(failure) if failure else None,
            isolation=str(data.get("isolation", "")),
            duration_seconds=float(data.get("duration_seconds") or 0.0),
        )

    @classmethod
    def reported(cls, failure: Failure, cases: Sequence[TestCase]) -> TestRun:
        """A failure the running app reported, to heal against ``cases`` (its input included)."""
        return cls(
            ok=False,
            kind="reported",
            message=f"reported by the app: {failure.summary()}",
            cases=tuple(cases),
            failure=failure,
        )

    def failed_case(self) -> TestCase | None:
        """The case the failure happened on (its inputs go to the model)."""
        if self.failure is None or self.failure.case is None:
            return None
        return next((case for case in self.cases if case.name == self.failure.case), None)


def runtime_source() -> str:
    return files("appwright.healing").joinpath(RUNTIME_FILE).read_text(encoding="utf-8")


def run_hook_tests(
    source: str,
    target: HookTarget,
    cases: Sequence[TestCase],
    *,
    backend: Backend | None = None,
    limits: Limits = HOOK_LIMITS,
) -> TestRun:
    """Check ``source``, then run it on every case in the sandbox."""
    cases = tuple(cases)
    issues = check_hook_source(source, entities=target.schema.keys())
    if issues:
        first = issues[0]
        message = "; ".join(str(issue) for issue in issues)
        return TestRun(
            ok=False,
            kind=first.kind,
            message=f"the hook was refused before running: {message}",
            cases=cases,
            failure=Failure(kind=first.kind, message=message),
        )
    job = Job(
        argv=("python", RUNTIME_FILE),
        files={RUNTIME_FILE: runtime_source(), HOOK_FILE: source},
        input={
            "schema": target.schema,
            "settings": target.settings,
            "cases": [case.to_json() for case in cases],
        },
        expect_result=True,
        limits=limits,
        import_check=ImportCheck((HOOK_FILE,), ALLOWED_IMPORTS),
    )
    result = run(job, backend)
    if not result.ok or not isinstance(result.result, dict):
        return TestRun(
            ok=False,
            kind=result.kind.value,
            message=f"the sandbox run ended with {result.kind.value}: {result.message}",
            failure=Failure(
                kind=result.kind.value,
                error_class=result.exception,
                message=result.message,
                traceback=result.stderr[-2000:],
            ),
            duration_seconds=result.duration_seconds,
            cases=cases,
            isolation=result.isolation,
        )
    results = tuple(CaseResult.from_json(item) for item in result.result.get("cases") or [])
    failed = next((item for item in results if not item.ok), None)
    if failed is None and len(results) == len(cases):
        return TestRun(
            ok=True,
            kind="ok",
            message=f"{len(results)} of {len(cases)} cases passed",
            results=results,
            duration_seconds=result.duration_seconds,
            cases=cases,
            isolation=result.isolation,
        )
    if failed is None:
        failure = Failure(kind="bad_output", message="the harness reported too few cases")
    else:
        failure = Failure(
            kind="exception",
            error_class=failed.error_class,
            message=failed.error,
            case=failed.name,
            traceback=failed.traceback,
        )
    passed = sum(1 for item in results if item.ok)
    return TestRun(
        ok=False,
        kind="failed",
        message=f"{passed} of {len(cases)} cases passed; first failure: {failure.summary()}",
        results=results,
        failure=failure,
        duration_seconds=result.duration_seconds,
        cases=cases,
        isolation=result.isolation,
    )
