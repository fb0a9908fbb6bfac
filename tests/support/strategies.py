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

This module puts a spec together and draws its automations and settings; the parts come from
``field_strategies`` (entities and fields), ``relationship_strategies``, ``workflow_strategies``
(state flows, roles, permissions) and ``page_strategies`` (reports and pages), which draw from
the pools in ``spec_pools``.
"""

from __future__ import annotations

from hypothesis import strategies as st

from support.field_strategies import entity_specs
from support.page_strategies import page_specs, report_specs
from support.relationship_strategies import relationship_specs
from support.spec_pools import APP_NAMES, ENTITY_NAMES, JSON, ROLE_NAMES, EntityDraft
from support.workflow_strategies import permission_rule_specs, permission_specs, state_flow_specs


@st.composite
def valid_specs(draw: st.DrawFn, max_entities: int = 5) -> JSON:
    """A random valid AppSpec dict in the canonical JSON shape."""
    names = draw(
        st.lists(st.sampled_from(ENTITY_NAMES), min_size=1, max_size=max_entities, unique=True)
    )
    drafts = [EntityDraft(name) for name in names]
    entities = [draw(entity_specs(draft, set(names))) for draft in drafts]
    relationships = draw(relationship_specs(drafts, entities))
    roles = draw(st.lists(st.sampled_from(ROLE_NAMES), max_size=3, unique=True))
    rules = draw(permission_rule_specs(roles, names))
    state_flows = draw(state_flow_specs(drafts, entities, roles, rules))
    reports = draw(report_specs(drafts))
    spec: JSON = {
        "name": draw(st.sampled_from(APP_NAMES)),
        "description": draw(st.sampled_from(("", "A generated test app.", "Ünïcødé — “quotes”"))),
        "entities": entities,
        "relationships": relationships,
        "state_flows": state_flows,
        "pages": draw(page_specs(drafts, reports, roles)),
        "permissions": draw(permission_specs(roles, rules)),
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
