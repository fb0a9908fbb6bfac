"""Routes: workspaces."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/workspaces", tags=["workspaces"])
