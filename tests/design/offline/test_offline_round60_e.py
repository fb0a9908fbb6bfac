"""Round 60 (e): the states of a flow as an owner lists and tells them.

A list of states whose last two are joined by *and* before the flow goes on (*..., printing
and trimmed, or it is cancelled*) is read one state each (`flow_text._LAST_AND`). States told as
someone's acts or said of the records in one (*then we approve or decline them, and the
approved ones are marked paid*) are the participles alone, and a permission after a flow
(*, and only trustees may approve one*) is no state of it. A clause about a record followed
by its states in turn after a colon (*every notice is checked before it runs: draft, then
checked, then published*) is its flow, and a state that names a record (*invoice sent*) never
takes the flow from the record that moves (*its payment moves from requested to invoice sent
to paid* is the application's payment status). A thing sent somewhere (*goes out to members*)
or a list of things kept (*logs the casks delivered to pubs, ...*) is no flow, and a condition
between two last states (*removed or, if the owner turns up, claimed*) no state.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, flows

_PRINT_SHOP = (
    "A print shop. Customers have a name and an email. Each print job is for one customer "
    "with a paper size and a price. {flow}"
)


@pytest.mark.parametrize(
    ("flow", "told"),
    [
        (
            "A print job moves from received to proofed, printing and trimmed, or it is cancelled.",
            ["received", "proofed", "printing", "trimmed", "cancelled"],
        ),
        (
            "Print jobs go through received, proofed, printing and trimmed, or end up as spoiled.",
            ["received", "proofed", "printing", "trimmed", "spoiled"],
        ),
        (
            "Each print job goes through received, proofing and printing to trimmed.",
            ["received", "proofing", "printing", "trimmed"],
        ),
        (
            "Print jobs move through received, proofing and printing until they are ready "
            "for collection.",
            ["received", "proofing", "printing", "ready_for_collection"],
        ),
    ],
)
def test_the_and_that_ends_a_list_of_states_parts_two_states(flow: str, told: list[str]) -> None:
    spec = design(_PRINT_SHOP.format(flow=flow))
    assert flows(spec)["print_job"] == ("status", told)


def test_a_last_item_longer_than_the_one_before_is_no_list_of_states() -> None:
    """*beginner, intermediate and advanced level*: one step and a word of its own."""
    spec = design(
        "A print shop runs courses at beginner, intermediate and advanced level, or privately. "
        "Each course has a title and a price."
    )
    assert "course" not in flows(spec)


_GRANTS = (
    "A small charity gives out hardship grants. Applicants have a name and an email. Each "
    "grant application is from one applicant with an amount and a reason. {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "Grant applications start as received, then we approve or decline them, and the "
        "approved ones are marked paid.",
        "Grant applications start as received, then I approve or decline them, and the "
        "approved ones get marked paid once the money is sent.",
        "A grant application starts as received, is then approved or declined by the panel, "
        "and approved applications end up paid.",
        "A grant application goes from received to approved or declined, and only approved "
        "ones are paid.",
    ],
)
def test_states_told_as_our_acts_or_of_the_ones_in_a_state(flow: str) -> None:
    # acted_steps._ACTS_OR_ON_IT (*we approve or decline them*), flow_text.THOSE_END_UP (*the
    # approved ones are marked paid*): participles, never *approved_ones_are_marked_paid*
    spec = design(_GRANTS.format(flow=flow))
    assert flows(spec)["grant_application"] == (
        "status",
        ["received", "approved", "paid", "declined"],
    )


_PAID = ["received", "approved", "paid"]


@pytest.mark.parametrize(
    ("flow", "told"),
    [
        (
            "Grant applications go from received to approved to paid, and only trustees may "
            "approve one.",
            _PAID,
        ),
        (
            "Grant applications go from received to approved to paid, but only the treasurer "
            "can pay one.",
            _PAID,
        ),
        (
            "A grant application goes from received to approved to paid, and sometimes it "
            "ends up withdrawn.",
            [*_PAID, "withdrawn"],
        ),
        (
            "A grant application starts as received, then approved, then paid, though "
            "sometimes it is withdrawn.",
            [*_PAID, "withdrawn"],
        ),
        (
            "We mark each grant application as received, then approved, then paid, and now "
            "and then they are withdrawn.",
            [*_PAID, "withdrawn"],
        ),
    ],
)
def test_what_follows_a_flow_is_no_state_but_its_end(flow: str, told: list[str]) -> None:
    # flow_text._FLOW_ENDS (who may move it), flow_text.ONE_MORE_END (*sometimes it ends up ...*)
    assert flows(design(_GRANTS.format(flow=flow)))["grant_application"] == ("status", told)


def test_and_only_then_is_still_the_next_step() -> None:
    """*and only then to paid*: a step of the flow, not who may move it."""
    spec = design(
        _GRANTS.format(
            flow="Grant applications go from received to approved and only then to paid."
        )
    )
    assert flows(spec)["grant_application"] == ("status", ["received", "approved", "paid"])


@pytest.mark.parametrize(
    "flow",
    [
        "Grant applications must be checked: received, then vetted, then approved, then paid.",
        "- each grant application is read by two trustees: received -> vetted -> approved -> paid",
        "Every grant application waits its turn: received, vetted, then approved, then paid.",
    ],
)
def test_a_clause_about_a_record_then_its_states_after_a_colon(flow: str) -> None:
    # states._STATES_AFTER_COLON: the record the clause names, the states in turn after it
    spec = design(_GRANTS.format(flow=flow))
    assert flows(spec)["grant_application"] == (
        "status",
        ["received", "vetted", "approved", "paid"],
    )


def test_things_kept_after_a_colon_are_no_states() -> None:
    """*are logged: the date, the amount, then the reason*: things, with articles."""
    spec = design(
        _GRANTS.format(flow="Grant applications are logged: the date, the amount, then the reason.")
    )
    assert "grant_application" not in flows(spec)


_INVOICED_GRANTS = (
    "A small charity gives out hardship grants. Each grant application has an amount and a "
    "reason{flow} Every invoice we send is logged against the grant application with the "
    "date sent."
)


@pytest.mark.parametrize(
    ("flow", "told"),
    [
        (
            "; its payment moves from requested to invoice sent to paid.",
            ["requested", "invoice_sent", "paid"],
        ),
        (
            "; their payment goes from requested to invoice raised to paid.",
            ["requested", "invoice_raised", "paid"],
        ),
        (
            ". Its payment moves from requested to invoice sent and finally to paid.",
            ["requested", "invoice_sent", "paid"],
        ),
    ],
)
def test_a_state_naming_a_record_leaves_the_flow_with_the_one_that_moves(
    flow: str, told: list[str]
) -> None:
    # states._before_states: the record is found before *moves from*; flow_records._ASPECT_MOVES
    spec = design(_INVOICED_GRANTS.format(flow=flow))
    assert flows(spec) == {"grant_application": ("payment_status", told)}


def test_a_record_whose_own_states_are_told_keeps_its_flow() -> None:
    spec = design(
        _INVOICED_GRANTS.format(flow=". Every invoice goes from drafted to sent to paid.")
    )
    assert flows(spec) == {"invoice": ("status", ["drafted", "sent", "paid"])}


@pytest.mark.parametrize(
    "description",
    [
        "A seed library. Every seed packet goes out to members on loan, and the volunteers "
        "need organising. Members have a name and an email.",
        "A pottery. Each kiln load goes off to the glazing room and I want a record of every "
        "firing. A firing has a date and a peak temperature.",
        "A dairy. The cheese goes out to one of a few affineurs, so I note which affineur had "
        "it, and for those I just need a name.",
    ],
)
def test_a_thing_sent_somewhere_is_no_flow(description: str) -> None:
    # flow_text._SENT_TO: *goes out to*, *goes off to* name where it goes, not states
    assert flows(design(description)) == {}


@pytest.mark.parametrize(
    "description",
    [
        "A brewery. A test run is for one recipe and logs the litres brewed, the casks "
        "delivered to pubs and the cost. Recipes have a name.",
        "A brewery. A test run is for one recipe and logs the litres brewed, the kegs "
        "returned to us and the cost. Recipes have a name.",
        "A brewery. A bottling run is for one recipe and logs the bottles filled, the cases "
        "sent to shops and the cost. Recipes have a name.",
    ],
)
def test_things_kept_after_a_run_are_no_flow(description: str) -> None:
    # flow_text._things_listed: *the casks delivered to pubs* is a thing, named with an article
    spec = design(description)
    assert flows(spec) == {}
    assert "recipe" in entity_names(spec)


def test_a_run_that_goes_through_bare_states_keeps_its_flow() -> None:
    spec = design(
        "A brewery. A bottling run is for one recipe and goes filled, labelled, capped, then "
        "packed. Recipes have a name."
    )
    assert flows(spec)["bottling_run"] == ("status", ["filled", "labelled", "capped", "packed"])


@pytest.mark.parametrize(
    ("flow", "told"),
    [
        (
            "Each vehicle has a registration and a status that moves from reported to "
            "inspected, ending as removed or, if the owner turns up, claimed.",
            ["reported", "inspected", "removed", "claimed"],
        ),
        (
            "A vehicle goes reported, inspected, removed, or ends unclaimed.",
            ["reported", "inspected", "removed", "unclaimed"],
        ),
        (
            "A vehicle goes from reported to inspected to removed, or ends as released.",
            ["reported", "inspected", "removed", "released"],
        ),
    ],
)
def test_how_a_flow_ends_names_no_state(flow: str, told: list[str]) -> None:
    # state_names._ORDER_SAID (*ending as*, *ends*), and the condition between two ends
    spec = design(f"The council pound logs abandoned vehicles. {flow}")
    assert flows(spec)["vehicle"] == ("status", told)


@pytest.mark.parametrize(
    ("told", "states"),
    [
        (
            "Each claim has a photo link and a reason, and it stays open until we approve or "
            "reject it.",
            ["open", "approved", "rejected"],
        ),
        (
            "Each claim has a reason; it sits as pending until I accept or refuse it.",
            ["pending", "accepted", "refused"],
        ),
        (
            "A claim has a reason and stays open until we approve or reject it.",
            ["open", "approved", "rejected"],
        ),
    ],
)
def test_a_wait_ended_by_our_acts(told: str, states: list[str]) -> None:
    # flow_wording.waits_until_done: *until we approve or reject it* names the next states
    spec = design(f"A mushroom kit seller. {told}")
    assert flows(spec)["claim"] == ("status", states)


def test_a_wait_ended_by_something_else_names_no_state() -> None:
    spec = design(
        "A mushroom kit seller. Each claim has a reason, and it stays open until we look into it."
    )
    assert "claim" not in flows(spec)


@pytest.mark.parametrize(
    ("told", "states"),
    [
        (
            "goes from booked to attended or did not attend.",
            ["booked", "attended", "did_not_attend"],
        ),
        (
            "a status that runs booked, arrived, stretched, or did not attend.",
            ["booked", "arrived", "stretched", "did_not_attend"],
        ),
        (
            "goes from booked to confirmed, then attended or did not show.",
            ["booked", "confirmed", "attended", "did_not_show"],
        ),
    ],
)
def test_an_act_not_done_is_a_state_of_its_own(told: str, states: list[str]) -> None:
    # state_names.state_name: *did not attend* keeps its *did*, never *not_attend*
    spec = design(f"A yoga studio. Each class booking has a date and {told}")
    assert flows(spec)["class_booking"] == ("status", states)


def test_a_state_said_with_not_alone_is_left_as_written() -> None:
    spec = design(
        "A yoga studio. Each class booking has a date and goes from booked to confirmed, then "
        "attended or not needed."
    )
    assert flows(spec)["class_booking"] == (
        "status",
        ["booked", "confirmed", "attended", "not_needed"],
    )
