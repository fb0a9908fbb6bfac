from __future__ import annotations

from appwright.spec import AppSpec, load_spec
from appwright.web.design_views.permissions import Cell, permission_matrix

SHOP = {
    "name": "Shop",
    "entities": [
        {"name": "order", "fields": [{"name": "total", "type": "decimal"}]},
        {"name": "product", "fields": [{"name": "title"}]},
    ],
    "state_flows": [{
        "entity": "order", "states": ["open", "shipped"],
        "transitions": [
            {"name": "ship", "from": "open", "to": "shipped", "roles": ["clerk"]},
            {"name": "reopen", "from": "shipped", "to": "open"},
        ],
    }],
    "permissions": {
        "roles": ["customer", "clerk"],
        "rules": [
            {"role": "customer", "entity": "order", "actions": ["create", "read"], "scope": "own"},
            {"role": "customer", "entity": "order", "actions": ["read"], "scope": "all"},
            {"role": "customer", "entity": "product", "actions": ["read"]},
            {"role": "clerk", "entity": "*", "actions": ["read", "update"]},
        ],
    },
}  # fmt: skip

ALL, OWN, NO = Cell(True, "all"), Cell(True, "own"), Cell(False)


def _row(spec: AppSpec, entity: str, role: str) -> list[Cell]:
    matrix = permission_matrix(spec)
    view = next(e for e in matrix.entities if e.entity == entity)
    return view.cells[role]


def test_admin_is_built_in_and_first() -> None:
    matrix = permission_matrix(load_spec(SHOP))
    assert matrix.roles == ["admin", "customer", "clerk"]
    assert matrix.admin_is_built_in
    assert _row(load_spec(SHOP), "order", "admin") == [ALL] * 6


def test_columns_are_crud_then_transitions() -> None:
    view = permission_matrix(load_spec(SHOP)).entities[0]
    assert [a.key for a in view.actions] == [
        "create", "read", "update", "delete", "transition:ship", "transition:reopen",
    ]  # fmt: skip
    assert [a.is_transition for a in view.actions] == [False] * 4 + [True] * 2


def test_scopes_the_wider_rule_wins_and_star_rules_apply_to_every_entity() -> None:
    spec = load_spec(SHOP)
    # customer: create own, read all (two rules), no update: no transitions
    assert _row(spec, "order", "customer") == [OWN, ALL, NO, NO, NO, NO]
    # clerk: read/update every entity; ship names clerk, reopen is open to whoever updates
    assert _row(spec, "order", "clerk") == [NO, ALL, ALL, NO, ALL, ALL]
    assert _row(spec, "product", "clerk") == [NO, ALL, ALL, NO]


def test_without_rules_everyone_may_do_everything() -> None:
    spec = load_spec({**SHOP, "permissions": {"roles": ["customer"]}})
    matrix = permission_matrix(spec)
    assert not matrix.has_rules
    assert _row(spec, "product", "customer") == [ALL] * 4


def test_own_scope_carries_to_transitions(crm: AppSpec) -> None:
    matrix = permission_matrix(crm)
    deal = next(e for e in matrix.entities if e.entity == "deal")
    keys = [a.key for a in deal.actions]
    rep = dict(zip(keys, deal.cells["sales_rep"], strict=True))
    assert rep["update"] == OWN
    assert rep["delete"] == NO
    assert rep["transition:qualify"] == OWN
    assert rep["transition:reopen"] == NO


def test_every_example_has_a_row_per_role_and_a_cell_per_column(example: AppSpec) -> None:
    matrix = permission_matrix(example)
    assert matrix.roles[0] == "admin"
    assert len(matrix.entities) == len(example.entities)
    for view in matrix.entities:
        assert set(view.cells) == set(matrix.roles)
        for cells in view.cells.values():
            assert len(cells) == len(view.actions)
