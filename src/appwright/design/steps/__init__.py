"""The six definition steps: each a prompt file, an answer model and a merge into the spec.

step = get_step("relationships")            # UnknownStepError lists the valid ids
result = run_step(step, text, spec_so_far, provider)   # provider None: offline designer
result.spec, result.structure, result.path, result.questions, result.usage
"""

from appwright.design.steps.answers import (
    ObjectModelAnswer,
    PagesAnswer,
    PermissionsAnswer,
    RelationshipsAnswer,
    ReportsAnswer,
    StateFlowAnswer,
    StepAnswer,
)
from appwright.design.steps.registry import STEP_IDS, STEPS, Step, UnknownStepError, get_step
from appwright.design.steps.runner import (
    MAX_REPAIR_ROUNDS,
    StepFailedError,
    StepNeedsSpecError,
    StepPath,
    StepResult,
    run_step,
)

__all__ = [
    "MAX_REPAIR_ROUNDS",
    "STEPS",
    "STEP_IDS",
    "ObjectModelAnswer",
    "PagesAnswer",
    "PermissionsAnswer",
    "RelationshipsAnswer",
    "ReportsAnswer",
    "StateFlowAnswer",
    "Step",
    "StepAnswer",
    "StepFailedError",
    "StepNeedsSpecError",
    "StepPath",
    "StepResult",
    "UnknownStepError",
    "get_step",
    "run_step",
]
