"""State flows: written orders, branches, re-entries, and guessed orders."""

from __future__ import annotations

import pytest

from appwright.design.offline import design_app
from appwright.design.offline.flow_draft import FlowDraft
from appwright.design.offline.flow_moves import build_flow
from appwright.design.offline.flow_text import read_flow_text
from appwright.design.offline.state_names import state_name
from appwright.spec.models import StateFlow


def flow_of(description: str, entity: str) -> StateFlow:
    spec = design_app(description).spec
    return next(flow for flow in spec.state_flows if flow.entity == entity)


def moves(flow: StateFlow) -> dict[str, list[str]]:
    return {t.to: t.from_ for t in flow.transitions}


def test_state_names() -> None:
    assert state_name("can wait on the customer") == "waiting_on_customer"
    assert state_name("is then resolved") == "resolved"
    assert state_name("no-show") == "no_show"
    assert state_name("pending until paid") == "pending"


def test_flow_text_steps_with_alternatives() -> None:
    steps = read_flow_text("from lead to qualified to proposal and finally won or lost")
    assert steps == [["lead"], ["qualified"], ["proposal"], ["won", "lost"]]


def test_unsuccessful_ends_branch_from_every_open_state() -> None:
    flow = flow_of(
        "Deals have an amount and a stage that moves from lead to qualified to proposal and"
        " finally won or lost.",
        "deal",
    )
    assert flow.field == "stage"
    assert flow.states == ["lead", "qualified", "proposal", "won", "lost"]
    assert moves(flow) == {
        "qualified": ["lead"],
        "proposal": ["qualified"],
        "won": ["proposal"],
        "lost": ["lead", "qualified", "proposal"],
    }
    assert [t.name for t in flow.transitions][:1] == ["qualify"]


def test_verbs_become_states_and_re_entries_move_back() -> None:
    flow = flow_of(
        "Tickets have a subject. A ticket goes from open to in progress, can wait on the"
        " customer, and is then resolved and finally closed, or reopened.",
        "ticket",
    )
    assert flow.states == ["open", "in_progress", "waiting_on_customer", "resolved", "closed"]
    reopen = next(t for t in flow.transitions if t.to == "open")
    assert (reopen.name, reopen.from_) == ("reopen", ["closed"])


def test_arrows_and_a_move_from_any_state() -> None:
    flow = flow_of(
        "A bug has a title. Bugs go new -> triaged -> fixed -> verified, and can be closed as"
        " won't fix from any state.",
        "bug",
    )
    assert flow.states == ["new", "triaged", "fixed", "verified", "wont_fix"]
    assert moves(flow)["wont_fix"] == ["new", "triaged", "fixed"]


def test_a_later_move_from_one_state() -> None:
    flow = flow_of(
        "Leave requests have a start date.\n- status flow: pending -> approved or rejected\n"
        "- approved requests can be cancelled",
        "leave_request",
    )
    assert moves(flow)["cancelled"] == ["approved"]


def test_then_chain_and_a_sometimes_end() -> None:
    flow = flow_of(
        "Rentals have a pickup date. A rental is booked, then picked up, then returned;"
        " sometimes it gets cancelled before pickup.",
        "rental",
    )
    assert flow.states == ["booked", "picked_up", "returned", "cancelled"]


def test_listed_values_without_an_order_allow_any_move() -> None:
    flow = build_flow(
        FlowDraft("vehicle", "status", [["available"], ["in_use"], ["retired"]], written=False)
    )
    assert flow is not None
    assert moves(flow) == {
        "available": ["in_use", "retired"],
        "in_use": ["available", "retired"],
        "retired": ["available", "in_use"],
    }


def test_state_field_becomes_a_required_enum_of_the_states() -> None:
    spec = design_app(
        "Feedback has a rating. Our team triages each piece of feedback as new, in review or"
        " resolved."
    ).spec
    entity = spec.entity("feedback")
    assert entity is not None
    status = entity.field("status")
    assert status is not None
    assert (status.type, status.options, status.default) == (
        "enum",
        ["new", "in_review", "resolved"],
        "new",
    )


def test_a_done_state_with_its_reason_is_the_state_alone() -> None:
    assert state_name("cancelled for weather") == "cancelled"
    assert state_name("postponed due to frost") == "postponed"
    assert state_name("closed by the warden") == "closed"


def test_a_state_that_is_no_done_verb_keeps_its_words() -> None:
    assert state_name("ready for collection") == "ready_for_collection"


@pytest.mark.parametrize(
    ("phrase", "state"),
    [
        ("ready for pickup", "ready_for_pickup"),
        ("is ready for pickup", "ready_for_pickup"),
        ("ready for framing", "ready_for_framing"),
    ],
)
def test_an_adjective_before_for_keeps_the_whole_state(phrase: str, state: str) -> None:
    assert state_name(phrase) == state


def test_or_to_a_state_after_a_comma_is_an_alternative_not_a_state() -> None:
    steps = read_flow_text(
        "goes from reserved to out to returned, or to overdue when it isn't back in time"
    )
    assert steps == [["reserved"], ["out"], ["returned", "overdue"]]
    assert "or" not in [state for step in steps for state in step]


def test_a_flow_with_or_to_a_late_state_branches_from_the_state_before() -> None:
    flow = flow_of(
        "Each detector hire has a start date and a status that goes from reserved to out to"
        " returned, or to overdue when it isn't back in time.",
        "detector_hire",
    )
    assert flow.states == ["reserved", "out", "returned", "overdue"]
    assert moves(flow) == {"out": ["reserved"], "returned": ["out"], "overdue": ["out"]}


def test_on_to_either_and_eventually_its_name_no_states() -> None:
    steps = read_flow_text(
        "from booked to inspected, then on to either a repair or a scrapping, and eventually"
        " it's archived"
    )
    assert steps == [["booked"], ["inspected"], ["repair", "scrapping"], ["archived"]]
    named = [state for step in steps for state in step]
    assert "on" not in named and "its_archived" not in named


@pytest.mark.parametrize(
    ("description", "states"),
    [
        (
            "Commissions have a fee. A commission goes from enquiry to sketched to painted, then"
            " framed and delivered, though some get abandoned along the way.",
            ["enquiry", "sketched", "painted", "framed", "delivered", "abandoned"],
        ),
        (
            "Repairs have a cost. A repair goes from received to diagnosed to fixed, but some"
            " are scrapped.",
            ["received", "diagnosed", "fixed", "scrapped"],
        ),
        (
            "Hires have a date. A hire starts as a quote, then confirmed, delivered and finally"
            " collected, though some get cancelled.",
            ["quote", "confirmed", "delivered", "collected", "cancelled"],
        ),
    ],
)
def test_an_end_some_records_reach_instead_is_one_more_state(
    description: str, states: list[str]
) -> None:
    entity = description.split()[0].lower().removesuffix("s")
    flow = flow_of(description, entity)
    assert flow.states == states
    # the extra end is reached along the way instead of the usual end, not after it
    assert states[-3] in moves(flow)[states[-1]]
    assert states[-2] not in moves(flow)[states[-1]]


def test_a_but_clause_about_something_else_adds_no_state() -> None:
    flow = flow_of(
        "Repairs have a cost. A repair goes from received to diagnosed to fixed, but the"
        " customer pays on collection.",
        "repair",
    )
    assert flow.states == ["received", "diagnosed", "fixed"]


def test_faults_raised_on_a_unit_are_records_whose_status_moves() -> None:
    spec = design_app(
        "Each unit has a serial number. Faults on a unit get raised with a description and "
        "move from reported to engineer booked to fixed."
    ).spec
    [flow] = spec.state_flows
    assert (flow.entity, flow.field) == ("fault", "status")
    assert ("fault", "unit") in {(r.from_, r.to) for r in spec.relationships}


def test_a_flow_then_a_record_made_from_its_last_step() -> None:
    spec = design_app(
        "A quote has a price. Quotes go from draft to sent, then accepted or declined, and an "
        "accepted quote turns into a job with a start date."
    ).spec
    assert [(f.entity, f.states[:2]) for f in spec.state_flows] == [("quote", ["draft", "sent"])]
    assert ("job", "quote") in {(r.from_, r.to) for r in spec.relationships}


def test_a_job_that_proceeds_through_steps_has_a_flow() -> None:
    spec = design_app(
        "Each repair job has an item and a price, and the job proceeds from received to quoted, "
        "approved and finally collected."
    ).spec
    [flow] = spec.state_flows
    assert flow.states == ["received", "quoted", "approved", "collected"]


def test_it_moving_after_a_list_is_the_record_just_made() -> None:
    spec = design_app(
        "Every site has an address. When a customer rings with a problem we raise a callout "
        "for the site with the date, what's wrong and what we charged, and it goes open, then "
        "on site, then done, unless we end up quoting for new kit, in which case it's marked "
        "quoted."
    ).spec
    [flow] = spec.state_flows
    assert flow.entity == "callout"  # not the site a state's words name
    assert flow.states == ["open", "on_site", "done", "quoted"]
    callout = spec.entity("callout")
    assert callout is not None
    assert [f.name for f in callout.fields if f.type != "reference"] == [
        "date",
        "problem",
        "charge",
        "status",
    ]
    assert spec.entity("customer") is None  # what they ring with is no record


@pytest.mark.parametrize(
    ("tail", "states"),
    [
        ("unless we end up quoting, in which case we phone them", ["open", "on_site", "done"]),
        ("unless they are rejected", ["open", "on_site", "done", "rejected"]),
        ("unless we end up quoting, in which case it's marked quoted", None),
    ],
)
def test_a_condition_after_a_flow_is_no_state_but_an_end_it_names_is(
    tail: str, states: list[str] | None
) -> None:
    spec = design_app(f"A job has a date. It goes open, then on site, then done, {tail}.").spec
    [flow] = spec.state_flows
    assert flow.states == (states or ["open", "on_site", "done", "quoted"])


def test_a_status_header_after_a_record_is_its_flow() -> None:
    spec = design_app(
        "Clients: name, email. Each survey has a fee. Status: quoted -> booked -> surveyed."
    ).spec
    assert spec.entity("status") is None
    [flow] = spec.state_flows
    assert (flow.entity, flow.states) == ("survey", ["quoted", "booked", "surveyed"])


def test_a_status_header_with_one_value_makes_no_flow() -> None:
    spec = design_app("Clients: name, email. Each survey has a fee. Status: pending.").spec
    assert spec.state_flows == []


@pytest.mark.parametrize(
    "text",
    [
        "Then it works its way through the place: in the freezer, skinned, off at the tannery,"
        " ready for collection and finally collected, and I'd love to see which stage each is at.",
        "Then it goes through these stages: in the freezer, skinned, off at the tannery, ready"
        " for collection and finally collected.",
    ],
)
def test_the_states_after_a_header_are_the_record_s_not_a_place_s(text: str) -> None:
    spec = design_app(
        "Tanneries have a name. People bring in a specimen, and I write down the species. " + text
    ).spec
    [flow] = spec.state_flows
    assert (flow.entity, flow.states) == (
        "specimen",
        ["in_freezer", "skinned", "off_at_tannery", "ready_for_collection", "collected"],
    )


def test_a_status_that_runs_through_states_starts_at_the_first() -> None:
    spec = design_app(
        "Jobs: a quoted price, a promised date and a status that runs quoted, accepted, in the"
        " loft, ready for collection and finally collected."
    ).spec
    [flow] = spec.state_flows
    assert flow.states == ["quoted", "accepted", "in_loft", "ready_for_collection", "collected"]
