"""Hypothesis strategies that draw random VALID AppSpecs in the canonical JSON shape.

``valid_specs()`` builds a spec dict part by part, keeping track of what each part may refer to,
so every draw passes ``appwright.spec.load_spec``:

- 1-5 entities named from a pool that includes SQL/Python keywords and names that collide with
  what a generator makes (``order``, ``class``, ``user``, ``metadata``, ``item``/``item_create``),
  some with unicode display names;
- every scalar field type, with random flags and consistent validations and defaults;
- many_to_one references written as a relationship, a reference field, or both; one_to_one;
  many_to_many; required references only point at earlier entities, so they never form a cycle;
- state flows (their enum field written out or left to normalization), transitions from a few
  states or ``*``, some limited to roles that may update the entity;
- roles and permission rules (``all``/``own`` scope, entity ``*``), reports (count/sum/avg/min/max,
  group_by fields and dotted paths through references, time buckets) and pages built from the
  layout DSL, each component only where the spec supports it.

Things a spec may legally say but that make no product sense are left out on purpose (``unique`` on
booleans, JSON or enums; ``indexed`` JSON; ``searchable`` numbers), as are page paths the
generated app reserves (``/login``, ``/api``...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import strategies as st

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

SAFE_PATTERNS: dict[str, str] = {
    r"^[A-Z]{2}[0-9]{3}$": "AB123",
    r"^[a-z]+(-[a-z]+)*$": "hello-world",
    r"^\+?[0-9 ]{7,15}$": "+49 301234567",
    r"^[A-Z0-9]{8}$": "AB12CD34",
    r"^(LOW|MID|HIGH)-[0-9]{2}$": "MID-07",
}
"""Regular expressions a field may be validated with, each with a value that matches it."""

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


@st.composite
def valid_specs(draw: st.DrawFn, max_entities: int = 5) -> JSON:
    """A random valid AppSpec dict in the canonical JSON shape."""
    names = draw(
        st.lists(st.sampled_from(ENTITY_NAMES), min_size=1, max_size=max_entities, unique=True)
    )
    drafts = [EntityDraft(name) for name in names]
    entities = [draw(_entity(draft, set(names))) for draft in drafts]
    relationships = draw(_relationships(drafts, entities))
    roles = draw(st.lists(st.sampled_from(ROLE_NAMES), max_size=3, unique=True))
    rules = draw(_permission_rules(roles, names))
    state_flows = draw(_state_flows(drafts, entities, roles, rules))
    reports = draw(_reports(drafts))
    spec: JSON = {
        "name": draw(st.sampled_from(APP_NAMES)),
        "description": draw(st.sampled_from(("", "A generated test app.", "Ünïcødé — “quotes”"))),
        "entities": entities,
        "relationships": relationships,
        "state_flows": state_flows,
        "pages": draw(_pages(drafts, reports, roles)),
        "permissions": draw(_permissions(roles, rules)),
        "reports": reports,
    }
    if draw(st.booleans()):
        spec["features"] = draw(
            st.lists(st.sampled_from(("board", "reports", "alerts")), unique=True)
        )
    if draw(st.integers(0, 3)) == 0:
        spec["automations"] = [draw(_automation(names))]
    spec["settings"] = draw(_settings())
    return spec


# --- entities and fields ---------------------------------------------------------------------


@st.composite
def _entity(draw: st.DrawFn, draft: EntityDraft, entity_names: set[str]) -> JSON:
    # A field named like an entity would make group_by paths ambiguous ("user" vs user_id).
    pool = [n for n in FIELD_NAMES if n not in entity_names]
    field_names = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=5, unique=True))
    draft.fields = [draw(_field(name)) for name in field_names]
    entity: JSON = {"name": draft.name, "fields": draft.fields}
    if draw(st.booleans()):
        entity["display_name"] = draw(st.sampled_from(DISPLAY_NAMES))
    if draw(st.integers(0, 3)) == 0:
        entity["description"] = "Records of " + draft.name
    return entity


@st.composite
def _field(draw: st.DrawFn, name: str) -> JSON:
    field_type = draw(st.sampled_from(SCALAR_TYPES))
    unique = field_type in UNIQUE_ABLE and draw(st.integers(0, 4)) == 0
    spec: JSON = {
        "name": name,
        "type": field_type,
        "required": draw(st.booleans()),
        "unique": unique,
        "indexed": field_type in INDEXABLE and draw(st.integers(0, 3)) == 0,
        "searchable": field_type in (*TEXTUAL, "enum") and draw(st.booleans()),
    }
    if draw(st.integers(0, 3)) == 0:
        spec["display_name"] = draw(st.sampled_from(DISPLAY_NAMES))
    if field_type in ("enum", "multi_enum"):
        spec["options"] = draw(
            st.lists(st.sampled_from(OPTION_WORDS), min_size=2, max_size=5, unique_by=str.lower)
        )
    validation, default = draw(_validation_and_default(field_type, spec.get("options"), unique))
    if validation:
        spec["validation"] = validation
    if default is not None:
        spec["default"] = default
    return spec


@st.composite
def _validation_and_default(
    draw: st.DrawFn, field_type: str, options: list[str] | None, unique: bool
) -> tuple[JSON, Any]:
    """A validation consistent with the type (min <= max...) and a default that satisfies it."""
    wants_default = not unique and draw(st.integers(0, 2)) == 0
    if field_type in ("text", "long_text"):
        return draw(_text_rules(field_type, unique, wants_default))
    if field_type in ("email", "url"):
        limit = draw(st.sampled_from((None, 120, 255)))
        return ({"max_length": limit} if limit else {}), None
    if field_type == "integer":
        return draw(
            _number_rules(st.integers(-50, 50), (0, 1, 10, 1000, 100000), unique, wants_default)
        )
    if field_type == "decimal":
        lows = st.sampled_from((0, 0.5, -10.25, 1, 99.99))
        return draw(_number_rules(lows, (0, 0.01, 10.5, 1000, 1000000), unique, wants_default))
    if field_type in TEMPORAL:
        values = DATES if field_type == "date" else DATETIMES
        low_index = draw(st.integers(0, len(values) - 2))
        low, high = values[low_index], values[draw(st.integers(low_index + 1, len(values) - 1))]
        validation = draw(
            st.sampled_from(({}, {"min": low}, {"max": high}, {"min": low, "max": high}))
        )
        in_range = [
            v
            for v in values
            if ("min" not in validation or v >= validation["min"])
            and ("max" not in validation or v <= validation["max"])
        ]
        default = draw(st.sampled_from(in_range)) if wants_default else None
        return validation, default
    if field_type == "boolean":
        return {}, (draw(st.booleans()) if wants_default else None)
    if field_type == "enum" and options:
        return {}, (draw(st.sampled_from(options)) if wants_default else None)
    if field_type == "multi_enum" and options:
        chosen = draw(st.lists(st.sampled_from(options), max_size=2, unique=True))
        return {}, (chosen if wants_default else None)
    if field_type == "json" and wants_default:
        return {}, draw(st.sampled_from(({}, {"tags": ["a", "b"], "n": 1})))
    return {}, None


@st.composite
def _text_rules(
    draw: st.DrawFn, field_type: str, unique: bool, wants_default: bool
) -> tuple[JSON, Any]:
    kind = draw(
        st.sampled_from(
            ("none", "length", "pattern") if field_type == "text" else ("none", "length")
        )
    )
    if kind == "pattern":
        pattern = draw(st.sampled_from(sorted(SAFE_PATTERNS)))
        return {"pattern": pattern}, (SAFE_PATTERNS[pattern] if wants_default else None)
    if kind == "none":
        return {}, (draw(st.sampled_from(("n/a", "Ünïcødé 客户", ""))) if wants_default else None)
    longest = draw(st.sampled_from((20, 80, 255) if unique else (1, 2, 5, 20, 80, 255)))
    shortest = draw(st.integers(0, min(3, longest)))
    validation: JSON = {"max_length": longest}
    if shortest or draw(st.booleans()):
        validation["min_length"] = shortest
    fitting = [d for d in ("x", "n/a", "Ünïcødé 客户") if shortest <= len(d) <= longest]
    default = draw(st.sampled_from(fitting)) if wants_default and fitting else None
    return validation, default


@st.composite
def _number_rules(
    draw: st.DrawFn,
    lows: st.SearchStrategy[Any],
    spans: tuple[float, ...],
    unique: bool,
    wants_default: bool,
) -> tuple[JSON, Any]:
    low = draw(lows)
    # A unique number needs room for every row a generated test suite creates.
    span = draw(st.sampled_from([s for s in spans if not unique or s >= 1000]))
    high = round(low + span, 4)
    validation = draw(st.sampled_from(({}, {"min": low}, {"max": high}, {"min": low, "max": high})))
    if not wants_default:
        return validation, None
    default = validation.get("min", validation.get("max", low))
    return validation, default


# --- relationships ----------------------------------------------------------------------------


@st.composite
def _relationships(draw: st.DrawFn, drafts: list[EntityDraft], entities: list[JSON]) -> list[JSON]:
    relationships: list[JSON] = []
    for index, (draft, entity) in enumerate(zip(drafts, entities, strict=True)):
        targets = draw(st.lists(st.integers(0, len(drafts) - 1), max_size=2))
        written: list[JSON] = []
        for target_index in targets:
            target = drafts[target_index].name
            relationship = draw(_reference(draft, entity, target, earlier=target_index < index))
            if relationship is not None:
                written.append(relationship)
        # A relationship may leave out its field only when it is the entity's one reference to
        # its target under the default name; otherwise normalization could pair it with another.
        for relationship in written:
            if relationship.pop("_field_optional"):
                target = relationship["to"]
                if [t for _, t in draft.references].count(target) == 1 and draw(st.booleans()):
                    del relationship["field"]
        relationships += written
    if len(drafts) >= 2:
        pairs = draw(
            st.lists(
                st.tuples(st.integers(0, len(drafts) - 1), st.integers(0, len(drafts) - 1))
                .filter(lambda pair: pair[0] != pair[1])
                .map(lambda pair: (min(pair), max(pair))),
                max_size=2,
                unique=True,
            )
        )
        for left, right in pairs:
            if draw(st.booleans()):
                left, right = right, left
            relationships.append(
                {"from": drafts[left].name, "to": drafts[right].name, "kind": "many_to_many"}
            )
    return relationships


@st.composite
def _reference(
    draw: st.DrawFn, draft: EntityDraft, entity: JSON, target: str, *, earlier: bool
) -> JSON | None:
    """One many_to_one/one_to_one reference from ``draft`` to ``target``, written one of three ways.

    Required references only point at earlier entities, so they can never form a cycle.
    """
    taken = {name for name, _ in draft.references}
    plain = f"{target}_id"
    if target == draft.name:
        plain = f"parent_{target}_id"
    candidates = [plain] + [f"{prefix}_{target}_id" for prefix in REFERENCE_PREFIXES]
    free = [name for name in candidates if name not in taken]
    if not free:
        return None
    name = free[0]
    kind = draw(st.sampled_from(("many_to_one", "many_to_one", "one_to_one")))
    required = earlier and draw(st.booleans())
    on_delete = draw(
        st.sampled_from(
            ("restrict", "cascade") if required else ("restrict", "cascade", "set_null")
        )
    )
    draft.references.append((name, target))
    style = draw(st.sampled_from(("relationship", "field", "both")))
    if style != "relationship":
        written: JSON = {
            "name": name,
            "type": "reference",
            "references": {"entity": target, "field": "id"},
            "required": required,
        }
        if kind == "one_to_one":
            written["unique"] = True
        entity["fields"].append(written)
    if style == "field":
        return None  # normalization derives the relationship (one_to_one when unique)
    return {
        "from": draft.name,
        "to": target,
        "kind": kind,
        "field": name,
        "required": required,
        "on_delete": on_delete,
        "_field_optional": style == "relationship" and name == f"{target}_id",
    }


# --- state flows ------------------------------------------------------------------------------


@st.composite
def _state_flows(
    draw: st.DrawFn,
    drafts: list[EntityDraft],
    entities: list[JSON],
    roles: list[str],
    rules: list[JSON],
) -> list[JSON]:
    flows: list[JSON] = []
    for draft, entity in zip(drafts, entities, strict=True):
        if draw(st.integers(0, 2)) != 0:
            continue
        field_name = draw(st.sampled_from(STATE_FIELD_NAMES))
        states = draw(
            st.lists(st.sampled_from(STATE_NAMES), min_size=2, max_size=5, unique_by=str.lower)
        )
        initial = draw(st.sampled_from(states))
        draft.state_field = field_name
        flow: JSON = {"entity": draft.name, "field": field_name, "states": states}
        if initial != states[0] or draw(st.booleans()):
            flow["initial"] = initial
        movers = _roles_that_update(draft.name, roles, rules)
        flow["transitions"] = draw(_transitions(states, movers))
        flows.append(flow)
        if draw(st.booleans()):
            entity["fields"].append(
                {
                    "name": field_name,
                    "type": "enum",
                    "options": states,
                    "required": True,
                    "default": initial,
                }
            )
    return flows


def _roles_that_update(entity: str, roles: list[str], rules: list[JSON]) -> list[str]:
    if not rules:
        return roles
    return [
        role
        for role in roles
        if any(
            r["role"] == role and r["entity"] in ("*", entity) and "update" in r["actions"]
            for r in rules
        )
    ]


@st.composite
def _transitions(draw: st.DrawFn, states: list[str], movers: list[str]) -> list[JSON]:
    names = draw(st.lists(st.sampled_from(TRANSITION_NAMES), min_size=1, max_size=4, unique=True))
    transitions: list[JSON] = []
    for name in names:
        to = draw(st.sampled_from(states))
        others = [s for s in states if s != to]
        sources: list[str] = draw(
            st.one_of(
                st.just(["*"]),
                st.lists(st.sampled_from(others), min_size=1, max_size=len(others), unique=True),
            )
        )
        transition: JSON = {"name": name, "from": sources, "to": to}
        if len(movers) > 0 and draw(st.booleans()):
            transition["roles"] = draw(st.lists(st.sampled_from(movers), min_size=1, unique=True))
        if draw(st.integers(0, 3)) == 0:
            transition["label"] = name.replace("_", " ").title() + " ✓"
        transitions.append(transition)
    return transitions


# --- permissions ------------------------------------------------------------------------------


@st.composite
def _permission_rules(draw: st.DrawFn, roles: list[str], entity_names: list[str]) -> list[JSON]:
    if not roles or draw(st.integers(0, 3)) == 0:
        return []  # no rules: every role may do everything
    rules: list[JSON] = []
    for role in roles:
        # One rule per (role, entity), and never "*" mixed with per-entity rules for a role,
        # so no two rules of a role overlap.
        targets = (
            ["*"]
            if draw(st.booleans())
            else draw(st.lists(st.sampled_from(entity_names), max_size=3, unique=True))
        )
        for target in targets:
            actions = draw(
                st.lists(
                    st.sampled_from(("create", "read", "update", "delete")), min_size=1, unique=True
                )
            )
            rules.append(
                {
                    "role": role,
                    "entity": target,
                    "actions": sorted(actions),
                    "scope": draw(st.sampled_from(("all", "own"))),
                }
            )
    return rules


@st.composite
def _permissions(draw: st.DrawFn, roles: list[str], rules: list[JSON]) -> JSON:
    listed = list(roles)
    if listed and draw(st.integers(0, 4)) == 0:
        listed.pop()  # normalization lists every role the rules, transitions and pages name
    permissions: JSON = {"roles": listed, "rules": rules}
    if len(roles) > 0 and draw(st.booleans()):
        permissions["default_role"] = draw(st.sampled_from(roles))
    return permissions


# --- reports ----------------------------------------------------------------------------------


def _group_paths(drafts: list[EntityDraft], draft: EntityDraft) -> list[str]:
    """Fields of ``draft`` and dotted paths up to two references deep that a report may group by."""
    by_name = {d.name: d for d in drafts}
    paths = list(draft.groupable())

    def via(current: EntityDraft, prefix: str, depth: int) -> None:
        counts: dict[str, int] = {}
        for _, target in current.references:
            counts[target] = counts.get(target, 0) + 1
        for _, target in current.references:
            # Segments before the last are entity names, so a path can only go through a
            # target that one reference leads to.
            if counts[target] != 1 or target in {f["name"] for f in current.fields}:
                continue
            next_draft = by_name[target]
            path = f"{prefix}{target}"
            if next_draft.names_of("text", "long_text", "email", "url"):
                paths.append(path)  # ends on the entity: its title column
            paths.extend(f"{path}.{name}" for name in next_draft.groupable())
            if depth < 2:
                via(next_draft, f"{path}.", depth + 1)

    via(draft, "", 1)
    return paths


@st.composite
def _reports(draw: st.DrawFn, drafts: list[EntityDraft]) -> list[JSON]:
    names = draw(st.lists(st.sampled_from(REPORT_NAMES), max_size=3, unique=True))
    reports: list[JSON] = []
    for name in names:
        draft = draw(st.sampled_from(drafts))
        numeric = draft.names_of(*NUMERIC)
        agg = draw(
            st.sampled_from(("count", "sum", "avg", "min", "max") if numeric else ("count",))
        )
        measure: JSON = {"agg": agg}
        if agg != "count":
            measure["field"] = draw(st.sampled_from(numeric))
        report: JSON = {"name": name, "entity": draft.name, "measure": measure}
        candidates = _group_paths(drafts, draft)
        report["group_by"] = (
            draw(st.lists(st.sampled_from(candidates), max_size=2, unique=True))
            if candidates
            else []
        )
        dates = draft.names_of(*TEMPORAL)
        if len(dates) > 0 and draw(st.booleans()):
            report["time_bucket"] = {
                "field": draw(st.sampled_from(dates)),
                "unit": draw(st.sampled_from(("day", "week", "month", "year"))),
            }
        else:
            report["time_bucket"] = None
        report["chart"] = draw(st.sampled_from(CHARTS))
        if draw(st.booleans()):
            report["title"] = name.replace("_", " ").title() + " — Ünï"
        reports.append(report)
    return reports


# --- pages ------------------------------------------------------------------------------------


@st.composite
def _pages(
    draw: st.DrawFn, drafts: list[EntityDraft], reports: list[JSON], roles: list[str]
) -> list[JSON]:
    names = draw(st.lists(st.sampled_from(PAGE_NAMES), max_size=3, unique=True))
    if not names:
        return []  # normalization derives a dashboard and a page per entity
    root_index = draw(st.integers(-1, len(names) - 1))  # which page (if any) lives at "/"
    pages: list[JSON] = []
    for index, name in enumerate(names):
        page: JSON = {
            "name": name,
            "title": draw(
                st.sampled_from((name.replace("_", " ").title(), "Ünïcødé 客户 " + name))
            ),
            "path": "/" if index == root_index else "/" + name.replace("_", "-"),
            "layout": draw(_container(drafts, reports, depth=1)),
        }
        if roles and draw(st.integers(0, 3)) == 0:
            page["roles"] = draw(st.lists(st.sampled_from(roles), min_size=1, unique=True))
        pages.append(page)
    return pages


@st.composite
def _container(draw: st.DrawFn, drafts: list[EntityDraft], reports: list[JSON], depth: int) -> JSON:
    count = draw(st.integers(1, 3))
    children = []
    for _ in range(count):
        if depth < 2 and draw(st.integers(0, 3)) == 0:
            children.append(draw(_container(drafts, reports, depth + 1)))
        else:
            children.append(draw(_component(drafts, reports)))
    node: JSON = {
        "type": "container",
        "direction": draw(st.sampled_from(CONTAINER_DIRECTIONS)),
        "children": children,
    }
    if draw(st.booleans()):
        node["responsive"] = {
            "mobile": draw(st.sampled_from(("stack", "scroll", "tabs"))),
            "tablet": draw(st.sampled_from(("stack", "grid", "side-by-side"))),
            "desktop": draw(st.sampled_from(("grid", "side-by-side"))),
        }
    if depth > 1 and draw(st.booleans()):
        node["sizing"] = draw(_sizing())
    return node


@st.composite
def _sizing(draw: st.DrawFn) -> JSON:
    return {
        "basis": draw(st.sampled_from(("40%", "60%", "320px", None))),
        "grow": draw(st.sampled_from((0, 1, 2))),
        "shrink": draw(st.sampled_from((0, 1))),
    }


@st.composite
def _component(draw: st.DrawFn, drafts: list[EntityDraft], reports: list[JSON]) -> JSON:
    kinds = ["table", "form", "detail", "cards", "filters", "stats"]
    if any(d.state_field for d in drafts):
        kinds.append("kanban")
    if any(d.names_of(*TEMPORAL) for d in drafts):
        kinds.append("calendar")
    if reports:
        kinds.append("chart")
    kind = draw(st.sampled_from(kinds))
    node: JSON = {"type": "component", "component": kind}
    if kind == "chart" or (kind == "stats" and reports and draw(st.booleans())):
        node["report"] = draw(st.sampled_from(reports))["name"]
    elif kind == "kanban":
        draft = draw(st.sampled_from([d for d in drafts if d.state_field]))
        node["entity"] = draft.name
        if draw(st.booleans()):
            node["props"] = {"group_by": draft.state_field}
    elif kind == "calendar":
        draft = draw(st.sampled_from([d for d in drafts if d.names_of(*TEMPORAL)]))
        node["entity"] = draft.name
        if draw(st.booleans()):
            node["props"] = {"date_field": draw(st.sampled_from(draft.names_of(*TEMPORAL)))}
    else:
        draft = draw(st.sampled_from(drafts))
        node["entity"] = draft.name
        if kind in ("table", "cards") and draw(st.integers(0, 2)) == 0:
            node["props"] = {
                "fields": draw(
                    st.lists(
                        st.sampled_from(draft.names_of(*SCALAR_TYPES)), min_size=1, unique=True
                    )
                )
            }
    if kind in ("table", "form") and draw(st.booleans()):
        node["variant"] = draw(st.sampled_from(("simple", "advanced", "inline-edit")))
    if draw(st.integers(0, 2)) == 0:
        node["title"] = draw(st.sampled_from(("Ünïcødé 客户", "Overview", "<script>x</script>")))
    if draw(st.integers(0, 2)) == 0:
        node["sizing"] = draw(_sizing())
    if draw(st.integers(0, 3)) == 0:
        node["position"] = {"sticky": draw(st.booleans()), "order": draw(st.integers(-1, 3))}
    return node


# --- automations and settings -----------------------------------------------------------------


@st.composite
def _automation(draw: st.DrawFn, entity_names: list[str]) -> JSON:
    on = draw(st.sampled_from(("create", "update", "delete", "schedule")))
    trigger: JSON = {"on": on}
    if on == "schedule":
        trigger["schedule"] = "0 8 * * 1"
    else:
        trigger["entity"] = draw(st.sampled_from(entity_names))
    return {"name": "notify_team", "trigger": trigger, "description": "tell the team"}


SETTINGS: tuple[JSON, ...] = (
    {"key": "currency", "type": "string", "label": "Currency", "default": "EUR"},
    {"key": "tax_rate", "type": "decimal", "label": "Tax rate (%)", "default": 19.5},
    {"key": "max_items", "type": "integer", "default": 10},
    {"key": "launch_date", "type": "date", "default": "2024-01-31"},
    {"key": "class", "type": "boolean", "label": "Ünïcødé", "default": True},
)


@st.composite
def _settings(draw: st.DrawFn) -> list[JSON]:
    chosen = draw(st.lists(st.sampled_from(range(len(SETTINGS))), max_size=2, unique=True))
    return [dict(SETTINGS[index]) for index in chosen]
