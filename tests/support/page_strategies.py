"""Strategies that draw reports (count/sum/avg/min/max, group_by fields and dotted paths
through references, time buckets) and pages built from the layout DSL, each component only
where the spec supports it.

Example: a page whose row container holds a ``table`` of orders and a ``chart`` of a report.
"""

from __future__ import annotations

from hypothesis import strategies as st

from support.spec_pools import (
    CHARTS,
    CONTAINER_DIRECTIONS,
    JSON,
    NUMERIC,
    PAGE_NAMES,
    REPORT_NAMES,
    SCALAR_TYPES,
    TEMPORAL,
    EntityDraft,
)


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
def report_specs(draw: st.DrawFn, drafts: list[EntityDraft]) -> list[JSON]:
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


@st.composite
def page_specs(
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
