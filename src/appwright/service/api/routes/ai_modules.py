"""Routes: ai modules."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/ai-modules", tags=["ai modules"])
