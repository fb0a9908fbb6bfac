"""Mechanisms measured as the loss on batch 64 (coach and minibus tour operators) and batch 63.

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
a record someone makes at one of their things, or at one thing with one of ours, told before
its own list; brackets after a record and after the one who logs it, each its own list; things
acted on against a record, naming the act; a number of things a record holds on another; things
said to be a kind with an adjective; a trade told with what it runs, before its examples; a
second plural's list told without its verb; each one's things, the plural subject's; which one
did the work; the last thing listed, with where they come in; people who only ever see their own;
the writer as a role, without commas."""

from __future__ import annotations

from offline_spec_views import (
    assert_only_many_to_one,
    design,
    entity_names,
    field_types,
    flows,
    role_names,
    simplified,
)

from appwright.design.offline.each_one import name_each_one
from appwright.design.offline.kinds_said import are_kinds_with
from appwright.design.offline.lists_told_around import gapped_has
from appwright.design.offline.made_at_ones import holds_a_number_on_one, made_at_ones_with


def test_a_record_booked_at_one_of_their_things_keeps_the_list() -> None:
    spec = design(
        "Owners have a name and keep cars, each with a plate. An owner books a service at one "
        "of their cars with a date, a mileage and a price, and we assign one of our mechanics "
        "to it."
    )
    assert set(field_types(spec, "service")) == {"date", "mileage", "price", "car_id"}
    assert "price" not in field_types(spec, "car")
    assert_only_many_to_one(spec, "service", "car")


def test_a_record_booked_on_one_with_one_of_ours_points_at_both() -> None:
    spec = design(
        "Each order has a number. We book deliveries on an order with one of our couriers "
        "(name, phone and a vehicle: van, bike or car), noting the drop date and the charge."
    )
    assert {"drop_date", "charge"} <= set(field_types(spec, "delivery"))
    assert {"name", "phone", "vehicle"} <= set(field_types(spec, "courier"))
    assert_only_many_to_one(spec, "delivery", "order")
    assert_only_many_to_one(spec, "delivery", "courier")


def test_one_of_ours_after_the_record_is_no_list() -> None:
    # twin: the with-phrase names who does it, and the bracket gives examples, not fields
    said = "clients book sessions for a treatment (massage, facial, wax...) with one of our therapists."
    assert made_at_ones_with(said) == said
    spec = design("A customer books one of our tables with a start time. Bookings are confirmed.")
    assert "booking" in entity_names(spec)
    assert "start_time" not in field_types(spec, "table")


def test_brackets_after_the_record_and_its_doer_are_their_own_lists() -> None:
    spec = design(
        "An incident is reported against a machine (serial number, model) by the operator who "
        "saw it (name and shift), with the date seen and a description."
    )
    assert set(field_types(spec, "machine")) == {"serial_number", "model"}
    assert set(field_types(spec, "operator")) == {"name", "shift"}
    assert {"date_seen", "description"} <= set(field_types(spec, "incident"))
    assert_only_many_to_one(spec, "incident", "machine")
    assert_only_many_to_one(spec, "incident", "operator")
    # an aside in brackets says nothing the branch keeps
    spec = design(
        "A complaint is logged against a branch (we have three) by the customer who made it, "
        "with the date and a description."
    )
    assert "three" not in " ".join(field_types(spec, "branch"))
    assert_only_many_to_one(spec, "complaint", "branch")


def test_records_done_against_one_by_one_of_ours_keep_their_reading() -> None:
    # twin: the plural wording without brackets reads as before
    spec = design(
        "Complaints are raised against a branch by one of our clerks, with the date and a "
        "description."
    )
    assert {"date", "description"} <= set(field_types(spec, "complaint"))
    assert_only_many_to_one(spec, "complaint", "branch")


def test_things_acted_on_against_one_name_the_act_record() -> None:
    spec = design(
        "Technicians report faults against a machine (date, severity and a description); a "
        "report is closed once fixed."
    )
    assert {"date", "severity", "description"} <= set(field_types(spec, "fault_report"))
    assert "severity" not in field_types(spec, "machine")
    assert_only_many_to_one(spec, "fault_report", "machine")
    assert_only_many_to_one(spec, "fault_report", "technician")


def test_an_act_against_one_without_an_object_keeps_its_reading() -> None:
    # twin: no object, a with-list: the act alone, as before
    spec = design("Parents order against a pupil with their email and a package.")
    assert set(field_types(spec, "order")) == {"parent_email", "package", "pupil_id"}


def test_a_number_held_on_one_is_the_records_count() -> None:
    spec = design(
        "Ferries have a name. A school party reserves a number of berths on a ferry at an "
        "agreed rate per berth with a cancellation date."
    )
    assert field_types(spec, "school_party") == {
        "berths": "integer",
        "agreed_rate_per_berth": "decimal",
        "cancellation_date": "date",
        "ferry_id": "reference",
    }
    assert "number" not in entity_names(spec)
    assert_only_many_to_one(spec, "school_party", "ferry")


def test_a_number_held_for_a_time_is_left_alone() -> None:
    # twin: a week is when, not a record the count is held on
    said = "a school party reserves a number of berths for a week"
    assert holds_a_number_on_one(said) == said


def test_things_said_to_be_kinds_keep_their_list() -> None:
    spec = design(
        "People ring up and we take an order; drop-off points are fixed lockers with a code and "
        "an address."
    )
    assert set(field_types(spec, "drop_off_point")) == {"code", "address"}
    assert not {"point", "locker", "people"} & entity_names(spec)


def test_things_without_a_hyphen_said_to_be_kinds_keep_their_list() -> None:
    spec = design(
        "Collection points are fixed stops with a town and a description. Each booking names a "
        "collection point."
    )
    assert set(field_types(spec, "collection_point")) >= {"town", "description"}
    assert "stop" not in entity_names(spec)


def test_things_said_to_be_a_kind_named_by_two_nouns_are_left_alone() -> None:
    # twin: *tea* names the kind of room, no quality of it
    said = "our rooms are tea rooms with a name and a capacity"
    assert are_kinds_with(said) == said


def test_things_said_to_be_a_number_of_kinds_are_left_alone() -> None:
    # twin: a count is no adjective of the kind
    said = "drop-off points are two lockers with a code and an address"
    assert are_kinds_with(said) == said


def test_the_trade_running_kinds_of_work_names_no_records() -> None:
    spec = design(
        "We are a family bakery business selling cakes: birthday cakes, wedding cakes, cupcakes. "
        "Every cake has a flavour and a price."
    )
    assert entity_names(spec) == {"cake"}


def test_a_record_for_one_service_with_a_list_is_no_trade() -> None:
    # twin: five words before "service" and a colon, but no participle after it
    said = "A booking is for one service: the name of the client, the venue and the fee we charge."
    assert "the venue and the fee" in simplified(said)


def test_a_list_said_of_a_second_plural_without_its_verb() -> None:
    spec = design(
        "Members have a name and email, guests a phone, and each visit is made by a member with "
        "a date; it goes from booked to done."
    )
    assert field_types(spec, "guest")["phone"] == "text"
    assert "phone" not in field_types(spec, "member")
    assert "visit" in flows(spec)


def test_an_adverb_after_a_plurals_list_is_no_second_record() -> None:
    # twin: "sometimes a phone" is more of the members' list, not a record called sometimes
    said = "members have a name and email, sometimes a phone."
    assert gapped_has(said) == said


def test_each_ones_things_are_the_subjects() -> None:
    spec = design(
        "The tutors who teach our evening classes are freelance, and we keep each one's name, "
        "phone and email."
    )
    assert set(field_types(spec, "tutor")) == {"name", "phone", "email"}
    assert "class" not in entity_names(spec)


def test_each_ones_without_a_plural_subject_is_left_alone() -> None:
    # twin: "we" counts nothing out, so no record is named for the one
    said = ["we run evening classes and each one's fee is set by the tutor"]
    assert name_each_one(said) == said


def test_which_one_did_the_work_is_a_link() -> None:
    spec = design(
        "Each engine has a serial number. We record a service with the date, the cost and which "
        "fitter did the work."
    )
    assert set(field_types(spec, "service")) == {"date", "cost", "fitter_id"}
    assert_only_many_to_one(spec, "service", "fitter")


def test_which_one_did_the_named_act_stays_a_link() -> None:
    # twin: the act named by its gerund, read as before
    spec = design(
        "Each engine has a serial number. We record a service with the date, the cost and which "
        "fitter did the fitting."
    )
    assert_only_many_to_one(spec, "service", "fitter")


def test_the_last_thing_listed_with_where_they_come_in_is_a_link() -> None:
    spec = design(
        "Depots have a name and a postcode. We take an order for a customer with the quantity "
        "and the depot they will collect from."
    )
    assert_only_many_to_one(spec, "order", "depot")
    assert "depot" not in " ".join(n for n in field_types(spec, "order") if n != "depot_id")


def test_a_relative_that_goes_on_after_its_place_is_left_alone() -> None:
    # twin: the relative says more than where they come in
    said = "we take an order with the quantity and the depot they will collect from tomorrow."
    assert "the depot they will collect from tomorrow" in simplified(said)


def test_people_who_only_ever_see_their_own_are_a_role() -> None:
    assert "volunteer" in role_names(
        "Each shift has a date. Volunteers only ever see their own shifts."
    )


def test_people_who_only_see_their_own_stay_a_role() -> None:
    # twin: without the adverb, as before
    assert "volunteer" in role_names("Each shift has a date. Volunteers only see their own shifts.")


def test_the_writer_as_a_role_who_sees_everything() -> None:
    assert role_names(
        "Each lesson has a date. Tutors see only their own lessons while I as director see "
        "everything."
    ) == {"tutor", "director"}


def test_the_writer_as_well_is_no_role() -> None:
    # twin: "as well" says who else, not a role
    assert role_names("Each lesson has a date. I as well see everything.") == set()
