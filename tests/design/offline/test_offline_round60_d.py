"""Round 60 (d): links between records said as one record going, sitting or appearing in
several of another, or as what a single one of a record can do to several others.

Each reading is designed end to end over several wordings of the same meaning, and has a twin
it must leave alone.
"""

from __future__ import annotations

import pytest
from offline_spec_views import assert_only_many_to_one, design, relations

_PRINTS = "We sell art posters by mail order. "
_GOES_IN_SEVERAL = [
    "Posters have a title and a print run, and each poster can be in several catalogues. A "
    "catalogue has a season.",
    "A poster has a title and a print run and it can run in several catalogues, each with a "
    "season.",
    "Every poster has a title and a print run; every poster can go into several catalogues, and "
    "a catalogue has a season.",
    "Each poster has a title and a print run, and each poster can appear in several catalogues, "
    "each with a season.",
]


def _many_to_many(spec_relations: set[tuple[str, str, str]], first: str, second: str) -> bool:
    return bool({(first, second, "many_to_many"), (second, first, "many_to_many")} & spec_relations)


@pytest.mark.parametrize("said", _GOES_IN_SEVERAL)
def test_a_record_that_goes_in_several_others_is_many_to_many(said: str) -> None:
    """*it can appear (sit, run) in several catalogues*: each catalogue holds many posters too,
    so the catalogues are not the poster's own."""
    found = relations(design(_PRINTS + said))
    assert _many_to_many(found, "poster", "catalogue")
    assert ("catalogue", "poster", "many_to_one") not in found


_BROUGHT_IN = [
    "Each customer has a name and a phone number, and a customer can bring in several bikes, "
    "each with a make and a colour.",
    "A conference has a date and a venue, and a conference is divided into several sessions, "
    "each with a title and a start time.",
]


@pytest.mark.parametrize("said", _BROUGHT_IN)
def test_what_is_handed_in_or_divided_into_stays_the_records_own(said: str) -> None:
    """*a customer can bring in several bikes* (*in* a particle) and *a conference is divided
    into several sessions* (what it is cut into): the bikes and sessions are each one's own."""
    spec = design("We run a repair workshop. " + said)
    owner, owned = ("customer", "bike") if "bike" in said else ("conference", "session")
    assert_only_many_to_one(spec, owned, owner)


_SURVEYS = (
    "We survey farmland. Each surveyor has a name and a phone number. Each district has a name "
    "and a county. "
)
_ONE_DOES_SEVERAL = [
    "One surveyor can visit several districts.",
    "One surveyor can inspect several districts.",
    "One surveyor may map many districts in a year.",
]


@pytest.mark.parametrize("said", _ONE_DOES_SEVERAL)
def test_what_a_single_one_does_to_several_is_many_to_many(said: str) -> None:
    """*one surveyor can cover several districts*: *one* says a single surveyor, not that a
    district has one surveyor; nothing makes the districts the surveyor's own."""
    found = relations(design(_SURVEYS + said))
    assert _many_to_many(found, "surveyor", "district")
    assert ("district", "surveyor", "many_to_one") not in found


def test_one_said_again_of_the_doer_keeps_the_many_to_one() -> None:
    """*each inspection is done by one surveyor, and one surveyor can carry out many
    inspections*: the inspection's *one surveyor* makes it the surveyor's."""
    spec = design(
        _SURVEYS + "Each inspection has a date and a fee; each inspection is done by one "
        "surveyor, and one surveyor can carry out many inspections."
    )
    assert_only_many_to_one(spec, "inspection", "surveyor")


def test_one_said_of_an_object_still_counts() -> None:
    """*each round goes to one village and stops at several farms*: *one village* is said of
    the round's object, not of a clause's subject, so the farms are not made many to many with
    the village."""
    found = relations(
        design(
            "We collect milk. Villages have a name and a county. Farms have a name and a herd "
            "size. Each collection round has a date and goes to one village and stops at "
            "several farms."
        )
    )
    assert not _many_to_many(found, "farm", "village")


_LEARNERS = "We prepare learner drivers. Learners have a name and a licence number. "
_DOER_MAKES = [
    "Each time a learner sits a mock test we record the date and the score.",
    "Whenever a learner takes a mock test we note the date and the score.",
    "When a learner completes a mock test we keep the date and the score.",
]


@pytest.mark.parametrize("said", _DOER_MAKES)
def test_what_a_record_does_as_a_verbs_doer_is_its_own(said: str) -> None:
    """*each time a learner sits a mock test we record ...*: the test, the object of the
    learner's act, is the learner's, though the learner is named first."""
    assert_only_many_to_one(design(_LEARNERS + said), "mock_test", "learner")


def test_what_a_record_is_given_keeps_its_reading() -> None:
    """*every learner is given a test centre*: a passive's subject is no doer; the reading of
    what it is given is left as it was."""
    spec = design(_LEARNERS + "Every learner is given a test centre with a town and a postcode.")
    assert ("test_centre", "learner", "many_to_one") in relations(spec)


def test_a_thing_known_already_that_is_acted_on_is_not_made() -> None:
    """*after every collection we wash the marquee*: the marquee is known already and only
    washed, so it is not read as made at the collection."""
    spec = design(
        "We hire out marquees. Marquees have a size and a colour. Collections have a date and a "
        "driver name. After every collection we wash the marquee."
    )
    assert ("marquee", "collection", "many_to_one") not in relations(spec)


_HOW_MANY = [
    "- Tours: a date and a start time.\n- Bookings: one tour each, with the lead name and email, "
    "how many adults and how many children, and the price.\n- Children on a booking: first name "
    "and age.",
    "Tours have a date and a start time. Each booking is for one tour, with the lead name, how "
    "many adults and how many children, and the price. Children on a booking have a first name "
    "and an age.",
    "Tours: date, start time. Bookings: one tour each, lead name, how many adults, how many "
    "children, price. Children on a booking: first name, age.",
]


@pytest.mark.parametrize("said", _HOW_MANY)
def test_how_many_of_a_record_is_a_count_not_a_link(said: str) -> None:
    """*one tour each, with ... how many children*: a count the booking keeps, which links the
    children to nothing (not to the tour)."""
    found = relations(design("We run boat tours.\n" + said))
    assert not {link for link in found if {link[0], link[1]} == {"child", "tour"}}
