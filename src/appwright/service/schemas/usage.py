"""The workspace's model usage: totals by purpose and by model, and the records themselves."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class UsageTotals(BaseModel):
    calls: int
    input_tokens: int
    output_tokens: int
    cost_usd: float


class PurposeUsage(UsageTotals):
    purpose: str


class ModelUsage(UsageTotals):
    provider: str
    model: str


class UsageSummaryRead(UsageTotals):
    by_purpose: list[PurposeUsage]
    by_model: list[ModelUsage]


class UsageRecordRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    session_id: str | None
    purpose: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int
    cost_usd: float
    latency_seconds: float
    outcome: str
    error: str | None
    created_at: datetime


class UsageRecordPage(BaseModel):
    items: list[UsageRecordRead]
    total: int


class SessionUsage(UsageTotals):
    """One build session's share (``session_id`` None: calls made outside any session)."""

    session_id: str | None
    title: str | None
