"""A flow as read, before it is built: a record's states in order and the moves off the line.

``a stage that moves from lead to qualified to proposal and finally won or lost`` is the
deal's stage, steps [lead] [qualified] [proposal] [won, lost]; ``can be cancelled from any
state`` adds the move (["*"], cancelled).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FlowDraft:
    entity: str
    field_name: str
    steps: list[list[str]] = field(default_factory=list)
    """States in order; a step with several states holds alternatives (*won or lost*)."""
    extra: list[tuple[list[str], str]] = field(default_factory=list)
    """Moves not on the line: (from states, to state); ``["*"]`` means from every open state."""
    written: bool = True
    """The order was written out (else it was guessed from a list of values)."""

    @property
    def key_drawn(self) -> tuple[str, str, int, int]:
        """The record, field and how many states and side moves: what a sentence changes."""
        return (self.entity, self.field_name, len(self.states), len(self.extra))

    @property
    def states(self) -> list[str]:
        found: list[str] = []
        for step in self.steps:
            found += [s for s in step if s not in found]
        for _, to in self.extra:
            if to not in found:
                found.append(to)
        return found
