"""Sentence shapes learnt in the round before sealed batch 26, each designed end to end on a
sentence of its own: flows told *between* states, with *first*, *ends up*, *at last* and
*to one of our ...* around the states' names, a line of steps drawn with chevrons, values
after a slash, and one more end in brackets after a flow."""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_types, flows

from appwright.design.offline.states import read_flow_text
from appwright.design.offline.text import normalize_text

# --- words around the states of a flow ----------------------------------------------------------


@pytest.mark.parametrize(
    ("flow", "states"),
    [
        ("between open, on hold and closed", [["open"], ["on_hold"], ["closed"]]),
        (
            "through stages, booked first, then surveyed, and then it ends up accepted or refused",
            [["booked"], ["surveyed"], ["accepted", "refused"]],
        ),
        (
            "from drafted to checked to sent and at last to paid",
            [["drafted"], ["checked"], ["sent"], ["paid"]],
        ),
    ],
)
def test_words_around_states_are_no_part_of_their_names(flow: str, states: list[list[str]]) -> None:
    assert read_flow_text(flow) == states


def test_a_step_to_one_of_ours_and_an_and_is_then_step_are_plain_states() -> None:
    spec = design(
        "Wards have a name. Porters have a name. A request starts as pending, is allocated to"
        " one of our porters, goes in transit and is then completed."
    )
    assert flows(spec)["request"] == (
        "status",
        ["pending", "allocated", "in_transit", "completed"],
    )


# --- terse notes: chevrons, slashes and a bracketed end -----------------------------------------


def test_chevrons_in_a_line_of_three_or_more_are_arrows_and_one_alone_is_left() -> None:
    assert normalize_text("status new > open > shut") == "status new -> open -> shut"
    assert normalize_text("a weight > 5 kg") == "a weight > 5 kg"


def test_a_terse_flow_with_chevrons_and_an_end_in_brackets() -> None:
    spec = design(
        "Permit log. Permit: reference, issued date, status applied > checked > granted >"
        " closed (or revoked at any point)."
    )
    assert flows(spec)["permit"] == (
        "status",
        ["applied", "checked", "granted", "closed", "revoked"],
    )
    revoke = next(t for t in spec.state_flows[0].transitions if t.to == "revoked")
    assert set(revoke.from_) == {"applied", "checked", "granted"}


def test_values_after_a_slash_may_be_several_words_each() -> None:
    spec = design(
        "Claim: reference, outcome paid / partly paid / refused, payment method card / bank"
        " transfer, seat type window seat / aisle seat."
    )
    claim = spec.entity("claim")
    assert claim is not None
    options = {f.name: f.options for f in claim.fields if f.options}
    assert options == {
        "outcome": ["paid", "partly_paid", "refused"],
        "payment_method": ["card", "bank_transfer"],
        "seat_type": ["window_seat", "aisle_seat"],
    }
    assert field_types(spec, "claim")["outcome"] == "enum"
