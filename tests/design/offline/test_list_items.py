"""List items with an act in them (:func:`appwright.design.offline.clause_or_phrase.is_clause`,
:func:`appwright.design.offline.fields.read_field`): *the date I promised it back* is a noun and
what was done with it, a field of the record, while *every day I check in on a hut* is a clause
of its own. Each item that is a field has a clause for a twin, so the tests show which words
make the difference."""

from __future__ import annotations

import pytest

from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.fields import read_field

FIELDS = [
    pytest.param("the date I promised it back", "promised_date", "date", id="date-i-promised"),
    pytest.param("the date we shipped it", "shipped_date", "date", id="date-we-shipped"),
    pytest.param("the hours we worked", "hours_worked", "decimal", id="hours-we-worked"),
    pytest.param("the hours they rested", "hours_rested", "decimal", id="hours-they-rested"),
    pytest.param("the minutes we flew", "minutes_flew", "integer", id="minutes-we-flew"),
    pytest.param("the rooms to be done", "rooms_to_be_done", None, id="rooms-to-be-done"),
    pytest.param("the shifts to be covered", "shifts_to_be_covered", None, id="to-be-covered"),
    pytest.param("price each", "price", "decimal", id="price-each"),
    pytest.param("any allergies we need to know about", "allergies", None, id="we-need-to-know"),
    pytest.param(
        "a price per kilo that we change", "price_per_kilo", "decimal", id="price-we-change"
    ),
]


@pytest.mark.parametrize(("item", "name", "kind"), FIELDS)
def test_a_noun_and_what_was_done_with_it_is_no_clause(
    item: str, name: str, kind: str | None
) -> None:
    assert not is_clause(item)


@pytest.mark.parametrize(("item", "name", "kind"), FIELDS)
def test_a_noun_and_what_was_done_with_it_is_a_field(
    item: str, name: str, kind: str | None
) -> None:
    field = read_field(item)
    assert field is not None
    assert field.name == name
    if kind is not None:
        assert field.type == kind


CLAUSES = [
    pytest.param("every day I check in on a habit", id="every-day-i-check-in"),
    pytest.param("every night we check in on a hut", id="every-night-we-check-in"),
    pytest.param("each morning they walk the dogs", id="each-morning-they-walk"),
    pytest.param("walkers book a bunk", id="walkers-book"),
    pytest.param("we sell it to them", id="we-sell-it"),
    pytest.param("we lend it to them", id="we-lend-it"),
    pytest.param("price each item", id="price-each-item"),
]


@pytest.mark.parametrize("item", CLAUSES)
def test_a_subject_and_its_verb_stay_a_clause(item: str) -> None:
    assert is_clause(item)


def test_the_same_noun_with_a_subject_of_its_own_is_a_clause() -> None:
    # twin of "the date we shipped it": without "the date" before it, the act is the item
    assert not is_clause("the date we shipped it")
    assert is_clause("every day we ship it to a walker")
