"""The AppSpec: Pydantic models for the canonical JSON shape in DESIGN.md.

These models check the *shape* of a spec: types, enumerations, names. Cross-references
(a relationship naming an entity that exists, a report's field that is numeric...) are
checked by ``appwright.spec.checks`` after ``appwright.spec.normalize`` has completed the spec;
``appwright.spec.load_spec`` runs all three and reports every problem at once.

This module defines the spec and its parts (entities and fields, relationships, state flows,
permissions, reports, automations, settings); ``value_types`` defines the names and field types
they are built from, and ``layout_models`` the pages and their layouts. Every model is importable
from here.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator, model_validator

from appwright.spec.layout_models import (
    COMPONENT_KINDS,
    ComponentKind,
    ComponentNode,
    ContainerNode,
    LayoutNode,
    Page,
    Position,
    Responsive,
    Sizing,
)
from appwright.spec.names import humanize, slugify, to_snake
from appwright.spec.value_types import (
    FIELD_TYPE_SYNONYMS,
    FIELD_TYPES,
    DottedPath,
    FieldType,
    Name,
    SpecModel,
    field_type_suggestion,
    normalized_field_type,
    normalized_name,
)

__all__ = [
    "ACTIONS",
    "COMPONENT_KINDS",
    "FIELD_TYPES",
    "FIELD_TYPE_SYNONYMS",
    "Action",
    "Aggregate",
    "AppSpec",
    "Automation",
    "ChartKind",
    "ComponentKind",
    "ComponentNode",
    "ComputedField",
    "ContainerNode",
    "DottedPath",
    "Entity",
    "FieldSpec",
    "FieldType",
    "FieldValidation",
    "LayoutNode",
    "Measure",
    "Name",
    "OnDelete",
    "Page",
    "PermissionRule",
    "Permissions",
    "Position",
    "Reference",
    "Relationship",
    "RelationshipKind",
    "Report",
    "Responsive",
    "Scalar",
    "Setting",
    "SettingType",
    "Sizing",
    "SpecModel",
    "StateFlow",
    "TimeBucket",
    "Transition",
    "Trigger",
    "field_type_suggestion",
]

Scalar = int | float | str


class FieldValidation(SpecModel):
    min: Scalar | None = None
    """Smallest allowed value: a number, or an ISO date/datetime for date fields."""
    max: Scalar | None = None
    min_length: int | None = Field(default=None, ge=0)
    max_length: int | None = Field(default=None, ge=1)
    pattern: str | None = None
    """A Python regular expression the whole value must match."""


class Reference(SpecModel):
    entity: Name
    field: Name = "id"


def _reference(value: object) -> object:
    if isinstance(value, str):
        return {"entity": value}
    return value


class FieldSpec(SpecModel):
    name: Name
    display_name: str | None = None
    description: str | None = None
    type: Annotated[FieldType, BeforeValidator(normalized_field_type)] = "text"
    required: bool = False
    unique: bool = False
    indexed: bool = False
    default: Any = None
    options: list[str] | None = None
    validation: FieldValidation | None = None
    searchable: bool = False
    references: Annotated[Reference | None, BeforeValidator(_reference)] = None

    @property
    def label(self) -> str:
        return self.display_name or humanize(self.name)

    @field_validator("options", mode="before")
    @classmethod
    def _options_as_strings(cls, value: object) -> object:
        if isinstance(value, list):
            return [str(item).strip() if isinstance(item, int | float) else item for item in value]
        return value


class ComputedField(SpecModel):
    name: Name
    formula: str
    type: Annotated[FieldType, BeforeValidator(normalized_field_type)] = "decimal"
    display_name: str | None = None


class Entity(SpecModel):
    name: Name
    display_name: str | None = None
    description: str | None = None
    fields: list[FieldSpec] = Field(default_factory=list)
    computed_fields: list[ComputedField] = Field(default_factory=list)

    @property
    def label(self) -> str:
        return self.display_name or humanize(self.name)

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


RelationshipKind = Literal["many_to_one", "one_to_one", "many_to_many"]
OnDelete = Literal["restrict", "cascade", "set_null"]


def _relationship_kind(value: object) -> object:
    if isinstance(value, str):
        word = to_snake(value)
        return {"belongs_to": "many_to_one", "m2m": "many_to_many", "one_one": "one_to_one"}.get(
            word, word
        )
    return value


def _on_delete(value: object) -> object:
    return to_snake(value) if isinstance(value, str) else value


class Relationship(SpecModel):
    from_: Name = Field(alias="from")
    to: Name
    kind: Annotated[RelationshipKind, BeforeValidator(_relationship_kind)] = "many_to_one"
    field: Name | None = None
    """The reference field on ``from`` (many_to_one, one_to_one); none for many_to_many."""
    required: bool = False
    on_delete: Annotated[OnDelete, BeforeValidator(_on_delete)] = "restrict"
    description: str | None = None


def _state_list(value: object) -> object:
    if isinstance(value, str):
        return [value]
    return value


class Transition(SpecModel):
    name: Name
    from_: Annotated[list[str], BeforeValidator(_state_list)] = Field(alias="from")
    """States the transition leaves from; ``["*"]`` means every state but ``to``."""
    to: str
    roles: list[Name] = Field(default_factory=list)
    """Roles allowed to make it; empty means anyone allowed to update the record."""
    label: str | None = None


class StateFlow(SpecModel):
    entity: Name
    field: Name = "status"
    initial: str | None = None
    states: list[str] = Field(min_length=2)
    transitions: list[Transition] = Field(default_factory=list)

    @field_validator("states", mode="before")
    @classmethod
    def _state_names(cls, value: object) -> object:
        if isinstance(value, list):
            return [item.get("name") if isinstance(item, dict) else item for item in value]
        return value


Action = Literal["create", "read", "update", "delete"]
ACTIONS: tuple[str, ...] = Action.__args__  # type: ignore[attr-defined]


def _entity_or_star(value: object) -> object:
    if value == "*":
        return value
    return normalized_name(value)


def _actions(value: object) -> object:
    if value == "*" or value == ["*"]:
        return list(ACTIONS)
    if isinstance(value, str):
        return [value]
    return value


class PermissionRule(SpecModel):
    role: Name
    entity: Annotated[str, BeforeValidator(_entity_or_star)] = "*"
    actions: Annotated[list[Action], BeforeValidator(_actions)] = Field(min_length=1)
    scope: Literal["all", "own"] = "all"


class Permissions(SpecModel):
    roles: list[Name] = Field(default_factory=list)
    default_role: Name | None = None
    rules: list[PermissionRule] = Field(default_factory=list)


Aggregate = Literal["count", "sum", "avg", "min", "max"]


class Measure(SpecModel):
    agg: Annotated[Aggregate, BeforeValidator(lambda v: v.lower() if isinstance(v, str) else v)]
    field: Name | None = None


class TimeBucket(SpecModel):
    field: Name
    unit: Literal["day", "week", "month", "year"] = "month"


ChartKind = Literal["bar", "line", "pie", "doughnut", "table", "number"]


class Report(SpecModel):
    name: Name
    title: str | None = None
    entity: Name
    measure: Measure = Field(default_factory=lambda: Measure(agg="count"))
    group_by: list[DottedPath] = Field(default_factory=list)
    time_bucket: TimeBucket | None = None
    chart: ChartKind | None = "bar"

    @property
    def label(self) -> str:
        return self.title or humanize(self.name)


class Trigger(SpecModel):
    on: Literal["create", "update", "delete", "transition", "schedule"]
    entity: Name | None = None
    schedule: str | None = None
    """Cron expression, for ``on: schedule``."""


class Automation(SpecModel):
    name: Name
    trigger: Trigger
    description: str = ""


SettingType = Literal["string", "text", "integer", "decimal", "boolean", "email", "url", "date"]


class Setting(SpecModel):
    key: Name
    type: SettingType = "string"
    label: str | None = None
    default: Any = None


def _slug(value: object) -> object:
    return slugify(value) if isinstance(value, str) else value


class AppSpec(SpecModel):
    name: Annotated[str, Field(min_length=1, max_length=120)]
    slug: Annotated[str, BeforeValidator(_slug)] = ""
    description: str = ""
    type: Literal["app", "module"] = "app"
    tier: str = "free"
    version: str | None = None
    features: list[str] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    relationships: list[Relationship] = Field(default_factory=list)
    state_flows: list[StateFlow] = Field(default_factory=list)
    pages: list[Page] = Field(default_factory=list)
    permissions: Permissions = Field(default_factory=Permissions)
    reports: list[Report] = Field(default_factory=list)
    automations: list[Automation] = Field(default_factory=list)
    settings: list[Setting] = Field(default_factory=list)

    @model_validator(mode="after")
    def _default_slug(self) -> AppSpec:
        if not self.slug:
            self.slug = slugify(self.name) or "app"
        return self

    def entity(self, name: str) -> Entity | None:
        return next((e for e in self.entities if e.name == name), None)

    def to_json_dict(self) -> dict[str, Any]:
        """The canonical JSON shape (``from`` keys, no Python-only names)."""
        return self.model_dump(mode="json", by_alias=True)
