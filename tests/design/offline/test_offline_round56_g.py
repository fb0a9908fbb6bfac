"""Mechanisms measured as the loss on batch 66 (visiting services for care homes and people at
home: activity programmes, befriending, home hearing checks, entertainer bookings, home sight
tests).

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
what we hold of each record."""

from __future__ import annotations

from offline_spec_views import design, field_types, relations


def test_what_we_hold_for_each_record_is_its_list() -> None:
    spec = design(
        "For each repairer we hold a name, phone and skills. "
        "For each visitor we hold a name, email and postcode."
    )
    assert set(field_types(spec, "repairer")) == {"name", "phone", "skills"}
    assert set(field_types(spec, "visitor")) == {"name", "email", "postcode"}


def test_what_they_hold_is_no_list_of_ours() -> None:
    spec = design("Learners sign up with a name, phone and whether they already hold a licence.")
    assert set(field_types(spec, "learner")) == {"name", "phone", "hold_licence"}


_GYMS = "Gyms have a name, a town and a phone. Each class is for one gym, with a date and a price. "


def test_a_record_left_of_another_points_at_it() -> None:
    spec = design(_GYMS + "The gym leaves a review of the class with a score and comments.")
    assert ("review", "class", "many_to_one") in relations(spec)
    assert ("review", "gym", "many_to_one") in relations(spec)


def test_a_record_left_with_no_other_is_only_its_makers() -> None:
    spec = design(_GYMS + "The gym leaves a review with a score and comments.")
    assert ("review", "gym", "many_to_one") in relations(spec)
    assert not {link for link in relations(spec) if link[0] == "review" and link[1] == "class"}
