"""Sentence shapes first met in held-out batch 7 (plain business descriptions), each tested on
a sentence of its own: a record's verb that is also a report word, a track verb whose object
is a new record, a record named only as the subject of an act on *one* thing, and an earlier
*see* before the report's own trigger."""

from __future__ import annotations

from offline_spec_views import design, field_types, relations

from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noun_phrases import is_noun_at
from appwright.design.offline.report_requests import is_report_request
from appwright.design.offline.types import infer_type
from appwright.design.offline.word_classes import tokenize


def test_a_record_that_shows_something_asks_for_no_report() -> None:
    # sentences reach the reader lower-cased
    assert not is_report_request("every slide shows one photo and a caption.")
    assert not is_report_request("a ticket showing the seat number and the gate")
    assert is_report_request("the dashboard shows the total fees per season.")
    assert is_report_request("show me the number of visits per clinic.")


def test_report_lead_is_sought_from_the_trigger_on() -> None:
    spec = design(
        "Tutors have a name. Lessons have a date and a fee. Tutors see only their own lessons,"
        " the director sees all, and I want the total fee per month."
    )
    assert [r.title for r in spec.reports] == ["Total fee per month"]


def test_track_verb_with_a_new_record_and_its_fields() -> None:
    spec = design(
        "Hives have a name. Beekeepers log an inspection for a hive with the date and the"
        " number of frames."
    )
    fields = field_types(spec, "inspection")
    assert fields["date"] == "date"
    assert any("frames" in name for name in fields)
    assert ("inspection", "hive", "many_to_one") in relations(spec)
    assert "frames" not in " ".join(
        name for e in spec.entities if e.name != "inspection" for name in field_types(spec, e.name)
    )


def test_track_verb_listing_the_subjects_fields_is_unchanged() -> None:
    spec = design("Each voyage records the departure port, the crew size and the cargo.")
    fields = field_types(spec, "voyage")
    assert {"departure_port", "crew_size", "cargo"} <= set(fields)


def test_each_record_acting_on_one_thing_is_a_record_with_its_time() -> None:
    spec = design(
        "Courses have a title. Halls have a name and a capacity. Each lecture covers one course"
        " in one hall at a start time."
    )
    assert field_types(spec, "lecture")["start_time"] == "datetime"
    links = relations(spec)
    assert {("lecture", "course", "many_to_one"), ("lecture", "hall", "many_to_one")} <= links
    assert not {("course", "hall", "many_to_one"), ("hall", "course", "many_to_one")} & links


def test_bare_plural_before_a_preposition_is_the_subject() -> None:
    spec = design("Boats for hire have a name, a length and a daily price.")
    assert [e.name for e in spec.entities] == ["boat"]
    assert {"name", "length", "daily_price"} <= set(field_types(spec, "boat"))


def test_bare_singular_after_a_preposition_is_a_state_not_a_link() -> None:
    spec = design("Sales have a date. Boats for sale have a name and a price.")
    assert not relations(spec)


def test_record_made_when_something_is_done_points_at_it() -> None:
    spec = design(
        "Boilers have a serial number. When a boiler is serviced we record a service visit with"
        " the date and the cost."
    )
    assert ("service_visit", "boiler", "many_to_one") in relations(spec)
    assert {"date", "cost"} <= set(field_types(spec, "service_visit"))


def test_second_predicate_after_a_field_list_names_the_states() -> None:
    spec = design(
        "Each parcel has a weight, a label and a fee, and is packed, then shipped or returned."
    )
    assert [(f.entity, f.states) for f in spec.state_flows] == [
        ("parcel", ["packed", "shipped", "returned"])
    ]
    assert set(field_types(spec, "parcel")) == {"weight", "label", "fee", "status"}


def test_verb_header_followed_by_a_clause_still_links_its_nouns() -> None:
    spec = design(
        "Fairs have a title. Farmers bring crates to a fair: a crate has a number and a weight."
    )
    assert {("crate", "farmer", "many_to_one"), ("crate", "fair", "many_to_one")} <= relations(spec)


def test_passive_record_of_a_thing_done_in_one_of_ours_with_fields() -> None:
    spec = design(
        "Cheeses have a name. A wheel of a cheese is aged on a start date in one of our cellars,"
        " with a weight in kg, and goes from young to ripe to sold. Cellars have a name."
    )
    fields = field_types(spec, "wheel")
    assert fields["start_date"] == "date" and fields["weight_kg"] in ("decimal", "integer")
    assert {("wheel", "cheese", "many_to_one"), ("wheel", "cellar", "many_to_one")} <= relations(
        spec
    )
    assert [(f.entity, f.states) for f in spec.state_flows] == [
        ("wheel", ["young", "ripe", "sold"])
    ]
    assert set(field_types(spec, "cellar")) == {"name"}


def test_maybe_among_listed_values_is_a_value_not_optional() -> None:
    answer = read_field("a reply (yes, no, maybe)")
    assert answer is not None and (answer.options, answer.optional) == (
        ["yes", "no", "maybe"],
        False,
    )
    note = read_field("maybe a note")
    assert note is not None and (note.name, note.optional) == ("note", True)
    remark = read_field("a remark (optional)")
    assert remark is not None and (remark.name, remark.optional) == ("remark", True)


def test_gerund_before_a_noun_and_a_modal_names_a_role() -> None:
    spec = design(
        "Suppliers have a name. Orders have a date. Clerks can read orders but only purchasing"
        " staff can change orders."
    )
    assert {"clerk", "purchasing_staff"} <= set(spec.permissions.roles)


def test_thing_given_to_each_receiver_points_at_it() -> None:
    spec = design(
        "Tenants have a name. Each month we email every tenant an invoice with an amount and a"
        " due date."
    )
    assert ("invoice", "tenant", "many_to_one") in relations(spec)


def test_part_played_by_one_of_the_others_is_a_named_reference() -> None:
    spec = design(
        "Matches have a date. Players have a name, and the winner of a match is one of the players."
    )
    match = spec.entity("match")
    assert match is not None
    winner = match.field("winner_id")
    assert winner is not None and winner.references is not None
    assert winner.references.entity == "player"


def test_verb_before_many_makes_a_clause_not_a_field() -> None:
    assert is_clause("a judge rates many entries")
    assert not is_clause("the number of seats")
    spec = design(
        "Entries have a title. Judges rate entries: a judge rates many entries and each entry"
        " is rated by several judges."
    )
    assert set(field_types(spec, "entry")) == {"title"}


def test_date_and_time_in_a_list_is_one_moment() -> None:
    assert split_list("a date and time and a comment") == ["a date and time", "a comment"]
    assert split_list("a date, a time and a comment") == ["a date", "a time", "a comment"]
    spec = design("Visitors book tours with a date and time and a group size.")
    assert field_types(spec, "tour").get("date_and_time") == "datetime"


def test_total_of_an_unnamed_quantity_adds_up_the_only_one() -> None:
    spec = design(
        "Tanks have a name. Each reading is for one tank, with the reading date and the litres"
        " used, and every invoice has an amount and a due date. Show the total usage per month."
    )
    assert [(r.entity, r.measure.agg, r.measure.field) for r in spec.reports] == [
        ("reading", "sum", "litres_used")
    ]


def test_estimate_with_only_adjectives_before_it_is_a_figure() -> None:
    assert infer_type(["rough", "estimate"]) == "decimal"
    assert infer_type(["upper", "limit"]) == "decimal"
    assert infer_type(["estimate"]) == "decimal"  # a record's estimate alone is a sum
    assert infer_type(["supplier", "quote"]) == "text"
    assert infer_type(["main", "goal"]) == "text"


def test_each_one_acting_on_many_owns_them_unless_the_reverse_is_said() -> None:
    one_sided = design(
        "Depots have a name. Each depot supplies many shops, and a shop has an address."
    )
    assert relations(one_sided) == {("shop", "depot", "many_to_one")}
    both = design(
        "Depots have a name. Shops have an address. Each depot supplies many shops and a shop"
        " uses several depots."
    )
    assert [kind for _, _, kind in relations(both)] == ["many_to_many"]


def test_plural_after_a_quantifier_is_a_noun_before_a_comma() -> None:
    tokens = tokenize("each depot supplies many shops, and a shop has an address")
    assert is_noun_at(tokens, tokens.index("shops"))
