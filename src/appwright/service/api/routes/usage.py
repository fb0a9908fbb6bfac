"""Routes: the current workspace's model usage — a summary, and the records behind it."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from appwright.service.api.deps import DbDep, ReaderDep
from appwright.service.crud.usage import list_usage_records, summarize_usage
from appwright.service.schemas.usage import UsageRecordPage, UsageRecordRead, UsageSummaryRead

router = APIRouter(prefix="/usage", tags=["usage"])

SessionFilter = Annotated[str | None, Query(description="Only this build session's usage.")]


@router.get("")
def read_usage_summary(
    principal: ReaderDep, db: DbDep, session_id: SessionFilter = None
) -> UsageSummaryRead:
    """Calls, tokens and cost in total, by purpose and by model."""
    return summarize_usage(db, workspace_id=principal.workspace_id, session_id=session_id)


@router.get("/records")
def list_workspace_usage_records(
    principal: ReaderDep,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    session_id: SessionFilter = None,
    purpose: Annotated[str | None, Query(description="e.g. classify")] = None,
) -> UsageRecordPage:
    """One record per model call, newest first."""
    records, total = list_usage_records(
        db,
        workspace_id=principal.workspace_id,
        limit=limit,
        offset=offset,
        session_id=session_id,
        purpose=purpose,
    )
    return UsageRecordPage(
        items=[UsageRecordRead.model_validate(record) for record in records], total=total
    )
