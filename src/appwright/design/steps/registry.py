"""The six definition steps and the resolver from a step id to its step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from appwright.design import offline
from appwright.design.steps import merge
from appwright.design.steps.answers import (
    ObjectModelAnswer,
    PagesAnswer,
    PermissionsAnswer,
    RelationshipsAnswer,
    ReportsAnswer,
    StateFlowAnswer,
    StepAnswer,
)
from appwright.design.steps.prompting import prompt_text
from appwright.spec.models import AppSpec

OfflineStep = Callable[[str, AppSpec | None], AppSpec]


@dataclass(frozen=True)
class Step:
    """One definition step: what it asks a model for and how the answer joins the spec.

    ``sections`` are the top-level spec keys the step designs; its structure is those keys of a
    spec plus the questions. ``offline`` is the rule-based designer's function for the step,
    used without a model and as the fallback when the model's answers fail.
    """

    id: str
    title: str
    answer_model: type[StepAnswer]
    sections: tuple[str, ...]
    merge: Callable[[merge.SpecData, Any], merge.Merged]
    offline: OfflineStep

    @property
    def prompt(self) -> str:
        return prompt_text(self.id)

    def structure(self, spec: AppSpec, questions: Sequence[str] = ()) -> StepAnswer:
        """This step's part of ``spec``, as the step's answer model."""
        data = spec.to_json_dict()
        return self.answer_model.model_validate(
            {**{key: data[key] for key in self.sections}, "questions": list(questions)}
        )


STEPS: dict[str, Step] = {
    step.id: step
    for step in (
        Step(
            "object-model",
            "Data model",
            ObjectModelAnswer,
            ("name", "entities"),
            merge.merge_object_model,
            offline.object_model,
        ),
        Step(
            "relationships",
            "Relationships",
            RelationshipsAnswer,
            ("relationships",),
            merge.merge_relationships,
            offline.relationships,
        ),
        Step(
            "state-flow",
            "State flows",
            StateFlowAnswer,
            ("state_flows",),
            merge.merge_state_flows,
            offline.state_flow,
        ),
        Step("pages", "Pages", PagesAnswer, ("pages",), merge.merge_pages, offline.pages),
        Step(
            "permissions",
            "Permissions",
            PermissionsAnswer,
            ("permissions",),
            merge.merge_permissions,
            offline.permissions,
        ),
        Step(
            "reports",
            "Reports and automations",
            ReportsAnswer,
            ("reports", "automations"),
            merge.merge_reports,
            offline.reports,
        ),
    )
}
STEP_IDS: tuple[str, ...] = tuple(STEPS)
"""The step ids in the order DESIGN.md lists them."""


class UnknownStepError(LookupError):
    def __init__(self, step_id: str) -> None:
        self.step_id = step_id
        self.valid_ids = STEP_IDS
        super().__init__(f"unknown step {step_id!r}; valid steps: {', '.join(STEP_IDS)}")


def get_step(step_id: str) -> Step:
    """The step called ``step_id``; raises UnknownStepError listing the valid ids."""
    try:
        return STEPS[step_id]
    except KeyError:
        raise UnknownStepError(step_id) from None
