"""Page: the workspace's model usage — tokens and cost in total, per session, model and purpose."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from appwright.service.crud.usage import summarize_usage, summarize_usage_by_session
from appwright.web.pages import PageDep

router = APIRouter(tags=["web"], include_in_schema=False)


@router.get("/usage", response_class=HTMLResponse)
def usage_page(page: PageDep) -> HTMLResponse:
    workspace_id = page.principal.workspace_id
    return page.render(
        "usage.html",
        {
            "summary": summarize_usage(page.db, workspace_id=workspace_id),
            "sessions": summarize_usage_by_session(page.db, workspace_id=workspace_id),
        },
    )
