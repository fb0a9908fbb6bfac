"""Round 75: a record's list told at the end of a clause about something else (*a hire puts one
unit at a site, with ...*, *we stick a dot on it and log the sale: ...*, *it has a name ..., and
books sessions, each on a date with ...*), records told without commas (*a visit is to one
patient on a date by one nurse*) or in pieces after what they show, lines and entries of a
list (*lines on a pick list, each ...*, *for each artwork on the list we record ...*), what
*it* and *those* stand for after someone makes a record, and values, flags and times said the
way people say them (*each one being a ..., ... or a ...*, *a tick for whoever is the lead*,
*the time it came back*).

Each test names one way of saying it, in a domain of its own, and most have a twin the
reading must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    assert_only_many_to_one,
    design,
    entity_names,
    field_options,
    field_types,
    flows,
    plain_field_names,
    relations,
    report_titles,
)


def test_an_act_record_with_a_list_after_what_it_acts_on_keeps_the_list() -> None:
    spec = design(
        "A skip hire puts one skip at a customer's address, with the drop date, the collection "
        "date and a weekly charge. Customers have a name and an email. Skips have a size."
    )
    assert {"drop_date", "collection_date", "weekly_charge"} <= plain_field_names(spec, "skip_hire")
    assert "weekly_charge" not in plain_field_names(spec, "customer")


def test_a_person_with_a_list_after_what_they_sign_up_to_leaves_it_to_the_plan() -> None:
    spec = design(
        "A member signs up to a plan for one class type, with a monthly fee and a start date, "
        "and a plan can be active or paused. Class types have a name."
    )
    assert {"monthly_fee", "start_date"} <= plain_field_names(spec, "plan")
    assert "monthly_fee" not in plain_field_names(spec, "member")


def test_an_act_then_log_the_record_with_a_colon_list() -> None:
    spec = design(
        "When a bike is sold we hang a tag on it and log the sale: which bike, which customer, "
        "the sale date, the price paid and how they paid (card or cash). Bikes have a frame "
        "number. Customers have a name."
    )
    assert {"sale_date", "price_paid"} <= plain_field_names(spec, "sale")
    assert ("sale", "bike", "many_to_one") in relations(spec)


def test_someone_walks_in_and_we_take_the_order_is_no_record_of_walks() -> None:
    spec = design(
        "Someone walks in with a watch and we take the repair: who they are (name, phone and "
        "email), the fault and the date they want it by."
    )
    assert "walk" not in entity_names(spec)
    assert {"name", "phone", "email"} <= plain_field_names(spec, "customer")


def test_two_acts_done_to_a_record_each_keep_their_one() -> None:
    spec = design(
        "A warranty claim is raised for one boiler and sent to a maker (name, claims address, "
        "phone); it records the fault and the date sent. Boilers have a serial number."
    )
    assert {"name", "claims_address"} <= plain_field_names(spec, "maker")
    assert ("warranty_claim", "maker", "many_to_one") in relations(spec)


def test_has_a_list_then_acts_is_a_clause_of_its_own() -> None:
    spec = design(
        "A school has a name, a contact email and an address, and books training sessions at "
        "its field, each on a date with a price per pupil. Coaches have a name."
    )
    assert {"date", "price_per_pupil"} <= plain_field_names(spec, "training_session")
    assert "school_book" not in entity_names(spec)


def test_people_who_run_them_and_some_need_two_or_three_of_them_are_many_to_many() -> None:
    spec = design(
        "A tasting has a date and a venue. Our guides lead the tastings, and bigger tastings "
        "need two or three of them."
    )
    assert not {"two", "three_of_them"} & plain_field_names(spec, "tasting")
    assert ("guide", "tasting", "many_to_many") in relations(spec) or (
        "tasting",
        "guide",
        "many_to_many",
    ) in relations(spec)


def test_a_record_to_one_on_a_date_by_one_told_without_commas() -> None:
    spec = design(
        "Clients have a name. A home visit is to one client on a date by one carer, and we "
        "have to write down the minutes spent and whether a relative was there or not."
    )
    assert {"date", "minutes_spent", "relative_present"} <= plain_field_names(spec, "home_visit")
    assert_only_many_to_one(spec, "home_visit", "client")
    assert_only_many_to_one(spec, "home_visit", "carer")


def test_each_one_being_a_kind_is_a_type() -> None:
    spec = design(
        "A service visit has a date. On the visit they do several tasks, each one being a "
        "descale, a filter change or a pressure test, and each task has its own charge."
    )
    assert field_options(spec, "task")["type"] == ["descale", "filter_change", "pressure_test"]
    assert_only_many_to_one(spec, "task", "service_visit")


def test_a_fair_number_of_is_many_not_a_record() -> None:
    spec = design(
        "A fair number of our members are juniors. Members have a name and a date of birth."
    )
    assert "fair" not in entity_names(spec)


def test_an_act_then_it_has_after_a_colon_is_the_act_records() -> None:
    spec = design(
        "Plays have a title. A run puts a play on for a season: it has the opening date, the "
        "number of performances and the ticket price."
    )
    assert {"opening_date", "ticket_price"} <= plain_field_names(spec, "run")
    assert "ticket_price" not in plain_field_names(spec, "play")


def test_carried_out_on_a_date_by_one_of_ours_gives_the_date() -> None:
    spec = design(
        "Each eye test belongs to a patient, is carried out on a date by one of our "
        "optometrists, and records a written outcome. Patients have a name. Optometrists have a "
        "name."
    )
    assert "date" in plain_field_names(spec, "eye_test")
    assert ("eye_test", "optometrist", "many_to_one") in relations(spec)


def test_it_after_someone_puts_in_a_record_is_that_record() -> None:
    spec = design(
        "Crews have a name. When a crew finishes a roof the foreman puts in a claim against "
        "the job with the date and the area; it sits as submitted until the surveyor approves "
        "or rejects it."
    )
    assert flows(spec)["claim"][1] == ["submitted", "approved", "rejected"]
    assert "crew" not in flows(spec)


def test_a_list_in_brackets_then_and_has_keeps_the_record() -> None:
    spec = design(
        "Each contract is for a landlord (we keep the landlord's name and an email) and has a "
        "property address and a monthly fee."
    )
    assert {"property_address", "monthly_fee"} <= plain_field_names(spec, "contract")


def test_a_tick_for_whoever_is_the_lead_is_a_flag() -> None:
    spec = design(
        "Teams have a name. Each picker has a name and a phone and belongs to one team, with "
        "a tick for whoever is the supervisor."
    )
    assert field_types(spec, "picker")["supervisor"] == "boolean"


def test_a_tick_box_for_each_step_is_a_flag_each() -> None:
    spec = design(
        "A service sheet has a tick box for each step: oil changed, filter changed, brakes "
        "checked. A service sheet has a date."
    )
    types = field_types(spec, "service_sheet")
    assert types["oil_changed"] == types["brakes_checked"] == "boolean"
    assert "tick_box" not in entity_names(spec)


def test_status_runs_a_list_makes_no_records_of_its_states() -> None:
    spec = design(
        "A job has a number. Status runs waiting for parts, ready to fit, in progress, done."
    )
    assert entity_names(spec) == {"job"}


def test_each_line_describes_one_with_a_list_is_the_lines() -> None:
    spec = design(
        "A bill has a number. Each bill line describes a repaired item with a quantity, a unit "
        "price and the repair number."
    )
    assert {"description", "quantity", "unit_price"} <= plain_field_names(spec, "bill_line")
    assert "repaired_item" not in entity_names(spec)


def test_for_each_one_on_the_list_we_record_is_the_lists_entries() -> None:
    spec = design(
        "Every festival gets a title and a date. Its running list says which bands play on "
        "which stage: for each band on the list we record the stage, a slot number and the "
        "set length. Stages have a name; bands have a name."
    )
    assert {"slot_number", "set_length"} <= plain_field_names(spec, "list_entry")
    assert ("list_entry", "band", "many_to_one") in relations(spec)
    assert "slot_number" not in plain_field_names(spec, "band")


def test_logged_against_the_one_who_wears_it_keeps_the_colon_list() -> None:
    spec = design(
        "Every brace we fit gets logged against the patient who wears it: serial number, size "
        "and the date fitted. Patients have a name."
    )
    assert {"serial_number", "size", "date_fitted"} <= plain_field_names(spec, "brace")


def test_whether_they_took_a_cover_is_one_flag() -> None:
    spec = design(
        "Each rental has a start date and a yes/no for whether they took breakdown and theft cover."
    )
    assert field_types(spec, "rental")["breakdown_theft_cover"] == "boolean"


def test_whether_they_take_cards_keeps_its_verb() -> None:
    spec = design("Stallholders have a name and whether they take card payments.")
    assert "card_payments" not in plain_field_names(spec, "stallholder")


def test_a_dash_list_after_a_record_of_one_and_one() -> None:
    spec = design(
        "Films: title. Rooms: name, capacity. Each licence is for one film in one room - valid "
        "from, valid until, date received."
    )
    types = field_types(spec, "licence")
    assert types["valid_from"] == types["valid_until"] == "date"
    assert {"name", "capacity"} <= plain_field_names(spec, "room")


def test_screens_with_their_own_fields_are_a_record() -> None:
    spec = design("Screens: name, seat count. Films: title, running time.")
    assert {"name", "seat_count"} <= plain_field_names(spec, "screen")


def test_shows_one_at_a_date_on_one_of_two_is_in_pieces() -> None:
    spec = design(
        "Bands have a name. Each gig features one band at a date and time on Stage 1 or "
        "Stage 2, at a ticket price."
    )
    assert "ticket_price" not in plain_field_names(spec, "gig")  # "features": not one we know
    spec = design(
        "Bands have a name. Each gig shows one band at a date and time on Stage 1 or Stage 2, "
        "at a ticket price."
    )
    assert field_options(spec, "gig")["stage"] == ["stage_1", "stage_2"]
    assert "ticket_price" in plain_field_names(spec, "gig")


def test_belongs_to_both_and_records_a_list() -> None:
    spec = design(
        "Stewards have a name. Every patrol belongs to a match and a steward and records the "
        "start time and any incidents."
    )
    assert ("patrol", "steward", "many_to_one") in relations(spec)
    assert ("patrol", "match", "many_to_one") in relations(spec)


def test_it_changes_to_is_a_step_of_the_flow() -> None:
    spec = design(
        "An entry has a date; its status starts as received, changes to judged or withdrawn, "
        "and becomes awarded at the ceremony."
    )
    assert flows(spec)["entry"][1][0] == "received"
    assert "judged" in flows(spec)["entry"][1]


def test_a_list_to_pick_from_keeps_its_name_and_its_lines() -> None:
    spec = design(
        "We need:\n"
        "- parts with a code and a description\n"
        "- pick lists, each for one job, with a required date\n"
        "- lines on a pick list, each a part and the quantity to pick\n"
        "- jobs with a job number"
    )
    assert {"pick_list", "pick_list_line"} <= entity_names(spec)
    assert ("pick_list_line", "part", "many_to_one") in relations(spec)
    assert ("pick_list_line", "pick_list", "many_to_one") in relations(spec)


def test_a_count_of_reminders_is_a_report() -> None:
    titles = report_titles(
        "A reminder has a due date and a channel (letter or text). Give me the number of "
        "reminders per month."
    )
    assert titles


def test_remind_me_is_still_no_report() -> None:
    assert not report_titles(
        "A plant has a name and a watering interval. Remind me when a plant needs water."
    )


def test_each_line_on_it_names_the_lines_of_the_record() -> None:
    spec = design(
        "Fabrics have a code. To restock we raise a purchase order to one mill with an order "
        "date; every line on it names a fabric and the metres ordered."
    )
    assert ("purchase_order_line", "fabric", "many_to_one") in relations(spec)
    assert ("purchase_order_line", "purchase_order", "many_to_one") in relations(spec)


def test_the_time_it_went_out_and_came_back() -> None:
    spec = design(
        "A loan notes the borrower's name, the time it went out and the time it came back."
    )
    types = field_types(spec, "loan")
    assert types["out_at"] == types["returned_at"] == "datetime"


def test_the_amount_we_have_in_stock_is_a_figure() -> None:
    spec = design("Each yarn has a code, the balls we have in stock and a reorder level.")
    assert "stock" not in entity_names(spec)
    assert "balls_in_stock" in plain_field_names(spec, "yarn")


def test_the_one_they_picked_from_our_range_is_a_link() -> None:
    spec = design(
        "Each quote is for one customer (name, phone) and notes the fabric they picked from "
        "our sample wall and a total price. Fabrics carry a code and a price per metre."
    )
    assert "sample" not in entity_names(spec)
    assert ("quote", "fabric", "many_to_one") in relations(spec)


def test_for_those_we_need_lists_the_ones_just_named() -> None:
    spec = design(
        "We buy from a handful of growers - mostly local, plus one importer - and for those "
        "we need a name, a phone number and their website."
    )
    assert {"name", "phone_number", "website"} <= plain_field_names(spec, "grower")


def test_values_said_as_always_one_of_in_brackets() -> None:
    spec = design(
        "Every dish has a name, a course (it's always one of starter, main or dessert) and a price."
    )
    assert field_options(spec, "dish")["course"] == ["starter", "main", "dessert"]
    assert "course" not in entity_names(spec)


def test_arrive_with_one_from_one_is_theirs() -> None:
    spec = design(
        "Pupils have a name. Referrers have a name. Referred pupils arrive with a referral "
        "from a referrer; on the referral we log the date received and the reason."
    )
    assert_only_many_to_one(spec, "referral", "pupil")
    assert ("referral", "referrer", "many_to_one") in relations(spec)


def test_whether_it_is_one_kind_or_another_is_its_type() -> None:
    spec = design("A venue has a name and whether it is a church hall or a sports centre.")
    assert field_options(spec, "venue")["type"] == ["church_hall", "sports_centre"]


def test_a_record_that_puts_one_on_another_belongs_to_both() -> None:
    spec = design(
        "Apprentices have a name. Modules have a title. A booking puts an apprentice on a "
        "module and goes from requested to booked to attended."
    )
    assert_only_many_to_one(spec, "booking", "apprentice")
    assert_only_many_to_one(spec, "booking", "module")


def test_a_person_who_puts_one_on_another_is_no_record() -> None:
    spec = design("Fitters have a name. Jobs have an address. A manager puts a fitter on a job.")
    assert ("manager", "fitter", "many_to_one") not in relations(spec)
    assert "manager" not in {r[0] for r in relations(spec) if r[1] == "job"}
