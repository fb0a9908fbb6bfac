"""Round 59 (c): words that are no record do not become one and take the real record's list.

A container the records are kept in (*our own list*, *a fixed set*), what things are kept *as*,
a duty (*has to sign*), a condition before the record (*if work is needed we raise ...*), the
app's title (*a ward board for ...*) and the pronoun of *who we keep with* are read so that the
list goes to the record the owner means. Each reading is designed end to end over several
wordings, with a twin it must leave alone.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, flows, plain_field_names, relations, role_names

_WHO_WE_KEEP = {
    "who we keep with": (
        "Deliveries get one of our drivers, who we keep with a name and the date their "
        "licence expires.",
        "driver",
        {"name"},
    ),
    "whom we keep with": (
        "Callouts go to one of our electricians, whom we keep with a name and a van number.",
        "electrician",
        {"name", "van_number"},
    ),
    "who I keep with": (
        "Every lesson is taught by one of our instructors, who I keep with a name and a phone "
        "number.",
        "instructor",
        {"name", "phone_number"},
    ),
}


@pytest.mark.parametrize("said", list(_WHO_WE_KEEP), ids=list(_WHO_WE_KEEP))
def test_a_list_after_who_we_keep_is_the_persons(said: str) -> None:
    """*one of our drivers, who we keep with a name and ...*: the list is the drivers', and
    *keep* is no record (as *my tractors, which I keep with a make* was read before)."""
    text, record, listed = _WHO_WE_KEEP[said]
    spec = design(text)
    assert "keep" not in entity_names(spec)
    assert listed <= plain_field_names(spec, record)


def test_a_person_kept_by_which_is_still_read_as_before() -> None:
    """Twin: *which we keep with* was read before and stays the antecedent's."""
    spec = design("Jobs use one of our vans, which we keep with a registration and a mileage.")
    assert {"registration", "mileage"} <= plain_field_names(spec, "van")
    assert "keep" not in entity_names(spec)


_KEPT_AS = {
    "keep those two bits of kit as": (
        "I'd like to keep those two bits of kit as machines, each with a name, a serial number "
        "and a service date.",
        "machine",
        {"name", "serial_number", "service_date"},
    ),
    "log our printers and scanners as": (
        "We log our printers and scanners as devices, each with a serial number and a purchase "
        "date.",
        "device",
        {"serial_number", "purchase_date"},
    ),
    "keep the three vans as": (
        "We keep the three vans as vehicles, each with a registration, a make and a mileage.",
        "vehicle",
        {"registration", "make", "mileage"},
    ),
}


@pytest.mark.parametrize("said", list(_KEPT_AS), ids=list(_KEPT_AS))
def test_what_things_are_kept_as_is_the_record(said: str) -> None:
    """*keep those two bits of kit as equipment, each with a name*: the record is what they are
    kept *as*; the words that pointed at them (*bits*, *scanners as devices*) are none."""
    text, record, listed = _KEPT_AS[said]
    spec = design(text)
    assert entity_names(spec) == {record}
    assert listed <= plain_field_names(spec, record)


def test_kept_as_an_adjective_keeps_the_things() -> None:
    """Twin: *as spare* says how the vans are kept, not what: the vans stay the record."""
    spec = design("We keep the old vans as spare, each with a registration and a make.")
    assert "spare" not in entity_names(spec)
    assert {"registration", "make"} <= set().union(
        *(plain_field_names(spec, n) for n in entity_names(spec))
    )


_ARE_OUR_LIST = {
    "are our own list, with": (
        "Parts are our own list, with a name, a size and a price, because the same part goes "
        "into lots of machines.",
        "part",
        {"name", "size", "price"},
    ),
    "are our own register, with": (
        "Suppliers are our own register, with a name and an email.",
        "supplier",
        {"name", "email"},
    ),
    "are a small fleet list, each with": (
        "Trucks are a small fleet list, each with a plate and a load limit.",
        "truck",
        {"plate", "load_limit"},
    ),
}


@pytest.mark.parametrize("said", list(_ARE_OUR_LIST), ids=list(_ARE_OUR_LIST))
def test_things_that_are_our_list_keep_its_fields(said: str) -> None:
    """*medicines are our own list, with a name, ...*: the list holds the medicines; it is no
    record of its own beside them."""
    text, record, listed = _ARE_OUR_LIST[said]
    spec = design(text)
    assert not entity_names(spec) & {"list", "register", "fleet_list", "small_fleet"}
    assert listed <= plain_field_names(spec, record)


def test_things_that_are_a_kind_of_record_keep_their_reading() -> None:
    """Twin: *pick-up points are fixed stops with a town*: what they are is no container, and
    reads as it did."""
    spec = design("Pick-up points are fixed stops with a town and a time.")
    assert not entity_names(spec) & {"list", "set"}
    assert "town" in set().union(*(plain_field_names(spec, n) for n in entity_names(spec)))


_HAS_TO = {
    "a vet has to sign": (
        "A manager has to sign each refund off, so a refund goes requested, then approved or "
        "refused. Refunds have an amount and a reason.",
        "manager",
    ),
    "the driver has to check": (
        "We put the parcel's weight on each booking because the driver has to check it before "
        "loading. Bookings have a date and a weight.",
        "driver",
    ),
    "supervisors have got to approve": (
        "Supervisors have got to approve every timesheet. Timesheets have a week and hours.",
        "supervisor",
    ),
}


@pytest.mark.parametrize("said", list(_HAS_TO), ids=list(_HAS_TO))
def test_what_someone_has_to_do_is_no_field(said: str) -> None:
    """*a vet has to sign each one off*: a duty, not what the vet has; no field *to_sign_...*
    and no record made only of it."""
    text, person = _HAS_TO[said]
    spec = design(text)
    assert not any(
        field.name.startswith("to_") for record in spec.entities for field in record.fields
    )
    assert person not in entity_names(spec)


def test_what_someone_has_to_have_is_still_theirs() -> None:
    """Twin: *has to have an insurance certificate* is what each boat has."""
    spec = design("Each boat has to have an insurance certificate and a number.")
    assert plain_field_names(spec, "boat") == {"insurance_certificate", "number"}


_AND_THAT_ONE_GOES = {
    "if ..., and that estimate is sent, then": (
        "Each survey is for one house. If work is needed we raise a quote from the survey with "
        "an amount, and that quote is sent, then accepted or declined.",
        "quote",
        ["sent", "accepted", "declined"],
    ),
    "and that order is packed, then": (
        "Members place an order with a date and a total, and that order is packed, then "
        "shipped, then delivered.",
        "order",
        ["packed", "shipped", "delivered"],
    ),
    "if ..., and that quote gets sent, then": (
        "If a repair is wanted we write a quote with an amount, and that quote gets sent, then "
        "accepted or declined.",
        "quote",
        ["sent", "accepted", "declined"],
    ),
}


@pytest.mark.parametrize("said", list(_AND_THAT_ONE_GOES), ids=list(_AND_THAT_ONE_GOES))
def test_the_steps_of_the_record_just_made_are_its_flow(said: str) -> None:
    """*if work is needed we raise an estimate with an amount, and that estimate is sent, then
    accepted or declined*: the estimate keeps its amount and goes through the steps; the
    condition (*if work*) is no record."""
    text, record, steps = _AND_THAT_ONE_GOES[said]
    spec = design(text)
    assert (
        "amount" in plain_field_names(spec, record)
        or "date" in plain_field_names(spec, record)
        or ("subject" in plain_field_names(spec, record))
    )
    assert flows(spec)[record][1] == steps
    assert not any(name.startswith(("if_", "when_")) for name in entity_names(spec))


def test_the_steps_of_another_record_stay_in_the_clause() -> None:
    """Twin: *and the customer is phoned, then emailed* speaks of a record not named before;
    the clause is not cut (no flow for the order made of it)."""
    spec = design("We raise an order with a date, and the customer is phoned, then emailed.")
    assert "order" not in flows(spec) or flows(spec)["order"][1] != ["phoned", "emailed"]


_TITLES = {
    "a ward board for the": "A ward board for the hospital kennels at our practice.",
    "a rota board for our": "A rota board for our lifeguards.",
    "a stock diary for the": "A stock diary for the estate shop.",
}


@pytest.mark.parametrize("said", list(_TITLES), ids=list(_TITLES))
def test_a_title_line_names_no_record_or_role(said: str) -> None:
    """*a ward board for the hospital kennels*: the app's title, no record *ward* with a
    person's name, email and phone, and no role."""
    spec = design(f"{_TITLES[said]} Kennels carry a number and a size.")
    assert entity_names(spec) == {"kennel"}
    assert not role_names(f"{_TITLES[said]} Kennels carry a number and a size.") - {"admin"}


def test_a_board_that_is_said_to_hold_things_is_read_as_before() -> None:
    """Twin: *the notice board has a title and a date* is a clause about a record."""
    spec = design("The notice board has a title and a date.")
    assert {"title", "date"} <= set().union(
        *(plain_field_names(spec, n) for n in entity_names(spec))
    )


_DONE_AS = {
    "are raised as issues on the": (
        "Each inspection covers one flat. Problems spotted are raised as issues on the "
        "inspection, each with a description, a location (kitchen, bathroom, bedroom) and a "
        "status that moves from raised to reported to fixed.",
        ("issue", "inspection"),
        {"description", "location", "status"},
    ),
    "are logged as tickets against the": (
        "Each customer has a name. Complaints are logged as tickets against the customer, each "
        "with a subject and a priority.",
        ("ticket", "customer"),
        {"subject", "priority"},
    ),
    "get recorded as credits on the": (
        "Each invoice has a number. Returned goods get recorded as credits on the invoice, each "
        "with an amount and a reason.",
        ("credit", "invoice"),
        {"amount", "reason"},
    ),
}


@pytest.mark.parametrize("said", list(_DONE_AS), ids=list(_DONE_AS))
def test_what_things_are_raised_as_is_the_record(said: str) -> None:
    """*problems spotted are raised as issues on the inspection, each with ...*: the issues are
    the record, the inspection's; *as* is no record and the problems are none."""
    text, (record, owner), listed = _DONE_AS[said]
    spec = design(text)
    assert "as" not in entity_names(spec)
    assert listed <= plain_field_names(spec, record)
    assert (record, owner, "many_to_one") in relations(spec)


def test_raised_as_an_adjective_keeps_the_things() -> None:
    """Twin: *orders are marked as urgent, each with ...* says how, not what: no *urgent*."""
    spec = design("Orders are marked as urgent, each with a reason and a deadline.")
    assert "urgent" not in entity_names(spec)


_GOT_ON_A_NOTE = {
    "disputed charge gets an appeal:": (
        "Fines have an amount. Disputed fine gets an appeal: date lodged, statement, outcome "
        "(upheld, rejected).",
        ("appeal", "fine"),
        {"date_lodged", "statement", "outcome"},
    ),
    "cancelled booking gets a refund:": (
        "Bookings have a date. Cancelled booking gets a refund: amount, date paid, method.",
        ("refund", "booking"),
        {"amount", "date_paid", "method"},
    ),
    "a returned parcel is given a claim:": (
        "Parcels have a weight. A returned parcel is given a claim: reference, value, reason.",
        ("claim", "parcel"),
        {"reference", "value", "reason"},
    ),
}


@pytest.mark.parametrize("said", list(_GOT_ON_A_NOTE), ids=list(_GOT_ON_A_NOTE))
def test_the_record_a_state_gets_on_a_note_keeps_the_list(said: str) -> None:
    """*disputed charge gets an appeal: date lodged, statement, outcome*: the appeal is the
    record, the charge's, with the list; no record made of the list's first items."""
    text, (record, owner), listed = _GOT_ON_A_NOTE[said]
    spec = design(text)
    assert entity_names(spec) == {record, owner}
    assert listed <= plain_field_names(spec, record)
    assert (record, owner, "many_to_one") in relations(spec)


def test_values_a_state_gets_on_a_note_stay_the_records() -> None:
    """Twin: *each fine gets a status: open, paid or written off* are the fine's values, no
    record *status*."""
    spec = design("Fines have an amount. Each fine gets a status: open, paid or written off.")
    assert entity_names(spec) == {"fine"}


_JOINS_OUR_LIST = {
    "people join the list with their": (
        "People join the list with their name, email and phone.",
        "people",
        {"name", "email", "phone"},
    ),
    "parents join the waiting list with their": (
        "Parents join the waiting list with their name and phone.",
        "parent",
        {"name", "phone"},
    ),
    "walkers join our mailing list with their": (
        "Walkers join our mailing list with their name and email.",
        "walker",
        {"name", "email"},
    ),
}


@pytest.mark.parametrize("said", list(_JOINS_OUR_LIST), ids=list(_JOINS_OUR_LIST))
def test_a_list_the_people_join_holds_them(said: str) -> None:
    """*people join the list with their name, email and phone*: *their* name is the people's;
    the list they join is no record."""
    text, record, listed = _JOINS_OUR_LIST[said]
    spec = design(text)
    assert entity_names(spec) == {record}
    assert plain_field_names(spec, record) == listed


def test_a_club_the_members_join_stays_a_record() -> None:
    """Twin: *members join a club with their name* names the club, a record of its own."""
    spec = design("Members join a club with their name and email.")
    assert "club" in entity_names(spec)
