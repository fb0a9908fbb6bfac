"""The audit log as the API shows it: newest first, filterable, paginated."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict


class AuditEntryRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    action: str
    target_type: str
    target_id: str
    detail: dict[str, Any]
    actor_user_id: str | None
    actor_email: str | None
    actor_api_key_id: str | None
    created_at: datetime


class AuditPage(BaseModel):
    items: list[AuditEntryRead]
    total: int
