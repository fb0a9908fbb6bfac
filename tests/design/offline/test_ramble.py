"""``ramble.said_plainly``: what an owner explaining as they go says, written the plain way. Each
test gives the shape on the string level and the shapes it must leave as they are; the last
ones design whole sentences in that voice."""

from __future__ import annotations

import pytest
from offline_spec_views import design, field_options, field_types

from appwright.design.offline.ramble import said_plainly

# --- values set off with dashes or after *so* ---------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "each with a name and their section - cornet, horn or bass.",
            "each with a name and their section (cornet, horn or bass).",
        ),
        (
            "the maker, the type - longcase, mantel, wall or carriage - its age",
            "the maker, the type (longcase, mantel, wall or carriage), its age",
        ),
        (
            "a size - it's one of 48-sheet, 6-sheet or digital screen - and the rate",
            "a size (48-sheet, 6-sheet or digital screen), and the rate",
        ),
        (
            "a roost type, so house, barn, church or bridge.",
            "a roost type (house, barn, church or bridge).",
        ),
    ],
)
def test_values_said_as_an_aside_are_bracketed(said: str, plain: str) -> None:
    assert said_plainly(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "owners - name, email and phone.",  # a list joined by *and* may be the record's fields
        "concerts are the other half - each concert is booked with a venue, a date or a hall.",
        "we just need their name, email and account number - to put in one claim",
    ],
)
def test_dashes_around_other_things_are_left(said: str) -> None:
    assert said_plainly(said) == said


def test_a_gloss_after_so_is_dropped() -> None:
    assert said_plainly("the damage, so what's actually broken, and the cost") == (
        "the damage, and the cost"
    )


def test_an_aside_between_dashes_is_dropped() -> None:
    said = "each item they bring in - and one might bring a dozen - needs a description"
    assert said_plainly(said) == "each item they bring in needs a description"


# --- asides --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("dined or no-show, which, to be honest, happens", "dined or no-show, which happens"),
        ("or it gets cancelled, obviously, which happens", "or it gets cancelled, which happens"),
        ("and of course a player plays in concerts", "and a player plays in concerts"),
        ("the notes, to be honest.", "the notes."),
    ],
)
def test_asides_go_and_the_commas_around_them_are_mended(said: str, plain: str) -> None:
    assert said_plainly(said) == plain


# --- the list's verb and its owner ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "a serial number and a make, plus a condition",
            "a serial number and a make, and a condition",
        ),
        ("mostly football plus a cricket team", "mostly football and a cricket team"),
        ("on the consult itself we record the date", "on the consult we record the date"),
        ("each concert gets booked with a venue", "each concert is booked with a venue"),
        (
            "each stave delivery gets the forest, the cubic metres and the date",
            "each stave delivery has the forest, the cubic metres and the date",
        ),
        ("on each basket i write down the size", "for each basket we record the size"),
        (
            "we also enter tournaments, and for those we keep the name",
            "we also enter tournaments, and for each tournament we keep the name",
        ),
    ],
)
def test_how_a_list_is_said_plainly(said: str, plain: str) -> None:
    assert said_plainly(said) == plain


@pytest.mark.parametrize(
    "said",
    [
        "each member gets a payment, with the amount and the date",  # a record, with its list
        "sits get tagged with what is involved",
        "when someone renews we take a payment, and we log the date",  # an act of its own
        "a customer books a survey, and on the visit we write down the address",
        "the events we go to, castle shows, and for those we keep the name",
        "a pace (28) - plus a total price",
    ],
)
def test_lists_said_otherwise_are_left(said: str) -> None:
    assert said_plainly(said) == said


def test_on_the_record_named_before_is_its_list() -> None:
    said = "each consult is for one pet. on the consult we record the date"
    assert said_plainly(said) == "each consult is for one pet. for the consult we record the date"


# --- the last steps of a flow --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "a booking starts as an enquiry, then becomes confirmed, and on the night we mark it"
            " dined or no-show.",
            "a booking starts as an enquiry, then becomes confirmed, then dined or no-show.",
        ),
        (
            "interviews go from recorded to transcribed to checked, and at the end they're"
            " published",
            "interviews go from recorded to transcribed to checked, then published",
        ),
        (
            "the fault moves from reported to booked in, and it's only closed once it is signed",
            "the fault moves from reported to booked in, then closed once it is signed",
        ),
        (
            "a loan starts as requested, then it's sent out, then returned - or lost, if it never"
            " comes back",
            "a loan starts as requested, then it's sent out, then returned, or lost, if it never"
            " comes back",
        ),
    ],
)
def test_the_last_steps_of_a_flow_are_said_plainly(said: str, plain: str) -> None:
    assert said_plainly(said) == plain


def test_a_tail_outside_a_flow_is_left() -> None:
    said = "each visit has a date, and at the end it's signed by the client"
    assert said_plainly(said) == said


# --- whole sentences ------------------------------------------------------------------------------


def test_a_rambling_list_reads_like_a_plain_one() -> None:
    fields = field_types(
        design(
            "We keep customers with a name and a phone. Each stave delivery gets the forest of"
            " origin, the cubic metres and the date received, plus which customer sent it."
        ),
        "stave_delivery",
    )
    assert {"forest_of_origin", "cubic_metres", "date_received", "customer_id"} <= set(fields)


def test_values_after_a_dash_make_a_choice() -> None:
    spec = design(
        "We've got players, each listed with a name, an email and their section - cornet,"
        " horn, baritone or percussion. Players can borrow instruments."
    )
    assert field_options(spec, "player")["section"] == ["cornet", "horn", "baritone", "percussion"]


def test_those_are_the_things_just_named() -> None:
    fields = field_types(
        design(
            "Teams have a name. We also enter tournaments, and for those I'd keep the tournament"
            " name, the organiser's website, the entry fee and the start date."
        ),
        "tournament",
    )
    assert {"organiser_website", "entry_fee", "start_date"} <= set(fields)


def test_a_flow_told_as_an_afterthought_keeps_its_last_steps() -> None:
    spec = design(
        "Each booking has a date. A booking starts as an enquiry, then becomes confirmed, and on"
        " the night we mark it dined or no-show, which, to be honest, happens more than it should."
    )
    (flow,) = spec.state_flows
    assert flow.states == ["enquiry", "confirmed", "dined", "no_show"]


# --- how a speaker goes on, and what they count ---------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "it went well. oh, and when it goes out there is a shipment",
            "it went well. when it goes out there is a shipment",
        ),
        ("okay so the thing is", "the thing is"),
        ("oh and a match can end in a draw", "a match can end in a draw"),
    ],
)
def test_how_a_speaker_goes_on_is_dropped(said: str, plain: str) -> None:
    assert said_plainly(said) == plain


@pytest.mark.parametrize(
    "said",
    ["right to rent checks. tenants have a name", "right, so we run a club", "as well as oh"],
)
def test_words_that_only_look_like_an_opener_are_left(said: str) -> None:
    assert said_plainly(said) == said


def test_values_after_so_may_go_on_to_the_next_item() -> None:
    assert said_plainly("the species, so red, roe, sika or fallow, the sex") == (
        "the species (red, roe, sika or fallow), the sex"
    )


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "for every drop we count the bags and the pieces of furniture",
            "for each drop we record the bags and the pieces of furniture",
        ),
        (
            "we measure each stack and keep a stack number and the species",
            "we measure each stack, and for each stack we keep a stack number and the species",
        ),
        (
            "on every visit a ranger records the date",
            "for each visit a ranger records the date",
        ),
        (
            "deals go from approached to agreed to paid, though some are turned down.",
            "deals go from approached to agreed to paid, or turned down.",
        ),
    ],
)
def test_what_is_counted_or_kept_of_each_one_is_its_list(said: str, plain: str) -> None:
    assert said_plainly(said) == plain


def test_a_list_kept_on_each_visit_is_the_visit_s() -> None:
    spec = design(
        "Survey plots carry a plot code. On every visit a ranger records the date, the number of"
        " trees checked and a deer sign level of none, low, moderate or heavy."
    )
    options = field_options(spec, "visit")
    assert {"date", "trees_checked"} <= set(options)
    assert options["deer_sign_level"] == ["none", "low", "moderate", "heavy"]


# --- the one just named, and a bracket before a list ------------------------------------------------


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "we log an outbreak against that compartment with the date",
            "we log an outbreak against the compartment with the date",
        ),
        ("goods delivered to that shop", "goods delivered to the shop"),
        ("in that case we call", "in that case we call"),
        ("the date that it went", "the date that it went"),
    ],
)
def test_that_one_is_the_one_named(said: str, plain: str) -> None:
    assert said_plainly(said) == plain


def test_a_bracket_before_a_with_list_is_told_after_it() -> None:
    said = "every call is logged against a patient (name, nhs number) with the caller's name."
    assert said_plainly(said) == (
        "every call is logged against a patient with the caller's name. each patient has name,"
        " nhs number."
    )


def test_values_in_a_bracket_before_with_are_left() -> None:
    said = "a reason (pain, medication or other) with care."
    assert said_plainly(said) == said


def test_a_flow_s_end_told_with_finishes_as_and_a_step_s_when_are_said_plainly() -> None:
    said = (
        "a call starts open, moves to called back once we have rung the family, and finishes as"
        " resolved or escalated to the out-of-hours doctor."
    )
    assert said_plainly(said) == (
        "a call starts open, moves to called back, then resolved or escalated."
    )


def test_a_when_that_opens_a_flow_sentence_is_kept() -> None:
    said = "when we pair a grower with an owner that creates a match, which goes from proposed to agreed"
    assert said_plainly(said) == said


def test_a_list_logged_against_a_record_with_its_fields_in_a_bracket() -> None:
    spec = design(
        "Every call is logged against a patient (name, NHS number, GP surgery) with the caller's"
        " name, the time of the call and the advice given. A call starts open, moves to called"
        " back once we've rung the family, and finishes as resolved or escalated to the doctor."
    )
    fields = {e.name: {f.name for f in e.fields} for e in spec.entities}
    assert {"caller_name", "advice_given", "patient_id"} <= fields["call"]
    assert {"nhs_number", "gp_surgery"} <= fields["patient"]
    (flow,) = spec.state_flows
    assert flow.states == ["open", "called_back", "resolved", "escalated"]


@pytest.mark.parametrize(
    "said",
    [
        # kinds, not fields
        "a site gets a plan for one species (japanese knotweed, giant hogweed, bamboo) with a price.",
        # an aside about another record
        "we log each request against the pet (and the pet's owner, who has a name, phone and email)"
        " with which medicine they want.",
        # when a step is taken, said after *and*, and a step said with *after the day*
        "we send a quote, and once they accept, the job goes from waiting to in progress.",
        "a sign-up starts as requested, we confirm it, and after the day it is marked attended.",
    ],
)
def test_brackets_and_whens_that_are_no_aside_are_left(said: str) -> None:
    assert said_plainly(said) == said


@pytest.mark.parametrize(
    "said",
    [
        # a report asked for, not a gloss
        "the licence keeps us up at night, so what we need most is the total weight per year",
        # when, not which record
        "members fly at race days. on the day we log laps for each drone",
        # a list between dashes
        "we log laps for each drone - just the lap number and the time in seconds - and the date",
    ],
)
def test_what_only_looks_like_an_aside_is_left(said: str) -> None:
    assert said_plainly(said) == said


def test_an_aside_before_a_full_stop_leaves_the_sentence_ending_there() -> None:
    assert said_plainly("where the useful stuff ends up to be honest. oh, and staff see all") == (
        "where the useful stuff ends up. staff see all"
    )


def test_values_after_so_may_end_at_a_dash() -> None:
    assert said_plainly(
        "a date and a stage, so foundations, drainage or final - and an outcome"
    ) == ("a date and a stage (foundations, drainage or final) - and an outcome")
