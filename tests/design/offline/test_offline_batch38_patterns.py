"""Sentence shapes learnt once batch 38 was measured, each designed end to end on a sentence
of its own (not the batch's), with a twin it must leave alone: *a booking is for one service:
...*, *the person who has died*, *when someone is buried we record ...*, *a plot can hold
several burials*, *the right to a plot is bought by ...*, *monthly takings total* and *stamps
made* counted as an order's stamp lines."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.simplify import simplify
from appwright.spec.models import AppSpec


def options(spec: AppSpec, entity: str, name: str) -> list[str]:
    found = spec.entity(entity)
    assert found is not None
    field = found.field(name)
    assert field is not None and field.options is not None, f"no enum {name} on {entity}"
    return list(field.options)


def test_a_list_after_is_for_one_speaking_of_that_one_is_the_records_own() -> None:
    spec = design(
        "A booking is for one service: the venue, the date and time of the service and the fee."
    )
    assert field_types(spec, "booking") == {
        "venue": "text",
        "date_and_time_of_service": "datetime",
        "fee": "decimal",
    }
    assert "service" not in entity_names(spec)


def test_a_list_after_is_for_one_customer_is_the_customers() -> None:
    assert simplify("an order is for one customer: a name, an email and a phone") == (
        "an order is for one customer; each customer has a name, an email and a phone"
    )


def test_the_person_who_has_died_is_the_deceased() -> None:
    assert simplify("a booking has the name of the person who has died and the venue") == (
        "a booking has the name of the deceased and the venue"
    )
    assert simplify("a booking has the name of the person who booked and the venue") == (
        "a booking has the name of the person who booked and the venue"
    )


def test_the_date_and_place_of_an_event_stay_two_fields() -> None:
    spec = design("A death has the date and place of death.")
    assert set(field_types(spec, "death")) == {"date", "place"}


def test_what_is_recorded_when_someone_is_buried_is_the_burials() -> None:
    spec = design(
        "Plots have a row and a number. When someone is buried we record the full name and "
        "the burial date; a plot can hold more than one burial."
    )
    assert field_types(spec, "burial") == {
        "full_name": "text",
        "burial_date": "date",
        "plot_id": "reference",
    }
    assert ("burial", "plot", "many_to_one") in relations(spec)


def test_a_hire_including_several_items_of_the_range_picks_them() -> None:
    spec = design(
        "Every item in our range has a name and a day rate. A hire has a start date and can "
        "include several items."
    )
    assert ("hire", "item", "many_to_many") in relations(spec)


def test_the_right_to_a_plot_bought_by_a_holder_is_the_plots_tie() -> None:
    spec = design(
        "A plot has a row. The right to a plot is bought by a grant holder (name, address, email)."
    )
    assert field_types(spec, "grant_holder") == {
        "name": "text",
        "address": "text",
        "email": "email",
    }
    assert field_types(spec, "plot") == {"row": "text", "grant_holder_id": "reference"}


def test_a_notes_line_of_a_monthly_total_asks_for_a_report() -> None:
    spec = design("Jobs: date, customer name, price. Monthly takings total.")
    assert [(r.entity, r.measure.agg, r.measure.field) for r in spec.reports] == [
        ("job", "sum", "price")
    ]


def test_a_monthly_line_without_a_total_asks_for_nothing() -> None:
    spec = design("Jobs: date, customer name, price. Monthly takings.")
    assert spec.reports == []


def test_things_counted_by_their_lines_count_the_line_records() -> None:
    spec = design(
        "An order has a date. Each order can have several stamp lines, and every line has a "
        "wording and a quantity. A stamp line is made on one mount style, with a name. I want "
        "a count of stamps made per mount style per month."
    )
    assert [(r.entity, r.measure.agg) for r in spec.reports] == [("stamp_line", "count")]


def test_a_list_given_in_the_next_act_after_then_is_that_acts_record() -> None:
    spec = design(
        "Customers sign up with their name and email, then place rental orders with a pickup "
        "date and a deposit."
    )
    assert field_types(spec, "customer") == {"name": "text", "email": "email"}
    assert field_types(spec, "rental_order") == {
        "pickup_date": "date",
        "deposit": "decimal",
        "customer_id": "reference",
    }


def test_states_after_then_stay_one_flow() -> None:
    assert simplify("an order starts as received, then moves to packed and finally shipped") == (
        "an order starts as received, then moves to packed and finally shipped"
    )
    assert simplify("a job is booked, then done") == "a job is booked, then done"


def test_a_flow_starting_in_a_bare_state_ends_in_what_it_can_be() -> None:
    spec = design(
        "A shift has a date; it starts open, becomes filled once a nurse takes it, then "
        "worked, or it can be cancelled."
    )
    assert flows(spec) == {"shift": ("status", ["open", "filled", "worked", "cancelled"])}


def test_what_someone_ticks_a_record_as_is_its_yes_or_no() -> None:
    spec = design(
        "The nurse sends a timesheet with hours worked and mileage, and a manager ticks it as "
        "approved."
    )
    assert field_types(spec, "timesheet")["approved"] == "boolean"
    assert "manager" not in entity_names(spec)


def test_a_record_tying_one_to_another_holds_one_of_each() -> None:
    spec = design(
        "Vehicles have a registration. Testers have a name. A test booking ties a vehicle to "
        "one of our testers and has a date and a fee."
    )
    assert {
        ("test_booking", "vehicle", "many_to_one"),
        ("test_booking", "tester", "many_to_one"),
    } <= (relations(spec))


def test_a_value_said_again_with_more_is_a_value_of_its_own() -> None:
    spec = design("A test has a date and a result of pass, fail or pass with advisories.")
    assert options(spec, "test", "result") == ["pass", "fail", "pass_with_advisories"]
    assert simplify("a job has a status of open, closed or waiting with a note") == (
        "a job has a status (open, closed or waiting) with a note"
    )


def test_the_id_someone_showed_with_its_kinds_is_the_id_type() -> None:
    spec = design(
        "Each buyer has a full name and the ID they showed (passport or driving licence)."
    )
    assert options(spec, "buyer", "id_type") == ["passport", "driving_licence"]
    spec = design("Each buyer has a full name and an ID.")
    assert set(field_types(spec, "buyer")) == {"full_name"}


def test_a_yes_or_no_question_is_named_without_what_it_was_for() -> None:
    spec = design(
        "An order has a price and a yes/no for whether proof of entitlement to the "
        "registration was seen."
    )
    assert field_types(spec, "order")["proof_of_entitlement_seen"] == "boolean"
    spec = design("A visit has a date and whether the form was signed by the client.")
    assert field_types(spec, "visit")["signed_by_client"] == "boolean"


def test_the_worker_noted_on_every_record_is_one_the_record_points_at() -> None:
    spec = design(
        "A plate order has a price. The staff member who pressed the plates is noted on every order."
    )
    assert ("plate_order", "staff_member", "many_to_one") in relations(spec)
    spec = design("Jobs have a price. The date that the work was done is recorded on each job.")
    assert entity_names(spec) == {"job"}


def test_a_list_of_records_with_their_details_and_each_linked_to_one() -> None:
    spec = design(
        "Pets have a name. Most pets come to us through vets, so I'd like a list of the vet "
        "practices we work with (name, phone number and town) and each pet linked to the "
        "practice that sent it."
    )
    assert field_types(spec, "vet_practice") == {
        "name": "text",
        "phone_number": "text",
        "town": "text",
    }
    assert ("pet", "vet_practice", "many_to_one") in relations(spec)


def test_a_list_of_records_followed_by_more_is_left_to_the_list_readers() -> None:
    said = "we keep a list of companies (name, website) and the contacts who work at each company"
    assert simplify(said) == said


def test_people_kept_as_a_records_names_act_through_that_record() -> None:
    spec = design(
        "Pets have a name and an owner name. Owners who want the ashes back pick an urn from "
        "our range, which has a name and a price."
    )
    assert ("pet", "urn", "many_to_one") in relations(spec)
    assert "ashes_back" not in entity_names(spec)
    assert spec.permissions.roles in ([], ["user"])


def test_counting_up_at_the_end_of_each_month_asks_for_one_report() -> None:
    spec = design(
        "Pets have a name. Vet practices have a name. At the end of every month I count up pets "
        "per vet practice, so a report for that would save me an afternoon."
    )
    assert [(r.entity, r.group_by) for r in spec.reports] == [("pet", ["vet_practice"])]


def test_a_flow_told_by_someones_choice_and_a_time_names_their_states() -> None:
    spec = design(
        "A cover request has a date. The request goes from new to offered, then the teacher has "
        "either accepted or declined it, and once the day's done it is marked completed."
    )
    assert flows(spec) == {
        "cover_request": ("status", ["new", "offered", "accepted", "completed", "declined"])
    }


def test_whether_a_thing_of_several_words_is_so_names_the_thing() -> None:
    spec = design("Teachers have a name and whether their DBS check is up to date.")
    assert field_types(spec, "teacher")["dbs_check_up_to_date"] == "boolean"
    spec = design("Deliveries have a date and whether the client was home.")
    assert field_types(spec, "delivery")["home"] == "boolean"


def test_the_records_someone_can_take_on_are_many_to_many() -> None:
    spec = design(
        "Requests have a date and one subject. For the teachers I keep their name and the "
        "subjects they can teach."
    )
    assert ("teacher", "subject", "many_to_many") in relations(spec)


def test_stock_bought_in_units_is_kept_as_those_units() -> None:
    spec = design(
        "Jobs have a date. We buy vinyl in rolls with a colour, a width in millimetres and the "
        "metres left on the roll; a job can use several rolls."
    )
    assert field_types(spec, "vinyl_roll") == {
        "colour": "text",
        "width_mm": "integer",
        "metres_left": "decimal",
    }
    assert ("job", "vinyl_roll", "many_to_many") in relations(spec)
    assert "metre" not in entity_names(spec)


def test_a_made_things_make_and_model_are_both_its_own() -> None:
    spec = design("For every job we record the vehicle make and model and the date.")
    assert set(field_types(spec, "job")) == {"vehicle_make", "vehicle_model", "date"}


def test_a_stock_header_is_its_items_and_their_number_names_them() -> None:
    spec = design(
        "Jobs: date, price. Glass stock: part no., description, qty in stock; each job uses "
        "one part."
    )
    assert ("job", "glass_part", "many_to_one") in relations(spec)
    spec = design("Jobs: date, price. Tyre stock: size, brand, qty.")
    assert "tyre" in entity_names(spec)
