"""Cross-reference checks of a normalized spec: every name a part uses must exist and fit.

Each check returns its problems with paths that point at what the author wrote (see
``PathIndex``), and never stops at the first one. This module runs them all (``check_spec``)
and checks names, relationships, required-reference cycles, state flows, permissions and
automations itself; ``field_checks`` checks each field, ``report_checks`` the reports,
``page_checks`` the page layouts, and ``check_support`` holds what they share.
"""

from __future__ import annotations

from appwright.spec.check_support import duplicates, missing_entity_issue, name_hint
from appwright.spec.errors import SpecIssue
from appwright.spec.field_checks import check_field
from appwright.spec.models import AppSpec, Entity
from appwright.spec.page_checks import check_pages
from appwright.spec.paths import PathIndex
from appwright.spec.report_checks import check_reports

RESERVED_PAGE_PATHS = frozenset({"api", "static", "ui", "login", "logout", "docs", "openapi.json"})
"""First path segments a generated app serves itself."""


def check_spec(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    issues += _check_names(spec, paths)
    for entity in spec.entities:
        issues += _check_entity(spec, entity, paths)
    issues += _check_relationships(spec, paths)
    issues += _check_required_cycles(spec, paths)
    issues += _check_state_flows(spec, paths)
    issues += _check_permissions(spec, paths)
    issues += check_reports(spec, paths)
    issues += check_pages(spec, paths)
    issues += _check_automations(spec, paths)
    return issues


def _check_names(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    sections: list[tuple[str, list[str]]] = [
        ("entities", [e.name for e in spec.entities]),
        ("pages", [p.name for p in spec.pages]),
        ("reports", [r.name for r in spec.reports]),
        ("automations", [a.name for a in spec.automations]),
        ("settings", [s.key for s in spec.settings]),
    ]
    for section, names in sections:
        for name in sorted(duplicates(names)):
            index = [i for i, n in enumerate(names) if n == name][1]
            issues.append(
                SpecIssue(
                    paths.item(section, index),
                    f'"{name}" is defined more than once in {section} (names are compared after'
                    " conversion to snake_case)",
                )
            )
    for index, page in enumerate(spec.pages):
        first = (page.path or "/").strip("/").split("/")[0]
        if first in RESERVED_PAGE_PATHS:
            issues.append(
                SpecIssue(
                    paths.item("pages", index) + ".path",
                    f'path "{page.path}" is used by every generated app (reserved: '
                    + ", ".join(f"/{p}" for p in sorted(RESERVED_PAGE_PATHS))
                    + ")",
                )
            )
    paths_seen = [p.path or "" for p in spec.pages]
    for path in sorted(duplicates(paths_seen)):
        index = [i for i, p in enumerate(paths_seen) if p == path][1]
        issues.append(
            SpecIssue(
                paths.item("pages", index) + ".path", f'path "{path}" is used by another page'
            )
        )
    for e_index, entity in enumerate(spec.entities):
        names = [f.name for f in entity.fields] + [c.name for c in entity.computed_fields]
        for name in sorted(duplicates(names)):
            issues.append(
                SpecIssue(
                    paths.field(entity.name, name, occurrence=1),
                    f'field "{name}" is defined more than once in entity {entity.name}'
                    " (names are compared after conversion to snake_case)",
                )
            )
        if not entity.fields:
            issues.append(
                SpecIssue(
                    paths.item("entities", e_index) + ".fields",
                    f"entity {entity.name} has no fields; give it at least one",
                )
            )
    return issues


def _check_entity(spec: AppSpec, entity: Entity, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    for field in entity.fields:
        issues += check_field(spec, entity, field, paths)
    return issues


def _check_relationships(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    seen_m2m: set[tuple[str, str]] = set()
    for index, rel in enumerate(spec.relationships):
        where = paths.item("relationships", index)
        issues += missing_entity_issue(spec, paths, f"{where}.from", rel.from_, "the relationship")
        issues += missing_entity_issue(spec, paths, f"{where}.to", rel.to, "the relationship")
        if rel.kind == "many_to_many":
            pair = (rel.from_, rel.to)
            if pair in seen_m2m or pair[::-1] in seen_m2m:
                issues.append(
                    SpecIssue(where, f"{rel.from_} and {rel.to} already have a many_to_many link")
                )
            seen_m2m.add(pair)
    return issues


def _check_required_cycles(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    """Required references that loop back (A needs B needs A) make every first row impossible."""
    needs: dict[str, set[str]] = {}
    for entity in spec.entities:
        for field in entity.fields:
            if field.type == "reference" and field.required and field.references:
                needs.setdefault(entity.name, set()).add(field.references.entity)
    issues: list[SpecIssue] = []
    reported: set[frozenset[str]] = set()
    for start in sorted(needs):
        cycle = _find_cycle(start, needs)
        if cycle and frozenset(cycle) not in reported:
            reported.add(frozenset(cycle))
            index = next(i for i, e in enumerate(spec.entities) if e.name == start)
            issues.append(
                SpecIssue(
                    paths.item("entities", index),
                    "required references form a cycle ("
                    + " → ".join([*cycle, cycle[0]])
                    + "): no first record could ever be created; make one of them optional",
                )
            )
    return issues


def _find_cycle(start: str, needs: dict[str, set[str]]) -> list[str] | None:
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    while stack:
        node, trail = stack.pop()
        for nxt in sorted(needs.get(node, ())):
            if nxt == start:
                return trail
            if nxt not in trail:
                stack.append((nxt, [*trail, nxt]))
    return None


def _check_state_flows(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    seen: set[tuple[str, str]] = set()
    for index, flow in enumerate(spec.state_flows):
        where = paths.item("state_flows", index)
        issues += missing_entity_issue(
            spec, paths, f"{where}.entity", flow.entity, "the state flow"
        )
        if (flow.entity, flow.field) in seen:
            issues.append(SpecIssue(where, f"{flow.entity}.{flow.field} already has a state flow"))
        seen.add((flow.entity, flow.field))
        states = set(flow.states)
        if len(states) < 2:
            issues.append(SpecIssue(f"{where}.states", "a state flow needs at least two states"))
        if flow.initial is not None and flow.initial not in states:
            issues.append(
                SpecIssue(
                    f"{where}.initial",
                    f'initial state "{flow.initial}" is not one of the states'
                    + name_hint(flow.initial, flow.states),
                )
            )
        names = [t.name for t in flow.transitions]
        for name in sorted(duplicates(names)):
            issues.append(
                SpecIssue(f"{where}.transitions", f'transition "{name}" is defined twice')
            )
        for t_index, transition in enumerate(flow.transitions):
            t_where = f"{where}.transitions[{t_index}]"
            for state in [*transition.from_, transition.to]:
                if state not in states:
                    issues.append(
                        SpecIssue(
                            t_where,
                            f'transition {transition.name} uses state "{state}", which is not one of'
                            f" the states{name_hint(state, flow.states)}",
                        )
                    )
            if not transition.from_:
                issues.append(
                    SpecIssue(
                        f"{t_where}.from", f"transition {transition.name} leaves from no state"
                    )
                )
    return issues


def _check_permissions(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    for name in sorted(duplicates(spec.permissions.roles)):
        issues.append(SpecIssue("permissions.roles", f'role "{name}" is listed twice'))
    for index, rule in enumerate(spec.permissions.rules):
        if rule.entity != "*":
            issues += missing_entity_issue(
                spec,
                paths,
                f"permissions.rules[{index}].entity",
                rule.entity,
                "the permission rule",
            )
    return issues


def _check_automations(spec: AppSpec, paths: PathIndex) -> list[SpecIssue]:
    issues: list[SpecIssue] = []
    for index, automation in enumerate(spec.automations):
        trigger = automation.trigger
        where = paths.item("automations", index) + ".trigger"
        if trigger.on == "schedule":
            if not trigger.schedule:
                issues.append(
                    SpecIssue(f"{where}.schedule", 'a scheduled automation needs a "schedule"')
                )
        elif trigger.entity is None:
            issues.append(
                SpecIssue(
                    f"{where}.entity", f'an "{trigger.on}" trigger names the entity it watches'
                )
            )
        if trigger.entity is not None:
            issues += missing_entity_issue(
                spec, paths, f"{where}.entity", trigger.entity, "the automation"
            )
    return issues
