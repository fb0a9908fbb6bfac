"""Mechanisms measured as the loss on batch 58 (yoga and pilates studios, reformers, retreats,
sound baths, breathwork and meditation groups, teacher training, mat hire).

Each test designs a sentence of its own end to end, with a twin the change must leave alone: a
record named with an article by a word the word list knows only as a verb, *it* standing for
the record said before, one more yes/no after *plus*, when, where and for how much a record
runs, whichever one suits them, booking onto one thing, the counts of each thing a record
lists, groups people join, a date said with *with us*, the length of what happens on a date, a
reason after a list of values, a slot booked that the sentence describes, and the usual value
said as *but not always*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.people_listed import place_in
from appwright.design.offline.people_put_on import one_is_put_on_each
from appwright.design.offline.simplify import simplify
from appwright.design.offline.what_a_record_is import is_one_on_one_date


def test_a_record_named_with_an_article_by_a_word_known_as_a_verb_is_a_record() -> None:
    spec = design("A retreat has a title, a start date and a price.")
    assert field_types(spec, "retreat") == {
        "title": "text",
        "start_date": "date",
        "price": "decimal",
    }


def test_the_same_word_as_the_verb_of_a_plural_subject_is_no_record() -> None:
    spec = design("A member has a name, and members retreat to the garden on Sundays.")
    assert entity_names(spec) == {"member"}


def test_it_after_a_record_said_with_an_article_is_that_record() -> None:
    spec = design(
        "A workshop has a title. It is held at a venue, and venues have a name and a town."
    )
    assert ("workshop", "venue", "many_to_one") in relations(spec)


def test_it_after_records_said_in_the_plural_is_not_named() -> None:
    spec = design(
        "Workshops have a title. It is held at a venue, and venues have a name and a town."
    )
    assert ("workshop", "venue", "many_to_one") not in relations(spec)


def test_it_led_by_several_of_whom_each_leads_many_is_a_many_to_many() -> None:
    spec = design(
        "A retreat has a title, and it can be led by several facilitators, each of whom leads "
        "lots of retreats."
    )
    assert ("retreat", "facilitator", "many_to_many") in relations(spec)


def test_a_yes_no_after_plus_is_one_more_field() -> None:
    spec = design(
        "For each patient I keep a name and a phone, plus whether their doctor has cleared them "
        "to swim."
    )
    fields = field_types(spec, "patient")
    assert fields["cleared_to_swim"] == "boolean"
    assert "doctor" not in entity_names(spec)


def test_plus_before_several_of_a_record_is_left_as_it_was() -> None:
    assert "plus several contacts" in normalize_text("a name, plus several contacts")


def test_when_where_and_for_how_much_a_record_runs_are_its_fields() -> None:
    spec = design(
        "A workshop runs on a set day of the week from a start date, at a venue, for a price."
    )
    assert field_types(spec, "workshop") == {
        "day_of_week": "text",
        "start_date": "date",
        "venue": "text",
        "price": "decimal",
    }


def test_where_a_record_runs_with_its_list_links_to_places_kept_as_records() -> None:
    spec = design(
        "Halls have a name and a town, and each concert is held at a hall on a date, with a "
        "ticket price."
    )
    assert field_types(spec, "concert") == {
        "date": "date",
        "ticket_price": "decimal",
        "hall_id": "reference",
    }


def test_a_record_run_by_one_thing_is_left_as_it_was() -> None:
    assert simplify("a pump runs on a generator") == "a pump runs on a generator"


def test_whichever_one_suits_them_is_one_of_them() -> None:
    spec = design(
        "Courses have a title. Pupils enrol on whichever course suits them, and an enrolment "
        "has a date."
    )
    assert ("enrolment", "course", "many_to_one") in relations(spec)
    assert "whichever_id" not in field_types(spec, "pupil")


def test_whichever_one_is_cheapest_is_left_as_it_was() -> None:
    assert "whichever course is cheapest" in normalize_text(
        "Pupils take whichever course is cheapest."
    )


def test_booking_onto_one_thing_is_a_booking_with_what_they_tell_us() -> None:
    spec = design(
        "Walkers give us their name and phone, then book onto a retreat for a number of "
        "places and tell us any allergies; each booking has a status."
    )
    fields = field_types(spec, "booking")
    assert fields["places"] == "integer"
    assert "allergies" in fields
    assert ("booking", "retreat", "many_to_one") in relations(spec)
    assert ("booking", "walker", "many_to_one") in relations(spec)


def test_booking_onto_one_thing_then_something_else_is_left_as_it_was() -> None:
    said = "guests book onto a retreat and then complain about the food"
    assert simplify(said) == said


def test_listing_how_many_of_each_thing_makes_the_record_s_lines() -> None:
    spec = design(
        "Every part has a name and a price. A mechanic makes a request with a date, listing "
        "how many of each part they need."
    )
    assert field_types(spec, "request_line") == {
        "quantity": "integer",
        "request_id": "reference",
        "part_id": "reference",
    }


def test_listing_the_things_themselves_makes_no_lines() -> None:
    spec = design(
        "Every part has a name and a price. A mechanic makes a request with a date, listing "
        "the parts they need."
    )
    assert "request_line" not in entity_names(spec)


def test_people_who_join_groups_are_in_many_of_them() -> None:
    spec = design("Clubs have a name and a day. Pupils join clubs.")
    assert ("pupil", "club", "many_to_many") in relations(spec)


def test_people_who_register_their_things_own_them() -> None:
    spec = design("Members register their dogs with a name and a breed.")
    assert ("dog", "member", "many_to_one") in relations(spec)
    assert ("member", "dog", "many_to_many") not in relations(spec)


def test_the_date_they_first_did_something_with_us_is_a_date() -> None:
    spec = design("For each volunteer I keep a name and the date they first worked with us.")
    assert field_types(spec, "volunteer")["first_worked_date"] == "date"


def test_a_length_in_minutes_of_what_happens_on_a_date_is_its_duration() -> None:
    spec = design("Each class has a date, a length in minutes and a capacity.")
    assert field_types(spec, "class")["duration_minutes"] == "integer"


def test_a_length_in_minutes_of_a_piece_or_in_weeks_stays_a_length() -> None:
    assert "length_minutes" in field_types(
        design("Each track has a title and a length in minutes."), "track"
    )
    assert "length_weeks" in field_types(
        design("Each course has a start date and a length in weeks."), "course"
    )


def test_a_reason_after_listed_values_is_dropped() -> None:
    spec = design(
        "Every kayak has a number and a size, small, medium or large, because some paddlers "
        "are tall."
    )
    assert field_types(spec, "kayak")["size"] == "enum"
    assert "tall" not in " ".join(field_types(spec, "kayak"))


def test_a_reason_saying_how_records_are_shared_is_kept() -> None:
    said = simplify(
        "for each trip we note the kayaks that went, because the same kayak goes out on lots "
        "of trips"
    )
    assert "same kayak" in said


def test_a_slot_booked_that_the_sentence_describes_is_a_record() -> None:
    spec = design(
        "Courts have a number. A member books a slot on one particular court, and a slot is "
        "just a date and a start time."
    )
    assert field_types(spec, "slot")["start_time"] == "datetime"
    assert ("slot", "court", "many_to_one") in relations(spec)


def test_a_spot_booked_in_a_session_is_the_session_booked() -> None:
    assert place_in("people book a spot in a session") == "people book a session"


def test_a_pronoun_s_particle_before_with_leaves_the_verb_a_word_of_its_own() -> None:
    spec = design(
        "For each patient I keep a name, plus whether their doctor has signed them off to swim."
    )
    assert field_types(spec, "patient")["signed_to_swim"] == "boolean"


def test_the_usual_value_said_as_but_not_always_is_no_field() -> None:
    spec = design("A slot has a date and how many minutes it runs, usually fifty but not always.")
    assert set(field_types(spec, "slot")) == {"date", "duration_minutes"}


def test_values_said_without_but_not_always_are_kept() -> None:
    assert "fifty or sixty" in normalize_text("how many minutes it runs, fifty or sixty")


def test_a_second_verb_of_where_a_record_happens_is_the_subject_s_own() -> None:
    spec = design(
        "Rooms have a name. Every lesson is taught by a teacher and happens in one of the rooms."
    )
    assert ("lesson", "teacher", "many_to_one") in relations(spec)
    assert ("lesson", "room", "many_to_one") in relations(spec)
    assert ("room", "teacher", "many_to_one") not in relations(spec)


def test_a_record_done_to_that_opens_the_sentence_points_at_the_doer() -> None:
    spec = design("Rooms have a name. Each room is cleaned by a cleaner.")
    assert ("room", "cleaner", "many_to_one") in relations(spec)


def test_it_after_a_semicolon_is_the_record_of_the_clause_before() -> None:
    spec = design(
        "Each lesson has a date and a level; it is taught by one of our teachers and happens "
        "in one of the rooms, which have a name and a floor."
    )
    assert ("lesson", "teacher", "many_to_one") in relations(spec)
    assert ("lesson", "room", "many_to_one") in relations(spec)


def test_when_the_next_step_comes_between_commas_is_no_part_of_the_flow() -> None:
    spec = design(
        "Orders have a date. Each order starts as placed and, once the van has left, ends up "
        "delivered or returned."
    )
    assert flows(spec) == {"order": ("status", ["placed", "delivered", "returned"])}


def test_the_way_back_to_an_earlier_state_names_no_new_state() -> None:
    spec = design(
        "Each claim has a date and goes from submitted to paid, or to queried and back to "
        "submitted once the claimant has answered."
    )
    assert flows(spec) == {"claim": ("status", ["submitted", "paid", "queried"])}


def test_a_later_clause_s_record_given_one_of_another_points_at_it() -> None:
    spec = design("Trainees have a name, and each trainee is given a locker.")
    assert ("trainee", "locker", "many_to_one") in relations(spec)


def test_it_after_a_colon_is_the_record_counted_out_before() -> None:
    spec = design(
        "Claims have a date. The manager checks each claim: it goes from submitted to paid or "
        "rejected."
    )
    assert flows(spec) == {"claim": ("status", ["submitted", "paid", "rejected"])}


def test_it_after_and_is_left_to_the_sentence_s_subject() -> None:
    spec = design(
        "Claims have a date. The manager checks each claim and it goes from submitted to paid."
    )
    assert "claim" not in flows(spec)


def test_belongs_to_them_after_one_record_said_is_that_record() -> None:
    spec = design(
        "A patient is kept on file with a name, and each scan they have belongs to them, with a "
        "date and a result."
    )
    assert ("scan", "patient", "many_to_one") in relations(spec)


def test_belongs_to_them_after_records_in_the_plural_is_read_as_before() -> None:
    spec = design(
        "Patients are kept on file with a name, and each scan they have belongs to them, with a "
        "date."
    )
    assert ("scan", "patient", "many_to_one") in relations(spec)


def test_when_it_expires_is_the_record_s_expiry_date() -> None:
    spec = design("Each pass has a price and when it expires.")
    assert field_types(spec, "pass") == {"price": "decimal", "expiry_date": "date"}


def test_when_another_thing_ends_is_that_thing_s_end_date() -> None:
    spec = design("Each pass has a price and when the season ends.")
    assert field_types(spec, "pass")["season_end_date"] == "date"


def test_the_date_we_bought_or_sold_it_is_its_purchase_or_sale_date() -> None:
    assert "purchase_date" in field_types(
        design("Each reformer has a serial number and the date we bought it."), "reformer"
    )
    assert "sale_date" in field_types(
        design("Each van has a registration and the date we sold it."), "van"
    )


def test_the_date_we_did_something_else_to_it_is_named_by_the_verb() -> None:
    spec = design("Each van has a registration and the date we washed it.")
    assert field_types(spec, "van")["washed_date"] == "date"


def test_one_person_recording_a_thing_against_a_record_makes_it_theirs_and_its() -> None:
    spec = design(
        "Jobs have an address. The plumber who comes out records a call-out against the job, "
        "with the date and the cost."
    )
    assert field_types(spec, "call_out")["cost"] == "decimal"
    assert ("call_out", "job", "many_to_one") in relations(spec)
    assert ("call_out", "plumber", "many_to_one") in relations(spec)


def test_people_recording_things_against_records_are_read_as_before() -> None:
    spec = design(
        "Jobs have an address. Plumbers record call-outs against jobs, with the date and the cost."
    )
    assert ("call_out", "plumber", "many_to_one") in relations(spec)
    assert ("call_out", "job", "many_to_one") in relations(spec)


def test_each_day_being_a_record_with_a_list_is_that_record() -> None:
    spec = design(
        "Each Saturday is a market day with its date and a status, either on or off, because "
        "if it rains the square turns to mud and nobody comes."
    )
    assert field_types(spec, "market_day") == {"date": "date", "status": "enum"}


def test_each_record_being_another_word_with_a_list_is_left_to_the_readers() -> None:
    assert "stall" in entity_names(design("Each stall is a pitch with a number."))


def test_which_ones_go_with_which_records_is_a_many_to_many() -> None:
    spec = design(
        "Sessions have a date. My instruments each have a name and a kind, and I mark which "
        "ones get played at which sessions."
    )
    assert ("session", "instrument", "many_to_many") in relations(spec)


def test_which_one_was_played_without_which_records_is_no_many_to_many() -> None:
    spec = design(
        "Sessions have a date. My instruments each have a name and a kind, and I mark which "
        "ones get played."
    )
    assert ("session", "instrument", "many_to_many") not in relations(spec)


def test_how_many_came_is_the_attendance() -> None:
    spec = design("Each session note has a date and how many people turned up.")
    assert field_types(spec, "session_note") == {"date": "date", "attendance": "integer"}


def test_how_many_of_a_thing_were_used_is_that_count() -> None:
    spec = design("Each session note has a date and how many mats we used.")
    assert field_types(spec, "session_note") == {"date": "date", "mats": "integer"}


def test_a_record_that_is_one_thing_on_one_date_done_by_one_of_ours() -> None:
    spec = design(
        "Boats have a name. A launch is one boat on one date, done by one of the skippers."
    )
    assert field_types(spec, "launch") == {
        "date": "date",
        "boat_id": "reference",
        "skipper_id": "reference",
    }


def test_a_record_that_is_one_thing_with_a_quality_is_left_as_it_was() -> None:
    said = "a launch is one boat on one engine"
    assert is_one_on_one_date(said) == said


def test_what_is_ticked_for_every_part_on_each_record_is_a_check_of_the_pairing() -> None:
    spec = design(
        "Safety items have a wording. Inspections have a date. On each inspection every safety "
        "item gets ticked passed yes/no, with an optional note."
    )
    assert field_types(spec, "item_check") == {
        "passed": "boolean",
        "note": "long_text",
        "inspection_id": "reference",
        "safety_item_id": "reference",
    }


def test_what_is_ticked_without_yes_no_makes_no_check() -> None:
    spec = design(
        "Safety items have a wording. Inspections have a date. On each inspection every safety "
        "item gets ticked by the warden."
    )
    assert "item_check" not in entity_names(spec)


def test_one_person_put_on_each_record_is_that_record_s_one_with_what_they_fill_in() -> None:
    spec = design(
        "Arrivals have a date. A greeter is put on each arrival and afterwards fills in the "
        "actual arrival time and a short handover note."
    )
    assert field_types(spec, "arrival") == {
        "date": "date",
        "actual_arrival_time": "datetime",
        "short_handover_note": "long_text",
        "greeter_id": "reference",
    }
    assert ("greeter", "arrival", "many_to_one") not in relations(spec)


def test_one_person_put_on_one_record_is_left_as_it_was() -> None:
    said = "a greeter is put on the rota"
    assert one_is_put_on_each(said) == said
