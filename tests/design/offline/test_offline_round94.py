"""Round 94: records told with a word of their own around them (*any break of 50 or over gets
logged against the player who made it and ...*; *a session has to say which table, ...*; *a
tariff (off-peak, evening and so on) with ...*; *the time of day it starts and ends*; *one
trench, which we know by its trench number*; *we hold a briefing on site, logged with ...*; *the
prize fund gets split into ...*; *..., and once it's over we record a payout to whoever finished
..., with ...*; *several leagues out of the hall, each with ...*; *teams pay their fee in one or
more payments, each with ...*; *adds follow-up actions to each one with ...*; *reports against a
project (code, name)*; *we link the hire to the operator, with their ...*; *it runs as several
intakes, each with ...*; *each expedition has its pupils listed, just ...*; *Want: ...*), and
steps said otherwise (*... and then back to in service*; *its status starts at sent and becomes
...*; *..., and a failed check can go back to booked*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    flows,
    plain_field_names,
    relations,
)

# --- records told with a word of their own around them ----------------------------------------


def test_a_record_of_a_size_logged_against_who_made_it() -> None:
    spec = design(
        "Donors have a name and an email, and campaigns have a title. Any donation of 500 or more "
        "gets logged against the donor who gave it and the campaign it was given to, with the "
        "date and the amount."
    )
    assert {"date", "amount"} <= plain_field_names(spec, "donation")
    assert ("donation", "donor", "many_to_one") in relations(spec)
    assert ("donation", "campaign", "many_to_one") in relations(spec)
    assert "amount" not in plain_field_names(spec, "campaign")


def test_what_a_record_has_to_say() -> None:
    spec = design(
        "Dogs have a name and a breed. Every walk has to say which dog, when it started, how "
        "many minutes it lasted and the route taken."
    )
    assert {"duration_minutes", "route_taken"} <= plain_field_names(spec, "walk")
    assert ("walk", "dog", "many_to_one") in relations(spec)


def test_a_record_named_by_examples_with_its_start_and_end() -> None:
    spec = design(
        "Each court has a number and a surface. Every court is billed on a rate (peak, "
        "off-peak, weekend and so on) with an hourly price and the time of day it starts and ends."
    )
    assert {"name", "hourly_price", "start_time", "end_time"} <= plain_field_names(spec, "rate")
    assert ("court", "rate", "many_to_one") in relations(spec)
    assert "hourly_price" not in plain_field_names(spec, "court")


def test_a_record_we_know_by_one_number() -> None:
    spec = design(
        "A soil sample has a depth and a colour, and it comes from one borehole, which we know by "
        "its borehole code."
    )
    assert "borehole_code" in plain_field_names(spec, "borehole")
    assert ("soil_sample", "borehole", "many_to_one") in relations(spec)


def test_a_record_we_hold_logged_with_a_list() -> None:
    spec = design(
        "Every month we hold a fire drill at the depot, logged with a date, the evacuation time "
        "and any notes."
    )
    assert {"date", "evacuation_time", "notes"} <= plain_field_names(spec, "fire_drill")
    assert "logged" not in entity_names(spec)


def test_a_sum_that_gets_split_into_records() -> None:
    spec = design(
        "Each project has a name and a budget. The budget then gets split into cost lines, each "
        "with a description and an amount."
    )
    assert {"description", "amount"} <= plain_field_names(spec, "cost_line")
    assert not {"get", "budget_get"} & entity_names(spec)


def test_a_record_told_after_a_list_and_given_to_whoever() -> None:
    spec = design(
        "Each raffle has a name and prize slots, each with a value, and once it's drawn we record "
        "a win to whoever held the ticket, with the date collected and the ticket number."
    )
    assert {"date_collected", "ticket_number"} <= plain_field_names(spec, "win")
    assert "ticket_number" not in plain_field_names(spec, "prize_slot")


def test_several_run_from_a_place_each_with_a_list() -> None:
    spec = design(
        "We run several quiz leagues out of the pub, each with a name, a quiz night and an entry "
        "fee, and every quiz league is split into rounds."
    )
    assert {"name", "quiz_night", "entry_fee"} <= plain_field_names(spec, "quiz_league")
    assert "pub" not in entity_names(spec)


def test_a_fee_paid_in_several_records() -> None:
    spec = design(
        "Members have a name and an email. Members pay their annual subscription in one or more "
        "instalments, each with an amount and a date."
    )
    assert {"amount", "date"} <= plain_field_names(spec, "instalment")
    assert ("instalment", "member", "many_to_one") in relations(spec)
    assert ("member", "instalment", "many_to_many") not in relations(spec)


def test_records_added_to_each_one_of_those_before() -> None:
    spec = design(
        "A complaint records the date and the customer's name. Complaints start as open and are "
        "then resolved, and the manager adds follow-up notes to each one with a date and the text."
    )
    assert {"date", "text"} <= plain_field_names(spec, "follow_up_note")
    assert ("follow_up_note", "complaint", "many_to_one") in relations(spec)


def test_records_done_against_one_with_its_own_list() -> None:
    spec = design(
        "Surveyors have a name and a phone. We raise valuation reports against a property "
        "(address, postcode); each valuation report records the value and the visit date."
    )
    assert {"address", "postcode"} <= plain_field_names(spec, "property")
    assert ("valuation_report", "property", "many_to_one") in relations(spec)
    assert "postcode" not in plain_field_names(spec, "valuation_report")


def test_a_record_linked_to_one_with_their_list() -> None:
    spec = design(
        "Each booking has a date and a venue. When a caller is needed we link the booking to the "
        "caller, with their name and phone number."
    )
    assert {"name", "phone_number"} <= plain_field_names(spec, "caller")
    assert ("booking", "caller", "many_to_one") in relations(spec)
    assert "phone_number" not in plain_field_names(spec, "booking")


def test_a_record_run_as_several_others() -> None:
    spec = design(
        "A workshop has a title and a price, and it runs as several sessions, each with a start "
        "date and a room and led by one tutor. Tutors have a name."
    )
    assert {"start_date", "room"} <= plain_field_names(spec, "session")
    assert ("session", "workshop", "many_to_one") in relations(spec)
    assert "start_date" not in plain_field_names(spec, "workshop")


def test_its_own_several_listed_after_a_comma() -> None:
    spec = design(
        "Every tour has a departure date. Then each tour has its travellers listed, just first "
        "name, surname and whether they need a wheelchair."
    )
    assert {"first_name", "surname"} <= plain_field_names(spec, "traveller")
    assert ("traveller", "tour", "many_to_one") in relations(spec)
    assert "surname" not in plain_field_names(spec, "tour")


def test_a_want_header_asks_for_a_report() -> None:
    spec = design(
        "Hive: number, apiary. Inspection: date, hive, queen seen y/n, notes. Want: no. of "
        "inspections per hive per month."
    )
    assert entity_names(spec) == {"hive", "inspection"}
    assert spec.reports


# --- steps said otherwise ------------------------------------------------------------------------


def test_a_flow_that_goes_back_to_a_state_of_several_words() -> None:
    spec = design(
        "Each scanner has a serial number and a status that goes from in use to under repair to "
        "out of service and then back to in use."
    )
    assert flows(spec)["scanner"][1] == ["in_use", "under_repair", "out_of_service"]


def test_a_status_that_starts_at_one_and_becomes_another() -> None:
    spec = design(
        "Every contract stores a title and a value, and its status starts at drafted and becomes "
        "signed or withdrawn."
    )
    assert flows(spec)["contract"][1] == ["drafted", "signed", "withdrawn"]


def test_one_state_that_can_go_back() -> None:
    spec = design(
        "A claim has an amount; the claim starts as lodged, then becomes paid or queried, and a "
        "queried claim can go back to lodged."
    )
    assert flows(spec)["claim"][1] == ["lodged", "paid", "queried"]


def test_a_later_end_said_as_an_aside() -> None:
    spec = design(
        "A room has a number. Every key card stores the card number and the issue date, and its "
        "status starts at issued and becomes returned or lost, with a lost card sometimes ending "
        "up found."
    )
    states = flows(spec)["key_card"][1]
    assert states[0] == "issued"
    assert set(states) == {"issued", "returned", "lost", "found"}
    assert "status" not in plain_field_names(spec, "room")


def test_a_flow_through_a_step_called_back_keeps_its_steps() -> None:
    # twin: "vet called back to seen": a step named *called back*, then the next one
    spec = design(
        "Each repair records the fault, and moves from logged to customer called back to fixed to "
        "closed."
    )
    assert flows(spec)["repair"][1] == ["logged", "customer_called_back", "fixed", "closed"]


def test_a_state_said_back_to_without_a_flow_is_left_alone() -> None:
    # twin: "back to" in a list of things, no flow, names no state
    spec = design("Each bike has a frame number, a colour and a back wheel size.")
    assert {"frame_number", "colour", "back_wheel_size"} <= plain_field_names(spec, "bike")
