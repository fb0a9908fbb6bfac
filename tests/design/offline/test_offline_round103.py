"""Round 103: records asked for by name or brought in plainly (*what we are after is a proper
trade-in record: when someone ... we note ...*; *we need to keep the depots themselves: ...*;
*then there are visits: ...*), records of what one does with another (*we sit down with each
grower and do a statement - ...*; *a trainer assesses one welder on one process at a time,
and we record ...*; *the tenant reporting gives ..., and the repair then runs from ...*),
records logged on an occasion (*lifts are serviced every year and each service records ...*;
*after each heat the starter enters each swimmer's time: ...*), items told by what was done
(*the price we put on the window*, *the initials of whoever did it*, *how many jars got
filled*), values and asides (*two scores, one for the tone and one for the timing, each marked
...*; *whether they took cash or store credit*; *from reported through booked and waiting
on parts to done*), and links said the other way round (*most shows have more than one
act*; *each one needs certain equipment (...), with the same equipment used on many rooms*).

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

# --- records asked for by name, or brought in plainly -----------------------------------------


def test_a_record_asked_for_then_what_we_note_when_it_happens() -> None:
    spec = design(
        "What I'm after is a proper trade-in record: every time someone swaps a phone with us "
        "we note the date, the handset model and the price agreed."
    )
    assert {"date", "handset_model", "price_agreed"} <= plain_field_names(spec, "trade_in")


def test_ones_who_come_back_are_kept_on_file() -> None:
    spec = design(
        "Each trade-in has a date. Donors often come back, so keep them on file with their "
        "name, address and phone number."
    )
    assert {"name", "address", "phone_number"} <= plain_field_names(spec, "donor")
    assert "keep_donor" not in entity_names(spec)


def test_each_thing_goes_on_its_own_line() -> None:
    spec = design(
        "Each order has a date. Then each plant in the tray goes on its own line with the "
        "variety, the pot size and the price."
    )
    assert {"variety", "pot_size", "price"} <= plain_field_names(spec, "line")


def test_what_we_need_to_keep_is_what_we_keep() -> None:
    spec = design(
        "We need to keep the depots themselves: name, postcode and the latest time we can "
        "collect parcels."
    )
    assert {"name", "postcode", "latest_collect_time"} <= plain_field_names(spec, "depot")


def test_a_record_of_every_one_then_each_one_has() -> None:
    spec = design(
        "I need a record of every easel we own - each one has a number painted on the leg, a "
        "height in centimetres and a hire price, which is usually a pound but the big ones are "
        "two."
    )
    assert {"number", "height_cm", "hire_price"} == plain_field_names(spec, "easel")


def test_then_there_are_these_with_a_list() -> None:
    spec = design(
        "Cleaners have a name and a phone number. Then there are visits: a date, a start time "
        "and a finish time, and each visit is given to one cleaner."
    )
    assert {"date", "start_time", "finish_time"} <= plain_field_names(spec, "visit")
    assert ("visit", "cleaner", "many_to_one") in relations(spec)


def test_ones_with_a_list_who_help_several_at_each() -> None:
    spec = design(
        "Each match has a date. Stewards with a name and phone number help out, several at "
        "each match, and most of them come to lots of matches."
    )
    assert {"name", "phone_number"} == plain_field_names(spec, "steward")
    assert ("match", "steward", "many_to_many") in relations(spec) or (
        "steward",
        "match",
        "many_to_many",
    ) in relations(spec)


def test_at_most_of_them_there_are_ones_we_keep_a_list_for() -> None:
    spec = design(
        "Each route has a name. Each route has several halts. At most halts there are regular "
        "passengers who wave the bus down, and for them I'd keep a name and a phone number."
    )
    assert {"name", "phone_number"} <= plain_field_names(spec, "regular_passenger")
    assert ("regular_passenger", "halt", "many_to_one") in relations(spec)


# --- records of what one does with another ----------------------------------------------------


def test_we_sit_down_with_each_and_do_one() -> None:
    spec = design(
        "Growers have a name. At the end of the season we sit down with each grower and do a "
        "statement - kilos delivered, kilos rejected and the amount we owe them."
    )
    assert {"kilos_delivered", "kilos_rejected"} <= plain_field_names(spec, "statement")
    assert ("statement", "grower", "many_to_one") in relations(spec)


def test_one_sits_down_with_another_and_logs_one() -> None:
    spec = design(
        "Tenants have a name. Every few weeks a housing officer sits down with a tenant over a "
        "coffee and logs a visit: the date, a wellbeing score and any notes."
    )
    assert {"date", "wellbeing_score"} <= plain_field_names(spec, "visit")
    assert ("visit", "housing_officer", "many_to_one") in relations(spec)
    assert ("visit", "tenant", "many_to_one") in relations(spec)


def test_one_does_it_to_one_on_one_at_a_time() -> None:
    spec = design(
        "Welders have a name. Processes have a name. A trainer assesses one welder on one "
        "process at a time, and we record the date, whether the welder passed and when a "
        "renewal is due."
    )
    assert {"date", "passed", "renewal_due_date"} <= plain_field_names(spec, "assessment")
    for one in ("trainer", "welder", "process"):
        assert ("assessment", one, "many_to_one") in relations(spec)


def test_when_one_signs_another_off_on_a_thing() -> None:
    spec = design(
        "Apprentices have a name. Lathes have a name. When a foreman signs an apprentice off on "
        "a lathe we record the date and any notes."
    )
    assert {"date", "notes"} <= plain_field_names(spec, "sign_off")
    for one in ("foreman", "apprentice", "lathe"):
        assert ("sign_off", one, "many_to_one") in relations(spec)


def test_the_one_reporting_gives_the_record_its_list() -> None:
    spec = design(
        "Flats have a number. The tenant reporting gives a description, the date and an "
        "urgency of low, high or emergency, and the repair then runs from reported through "
        "booked and waiting on parts to done, unless the job gets written off."
    )
    assert {"description", "date", "urgency"} <= plain_field_names(spec, "repair")
    assert ("repair", "tenant", "many_to_one") in relations(spec)
    assert flows(spec)["repair"][1] == [
        "reported",
        "booked",
        "waiting_on_parts",
        "done",
        "written_off",
    ]


def test_one_comes_in_from_another_where_we_take_theirs() -> None:
    spec = design(
        "A booking comes in from a school, where we take the school name, a contact person "
        "and a phone number, and the booking itself gets a date, a group size and a price."
    )
    assert {"school_name", "contact_person", "phone_number"} <= plain_field_names(spec, "school")
    assert {"date", "group_size", "price"} <= plain_field_names(spec, "booking")
    assert ("booking", "school", "many_to_one") in relations(spec)


def test_one_leads_each_and_others_help() -> None:
    spec = design(
        "Each dig has a site name. Volunteers have a name. One volunteer leads each dig, and "
        "any number of other volunteers can sign up to help on it."
    )
    assert "other_volunteer" not in entity_names(spec)
    assert ("dig", "volunteer", "many_to_one") in relations(spec)


def test_one_walks_out_with_a_thing_that_is_a_loan() -> None:
    spec = design(
        "Tents have a number. Scouts have a name. When a scout walks out with a tent that's a "
        "loan, and I'd note the date it went out and the deposit, then when they bring it back "
        "the return date and whether we handed the deposit back as cash or as shop credit."
    )
    assert {"return_date", "refund_method"} <= plain_field_names(spec, "loan")
    assert field_options(spec, "loan")["refund_method"] == ["cash", "shop_credit"]
    assert ("loan", "scout", "many_to_one") in relations(spec)
    assert ("loan", "tent", "many_to_one") in relations(spec)


def test_a_thing_ties_one_to_another_with_theirs_in_brackets() -> None:
    spec = design(
        "Staff members have a name. A staff loan ties a staff member to a laptop from stock "
        "(make, model, serial number) and notes the date and the condition."
    )
    assert {"make", "model", "serial_number"} <= plain_field_names(spec, "laptop")
    assert ("staff_loan", "laptop", "many_to_one") in relations(spec)
    assert ("staff_loan", "staff_member", "many_to_one") in relations(spec)


# --- records logged on an occasion ------------------------------------------------------------


def test_done_to_them_and_each_act_records() -> None:
    spec = design(
        "Each lift has a serial number. Lifts are serviced every year and each service "
        "records the date, the engineer's name and the result."
    )
    assert {"date", "result"} <= plain_field_names(spec, "service")
    assert ("service", "lift", "many_to_one") in relations(spec)


def test_redone_acts_are_records_too() -> None:
    spec = design(
        "Each hive has a number. Hives are re-queened from time to time and each re-queen "
        "records the date and the queen's origin."
    )
    assert ("re_queen", "hive", "many_to_one") in relations(spec)


def test_someone_does_one_on_each_and_we_note() -> None:
    spec = design(
        "Each boiler has a serial number. Each January someone does a gas check on every boiler "
        "and we note the date, the reading and whether it passed."
    )
    assert {"date", "reading", "passed"} <= plain_field_names(spec, "gas_check")
    assert ("gas_check", "boiler", "many_to_one") in relations(spec)


def test_each_time_we_do_one_we_log_it_as_another() -> None:
    spec = design(
        "Each route has a name. Then each time I actually do a route I'd log it as a run with "
        "the date, the miles driven and the takings."
    )
    assert {"date", "miles_driven", "takings"} <= plain_field_names(spec, "run")
    assert ("run", "route", "many_to_one") in relations(spec)


def test_when_something_happens_one_writes_up_a_record() -> None:
    spec = design(
        "Whenever a swimmer slips on the side, the lifeguard on duty writes up an accident "
        "report: date and time, what happened and whether first aid was given."
    )
    assert {"date_and_time", "first_aid_given"} <= plain_field_names(spec, "accident_report")
    assert ("accident_report", "lifeguard", "many_to_one") in relations(spec)


def test_after_each_one_someone_enters_each_ones_record() -> None:
    spec = design(
        "Heats have a number. Swimmers have a name. After each heat the starter enters each "
        "swimmer's time: lane, seconds and whether they were disqualified."
    )
    assert {"lane", "seconds", "disqualified"} <= plain_field_names(spec, "time")
    assert ("time", "heat", "many_to_one") in relations(spec)
    assert ("time", "swimmer", "many_to_one") in relations(spec)


# --- items told by what was done --------------------------------------------------------------


def test_items_told_by_what_was_done_to_them() -> None:
    spec = design(
        "Each batch has the date, the price we put on the window, how many jars got filled, "
        "the initials of whoever did it and jars going back."
    )
    assert {"window_price", "jars_filled", "initials", "jars_returned"} <= plain_field_names(
        spec, "batch"
    )


def test_the_one_we_aim_for_and_when_it_starts_and_ends() -> None:
    spec = design(
        "For every crop we keep a name, the week it normally starts and ends, the yield we aim "
        "for and a contact person with their phone number."
    )
    names = plain_field_names(spec, "crop")
    assert {"start_week", "end_week", "target_yield", "contact_name"} <= names


def test_what_we_offered_for_it_is_money() -> None:
    spec = design("Each lot has a title and what we offered for it.")
    assert field_types(spec, "lot")["amount_offered"] == "decimal"


def test_two_measures_one_for_each_part() -> None:
    spec = design(
        "Each audition has a date and two scores, one for the tone and one for the timing, each "
        "marked poor, fair, good or excellent."
    )
    options = field_options(spec, "audition")
    assert options["tone_score"] == ["poor", "fair", "good", "excellent"]
    assert options["timing_score"] == ["poor", "fair", "good", "excellent"]


def test_a_catalogue_number_is_a_field() -> None:
    spec = design("Each print has a title, a catalogue number and a price.")
    assert {"title", "catalogue_number", "price"} == plain_field_names(spec, "print")


def test_whether_they_took_one_way_to_pay_or_another() -> None:
    spec = design(
        "Each refund has a date and whether they took cash or store credit (credit gets them a "
        "little extra)."
    )
    assert field_options(spec, "refund")["payment_method"] == ["cash", "store_credit"]


def test_an_adjective_opens_an_item_with_a_place() -> None:
    spec = design("Stock check per bay: date, spare pallets in yard, counted by.")
    assert "spare_pallets_in_yard" in plain_field_names(spec, "stock_check")


# --- links, asides and flows said another way -------------------------------------------------


def test_most_have_more_than_one_of_the_other() -> None:
    spec = design(
        "Each show has a date. Each act has a name. An act can do several shows and most shows "
        "have more than one act on the bill."
    )
    assert ("act", "show", "many_to_many") in relations(spec)


def test_certain_ones_with_the_same_used_on_many() -> None:
    spec = design(
        "Rooms are listed with a name, and each one needs certain safety equipment (masks, "
        "gloves and so on), with the same equipment used on many rooms."
    )
    assert ("safety_equipment", "room", "many_to_many") in relations(spec)


def test_one_applies_to_many_and_one_can_need_several() -> None:
    spec = design(
        "Each kayak has a name. Kayaks go out with paddles, and since one paddle goes with many "
        "kayaks and a kayak can have several, we link them."
    )
    assert ("kayak", "paddle", "many_to_many") in relations(spec)
    assert ("paddle", "kayak", "many_to_one") not in relations(spec)


def test_filed_in_groups_such_as_with_a_list() -> None:
    spec = design(
        "Each book has a title. Books are shelved in zones such as fiction, travel or poetry, "
        "with a zone name and a shelf number."
    )
    assert {"name", "shelf_number"} == plain_field_names(spec, "zone")
    assert ("book", "zone", "many_to_one") in relations(spec)


def test_linked_to_the_one_who_did_it() -> None:
    spec = design(
        "Each sample has a label. Each sample is linked to the lab technician who tested it."
    )
    assert ("sample", "lab_technician", "many_to_one") in relations(spec)


def test_a_place_booked_for_an_event_is_the_record() -> None:
    spec = design(
        "Each talk has a date. Guests book a free seat for a talk with their name and email, "
        "and on the night we tick whether each seat holder turned up."
    )
    assert {"name", "email", "attended"} <= plain_field_names(spec, "seat")
    assert ("seat", "talk", "many_to_one") in relations(spec)


def test_ones_book_onto_an_event_for_a_number_of_places() -> None:
    spec = design(
        "Each class has a title. Parents (name and phone) book onto a class for a number of "
        "places; a booking starts out held and becomes paid."
    )
    assert ("booking", "parent", "many_to_one") in relations(spec)
    assert ("booking", "class", "many_to_one") in relations(spec)


def test_background_about_where_things_come_from_is_no_record() -> None:
    spec = design(
        "A big chunk of our stock comes from people dropping off bags of clothes, and at the "
        "moment it is all written on paper tags. Our volunteers get a quarter off anything in "
        "the shop. Each bag has a weight and a date."
    )
    assert entity_names(spec) == {"bag"}


def test_a_maximum_number_of_places_is_not_what_each_one_counts() -> None:
    spec = design(
        "A course has a title and a maximum number of places, and each one is led by one of "
        "our tutors."
    )
    assert ("course", "tutor", "many_to_one") in relations(spec)
    assert "place" not in entity_names(spec)
