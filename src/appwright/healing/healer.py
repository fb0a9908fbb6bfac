"""The healing loop: classify a failure by code, then retry, repair or stop.

- transient: run the same tests again with backoff (no model), at most ``max_retries`` times;
- logic: the model gets the code, the error and the inputs; at most ``max_repairs`` repairs,
  each a new attempt (a new version), each tested on the SAME cases the failing version
  failed — the first that passes is promoted;
- configuration or permission: stop, with a message for the person.

Pure of storage and HTTP: the caller stores the attempts (`HealOutcome.attempts`) as versions.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from appwright.healing.cases import HookTarget, TestCase
from appwright.healing.classify import Classification, FailureClass, classify
from appwright.healing.testing import TestRun, run_hook_tests
from appwright.healing.writer import HookWriteError, WrittenHook, repair_hook, write_hook
from appwright.llm import Provider, UsageRecord

MAX_REPAIRS = 3
MAX_RETRIES = 3
BACKOFF_SECONDS = 0.5

RunTests = Callable[[str, Sequence[TestCase]], TestRun]
"""Runs one source on the cases (the sandbox's `run_hook_tests` bound to a target)."""

Origin = Literal["model", "repair"]


class HealStatus(enum.StrEnum):
    PROMOTED = "promoted"
    """A new version passed the tests and serves from now on."""
    HEALTHY = "healthy"
    """Nothing to heal: the tests pass."""
    RECOVERED = "recovered"
    """Transient: the same code passed when retried."""
    RETRIES_EXHAUSTED = "retries_exhausted"
    """Transient, and still failing after every retry."""
    GAVE_UP = "gave_up"
    """Logic: every repair allowed failed; the last good version (if any) keeps serving."""
    NEEDS_PERSON = "needs_person"
    """Configuration or permission: a person must change the app or the automation."""
    NEEDS_MODEL = "needs_model"
    """Code must be written or repaired, and no model is configured."""
    MODEL_FAILED = "model_failed"
    """The model could not be reached, or gave no usable code."""


@dataclass(frozen=True)
class Attempt:
    """One version the loop made: its code, where it came from, its test run, its cost."""

    source: str
    origin: Origin
    test_run: TestRun
    usage: tuple[UsageRecord, ...]
    notes: str = ""
    classification: Classification | None = None

    @property
    def passed(self) -> bool:
        return self.test_run.ok

    @property
    def input_tokens(self) -> int:
        return sum(record.input_tokens for record in self.usage)

    @property
    def output_tokens(self) -> int:
        return sum(record.output_tokens for record in self.usage)

    @property
    def model(self) -> str | None:
        answered = [r.model for r in self.usage if r.outcome in ("ok", "repaired")]
        return answered[-1] if answered else None


@dataclass(frozen=True)
class HealOutcome:
    status: HealStatus
    message: str
    attempts: tuple[Attempt, ...] = ()
    retries: int = 0
    last_run: TestRun | None = None
    classification: Classification | None = None
    extra_usage: tuple[UsageRecord, ...] = field(default=())
    """Model calls that made no attempt (a failed write or repair): still accounted."""

    @property
    def promoted(self) -> Attempt | None:
        if self.status is HealStatus.PROMOTED and self.attempts:
            return self.attempts[-1]
        return None

    @property
    def usage(self) -> tuple[UsageRecord, ...]:
        return (*(r for a in self.attempts for r in a.usage), *self.extra_usage)


class Healer:
    """Writes and heals the hook of one automation."""

    def __init__(
        self,
        target: HookTarget,
        *,
        provider: Provider | None,
        app_name: str,
        run_tests: RunTests | None = None,
        max_repairs: int = MAX_REPAIRS,
        max_retries: int = MAX_RETRIES,
        backoff_seconds: float = BACKOFF_SECONDS,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.target = target
        self.provider = provider
        self.app_name = app_name
        self.run_tests: RunTests = run_tests or (
            lambda source, cases: run_hook_tests(source, target, cases)
        )
        self.max_repairs = max_repairs
        self.max_retries = max_retries
        self.backoff_seconds = backoff_seconds
        self.sleep = sleep

    def write(self, cases: Sequence[TestCase]) -> HealOutcome:
        """The model writes the first version; it is tested, and healed when it fails."""
        if self.provider is None:
            return HealOutcome(
                HealStatus.NEEDS_MODEL,
                f"automation {self.target.name} needs code written by a model, and no model "
                "is configured: configure one (appwright settings, llm) and generate again",
            )
        try:
            written = write_hook(self.provider, self.target, app_name=self.app_name)
        except HookWriteError as error:
            return HealOutcome(HealStatus.MODEL_FAILED, error.reason, extra_usage=error.usage)
        run = self.run_tests(written.code, cases)
        first = self._attempt(written, "model", run)
        if run.ok:
            return HealOutcome(
                HealStatus.PROMOTED,
                f"the model's hook passed {run.passed} test cases",
                attempts=(first,),
                last_run=run,
            )
        return self._after_failure(written.code, run, [first], new_code=True)

    def heal(self, source: str, failing_run: TestRun) -> HealOutcome:
        """Heal ``source``, which failed ``failing_run`` (a test run, or a reported failure)."""
        if failing_run.ok:
            return HealOutcome(HealStatus.HEALTHY, "the tests pass", last_run=failing_run)
        return self._after_failure(source, failing_run, [], new_code=False)

    def _after_failure(
        self, source: str, run: TestRun, attempts: list[Attempt], *, new_code: bool
    ) -> HealOutcome:
        assert run.failure is not None
        classification = classify(run.failure)
        if attempts:
            attempts[-1] = _classified(attempts[-1], classification)
        kind = classification.failure_class
        if kind is FailureClass.TRANSIENT:
            return self._retry(source, run, attempts, classification, new_code=new_code)
        if kind in (FailureClass.CONFIGURATION, FailureClass.PERMISSION):
            return HealOutcome(
                HealStatus.NEEDS_PERSON,
                _person_message(self.target, kind, run),
                attempts=tuple(attempts),
                last_run=run,
                classification=classification,
            )
        return self._repair(source, run, attempts, classification)

    def _retry(
        self,
        source: str,
        run: TestRun,
        attempts: list[Attempt],
        classification: Classification,
        *,
        new_code: bool,
    ) -> HealOutcome:
        last = run
        for retry in range(1, self.max_retries + 1):
            self.sleep(self.backoff_seconds * 2 ** (retry - 1))
            last = self.run_tests(source, run.cases)
            if last.ok:
                if new_code and attempts:
                    attempts[-1] = Attempt(
                        attempts[-1].source,
                        attempts[-1].origin,
                        last,
                        attempts[-1].usage,
                        attempts[-1].notes,
                        classification,
                    )
                    return HealOutcome(
                        HealStatus.PROMOTED,
                        f"passed when retried ({retry} retr{'y' if retry == 1 else 'ies'})",
                        attempts=tuple(attempts),
                        retries=retry,
                        last_run=last,
                        classification=classification,
                    )
                return HealOutcome(
                    HealStatus.RECOVERED,
                    f"a transient failure ({run.failure.summary() if run.failure else run.kind})"
                    f" passed when retried ({retry} retr{'y' if retry == 1 else 'ies'}); "
                    "the code is unchanged",
                    attempts=tuple(attempts),
                    retries=retry,
                    last_run=last,
                    classification=classification,
                )
            if last.failure is not None and classify(last.failure).failure_class is not (
                FailureClass.TRANSIENT
            ):
                # Not transient after all: heal what it really is.
                return self._after_failure(source, last, attempts, new_code=new_code)
        return HealOutcome(
            HealStatus.RETRIES_EXHAUSTED,
            f"still failing after {self.max_retries} retries: "
            f"{last.failure.summary() if last.failure else last.message}; try again later",
            attempts=tuple(attempts),
            retries=self.max_retries,
            last_run=last,
            classification=classification,
        )

    def _repair(
        self,
        source: str,
        run: TestRun,
        attempts: list[Attempt],
        classification: Classification,
    ) -> HealOutcome:
        if self.provider is None:
            return HealOutcome(
                HealStatus.NEEDS_MODEL,
                f"automation {self.target.name} fails ({_failure_text(run)}) and repairing it "
                "needs a model: configure one, or fix the code by hand",
                attempts=tuple(attempts),
                last_run=run,
                classification=classification,
            )
        cases = run.cases
        current_source, current_run = source, run
        for _ in range(self.max_repairs):
            assert current_run.failure is not None
            try:
                written = repair_hook(
                    self.provider,
                    self.target,
                    app_name=self.app_name,
                    code=current_source,
                    failure=current_run.failure,
                    case=current_run.failed_case(),
                )
            except HookWriteError as error:
                return HealOutcome(
                    HealStatus.MODEL_FAILED,
                    f"{error.reason}; the last good version keeps serving",
                    attempts=tuple(attempts),
                    last_run=current_run,
                    classification=classification,
                    extra_usage=error.usage,
                )
            tested = self.run_tests(written.code, cases)
            attempts.append(self._attempt(written, "repair", tested))
            if tested.ok:
                return HealOutcome(
                    HealStatus.PROMOTED,
                    f"repair {len([a for a in attempts if a.origin == 'repair'])} passed "
                    f"the {len(cases)} test cases the failing version failed",
                    attempts=tuple(attempts),
                    last_run=tested,
                    classification=classification,
                )
            assert tested.failure is not None
            verdict = classify(tested.failure)
            attempts[-1] = _classified(attempts[-1], verdict)
            if verdict.failure_class is not FailureClass.LOGIC:
                return self._after_failure(written.code, tested, attempts, new_code=True)
            current_source, current_run = written.code, tested
        return HealOutcome(
            HealStatus.GAVE_UP,
            f"automation {self.target.name}: {self.max_repairs} repairs by the model all failed "
            f"the tests (last: {_failure_text(current_run)}); the last good version keeps "
            "serving — change the automation's description or fix the code by hand",
            attempts=tuple(attempts),
            last_run=current_run,
            classification=classification,
        )

    @staticmethod
    def _attempt(written: WrittenHook, origin: Origin, run: TestRun) -> Attempt:
        return Attempt(written.code, origin, run, written.usage, written.notes)


def _classified(attempt: Attempt, classification: Classification) -> Attempt:
    return Attempt(
        attempt.source,
        attempt.origin,
        attempt.test_run,
        attempt.usage,
        attempt.notes,
        classification,
    )


def _failure_text(run: TestRun) -> str:
    return run.failure.summary() if run.failure else run.message


def _person_message(target: HookTarget, kind: FailureClass, run: TestRun) -> str:
    what = (
        "needs something the app does not have (an entity, a field or a setting)"
        if kind is FailureClass.CONFIGURATION
        else "tried something it is not allowed to do"
    )
    return (
        f"automation {target.name} {what}: {_failure_text(run)}. The model was not asked to "
        "repair this: change the design or the automation's description, then generate again"
    )
