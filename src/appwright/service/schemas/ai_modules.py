"""One definition step alone: the request and the structure it answers with (camelCase keys)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from appwright.service.schemas.messages import MAX_MESSAGE_CHARS


class CamelModel(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class DefinitionStepRequest(CamelModel):
    step_id: str = Field(min_length=1, max_length=64)
    """object-model, relationships, state-flow, pages, permissions or reports."""
    user_input: str = Field(min_length=1, max_length=MAX_MESSAGE_CHARS)
    spec: dict[str, Any] | None = None
    """The spec so far; without it, the steps before this one are designed first."""


class StepUsageRead(CamelModel):
    purpose: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float
    latency_seconds: float
    outcome: str


class DefinitionStepResponse(CamelModel):
    step_id: str
    structure: dict[str, Any]
    """This step's part of the spec (its sections) and its questions."""
    spec: dict[str, Any]
    """The whole spec after the step."""
    questions: list[str]
    path: str
    """model, model_repaired, offline_fallback (the model failed) or offline (no model)."""
    fallback_reason: str | None = None
    usage: list[StepUsageRead]
    """One entry per model call the step made."""
