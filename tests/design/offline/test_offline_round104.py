"""Round 104: records logged on an occasion or made in a run (*whenever a kayak comes back to
the rack, staff record a trip for it: ...*; *each time a boiler is inspected for safety we log
...*; *we make candles in batches, recording ...*; *when a volunteer signs out a drill for a job
we note ...*), records asked for plainly (*we need to keep a note of the client, only their
..., and then for each repair ...*; *refunds get logged too: ...*; *when we place a supply
order it goes to one wholesaler and gets ...*), terse headings (*repairs: for one bike; ...*),
values and kinds (*each class is a lecture, a lab or a seminar*; *is paid by cash or card*;
*is for one weekday (monday, ... or friday)*), flows said another way (*from logged it moves
to ...*; *unless the tenant pays up first*; *before ending as won or lost*), and asides that
name no record (*each piece of kit, like the harness, the rope or the helmet, has ...*; *just
don't have the time*; *whoever is on the till sells the ticket, so ...*).

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

# --- records logged on an occasion, or made in a run --------------------------------------------


def test_when_one_comes_back_staff_record_one_for_it() -> None:
    spec = design(
        "Kayaks have a name. Whenever a kayak comes back to the rack, staff record a trip for "
        "it: the date, the hours out and the paddler count."
    )
    assert {"date", "hours_out", "paddler_count"} <= plain_field_names(spec, "trip")
    assert ("trip", "kayak", "many_to_one") in relations(spec)


def test_each_time_one_is_done_for_something_we_log_the_act() -> None:
    spec = design(
        "Each boiler has a serial number. Each time a boiler is inspected for safety we log "
        "the date, who inspected it and whether it passed."
    )
    assert "safety_inspection" in entity_names(spec)
    assert ("safety_inspection", "boiler", "many_to_one") in relations(spec)
    assert "passed" in plain_field_names(spec, "safety_inspection")


def test_a_booking_made_is_no_act_of_its_own() -> None:
    spec = design("Each time a booking is made we note the date and the party size.")
    assert "making" not in entity_names(spec)


def test_things_made_in_batches() -> None:
    spec = design(
        "Every candle has a name and a scent. We make candles in batches, recording the date "
        "poured, the wax used and the number of jars filled."
    )
    assert {"date_poured", "wax_used"} <= plain_field_names(spec, "batch")
    assert ("batch", "candle", "many_to_one") in relations(spec)


def test_one_signs_out_a_thing_for_a_shift() -> None:
    spec = design(
        "Each drill has an asset tag. Volunteers have a name. When a volunteer signs out a "
        "drill for a shift we note the time out, the time back and whether the case came back "
        "with it."
    )
    assert "shift" not in entity_names(spec)
    assert {"time_out", "time_back"} <= plain_field_names(spec, "sign_out")
    assert {("sign_out", "volunteer", "many_to_one"), ("sign_out", "drill", "many_to_one")} <= (
        relations(spec)
    )


def test_each_one_gets_one_for_that_period_worked_out_from_another() -> None:
    spec = design(
        "Each season has a name. Teams have a name. Price tiers have a name and a fee. At the "
        "start of every season each team gets a bill for that season, worked out from one price "
        "tier, with an amount and a due date."
    )
    assert {"amount", "due_date"} <= plain_field_names(spec, "bill")
    assert {
        ("bill", "team", "many_to_one"),
        ("bill", "season", "many_to_one"),
        ("bill", "price_tier", "many_to_one"),
    } <= relations(spec)


def test_what_staff_put_in_is_theirs() -> None:
    spec = design(
        "Staff members have a name and a phone number. Staff can put in a swap request with "
        "their shift date and the reason."
    )
    assert "staff" not in entity_names(spec)
    assert ("swap_request", "staff_member", "many_to_one") in relations(spec)


def test_at_the_occasion_one_of_our_people_writes_down() -> None:
    spec = design(
        "A lease has a start date. Surveyors have a name. At the handover one of our surveyors "
        "writes down whether the keys were returned, any damage charge, and a link to the photos."
    )
    assert "damage_charge" in plain_field_names(spec, "handover")
    assert ("handover", "surveyor", "many_to_one") in relations(spec)


def test_rare_ones_told_when_one_happens() -> None:
    spec = design(
        "Each member has a name. Complaints don't come often, but when one does I need the "
        "date, a description of what happened and the member it's about."
    )
    assert {"date", "description"} <= plain_field_names(spec, "complaint")


def test_at_each_we_take_one_recording_for_each_whether() -> None:
    spec = design(
        "A practice has a date. At every practice we take attendance, recording for each "
        "player whether they were present, absent or injured, plus an optional note."
    )
    assert field_options(spec, "attendance").get("status") == ["present", "absent", "injured"]
    assert {("attendance", "practice", "many_to_one"), ("attendance", "player", "many_to_one")} <= (
        relations(spec)
    )


def test_when_ones_delivery_arrives_we_log() -> None:
    spec = design(
        "Growers have a name. When a grower's consignment arrives we log the date, the weight "
        "and who checked it in."
    )
    assert {"date", "weight", "checked_in_by"} <= plain_field_names(spec, "consignment")
    assert ("consignment", "grower", "many_to_one") in relations(spec)


# --- records asked for plainly ------------------------------------------------------------------


def test_a_note_of_one_then_for_each_other() -> None:
    spec = design(
        "I need to keep a note of the client, really only their name, phone and email, and "
        "then for each repair what the fault is, the price quoted and the date it's due back."
    )
    assert {"name", "phone", "email"} <= plain_field_names(spec, "client")
    assert {"price_quoted"} <= plain_field_names(spec, "repair")


def test_ones_that_get_logged_too() -> None:
    spec = design(
        "Orders have an order number. Refunds get logged too: the date, the amount refunded "
        "and the reason."
    )
    assert {"date", "amount_refunded", "reason"} <= plain_field_names(spec, "refund")


def test_when_we_place_one_it_goes_to_one_and_gets_a_list() -> None:
    spec = design(
        "Wholesalers have a name. When I place a supply order it goes to one wholesaler and "
        "gets a reference, the date I ordered and the date it's expected."
    )
    assert {"reference"} <= plain_field_names(spec, "supply_order")
    assert ("supply_order", "wholesaler", "many_to_one") in relations(spec)


def test_each_line_is_one_of_ours_with_its_own_list() -> None:
    spec = design(
        "Purchase orders have a reference. Each line on the order is one of our spare parts "
        "(we only need its name here) with the quantity ordered and the unit cost."
    )
    assert {"quantity_ordered", "unit_cost"} <= plain_field_names(spec, "line")
    assert "unit_cost" not in plain_field_names(spec, "spare_part")


def test_a_history_of_them_each_with_a_list() -> None:
    spec = design(
        "Each pitch has a number. Fees change every season, so each pitch gets a history of "
        "fees, each with a nightly price and the date it starts from."
    )
    assert "nightly_price" in plain_field_names(spec, "fee")
    assert ("fee", "pitch", "many_to_one") in relations(spec)


def test_a_whole_broken_into_parts() -> None:
    spec = design(
        "A conference has a title. Every conference then gets a programme broken into "
        "sessions, and each session has a start time and a room."
    )
    assert ("session", "conference", "many_to_one") in relations(spec)


def test_can_also_have_extra_ones_each_with_a_list() -> None:
    spec = design(
        "A tenant has a name. A tenant can also have extra key holders, each with a name and a "
        "phone number."
    )
    assert {"name", "phone_number"} <= plain_field_names(spec, "key_holder")
    assert "extra_key_holders" not in plain_field_names(spec, "tenant")


def test_what_we_choose_recording_its_list() -> None:
    spec = design(
        "Members have a name. Every month we choose a tartan, recording its name, the weaver, "
        "the month it goes out and a link to a photo."
    )
    assert {"name", "weaver"} <= plain_field_names(spec, "tartan")
    assert "choice" not in entity_names(spec)


# --- terse headings, links and the ones a record is for -----------------------------------------


def test_a_heading_with_the_one_each_is_for() -> None:
    spec = design(
        "Bikes: frame number, make.\nRepairs: for one bike; date in, fault, price quoted.\n"
        "Repair parts: belong to a repair; part name, cost."
    )
    assert {"date_in", "fault", "price_quoted"} <= plain_field_names(spec, "repair")
    assert {("repair", "bike", "many_to_one"), ("repair_part", "repair", "many_to_one")} <= (
        relations(spec)
    )


def test_lines_one_thing_per_line_with_a_list() -> None:
    spec = design(
        "Each invoice has a number. Invoices are made up of lines, one service per line with "
        "the hours and the rate charged, and services carry a name."
    )
    assert {"hours", "rate_charged"} <= plain_field_names(spec, "line")
    assert ("line", "service", "many_to_one") in relations(spec)


def test_known_by_number_in_brackets() -> None:
    spec = design(
        "A hire ticket covers one locker (we know them by number) and records the date and the fee."
    )
    assert "locker_number" in plain_field_names(spec, "locker")
    assert ("hire_ticket", "locker", "many_to_one") in relations(spec)


def test_for_one_with_its_list_and_one_more() -> None:
    spec = design(
        "A tow job is for one driver (name, phone, licence number) and one truck (fleet "
        "number). The job stores the pickup address."
    )
    assert ("job", "truck", "many_to_one") in relations(spec) or (
        "tow_job",
        "truck",
        "many_to_one",
    ) in relations(spec)


def test_which_one_was_done_at_which_other() -> None:
    spec = design(
        "Each card has a number. Each reader has a name. Each swipe has a date, which card was "
        "tapped at which reader, and whether the door opened."
    )
    assert {("swipe", "card", "many_to_one"), ("swipe", "reader", "many_to_one")} <= (
        relations(spec)
    )


def test_the_staff_are_the_staff_members() -> None:
    spec = design(
        "Staff members have a name. Staff can put in an expense claim with their amount and "
        "receipt link."
    )
    assert ("expense_claim", "staff_member", "many_to_one") in relations(spec)


def test_the_most_it_can_hold() -> None:
    spec = design("Each hall has a name and the most guests it can seat.")
    assert field_types(spec, "hall").get("maximum_guests") == "integer"


# --- values and kinds ---------------------------------------------------------------------------


def test_kinds_said_with_an_article_are_a_type() -> None:
    spec = design("Each class has a title. Every class is a lecture, a lab or a seminar.")
    assert field_options(spec, "class").get("type") == ["lecture", "lab", "seminar"]
    assert "class" not in flows(spec)


def test_values_said_bare_are_still_a_status() -> None:
    spec = design("Each loan has a date. Loans are either active, overdue or returned.")
    assert flows(spec)["loan"][1] == ["active", "overdue", "returned"]


def test_kinds_then_the_list() -> None:
    spec = design(
        "We run sessions, and every session is a taster, open mat or a grading, with a "
        "date and a coach name."
    )
    assert field_options(spec, "session").get("type") == ["taster", "open_mat", "grading"]
    assert "coach_name" in plain_field_names(spec, "session")


def test_paid_by_one_way_or_another() -> None:
    spec = design("A fare has a date and is paid by cash, card or voucher.")
    assert field_options(spec, "fare").get("payment_method") == ["cash", "card", "voucher"]
    assert "fare" not in flows(spec)


def test_for_one_of_the_values_named() -> None:
    spec = design(
        "Each lesson slot belongs to a tutor and is for one weekday (Monday, Tuesday, "
        "Wednesday, Thursday or Friday), with a start time."
    )
    assert "weekday" not in entity_names(spec)
    assert field_options(spec, "lesson_slot").get("weekday") == [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
    ]


def test_which_one_it_goes_on_this_or_that() -> None:
    spec = design(
        "The dish itself only needs a name and which menu it goes out on, the lunch or the "
        "dinner menu."
    )
    assert field_options(spec, "dish").get("menu") == ["lunch", "dinner_menu"]


def test_not_yet_is_a_value_of_its_own() -> None:
    spec = design("Each assessment holds the outcome (competent, borderline or not yet competent).")
    assert field_options(spec, "assessment").get("outcome") == [
        "competent",
        "borderline",
        "not_yet_competent",
    ]


def test_one_of_in_brackets() -> None:
    spec = design(
        "A transfer gives their current room and the room they want (both one of single, "
        "double or suite)."
    )
    assert field_options(spec, "transfer").get("room") == ["single", "double", "suite"]


def test_an_initialism_said_as_a_word_is_kept() -> None:
    spec = design(
        "Visa checks: passport number, issue date. Check status: applied -> ID verified -> "
        "approved, or refused."
    )
    assert "id_verified" in flows(spec)["visa_check"][1]


# --- flows said another way ---------------------------------------------------------------------


def test_the_first_state_said_before_the_record() -> None:
    spec = design(
        "A claim has a date. From logged it moves to assessed, then approved, and is closed "
        "once the money has gone out."
    )
    assert flows(spec)["claim"][1][:3] == ["logged", "assessed", "approved"]


def test_unless_one_acts_first() -> None:
    spec = design(
        "A possession case has an amount. It progresses from notice served to hearing listed "
        "to evicted, unless the tenant pays up first."
    )
    assert flows(spec)["possession_case"][1][-1] == "paid"


def test_ends_one_more_way_because() -> None:
    spec = design(
        "A hold has a date. It goes from held to confirmed and then checked in on the day, "
        "unless they cancel, or it lapses because they never paid."
    )
    states = flows(spec)["hold"][1]
    assert states[:3] == ["held", "confirmed", "checked_in"]
    assert set(states[3:]) == {"canceled", "lapsed"}


def test_before_ending_as() -> None:
    spec = design(
        "A lead has a source. It moves from new to contacted to demo booked before ending as "
        "won or lost."
    )
    assert flows(spec)["lead"][1] == ["new", "contacted", "demo_booked", "won", "lost"]


def test_starts_as_and_we_decide() -> None:
    spec = design("A leave request has a date. It starts as pending and I approve or decline it.")
    assert flows(spec)["leave_request"][1] == ["pending", "approved", "declined"]


def test_though_now_and_then_marked() -> None:
    spec = design(
        "A print job has a size. It goes from quoted to accepted, then printing, and finally "
        "collected, though now and then someone changes their mind and I mark it dropped."
    )
    assert flows(spec)["print_job"][1][-1] == "dropped"


# --- asides that name no record -----------------------------------------------------------------


def test_examples_between_commas_before_the_verb() -> None:
    spec = design(
        "Each piece of kit, like the harness, the rope or the helmet, has a code and a size."
    )
    assert "helmet" not in entity_names(spec)
    assert {"code", "size"} <= plain_field_names(spec, "kit")


def test_kinds_named_then_each_set_up_with() -> None:
    spec = design(
        "We've got membership types, junior, senior and family, each set up with a name and "
        "a yearly fee."
    )
    assert "junior" not in entity_names(spec)
    assert "yearly_fee" in plain_field_names(spec, "membership_type")


def test_examples_listed_after_a_record_such_as_are_left_alone() -> None:
    spec = design(
        "A show is split into budget lines such as set, costumes, lighting and publicity, each "
        "with its own allocated amount."
    )
    assert "costume" not in entity_names(spec)


def test_what_they_lack_is_no_record() -> None:
    spec = design(
        "Alongside the stall I take alterations, because people want a hem taken up and just "
        "don't have the time. Each alteration has a price."
    )
    assert "not" not in entity_names(spec)


def test_for_when_it_happens_is_no_part_of_the_name() -> None:
    spec = design("A membership has a start date plus an end date for when they leave.")
    assert field_types(spec, "membership").get("end_date") == "date"


def test_a_rule_they_must_keep_is_no_field() -> None:
    spec = design(
        "Every tenant has to have their deposit protected while they're renting, and at the "
        "moment I can't tell who has what, so for each tenant I'd want their name and email."
    )
    assert plain_field_names(spec, "tenant") >= {"name", "email"}
    assert not any(name.startswith("deposit") for name in plain_field_names(spec, "tenant"))


def test_whoever_is_on_the_desk_is_no_record() -> None:
    spec = design(
        "A ticket belongs to one visitor and records the date and the price. Whoever is on the "
        "till sells the ticket, so each one is linked to the staff member who sold it."
    )
    assert "till" not in entity_names(spec)
