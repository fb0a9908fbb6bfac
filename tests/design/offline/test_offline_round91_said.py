"""Round 91: values, steps, lists and items said otherwise: values *picked from* a list, *every
slot is for one task: ...*, two clauses a comma joins before a flow, *and lastly ...*, *for a
while*, *say a ...* as an example, *several ... on file, and for each one we note ...*, *the
member of staff who did it* between items, *each bike on sale*, *every job card in our garage*,
and *the date they paid and how much*.

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

# --- values said after the item ------------------------------------------------------------------


def test_values_picked_from_a_list() -> None:
    spec = design(
        "Each claim has a claim number and the cause of the loss, picked from fire, flood, theft "
        "or storm."
    )
    options = field_options(spec, "claim")
    assert ["fire", "flood", "theft", "storm"] in options.values()


def test_every_one_is_for_one_of_several_values() -> None:
    spec = design(
        "Stewards have a name and a phone. Stewards book slots at a match, and every slot is for "
        "one task: gate, car park or first aid."
    )
    assert field_options(spec, "slot")["task"] == ["gate", "car_park", "first_aid"]
    assert "task" not in entity_names(spec)


# --- a flow after a comma, and its last step -----------------------------------------------------


def test_a_comma_before_another_records_flow() -> None:
    spec = design(
        "Each audit has a date. Each clerk has a name. Clerks key in the figures, an audit moves "
        "from open to checked to closed."
    )
    assert flows(spec)["audit"][1] == ["open", "checked", "closed"]
    assert "clerk" not in flows(spec)


def test_which_moves_from_is_the_records_flow() -> None:
    spec = design(
        "Every quarter we send a statement to each tenant with a number and a balance, which "
        "moves from prepared to posted to settled or disputed."
    )
    assert flows(spec)["statement"][1] == ["prepared", "posted", "settled", "disputed"]
    assert "which" not in plain_field_names(spec, "statement")


def test_which_is_done_then_done_is_the_records_flow() -> None:
    spec = design(
        "Every quarter we send a statement to each tenant with a number and a balance, which is "
        "prepared, posted, and then settled or disputed."
    )
    assert flows(spec)["statement"][1] == ["prepared", "posted", "settled", "disputed"]
    assert field_types(spec, "statement")["balance"] == "decimal"


def test_which_moves_after_no_list_is_left_to_the_flow_readers() -> None:
    # the twin: *which* after a clause that ends no list names the record just said
    spec = design(
        "A client (name, phone) asks for a tutor on a given date; the fee is agreed on the "
        "lesson, which goes from requested to booked to taught, or is cancelled along the way."
    )
    assert "fee" not in flows(spec)


def test_and_it_starts_as_after_a_list_is_the_flow() -> None:
    spec = design(
        "Each flat has a number. If a tenant needs help they send us a repair request for that "
        "flat with a note saying what is wrong, and it starts as logged, then our surveyor "
        "either approves or rejects it."
    )
    assert "it_starts_as_logged" not in plain_field_names(spec, "repair_request")
    assert flows(spec)["repair_request"][1][0] == "logged"


def test_and_lastly_is_no_part_of_the_step() -> None:
    spec = design(
        "A claim has a number, and its status goes from received to assessed, then paid, and "
        "lastly archived."
    )
    assert flows(spec)["claim"][1] == ["received", "assessed", "paid", "archived"]


# --- words that only say when, or give an example ------------------------------------------------


def test_run_for_a_while_names_no_record() -> None:
    spec = design(
        "Each campaign has a code. Campaigns run for a while, so each one gets a name, a start "
        "date and an end date."
    )
    assert entity_names(spec) == {"campaign"}
    assert {"name", "start_date", "end_date"} <= plain_field_names(spec, "campaign")


def test_say_an_example_names_no_record() -> None:
    spec = design(
        "People hire a room size, say a large meeting room, and each room size just has a name "
        "and an hourly rate."
    )
    assert entity_names(spec) == {"room_size"}
    assert {"name", "hourly_rate"} <= plain_field_names(spec, "room_size")


# --- lists said of one of several ----------------------------------------------------------------


def test_several_on_file_and_for_each_one_we_note_a_list() -> None:
    spec = design(
        "Each owner has a name. An owner can have several boats on file, and for each one we'd "
        "note the make, the length and the colour."
    )
    assert {"make", "length", "colour"} <= plain_field_names(spec, "boat")
    assert "make" not in plain_field_names(spec, "owner")
    assert ("boat", "owner", "many_to_one") in relations(spec)


def test_uses_several_and_for_each_one_we_note_keeps_the_join() -> None:
    # the twin: what a record uses, with a figure for each, is a join record, not the list of
    # the ones it uses
    spec = design(
        "I keep a tools list with a name and a day rate. Each hire has a date; a hire can use "
        "several tools, and for each one I note the number of days."
    )
    assert "number_of_days" not in plain_field_names(spec, "tool")


def test_the_one_who_did_it_between_items() -> None:
    spec = design(
        "Pumps have a number. A fuel check records the date, the member of staff who did it, "
        "the meter reading and the litres sold."
    )
    assert {"meter_reading", "litres_sold"} <= plain_field_names(spec, "fuel_check")
    assert ("fuel_check", "staff_member", "many_to_one") in relations(spec)


def test_one_word_who_did_it_between_items_is_a_record() -> None:
    # the twin: one word for the one who did it is read as it stands, a record of its own
    spec = design(
        "For each bike we record the make and model, and for each service the bike, the date, "
        "the mechanic who did it, whether the chain was replaced (yes/no) and the charge."
    )
    assert ("service", "mechanic", "many_to_one") in relations(spec)


# --- where a record is kept is no record ---------------------------------------------------------


def test_each_one_on_sale_is_the_record() -> None:
    spec = design("Each bike on sale is listed with its brand, frame size and an asking price.")
    assert entity_names(spec) == {"bike"}
    assert {"brand", "frame_size", "asking_price"} <= plain_field_names(spec, "bike")


def test_every_one_in_our_place_is_the_record() -> None:
    spec = design(
        "Every job card in our garage carries a card number, the fault reported and a status "
        "that runs booked, working on it and then done."
    )
    assert "garage" not in entity_names(spec)
    assert {"card_number", "fault_reported"} <= plain_field_names(spec, "job_card")


# --- how much, said alone ------------------------------------------------------------------------


def test_the_date_they_paid_and_how_much() -> None:
    spec = design("Each renewal records the date they paid and how much.")
    assert field_types(spec, "renewal")["amount_paid"] == "decimal"


# --- what goes into each record ------------------------------------------------------------------


def test_into_each_one_go_the_figures_for_that_period() -> None:
    spec = design(
        "Each newsletter has an issue date. Into each newsletter go the figures for that month: "
        "members joined, events held and money raised."
    )
    assert {"members_joined", "events_held", "money_raised"} <= plain_field_names(
        spec, "newsletter"
    )


# --- an item said with who agreed to it ----------------------------------------------------------


def test_the_one_they_signed_up_to_and_we_add_on_top() -> None:
    spec = design(
        "Every membership has a number, a start date and the tier the member signed up to. "
        "Every overdue loan has the date, the fine and the handling fee we add on top."
    )
    assert "tier" in plain_field_names(spec, "membership")
    assert {"fine", "handling_fee"} <= plain_field_names(spec, "loan")


def test_done_by_someone_in_brackets_is_a_link() -> None:
    spec = design(
        "Hives: name. Each swarm: hive, date, caught by (volunteer). Volunteers: name, phone."
    )
    assert ("swarm", "volunteer", "many_to_one") in relations(spec)
    assert "caught_by" not in plain_field_names(spec, "swarm")


def test_an_excess_is_money() -> None:
    spec = design("Every hire has an agreement number, a start date and the excess.")
    assert field_types(spec, "hire")["excess"] == "decimal"


def test_done_by_initials_in_brackets_stays_a_field() -> None:
    # the twin: the bracket says how the one who did it is written down, not who they are
    spec = design("Tanks: name. Checks: tank, date, reading, checked by (initials).")
    assert "checked_by" in plain_field_names(spec, "check")
    assert "initials" not in entity_names(spec)
