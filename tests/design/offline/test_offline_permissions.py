"""Roles and rules from what people may see and do."""

from __future__ import annotations

from appwright.design.offline import design_app
from appwright.spec.models import AppSpec


def rules(spec: AppSpec) -> set[tuple[str, str, tuple[str, ...], str]]:
    return {
        (r.role, r.entity, tuple(r.actions), r.scope)
        for r in spec.permissions.rules
        if r.actions != ["read"] or r.scope != "all" or r.entity == "*"
    }


def test_own_rows_and_everything() -> None:
    spec = design_app(
        "Deals have an amount. Sales reps can edit their own deals, managers see everything."
    ).spec
    assert spec.permissions.roles == ["sales_rep", "manager"]
    assert ("sales_rep", "deal", ("create", "read", "update"), "own") in rules(spec)
    assert ("manager", "*", ("read",), "all") in rules(spec)
    assert spec.permissions.default_role == "sales_rep"


def test_only_see_their_own_and_the_owner_sees_all_of_them() -> None:
    spec = design_app(
        "Appointments have a start time. Stylists should only see their own appointments; the"
        " owner sees all of them."
    ).spec
    assert ("stylist", "appointment", ("read",), "own") in rules(spec)
    owner = [r for r in spec.permissions.rules if r.role == "owner" and r.entity == "appointment"]
    assert [(r.actions, r.scope) for r in owner] == [(["read"], "all")]


def test_manage_everything() -> None:
    spec = design_app("Books have a title. Librarians manage everything.").spec
    assert ("librarian", "*", ("create", "read", "update", "delete"), "all") in rules(spec)


def test_only_a_role_can_change_the_status() -> None:
    spec = design_app(
        "Tickets have a subject and a status that goes from open to closed. Only agents can"
        " change the status."
    ).spec
    [flow] = spec.state_flows
    assert all(t.roles == ["agent"] for t in flow.transitions)


def test_only_a_role_can_mark_a_state() -> None:
    spec = design_app(
        "Bugs have a title. Bugs go new -> fixed -> verified. Only testers can mark a bug verified."
    ).spec
    [flow] = spec.state_flows
    assert {t.to: t.roles for t in flow.transitions} == {"fixed": [], "verified": ["tester"]}


def test_approve_or_reject_are_the_role_s_moves() -> None:
    spec = design_app(
        "Requests have a reason and a status: pending -> approved or rejected. Managers approve"
        " or reject requests."
    ).spec
    [flow] = spec.state_flows
    assert {t.to: t.roles for t in flow.transitions} == {
        "approved": ["manager"],
        "rejected": ["manager"],
    }


def test_records_moving_are_not_roles() -> None:
    spec = design_app("Bugs have a title. Bugs go new -> fixed. Testers can verify bugs.").spec
    assert spec.permissions.roles == ["tester"]


def test_every_role_reads_what_it_has_no_rule_about() -> None:
    spec = design_app(
        "Members have a name. Loans have a due date. Members only see their own loans."
    ).spec
    member = {(r.entity, r.scope) for r in spec.permissions.rules if r.role == "member"}
    assert member == {("loan", "own"), ("member", "all")}


def test_only_a_role_should_be_able_to_mark_a_state() -> None:
    spec = design_app(
        "Bugs have a title. Bugs go new -> fixed -> verified. Only testers should be able to mark"
        " a bug verified."
    ).spec
    [flow] = spec.state_flows
    assert {t.to: t.roles for t in flow.transitions} == {"fixed": [], "verified": ["tester"]}


def test_people_able_to_act_are_a_role() -> None:
    spec = design_app("Tickets have a subject. Agents are able to close tickets.").spec
    assert spec.permissions.roles == ["agent"]


def test_a_record_that_should_be_set_names_no_role() -> None:
    spec = design_app("Tickets have a subject and a status. Tickets should be closed quickly.").spec
    assert spec.permissions.roles == []


def test_me_and_my_colleague_are_the_owner_and_their_role() -> None:
    spec = design_app("Visits have a date. Only me and my coordinator can create visits.").spec
    assert spec.permissions.roles == ["owner", "coordinator"]


def test_my_colleague_alone_is_their_role() -> None:
    spec = design_app("Visits have a date. My coordinator can create visits.").spec
    assert spec.permissions.roles == ["coordinator"]


def test_records_set_against_others_are_no_role() -> None:
    spec = design_app(
        "Each rental has a start date. Payments come in against a rental. Each payment has an"
        " amount."
    ).spec
    assert spec.permissions.roles == []
    assert ("payment", "rental") in {(r.from_, r.to) for r in spec.relationships}
