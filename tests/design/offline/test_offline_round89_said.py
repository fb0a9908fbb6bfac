"""Round 89: lists, values and steps said otherwise: examples after a record's name (*classes
such as a wheel taster or a glaze night each get ...*), terse headers (*trips, one boat each:
...*; *lesson: ...; held in one room, taught by one tutor*; *cash movements: whenever ..., log
...*), asides (*where we just need ...*), items (*how the customer paid*, *who we buy it from*,
*whether it's in the shop or on a stall*, *whether it's printed digital or litho*, *a weight
in gsm*) and steps (*it starts as ordered, and on the day it moves through ...*, *starts off
awaiting the client, and then they either approve it or ask for changes*, *... as the plants
grow*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    field_types,
    flows,
    plain_field_names,
    relations,
)

# --- examples, headers and asides ----------------------------------------------------------------


def test_examples_of_a_record_before_each_get() -> None:
    spec = design(
        "Classes such as a wheel taster, a glaze night or a kids' club each get a title, a "
        "length in minutes and a price. Extras like clay packs, aprons or a tool kit carry "
        "their own name and one flat price."
    )
    assert {"title", "price"} <= plain_field_names(spec, "class")
    assert "kids_club" not in entity_names(spec)
    assert "tool_kit" not in entity_names(spec)
    assert "extra" in entity_names(spec)


def test_a_record_named_in_passing_where_we_just_need_its_list() -> None:
    spec = design(
        "Boats have a name and a length. Boats are also moored at a marina, where we just need "
        "the marina name and phone number."
    )
    assert ("boat", "marina", "many_to_one") in relations(spec)
    assert "phone_number" in plain_field_names(spec, "marina")


def test_a_terse_header_with_one_each() -> None:
    spec = design(
        "Boats: name, length, berth. Trips, one boat each: trip date, passenger count, skipper "
        "name, route (harbour, bay or headland)."
    )
    assert ("trip", "boat", "many_to_one") in relations(spec)
    assert {"trip_date", "passenger_count", "route"} <= plain_field_names(spec, "trip")


def test_a_terse_header_then_its_links() -> None:
    spec = design(
        "Stalls: name, row. Traders: name, phone. Pitch: date, fee, takings; held at one stall, "
        "run by one trader."
    )
    assert ("pitch", "stall", "many_to_one") in relations(spec)
    assert ("pitch", "trader", "many_to_one") in relations(spec)


def test_a_header_then_when_it_is_logged() -> None:
    spec = design(
        "Till records for the cafe:\n"
        "- tills: name, location\n"
        "- cash movements: whenever money leaves the till or a float arrives, log the till, the "
        "date, the amount and a direction (in or out)"
    )
    assert {"date", "amount", "direction"} <= plain_field_names(spec, "cash_movement")
    assert field_options(spec, "cash_movement")["direction"] == ["in", "out"]


# --- items said otherwise ------------------------------------------------------------------------


def test_how_the_customer_paid_is_the_payment_method() -> None:
    spec = design(
        "Every finished haircut gets logged with the date, the amount charged and how the "
        "customer paid (card, cash or voucher)."
    )
    assert field_options(spec, "haircut")["payment_method"] == ["card", "cash", "voucher"]


def test_who_we_buy_it_from_is_the_supplier() -> None:
    spec = design(
        "Ingredients have a name, who we buy it from and a price per kilo; suppliers have a "
        "name and a phone."
    )
    assert ("ingredient", "supplier", "many_to_one") in relations(spec)
    assert "who_buy" not in plain_field_names(spec, "ingredient")


def test_whether_it_is_in_one_place_or_on_another_is_a_location() -> None:
    spec = design("Every sale has a date, whether it's in the shop or on a stall, and a total.")
    assert field_options(spec, "sale")["location"] == ["shop", "stall"]


def test_whether_it_is_done_one_way_or_another() -> None:
    spec = design(
        "A job records a job number, a due date and whether it's printed digital or litho."
    )
    assert field_options(spec, "job")["print_method"] == ["digital", "litho"]


def test_a_weight_in_gsm_is_whole() -> None:
    spec = design("Papers have a name, a weight in gsm and a price per sheet.")
    assert field_types(spec, "paper")["weight_gsm"] == "integer"


# --- steps said otherwise ------------------------------------------------------------------------


def test_starts_as_one_then_moves_through_the_rest() -> None:
    spec = design(
        "Each order has a date and a total. It starts as ordered, and on the day it moves "
        "through picked, packed and finally shipped."
    )
    assert flows(spec)["order"] == ("status", ["ordered", "picked", "packed", "shipped"])


def test_starts_awaiting_then_either_approved_or_asked_for() -> None:
    spec = design(
        "For each design we record a version number and the date we sent it. A design starts "
        "off awaiting the client, and then they either approve it or ask for changes, in which "
        "case we send a new version."
    )
    assert flows(spec)["design"] == (
        "status",
        ["awaiting_client", "approved", "changes_requested"],
    )


def test_a_flow_ends_before_as_the_ones_grow() -> None:
    spec = design(
        "Each tray gets a label, a variety and a stage that moves from seed to seedling to "
        "plug as the plants grow."
    )
    assert flows(spec)["tray"] == ("stage", ["seed", "seedling", "plug"])


def test_and_finish_as_the_last_steps() -> None:
    spec = design(
        "Each reservation has a date and a party size. Reservations sit as pending until paid, "
        "then become confirmed, and finish as seated, no-show or refunded."
    )
    assert flows(spec)["reservation"] == (
        "status",
        ["pending", "confirmed", "seated", "no_show", "refunded"],
    )


def test_a_yes_no_ticked_on_them_saying_one_is_required() -> None:
    spec = design(
        "Clients have a name, a phone and an email, and once somebody has cancelled late I "
        "tick a yes/no on them saying a card is required from then on."
    )
    assert field_types(spec, "client")["card_required"] == "boolean"
    assert len(entity_names(spec)) == 1


def test_the_ones_we_sell_now_are_no_values() -> None:
    spec = design(
        "We offer a few passes (day, week and season at the moment) and each pass has a price "
        "and a number of rides."
    )
    assert {"price", "rides"} <= plain_field_names(spec, "pass")
    assert "day" not in plain_field_names(spec, "pass")


def test_in_which_case_it_is_marked_is_a_step() -> None:
    spec = design(
        "Each call-out has a date and a charge, and it goes open, then on site, then done, "
        "unless we end up quoting for new parts, in which case it's marked quoted."
    )
    assert "quoted" in flows(spec)["call_out"][1]


def test_the_date_the_check_is_due_is_its_due_date() -> None:
    spec = design("Every van has a registration, the date the MOT is due and a mileage.")
    assert field_types(spec, "van")["mot_due_date"] == "date"
