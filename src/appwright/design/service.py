"""Designing from words: a whole description through all six steps, or one step alone.

The steps run in DESIGN_SEQUENCE, which puts pages last (DESIGN.md lists them fourth): pages
show the reports' charts and are limited to the permissions' roles, so they are laid out once
both exist. This is also the offline designer's order.

Without a provider the offline designer designs the whole description at once
(``design_app``): its steps share what they had to guess, which is what its clarifying questions
are made from. Each step's entry then shows that step's part of the one result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from appwright.design import offline
from appwright.design.steps import StepFailedError, StepResult, get_step, run_step
from appwright.llm import Provider, UsageRecord, UsageSummary
from appwright.spec import AppSpec

DESIGN_SEQUENCE: tuple[str, ...] = (
    "object-model",
    "relationships",
    "state-flow",
    "permissions",
    "reports",
    "pages",
)

StepCallback = Callable[[StepResult], None]


class EmptyDescriptionError(ValueError):
    def __init__(self) -> None:
        super().__init__("the description is empty: describe the app in a few sentences")


@dataclass(frozen=True)
class DesignOutcome:
    spec: AppSpec
    questions: tuple[str, ...]
    steps: tuple[StepResult, ...]
    usage: tuple[UsageRecord, ...]

    @property
    def usage_summary(self) -> UsageSummary:
        return UsageSummary.of(self.usage)

    @property
    def used_model(self) -> bool:
        return any(step.path != "offline" for step in self.steps)


def design_description(
    text: str, provider: Provider | None = None, *, on_step: StepCallback | None = None
) -> DesignOutcome:
    """An AppSpec for ``text`` through the six steps, with the questions it leaves open.

    ``on_step`` is called with each step's result as soon as it is done (progress displays).
    Raises StepFailedError when a step fails with the model and the offline designer alike.
    """
    if not text.strip():
        raise EmptyDescriptionError
    if provider is None:
        return _design_offline(text, on_step)
    spec: AppSpec | None = None
    results: list[StepResult] = []
    for step_id in DESIGN_SEQUENCE:
        result = run_step(get_step(step_id), text, spec, provider)
        results.append(result)
        spec = result.spec
        if on_step is not None:
            on_step(result)
    assert spec is not None
    questions = dict.fromkeys(question for result in results for question in result.questions)
    return DesignOutcome(
        spec=spec,
        questions=tuple(questions),
        steps=tuple(results),
        usage=tuple(record for result in results for record in result.usage),
    )


def _design_offline(text: str, on_step: StepCallback | None) -> DesignOutcome:
    try:
        designed = offline.design_app(text)
    except Exception as error:
        # As in run_step: the offline designer is the last resort, so its failure (whatever it
        # is) becomes one clear error for the caller, with the cause chained.
        raise StepFailedError(
            DESIGN_SEQUENCE[0], f"the offline designer failed ({type(error).__name__}: {error})"
        ) from error
    results = []
    for step_id in DESIGN_SEQUENCE:
        step = get_step(step_id)
        result = StepResult(
            step_id=step_id,
            spec=designed.spec,
            structure=step.structure(designed.spec),
            path="offline",
        )
        results.append(result)
        if on_step is not None:
            on_step(result)
    return DesignOutcome(
        spec=designed.spec,
        questions=tuple(dict.fromkeys(designed.questions)),
        steps=tuple(results),
        usage=(),
    )


def design_step(
    step_id: str, text: str, spec: AppSpec | None = None, provider: Provider | None = None
) -> StepResult:
    """One step alone, on ``spec`` (the spec so far).

    Raises UnknownStepError for an unknown id. Without a spec, the steps before this one in
    DESIGN_SEQUENCE are designed first, by the same provider; their model calls are included in
    the result's usage.
    """
    step = get_step(step_id)
    if not text.strip():
        raise EmptyDescriptionError
    earlier_usage: tuple[UsageRecord, ...] = ()
    if spec is None and provider is not None and step_id != DESIGN_SEQUENCE[0]:
        for earlier in DESIGN_SEQUENCE[: DESIGN_SEQUENCE.index(step_id)]:
            done = run_step(get_step(earlier), text, spec, provider)
            spec = done.spec
            earlier_usage += done.usage
    result = run_step(step, text, spec, provider)
    if earlier_usage:
        result = dataclasses.replace(result, usage=earlier_usage + result.usage)
    return result
