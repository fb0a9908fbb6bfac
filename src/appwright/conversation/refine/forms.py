"""A form of the refinement language: a pattern for one kind of request and what it does."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from appwright.conversation.refine.draft import SpecDraft

Apply = Callable[[re.Match[str], SpecDraft], None]


@dataclass(frozen=True)
class Form:
    """One way of asking for a change: ``pattern`` must match the whole request."""

    name: str
    part: str
    """Which part of the spec it changes (one of ``intents.SPEC_PARTS``)."""
    pattern: re.Pattern[str]
    apply: Apply
    example: str

    def match(self, request: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(request)


def form(name: str, part: str, pattern: str, example: str) -> Callable[[Apply], Form]:
    """Decorator: the function becomes the ``apply`` of a Form with a case-blind pattern."""

    def make(apply: Apply) -> Form:
        return Form(name, part, re.compile(pattern, re.IGNORECASE), apply, example)

    return make


ARTICLE = r"(?:(?:the|a|an|each|every|all|my|our)\s+)?"
NAME = r"[\w'\- ]+?"
"""A lazy run of words: a name in a request (an entity, a field, a role)."""
