"""Round 58 (c): a link between two records said in any of its wordings reads as one link.

Each reading is designed end to end over several wordings of the same meaning, the one read
before among them, and has a twin it must leave alone.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, flows, plain_field_names, relations

_NURSERY = "Greenhouses have a name and a heating type. "
_TRAYS = {
    "belongs to (read before)": (
        "Each tray belongs to a greenhouse and has a sowing date and a seed count, and it goes "
        "from sown to sprouted to potted on."
    ),
    "is linked to, with its list": (
        "Each tray is linked to a greenhouse with its sowing date and a seed count, and it goes "
        "from sown to sprouted to potted on."
    ),
    "plural, are tied to, then two predicates": (
        "Trays are tied to a greenhouse, carry a sowing date and a seed count, and go from sown "
        "to sprouted to potted on."
    ),
    "plural, belong to, then two predicates": (
        "Trays belong to a greenhouse, carry a sowing date and a seed count, and go from sown "
        "to sprouted to potted on."
    ),
    "can have many, and each": (
        "A greenhouse can have many trays, and each tray has a sowing date and a seed count, and "
        "it goes from sown to sprouted to potted on."
    ),
    "can have many, each with": (
        "Greenhouses have a name and a heating type, and a greenhouse can have many trays, each "
        "with a sowing date and a seed count. A tray goes from sown to sprouted to potted on."
    ),
}


@pytest.mark.parametrize("said", list(_TRAYS), ids=list(_TRAYS))
def test_a_record_that_belongs_to_another_reads_the_same_in_each_wording(said: str) -> None:
    """*belongs to*, *is linked to*, *are tied to*, *a greenhouse can have many trays, and each
    tray has ...*, *..., each with ...*: the tray points at its greenhouse and keeps its own list
    and flow (the *it* after a has-many is the tray, not the greenhouse; the greenhouse's name
    ends at the comma before the next predicate)."""
    text = _TRAYS[said]
    spec = design(text if text.startswith("Greenhouses") else _NURSERY + text)
    assert ("tray", "greenhouse", "many_to_one") in relations(spec)
    assert {"sowing_date", "seed_count"} <= plain_field_names(spec, "tray")
    assert plain_field_names(spec, "greenhouse") == {"name", "heating_type"}
    assert flows(spec)["tray"][1] == ["sown", "sprouted", "potted_on"]


def test_the_record_belonged_to_ends_at_the_comma_before_the_next_predicate() -> None:
    """*trays belong to a greenhouse, carry a sowing date ...*: the greenhouse, told nowhere
    else, is what the trays belong to (no *greenhouse carry sowing*)."""
    spec = design(
        "Trays belong to a greenhouse, carry a sowing date and a seed count, and go from sown to "
        "sprouted to potted on."
    )
    assert relations(spec) == {("tray", "greenhouse", "many_to_one")}
    assert entity_names(spec) == {"tray", "greenhouse"}


def test_a_name_that_runs_on_after_belongs_to_keeps_its_words() -> None:
    """Twin: *belong to a greenhouse bench* names a greenhouse bench, not a greenhouse."""
    spec = design("Trays belong to a greenhouse bench and have a sowing date.")
    assert ("tray", "greenhouse_bench", "many_to_one") in relations(spec)


def test_a_has_many_that_tells_the_other_side_stays_many_to_many() -> None:
    """Twin: *..., and each tray can sit in many greenhouses* tells the other side: the two are
    many to many, no tray belongs to one greenhouse."""
    spec = design(
        _NURSERY + "A greenhouse can have many trays, and each tray can sit in many greenhouses. "
        "Trays have a sowing date."
    )
    assert ("tray", "greenhouse", "many_to_one") not in relations(spec)
    assert {("tray", "greenhouse", "many_to_many"), ("greenhouse", "tray", "many_to_many")} & (
        relations(spec)
    )


def test_linked_to_several_stays_many() -> None:
    """Twin: *is linked to several* says many, not one: no belongs-to is made of it."""
    spec = design(
        _NURSERY + "Each tray has a sowing date, and a tray can be linked to several greenhouses."
    )
    assert ("tray", "greenhouse", "many_to_one") not in relations(spec)


_PLANETARIUM = "Shows have a title and a length in minutes. Presenters have a name and an email. "
_BOTH_WAYS = {
    "both sides (read before)": "A show can have several presenters and a presenter can give "
    "several shows.",
    "are many to many": "Shows and presenters are many to many.",
    "are many-to-many, after so": "We run it on a rota, so shows and presenters are many-to-many.",
    "is a many-to-many relationship": "Shows and presenters is a many-to-many relationship.",
}


@pytest.mark.parametrize("said", list(_BOTH_WAYS), ids=list(_BOTH_WAYS))
def test_a_many_to_many_said_in_one_reads_as_both_sides(said: str) -> None:
    """*shows and presenters are many to many*: the many-to-many its two sides tell."""
    spec = design(_PLANETARIUM + _BOTH_WAYS[said])
    links = relations(spec) & {
        ("show", "presenter", "many_to_many"),
        ("presenter", "show", "many_to_many"),
    }
    assert len(links) == 1
    assert not {kind for _, _, kind in relations(spec)} - {"many_to_many"}


def test_two_plurals_said_to_be_something_else_are_no_many_to_many() -> None:
    """Twin: *shows and presenters are listed on the website* links nothing."""
    spec = design(_PLANETARIUM + "Shows and presenters are listed on the website.")
    assert not relations(spec)


_MOBILE_LIBRARY = "Librarians have a name. Buses have a registration. Villages have a name. "
_ONE_OF_EACH = {
    "one with one, then on one (read before)": "Each stop is one librarian with one bus at one "
    "village, with a date and the number of books lent.",
    "one in one at one": "Each stop is one librarian in one bus at one village, with a date and "
    "the number of books lent.",
    "one, one and one": "Each stop is one librarian, one bus and one village, with a date and the "
    "number of books lent.",
    "after a colon": "Each stop comes out of the weekly plan: one librarian in one bus at one "
    "village, with a date and the number of books lent.",
}


@pytest.mark.parametrize("said", list(_ONE_OF_EACH), ids=list(_ONE_OF_EACH))
def test_a_record_told_as_one_of_each_points_at_each(said: str) -> None:
    """*is one librarian in one bus at one village*, *is one librarian, one bus and one
    village*, *...: one librarian in one bus ...*: the stop points at all three and keeps its
    list."""
    spec = design(_MOBILE_LIBRARY + _ONE_OF_EACH[said])
    assert {
        ("stop", "librarian", "many_to_one"),
        ("stop", "bus", "many_to_one"),
        ("stop", "village", "many_to_one"),
    } <= relations(spec)
    assert "date" in plain_field_names(spec, "stop")


def test_one_of_each_on_one_date_keeps_the_date_a_field() -> None:
    """Twin: *is one village on one date*: the date is when, no record the stop points at."""
    spec = design(_MOBILE_LIBRARY + "Each stop is one village on one date, with the books lent.")
    assert "date" not in entity_names(spec)
    assert ("stop", "village", "many_to_one") in relations(spec)


def test_a_time_before_a_colon_is_no_record_told_as_ones() -> None:
    """Twin: *every evening we plan the stops: one librarian ...* names no *evening* record."""
    spec = design(
        _MOBILE_LIBRARY + "Every evening we plan the stops: one librarian in one bus at one "
        "village."
    )
    assert "evening" not in entity_names(spec)


def test_one_doing_something_in_one_is_no_pair_of_ones() -> None:
    """Twin: *one donor bringing in one bag* is an act (*in* belongs to *bringing in*), read as
    before by the readers of acts: the drop-off points at the donor and the bag, and no record
    is named *donor bringing*."""
    spec = design("Each drop-off is one donor bringing in one bag, and we put down the weight.")
    assert {("drop_off", "donor", "many_to_one"), ("drop_off", "bag", "many_to_one")} <= (
        relations(spec)
    )
    assert "donor_bringing" not in entity_names(spec)


_STUDIO = "Clients have a name and an email. Commissions have a title and a fee. "
_MAKES_MANY = {
    "each ... places many (read before)": "Each client places many commissions.",
    "a ... places many": "A client places many commissions.",
    "one ... can place many": "One client can place many commissions.",
    "a ... makes many": "A client makes many commissions.",
}


@pytest.mark.parametrize("said", list(_MAKES_MANY), ids=list(_MAKES_MANY))
def test_what_one_makes_many_of_is_theirs_however_the_one_is_said(said: str) -> None:
    """*each client places many commissions*, *a client places ...*, *one client can place
    ...*: each commission is one client's, not a many-to-many."""
    spec = design(_STUDIO + _MAKES_MANY[said])
    assert relations(spec) == {("commission", "client", "many_to_one")}


def test_what_a_client_makes_that_others_make_too_stays_many_to_many() -> None:
    """Twin: *a client places several commissions and a commission can be placed by several
    clients* tells both sides: many to many."""
    spec = design(
        _STUDIO + "A client places several commissions and a commission can be placed by "
        "several clients."
    )
    assert {kind for _, _, kind in relations(spec)} == {"many_to_many"}


def test_what_a_member_borrows_many_of_is_not_made_theirs() -> None:
    """Twin: *a member borrows many books*: borrowing makes nothing of the member's own."""
    spec = design(
        "Members have a name. Books have a title. A member borrows many books, and a book is "
        "borrowed by many members over the years."
    )
    assert ("book", "member", "many_to_one") not in relations(spec)


def test_what_a_record_is_made_from_is_not_made_its_own() -> None:
    """Twin: *a blend can be made from several teas*: what it is made of, shared by many blends,
    not teas each of one blend."""
    spec = design(
        "Blends have a name and a price. Teas have a name and an origin. A blend can be made "
        "from several teas."
    )
    assert ("tea", "blend", "many_to_one") not in relations(spec)
