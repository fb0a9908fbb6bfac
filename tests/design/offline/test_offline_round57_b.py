"""Round 57 (b): records that should never be records, and bad singulars.

Each test designs a sentence of a domain the round's batch is not about end to end, with a
twin the change must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations


def test_a_date_and_a_number_said_of_a_record_are_its_fields_not_records() -> None:
    spec = design(
        "We put on school concerts. Each concert is held at a hall (name, address, capacity) "
        "on a date, with a ticket price."
    )
    assert entity_names(spec) == {"concert", "hall"}
    assert field_types(spec, "concert")["date"] == "date"
    assert ("concert", "hall", "many_to_one") in relations(spec)


def test_a_thing_of_a_kind_stays_a_record() -> None:
    # twin: "ticket type" is a record of its own, with its own fields
    spec = design("Each concert has a ticket type. Each ticket type has a name and a price.")
    assert {"concert", "ticket_type"} <= entity_names(spec)
    assert ("concert", "ticket_type", "many_to_one") in relations(spec)


def test_a_phone_number_read_as_a_record_is_given_to_its_one_record() -> None:
    spec = design(
        "We run a tutoring agency. Each pupil has a name and a year group. Each pupil learns "
        "with one of our tutors, and for them I really only need a name and phone number."
    )
    assert "phone_number" not in entity_names(spec)
    assert {"name", "phone_number"} <= set(field_types(spec, "tutor"))
    assert ("pupil", "tutor", "many_to_one") in relations(spec)


def test_a_conjunction_is_no_record() -> None:
    spec = design(
        "Tutors have a name and a grade of A, B or C, and they may only enter their own "
        "reports, whereas the head of centre can see every report."
    )
    assert entity_names(spec) == {"tutor"}


def test_a_group_said_only_of_many_is_the_records_it_holds() -> None:
    spec = design(
        "At our bake-off every cake is tasted by a panel of judges. A cake has a name and a "
        "flavour. Judges have a name and a grade."
    )
    assert entity_names(spec) == {"cake", "judge"}
    assert ("cake", "judge", "many_to_one") in relations(spec)


def test_a_group_with_its_own_fields_stays_a_record() -> None:
    # twin: a team that has a name and a colour is a record of its own
    spec = design(
        "At our bake-off every cake is tasted by a team of judges. A team has a name and a "
        "colour. Judges have a name and a grade."
    )
    assert {"team", "judge"} <= entity_names(spec)


def test_an_acronym_ending_in_s_is_no_plural() -> None:
    spec = design(
        "We service cars. Each car has a registration and a make. An ABS test for each car: "
        "test date, result and notes."
    )
    assert "abs" in entity_names(spec) and "ab" not in entity_names(spec)
    assert ("abs", "car", "many_to_one") in relations(spec)


def test_an_acronym_with_a_small_s_is_a_plural() -> None:
    # twin: "GPs" are each a GP
    spec = design(
        "We service cars. Each car has a registration and a make. Each car is looked after by "
        "one of our GPs, with a name and phone."
    )
    assert "gp" in entity_names(spec)


def test_a_noun_ending_in_s_keeps_its_s_when_the_guess_is_no_word() -> None:
    spec = design("Each Christmas has a theme and a budget. Each stall belongs to a Christmas.")
    assert "christmas" in entity_names(spec)
    assert ("stall", "christmas", "many_to_one") in relations(spec)


def test_a_value_read_as_a_record_is_a_field_of_the_one_record_said_beside_it() -> None:
    spec = design(
        "Before every flight a pilot has to pass a pre-flight medical with one of our aviation "
        "doctors. For each medical we record the date and time, blood pressure, pulse, any "
        "notes and an outcome that starts as pending and then becomes passed or failed; a "
        "failed medical can be referred to a specialist."
    )
    assert "outcome" not in entity_names(spec)
    assert "outcome" in field_types(spec, "medical")


def test_a_value_already_a_field_takes_no_second_field() -> None:
    # twin: the service lists its outcome itself; its states make no "status" beside it
    spec = design(
        "Our engineers service boilers. For each service we record the date, the gas pressure, "
        "any notes and an outcome that starts as pending and then becomes passed or failed. "
        "Engineers have a name."
    )
    assert set(field_types(spec, "service")) == {"date", "gas_pressure", "notes", "outcome"}


_EXAMS = (
    "Our dance school holds exams every term. Pupils have a name, date of birth and their "
    "current grade, and each grade has a name and a level. An exam takes place on a date at a "
    "location, costs an entry fee and is run by a panel of examiners, and {panels}. When a "
    "pupil enters an exam we note the grade they are going for, their mark and whether they "
    "passed."
)


def test_a_group_of_people_not_yet_a_record_names_them() -> None:
    spec = design(_EXAMS.format(panels="any examiner can sit on many panels"))
    assert "examiner" in entity_names(spec) and "panel" not in entity_names(spec)
    assert ("exam", "examiner", "many_to_one") in relations(spec)


def test_a_group_with_a_list_of_its_own_is_left_a_record() -> None:
    # twin: a panel that has a name and a chair is a record of its own
    spec = design(_EXAMS.format(panels="each panel has a name and a chair"))
    assert "panel" in entity_names(spec)
