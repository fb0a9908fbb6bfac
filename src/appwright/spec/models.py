"""The AppSpec: Pydantic models for the canonical JSON shape in DESIGN.md.

These models check the *shape* of a spec: types, enumerations, names. Cross-references
(a relationship naming an entity that exists, a report's field that is numeric...) are
checked by ``appwright.spec.checks`` after ``appwright.spec.normalize`` has completed the spec;
``appwright.spec.load_spec`` runs all three and reports every problem at once.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from appwright.spec.names import humanize, identifier_problem, slugify, to_snake


def _name(value: object) -> object:
    if not isinstance(value, str):
        return value
    name = to_snake(value)
    problem = identifier_problem(name)
    if problem is not None:
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise PydanticCustomError(
            "name", 'name "{raw}" {problem}', {"raw": shown, "problem": problem}
        )
    return name


Name = Annotated[str, BeforeValidator(_name)]
"""Any name in a spec: normalized to a snake_case identifier of at most 48 characters."""


def _dotted(value: object) -> object:
    if not isinstance(value, str):
        return value
    parts = [_name(part) for part in value.split(".")]
    return ".".join(str(part) for part in parts)


DottedPath = Annotated[str, BeforeValidator(_dotted)]
"""A field name, or a path through many-to-one references: ``reservation.room.room_type.name``."""


FieldType = Literal[
    "text", "long_text", "integer", "decimal", "boolean", "date", "datetime",
    "email", "url", "enum", "multi_enum", "json", "reference",
]  # fmt: skip
FIELD_TYPES: tuple[str, ...] = FieldType.__args__  # type: ignore[attr-defined]

FIELD_TYPE_SYNONYMS: dict[str, str] = {
    "string": "text", "str": "text", "varchar": "text", "char": "text", "name": "text",
    "phone": "text", "tel": "text", "slug": "text", "uuid": "text", "time": "text",
    "textarea": "long_text", "longtext": "long_text", "markdown": "long_text",
    "rich_text": "long_text", "html": "long_text", "note": "long_text", "notes": "long_text",
    "int": "integer", "bigint": "integer", "smallint": "integer", "count": "integer",
    "number": "decimal", "float": "decimal", "double": "decimal", "numeric": "decimal",
    "real": "decimal", "money": "decimal", "currency": "decimal", "price": "decimal",
    "percent": "decimal", "percentage": "decimal",
    "bool": "boolean", "checkbox": "boolean", "flag": "boolean", "yes_no": "boolean",
    "timestamp": "datetime", "timestamptz": "datetime", "date_time": "datetime",
    "link": "url", "uri": "url", "website": "url", "email_address": "email",
    "select": "enum", "choice": "enum", "choices": "enum", "status": "enum", "option": "enum",
    "multiselect": "multi_enum", "multi_select": "multi_enum", "tags": "multi_enum",
    "set": "multi_enum", "list": "multi_enum",
    "object": "json", "dict": "json", "map": "json",
    "fk": "reference", "foreign_key": "reference", "relation": "reference", "ref": "reference",
    "link_to": "reference", "lookup": "reference",
}  # fmt: skip
"""Words people and models use for field types, and the AppSpec type each one means."""


def field_type_suggestion(raw: str) -> str:
    """A ``did you mean`` hint for an unknown field type, or an empty string."""
    words = list(FIELD_TYPES) + list(FIELD_TYPE_SYNONYMS)
    close = difflib.get_close_matches(to_snake(raw), words, n=1, cutoff=0.6)
    if not close:
        return ""
    word = close[0]
    if word in FIELD_TYPE_SYNONYMS:
        return f'; did you mean "{word}"→"{FIELD_TYPE_SYNONYMS[word]}"?'
    return f'; did you mean "{word}"?'


def _field_type(value: object) -> object:
    if not isinstance(value, str):
        return value
    word = to_snake(value)
    if word in FIELD_TYPES:
        return word
    if word in FIELD_TYPE_SYNONYMS:
        return FIELD_TYPE_SYNONYMS[word]
    raise PydanticCustomError(
        "field_type",
        '"{raw}" is not a field type{hint}',
        {
            "raw": value,
            "hint": field_type_suggestion(value) or f" (one of {', '.join(FIELD_TYPES)})",
        },
    )


class SpecModel(BaseModel):
    """Base of every AppSpec model: unknown keys are errors, ``from`` is accepted as written."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True)


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
    type: Annotated[FieldType, BeforeValidator(_field_type)] = "text"
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
    type: Annotated[FieldType, BeforeValidator(_field_type)] = "decimal"
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


class Sizing(SpecModel):
    basis: str | None = None
    grow: float | None = None
    shrink: float | None = None


class Responsive(SpecModel):
    mobile: Literal["stack", "scroll", "tabs"] | None = None
    tablet: Literal["stack", "grid", "side-by-side"] | None = None
    desktop: Literal["grid", "side-by-side"] | None = None


class Position(SpecModel):
    sticky: bool = False
    order: int = 0


ComponentKind = Literal[
    "table", "form", "detail", "cards", "kanban", "calendar", "chart", "stats", "filters"
]
COMPONENT_KINDS: tuple[str, ...] = ComponentKind.__args__  # type: ignore[attr-defined]


class ComponentNode(SpecModel):
    type: Literal["component"] = "component"
    component: ComponentKind
    entity: Name | None = None
    report: Name | None = None
    variant: Literal["simple", "advanced", "inline-edit"] | None = None
    title: str | None = None
    props: dict[str, Any] = Field(default_factory=dict)
    sizing: Sizing | None = None
    position: Position | None = None


class ContainerNode(SpecModel):
    type: Literal["container"] = "container"
    direction: Literal["row", "column", "grid"] = "column"
    children: list[LayoutNode] = Field(default_factory=list)
    sizing: Sizing | None = None
    responsive: Responsive | None = None


LayoutNode = Annotated[ContainerNode | ComponentNode, Discriminator("type")]


def _page_path(value: object) -> object:
    if isinstance(value, str):
        value = "/" + value.strip().strip("/")
    return value


class Page(SpecModel):
    name: Name
    title: str | None = None
    path: Annotated[str | None, BeforeValidator(_page_path)] = None
    layout: LayoutNode
    roles: list[Name] = Field(default_factory=list)
    """Roles that see the page; empty means every signed-in user."""

    @property
    def label(self) -> str:
        return self.title or humanize(self.name)


Action = Literal["create", "read", "update", "delete"]
ACTIONS: tuple[str, ...] = Action.__args__  # type: ignore[attr-defined]


def _entity_or_star(value: object) -> object:
    if value == "*":
        return value
    return _name(value)


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


ContainerNode.model_rebuild()
