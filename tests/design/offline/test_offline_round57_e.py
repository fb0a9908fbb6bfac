"""Mechanisms measured as the type and option losses of first runs (batches 57 to 66).

Each test designs a sentence of its own end to end, with a twin the change must leave alone:
a thing known by its own number among its kind is counted 1, 2, 3; *date* then a clause is the
day it happened; a quantity named with what was done to it keeps the quantity's type, and
what is charged is money; a rank order is a place in a run; a report's lone quantity is never
a record's number; two values after a word for a choice may each be several words."""

from __future__ import annotations

from offline_spec_views import design, field_types, simplified

from appwright.design.offline.list_items import split_list
from appwright.design.offline.types import infer_type


def _options(description: str, entity: str, field: str) -> list[str]:
    spec = design(description)
    found = next(e for e in spec.entities if e.name == entity)
    return [str(o) for o in next(f for f in found.fields if f.name == field).options or []]


def test_a_thing_known_by_its_own_number_counts_them() -> None:
    spec = design(
        "Our marina lets berths. Each berth has a berth number, a length in metres and a "
        "monthly fee."
    )
    assert field_types(spec, "berth")["berth_number"] == "integer"


def test_an_issued_or_named_records_number_stays_an_identifier() -> None:
    # twin: a permit issued on a date, a part with a name, a member reached by email
    spec = design(
        "Each permit has a permit number, an issue date and a fee. Each part has a name and a "
        "part number. Each member has a name, an email and a member number."
    )
    assert field_types(spec, "permit")["permit_number"] == "text"
    assert field_types(spec, "part")["part_number"] == "text"
    assert field_types(spec, "member")["member_number"] == "text"


def test_date_then_a_clause_is_the_day_it_happened() -> None:
    spec = design(
        "Each tenant has a name and the date their reference check cleared. Each loan has a "
        "borrower name and the date due back."
    )
    assert field_types(spec, "tenant")["date_reference_check_cleared"] == "date"
    assert field_types(spec, "loan")["date_due_back"] == "date"
    # twin: a number whose name opens with *date* is still an identifier
    assert infer_type(["date", "ref", "number"]) == "text"


def test_a_quantity_named_with_what_was_done_to_it() -> None:
    spec = design(
        "Each sale has a sale date, the postage charged and a buyer name. Each call-out has "
        "a date and the hours spent there."
    )
    assert field_types(spec, "sale")["postage_charged"] == "decimal"
    assert field_types(spec, "call_out")["hours_spent_there"] == "decimal"
    # twin: who was told is no quantity
    assert infer_type(["customer", "notified"]) == "text"


def test_a_rank_order_is_a_place_in_a_run() -> None:
    spec = design("Each pay band has a title and a rank order.")
    assert field_types(spec, "pay_band")["rank_order"] == "integer"
    assert infer_type(["standing", "order"]) == "text"  # twin: a bank's standing order


def test_a_reports_lone_quantity_is_never_a_records_number() -> None:
    spec = design(
        "Each race has a name and a date. Runners enter a race with an entry that has a bib "
        "number and a finish time. Show me the average chip time per race."
    )
    report = spec.reports[0]
    assert report.measure.field != "bib_number"
    # twin: a quantity that is no number of a record is still the one added up
    spec = design(
        "Each booking has a date and a party size and is for one sitting. I want total covers "
        "per sitting."
    )
    assert spec.reports[0].measure.field == "party_size"


def test_two_values_of_several_words_after_a_word_for_a_choice() -> None:
    said = (
        "Each order has an order date and a delivery method of collect from the shop or "
        "courier, and each order belongs to a customer."
    )
    assert _options(said, "order", "delivery_method") == ["collect_from_the_shop", "courier"]
    # twin: *a copy of* names no choice, and its words stay as they are
    kept = "each claim has a date and a copy of the invoice or receipt."
    assert simplified(kept) == kept


def test_how_long_it_took_in_a_unit_is_a_length_in_that_unit() -> None:
    spec = design("Each call has a date, a caller name and how long it took in minutes.")
    assert field_types(spec, "call")["duration_minutes"] == "integer"
    # twin: with no unit, the length is still a figure of its own
    spec = design("Each call has a date, a caller name and how long it took.")
    assert field_types(spec, "call")["duration"] == "decimal"


def test_bare_values_after_a_colon_end_where_the_list_goes_on() -> None:
    spec = design("Each repair job has a date, a priority: low, normal or urgent, and an address.")
    assert field_types(spec, "repair_job")["address"] == "text"
    assert _options(
        "Each repair job has a date, a priority: low, normal or urgent, and an address.",
        "repair_job",
        "priority",
    ) == ["low", "normal", "urgent"]
    # twin: values said with articles run to the end of the list
    assert split_list("a result: a win, a loss or a draw") == ["a result: a win, a loss, a draw"]
