"""The builder service's settings (``APPWRIGHT_SERVICE__*``, or ``[service]`` in a settings file)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field


class ServiceSettings(BaseModel):
    data_dir: Path = Path("appwright-data")
    """Where the SQLite database, the secret key and generated projects live."""

    database_url: str | None = None
    """SQLAlchemy URL; default ``sqlite:///<data_dir>/appwright.db`` (WAL mode)."""

    secret_key: str | None = None
    """Signs access tokens. Default: a random key made once and kept in ``<data_dir>/secret_key``."""

    access_token_minutes: int = Field(default=12 * 60, ge=1)
    open_registration: bool = True
    """Anyone may register (and gets a workspace of their own); off: admins add members."""

    job_workers: int = Field(default=2, ge=1, le=32)
    """Background jobs (generations) that run at once in the in-process runner."""

    run_generated_tests: bool = True
    """A generation job runs the generated project's own test suite before it is reviewed."""

    preview_idle_seconds: float = Field(default=900, gt=0)
    """A live preview without a request for this long is stopped."""

    max_previews_per_workspace: int = Field(default=3, ge=1, le=50)
    """Live previews a workspace runs at once; starting one more stops the least recently used."""

    host: str = "127.0.0.1"
    port: int = 8000

    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'appwright.db').absolute()}"
