"""Sentence shapes first met in held-out batch 5, each tested on a sentence of its own:
verb-phrase headers, passive and possessive clauses, lists introduced by a possessor, a
*for every X*, a *when X is done*, values in a relative clause, counts, and flows told as acts."""

from __future__ import annotations

from offline_spec_views import relations

from appwright.design.offline import design_app
from appwright.design.offline.act_nouns import adjective_noun, derived_noun
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.entities import read_model
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noun_phrases import is_noun_at
from appwright.design.offline.word_classes import words


def fields_of(description: str) -> dict[str, list[str]]:
    model = read_model(description)
    return {name: [f.name for f in e.fields] for name, e in model.entities.items()}


def links_of(description: str) -> set[tuple[str, str, str]]:
    return {(link.source, link.target, link.kind) for link in read_model(description).links}


# --- verb-phrase headers and clauses ---------------------------------------------------------


def test_header_with_subject_verb_object_lists_the_objects_fields() -> None:
    text = "Vehicles: plate, model.\nDrivers complete inspections for a vehicle: mileage, notes."
    assert fields_of(text)["inspection"] == ["mileage", "notes"]
    links = links_of(text)
    assert ("inspection", "driver", "many_to_one") in links
    assert ("inspection", "vehicle", "many_to_one") in links


def test_passive_header_lists_the_subjects_fields() -> None:
    text = "Studios: name, address.\nLessons are taught in studios: start time, level."
    assert fields_of(text)["lesson"] == ["start_time", "level"]
    assert ("lesson", "studio", "many_to_one") in links_of(text)


def test_passive_clause_made_from_several_records() -> None:
    text = (
        "Timesheets: date, hours.\nInvoices are generated from one or more timesheets; each"
        " invoice has a number and a total."
    )
    assert fields_of(text)["invoice"] == ["number", "total"]
    assert ("invoice", "timesheet", "many_to_many") in links_of(text)


def test_their_object_points_at_the_subject() -> None:
    text = "Articles have a headline and a body. Authors publish their articles."
    assert ("article", "author", "many_to_one") in links_of(text)


def test_person_clause_before_a_header_is_split_off() -> None:
    found = fields_of("Patients arrive at the ward and we take readings: pulse, temperature.")
    assert found["reading"] == ["pulse", "temperature"]


# --- lists of fields -------------------------------------------------------------------------


def test_modal_before_a_have_verb() -> None:
    assert fields_of("A vehicle must have a plate and a colour.") == {
        "vehicle": ["plate", "colour"]
    }


def test_identified_by_lists_fields() -> None:
    assert fields_of("Each supplier is identified by a code and a trading name.") == {
        "supplier": ["code", "trading_name"]
    }


def test_records_of_a_record_are_the_subject() -> None:
    text = "Products have a name. Reviews of a product record a rating and a comment."
    assert fields_of(text)["review"] == ["rating", "comment"]
    assert ("review", "product", "many_to_one") in links_of(text)


def test_recording_verbs_with_an_article_list_fields() -> None:
    assert fields_of("Each visit notes a date and a reason.") == {"visit": ["date", "reason"]}


def test_possessor_before_a_list() -> None:
    found = fields_of("We store each vehicle's plate, colour and mileage.")
    assert found == {"vehicle": ["plate", "colour", "mileage"]}


def test_for_every_record_we_need() -> None:
    found = fields_of("For every guest we need the full name and the passport number.")
    assert found == {"guest": ["full_name", "passport_number"]}


def test_their_list_belongs_to_the_people_just_named() -> None:
    found = fields_of("Guests check in at the desk and I write down their name and room number.")
    assert found["guest"][-2:] == ["name", "room_number"]


def test_when_a_record_is_done_we_note_its_fields() -> None:
    text = (
        "Repairs have a fault. When the repair is finished we record the labour hours and the"
        " parts cost."
    )
    assert fields_of(text)["repair"] == ["fault", "labour_hours", "parts_cost"]


def test_a_note_written_for_each_record_about_topics() -> None:
    text = (
        "Athletes have a name. The coaches write a report for each athlete about speed and focus."
    )
    assert fields_of(text)["report"] == ["speed", "focus"]
    assert ("report", "athlete", "many_to_one") in links_of(text)


def test_one_of_several_people_in_a_field_list() -> None:
    text = "Each ward has a name and one nurse in charge. Nurses work shifts."
    assert fields_of(text)["ward"] == ["name"]
    assert ("ward", "nurse", "many_to_one") in links_of(text)


def test_values_in_a_relative_clause() -> None:
    model = read_model("Each task has a title and a priority which can be low, medium or high.")
    priority = model.entities["task"].field("priority")
    assert priority is not None and priority.options == ["low", "medium", "high"]


def test_yes_or_not_is_one_boolean_item() -> None:
    assert split_list("amount, paid or not") == ["amount", "paid (yes/no)"]


def test_unit_shared_by_a_whole_list() -> None:
    model = read_model("Boxes have a width, a height and a depth, all in centimetres.")
    types = {f.name: f.type for f in model.entities["box"].fields}
    assert types == {"width": "decimal", "height": "decimal", "depth": "decimal"}


def test_quality_asked_with_how() -> None:
    model = read_model("Each defect has a title and how severe it is (minor, major).")
    severity = model.entities["defect"].field("severity")
    assert severity is not None and severity.options == ["minor", "major"]


def test_kind_of_plural_is_one_value() -> None:
    model = read_model("Each order has a kind of goods (food, tools, toys).")
    kind = model.entities["order"].field("goods_type")
    assert kind is not None and kind.type == "enum"


def test_counted_records_in_groups() -> None:
    text = "We have about thirty pupils in five classes; each class has a name."
    assert ("pupil", "class", "many_to_one") in links_of(text)


# --- words ------------------------------------------------------------------------------------


def test_possessive_is_not_a_clause() -> None:
    assert not is_clause("the owner's email address")


def test_particle_after_a_verb_is_not_a_noun() -> None:
    tokens = words("tenants ring up")
    assert not is_noun_at(tokens, 2)


def test_derived_noun_needs_a_derivational_suffix() -> None:
    assert derived_noun("pay", {"paper", "payments"}) == "payment"
    assert derived_noun("pay", {"paper"}) is None


def test_adjective_noun_from_the_dictionary() -> None:
    assert adjective_noun("urgent") == "urgency"
    assert adjective_noun("severe") == "severity"
    assert adjective_noun("important") == "importance"


# --- relationships ---------------------------------------------------------------------------


def test_act_named_by_a_noun_points_at_the_acts_object() -> None:
    spec = design_app(
        "Animals have a name. The vet examines animals; each examination records a weight."
    ).spec
    assert ("examination", "animal", "many_to_one") in relations(spec)


def test_done_by_one_person() -> None:
    spec = design_app(
        "Theses have a title. Each thesis is written by one student and is supervised by one"
        " professor."
    ).spec
    assert {("thesis", "student", "many_to_one"), ("thesis", "professor", "many_to_one")} <= (
        relations(spec)
    )


def test_one_of_our_people_for_each_record() -> None:
    spec = design_app("Tours have a date. One of our guides gets booked for each tour.").spec
    assert ("tour", "guide", "many_to_one") in relations(spec)


# --- flows -----------------------------------------------------------------------------------


def test_flow_told_as_participles_with_places_and_finally() -> None:
    spec = design_app(
        "Tickets have a subject. A ticket is opened, then assigned to an agent, and finally closed."
    ).spec
    flow = next(f for f in spec.state_flows if f.entity == "ticket")
    assert flow.states == ["opened", "assigned", "closed"]
    assert ("ticket", "agent", "many_to_one") in relations(spec)


def test_flow_continued_as_acts_on_it() -> None:
    spec = design_app(
        "Expense claims have an amount. A claim is drafted, then submitted; the manager then"
        " either approves it or rejects it."
    ).spec
    flow = next(f for f in spec.state_flows if f.entity == "expense_claim")
    assert flow.states == ["drafted", "submitted", "approved", "rejected"]


def test_later_move_with_may_also() -> None:
    spec = design_app(
        "Parcels have a weight. A parcel is packed, then shipped, then delivered; a shipped"
        " parcel may also be returned."
    ).spec
    flow = next(f for f in spec.state_flows if f.entity == "parcel")
    assert {t.to: t.from_ for t in flow.transitions}["returned"] == ["shipped"]


def test_status_is_a_list_in_order() -> None:
    spec = design_app("Shipments have a weight. Shipment status is packed, shipped and delivered.")
    flow = next(f for f in spec.spec.state_flows if f.entity == "shipment")
    assert flow.states == ["packed", "shipped", "delivered"]


# --- roles -----------------------------------------------------------------------------------


def test_roles_from_unseen_phrasings() -> None:
    spec = design_app(
        "Articles have a headline. Editor edits everything. Judges accept or reject articles."
        " Publisher want to see the totals. I am the owner so I see everything."
    ).spec
    assert {"editor", "judge", "publisher", "owner"} <= set(spec.permissions.roles)


def test_stative_verb_after_a_modal_is_no_role() -> None:
    spec = design_app("Every tenant has a name, an email and can have many leases.").spec
    assert "email" not in spec.permissions.roles
