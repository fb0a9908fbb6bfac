"""Round 57 (c): records that arise from an act between two records, told as *when X does
something to Y we note A, B and C*: the record is the act's, it points at both, and the list is
its own."""

from __future__ import annotations

from offline_spec_views import (
    assert_only_many_to_one,
    design,
    entity_names,
    field_types,
    relations,
)

TOOL_LIBRARY = (
    "Our tool library lends drills and saws to neighbours. Every tool has an asset number and a "
    "name. Neighbours have a name and a phone number. "
)


def test_something_borrowed_is_the_loan_of_its_borrower() -> None:
    """*When a neighbour borrows something we write down who took it, the day they took it and
    the date it's due back*: the loan, the neighbour's; *who took it* is the neighbour."""
    spec = design(
        TOOL_LIBRARY + "When a neighbour borrows something we write down who took it, the day "
        "they took it and the date it's due back."
    )
    assert_only_many_to_one(spec, "loan", "neighbour")
    fields = field_types(spec, "loan")
    assert {"took_date", "due_back_date"} <= set(fields)  # as *when it is due back* is named
    assert not any(name.startswith("who") for name in fields)


def test_something_borrowed_twin_naming_the_loan_keeps_it() -> None:
    """Twin: the loan named in the list is the loan, as before."""
    spec = design(
        TOOL_LIBRARY + "When someone borrows a tool we record the loan date and the due date."
    )
    assert "loan" in entity_names(spec)


COMPETITIONS = (
    "Our swimming club enters pupils in galas. Pupils have a name and a date of birth. A gala "
    "has a date and a pool. "
)


def test_a_list_about_the_doer_is_the_entry_of_both() -> None:
    """*When a pupil enters a gala we note the stroke they are going for, their time and
    whether they won*: the list speaks of the pupil's act, so it is the entry's, of both."""
    spec = design(
        COMPETITIONS + "When a pupil enters a gala we note the stroke they are going for, "
        "their time and whether they won."
    )
    assert_only_many_to_one(spec, "entry", "pupil")
    assert_only_many_to_one(spec, "entry", "gala")
    assert "won" in field_types(spec, "entry")
    assert "won" not in field_types(spec, "gala")


def test_a_list_about_the_thing_dealt_in_stays_the_things() -> None:
    """Twin: *when a customer orders a cake we note the flavour, the size and the message*
    speaks of the cake, which keeps its list."""
    spec = design(
        "Customers have a name and a phone. When a customer orders a cake we note the flavour, "
        "the size and the message."
    )
    assert "entry" not in entity_names(spec)
    assert {"flavour", "size"} <= set(field_types(spec, "cake"))


LICENCES = (
    "Drivers have a name and a phone. Licences (HGV, forklift and so on) each have a name and "
    "a number of years they stay valid. "
)


def test_one_of_a_kind_told_before_is_the_record_of_both() -> None:
    """*When a driver earns one we log the date awarded, ...*, *one* being one of the licences:
    the driver's licence, a record of both with the list; the licence keeps its own."""
    spec = design(
        LICENCES + "When a driver earns one we log the date awarded, the expiry date and a "
        "certificate number."
    )
    assert_only_many_to_one(spec, "driver_licence", "driver")
    assert_only_many_to_one(spec, "driver_licence", "licence")
    assert {"date_awarded", "expiry_date", "certificate_number"} <= set(
        field_types(spec, "driver_licence")
    )
    assert "expiry_date" not in field_types(spec, "licence")


def test_one_of_a_kind_dealt_in_is_the_dealing() -> None:
    """Twin: *when a driver books one* is a booking, as a dealing is, of both."""
    spec = design(
        LICENCES.replace("Licences (HGV, forklift and so on)", "Vans (small, large and so on)")
        + "When a driver books one we note the date they want it and how many days."
    )
    assert "driver_van" not in entity_names(spec)
    assert_only_many_to_one(spec, "booking", "driver")


def test_a_record_named_before_another_stays_the_other() -> None:
    """Twin: *each customer order has a reference*, said of no one it belongs to, is an order."""
    spec = design(
        "Customers have a name. Orders have a date and a total. Each customer order has a "
        "reference."
    )
    assert "customer_order" not in entity_names(spec)
    assert "reference" in field_types(spec, "order")


SALON = "Clients have a name and an email. Stylists have a name and a chair number. "


def test_one_acted_on_that_keeps_a_list_of_its_own_is_the_acts() -> None:
    """*Each time a stylist sees a client we log the date, the treatment and the price*, the
    clients keeping a list of their own: the visit's list, of both."""
    spec = design(
        SALON + "Each time a stylist sees a client we log the date, the treatment and the price."
    )
    assert_only_many_to_one(spec, "visit", "stylist")
    assert_only_many_to_one(spec, "visit", "client")
    assert {"treatment", "price"} <= set(field_types(spec, "visit"))
    assert "price" not in field_types(spec, "client")


def test_one_acted_on_told_of_nowhere_else_keeps_the_list() -> None:
    """Twin: the cake is told of nowhere else, so the list is the cake's (as the cake
    twin above), and a stylist seeing a thing with no list of its own is left as it was."""
    spec = design(
        "Stylists have a name. Each time a stylist cuts a wig we log the date, the style and "
        "the price."
    )
    assert "stylist_wig" not in entity_names(spec)


GARAGE = "Vans have a registration and a make. Mechanics have a name and a phone. "


def test_a_record_made_with_a_list_by_an_act_is_of_both() -> None:
    """*When one of our mechanics fixes a van we record a repair with the date, ...*: the
    repair, the mechanic's and the van's, with its list."""
    spec = design(
        GARAGE + "When one of our mechanics fixes a van we record a repair with the date, the "
        "parts cost and the labour hours."
    )
    assert_only_many_to_one(spec, "repair", "mechanic")
    assert_only_many_to_one(spec, "repair", "van")
    assert {"parts_cost", "labour_hours"} <= set(field_types(spec, "repair"))


def test_a_record_named_after_a_colon_is_left_to_its_header() -> None:
    """Twin: *we log a repair: the date, ...* is the header's reading, as before."""
    spec = design(
        GARAGE + "When one of our mechanics fixes a van we log a repair: the date, the parts "
        "cost and the labour hours."
    )
    assert {"parts_cost", "labour_hours"} <= set(field_types(spec, "repair"))


RIDING_SCHOOL = "Riders have a name. Horses have a name and an age. "


def test_a_form_filled_in_giving_a_list_is_its_fillers() -> None:
    """*After each lesson every rider fills in a feedback form giving the date, the horse and a
    rating*: no comma before *giving*, and *in* a particle; the form is the rider's, with the
    list, and the rider has no form of their own."""
    spec = design(
        RIDING_SCHOOL + "After each lesson every rider fills in a feedback form giving the "
        "date, the horse and a rating."
    )
    assert_only_many_to_one(spec, "feedback_form", "rider")
    assert_only_many_to_one(spec, "feedback_form", "horse")
    assert {"date", "rating"} <= set(field_types(spec, "feedback_form"))


def test_people_booking_onto_one_giving_their_details_keep_their_reading() -> None:
    """Twin: *people book onto a course giving their name, ...* is a booking, as before."""
    spec = design(
        "I lead foraging courses. A course has a title and a date. People book onto a course "
        "giving their name, email and how many places they want."
    )
    assert_only_many_to_one(spec, "booking", "course")
    assert {"name", "email"} <= set(field_types(spec, "booking"))


def test_which_one_did_it_by_name_is_a_record_of_them() -> None:
    """*A match has a match number and a date, and we also record which umpire took it, by
    name*: umpires are records with a name, each match one umpire's."""
    spec = design(
        "A match has a match number and a date, and we also record which umpire took it, by name."
    )
    assert_only_many_to_one(spec, "match", "umpire")
    assert set(field_types(spec, "umpire")) == {"name"}


def test_which_one_did_it_with_their_list_keeps_the_list() -> None:
    """*..., and we record which of our umpires took it, with their name and phone*."""
    spec = design(
        "A match has a match number and a date, and we record which of our umpires took it, "
        "with their name and phone."
    )
    assert_only_many_to_one(spec, "match", "umpire")
    assert {"name", "phone"} <= set(field_types(spec, "umpire"))


def test_who_did_it_with_their_list_keeps_its_reading() -> None:
    """Twin: *we also record who sold it to us, with their name* is a seller, as before."""
    spec = design(
        "Every phone we take in gets a make and a model; we also record who sold it to us, "
        "with their name and phone number."
    )
    assert_only_many_to_one(spec, "phone", "seller")


RELAY = "A race has a race number, a distance and a number of legs. Runners have a name. "


def test_a_record_made_at_each_part_of_one_is_that_ones() -> None:
    """*A race has ... a number of legs. After each leg every marshal fills in a timesheet
    giving the leg number and the time*: the timesheet is the race's, and the marshal's."""
    spec = design(
        RELAY + "Marshals have a name. After each leg every marshal fills in a timesheet giving "
        "the leg number and the time."
    )
    assert_only_many_to_one(spec, "timesheet", "race")
    assert_only_many_to_one(spec, "timesheet", "marshal")


def test_a_record_made_at_each_part_of_nothing_counted_is_left() -> None:
    """Twin: with no record counting its legs, the timesheet is only the marshal's."""
    spec = design(
        "A race has a race number and a distance. Marshals have a name. After each leg every "
        "marshal fills in a timesheet giving the leg number and the time."
    )
    assert_only_many_to_one(spec, "timesheet", "marshal")
    assert not {("timesheet", "race", "many_to_one")} & {
        (r.from_, r.to, r.kind) for r in spec.relationships
    }


def test_someone_we_act_on_is_one_of_those_we_keep() -> None:
    """*I need somewhere to keep the tenants (...), and then every time we see someone we
    write up an inspection note with the date and our notes*: the note is one tenant's."""
    spec = design(
        "I need somewhere to keep the tenants (name, flat number and phone), and then every "
        "time we see someone we write up an inspection note with the date, a rating and our "
        "notes."
    )
    assert_only_many_to_one(spec, "inspection_note", "tenant")


def test_someone_acting_is_left_to_the_readers_of_doers() -> None:
    """Twin: *when someone borrows a tool we record a loan with ...*: someone acts, so the
    loan is not one of the tenants we keep, and *someone* names no record of its own."""
    spec = design(
        "I need somewhere to keep the tenants (name, flat number and phone), and when someone "
        "borrows a tool we record a loan with the date and the due date."
    )
    assert "borrower" not in entity_names(spec)
    assert ("loan", "tenant", "many_to_one") not in relations(spec)
