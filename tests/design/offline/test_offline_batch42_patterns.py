"""Sentence shapes learnt once batch 42 was measured, each designed end to end on a sentence
of its own (not the batch's), with a twin it must leave alone: *..., because they can't ... if
that's ...*, *then there are the X themselves: each one has ...*, *a member signs up to a plan
for one particular X, with ...*, *with ..., and how many Y we send each month*, *we log a
swarm report: the caller's name, ..., roughly how high ...*, *I've also got a shelf of X, each
with ..., and one order can use lots of X*, *a list of customers, just a name, ...*, *the theme
they've described*, *so I need cancelled too*, *one booking can take out several pieces of
equipment*, *a member books the room for a date and a session (morning or afternoon)* and
*only committee members can ..., members see only their own bookings*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations


def test_a_reason_after_a_list_names_no_field() -> None:
    spec = design(
        "Every climber has a name, an email and the date of their last induction, because "
        "they can't use the wall if that's more than a year ago."
    )
    assert field_types(spec, "climber") == {
        "name": "text",
        "email": "email",
        "date_of_last_induction": "date",
    }
    assert spec.automations == []


def test_an_email_notice_still_makes_an_automation() -> None:
    spec = design(
        "Each part has a name and a quantity. Send me an email when a part's quantity falls "
        "below its minimum."
    )
    assert [a.trigger.entity for a in spec.automations] == ["part"]


def test_then_there_are_the_things_themselves_each_one_has() -> None:
    spec = design(
        "Every climber has a name and a phone. Then there are the ropes themselves: each one "
        "has a colour, a length in metres and a retirement date."
    )
    assert entity_names(spec) == {"climber", "rope"}
    assert {"colour", "retirement_date"} <= set(field_types(spec, "rope"))
    assert set(field_types(spec, "climber")) == {"name", "phone"}


def test_signs_up_to_a_thing_for_one_other_with_a_list_is_that_things_record() -> None:
    spec = design(
        "Each member has a name. Each locker has a number. A member signs up to a rental for "
        "one particular locker, with a monthly fee, a start date and how many keys we hand "
        "over each year, and a rental can be active, paused or ended."
    )
    assert entity_names(spec) == {"member", "locker", "rental"}
    assert {"monthly_fee", "start_date", "status"} <= set(field_types(spec, "rental"))
    assert {("rental", "member", "many_to_one"), ("rental", "locker", "many_to_one")} <= (
        relations(spec)
    )
    assert "monthly_fee" not in field_types(spec, "member")


def test_signing_up_to_a_group_keeps_the_person_in_the_group() -> None:
    spec = design(
        "Each club has a name and a town. Each member has a name and an email. A member signs "
        "up to a club."
    )
    assert ("member", "club", "many_to_one") in relations(spec)


def test_a_visit_to_measure_up_for_a_customer_is_the_visits() -> None:
    spec = design(
        "Customers have a name and a phone. We book a home visit to measure up for a customer, "
        "with the date and the fitter who went."
    )
    # the fitter who went is one of the fitters (round 68): the visit points at them
    assert entity_names(spec) == {"customer", "home_visit", "fitter"}
    assert "date" in field_types(spec, "home_visit")
    assert ("home_visit", "customer", "many_to_one") in relations(spec)
    assert ("home_visit", "fitter", "many_to_one") in relations(spec)


def test_we_log_a_named_report_with_a_colon_list_is_that_records() -> None:
    spec = design(
        "When a resident phones we log a pothole report: the caller's name and phone number, "
        "the street, roughly how deep the hole is in centimetres and the date reported."
    )
    assert entity_names(spec) == {"pothole_report"}
    assert field_types(spec, "pothole_report") == {
        "caller_name": "text",
        "caller_phone_number": "text",
        "street": "text",
        "depth_cm": "decimal",
        "date_reported": "date",
    }


def test_a_reports_section_header_is_still_no_record() -> None:
    spec = design(
        "Customers have a name and an email. Orders have a date and a total. Reports: total "
        "per customer, orders per month."
    )
    assert entity_names(spec) == {"customer", "order"}


def test_ive_also_got_a_shelf_of_things_each_with_a_list() -> None:
    spec = design(
        "Each job has a date and an address. I've also got a rack of ladders, each with a "
        "code and a length in metres, and one job can use lots of ladders."
    )
    assert entity_names(spec) == {"job", "ladder"}
    assert field_types(spec, "ladder") == {"code": "text", "length_metres": "decimal"}
    assert relations(spec) == {("job", "ladder", "many_to_many")}


def test_a_job_with_many_visits_is_still_the_jobs() -> None:
    spec = design(
        "Each job has a date and an address, and one job can have lots of visits, each with a "
        "time and a note."
    )
    assert ("visit", "job", "many_to_one") in relations(spec)


def test_a_list_of_people_then_their_details_after_a_comma() -> None:
    spec = design(
        "I need a list of suppliers, just a name, their website and an email so I can order. "
        "Each delivery comes from one supplier and has a date."
    )
    assert field_types(spec, "supplier") == {"name": "text", "website": "url", "email": "email"}


def test_the_thing_they_have_described_is_the_thing() -> None:
    spec = design(
        "Each commission has a due date, the subject they've described, the price I quoted "
        "and a note."
    )
    assert set(field_types(spec, "commission")) == {"due_date", "subject", "price", "note"}


def test_i_need_an_ending_state_too_ends_the_flow_from_anywhere() -> None:
    spec = design(
        "Each commission has a title. Commissions go enquiry, then sketched, then painted and "
        "finally delivered, though people do change their minds so I need cancelled too."
    )
    assert flows(spec)["commission"][1] == [
        "enquiry",
        "sketched",
        "painted",
        "delivered",
        "cancelled",
    ]


def test_i_need_a_word_too_that_ends_nothing_adds_no_state() -> None:
    spec = design(
        "Each commission has a title. Commissions go enquiry, then sketched, then painted and "
        "finally delivered, and I need photos too."
    )
    assert flows(spec)["commission"][1] == ["enquiry", "sketched", "painted", "delivered"]


def test_one_booking_can_take_out_several_things_told_after() -> None:
    spec = design(
        "Members have a name and an email. A member books the workshop for a date, and one "
        "booking can take out several pieces of equipment such as the lathe or the bandsaw; "
        "each piece of equipment has a name and a condition note."
    )
    assert ("booking", "equipment", "many_to_many") in relations(spec)
    assert ("booking", "member", "many_to_one") in relations(spec)


def test_one_order_can_include_several_lines_told_after_stays_the_orders() -> None:
    spec = design(
        "Customers have a name. One order can include several lines; each line has a "
        "product name and a quantity."
    )
    assert ("line", "order", "many_to_one") in relations(spec)


def test_the_one_room_the_business_has_is_no_record() -> None:
    spec = design(
        "Members of our camera club can use our darkroom. Members have a name and an email. A "
        "member books the darkroom for a date and a session (morning or evening)."
    )
    assert entity_names(spec) == {"member", "booking"}
    assert field_types(spec, "booking") == {
        "date": "date",
        "session": "enum",
        "member_id": "reference",
    }


def test_rooms_said_as_many_stay_records() -> None:
    spec = design(
        "Members have a name. We have three rooms. A member books a room for a date, and "
        "the rooms are cleaned every day."
    )
    assert "room" in entity_names(spec)


def test_their_own_is_said_of_the_subject_of_its_own_part() -> None:
    spec = design(
        "Members have a name and an email. A member books a court for a date. Only committee "
        "members can add courts, members see only their own bookings."
    )
    assert not any(name.startswith("committee") for name in field_types(spec, "booking"))
    assert ("booking", "member", "many_to_one") in relations(spec)
