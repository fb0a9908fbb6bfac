"""Round 106: records logged as, against, on or for another (*every call-out gets logged as a
visit for one site and one engineer, with ...*; *each refund is recorded against a sale*; *we
log a fault on that boiler, with ...*; *once the payout is agreed, we log it against its claim
with ...*), records kept for a pair or said in passing (*for every shop and product we keep a
stock count: ...*; *the same person comes to many rambles, so each time someone turns up we
note ...*; *a complaint can lead to investigations where we want ...*; *we send members
reminders, each with ...*), lines added after a list (*..., then add a line for each part
received giving ...*), a note's pairing (*1-2 surveyors per survey, a surveyor on many
surveys*), steps any other can end in (*with abandoned possible at any point*), and asides
that name nothing (*a reorder level so I get a nudge*, *three sheds out the back*, *those are
the usual ones*, *several salaried and the rest freelance*).

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
    simplified,
)

# --- records logged as, against or on another ----------------------------------------------------


def test_logged_as_another_record_for_two() -> None:
    spec = design(
        "Engineers have a name. Every call-out gets logged as a visit for one site and one "
        "engineer, with the arrival time, the hours and any parts used."
    )
    assert {"arrival_time", "hours"} <= plain_field_names(spec, "visit")
    assert {("visit", "site", "many_to_one"), ("visit", "engineer", "many_to_one")} <= relations(
        spec
    )
    assert "call_out" not in entity_names(spec)


def test_recorded_against_one() -> None:
    spec = design("Each refund is recorded against a sale and has an amount and a reason.")
    assert ("refund", "sale", "many_to_one") in relations(spec)
    assert {"amount", "reason"} <= plain_field_names(spec, "refund")


def test_logged_against_its_one_is_left_to_the_readers_that_know_it() -> None:
    spec = design(
        "Sessions have a date. Each cut is logged against its session with the cut name and "
        "the weight."
    )
    assert ("cut", "session", "many_to_one") in relations(spec)
    assert {"cut_name", "weight"} <= plain_field_names(spec, "cut")


def test_a_fault_logged_on_that_one() -> None:
    spec = design(
        "Boilers have a serial number. When something plays up we log a fault on that boiler, "
        "with the date, what went wrong and whether it has been fixed."
    )
    assert ("fault", "boiler", "many_to_one") in relations(spec)
    assert field_types(spec, "fault")["fixed"] == "boolean"
    assert "fault" not in plain_field_names(spec, "boiler")


def test_it_logged_against_its_one_once_named() -> None:
    spec = design(
        "Claims have a date. Once the payout is agreed, we log it against its claim with the "
        "amount, the date paid and a link to it."
    )
    assert ("payout", "claim", "many_to_one") in relations(spec)
    assert field_types(spec, "payout")["link"] == "url"


def test_a_link_to_it_is_the_records_own_link() -> None:
    spec = design("Reviews have a date, a link to it and a name.")
    assert field_types(spec, "review")["link"] == "url"


def test_the_one_who_logs_ones_on_a_record() -> None:
    spec = design(
        "Jobs have a reference. As they go along the engineer logs notes on the job: a "
        "description, the date and the time spent."
    )
    assert ("note", "job", "many_to_one") in relations(spec)
    assert "engineer_log" not in entity_names(spec)


def test_an_act_on_each_and_a_record_of_each() -> None:
    spec = design(
        "Sites have an address. Afterwards we visit each site and log each inspection with the "
        "date, who went and the outcome (fine, minor issues or closed)."
    )
    assert ("inspection", "site", "many_to_one") in relations(spec)


def test_an_act_done_before_a_step_with_its_list() -> None:
    spec = design(
        "Harnesses have a serial number. Before a harness is issued we inspect it: the "
        "inspection date, the inspector and a result of pass or fail."
    )
    assert ("inspection", "harness", "many_to_one") in relations(spec)
    assert field_options(spec, "inspection")["result"] == ["pass", "fail"]


# --- records kept for a pair or said in passing -------------------------------------------------


def test_for_every_one_and_another_we_keep_one() -> None:
    spec = design(
        "Shops have a name. For every shop and product we keep a stock count: the units on hand "
        "and the date counted."
    )
    found = relations(spec)
    assert {("stock_count", "shop", "many_to_one"), ("stock_count", "product", "many_to_one")} <= (
        found
    )
    assert "stock_count" not in plain_field_names(spec, "shop")


def test_the_same_person_at_many_and_what_we_note_each_time() -> None:
    spec = design(
        "For the walkers we'd want name and phone, and the same person comes to many rambles, "
        "so each time someone turns up I'd jot down the miles they walked."
    )
    found = relations(spec)
    assert {("attendance", "walker", "many_to_one"), ("attendance", "ramble", "many_to_one")} <= (
        found
    )
    assert "miles" not in plain_field_names(spec, "walker")


def test_can_lead_to_records_where_we_want() -> None:
    spec = design(
        "Complaints have a date. If it gets serious, a complaint can lead to investigations "
        "where we want the date, the investigator's name and the finding."
    )
    assert ("investigation", "complaint", "many_to_one") in relations(spec)
    assert "finding" in plain_field_names(spec, "investigation")


def test_we_send_them_records_each_with() -> None:
    spec = design(
        "Members have a name, and we send members reminders, each with a sent date and a "
        "reminder type (first, second or final)."
    )
    assert ("reminder", "member", "many_to_one") in relations(spec)
    assert "members_reminder" not in entity_names(spec)


def test_covers_one_with_its_list() -> None:
    spec = design(
        "Vehicles have a registration, and each policy covers one vehicle with a policy number "
        "and a renewal date."
    )
    assert ("policy", "vehicle", "many_to_one") in relations(spec)
    assert "policy_number" in plain_field_names(spec, "policy")
    assert "policy_number" not in plain_field_names(spec, "vehicle")


def test_a_line_that_is_one_thing_with() -> None:
    spec = design(
        "Orders have a date, and each order line is one bottle with a size, a quantity and a price."
    )
    assert ("order_line", "order", "many_to_one") in relations(spec)


def test_we_hold_records_and_each_one_has() -> None:
    spec = design(
        "We hold open days, and each one's got a date, a main theme for the day which is "
        "baking, pottery or painting, and a maximum number of places."
    )
    assert {"date", "maximum_places"} <= plain_field_names(spec, "open_day")


def test_and_then_the_record_itself_colon() -> None:
    spec = design(
        "A customer comes in with a dog, so we need the owner's name and phone, and then the "
        "dog itself: the breed, the date of birth and the weight."
    )
    assert field_types(spec, "dog")["date_of_birth"] == "date"


def test_records_kept_separate_because() -> None:
    spec = design(
        "Every claim comes from an insurer, and I'd keep insurers separate because the same "
        "ones turn up again and again, with a name and a phone number."
    )
    assert "phone_number" in plain_field_names(spec, "insurer")
    assert "one" not in entity_names(spec)


def test_a_record_lists_the_ones_they_did_after_it_belongs() -> None:
    spec = design(
        "Cleaners have a name. A timesheet belongs to one cleaner and lists the visits they "
        "made: the date, the hours and the site."
    )
    assert ("visit", "timesheet", "many_to_one") in relations(spec)
    assert "hours" in plain_field_names(spec, "visit")


def test_a_record_of_every_piece_then_what_we_note() -> None:
    spec = design(
        "Every piece of luggage belongs to a guest and is stored in a bay; we note the weight, "
        "the colour and the check-in time."
    )
    assert {"weight", "colour"} <= plain_field_names(spec, "luggage")
    assert "weight" not in entity_names(spec)


def test_records_are_our_something_each_with() -> None:
    spec = design("Blends are our house recipes, each with a name, a roast level and a price.")
    assert "roast_level" in plain_field_names(spec, "blend")
    assert "house_recipe" not in entity_names(spec)


def test_a_gerund_record_that_records() -> None:
    spec = design(
        "Propagation log. Each sowing records the date sown, how many cells were filled and the "
        "tray type."
    )
    assert {"date_sown", "cells_filled"} <= plain_field_names(spec, "sowing")


def test_then_when_one_arrives_we_log() -> None:
    spec = design(
        "Suppliers have a name. Then when an order arrives we log the date, which supplier and "
        "the number of boxes."
    )
    assert ("order", "supplier", "many_to_one") in relations(spec)


def test_a_line_added_for_each_after_the_list() -> None:
    spec = design(
        "When a shipment arrives we note the carrier, the date and the waybill number, then add "
        "a line for each part received giving the quantity and the bin."
    )
    assert ("shipment_line", "shipment", "many_to_one") in relations(spec)
    assert ("shipment_line", "part", "many_to_one") in relations(spec)
    assert "bin" not in plain_field_names(spec, "shipment")


def test_counted_items_said_with_that() -> None:
    spec = design(
        "Each trial has the trial date, plants tested, plants that flowered and a result."
    )
    assert {"plants_flowered", "result"} <= plain_field_names(spec, "trial")


# --- a note's pairing, steps ---------------------------------------------------------------------


def test_a_few_per_one_and_one_on_many() -> None:
    spec = design(
        "Surveyors: name. Surveys: date. 1-2 surveyors per survey, a surveyor on many surveys."
    )
    assert ("surveyor", "survey", "many_to_many") in relations(spec)


def test_estimated_cut_short() -> None:
    spec = design("Jobs: customer, address, est. hours, status.")
    assert field_types(spec, "job")["estimated_hours"] == "decimal"


def test_a_step_possible_at_any_point() -> None:
    spec = design(
        "Each repair has a status that moves from booked to in progress to done, with abandoned "
        "possible at any point."
    )
    assert flows(spec)["repair"][1] == ["booked", "in_progress", "done", "abandoned"]


def test_what_it_turns_out_to_be_is_no_step() -> None:
    spec = design(
        "Applications have a date. An application moves from received to checked, and then to "
        "approved, or to declined if the applicant turns out to be ineligible."
    )
    assert flows(spec)["application"][1] == ["received", "checked", "approved", "declined"]


def test_a_condition_after_a_semicolon_is_set_off() -> None:
    assert simplified(
        "Loans go from out to returned; if the borrower loses it we mark it as lost."
    ).endswith("if the borrower loses it, we mark it as lost.")


# --- asides that name nothing --------------------------------------------------------------------


def test_a_wish_after_the_steps() -> None:
    spec = design(
        "Kilns have a number and a stage that goes loading, then firing, then cooling, and it'd "
        "be great to move them along as we go."
    )
    assert flows(spec)["kiln"][1] == ["loading", "firing", "cooling"]


def test_where_they_are_out_the_back() -> None:
    spec = design(
        "We season logs in three sheds out the back, each with a number and a stage that goes "
        "drying, then seasoned, then ready to sell."
    )
    assert "number" in plain_field_names(spec, "shed")
    assert "back" not in entity_names(spec)


def test_why_a_level_is_kept_and_where_a_figure_goes() -> None:
    assert "nudge" not in entity_names(
        design("Paints have a name, a tin size and a reorder level so I get a nudge.")
    )
    assert "annual_report" not in entity_names(
        design(
            "Walkers have a name. We'd love total miles walked per month so we can put it in the "
            "annual report."
        )
    )


def test_examples_ending_with_that_sort_of_thing() -> None:
    spec = design(
        "What I'm picturing is a list of paints (gloss, emulsion, the primer for doors, that "
        "sort of thing), and each one has a name, the tin size and how many tins we've got."
    )
    assert "tin_size" in plain_field_names(spec, "paint")
    assert "door" not in entity_names(spec)


def test_the_usual_ones_are_no_value() -> None:
    spec = design(
        "Each permit has a type (hot works, confined space or working at height, those are the "
        "usual ones) and a date."
    )
    assert field_options(spec, "permit")["type"] == [
        "hot_works",
        "confined_space",
        "working_at_height",
    ]


def test_some_and_the_rest_is_no_record() -> None:
    spec = design(
        "We have ten instructors, several salaried and the rest freelance, and each instructor "
        "has a name and a phone."
    )
    assert entity_names(spec) == {"instructor"}
