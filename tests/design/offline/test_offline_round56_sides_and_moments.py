"""Mechanisms measured as the loss on batch 66 (visiting services for care homes and people at
home: activity programmes, befriending, home hearing checks, entertainer bookings, home sight
tests).

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
what we hold of each record, a record left of another, a recommendation of several-word values,
a measure for each of two sides, the date and time a record starts, and the total spent."""

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


def test_a_recommendation_of_phrases_is_a_choice() -> None:
    spec = design(
        "A roof survey has a survey date and a recommendation of no work, retest in a year, "
        "patch repair or full replacement."
    )
    assert field_types(spec, "roof_survey") == {"survey_date": "date", "recommendation": "enum"}


def test_a_list_of_phrases_is_no_choice() -> None:
    spec = design(
        "A roof survey has a survey date and a list of no work, recheck in a year, "
        "patch repair or full replacement."
    )
    assert "recommendation" not in field_types(spec, "roof_survey")
    assert "list" not in field_types(spec, "roof_survey")


def test_a_measure_for_each_side_is_two_fields() -> None:
    spec = design(
        "A tyre check has a check date, a tread depth for the front axle and one for the rear "
        "axle (legal, worn or illegal), and the pressure for the left wheel and for the right "
        "wheel."
    )
    assert field_types(spec, "tyre_check") == {
        "check_date": "date",
        "front_axle_tread_depth": "enum",
        "rear_axle_tread_depth": "enum",
        "left_wheel_pressure": "text",
        "right_wheel_pressure": "text",
    }


def test_a_measure_for_one_thing_stays_one_field() -> None:
    spec = design("A tyre check has a check date and a tread depth for the front axle.")
    assert "front_axle_tread_depth" not in field_types(spec, "tyre_check")


def test_the_date_and_time_a_record_starts_is_one_moment() -> None:
    spec = design("A tasting has a theme, the date and time it starts and a price.")
    assert field_types(spec, "tasting") == {
        "theme": "text",
        "starts_at": "datetime",
        "price": "decimal",
    }


def test_a_date_and_a_time_said_apart_stay_two_fields() -> None:
    spec = design("A tasting has a theme, a date, a start time and a price.")
    assert "starts_at" not in field_types(spec, "tasting")
    assert field_types(spec, "tasting")["date"] == "date"


def test_the_total_spent_per_one_adds_up_its_money() -> None:
    spec = design("Lessons have a pupil and a price. Reports: total paid per pupil per month.")
    measures = [(r.entity, r.measure.agg, r.measure.field) for r in spec.reports]
    assert measures == [("lesson", "sum", "price")]


def test_the_ones_paid_per_one_are_counted() -> None:
    spec = design("Lessons have a pupil and a price. Reports: lessons paid per pupil per month.")
    assert [(r.entity, r.measure.agg) for r in spec.reports] == [("lesson", "count")]
