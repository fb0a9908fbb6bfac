"""Round 66: what a long sentence hid from the readers. A list after *it records*, *each one*
after a sentence that names a single thing, pieces said after one *is*, *then* opening a
record's sentence, a comma an afterthought left before the full stop, a count in units read as
records, examples before the verb.

Each shape came from a batch of descriptions written by people who never read the designer; the
tests word it afresh, and a twin with another meaning keeps its old reading.
"""

from __future__ import annotations

from offline_spec_views import (
    assert_only_many_to_one,
    design,
    entity_names,
    field_options,
    field_types,
    flows,
    plain_field_names,
    relations,
    report_titles,
    simplified,
)


def test_it_records_a_list_opening_on_a_question() -> None:
    """*each repair is for a bike; it records when the bike came in, the fault and ...*: the
    repair's list, though it opens on *when*."""
    spec = design(
        "Bikes have a frame number. Each repair is for a bike and gets done by one of our "
        "mechanics; it records when the bike came in, the fault (puncture, brakes or gears) "
        "and whether parts were ordered."
    )
    assert {"fault", "parts_ordered"} <= plain_field_names(spec, "repair")
    assert field_options(spec, "repair")["fault"] == ["puncture", "brakes", "gears"]
    assert ("repair", "bike", "many_to_one") in relations(spec)


def test_each_one_after_a_sentence_naming_one_thing() -> None:
    """*the porter logs a complaint. Each one is tied to a ward ...*: each complaint."""
    spec = design(
        "When something goes wrong the porter logs a complaint. Each one is tied to a ward "
        "(name and floor) and holds the date raised and a summary."
    )
    assert {"date_raised", "summary"} <= plain_field_names(spec, "complaint")
    assert_only_many_to_one(spec, "complaint", "ward")
    assert "belong" not in entity_names(spec)


def test_each_one_after_plural_things_is_still_one_of_them() -> None:
    """Twin: *we stage productions, and each one has a title*: the productions, as before."""
    spec = design("We stage productions. Each one has a title and a budget.")
    assert plain_field_names(spec, "production") == {"title", "budget"}


def test_each_one_is_never_split_into_a_verb_record() -> None:
    """*each one belongs to a tray and holds ...*: no noun after *each one* to say again."""
    said = simplified("each one belongs to a tray and holds the date found and a note")
    assert "each belongs" not in said


def test_an_act_done_to_each_again_and_again_by_someone() -> None:
    """*every week someone checks each storeroom and records ...*: a check each time."""
    spec = design(
        "Storerooms have a name. Every week someone checks each storeroom and records the "
        "date, the room temperature and whether all stock was in date."
    )
    assert_only_many_to_one(spec, "check", "storeroom")
    assert {"date", "room_temperature"} <= plain_field_names(spec, "check")
    assert "week" not in entity_names(spec)


def test_the_one_doing_an_act_again_and_again_does_each() -> None:
    """*a porter inspects each lift every month and notes ...*: each inspection is the
    porter's."""
    spec = design(
        "Lifts have a location. A porter inspects each lift every month and notes the date and "
        "the load tested in kilograms."
    )
    assert ("inspection", "lift", "many_to_one") in relations(spec)
    assert ("inspection", "porter", "many_to_one") in relations(spec)


def test_an_act_done_to_each_once_keeps_its_list() -> None:
    """Twin: *a porter checks each storeroom and records the date* with no *every week*: not a
    record of checks."""
    spec = design(
        "Storerooms have a name. A porter checks each storeroom and records the date and the "
        "room temperature."
    )
    assert "check" not in entity_names(spec)


def test_pieces_said_after_one_is_are_each_the_records() -> None:
    """*a visit is for one farm, done by one vet, on a date, with a fee*: the visit's, all of
    them; the vet is not the farm's."""
    spec = design(
        "Farms have a name and a herd size, and a visit is for one farm, done by one vet, on a "
        "date, with a fee."
    )
    assert {"date", "fee"} <= plain_field_names(spec, "visit")
    assert ("visit", "farm", "many_to_one") in relations(spec)
    assert ("visit", "vet", "many_to_one") in relations(spec)
    assert ("farm", "vet", "many_to_one") not in relations(spec)


def test_a_piece_that_is_no_predicate_leaves_the_sentence_as_said() -> None:
    """Twin: *a lesson is for one pupil, the best of them, ...*: not every piece says
    something of the lesson, so nothing is split."""
    said = simplified("a lesson is for one pupil, the best of the group, with a price")
    assert "each lesson has a price" not in said


def test_then_opening_a_records_sentence() -> None:
    """*Then a booking is for one room and has ...*: the booking's, as without *then*."""
    spec = design(
        "Rooms have a rate. Then a booking is for one room and has an arrival date and a "
        "departure date."
    )
    assert {"arrival_date", "departure_date"} <= plain_field_names(spec, "booking")
    assert_only_many_to_one(spec, "booking", "room")


def test_or_ends_up_is_the_other_last_step() -> None:
    """*starts off pencilled, gets confirmed, or ends up cancelled*: three states."""
    spec = design(
        "A booking has a date. It starts off pencilled, gets confirmed once the landlord says "
        "yes, or ends up cancelled if plans change."
    )
    assert flows(spec)["booking"][1] == ["pencilled", "confirmed", "cancelled"]


def test_an_afterthought_before_the_full_stop_keeps_the_sentences_apart() -> None:
    """*... a name and a mobile, really. At the end of a tour I'd love ...*: two sentences, a
    report with a plain title."""
    titles = report_titles(
        "Bookings have a cost and belong to a member. Members only need a name and a mobile, "
        "really. At the end of a tour I'd love the total spent on digs per member."
    )
    assert titles == ["Total money on digs per member"]


def test_a_count_in_units_is_no_record() -> None:
    """*for every cow we save the ear tag and the days in milk*: a count of days, so the list
    is the cow's."""
    spec = design("Farms have a name. For every cow we save the ear tag and the days in milk.")
    assert plain_field_names(spec, "cow") == {"ear_tag", "days_in_milk"}
    assert field_types(spec, "cow")["days_in_milk"] == "integer"


def test_a_comma_after_and_before_what_opens_the_next_clause() -> None:
    """*the vet goes down the line and, for every cow scanned, we save ...*: the cow's list."""
    spec = design(
        "Farms have a name. The vet goes down the line and, for every cow scanned, we save the "
        "ear tag and an outcome of pregnant, empty or recheck."
    )
    assert plain_field_names(spec, "cow") == {"ear_tag", "outcome"}


def test_a_comma_after_and_before_a_list_aside_stays() -> None:
    """Twin: *we note who found each swan (...) and, for the swan itself, a ring number*: no
    *we* after the opener, so the aside is read as before."""
    spec = design(
        "We note who found each swan (their name and phone number) and, for the swan itself, a "
        "ring number and the date admitted."
    )
    assert {"ring_number", "date_admitted"} <= plain_field_names(spec, "swan")


def test_examples_before_the_verb_hide_no_record() -> None:
    """*problems such as a broken prop or a missed cue are logged as issues on the report*:
    issues, no record named *as*."""
    spec = design(
        "A show report has a date. Problems such as a broken prop or a missed cue are logged "
        "as issues on the report, each with a description and a department (stage or sound)."
    )
    assert "as" not in entity_names(spec)
    assert_only_many_to_one(spec, "issue", "show_report")
    assert plain_field_names(spec, "issue") == {"description", "department"}


def test_what_a_thing_is_just_made_of_listed() -> None:
    """*the rota itself is really just duties: a date, which flight, ...*: duties."""
    spec = design(
        "Flights have a name. The rota itself is really just duties: a date, which flight, "
        "which volunteer, and whether it's the morning or afternoon session."
    )
    assert_only_many_to_one(spec, "duty", "flight")
    assert ("duty", "volunteer", "many_to_one") in relations(spec)
    assert field_options(spec, "duty")["session"] == ["morning", "afternoon"]


def test_time_said_after_a_noun_is_no_part_of_its_name() -> None:
    """*we've got about forty volunteers now*: volunteers, not *volunteers_now*."""
    spec = design(
        "We've got about forty volunteers now. For each volunteer I need their name and email."
    )
    assert entity_names(spec) == {"volunteer"}


def test_a_record_made_up_of_lines_each_naming_things() -> None:
    """*a purchase order ... is made up of lines, each naming a model and a quantity*: order
    lines, each the order's and the model's."""
    spec = design(
        "Models have a name. A purchase order goes to one supplier, has an order date and is "
        "made up of lines, each naming a model and a quantity."
    )
    assert ("order_line", "purchase_order", "many_to_one") in relations(spec)
    assert ("order_line", "model", "many_to_one") in relations(spec)
    assert plain_field_names(spec, "order_line") == {"quantity"}
    assert "order_date" in plain_field_names(spec, "purchase_order")


def test_lines_one_per_thing_with_their_list() -> None:
    """*each invoice has lines, one per job: job date, description, amount*: invoice lines."""
    spec = design(
        "Invoices have a number and a date. Each invoice has lines, one per job: job date, "
        "description, amount."
    )
    assert ("invoice_line", "invoice", "many_to_one") in relations(spec)
    assert {"job_date", "description", "amount"} <= plain_field_names(spec, "invoice_line")
    assert plain_field_names(spec, "invoice") == {"number", "date"}


def test_named_lines_after_the_records_own_clause() -> None:
    """*a sale is rung up by a volunteer, and lists sale lines with a product and quantity*:
    sale lines, named as said."""
    spec = design(
        "Products have a name. A sale is rung up by a volunteer on a given date, and lists sale "
        "lines with a product and quantity."
    )
    assert_only_many_to_one(spec, "sale_line", "sale")
    assert ("sale_line", "product", "many_to_one") in relations(spec)
    assert ("sale", "volunteer", "many_to_one") in relations(spec)


def test_lines_of_something_else_are_no_record() -> None:
    """Twin: *each bus runs on several lines* is no list of the bus's lines of a document:
    nothing follows to say what a line holds, so it is read as before."""
    said = simplified("each bus has lines painted on its side in red")
    assert "bus line" not in said
