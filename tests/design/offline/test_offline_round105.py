"""Round 105: steps told by who does what to a record (*it starts as a draft, the clerk submits
it, a manager approves it or returns it for changes, and accounts mark it paid*), records
that tie two others (*a sponsorship ties a runner to the backing company with ...*), records
kept for a whole (*every boat is covered by a policy with ...*; *every volunteer who signs up
with us gets a record with ...*), lines (*with a line for each lesson giving ...*), notes with
headings (*repairs: a customer can have several; ...*; *service visits to a boiler: ..., done
by one of our engineers (name, mobile)*), records raised, written off or arriving in batches,
and asides that name no field (*the colour, because blue sells better (red, blue or green)*;
*when a guest is not happy with the room, ...*; *(we would say ...)*).

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

# --- steps told by what people do to the record -------------------------------------------------


def test_steps_told_by_who_acts_on_it_in_turn() -> None:
    spec = design(
        "Expense claims have an amount and a status. It starts as a draft, the clerk submits "
        "it, a manager approves it or returns it for changes, and accounts mark it paid."
    )
    assert flows(spec)["expense_claim"][1] == [
        "draft",
        "submitted",
        "approved",
        "returned",
        "paid",
    ]


def test_steps_told_in_turn_by_named_people_are_left_as_they_were() -> None:
    spec = design(
        "Hoist jobs have a date and a status. It starts as requested, the yard manager "
        "confirms it and the hoist driver marks it done."
    )
    assert flows(spec)["hoist_job"][1] == ["requested", "confirmed", "done"]


def test_then_either_and_where_the_ones_in_a_step_end_up() -> None:
    spec = design(
        "For each audition we store the date and a status: booked, then either withdrawn or "
        "held, and a held audition ends up offered or declined."
    )
    assert set(flows(spec)["audition"][1]) == {"booked", "withdrawn", "held", "offered", "declined"}


def test_arrows_then_another_end() -> None:
    spec = design(
        "Refund: order number, amount, status requested -> checked -> refunded, or refused."
    )
    assert set(flows(spec)["refund"][1]) == {"requested", "checked", "refunded", "refused"}
    assert "refused" not in plain_field_names(spec, "refund")


def test_arrows_with_steps_of_two_words_then_another_end() -> None:
    spec = design("Lessons: pupil, date, status booked -> in car -> done or missed.")
    assert set(flows(spec)["lesson"][1]) == {"booked", "in_car", "done", "missed"}


def test_arrows_after_a_colon_are_left_to_the_older_readers() -> None:
    spec = design("Quote: total, valid-until date, status: draft -> sent -> accepted or declined.")
    assert set(flows(spec)["quote"][1]) == {"draft", "sent", "accepted", "declined"}


def test_ones_each_with_a_list_then_moving() -> None:
    spec = design(
        "Each audit has a date. The auditor can leave us findings to put right, each with a "
        "description and a due date, moving from open to in progress to closed."
    )
    assert flows(spec)["finding"][1] == ["open", "in_progress", "closed"]
    assert {"description", "due_date"} <= plain_field_names(spec, "finding")
    assert "auditor" not in entity_names(spec)


# --- records that tie, cover or are kept for others -------------------------------------------


def test_one_ties_one_to_another_after_what_is_told_first() -> None:
    spec = design(
        "Each company has a name. A runner belongs to one club, and a sponsorship ties a "
        "runner to the backing company with the amount pledged and the date it was agreed."
    )
    assert ("sponsorship", "runner", "many_to_one") in relations(spec)
    assert ("sponsorship", "company", "many_to_one") in relations(spec)
    assert "amount_pledged" in plain_field_names(spec, "sponsorship")
    assert "amount_pledged" not in plain_field_names(spec, "runner")


def test_who_signs_up_gets_a_record_with_their_list() -> None:
    spec = design(
        "Every volunteer who signs up with us gets a record with their name, their phone and "
        "a yes/no for whether we have seen their DBS check."
    )
    assert entity_names(spec) == {"volunteer"}
    assert {"name", "phone"} <= plain_field_names(spec, "volunteer")


def test_one_covered_by_another_with_its_list() -> None:
    spec = design(
        "Each boat has a name and a length. Every boat is covered by a policy with a start "
        "date, a renewal date and a premium."
    )
    assert ("policy", "boat", "many_to_one") in relations(spec)
    assert {"start_date", "renewal_date", "premium"} <= plain_field_names(spec, "policy")
    assert "premium" not in plain_field_names(spec, "boat")


def test_a_line_for_each_giving_its_list() -> None:
    spec = design(
        "Tutors have a name. An invoice belongs to one tutor and a billing month date, with a "
        "line for each lesson giving the pupil name, the minutes taught and the rate."
    )
    assert ("invoice_line", "invoice", "many_to_one") in relations(spec)
    assert {"minutes_taught", "rate"} <= plain_field_names(spec, "invoice_line")
    assert "billing_month_date" in plain_field_names(spec, "invoice")


def test_which_one_it_is_for_known_by_a_list_in_brackets() -> None:
    spec = design(
        "We want a record of every permit we hold: which car park it is for (we know car "
        "parks by name and postcode), the permit number and the expiry date."
    )
    assert {"name", "postcode"} <= plain_field_names(spec, "car_park")
    assert ("permit", "car_park", "many_to_one") in relations(spec)


def test_what_a_record_says_is_what_it_has() -> None:
    spec = design(
        "Each supplier has a name. We send a supplier a purchase order with a date. Order "
        "lines say which paint colour, how many tins and the price per tin."
    )
    assert {"tins", "price_per_tin"} <= plain_field_names(spec, "order_line")


def test_a_sheet_lists_them_and_we_enter_each() -> None:
    spec = design(
        "Each inspection has a date. The inspector's form lists the defects, and we enter "
        "each one with its severity (minor, major or critical) and a note."
    )
    assert field_options(spec, "defect")["severity"] == ["minor", "major", "critical"]


def test_parts_they_fit_go_against_the_job() -> None:
    spec = design(
        "Each repair job has a date and a description. Any parts they fit go against the "
        "repair job with the part name, quantity and cost."
    )
    assert ("part", "repair_job", "many_to_one") in relations(spec)
    assert {"part_name", "quantity", "cost"} <= plain_field_names(spec, "part")


def test_the_one_they_made_is_logged_against_the_booking() -> None:
    spec = design(
        "Each booking has a lead name. As they leave, the pot they threw is logged against "
        "the booking with its weight and the glaze chosen."
    )
    assert ("pot", "booking", "many_to_one") in relations(spec)


def test_we_raise_one_on_another_for_an_amount_which_moves() -> None:
    spec = design(
        "Each shipment has a date. If the goods are damaged we raise a claim on the shipment "
        "for a refund amount, which starts as drafted, then sent, then paid or refused."
    )
    assert ("claim", "shipment", "many_to_one") in relations(spec)
    assert flows(spec)["claim"][1] == ["drafted", "sent", "paid", "refused"]


def test_anything_written_off_from_its_batch() -> None:
    spec = design(
        "Each batch has a batch number. Anything past its date or broken gets written off "
        "from its batch with the date, the number of jars and the reason (expired, broken)."
    )
    assert ("write_off", "batch", "many_to_one") in relations(spec)
    assert field_options(spec, "write_off")["reason"] == ["expired", "broken"]


def test_one_has_its_part_done_and_we_want_it_logged() -> None:
    spec = design(
        "Every boiler in the building has its filter cleaned once a month and we want that "
        "logged properly. Each filter clean records the date and the minutes taken."
    )
    assert ("filter_clean", "boiler", "many_to_one") in relations(spec)
    assert plain_field_names(spec, "boiler") <= {"name"}


def test_each_ones_things_listed_between_dashes() -> None:
    spec = design(
        "What we would like is each pupil's instruments listed - the name of the instrument, "
        "the size and the date it was lent - and then we can see who has what."
    )
    assert ("instrument", "pupil", "many_to_one") in relations(spec)
    assert "size" in plain_field_names(spec, "instrument")


# --- people, bookings and headings ------------------------------------------------------------


def test_people_sign_up_as_ones() -> None:
    spec = design(
        "People sign up as members and we take their name, email and date of birth, because "
        "we have to check their age, and then each member picks one of our classes."
    )
    assert {"name", "email", "date_of_birth"} <= plain_field_names(spec, "member")
    assert "people" not in entity_names(spec)


def test_ones_book_a_thing_for_an_event_with_a_list() -> None:
    spec = design(
        "Each bouncy castle has a name. Customers (name, phone) book a castle for a party "
        "with a party date, an address and a price."
    )
    assert ("booking", "customer", "many_to_one") in relations(spec)
    assert {"party_date", "address", "price"} <= plain_field_names(spec, "booking")
    assert "party" not in entity_names(spec)


def test_done_by_several_with_their_own_list() -> None:
    spec = design(
        "Each gig has a date. Each gig is played by several musicians (name and instrument) "
        "and a musician plays many gigs."
    )
    assert {"name", "instrument"} <= plain_field_names(spec, "musician")
    assert "instrument" not in plain_field_names(spec, "gig")


def test_a_heading_one_can_have_several() -> None:
    spec = design(
        "The app needs to cover:\n- owners: name, phone\n- horses: an owner can have several; "
        "name, breed, date of birth"
    )
    assert ("horse", "owner", "many_to_one") in relations(spec)
    assert {"name", "breed", "date_of_birth"} <= plain_field_names(spec, "horse")


def test_a_heading_to_one_done_by_one_of_ours() -> None:
    spec = design(
        "The app needs to cover:\n- boilers: serial number, make\n- service visits to a "
        "boiler: date, notes, done by one of our engineers (name, mobile)"
    )
    assert ("service_visit", "boiler", "many_to_one") in relations(spec)
    assert ("service_visit", "engineer", "many_to_one") in relations(spec)
    assert {"name", "mobile"} <= plain_field_names(spec, "engineer")


def test_a_record_of_its_own_with_a_plural_subject() -> None:
    spec = design("Appointments have the patient's name, a start time and a room.")
    assert "patient_name" in plain_field_names(spec, "appointment")
    assert "patient" not in entity_names(spec)


def test_we_have_each_ones_list_is_still_theirs() -> None:
    spec = design("For the workshop we have each tool's name, brand and condition.")
    assert {"name", "brand", "condition"} <= plain_field_names(spec, "tool")


# --- values and asides ---------------------------------------------------------------------------


def test_ticks_and_another_for_whether() -> None:
    spec = design(
        "Each guardian has a name, a phone number, plus a tick for court order and another "
        "for whether they can collect."
    )
    types = field_types(spec, "guardian")
    assert types["court_order"] == "boolean"
    assert types["can_collect"] == "boolean"


def test_why_a_value_is_kept_before_its_values() -> None:
    spec = design(
        "Each market day gets a stall record with the date and the weather, because we think "
        "cold days are quieter (sunny, cloudy or rainy)."
    )
    assert field_options(spec, "stall")["weather"] == ["sunny", "cloudy", "rainy"]
    assert "day" not in entity_names(spec)


def test_who_chose_the_values_is_no_value() -> None:
    spec = design(
        "Every plant has a name and a category (we would say shrubs, herbs, climbers and other)."
    )
    assert field_options(spec, "plant")["category"] == ["shrubs", "herbs", "climbers", "other"]


def test_when_someone_is_unhappy_names_no_record() -> None:
    spec = design(
        "When a guest is not happy with the room I want the complaint logged properly. A "
        "complaint has the date and the details."
    )
    assert entity_names(spec) == {"complaint"}


def test_when_a_club_meets_names_no_record() -> None:
    spec = design(
        "Pub quizzes runs every Monday and Wednesday night, and I need an app to set each "
        "quiz up. A quiz has a date and a theme."
    )
    assert entity_names(spec) == {"quiz"}


def test_products_are_just_the_things_we_sell_with_a_list() -> None:
    spec = design("Products are just the things we sell, with a name and a price.")
    assert plain_field_names(spec, "product") == {"name", "price"}


def test_a_note_lists_each_one_opened() -> None:
    spec = design(
        "Log every tester bottle opened: which perfume, date opened, who opened it, finished "
        "y/n. Perfumes: name, brand. Staff: name only."
    )
    assert {"date_opened", "finished"} <= plain_field_names(spec, "tester_bottle")
    assert plain_field_names(spec, "staff") == {"name"}


def test_when_something_goes_wrong_is_no_step() -> None:
    spec = design(
        "Apart from the booked services, clients phone us when something goes wrong at home, "
        "so we need to handle callouts. Clients are stored with a name, address and phone."
    )
    assert "status" not in plain_field_names(spec, "client")


def test_a_room_lined_with_them_names_no_record() -> None:
    spec = design(
        "The back room is lined with wine racks. Each rack has a code and a capacity in bottles."
    )
    assert entity_names(spec) == {"rack"}


def test_whatever_is_in_one_is_recorded_as_a_record() -> None:
    spec = design(
        "Each kennel has a number. Whatever is staying in a kennel is recorded as a stay: the "
        "dog name, the arrival date and the nightly price."
    )
    assert ("stay", "kennel", "many_to_one") in relations(spec)
    assert {"arrival_date", "nightly_price"} <= plain_field_names(spec, "stay")


def test_which_one_it_came_from_with_what_we_keep_for_them() -> None:
    spec = design(
        "A delivery is really just the product and how many came in, and which farm it came "
        "from (we keep a name and phone number for farms)."
    )
    assert {"name", "phone_number"} <= plain_field_names(spec, "farm")
    assert ("delivery", "farm", "many_to_one") in relations(spec)
    assert "quantity" in plain_field_names(spec, "delivery")


def test_the_most_they_will_pay_and_how_many_they_are_after() -> None:
    spec = design(
        "On each wish we put the title, how many they're after and the most they'll pay each."
    )
    assert {"quantity", "max_price"} <= plain_field_names(spec, "wish")


def test_each_ones_list_and_for_each_other_its_own() -> None:
    spec = design(
        "Players also pay a season fee, so we keep each player's name and email and, for every "
        "season fee, the season, the amount and the date it was paid."
    )
    assert ("season_fee", "player", "many_to_one") in relations(spec)
    assert {"name", "email"} <= plain_field_names(spec, "player")
