"""What a message in the conversation asks for, and which part of the spec a change touches."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Intent(StrEnum):
    NEW_REQUIREMENT = "new_requirement"
    """A description of things to build: a new app, or new things merged into the spec."""
    REFINEMENT = "refinement"
    """A change to the current spec."""
    APPROVAL = "approval"
    QUESTION = "question"
    UNDO = "undo"
    GENERATE = "generate"
    """Approve the current spec and generate the app from it."""


SPEC_PARTS: tuple[str, ...] = (
    "entities",
    "fields",
    "relationships",
    "state_flows",
    "permissions",
    "pages",
    "reports",
    "automations",
    "settings",
)
"""The parts of a spec a refinement can touch (``Classification.part``)."""


@dataclass(frozen=True)
class Classification:
    intent: Intent
    part: str | None = None
    """For a refinement: which of SPEC_PARTS it touches (None when it cannot be told)."""
    confidence: float = 1.0
    """0..1: how sure the classifier is (rules that matched a clear cue say 0.9 or more)."""
