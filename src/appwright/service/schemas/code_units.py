"""Code units (model-written hooks): summaries, one unit with its history, test and heal bodies."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class CodeUnitSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    session_id: str | None
    kind: str
    """automation, block or bot."""
    name: str
    status: str
    """active, needs_model, needs_person, degraded or failing."""
    status_message: str
    """What the person is told about the last write, test or heal."""
    active_version_number: int | None
    definition: dict[str, Any]
    created_at: datetime
    updated_at: datetime


class CodeUnitList(BaseModel):
    items: list[CodeUnitSummary]
    total: int


class CodeUnitVersionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    number: int
    origin: str
    """model, repair, manual or rollback."""
    source: str
    test_run: dict[str, Any]
    """The cases it was run on and each outcome (``ok``, ``kind``, ``message``, ``results``)."""
    passed: bool
    error_kind: str | None
    """transient, logic, configuration or permission."""
    error_class: str | None
    error_message: str | None
    model: str | None
    input_tokens: int
    output_tokens: int
    promoted: bool
    created_by_id: str | None
    created_at: datetime


class CodeUnitRead(CodeUnitSummary):
    versions: list[CodeUnitVersionRead]
    """Every version, oldest first."""


class HookTestRunRead(BaseModel):
    version: int
    ok: bool
    kind: str
    message: str
    passed: int
    total: int
    results: list[dict[str, Any]]
    failure: dict[str, Any] | None
    isolation: str


class FailureReport(BaseModel):
    """A failure the running app saw, to heal against (its input becomes a test case)."""

    error_class: str = Field(min_length=1, max_length=200)
    message: str = Field(default="", max_length=10_000)
    traceback: str = Field(default="", max_length=20_000)
    record: dict[str, Any] | None = None
    """The triggering record it failed on."""
    event: dict[str, Any] | None = None
    rows: dict[str, list[dict[str, Any]]] | None = None
    """Rows around it, by entity (default: one sample row of every entity)."""


class HealRequest(BaseModel):
    failure: FailureReport | None = None
    """Without a report, the unit's tests are run and a failure among them is healed."""


class HealResult(BaseModel):
    outcome: str
    """promoted, healthy, recovered, retries_exhausted, gave_up, needs_person, needs_model or
    model_failed."""
    message: str
    failure_class: str | None
    retries: int
    new_versions: list[int]
    unit: CodeUnitRead
