"""Every resource's router under /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from appwright.service.api.routes import (
    ai_modules,
    analytics,
    api_keys,
    audit,
    auth,
    automations,
    events,
    files,
    generation,
    jobs,
    members,
    messages,
    modules,
    previews,
    ratings,
    sessions,
    usage,
    versions,
    workspaces,
)

API_PREFIX = "/api/v1"

api_router = APIRouter(prefix=API_PREFIX)
for module in (
    auth,
    workspaces,
    members,
    api_keys,
    sessions,
    messages,
    versions,
    generation,
    previews,
    automations,
    files,
    jobs,
    events,
    modules,
    ratings,
    ai_modules,
    usage,
    analytics,
    audit,
):
    api_router.include_router(module.router)
