"""Sentence shapes first met in held-out batch 11, each tested on a sentence of its own: people
logging *their* records, a long *from ... to ...* that is no flow, an act the description also
names as a noun, the act's own word as its noun, *, and they VERB* as a clause of its own with
*they* standing for the people before, *stating ...* and *giving it ...* as field lists, report
requests behind *I'd like to see* and *we require*, *for X we keep ...*, *gets logged against*,
*each X a Y gives*, and *each day's X*."""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, relations

from appwright.design.offline.sentences import clauses
from appwright.spec.models import AppSpec

MAX_STATE_WORDS = 5


def test_people_logging_their_records_own_them() -> None:
    for subject in ("Riders", "Riders of our courier collective"):
        spec = design(
            f"{subject} log their courier runs: a title, the district (north, south or centre)"
            " and the distance in kilometres."
        )
        assert entity_names(spec) == {"courier_run", "rider"}, subject
        assert field_types(spec, "courier_run") == {
            "title": "text",
            "district": "enum",
            "distance_km": "decimal",
            "rider_id": "reference",
        }
        run = spec.entity("courier_run")
        assert run is not None
        district = run.field("district")
        assert district is not None and district.options == ["north", "south", "centre"]
        assert relations(spec) == {("courier_run", "rider", "many_to_one")}


def test_long_sentence_from_one_place_to_another_is_no_flow() -> None:
    spec = design(
        "I need to keep track of the envelopes that come in and the satchels we pack from them"
        " to the cargo bikes."
    )
    long_states = [
        state
        for flow in spec.state_flows
        for state in flow.states
        if len(state.split("_")) > MAX_STATE_WORDS
    ]
    assert long_states == []


def test_act_also_named_as_a_noun_is_the_record_of_a_generic_subject() -> None:
    spec = design(
        "Every masterclass has a start time and a capacity, and people reserve a stool at a"
        " masterclass with their name, their email and whether they need an apron (yes or no)."
        " I want the number of reservations per masterclass."
    )
    assert field_types(spec, "reservation") == {
        "name": "text",
        "email": "email",
        "need_apron": "boolean",
        "masterclass_id": "reference",
    }
    assert relations(spec) == {("reservation", "masterclass", "many_to_one")}
    assert not {"stool", "people", "person"} & entity_names(spec)
    assert [(r.entity, r.measure.agg, r.group_by) for r in spec.reports] == [
        ("reservation", "count", ["masterclass"])
    ]


def test_acts_own_word_is_its_noun_and_they_are_the_people_before() -> None:
    spec = design(
        "Mentors are listed with their name, and they critique each sketch, giving it a score"
        " from 1 to 10 and a comment. Only mentors can enter critiques."
    )
    critique = field_types(spec, "critique")
    assert critique["score"] == "integer"
    assert "comment" in critique
    assert relations(spec) == {
        ("critique", "sketch", "many_to_one"),
        ("critique", "mentor", "many_to_one"),
    }
    assert set(field_types(spec, "mentor")) == {"name"}


def test_and_plural_people_or_they_acting_starts_a_clause() -> None:
    assert clauses("Lofts have a name and an hourly rate, and painters rent a loft for a day") == [
        "Lofts have a name and an hourly rate",
        "painters rent a loft for a day",
    ]
    assert clauses("Lofts have a name, and they hire the loft by the hour") == [
        "Lofts have a name",
        "they hire the loft by the hour",
    ]
    assert clauses("Lofts have a name, and people book each loft ahead") == [
        "Lofts have a name",
        "people book each loft ahead",
    ]
    listed = "Couriers have a name, a phone, and addresses in the city"
    assert clauses(listed) == [listed]


def test_stating_introduces_the_new_records_fields() -> None:
    spec = design(
        "Clients have a name. Signwriters open a lettering job for that client stating the"
        " wording, the typeface and a quoted price."
    )
    job = field_types(spec, "lettering_job")
    assert {"wording", "typeface", "quoted_price"} <= set(job)
    assert job["quoted_price"] == "decimal"
    assert not any("stating" in name for e in spec.entities for name in field_types(spec, e.name))


def test_report_requests_after_id_like_to_see_and_we_require() -> None:
    seen = design(
        "Climbers have a name. Each ascent has a date, a wall, a climber and a fee. I'd like to"
        " see the number of ascents per wall and fee revenue per month."
    )
    assert [r.title for r in seen.reports] == [
        "Number of ascents per wall",
        "Fee revenue per month",
    ]
    required = design(
        "Each shoe hire has a date, a shoe size and a hire charge. We require the total hire"
        " charge per month."
    )
    assert [(r.title, r.entity, r.measure.agg) for r in required.reports] == [
        ("Total hire charge per month", "shoe_hire", "sum")
    ]


def test_for_records_we_keep_lists_their_fields() -> None:
    bare = design("For climbers we keep a name, a grade and a contact email.")
    assert field_types(bare, "climber") == {
        "name": "text",
        "grade": "text",
        "contact_email": "email",
    }
    every = design("For every climber we hold a full name, a date of birth and an ID number.")
    assert entity_names(every) == {"climber"}
    climber = field_types(every, "climber")
    assert set(climber) == {"full_name", "date_of_birth", "id_number"}
    assert climber["date_of_birth"] == "date"


def test_one_of_two_acts_logged_against_a_record_is_the_record() -> None:
    spec = design(
        "Trophies have a name. Every polish or engraving gets logged against a trophy with the"
        " date and the product used."
    )
    assert entity_names(spec) == {"trophy", "engraving"}
    assert field_types(spec, "engraving") == {
        "date": "date",
        "product_used": "text",
        "trophy_id": "reference",
    }
    assert relations(spec) == {("engraving", "trophy", "many_to_one")}


def test_each_act_a_person_gives_is_the_acts_record() -> None:
    spec = design(
        "Therapists have a name. Each massage a therapist gives is logged with the oil and the"
        " amount in grams."
    )
    massage = field_types(spec, "massage")
    assert {"oil", "amount_grams"} <= set(massage)
    assert massage["amount_grams"] == "integer"  # grams: a small unit, whole
    assert not any("give" in name for name in entity_names(spec))


def test_each_days_record_is_named_without_the_period() -> None:
    spec = design(
        "Hides have a name. Each evening's tally is recorded for a hide with the date and the"
        " number of owls."
    )
    assert entity_names(spec) == {"hide", "tally"}
    assert field_types(spec, "tally") == {
        "date": "date",
        "owls": "integer",
        "hide_id": "reference",
    }
    assert relations(spec) == {("tally", "hide", "many_to_one")}


def flows(spec: AppSpec) -> dict[str, list[str]]:
    return {flow.entity: list(flow.states) for flow in spec.state_flows}


def test_terse_equals_and_plus_make_a_record_of_two_others() -> None:
    spec = design(
        "Bike courier hub. Couriers: name, phone. Parcels are just weight + size. A delivery ="
        " one courier + one parcel, with a pickup time and a fee; status goes assigned ->"
        " picked up -> delivered, or lost."
    )
    assert {("delivery", "courier", "many_to_one"), ("delivery", "parcel", "many_to_one")} <= (
        relations(spec)
    )
    types = field_types(spec, "delivery")
    assert types["pickup_time"] == "datetime" and types["fee"] == "decimal"
    assert flows(spec) == {"delivery": ["assigned", "picked_up", "delivered", "lost"]}
    assert "status" not in entity_names(spec)


def test_apposition_gives_the_subject_its_fields_and_its_act() -> None:
    spec = design(
        "Each kiln has a name. Potters, with a name, an email and a studio number, reserve a"
        " kiln with a start time and an end time. I want the number of reservations per kiln."
    )
    assert set(field_types(spec, "potter")) >= {"name", "email", "studio_number"}
    assert set(field_types(spec, "reservation")) >= {"start_time", "end_time"}
    assert {
        ("reservation", "kiln", "many_to_one"),
        ("reservation", "potter", "many_to_one"),
    } <= relations(spec)


def test_a_log_attached_to_a_record_is_a_record_of_its_own() -> None:
    spec = design(
        "Each canoe has a name. Guides book a canoe with a launch time, and afterwards they can"
        " attach a trip report to the booking giving the river and the water level in"
        " centimetres. I want bookings per canoe."
    )
    assert set(field_types(spec, "booking")) >= {"launch_time"}
    report = next(name for name in entity_names(spec) if name.startswith("trip"))
    assert {"river", "water_level_cm"} <= set(field_types(spec, report))
    assert (report, "booking", "many_to_one") in relations(spec)


def test_goes_through_a_list_then_a_last_state_is_a_flow() -> None:
    spec = design(
        "Every cheese wheel gets a recipe (cheddar, gouda or brie) and a make date, and it goes"
        " through salting, ageing, tasting and then sold."
    )
    assert flows(spec) == {"cheese_wheel": ["salting", "ageing", "tasting", "sold"]}
    assert field_types(spec, "cheese_wheel")["make_date"] == "date"


def test_for_each_record_on_another_links_them() -> None:
    spec = design(
        "Tours have a name and a price. For each seat on a tour we record the rider's name and"
        " whether they need a helmet."
    )
    assert ("seat", "tour", "many_to_one") in relations(spec)
    assert field_types(spec, "seat")["need_helmet"] == "boolean"


def test_examples_in_brackets_before_each_carry() -> None:
    spec = design(
        "A buyer has a name and a phone, and our teas (sencha, oolong, rooibos...) each carry a"
        " price per kilo."
    )
    assert "price_per_kilo" in field_types(spec, "tea")
    assert "price_per_kilo" not in field_types(spec, "buyer")


def test_shows_as_a_noun_asks_for_no_report() -> None:
    spec = design(
        "Shows have a title and a venue; a show can be presented by several hosts, and a host"
        " may present more than one show."
    )
    assert spec.reports == []
