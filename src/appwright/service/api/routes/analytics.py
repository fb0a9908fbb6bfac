"""Routes: builder analytics of the current workspace, for its admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from appwright.service.analytics import builder_analytics
from appwright.service.api.deps import AdminDep, DbDep
from appwright.service.schemas.analytics import BuilderAnalytics

router = APIRouter(prefix="/analytics", tags=["analytics"])


@router.get("")
def read_builder_analytics(
    principal: AdminDep, db: DbDep, days: Annotated[int, Query(ge=1, le=365)] = 30
) -> BuilderAnalytics:
    """Sessions started and completed, time to a running app, refinements per session,
    failures and ratings; ``daily`` covers the last ``days`` days."""
    return builder_analytics(db, workspace_id=principal.workspace_id, days=days)
