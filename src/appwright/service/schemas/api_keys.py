"""API keys for automation: the whole key is in the answer to its creation, and nowhere else."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ApiKeyRole = Literal["builder", "viewer", "api"]
"""Keys never get ``admin``: members and keys are managed by people."""


class ApiKeyCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    role: ApiKeyRole = "api"


class ApiKeyRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    name: str
    role: str
    prefix: str
    created_by_id: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyRead):
    key: str
    """The whole key (``aw_<prefix>_<secret>``): shown this once, only its hash is stored."""


class ApiKeyList(BaseModel):
    items: list[ApiKeyRead]
    total: int
