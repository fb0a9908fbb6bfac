"""Mechanisms measured as the loss on batch 60 (heritage railways and preserved transport:
boiler inspections, footplate crews and competencies, carriage and bus restoration, special
trains and their bookings, signal box and station rotas, a transport museum's loans).

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
how little a record needs, what a record is said to be in passing, the doers' own fields in a
bracket, when a step happens, the expiry date, roles said as acts or as the writer, a person put
in a place for a record, counts of people, lists after a record that ties two others, a document
named *report*, one of our records in a list, a place in one record on another, predicates after
commas, the count of a record's own units, a set of records, acts that move a record, work
broken down into parts, how often a step comes, a record named as the owner goes on to call it,
one more link after *plus*, what a date is for, people on the records, and examples after *say*."""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_types,
    flows,
    relations,
    report_titles,
    role_names,
    simplified,
)


def test_what_a_record_just_needs_is_its_fields() -> None:
    spec = design("Locomotives just need a number and a name.")
    assert field_types(spec, "locomotive") == {"number": "text", "name": "text"}


def test_a_need_to_do_something_stays_as_said() -> None:
    assert simplified("Managers only need to approve refunds.") == (
        "managers only need to approve refunds."
    )


def test_what_a_record_is_in_passing_names_no_record() -> None:
    spec = design(
        "Locomotives have a number. A turn is a day's duty on a locomotive with a date and a "
        "booking-on time."
    )
    assert entity_names(spec) == {"locomotive", "turn"}
    assert ("turn", "locomotive", "many_to_one") in relations(spec)


def test_a_possessive_with_no_place_after_it_stays() -> None:
    assert simplified("A turn is a day's duty.") == "a turn is a day's duty."


def test_a_bracket_after_the_doers_of_a_passive_is_theirs() -> None:
    spec = design(
        "Locomotives have a number. Inspections are carried out by boiler inspectors (name, "
        "email, certificate number); every inspection is on one locomotive and records the date."
    )
    assert field_types(spec, "boiler_inspector") == {
        "name": "text",
        "email": "email",
        "certificate_number": "text",
    }
    assert ("inspection", "boiler_inspector", "many_to_one") in relations(spec)
    assert not design(
        "Locomotives have a number. Inspections are carried out by inspectors; every inspection "
        "records the date."
    ).reports


def test_a_bracket_after_a_record_that_is_no_passive_doer_stays() -> None:
    assert simplified("Inspections cover the boilers (name, pressure).") == (
        "inspections cover the boilers (name, pressure)."
    )


def test_when_a_step_happens_is_no_state() -> None:
    spec = design(
        "A booking has a name. A booking starts as an enquiry, becomes confirmed, and on the "
        "night is marked dined or no-show."
    )
    assert flows(spec)["booking"][1] == ["enquiry", "confirmed", "dined", "no_show"]


def test_a_time_said_after_marked_stays() -> None:
    assert simplified("on the night the booking is marked dined.") == (
        "on the night the booking is marked dined."
    )


def test_the_date_something_expires_is_its_expiry_date() -> None:
    spec = design("Each locomotive has a name and the date its boiler certificate expires.")
    assert field_types(spec, "locomotive") == {"name": "text", "certificate_expiry_date": "date"}


def test_the_date_something_renews_keeps_its_act() -> None:
    spec = design("Each boiler has a name and the date its contract renews.")
    assert field_types(spec, "boiler") == {"name": "text", "contract_renewal_date": "date"}


def test_the_one_who_assigns_everyone_after_a_comma_is_a_role() -> None:
    roles = role_names(
        "Crew members have a name. A turn has a date. Crew can only see their own turns, the "
        "roster clerk assigns everyone."
    )
    assert "roster_clerk" in roles


def test_only_the_writer_as_a_role_names_that_role() -> None:
    roles = role_names(
        "Signallers have a name. A shift has a date. Signallers only see their own shifts and "
        "only I, as inspector, can change the rota."
    )
    assert {"signaller", "inspector"} <= roles


def test_the_writer_with_no_role_named_is_no_role() -> None:
    roles = role_names(
        "Signallers have a name. A shift has a date. Signallers only see their own shifts and "
        "only I can change the rota."
    )
    assert "inspector" not in roles


def test_a_person_put_in_a_place_for_a_record_is_that_records() -> None:
    spec = design(
        "Boxes have a name. Signallers have a name and email. For every running day I put a "
        "signaller in a box for a shift with a date, a start time and an end time."
    )
    assert field_types(spec, "shift") == {
        "date": "date",
        "start_time": "datetime",
        "end_time": "datetime",
        "signaller_id": "reference",
        "box_id": "reference",
    }
    assert ("signaller", "box", "many_to_one") not in relations(spec)


def test_a_person_put_in_a_place_for_no_record_stays() -> None:
    # the owner's *I* is *we* before any reader (round 58); nothing else is rewritten
    assert simplified("i put a signaller in a box for an hour.") == (
        "we put a signaller in a box for an hour."
    )


def test_how_many_of_a_kept_record_is_a_count() -> None:
    spec = design(
        "Bookings: one train each, with the lead passenger's name, how many adults and how many "
        "children, the total price and a status (reserved, paid, cancelled). Children on a "
        "booking: first name and age."
    )
    booking = field_types(spec, "booking")
    assert {"adults", "children", "total_price", "status"} <= set(booking)
    assert "total_price" not in field_types(spec, "child")


def test_a_list_of_records_after_a_header_is_still_records() -> None:
    spec = design("Each booking has a date and several children (first name, age).")
    assert ("child", "booking", "many_to_one") in relations(spec)


def test_a_list_after_a_record_that_ties_two_others_is_its_own() -> None:
    spec = design(
        "Each vehicle has a make. Borrowers have a name. A loan sends one vehicle to one borrower, "
        "with an out date and a loan fee."
    )
    assert field_types(spec, "vehicle") == {"make": "text"}
    assert {"out_date", "loan_fee"} <= set(field_types(spec, "loan"))


def test_a_list_after_a_person_acting_on_a_record_is_the_records() -> None:
    spec = design("Players have a name. Marshals log each game played, with the mode and a score.")
    assert {"mode", "score"} <= set(field_types(spec, "game"))


def test_a_link_to_a_report_asks_for_no_report() -> None:
    reports = report_titles(
        "A loan has a fee and a link to the condition report, and it moves from requested to "
        "approved, then out on loan, and finally returned."
    )
    assert reports == []


def test_a_report_asked_for_after_a_link_is_still_read() -> None:
    reports = report_titles("A loan has a fee and a link. I want a report of total fees per month.")
    assert len(reports) == 1


def test_one_of_our_records_in_a_list_is_a_link_to_one() -> None:
    spec = design(
        "A menu has a name and a price per head. Each dining service has a date, a departure time "
        "and one of our menus."
    )
    assert ("dining_service", "menu", "many_to_one") in relations(spec)
    assert ("menu", "dining_service", "many_to_one") not in relations(spec)


def test_one_named_role_of_many_keeps_its_role() -> None:
    spec = design("Poets have a name. Each reading has a date and one headline poet.")
    assert field_types(spec, "reading")["headline_poet_id"] == "reference"


def test_a_place_in_one_record_on_another_is_a_field_and_two_links() -> None:
    spec = design(
        "Carriages have a name. Each service has a date. Every booking is for a table number in "
        "one carriage on one service, with the guest's name and party size."
    )
    assert {"table_number", "guest_name", "party_size"} <= set(field_types(spec, "booking"))
    assert ("booking", "carriage", "many_to_one") in relations(spec)
    assert ("service", "carriage", "many_to_one") not in relations(spec)


def test_a_place_in_something_that_is_no_record_stays() -> None:
    # *every* before its noun is *each* before any reader (round 58); nothing else is rewritten
    assert simplified("every booking is for a table in one go on one day.") == (
        "each booking is for a table in one go on one day."
    )


def test_predicates_after_commas_are_each_the_subjects() -> None:
    spec = design(
        "Gift vouchers have a code. A slot has a start time, is taken by one participant, is paid "
        "for with one voucher and is supervised by one of our instructors."
    )
    assert ("slot", "gift_voucher", "many_to_one") in relations(spec)
    assert ("slot", "participant", "many_to_one") in relations(spec)


def test_a_listed_is_without_a_preposition_stays_in_the_list() -> None:
    assert "; a slot is" not in simplified("a slot has a start time, is free, and a price.")


def test_the_count_of_a_records_own_units_on_offer_links_them() -> None:
    spec = design(
        "Each experience day has a date and the number of slots on offer; a slot has a start time."
    )
    assert ("slot", "experience_day", "many_to_one") in relations(spec)
    assert field_types(spec, "experience_day")["slots"] == "integer"


def test_a_count_of_things_not_kept_is_a_field_only() -> None:
    spec = design("Each experience day has a date and the number of seats on offer.")
    assert entity_names(spec) == {"experience_day"}


def test_a_set_of_records_is_several_of_them() -> None:
    spec = design("Each station has a name and a set of duty posts; each post has a name.")
    assert ("duty_post", "station", "many_to_one") in relations(spec)


def test_a_number_of_things_stays_a_count() -> None:
    assert "several" not in simplified("each carriage has a name and a number of tables.")


def test_acts_in_turn_move_the_record_through_their_states() -> None:
    spec = design(
        "Volunteers have a name. Posts have a name. A duty puts one volunteer on one post for a "
        "date: the duty organiser offers it, the volunteer accepts or declines, and accepted "
        "duties are marked worked afterwards."
    )
    assert set(flows(spec)["duty"][1]) == {"offered", "accepted", "declined", "worked"}
    assert field_types(spec, "duty")["date"] == "date"


def test_acts_whose_marking_follows_none_of_them_stay() -> None:
    text = (
        "the organiser offers it, the volunteer accepts or declines, and paid duties are marked "
        "worked."
    )
    assert simplified(text) == text


def test_work_broken_down_into_parts_gives_records_of_the_whole() -> None:
    spec = design(
        "Each project has a title. Within a project we break the work down into jobs - "
        "re-panelling, seats, bogies, that kind of thing - each with a description, estimated "
        "hours and a status that goes from not started to in progress, sometimes waiting for "
        "parts, and then done."
    )
    assert ("job", "project", "many_to_one") in relations(spec)
    assert flows(spec)["job"][1] == ["not_started", "in_progress", "waiting_for_parts", "done"]


def test_work_broken_down_into_no_records_stays() -> None:
    text = "within a week we break the work down into days."
    assert simplified(text) == text


def test_how_often_a_step_comes_outside_a_flow_stays() -> None:
    assert simplified("a job has a note, sometimes waiting for parts.") == (
        "a job has a note, sometimes waiting for parts."
    )


def test_a_record_is_named_as_the_owner_goes_on_to_call_it() -> None:
    spec = design(
        "Each overhaul is a project with a title and a budget. Carriages have a number, plus "
        "which project they belong to. I want the total budget per project."
    )
    assert "project" in entity_names(spec)
    assert "overhaul" not in entity_names(spec)
    assert ("carriage", "project", "many_to_one") in relations(spec)


def test_a_record_named_again_keeps_its_own_name() -> None:
    spec = design(
        "Each overhaul is a project with a title and a budget. Carriages have a number, plus "
        "which overhaul they belong to. I want the total budget per project."
    )
    assert "overhaul" in entity_names(spec)


def test_a_date_for_doing_something_is_the_date() -> None:
    spec = design("Each project has a budget and a target date for getting back into traffic.")
    assert field_types(spec, "project") == {"budget": "decimal", "target_date": "date"}


def test_a_date_for_doing_something_and_more_keeps_the_rest() -> None:
    spec = design("Each project has a target date for getting back into traffic and a budget.")
    assert field_types(spec, "project") == {"target_date": "date", "budget": "decimal"}


def test_people_on_the_records_are_no_record() -> None:
    spec = design(
        "Jobs have a title. Volunteers (a name and an email) can sign up to many jobs, and most "
        "jobs have a few people on them."
    )
    assert "people" not in entity_names(spec)
    assert ("volunteer", "job", "many_to_many") in relations(spec)


def test_records_with_other_records_on_them_stay() -> None:
    text = "most jobs have several parts on them."
    assert simplified(text) == text


def test_values_after_say_are_examples() -> None:
    spec = design("Carriages have a number and a type (say a Mk1 BSK or a Gresley teak brake).")
    assert field_types(spec, "carriage") == {"number": "text", "type": "text"}


def test_values_listed_plainly_are_options() -> None:
    spec = design("Carriages have a number and a type (Mk1 or Gresley).")
    assert field_types(spec, "carriage")["type"] == "enum"
