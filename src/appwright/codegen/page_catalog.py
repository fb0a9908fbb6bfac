"""What the generated pages know about the app, decided at generation time from the plan.

Every page gets a path that cannot shadow the app's own routes, every component an id
(``<page>-<n>``), a heading, the fields it shows and the settings its props ask for (kanban
grouping, calendar date field...), resolved against the plan so the runtime never guesses.
Enum options get a badge tone. ``templates/pages/package/catalog.py.j2`` writes it all out as
the generated ``pages/catalog.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from appwright.codegen.page_columns import (
    date_column,
    group_column,
    prop_column,
    shown_columns,
)
from appwright.codegen.page_layout import ComponentBox, ContainerBox, components_of, layout_tree
from appwright.codegen.plan import AppPlan, ColumnPlan, ReportPlan
from appwright.spec.models import ComponentNode
from appwright.spec.names import humanize

RESERVED_PATHS = ("/login", "/logout", "/ui", "/api", "/static", "/docs", "/redoc", "/openapi.json")
"""Paths of the app's own routes: a spec page there would be unreachable."""

DEFAULT_PAGE_SIZE = {"table": 20, "cards": 12}
MAX_PAGE_SIZE = 100
"""The largest page crud serves."""


TONE_WORDS: dict[str, tuple[str, ...]] = {
    "green": (
        "won", "done", "complete", "completed", "approved", "paid", "active", "published",
        "resolved", "delivered", "accepted", "finished", "shipped", "success", "available",
        "closed_won", "read", "returned", "in_stock", "confirmed", "fulfilled", "passed",
    ),
    "red": (
        "lost", "rejected", "cancelled", "canceled", "failed", "overdue", "blocked", "declined",
        "closed_lost", "expired", "inactive", "out_of_stock", "urgent", "critical", "void",
    ),
    "amber": (
        "pending", "in_progress", "review", "in_review", "proposal", "waiting", "on_hold",
        "reading", "submitted", "processing", "negotiation", "high", "borrowed", "scheduled",
    ),
    "blue": ("new", "lead", "open", "todo", "to_do", "planned", "qualified", "backlog", "sent"),
    "neutral": ("draft", "archived", "closed", "other", "none", "low", "unknown"),
}  # fmt: skip
"""Badge tones of option words people use for states; other options take PALETTE colours."""
PALETTE = ("blue", "violet", "teal", "amber", "pink", "green")


@dataclass(frozen=True)
class OptionEntry:
    value: str
    label: str
    tone: str


@dataclass(frozen=True)
class ReportKeyEntry:
    key: str
    kind: str
    unit: str | None = None
    options: tuple[OptionEntry, ...] = ()


@dataclass(frozen=True)
class ComponentEntry:
    id: str
    page: str
    kind: str
    title: str
    entity: str | None = None
    report: str | None = None
    route: str | None = None
    watches: str | None = None
    variant: str | None = None
    fields: tuple[str, ...] = ()
    group_by: str | None = None
    date_field: str | None = None
    end_field: str | None = None
    title_field: str | None = None
    image_field: str | None = None
    page_size: int = 20
    filters_from: str | None = None


@dataclass(frozen=True)
class PageEntry:
    name: str
    title: str
    path: str
    template: str
    roles: tuple[str, ...]
    components: tuple[ComponentEntry, ...]
    layout: ContainerBox

    def tab_label(self, box: ContainerBox | ComponentBox) -> str:
        """Label of a layout child in a mobile tab bar: its (first) component's heading."""
        first = box if isinstance(box, ComponentBox) else next(iter(components_of(box)), None)
        if first is None:
            return self.title
        return next(c.title for c in self.components if c.id == first.id)


@dataclass(frozen=True)
class Catalog:
    pages: tuple[PageEntry, ...]
    detail_paths: dict[str, str]
    """Entity name → path of the first page with a detail component for it."""
    tones: dict[tuple[str, str], dict[str, str]]
    """(entity, field) → option → badge tone."""

    @property
    def components(self) -> tuple[ComponentEntry, ...]:
        return tuple(component for page in self.pages for component in page.components)

    def report_keys(self, report: ReportPlan) -> tuple[ReportKeyEntry, ...]:
        """How each grouping of ``report`` reads in chart labels (time bucket first)."""
        keys: list[ReportKeyEntry] = []
        if report.bucket is not None:
            keys.append(ReportKeyEntry(report.bucket.key, "bucket", unit=report.bucket.unit))
        for group in report.groups:
            column = group.column
            if column.type == "enum":
                options = self.options(group.entity, column)
                keys.append(ReportKeyEntry(group.path, "enum", options=options))
            else:
                kind = "boolean" if column.type == "boolean" else "value"
                keys.append(ReportKeyEntry(group.path, kind))
        return tuple(keys)

    def options(self, entity: str, column: ColumnPlan) -> tuple[OptionEntry, ...]:
        tones = self.tones.get((entity, column.name), {})
        return tuple(
            OptionEntry(value=option, label=humanize(option), tone=tones.get(option, ""))
            for option in column.options
        )


def field_label(column: ColumnPlan) -> str:
    """A reference reads as what it points at (``Customer``, not ``Customer id``)."""
    if column.reference is not None and column.label == humanize(column.name):
        return humanize(column.name.removesuffix("_id"))
    return column.label


def report_group_label(report: ReportPlan) -> str:
    """What a report's rows are, for a table header: ``Month · Tier``."""
    parts = [report.bucket.unit.capitalize()] if report.bucket is not None else []
    for group in report.groups:
        last = group.path.split(".")[-1]
        parts.append(field_label(group.column) if last == group.column.name else humanize(last))
    return " · ".join(parts) or report.label


def input_bounds(column: ColumnPlan) -> tuple[str | None, str | None]:
    """``min`` and ``max`` of the column's HTML input (numbers, dates, ``datetime-local``)."""
    if not (column.is_numeric or column.is_temporal):
        return None, None

    def bound(value: int | float | str | None) -> str | None:
        if value is None:
            return None
        text = str(value)
        if column.type == "datetime" and "T" not in text and " " not in text:
            return text + "T00:00"
        if column.type == "datetime":
            return text.replace(" ", "T")[:16]
        return text

    return bound(column.minimum), bound(column.maximum)


def option_tones(options: tuple[str, ...], *, colourful: bool) -> dict[str, str]:
    """A badge tone per option: by meaning (``won`` green), else by position when ``colourful``."""
    tones: dict[str, str] = {}
    spare = iter(PALETTE * (len(options) // len(PALETTE) + 1))
    for option in options:
        word = option.strip().lower().replace(" ", "_").replace("-", "_")
        tone = next((t for t, words in TONE_WORDS.items() if word in words), None)
        if tone is None:
            tone = next(spare) if colourful else ""
        tones[option] = "" if tone == "neutral" else tone
    return tones


def page_paths(plan: AppPlan) -> dict[str, str]:
    """Page name → its path; a path under one of the app's own routes moves to ``/p/<name>``."""
    taken: set[str] = set()
    paths: dict[str, str] = {}
    for page in plan.spec.pages:
        path = page.path or f"/{page.name.replace('_', '-')}"
        reserved = any(path == r or path.startswith(r + "/") for r in RESERVED_PATHS)
        if reserved or path in taken:
            base = f"/p/{page.name.replace('_', '-')}"
            path, n = base, 2
            while path in taken:
                path, n = f"{base}-{n}", n + 1
        taken.add(path)
        paths[page.name] = path
    return paths


def component_title(plan: AppPlan, node: ComponentNode) -> str:
    if node.title:
        return node.title
    if node.report is not None and node.component in ("chart", "stats"):
        return plan.report(node.report).label
    assert node.entity is not None
    entity = plan.entity(node.entity)
    plural = entity.label_plural
    if node.component == "form":
        return f"New {entity.label.lower()}"
    if node.component == "detail":
        return f"{entity.label} details"
    if node.component == "filters":
        return f"Filter {plural.lower()}"
    if node.component == "calendar":
        return f"{entity.label} calendar"
    if node.component == "kanban":
        group = group_column(entity, node)
        return f"{plural} by {group.label.lower()}" if group else plural
    return plural


def _page_size(node: ComponentNode) -> int:
    value = node.props.get("page_size")
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_PAGE_SIZE:
        return value
    return DEFAULT_PAGE_SIZE.get(node.component, 20)


def _component(plan: AppPlan, page_name: str, box: ComponentBox) -> ComponentEntry:
    node = box.node
    title = component_title(plan, node)
    if node.report is not None and node.component in ("chart", "stats"):
        report = plan.report(node.report)
        return ComponentEntry(
            id=box.id,
            page=page_name,
            kind=node.component,
            title=title,
            report=report.name,
            watches=report.entity,
        )
    assert node.entity is not None
    entity = plan.entity(node.entity)
    extra: dict[str, Any] = {}
    skip: tuple[str, ...] = ()
    if node.component == "kanban":
        group = group_column(entity, node)
        extra["group_by"] = group.name if group else None
        skip = (group.name,) if group else ()
        if entity.title_column is not None:
            skip += (entity.title_column.name,)
    if node.component == "calendar":
        date = date_column(entity, node)
        extra["date_field"] = date.name if date else None
        end = prop_column(entity, node, "end_field", ("date", "datetime"))
        extra["end_field"] = end.name if end else None
    if node.component == "cards":
        image = prop_column(entity, node, "image_field", ("url", "text"))
        extra["image_field"] = image.name if image else None
        skip = tuple(c.name for c in (entity.title_column, image) if c is not None)
    title_field = prop_column(entity, node, "title_field", ("text", "email", "url", "enum"))
    return ComponentEntry(
        id=box.id,
        page=page_name,
        kind=node.component,
        title=title,
        entity=entity.name,
        route=entity.route,
        watches=entity.name,
        variant=node.variant,
        fields=shown_columns(entity, node, skip=skip),
        title_field=title_field.name if title_field else None,
        page_size=_page_size(node),
        **extra,
    )


def _with_filters(components: list[ComponentEntry]) -> tuple[ComponentEntry, ...]:
    """Lists, boards and calendars follow the first filters component of their entity."""
    drivers: dict[str, str] = {}
    for component in components:
        if component.kind == "filters" and component.entity is not None:
            drivers.setdefault(component.entity, component.id)
    driven = ("table", "cards", "kanban", "calendar")
    return tuple(
        ComponentEntry(**{**c.__dict__, "filters_from": drivers.get(c.entity or "")})
        if c.kind in driven and c.entity in drivers
        else c
        for c in components
    )


def build_catalog(plan: AppPlan) -> Catalog:
    paths = page_paths(plan)
    pages: list[PageEntry] = []
    for page in plan.spec.pages:
        tree = layout_tree(page)
        components = [_component(plan, page.name, box) for box in components_of(tree)]
        pages.append(
            PageEntry(
                name=page.name,
                title=page.label,
                path=paths[page.name],
                template=f"pages/{page.name}.html",
                roles=tuple(page.roles),
                components=_with_filters(components),
                layout=tree,
            )
        )
    detail_paths: dict[str, str] = {}
    for entry in pages:
        for component in entry.components:
            if component.kind == "detail" and component.entity is not None:
                detail_paths.setdefault(component.entity, entry.path)
    return Catalog(pages=tuple(pages), detail_paths=detail_paths, tones=_tones(plan, pages))


def _tones(plan: AppPlan, pages: list[PageEntry]) -> dict[tuple[str, str], dict[str, str]]:
    boards = {
        (c.entity, c.group_by)
        for page in pages
        for c in page.components
        if c.kind == "kanban" and c.entity and c.group_by
    }
    tones: dict[tuple[str, str], dict[str, str]] = {}
    for entity in plan.entities:
        for column in entity.columns:
            if column.type in ("enum", "multi_enum"):
                colourful = column.is_state or (entity.name, column.name) in boards
                tones[(entity.name, column.name)] = option_tones(
                    column.options, colourful=colourful
                )
    return tones
