"""Storage: the declarative base, engines (SQLite WAL or PostgreSQL) and Alembic migrations."""

from appwright.service.db.base import Base
from appwright.service.db.engine import Database, create_db_engine
from appwright.service.db.migrate import upgrade_database

__all__ = ["Base", "Database", "create_db_engine", "upgrade_database"]
