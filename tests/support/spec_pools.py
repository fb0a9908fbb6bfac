"""The pools random specs draw from (entity, field, state, role and page names with SQL and
Python keywords among them, unicode display names, dates) and ``EntityDraft``, what later parts
of a drawn spec may refer to on one entity.

Example: ``ENTITY_NAMES`` holds ``order``, ``class`` and ``user``, names a generator must not trip on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]


SCALAR_TYPES = (
    "text", "long_text", "integer", "decimal", "boolean", "date", "datetime",
    "email", "url", "enum", "multi_enum", "json",
)  # fmt: skip
"""Every field type but ``reference`` (references come from relationships)."""


TEXTUAL = ("text", "long_text", "email", "url")


NUMERIC = ("integer", "decimal")


TEMPORAL = ("date", "datetime")


UNIQUE_ABLE = ("text", "email", "url", "integer", "decimal", "date", "datetime")


INDEXABLE = ("text", "email", "url", "integer", "decimal", "date", "datetime", "enum", "boolean")


GROUPABLE = ("text", "email", "enum", "boolean")


ENTITY_NAMES = (
    "order", "class", "from", "user", "table", "select", "import", "global",
    "company", "contact", "deal", "product", "invoice", "ticket", "task", "room",
    "order_item", "item", "item_create", "session", "metadata", "category", "note",
)  # fmt: skip


FIELD_NAMES = (
    "name", "title", "amount", "quantity", "notes", "email", "website", "due_date",
    "starts_at", "price", "description", "code", "priority", "label", "score", "tags",
    "payload", "is_active", "from", "class", "order", "type", "select", "global",
    "metadata", "registry", "model_config", "session", "return", "self", "import",
    "user", "page", "size", "sort", "q", "filters", "limit", "count", "value", "key",
)  # fmt: skip
"""Scalar field names. Never ``*_id`` (reference fields) nor a built-in column."""


STATE_FIELD_NAMES = ("status", "stage", "state", "phase")


STATE_NAMES = (
    "draft", "open", "in_progress", "In Review", "done", "won", "lost", "cancelled",
    "from", "class", "Ünï",
)  # fmt: skip


TRANSITION_NAMES = (
    "submit", "approve", "reject", "close", "reopen", "start", "finish", "import", "global",
    "return", "class", "pass",
)  # fmt: skip


OPTION_WORDS = (
    "low", "medium", "high", "new", "open", "closed", "from", "class", "In Progress",
    "Ünï", "a b", "yes", "no", "n/a",
)  # fmt: skip


ROLE_NAMES = ("manager", "sales_rep", "viewer", "agent", "user", "class", "editor")


PAGE_NAMES = (
    "dashboard", "overview", "pipeline", "board", "calendar_view", "insights", "home",
    "class", "import", "work_queue",
)  # fmt: skip


REPORT_NAMES = ("totals", "by_group", "monthly", "class", "import", "overview", "counts")


REFERENCE_PREFIXES = ("primary", "secondary", "billing", "parent")


APP_NAMES = ("Sales CRM", "Ünïcødé 客户 App", "客户管理", "Order & Class tracker", "x", "JSON")


DISPLAY_NAMES = ("Ünïcødé 客户", "Client (€)", "Ordre d'achat", "Заказ", "🚀 Launch", "<b>Bold</b>")


DATES = ("2020-01-01", "2023-06-15", "2024-02-29", "2030-12-31")


DATETIMES = ("2020-01-01T00:00:00", "2023-06-15T12:30:00", "2030-12-31T23:59:59")


CHARTS = ("bar", "line", "pie", "doughnut", "table", "number", None)


CONTAINER_DIRECTIONS = ("row", "column", "grid")


@dataclass
class EntityDraft:
    """What later parts of a spec may refer to on one entity."""

    name: str
    fields: list[JSON] = field(default_factory=list)
    """The fields written in the spec (the entity's own list: references and state fields too)."""
    references: list[tuple[str, str]] = field(default_factory=list)
    """(field name, target entity) of every many_to_one/one_to_one reference, written or not."""
    state_field: str | None = None

    def names_of(self, *types: str) -> list[str]:
        return [f["name"] for f in self.fields if f["type"] in types]

    def groupable(self) -> list[str]:
        names = self.names_of(*GROUPABLE)
        if self.state_field and self.state_field not in names:
            names.append(self.state_field)
        return names
