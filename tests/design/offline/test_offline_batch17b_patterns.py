"""More sentence shapes learnt in the round before sealed batch 17, each on a sentence of its
own: a record that *can include several* records described before picks from them (many to
many), one record named with *the ... (name, phone) leading it* in a list, a written flow that
ends where a reason starts, *starts as ..., becomes ... once ...* told as a flow, *when someone
... I take their ...* naming the people whose details are taken, and a *tick box for ...* that
is a yes/no field."""

from __future__ import annotations

import pytest
from offline_spec_views import design, entity_names, field_types, flows, relations

from appwright.design.offline.fields import read_field
from appwright.design.offline.flow_text import read_flow_text
from appwright.design.offline.owner_people import when_someone
from appwright.design.offline.state_names import state_name

# --- can include several records described before: picked from a range --------------------------


@pytest.mark.parametrize("verb", ["include", "contain"])
def test_several_records_described_before_are_picked_many_to_many(verb: str) -> None:
    spec = design(
        "Every marquee in our stock has a name and a width. "
        f"A fete has a date and a field, and a fete can {verb} several marquees."
    )
    found = relations(spec)
    assert found & {("fete", "marquee", "many_to_many"), ("marquee", "fete", "many_to_many")}
    # a marquee goes up at many fetes over the years: it is not one fete's part
    assert ("marquee", "fete", "many_to_one") not in found
    assert "fete_id" not in field_types(spec, "marquee")


def test_several_records_described_after_are_the_records_parts() -> None:
    spec = design(
        "A mosaic commission can contain several panels. "
        "For every panel we record the colour and the width."
    )
    found = relations(spec)
    assert ("panel", "mosaic_commission", "many_to_one") in found
    assert not any(kind == "many_to_many" for _, _, kind in found)


def test_having_several_records_described_before_is_owning_them() -> None:
    spec = design(
        "Every harp in our workshop has a maker and a string count. "
        "Harpists have a name and an email. A harpist can have several harps."
    )
    found = relations(spec)
    assert ("harp", "harpist", "many_to_one") in found
    assert not any(kind == "many_to_many" for _, _, kind in found)


# --- the/a record (its list) in a list: one record the owner points at --------------------------


@pytest.mark.parametrize(
    "description",
    [
        "Each ceilidh has a date, a hall and the caller (name, phone) leading it.",
        "Each ceilidh has a date, a hall and a caller (name, phone).",
    ],
)
def test_one_record_with_its_bracketed_list_is_an_entity_the_owner_points_at(
    description: str,
) -> None:
    spec = design(description)
    assert entity_names(spec) == {"ceilidh", "caller"}
    assert field_types(spec, "caller") == {"name": "text", "phone": "text"}
    assert ("ceilidh", "caller", "many_to_one") in relations(spec)
    assert field_types(spec, "ceilidh")["caller_id"] == "reference"


@pytest.mark.parametrize(
    "description",
    [
        "Each ceilidh has a date, a hall and the address (street, town, postcode).",
        "Each ceilidh has a hall, a fee and a date (day, month).",
    ],
)
def test_one_value_with_its_parts_in_brackets_is_no_entity(description: str) -> None:
    spec = design(description)
    assert entity_names(spec) == {"ceilidh"}
    assert relations(spec) == set()


# --- a written flow stops where a reason starts -------------------------------------------------


def test_flow_text_stops_at_since() -> None:
    steps = read_flow_text(
        "from dropped off to sharpening to ready and then collected, and since we ring "
        "people when it's ready we note the time we rang"
    )
    assert steps == [["dropped_off"], ["sharpening"], ["ready"], ["collected"]]


@pytest.mark.parametrize(
    ("phrase", "state"),
    [("set up", "set_up"), ("goes out", "out"), ("is set up", "set_up")],
)
def test_state_name_keeps_set_up_and_drops_the_moving_verb(phrase: str, state: str) -> None:
    assert state_name(phrase) == state


def test_a_flow_ending_in_a_reason_keeps_only_its_states_end_to_end() -> None:
    spec = design(
        "Each knife job moves from dropped off to sharpening to ready and then collected, "
        "and since we ring people when it's ready we note the time we rang."
    )
    assert flows(spec)["knife_job"] == (
        "status",
        ["dropped_off", "sharpening", "ready", "collected"],
    )


# --- starts as ..., becomes ... once ...: a told flow -------------------------------------------


def test_starts_as_becomes_once_then_is_closed_after_is_a_flow() -> None:
    spec = design(
        "Each generator hire has a customer name and a start date. A generator hire starts "
        "as a request, becomes confirmed once the deposit is paid, then goes out to the site, "
        "returned, and is closed after the fuel check."
    )
    field, states = flows(spec)["generator_hire"]
    assert field == "status"
    assert states[0] == "request"
    assert "confirmed" in states
    assert states[-1] == "closed"
    assert not any("once" in s or "after" in s for s in states)


def test_a_flow_starting_as_an_enquiry_starts_at_enquiry() -> None:
    spec = design(
        "Each generator hire has a customer name and a start date. A generator hire starts "
        "as an enquiry, becomes confirmed once the deposit is paid, then is closed."
    )
    assert flows(spec)["generator_hire"][1] == ["enquiry", "confirmed", "closed"]


def test_a_flow_told_one_passive_act_at_a_time() -> None:
    spec = design(
        "A mosaic panel has a title; it is drafted, goes into glazing, gets grouted or scrapped,"
        " and grouted ones are finally mounted."
    )
    field, states = flows(spec)["mosaic_panel"]
    assert field == "status"
    assert states[:2] == ["drafted", "glazing"]
    assert {"grouted", "scrapped", "mounted"} <= set(states)


# --- when someone ... I take their ...: the people whose details are taken ---------------------


def test_when_someone_acts_is_a_customer_acting() -> None:
    rewritten = when_someone("when someone drops a knife off i take their name and phone number")
    assert rewritten.startswith("a customer drops a knife off, i take their ")


def test_when_a_named_person_acts_keeps_the_person() -> None:
    rewritten = when_someone("when a juggler arrives we note their name and act")
    assert rewritten.startswith("a juggler arrives, we note their ")


def test_when_something_is_done_is_left_alone() -> None:
    sentence = "when the job is done we note the hours"
    assert when_someone(sentence) == sentence


def test_when_someone_acts_their_details_are_the_customers_end_to_end() -> None:
    spec = design("When someone drops a knife off I take their name and phone number.")
    assert field_types(spec, "customer") == {"name": "text", "phone_number": "text"}


def test_when_a_named_person_acts_their_details_are_theirs_end_to_end() -> None:
    spec = design("When a juggler arrives we note their name and act.")
    assert field_types(spec, "juggler") == {"name": "text", "act": "text"}


# --- a tick box / checkbox / flag for ...: a yes/no field ---------------------------------------


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a tick box for customer notified", "customer_notified"),
        ("a checkbox for paid", "paid"),
        ("a flag for urgent", "urgent"),
    ],
)
def test_a_box_for_something_is_a_boolean_named_by_it(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, "boolean")


def test_a_box_number_stays_text() -> None:
    draft = read_field("a box number")
    assert draft is not None
    assert (draft.name, draft.type) == ("box_number", "text")


def test_tick_boxes_in_a_records_list_end_to_end() -> None:
    spec = design(
        "Each knife job has a blade type, a price, a tick box for customer notified, "
        "a flag for urgent and a box number."
    )
    assert field_types(spec, "knife_job") == {
        "blade_type": "text",
        "price": "decimal",
        "customer_notified": "boolean",
        "urgent": "boolean",
        "box_number": "text",
    }
