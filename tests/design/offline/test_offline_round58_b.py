"""Round 58 (b): the wordings of a record's field list read as *each X has ...*.

Each test designs the same meaning in several wordings, in a domain no benchmark is about, and
all must give the same design; a twin with another meaning keeps its own reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations, simplified

LIGHTHOUSE_FIELDS = {"name": "text", "height_metres": "decimal", "year_built": "integer"}


@pytest.mark.parametrize(
    "told",
    [
        "Each lighthouse has a name, a height in metres and the year it was built.",
        "We keep a name, a height in metres and the year it was built for each lighthouse.",
        "For each lighthouse we keep a name, a height in metres and the year it was built.",
        "I record a name, a height in metres and the year it was built for every lighthouse.",
    ],
)
def test_a_list_told_before_its_record_is_that_records(told: str) -> None:
    spec = design(
        f"We run a lighthouse heritage trust. {told} Each tour is of one lighthouse, on a date, "
        "with a price."
    )
    assert entity_names(spec) == {"lighthouse", "tour"}
    assert field_types(spec, "lighthouse") == LIGHTHOUSE_FIELDS
    assert ("tour", "lighthouse", "many_to_one") in relations(spec)


def test_a_list_kept_for_each_day_is_no_days_list_turned_round() -> None:
    # twin: a day is a time the figures are kept by, not a record told before its list
    said = "We record the visitor numbers and the weather for each day."
    assert simplified(said) == said.lower()


@pytest.mark.parametrize(
    "told",
    [
        "Each hearse in service has a registration, a make and a seat count.",
        "For each hearse in service we record a registration, a make and a seat count.",
        "For every hearse on hire we keep a registration, a make and a seat count.",
    ],
)
def test_a_record_said_with_its_state_keeps_its_list(told: str) -> None:
    spec = design(f"We hire out hearses to funeral directors. {told}")
    assert entity_names(spec) == {"hearse"}
    assert set(field_types(spec, "hearse")) == {"registration", "make", "seat_count"}


def test_a_record_on_another_one_still_points_at_it() -> None:
    # twin: "on a hearse" names another record, which the booking points at
    spec = design("We hire out hearses. For each booking on a hearse we keep a date and a fee.")
    assert set(field_types(spec, "booking")) >= {"date", "fee"}
    assert ("booking", "hearse", "many_to_one") in relations(spec)


@pytest.mark.parametrize(
    "verb", ["has", "records", "keeps", "holds"], ids=["has", "records", "keeps", "holds"]
)
def test_a_list_opening_on_who_did_it_is_the_records_with_any_verb(verb: str) -> None:
    spec = design(
        f"We restore harpsichords. A restoration job {verb} who brought the instrument in, the "
        "instrument, a finish (walnut, ebony or painted) and the date received, and it is given "
        "to one of our restorers."
    )
    fields = field_types(spec, "restoration_job")
    assert {"instrument", "finish", "date_received"} <= set(fields)
    assert fields["finish"] == "enum"
    assert ("restoration_job", "restorer", "many_to_one") in relations(spec)


def test_the_one_who_records_is_not_given_the_list() -> None:
    # twin: *the receptionist records who ...* is someone writing down, said of the one person
    said = "The receptionist records who brought the instrument in and the date received."
    assert simplified(said) == said.lower()


@pytest.mark.parametrize(
    "told",
    [
        "Cottages have lighthouse name and cottage number.",
        "Cottages are known by lighthouse name and cottage number.",
        "Cottages are identified by lighthouse name and cottage number.",
        "Cottages are listed by lighthouse name and cottage number.",
    ],
)
def test_what_tells_records_apart_is_what_they_have(told: str) -> None:
    spec = design(f"Our trust lets keepers' cottages to holiday guests. {told}")
    assert set(field_types(spec, "cottage")) == {"lighthouse_name", "cottage_number"}


def test_records_listed_by_people_are_not_their_list() -> None:
    # twin: an agent and an owner who list the cottages are people, not what each cottage has
    said = "Cottages are listed by the agent and the owner."
    assert simplified(said) == said.lower()


@pytest.mark.parametrize(
    "told",
    [
        "A hire has a date, the number of hours and the fee.",
        "A hire would be a date, the number of hours and the fee.",
        "So a hire would be a date, the number of hours and the fee.",
    ],
)
def test_what_a_record_would_be_is_what_it_has(told: str) -> None:
    spec = design(f"We hire out hearses. {told}")
    assert field_types(spec, "hire") == {"date": "date", "hours": "decimal", "fee": "decimal"}


def test_what_would_be_a_good_idea_is_no_list() -> None:
    # twin: one thing it would be, no list of what it holds
    spec = design("We hire out hearses. A rota would be a good idea.")
    assert "rota" not in entity_names(spec)


@pytest.mark.parametrize(
    "told",
    [
        "The florist has a name, an email and a phone number.",
        "The florist is really just a name, an email and a phone number.",
        "A florist is just a name, an email and a phone number.",
    ],
)
def test_the_one_record_that_is_just_a_list_has_it(told: str) -> None:
    spec = design(f"We hire out hearses and order the flowers. {told}")
    assert set(field_types(spec, "florist")) == {"name", "email", "phone_number"}


def test_what_is_just_one_thing_is_no_list() -> None:
    # twin: *the fee is just a flat rate* says what the fee is like, no record's fields
    spec = design("We hire out hearses. The fee is just a flat rate.")
    assert "fee" not in entity_names(spec)


@pytest.mark.parametrize(
    "told",
    [
        "Each keeper lives in one cottage; for keepers we need a name and a phone number.",
        "Each keeper lives in one cottage, and for keepers we need a name and a phone number.",
        "Each keeper lives in one cottage. Keepers have a name and a phone number.",
    ],
)
def test_for_them_we_need_after_a_comma_is_their_list(told: str) -> None:
    spec = design(f"Our trust looks after lighthouses. {told}")
    assert set(field_types(spec, "keeper")) >= {"name", "phone_number"}
    assert ("keeper", "cottage", "many_to_one") in relations(spec)


def test_for_years_after_a_comma_is_no_list() -> None:
    # twin: *for years we have kept* is a time, not the records a list is for
    said = "Each keeper lives in one cottage, and for years we have kept a logbook and a diary."
    assert "year" not in entity_names(design(said))


@pytest.mark.parametrize(
    "told",
    [
        "Each hearse in service has a registration, a make and a seat count.",
        "Each hearse in service needs a registration, a make and a seat count.",
        "Every hearse on hire requires a registration, a make and a seat count.",
    ],
)
def test_what_a_record_in_a_state_needs_is_its_list(told: str) -> None:
    spec = design(f"We hire out hearses to funeral directors. {told}")
    assert entity_names(spec) == {"hearse"}
    assert set(field_types(spec, "hearse")) == {"registration", "make", "seat_count"}


def test_what_a_record_on_another_needs_still_points_at_it() -> None:
    # twin: *on a hearse* names another record, which the booking points at
    spec = design("We hire out hearses. Each booking on a hearse needs a date and a fee.")
    assert set(field_types(spec, "booking")) >= {"date", "fee"}
    assert ("booking", "hearse", "many_to_one") in relations(spec)
