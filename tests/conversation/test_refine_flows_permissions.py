"""State flow and permission forms of the refinement language."""

from __future__ import annotations

import pytest

from appwright.conversation import apply_refinement
from appwright.spec import AppSpec


def moves(spec: AppSpec, entity: str) -> dict[str, tuple[list[str], str]]:
    flow = next(f for f in spec.state_flows if f.entity == entity)
    return {t.name: (sorted(t.from_), t.to) for t in flow.transitions}


@pytest.mark.parametrize(
    "text",
    [
        "stage goes lead → qualified → won or lost",
        "stage goes lead -> qualified -> won or lost",
        "the stage goes from lead to qualified to won or lost",
        "a deal's stage moves lead, then qualified, then won or lost",
        "deal stage: lead -> qualified -> won or lost",
    ],
)
def test_a_flow_replaces_the_one_on_that_field(crm: AppSpec, text: str) -> None:
    result = apply_refinement(crm, text)

    assert result.not_understood == []
    flow = result.spec.state_flows[0]
    assert (flow.entity, flow.field, flow.initial) == ("deal", "stage", "lead")
    assert flow.states == ["lead", "qualified", "won", "lost"]
    assert moves(result.spec, "deal") == {
        "qualify": (["lead"], "qualified"),
        "win": (["qualified"], "won"),
        "lose": (["lead", "qualified"], "lost"),
    }
    stage = result.spec.entity("deal").field("stage")  # type: ignore[union-attr]
    assert stage is not None and stage.options == ["lead", "qualified", "won", "lost"]
    assert stage.default == "lead"


def test_a_replaced_flow_keeps_the_roles_of_moves_that_remain(crm: AppSpec) -> None:
    old = {t.to: t.roles for t in crm.state_flows[0].transitions}
    result = apply_refinement(crm, "stage goes lead → qualified → won or lost")
    new = {t.to: t.roles for t in result.spec.state_flows[0].transitions}
    assert new["won"] == old["won"]


def test_a_flow_on_a_field_without_one_is_created(library: AppSpec) -> None:
    result = apply_refinement(library, "status goes out -> overdue -> returned")

    assert [(f.entity, f.field, f.states) for f in result.spec.state_flows] == [
        ("loan", "status", ["out", "overdue", "returned"])
    ]


def test_a_flow_on_an_entity_gets_its_field(library: AppSpec) -> None:
    result = apply_refinement(library, "book state goes available -> on loan -> lost")
    book = result.spec.entity("book")
    assert book is not None and book.field("state") is not None
    assert result.spec.state_flows[0].states == ["available", "on_loan", "lost"]


def test_an_ambiguous_flow_asks_which_entity(library: AppSpec) -> None:
    result = apply_refinement(library, "phase goes draft -> done")
    assert result.not_understood == [
        '"phase goes draft -> done": which entity should get the phase: book, member or loan?'
    ]


def test_only_managers_can_delete(helpdesk: AppSpec) -> None:
    result = apply_refinement(helpdesk, "only managers can delete tickets")

    rules = result.spec.permissions.rules
    for rule in rules:
        if rule.entity in ("ticket", "*") and rule.role != "manager":
            assert "delete" not in rule.actions, rule
    assert any(
        r.role == "manager" and r.entity in ("ticket", "*") and "delete" in r.actions for r in rules
    )


def test_only_one_role_takes_the_action_from_a_star_rule(library: AppSpec) -> None:
    result = apply_refinement(library, "only members can delete loans")
    rules = {(r.role, r.entity): r.actions for r in result.spec.permissions.rules}
    assert rules[("librarian", "loan")] == ["create", "read", "update"]
    assert rules[("librarian", "book")] == ["create", "read", "update", "delete"]
    assert rules[("member", "loan")] == ["read", "delete"]


def test_only_a_role_can_make_a_move(crm: AppSpec) -> None:
    result = apply_refinement(crm, "only managers can mark deals as won")
    won = next(t for t in result.spec.state_flows[0].transitions if t.to == "won")
    assert won.roles == ["manager"]
    approve = apply_refinement(crm, "only managers can win deals")
    assert next(t for t in approve.spec.state_flows[0].transitions if t.to == "won").roles == [
        "manager"
    ]


def test_own_records(helpdesk: AppSpec) -> None:
    result = apply_refinement(helpdesk, "agents can edit their own tickets")

    rules = [r for r in result.spec.permissions.rules if r.role == "agent" and r.entity == "ticket"]
    own = [r for r in rules if r.scope == "own"]
    assert own and own[0].actions == ["create", "read", "update"]
    assert all("update" not in r.actions for r in rules if r.scope == "all")


def test_viewers_can_only_read(crm: AppSpec) -> None:
    result = apply_refinement(crm, "viewers can only read")

    assert "viewer" in result.spec.permissions.roles
    viewer = [r.model_dump() for r in result.spec.permissions.rules if r.role == "viewer"]
    assert viewer == [
        {
            "role": "viewer",
            "entity": "*",
            "actions": ["read"],
            "scope": "all",
        }
    ]
    assert result.changes == ["added role viewer", "rule added: viewer can read *"]


def test_a_role_made_read_only_loses_its_other_actions(crm: AppSpec) -> None:
    result = apply_refinement(crm, "sales reps are read-only")
    rules = [r for r in result.spec.permissions.rules if r.role == "sales_rep"]
    assert [(r.entity, r.actions) for r in rules] == [("*", ["read"])]


def test_can_and_cannot(library: AppSpec) -> None:
    can = apply_refinement(library, "members can create and update loans")
    assert any(
        r.role == "member" and r.entity == "loan" and r.actions == ["create", "read", "update"]
        for r in can.spec.permissions.rules
    )
    cannot = apply_refinement(library, "librarians cannot delete books")
    book = [
        r for r in cannot.spec.permissions.rules if r.role == "librarian" and r.entity == "book"
    ]
    assert book[0].actions == ["create", "read", "update"]


def test_two_permission_requests_in_one_message(helpdesk: AppSpec) -> None:
    result = apply_refinement(
        helpdesk, "only managers can delete tickets and agents can edit their own tickets"
    )
    assert result.not_understood == []
    assert result.parts == ["permissions"]


def test_add_and_remove_a_role(crm: AppSpec) -> None:
    added = apply_refinement(crm, "add a role auditor")
    assert "auditor" in added.spec.permissions.roles
    removed = apply_refinement(added.spec, "remove the auditor role")
    assert "auditor" not in removed.spec.permissions.roles
    assert all(r.role != "auditor" for r in removed.spec.permissions.rules)
