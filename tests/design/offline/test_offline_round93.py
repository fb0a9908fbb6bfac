"""Round 93: records and items told loosely (*against each claim we note every call: ...*; *a
licence with the council, where we keep ...*; *we do a payment run, which just has ...*;
*plants are listed by name with ...*; *the formulas are a short list of ...*; *a sample is
taken from one pond on a collection date*; *a member is given a licence showing ...*; *the
warden posts the trail conditions: ...*; *those repair jobs are their own records, each with
...*), and steps said loosely (*moves through logged, sent to lab and ...*; *its status starts
at ... and moves to ...*; *..., and only the manager is allowed to close it*).

Each test names one way of saying it, in a domain of its own; some have a twin the reading
must leave alone.
"""

from __future__ import annotations

from offline_spec_views import (
    design,
    entity_names,
    field_options,
    flows,
    plain_field_names,
    relations,
)

# --- a record's list said after what is done with it -------------------------------------------


def test_calls_noted_against_each_claim() -> None:
    spec = design(
        "Claims have a policy number and an amount. Against each claim we note every phone call: "
        "the date, how we got in touch (email, phone or letter) and a short summary."
    )
    assert {"date", "short_summary"} <= plain_field_names(spec, "phone_call")
    assert ("phone_call", "claim", "many_to_one") in relations(spec)
    assert field_options(spec, "phone_call")["how_contacted"] == ["email", "phone", "letter"]


def test_a_licence_where_we_keep_a_list() -> None:
    spec = design(
        "Stallholders have a name and a phone, and each one has a licence with the council, where "
        "we keep the licence number, the pitch size and the date the licence was renewed."
    )
    assert {"licence_number", "pitch_size", "renewed_date"} <= plain_field_names(spec, "licence")
    assert ("licence", "stallholder", "many_to_one") in relations(spec)


def test_a_run_we_do_which_just_has_a_list() -> None:
    spec = design(
        "Growers have a name and an email. Every Friday we do a payment run, which really just has "
        "the run date and the total we expect to pay out, and inside each run there's a payment "
        "for every grower with the amount owed."
    )
    assert {"run_date", "expected_total"} <= plain_field_names(spec, "payment_run")
    assert ("payment", "payment_run", "many_to_one") in relations(spec)


def test_records_listed_by_name_with_a_flag() -> None:
    spec = design(
        "Each forage trip has a date and a wood. Mushrooms are listed by name with a yes/no for "
        "whether they are safe to eat."
    )
    assert {"name", "safe_to_eat"} <= plain_field_names(spec, "mushroom")
    assert "name" not in entity_names(spec)


def test_records_said_to_be_a_short_list() -> None:
    spec = design(
        "Each batch has a date and a dye. The dyes are a short list of name, supplier and colour "
        "code, because we keep mixing them up."
    )
    assert {"name", "supplier", "colour_code"} <= plain_field_names(spec, "dye")


def test_a_sample_taken_from_one_pond_on_a_date() -> None:
    spec = design(
        "Ponds have a name and a depth. A sample is taken from one pond on a collection date and "
        "moves through logged, sent to lab and result back."
    )
    assert "collection_date" in plain_field_names(spec, "sample")
    assert ("sample", "pond", "many_to_one") in relations(spec)
    assert flows(spec)["sample"][1] == ["logged", "sent_to_lab", "result_back"]


def test_a_licence_showing_a_list() -> None:
    spec = design(
        "Anglers have a name and a phone. Each year an angler is given a licence showing the "
        "year, the water (river or lake) and the fee paid."
    )
    assert {"year", "water", "fee_paid"} <= plain_field_names(spec, "licence")
    assert "licence_showing" not in entity_names(spec)


def test_a_chart_showing_a_total_stays_a_report() -> None:
    spec = design(
        "Anglers have a name and a phone. Catches have a date and a weight. I'd like a chart "
        "showing the total weight, per angler, each month."
    )
    assert "chart" not in entity_names(spec)


def test_conditions_the_warden_posts() -> None:
    spec = design(
        "Each morning the warden posts the trail conditions: the date, a rating (good, muddy or "
        "closed) and a short note."
    )
    assert {"date", "rating", "short_note"} <= plain_field_names(spec, "trail_condition")


def test_actions_that_are_their_own_records() -> None:
    spec = design(
        "A complaint has a date and a summary. Those repair jobs are their own records, each with "
        "what needs fixing, who it's given to and a due date."
    )
    assert {"what_needs_fixing", "due_date"} <= plain_field_names(spec, "repair_job")
    assert "record" not in entity_names(spec)


def test_a_reason_why_people_do_something_names_no_record() -> None:
    spec = design(
        "Tenants have a name and an email. Plenty of people pay in two halves, so every payment is "
        "recorded against a tenancy with the date and amount. Tenancies have a start date."
    )
    assert "people" not in entity_names(spec)
    assert ("payment", "tenancy", "many_to_one") in relations(spec)


def test_a_kind_named_among_a_list() -> None:
    spec = design(
        "We sell three kinds of pass: day, week and season. A pass has a name, one of those pass "
        "types, a price and a yes/no for whether parking is included."
    )
    assert {"pass_type", "price"} <= plain_field_names(spec, "pass")
    assert "pass_type" not in entity_names(spec)


# --- items said loosely --------------------------------------------------------------------------


def test_whether_it_was_one_or_the_other() -> None:
    spec = design(
        "Each gate scan records the ticket, the time of the scan and whether entry was allowed or "
        "refused. Tickets have a code."
    )
    assert field_options(spec, "gate_scan")["entry"] == ["allowed", "refused"]
    assert "refused" not in plain_field_names(spec, "gate_scan")


def test_whether_it_was_paid_or_not_stays_a_flag() -> None:
    spec = design("Each invoice has a number, a total and whether it was paid or not.")
    assert "entry" not in plain_field_names(spec, "invoice")


# --- steps said loosely ----------------------------------------------------------------------------


def test_a_status_that_starts_at_one_step_and_moves_to_others() -> None:
    spec = design(
        "Each proof has a title and a page count; its status starts at awaiting sign off and moves "
        "to corrections needed or signed off."
    )
    assert flows(spec)["proof"][1] == ["awaiting_sign_off", "corrections_needed", "signed_off"]


def test_only_one_allowed_to_close_it_names_no_step() -> None:
    spec = design(
        "A defect starts as raised, goes to in repair and is closed, and only the site manager "
        "is allowed to close it."
    )
    assert flows(spec)["defect"][1] == ["raised", "in_repair", "closed"]
