"""Round 57 (d): links between two records the designer made that no reader joined.

``island_links.pair_links`` reads, after every other reader, the sentences that name two
records no link joins either way: two records close together in one clause, a record and the
one a *which* question it answers names, a record and the one its *its* / *their* stands for.
Each test has a twin the reading must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, relations

_BOATS = (
    "We rent out holiday boats. Every boat has a name, a length and a berth count, and each "
    "boat should say {question}. Marinas have a name and a harbour master, and each marina is "
    "in one region with a name. A hire is for one boat and has a start date and an end date."
)


def test_a_record_that_says_which_other_it_came_from_points_at_it() -> None:
    found = relations(design(_BOATS.format(question="which marina it sails from")))
    assert ("boat", "marina", "many_to_one") in found
    assert ("marina", "boat", "many_to_one") not in found


def test_a_record_that_says_when_it_happens_names_no_other() -> None:
    found = relations(design(_BOATS.format(question="when it sails")))
    assert not {pair for pair in found if set(pair[:2]) == {"boat", "marina"}}


_SCHOOLS = (
    "We teach swimming in schools. Each school has a name, an address and a contact email, "
    "and {whose} are listed with their name, class and any medical notes. Pupils are booked "
    "into lessons on a pool day, each with a time and a level (beginner, improver or advanced)."
)


def test_its_things_point_at_the_record_its_stands_for() -> None:
    found = relations(design(_SCHOOLS.format(whose="its pupils")))
    assert ("pupil", "school", "many_to_one") in found


def test_things_listed_without_its_are_nobodys() -> None:
    found = relations(design(_SCHOOLS.format(whose="pupils")))
    assert ("pupil", "school", "many_to_one") not in found


_DIVES = (
    "Before every dive a diver has to pass a {check} with one of our doctors. For each medical "
    "we record the date, the blood pressure and any notes, and every medical is tied to one "
    "trip with a name. Doctors have a name and a phone number, divers have a name and belong "
    "to one club with a name."
)


def test_a_record_the_parser_took_for_an_adjective_is_the_doers() -> None:
    """*medical* is tagged an adjective; the medical a diver passes is the diver's."""
    found = relations(design(_DIVES.format(check="medical")))
    assert ("medical", "diver", "many_to_one") in found
    assert ("diver", "medical", "many_to_one") not in found


def test_a_word_that_names_no_record_links_nothing() -> None:
    found = relations(design(_DIVES.format(check="test")))
    assert not {pair for pair in found if set(pair[:2]) == {"diver", "medical"}}


def test_the_lines_an_order_is_made_up_of_point_at_it() -> None:
    found = relations(
        design(
            "We sell printer supplies to offices. An office (name, email, phone) places an order "
            "with an order date, and the order is made up of lines giving the cartridge and a "
            "quantity. Cartridges have a name and a price."
        )
    )
    assert ("line", "order", "many_to_one") in found


def test_two_records_a_third_named_with_them_joins_stay_apart() -> None:
    """*customers rent a van*: the rental joins them; the van is not the customer's."""
    found = relations(
        design(
            "Customers (name, email) rent a van for a week at a time, and each rental has the "
            "pickup date and the return date. Vans have a registration and a make."
        )
    )
    assert ("rental", "customer", "many_to_one") in found
    assert ("rental", "van", "many_to_one") in found
    assert not {pair for pair in found if set(pair[:2]) == {"customer", "van"}}


_BOAT_ENGINEER = (
    "I'm a mobile boat engineer. We keep each client's name, phone and address, along with "
    "{whose} boats: name, make, model and engine hours. Each job is for one client and one "
    "boat, with a date, a description and a price, and goes from booked to done to paid."
)


def test_their_things_are_theirs_though_a_third_record_joins_the_two() -> None:
    """The jobs point at a client and a boat; *their boats* still says whose each boat is."""
    found = relations(design(_BOAT_ENGINEER.format(whose="their")))
    assert ("boat", "client", "many_to_one") in found
    assert ("job", "boat", "many_to_one") in found


def test_things_listed_without_their_stay_joined_only_by_the_third() -> None:
    found = relations(design(_BOAT_ENGINEER.format(whose="the")))
    assert not {pair for pair in found if set(pair[:2]) == {"boat", "client"}}
