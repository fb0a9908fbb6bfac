"""Round 60 (e): the states of a flow as an owner lists and tells them.

A list of states whose last two are joined by *and* before the flow goes on (*..., printing
and trimmed, or it is cancelled*) is read one state each (`states._LAST_AND`). States told as
someone's acts or said of the records in one (*then we approve or decline them, and the
approved ones are marked paid*) are the participles alone, and a permission after a flow
(*, and only trustees may approve one*) is no state of it.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, flows

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
    # states._ACTS_OR_ON_IT (*we approve or decline them*), states._THOSE_END_UP (*the
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
    # states._FLOW_ENDS (who may move it), states._SOME_END (*sometimes it ends up ...*)
    assert flows(design(_GRANTS.format(flow=flow)))["grant_application"] == ("status", told)


def test_and_only_then_is_still_the_next_step() -> None:
    """*and only then to paid*: a step of the flow, not who may move it."""
    spec = design(
        _GRANTS.format(
            flow="Grant applications go from received to approved and only then to paid."
        )
    )
    assert flows(spec)["grant_application"] == ("status", ["received", "approved", "paid"])
