"""Round 95: lists told as what we give a record or fill in on it (*we give each job a job
number, ...*; *..., giving the invoice an invoice number, ...*; *every job is one animal for
one customer, and I'd give it ...*; *on the sheet itself we fill in ...*; *for the children
themselves it's ...*; *a stage log entry records ...*; *I want every incident written up
properly, so when it happened, ...*), records told by an act and what is written down (*a
member of staff checks an item and records ...*; *when our engineer inspects a component they
log ...*; *any defect they find is attached to that inspection with ...*; *we record a service
visit for a stove: ...*; *the engineer logs defects: ...*; *one waste transfer note per tip:
...*), asides that name no record (*which is madness with this many kids*; *we're a busy place
with ..., so ...*), and steps told from where a record sits (*invoices sit at unpaid, move to
...*; *vouchers start as issued and are either redeemed or expire unused*; *the request stays
pending until it is approved or declined*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, flows, plain_field_names, relations

# --- lists told as what we give a record or fill in on it --------------------------------------


def test_the_list_we_give_each_record() -> None:
    spec = design("Clients have a name. We give each case a case number, the court and some notes.")
    assert {"case_number", "court", "notes"} <= plain_field_names(spec, "case")


def test_the_list_given_to_what_we_make_for_one() -> None:
    spec = design(
        "Once a boiler has been fitted we bill the landlord, giving the bill a bill number, an "
        "issue date and the net amount."
    )
    assert {"bill_number", "issue_date", "net_amount"} <= plain_field_names(spec, "bill")
    assert ("bill", "landlord", "many_to_one") in relations(spec)
    assert "issue_date" not in plain_field_names(spec, "landlord")


def test_the_list_given_to_a_record_told_just_before() -> None:
    spec = design(
        "Every repair is one bike for one rider, and I'd give it a ticket number, the fault "
        "and a due date. Riders have a name."
    )
    assert {"ticket_number", "fault", "due_date"} <= plain_field_names(spec, "repair")
    assert ("repair", "rider", "many_to_one") in relations(spec)


def test_the_list_filled_in_on_a_record() -> None:
    spec = design(
        "Each order form is for one client. On the form itself we fill in the date, the paper "
        "(matt, gloss or silk), a rush yes/no and the total price."
    )
    named = {name for name in entity_names(spec) if name.endswith("form")}
    assert len(named) == 1
    assert {"date", "paper", "rush", "total_price"} <= plain_field_names(spec, named.pop())
    assert "total_price" not in plain_field_names(spec, "client")


def test_the_list_we_also_note_on_a_record_after_a_semicolon() -> None:
    spec = design(
        "Members, listed with name and email, book a lane in a gala and pay an entry fee; on "
        "the booking we also note how their race went (first, placed or unplaced) and whether "
        "they want a photo."
    )
    assert {"photo"} <= plain_field_names(spec, "booking")
    assert "photo" not in plain_field_names(spec, "member")


def test_the_list_said_as_what_it_is_for_the_records_themselves() -> None:
    spec = design(
        "Guardians give us their name and phone. For the children themselves it's name, date "
        "of birth, allergies and any medical notes."
    )
    assert {"date_of_birth", "allergies", "medical_notes"} <= plain_field_names(spec, "child")


def test_the_list_an_entry_records() -> None:
    spec = design(
        "Whenever a boat moves on, a repair log entry records the work done, the date, a short "
        "note and which fitter did it. Fitters have a name."
    )
    logs = {name for name in entity_names(spec) if name.startswith("repair")}
    assert len(logs) == 1
    assert {"work_done", "date", "short_note"} <= plain_field_names(spec, logs.pop())


def test_the_list_of_every_record_written_up() -> None:
    spec = design(
        "We want every complaint written up properly, so when it came in, what kind of "
        "complaint it was (noise, smell or litter), a description and whether a refund was "
        "given."
    )
    assert {"description", "refund_given"} <= plain_field_names(spec, "complaint")


# --- records told by an act and what is written down -------------------------------------------


def test_an_act_on_one_then_what_is_recorded() -> None:
    spec = design(
        "Harnesses have a serial number. Before every climb a member of staff checks a harness "
        "and records the date, the wear seen and whether it passed."
    )
    assert {"date", "wear_seen", "passed"} <= plain_field_names(spec, "check")
    assert ("check", "harness", "many_to_one") in relations(spec)
    assert "passed" not in plain_field_names(spec, "staff_member")


def test_when_one_acts_they_log_then_what_they_find_is_attached() -> None:
    spec = design(
        "Pumps have a name. When our fitter inspects a pump they log the inspection date, a "
        "score from 1 to 5 and some notes, and any fault they find is attached to that "
        "inspection with a description and a repair cost."
    )
    assert {"inspection_date", "score", "notes"} <= plain_field_names(spec, "inspection")
    assert {"description", "repair_cost"} <= plain_field_names(spec, "fault")
    assert ("inspection", "pump", "many_to_one") in relations(spec)
    assert ("fault", "inspection", "many_to_one") in relations(spec)
    assert "repair_cost" not in plain_field_names(spec, "pump")


def test_a_record_for_one_with_its_list_after_a_colon() -> None:
    spec = design(
        "A boiler has a make and an install date. When the fitter comes out we record a safety "
        "check for a boiler: the check date, the cost, notes and the fitter's email."
    )
    assert {"check_date", "cost", "notes"} <= plain_field_names(spec, "safety_check")
    assert ("safety_check", "boiler", "many_to_one") in relations(spec)
    assert "cost" not in plain_field_names(spec, "boiler")


def test_records_someone_logs_with_their_list_after_a_colon() -> None:
    spec = design(
        "Each inspection is carried out by one of our surveyors. As the drone flies the roof, "
        "the surveyor logs faults: the height in metres, the fault type (crack, slipped tile or "
        "moss) and a grade from 1 to 5."
    )
    assert {"height_metres", "fault_type", "grade"} <= plain_field_names(spec, "fault")


def test_one_record_per_another_with_its_list_after_a_colon() -> None:
    spec = design(
        "Skip log. Skip: size, colour, depot. Hire: which skip, date, address. One waste "
        "transfer note per hire: note number, signed y/n."
    )
    assert {"note_number", "signed"} <= plain_field_names(spec, "waste_transfer_note")
    assert ("waste_transfer_note", "hire", "many_to_one") in relations(spec)


# --- asides that name no record ----------------------------------------------------------------


def test_an_aside_on_how_many_there_are_names_no_record() -> None:
    spec = design(
        "We run swim camps every summer and it's all on paper, which is chaos with this many "
        "swimmers. Each camp has a name and a start date."
    )
    assert "chaos" not in entity_names(spec)
    assert {"name", "start_date"} <= plain_field_names(spec, "camp")


def test_what_the_place_has_names_no_record() -> None:
    spec = design(
        "We're a busy venue with two stages, a bar and a cloakroom, so now and then a gig "
        "overruns. Each gig has a date and a headliner."
    )
    assert "venue" not in entity_names(spec)
    assert {"date", "headliner"} <= plain_field_names(spec, "gig")


# --- steps told from where a record sits -------------------------------------------------------


def test_steps_from_where_a_record_sits() -> None:
    spec = design(
        "Bills have a number. Bills sit at unpaid, move to part paid and then paid, or become "
        "overdue once the due date has gone by."
    )
    assert flows(spec)["bill"][1] == ["unpaid", "part_paid", "paid", "overdue"]


def test_steps_from_a_status_that_goes_back() -> None:
    spec = design(
        "Each ladder has a serial number. A ladder's status starts as in use, goes to "
        "quarantined when someone flags a problem, and from there either goes back into use or "
        "is scrapped."
    )
    assert flows(spec)["ladder"][1] == ["in_use", "quarantined", "scrapped"]


def test_steps_told_as_acts_of_their_own() -> None:
    spec = design("A pass has a code. Passes start as issued and are either used or expire unused.")
    assert flows(spec)["pass"][1] == ["issued", "used", "expired"]


def test_steps_of_a_record_that_stays_until() -> None:
    spec = design(
        "Drivers have a name. If a driver is ill they raise a cover request naming the reason, "
        "and the request stays pending until it is approved or refused."
    )
    assert flows(spec)["cover_request"][1] == ["pending", "approved", "refused"]


def test_a_start_time_is_no_step() -> None:
    spec = design("Classes have a name. Classes start at nine, and each has a teacher.")
    assert "class" not in flows(spec)


def test_steps_of_a_record_told_before_a_semicolon() -> None:
    spec = design(
        "A print has a title and an asking price; it starts out available, can be reserved, "
        "and is then sold."
    )
    assert flows(spec)["print"][1] == ["available", "reserved", "sold"]


def test_who_does_it_told_by_a_note_taker() -> None:
    spec = design(
        "Boat checks. Boat: name, mooring. Per boat one or more checks: check date, notes. "
        "Done by a marina hand: name, mobile."
    )
    assert "done" not in entity_names(spec)
    assert {"name", "mobile"} <= plain_field_names(spec, "marina_hand")


def test_a_record_that_links_two_records_its_list_and_moves() -> None:
    spec = design(
        "Trailers have a plate number. Each trailer loan links a trailer to a farmer, records the "
        "hours used and whether it came back clean, and moves from booked to out, then "
        "returned. Farmers have a name."
    )
    assert {"hours_used", "came_back_clean"} <= plain_field_names(spec, "trailer_loan")
    assert ("trailer_loan", "trailer", "many_to_one") in relations(spec)
    assert ("trailer_loan", "farmer", "many_to_one") in relations(spec)
    assert flows(spec)["trailer_loan"][1] == ["booked", "out", "returned"]


def test_who_did_it_said_as_which_one_in_a_terse_list() -> None:
    spec = design(
        "Fridge temp log. Fridges: name, target temp. Readings: which fridge, time taken, temp "
        "in C, taken by which chef. Chefs: name, initials."
    )
    assert ("reading", "chef", "many_to_one") in relations(spec)
    assert ("fridge", "chef", "many_to_one") not in relations(spec)


def test_each_record_noted_against_its_owner_before_a_colon() -> None:
    spec = design(
        "Owners have a name. We note each clock that comes in against its owner: the maker, "
        "the movement (key wound, quartz or electric) and any case damage."
    )
    assert {"maker", "movement", "case_damage"} <= plain_field_names(spec, "clock")
    assert ("clock", "owner", "many_to_one") in relations(spec)


def test_their_records_kept_on_file_with_a_list() -> None:
    spec = design(
        "Riders give us a name, phone and e-mail, and we keep their bikes on file with make, "
        "frame size and serial number."
    )
    assert {"make", "frame_size", "serial_number"} <= plain_field_names(spec, "bike")
    assert ("bike", "rider", "many_to_one") in relations(spec)
    assert "serial_number" not in plain_field_names(spec, "rider")


def test_what_a_failed_record_can_lead_to_with_its_list() -> None:
    spec = design(
        "Each anchor has a code. Tests are logged against an anchor with the date and a result "
        "(pass or fail), and a failed test can lead to a rework order with a description, the "
        "cost and the date it was done."
    )
    assert {"description", "cost"} <= plain_field_names(spec, "rework_order")
    assert ("rework_order", "test", "many_to_one") in relations(spec)
    assert "cost" not in plain_field_names(spec, "test")


def test_several_records_each_known_by_a_list() -> None:
    spec = design(
        "A lease has a start date. A lease can cover several meters, each known by a serial and "
        "its rating, and the same meter can turn up on more than one lease over the years."
    )
    assert {"serial", "rating"} <= plain_field_names(spec, "meter")


def test_who_a_record_comes_from_told_by_name() -> None:
    spec = design(
        "For each seed we record the name and the price, and every seed comes from a grower "
        "with a name, an email and a website."
    )
    assert {"email", "website"} <= plain_field_names(spec, "grower")
    assert "website" not in plain_field_names(spec, "seed")
    assert ("seed", "grower", "many_to_one") in relations(spec)
