"""Fixtures for the builder service: one app per test, on SQLite and on a real PostgreSQL.

Imported by tests/service/conftest.py and tests/web/conftest.py (a module of its own, so both
import it by the same name whatever else is on sys.path).

``service_context`` is parametrized by backend; tests that take ``client`` (or the context) run
on both. The PostgreSQL backend is marked ``postgres`` (skipped with APPWRIGHT_SKIP_POSTGRES).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from appwright.config import AppwrightSettings
from appwright.llm import Provider
from appwright.service.app import build_context, create_app
from appwright.service.context import ServiceContext
from appwright.service.models import Role
from appwright.service.settings import ServiceSettings
from support.service import Actor, make_actor

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'service.db'}"
    fresh: Callable[[str], str] = request.getfixturevalue("fresh_postgres_database")
    return fresh(f"service_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def model_provider() -> Provider | None:
    """The provider conversations use; override in a test module (e.g. a ScriptedProvider)."""
    return None


@pytest.fixture
def service_settings(database_url: str, tmp_path: Path) -> AppwrightSettings:
    return AppwrightSettings(
        service=ServiceSettings(
            data_dir=tmp_path / "data",
            database_url=database_url,
            secret_key="test-secret-key-that-is-long-enough-for-hs256",
            run_generated_tests=False,
        )
    )


@pytest.fixture
def service_context(
    service_settings: AppwrightSettings, model_provider: Provider | None
) -> Iterator[ServiceContext]:
    context = build_context(service_settings, provider_factory=lambda: model_provider)
    yield context
    context.jobs.stop(wait=True)
    context.database.dispose()


@pytest.fixture
def client(service_context: ServiceContext) -> Iterator[TestClient]:
    with TestClient(create_app(service_context)) as test_client:
        yield test_client


@pytest.fixture
def admin(client: TestClient, service_context: ServiceContext) -> Actor:
    """An admin of a fresh workspace (the app is started, so the tables exist)."""
    return make_actor(service_context, Role.admin)


@pytest.fixture
def builder(admin: Actor, service_context: ServiceContext) -> Actor:
    return make_actor(service_context, Role.builder, admin.workspace_id)


@pytest.fixture
def viewer(admin: Actor, service_context: ServiceContext) -> Actor:
    return make_actor(service_context, Role.viewer, admin.workspace_id)


@pytest.fixture
def outsider(client: TestClient, service_context: ServiceContext) -> Actor:
    """An admin of another workspace: every id of ``admin``'s workspace must be 404 to them."""
    return make_actor(service_context, Role.admin)
