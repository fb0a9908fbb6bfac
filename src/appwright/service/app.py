"""The FastAPI application of the builder service."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from appwright.config import AppwrightSettings, load_settings
from appwright.llm import build_provider
from appwright.service.api.router import API_PREFIX, api_router
from appwright.service.context import ProviderFactory, ServiceContext
from appwright.service.db import Database, upgrade_database
from appwright.service.generation import GENERATE_KIND  # noqa: F401  (registers its handler)
from appwright.service.jobs.dispatch import job_runner
from appwright.service.jobs.inprocess import InProcessJobQueue
from appwright.service.jobs.queue import JobQueue
from appwright.service.jobs.recovery import recover_interrupted_jobs
from appwright.service.preview import proxy as preview_proxy
from appwright.service.preview.manager import PreviewManager
from appwright.service.security import load_or_create_secret_key
from appwright.web import mount_web

log = logging.getLogger(__name__)


def build_context(
    settings: AppwrightSettings | None = None,
    *,
    provider_factory: ProviderFactory | None = None,
    jobs: JobQueue | None = None,
) -> ServiceContext:
    settings = settings or load_settings()
    service = settings.service
    data_dir = service.data_dir.absolute()
    secret = service.secret_key or load_or_create_secret_key(data_dir / "secret_key")
    llm_settings = settings.llm
    database = Database(service.resolved_database_url())
    projects_dir = data_dir / "projects"
    return ServiceContext(
        settings=settings,
        database=database,
        secret_key=secret,
        jobs=jobs or InProcessJobQueue(service.job_workers),
        provider_factory=provider_factory or (lambda: build_provider(llm_settings)),
        projects_dir=projects_dir,
        preview=PreviewManager(
            database,
            projects_dir,
            idle_seconds=service.preview_idle_seconds,
            max_per_workspace=service.max_previews_per_workspace,
        ),
    )


def start_context(context: ServiceContext) -> list[str]:
    """Migrate, fail what a previous run left unfinished, start the job queue; the failed ids."""
    upgrade_database(context.database.engine)
    interrupted = recover_interrupted_jobs(context.database)
    if interrupted:
        log.warning("marked %d interrupted job(s) failed: %s", len(interrupted), interrupted)
    context.jobs.start(job_runner(context))
    context.started = True
    return interrupted


def create_app(context: ServiceContext | None = None) -> FastAPI:
    service_context = context or build_context()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if not service_context.started:
            start_context(service_context)
        try:
            yield
        finally:
            service_context.preview.stop_all()
            service_context.jobs.stop(wait=False)
            service_context.started = False

    app = FastAPI(
        title="appwright",
        summary="Design business apps in conversation; generate, test and finalize them.",
        version="0.1.0",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.context = service_context
    app.include_router(api_router)
    app.include_router(preview_proxy.router)
    mount_web(app)
    return app
