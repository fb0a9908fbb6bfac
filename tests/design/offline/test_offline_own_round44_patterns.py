"""Shapes from descriptions of our own written for this round (tree surgeons, dry cleaners,
choirs), each designed end to end on a sentence of its own, with a twin it must leave alone:
*a type like suit, dress or shirt*, *each ticket lists the garments handed in*, *for
alterations the tailor notes the measurements ...*, *rehearsals happen on a date at a venue*
*at every rehearsal we mark who turned up*, *customers ring up for a quote* and *if they
accept, it becomes a job booked on a date with one crew*, *a quote covers one property* and *a customer gets one quote with ...*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations


def test_a_value_like_these_takes_those_values() -> None:
    spec = design("Every boot has a size, a style like chelsea, brogue or derby, and a colour.")
    assert field_types(spec, "boot") == {"size": "text", "style": "enum", "colour": "text"}
    boot = spec.entity("boot")
    assert boot is not None
    style = boot.field("style")
    assert style is not None and style.options == ["chelsea", "brogue", "derby"]


def test_things_like_these_are_still_records() -> None:
    spec = design(
        "Each job has a date. We hire out the tools like drills, saws or sanders to customers."
    )
    assert "like" not in " ".join(entity_names(spec))


def test_each_record_lists_the_things_handed_in_is_theirs() -> None:
    spec = design(
        "Each docket is for one customer and lists the shoes handed in; every shoe has a "
        "colour and a repair wanted."
    )
    assert ("shoe", "docket", "many_to_one") in relations(spec)
    assert ("docket", "shoe", "many_to_one") not in relations(spec)
    assert not any(name.startswith("shoes") for name in field_types(spec, "docket"))


def test_for_each_one_someone_notes_a_list_is_that_ones() -> None:
    spec = design(
        "Each shoe has a colour. For each resole the cobbler notes the measurements and the "
        "price agreed."
    )
    assert field_types(spec, "resole") == {
        "measurements": "text",
        "price_agreed": "decimal",
    }
    assert "cobbler" not in entity_names(spec)
    assert set(field_types(spec, "shoe")) == {"colour"}


def test_things_that_happen_on_a_date_at_a_place_have_both() -> None:
    spec = design(
        "Ringers have a name and an email. Practices happen on a date at a tower, and at "
        "every practice we mark who turned up."
    )
    assert field_types(spec, "practice") == {"date": "date", "tower": "text"}
    assert ("ringer", "practice", "many_to_many") in relations(spec)


def test_a_place_said_of_the_business_is_no_record() -> None:
    spec = design("Our shop is in a town. Customers have a name and an email.")
    assert entity_names(spec) == {"customer"}


def test_who_turned_up_needs_one_kind_of_people() -> None:
    spec = design(
        "Ringers have a name and an email. Tutors have a name and a phone. Practices have a "
        "date, and at every practice we mark who turned up."
    )
    assert not any(kind == "many_to_many" for _, _, kind in relations(spec))


def test_people_ringing_up_for_a_record_own_it() -> None:
    spec = design(
        "Clients ring up for an estimate, so we keep their name, address and phone. An "
        "estimate has a price."
    )
    assert relations(spec) == {("estimate", "client", "many_to_one")}
    assert field_types(spec, "client") == {"name": "text", "address": "text", "phone": "text"}


def test_people_signing_up_for_a_class_join_it() -> None:
    spec = design(
        "Classes have a name and a day. Students have a name. Students sign up for a class."
    )
    assert ("class", "student", "many_to_one") not in relations(spec)


def test_it_becomes_a_record_booked_on_a_date_with_one_of_them() -> None:
    spec = design(
        "An estimate has a price. Once accepted, an estimate becomes a job booked on a date "
        "with one team; teams have a name."
    )
    assert field_types(spec, "job") == {
        "date": "date",
        "team_id": "reference",
        "estimate_id": "reference",
    }
    assert {("job", "team", "many_to_one"), ("job", "estimate", "many_to_one")} <= relations(spec)


def test_a_record_that_covers_one_other_points_at_it() -> None:
    spec = design("A survey covers one building and lists the defects found, a fee and a date.")
    assert ("survey", "building", "many_to_one") in relations(spec)
    assert "one_building" not in field_types(spec, "survey")


def test_a_record_that_covers_several_lists_them() -> None:
    spec = design("A policy has a premium and covers several vehicles; vehicles have a plate.")
    assert "one_vehicle" not in field_types(spec, "policy")
    assert "vehicle" in entity_names(spec)


def test_a_one_gets_one_record_with_a_list_is_each_ones() -> None:
    spec = design(
        "Patients have a name. A patient gets one care plan with a start date and a status "
        "(draft, agreed, closed)."
    )
    assert set(field_types(spec, "care_plan")) == {"start_date", "status", "patient_id"}
    assert set(field_types(spec, "patient")) == {"name"}
