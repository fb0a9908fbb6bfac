"""Round 56: wordings of older held-out descriptions the designer still read worst.

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
what is all we need of someone, said in brackets, a bracket about the record a clause
goes to when the subject goes on to a second predicate, people booking who give their
details, how a record came to be kept, what a record has *plus* the fields it holds, the one
a record is kept against, with what it has, flow steps that share the verb of one before them,
the one who alone may, and whether anyone among them has a thing."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations, simplified


def test_all_we_need_in_brackets_is_the_list_of_the_noun_before_it() -> None:
    spec = design(
        "Every fitting is for a bride (all I need is her name, phone and email) and has a date "
        "and a dress size."
    )
    assert field_types(spec, "bride") == {"name": "text", "phone": "text", "email": "email"}
    assert {"date", "dress_size"} <= set(field_types(spec, "fitting"))


def test_all_we_need_said_outside_brackets_is_left_alone() -> None:
    # not a bracket: the clause is read as it was
    assert "all we need is" in simplified(  # the owner's *I* is *we* (round 58)
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


def test_how_a_record_came_to_be_kept_names_no_record() -> None:
    spec = design("Each bike picked out for auction has a lot number and a reserve price.")
    assert entity_names(spec) == {"bike"}
    assert field_types(spec, "bike") == {"lot_number": "text", "reserve_price": "decimal"}


def test_a_record_named_after_the_participle_is_still_linked() -> None:
    spec = design("Each bike sold to a buyer has a price.")
    assert ("bike", "buyer", "many_to_one") in relations(spec)


def test_several_records_after_plus_are_records_of_their_own() -> None:
    spec = design(
        "A recipe has a title, a cuisine and a cooking time, plus any number of steps, each "
        "just an instruction."
    )
    assert entity_names(spec) == {"recipe", "step"}
    assert field_types(spec, "recipe") == {
        "title": "text",
        "cuisine": "text",
        "cooking_time": "integer",
    }
    assert ("step", "recipe", "many_to_one") in relations(spec)


def test_plus_a_field_after_a_list_stays_a_field() -> None:
    spec = design("A recipe has a title and a cuisine, plus a cooking time.")
    assert entity_names(spec) == {"recipe"}


def test_the_one_a_record_is_kept_against_has_the_list_after_it() -> None:
    spec = design(
        "When a painting sells we record a sale with the price and the date, against a collector "
        "with a name and a phone number."
    )
    assert field_types(spec, "sale") == {
        "price": "decimal",
        "date": "date",
        "collector_id": "reference",
    }
    assert field_types(spec, "collector") == {"name": "text", "phone_number": "text"}


def test_a_record_kept_against_with_no_list_of_its_own_is_left_alone() -> None:
    plain = simplified(
        "When a painting sells we record a sale with the price, against the invoice."
    )
    assert "belongs to one" not in plain


def test_flow_steps_after_one_told_with_its_verb_share_it() -> None:
    spec = design(
        "A planting job has an address. Jobs start as a quote, turn accepted once the client "
        "signs, then planted, and finished when we leave."
    )
    assert flows(spec) == {"planting_job": ("status", ["quote", "accepted", "planted", "finished"])}


def test_things_after_a_flow_step_that_are_no_states_make_no_flow() -> None:
    spec = design(
        "A planting job has an address. Jobs start as a quote, turn accepted, then hedges, "
        "and lawns."
    )
    assert flows(spec) == {}


def test_only_a_one_who_may_is_a_role() -> None:
    spec = design(
        "A claim has a number and a status: open, checked or paid. Clerks open claims, but "
        "only a senior assessor can mark one as paid."
    )
    assert "senior_assessor" in spec.permissions.roles


def test_a_one_who_may_without_only_is_no_role() -> None:
    spec = design("A claim has a number. A senior assessor can mark a claim as paid.")
    assert "senior_assessor" not in spec.permissions.roles


def test_whether_anyone_among_them_has_a_thing_is_a_yes_no_of_the_thing() -> None:
    spec = design(
        "Each table booking has a name, a phone number and whether anyone in the party has a "
        "nut allergy."
    )
    assert field_types(spec, "table_booking")["nut_allergy"] == "boolean"


def test_whether_anyone_has_a_thing_is_read_as_before() -> None:
    spec = design("Each table booking has a name and whether anyone has a nut allergy.")
    assert field_types(spec, "table_booking")["nut_allergy"] == "boolean"
