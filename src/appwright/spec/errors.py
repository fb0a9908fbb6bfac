"""Spec problems: each one says where (a JSON path) and what is wrong (a sentence)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class SpecIssue:
    path: str
    """Where the problem is, e.g. ``entities[2].fields[0].type`` (``$`` for the whole spec)."""
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class SpecValidationError(ValueError):
    """A spec that cannot be used; ``issues`` lists every problem found, in document order."""

    def __init__(self, issues: list[SpecIssue]) -> None:
        self.issues = issues
        super().__init__("\n".join(str(issue) for issue in issues))

    def to_json(self) -> list[dict[str, str]]:
        return [{"path": issue.path, "message": issue.message} for issue in self.issues]
