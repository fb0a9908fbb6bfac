"""Routes: events."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/sessions", tags=["events"])
