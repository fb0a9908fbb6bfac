"""Round 57 (a): states and status options told in ways no reader knew.

Each reading has a sentence of a domain of its own and a twin it must leave alone.
"""

from __future__ import annotations

from offline_spec_views import design, entity_names, field_types, flows


def test_any_field_that_starts_as_a_state_is_the_records_flow() -> None:
    """``an outcome that starts as pending and then becomes ...`` in a list is a field and its
    flow, whatever the field is called, not a record named *outcome*."""
    spec = design(
        "For each inspection we record the date, any notes and a verdict that "
        "starts as pending and then becomes approved or refused; a refused inspection can be "
        "appealed to the council. Inspectors have a name and a phone number."
    )
    assert "verdict" not in entity_names(spec)
    assert field_types(spec, "inspection")["verdict"] == "enum"
    assert flows(spec)["inspection"] == ("verdict", ["pending", "approved", "refused", "appealed"])


def test_a_field_that_starts_with_a_thing_keeps_its_old_reading() -> None:
    """Twin: a noun that *starts* at a place names no states."""
    spec = design(
        "For each walk we record the date, the distance and a route that starts at the car "
        "park. Walkers have a name and a phone number."
    )
    assert "walk" not in flows(spec)


def test_a_record_said_to_be_one_of_several_states_gets_them() -> None:
    """``..., and the hire is out, returned or overdue, or marked stolen if ...``, wherever the
    clause stands in the sentence: the record's status."""
    spec = design(
        "Hires have a start date and a price. When a customer takes a bike we note the date and "
        "the hire is out, returned or overdue, or marked stolen if it never comes back."
    )
    assert flows(spec)["hire"] == ("status", ["out", "returned", "overdue", "stolen"])


def test_a_record_said_to_be_for_things_has_no_flow() -> None:
    """Twin: a record said to *be for* things, wherever the clause stands, names no states."""
    spec = design(
        "Hires have a start date and a price. When a customer takes a bike we note the date and "
        "the hire is for one bike, a helmet or a lock."
    )
    assert "hire" not in flows(spec)


def test_states_told_with_the_moves_owners_use() -> None:
    """*arrives as ..., can be ..., and is then ...*, *start ... and become ...*, *is ... until
    ... is ..., though if ... it sits ... before being ...*: each the record's flow."""
    spec = design(
        "Applications have a date and a cover letter. An application arrives as received, can "
        "be shortlisted, and is then offered or rejected. Memberships have a start date. "
        "Memberships start active and become lapsed or cancelled. Penalties have an amount. "
        "A penalty is open until the account is settled, though if it's contested it sits "
        "under review before being settled."
    )
    found = flows(spec)
    assert found["application"] == ("status", ["received", "shortlisted", "offered", "rejected"])
    assert found["membership"] == ("status", ["active", "lapsed", "cancelled"])
    assert found["penalty"] == ("status", ["open", "settled", "under_review"])


def test_a_record_that_starts_at_a_place_keeps_its_old_reading() -> None:
    """Twin: a record that *starts* at a place, or *is* for things, names no states."""
    spec = design(
        "Tours have a name and a price. A tour starts at the harbour and becomes busy in "
        "summer, and a booking is for one tour, a guide or a boat."
    )
    assert not flows(spec)


def test_moving_it_from_a_state_is_the_record_we_made() -> None:
    """``we open a case for a client ..., assign it to one of our lawyers, and move it from
    intake to active to closed``: the case's flow, not the client's, and no *from* state."""
    spec = design(
        "Clients have a name and an email. For every client we open a case with the date and "
        "a summary, assign it to one of our lawyers, and move it from intake to active to "
        "settled, then closed. Lawyers have a name."
    )
    assert flows(spec)["case"] == ("status", ["intake", "active", "settled", "closed"])


def test_a_record_that_moves_from_a_state_keeps_its_old_reading() -> None:
    """Twin: a flow told of the record itself stays the record's."""
    spec = design(
        "Clients have a name and an email. For every client we open a case with the date and "
        "a summary, and each client moves from prospect to active to former. Cases have a "
        "number."
    )
    assert flows(spec)["client"] == ("status", ["prospect", "active", "former"])


def test_steps_opened_by_our_act_with_an_end_in_brackets() -> None:
    """``goes through a few steps: we submit the application, then it's awaiting ..., and when
    it runs out it's expired (now and then one gets suspended as well)``: *submitted* first,
    *suspended* one more end."""
    spec = design(
        "Permits have a number and an issue date. The permit goes through a few steps: we "
        "submit the application, then it's awaiting the inspection, then it's active, and when "
        "it runs out it's expired (now and then one gets suspended as well)."
    )
    assert flows(spec)["permit"] == (
        "status",
        ["submitted", "awaiting_inspection", "active", "expired", "suspended"],
    )
    assert entity_names(spec) == {"permit"}  # no record of steps, nor of the permit going


def test_steps_told_without_our_act_or_brackets_keep_their_old_reading() -> None:
    """Twin: a flow that names its first state, with a bracket that is no end, is unchanged."""
    spec = design(
        "Permits have a number and an issue date. The permit goes through a few steps: it is "
        "drafted, then it's awaiting the inspection, then it's active (most of them are)."
    )
    assert flows(spec)["permit"] == ("status", ["drafted", "awaiting_inspection", "active"])


def test_a_field_that_stays_until_someone_acts_keeps_its_name() -> None:
    """``... and an outcome that stays pending until the landlord approves or refuses it``: the
    outcome's flow, not a *status* beside a text outcome."""
    spec = design(
        "Landlords have a name. Each viewing has a date, a note and an outcome that stays "
        "pending until the landlord approves or refuses it. Tenants have a name."
    )
    assert field_types(spec, "viewing")["outcome"] == "enum"
    assert flows(spec)["viewing"] == ("outcome", ["pending", "approved", "refused"])


def test_a_record_that_stays_until_someone_acts_keeps_its_old_reading() -> None:
    """Twin: said of the record itself, the wait is the record's status."""
    spec = design(
        "Landlords have a name. Each viewing has a date and a note. The viewing stays pending "
        "until the landlord approves or refuses it. Tenants have a name."
    )
    assert flows(spec)["viewing"] == ("status", ["pending", "approved", "refused"])


def test_how_a_record_ends_out_of_several_is_its_field() -> None:
    """``each match is scheduled for a number of overs and ends with a result of home win, away
    win, draw or abandoned``: the match's result, not a record named *end*."""
    spec = design(
        "Teams have a name. Each match is played on a date, is scheduled for a number of overs "
        "and ends with a result of home win, away win, draw or abandoned."
    )
    assert "end" not in entity_names(spec)
    assert field_types(spec, "match")["result"] == "enum"


def test_a_record_that_ends_with_a_thing_keeps_its_old_reading() -> None:
    """Twin: a record that ends with one thing, no choice of several, is left as it was."""
    spec = design("Teams have a name. Each match has a date and ends with a handshake.")
    assert "result" not in field_types(spec, "match")


def test_two_things_of_a_few_words_after_a_plain_noun_keep_their_old_reading() -> None:
    """After a word that is no choice (*a list of ...*), the words name no values (the choice
    words read two values of a few words: test_offline_round57_e)."""
    spec = design("Each order has an order date and a list of the members or guests.")
    assert "list" not in field_types(spec, "order")
