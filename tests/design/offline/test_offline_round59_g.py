"""Round 59 (g): the owner says *I, my, me* or *we, our, us* alike, and each reads the same.

`normalize.normalize_text` writes the owner's *my* and *me* as *our* and *us*, as it already wrote
*I* as *we*; the readers that knew only the first-person wording read both. Each reading is
designed end to end over several wordings, the one read before among them, and has a twin it
must leave alone.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, role_names, simplified

from appwright.spec.models import AppSpec


def _fields(spec: AppSpec, entity: str) -> list[str]:
    return [
        field.name
        for record in spec.entities
        if record.name == entity
        for field in record.fields
        if field.type != "reference"
    ]


_HEADERS = {
    "i want to track my (read before)": (
        "I want to track my bonsai trees: species, age, pot size and repotting date."
    ),
    "we want to track our": (
        "We want to track our bonsai trees: species, age, pot size and repotting date."
    ),
    "i'd like to log my": "I'd like to log my dives: site, depth, duration and buddy name.",
    "we need to track the": (
        "We need to track the pianos we tune: maker, model, serial number and last tuning date."
    ),
}
_HEADER_RECORDS = {
    "i want to track my (read before)": ("bonsai_tree", ["species", "age", "pot_size"]),
    "we want to track our": ("bonsai_tree", ["species", "age", "pot_size"]),
    "i'd like to log my": ("dive", ["site", "depth", "duration"]),
    "we need to track the": ("piano", ["maker", "model", "serial_number"]),
}


@pytest.mark.parametrize("said", list(_HEADERS), ids=list(_HEADERS))
def test_the_owners_wish_to_track_opens_a_header_whatever_the_determiner(said: str) -> None:
    """*we want to track our X: a, b*, *I'd like to log my X: ...*: the owner's wish before
    a keeping verb is no record's *has*; the list after the colon is the X's own."""
    record, fields = _HEADER_RECORDS[said]
    spec = design(_HEADERS[said])
    assert _fields(spec, record)[: len(fields)] == fields


def test_a_record_that_has_a_listed_field_keeps_its_options() -> None:
    """The twin: *every hive has a status: ...* is a record's field and its options, not a
    header naming the hive's list."""
    spec = design(
        "Every hive has a status: healthy, queenless or swarming. Hives have a site name."
    )
    hive = next(record for record in spec.entities if record.name == "hive")
    status = next(field for field in hive.fields if field.name == "status")
    assert status.options == ["healthy", "queenless", "swarming"]


_FIRM = (
    "We run a plumbing firm. Each job has a customer name, an address and a price, and goes "
    "from booked to done. Plumbers have a name and a phone. Plumbers only see their own jobs, "
    "and "
)
_OWNER_AND = {
    "only me and my (read before)": "only me and my foreman can close jobs.",
    "only us and our": "only us and our foreman can close jobs.",
    "only i and my": "only I and my foreman can close jobs.",
    "only we and the": "only we and the foreman can close jobs.",
}


@pytest.mark.parametrize("said", list(_OWNER_AND), ids=list(_OWNER_AND))
def test_the_writer_named_with_another_who_may_is_the_owner(said: str) -> None:
    """*only me and my foreman can ...*, *only us and our foreman ...*, *only we and the
    foreman ...*: the writer is the owner, one clause with the foreman."""
    assert role_names(_FIRM + _OWNER_AND[said]) == {"owner", "foreman", "plumber"}


def test_two_named_people_who_may_name_no_owner() -> None:
    """The twin: *only the office manager and the foreman can close jobs* names them both and
    no writer."""
    roles = role_names(_FIRM + "only the office manager and the foreman can close jobs.")
    assert roles == {"office_manager", "foreman", "plumber"}


_CLOCKS = (
    "We restore old clocks for collectors. Each job holds the owner's name, the clock's maker and "
)
_DUE = {
    "my quote": "the date my quote is due.",
    "our quote": "the date our quote is due.",
    "the quote": "the date the quote is due.",
    "it is due back": "the date it is due back.",
}


@pytest.mark.parametrize("said", list(_DUE), ids=list(_DUE))
def test_the_date_something_is_due_is_the_due_date(said: str) -> None:
    """*the date our quote is due*, *the date the quote is due*: its due date, named as *when
    it's due* is (and *due back* keeps its particle)."""
    due = "due_back_date" if "back" in said else "due_date"
    assert _fields(design(_CLOCKS + _DUE[said]), "job") == ["owner_name", "clock_maker", due]


def test_the_date_something_was_done_keeps_its_act() -> None:
    """The twin: *the date the clock was collected* is the day of the act, *collected on*."""
    spec = design(_CLOCKS + "the date the clock was collected.")
    assert _fields(spec, "job") == ["owner_name", "clock_maker", "collected_date"]


_KILN = {
    "i, my, me": (
        "I run a pottery studio. I keep my members' names and phone numbers. My kilns each have "
        "a name and a maximum temperature. Each firing has a date, a kiln and a cone number. "
        "Only me and my technician can schedule firings."
    ),
    "we, our, us": (
        "We run a pottery studio. We keep our members' names and phone numbers. Our kilns each "
        "have a name and a maximum temperature. Each firing has a date, a kiln and a cone "
        "number. Only us and our technician can schedule firings."
    ),
    "we, my, me": (
        "We run a pottery studio. We keep my members' names and phone numbers. My kilns each "
        "have a name and a maximum temperature. Each firing has a date, a kiln and a cone "
        "number. Only me and our technician can schedule firings."
    ),
}


@pytest.mark.parametrize("said", list(_KILN), ids=list(_KILN))
def test_the_owner_in_the_first_person_singular_or_plural_reads_the_same(said: str) -> None:
    """*I keep my members ... only me and my technician*, *we keep our members ... only us and
    our technician*: the same records, fields and roles."""
    spec = design(_KILN[said])
    assert _fields(spec, "member") == ["name", "phone_number"]
    assert _fields(spec, "kiln") == ["name", "maximum_temperature"]
    assert role_names(_KILN[said]) == {"owner", "technician"}
    assert (
        design(_KILN[said]).to_json_dict()["entities"]
        == design(_KILN["i, my, me"]).to_json_dict()["entities"]
    )


def test_a_firework_called_a_mine_stays_a_mine() -> None:
    """The twin: *mine* is a noun as often as the owner's (*a cake, rocket, mine or shell*), so
    it is not written as *ours*."""
    spec = design(
        "We sell fireworks. Each product has a name and a category (cake, rocket, mine or shell)."
    )
    product = next(record for record in spec.entities if record.name == "product")
    category = next(field for field in product.fields if field.name == "category")
    assert category.options == ["cake", "rocket", "mine", "shell"]


_SEMICOLON_JOINED = {
    "orders, then samples": (
        "Then every order goes in on its own: the customer, the delivery date and the total; a "
        "lot of customers want a sample first, so we log samples against the order, with the "
        "sample date and notes.",
        "order",
        "sample",
    ),
    "bookings, then breakfasts": (
        "Then every booking goes in on its own: the guest, the arrival date and the room; a lot "
        "of guests want breakfast, so we log breakfasts against the booking, with the date and "
        "the menu.",
        "booking",
        "breakfast",
    ),
    "loans, then deliveries": (
        "Then each loan goes in on its own: the borrower, the tool and the return date; some "
        "borrowers need delivery, so we record deliveries against the loan, with the address "
        "and the driver.",
        "loan",
        "delivery",
    ),
}


@pytest.mark.parametrize("said", list(_SEMICOLON_JOINED), ids=list(_SEMICOLON_JOINED))
def test_a_clause_after_a_semicolon_reads_as_after_a_full_stop(said: str) -> None:
    """*every order goes in on its own: a, b and c; a lot of customers want ...*: the same
    records as with a full stop; the header's list ends at the semicolon and the next clause
    is a sentence of its own."""
    text, record, other = _SEMICOLON_JOINED[said]
    joined = design(text)
    assert {record, other} <= {entity.name for entity in joined.entities}
    stopped = design(text.replace("; ", ". ", 1))
    assert joined.to_json_dict()["entities"] == stopped.to_json_dict()["entities"]


def test_items_of_a_list_between_semicolons_stay_one_list() -> None:
    """The twin: *each kit has a size; a colour; a price* is one list, never three sentences."""
    assert simplified("Each kit has a size; a colour; a price.").count(".") <= 1
