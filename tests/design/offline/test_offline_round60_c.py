"""Round 60 (c): fields said outside a field list, and the types their names carry.

Each reading is designed end to end over several wordings of the same shape, and has a twin
it must leave alone.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_types, plain_field_names


@pytest.mark.parametrize(
    "text",
    [
        "Each invoice has a number, an issue date and an amount.",
        "Members have a name, a number and a phone.",
    ],
)
def test_the_number_of_a_dated_record_or_a_person_is_an_identifier(text: str) -> None:
    """*an invoice has a number and an issue date* is issued, *INV-0042*; a member's number is
    one they are issued. Both stay text, whatever else the round's number readings take."""
    spec = design(text)
    numbered = next(e.name for e in spec.entities if e.field("number") is not None)
    assert field_types(spec, numbered)["number"] == "text"


@pytest.mark.parametrize(
    ("said", "field", "kind"),
    [
        ("hours since new", "hours_since_new", "decimal"),
        ("hours at last service", "hours_at_last_service", "decimal"),
        ("metres on hand", "metres_on_hand", "decimal"),
        ("days to harvest", "days_to_harvest", "integer"),
        ("minutes at sea", "minutes_at_sea", "integer"),
    ],
)
def test_a_name_that_opens_with_a_written_out_unit_is_that_measure(
    said: str, field: str, kind: str
) -> None:
    """*hours since new*, *days to harvest*: what follows the unit says which hours; the field
    is a number in that unit (every such gold field is a number)."""
    spec = design(f"Each boat has a name, {said} and a colour.")
    assert field_types(spec, "boat")[field] == kind


@pytest.mark.parametrize("said", ["due at hours", "due at miles", "due at kilometres"])
def test_due_at_a_unit_is_a_reading_not_a_day(said: str) -> None:
    """*a service due at hours*: the engine hours it is due at, a number; *due* names a day
    only when no unit follows."""
    spec = design(f"Each service has a type, a due date and the {said}.")
    types = field_types(spec, "service")
    assert types["due_date"] == "date"
    assert [kind for name, kind in types.items() if name.startswith("due_at")] == ["decimal"]


@pytest.mark.parametrize("said", ["page no.", "seat no", "stall no."])
def test_a_short_no_is_typed_as_the_number_it_is_named(said: str) -> None:
    """*page no.* is named page_number and typed as one: a place in a run, a whole number."""
    spec = design(f"Photo: caption, issue date, {said}")
    assert field_types(spec, "photo")[f"{said.split()[0]}_number"] == "integer"


def test_a_short_no_of_an_identifier_stays_text() -> None:
    """Twin: *serial no.* is an identifier, text as *serial number* is."""
    spec = design("Kit item: serial no., next inspection date")
    assert field_types(spec, "kit_item")["serial_number"] == "text"


_ORDERS = [
    "Photo: caption, issue date. Order: customer, photos (can be several), print size, qty, "
    "price, paid y/n.",
    "Photos have a caption and an issue date. Each order has a customer, photos, a print size, "
    "a qty, a price and whether it is paid.",
    "Photos have a caption and an issue date. Every order carries a customer, photos, a print "
    "size, a qty, a price and whether it is paid.",
]


@pytest.mark.parametrize("text", _ORDERS)
def test_a_bare_plural_record_in_a_list_leaves_the_items_after_it_to_the_owner(text: str) -> None:
    """*an order has a customer, photos, a print size and a price*: the photos are one item of
    the order's list; the print size and the price are the order's, not each photo's."""
    spec = design(text)
    assert {"print_size", "quantity", "price", "paid"} <= plain_field_names(spec, "order")
    assert plain_field_names(spec, "photo") <= {"caption", "issue_date"}


@pytest.mark.parametrize(
    "text",
    [
        "Each project has a name and tasks with a title, a due date and an owner.",
        "An order has a customer and several order lines, a quantity and a price.",
    ],
)
def test_a_plural_with_its_own_list_or_a_quantity_takes_the_items_after_it(text: str) -> None:
    """Twin: *tasks with a title, a due date*, *several order lines, a quantity*: the child
    says it has a list, and the items after it are its own."""
    spec = design(text)
    child = "task" if "tasks" in text else "order_line"
    assert {"due_date"} <= plain_field_names(spec, child) or {"quantity", "price"} <= (
        plain_field_names(spec, child)
    )


@pytest.mark.parametrize(
    "text",
    [
        "A delivery can also be linked to a courier (firm name, phone, account number).",
        "Each delivery is handed to a courier (company name, depot address, phone).",
        "A delivery is linked to a courier (firm name, account number, email).",
    ],
)
def test_a_bracket_of_compounds_named_like_fields_is_the_records_list(text: str) -> None:
    """*linked to a courier (firm name, phone, account number)*: *firm name* and *account
    number* are named as fields are (a head every record has), so the bracket is the courier's
    list, not its values."""
    spec = design(text)
    kept = plain_field_names(spec, "courier")
    assert len(kept & {"firm_name", "company_name", "name"}) == 1
    assert kept & {"account_number", "depot_address"}


def test_a_bracket_of_talk_around_such_compounds_is_not_read_as_a_list() -> None:
    """Twin: *a client (usually a managing agent, so for them just the company name, an email
    and a phone number)* is talk about the client, read as before: no managing agent record."""
    spec = design(
        "Every building we look after belongs to a client (usually a managing agent, so for them "
        "just the company name, an email and a phone number). Each building has a name."
    )
    assert {e.name for e in spec.entities} == {"client", "building"}


def test_values_with_one_such_compound_stay_values() -> None:
    """Twin: *a document type (passport, BRP or share code)*: one compound among values."""
    spec = design("Each tenant has a name and a document type (passport, visa, share code).")
    assert field_types(spec, "tenant")["document_type"] == "enum"


@pytest.mark.parametrize(
    "text",
    [
        "An advert has a wording and a price, and it can run in several issues, each with its "
        "publication date.",
        "An advert has a wording and a price. It appears in several issues, each with a "
        "publication date.",
        "An advert has a wording and a price, and runs in many issues, each with its "
        "publication date.",
    ],
)
def test_each_with_after_the_things_a_record_runs_in_is_theirs(text: str) -> None:
    """*it runs in several issues, each with its publication date*: each issue has the date;
    the advert keeps its own list only."""
    spec = design(text)
    assert "publication_date" in plain_field_names(spec, "issue")
    assert plain_field_names(spec, "advert") == {"wording", "price"}


def test_each_with_after_several_things_an_order_holds_is_each_pairings() -> None:
    """Twin: *an order contains several bouquets, each with a quantity*: the quantity of each
    line, bouquets being kept with their own list."""
    spec = design(
        "Bouquets have a name and a price. An order contains several bouquets, each with a "
        "quantity."
    )
    assert "quantity" not in plain_field_names(spec, "bouquet")


@pytest.mark.parametrize(
    "said",
    ["what the customer says is wrong", "what they say is wrong", "what the owner thinks is wrong"],
)
def test_what_someone_says_is_wrong_is_the_problem(said: str) -> None:
    """*a ticket with what the customer says is wrong*: the problem, as *what's wrong* is."""
    spec = design(f"Each repair ticket holds a date, {said} and a status.")
    assert "problem" in plain_field_names(spec, "repair_ticket")


def test_what_is_said_to_be_fine_is_no_problem() -> None:
    """Twin: *what the customer says they want* is no problem field."""
    spec = design("Each repair ticket holds a date, what the customer says they want and a status.")
    assert "problem" not in plain_field_names(spec, "repair_ticket")


@pytest.mark.parametrize(
    "text",
    [
        "Permits have a class, an expiry date and a scan link too.",
        "Permits have a class, an expiry date, and a scan link too, and they go from draft to "
        "issued.",
        "Permits have a class and an expiry date, plus a scan link too.",
    ],
)
def test_too_after_the_last_item_is_no_part_of_its_name(text: str) -> None:
    """*... and a scan link too*: the scan link, as *as well* after it is no part of it."""
    spec = design(text)
    assert "scan_link" in plain_field_names(spec, "permit")


@pytest.mark.parametrize(
    ("said", "field"),
    [
        ("the date we got it", "received_date"),
        ("the date the office got it", "received_date"),
        ("the date they got it back", "return_date"),
    ],
)
def test_the_date_one_got_it_is_the_day_it_was_received(said: str, field: str) -> None:
    """*the date we got it*: received on, as *the date it came in* is; *got it back* its return
    (no *it_on*)."""
    spec = design(f"A parcel has a weight, {said} and a price.")
    assert field in plain_field_names(spec, "parcel")


def test_the_date_it_got_done_keeps_its_participle() -> None:
    """Twin: *the date it got lost* is a passive, lost on."""
    spec = design("A parcel has a weight, the date it got lost and a price.")
    assert "lost_date" in plain_field_names(spec, "parcel")


@pytest.mark.parametrize(
    ("said", "field", "kind"),
    [
        ("a duration in hours", "duration_hours", "decimal"),
        ("the flight time in hours", "flight_time_hours", "decimal"),
        ("the number of hours", "hours", "decimal"),
        ("a duration in minutes", "duration_minutes", "integer"),
    ],
)
def test_how_long_is_as_whole_as_the_unit_it_is_told_in(said: str, field: str, kind: str) -> None:
    """*a duration in hours*, *the number of hours*: 1.5 hours is a duration (every gold types
    them decimal); in minutes it is whole."""
    spec = design(f"Each hire has a date, {said} and a price.")
    assert field_types(spec, "hire")[field] == kind


def test_the_number_of_things_is_still_counted() -> None:
    """Twin: *the number of guests* and *the number of days* are whole counts."""
    spec = design("Each hire has a date, the number of guests, the number of days and a price.")
    types = field_types(spec, "hire")
    assert types["guests"] == "integer"
    assert types["days"] == "integer"
