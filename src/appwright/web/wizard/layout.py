"""What each wizard step's form shows: its inputs (columns) and its lists of rows (collections).

Keys are paths into the step's structure, in the spec's JSON shape (``from``, not ``from_``), so
an input's name is the spec path of the value it edits (``entities[0].fields[1].type``) and a
problem the spec checks report at a path lands on the input that caused it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

from appwright.design.steps.registry import get_step
from appwright.spec.models import ACTIONS, COMPONENT_KINDS, FIELD_TYPES

ColumnKind = Literal["text", "textarea", "select", "checkbox", "list", "checks", "json"]
"""``list``: comma-separated words; ``checks``: a checkbox per choice; ``json``: a JSON text."""


@dataclass(frozen=True)
class Column:
    key: str
    """Dotted path inside the item (``measure.agg``)."""
    label: str
    kind: ColumnKind = "text"
    choices: tuple[str, ...] = ()
    hint: str = ""
    empty_is_null: bool = False
    """An empty value is stored as null rather than left out (left out means the default)."""
    drops_parent: bool = False
    """An empty value removes the nested object the column is in (no time bucket at all)."""
    suggests: str = ""
    """A datalist id whose names the input suggests (entities, roles)."""
    default: str = ""
    """What a select shows when the item has no value (else its first choice)."""

    @property
    def wide(self) -> bool:
        return self.kind in ("textarea", "json")


def _frozen(value: Mapping[str, Any] | None = None) -> Mapping[str, Any]:
    return MappingProxyType(dict(value or {}))


@dataclass(frozen=True)
class Collection:
    key: str
    """Dotted path of the list inside its owner (``permissions.rules``)."""
    label: str
    item_label: str
    columns: tuple[Column, ...]
    children: tuple[Collection, ...] = ()
    display: Literal["table", "cards"] = "table"
    new_item: Mapping[str, Any] = field(default_factory=_frozen)
    """What an added row starts with."""


@dataclass(frozen=True)
class StepLayout:
    step_id: str
    title: str
    sections: tuple[str, ...]
    """The top-level spec keys the step owns; its form replaces them."""
    purpose: str
    example: str
    """A description a person could type, shown as the text box's placeholder."""
    scalars: tuple[Column, ...] = ()
    collections: tuple[Collection, ...] = ()


ENTITY_LIST = "wizard-entities"
ROLE_LIST = "wizard-roles"

_FIELDS = Collection(
    "fields",
    "Fields",
    "field",
    (
        Column("name", "Name"),
        Column("display_name", "Label"),
        Column("type", "Type", "select", FIELD_TYPES),
        Column("options", "Options", "list", hint="for enum: lead, won, lost"),
        Column("required", "Required", "checkbox"),
        Column("unique", "Unique", "checkbox"),
        Column("searchable", "Searchable", "checkbox"),
    ),
    new_item=_frozen({"type": "text"}),
)

_TRANSITIONS = Collection(
    "transitions",
    "Transitions",
    "transition",
    (
        Column("name", "Name"),
        Column("from", "From states", "list", hint="lead, qualified"),
        Column("to", "To state"),
        Column("roles", "Roles allowed", "list", hint="empty: anyone", suggests=ROLE_LIST),
        Column("label", "Button label"),
    ),
)

STEP_LAYOUTS: dict[str, StepLayout] = {
    layout.step_id: layout
    for layout in (
        StepLayout(
            "object-model",
            get_step("object-model").title,
            get_step("object-model").sections,
            "The things the app keeps records of, and their fields.",
            "Companies with a name and website; contacts with a name and email; deals with an"
            " amount, a stage and an expected close date.",
            scalars=(Column("name", "App name"),),
            collections=(
                Collection(
                    "entities",
                    "Entities",
                    "entity",
                    (
                        Column("name", "Name"),
                        Column("display_name", "Label"),
                        Column("description", "Description"),
                    ),
                    children=(_FIELDS,),
                    display="cards",
                    new_item=_frozen({"fields": [{"name": "name", "type": "text"}]}),
                ),
            ),
        ),
        StepLayout(
            "relationships",
            get_step("relationships").title,
            get_step("relationships").sections,
            "How records point at each other.",
            "Every deal belongs to a company and has a primary contact; contacts work at a"
            " company.",
            collections=(
                Collection(
                    "relationships",
                    "Relationships",
                    "relationship",
                    (
                        Column("from", "From entity", suggests=ENTITY_LIST),
                        Column("to", "To entity", suggests=ENTITY_LIST),
                        Column(
                            "kind", "Kind", "select", ("many_to_one", "one_to_one", "many_to_many")
                        ),
                        Column("field", "Reference field", hint="company_id"),
                        Column("required", "Required", "checkbox"),
                        Column(
                            "on_delete", "On delete", "select", ("restrict", "cascade", "set_null")
                        ),
                    ),
                    new_item=_frozen({"kind": "many_to_one", "on_delete": "restrict"}),
                ),
            ),
        ),
        StepLayout(
            "state-flow",
            get_step("state-flow").title,
            get_step("state-flow").sections,
            "Records that move through states, and who may move them.",
            "A deal goes from lead to qualified to proposal, then won or lost; only managers"
            " mark a deal won.",
            collections=(
                Collection(
                    "state_flows",
                    "State flows",
                    "state flow",
                    (
                        Column("entity", "Entity", suggests=ENTITY_LIST),
                        Column("field", "Status field", hint="status"),
                        Column("states", "States", "list", hint="draft, sent, paid"),
                        Column("initial", "Initial state"),
                    ),
                    children=(_TRANSITIONS,),
                    display="cards",
                    new_item=_frozen({"field": "status"}),
                ),
            ),
        ),
        StepLayout(
            "pages",
            get_step("pages").title,
            get_step("pages").sections,
            "The screens of the app and how each is laid out.",
            "A dashboard with the pipeline chart; a pipeline page with a deal form beside a"
            " kanban board by stage.",
            collections=(
                Collection(
                    "pages",
                    "Pages",
                    "page",
                    (
                        Column("name", "Name"),
                        Column("title", "Title"),
                        Column("path", "Path", hint="/pipeline"),
                        Column(
                            "roles",
                            "Roles who see it",
                            "list",
                            hint="empty: everyone",
                            suggests=ROLE_LIST,
                        ),
                        Column(
                            "layout",
                            "Layout",
                            "json",
                            hint="containers (row, column, grid) holding components: "
                            + ", ".join(COMPONENT_KINDS),
                        ),
                    ),
                    display="cards",
                    new_item=_frozen(
                        {"layout": {"type": "container", "direction": "column", "children": []}}
                    ),
                ),
            ),
        ),
        StepLayout(
            "permissions",
            get_step("permissions").title,
            get_step("permissions").sections,
            "Roles, and what each may do with each entity (admin may do everything).",
            "Managers can do everything; sales reps create and edit their own deals and read"
            " companies.",
            scalars=(
                Column("permissions.roles", "Roles", "list", hint="manager, sales_rep"),
                Column("permissions.default_role", "Role of a new user", suggests=ROLE_LIST),
            ),
            collections=(
                Collection(
                    "permissions.rules",
                    "Rules",
                    "rule",
                    (
                        Column("role", "Role", suggests=ROLE_LIST),
                        Column("entity", "Entity", hint="* for all", suggests=ENTITY_LIST),
                        Column("actions", "Actions", "checks", ACTIONS),
                        Column("scope", "Records", "select", ("all", "own")),
                    ),
                    new_item=_frozen({"entity": "*", "actions": ["read"], "scope": "all"}),
                ),
            ),
        ),
        StepLayout(
            "reports",
            get_step("reports").title,
            get_step("reports").sections,
            "Figures and charts, and automations that run on events or a schedule.",
            "Total deal amount per stage as a bar chart; deals closing per month; remind owners"
            " of stale deals every Monday.",
            collections=(
                Collection(
                    "reports",
                    "Reports",
                    "report",
                    (
                        Column("name", "Name"),
                        Column("title", "Title"),
                        Column("entity", "Entity", suggests=ENTITY_LIST),
                        Column(
                            "measure.agg",
                            "Measure",
                            "select",
                            ("count", "sum", "avg", "min", "max"),
                        ),
                        Column("measure.field", "Of field", hint="amount"),
                        Column("group_by", "Group by", "list", hint="stage"),
                        Column(
                            "time_bucket.field",
                            "Over time by",
                            hint="a date field",
                            drops_parent=True,
                        ),
                        Column(
                            "time_bucket.unit",
                            "Period",
                            "select",
                            ("day", "week", "month", "year"),
                            default="month",
                        ),
                        Column(
                            "chart",
                            "Chart",
                            "select",
                            ("", "bar", "line", "pie", "doughnut", "table", "number"),
                            empty_is_null=True,
                        ),
                    ),
                    display="cards",
                    new_item=_frozen({"measure": {"agg": "count"}, "chart": "bar"}),
                ),
                Collection(
                    "automations",
                    "Automations",
                    "automation",
                    (
                        Column("name", "Name"),
                        Column(
                            "trigger.on",
                            "When",
                            "select",
                            ("create", "update", "delete", "transition", "schedule"),
                        ),
                        Column("trigger.entity", "Entity", suggests=ENTITY_LIST),
                        Column("trigger.schedule", "Schedule (cron)", hint="0 9 * * 1"),
                        Column("description", "What it does", "textarea"),
                    ),
                    new_item=_frozen({"trigger": {"on": "create"}}),
                ),
            ),
        ),
    )
}


def step_layout(step_id: str) -> StepLayout:
    """The layout of ``step_id`` (KeyError for an unknown id)."""
    return STEP_LAYOUTS[step_id]
