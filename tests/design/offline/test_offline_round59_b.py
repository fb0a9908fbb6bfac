"""Round 59 (b): records told by what people do, which the designer missed or folded into
another record.

Each test designs several wordings of one shape, in domains no benchmark is about, and a twin
with another meaning that keeps its own reading.
"""

from __future__ import annotations

import pytest
from offline_spec_views import (
    design,
    entity_names,
    field_types,
    flows,
    relations,
    simplified,
)


@pytest.mark.parametrize(
    ("told", "record", "doer", "place", "fields"),
    [
        (
            "Each piano has a make and a serial number. For every tuning a tuner does on a "
            "piano we note the date, the pitch and whether the pins were loose.",
            "tuning",
            "tuner",
            "piano",
            {"date", "pitch"},
        ),
        (
            "Each shop has a name and an address. For each drop one of our riders makes to a "
            "shop we record the time, the parcel count and who signed for it.",
            "drop",
            "rider",
            "shop",
            {"time", "parcel_count"},
        ),
        (
            "Each oak has a tag number and a girth. For every job a surgeon carries out on an "
            "oak, we log the date, the hours and the cost.",
            "job",
            "surgeon",
            "oak",
            {"date", "hours", "cost"},
        ),
        (
            "Each kitchen has a name and a postcode. For each inspection that an assessor makes "
            "at a kitchen we keep the date, the score and whether it passed.",
            "inspection",
            "assessor",
            "kitchen",
            {"date", "score", "passed"},
        ),
    ],
)
def test_a_list_kept_for_each_record_someone_makes_is_that_records(
    told: str, record: str, doer: str, place: str, fields: set[str]
) -> None:
    # "for each X a Y makes (to a Z) we note ...": the X's list, made by the Y, for the Z
    spec = design(told)
    assert record in entity_names(spec)
    assert set(field_types(spec, record)) >= fields
    assert (record, doer, "many_to_one") in relations(spec)
    assert (record, place, "many_to_one") in relations(spec)
    assert not set(field_types(spec, place)) & fields


def test_a_list_kept_for_each_day_something_happens_names_no_day() -> None:
    # twin: a day is a time the figures are kept by, not a record someone makes
    spec = design("Each kiosk has a name. For each day the kiosk opens we record the takings.")
    assert "day" not in entity_names(spec)


@pytest.mark.parametrize(
    "often",
    ["", "Every few hours ", "Twice a day ", "At the end of each shift ", "Every morning "],
)
def test_how_often_a_record_is_made_leaves_the_record_to_its_readers(often: str) -> None:
    # "every few hours the keepers add a reading to the vivarium: ...": the reading's list,
    # the keeper's and the vivarium's, however often it is made
    spec = design(
        "Each vivarium has a code and a species. "
        f"{often}the keepers add a reading to the vivarium: the time, the temperature, the "
        "humidity and a comment."
    )
    assert entity_names(spec) >= {"vivarium", "reading"}
    assert set(field_types(spec, "reading")) >= {"time", "temperature", "humidity", "comment"}
    assert ("reading", "vivarium", "many_to_one") in relations(spec)
    assert set(field_types(spec, "vivarium")) == {"code", "species"}


def test_how_often_a_figure_is_asked_for_stays_with_the_figure() -> None:
    # twin: "each month we check how many ..." asks for a figure, not a record someone makes
    said = "Each vivarium has a code. Each month we check how many readings came in."
    assert simplified(said) == said.lower()


@pytest.mark.parametrize(
    "told",
    [
        "Each manifest is broken into lines, one per container, giving a weight, a seal number "
        "and the contents.",
        "A manifest belongs to one ship and is made up of lines, each with a weight, a seal "
        "number and the contents, booked to a container.",
        "Manifests are made up of lines, each with a weight, a seal number and the contents, "
        "booked to a container.",
        "Each manifest is divided into lines, each with a weight, a seal number and the contents, "
        "booked to a container.",
    ],
)
def test_the_lines_a_record_is_broken_into_are_records_of_it(told: str) -> None:
    # "X is broken into / made up of Ys, one per Z, giving ...": each Y is X's, for one Z
    spec = design(
        "We run a freight forwarding desk. Each manifest has a reference and a sailing date. "
        f"{told} Containers have a number and a size."
    )
    # named by the record they are lines of (round 66), as forms and gold answers name them
    assert entity_names(spec) >= {"manifest", "manifest_line", "container"}
    assert set(field_types(spec, "manifest_line")) >= {"weight", "seal_number", "contents"}
    assert ("manifest_line", "manifest", "many_to_one") in relations(spec)
    assert ("manifest_line", "container", "many_to_one") in relations(spec)
    assert set(field_types(spec, "manifest")) >= {"reference", "sailing_date"}
    assert not set(field_types(spec, "manifest")) & {"weight", "seal_number", "contents"}


def test_a_price_made_up_of_charges_names_no_parts() -> None:
    # twin: what a value is made up of names no records of it
    said = "Each job has a date. Prices are made up of a base fee and a mileage charge."
    assert simplified(said) == said.lower()


@pytest.mark.parametrize(
    "told",
    [
        "Stops per tour: town, arrival time, minutes stopped.",
        "Per tour, stops: town, arrival time, minutes stopped.",
        "For each tour, stops: town, arrival time, minutes stopped.",
    ],
)
def test_a_note_of_the_lines_each_record_has_is_those_lines(told: str) -> None:
    # "per X, Ys: a, b": the header "Ys per X: a, b" turned round, each Y of one X
    spec = design(f"Coach tours log. Tours: date, coach, driver. {told} Need stops per town.")
    assert entity_names(spec) >= {"tour", "stop"}
    assert set(field_types(spec, "stop")) >= {"town", "arrival_time"}
    assert ("stop", "tour", "many_to_one") in relations(spec)
    assert "arrival_time" not in field_types(spec, "tour")


def test_a_note_of_figures_per_month_names_no_month() -> None:
    # twin: a time the figures are kept by is no record the lines belong to
    said = "Per month, totals: takings, costs."
    assert simplified(said) == said.lower()


@pytest.mark.parametrize(
    "condition",
    ["", "If work is needed ", "If repairs are required, ", "If anything is found "],
)
def test_the_state_that_calls_for_a_record_names_no_record(condition: str) -> None:
    # "if work is needed we raise an X from the Y with ..., and that X is sent, then ...":
    # the X of the Y, its list and its flow
    spec = design(
        "We survey roofs. Each survey has a date and a condition grade. "
        f"{condition}we raise a quote from the survey with an amount, and that quote is sent, "
        "then accepted or declined."
    )
    assert entity_names(spec) == {"survey", "quote"}
    assert "amount" in field_types(spec, "quote")
    assert ("quote", "survey", "many_to_one") in relations(spec)
    assert flows(spec)["quote"][1][:2] == ["sent", "accepted"]


def test_a_state_of_one_who_acts_keeps_its_condition() -> None:
    # twin: "if a guest is late" is a condition on one who acts, left as said
    said = "Each room has a number. If a guest is late we add a fee to the booking."
    assert simplified(said) == said.lower()


@pytest.mark.parametrize(
    "told",
    [
        "Tickets are logged against the machine, each with a severity and a note.",
        "Faults found are logged as tickets against the machine, each with a severity and a note.",
        "Any problems spotted are raised as tickets against the machine, each with a severity "
        "and a note.",
        "Damage is recorded as tickets against the machine, each with a severity and a note.",
    ],
)
def test_what_a_thing_is_kept_as_names_the_record(told: str) -> None:
    # "Xs found are logged as Ys against the Z, each with ...": the Ys are the records, the Z's
    spec = design(
        f"We service arcade machines. Each machine has a serial number and a cabinet type. {told}"
    )
    assert entity_names(spec) == {"machine", "ticket"}
    assert set(field_types(spec, "ticket")) >= {"severity", "note"}
    assert ("ticket", "machine", "many_to_one") in relations(spec)


def test_what_a_record_is_known_as_renames_nothing() -> None:
    # twin: "known as" is what a record is called, not a record it is kept as
    said = "Each member has a name. Members are known as players."
    assert simplified(said) == said.lower()


@pytest.mark.parametrize(
    "told",
    [
        "Guides have a name and a phone. Guides log a walk each time they lead a group, giving "
        "the route and the head count.",
        "Guides, with a name and a phone, log a walk each time they lead a group, giving the "
        "route and the head count.",
        "Each guide, with a name and a phone, logs a walk each time they lead a group, with the "
        "route and the head count.",
        "Guides, with a name and a phone, log a walk whenever they lead a group, noting the "
        "route and the head count.",
    ],
)
def test_what_the_ones_who_log_have_stays_theirs(told: str) -> None:
    # "Xs, with a, b, log a Y each time they ..., giving ...": the Xs' list, and the Y's
    spec = design(f"We run heritage walks around the old town. {told}")
    assert set(field_types(spec, "guide")) == {"name", "phone"}
    assert set(field_types(spec, "walk")) >= {"route", "head_count"}
    assert ("walk", "guide", "many_to_one") in relations(spec)


def test_an_aside_that_is_no_list_of_theirs_stays_an_aside() -> None:
    # twin: "with the help of a volunteer" is how they act, no list of what they have, so the
    # act is not told first and apart from it
    said = (
        "Guides, with the help of a volunteer, log a walk each time they lead a group, giving "
        "the route."
    )
    assert "when they lead a group" not in simplified(said)


@pytest.mark.parametrize(
    "told",
    [
        "A late order gets a refund: amount, reason, date paid.",
        "Late order gets a refund: amount, reason, date paid.",
        "A cancelled order can get a refund: amount, reason, date paid.",
    ],
)
def test_a_record_one_of_them_gets_with_its_own_list_is_raised_on_it(told: str) -> None:
    # "disputed X gets a Y: a, b, c": the Y's list, raised on the X
    spec = design(f"Flower delivery orders. Orders: customer, date, total. {told}")
    assert set(field_types(spec, "refund")) >= {"amount", "reason", "date_paid"}
    assert ("refund", "order", "many_to_one") in relations(spec)
    assert ("order", "refund", "many_to_one") not in relations(spec)


def test_what_each_one_gets_is_left_to_the_readers_of_what_it_holds() -> None:
    # twin: "each member gets a locker" is one of ours given to every member, not raised on one
    said = "Members: name, email. Each member gets a locker: number, floor."
    assert "belongs to one member" not in simplified(said)


@pytest.mark.parametrize(
    ("told", "act"),
    [
        (
            "Tenants can make a complaint about a lift with their email, the date and a note.",
            "complaint",
        ),
        ("Tenants can complain about a lift with their email, the date and a note.", "complaint"),
        (
            "Tenants can complain about a lift, giving their email, the date and a note.",
            "complaint",
        ),
        ("Tenants can comment on a lift with their email, the date and a note.", "comment"),
    ],
)
def test_an_act_told_by_its_verb_about_a_record_is_a_record_of_it(told: str, act: str) -> None:
    # "people can complain about an X with ...": a complaint of the X, with the list
    spec = design(f"We look after the lifts in our tower blocks. Each lift has a code. {told}")
    assert set(field_types(spec, act)) >= {"email", "date", "note"}
    assert (act, "lift", "many_to_one") in relations(spec)
    assert "tenant" not in entity_names(spec) or "note" not in field_types(spec, "tenant")


def test_people_who_do_something_in_a_record_with_others_make_no_act() -> None:
    # twin: "stay in a room with a friend" is no act told about the room
    spec = design("Each room has a number. Guests can stay in a room with a friend and a dog.")
    assert "stay" not in entity_names(spec)


@pytest.mark.parametrize("period", ["year", "month"])
def test_a_calendar_period_a_record_is_kept_per_is_a_field_of_it(period: str) -> None:
    # twin: "every year we set a budget per vivarium" keeps the year, a field of the budget;
    # only a time of day or a spell ("every morning", "twice a day") is how often
    spec = design(f"Each vivarium has a code. Every {period} we set a budget per vivarium.")
    assert period in field_types(spec, "budget")
    assert ("budget", "vivarium", "many_to_one") in relations(spec)
