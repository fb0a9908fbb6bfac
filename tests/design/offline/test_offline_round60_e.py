"""Round 60 (e): the states of a flow as an owner lists and tells them.

A list of states whose last two are joined by *and* before the flow goes on (*..., printing
and trimmed, or it is cancelled*) is read one state each (`states._LAST_AND`).
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
