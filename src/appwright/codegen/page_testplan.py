"""What the generated ``tests/test_pages.py`` exercises, worked out from the plan and catalog.

The generated test module is generic over the app's page catalog; this adds the cases that
need the spec: a value each create form must refuse, the transitions a kanban test makes,
the column a table's search and inline edit use.
"""

from __future__ import annotations

from dataclasses import dataclass

from appwright.codegen.page_catalog import Catalog, ComponentEntry
from appwright.codegen.page_columns import FILTER_TYPES
from appwright.codegen.plan import AppPlan, EntityPlan
from appwright.codegen.samples import invalid_cases

LIST_PARAMETERS = ("page", "size", "sort", "q")
"""The API's list parameters: a field with one of these names is no API filter."""
FORM_REFUSALS = ("missing", "min", "max", "min_length", "max_length", "pattern", "type", "unknown")
"""Kinds of invalid value a form can carry, in the order a test prefers them."""
NO_FORM_TYPE_ERROR = ("text", "long_text", "email", "url", "boolean", "json", "multi_enum")
"""Types whose wrong-type sample reads as a valid form value (a checkbox is never "maybe")."""
INLINE_EDIT_TYPES = ("text", "integer", "enum", "boolean", "date")
"""Types an inline-edit test changes (their values compare exactly through the API)."""


@dataclass(frozen=True)
class BadInput:
    field: str
    value: str | None
    """The form value; None leaves the field empty."""


@dataclass(frozen=True)
class KanbanCase:
    transition: str
    """Made from the initial state."""
    to: str
    illegal: str | None
    """A transition that cannot leave ``to`` (409)."""


@dataclass(frozen=True)
class PageTestPlan:
    """Test cases by component id (tuples are the parameters of one generated test)."""

    bad_inputs: dict[str, BadInput]
    kanban_cases: dict[str, KanbanCase]
    kanban_moves: dict[str, str]
    """Kanban over a plain enum → the field its move test changes."""
    sorts: dict[str, str]
    """List (table or cards) → a column to sort by."""
    filters: dict[str, str]
    """List → a column to filter by (a value every new row has)."""
    searches: dict[str, str]
    """List → a column the search matches."""
    edit_fields: dict[str, str]
    """Inline-edit table → the column its test edits."""
    hidden_pages: tuple[tuple[str, str], ...]
    """(page, role) pairs where the role may not open the page."""
    role_pages: tuple[tuple[str, str], ...]
    """(page, role) pairs of a non-admin role and a page it may open."""

    def of(self, kind: str, catalog: Catalog) -> list[str]:
        return [c.id for c in catalog.components if c.kind == kind]


def bad_input(entity: EntityPlan, component: ComponentEntry) -> BadInput | None:
    """A value the create form must refuse with a message next to a field."""
    cases = []
    for name in component.fields:
        column = entity.column(name)
        if column is None:
            continue
        for case in invalid_cases(column):
            if case.kind == "missing" and column.type in ("boolean", "multi_enum"):
                continue
            if case.kind == "type" and column.type in NO_FORM_TYPE_ERROR:
                continue
            if case.kind != "missing" and str(case.value).strip() == "":
                continue  # an empty input means "not given": the default applies
            if case.kind in FORM_REFUSALS:
                cases.append(case)
    if not cases:
        return None
    case = min(cases, key=lambda c: FORM_REFUSALS.index(c.kind))
    return BadInput(case.field, None if case.kind == "missing" else str(case.value))


def kanban_case(entity: EntityPlan, component: ComponentEntry) -> KanbanCase | None:
    state = entity.state
    if state is None or component.group_by != state.column.name:
        return None
    first = next((t for t in state.transitions if state.initial in t.from_states), None)
    if first is None:
        return None
    illegal = next((t for t in state.transitions if first.to not in t.from_states), None)
    return KanbanCase(first.name, first.to, illegal.name if illegal else None)


def edit_field(entity: EntityPlan, component: ComponentEntry) -> str | None:
    for name in component.fields:
        column = entity.column(name)
        if (
            column is not None
            and column.type in INLINE_EDIT_TYPES
            and not column.is_state
            and not column.unique
        ):
            return column.name
    return None


def sort_field(entity: EntityPlan, component: ComponentEntry) -> str | None:
    columns = [entity.column(name) for name in component.fields]
    return next((c.name for c in columns if c is not None and c.sortable), None)


def filter_field(entity: EntityPlan) -> str | None:
    """A filter column every row made by the test factories has a value for."""
    for column in entity.columns:
        if column.name in LIST_PARAMETERS or column.type not in FILTER_TYPES:
            continue
        if column.type != "reference" or column.required:
            return column.name
    return None


def build_page_tests(plan: AppPlan, catalog: Catalog) -> PageTestPlan:
    tests = PageTestPlan({}, {}, {}, {}, {}, {}, {}, (), ())
    for component in catalog.components:
        if component.entity is None or component.report is not None:
            continue
        entity = plan.entity(component.entity)
        if component.kind == "form":
            found = bad_input(entity, component)
            if found is not None:
                tests.bad_inputs[component.id] = found
        elif component.kind == "kanban":
            case = kanban_case(entity, component)
            group = entity.column(component.group_by or "")
            if case is not None:
                tests.kanban_cases[component.id] = case
            elif group is not None and not group.is_state and len(group.options) > 1:
                tests.kanban_moves[component.id] = group.name
        if component.kind in ("table", "cards"):
            sort = sort_field(entity, component)
            if sort is not None:
                tests.sorts[component.id] = sort
            filtered = filter_field(entity)
            if filtered is not None:
                tests.filters[component.id] = filtered
            if entity.search_columns:
                tests.searches[component.id] = entity.search_columns[0].name
        if component.kind == "table" and component.variant == "inline-edit":
            name = edit_field(entity, component)
            if name is not None:
                tests.edit_fields[component.id] = name
    roles = plan.spec_roles
    hidden = tuple(
        (p.name, r) for p in catalog.pages for r in roles if p.roles and r not in p.roles
    )
    shown = tuple((p.name, r) for p in catalog.pages for r in roles if not p.roles or r in p.roles)
    return PageTestPlan(**{**tests.__dict__, "hidden_pages": hidden, "role_pages": shown})
