"""Round 102: records told by whom they are logged for or where they are written (*for each one
of our riders who took part we log a result: ...*; *the services we have done for each client,
with ...*; *each newsletter we send a subscriber: ...*; *the warden marks volunteers on an
attendance record with ...*; *inside a survey we go room by room: ...*), items told with what
their record did (*the division they rode in*, *how many races they won*, *where they placed,
first, second or third*), values said after a comma or with one unit (*a type, indoor or
outdoor*; *its condition, so new, worn or broken*; *a renewal interval of 1, 2 or 3 years*), and
asides around a list (*with us*, *set up once*, *led by one head coach*).

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
    role_names,
)

# --- records told by whom they are logged for ---------------------------------------------------


def test_for_each_one_of_ours_who_took_part_we_log_one() -> None:
    spec = design(
        "Riders have a name. For every one of our riders who took part we log a result: the "
        "division they rode in, how many races they won and where they placed, first, second, "
        "third or unplaced."
    )
    assert {"division", "races_won", "placing"} <= plain_field_names(spec, "result")
    assert field_options(spec, "result")["placing"] == ["first", "second", "third", "unplaced"]
    assert ("result", "rider", "many_to_one") in relations(spec)


def test_what_we_would_log_for_each_is_what_we_log() -> None:
    spec = design(
        "Shows have a name. For each show we go to we would put down the venue, the date and "
        "the entry fee."
    )
    assert {"venue", "date", "entry_fee"} <= plain_field_names(spec, "show")


def test_the_ones_we_have_done_for_each_with_a_list() -> None:
    spec = design(
        "Clients have a name and an email.\n"
        "- the services we've done for each client, with the date and the amount charged"
    )
    assert {"date", "amount_charged"} <= plain_field_names(spec, "service")
    assert ("service", "client", "many_to_one") in relations(spec)


def test_each_one_we_send_one_colon_its_list() -> None:
    spec = design(
        "Subscribers have a name and an email. Each newsletter we send a subscriber: date sent, "
        "format (pdf or html) and whether it was opened."
    )
    assert {"date_sent", "format", "opened"} <= plain_field_names(spec, "newsletter")
    assert ("newsletter", "subscriber", "many_to_one") in relations(spec)


def test_someone_marks_ones_on_a_record_with_its_list() -> None:
    spec = design(
        "Volunteers have a name. At every work party the warden marks volunteers on an "
        "attendance record with the work party date and a mark of present, late or absent."
    )
    assert {"work_party_date", "mark"} <= plain_field_names(spec, "attendance")
    assert ("attendance", "volunteer", "many_to_one") in relations(spec)


def test_one_holds_one_with_another_which_has_its_list() -> None:
    spec = design(
        "Lenders have a name. A borrower can hold a loan with a lender, which has a reference, "
        "the amount borrowed and the interest rate."
    )
    assert {"reference", "amount_borrowed", "interest_rate"} <= plain_field_names(spec, "loan")
    assert ("loan", "borrower", "many_to_one") in relations(spec)
    assert ("loan", "lender", "many_to_one") in relations(spec)


def test_lines_on_each_one_per_another() -> None:
    spec = design(
        "Our billing, roughly:\n"
        "- pupils: name, email\n"
        "- a list of lessons, each with a name and a fee\n"
        "- bills to a pupil: bill number, issue date\n"
        "- lines on each bill, one per lesson given, with the date and the amount charged"
    )
    assert {"date", "amount_charged"} <= plain_field_names(spec, "bill_line")
    assert ("bill_line", "bill", "many_to_one") in relations(spec)
    assert ("bill_line", "lesson", "many_to_one") in relations(spec)


def test_split_into_lines_each_one_with_a_quantity() -> None:
    spec = design(
        "Drinks have a name. Each round is rung up by a barman, paid by cash or card, and is "
        "split into lines, each a drink with a quantity."
    )
    assert "quantity" in plain_field_names(spec, "round_line")
    assert ("round_line", "drink", "many_to_one") in relations(spec)


def test_money_coming_in_is_a_payment() -> None:
    spec = design(
        "Bills have a number. Money coming in is recorded against a bill with the date "
        "received and the amount."
    )
    assert {"date_received", "amount"} <= plain_field_names(spec, "payment")
    assert ("payment", "bill", "many_to_one") in relations(spec)


def test_one_signs_up_and_we_keep_their_list() -> None:
    spec = design(
        "What happens is a venue signs up with us (a pub, a village hall, whoever) and we keep "
        "their venue name, the booking email and the capacity."
    )
    assert {"venue_name", "booking_email", "capacity"} <= plain_field_names(spec, "venue")


def test_ours_keeps_a_record_of_each_colon_its_list() -> None:
    spec = design(
        "Our choir keeps a record of every singer in the choir: name, email and the year "
        "they joined."
    )
    assert {"name", "email"} <= plain_field_names(spec, "singer")
    assert "choir" not in entity_names(spec)


def test_each_goes_into_our_record_with_its_list() -> None:
    spec = design(
        "Every sponsored walk and fun run we hold goes into our event record with the date, "
        "the distance in miles and the money raised."
    )
    assert {"date", "distance_miles", "money_raised"} <= plain_field_names(spec, "event")


def test_when_someone_reaches_one_we_log_it_and_its_kind_is_ours() -> None:
    spec = design(
        "Swimmers have a name. Whenever somebody reaches a badge we log it with the date "
        "achieved and a short note, and each badge is of one kind from a list we set up "
        "ourselves (first length, first dive and so on)."
    )
    assert {"date_achieved", "short_note"} <= plain_field_names(spec, "badge")
    assert ("badge", "badge_type", "many_to_one") in relations(spec)


def test_when_we_make_one_we_write_down_its_list() -> None:
    spec = design(
        "Blends have a name. Then whenever we roast a batch I write down the batch code, the date "
        "roasted and the weight in kilos, and which blend it was."
    )
    assert {"batch_code", "date_roasted", "weight_kilos"} <= plain_field_names(spec, "batch")
    assert ("batch", "blend", "many_to_one") in relations(spec)


def test_inside_one_we_go_item_by_item() -> None:
    spec = design(
        "Flats have an address. Inside a survey we go room by room: which room it is "
        "(kitchen, bathroom or bedroom), a description and its state, so good, fair or poor."
    )
    assert field_options(spec, "survey_room")["state"] == ["good", "fair", "poor"]
    assert ("survey_room", "survey", "many_to_one") in relations(spec)


def test_each_pair_of_them_is_one() -> None:
    spec = design(
        "Patients have a name. Each pair of hearing aids belongs to a patient and has a serial "
        "number and a fitting date."
    )
    assert {"serial_number", "fitting_date"} <= plain_field_names(spec, "hearing_aid")


def test_at_the_one_we_jot_down_its_list() -> None:
    spec = design(
        "Dogs have a name. At the assessment we jot down the date, who assessed the dog and how "
        "it behaved (calm, nervous or reactive)."
    )
    assert "date" in plain_field_names(spec, "assessment")
    assert ["calm", "nervous", "reactive"] in field_options(spec, "assessment").values()


def test_then_there_is_one_later_where_we_write_down() -> None:
    spec = design(
        "Clients have a name. Then there's a follow-up about a month later, where we write "
        "down the date and the outcome."
    )
    assert {"date", "outcome"} <= plain_field_names(spec, "follow_up")


# --- items and values ---------------------------------------------------------------------------


def test_an_item_with_what_they_did_in_it_is_the_item() -> None:
    spec = design("Entries have a name, the class they competed in and a score.")
    assert "class" in plain_field_names(spec, "entry")


def test_the_ones_they_cared_for_stay_said() -> None:
    # not an item of a list: who may see which, left for the permission readers
    roles = role_names(
        "Carers have a name. Patients have a name. Carers only see the patients they cared for."
    )
    assert "carer" in roles


def test_a_flag_said_as_yes_or_no_after_its_name() -> None:
    spec = design(
        "A studio has an address and a bills-included yes/no, and is supplied by one energy "
        "supplier."
    )
    assert plain_field_names(spec, "studio") == {"address", "bills_included"}


def test_whether_headed_for_one_or_the_other() -> None:
    spec = design(
        "Each parcel has a weight and whether it is headed for the shop or for online orders."
    )
    assert field_options(spec, "parcel")["destination"] == ["shop", "online_orders"]


def test_a_kind_then_its_two_values_after_a_comma() -> None:
    spec = design("Each pitch has a type, indoor or outdoor, the surface and a hourly rate.")
    assert field_options(spec, "pitch")["type"] == ["indoor", "outdoor"]


def test_numbers_with_one_unit_are_values() -> None:
    spec = design("Members have a name and a renewal interval of 1, 2 or 3 years.")
    assert field_options(spec, "member")["renewal_interval"] == ["1_years", "2_years", "3_years"]


def test_an_age_group_of_two_values() -> None:
    spec = design("Each swimmer has a name and an age group of junior or masters.")
    assert field_options(spec, "swimmer")["age_group"] == ["junior", "masters"]


# --- asides around a list -----------------------------------------------------------------------


def test_with_us_names_no_field() -> None:
    spec = design(
        "The schools we visit have bookings with us. Schools have a name. A booking belongs to "
        "a school and has a date."
    )
    assert "us" not in plain_field_names(spec, "booking")


def test_how_many_before_the_colon_is_no_field() -> None:
    spec = design(
        "Leases have an address. Payments per lease, four a year on quarter days: due date, "
        "amount, paid y/n."
    )
    assert plain_field_names(spec, "payment") == {"due_date", "amount", "paid"}


def test_the_ones_we_have_are_examples_of_the_record() -> None:
    spec = design(
        "We've got the big oven, the proving cabinet and a couple of mixers, and each machine "
        "needs a name and a last service date."
    )
    assert entity_names(spec) == {"machine"}


def test_set_up_once_with_names_no_record() -> None:
    spec = design("Members have a name. Ranks are set up once with a name and an order number.")
    assert "once" not in entity_names(spec)
    assert {"name", "order_number"} <= plain_field_names(spec, "rank")


def test_led_by_one_head_coach_is_a_coach() -> None:
    spec = design(
        "Squads have a name and a training night, and each squad is led by one head coach. "
        "Coaches have a name."
    )
    assert ("squad", "coach", "many_to_one") in relations(spec)
    assert "coach_id" in field_options(spec, "squad")


# --- flows --------------------------------------------------------------------------------------


def test_unless_it_ends_up_one_or_another() -> None:
    spec = design(
        "A lesson has a status that goes from booked to confirmed to taught, unless it ends up "
        "cancelled or missed."
    )
    assert flows(spec)["lesson"][1][:3] == ["booked", "confirmed", "taught"]
    assert {"cancelled", "missed"} <= set(flows(spec)["lesson"][1])


def test_its_status_runs_its_steps_with_nobody_running() -> None:
    description = (
        "Repairs have a date. The repair status runs logged, on hold, in progress, done, or "
        "abandoned."
    )
    assert flows(design(description))["repair"][1][0] == "logged"
    assert role_names(description) == set()


def test_each_one_someone_sends_us_is_a_record_of_theirs() -> None:
    spec = design(
        "Growers have a name and a phone number, and each crate a grower sends us is a "
        "delivery with a delivery date, a weight in kilos and an agreed price."
    )
    assert {"delivery_date", "agreed_price"} <= plain_field_names(spec, "delivery")
    assert ("delivery", "grower", "many_to_one") in relations(spec)
    assert "crate" not in entity_names(spec)


def test_when_one_comes_out_so_it_leads_to_one_logged_with() -> None:
    spec = design(
        "Pupils have a name. A tutor carries out an assessment on a date and records a band of "
        "low, medium or high. When an assessment comes out high it leads to a referral to the "
        "learning support team, logged with the referral date, the school and the reason."
    )
    assert {"referral_date", "school", "reason"} <= plain_field_names(spec, "referral")
    assert ("referral", "assessment", "many_to_one") in relations(spec)
