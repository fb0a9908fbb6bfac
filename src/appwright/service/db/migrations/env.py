"""Alembic's environment: migrate the engine handed over by appwright.service.db.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

import appwright.service.models  # noqa: F401  (registers every table on Base.metadata)
from appwright.service.db.base import Base

engine = context.config.attributes.get("engine")
if not isinstance(engine, Engine):
    raise RuntimeError("run migrations through appwright.service.db.migrate (no engine was given)")

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds tables instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
