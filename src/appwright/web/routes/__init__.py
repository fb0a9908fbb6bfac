"""Every page's router; ``mount_web`` puts ``web_router`` on the app (add a new page module here)."""

from __future__ import annotations

from fastapi import APIRouter

from appwright.web.routes import analytics, auth, builder, finalize, home, modules, usage, wizard

web_router = APIRouter(include_in_schema=False)
for module in (auth, home, modules, usage, analytics, wizard, finalize, builder):
    web_router.include_router(module.router)
