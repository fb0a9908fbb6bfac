"""Round 58 (d): a field's values and its kind, in every wording owners use for them.

Each reading is tested over several wordings of one meaning, which must all give the same
design, and with a twin of another meaning that must keep its old reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, simplified

from appwright.spec.models import AppSpec


def _fields(spec: AppSpec, entity: str) -> list[tuple[str, str, list[str]]]:
    """Each field of ``entity`` with its type and its options, in order."""
    found = next(e for e in spec.entities if e.name == entity)
    return [(f.name, f.type, list(f.options or [])) for f in found.fields]


_POT_SIZES = [
    "a pot size (9cm, 1 litre or 2 litre)",
    "a pot size that can be 9cm, 1 litre or 2 litre",
    "a pot size of 9cm, 1 litre or 2 litre",
    "a pot size, which is 9cm, 1 litre or 2 litre,",
]


@pytest.mark.parametrize("said", _POT_SIZES)
def test_a_choices_values_read_the_same_however_they_are_said(said: str) -> None:
    """*(A, B or C)*, *that can be A, B or C*, *of A, B or C*, *, which is A, B or C,*: the
    field and its values, values that open with a figure too."""
    spec = design(f"Our nursery sells plants. Every plant has a name, {said} and a price.")
    assert _fields(spec, "plant") == [
        ("name", "text", []),
        ("pot_size", "enum", ["9cm", "1_litre", "2_litre"]),
        ("price", "decimal", []),
    ]


_PAPER_FINISHES = [
    "its paper finish (gloss, matt or silk)",
    "its paper finish that can be gloss, matt or silk",
    "its paper finish, which is gloss, matt or silk",
]


@pytest.mark.parametrize("said", _PAPER_FINISHES)
def test_values_told_after_a_record_logged_with_them_keep_the_record(said: str) -> None:
    """*every job dropped off at the counter is logged with its paper finish that can be ...*:
    the job keeps its list whichever way the values are said (the parse reads them as the
    bracket, not as a relative clause about the counter)."""
    spec = design(
        "We run a print shop. Every job dropped off at the counter is logged with "
        f"{said.rstrip(',')}, the number of copies and the due date. Customers have a name and "
        "a phone number."
    )
    assert _fields(spec, "job")[:3] == [
        ("paper_finish", "enum", ["gloss", "matt", "silk"]),
        ("copies", "integer", []),
        ("due_date", "date", []),
    ]


@pytest.mark.parametrize(
    "said", ["a format (in person or online)", "a format that can be in person or online"]
)
def test_two_values_after_a_word_for_a_choice(said: str) -> None:
    """Two values after *that can be* are a choice's when the field is a word for one (*a
    format*), and a value may open with a preposition (*in person*)."""
    spec = design(f"Every tutoring lesson has a date, {said} and a fee. Tutors have a name.")
    assert _fields(spec, "tutoring_lesson") == [
        ("date", "date", []),
        ("format", "enum", ["in_person", "online"]),
        ("fee", "decimal", []),
    ]


def test_what_a_glass_holds_keeps_its_reading() -> None:
    """Twin: after a word for a thing, *of* names what it holds (*a glass of red, white or
    rose*), not a choice's values: no *glass* field of those values."""
    spec = design("Every tasting has a date, a host and a glass of red, white or rose.")
    assert all(name != "glass" for name, _, _ in _fields(spec, "tasting"))


@pytest.mark.parametrize(
    "said",
    ["records the date it was loaded, the top", "records when it was loaded, the top"],
)
def test_a_date_told_by_when_is_the_date(said: str) -> None:
    """*records when it was loaded, ...*: the date it was loaded, not a condition to drop."""
    spec = design(
        f"Our pottery fires pots in two kilns. Every firing uses one kiln and {said} "
        "temperature and which potter loaded it. Potters have a name."
    )
    assert "firing" in entity_names(spec)
    assert field_types(spec, "firing")["loaded_date"] == "date"


def test_when_before_a_clause_of_its_own_stays_a_condition() -> None:
    """Twin: *..., and when they joined, we sent them a welcome pack* is a condition."""
    said = simplified(
        "Members have a name and an email, and when they joined, we sent them a pack."
    )
    assert "the date they joined" not in said


@pytest.mark.parametrize(
    "said",
    [
        "ends with a grade (pass, merit or fail)",
        "ends with a grade of pass, merit or fail",
        "ends with a grade that can be pass, merit or fail",
    ],
)
def test_a_pairing_record_that_then_ends_with_a_choice_keeps_its_count(said: str) -> None:
    """*a lesson pairs a learner with an instructor on a date, is booked for a number of
    hours and ends with a grade (...)*: the pairing is one predicate, so the count the
    lesson is booked for is still the lesson's."""
    spec = design(
        "A lesson pairs a learner with an instructor on a date, is booked for a number "
        f"of hours and {said}. Learners have a name. Instructors have a name."
    )
    fields = {name: (kind, options) for name, kind, options in _fields(spec, "lesson")}
    assert fields["hours"] == ("decimal", [])
    assert fields["grade"] == ("enum", ["pass", "merit", "fail"])


def test_a_pairing_in_a_valued_way_is_still_the_records() -> None:
    """Twin: *an assignment puts one steward on one gate in a role (lead or support)*: the
    assignment holds the role."""
    spec = design(
        "An assignment puts one steward on one gate in a role (lead or support). Stewards "
        "have a name. Gates have a number."
    )
    assert _fields(spec, "assignment")[0] == ("role", "enum", ["lead", "support"])


@pytest.mark.parametrize(
    "said",
    [
        "an instrument (cello or viola)",
        "an instrument that can be cello or viola",
        "an instrument, which is cello or viola,",
    ],
)
def test_two_values_that_are_not_things_done(said: str) -> None:
    """Two values after *that can be* are the field's when neither is a thing done to it (not
    *a room that can be booked or hired*): the list goes on after them."""
    spec = design(
        f"Every rehearsal slot has a date, {said.rstrip(',')} and a fee. Players have a name."
    )
    assert _fields(spec, "rehearsal_slot") == [
        ("date", "date", []),
        ("instrument", "enum", ["cello", "viola"]),
        ("fee", "decimal", []),
    ]


@pytest.mark.parametrize("said", ["the date it sails", "when it sails"])
def test_a_date_told_by_when_in_the_present(said: str) -> None:
    """*when it sails* in a list is the date it sails, as *the date it sails* is."""
    spec = design(
        f"Our ferry company runs crossings. Every crossing has a route, {said} and a fare. "
        "Passengers have a name."
    )
    assert _fields(spec, "crossing") == [
        ("route", "text", []),
        ("sailing_date", "date", []),
        ("fare", "decimal", []),
    ]


def test_when_it_ends_keeps_its_own_reading() -> None:
    """Twin: *when it expires* is the record's own expiry date, read where it stands."""
    assert "when it expires" in simplified("Every permit has a number and when it expires.")


@pytest.mark.parametrize(
    "said",
    [
        "the flat, who raised it, a trade (plumbing, electrics or joinery)",
        "who raised it, the flat, a trade (plumbing, electrics or joinery)",
        "who raised it, the flat, a trade that can be plumbing, electrics or joinery,",
    ],
)
def test_a_list_that_opens_with_who_did_it(said: str) -> None:
    """*a fault report records who raised it, the flat, a trade (...)*: *records* is the verb
    whose object is the list, as before *the flat*; its choice stays a field, not a record of
    trades whose fields are its values."""
    spec = design(
        f"Tenants report faults. A fault report records {said.rstrip(',')} and a description."
    )
    assert entity_names(spec) == {"fault_report"}
    assert sorted(_fields(spec, "fault_report")) == [
        ("description", "long_text", []),
        ("flat", "text", []),
        ("raised_by", "text", []),
        ("trade", "enum", ["plumbing", "electrics", "joinery"]),
    ]


@pytest.mark.parametrize(
    "said",
    [
        "a yes/no for whether it is urgent",
        "whether it is urgent",
        "a flag for whether it is urgent",
    ],
)
def test_a_list_that_opens_with_whether(said: str) -> None:
    """*records whether it is urgent, the flat, ...*: a yes/no first in the list."""
    spec = design(
        f"Tenants report faults. A fault report records {said}, the flat and a description."
    )
    assert _fields(spec, "fault_report")[0] == ("urgent", "boolean", [])


def test_records_as_a_noun_keeps_its_reading() -> None:
    """Twin: *keeps patient records which list ...*: *records* is the noun, the list the
    patient's."""
    spec = design("Every vet practice keeps patient records which list a name and a date of birth.")
    assert field_types(spec, "patient") == {"name": "text", "date_of_birth": "date"}


@pytest.mark.parametrize(
    "said",
    [
        "whether they are over 16",
        "a yes/no for whether they are over 16",
        "a flag for whether they are over 16",
    ],
)
def test_a_yes_no_on_a_threshold(said: str) -> None:
    """*whether they are over 16*: *over* after *are* is the threshold asked about, no
    estimate to drop (*over 200 members*)."""
    spec = design(
        "Our climbing wall takes walk-in visitors. For each visitor we keep their full name, a "
        f"phone number and {said}."
    )
    assert _fields(spec, "visitor")[-1] == ("over_16", "boolean", [])


def test_over_a_number_of_things_is_still_an_estimate() -> None:
    """Twin: *we have over 200 members* says how many, no field."""
    assert "over" not in simplified("Our wall has over 200 members. Members have a name.")


@pytest.mark.parametrize("said", ["the date it's next due", "when it's next due"])
def test_when_it_is_next_due(said: str) -> None:
    """*when it's next due* is the date it is next due, named as that date is."""
    spec = design(
        f"Our boatyard services dinghies. Every dinghy has a sail number, a hull colour and {said}."
    )
    assert _fields(spec, "dinghy")[-1] == ("next_due_date", "date", [])
