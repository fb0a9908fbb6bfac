"""Round 60 (b): records told by an act or an event, and records whose fields land elsewhere
because the record is misnamed or its sentence is cut wrongly.

Each test designs several wordings of one shape, in domains no benchmark is about, and a twin
with another meaning that keeps its own reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations

from appwright.design.offline.is_what import is_what_it_does


@pytest.mark.parametrize(
    ("told", "record", "first", "second"),
    [
        (
            "Vessels have a name and a flag. A mooring is for one vessel at one quay and "
            "records the arrival time and the harbour dues.",
            "mooring",
            "vessel",
            "quay",
        ),
        (
            "Authors have a name and an email. A reading is for one author in one venue and "
            "logs the audience size and the fee paid.",
            "reading",
            "author",
            "venue",
        ),
        (
            "Customers have a name. Every hire is for one customer in one marquee and records "
            "the price and the deposit.",
            "hire",
            "customer",
            "marquee",
        ),
    ],
)
def test_is_for_one_then_one_more_points_at_both(
    told: str, record: str, first: str, second: str
) -> None:
    """``a booking is for one client in one issue``: the second *one* is a record of its own
    the booking points at, even where nothing else is said of it."""
    spec = design(told)
    links = relations(spec)
    assert (record, first, "many_to_one") in links
    assert (record, second, "many_to_one") in links


@pytest.mark.parametrize(
    "told",
    [
        "Tenants have a name. Every sublet is for one tenant on one date, with the rent.",
        "Authors have a name. A reading is for one author at one time and logs the fee paid.",
        "Vessels have a name. A mooring is for one vessel in one year and records the dues.",
    ],
)
def test_is_for_one_then_one_date_is_no_record(told: str) -> None:
    """Twin: *on one date*, *at one time* say when, no record."""
    names = entity_names(design(told))
    assert not names & {"date", "time", "year"}


@pytest.mark.parametrize(
    ("told", "record", "fields"),
    [
        (
            "A press run logs the copies ordered, the copies delivered to us, the paper used "
            "in kilos and the invoice amount.",
            "press_run",
            {"copies_ordered", "invoice_amount"},
        ),
        (
            "Each still run records the litres collected, the spirit sent to the cask and the "
            "strength.",
            "still_run",
            {"litres_collected", "strength"},
        ),
        (
            "A bread run logs the loaves baked, the loaves delivered to us, the flour used in "
            "kilos and the fuel cost.",
            "bread_run",
            {"loaves_baked", "fuel_cost"},
        ),
    ],
)
def test_a_noun_run_is_the_record_not_a_flow(told: str, record: str, fields: set[str]) -> None:
    """``a press run logs ...``: after *a* and a noun, *run* cannot be the verb (that would be
    *runs*); the record is the press run and its list no status flow."""
    spec = design(told)
    assert record in entity_names(spec)
    assert fields <= set(field_types(spec, record))
    assert "status" not in field_types(spec, record)


def test_a_run_that_runs_keeps_its_flow() -> None:
    """Twin: ``the ticket runs from open to fixed to closed`` is a flow of the ticket's."""
    spec = design("A ticket has a title. The ticket runs from open to fixed to closed.")
    assert field_types(spec, "ticket").get("status") == "enum"


@pytest.mark.parametrize(
    ("told", "record", "fields"),
    [
        (
            "Kilns - name, max temperature. Firings - kiln, date, load %. Glazes - name.",
            "firing",
            {"date", "load"},
        ),
        (
            "Lenders - name, rate %. Loans - lender, amount, start date.",
            "loan",
            {"amount", "start_date"},
        ),
        (
            "Funds - name, fee %. Holdings - fund, units, bought on.",
            "holding",
            {"units"},
        ),
    ],
)
def test_a_stop_after_a_percent_ends_the_note(told: str, record: str, fields: set[str]) -> None:
    """``pass mark %. exam attempts - ...``: a full stop after *%* ends the sentence, so the
    next note is a record of its own, not the tail of the last field."""
    spec = design(told)
    assert record in entity_names(spec)
    assert fields <= set(field_types(spec, record))


@pytest.mark.parametrize(
    ("told", "record", "fields"),
    [
        ("Routes (coastal, hill, forest etc.) - name, length, grade.", "route", {"length"}),
        ("Courses (pottery, weaving, printing...) - title, weeks, fee.", "course", {"weeks"}),
        ("Boats (dinghies, keelboats, cruisers) - name, sail number.", "boat", {"sail_number"}),
    ],
)
def test_examples_then_a_dashed_list(told: str, record: str, fields: set[str]) -> None:
    """``subjects (air law, met etc.) - name, pass mark``: the examples say what the records
    are, the list after the dash what each keeps."""
    spec = design(told)
    assert fields <= set(field_types(spec, record))


def test_fields_in_brackets_then_a_dash_stay_fields() -> None:
    """Twin: ``drinks packages (name, price) - ...``: a bracket of fields stays the fields."""
    spec = design("Kits (name, price) - we hire them out by the day.")
    assert {"name", "price"} <= set(field_types(spec, "kit"))


@pytest.mark.parametrize(
    ("told", "owner", "things", "fields"),
    [
        (
            "Farmers have a name, and one farmer can keep several sheep, for which we need the "
            "tag number and the breed.",
            "farmer",
            "sheep",
            {"tag_number", "breed"},
        ),
        (
            "Clubs have a name, and a club can own several aircraft, for which I keep the "
            "registration and the seat count.",
            "club",
            "aircraft",
            {"registration", "seat_count"},
        ),
        (
            "Parks have a name, and one park can hold several deer, for which we record the "
            "tag and the age.",
            "park",
            "deer",
            {"tag", "age"},
        ),
    ],
)
def test_several_of_a_plural_without_s_for_which_we_keep(
    told: str, owner: str, things: str, fields: set[str]
) -> None:
    """``one owner can have several aircraft, for which I need the registration``: after
    *several* the word is plural however it ends, and the list is each one's."""
    spec = design(told)
    assert fields <= set(field_types(spec, things))
    assert (things, owner, "many_to_one") in relations(spec)


def test_one_for_which_we_keep_is_left_alone() -> None:
    """Twin: a word without *several* before it and without an *-s* (*the office, for which
    we need ...*) is not read as a plural list's owner here."""
    spec = design("Staff have a name and work from the office, for which we need the address.")
    assert "offices" not in entity_names(spec)


@pytest.mark.parametrize(
    ("told", "record", "one", "other"),
    [
        (
            "Bays have a number. The rental is what ties an aircraft to a bay, with a start "
            "date and a deposit.",
            "rental",
            "aircraft",
            "bay",
        ),
        (
            "Pitches have a number. A lease is what links a caravan to a pitch, with a start "
            "date and the rent.",
            "lease",
            "caravan",
            "pitch",
        ),
        (
            "Desks have a number. The allocation is what puts a student in a desk, with the "
            "term and the fee.",
            "allocation",
            "student",
            "desk",
        ),
    ],
)
def test_is_what_ties_one_to_another(told: str, record: str, one: str, other: str) -> None:
    """``the rental is what ties an aircraft to a bay``: said as *the rental ties ...*, a
    record of both with its list."""
    spec = design(told)
    links = relations(spec)
    assert (record, one, "many_to_one") in links
    assert (record, other, "many_to_one") in links


def test_is_what_we_charge_is_left_alone() -> None:
    """Twin: *is what* before no verb (*the deposit is what we hold back*) stays as said."""
    said = "the deposit is what we hold back"
    assert is_what_it_does(said) == said


@pytest.mark.parametrize(
    ("told", "record", "links"),
    [
        (
            "Pupils have a name. Pieces have a title. Whenever a teacher signs off a piece for a "
            "pupil we note the date and a mark.",
            "sign_off",
            {"teacher", "piece", "pupil"},
        ),
        (
            "Guests have a name. Rooms have a number. When a porter checks in a guest we record "
            "the time and the key number.",
            "check_in",
            {"porter", "guest"},
        ),
        (
            "Clients have a name. Vans have a plate. Each time a driver hands over a van to a "
            "client we log the mileage and the fuel level.",
            "hand_over",
            {"driver", "van", "client"},
        ),
    ],
)
def test_when_one_acts_with_a_particle_or_for_someone(
    told: str, record: str, links: set[str]
) -> None:
    """``whenever an instructor signs off an exercise for a student we note ...``: the act's
    record is the noun of the phrasal verb (a sign-off), of the one who does it, the thing it
    is done to and the one it is done for."""
    spec = design(told)
    found = {to for (source, to, kind) in relations(spec) if source == record}
    assert links <= found


def test_when_one_comes_in_names_no_act() -> None:
    """Twin: a particle with nothing after it (*when a van comes back we note ...*) is no
    phrasal act of its own: no *come-back* record."""
    spec = design("Vans have a plate. When a van comes back we note the mileage and the date.")
    assert not entity_names(spec) & {"come_back", "comeback"}


@pytest.mark.parametrize(
    ("told", "record", "field"),
    [
        (
            "An order records the quantity and the price; its artwork moves from awaiting copy "
            "to proof sent to approved.",
            "order",
            "artwork_status",
        ),
        (
            "A claim has an amount and a date; its payment goes from pending to approved to paid.",
            "claim",
            "payment_status",
        ),
        (
            "A tenancy has a start date and the rent; its deposit moves from held to "
            "returned or kept.",
            "tenancy",
            "deposit_status",
        ),
    ],
)
def test_its_part_moves_from(told: str, record: str, field: str) -> None:
    """``its artwork moves from awaiting copy to proof sent ...``: a part of the record the
    clause before named, whose status moves; no record of its own and no other record's."""
    assert field_types(design(told), record).get(field) == "enum"


def test_its_status_moves_keeps_status() -> None:
    """Twin: ``its status goes from ...`` stays the record's status."""
    spec = design("A claim has an amount; its status goes from open to paid to closed.")
    assert field_types(spec, "claim").get("status") == "enum"
