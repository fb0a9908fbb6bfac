"""Field phrases: names, types, enum values, ranges and references."""

from __future__ import annotations

import pytest

from appwright.design.offline import design_app
from appwright.design.offline.fields import read_field
from appwright.design.offline.types import find_letter_range, find_range, infer_type


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("a unit price", "unit_price", "decimal"),
        ("the total amount", "total_amount", "decimal"),
        ("a quantity on hand", "quantity_on_hand", "integer"),
        ("number of pages", "pages", "integer"),
        ("the number of volunteers needed", "volunteers_needed", "integer"),
        ("date of birth", "date_of_birth", "date"),
        ("an expected close date", "expected_close_date", "date"),
        ("a deadline", "deadline", "date"),
        ("the date of its next service", "date_of_next_service", "date"),
        ("a start time", "start_time", "datetime"),
        ("shipped at", "shipped_at", "datetime"),
        ("preparation time", "preparation_time", "integer"),
        ("their email", "email", "email"),
        ("a website", "website", "url"),
        ("a photo url", "photo_url", "url"),
        ("a phone number", "phone_number", "text"),
        ("an invoice number", "invoice_number", "text"),
        ("whether it's automatic", "automatic", "boolean"),
        ("whether they checked in", "checked_in", "boolean"),
        ("is active", "is_active", "boolean"),
        ("paid yes/no", "paid", "boolean"),
        ("confirmed (yes/no)", "confirmed", "boolean"),
        ("a description", "description", "long_text"),
        ("notes", "notes", "long_text"),
        ("steps to reproduce", "steps_to_reproduce", "long_text"),
        ("allergies (free text)", "allergies", "long_text"),
        ("photos (links)", "photos", "url"),
        ("a duration in minutes", "duration_minutes", "integer"),
        ("weight in kg", "weight_kg", "decimal"),
        ("annual allowance (days)", "annual_allowance_days", "integer"),
        ("a fee per episode", "fee_per_episode", "decimal"),
        ("a target frequency per week", "target_frequency_per_week", "integer"),
        ("points earned", "points_earned", "integer"),
        ("check-in dates", "check_in_dates", "date"),
        ("the year it was published", "year_published", "integer"),
        ("the date it was borrowed", "borrowed_date", "date"),
        ("when I started", "started_date", "date"),
        ("where it sits", "location", "text"),
    ],
)
def test_field_names_and_types(phrase: str, name: str, kind: str) -> None:
    field = read_field(phrase)
    assert field is not None
    assert (field.name, field.type) == (name, kind)


@pytest.mark.parametrize(
    ("phrase", "options"),
    [
        ("my reading status (to read, reading, finished)", ["to read", "reading", "finished"]),
        ("a priority (low, medium, high)", ["low", "medium", "high"]),
        ("priority: low, medium or high", ["low", "medium", "high"]),
        ("severity (minor/major/critical)", ["minor", "major", "critical"]),
        ("severity low/medium/high", ["low", "medium", "high"]),
        ("a payment method (cash, card or transfer)", ["cash", "card", "transfer"]),
    ],
)
def test_enum_values_from_listed_options(phrase: str, options: list[str]) -> None:
    field = read_field(phrase)
    assert field is not None
    assert field.type == "enum"
    assert field.options == options


def test_plural_field_with_values_takes_several() -> None:
    field = read_field("interests (tech, design, business)")
    assert field is not None
    assert (field.type, field.options) == ("multi_enum", ["tech", "design", "business"])


def test_values_given_as_examples_are_not_a_closed_list() -> None:
    field = read_field("a genre (fiction, poetry, essays...)")
    assert field is not None
    assert field.type == "text"
    assert field.examples == ["fiction", "poetry", "essays"]


def test_rating_range_becomes_bounds() -> None:
    field = read_field("a rating from 1 to 5")
    assert field is not None
    assert (field.name, field.type, field.minimum, field.maximum) == ("rating", "integer", 1, 5)


def test_an_estimate_alone_is_a_sum() -> None:
    assert infer_type(["estimate"]) == "decimal"
    assert infer_type(["quote"]) == "decimal"


def test_range_forms() -> None:
    found, rest = find_range("score out of 10")
    assert found is not None and (found.low, found.high) == (1, 10)
    assert rest == "score"
    found, _ = find_range("rating 1-5")
    assert found is not None and (found.low, found.high) == (1, 5)


@pytest.mark.parametrize(
    "phrase", ["the rating i gave it from a to g", "an energy band (a-g)", "a band rated a to g"]
)
def test_grades_named_by_first_and_last_letter_are_options(phrase: str) -> None:
    field = read_field(phrase)
    assert field is not None
    assert field.type == "enum"
    assert field.options == ["A", "B", "C", "D", "E", "F", "G"]


@pytest.mark.parametrize("phrase", ["the route from a to b", "a status from open to closed"])
def test_two_letters_or_words_in_a_range_are_no_grades(phrase: str) -> None:
    assert find_letter_range(phrase) == (None, phrase)


def test_a_status_keeps_the_words_of_its_flow() -> None:
    field = read_field("a stage that moves from lead to qualified and finally won or lost")
    assert field is not None
    assert field.name == "stage"
    assert field.flow_text == "that moves from lead to qualified and finally won or lost"


def test_arrows_after_a_status_are_its_flow() -> None:
    field = read_field("a status placed -> preparing -> served")
    assert field is not None
    assert field.name == "status"
    assert field.flow_text == "placed -> preparing -> served"


def test_one_of_our_names_a_reference() -> None:
    field = read_field("an assignee (one of our team members)")
    assert field is not None
    assert (field.name, field.reference) == ("assignee", "team members")


def test_optional_is_noted() -> None:
    field = read_field("optionally their email")
    assert field is not None
    assert (field.name, field.optional) == ("email", True)


def test_long_phrases_are_not_fields() -> None:
    assert read_field("we also want to know how our team is doing this year") is None


def test_infer_type_reads_the_head_word() -> None:
    assert infer_type(["unit", "price"]) == "decimal"
    assert infer_type(["price", "list"]) == "text"


def test_a_premium_is_money() -> None:
    assert infer_type(["yearly", "premium"]) == "decimal"


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        # things numbered 1, 2, 3 in a run or a row
        (["page", "number"], "integer"),
        (["lane", "number"], "integer"),
        (["invoice", "number"], "text"),
        (["serial", "number"], "text"),
        # a bound on how many, and how many come together
        (["minimum", "players"], "integer"),
        (["max", "guests"], "integer"),
        (["maximum", "price"], "decimal"),
        (["party", "size"], "integer"),
        (["shoe", "size"], "text"),
        # the small units are counted whole; the large ones are not
        (["drop", "mm"], "integer"),
        (["weight", "grams"], "integer"),
        (["weight", "kg"], "decimal"),
    ],
)
def test_counts_and_numbers(words: list[str], kind: str) -> None:
    assert infer_type(words) == kind


def test_a_bare_number_of_a_numbered_place_is_whole() -> None:
    spec = design_app("Bays just have a number. Units have a number and a size.").spec
    types = {(e.name, f.name): f.type for e in spec.entities for f in e.fields}
    assert types[("bay", "number")] == "integer"
    assert types[("unit", "number")] == "text"


@pytest.mark.parametrize(
    ("phrase", "name", "kind", "bounds"),
    [
        ("a probability field", "probability", "decimal", (0, 100)),
        ("the renewal likelihood", "renewal_likelihood", "decimal", (0, 100)),
        ("a discount percentage column", "discount_percentage", "decimal", (0, 100)),
        ("the attendance percent attribute", "attendance_percent", "decimal", (0, 100)),
        ("a success ratio", "success_ratio", "decimal", (None, None)),
        ("a fill rate", "fill_rate", "decimal", (None, None)),
        ("a completion percentage from 0 to 50", "completion_percentage", "decimal", (0, 50)),
    ],
)
def test_shares_are_numbers_and_percentages_run_from_0_to_100(
    phrase: str, name: str, kind: str, bounds: tuple[int | None, int | None]
) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type, (draft.minimum, draft.maximum)) == (name, kind, bounds)


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("a notes field", "notes", "long_text"),
        ("the shelf column", "shelf", "text"),
        ("a colour attribute", "colour", "text"),
        ("a paid flag", "paid", "boolean"),
        ("an urgent checkbox", "urgent", "boolean"),
        ("with a deposit", "deposit", "decimal"),
        ("having a due date", "due_date", "date"),
    ],
)
def test_words_about_the_field_itself_are_not_its_name(phrase: str, name: str, kind: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, kind)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("who the landlord is", "landlord"),
        ("who is the landlord", "landlord"),
        ("what the defect was", "defect"),
        ("what the complaint was", "complaint"),
    ],
)
def test_who_or_what_something_is_names_that_thing(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, "text")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("how many pets live with them", "pets"),
        ("how many lambs we sold", "lambs"),
        ("how many crates they returned", "crates"),
        ("how many were rescued", "count"),
        ("how many were caught", "count"),
    ],
)
def test_how_many_counts_the_things_before_the_clause_or_the_records_own(
    phrase: str, name: str
) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, "integer")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the pump rate in litres per minute", "pump_rate"),
        ("a top speed in km per hour", "top_speed"),
    ],
)
def test_a_unit_with_a_rate_makes_a_decimal_named_by_what_it_measures(
    phrase: str, name: str
) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, "decimal")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("fee per session", "fee_per_session"),
        ("a charge per night", "charge_per_night"),
        # a small unit paid by is still money, not a whole number of millilitres
        ("a cost per ml", "cost_per_ml"),
        ("the price per gram", "price_per_gram"),
    ],
)
def test_money_per_something_keeps_the_per_in_its_name(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, "decimal")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the date it is ready once cured", "ready_date"),
        ("the date it's ready", "ready_date"),
        ("the date it was poured", "poured_date"),
    ],
)
def test_a_date_and_what_happened_then(phrase: str, name: str) -> None:
    field = read_field(phrase)
    assert field is not None
    assert (field.name, field.type) == (name, "date")


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("a height in millimetres", "integer"),  # a measure in a small unit is whole
        ("a weight in grams", "integer"),
        ("a height in metres", "decimal"),  # twin: a large unit keeps it decimal
        ("the speed limit in mph", "integer"),  # a limit stays whole in a decimal unit
        ("a length in kilometres", "decimal"),
    ],
)
def test_the_unit_after_a_measure_says_whether_it_is_whole(phrase: str, kind: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert draft.type == kind


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("whether a 20-year guarantee was issued", "guarantee_issued", "boolean"),
        ("whether the boiler is serviced", "boiler_serviced", "boolean"),
        ("bottles in stock", "bottles_in_stock", "integer"),
        ("registered voters", "registered_voters", "integer"),
        ("spare bedrooms", "spare_bedrooms", "integer"),
        ("places", "places", "integer"),
        ("a handicap", "handicap", "decimal"),
        ("a decibel reading", "decibel_reading", "decimal"),
        ("the cash collected", "cash_collected", "decimal"),
        ("the par", "par", "integer"),
    ],
)
def test_what_a_value_is_says_its_type(phrase: str, name: str, kind: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and (draft.name, draft.type) == (name, kind)


@pytest.mark.parametrize(
    "phrase",
    ["dietary requirements", "skills", "findings", "time entries", "couple names", "symptoms"],
)
def test_plurals_said_in_words_or_naming_records_stay_text(phrase: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and draft.type == "text"


@pytest.mark.parametrize("phrase", ["move from reported to fixed", "goes from new to done"])
def test_a_list_item_that_moves_is_the_record_s_status(phrase: str) -> None:
    draft = read_field(phrase)
    assert draft is not None and draft.name == "status" and draft.flow_text


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("what we charged", "charge", "decimal"),
        ("what they paid", "amount_paid", "decimal"),
        ("what we found", "findings", "text"),
        ("what's wrong", "problem", "text"),
        ("what went wrong", "problem", "text"),
    ],
)
def test_what_an_act_leaves_is_named_as_a_record_keeps_it(
    phrase: str, name: str, kind: str
) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, kind)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the date its maintenance contract renews", "contract_renewal_date"),
        ("the date their membership expires", "membership_expiry_date"),
    ],
)
def test_a_date_named_by_what_happens_on_it(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, "date")


def test_a_dated_act_in_a_list_is_a_field_not_a_clause() -> None:
    spec = design_app(
        "Every site has an address and the date its maintenance contract renews."
    ).spec
    site = spec.entity("site")
    assert site is not None
    assert [f.name for f in site.fields] == ["address", "contract_renewal_date"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the date it was last serviced", "last_serviced_date"),
        ("the date it was poured", "poured_date"),
    ],
)
def test_the_date_of_an_act_keeps_when_it_was_last(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, "date")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a placing the judge gives it", "placing"),
        ("the price the customer pays", "price"),
        ("the amount the donor pledged", "amount_pledged"),
        ("the rating i gave it", "rating"),
        ("the pitch i found it at", "pitch"),
    ],
)
def test_a_noun_named_with_who_gives_it_is_the_noun(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert draft.name == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a link to the scan files", "scan_files_link"),
        ("the show classes", "show_classes"),
    ],
)
def test_a_phrase_with_no_one_acting_in_it_keeps_its_words(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert draft.name == name


def test_an_enum_named_with_who_gives_it() -> None:
    spec = design_app(
        "Each entry has a fee and a placing the judge gives it: first, second, third or none."
    ).spec
    entry = spec.entity("entry")
    assert entry is not None
    placing = entry.field("placing")
    assert placing is not None
    assert placing.type == "enum"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the fee we pay the shopper", "fee"),
        ("the hourly rate we charge", "hourly_rate"),
        ("what it cost", "cost"),
    ],
)
def test_a_sum_named_with_what_we_do_with_it_is_the_sum(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, "decimal")


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("the fee they paid", "fee_paid"), ("the year it was built", "year_built")],
)
def test_a_noun_named_with_what_was_done_keeps_the_act(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert draft.name == name


@pytest.mark.parametrize(
    ("phrase", "name", "kind"),
    [
        ("the end date once they have given notice", "end_date", "date"),
        ("the collection date, once they have paid", "collection_date", "date"),
        (
            "whether it is climate controlled or not (a few are, most aren't)",
            "climate_controlled",
            "boolean",
        ),
        ("how (card, bank transfer or cash)", "method", "enum"),
    ],
)
def test_a_field_with_a_remark_on_when_or_how_many(phrase: str, name: str, kind: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, kind)
    assert draft.options is None or "most aren't" not in draft.options


def test_a_rental_noted_with_an_end_date_once_notice_is_given() -> None:
    spec = design_app(
        "Units have a number. Customers have a name. When a customer takes a unit we write up a"
        " rental with the start date, the end date once they've given notice, and the deposit."
    ).spec
    rental = spec.entity("rental")
    assert rental is not None
    assert [f.name for f in rental.fields if f.type != "reference"] == [
        "start_date",
        "end_date",
        "deposit",
    ]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("a yes/no for whether it is a protected species", "protected_species"),
        ("a tick box for whether they need a camping pitch", "need_camping_pitch"),
        ("a tick box for customer notified", "customer_notified"),
    ],
)
def test_a_yes_no_for_whether_something_is_so_is_named_by_it(phrase: str, name: str) -> None:
    draft = read_field(phrase)
    assert draft is not None
    assert (draft.name, draft.type) == (name, "boolean")


def test_a_yes_no_for_whether_in_a_list_is_a_field_not_a_clause() -> None:
    spec = design_app(
        "Every specimen needs a yes/no for whether it's a protected species, plus a permit number."
    ).spec
    specimen = spec.entity("specimen")
    assert specimen is not None
    assert [f.name for f in specimen.fields] == ["protected_species", "permit_number"]


def test_the_date_something_was_handed_over_is_when_it_was() -> None:
    field = read_field("the date it was handed over")
    assert field is not None
    assert (field.name, field.type) == ("handed_over_date", "date")
