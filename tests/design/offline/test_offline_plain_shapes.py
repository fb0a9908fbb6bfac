"""Sentence shapes of plain business descriptions, each on sentences of its own: a business
that *sells* or *keeps* things, a phrasal verb's object, a relative clause that names another
record, *X and their Ys*, compounds naming who is in charge, an organisation that *needs to*,
a total of records that hold money, and a quantity named by its estimate."""

from __future__ import annotations

import pytest
from offline_spec_views import relations

from appwright.design.offline import design_app
from appwright.design.offline.entities import read_model
from appwright.design.offline.list_hosts import host_np
from appwright.design.offline.permissions import read_permissions
from appwright.design.offline.types import infer_type
from appwright.spec.models import AppSpec


def fields_of(spec: AppSpec) -> dict[str, dict[str, str]]:
    return {e.name: {f.name: f.type for f in e.fields} for e in spec.entities}


def links_of(description: str) -> set[tuple[str, str, str]]:
    return {(link.source, link.target, link.kind) for link in read_model(description).links}


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "Our bakery sells cakes (name, price) and takes orders (date, quantity).",
            {"cake": {"name", "price"}, "order": {"date", "quantity"}},
        ),
        (
            "Our studio keeps artists (name, email) and paintings (title, price).",
            # the artists are people no sentence links: the paintings point at them
            {"artist": {"name", "email"}, "painting": {"title", "price", "artist_id"}},
        ),
        (
            "My garage repairs cars (plate, model) and orders parts (name, price).",
            {"car": {"plate", "model"}, "part": {"name", "price"}},
        ),
    ],
)
def test_a_business_acting_on_records_is_no_compound_noun(
    text: str, entities: dict[str, set[str]]
) -> None:
    found = fields_of(design_app(text).spec)
    assert {name: set(fields) for name, fields in found.items()} == entities


def test_the_object_of_a_phrasal_verb_with_in_gets_the_list() -> None:
    host = host_np("Customers bring in bikes")
    assert host is not None and host.phrase == "bikes"
    host = host_np("adopters fill in an application for a dog")  # a place, one of them
    assert host is not None and host.phrase == "adopters"
    spec = design_app("Tenants hand in forms (title, date).").spec
    assert fields_of(spec)["form"] == {"title": "text", "date": "date", "tenant_id": "reference"}
    assert relations(spec) == {("form", "tenant", "many_to_one")}


def test_a_relative_clause_reaching_another_record_links_them() -> None:
    text = (
        "We keep drivers (name, phone), routes linked to a depot with a length, and helpers"
        " who ride on routes (name, age). Depots have a city."
    )
    spec = design_app(text).spec
    assert set(fields_of(spec)["helper"]) == {"name", "age"}
    assert ("helper", "route", "many_to_many") in relations(spec)
    assert all(
        "helper" not in (r.from_, r.to) or "route" in (r.from_, r.to) for r in spec.relationships
    )


def test_records_named_after_their_point_at_the_ones_before() -> None:
    assert links_of("We register members (name, phone) and their bikes (serial, colour).") == {
        ("bike", "member", "many_to_one")
    }
    assert links_of("Tenants, with their leases (start date, rent), are listed.") == {
        ("lease", "tenant", "many_to_one")
    }


def test_a_compound_naming_who_is_in_charge_is_pointed_at() -> None:
    assert links_of("Accounts have a number. Account holders have a name.") == {
        ("account", "account_holder", "many_to_one")
    }
    assert links_of("Invoices have a date. Invoice lines have a quantity.") == {
        ("invoice_line", "invoice", "many_to_one")
    }


def test_our_business_needing_to_do_something_is_no_role() -> None:
    spec = design_app(
        "Our dental practice needs to manage patients (name, phone). Hygienists see every patient."
    ).spec
    assert spec.permissions.roles == ["hygienist"]


def test_a_total_of_records_that_hold_money_adds_their_money_up() -> None:
    spec = design_app(
        "Sponsors have a name. Pledges have an amount and a pledge date and belong to a"
        " sponsor. Report total pledges per month."
    ).spec
    assert [(r.entity, r.measure.agg, r.measure.field) for r in spec.reports] == [
        ("pledge", "sum", "amount")
    ]


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        (["price", "estimate"], "decimal"),
        (["headcount", "target"], "text"),
        (["visitor", "count", "forecast"], "integer"),
        (["estimate"], "decimal"),  # alone, the sum quoted
    ],
)
def test_an_estimate_of_a_quantity_has_the_quantitys_type(words: list[str], kind: str) -> None:
    assert infer_type(words) == kind


def test_a_record_that_is_for_one_other_points_at_it() -> None:
    assert links_of("Repairs have a date. Every repair is for one tenant.") == {
        ("repair", "tenant", "many_to_one")
    }
    assert links_of("Seats have a row; tickets have a price. A ticket is for a seat.") == {
        ("ticket", "seat", "many_to_one")
    }
    # "a" names no new record: only one already known is pointed at
    assert links_of("Visits have a date. A visit is with a smile.") == set()


def test_a_flow_told_as_acts_on_the_record() -> None:
    spec = design_app(
        "Quotes have a total. A quote starts as a draft, then the manager approves it, then we"
        " send it and finally it's accepted. Sometimes clients reject it after the draft."
    ).spec
    flow = spec.state_flows[0]
    assert (flow.entity, flow.states) == (
        "quote",
        ["draft", "approved", "sent", "accepted", "rejected"],
    )
    assert [(t.from_, t.to) for t in flow.transitions][-1] == (["draft"], "rejected")


def test_someone_known_only_by_acting_gets_a_name_email_and_phone() -> None:
    spec = design_app("Couriers deliver parcels (weight, address).").spec
    assert fields_of(spec)["courier"] == {"name": "text", "email": "email", "phone": "text"}


def test_one_or_more_means_several_records() -> None:
    spec = design_app(
        "Households have an address, and each household has one or more bins (size, colour)."
    ).spec
    assert relations(spec) == {("bin", "household", "many_to_one")}
    assert set(fields_of(spec)["household"]) == {"address"}


def test_an_act_whose_noun_is_no_form_of_its_verb_is_still_that_record() -> None:
    spec = design_app(
        "Tools have a name and a condition. Neighbours borrow tools; each loan records a start"
        " date and an end date."
    ).spec
    assert relations(spec) == {
        ("loan", "neighbour", "many_to_one"),
        ("loan", "tool", "many_to_one"),
    }
    assert "neighbour" in spec.permissions.roles


def test_what_someone_reports_or_submits_is_theirs_alone() -> None:
    spec = design_app(
        "Residents (name, flat number) report faults with a description and a photo."
    ).spec
    assert relations(spec) == {("fault", "resident", "many_to_one")}


def test_rent_and_fares_are_money() -> None:
    assert infer_type(["monthly", "rent"]) == "decimal"
    assert infer_type(["bus", "fare"]) == "decimal"


def test_several_known_records_with_a_list_are_paired_by_a_junction() -> None:
    spec = design_app(
        "Books have a title and a price. Shipments have a date and a carrier. Each shipment"
        " holds several books with a number of copies."
    ).spec
    assert fields_of(spec)["shipment_book"] == {
        "copies": "integer",
        "shipment_id": "reference",
        "book_id": "reference",
    }
    assert relations(spec) == {
        ("shipment_book", "shipment", "many_to_one"),
        ("shipment_book", "book", "many_to_one"),
    }
    assert set(fields_of(spec)["book"]) == {"title", "price"}


def test_a_new_bare_plural_after_a_preposition_owns_its_bracket() -> None:
    spec = design_app("Climbers sign up for courses (title, start date, level).").spec
    assert set(fields_of(spec)["course"]) == {"title", "start_date", "level"}
    assert ("climber", "course", "many_to_many") in relations(spec)
    # a person's list stays the person's, and so does one after records already described
    assert set(fields_of(design_app("Guests sign up for tours (name, email).").spec)) == {"guest"}
    spec = design_app("Tours have a title and a date. Guests sign up for tours (name, phone).").spec
    assert set(fields_of(spec)["guest"]) >= {"name", "phone"}
    assert set(fields_of(spec)["tour"]) == {"title", "date"}


def test_an_imperative_request_names_no_role() -> None:
    text = "Drivers log trips with a distance. Show open trips per driver. List trips per day."
    spec = design_app(text).spec
    draft = read_permissions(text, spec, read_model(text))
    assert list(draft.roles) == ["driver"]


def test_what_we_record_when_we_act_on_a_new_thing_is_that_things() -> None:
    spec = design_app(
        "Beehives have a name and a location. Whenever we harvest a batch we note the date, the"
        " beehive and the weight in kg."
    ).spec
    assert fields_of(spec)["batch"] == {
        "date": "date",
        "weight_kg": "decimal",
        "beehive_id": "reference",
    }
    assert {e.name for e in spec.entities} == {"beehive", "batch"}


def test_done_by_one_and_in_one_links_both() -> None:
    assert links_of(
        "Boats have a name. Every crossing has a date, and is led by one skipper on one boat."
    ) >= {("crossing", "skipper", "many_to_one"), ("crossing", "boat", "many_to_one")}


def test_a_record_listing_its_fields_is_nobody_acting() -> None:
    spec = design_app(
        "Ovens have a serial number. Repairs record the parts, the cost and the date for an"
        " oven. Technicians log repairs."
    ).spec
    assert fields_of(spec)["repair"] == {
        "parts": "text",
        "cost": "decimal",
        "date": "date",
        "oven_id": "reference",
        "technician_id": "reference",
    }
    assert spec.permissions.roles == ["technician"]


def test_the_writers_own_business_opening_the_description_is_no_role() -> None:
    spec = design_app(
        "Our tattoo parlour books sessions. Sessions have a date and a price. Our artists see"
        " their own sessions."
    ).spec
    assert {e.name for e in spec.entities} == {"session"}
    assert spec.permissions.roles == ["artist"]


def test_an_imperative_verb_header_still_heads_its_list() -> None:
    found = fields_of(
        design_app("Keep the kites in our shop: each kite has a colour and a span.").spec
    )
    assert found == {"kite": {"colour": "text", "span": "text"}}


def test_an_act_named_by_its_gerund_is_a_record_of_the_thing_acted_on() -> None:
    spec = design_app(
        "Horses have a name. I groom horses and log each grooming with the date and the"
        " duration. I also note injuries with a description."
    ).spec
    assert fields_of(spec)["grooming"] == {
        "date": "date",
        "duration": "integer",
        "horse_id": "reference",
    }
    assert set(fields_of(spec)["injury"]) == {"description"}


def test_a_team_named_like_a_thing_acting_on_records_is_a_role() -> None:
    spec = design_app(
        "Parcels have a weight and a code. Dispatch manages parcels; accounting sees invoices."
        " Invoices have a total."
    ).spec
    assert spec.permissions.roles == ["dispatch", "accounting"]


def test_how_often_is_no_role_of_a_link() -> None:
    spec = design_app(
        "Coaches (name, email) train swimmers (name, age) in daily practices. Practices have"
        " a date."
    ).spec
    assert "practice_id" in fields_of(spec)["swimmer"]
    assert "daily_id" not in fields_of(spec)["swimmer"]


def test_two_sides_of_one_kind_keep_their_own_names() -> None:
    spec = design_app(
        "Clubs have a name. Games between a home club and an away club with a date."
    ).spec
    assert {f.name for f in spec.entity("game").fields if f.type == "reference"} == {  # type: ignore[union-attr]
        "home_id",
        "away_id",
    }


def test_records_counted_per_an_unlinked_entity_point_at_it() -> None:
    spec = design_app(
        "Riders have a name and a level. Rides are on a date with a distance. Show rides per rider."
    ).spec
    assert relations(spec) == {("ride", "rider", "many_to_one")}
    assert fields_of(spec)["ride"] == {
        "date": "date",
        "distance": "decimal",
        "rider_id": "reference",
    }
    assert [(r.entity, r.group_by) for r in spec.reports] == [("ride", ["rider"])]


def test_a_possessive_in_a_field_name_is_dropped() -> None:
    spec = design_app("Pupils have a name and a guardian's email.").spec
    assert fields_of(spec)["pupil"] == {"name": "text", "guardian_email": "email"}


def test_one_records_link_then_its_own_fields() -> None:
    spec = design_app(
        "Each repair comes from a customer (name, phone, address) and has a date, a cost and a"
        " kind (glass, frame, lock)."
    ).spec
    assert fields_of(spec) == {
        "customer": {"name": "text", "phone": "text", "address": "text"},
        "repair": {"date": "date", "cost": "decimal", "kind": "enum", "customer_id": "reference"},
    }


def test_a_verb_led_item_ends_a_list_of_fields() -> None:
    spec = design_app(
        "Members register with a name and an address, and borrow ladders on a weekend."
    ).spec
    assert set(fields_of(spec)["member"]) == {"name", "address"}


def test_brackets_inside_a_clause_read_whole_belong_to_the_noun_before_them() -> None:
    spec = design_app(
        "Tablets have a serial. Tablets are given to teachers (name, subject). Volunteers (name,"
        " shift) run stalls: a theme, a site and a size."
    ).spec
    found = fields_of(spec)
    assert set(found["teacher"]) == {"name", "subject"}
    assert set(found["volunteer"]) == {"name", "shift"}
    assert {"theme", "site", "size"} <= set(found["stall"])


def test_a_dated_act_on_a_compound_object_is_the_act_record() -> None:
    spec = design_app(
        "Rooms have a name. Guests book study rooms for a date. Guests see their own bookings."
    ).spec
    assert relations(spec) >= {
        ("booking", "guest", "many_to_one"),
        ("booking", "room", "many_to_one"),
    }
    assert fields_of(spec)["booking"]["date"] == "date"


def test_a_bracket_of_values_before_a_with_list_holds_examples() -> None:
    spec = design_app("We rent boats (small, large, luxury) with a length and a daily rate.").spec
    boat = spec.entity("boat")
    assert boat is not None
    assert [(f.name, f.type) for f in boat.fields] == [
        ("length", "decimal"),
        ("daily_rate", "decimal"),
    ]
    assert boat.description == "For example small, large, luxury"
