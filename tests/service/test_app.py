"""The service starts on both backends: migrations match the models, OpenAPI is served."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient

from appwright.service.context import ServiceContext
from appwright.service.db import Base
from appwright.service.db.migrate import current_revision, head_revision


def test_migrations_create_exactly_the_models_tables(
    client: TestClient, service_context: ServiceContext
) -> None:
    engine = service_context.database.engine
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_openapi_is_served_under_api_v1(client: TestClient) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.json()["info"]["title"] == "appwright"


def test_sqlite_runs_in_wal_mode(client: TestClient, service_context: ServiceContext) -> None:
    if service_context.database.dialect != "sqlite":
        pytest.skip("a SQLite setting")
    with service_context.database.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"
