"""Sentence shapes first met in held-out batch 8, each tested on a sentence of its own: a verb
after a comma sharing the clause's subject, *from ... to ...* between things rather than
states, people making a new record on a known one, *for each X we note*, *after every X we
log the Y*, *how many were ...*, *is owned by*, a trailing *a type, A or B*, *uses one* and
*one of our*, frequency adverbs, flows that *end up* somewhere, *it goes from* after an
assignment, *a list of*, a passive in its own clause, creating verbs, terse notes, *as many
... as they like*, a clause after a semicolon, a semicolon ending a report request, and
arrival-like words as dates."""

from __future__ import annotations

from offline_spec_views import design, field_types, relations

from appwright.design.offline.fields import read_field
from appwright.design.offline.flow_text import names_states
from appwright.design.offline.list_items import split_list
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.report_requests import is_report_request
from appwright.design.offline.types import infer_type
from appwright.spec.models import AppSpec


def all_field_names(spec: AppSpec) -> set[str]:
    return {f.name for e in spec.entities for f in e.fields}


def test_verb_after_a_comma_shares_the_clause_subject() -> None:
    spec = design("Every gig belongs to a tour, has a set length and a fee.")
    assert set(field_types(spec, "gig")) == {"set_length", "fee", "tour_id"}
    assert relations(spec) == {("gig", "tour", "many_to_one")}
    assert not {"set_length", "fee"} & set(field_types(spec, "tour"))


def test_from_one_thing_to_another_is_no_state_flow() -> None:
    assert not names_states("from a start date to an end date")
    assert names_states("from sketch to mould")
    assert names_states("from the queue to in progress to done")
    spec = design("Hikes have a title. A hike runs from a start date to an end date.")
    assert not spec.state_flows
    assert "enum" not in field_types(spec, "hike").values()


def test_people_making_a_new_record_on_a_known_record_for_a_date() -> None:
    spec = design("Canoes have a name. Paddlers reserve an outing on a canoe for a given date.")
    assert field_types(spec, "outing")["date"] == "date"
    assert relations(spec) == {
        ("outing", "canoe", "many_to_one"),
        ("outing", "paddler", "many_to_one"),
    }


def test_named_act_is_the_record_instead_of_the_new_thing() -> None:
    spec = design(
        "Canoes have a name. Paddlers arrange an outing on a canoe for a given date. Each"
        " arrangement has a status."
    )
    links = relations(spec)
    assert ("arrangement", "paddler", "many_to_one") in links
    assert ("outing", "paddler", "many_to_one") not in links


def test_for_each_record_we_note_is_a_clause_of_its_own() -> None:
    spec = design(
        "Canoes have a name. Paddlers reserve an outing on a canoe for a given date, and for"
        " each outing we note the group size, the total fee and whether they need life jackets."
    )
    fields = field_types(spec, "outing")
    assert {"group_size", "total_fee", "need_life_jackets"} <= set(fields)
    assert fields["need_life_jackets"] == "boolean"
    assert set(field_types(spec, "canoe")) == {"name"}


def test_after_every_record_we_log_a_record_of_it() -> None:
    spec = design(
        "Hikers have a name. Hikes have a title. After every hike we log the sighting: animal,"
        " how many were seen and the closest distance in metres."
    )
    assert set(field_types(spec, "sighting")) == {
        "animal",
        "count",
        "closest_distance_metres",
        "hike_id",
    }
    assert ("sighting", "hike", "many_to_one") in relations(spec)


def test_how_many_were_counted_is_an_integer_count() -> None:
    seen = read_field("how many were seen")
    assert seen is not None and (seen.name, seen.type) == ("count", "integer")
    spec = design(
        "Hikes have a title. After every hike we log the sighting: animal, how many were seen."
    )
    assert field_types(spec, "sighting")["count"] == "integer"


def test_is_owned_by_after_a_field_is_a_link_not_a_field() -> None:
    assert read_field("is owned by a paddler") is None
    spec = design("Each kayak has a name and is owned by a paddler.")
    assert set(field_types(spec, "kayak")) == {"name", "paddler_id"}
    assert relations(spec) == {("kayak", "paddler", "many_to_one")}
    assert not any(name.startswith("is_") for name in all_field_names(spec))


def test_trailing_type_with_its_values_is_one_enum() -> None:
    assert split_list("a name and a type, sand or wax") == ["a name", "a type (sand or wax)"]
    assert split_list("a type, sand or wax") == ["a type (sand or wax)"]
    assert split_list("a name, phone or email") == ["a name", "phone", "email"]
    mould = design("Moulds have a name, a height and a type, sand or wax.").entity("mould")
    assert mould is not None
    kind = mould.field("type")
    assert kind is not None and (kind.type, kind.options) == ("enum", ["sand", "wax"])
    assert [f.name for f in mould.fields] == ["name", "height", "type"]
    sculptor = design("Sculptors have a name, phone or email.")
    assert set(field_types(sculptor, "sculptor")) == {"name", "phone", "email"}


def test_uses_one_and_one_of_our_point_at_the_record() -> None:
    pour = design("Furnaces have a name. A pour uses one furnace.")
    assert relations(pour) == {("pour", "furnace", "many_to_one")}
    recital = design("Each recital takes place at one of our concert halls.")
    assert relations(recital) == {("recital", "concert_hall", "many_to_one")}


def test_frequency_adverb_changes_nothing() -> None:
    plain = "Statues have a title. Castings have a date. A statue goes through several castings."
    adverb = plain.replace("A statue goes", "A statue usually goes")
    spec = design(adverb)
    assert relations(spec) == {("statue", "casting", "many_to_many")}
    assert relations(spec) == relations(design(plain))
    assert not any("usually" in name for name in all_field_names(spec))


def test_flow_that_ends_up_in_one_of_two_states() -> None:
    spec = design(
        "A commission has a title and a price; it moves from sketching to cast and ends up"
        " unveiled or abandoned."
    )
    assert [(f.entity, f.states) for f in spec.state_flows] == [
        ("commission", ["sketching", "cast", "unveiled", "abandoned"])
    ]
    assert not any("ends_up" in state for f in spec.state_flows for state in f.states)


def test_it_goes_from_after_an_assignment_is_the_subjects_flow() -> None:
    spec = design(
        "Sculptors have a name. Every statue is assigned a sculptor, and it goes from sketch to"
        " mould to cast."
    )
    assert [(f.entity, f.states) for f in spec.state_flows] == [
        ("statue", ["sketch", "mould", "cast"])
    ]
    assert set(field_types(spec, "statue")) == {"status", "sculptor_id"}
    assert "it" not in all_field_names(spec)


def test_list_of_records_kept_for_each_record_points_at_it() -> None:
    spec = design(
        "Commissions have a title. For each commission we keep a list of milestones with a"
        " description and a due date."
    )
    assert relations(spec) == {("milestone", "commission", "many_to_one")}
    assert field_types(spec, "milestone")["due_date"] == "date"


def test_passive_in_its_own_clause_belongs_to_that_clauses_subject() -> None:
    spec = design(
        "We file petitions for poets, and each poet is handled by one editor. A petition has a"
        " title."
    )
    links = relations(spec)
    assert ("poet", "editor", "many_to_one") in links
    assert ("petition", "editor", "many_to_one") not in links


def test_creating_verb_makes_the_object_the_subjects() -> None:
    spec = design("Poets have a name and an email, and each poet writes a chapbook with a title.")
    assert relations(spec) == {("chapbook", "poet", "many_to_one")}
    assert set(field_types(spec, "chapbook")) == {"title", "poet_id"}


def test_terse_notes_with_headers_abbreviations_and_a_report_line() -> None:
    assert normalize_text("stays per kennel + breeder") == "stays per kennel and breeder"
    assert is_report_request("occupancy per week")
    spec = design(
        "kennel stays - kennels: number, size (small/large), heated y/n, nightly rate;"
        " breeders: name, phone; stays per kennel + breeder: arrival, departure, no. of"
        " puppies, status (booked/in/out); occupancy per week"
    )
    assert set(field_types(spec, "kennel")) == {"number", "size", "heated", "nightly_rate"}
    assert set(field_types(spec, "breeder")) == {"name", "phone"}
    stays = [
        e.name
        for e in spec.entities
        if {"kennel_id", "breeder_id"} <= set(field_types(spec, e.name))
    ]
    assert len(stays) == 1
    stay = field_types(spec, stays[0])
    assert (stay["arrival"], stay["departure"], stay["puppies"]) == ("date", "date", "integer")
    assert len(spec.reports) == 1
    report = spec.reports[0]
    assert (report.entity, report.measure.agg) == (stays[0], "count")
    assert report.time_bucket is not None
    assert (report.time_bucket.field, report.time_bucket.unit) == ("arrival", "week")


def test_as_many_as_they_like_is_many() -> None:
    assert normalize_text("paddlers join as many outings as they like") == (
        "paddlers join many outings"
    )
    spec = design(
        "Paddlers have a name and a phone. Outings have a date and a river, and paddlers join"
        " as many outings as they like."
    )
    assert relations(spec) == {("paddler", "outing", "many_to_many")}


def test_fields_after_a_semicolon_belong_to_the_clause_subject() -> None:
    spec = design(
        "Soloists have a name. Each recital takes place at one of our halls and is led by a"
        " maestro; it has a date and a ticket price."
    )
    recital = field_types(spec, "recital")
    assert (recital["date"], recital["ticket_price"]) == ("date", "decimal")
    assert set(field_types(spec, "maestro")) == {"name"}
    assert {("recital", "hall", "many_to_one"), ("recital", "maestro", "many_to_one")} <= (
        relations(spec)
    )


def test_semicolon_ends_a_report_request() -> None:
    spec = design("Outings have a date and a river. paddlers: name, email; outings per week")
    assert [(r.entity, r.measure.agg) for r in spec.reports] == [("outing", "count")]
    assert set(field_types(spec, "paddler")) == {"name", "email"}


def test_arrival_and_departure_words_alone_are_dates() -> None:
    for word in (["arrival"], ["departure"], ["check-in"], ["check-out"]):
        assert infer_type(word) == "date", word
    assert infer_type(["guide"]) == "text"


def test_a_new_record_told_with_its_fields_is_the_subjects() -> None:
    spec = design("Luthiers have a name. Each luthier builds a violin with a model and a price.")
    assert ("violin", "luthier", "many_to_one") in relations(spec)
    assert ("luthier", "violin", "many_to_one") not in relations(spec)
    assert field_types(spec, "violin")["price"] == "decimal"
