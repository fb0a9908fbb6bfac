"""Round 59 (e): status flows told as someone's act, as a record's verbs, or going on after a
choice, as unseen writers told them.

`flow_twins.flow_as_goes_from` writes each as *goes from A to B to C* (or the act wording the
readers know), and a field list's *and that claim goes from ...* is the record's own status.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_types, flows

from appwright.design.offline.flow_twins import flow_as_goes_from

_LOCKSMITH = (
    "A locksmith's call-out desk. Customers have a name and a phone. Each job is for one "
    "customer with an address and a price. {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "Jobs start as booked, the dispatcher assigns them, and then they're fitted or abandoned.",
        "A job starts as booked, the dispatcher assigns it, then it is fitted or abandoned.",
        "Each job begins as booked, our dispatcher assigns it, and then it's fitted or abandoned.",
    ],
)
def test_a_step_told_as_someone_s_act_after_a_bare_comma(flow: str) -> None:
    # flow_twins._THEN_ONE_ACTS: *starts as A, the office confirms them, ...* is *..., then the
    # office confirms them, ...*
    spec = design(_LOCKSMITH.format(flow=flow))
    assert flows(spec)["job"] == ("status", ["booked", "assigned", "fitted", "abandoned"])


def test_a_pronoun_after_a_bare_comma_is_left_as_written() -> None:
    """*starts as booked, we assign it*: no one named acts; the sentence is not rewritten."""
    said = "a job starts as booked, we assign it, and then it is fitted."
    assert flow_as_goes_from(said) == said


_TATTOO = (
    "A tattoo studio. Clients have a name and an email. Each consultation is for one client "
    "with a date and a deposit, and a consultation {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "sits pending, gets quoted, and is then booked or dropped.",
        "stays pending, is quoted, and then gets booked or dropped.",
        "waits pending, gets quoted, then is booked or dropped.",
    ],
)
def test_a_flow_told_as_the_record_s_verbs(flow: str) -> None:
    # flow_twins._VERBED_STEPS: each step told with a verb of its own, the order with *then*
    spec = design(_TATTOO.format(flow=flow))
    assert flows(spec)["consultation"] == ("status", ["pending", "quoted", "booked", "dropped"])
    assert {"date", "deposit", "status"} <= set(field_types(spec, "consultation"))


@pytest.mark.parametrize(
    "said",
    [
        "a new member is welcomed, gets a card, and is then added to the list.",
        "the van is parked, gets washed, and is then ready.",
        "a deposit is taken, is counted and is banked.",
    ],
)
def test_things_said_of_a_record_without_a_flow_stay(said: str) -> None:
    """A thing got (*a card*), a state no act leaves (*ready*) or no *then*: no flow is told."""
    assert flow_as_goes_from(said) == said


_BREWERY = (
    "A brewery's trade desk. Pubs have a name and a phone. We raise a quote for a pub with a "
    "price and a delivery date, and {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "that quote is sent, then accepted or declined, and the accepted ones get delivered.",
        "that quote is sent, then accepted or declined, and accepted ones are delivered.",
        "that quote goes from sent to accepted or declined, and the accepted ones get delivered.",
    ],
)
def test_a_choice_whose_one_end_goes_on_and_the_record_told_again(flow: str) -> None:
    # flow_twins._told_in_order (*the accepted ones get ...* goes on from a choice of two) and
    # fields._flow_part (*that quote goes from ...*: the quote's status, not a field *quote*)
    spec = design(_BREWERY.format(flow=flow))
    assert flows(spec)["quote"] == ("status", ["sent", "accepted", "delivered", "declined"])
    assert "quote" not in field_types(spec, "quote")


def test_a_choice_of_two_alone_stays_two_states_said() -> None:
    """*is sent, then accepted or declined* with nothing going on: not certain of the order."""
    said = "the first tray is sent, then accepted or declined."
    assert flow_as_goes_from(said) == said


_ELECTRICIAN = (
    "An electrician. Sites have an address. Each inspection is of one site with a date, and "
    "it {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "is booked until done, then certified, then issued.",
        "goes from booked to certified to issued.",
        "starts as booked, then it is certified, then issued.",
    ],
)
def test_a_state_named_after_is_is_never_cut_short(flow: str) -> None:
    # states._TOLD_MOVE: *it is issued* is the state *issued*, not *sued*
    spec = design(_ELECTRICIAN.format(flow=flow))
    assert "issued" in flows(spec)["inspection"][1]
