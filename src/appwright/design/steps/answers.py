"""What each definition step asks a model for: its part of the AppSpec, plus clarifying questions.

The parts are made of the AppSpec's own models, so a step's answer is checked with the same
rules (names, field types, layout nodes...) as a whole spec; whether the parts fit together
(a relationship naming an entity that exists) is checked after the merge, by ``validate_spec``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from appwright.spec.models import (
    Automation,
    Entity,
    Page,
    Permissions,
    Relationship,
    Report,
    StateFlow,
)

MAX_QUESTIONS = 8
"""More questions than this is a questionnaire, not a clarification."""

Question = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Questions = Annotated[
    list[Question],
    Field(
        default_factory=list,
        max_length=MAX_QUESTIONS,
        description="Clarifying questions about what the description leaves open (may be empty).",
    ),
]


class StepAnswer(BaseModel):
    """Base of the step answers: unknown keys are errors, as everywhere in the AppSpec.

    Each answer declares ``questions`` itself, after its part of the spec, so the JSON Schema
    a model is given asks for the design first and the questions about it last.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    if TYPE_CHECKING:
        questions: list[str]


class ObjectModelAnswer(StepAnswer):
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
    """The app's name; used only when there is no spec so far."""
    entities: list[Entity] = Field(min_length=1)
    questions: Questions


class RelationshipsAnswer(StepAnswer):
    relationships: list[Relationship] = Field(default_factory=list)
    questions: Questions


class StateFlowAnswer(StepAnswer):
    state_flows: list[StateFlow] = Field(default_factory=list)
    questions: Questions


class PagesAnswer(StepAnswer):
    pages: list[Page] = Field(min_length=1)
    questions: Questions


class PermissionsAnswer(StepAnswer):
    permissions: Permissions
    questions: Questions


class ReportsAnswer(StepAnswer):
    reports: list[Report] = Field(default_factory=list)
    automations: list[Automation] = Field(default_factory=list)
    questions: Questions
