"""Round 58 (f): a record that arises from an act, however the act is opened.

*When a member borrows a tool we record a loan ...*, *whenever ...*, *each time ...*, *every
time ...*, and the act told after what is kept of it (*we record a loan ... when a member
borrows a tool*) are one wording; each reading is checked over its twins, with a near sentence
of another meaning that keeps its old reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations

from appwright.design.offline.act_openers import act_before_kept, act_before_record, when_an_act

BOILERS = "Our firm services boilers. Boilers have a make and a serial number. "


@pytest.mark.parametrize("opener", ["When", "Whenever", "Each time", "Every time"])
def test_a_record_we_log_on_each_act_is_the_same_however_the_act_opens(opener: str) -> None:
    spec = design(BOILERS + f"{opener} I service a boiler I log a visit with the date and the fee.")
    assert set(field_types(spec, "boiler")) == {"make", "serial_number"}
    assert {"date", "fee"} <= set(field_types(spec, "visit"))
    assert ("visit", "boiler", "many_to_one") in relations(spec)


def test_a_list_kept_of_the_one_acted_on_stays_its_own_twin() -> None:
    """No record named after the verb of keeping: the list is the delivery's, as before."""
    spec = design(
        "We run a farm shop. When we receive a delivery we record the date, the supplier and "
        "the weight."
    )
    assert {"date", "weight"} <= set(field_types(spec, "delivery"))


@pytest.mark.parametrize(
    "said",
    [
        "When a plant sells we note the sale date, the price paid and the buyer's email.",
        "Each time a plant sells we note the sale date, the price paid and the buyer's email.",
        "We note the sale date, the price paid and the buyer's email when a plant sells.",
        "If a plant sells, we note the sale date, the price paid and the buyer's email.",
    ],
)
def test_the_act_told_after_what_is_kept_of_it_reads_as_told_first(said: str) -> None:
    spec = design("Our nursery grows plants, each with a name and a variety. " + said)
    assert set(field_types(spec, "plant")) == {"name", "variety"}
    assert {"sale_date", "price_paid", "buyer_email"} <= set(field_types(spec, "sale"))
    assert ("sale", "plant", "many_to_one") in relations(spec)


def test_a_date_when_something_happened_stays_a_field_twin() -> None:
    """*the date when a member joined*: a past act, a field of the member, never moved first."""
    said = "members have a name. we record the date when a member joined."
    assert act_before_kept(said) == said
    spec = design(
        "Our orchestra has members. Members have a name. We record the date when a member joined."
    )
    assert "name" in field_types(spec, "member")
    assert "sale" not in entity_names(spec)


def test_every_time_inside_a_clause_keeps_its_words_twin() -> None:
    """Only an opening is written *when*: after *and* a *when* may be a field (*and when it
    came back*), and *each time with a quantity* names no act."""
    for kept in (
        "a recipe uses many ingredients, each time with a quantity",
        "we log the date out, and every time we see one we note it",
        "when it's late we close",
    ):
        assert when_an_act(kept) == kept
    assert when_an_act("tools have a name. every time a member borrows one we log it") == (
        "tools have a name. when a member borrows one we log it"
    )


VAN = "Our library van tours villages. Drivers have a name. Villages have a name and a postcode. "


@pytest.mark.parametrize(
    "said",
    [
        "When they reach a village, drivers log a stop with the time and the number of borrowers.",
        "Drivers log a stop each time they reach a village, with the time and the number of "
        "borrowers.",
        "Drivers log a stop whenever they reach a village, giving the time and the number of "
        "borrowers.",
    ],
)
def test_a_record_logged_each_time_one_acts_keeps_the_list_after_the_act(said: str) -> None:
    spec = design(VAN + said)
    assert set(field_types(spec, "village")) == {"name", "postcode"}
    assert {"time", "borrowers"} <= set(field_types(spec, "stop"))
    assert {("stop", "driver", "many_to_one"), ("stop", "village", "many_to_one")} <= relations(
        spec
    )


def test_a_with_of_the_one_acted_on_keeps_its_place_twin() -> None:
    """No comma before *with*: the village's, so the act is not put first."""
    said = "drivers log a stop each time they reach a village with a school."
    assert act_before_record(said) == said


def test_a_condition_of_a_value_or_of_someone_else_keeps_its_if_twin() -> None:
    """*if* stays where what follows is no keeping of ours, or the one acting is not said."""
    for kept in (
        "children have a name. if it's after six there's a late fee.",
        "if a customer wants, we can deliver.",
        "if they bring helpers, we log each helper with a name.",
    ):
        assert when_an_act(kept) == kept


@pytest.mark.parametrize(
    "said",
    [
        "We need to track our kayaks, each with a hull number and a length.",
        "The app should hold our kayaks, each with a hull number and a length.",
        "The system should keep our kayaks, each with a hull number and a length.",
    ],
)
def test_what_the_app_should_hold_is_what_we_track(said: str) -> None:
    spec = design("We hire boats on the lake. " + said + " Customers have a name.")
    assert entity_names(spec) == {"kayak", "customer"}
    assert set(field_types(spec, "kayak")) == {"hull_number", "length"}


def test_a_system_that_is_a_thing_kept_stays_a_record_twin() -> None:
    """*each irrigation system has a zone*: a system the owner keeps, not the app."""
    spec = design("We fit garden watering. Each irrigation system has a zone and a pump size.")
    assert {"zone", "pump_size"} <= set(field_types(spec, "irrigation_system"))
