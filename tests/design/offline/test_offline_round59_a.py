"""Round 59 (a): records named only by reference.

An owner often names a record without a sentence of its own: a list item that says *which
bike*, a count in passing (*each lot comes off one boat*), a bracket about the thing before it
(*against the pet (and the pet's owner, who has a name, phone and email)*), a second list whose
verb is said once (*boats just need a name, and the owner a name and a mobile*), or who did
something with the details that name them (*who took it (student name and student number)*).
Each is now a record of its own the other points at. Each test designs its shape in three or
more wordings; a twin with another meaning keeps its old reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, relations, simplified


@pytest.mark.parametrize(
    ("description", "owner", "picked"),
    [
        (
            "We run a bike repair shop.\n- Mechanics: name, phone\n"
            "- Repairs: which bike, which mechanic, date in, price",
            "repair",
            "bike",
        ),
        (
            "Our van hire firm keeps its deliveries: which van, which depot, the date and the "
            "weight.",
            "delivery",
            "depot",
        ),
        (
            "A tyre fitting shop. Each fitting records which tyre, the date and the price.",
            "fitting",
            "tyre",
        ),
        (
            "A language school.\n- Lessons: which tutor, which room, start time, length in minutes",
            "lesson",
            "tutor",
        ),
    ],
)
def test_a_which_item_picks_one_of_many_records(description: str, owner: str, picked: str) -> None:
    # item_links._which_one_picked: a bare *which <noun>* item is one of many records of that
    # noun, even where nothing else describes them
    spec = design(description)
    assert picked in entity_names(spec)
    assert (owner, picked, "many_to_one") in relations(spec)
    assert f"which_{picked}" not in field_types(spec, owner)


def test_which_item_of_a_value_stays_a_field() -> None:
    # *which colour*, *which side (left or right)*, *which day*: values, no records
    spec = design(
        "A tyre fitting shop. Each fitting records which colour, which side (left or right), "
        "which day and the price."
    )
    assert entity_names(spec) == {"fitting"}


@pytest.mark.parametrize(
    ("description", "owner", "party"),
    [
        (
            "A physio clinic. Referrals: patient name, referring doctor, date received, reason.",
            "referral",
            "doctor",
        ),
        (
            "A claims desk. Each claim has a claim number, an examining officer, an amount and "
            "a date.",
            "claim",
            "officer",
        ),
        (
            "A vet practice.\n- Samples: which pet, requesting vet, sample type (blood, urine), "
            "date taken",
            "sample",
            "vet",
        ),
    ],
)
def test_an_item_named_by_its_act_is_the_one_who_acts(
    description: str, owner: str, party: str
) -> None:
    # entities.ItemLinks.acting_party: *requesting vet*, *referring doctor*: the one who does
    # the act, a record the owner points at, where the -ing word is only ever a verb's
    spec = design(description)
    assert party in entity_names(spec)
    assert (owner, party, "many_to_one") in relations(spec)


def test_an_item_whose_ing_word_is_a_noun_stays_a_field() -> None:
    # *parking space*, *driving licence number*, *waiting list position*: things, no one acting
    spec = design(
        "A car park. Each permit has a parking space, a driving licence number and a waiting "
        "list position."
    )
    assert entity_names(spec) == {"permit"}
    assert "parking_space" in field_types(spec, "permit")


@pytest.mark.parametrize(
    ("sentence", "owner", "one"),
    [
        ("Each lot comes off one boat and has a lot number and a grade.", "lot", "boat"),
        ("Each job is done at one site, with a date and a price.", "job", "site"),
        ("Every match is refereed by one official, with a kick-off time.", "match", "official"),
        ("Each delivery leaves from one depot and has a weight and a date.", "delivery", "depot"),
    ],
)
def test_a_record_counted_as_one_is_a_record(sentence: str, owner: str, one: str) -> None:
    # counted._names_one_of_many: *one <noun>* counted in a record's clause names one of many
    # records of that noun, though nothing else describes them
    spec = design(f"We keep our work on paper. {sentence}")
    assert one in entity_names(spec)
    assert (owner, one, "many_to_one") in relations(spec)


@pytest.mark.parametrize(
    ("sentence", "owner", "one"),
    [
        (
            "A booking is for one funeral: the venue, the date and time of the funeral and the fee.",
            "booking",
            "funeral",
        ),
        ("Casks are filled with one whisky: cask no., size, date filled.", "cask", "whisky"),
    ],
)
def test_a_count_before_the_records_own_colon_list_makes_no_record(
    sentence: str, owner: str, one: str
) -> None:
    # counted._names_one_of_many: *one <noun>: list*: the list is what is said of the one; read
    # as the record's own list, the record holds all there is of it
    spec = design(sentence)
    assert one not in entity_names(spec)
    assert f"{one}_id" not in field_types(spec, owner)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Each order is paid in one go, with an amount and a date.", "go"),
        ("Each booking lasts one day and has a price.", "day"),
        ("Each order comes in one colour and has a price.", "colour"),
    ],
)
def test_a_count_of_a_value_or_manner_makes_no_record(sentence: str, value: str) -> None:
    # *in one go*, *one day*, *one colour*: how, how long or what value, no record
    assert value not in entity_names(design(f"A small shop. {sentence}"))


@pytest.mark.parametrize(
    ("sentence", "owner", "one"),
    [
        (
            "Each patient is admitted under a consultant, with a date and a ward.",
            "patient",
            "consultant",
        ),
        ("Each dig goes ahead under a licensed supervisor, with a site code.", "dig", "supervisor"),
        (
            "Each stay puts one horse in one stable under a responsible groom, with a start date.",
            "stay",
            "groom",
        ),
    ],
)
def test_a_record_under_someone_points_at_them(sentence: str, owner: str, one: str) -> None:
    # counted._in_care_of: *under a consultant* is one of many, as *under one consultant*
    # would say, even where the parser hangs it on the noun before (*in one stable*)
    spec = design(f"A small firm. {sentence}")
    assert one in entity_names(spec)
    assert (owner, one, "many_to_one") in relations(spec)


@pytest.mark.parametrize(
    "sentence",
    [
        "Each booking is made under a different name, with a date.",
        "Each order is placed under an order number, with a total.",
    ],
)
def test_under_a_value_makes_no_record(sentence: str) -> None:
    # *under a different name*, *under an order number*: a value it goes by, no one's care
    assert entity_names(design(f"A small firm. {sentence}")) <= {"booking", "order"}


@pytest.mark.parametrize(
    ("sentence", "thing", "one", "fields"),
    [
        (
            "We log each repair against the bike (and the bike's owner, who has a name and a "
            "phone number) with the date and the price.",
            "bike",
            "owner",
            {"name", "phone_number"},
        ),
        (
            "We log each repair against the bike (and its owner, who has a name and a phone "
            "number) with the date and the price.",
            "bike",
            "owner",
            {"name", "phone_number"},
        ),
        (
            "Each parcel is booked to a flat (plus the flat's tenant, who has a name and an "
            "email) with a weight.",
            "flat",
            "tenant",
            {"name", "email"},
        ),
        (
            "We file each claim against the policy (and the policy's holder, who just needs a "
            "name, an address and a phone) with the claim date and an amount.",
            "policy",
            "holder",
            {"name", "address", "phone"},
        ),
        (
            "We log each repair against the bike (and the owner: name and phone number) with "
            "the date and the price.",
            "bike",
            "owner",
            {"name", "phone_number"},
        ),
        (
            "We log each repair against the bike (plus its keeper - name and phone number) with "
            "the date.",
            "bike",
            "keeper",
            {"name", "phone_number"},
        ),
        (
            "We log each repair against the bike and its owner (name and phone number), with the "
            "date and the price.",
            "bike",
            "owner",
            {"name", "phone_number"},
        ),
    ],
)
def test_a_bracket_names_the_record_of_the_thing_before_it(
    sentence: str, thing: str, one: str, fields: set[str]
) -> None:
    # asides.and_its_one_aside: *(and the X's Y, who has a, b and c)* is a record Y of the X
    spec = design(sentence)
    assert fields <= set(field_types(spec, one))
    assert (thing, one, "many_to_one") in relations(spec)
    assert not {"name", "phone_number", "email", "address"} & set(
        field_types(spec, next(iter(entity_names(spec) - {thing, one})))
    )


def test_a_bracket_of_what_the_one_does_names_no_list() -> None:
    # *(and the bike's owner, who has to sign it off)*: what the owner does, no list of theirs
    spec = design(
        "We log each repair against the bike (and the bike's owner, who has to sign it off) "
        "with the date."
    )
    assert "owner" not in entity_names(spec)
    assert "date" in field_types(spec, "repair")


def test_a_bracket_of_several_of_its_things_is_no_one_record() -> None:
    # *against the customer and its items (size and price)*: several, no record of one
    spec = design("We log each order against the customer and its items (size and price).")
    assert "item" not in entity_names(spec)


def test_a_bracket_of_the_values_it_takes_is_no_record_of_it() -> None:
    # *and their section (cornet, horn or bass)*: the values of a field, no section's list
    said = "Players join with a name, an email and their section (cornet, horn or bass)."
    assert "has one section" not in simplified(said)


@pytest.mark.parametrize(
    ("description", "first", "one", "fields"),
    [
        (
            "Boat owners book a slot for one of their boats. Boats just need a name and a "
            "length, and the owner a name and a mobile number.",
            "boat",
            "owner",
            {"name", "mobile_number"},
        ),
        (
            "Walkers take dogs out. Dogs have a name and a breed, and the owner an address "
            "and a phone.",
            "dog",
            "owner",
            {"address", "phone"},
        ),
        (
            "Cleaners clean rooms. Rooms only need a number and a floor, and the landlord a "
            "name and an email.",
            "room",
            "landlord",
            {"name", "email"},
        ),
    ],
)
def test_a_gapped_list_of_the_one_names_its_record(
    description: str, first: str, one: str, fields: set[str]
) -> None:
    # lists_told_around.gapped_has: *Xs need a, b, and the Y c, d*: the X's one Y, with its list
    spec = design(description)
    assert fields <= set(field_types(spec, one))
    assert not (fields - {"name"}) & set(field_types(spec, first))
    assert (first, one, "many_to_one") in relations(spec)


def test_a_gapped_list_of_plurals_is_their_own() -> None:
    # *tutors have a name, and the students a school year*: two kinds of records, no link
    spec = design(
        "Tutors teach lessons. Tutors have a name and an hourly rate, and the students a name "
        "and a school year."
    )
    assert "school_year" in field_types(spec, "student")
    assert "school_year" not in field_types(spec, "tutor")
    assert ("tutor", "student", "many_to_one") not in relations(spec)


def test_a_list_going_on_with_the_ones_details_stays_the_first() -> None:
    # *..., and the owner's name and mobile number*: the list goes on, no verb left out
    spec = design(
        "Boat owners book a slot for one of their boats. Boats just need a name and a length, "
        "and the owner's name and mobile number."
    )
    assert "owner" not in entity_names(spec)
    assert "mobile_number" in field_types(spec, "boat")


@pytest.mark.parametrize(
    ("sentence", "owner", "who", "fields"),
    [
        (
            "For each delivery we note who signed for it (customer name and phone), the time "
            "and the driver.",
            "delivery",
            "customer",
            {"name", "phone"},
        ),
        (
            "On every hire we record who collected it (collector name and ID number), the date "
            "out and the date back.",
            "hire",
            "collector",
            {"name", "id_number"},
        ),
        (
            "For each key loan we write down who took it (student name and student number), "
            "the time out and the time back.",
            "key_loan",
            "student",
            {"name", "student_number"},
        ),
        (
            "For each van hire we record whoever drove it out (driver name and licence number) and "
            "the mileage.",
            "van_hire",
            "driver",
            {"name", "licence_number"},
        ),
    ],
)
def test_who_did_it_with_their_details_is_a_record(
    sentence: str, owner: str, who: str, fields: set[str]
) -> None:
    # people_told.who_did_it_named: *who took it (student name and student number)* is the
    # student, a record the list points at
    spec = design(sentence)
    assert fields <= set(field_types(spec, who))
    assert (owner, who, "many_to_one") in relations(spec)


def test_who_did_it_with_its_own_details_stays_the_records() -> None:
    # *who took it (date and time)*: the bracket's details are no one's name
    spec = design("For each key loan we write down who took it (date and time), and the fee.")
    assert "date" not in entity_names(spec)


@pytest.mark.parametrize(
    ("sentence", "thing", "who"),
    [
        (
            "For every visit a crew makes we note the date, the silt depth and a link to a photo.",
            "visit",
            "crew",
        ),
        (
            "For each job one of our plumbers attends, we log the date, the hours and the parts "
            "used.",
            "job",
            "plumber",
        ),
        (
            "For every delivery a driver does we record the time and the signature.",
            "delivery",
            "driver",
        ),
    ],
)
def test_for_each_one_someone_makes_is_theirs(sentence: str, thing: str, who: str) -> None:
    # has_lists.for_each_one_makes: *for every visit a crew makes we note ...* is each
    # visit's list, and each visit is made by one crew
    spec = design(sentence)
    assert {"date", "time"} & set(field_types(spec, thing))
    assert (thing, who, "many_to_one") in relations(spec)


def test_for_each_one_then_someone_noting_is_left_alone() -> None:
    # *for every visit, a crew notes the date*: the crew is who writes it down, no maker
    said = "For every visit, a crew notes the date and the depth."
    assert "is made by" not in simplified(said)
