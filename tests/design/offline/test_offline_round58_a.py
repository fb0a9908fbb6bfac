"""Round 58 (a): how the subject of a sentence is said.

An owner says *each order* or *every order*, *I set* or *we set*, and the readers knew one twin
and not the other. The text is now normalized to one form before any reader sees it (*each*
before its noun, *we* for the owner's *I*, *give us* read as *give me*), a
subject told with a participle before a passive (*every parcel dropped into a locker is logged
with ...*) is two predicates of it, and *they* after *each volunteer* are the volunteers. Each test designs its sentence in every wording and asserts the one design;
a twin with another meaning keeps its own reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import (
    design,
    entity_names,
    field_types,
    relations,
    report_titles,
    role_names,
    simplified,
)


@pytest.mark.parametrize(
    "said",
    [
        "each one cake with a size (small or large) and a quantity",
        "every one cake with a size (small or large) and a quantity",
        "every one a cake with a size (small or large) and a quantity",
    ],
)
def test_each_or_every_before_its_noun_is_one_reading(said: str) -> None:
    # normalize.normalize_text: *every* is written *each* where it stands before its noun
    spec = design(
        "A cake shop. Cakes have a name and a price. An order has a collection time and a "
        f"yes/no for paid, and it is made of order lines, {said}."
    )
    assert {"size", "quantity"} <= set(field_types(spec, "order_line"))
    assert ("order_line", "order", "many_to_one") in relations(spec)


def test_every_that_is_no_determiner_is_left_alone() -> None:
    # *every other week* is not *each other week*, nor *every two weeks* *each two weeks*
    assert "every other week" in simplified("We check every other week that each van is clean.")
    assert "every two weeks" in simplified("We wash each van every two weeks.")


@pytest.mark.parametrize(
    "parcel",
    [
        "Each parcel dropped into a locker",
        "Every parcel dropped into a locker",
        "A parcel left in a locker",
    ],
)
def test_a_subject_dropped_somewhere_is_logged_with_its_list(parcel: str) -> None:
    # whole_clauses._PARTICIPLE_BEFORE_PASSIVE: *every parcel dropped into a locker is logged
    # with ...* is the parcel's list, and the parcel points at the locker
    spec = design(
        "We run parcel lockers around the city, each with a location and a number of doors. "
        f"{parcel} is logged with its size (small, medium or large), weight in kilograms and "
        "use-by date."
    )
    assert {"size", "weight_kg", "use_by_date"} <= set(field_types(spec, "parcel"))
    assert "size" not in field_types(spec, "parcel_locker")
    assert ("parcel", "parcel_locker", "many_to_one") in relations(spec)


def test_a_subject_without_a_participle_keeps_its_reading() -> None:
    # *each locker at a station is ...*: no participle, the list stays the locker's
    said = simplified("each locker at a station is logged with its size and its number of doors.")
    assert said == "each locker at a station is logged with its size and its number of doors."


@pytest.mark.parametrize(
    "volunteers",
    [
        "Volunteers have a name and a phone number, and they sign up for shifts",
        "Each volunteer has a name and a phone number, and they sign up for shifts",
        "Every volunteer has a name and a phone number, and they sign up for shifts",
    ],
)
def test_they_after_each_one_are_all_of_them(volunteers: str) -> None:
    # link_mentions.with_they_resolved: *they* after *each volunteer* are the volunteers
    spec = design(
        f"A food bank. Shifts have a date and a start time. {volunteers}; each sign-up has a "
        "date it was made and a role (driver, packer or greeter)."
    )
    assert ("sign_up", "shift", "many_to_one") in relations(spec)
    assert ("sign_up", "volunteer", "many_to_one") in relations(spec)


@pytest.mark.parametrize(
    "owner",
    [
        "for every season we set a harvest target per variety on each orchard",
        "for every season I set a harvest target per variety on each orchard",
        "for each season I set a harvest target per variety on each orchard",
    ],
)
def test_i_and_we_are_one_owner(owner: str) -> None:
    # normalize.normalize_text: the owner's *I* is *we*, as the readers of what we set know it
    spec = design(
        f"An orchard business. Each orchard has a name and an area in hectares, and {owner}."
    )
    assert {"season", "variety", "target"} <= set(field_types(spec, "harvest_target"))
    assert ("harvest_target", "orchard", "many_to_one") in relations(spec)
    assert "season" not in entity_names(spec)


def test_i_am_is_the_writer_alone() -> None:
    # *I'm headkeeper on a shoot* names the writer's role: left as it is
    assert simplified("I'm head gardener on a country estate.").startswith("i am head gardener")


def test_a_numbered_i_is_no_owner() -> None:
    # *type I* names a kind, not the writer
    assert "type i" in simplified("Each patient has a name and whether they have type I diabetes.")


@pytest.mark.parametrize("asks", ["Give me", "Give us", "Please give us"])
def test_give_me_or_us_asks_for_a_report(asks: str) -> None:
    # reports._TRIGGER: *give us* asks as *give me* does, the owner being *we*
    description = (
        "A van hire firm. Vans have a registration and a daily rate. Each hire is for one van "
        f"with a start date and a price. {asks} the money taken per van and how many hires are "
        "still not paid."
    )
    assert report_titles(description) == [
        "Money taken per van",
        "How many hires are still not paid",
    ]


@pytest.mark.parametrize("only", ["only me as yard manager", "only us as yard manager"])
def test_only_me_or_us_as_a_role(only: str) -> None:
    # permissions._ONLY_I_AS: the writer's role, said with *me* or *us*
    roles = role_names(
        "A van hire firm. Vans have a registration. Each hire is for one van with a start date. "
        f"Drivers only see their own hires, and {only} and the office clerk can cancel a hire."
    )
    assert {"yard_manager", "office_clerk"} <= roles
