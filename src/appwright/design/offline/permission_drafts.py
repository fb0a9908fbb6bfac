"""Roles and their rules as read, before they are built into the spec's permissions.

``sales reps can edit their own deals`` is the role draft sales_rep with rules {deal: create,
read, update} and own {deal}; ``only agents can change the status`` is the transition role
(ticket, every move, agent).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RoleDraft:
    name: str
    rules: dict[str, set[str]] = field(default_factory=dict)
    """entity (or ``*``) → actions."""
    own: set[str] = field(default_factory=set)
    """Entities the role reaches only in its own rows."""
    order: int = 0


@dataclass
class PermissionDraft:
    roles: dict[str, RoleDraft] = field(default_factory=dict)
    transition_roles: list[tuple[str | None, str | None, str]] = field(default_factory=list)
    """(entity or None, state or None for every move, role)."""

    def role(self, name: str) -> RoleDraft:
        if name not in self.roles:
            self.roles[name] = RoleDraft(name=name, order=len(self.roles))
        return self.roles[name]
