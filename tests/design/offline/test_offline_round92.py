"""Round 92: records told loosely in running speech (*a visit on our side is just ...*; *...,
and after each visit the nurse fills in a note against it: ...*; *our rentals are simple: ...*;
*once a quote is accepted it turns into a job that ties ...*; *along the way it makes stops,
each for one shop, with ...*; *inside that payroll there's one payslip per driver with ...*;
*for each pupil at each class we mark attendance as ...*; *a delivery has ..., plus a line for
each part saying ...*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_options, plain_field_names, relations

# --- a second record's clause after ", and" ------------------------------------------------------


def test_a_record_filled_in_after_each_visit_said_after_another_list() -> None:
    spec = design(
        "A visit is just a date, the patient and the nurse, and after every visit the nurse fills "
        "in a note against that visit: time arrived, time left and whether the patient was in."
    )
    assert {"time_arrived", "time_left"} <= plain_field_names(spec, "note")
    assert ("note", "visit", "many_to_one") in relations(spec)
    assert "date" in plain_field_names(spec, "visit")


def test_a_reading_logged_several_times_a_day_said_after_a_list_of_people() -> None:
    spec = design(
        "Each tank has a name and a target salinity. We keep a list of our keepers, and several "
        "times a day a keeper logs a check for a tank: the time, the salinity, the temperature "
        "and whether the pump was on."
    )
    assert {"salinity", "temperature"} <= plain_field_names(spec, "check")
    assert ("check", "tank", "many_to_one") in relations(spec)


# --- whose view it is --------------------------------------------------------------------------


def test_on_our_side_names_no_part_of_a_record() -> None:
    spec = design("A rental on our side is just a date, the customer and the van. Vans have a reg.")
    assert "date" in plain_field_names(spec, "rental")
    assert ("rental", "van", "many_to_one") in relations(spec)


def test_which_for_us_is_just_a_list() -> None:
    spec = design(
        "Every month we do a stock take, which for us is really just a date and a total, and "
        "inside that stock take there's one count per shelf with the items counted and the value."
    )
    assert {"date", "total"} <= plain_field_names(spec, "stock_take")
    assert ("count", "stock_take", "many_to_one") in relations(spec)
    assert ("count", "shelf", "many_to_one") in relations(spec)
    assert "items_counted" in plain_field_names(spec, "count")


# --- a record's list said as how simple it is --------------------------------------------------


def test_our_rentals_are_simple_then_a_list() -> None:
    spec = design(
        "Our rentals are simple: a start date, the customer and the bike. A return is logged "
        "against a rental with the date and any damage. Customers have a name."
    )
    assert "start_date" in plain_field_names(spec, "rental")
    assert ("return", "rental", "many_to_one") in relations(spec)


# --- a record one turns into -------------------------------------------------------------------


def test_once_agreed_it_turns_into_a_job_that_ties_two_records() -> None:
    spec = design(
        "Once a quote is accepted it turns into a job that ties one fitter to one kitchen, with "
        "the start date, the days booked and the order number. Kitchens have an address."
    )
    assert {"start_date", "days_booked", "order_number"} <= plain_field_names(spec, "job")
    assert ("job", "fitter", "many_to_one") in relations(spec)
    assert ("job", "kitchen", "many_to_one") in relations(spec)


def test_each_one_sits_inside_another() -> None:
    spec = design("Beds have a number and a size, and every bed sits inside a ward.")
    assert ("bed", "ward", "many_to_one") in relations(spec)


# --- what a record has, told as what it does ----------------------------------------------------


def test_it_makes_stops_each_for_one_shop() -> None:
    spec = design(
        "A round has a date and a van. Along the way it makes stops, each for one shop, with a "
        "stop number, the boxes left and whether someone signed for them."
    )
    assert {"stop_number", "boxes_left"} <= plain_field_names(spec, "stop")
    assert ("stop", "shop", "many_to_one") in relations(spec)


def test_inside_a_payroll_one_payslip_per_driver() -> None:
    spec = design(
        "Each week we do a payroll with a date and a total, and inside that payroll there's one "
        "payslip per driver with the gross pay and the net pay. Drivers have a name."
    )
    assert ("payslip", "payroll", "many_to_one") in relations(spec)
    assert ("payslip", "driver", "many_to_one") in relations(spec)
    assert ("payroll", "payslip", "many_to_one") not in relations(spec)


def test_for_each_pupil_at_each_class_we_mark_attendance_as_values() -> None:
    spec = design(
        "Every class has a date and a room; pupils have a name. For each pupil at each class we "
        "mark attendance as present, absent or excused."
    )
    assert field_options(spec, "attendance")["status"] == ["present", "absent", "excused"]
    assert ("attendance", "pupil", "many_to_one") in relations(spec)
    assert ("attendance", "class", "many_to_one") in relations(spec)


def test_a_line_for_each_part_after_a_plus() -> None:
    spec = design(
        "An order has a date and a total, plus a line for each part saying what quantity went "
        "out. Parts have a name and a price."
    )
    assert ("order_line", "order", "many_to_one") in relations(spec)
    assert ("order_line", "part", "many_to_one") in relations(spec)
    assert "quantity" in plain_field_names(spec, "order_line")


def test_a_plan_agreed_with_each_school() -> None:
    spec = design("- a menu plan agreed with each school, with a start date and an end date")
    assert ("menu_plan", "school", "many_to_one") in relations(spec)
    assert {"start_date", "end_date"} <= plain_field_names(spec, "menu_plan")


def test_a_buyer_gives_a_list_and_places_orders() -> None:
    spec = design(
        "A member gives a name, email and phone and places bookings; every booking notes the date "
        "and the court."
    )
    assert {"name", "email", "phone"} <= plain_field_names(spec, "member")
    assert ("booking", "member", "many_to_one") in relations(spec)
    assert "places_bookings" not in plain_field_names(spec, "member")


def test_a_remark_on_what_makes_or_breaks_a_crop_is_no_record() -> None:
    spec = design(
        "We have three glasshouses and the heat in them makes or breaks a harvest. Each "
        "glasshouse has a name and a target temperature."
    )
    assert "heat" not in entity_names(spec)
    assert "target_temperature" in plain_field_names(spec, "glasshouse")
