"""Round 58 (g): the shape of a whole description read the same whichever shape it takes.

Owners say the same thing as prose, as an opening and bullets, as terse notes, as short
sentences or joined with semicolons. Each reading is designed end to end over several shapes
of one meaning, which must all give the same design, with a twin of another meaning that keeps
its own reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations, report_titles

from appwright.spec.models import AppSpec


def _same(spec: AppSpec) -> tuple[object, ...]:
    """What a design says: its records with their fields, its links and its flows."""
    said = spec.to_json_dict()
    return (
        {e["name"]: [(f["name"], f["type"]) for f in e["fields"]] for e in said["entities"]},
        sorted(relations(spec)),
        flows(spec),
    )


_WALK_RUN = "We run a dog walking round."
_WALK = "A walk puts one walker with one dog on a date"
_WALK_OPENING = f"{_WALK_RUN} {_WALK}"
_WALK_FLOW = (
    "is offered first, the walker accepts or declines it, and after the walk it becomes completed"
)


@pytest.mark.parametrize(
    "description",
    [
        f"{_WALK_OPENING}; it {_WALK_FLOW}.",
        f"{_WALK_OPENING}. It {_WALK_FLOW}.",
        f"{_WALK_RUN}\n- {_WALK}\n- It {_WALK_FLOW}",
    ],
    ids=["semicolon", "two sentences", "bullets"],
)
def test_a_sentence_that_opens_on_it_goes_on_about_the_record_before(description: str) -> None:
    """*A walk puts ... . It is offered first, ...*: the *it* of a sentence of its own is the
    record the sentence before named, as after a semicolon (`told_on.told_on`)."""
    spec = design(description)
    assert flows(spec)["walk"] == ("status", ["offered", "accepted", "completed", "declined"])
    assert _same(spec) == _same(design(f"{_WALK_OPENING}; it {_WALK_FLOW}."))


def test_a_sentence_that_opens_on_it_as_the_app_keeps_its_old_reading() -> None:
    """Twin: *It would be handy to see ...* is the app, not the walk: no flow, and the report."""
    spec = design(
        f"{_WALK_OPENING}. It would be handy to see the number of walks per walker each month."
    )
    assert "walk" not in flows(spec)
    assert report_titles(
        f"{_WALK_OPENING}. It would be handy to see the number of walks per walker each month."
    )


_CLUB = "Our club hosts football matches."
_MATCHES = "Matches have a date and a kick-off time."
_SEVERAL = "Several stewards work at each match and a steward works many matches"
_STEWARDS = f"{_CLUB} {_MATCHES} {_SEVERAL}"


@pytest.mark.parametrize(
    "description",
    [
        f"{_STEWARDS}; we hold their name, phone number and badge number.",
        f"{_STEWARDS}. We hold their name, phone number and badge number.",
        f"{_CLUB}\n- {_MATCHES}\n- {_SEVERAL}\n- We hold their name, phone number and badge number",
    ],
    ids=["semicolon", "two sentences", "bullets"],
)
def test_we_hold_their_list_is_of_the_people_the_sentence_before_named(description: str) -> None:
    """*Several stewards work at each match ... . We hold their name, ...*: the stewards' list,
    never the match's, as after a semicolon."""
    spec = design(description)
    assert {"name", "phone_number", "badge_number"} <= set(field_types(spec, "steward"))
    assert "badge_number" not in field_types(spec, "match")
    assert _same(spec) == _same(
        design(f"{_STEWARDS}; we hold their name, phone number and badge number.")
    )


def test_we_hold_our_own_list_keeps_its_old_reading() -> None:
    """Twin: *we hold a name ...* after the stewards is no back-reference: its own sentence."""
    spec = design(f"{_STEWARDS}. For each match we hold a name and a ticket price.")
    assert "ticket_price" in field_types(spec, "match")
    assert "steward" in entity_names(spec)


_PIANO_FIRM = "A small piano tuning firm wants to organise its visits"
_PIANOS = (
    "for every piano we keep the make, the model and the year it was built, plus one or more"
    " owners with a name, phone and email"
)
_VISITS = "A visit is made to one piano on a date and has a fee."


@pytest.mark.parametrize(
    "description",
    [
        f"{_PIANO_FIRM}; {_PIANOS}. {_VISITS}",
        f"{_PIANO_FIRM}. F{_PIANOS[1:]}. {_VISITS}",
        f"{_PIANO_FIRM}:\n- F{_PIANOS[1:]}\n- {_VISITS}",
    ],
    ids=["semicolon", "two sentences", "bullets"],
)
def test_a_clause_after_a_semicolon_that_names_its_record_is_a_sentence(description: str) -> None:
    """*...; for every piano we keep the make, ...*: the clause after the semicolon opens on
    what it is about, so it is read as the sentence it would be after a full stop
    (`told_on.told_apart`): the piano's list, and its owners."""
    spec = design(description)
    assert {"make", "model"} <= set(field_types(spec, "piano"))
    assert {"name", "phone", "email"} <= set(field_types(spec, "owner"))
    assert ("owner", "piano", "many_to_one") in relations(spec)
    assert _same(spec) == _same(design(f"{_PIANO_FIRM}. F{_PIANOS[1:]}. {_VISITS}"))


_BAKERY = (
    "Our bakery supplies cafes. Products have a name and a price. A delivery note is raised for"
    " one cafe on a date and goes from packed to delivered"
)
_LINES = "very line on it names a product and the quantity"


@pytest.mark.parametrize(
    "description",
    [f"{_BAKERY}; e{_LINES}.", f"{_BAKERY}. E{_LINES}.", f"{_BAKERY}\n- E{_LINES}"],
    ids=["semicolon", "two sentences", "bullets"],
)
def test_a_clause_on_the_record_before_stays_with_it(description: str) -> None:
    """Twin: *...; every line on it names a product* leans on the clause before, so it stays
    joined to it, and a sentence that opens so is joined (`told_on.told_on`): the note's lines."""
    spec = design(description)
    assert ("line", "delivery_note", "many_to_one") in relations(spec)
    assert ("line", "product", "many_to_one") in relations(spec)
    assert _same(spec) == _same(design(f"{_BAKERY}; e{_LINES}."))


_WINDOWS = "We clean windows."
_WINDOW_LINES = (
    "Rounds have a name and a day",
    "Each of our vans carries one ladder and has a plate",
    "Ladders have a length",
    "Van status parked -> out -> serviced",
)


@pytest.mark.parametrize(
    "description",
    [
        f"{_WINDOWS} {'. '.join(_WINDOW_LINES)}.",
        "\n- ".join((_WINDOWS, *_WINDOW_LINES)),
        "\n* ".join((_WINDOWS, *_WINDOW_LINES)),
    ],
    ids=["sentences", "dash bullets", "star bullets"],
)
def test_a_bullet_opens_a_sentence_for_the_wordings_read_at_one(description: str) -> None:
    """*- Each of our vans carries ...*, *- Van status parked -> out -> ...*: a bullet line opens
    as a sentence does, so *each of our vans* is each van and a status with arrows is a flow
    there too (`list_wording.lists_said_plainly`)."""
    spec = design(description)
    assert flows(spec)["van"] == ("status", ["parked", "out", "serviced"])
    assert ("van", "ladder", "many_to_one") in relations(spec)
    assert _same(spec) == _same(design(f"{_WINDOWS} {'. '.join(_WINDOW_LINES)}."))


def test_arrows_inside_a_bullet_keep_their_old_reading() -> None:
    """Twin: arrows after a clause that is no status header stay where they are: the van still
    has its plate and no status flow is made of *the yard -> the road*."""
    spec = design(f"{_WINDOWS}\n- Each van has a plate\n- Vans drive from the yard -> the road")
    assert "van" not in flows(spec)
    assert "plate" in field_types(spec, "van")


_GROOMING = "Dog grooming parlour. Groomers: name, phone."
_GROOMING_STATUS = "Appointment status: booked -> washed -> collected."


@pytest.mark.parametrize(
    "description",
    [
        f"{_GROOMING} Appointment: the dog name, the price, the date it was booked, the groomer"
        f" who took it. {_GROOMING_STATUS}",
        f"{_GROOMING} Appointment: dog name, price, date it was booked, groomer who took it."
        f" {_GROOMING_STATUS}",
        "Dog grooming parlour.\n- Groomers: name, phone\n- Appointment: dog name, price, date it"
        f" was booked, groomer who took it\n- {_GROOMING_STATUS}",
    ],
    ids=["articles", "terse", "terse bullets"],
)
def test_a_terse_item_that_goes_on_with_a_clause_is_an_item(description: str) -> None:
    """*Appointment: dog name, price, date it was booked, groomer who took it*: a bare item with
    a clause after it is the item the full list gives (`terse_notes.articled_items`), not the
    end of the list."""
    spec = design(description)
    assert {"dog_name", "price", "booked_date"} <= set(field_types(spec, "appointment"))
    assert field_types(spec, "appointment")["booked_date"] == "date"
    assert _same(spec)[0] == _same(design(description.replace("date it", "the date it")))[0]


def test_a_terse_item_that_is_a_question_keeps_its_old_reading() -> None:
    """Twin: *whether it was booked online* is a yes/no, never *the whether ...*."""
    spec = design(f"{_GROOMING} Appointment: dog name, price, whether it was booked online.")
    assert field_types(spec, "appointment")["booked_online"] == "boolean"


_BIKES = (
    "Our shop buys used bikes and sells them on. Every bike we take in gets a make, a frame size"
    " and the price we paid, and moves from bought to serviced to sold"
)
_SELLER = "e also record who sold it to us, with their name, phone number and whether their ID was checked"


@pytest.mark.parametrize(
    "description",
    [f"{_BIKES}; w{_SELLER}.", f"{_BIKES}. W{_SELLER}.", f"{_BIKES}\n- W{_SELLER}"],
    ids=["semicolon", "two sentences", "bullets"],
)
def test_we_also_record_who_did_it_goes_on_about_the_record_before(description: str) -> None:
    """*... . We also record who sold it to us, with their name, ...*: the one who sold the
    bike just named, as after a semicolon (`told_on.told_on`), never a record called *record*."""
    spec = design(description)
    assert "record" not in entity_names(spec)
    assert _same(spec) == _same(design(f"{_BIKES}; w{_SELLER}."))


def test_a_clause_that_names_the_act_before_it_leans_on_it() -> None:
    """*engineers report faults ...; a report is closed once fixed*: the clause opens on what
    the clause before told as an act, so it stays joined to it (the act's record, its list)."""
    spec = design(
        "Engineers report faults against a lift (date, severity and a description); a report is"
        " closed once fixed."
    )
    assert {"date", "severity", "description"} <= set(field_types(spec, "fault_report"))
    assert ("fault_report", "lift", "many_to_one") in relations(spec)


def test_a_clause_that_names_a_thing_said_before_is_told_anew() -> None:
    """Twin: *at the end of each lease we have to return the bond; a lease has ...*: the lease
    was named as a thing (*each lease*), so the clause is a sentence of its own, as after a
    full stop: its bond is a record of its own."""
    opening = "At the end of each lease we have to return the bond"
    rest = (
        "a lease has the flat address, the tenant's name and an end date, and its bond records"
        " the amount held and the date it was protected"
    )
    joined, apart = design(f"{opening}; {rest}."), design(f"{opening}. A{rest[1:]}.")
    assert ("bond", "lease", "many_to_one") in relations(joined)
    assert _same(joined) == _same(apart)
