"""Round 69: terse headings, a third one a record ties in, lists after a new record and a known
one, flows told by marking or crawling through steps, and records said together.

Each test names one way of saying it, in a domain of its own, and most have a twin the
reading must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, field_types, relations

from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.learned_model import LogisticModel
from appwright.design.offline.learned_records import accepted
from appwright.design.offline.report_requests import is_report_request
from appwright.design.offline.state_names import state_name
from appwright.design.offline.terse_notes import (
    each_points_at_one,
    heading_then_each,
    status_header,
)


def _states(description: str, entity: str) -> list[str]:
    flows = [f for f in design(description).state_flows if f.entity == entity]
    assert flows, f"no flow on {entity}"
    return list(flows[0].states)


def test_a_bare_item_paid_one_way_or_another_is_a_choice_of_ways() -> None:
    spec = design("Fares have a date, a driver number, and paid by card or cash.")
    assert field_options(spec, "fare")["payment_method"] == ["card", "cash"]
    assert "cash" not in field_types(spec, "fare")


def test_a_heading_then_each_or_one_per_gives_the_list_to_the_heading() -> None:
    assert heading_then_each("kennel runs. each: number, size.") == "kennel runs: number, size."
    assert (
        heading_then_each("hoof trims. one per visit: date, farrier.")
        == "hoof trims: date, farrier."
    )
    assert heading_then_each("it is busy. each: number.") == "it is busy. each: number."
    spec = design("Hoof trims. One per visit: date, farrier name, feet done. Need trims per month.")
    assert {"date", "farrier_name"} <= set(field_types(spec, "hoof_trim"))


def test_a_header_whose_noun_can_be_a_flow_verb_is_no_flow() -> None:
    spec = design("Progress sheets: date, lesson number, pages read.")
    assert "lesson_number" in field_types(spec, "progress_sheet")
    assert not spec.state_flows
    assert _states("Tickets have a title. Tickets progress from open to fixed to closed.", "ticket")


def test_a_third_one_a_record_ties_in_by_what_is_done_to_it_is_linked() -> None:
    spec = design(
        "Nurses have a name. A home visit is one nurse in one car seeing one patient, with a "
        "visit time and a mileage."
    )
    assert {
        ("home_visit", "nurse", "many_to_one"),
        ("home_visit", "car", "many_to_one"),
        ("home_visit", "patient", "many_to_one"),
    } <= relations(spec)
    assert "visit_time" in field_types(spec, "home_visit")


def test_a_pool_of_things_is_the_things() -> None:
    spec = design("We have a pool of loan laptops, so for each one we keep the serial and model.")
    assert entity_names(spec) == {"loan_laptop"}
    assert {"serial", "model"} <= set(field_types(spec, "loan_laptop"))


def test_a_relative_clause_after_a_new_record_and_a_known_one_is_the_new_one_s() -> None:
    spec = design(
        "Tenants have a name. Each quarter we raise a statement for the tenant, which has a "
        "statement number, an issue date and a balance."
    )
    assert {"statement_number", "balance"} <= set(field_types(spec, "statement"))
    assert "balance" not in field_types(spec, "tenant")
    twin = design("Each quarter we visit a tenant, which has a name, a phone and a flat number.")
    assert "flat_number" in field_types(twin, "tenant")


def test_any_verb_through_steps_tells_a_flow() -> None:
    description = (
        "Planning appeals have a reference. Each appeal then crawls through lodged, "
        "validated, heard and decided."
    )
    assert _states(description, "planning_appeal") == ["lodged", "validated", "heard", "decided"]
    twin = design("Visitors have a name. The visitor walks through the gardens.")
    assert not twin.state_flows


def test_a_status_header_after_a_record_is_its_flow() -> None:
    assert (
        status_header("its status follows the tide: booked, afloat and finally ashore")
        == "its status goes booked, afloat and finally ashore"
    )
    description = (
        "Every launch has a boat name and a slipway. Its status follows the tide: booked, "
        "afloat, returning and finally ashore."
    )
    assert _states(description, "launch") == ["booked", "afloat", "returning", "ashore"]
    assert "status" not in entity_names(design(description))


def test_a_noun_only_said_inside_values_is_no_learned_record() -> None:
    spec = {
        "entities": [
            {
                "name": "lift",
                "fields": [
                    {"name": "status", "type": "enum", "options": ["on_hold", "in_service"]},
                ],
            }
        ],
        "relationships": [],
    }
    always = LogisticModel({}, 5.0, 0.5, True, None)
    told_once = "Each lift goes on hold or in service. An engineer checks it."
    assert "hold" not in [c.name for c in accepted(told_once, spec, always)]
    told_apart = "Each lift goes on hold or in service. A hold has a reason."
    assert "hold" in [c.name for c in accepted(told_apart, spec, always)]


def test_a_thing_that_gets_a_record_with_a_list_has_the_list() -> None:
    spec = design(
        "Every litter we breed gets a record with the whelping date, the dam and the number "
        "of puppies."
    )
    assert {"whelping_date", "dam"} <= set(field_types(spec, "litter"))
    assert "record" not in entity_names(spec)


def test_a_record_someone_marks_one_step_after_another_has_those_steps() -> None:
    description = (
        "Entries have a title. The steward marks each entry received, then judged, and "
        "finally placed onto the board or withdrawn."
    )
    assert _states(description, "entry")[:2] == ["received", "judged"]


def test_a_thing_named_by_what_was_done_to_it_is_one_item_of_a_list() -> None:
    assert not is_clause("the panel that was cracked")
    assert is_clause("the tenant was told")
    spec = design(
        "Each survey records the date, the panel that was cracked, a photo and whether the "
        "roof was made safe."
    )
    assert {"photo", "made_safe"} <= set(field_types(spec, "survey"))


def test_records_named_together_that_each_belong_to_one_are_each_linked() -> None:
    spec = design(
        "Tractors have a registration. Drivers have a name. Tractors and drivers each belong "
        "to one of our yards, which just need a name and a postcode."
    )
    assert {("tractor", "yard", "many_to_one"), ("driver", "yard", "many_to_one")} <= relations(
        spec
    )
    assert "postcode" in field_types(spec, "yard")


def test_a_bracket_said_of_one_mid_sentence_is_told_after_the_sentence() -> None:
    spec = design(
        "Every wedding has a date. We book one marquee for each wedding (a marquee has a size, "
        "a colour and a supplier) and a team of riggers."
    )
    assert {"size", "colour"} <= set(field_types(spec, "marquee"))


def test_the_owner_sending_one_thing_per_another_asks_for_no_report() -> None:
    assert not is_report_request("we send one lorry per order")
    assert is_report_request("lorries per order")


def test_a_status_told_as_it_starts_after_a_colon_is_a_flow() -> None:
    description = (
        "Repairs have a fault and a status: it starts logged, may sit at waiting for parts, "
        "and ends up fixed."
    )
    assert _states(description, "repair") == ["logged", "waiting_for_parts", "fixed"]
    assert state_name("sit at awaiting documents") == "awaiting_documents"
    assert state_name("wait on the customer") == "waiting_on_customer"


def test_a_note_s_arrow_from_each_to_one_of_others_links_them() -> None:
    assert (
        each_points_at_one("each lesson -> one pony + one rider (name, age).")
        == "each lesson has one pony and one rider (name, age)."
    )
    assert each_points_at_one("tickets: new -> open -> closed.") == (
        "tickets: new -> open -> closed."
    )
    spec = design(
        "Lessons: date, time. Ponies: name, height. Each lesson -> one pony + one rider "
        "(name, age)."
    )
    assert {
        ("lesson", "pony", "many_to_one"),
        ("lesson", "rider", "many_to_one"),
    } <= (relations(spec))


def test_a_clause_about_each_one_after_a_colon_is_told_of_the_records() -> None:
    spec = design(
        "Allotment plots have a number. Water permits are issued per plot holder: each one "
        "lists the standpipe, the start date and the fee."
    )
    assert {"standpipe", "start_date", "fee"} <= set(field_types(spec, "water_permit"))
    twin = design("Inspections: each one is of a ride, with the date and a result of pass or fail.")
    assert {"date", "result"} <= set(field_types(twin, "inspection"))
