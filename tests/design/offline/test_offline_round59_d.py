"""Round 59 (d): a record's fields said where the readers did not look for them are given to
the record they belong to.

Each reading is designed end to end over several wordings of the same meaning, and has a twin
it must leave alone.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, relations

from appwright.spec.models import AppSpec


def _fields(spec: AppSpec, entity: str) -> set[str]:
    return {
        field.name
        for record in spec.entities
        if record.name == entity
        for field in record.fields
        if field.type != "reference"
    }


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
    assert {"window_size", "glass_type", "price"} <= _fields(spec, "quote")
    assert _fields(spec, "fitter") == {"name", "phone_number"}


def test_what_each_one_is_wished_to_do_is_no_list() -> None:
    """*we'd like each customer to pay a deposit and a fitting fee*: an act wished of them,
    not what a customer record holds."""
    spec = design(_GLAZIER + "We'd like each customer to pay a deposit and a fitting fee.")
    assert "deposit" not in _fields(spec, "customer")
    assert _fields(spec, "fitter") == {"name", "phone_number"}


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
    assert _fields(spec, "pupil") == {"name", "year_group", "school"}
    assert {"date", "price"} <= _fields(spec, "lesson")
    assert not {"year_group", "school"} & _fields(spec, "lesson")
    assert ("lesson", "pupil", "many_to_one") in relations(spec)


def test_values_in_a_bracket_after_one_record_are_no_list() -> None:
    """*each lesson covers one subject (maths, english or science)*: the values a choice takes,
    not fields of a subject record."""
    spec = design(
        _TUTORING + "Each lesson covers one subject (maths, english or science) and has a date "
        "and a price."
    )
    assert "maths" not in _fields(spec, "subject")
    assert {"date", "price"} <= _fields(spec, "lesson")
    assert "lesson" in entity_names(spec)
