"""Routes: api keys."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/api-keys", tags=["api keys"])
