"""The PostgreSQL harness starts a real server that accepts connections and SQL."""

from __future__ import annotations

from collections.abc import Callable

import psycopg
import pytest
import sqlalchemy as sa
from support.postgres import PostgresServer, PostgresUnavailableError, find_bin_dir


def test_server_stores_and_returns_rows(postgres_server: PostgresServer, postgres_url: str) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    with psycopg.connect(postgres_server.conninfo(database), autocommit=True) as connection:
        connection.execute("CREATE TABLE customer (id serial PRIMARY KEY, name text NOT NULL)")
        connection.execute("INSERT INTO customer (name) VALUES (%s), (%s)", ["Ünïcødé 客户", "Bo"])
        rows = connection.execute("SELECT name FROM customer ORDER BY id").fetchall()
        version = connection.execute("SHOW server_version").fetchone()
    assert rows == [("Ünïcødé 客户",), ("Bo",)]
    assert version is not None
    assert version[0].split(".")[0] == find_bin_dir().parent.name.split(".")[0]


def test_url_works_with_sqlalchemy(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    try:
        with engine.connect() as connection:
            assert (
                connection.execute(sa.text("SELECT current_database()")).scalar_one()
                == (postgres_url.rsplit("/", 1)[1])
            )
    finally:
        engine.dispose()


def test_fresh_databases_are_separate_and_empty(
    fresh_postgres_database: Callable[[str], str], postgres_server: PostgresServer
) -> None:
    first = fresh_postgres_database("harness check")
    second = fresh_postgres_database("harness check")
    assert first != second
    for url in (first, second):
        database = url.rsplit("/", 1)[1]
        with psycopg.connect(postgres_server.conninfo(database)) as connection:
            tables = connection.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ).fetchone()
        assert tables == (0,)


@pytest.mark.postgres
def test_server_directory_is_removed_on_close() -> None:
    server = PostgresServer()
    server.start()
    base_dir = server.base_dir
    assert base_dir is not None
    assert (base_dir / "data" / "postmaster.pid").exists()
    server.close()
    assert not base_dir.exists()
    server.close()  # closing twice is harmless


def test_missing_binaries_are_reported_with_the_reason(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    empty = tmp_path_factory.mktemp("no-postgres-here")
    with pytest.raises(PostgresUnavailableError, match="initdb"):
        PostgresServer(bin_dir=empty).start()
