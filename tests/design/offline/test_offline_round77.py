"""Round 77: words an owner puts between a record and its list (*for each boat we repair note
...*, *..., where each one has ...*, *a file note holding the date, ...*, *against a wedding we
keep the cake order: ...*, *the applicant fills in a form with their ...*, *we log every one
with ...*, *a statement to the tenant showing ...*), how many of one record another has said
with an act (*each farmer owns a number of fields*, *one van can be serviced many times*,
*pupils have a name and belong to a house*, *night shifts pair a warden with ...*, *seats: one
per guest per show, with ...*, *a vehicle gets an MOT certificate every year: ...*, *a loan
links the reader to their book with ...*), flows told with someone's acts or where they start
(*after that the buyer accepts or rejects it*, *starts at reserve if ..., moves up to ...*,
*can later be frozen or ended*), a wish before a header (*so I'd like to record each
appointment: ...*), a passive spelled as its verb (*is run by a volunteer*), and a participle
before the record's noun (*each refurbished bike has ...*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    flows,
    plain_field_names,
    relations,
)


def test_a_wish_before_a_header_leaves_the_header_to_its_reader() -> None:
    spec = design(
        "So I'd like to record each appointment: the owner's name and phone, the dog's name "
        "and its breed."
    )
    assert {"owner_name", "owner_phone", "dog_name", "breed"} <= plain_field_names(
        spec, "appointment"
    )
    assert "item" not in entity_names(spec)


def test_how_often_inside_a_header_names_no_record() -> None:
    spec = design(
        "Brews: name, style. Readings every 15 minutes during a brew: time, temperature, gravity."
    )
    assert {"time", "temperature", "gravity"} <= plain_field_names(spec, "reading")
    assert ("reading", "brew", "many_to_one") in relations(spec)


def test_for_each_one_we_do_something_to_then_note_keeps_the_list_on_it() -> None:
    spec = design("For each boat we repair note the hull number, the engine and the date launched.")
    assert {"hull_number", "engine", "date_launched"} <= plain_field_names(spec, "boat")


def test_where_each_one_has_lists_what_the_records_keep() -> None:
    spec = design(
        "Customers have a name. The frames come from our catalogue, where each one has a code, "
        "a moulding and a price per metre."
    )
    assert {"code", "moulding"} <= plain_field_names(spec, "frame")
    assert "code" not in plain_field_names(spec, "customer")


def test_a_record_holding_its_list_keeps_it() -> None:
    spec = design(
        "Each case has a reference and a client. Against the case goes a file note holding the "
        "date, the author and a summary of the call."
    )
    assert {"date", "author", "summary_of_call"} <= plain_field_names(spec, "file_note")
    assert ("file_note", "case", "many_to_one") in relations(spec)
    assert "case" not in set(spec.permissions.roles)


def test_the_one_they_live_in_is_only_the_one_they_are_listed_against() -> None:
    spec = design(
        "Each flat has a number and a floor. Residents are listed against the flat they live "
        "in, with their name and date of birth."
    )
    assert {"name", "date_of_birth"} <= plain_field_names(spec, "resident")
    assert ("resident", "flat", "many_to_one") in relations(spec)
    assert "live" not in entity_names(spec)


def test_one_who_owns_a_number_of_them_has_them() -> None:
    spec = design(
        "Each farmer owns a number of fields, and for every field we hold the name and the acreage."
    )
    assert ("field", "farmer", "many_to_one") in relations(spec)
    assert ("farmer", "field", "many_to_one") not in relations(spec)


def test_done_many_times_is_many_records_of_the_act() -> None:
    spec = design(
        "Vans have a registration, and one van can be serviced many times. Each service has a "
        "date, the mileage and the cost."
    )
    assert ("service", "van", "many_to_one") in relations(spec)


def test_having_a_name_and_belonging_to_one_is_a_link_not_a_field() -> None:
    spec = design(
        "Children have a name and belong to a class, and teachers have a name and work in a "
        "class too."
    )
    assert plain_field_names(spec, "child") == {"name"}
    assert plain_field_names(spec, "teacher") == {"name"}
    assert ("child", "class", "many_to_one") in relations(spec)
    assert ("teacher", "class", "many_to_one") in relations(spec)


def test_we_have_and_work_in_names_no_record_of_ours() -> None:
    spec = design("We have a van and work in a barn. Jobs have a date and a price.")
    assert "we" not in entity_names(spec)


def test_records_that_pair_one_with_their_list() -> None:
    spec = design("Wardens have a name. Night shifts pair a warden with a start and end time.")
    assert {"start_time", "end_time"} <= plain_field_names(spec, "night_shift")
    assert ("night_shift", "warden", "many_to_one") in relations(spec)
    assert "start_time" not in plain_field_names(spec, "warden")


def test_one_per_pair_points_at_both() -> None:
    spec = design(
        "- Guests: name, email\n- Shows: title, date\n"
        "- Seats: one per guest per show, with a row and a seat number"
    )
    assert ("seat", "guest", "many_to_one") in relations(spec)
    assert ("seat", "show", "many_to_one") in relations(spec)
    assert "one_per_guest_per_show" not in plain_field_names(spec, "seat")


def test_tied_to_one_and_to_another_points_at_both() -> None:
    spec = design(
        "Each bike has a frame number. Each repair has a date and a cost, and the repair is tied "
        "to the bike and to the mechanic who did it."
    )
    assert ("repair", "bike", "many_to_one") in relations(spec)
    assert ("repair", "mechanic", "many_to_one") in relations(spec)
    assert ("mechanic", "repair", "many_to_one") not in relations(spec)


def test_one_that_comes_every_year_is_a_record_of_its_own() -> None:
    spec = design(
        "Vehicles have a registration. A vehicle gets an MOT certificate every year: "
        "certificate number, test date and a result of pass or fail."
    )
    assert {"certificate_number", "test_date"} <= plain_field_names(spec, "mot_certificate")
    assert ("mot_certificate", "vehicle", "many_to_one") in relations(spec)


def test_one_of_our_many_each_with_gives_them_their_list() -> None:
    spec = design(
        "Members give us a name and email and sign up to one of our tiers, each with a name and "
        "a monthly fee."
    )
    assert "monthly_fee" in plain_field_names(spec, "tier")
    assert "monthly_fee" not in plain_field_names(spec, "member")


def test_a_record_that_links_one_to_their_other_points_at_both() -> None:
    spec = design(
        "Readers have a name. Books have a title. A loan links the reader to their book with a "
        "due date and a returned date."
    )
    assert {"due_date", "returned_date"} <= plain_field_names(spec, "loan")
    assert ("loan", "reader", "many_to_one") in relations(spec)
    assert ("loan", "book", "many_to_one") in relations(spec)


def test_against_one_we_keep_a_record_with_a_colon() -> None:
    spec = design(
        "Each wedding has a date. Against a wedding we keep the cake order: the tiers, the "
        "flavour and the price."
    )
    assert {"tiers", "flavour", "price"} <= plain_field_names(spec, "cake_order")
    assert ("cake_order", "wedding", "many_to_one") in relations(spec)


def test_a_form_filled_in_with_their_details_is_theirs() -> None:
    spec = design("The applicant fills in a form with their name, address and date of birth.")
    assert {"name", "address", "date_of_birth"} <= plain_field_names(spec, "applicant")
    assert "form" not in entity_names(spec)


def test_its_own_line_in_another_is_its_record() -> None:
    spec = design(
        "Trays have a number. Each plant in a tray gets its own line with the variety and the "
        "sowing date."
    )
    assert {"variety", "sowing_date"} <= plain_field_names(spec, "plant")
    assert ("plant", "tray", "many_to_one") in relations(spec)


def test_every_one_we_log_is_the_record_the_sentence_opened_on() -> None:
    spec = design(
        "Bookings come in by phone and email, and we log every one with the guest's name, the "
        "date and the party size."
    )
    assert {"guest_name", "date", "party_size"} <= plain_field_names(spec, "booking")


def test_what_a_record_sent_to_someone_shows_is_what_it_keeps() -> None:
    spec = design(
        "Tenants have a name. Each month we send a statement to the tenant showing the rent "
        "due, the amount paid and the balance."
    )
    assert {"rent_due", "amount_paid", "balance"} <= plain_field_names(spec, "statement")


def test_a_report_showing_totals_is_left_to_the_report_reader() -> None:
    spec = design(
        "Sales have a date and an amount. We want a report to the owner showing the total "
        "amount, the count and the average."
    )
    assert "report" not in entity_names(spec)


def test_someone_acting_on_it_leaves_it_in_the_state_they_name() -> None:
    spec = design(
        "An offer starts as a draft, then it's sent, and after that the buyer accepts or rejects "
        "it, or it just expires if we hear nothing."
    )
    assert flows(spec)["offer"][1] == ["draft", "sent", "accepted", "rejected", "expired"]


def test_a_flow_that_starts_at_one_and_moves_up() -> None:
    spec = design(
        "Each place has a pupil, and its status starts at reserve if the course is full, moves "
        "up to confirmed, and ends as attended or missed."
    )
    assert flows(spec)["place"][1] == ["reserve", "confirmed", "attended", "missed"]


def test_a_flow_that_can_later_be_one_or_another() -> None:
    spec = design(
        "A membership has a status that starts at trial, becomes active, and can later be "
        "frozen or ended. Members have a name and an email."
    )
    assert flows(spec)["membership"][1] == ["trial", "active", "frozen", "ended"]


def test_from_then_on_names_no_status() -> None:
    spec = design(
        "Each parcel has a number. When the box lands we log the date it arrived, and from then "
        "on the parcel goes from awaiting arrival to received to posted back."
    )
    assert flows(spec)["parcel"] == ("status", ["awaiting_arrival", "received", "posted_back"])


def test_run_by_is_a_passive() -> None:
    spec = design("Each workshop is run by a volunteer, with a date and a topic.")
    assert ("workshop", "volunteer", "many_to_one") in relations(spec)
    assert ("volunteer", "workshop", "many_to_one") not in relations(spec)


def test_a_participle_before_the_noun_says_which_records() -> None:
    spec = design(
        "Each refurbished bike has a frame size (small, medium or large), a colour and a price."
    )
    assert field_options(spec, "refurbished_bike")["frame_size"] == ["small", "medium", "large"]
    assert {"colour", "price"} <= plain_field_names(spec, "refurbished_bike")


def test_work_on_one_logged_as_records() -> None:
    spec = design(
        "Boats have a name. Repair work on a boat is logged as jobs with a description and the "
        "hours."
    )
    assert {"description", "hours"} <= plain_field_names(spec, "job")
    assert ("job", "boat", "many_to_one") in relations(spec)
    assert "as" not in entity_names(spec)


def test_which_one_on_which_other_without_a_verb() -> None:
    spec = design(
        "Teams: name. Pitches: number. Pitch bookings: which team on which pitch, date, "
        "kick-off time."
    )
    assert ("pitch_booking", "team", "many_to_one") in relations(spec)
    assert ("pitch_booking", "pitch", "many_to_one") in relations(spec)


def test_a_plural_before_a_charge_is_one_item_of_the_list() -> None:
    spec = design(
        "Each bill has the month, the extras charge for laundry, the amount due and a due date."
    )
    assert {"amount_due", "due_date"} <= plain_field_names(spec, "bill")


def test_one_we_send_about_another_keeps_its_own_list() -> None:
    spec = design(
        "Each van has a registration. Every reminder we send about a van should get logged with "
        "the date, how we sent it (again email, text or letter) and whether it was answered."
    )
    assert field_options(spec, "reminder")["how_sent"] == ["email", "text", "letter"]
    assert "answered" in plain_field_names(spec, "reminder")
    assert "answered" not in plain_field_names(spec, "van")
    assert ("reminder", "van", "many_to_one") in relations(spec)


def test_what_we_know_of_each_is_what_we_keep() -> None:
    spec = design(
        "Each owner has a name. Then for each of their chimneys we know when it was last swept "
        "and the flue type."
    )
    assert {"last_swept_date", "flue_type"} <= plain_field_names(spec, "chimney")


def test_any_things_such_as_examples_is_one_field() -> None:
    spec = design("For each pupil we hold a name and any known allergies such as nuts or gluten.")
    assert plain_field_names(spec, "pupil") == {"name", "known_allergies"}


def test_along_with_who_did_it_is_one_more_item() -> None:
    spec = design(
        "Each time a feed is given we log the time and the amount, along with the keeper who "
        "gave it."
    )
    assert {"time", "amount"} <= plain_field_names(spec, "feed")
    assert ("feed", "keeper", "many_to_one") in relations(spec)


def test_a_staff_member_in_a_list_is_someone_on_file() -> None:
    spec = design("A tasting is just a staff member and a date.")
    assert ("tasting", "staff_member", "many_to_one") in relations(spec)
    assert "staff_member" not in plain_field_names(spec, "tasting")


def test_one_of_them_giving_us_their_details_is_what_we_keep_of_them() -> None:
    spec = design(
        "A walk-in diner gives us a name, a phone number and an email, and we seat them at a table."
    )
    assert {"name", "phone_number", "email"} <= plain_field_names(spec, "walk_in_diner")


def test_says_what_it_is_names_an_item() -> None:
    spec = design(
        "Each bike has a frame number. Each service ticket is for one bike, says what the "
        "problem is, the quoted price and the promised date, and goes from open to done."
    )
    assert {"problem", "quoted_price"} <= plain_field_names(spec, "service_ticket")
    assert "problem" not in plain_field_names(spec, "bike")


def test_for_each_of_their_kind_is_for_each_of_them() -> None:
    spec = design(
        "Each pupil has a name. The form tutor writes a report for each of their tutor pupils, "
        "with the term, the date written and the comments."
    )
    assert {"date_written", "comments"} <= plain_field_names(spec, "report")
    assert "comments" not in plain_field_names(spec, "pupil")
    assert ("report", "pupil", "many_to_one") in relations(spec)


def test_given_one_and_placed_in_another_is_two_links() -> None:
    spec = design(
        "Kennels have a number. Every dog at our centre is given a handler and placed in a kennel."
    )
    assert ("dog", "handler", "many_to_one") in relations(spec)
    assert ("dog", "kennel", "many_to_one") in relations(spec)


def test_whether_that_one_was_done_is_a_yes_or_no() -> None:
    spec = design("Each fitting has a date, the fee and a tick for whether that fee was waived.")
    assert "fee_waived" in plain_field_names(spec, "fitting")
    assert "whether" not in plain_field_names(spec, "fitting")


def test_the_ones_belonging_to_it_with_their_list_keep_it() -> None:
    spec = design(
        "For each tour we note the name and the start date, plus the booked walkers belonging "
        "to that tour with their name, phone and any dietary needs."
    )
    walker = next(name for name in entity_names(spec) if name.endswith("walker"))
    assert {"name", "phone", "dietary_needs"} <= plain_field_names(spec, walker)
    assert "phone" not in plain_field_names(spec, "tour")
    assert (walker, "tour", "many_to_one") in relations(spec)


def test_we_assign_the_one_to_another_points_it_there() -> None:
    spec = design(
        "Each complaint has a date and a summary, and we assign the complaint to a manager."
    )
    assert ("complaint", "manager", "many_to_one") in relations(spec)
    assert ("manager", "complaint", "many_to_one") not in relations(spec)
