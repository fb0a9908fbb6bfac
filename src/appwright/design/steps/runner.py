"""Running one definition step: model, repair, offline fallback, or a clear failure.

With a provider, the step asks for its answer model (``ask_structured``, which repairs answers
that are not valid JSON of that model), merges the answer into the spec so far and validates
the result with ``validate_spec``; a merged spec with problems is sent back to the model with
those problems. Both kinds of repair share one budget of MAX_REPAIR_ROUNDS per step. When the
model cannot give a usable answer within it (or cannot be reached), the offline designer does the
step; when that fails too, StepFailedError says why. Without a provider the offline designer
does the step directly. The spec so far is never changed: merges work on a copy.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, Literal

from appwright.design.steps.answers import StepAnswer
from appwright.design.steps.merge import Merged, SpecData
from appwright.design.steps.prompting import spec_repair_message, step_messages
from appwright.design.steps.registry import Step
from appwright.llm import (
    MalformedAnswerError,
    Message,
    MeteredProvider,
    ModelError,
    PriceTable,
    Provider,
    UsageLedger,
    UsageRecord,
    ask_structured,
)
from appwright.llm.structured import MAX_ECHOED_ANSWER_CHARS
from appwright.spec import AppSpec, SpecIssue, SpecValidationError, validate_spec
from appwright.spec.layouts import default_pages

MAX_REPAIR_ROUNDS = 2
"""Repair rounds per step, malformed answers and invalid merged specs together."""
MAX_DESCRIPTION_CHARS = 1000
"""How much of the person's words becomes the description of a new spec."""

StepPath = Literal["model", "model_repaired", "offline_fallback", "offline"]


@dataclass(frozen=True)
class StepResult:
    """What a step produced, and how.

    ``path``: ``model`` (the first answer was used), ``model_repaired`` (an answer after repair
    rounds), ``offline_fallback`` (the model failed; ``fallback_reason`` says how), ``offline``
    (no model). ``usage`` has one record per model call the step made.
    """

    step_id: str
    spec: AppSpec
    structure: StepAnswer
    path: StepPath
    questions: tuple[str, ...] = ()
    usage: tuple[UsageRecord, ...] = ()
    repair_rounds: int = 0
    fallback_reason: str | None = None


class StepFailedError(RuntimeError):
    """Neither the model nor the offline designer could do the step; ``reason`` says why."""

    def __init__(self, step_id: str, reason: str) -> None:
        self.step_id = step_id
        self.reason = reason
        super().__init__(f"the {step_id} step failed: {reason}")


class StepNeedsSpecError(ValueError):
    """A step after object-model was asked of a model without a spec to build on."""


class _AnswerRejectedError(Exception):
    """The model's last answer still gave an invalid spec when the repair budget ran out."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems[:5]))


def run_step(
    step: Step,
    text: str,
    spec_so_far: AppSpec | None = None,
    provider: Provider | None = None,
    *,
    prices: PriceTable | None = None,
) -> StepResult:
    """Do ``step`` for the person's ``text`` on top of ``spec_so_far``.

    ``spec_so_far`` must be a valid spec (SpecValidationError otherwise: the caller's mistake,
    not the model's). With a provider, a step other than object-model needs one
    (StepNeedsSpecError); without, the offline designer makes the earlier steps itself.
    """
    if spec_so_far is not None:
        checked, issues = validate_spec(spec_so_far)
        if checked is None:
            raise SpecValidationError(issues)
    base = _without_derived_pages(spec_so_far)
    if provider is None:
        return _offline(step, text, base, path="offline")
    if base is None and step.id != "object-model":
        raise StepNeedsSpecError(
            f"the {step.id} step builds on a spec: run the object-model step first"
        )
    ledger = UsageLedger()
    metered = MeteredProvider(provider, ledger, prices=prices)
    try:
        spec, answer, rounds = _ask_model(step, text, base, metered)
    except (ModelError, _AnswerRejectedError) as error:
        return _offline(
            step,
            text,
            base,
            path="offline_fallback",
            reason=_model_failure(error),
            usage=ledger.records,
        )
    questions = tuple(dict.fromkeys(answer.questions))
    return StepResult(
        step_id=step.id,
        spec=spec,
        structure=step.structure(spec, questions),
        path="model_repaired" if rounds else "model",
        questions=questions,
        usage=ledger.records,
        repair_rounds=rounds,
    )


def _ask_model(
    step: Step, text: str, base: AppSpec | None, provider: Provider
) -> tuple[AppSpec, StepAnswer, int]:
    base_data: SpecData | None = base.to_json_dict() if base is not None else None
    asked = step_messages(step.id, text, base_data)
    conversation = list(asked)
    rounds = 0
    while True:
        answer = ask_structured(
            provider,
            conversation,
            step.answer_model,
            purpose=step.id,
            repair_rounds=MAX_REPAIR_ROUNDS - rounds,
        )
        rounds += answer.repair_rounds
        start = copy.deepcopy(base_data) if base_data is not None else _new_spec_data(text)
        merged = step.merge(start, answer.data)
        spec, issues = validate_spec(merged.data)
        if spec is not None:
            return spec, answer.data, rounds
        problems = describe_issues(issues, merged)
        if rounds >= MAX_REPAIR_ROUNDS:
            raise _AnswerRejectedError(problems)
        rounds += 1
        echoed = answer.response.text
        if len(echoed) > MAX_ECHOED_ANSWER_CHARS:
            echoed = echoed[:MAX_ECHOED_ANSWER_CHARS] + "\n[... answer shortened ...]"
        conversation = [
            *asked,
            Message("assistant", echoed),
            Message("user", spec_repair_message(problems)),
        ]


def describe_issues(issues: list[SpecIssue], merged: Merged) -> list[str]:
    """Validation issues of a merged spec, with paths into the answer where they come from it."""
    lines = []
    for issue in issues:
        answer_path = merged.answer_path(issue.path)
        if answer_path is not None:
            lines.append(f"{answer_path}: {issue.message}")
        else:
            lines.append(f"spec so far, {issue.path}: {issue.message}")
    return lines


def _offline(
    step: Step,
    text: str,
    base: AppSpec | None,
    *,
    path: StepPath,
    reason: str | None = None,
    usage: tuple[UsageRecord, ...] = (),
) -> StepResult:
    try:
        produced = step.offline(text, base)
    except Exception as error:
        # The last resort failed, whatever the cause: the caller gets one clear error with both
        # reasons (and the original exception chained), never a half-done step.
        raise StepFailedError(step.id, _both(reason, f"{type(error).__name__}: {error}")) from error
    spec, issues = validate_spec(produced)
    if spec is None:
        problems = "; ".join(str(issue) for issue in issues[:5])
        raise StepFailedError(step.id, _both(reason, f"its spec is invalid: {problems}"))
    return StepResult(
        step_id=step.id,
        spec=spec,
        structure=step.structure(spec),
        path=path,
        usage=usage,
        fallback_reason=reason,
    )


def _both(model_reason: str | None, offline_reason: str) -> str:
    if model_reason is None:
        return f"the offline designer failed ({offline_reason})"
    return f"{model_reason}; then the offline designer failed ({offline_reason})"


def _model_failure(error: Exception) -> str:
    if isinstance(error, _AnswerRejectedError):
        return (
            f"the model's answer still gave an invalid spec after {MAX_REPAIR_ROUNDS} repair"
            f" round(s): {error}"
        )
    if isinstance(error, MalformedAnswerError):
        return f"the model gave no usable answer: {error}"
    return f"the model could not be asked: {error}"


def _without_derived_pages(spec: AppSpec | None) -> AppSpec | None:
    """A copy of ``spec``, without its pages when normalization derived them.

    Derived pages list the entities and reports of their time; dropped, they are derived again
    for the spec the step makes (a new entity gets its page, a new report its chart).
    """
    if spec is None:
        return None
    derived = [page.model_dump() for page in default_pages(spec)]
    if [page.model_dump() for page in spec.pages] == derived:
        return spec.model_copy(deep=True, update={"pages": []})
    return spec.model_copy(deep=True)


def _new_spec_data(text: str) -> dict[str, Any]:
    return {"description": re.sub(r"\s+", " ", text).strip()[:MAX_DESCRIPTION_CHARS]}
