"""Sentence shapes learnt in the round before sealed batch 15 (from batches 10 to 14), each
designed end to end on a sentence of its own: values told after *that's either* / *that can be* (*a wind band that's either calm or
gusty*), a condition inside a field list (*a pet name if the children have picked one*), a
participle opening a record's fields (*..., giving the pattern, year and a size*), a record that
*turns into* another, a field *picked from our ringer list*, a flow told after *, and it ...*
(*... cancelled for weather*), and a flow whose last step is *, and it can be cancelled*. Then: our
business and its counted things (*I run a bathhouse with a few saunas and ...*), people booking
*a seat in* a record, *for each restring I just note down ...*, a bracketed clause about the
records just named, *it* after a semicolon, a gerund before a noun, and *becomes a*."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations


@pytest.mark.parametrize(
    ("description", "entity", "field", "options"),
    [
        (
            "A kite workshop has a date, a wind band that's either calm or gusty, and a tutor.",
            "kite_workshop",
            "wind_band",
            ["calm", "gusty"],
        ),
        (
            "A kite has a span that can be small, medium or large, and a bridle.",
            "kite",
            "span",
            ["small", "medium", "large"],
        ),
    ],
)
def test_values_told_after_that_is_make_an_enum(
    description: str, entity: str, field: str, options: list[str]
) -> None:
    spec = design(description)
    assert field_types(spec, entity)[field] == "enum"
    found = spec.entity(entity)
    assert found is not None
    told = found.field(field)
    assert told is not None and told.options == options
    assert len(spec.entities) == 1


def test_a_condition_in_a_field_list_keeps_the_field_and_names_nothing() -> None:
    spec = design(
        "Every llama has a tag number, a pet name if the children have picked one, and a date"
        " of birth."
    )
    assert field_types(spec, "llama") == {
        "tag_number": "text",
        "pet_name": "text",
        "date_of_birth": "date",
    }
    assert entity_names(spec) == {"llama"}


def test_a_participle_after_the_listed_records_gives_their_fields() -> None:
    spec = design(
        "Quilters list the quilts they own, giving the pattern, year and a size (single, double"
        " or king)."
    )
    assert field_types(spec, "quilt") == {
        "pattern": "text",
        "year": "integer",
        "size": "enum",
        "quilter_id": "reference",
    }
    quilt = spec.entity("quilt")
    assert quilt is not None
    size = quilt.field("size")
    assert size is not None and size.options == ["single", "double", "king"]
    assert relations(spec) == {("quilt", "quilter", "many_to_one")}


def test_a_record_that_turns_into_another_is_its_source() -> None:
    spec = design("An approved survey turns into a commission with a start date and a price.")
    assert field_types(spec, "commission") == {
        "start_date": "date",
        "price": "decimal",
        "survey_id": "reference",
    }
    assert relations(spec) == {("commission", "survey", "many_to_one")}
    assert entity_names(spec) == {"commission", "survey"}  # nothing named after *turns*


def test_a_field_picked_from_our_list_links_to_the_listed_record() -> None:
    spec = design("A peal has a date and a leader picked from our ringer list.")
    assert field_types(spec, "peal") == {"date": "date", "ringer_id": "reference"}
    assert relations(spec) == {("peal", "ringer", "many_to_one")}
    assert entity_names(spec) == {"peal", "ringer"}


def test_it_after_a_field_list_tells_the_records_flow() -> None:
    spec = design(
        "A trek has a date and a trail, and it starts out planned and then gets walked or"
        " cancelled for weather."
    )
    assert flows(spec) == {"trek": ("status", ["planned", "walked", "cancelled"])}
    assert field_types(spec, "trek") == {"date": "date", "trail": "text", "status": "enum"}


def test_and_it_can_be_cancelled_is_the_flows_last_state() -> None:
    spec = design("A hamper order is pending until paid, then packed, and it can be cancelled.")
    assert flows(spec) == {"hamper_order": ("status", ["pending", "packed", "cancelled"])}
    assert entity_names(spec) == {"hamper_order"}


def test_people_booking_a_seat_in_a_record_keep_its_fields_and_make_no_seat() -> None:
    spec = design(
        "Every calligraphy workshop has a start time and a fee, and people book a seat in a"
        " workshop with their name, their email and whether they need an easel."
    )
    workshop = field_types(spec, "calligraphy_workshop")
    assert (workshop["start_time"], workshop["fee"]) == ("datetime", "decimal")
    assert "seat" not in entity_names(spec)
    designed = {f.name: f.type for e in spec.entities for f in e.fields}
    assert (designed["name"], designed["email"], designed["need_easel"]) == (
        "text",
        "email",
        "boolean",
    )


def test_for_each_record_we_just_note_down_gives_its_fields() -> None:
    spec = design(
        "We also restring tennis rackets, and for each restring I just note down the owner's"
        " name, the string tension and the price."
    )
    assert field_types(spec, "restring") == {
        "owner_name": "text",
        "string_tension": "text",
        "price": "decimal",
    }


def test_our_business_with_a_few_things_is_no_record_and_the_things_are() -> None:
    spec = design(
        "I run a bathhouse with a few saunas and want guests to pay online. Saunas just have a"
        " number."
    )
    assert "bathhouse" not in entity_names(spec)
    assert field_types(spec, "sauna") == {"number": "text"}


def test_a_bracketed_clause_about_the_records_just_named_gives_their_fields() -> None:
    spec = design(
        "A float session is for a start time in a tank (tanks just have a number and a floor)."
    )
    assert field_types(spec, "tank") == {"number": "text", "floor": "integer"}


def test_it_after_a_semicolon_tells_the_records_flow() -> None:
    spec = design(
        "A mural has a title; it is pitched, goes into review, gets approved or declined."
    )
    assert field_types(spec, "mural") == {"title": "text", "status": "enum"}
    field, states = flows(spec)["mural"]
    assert (field, states[0], states[-1]) == ("status", "pitched", "declined")


@pytest.mark.parametrize(
    ("description", "entity", "fields"),
    [
        (
            "Every fencing squad has a name and a coach.",
            "fencing_squad",
            {"name": "text", "coach": "text"},
        ),
        ("Each sewing course has a date.", "sewing_course", {"date": "date"}),
    ],
)
def test_a_gerund_before_the_noun_is_part_of_the_records_name(
    description: str, entity: str, fields: dict[str, str]
) -> None:
    spec = design(description)
    assert entity_names(spec) == {entity}
    assert field_types(spec, entity) == fields


def test_a_record_that_becomes_another_is_its_source() -> None:
    spec = design("A confirmed enquiry becomes a residency with a start date and a rent.")
    assert field_types(spec, "residency") == {
        "start_date": "date",
        "rent": "decimal",
        "enquiry_id": "reference",
    }
    assert relations(spec) == {("residency", "enquiry", "many_to_one")}


def test_each_one_lives_in_a_place_that_has_fields_and_is_looked_after_by_someone() -> None:
    spec = design(
        "Hives are recorded with a number and a queen colour, and each one sits in an apiary"
        " that has a name and a slope; every apiary is looked after by one beekeeper."
    )
    assert field_types(spec, "apiary") == {
        "name": "text",
        "slope": "text",
        "beekeeper_id": "reference",
    }
    assert relations(spec) == {
        ("hive", "apiary", "many_to_one"),
        ("apiary", "beekeeper", "many_to_one"),
    }


def test_two_possessive_lists_after_a_colon_are_two_records() -> None:
    spec = design(
        "Tenants sign a lease: I note the tenant's name, phone and email, and the lease's rent"
        " and whether the deposit has been paid."
    )
    assert set(field_types(spec, "tenant")) >= {"name", "phone", "email"}
    lease = field_types(spec, "lease")
    assert lease["rent"] == "decimal"
    assert "rent" not in field_types(spec, "tenant")
