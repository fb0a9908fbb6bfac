"""Round 57 (f): field lists given to the record they describe, and records told in passing.

Each reading has a sentence of another trade and a twin the reading must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations, simplified

from appwright.design.offline.clause_or_phrase import is_clause


def test_each_ones_possessive_list_names_its_record() -> None:
    spec = design(
        "We keep each tenant's name, phone and email, and each landlord's name and bank account."
    )
    assert set(field_types(spec, "landlord")) >= {"name", "bank_account"}
    assert "bank_account" not in field_types(spec, "tenant")


def test_the_ones_possessive_in_a_list_stays_a_field_twin() -> None:
    spec = design("We keep each tenant's name, phone and the landlord's name.")
    assert "landlord" not in entity_names(spec)
    assert "landlord_name" in field_types(spec, "tenant")


def test_second_records_list_ends_the_first_ones_list() -> None:
    spec = design(
        "For each owner we note a name, email and phone, and for each of their horses the "
        "name, age and a link to a photo."
    )
    assert set(field_types(spec, "owner")) == {"name", "email", "phone"}
    assert {"name", "age"} <= set(field_types(spec, "horse"))


def test_two_plurals_each_with_has_and_a_list() -> None:
    spec = design("Doctors have a name and a phone number, nurses have a name and a ward.")
    assert set(field_types(spec, "doctor")) == {"name", "phone_number"}
    assert set(field_types(spec, "nurse")) == {"name", "ward"}


def test_one_plural_with_has_and_a_list_twin() -> None:
    spec = design("Doctors have a name, a phone number and a ward.")
    assert set(field_types(spec, "doctor")) == {"name", "phone_number", "ward"}


def test_with_a_name_after_the_one_a_record_is_done_by() -> None:
    spec = design(
        "Every product has a price. Each product is supplied by a supplier with a name and an "
        "account number."
    )
    assert set(field_types(spec, "supplier")) >= {"name", "account_number"}
    assert "account_number" not in field_types(spec, "product")


def test_with_items_named_after_the_one_it_travels_on() -> None:
    spec = design(
        "A parcel has a weight and travels on a van run with a run date and a van registration."
    )
    assert set(field_types(spec, "van_run")) >= {"run_date", "van_registration"}
    assert "run_date" not in field_types(spec, "parcel")


def test_with_list_of_the_record_that_puts_one_in_another_twin() -> None:
    spec = design(
        "Each placement puts a carer in a home with a start date, an end date and a weekly fee."
    )
    assert {"start_date", "end_date", "weekly_fee"} <= set(field_types(spec, "placement"))


def test_bracket_after_two_of_a_record_after_a_comma_splice() -> None:
    text = (
        "A match has a court number and a score, it is played between two players (name and "
        "ranking)."
    )
    assert "; a match is played between two players" in simplified(text)
    spec = design(text)
    assert set(field_types(spec, "player")) == {"name", "ranking"}
    assert ("match", "player", "many_to_one") in relations(spec)


def test_it_after_a_comma_without_a_list_twin() -> None:
    text = "When the match ends, it is marked played."
    assert ";" not in simplified(text)


def test_which_one_did_it_by_name() -> None:
    spec = design(
        "A race has a date and a distance, and we record which marshal started it, by name."
    )
    assert set(field_types(spec, "marshal")) == {"name"}


def test_which_one_did_it_by_something_else_twin() -> None:
    spec = design(
        "A race has a date and a distance, and we record which marshal started it, by radio."
    )
    assert "radio" not in {f for e in spec.entities for f in field_types(spec, e.name)}


def test_for_them_after_one_of_our_plurals() -> None:
    text = (
        "Each pupil has a name. Each pupil learns under one of our tutors, and for them I only "
        "need a name and phone number."
    )
    spec = design(text)
    assert set(field_types(spec, "tutor")) == {"name", "phone_number"}
    assert "phone_number" not in entity_names(spec)


def test_for_them_after_a_singular_twin() -> None:
    text = "Each pupil learns in a class, and for them I only need a name."
    assert "for each" not in simplified(text)


def test_then_their_record_which_has_a_list() -> None:
    spec = design(
        "What I need is the tenant (name, phone), then their lease, which has a start date, an "
        "end date and a monthly rent."
    )
    assert {"start_date", "end_date", "monthly_rent"} <= set(field_types(spec, "lease"))
    assert ("lease", "tenant", "many_to_one") in relations(spec)


def test_reason_after_the_last_item_names_no_field() -> None:
    spec = design("Each pupil has a name and an email for a parent because most of them are young.")
    assert set(field_types(spec, "pupil")) == {"name", "email_for_parent"}


def test_singular_article_and_a_plural_looking_word_is_one_noun() -> None:
    spec = design(
        "Each van has a registration. It should hold:\n"
        "- an ABS check for each van: check date, result"
    )
    assert set(field_types(spec, "abs_check")) >= {"check_date", "result"}
    assert not is_clause("a dbs check for each volunteer")


def test_with_list_after_a_bracket_and_a_date_is_the_subjects() -> None:
    spec = design(
        "Each gala is held at a pool (name, address, lanes) on a date, with an entry fee."
    )
    assert set(field_types(spec, "pool")) == {"name", "address", "lanes"}
    assert {"date", "entry_fee"} <= set(field_types(spec, "gala"))
    assert "date" not in entity_names(spec)


def test_with_list_after_a_bracket_and_no_date_twin() -> None:
    spec = design("Each gala is held at a pool (name, address, lanes).")
    assert set(field_types(spec, "pool")) == {"name", "address", "lanes"}
    assert "entry_fee" not in field_types(spec, "gala")


def test_count_planned_for_and_how_it_ends() -> None:
    text = "A lesson is booked for a number of hours and ends with a grade of pass or fail."
    assert simplified(text).startswith(
        "a lesson has a number of hours; a lesson has a grade (pass or fail)"
    )
    assert set(field_types(design(text), "lesson")) == {"hours", "grade"}


def test_count_of_a_plural_that_is_no_noun_twin() -> None:
    text = "A lesson is booked for a number of reasons."
    assert "has a number" not in simplified(text)


def test_header_of_what_each_record_has_done() -> None:
    spec = design(
        "It should hold:\n- drivers: name, email\n"
        "- the refresher course each driver has done: course name, date passed, expiry date"
    )
    assert {"course_name", "expiry_date"} <= set(field_types(spec, "refresher_course"))
    assert ("refresher_course", "driver", "many_to_one") in relations(spec)
    assert "course_name" not in field_types(spec, "driver")


def test_header_of_what_each_record_has() -> None:
    spec = design(
        "It should hold:\n- drivers: name, email\n- the van each driver has: registration, make"
    )
    assert set(field_types(spec, "van")) >= {"registration", "make"}


def test_what_each_record_has_done_without_a_list_twin() -> None:
    text = "The course each driver has done is logged."
    assert simplified(text) == "the course each driver has done is logged."


def test_a_verb_of_measure_after_split_predicates() -> None:
    spec = design(
        "Our club holds galas every term. A gala takes place on a date at a location, "
        "costs an entry fee and is run by a team of volunteers."
    )
    assert {"date", "location", "entry_fee"} <= set(field_types(spec, "gala"))


def test_a_verb_of_measure_with_no_noun_twin() -> None:
    text = "A ticket costs a lot."
    assert simplified(text) == "a ticket costs a lot."


def test_gapped_plural_with_just_before_its_list() -> None:
    spec = design(
        "Each delivery gets a date, one of our vans and one of our porters; vans have a "
        "registration and a load space, porters just a name and a phone number."
    )
    assert set(field_types(spec, "porter")) == {"name", "phone_number"}
    assert set(field_types(spec, "van")) == {"registration", "load_space"}


def test_whose_list_we_keep_before_the_subjects_next_predicate() -> None:
    spec = design(
        "We run a charity shop. Every donation comes from a donor, whose name, address and email "
        "we keep, and has a date and a value."
    )
    assert set(field_types(spec, "donor")) == {"name", "address", "email"}
    assert {"date", "value"} <= set(field_types(spec, "donation"))


def test_gapped_plural_after_and() -> None:
    spec = design(
        "We hire out bikes. Each hire is for one bike, and bikes have a frame number and a size, "
        "riders a name, a phone and an email."
    )
    assert set(field_types(spec, "rider")) == {"name", "phone", "email"}
    assert set(field_types(spec, "bike")) == {"frame_number", "size"}


def test_for_the_other_record_ends_the_first_list() -> None:
    spec = design(
        "We run a kennels. Each stay is for one dog, and for the dog we need its name, breed and "
        "vet, and for the owner a name and phone."
    )
    assert set(field_types(spec, "dog")) == {"name", "breed", "vet"}
    assert set(field_types(spec, "owner")) == {"name", "phone"}


def test_two_values_of_several_words_after_a_word_for_a_choice() -> None:
    text = "Each booking has a date and a pickup method of collect at the depot or delivery"
    assert "a pickup method (collect at the depot or delivery)" in simplified(text)
    assert field_types(design(text), "booking")["pickup_method"] == "enum"


def test_two_things_of_several_words_after_no_choice_word_twin() -> None:
    text = "Each booking has a date and a list of members at the club or guests"
    assert "(" not in simplified(text)


def test_reason_after_no_list_twin() -> None:
    text = "We open late on fridays because they are busy"
    assert simplified(text) == "we open late on fridays because they are busy"


def test_plural_subject_and_a_bare_verb_is_still_a_clause_twin() -> None:
    assert is_clause("members check for each volunteer")


def test_whose_list_before_no_predicate_twin() -> None:
    text = "Every donation comes from a donor, whose name we keep, and the date it came in"
    assert "each donor has" not in simplified(text)


def test_when_after_the_named_ones_list_is_the_subjects() -> None:
    spec = design(
        "We run a choir. Each concert is held at a venue with a name and an address, on a date."
    )
    assert set(field_types(spec, "venue")) == {"name", "address"}
    assert "date" in field_types(spec, "concert")


def test_named_ones_list_without_a_when_twin() -> None:
    spec = design("We run a choir. Each concert is held at a venue with a name and an address.")
    assert set(field_types(spec, "venue")) == {"name", "address"}
    assert "date" not in field_types(spec, "concert")
