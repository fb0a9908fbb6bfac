"""Page: builder analytics for the workspace's admins, drawn with Chart.js."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from appwright.service.analytics import builder_analytics
from appwright.service.api.deps import MANAGE_ROLES
from appwright.web.pages import PageDep

router = APIRouter(tags=["web"], include_in_schema=False)

PERIODS = (7, 30, 90)


@router.get("/analytics", response_class=HTMLResponse)
def analytics_page(page: PageDep, days: Annotated[int, Query(ge=1, le=365)] = 30) -> HTMLResponse:
    page.require(MANAGE_ROLES, "see the workspace's analytics")
    analytics = builder_analytics(page.db, workspace_id=page.principal.workspace_id, days=days)
    return page.render(
        "analytics.html",
        {
            "analytics": analytics,
            "days": days,
            "periods": PERIODS,
            # The charts' data, for analytics.js (a JSON island, not inline script).
            "chart_data": analytics.model_dump(
                mode="json",
                include={"daily", "time_to_app", "refinements", "rating_distribution"},
            ),
        },
    )
