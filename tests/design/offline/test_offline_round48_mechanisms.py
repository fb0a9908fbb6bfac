"""Mechanisms measured as the loss on the unseen batch 48 (sign makers, borehole drillers,
falconry centres, bookbinders, alpaca farms). Each test designs a sentence of its own end to
end, with a twin the change must leave alone: ends a record comes to told as what happens to it
(*unless it dies or is transferred to another centre*), the last state told as what comes
before (*passes through ... before it is dispatched*), and a remark to the reader after an end
(*..., more than you'd think*)."""

from __future__ import annotations

from offline_spec_views import design, flows


def test_ends_told_as_what_happens_to_it_are_its_participles() -> None:
    spec = design(
        "Patients have a name. A patient is admitted, then in treatment, then discharged, "
        "unless they die or are transferred to another hospital."
    )
    assert flows(spec)["patient"][1] == [
        "admitted",
        "in_treatment",
        "discharged",
        "died",
        "transferred",
    ]


def test_an_end_told_as_a_state_after_unless_is_left_as_it_was() -> None:
    spec = design(
        "Quotes have a price. A quote is drafted, then sent, then accepted, unless it is declined."
    )
    assert flows(spec)["quote"][1] == ["drafted", "sent", "accepted", "declined"]


def test_the_last_state_told_as_what_it_passes_through_before() -> None:
    spec = design(
        "Customers have a name. Orders have an order date; an order passes through received, "
        "marbling, drying and packed before it is dispatched."
    )
    assert flows(spec)["order"][1] == ["received", "marbling", "drying", "packed", "dispatched"]


def test_what_we_do_before_is_still_no_state() -> None:
    spec = design(
        "Tanks have a name. A tank goes from filling to curing to ready before we empty it."
    )
    assert flows(spec)["tank"][1] == ["filling", "curing", "ready"]


def test_a_remark_to_the_reader_after_an_end_is_no_state() -> None:
    spec = design(
        "Orders have a date. Orders go from quote to deposit paid, then in production, then "
        "collected, although some get cancelled along the way, more than you'd think."
    )
    assert flows(spec)["order"][1] == [
        "quote",
        "deposit_paid",
        "in_production",
        "collected",
        "cancelled",
    ]
