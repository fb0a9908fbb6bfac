"""Strategies that draw who may do what: roles, permission rules and state flows whose
transitions some roles may make.

Example: a flow ``draft → sent → paid`` on ``invoice`` whose ``pay`` transition only a
``manager`` may make.
"""

from __future__ import annotations

from hypothesis import strategies as st

from support.spec_pools import JSON, STATE_FIELD_NAMES, STATE_NAMES, TRANSITION_NAMES, EntityDraft


@st.composite
def state_flow_specs(
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


@st.composite
def permission_rule_specs(draw: st.DrawFn, roles: list[str], entity_names: list[str]) -> list[JSON]:
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
def permission_specs(draw: st.DrawFn, roles: list[str], rules: list[JSON]) -> JSON:
    listed = list(roles)
    if listed and draw(st.integers(0, 4)) == 0:
        listed.pop()  # normalization lists every role the rules, transitions and pages name
    permissions: JSON = {"roles": listed, "rules": rules}
    if len(roles) > 0 and draw(st.booleans()):
        permissions["default_role"] = draw(st.sampled_from(roles))
    return permissions
