"""Round 58 (e): a status flow read the same in each of its twins.

Owners tell a record's flow as *goes from A to B to C*, *starts as A, then becomes B, then C*,
*goes A -> B -> C* or *is first A, then B, and finally C*; the readers knew the first.
`flow_twins.flow_as_goes_from` writes the others as it, so each wording designs the same app.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_types, flows, relations

from appwright.design.offline.flow_twins import flow_as_goes_from

_SHAPER = (
    "A surfboard shaper. Customers have a name and a phone. When a board comes in for a repair "
    "we open a job on it with the date received and a price, and the job {flow}."
)
_FLOW_TWINS = [
    "goes from received to in the bay to sanded to collected",
    "starts as received, then becomes in the bay, then sanded, then collected",
    "goes received → in the bay → sanded → collected",
    "goes received -> in the bay -> sanded -> collected",
    "is first received, then in the bay, then sanded, and finally collected",
]


@pytest.mark.parametrize("flow", _FLOW_TWINS)
def test_each_twin_of_a_flow_designs_the_same_job(flow: str) -> None:
    # flow_twins.flow_as_goes_from: every twin is read as *goes from A to B to C*
    spec = design(_SHAPER.format(flow=flow))
    assert flows(spec) == {"job": ("status", ["received", "in_bay", "sanded", "collected"])}
    assert field_types(spec, "job") == {
        "date_received": "date",
        "price": "decimal",
        "status": "enum",
        "customer_id": "reference",
    }
    assert ("job", "customer", "many_to_one") in relations(spec)


_SIDE_EXIT = (
    "A kite school. Students have a name and an email. Each lesson is booked by one student "
    "with a date and a fee, and a lesson {flow}, or it can be cancelled at any point."
)


@pytest.mark.parametrize(
    "flow",
    [
        "goes from requested to confirmed and then taught",
        "starts as requested and then becomes confirmed, then taught",
        "goes requested → confirmed → taught",
        "is first requested, then confirmed, and finally taught",
    ],
)
def test_a_side_exit_after_each_twin_stays_one(flow: str) -> None:
    spec = design(_SIDE_EXIT.format(flow=flow))
    assert flows(spec)["lesson"] == ("status", ["requested", "confirmed", "taught", "cancelled"])
    assert {"date", "fee", "status"} <= set(field_types(spec, "lesson"))


def test_a_trip_between_things_is_no_flow() -> None:
    """*goes from the workshop to the beach* names places, and *is first come, first served*
    no *then*: neither is written as a flow."""
    spec = design(
        "A surfboard shaper. Our van goes from the workshop to the beach each morning with a "
        "driver and a plate. Repairs have a date and a price; the rack is first come, first "
        "served."
    )
    assert "van" not in flows(spec) and "rack" not in flows(spec)


def test_a_flow_that_goes_on_after_a_condition_keeps_its_reading() -> None:
    """*becomes arrived when the delivery lands and collected once picked up*: the steps go on
    after a condition, so the twin is left to the reader that knows it."""
    spec = design(
        "A surfboard shaper. Customers order blanks with a size and a price. A blank order starts "
        "as waiting, becomes arrived when the delivery lands and collected once picked up."
    )
    assert flows(spec)["blank_order"][1] == ["waiting", "arrived", "collected"]


def test_what_can_be_done_at_any_time_is_no_state() -> None:
    """*can be cancelled at any point* is an end from every state; *can be contacted at any
    time* ends nothing, so it is no state of the flow."""
    spec = design(
        "A kite school. Students have a name and an email, and a student can be contacted at "
        "any time. Each lesson is booked by one student with a date and a fee, and a lesson goes "
        "from requested to confirmed to taught."
    )
    assert flows(spec)["lesson"] == ("status", ["requested", "confirmed", "taught"])


@pytest.mark.parametrize(
    "end",
    [
        "and the approved ones end up built",
        "and the approved ones finish at built",
        "and the approved ones end as built",
    ],
)
def test_where_the_ones_in_a_state_end_is_one_more_step(end: str) -> None:
    # flow_text.THOSE_END_UP: *the ordered ones finish at repaired* as *... end up repaired*
    spec = design(
        "A garden design studio. Clients have a name and an email, and each design is drawn for "
        f"one client with a budget; a design goes from drafted to shown to approved, {end}."
    )
    assert flows(spec)["design"] == ("status", ["drafted", "shown", "approved", "built"])


@pytest.mark.parametrize("side", ["or declined or withdrawn", "or else declined or withdrawn"])
def test_a_side_exit_said_with_or_else(side: str) -> None:
    # flow_twins._OR_ELSE: *..., or else declined* is the side exit *..., or declined*
    spec = design(
        "A garden design studio. Clients have a name and an email, and each design is drawn for "
        f"one client with a budget; a design goes from drafted to shown to approved, {side}."
    )
    assert flows(spec)["design"][1] == ["drafted", "shown", "approved", "declined", "withdrawn"]


def test_or_else_outside_a_flow_stays() -> None:
    """*..., or else we charge a fee* is no side exit of a flow: nothing is rewritten."""
    said = "clients pay a deposit, or else we charge a fee."
    assert flow_as_goes_from(said) == said


_PERMIT = (
    "A parking office. Residents have a name and a car registration. Each permit is for one "
    "resident with a start date and a fee; a permit {flow}."
)


@pytest.mark.parametrize(
    "flow",
    [
        "starts as applied, then the council grants or refuses it",
        "starts as applied and the council then grants or refuses it",
        "starts as applied, and the council then grants or refuses it",
        "starts as applied and then the council grants or refuses it",
    ],
)
def test_a_step_told_as_someone_s_act_after_and_then(flow: str) -> None:
    # flow_twins._THEN_ONE_ACTS: *and the council then grants it* as *, then the council ...*
    spec = design(_PERMIT.format(flow=flow))
    assert flows(spec)["permit"] == ("status", ["applied", "granted", "refused"])


def test_a_step_told_as_our_act_is_left_as_written() -> None:
    """*and we then ...*: a pronoun, not one named who acts; the sentence is not rewritten."""
    said = "a permit starts as applied and we then check it."
    assert flow_as_goes_from(said) == said


_CAKES = (
    "A cake studio. Customers have a name and a phone. Each order is for one customer with a "
    "pickup date and a price, and {flow}."
)


@pytest.mark.parametrize(
    "flow",
    [
        "an order goes from taken to baked to iced to collected",
        "an order is taken until baked, then iced, then collected",
        "an order's status is taken, baked, iced or collected, in that order",
        "an order's status is taken, then baked, then iced, then collected",
        "orders are first taken, then baked, then iced and finally collected",
    ],
)
def test_a_flow_told_with_until_in_that_order_or_then_alone(flow: str) -> None:
    # flow_twins._UNTIL_THEN, _IN_THAT_ORDER and _FIRST_THEN without *first*
    spec = design(_CAKES.format(flow=flow))
    assert flows(spec) == {"order": ("status", ["taken", "baked", "iced", "collected"])}
    assert {"pickup_date", "price", "status"} <= set(field_types(spec, "order"))


@pytest.mark.parametrize(
    "said",
    [
        "the tasting room is free until booked.",
        "the first cake is free, then paid.",
        "an order starts as quoted, gets confirmed, is baked, then iced and finally collected.",
    ],
)
def test_two_states_or_a_step_inside_another_flow_stay(said: str) -> None:
    """*is free until booked* and *is free, then paid* say two things, not a flow of three;
    *is baked, then ...* inside a flow told from *starts as* is one of its steps."""
    assert flow_as_goes_from(said) == said
