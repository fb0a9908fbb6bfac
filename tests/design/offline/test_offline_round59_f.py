"""Round 59 (f): links between two records the designer made, said in wordings no reader knew.

Each reading is designed end to end over three or more wordings of its shape, in business
domains of their own, and has a twin it must leave alone.
"""

from __future__ import annotations

import pytest
from offline_spec_views import assert_only_many_to_one, design, entity_names, flows, relations

# --- *X has a, b, c, and it is assigned to one of our Ys*: *it* is X, not an item of its list

_IT_AFTER_A_LONG_LIST = {
    "support ticket": (
        "A support ticket records who opened it, the product, a priority (low, medium, high, "
        "urgent), a summary, a screenshot link and the date opened, and it gets assigned to one "
        "of our agents, who have a name and an email. Products have a name and a version.",
        ("support_ticket", "agent"),
        ("product", "agent"),
    ),
    "warranty claim": (
        "A warranty claim holds who made it, the appliance, a fault type (electrical, "
        "mechanical, cosmetic), a description and the date made, and it is passed to one of "
        "our engineers, who have a name and a phone. Appliances have a model and a serial "
        "number.",
        ("warranty_claim", "engineer"),
        ("appliance", "engineer"),
    ),
    "print job": (
        "A print job has the customer, the paper type, a finish (matt, gloss, satin), the page "
        "count and the date wanted, and it is given to one of our operators, who have a name. "
        "Customers have a name and an email.",
        ("print_job", "operator"),
        ("customer", "operator"),
    ),
}


@pytest.mark.parametrize("said", list(_IT_AFTER_A_LONG_LIST), ids=list(_IT_AFTER_A_LONG_LIST))
def test_it_after_a_list_said_with_has_is_the_record_holding_the_list(said: str) -> None:
    """*a ticket records who opened it, the product, ..., and it gets assigned to one of our
    agents*: the parser can take a root inside the long list, with an item (*the product*) its
    subject; *it* is the ticket, whose list follows *has*."""
    text, link, wrong = _IT_AFTER_A_LONG_LIST[said]
    spec = design(text)
    assert_only_many_to_one(spec, *link)
    assert (*wrong, "many_to_one") not in relations(spec)


def test_it_after_a_short_list_keeps_the_record_the_parse_found() -> None:
    """Twin: *a delivery has a date, a weight and a driver, and it is signed for by a
    customer*, which the parser reads right: *it* is the delivery, as before (not the driver,
    the list's last item)."""
    spec = design(
        "A delivery has a date, a weight and a driver, and it is signed for by a customer. "
        "Drivers have a name. Customers have a name and an email."
    )
    assert ("delivery", "customer", "many_to_one") in relations(spec)
    assert ("driver", "customer", "many_to_one") not in relations(spec)


# --- *X has a, b, and it goes to one of our Ys*: handed on to a record, not a step of a flow

_GOES_TO_ONE = {
    "goes to one of our, after and": (
        "A claim has a claim number, a date and an amount, and it goes to one of our assessors, "
        "who need a name and a phone.",
        ("claim", "assessor"),
    ),
    "then goes to a, sentence after": (
        "Each application has a reference and a date. It then goes to a caseworker. "
        "Caseworkers have a name and an email.",
        ("application", "caseworker"),
    ),
    "passes over to one of our": (
        "A translation job has a word count and a deadline, and it passes over to one of our "
        "translators, who have a name and a language pair.",
        ("translation_job", "translator"),
    ),
}


@pytest.mark.parametrize("said", list(_GOES_TO_ONE), ids=list(_GOES_TO_ONE))
def test_a_record_that_goes_to_one_of_ours_points_at_it(said: str) -> None:
    """*a works order has a job number, ..., and it goes to one of our contractors*: the order
    is handed on to one contractor, so it points at the contractor."""
    text, link = _GOES_TO_ONE[said]
    assert_only_many_to_one(design(text), *link)


def test_it_goes_from_one_state_to_another_is_still_a_flow() -> None:
    """Twin: *it goes from open to assessed to settled* (no article after *to*) is the claim's
    flow, and links nothing."""
    spec = design(
        "A claim has a claim number and an amount, and it goes from open to assessed to "
        "settled. Assessors have a name."
    )
    assert flows(spec)["claim"][1] == ["open", "assessed", "settled"]
    assert not {(a, b) for a, b, _ in relations(spec)} & {("claim", "assessor")}


# --- a list item *the X it went to*, *the X they would like*: a link to the record X

_THE_ONE_IT_WENT_TO = {
    "it went to": (
        "Each repair has a date, a cost and the garage it went to. Garages have a name and a town.",
        ("repair", "garage"),
    ),
    "it went out in": (
        "Each delivery run has a date, a mileage and the van it went out in. Vans have a "
        "registration and a make.",
        ("delivery_run", "van"),
    ),
    "they would like": (
        "Each viewing request has a date, a budget and the flat they would like. Flats have an "
        "address and a rent.",
        ("viewing_request", "flat"),
    ),
}


@pytest.mark.parametrize("said", list(_THE_ONE_IT_WENT_TO), ids=list(_THE_ONE_IT_WENT_TO))
def test_a_list_item_naming_a_record_with_a_clause_is_a_link(said: str) -> None:
    """*a hammer price and the buyer it went to*, *the hall they would prefer*: a record
    named with a clause that ends on its preposition, or says what they would choose, is the
    one record the list's owner points at, not a text field *buyer went to*."""
    text, (source, target) = _THE_ONE_IT_WENT_TO[said]
    spec = design(text)
    assert_only_many_to_one(spec, source, target)
    fields = {f.name for f in spec.entities[0].fields if f.type != "reference"}
    assert not {name for name in fields if name.startswith(target)}


def test_a_value_named_with_a_clause_stays_a_field() -> None:
    """Twin: *the price it sold for*: no record is named *price*, so it is the lot's field."""
    spec = design(
        "Each lot has a lot number, a species and the price it sold for. Buyers have a company "
        "name."
    )
    assert not relations(spec)
    lot = spec.entity("lot")
    assert lot is not None and "price_sold_for" in {f.name for f in lot.fields}


# --- *Xs with a, b, c, (sometimes) about a Y*: the X points at what it is about

_ABOUT_ONE = {
    "about": (
        "Each product has a name and a price. Shoppers leave reviews with their name, their "
        "email and a rating, about a product they bought.",
        ("review", "product"),
    ),
    "concerning": (
        "Each invoice has a number, a date and an amount. Customers raise queries with their "
        "name, their email and a question, concerning an invoice.",
        ("query", "invoice"),
    ),
    "regarding": (
        "Each planning application has a reference and an address. Neighbours write letters "
        "with their name, their address and a comment, regarding a planning application.",
        ("letter", "planning_application"),
    ),
}


@pytest.mark.parametrize("said", list(_ABOUT_ONE), ids=list(_ABOUT_ONE))
def test_a_record_about_another_points_at_it(said: str) -> None:
    """*residents send in requests with their name, their email, ..., sometimes about an
    existing bin*: the requests keep a name and an email as people do, yet each is about one
    bin, so the request points at the bin (not the bin at the request)."""
    text, link = _ABOUT_ONE[said]
    assert_only_many_to_one(design(text), *link)


def test_the_one_who_sends_it_does_not_point_at_what_it_is_about() -> None:
    """Twin: *customers raise queries ... concerning an invoice*: the customers are the ones
    who ask, not the invoice's, and the invoice keeps pointing at its customer as before."""
    spec = design(
        "Each invoice has a number, a date and an amount. Customers raise queries with their "
        "name, their email and a question, concerning an invoice."
    )
    assert ("customer", "invoice", "many_to_one") not in relations(spec)
    assert ("invoice", "customer", "many_to_one") in relations(spec)


# --- a record named in full once, then by its initials: one record, whose links all reach it

_BY_ITS_INITIALS = {
    "each TL": (
        "Our team leaders look after the night shifts. Each TL has a name and a phone. A night "
        "shift has a date and is led by one TL.",
        ("night_shift", "team_leader"),
        "tl",
    ),
    "every PO, POs": (
        "We raise purchase orders to our suppliers. Every PO has a number, a date and a total, "
        "and goes to one supplier. Suppliers have a name and an email.",
        ("purchase_order", "supplier"),
        "po",
    ),
    "one CC": (
        "Our care coordinators look after several clients. Each CC has a name and an email, and "
        "every client is assigned to one CC. Clients have a name and an address.",
        ("client", "care_coordinator"),
        "cc",
    ),
}


@pytest.mark.parametrize("said", list(_BY_ITS_INITIALS), ids=list(_BY_ITS_INITIALS))
def test_a_record_called_by_its_initials_is_the_record_spelled_out(said: str) -> None:
    """*our resident assistants cover the halls. Each RA has a name ...; a duty shift is given
    to one RA*: RA is the resident assistant, one record with its list and its links, not a
    second record *ra*."""
    text, link, initials = _BY_ITS_INITIALS[said]
    spec = design(text)
    assert_only_many_to_one(spec, *link)
    assert initials not in entity_names(spec)


def test_initials_before_a_noun_stay_a_field_name() -> None:
    """Twin: *a VAT number*, though the text says *value added tax*: the initials qualify the
    number, a field named as written."""
    spec = design(
        "We charge value added tax on each order. Each supplier has a name and a VAT number. "
        "Orders have a date, a total and a supplier."
    )
    supplier = spec.entity("supplier")
    assert supplier is not None and "vat_number" in {f.name for f in supplier.fields}


# --- *which staff member did it; staff have a name*: the group that lists fields is its members

_GROUP_AS_MEMBERS = {
    "crew:": (
        "Each job sheet has a date, the hours and which crew member signed it off. Crew: name, "
        "phone, licence number.",
        ("job_sheet", "crew_member"),
        {"phone", "licence_number"},
    ),
    "staff have": (
        "Every refund is logged with the amount, the reason and which staff member approved it; "
        "staff have a name and a till number.",
        ("refund", "staff_member"),
        {"till_number"},
    ),
    "cast need": (
        "Each rehearsal note has a date, a comment and the cast member it is about. Cast need a "
        "name and an agent.",
        ("rehearsal_note", "cast_member"),
        {"agent"},
    ),
}


@pytest.mark.parametrize("said", list(_GROUP_AS_MEMBERS), ids=list(_GROUP_AS_MEMBERS))
def test_a_group_that_lists_fields_is_the_member_said_elsewhere(said: str) -> None:
    """*which staff member handed it over; staff have a name and a shift*: the staff are the
    staff members, one record with the list, which the parcel points at (no record *staff*
    beside *staff member*)."""
    text, (source, member), fields = _GROUP_AS_MEMBERS[said]
    spec = design(text)
    assert_only_many_to_one(spec, source, member)
    assert member.split("_")[0] not in entity_names(spec)
    kept = spec.entity(member)
    assert kept is not None and fields <= {f.name for f in kept.fields}


def test_a_group_said_as_one_stays_a_record_of_its_own() -> None:
    """Twin: *each team has a name and a league, and each team member has ...*: a team said as
    one is a record, its members point at it."""
    spec = design(
        "Each team has a name and a league, and each team member has a name and a shirt number."
    )
    assert_only_many_to_one(spec, "team_member", "team")


# --- *each X ...; if they bring Ys, we log each Y with ...*: what they bring is theirs

_BROUGHT_ALONG = {
    "when they bring": (
        "Each member pays a yearly fee, and when they bring guests we record each guest with a "
        "name and an email. Members have a name.",
        ("guest", "member"),
    ),
    "if they keep": (
        "Each tenant signs one lease; if they keep pets, we log each pet with a name and a "
        "species. Leases have a start date.",
        ("pet", "tenant"),
    ),
    "if they own": (
        "Each driver has a name and a licence number; if they own vans, we register each van "
        "with a registration and a make.",
        ("van", "driver"),
    ),
    "opening verb before its object": (
        "Each visiting player books one court and gives us their name; if they bring "
        "coaches, we log each coach with a name and a phone number. Courts have a number.",
        ("coach", "visiting_player"),
    ),
}


@pytest.mark.parametrize("said", list(_BROUGHT_ALONG), ids=list(_BROUGHT_ALONG))
def test_what_they_bring_and_we_log_one_by_one_is_theirs(said: str) -> None:
    """*each arriving resident books one slot ...; if they bring helpers, we log each helper
    with a name and a phone number*: each helper belongs to the resident *they* stands for."""
    text, link = _BROUGHT_ALONG[said]
    assert_only_many_to_one(design(text), *link)


def test_what_they_have_is_still_read_as_their_list() -> None:
    """Twin: *if they have allergies, we note each allergy with ...*, read before as the
    patient's allergies, stays so (and no second reading adds anything)."""
    spec = design(
        "Each patient has a name and a date of birth; if they have allergies, we note each "
        "allergy with a substance and a severity."
    )
    assert relations(spec) == {("allergy", "patient", "many_to_one")}
