"""Round 59 (d): a record's fields said where the readers did not look for them are given to
the record they belong to.

Each reading is designed end to end over several wordings of the same meaning, and has a twin
it must leave alone.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, plain_field_names, relations

_GLAZIER = "We fit windows for homeowners. Fitters have a name and a phone number. "
_WISHED_LISTS = [
    "I'd want each quote to hold the customer's name, a window size, a glass type and a price.",
    "We would like every quote to have a window size, a glass type and a price.",
    "So I need each quote to record the window size, the glass type and the price.",
    "I'd really like every quote to also keep a window size, a glass type and a price.",
]


@pytest.mark.parametrize("said", _WISHED_LISTS)
def test_what_each_record_is_wished_to_hold_is_its_list(said: str) -> None:
    """*i'd want each quote to hold ...*, *we would like every quote to have ...*: the wish is
    the quote's own list, as *each quote has ...*."""
    spec = design(_GLAZIER + said)
    assert {"window_size", "glass_type", "price"} <= plain_field_names(spec, "quote")
    assert plain_field_names(spec, "fitter") == {"name", "phone_number"}


def test_what_each_one_is_wished_to_do_is_no_list() -> None:
    """*we'd like each customer to pay a deposit and a fitting fee*: an act wished of them,
    not what a customer record holds."""
    spec = design(_GLAZIER + "We'd like each customer to pay a deposit and a fitting fee.")
    assert "deposit" not in plain_field_names(spec, "customer")
    assert plain_field_names(spec, "fitter") == {"name", "phone_number"}


_TUTORING = "We run a tutoring agency. "
_ONE_WITH_BRACKET = [
    "Each lesson is for one pupil (name, year group, school) and is taught by one tutor; we "
    "record the date and the price.",
    "Every lesson goes to one pupil (name, year group, school) and carries a date and a price.",
    "Each lesson is about a single pupil (name, year group and school) and has a date and a price.",
    "A lesson is made for one pupil (name, year group, school) and has a date and a price.",
]


@pytest.mark.parametrize("said", _ONE_WITH_BRACKET)
def test_a_bracket_after_the_one_record_pointed_at_is_that_records_list(said: str) -> None:
    """*each lesson is for one pupil (name, year group, school) and ...*: the bracket is the
    pupil's list; the lesson keeps the date and price said after it and points at the pupil."""
    spec = design(_TUTORING + said)
    assert plain_field_names(spec, "pupil") == {"name", "year_group", "school"}
    assert {"date", "price"} <= plain_field_names(spec, "lesson")
    assert not {"year_group", "school"} & plain_field_names(spec, "lesson")
    assert ("lesson", "pupil", "many_to_one") in relations(spec)


def test_values_in_a_bracket_after_one_record_are_no_list() -> None:
    """*each lesson covers one subject (maths, english or science)*: the values a choice takes,
    not fields of a subject record."""
    spec = design(
        _TUTORING + "Each lesson covers one subject (maths, english or science) and has a date "
        "and a price."
    )
    assert "maths" not in plain_field_names(spec, "subject")
    assert {"date", "price"} <= plain_field_names(spec, "lesson")
    assert "lesson" in entity_names(spec)


_ENROLMENTS = {
    "signs one up to one, with": (
        "Courses have a title and a fee. An enrolment signs one pupil up to one course, with a "
        "start date, a payment reference and whether it is still active."
    ),
    "enters one into one, with": (
        "Courses have a title and a fee. An enrolment enters one pupil into one course with a "
        "start date, a payment reference and whether it is still active."
    ),
    "registers one for one, with": (
        "Courses have a title and a fee. An enrolment registers one pupil for one course, with a "
        "start date, a payment reference and whether it is still active."
    ),
    "books one onto one, with": (
        "Courses have a title and a fee. An enrolment books one pupil onto one course, with a "
        "start date, a payment reference and whether it is still active."
    ),
}


@pytest.mark.parametrize("said", list(_ENROLMENTS), ids=list(_ENROLMENTS))
def test_a_record_that_signs_one_up_to_another_belongs_to_both_and_keeps_its_list(
    said: str,
) -> None:
    """*an enrolment signs one pupil up to one course, with a start date, ...*: the enrolment
    points at the pupil and the course and keeps the list (the *up* is no part of the pupil)."""
    spec = design(_ENROLMENTS[said])
    assert {"start_date", "payment_reference"} <= plain_field_names(spec, "enrolment")
    assert {("enrolment", "pupil", "many_to_one"), ("enrolment", "course", "many_to_one")} <= (
        relations(spec)
    )
    assert "pupil_up" not in entity_names(spec)


def test_someone_who_signs_one_up_is_no_record_tying_them() -> None:
    """*a coordinator signs one pupil up to one course, with ...*: a doer's act, not a
    coordinator record that belongs to the course and keeps the list."""
    spec = design(
        "Courses have a title and a fee. A coordinator signs one pupil up to one course, with a "
        "start date and a payment reference."
    )
    assert ("coordinator", "course", "many_to_one") not in relations(spec)
    assert "start_date" not in plain_field_names(spec, "coordinator")


_BELONGS_WITH_ITS_LIST = {
    "plural, and belong to": (
        "Vans have a registration and a make and belong to a depot with a name and a postcode.",
        "depot",
    ),
    "its own list first": (
        "Every van has a registration and a make, and belongs to a leasing company with a name "
        "and a postcode.",
        "leasing_company",
    ),
    "two words for the whole": (
        "Every van belongs to a leasing company with a name and a postcode.",
        "leasing_company",
    ),
    "one field first, two words": (
        "Every van has a registration, and belongs to a holding company with a name and a "
        "postcode.",
        "holding_company",
    ),
}


@pytest.mark.parametrize("said", list(_BELONGS_WITH_ITS_LIST), ids=list(_BELONGS_WITH_ITS_LIST))
def test_the_list_after_what_a_record_belongs_to_is_that_ones(said: str) -> None:
    """*vans have a registration and belong to a depot with a name and a postcode*, *every van
    has a registration, and belongs to a leasing company with a name ...*: the list naming what
    it is called is the depot's (the company's), after the van's own list or a plural subject."""
    text, whole = _BELONGS_WITH_ITS_LIST[said]
    spec = design("We hire out vans. " + text)
    assert plain_field_names(spec, whole) == {"name", "postcode"}
    assert "postcode" not in plain_field_names(spec, "van")
    assert ("van", whole, "many_to_one") in relations(spec)


def test_its_list_after_what_a_record_belongs_to_stays_its_own() -> None:
    """*each van belongs to a depot with its registration and make*: *its* list is the van's."""
    spec = design("We hire out vans. Each van belongs to a depot with its registration and make.")
    assert {"registration", "make"} <= plain_field_names(spec, "van")


_GIVES_US_THEIR = [
    "Each entrant enters one race and gives us their name, club and shirt size.",
    "Every entrant joins one race and tells us their name, club and shirt size.",
    "Each entrant picks one race and gives us their name, their club and their shirt size.",
]


@pytest.mark.parametrize("said", _GIVES_US_THEIR)
def test_what_one_hands_over_after_their_first_act_is_their_list(said: str) -> None:
    """*each entrant enters one race and gives us their name, club and shirt size*: the second
    predicate is the entrant's own (*gives us their* a verb and its object, the *us* between),
    and what they hand over about themselves is what the app keeps of them."""
    spec = design("We organise fun runs. Races have a date and a distance. " + said)
    assert {"club", "shirt_size"} <= plain_field_names(spec, "entrant")
    assert ("entrant", "race", "many_to_one") in relations(spec)
    assert "club" not in plain_field_names(spec, "race")


def test_what_one_hands_over_that_is_no_detail_of_theirs_is_no_list() -> None:
    """*each entrant enters one race and gives us a donation*: no detail about them."""
    spec = design(
        "We organise fun runs. Races have a date and a distance. Each entrant enters one race "
        "and gives us a donation."
    )
    assert "donation" not in plain_field_names(spec, "entrant")


_FOUND_ON_ONE = [
    "When we find a leak in a house we record the room, the severity and a photo link.",
    "If we notice a leak in a house, we record the room, the severity and a photo link.",
    "Whenever we come across a leak in a house we note the room, the severity and a photo link.",
    "When I spot a leak at a house, I log the room, the severity and a photo link.",
]


@pytest.mark.parametrize("said", _FOUND_ON_ONE)
def test_what_we_find_on_one_record_keeps_the_list_we_log(said: str) -> None:
    """*when we find a leak in a house we record the room, ...*: the leak found is the record
    the list is kept for, and it belongs to the house it was found in (the house, named last
    before the list, keeps only its own)."""
    spec = design("We manage rented houses, each with an address. " + said)
    assert {"room", "severity", "photo_link"} <= plain_field_names(spec, "leak")
    assert plain_field_names(spec, "house") == {"address"}
    assert ("leak", "house", "many_to_one") in relations(spec)


def test_what_we_find_on_a_day_belongs_to_no_day() -> None:
    """*when we find a leak on the day, we record ...*: when it was found, no record it is of."""
    spec = design(
        "We manage rented houses, each with an address. When we find a leak on the day, we "
        "record the room and the severity."
    )
    assert "day" not in entity_names(spec)
