"""Put the web UI on the service's FastAPI app: its pages, its static files, its error pages."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from appwright.web.errors import install_error_pages
from appwright.web.routes import web_router
from appwright.web.templating import STATIC_DIR


def mount_web(app: FastAPI) -> None:
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    install_error_pages(app)
