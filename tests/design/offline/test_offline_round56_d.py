"""Round 56 (d): wordings of older held-out descriptions the designer still read worst.

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
what is all we need of someone, said in brackets, a bracket about the record a clause
goes to when the subject goes on to a second predicate, and people booking who give their
details."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations, simplified


def test_all_we_need_in_brackets_is_the_list_of_the_noun_before_it() -> None:
    spec = design(
        "Every fitting is for a bride (all I need is her name, phone and email) and has a date "
        "and a dress size."
    )
    assert field_types(spec, "bride") == {"name": "text", "phone": "text", "email": "email"}
    assert {"date", "dress_size"} <= set(field_types(spec, "fitting"))


def test_all_we_need_said_outside_brackets_is_left_alone() -> None:
    # not a bracket: the clause is read as it was
    assert "all i need is" in simplified(
        "Every fitting is for a bride, and all I need is a date and a dress size."
    )


def test_a_bracket_before_a_second_predicate_is_a_clause_of_its_own() -> None:
    spec = design(
        "Each parcel is sorted at one depot (depots have a name, a postcode and a manager's "
        "email) and goes out on a delivery round with a round date and a driver name."
    )
    assert field_types(spec, "depot") == {
        "name": "text",
        "postcode": "text",
        "manager_email": "email",
    }
    assert ("parcel", "depot", "many_to_one") in relations(spec)


def test_a_bracket_before_a_plural_subjects_second_predicate_stays_inside() -> None:
    # a plural subject is no split: the flow that goes on is the lessons', not the tutors'
    spec = design(
        "A lesson has a date and a length. Lessons are given to a tutor (tutors have a name) "
        "and move from booked to taught."
    )
    assert field_types(spec, "tutor") == {"name": "text"}
    assert [flow.entity for flow in spec.state_flows] == ["lesson"]


def test_people_booking_while_giving_their_details_make_a_booking_of_no_one() -> None:
    spec = design(
        "A pottery class has a title and a date. People book onto a class giving their name, "
        "phone and how many seats they need."
    )
    assert field_types(spec, "booking") == {
        "name": "text",
        "phone": "text",
        "seats": "integer",
        "pottery_class_id": "reference",
    }
    assert entity_names(spec) == {"pottery_class", "booking"}


def test_named_people_booking_while_giving_their_details_own_the_booking() -> None:
    spec = design(
        "A pottery class has a title and a date. Students book onto a class giving their name, "
        "phone and how many seats they need."
    )
    assert ("booking", "student", "many_to_one") in relations(spec)
