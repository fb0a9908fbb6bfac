"""One workspace's model usage: totals grouped by purpose, by model and by session, and the raw
records."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, RowMapping, func, select
from sqlalchemy.orm import Session

from appwright.service.models import BuildSession, LlmUsage
from appwright.service.schemas.usage import (
    ModelUsage,
    PurposeUsage,
    SessionUsage,
    UsageSummaryRead,
)

_TOTALS = (
    func.count(LlmUsage.id).label("calls"),
    func.coalesce(func.sum(LlmUsage.input_tokens), 0).label("input_tokens"),
    func.coalesce(func.sum(LlmUsage.output_tokens), 0).label("output_tokens"),
    func.coalesce(func.sum(LlmUsage.cost_usd), 0).label("cost_usd"),
)


def _conditions(workspace_id: str, session_id: str | None) -> list[ColumnElement[bool]]:
    conditions = [LlmUsage.workspace_id == workspace_id]
    if session_id:
        conditions.append(LlmUsage.session_id == session_id)
    return conditions


def _totals(row: RowMapping) -> dict[str, Any]:
    return {
        "calls": int(row["calls"]),
        "input_tokens": int(row["input_tokens"]),
        "output_tokens": int(row["output_tokens"]),
        "cost_usd": float(row["cost_usd"]),
    }


def summarize_usage(
    db: Session, *, workspace_id: str, session_id: str | None = None
) -> UsageSummaryRead:
    conditions = _conditions(workspace_id, session_id)
    overall = db.execute(select(*_TOTALS).where(*conditions)).mappings().one()
    purposes = db.execute(
        select(LlmUsage.purpose, *_TOTALS)
        .where(*conditions)
        .group_by(LlmUsage.purpose)
        .order_by(LlmUsage.purpose)
    ).mappings()
    models = db.execute(
        select(LlmUsage.provider, LlmUsage.model, *_TOTALS)
        .where(*conditions)
        .group_by(LlmUsage.provider, LlmUsage.model)
        .order_by(LlmUsage.provider, LlmUsage.model)
    ).mappings()
    return UsageSummaryRead(
        **_totals(overall),
        by_purpose=[PurposeUsage(purpose=row["purpose"], **_totals(row)) for row in purposes],
        by_model=[
            ModelUsage(provider=row["provider"], model=row["model"], **_totals(row))
            for row in models
        ],
    )


def list_usage_records(
    db: Session,
    *,
    workspace_id: str,
    limit: int,
    offset: int,
    session_id: str | None = None,
    purpose: str | None = None,
) -> tuple[list[LlmUsage], int]:
    """Records newest first."""
    conditions = _conditions(workspace_id, session_id)
    if purpose:
        conditions.append(LlmUsage.purpose == purpose)
    total = db.scalar(select(func.count()).select_from(LlmUsage).where(*conditions)) or 0
    query = (
        select(LlmUsage)
        .where(*conditions)
        .order_by(LlmUsage.created_at.desc(), LlmUsage.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(db.scalars(query)), total


def summarize_usage_by_session(
    db: Session, *, workspace_id: str, limit: int = 100
) -> list[SessionUsage]:
    """Totals per build session (and for calls outside sessions), the costliest first."""
    rows = db.execute(
        select(LlmUsage.session_id, BuildSession.title, *_TOTALS)
        .outerjoin(BuildSession, BuildSession.id == LlmUsage.session_id)
        .where(LlmUsage.workspace_id == workspace_id)
        .group_by(LlmUsage.session_id, BuildSession.title)
        .order_by(
            func.coalesce(func.sum(LlmUsage.cost_usd), 0).desc(),
            func.count(LlmUsage.id).desc(),
            LlmUsage.session_id,
        )
        .limit(limit)
    ).mappings()
    return [
        SessionUsage(session_id=row["session_id"], title=row["title"], **_totals(row))
        for row in rows
    ]
