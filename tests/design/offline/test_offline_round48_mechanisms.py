"""Mechanisms measured as the loss on the unseen batch 48 (sign makers, borehole drillers,
falconry centres, bookbinders, alpaca farms). Each test designs a sentence of its own end to
end, with a twin the change must leave alone: ends a record comes to told as what happens to it
(*unless it dies or is transferred to another centre*), the last state told as what comes
before (*passes through ... before it is dispatched*), a remark to the reader after an end
(*..., more than you'd think*), *one rig and one crew per job* after a list, *one lifeguard per
shift* in a list, *drill log per job per day:*, *the name and phone of the finder who brought
it*, what I want after whom a record is for, *a repair job where I write down ...*, *roughly
what year it's from*, *a monthly total per customer report would be great*, *the office staff
and I as owner see everything*, *a buyer whose name, email and address we keep*, and a choice in
brackets after a link clause (*has ... a fleece type (huacaya or suri)*)."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.spec.models import AppSpec


def test_ends_told_as_what_happens_to_it_are_its_participles() -> None:
    spec = design(
        "Patients have a name. A patient is admitted, then in treatment, then discharged, "
        "unless they die or are transferred to another hospital."
    )
    assert flows(spec)["patient"][1] == [
        "admitted",
        "in_treatment",
        "discharged",
        "died",
        "transferred",
    ]


def test_an_end_told_as_a_state_after_unless_is_left_as_it_was() -> None:
    spec = design(
        "Quotes have a price. A quote is drafted, then sent, then accepted, unless it is declined."
    )
    assert flows(spec)["quote"][1] == ["drafted", "sent", "accepted", "declined"]


def test_the_last_state_told_as_what_it_passes_through_before() -> None:
    spec = design(
        "Customers have a name. Orders have an order date; an order passes through received, "
        "marbling, drying and packed before it is dispatched."
    )
    assert flows(spec)["order"][1] == ["received", "marbling", "drying", "packed", "dispatched"]


def test_what_we_do_before_is_still_no_state() -> None:
    spec = design(
        "Tanks have a name. A tank goes from filling to curing to ready before we empty it."
    )
    assert flows(spec)["tank"][1] == ["filling", "curing", "ready"]


def test_a_remark_to_the_reader_after_an_end_is_no_state() -> None:
    spec = design(
        "Orders have a date. Orders go from quote to deposit paid, then in production, then "
        "collected, although some get cancelled along the way, more than you'd think."
    )
    assert flows(spec)["order"][1] == [
        "quote",
        "deposit_paid",
        "in_production",
        "collected",
        "cancelled",
    ]


def test_one_of_each_per_record_after_its_list_links_both() -> None:
    spec = design(
        "Rigs: name, reg plate. Crews: crew name, lead driller. Jobs: site address, start date, "
        "price; one rig and one crew per job."
    )
    assert {("job", "rig", "many_to_one"), ("job", "crew", "many_to_one")} <= relations(spec)


def test_one_per_record_said_alone_keeps_its_own_reading() -> None:
    spec = design("Referrals have a date and a client name. One advocate per referral.")
    assert ("referral", "advocate", "many_to_one") in relations(spec)
    assert "one_advocate" not in field_types(spec, "referral")


def test_one_per_record_in_its_list_is_a_link_to_one_of_them() -> None:
    spec = design(
        "Shifts: date, start time, one lifeguard per shift. Incidents: time, description."
    )
    assert ("shift", "lifeguard", "many_to_one") in relations(spec)
    assert "one_lifeguard_per_shift" not in field_types(spec, "shift")


def test_one_per_another_record_in_a_list_is_no_link() -> None:
    spec = design("Matches: date, venue, one point per goal. Teams have a name.")
    assert not any("point" in name for name in entity_names(spec))


def test_a_log_per_record_per_day_is_a_record_of_its_own() -> None:
    spec = design(
        "Jobs: site address, start date, price. Drill log per job per day: date, metres "
        "drilled, strata notes, water struck y/n."
    )
    log = next(name for name in entity_names(spec) if name.startswith("drill"))
    assert (log, "job", "many_to_one") in relations(spec)
    assert field_types(spec, log)["water_struck"] == "boolean"
    assert not spec.permissions.roles


def test_people_who_log_records_are_still_read_as_acting() -> None:
    spec = design(
        "Bugs have a title. Developers and testers both log bugs but only testers can close them."
    )
    assert {"developer", "tester"} <= set(spec.permissions.roles)


def test_details_of_the_one_who_brought_it_are_a_record_of_theirs() -> None:
    spec = design(
        "For each bike we note the frame number and the model, and we keep the name and email "
        "of the owner who dropped it off."
    )
    assert ("bike", "owner", "many_to_one") in relations(spec)
    assert field_types(spec, "owner") == {"name": "text", "email": "email"}


def test_details_of_a_thing_are_left_as_its_fields() -> None:
    spec = design("For each bike we note the frame number and the colour of the frame.")
    assert entity_names(spec) == {"bike"}


def test_what_i_want_after_whom_a_record_is_for_is_the_records() -> None:
    spec = design(
        "Every order is for one customer, and I want the wording on the sign, the font, the "
        "price we quoted and whether it's dimmable. Customers are just a name and an email."
    )
    assert {"wording_on_sign", "font", "dimmable"} <= set(field_types(spec, "order"))
    assert field_types(spec, "customer") == {"name": "text", "email": "email"}


def test_for_someone_we_need_is_still_theirs() -> None:
    spec = design(
        "Each stay is for one dog, and for the owner we need a name and a phone. Owners have "
        "an email."
    )
    assert {"name", "phone", "email"} <= set(field_types(spec, "owner"))


def test_a_record_where_i_write_down_a_list_has_the_list() -> None:
    spec = design(
        "Each book that comes in becomes a repair job where I write down the title, roughly "
        "what year it's from, and its condition (poor, fair or good). Customers have a name."
    )
    assert field_types(spec, "repair_job") == {
        "title": "text",
        "year": "integer",
        "condition": "enum",
    }


def test_a_place_where_we_meet_is_left_as_it_was() -> None:
    spec = design("Members have a name. We meet in a hall where we keep the kit.")
    assert entity_names(spec) == {"member"}


def test_what_kind_it_is_names_the_kind() -> None:
    spec = design("Each painting has a title, what colour it is and what year it was painted.")
    assert {"colour": "text", "year": "integer"}.items() <= field_types(spec, "painting").items()


def _report_shapes(spec: AppSpec) -> set[tuple[str, tuple[str, ...], str | None]]:
    return {
        (r.entity, tuple(r.group_by), r.time_bucket.unit if r.time_bucket else None)
        for r in spec.reports
    }


def test_a_report_named_by_its_figure_that_would_be_great_is_asked_for() -> None:
    spec = design(
        "Orders have a date and a total, and each order is for one customer. A monthly total "
        "per customer report would be great. Customers have a name."
    )
    assert ("order", ("customer",), "month") in _report_shapes(spec)


def test_what_would_be_great_without_a_figure_is_no_report() -> None:
    spec = design("Orders have a date and a total. A simple screen would be great.")
    assert not spec.reports


def test_a_record_for_someone_with_an_aside_about_them_keeps_it_theirs() -> None:
    spec = design(
        "Every project is for a client - often a couple, but we just need a name, email and"
        " phone - and a project has a site address, a budget and a stage."
    )
    assert {"name", "email", "phone"} <= set(field_types(spec, "client"))
    assert "email" not in field_types(spec, "project")


def test_others_and_i_as_owner_who_see_everything_are_three_roles() -> None:
    spec = design(
        "Bookings have a date and are led by one of our falconers. Falconers should only see "
        "the bookings they lead, while the office staff and I as owner see everything."
    )
    assert {"falconer", "office_staff", "owner"} <= set(spec.permissions.roles)


def test_others_and_i_who_see_everything_name_no_role_of_mine() -> None:
    spec = design(
        "Bookings have a date and are led by one of our falconers. Falconers should only see "
        "the bookings they lead, while the office staff and I see everything."
    )
    assert "owner" not in spec.permissions.roles


def test_a_person_whose_details_we_keep_without_a_comma_has_them() -> None:
    spec = design(
        "A tag order carries the pet's name, a quantity and the order date, and it is placed "
        "by a buyer whose name, email and postal address we keep."
    )
    assert ("tag_order", "buyer", "many_to_one") in relations(spec)
    assert {"name", "email", "postal_address"} <= set(field_types(spec, "buyer"))


def test_a_person_whose_one_thing_we_keep_is_left_as_it_was() -> None:
    spec = design("Orders have a date. Each order is placed by a buyer whose account we keep.")
    assert "account" not in field_types(spec, "buyer")


def test_values_in_brackets_after_a_link_clause_are_the_fields_values() -> None:
    spec = design(
        "Members have a name. Every registered alpaca is owned by a member and has a "
        "registration number, a colour, a fleece type (huacaya or suri) and a sire."
    )
    assert entity_names(spec) == {"member", "alpaca"}
    assert field_types(spec, "alpaca")["fleece_type"] == "enum"


def test_fields_in_brackets_ending_in_a_choice_are_still_fields() -> None:
    spec = design(
        "Clients have a name, and a client can own one or more pianos (make, model, serial "
        "number, and whether it's an upright or a grand)."
    )
    assert {"make", "model", "serial_number"} <= set(field_types(spec, "piano"))
