"""Round 59 (e): status flows told as someone's act, as a record's verbs, or going on after a
choice, as unseen writers told them.

`flow_twins.flow_as_goes_from` writes each as *goes from A to B to C* (or the act wording the
readers know), and a field list's *and that claim goes from ...* is the record's own status.
"""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_types, flows, role_names, simplified

from appwright.design.offline.flow_twins import flow_as_goes_from

_LOCKSMITH = (
    "A locksmith's call-out desk. Customers have a name and a phone. Each job is for one "
    "customer with an address and a price. {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "Jobs start as booked, the dispatcher assigns them, and then they're fitted or abandoned.",
        "A job starts as booked, the dispatcher assigns it, then it is fitted or abandoned.",
        "Each job begins as booked, our dispatcher assigns it, and then it's fitted or abandoned.",
    ],
)
def test_a_step_told_as_someone_s_act_after_a_bare_comma(flow: str) -> None:
    # flow_twins._THEN_ONE_ACTS: *starts as A, the office confirms them, ...* is *..., then the
    # office confirms them, ...*
    spec = design(_LOCKSMITH.format(flow=flow))
    assert flows(spec)["job"] == ("status", ["booked", "assigned", "fitted", "abandoned"])


def test_a_pronoun_after_a_bare_comma_is_left_as_written() -> None:
    """*starts as booked, we assign it*: no one named acts; the sentence is not rewritten."""
    said = "a job starts as booked, we assign it, and then it is fitted."
    assert flow_as_goes_from(said) == said


_TATTOO = (
    "A tattoo studio. Clients have a name and an email. Each consultation is for one client "
    "with a date and a deposit, and a consultation {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "sits pending, gets quoted, and is then booked or dropped.",
        "stays pending, is quoted, and then gets booked or dropped.",
        "waits pending, gets quoted, then is booked or dropped.",
    ],
)
def test_a_flow_told_as_the_record_s_verbs(flow: str) -> None:
    # flow_twins._VERBED_STEPS: each step told with a verb of its own, the order with *then*
    spec = design(_TATTOO.format(flow=flow))
    assert flows(spec)["consultation"] == ("status", ["pending", "quoted", "booked", "dropped"])
    assert {"date", "deposit", "status"} <= set(field_types(spec, "consultation"))


@pytest.mark.parametrize(
    "said",
    [
        "a new member is welcomed, gets a card, and is then added to the list.",
        "the van is parked, gets washed, and is then ready.",
        "a deposit is taken, is counted and is banked.",
    ],
)
def test_things_said_of_a_record_without_a_flow_stay(said: str) -> None:
    """A thing got (*a card*), a state no act leaves (*ready*) or no *then*: no flow is told."""
    assert flow_as_goes_from(said) == said


_BREWERY = (
    "A brewery's trade desk. Pubs have a name and a phone. We raise a quote for a pub with a "
    "price and a delivery date, and {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "that quote is sent, then accepted or declined, and the accepted ones get delivered.",
        "that quote is sent, then accepted or declined, and accepted ones are delivered.",
        "that quote goes from sent to accepted or declined, and the accepted ones get delivered.",
    ],
)
def test_a_choice_whose_one_end_goes_on_and_the_record_told_again(flow: str) -> None:
    # flow_twins._told_in_order (*the accepted ones get ...* goes on from a choice of two) and
    # fields._flow_part (*that quote goes from ...*: the quote's status, not a field *quote*)
    spec = design(_BREWERY.format(flow=flow))
    assert flows(spec)["quote"] == ("status", ["sent", "accepted", "delivered", "declined"])
    assert "quote" not in field_types(spec, "quote")


def test_a_choice_of_two_alone_stays_two_states_said() -> None:
    """*is sent, then accepted or declined* with nothing going on: not certain of the order."""
    said = "the first tray is sent, then accepted or declined."
    assert flow_as_goes_from(said) == said


_ELECTRICIAN = (
    "An electrician. Sites have an address. Each inspection is of one site with a date, and "
    "it {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "is booked until done, then certified, then issued.",
        "goes from booked to certified to issued.",
        "starts as booked, then it is certified, then issued.",
    ],
)
def test_a_state_named_after_is_is_never_cut_short(flow: str) -> None:
    # acted_steps._TOLD_MOVE: *it is issued* is the state *issued*, not *sued*
    spec = design(_ELECTRICIAN.format(flow=flow))
    assert "issued" in flows(spec)["inspection"][1]


_PRINTER = (
    "A print shop. Customers have a name and an email. Each order is for one customer with a "
    "due date and a price. {flow}"
)


@pytest.mark.parametrize(
    "flow",
    [
        "Orders move from placed to proofed to printed, and can go on hold while we wait for "
        "artwork.",
        "Orders go from placed to proofed to printed, and may be put on hold if the card fails.",
        "An order goes from placed to proofed to printed; it can also go on hold when the "
        "press is down.",
    ],
)
def test_a_pause_told_after_a_flow(flow: str) -> None:
    # later_moves.paused_in: *can go on hold* is one more state, from the open ones and back
    spec = design(_PRINTER.format(flow=flow))
    status, states = flows(spec)["order"]
    assert (status, states) == ("status", ["placed", "proofed", "printed", "on_hold"])
    held = {t.to: t.from_ for t in spec.state_flows[0].transitions}
    assert held["on_hold"] == ["placed", "proofed"]
    assert "on_hold" in held["proofed"]


def test_a_place_it_can_go_on_is_no_pause() -> None:
    """*can go on a pallet*: a thing with an article is where it goes, not a pause; it stays a
    step after the last, as it was read before."""
    flow = "Orders go from placed to proofed to printed, and can go on a pallet."
    spec = design(_PRINTER.format(flow=flow))
    moves = {t.to: t.from_ for t in spec.state_flows[0].transitions}
    assert "on_hold" not in flows(spec)["order"][1]
    assert all(sources == ["printed"] for to, sources in moves.items() if to.startswith("on_"))


_COUNCIL = (
    "A council's tree team. Residents have a name and an email. Each tree request is from one "
    "resident with a location and a photo link, and a request goes from new to surveyed, then "
    "{choice}"
)


@pytest.mark.parametrize(
    "choice",
    [
        "either to felled if we find decay or to no action.",
        "either felled when the survey finds decay or no action.",
        "either to felled if we find decay or to no action, and the felled ones end up replanted.",
    ],
)
def test_a_branch_told_with_its_condition(choice: str) -> None:
    # flow_twins._EITHER_IF: *either A if ... or B* is *either A or B*
    spec = design(_COUNCIL.format(choice=choice))
    _, states = flows(spec)["tree_request"]
    assert {"new", "surveyed", "felled", "no_action"} <= set(states)


def test_either_outside_a_flow_keeps_its_condition() -> None:
    said = "members pay either by card if they are local or by cash."
    assert flow_as_goes_from(said) == said


@pytest.mark.parametrize(
    "said",
    [
        "Vans have a reg and a make. Jobs move from booked to done, and can go on hold.",
        "Our drivers have a name. Parcels go from collected to delivered, and may be returned.",
        "Members have a card. Loans go from out to back, and are sometimes lost.",
    ],
)
def test_a_second_predicate_stays_in_its_own_sentence(said: str) -> None:
    # whole_clauses.plural_second_predicate: *..., and can go on hold* in the next sentence is
    # said of that sentence's subject, never of the plural before the full stop
    subject = said.split(" have ")[0].lower()
    assert f"; {subject} " not in simplified(said)


_HELPDESK = (
    "An IT helpdesk. Staff have a name and an email. Each ticket is raised by one staff member "
    "and records a subject, {choice}, and the date raised."
)


@pytest.mark.parametrize(
    ("choice", "field", "values"),
    [
        (
            "an urgency of phone only, fix on site or send a tech",
            "urgency",
            ["phone_only", "fix_on_site", "send_a_tech"],
        ),
        (
            "a severity of cosmetic only, fix in a week or stop the line",
            "severity",
            ["cosmetic_only", "fix_in_a_week", "stop_the_line"],
        ),
        (
            "a difficulty of remote only, visit on site or supplier job",
            "difficulty",
            ["remote_only", "visit_on_site", "supplier_job"],
        ),
    ],
)
def test_values_of_several_words_after_a_word_for_a_quality(
    choice: str, field: str, values: list[str]
) -> None:
    # values_told.values_of: a word for a quality (*urgency*, *severity*) takes its values
    # after *of* as a word for a choice does
    spec = design(_HELPDESK.format(choice=choice))
    options = {f.name: f.options for f in spec.entity("ticket").fields}
    assert options[field] == values


def test_a_thing_of_several_kinds_names_no_values() -> None:
    """*a box of old pens, spare pads or paper clips*: a word for a thing, not for a quality or
    a choice; no field with values."""
    spec = design(_HELPDESK.format(choice="a box of old pens, spare pads or paper clips"))
    assert "box" not in field_types(spec, "ticket")


@pytest.mark.parametrize(
    ("said", "second"),
    [
        ("A print shop. Orders have a date. Managers see every order, reps only their own.", "rep"),
        ("A school. Marks have a score. Teachers edit all marks, pupils just their own.", "pupil"),
        (
            "A gym. Bookings have a date. Admins view all bookings, and members only their own.",
            "member",
        ),
    ],
)
def test_a_second_role_whose_verb_is_left_out(said: str, second: str) -> None:
    # permissions._gapped_verb: *..., residents only their own* is *..., residents only see
    # their own*, a role with its own rows
    spec = design(said)
    assert second in spec.permissions.roles
    own = [rule for rule in spec.permissions.rules if rule.role == second]
    assert own and all(rule.scope == "own" for rule in own)


def test_a_second_time_limit_is_no_role() -> None:
    """*..., reps only on fridays*: no *their own*, no second subject with a verb left out."""
    spec = design(
        "A print shop. Orders have a date. Managers see every order, reps only on fridays."
    )
    assert "rep" not in spec.permissions.roles


_GARAGE = "A garage. Customers have a name. Each job is for one customer with a date. {flow}"


@pytest.mark.parametrize(
    ("flow", "end"),
    [
        (
            "Jobs go from booked to started to finished, and can be cancelled while waiting "
            "for parts.",
            "cancelled",
        ),
        (
            "Jobs go from booked to started to finished, and may be withdrawn while pending.",
            "withdrawn",
        ),
        (
            "Jobs go from booked to started to finished, or abandoned while the car is away.",
            "abandoned",
        ),
    ],
)
def test_an_end_told_with_while_is_the_end_alone(flow: str, end: str) -> None:
    # state_names.TRAILING_CONDITION: *cancelled while waiting for parts* is *cancelled*
    spec = design(_GARAGE.format(flow=flow))
    assert flows(spec)["job"] == ("status", ["booked", "started", "finished", end])


@pytest.mark.parametrize(
    ("said", "staff"),
    [
        (
            "Licences have a fee. Spot checks have a date. Office staff issue licences, only "
            "inspectors add spot checks.",
            "office_staff",
        ),
        (
            "Slots have a date. Warehouse staff book slots, only the yard manager can cancel them.",
            "warehouse_staff",
        ),
        (
            "Refunds have an amount. Shop floor staff request refunds, only the manager "
            "approves them.",
            "shop_floor_staff",
        ),
    ],
)
def test_staff_who_act_on_records_before_an_only_rule(said: str, staff: str) -> None:
    # permissions._acts_on_records: *office staff issue licences* is staff acting, not one
    # noun run
    assert staff in role_names(said)


def test_a_record_named_with_a_verb_inside_is_no_role() -> None:
    """*office staff log sheets have a date*: the sheets are a record, no one issues them."""
    said = "Office staff log sheets have a date and a shift. Managers see every sheet."
    assert role_names(said) == {"manager"}


@pytest.mark.parametrize(
    ("said", "team"),
    [
        (
            "Jobs have a date. Dispatch just assigns the jobs, only drivers can close them.",
            "dispatch",
        ),
        ("Orders have a date. Packing just marks the orders as packed.", "packing"),
        (
            "Tickets have a subject. Only engineers can close tickets, and triage simply "
            "assigns the tickets.",
            "triage",
        ),
    ],
)
def test_a_team_named_like_a_thing_acting_after_an_adverb(said: str, team: str) -> None:
    # permissions._subjects: *dispatch just assigns the jobs* agrees as *dispatch assigns ...*
    assert team in role_names(said)


def test_a_thing_that_just_holds_records_is_no_team() -> None:
    """*the archive just has old jobs*: a thing holding records, no act of a role."""
    said = "Jobs have a date. Managers see every job. Archive just has the old jobs."
    assert "archive" not in role_names(said)


def test_until_an_irregular_participle_names_what_ends_the_state() -> None:
    """*is pending until paid, then packed*: *until paid* ends *pending*, it is no state (only
    *-ed*/*-en* after *until* is read as the next state, as in *is taken until baked*)."""
    said = "a hamper order is pending until paid, then packed, and it can be cancelled."
    assert flow_as_goes_from(said) == said
