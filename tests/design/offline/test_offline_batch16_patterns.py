"""Sentence shapes learnt in the round before sealed batch 16, each designed end to end on a
sentence of its own: one record named with its own bracketed list after a verb (*felling jobs
are handed to a climber (name, phone, rope licence)*), two such records of one act, *run with
one narrowboat (...) and one skipper (...)*, a measure taken *from one* known record, header
lines of a bullet list (*Vases: blown by a glassblower, ...*, *Mills we buy from: ...*,
*Order lines: each takes ...*) after an introduction line, a junction for listed records
described later, *a status going ...*, and *sent to us by a dealer (...)*."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations

# --- one record named with its own list, after a verb -----------------------------------------


@pytest.mark.parametrize(
    ("description", "subject", "named", "fields"),
    [
        (
            "Felling jobs are handed to a climber (name, phone, rope licence).",
            "felling_job",
            "climber",
            {"name": "text", "phone": "text", "rope_licence": "text"},
        ),
        (
            "Each spa service is done by one of our technicians (name, speciality).",
            "spa_service",
            "technician",
            {"name": "text", "speciality": "text"},
        ),
        (
            "Clock repairs are commissioned by an auction house (name and contact email).",
            "clock_repair",
            "auction_house",
            {"name": "text", "contact_email": "email"},
        ),
    ],
)
def test_a_record_named_after_a_verb_takes_its_bracketed_list(
    description: str, subject: str, named: str, fields: dict[str, str]
) -> None:
    spec = design(description)
    assert field_types(spec, named) == fields
    assert relations(spec) == {(subject, named, "many_to_one")}
    assert f"{named}_id" in field_types(spec, subject)
    assert entity_names(spec) == {subject, named}


def test_people_booking_with_a_persons_list_make_no_link_from_them() -> None:
    spec = design("Holidaymakers book a narrowboat (name, phone).")
    # the list is a person's: the holidaymakers are people, not records pointing at the boat
    assert field_types(spec, "holidaymaker") == {"name": "text", "email": "email", "phone": "text"}
    assert ("holidaymaker", "narrowboat", "many_to_one") not in relations(spec)
    assert "narrowboat_id" not in field_types(spec, "holidaymaker")


# --- two records of one act -------------------------------------------------------------------


def test_two_objects_of_one_act_each_take_their_list_and_a_link() -> None:
    spec = design(
        "Every tree survey is assigned a climber (name, rope licence) and a chipper truck"
        " (registration, capacity)."
    )
    assert field_types(spec, "climber") == {"name": "text", "rope_licence": "text"}
    assert field_types(spec, "chipper_truck") == {"registration": "text", "capacity": "integer"}
    assert relations(spec) == {
        ("tree_survey", "climber", "many_to_one"),
        ("tree_survey", "chipper_truck", "many_to_one"),
    }


# --- run with one X (...) and one Y (...) ----------------------------------------------------


def test_run_with_one_record_and_one_person_links_both() -> None:
    spec = design(
        "Each canal cruise is run with one narrowboat (name and number of berths) and one"
        " skipper (name and phone)."
    )
    assert field_types(spec, "narrowboat") == {"name": "text", "berths": "integer"}
    assert field_types(spec, "skipper") == {"name": "text", "phone": "text"}
    assert relations(spec) == {
        ("canal_cruise", "narrowboat", "many_to_one"),
        ("canal_cruise", "skipper", "many_to_one"),
    }
    cruise = field_types(spec, "canal_cruise")
    assert "one_narrowboat" not in cruise and "one_skipper" not in cruise


def test_values_in_brackets_beside_run_with_one_stay_an_enum() -> None:
    spec = design(
        "Each canal cruise has a size (small, medium or large) and is run with one narrowboat"
        " (name and number of berths)."
    )
    cruise = spec.entity("canal_cruise")
    assert cruise is not None
    size = cruise.field("size")
    assert size is not None and size.type == "enum"
    assert size.options == ["small", "medium", "large"]
    assert "size" not in entity_names(spec)
    assert relations(spec) == {("canal_cruise", "narrowboat", "many_to_one")}


# --- a measure taken from one record ----------------------------------------------------------


def test_a_measure_from_one_known_record_is_a_field_and_a_link() -> None:
    spec = design(
        "Cheeses have a variety. Each cheese order line takes a weight in kg from one cheese."
    )
    assert field_types(spec, "cheese_order_line") == {
        "weight_kg": "decimal",
        "cheese_id": "reference",
    }
    assert relations(spec) == {("cheese_order_line", "cheese", "many_to_one")}


def test_a_measure_from_something_that_is_no_record_links_nothing() -> None:
    spec = design("Cheeses have a variety. Each cheese order line takes a weight in kg from stock.")
    assert relations(spec) == set()
    assert "stock" not in entity_names(spec)
    assert field_types(spec, "cheese") == {"variety": "text"}


# --- header lines of a bullet list ------------------------------------------------------------


def test_a_header_line_told_by_a_participle_links_to_the_record_it_names() -> None:
    spec = design(
        "- Vases: blown by a glassblower, with colour and blowing date\n- Glassblowers: name, phone"
    )
    assert field_types(spec, "vase") == {
        "colour": "text",
        "blowing_date": "date",
        "glassblower_id": "reference",
    }
    assert "blown_by_glassblower" not in field_types(spec, "vase")
    assert field_types(spec, "glassblower") == {"name": "text", "phone": "text"}
    assert relations(spec) == {("vase", "glassblower", "many_to_one")}


def test_a_header_line_placed_by_a_shorter_name_finds_the_longer_record() -> None:
    spec = design(
        "We make stationery:\n"
        "- Stationery customers: name, email\n"
        "- Orders: placed by a customer, with a delivery date and a total"
    )
    assert relations(spec) == {("order", "stationery_customer", "many_to_one")}
    assert "customer" not in entity_names(spec)
    assert field_types(spec, "order") == {
        "delivery_date": "date",
        "total": "decimal",
        "stationery_customer_id": "reference",
    }


# --- a junction for listed records described later -------------------------------------------


def test_listed_records_described_later_meet_in_a_junction() -> None:
    spec = design(
        "Each gift hamper contains several preserves, each with a quantity. Preserves have a"
        " flavour and a best-before date."
    )
    assert field_types(spec, "gift_hamper_preserve") == {
        "quantity": "integer",
        "gift_hamper_id": "reference",
        "preserve_id": "reference",
    }
    assert field_types(spec, "preserve") == {"flavour": "text", "best_before_date": "date"}
    assert relations(spec) == {
        ("gift_hamper_preserve", "gift_hamper", "many_to_one"),
        ("gift_hamper_preserve", "preserve", "many_to_one"),
    }


def test_listed_records_never_described_make_no_junction() -> None:
    spec = design("Each gift hamper contains several preserves with a quantity.")
    assert "gift_hamper_preserve" not in entity_names(spec)
    assert entity_names(spec) == {"gift_hamper", "preserve"}


# --- headers after an introduction line -------------------------------------------------------


def test_headers_with_we_buy_from_and_each_after_an_introduction() -> None:
    spec = design(
        "I have a yarn shop with a mail order side, and I need an app for it:\n"
        "- Mills we buy from: mill name, county\n"
        "- Yarns: colour, mill\n"
        "- Order lines: each takes a length in metres from one yarn"
    )
    # the introduction names the business, which is no record
    assert entity_names(spec) == {"mill", "yarn", "order_line"}
    assert field_types(spec, "mill") == {"mill_name": "text", "county": "text"}
    assert field_types(spec, "order_line") == {
        "length_metres": "decimal",
        "yarn_id": "reference",
    }
    assert relations(spec) == {
        ("yarn", "mill", "many_to_one"),
        ("order_line", "yarn", "many_to_one"),
    }


# --- a status going ... -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("description", "entity", "date", "field", "states"),
    [
        (
            "Each gift hamper has a delivery date and a status going packed, posted, delivered.",
            "gift_hamper",
            "delivery_date",
            "status",
            ["packed", "posted", "delivered"],
        ),
        (
            "Each rebinding job has a due date and a stage moving through quoted, sewn, bound.",
            "rebinding_job",
            "due_date",
            "stage",
            ["quoted", "sewn", "bound"],
        ),
    ],
)
def test_a_status_going_through_steps_is_a_flow(
    description: str, entity: str, date: str, field: str, states: list[str]
) -> None:
    spec = design(description)
    assert flows(spec) == {entity: (field, states)}
    told = spec.entity(entity)
    assert told is not None
    moved = told.field(field)
    assert moved is not None and moved.type == "enum" and moved.options == states
    assert field_types(spec, entity) == {date: "date", field: "enum"}


# --- sent to us by ... ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("description", "subject", "sender", "fields"),
    [
        (
            "Antique clocks are sent to us by a dealer (name and contact email).",
            "antique_clock",
            "dealer",
            {"name": "text", "contact_email": "email"},
        ),
        (
            "Fallen trees are reported to us through a parish council (name and clerk email).",
            "fallen_tree",
            "parish_council",
            {"name": "text", "clerk_email": "email"},
        ),
    ],
)
def test_records_sent_to_us_by_a_party_point_at_it(
    description: str, subject: str, sender: str, fields: dict[str, str]
) -> None:
    spec = design(description)
    assert field_types(spec, sender) == fields
    assert relations(spec) == {(subject, sender, "many_to_one")}
    assert "us" not in entity_names(spec)


# --- people giving their details --------------------------------------------------------------


def test_details_people_give_are_theirs_and_what_they_make_points_at_them() -> None:
    spec = design(
        "We hire out hot tubs. Hirers give us their name, email and phone and make rentals; a"
        " rental has a delivery date and a collection date."
    )
    assert field_types(spec, "hirer") == {"name": "text", "email": "email", "phone": "text"}
    assert field_types(spec, "rental") == {
        "delivery_date": "date",
        "collection_date": "date",
        "hirer_id": "reference",
    }
    assert relations(spec) == {("rental", "hirer", "many_to_one")}


def test_what_people_leave_that_is_no_detail_of_theirs_is_not_theirs() -> None:
    spec = design("Sauna guests leave a rating from 1 to 5, a comment and their email.")
    for guests in ("sauna_guest", "guest"):
        found = spec.entity(guests)
        assert found is None or found.field("rating") is None


def test_phone_numbers_among_given_details_stay_one_field() -> None:
    spec = design("Hirers give us their name and phone numbers.")
    assert field_types(spec, "hirer") == {"name": "text", "phone_number": "text"}


# --- people leaving details and booking, with a participle list -------------------------------

_SAUNA_BOOKING = (
    "Groups leave a name and phone and book a sauna for a date, saying how many guests and how"
    " many hours, and ticking whether they want towel hire."
)


def test_people_leaving_details_and_booking_are_linked_and_counts_make_no_records() -> None:
    spec = design(_SAUNA_BOOKING)
    assert field_types(spec, "group") == {"name": "text", "phone": "text"}
    assert relations(spec) == {
        ("booking", "group", "many_to_one"),
        ("booking", "sauna", "many_to_one"),
    }
    # *how many guests* counts guests: no guest or hour records
    assert not entity_names(spec) & {"guest", "hour", "towel_hire"}


def test_a_participle_list_after_a_booking_gives_the_booking_counts_and_a_flag() -> None:
    spec = design(_SAUNA_BOOKING)
    booking = field_types(spec, "booking")
    assert booking["guests"] == "integer"
    assert booking["hours"] == "decimal"  # hours come in parts, as the golds keep them
    assert booking["towel_hire"] == "boolean"


# --- people making records --------------------------------------------------------------------


def test_people_who_make_payments_are_what_the_payments_point_at() -> None:
    spec = design(
        "Allotment tenants have a name and a plot number. Allotment tenants make payments; a"
        " payment has an amount and a paid date."
    )
    assert field_types(spec, "payment") == {
        "amount": "decimal",
        "paid_date": "date",
        "allotment_tenant_id": "reference",
    }
    assert relations(spec) == {("payment", "allotment_tenant", "many_to_one")}


# --- for each record we record ..., the party it was bought from ------------------------------


def test_what_we_record_for_each_record_holds_an_enum_and_the_seller() -> None:
    spec = design(
        "For each pallet we record the brick colour (red, yellow or blue), its weight in"
        " kilograms, the demolition firm it was bought from and the day it arrived. Demolition"
        " firms: name, phone."
    )
    assert entity_names(spec) == {"pallet", "demolition_firm"}
    pallet = spec.entity("pallet")
    assert pallet is not None
    colour = pallet.field("brick_colour")
    assert colour is not None and colour.type == "enum"
    assert colour.options == ["red", "yellow", "blue"]
    assert field_types(spec, "pallet") == {
        "brick_colour": "enum",
        "weight_kg": "decimal",
        "arrived_date": "date",
        "demolition_firm_id": "reference",
    }
    assert field_types(spec, "demolition_firm") == {"name": "text", "phone": "text"}
    assert relations(spec) == {("pallet", "demolition_firm", "many_to_one")}


# --- what people bring in, with examples and what I have to write down ------------------------


def test_what_people_bring_in_is_the_record_of_what_i_have_to_write_down() -> None:
    spec = design(
        "People bring in a lamp, could be a brass lamp, an oil lamp, whatever, and I have to"
        " write down the style, the date it came in and the deposit they paid."
    )
    # the examples are kinds of lamp, and the people bringing it are no record
    assert entity_names(spec) == {"lamp"}
    # the date it came in is the day it was received, as forms name it
    assert field_types(spec, "lamp") == {
        "style": "text",
        "received_date": "date",
        "deposit": "decimal",
    }


# --- people who are just a list ---------------------------------------------------------------


def test_people_who_are_only_a_list_have_its_fields() -> None:
    spec = design(
        "Clients are only a name, a phone number and an email really, though some have several"
        " typewriters with me at once."
    )
    assert field_types(spec, "client") == {
        "name": "text",
        "phone_number": "text",
        "email": "email",
    }


# --- a request for a report is no note about a record -----------------------------------------


def test_editing_their_own_records_and_a_report_make_no_brought_record() -> None:
    spec = design(
        "Expeditions have a fee and a stage. Guides can edit their own expeditions and we want a"
        " report of the total per stage."
    )
    assert field_types(spec, "expedition") == {"fee": "decimal", "stage": "text"}
    assert not any(
        {"guide", "expedition"} <= {source, target} for source, target, _ in relations(spec)
    )
