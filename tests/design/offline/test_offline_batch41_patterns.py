"""Sentence shapes learnt once batch 41 was measured, each designed end to end on a sentence
of its own (not the batch's), with a twin it must leave alone: *, and owners are stored with
...*, *, so for a shed we keep ...*, *plus which of our fitters did the fitting (for the fitters
a name is enough)*, *we want to know which woodland it came from*, *the odd one ends up ...*,
*on a booking we note ...*, *members, with a name, can borrow ...* and *each visit on a boiler
is recorded by one of our engineers (...) with ...*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations


def test_and_others_are_stored_with_a_list_is_a_clause_of_their_own() -> None:
    spec = design(
        "For each boat we note the name, the length and the owner, and owners are stored "
        "with a name and a phone number."
    )
    assert field_types(spec, "boat") == {
        "name": "text",
        "length": "decimal",
        "owner_id": "reference",
    }
    assert set(field_types(spec, "owner")) == {"name", "phone_number"}
    assert entity_names(spec) == {"boat", "owner"}


def test_a_list_with_an_and_item_is_one_list() -> None:
    spec = design("For each boat we note the name, the length, and the mooring fee.")
    assert set(field_types(spec, "boat")) == {"name", "length", "mooring_fee"}


def test_so_for_a_record_we_keep_opens_that_records_list() -> None:
    spec = design(
        "Every tool is logged with a name and a price, so for a shed we keep the location and "
        "the code."
    )
    assert set(field_types(spec, "tool")) >= {"name", "price"}
    assert {"location", "code"} <= set(field_types(spec, "shed"))
    assert "location" not in field_types(spec, "tool")


def test_plus_which_of_ours_did_the_act_is_one_of_them_with_what_is_enough() -> None:
    spec = design(
        "For a job we keep the address and the date, plus which of our fitters did the fitting "
        "(for the fitters a name is enough)."
    )
    assert ("job", "fitter", "many_to_one") in relations(spec)
    assert field_types(spec, "fitter") == {"name": "text"}
    assert "plus" not in field_types(spec, "job")


def test_which_did_the_act_without_one_of_ours_is_a_field() -> None:
    spec = design("For a job we keep the address and whether we did the fitting.")
    assert entity_names(spec) == {"job"}


def test_we_want_to_know_which_place_it_came_from_is_its_place() -> None:
    spec = design(
        "Every log is weighed with a weight and a species, and we want to know which woodland "
        "it came from. A woodland has a name and an owner's email."
    )
    assert ("log", "woodland", "many_to_one") in relations(spec)


def test_the_odd_one_ending_up_somewhere_is_one_more_end() -> None:
    spec = design(
        "Trees have a status that starts at felled, moves to seasoned once they have dried, then "
        "split, then sold, although the odd one ends up burnt if it's rotten."
    )
    assert flows(spec)["tree"][1] == ["felled", "seasoned", "split", "sold", "burnt"]


def test_on_a_record_we_note_is_that_records_list() -> None:
    spec = design(
        "Members have a name and book a court, and on a booking we note the date and the fee paid."
    )
    assert {"date", "fee_paid"} <= set(field_types(spec, "booking"))
    assert "fee_paid" not in field_types(spec, "member")


def test_on_a_weekday_we_note_names_no_record() -> None:
    spec = design("Shops have a name. On a monday we note the takings and the weather.")
    assert "monday" not in entity_names(spec)


def test_a_verb_after_an_asides_last_item_is_no_item() -> None:
    spec = design(
        "Members, with a name and an email, can borrow a book. Books have a title and an ISBN."
    )
    assert set(field_types(spec, "member")) == {"name", "email"}


def test_one_done_on_another_and_logged_by_one_of_ours_with_a_list() -> None:
    spec = design(
        "Boilers have a make and a model. Each service visit on a boiler is recorded by one of "
        "our engineers (we only need their name) with the work done and the hours spent."
    )
    assert {
        ("service_visit", "boiler", "many_to_one"),
        ("service_visit", "engineer", "many_to_one"),
    } <= (relations(spec))
    assert field_types(spec, "engineer") == {"name": "text"}
    assert {"work_done", "hours_spent"} <= set(field_types(spec, "service_visit"))
    assert "work_done" not in field_types(spec, "boiler")


def test_one_on_a_day_belongs_to_no_day() -> None:
    spec = design("Each delivery on a day is logged with the van and the driver's name.")
    assert "day" not in entity_names(spec)


def test_one_acted_on_is_the_record_the_sentence_opened_with_and_its_span_is_two_fields() -> None:
    spec = design(
        "Players have a name. Each court is listed with a name and a surface (grass, clay or "
        "hard), and a player books one for a date, from a start time to an end time."
    )
    assert {("booking", "court", "many_to_one"), ("booking", "player", "many_to_one")} <= (
        relations(spec)
    )
    assert {"date", "start_time", "end_time"} <= set(field_types(spec, "booking"))
    assert set(field_types(spec, "court")) == {"name", "surface"}


def test_a_span_said_inside_the_act_is_read_as_written() -> None:
    spec = design(
        "A shift puts one guard at one venue from a start time to an end time, and we note the "
        "hours worked. Guards have a name. Venues have an address."
    )
    assert {"start_time", "end_time"} <= set(field_types(spec, "shift"))


def test_reserving_is_booking_where_the_description_speaks_of_bookings() -> None:
    spec = design(
        "Members have a name. Kayaks have a name. A member reserves a kayak for a date. "
        "Members only see their own bookings."
    )
    assert "booking" in entity_names(spec)
    assert "reservation" not in entity_names(spec)
    assert ("booking", "member", "many_to_one") in relations(spec)
    assert ("member", "booking", "many_to_many") not in relations(spec)


def test_reserving_is_a_reservation_where_nothing_else_is_said() -> None:
    spec = design("Members have a name. Kayaks have a name. A member reserves a kayak for a date.")
    assert "reservation" in entity_names(spec)


def test_someone_who_looks_after_all_of_them_is_a_role() -> None:
    spec = design(
        "Bookings have a date. Members may only see their own bookings, whereas the club "
        "secretary looks after all of them."
    )
    assert spec.permissions is not None
    assert set(spec.permissions.roles) == {"member", "club_secretary"}


def test_pairing_them_up_with_others_names_no_record_up() -> None:
    spec = design(
        "We take in apprentices in intakes and pair them up with tutors, and at the moment it "
        "all lives in spreadsheets. Apprentices have a name. Tutors have a name."
    )
    assert "up" not in entity_names(spec)


def test_what_is_kept_for_them_after_saying_what_they_are_is_theirs() -> None:
    spec = design(
        "Apprentices have a name. The tutors are mostly retired engineers, we keep a name and "
        "an area of expertise for them, and any tutor can end up helping several apprentices "
        "while an apprentice usually has two or three tutors."
    )
    assert field_types(spec, "tutor") == {"name": "text", "area_of_expertise": "text"}
    assert ("apprentice", "tutor", "many_to_many") in relations(spec) or (
        "tutor",
        "apprentice",
        "many_to_many",
    ) in relations(spec)
    assert "two" not in field_types(spec, "apprentice")


def test_an_area_alone_is_a_surface() -> None:
    spec = design("Gardens have a name and an area.")
    assert field_types(spec, "garden")["area"] == "decimal"


def test_one_having_a_few_of_them_is_many_of_the_last_things_named() -> None:
    spec = design(
        "Bands have a name. Bands also get lockers in our studio, each locker with a number and "
        "a code, and one band might have a few of them."
    )
    assert ("locker", "band", "many_to_one") in relations(spec)
    assert field_types(spec, "band") == {"name": "text"}


def test_what_is_recorded_when_we_sit_down_with_each_one_is_theirs() -> None:
    spec = design(
        "Apprentices have a name. Once a month we sit down with each apprentice and record a "
        "review with the date, a score and how many modules they passed."
    )
    assert ("review", "apprentice", "many_to_one") in relations(spec)
    assert {"date", "score"} <= set(field_types(spec, "review"))


def test_what_we_visit_it_for_is_the_places_and_whose_details_we_hold_are_theirs() -> None:
    spec = design(
        "A care home has a name and a phone number, and we visit it for sessions, each on a date "
        "and led by one of our musicians, whose name and email we hold."
    )
    assert {
        ("session", "care_home", "many_to_one"),
        ("session", "musician", "many_to_one"),
    } <= relations(spec)
    assert field_types(spec, "session") == {
        "date": "date",
        "care_home_id": "reference",
        "musician_id": "reference",
    }
    assert set(field_types(spec, "musician")) == {"name", "email"}


def test_people_who_act_against_a_record_giving_their_details_make_the_act_a_record() -> None:
    spec = design(
        "Graduates have a name. Families then order against a graduate, giving their email, a "
        "frame (oak, black or white) and the total paid, and the order goes from placed to "
        "framed to sent."
    )
    assert ("order", "graduate", "many_to_one") in relations(spec)
    assert {"family_email", "frame", "total_paid"} <= set(field_types(spec, "order"))
    assert "family" not in entity_names(spec)


def test_per_one_said_first_groups_each_figure_asked_for_after_it() -> None:
    spec = design(
        "Venues have a name. Each gig is at one venue and has a date and a ticket price. Per "
        "venue I need the total ticket price and how many gigs there were."
    )
    assert len(spec.reports) == 2
    assert all(report.group_by for report in spec.reports)
    assert "total_ticket_price" not in entity_names(spec)


def test_for_every_one_we_need_is_still_that_ones_list() -> None:
    spec = design("For every child we need the first name, the last name and the date of birth.")
    assert set(field_types(spec, "child")) == {"first_name", "last_name", "date_of_birth"}


def test_as_well_as_several_others_made_up_of_a_list_is_a_second_record() -> None:
    spec = design(
        "A landlord has a name and an email, and it can have several tenants with a name and a "
        "phone number, as well as several properties made up of a street, a town and a postcode."
    )
    assert ("property", "landlord", "many_to_one") in relations(spec)
    assert set(field_types(spec, "property")) >= {"street", "town", "postcode"}


def test_where_a_record_went_in_its_flow_is_no_state() -> None:
    spec = design(
        "Parcels have a weight; the status goes from received to sorted, and then either "
        "delivered to one of the customer's addresses or returned."
    )
    assert flows(spec)["parcel"][1] == ["received", "sorted", "delivered", "returned"]


def test_their_own_ones_possessive_ties_them_to_it() -> None:
    spec = design(
        "Landlords have a name. Agents have a name and an email. Agents log in and see only "
        "their own landlord's flats."
    )
    assert ("agent", "landlord", "many_to_one") in relations(spec)
    assert ("landlord", "agent", "many_to_one") not in relations(spec)


def test_their_own_records_point_at_them() -> None:
    spec = design("Members have a name. Loans have a date. Members only see their own loans.")
    assert ("loan", "member", "many_to_one") in relations(spec)
