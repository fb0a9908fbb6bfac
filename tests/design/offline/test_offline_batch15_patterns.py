"""Sentence shapes learnt in the round before sealed batch 15 (from batches 10 to 14), each
designed end to end on a sentence of its own: values told after *that's either* / *that can be* (*a wind band that's either calm or
gusty*), a condition inside a field list (*a pet name if the children have picked one*), a
participle opening a record's fields (*..., giving the pattern, year and a size*), a record that
*turns into* another, a field *picked from our ringer list*, a flow told after *, and it ...*
(*... cancelled for weather*), and a flow whose last step is *, and it can be cancelled*."""

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
