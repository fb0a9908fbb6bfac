"""Model usage for accounting: one LlmUsage row per model call (``appwright.llm.UsageRecord``)."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy.orm import Session

from appwright.llm import UsageRecord
from appwright.service.models import LlmUsage


def record_usage(
    db: Session,
    *,
    workspace_id: str,
    session_id: str | None,
    records: Iterable[UsageRecord],
) -> list[LlmUsage]:
    rows = [
        LlmUsage(
            workspace_id=workspace_id,
            session_id=session_id,
            purpose=record.purpose,
            provider=record.provider,
            model=record.model,
            input_tokens=record.input_tokens,
            output_tokens=record.output_tokens,
            # Through str: the float's shortest repr, not its binary expansion.
            cost_usd=Decimal(str(record.cost_usd)).quantize(Decimal("0.000001")),
            latency_seconds=record.latency_seconds,
            outcome=record.outcome,
            error=record.error,
            created_at=record.at,
        )
        for record in records
    ]
    db.add_all(rows)
    return rows
