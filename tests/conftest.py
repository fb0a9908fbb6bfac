"""Suite-wide configuration: Hypothesis profiles and the PostgreSQL fixtures.

Tiers (markers in pyproject.toml): ``slow`` and ``postgres`` run in ``make test`` and CI;
``make test-fast`` skips both. A test that asks for a PostgreSQL fixture is marked ``postgres``
automatically. When PostgreSQL cannot be found or started, those tests fail with the reason;
set ``APPWRIGHT_SKIP_POSTGRES=1`` to skip them instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# `support` is imported as a top-level package whatever pytest's import mode.
TESTS_DIR = str(Path(__file__).resolve().parent)
if TESTS_DIR not in sys.path:
    sys.path.insert(0, TESTS_DIR)

from support.postgres import PostgresServer, PostgresUnavailableError  # noqa: E402

# No test may reach a real model provider: real providers refuse non-loopback endpoints.
os.environ.setdefault("APPWRIGHT_BLOCK_REAL_MODELS", "1")

POSTGRES_FIXTURES = frozenset({"postgres_server", "postgres_url", "fresh_postgres_database"})

# No deadlines: the machines are shared and slow, and timing is not what these tests check.
settings.register_profile("dev", deadline=None)
# CI replays the same examples on every run, so a red build is reproducible from its log.
settings.register_profile(
    "ci",
    parent=settings.get_profile("dev"),
    derandomize=True,
    database=None,
    print_blob=True,
)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
)


def _skip_postgres() -> bool:
    return os.environ.get("APPWRIGHT_SKIP_POSTGRES", "") not in ("", "0")


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if POSTGRES_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.postgres)


def pytest_runtest_setup(item: pytest.Item) -> None:
    if _skip_postgres() and item.get_closest_marker("postgres") is not None:
        pytest.skip("APPWRIGHT_SKIP_POSTGRES is set")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for this test session (one per xdist worker)."""
    try:
        server = PostgresServer()
        server.start()
    except PostgresUnavailableError as error:
        pytest.fail(f"PostgreSQL is unavailable: {error}", pytrace=False)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture(scope="session")
def postgres_url(postgres_server: PostgresServer) -> str:
    """SQLAlchemy URL (``postgresql+psycopg://...``) of an empty database made for the session."""
    return postgres_server.create_database("appwright_test")


@pytest.fixture(scope="session")
def fresh_postgres_database(postgres_server: PostgresServer) -> Callable[[str], str]:
    """``fresh_postgres_database(name) -> url``: a new empty database on the session's server."""
    return postgres_server.create_database
