"""Sentence shapes learnt in the round before sealed batch 17, each designed end to end on a
sentence of its own: *needs the ...* and *gets its ...* listing a record's fields, a subject
with a reduced relative (*every kit sent to a subscriber has ...*), a value *we dug in metres*,
a comma splice about one caller who gets a record opened *for them*, *anyone who ... becomes a
caller*, *the kind of* the record itself, a second passive with a particle (*... and taken on
by one volunteer*), *one buyer handles it* after a date, *who the buyer is* in a list of
records, and *the total ... we dealt with per month*."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations

# --- needs the / gets its: the subject's fields ------------------------------------------------


@pytest.mark.parametrize(
    ("description", "subject", "fields"),
    [
        (
            "Each swab needs the date taken, the swab code and whether it passed.",
            "swab",
            {"date_taken": "date", "swab_code": "text", "passed": "boolean"},
        ),
        (
            "Each sample jar needs its batch code, the date poured and whether it set.",
            "sample_jar",
            {"batch_code": "text", "date_poured": "date", "set": "boolean"},
        ),
        (
            "Every tortoise gets its microchip number, species and weight.",
            "tortoise",
            {"microchip_number": "text", "species": "text", "weight": "decimal"},
        ),
        (
            "Every hedgehog gets its tag number, sex and weight in grams.",
            "hedgehog",
            {"tag_number": "text", "sex": "text", "weight_grams": "integer"},
        ),
    ],
)
def test_needs_or_gets_before_the_its_their_lists_the_subjects_fields(
    description: str, subject: str, fields: dict[str, str]
) -> None:
    spec = design(description)
    assert entity_names(spec) == {subject}
    assert field_types(spec, subject) == fields


def test_people_who_need_a_record_get_no_field_list_from_it() -> None:
    spec = design(
        "Homeowners have a name and a phone. Homeowners need a quote. Quotes have a price."
    )
    # *need a quote* is what they ask for, not a list of what we keep about them
    assert field_types(spec, "homeowner") == {"name": "text", "phone": "text"}
    # (the quote is theirs: the island pass links it to the homeowners who need it)
    assert field_types(spec, "quote") == {"price": "decimal", "homeowner_id": "reference"}


# --- a subject with a reduced relative ---------------------------------------------------------


def test_a_subject_sent_to_a_record_has_its_fields_and_links_to_it() -> None:
    spec = design("Every kit sent to a subscriber has a weight and a tracking number.")
    kit = field_types(spec, "kit")
    assert (kit["weight"], kit["tracking_number"]) == ("decimal", "text")
    assert relations(spec) == {("kit", "subscriber", "many_to_one")}
    assert entity_names(spec) == {"kit", "subscriber"}  # no "number" record


# --- a value we measured, with its unit ---------------------------------------------------------


def test_a_value_we_dug_in_metres_is_a_decimal_in_metres() -> None:
    spec = design(
        "For every trench I'd want the start date, the depth we dug in metres and the final price."
    )
    assert field_types(spec, "trench") == {
        "start_date": "date",
        "depth_metres": "decimal",
        "final_price": "decimal",
    }


# --- a comma splice about one person, and what we open for them -------------------------------


def test_one_caller_in_a_comma_splice_has_the_details_and_what_we_book_for_them() -> None:
    spec = design(
        "A landlord rings up, we take their name, email and the flat address, and then we book"
        " an inspection for them. Each inspection has a date and a result (pass or fail)."
    )
    assert field_types(spec, "landlord") == {
        "name": "text",
        "email": "email",
        "flat_address": "text",
    }
    assert relations(spec) == {("inspection", "landlord", "many_to_one")}
    inspection = spec.entity("inspection")
    assert inspection is not None
    result = inspection.field("result")
    assert result is not None and result.options == ["pass", "fail"]


def test_one_caller_in_a_comma_splice_and_a_survey_opened_for_them() -> None:
    spec = design(
        "A homeowner rings up, we take their name, phone and the site address, and then we"
        " open a survey for them. Surveys have a date and a damp reading."
    )
    assert field_types(spec, "homeowner") == {
        "name": "text",
        "phone": "text",
        "site_address": "text",
    }
    assert relations(spec) == {("survey", "homeowner", "many_to_one")}


# --- anyone who ... becomes a record ------------------------------------------------------------


@pytest.mark.parametrize(
    ("description", "subject", "fields"),
    [
        (
            "Anyone who phones the helpline becomes a caller, and we note their name, phone and"
            " postcode.",
            "caller",
            {"name": "text", "phone": "text", "postcode": "text"},
        ),
        (
            "Everybody who signs up for a course becomes a learner, and we record their name,"
            " email and date of birth.",
            "learner",
            {"name": "text", "email": "email", "date_of_birth": "date"},
        ),
    ],
)
def test_anyone_who_becomes_a_record_is_that_record_with_their_details(
    description: str, subject: str, fields: dict[str, str]
) -> None:
    spec = design(description)
    assert entity_names(spec) == {subject}
    assert field_types(spec, subject) == fields


# --- the kind of the record itself --------------------------------------------------------------


def test_the_kind_of_the_record_is_its_kind_and_the_owners_name_its_field() -> None:
    spec = design(
        "For every lawnmower brought in we note the owner's name, the kind of lawnmower (petrol,"
        " electric or push) and whether it got serviced."
    )
    assert entity_names(spec) == {"lawnmower"}  # no "owner" record
    assert field_types(spec, "lawnmower") == {
        "owner_name": "text",
        "kind": "enum",
        "serviced": "boolean",
    }
    mower = spec.entity("lawnmower")
    assert mower is not None
    kind = mower.field("kind")
    assert kind is not None and kind.options == ["petrol", "electric", "push"]


# --- a second passive with a particle -----------------------------------------------------------


def test_a_second_passive_with_a_particle_links_the_subject_to_both_records() -> None:
    spec = design(
        "Volunteers have a name and a phone. Clean-ups have a date and a beach. Sacks have a"
        " weight. Each sack is logged at a clean-up and taken on by one volunteer."
    )
    assert relations(spec) == {
        ("sack", "clean_up", "many_to_one"),
        ("sack", "volunteer", "many_to_one"),
    }
    assert "volunteer_id" not in field_types(spec, "clean_up")


def test_a_second_passive_makes_its_subject_a_record_though_never_described() -> None:
    spec = design(
        "Porters have a name and a shift. Desks have a floor and a phone. Each parcel is logged"
        " at a desk and handed over by one porter."
    )
    assert "parcel" in entity_names(spec)
    assert relations(spec) == {
        ("parcel", "desk", "many_to_one"),
        ("parcel", "porter", "many_to_one"),
    }


# --- one person does it: the record, not its date -----------------------------------------------


def test_one_buyer_handles_it_after_a_date_is_the_contracts_buyer() -> None:
    spec = design(
        "Every grower has a contract with the date it was signed, one buyer handles it, and the"
        " price is fixed."
    )
    assert ("contract", "buyer", "many_to_one") in relations(spec)
    assert ("contract", "grower", "many_to_one") in relations(spec)
    assert field_types(spec, "contract")["signed_date"] == "date"
    assert not {"date", "signed_date"} & entity_names(spec)


# --- who the person is, in a list of records ----------------------------------------------------


def test_who_the_buyer_is_names_a_field_of_each_listed_record() -> None:
    spec = design(
        "House clearances have an address. On each house clearance we list the items: who the"
        " buyer is, the price paid."
    )
    assert field_types(spec, "item") == {
        "buyer": "text",
        "price_paid": "decimal",
        "house_clearance_id": "reference",
    }
    assert relations(spec) == {("item", "house_clearance", "many_to_one")}


# --- the total we dealt with per month ----------------------------------------------------------


def test_what_we_dealt_with_in_a_report_request_is_no_record() -> None:
    spec = design(
        "Skips have a size. Each hire has a date, a skip and a tonnage in tonnes. The council"
        " keeps asking for the total tonnage we dealt with per month."
    )
    assert entity_names(spec) == {"skip", "hire"}
    [report] = spec.reports
    assert (report.entity, report.measure.agg, report.measure.field) == (
        "hire",
        "sum",
        "tonnage_tonnes",
    )
