"""Sentence, list and word handling of the offline designer."""

from __future__ import annotations

import pytest

from appwright.design.offline.act_nouns import derived_noun, names_an_act
from appwright.design.offline.list_items import split_list, split_options
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.noun_phrases import is_noun_at, leading_noun_phrase, strip_determiners
from appwright.design.offline.sentences import clauses, sentences
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    plural,
    singular,
    singular_phrase,
    verb_lemma,
)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("properties", "property"),
        ("status", "status"),
        ("classes", "class"),
        ("time-entries", "time-entry"),
        ("sign-ups", "sign-up"),
        ("logs", "log"),
        ("analyses", "analysis"),
    ],
)
def test_singular_uses_the_dictionary_then_inflect(word: str, expected: str) -> None:
    assert singular(word) == expected


def test_plural() -> None:
    assert plural("category") == "categories"


def test_sentences_split_bullets_and_full_stops_but_not_decimals() -> None:
    text = "Gym app.\n- members: name, fee 1.5\n* classes with a name\nRooms have a floor."
    assert sentences(text) == [
        "gym app",
        "members: name, fee 1.5",
        "classes with a name",
        "rooms have a floor",
    ]


def test_a_full_stop_after_an_accented_letter_ends_the_sentence() -> None:
    text = "Table bookings for my board game café. A customer books a table."
    assert sentences(text) == ["table bookings for our board game cafe", "a customer books a table"]


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("A class has a weekday, and it's taught by one coach", "it is taught"),
        ("There's a fee", "there is a fee"),
        ("It's got a number", "it's got a number"),
        ("The shop's till", "the shop's till"),
    ],
)
def test_it_s_is_it_is_unless_it_has(said: str, meant: str) -> None:
    assert meant in normalize_text(said)


def test_pronoun_contractions_are_expanded() -> None:
    assert normalize_text("We've sold cars and I'd like a report") == (
        "we have sold cars and we would like a report"
    )


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("We've got players, each with a name", "we have players, each with a name"),
        ("I've also got a shelf of cutters", "we also have a shelf of cutters"),
        ("We've got to chase them", "we have got to chase them"),
    ],
)
def test_have_got_is_have(said: str, plain: str) -> None:
    assert normalize_text(said) == plain


def test_split_list_handles_oxford_commas_and_brackets() -> None:
    items = split_list("a SKU, a name (required, unique), a quantity on hand, and a unit price")
    assert items == ["a SKU", "a name (required, unique)", "a quantity on hand", "a unit price"]


def test_a_colon_item_keeps_the_rest_of_the_list_as_its_values() -> None:
    items = split_list("name, email, membership type: monthly, annual or day pass")
    assert items == ["name", "email", "membership type: monthly, annual, day pass"]


def test_a_relative_clause_keeps_the_rest_of_the_list() -> None:
    items = split_list("an amount, a stage that moves from lead to won or lost")
    assert items == ["an amount", "a stage that moves from lead to won or lost"]


def test_paired_modifiers_share_their_noun() -> None:
    assert split_list("a start and end time") == ["a start time", "end time"]
    assert split_list("a name and a phone number") == ["a name", "a phone number"]


def test_split_options() -> None:
    assert split_options("minor/major/critical") == ["minor", "major", "critical"]
    assert split_options("low, medium or high") == ["low", "medium", "high"]
    assert split_options("draft -> sent -> paid") == ["draft", "sent", "paid"]


def test_strip_determiners_and_limits() -> None:
    assert strip_determiners("at most one sponsor") == "sponsor"
    assert strip_determiners("their own email") == "email"


def test_derived_noun_finds_the_noun_a_description_uses_for_an_act() -> None:
    vocabulary = {"rental", "bookings", "application", "sign-ups", "rented"}
    assert derived_noun("rent", vocabulary) == "rental"
    assert derived_noun("book", vocabulary) == "booking"
    assert derived_noun("apply", vocabulary) == "application"
    assert derived_noun("sign up", vocabulary) == "sign-up"
    assert derived_noun("discuss", vocabulary) is None


def test_informal_quantities_read_as_many() -> None:
    assert (
        normalize_text("An order can include lots of dishes") == "an order can include many dishes"
    )
    assert normalize_text("a lot of guests, plenty of rooms") == "many guests, many rooms"


def test_a_dash_after_a_leading_noun_introduces_a_list() -> None:
    assert clauses("translators \u2014 name, email, native language") == [
        "translators: name, email, native language"
    ]
    # a dash between clauses is still punctuation
    assert clauses("we track bugs - they have a title, a status") == [
        "we track bugs",
        "they have a title, a status",
    ]


def test_a_list_for_a_record_named_after_and_starts_a_clause() -> None:
    assert clauses(
        "every assessment is for a property, and for the property i want the address, the postcode"
    ) == ["every assessment is for a property", "for the property i want the address, the postcode"]
    # "for" with no one acting after it is one more item
    assert clauses("a box has a label, and for the lid a colour") == [
        "a box has a label, and for the lid a colour"
    ]


def test_it_told_after_a_list_is_a_clause_of_its_own() -> None:
    assert clauses("a case has a fee and an opened date, it is assigned to one investigator") == [
        "a case has a fee and an opened date",
        "it is assigned to one investigator",
    ]
    assert clauses("a case has a fee, it is what we charge") == [
        "a case has a fee, it is what we charge"
    ]


def test_a_dash_after_the_record_we_log_introduces_its_list() -> None:
    assert clauses("every time they come in, we log a session - the date, the fee, the format") == [
        "we log a session: the date, the fee, the format"
    ]
    # what we log is named, so the dash opens its list; a dash after any other clause does not
    assert clauses("every time they come in, we open the door - the date, the fee") == [
        "every time they come in, we open the door",
        "the date, the fee",
    ]


@pytest.mark.parametrize(
    ("text", "verbs", "objects"),
    [
        ("our studio keeps artists", [2], [3]),
        ("the bakery sells cakes and takes orders", [2, 5], [3, 6]),
        ("my garage repairs cars and orders parts", [2, 5], [3, 6]),
        ("the shelter houses a dog", [2], [4]),
    ],
)
def test_an_s_verb_between_a_determined_noun_and_its_object_is_no_noun(
    text: str, verbs: list[int], objects: list[int]
) -> None:
    tokens = words(text)
    assert [is_noun_at(tokens, i) for i in verbs] == [False] * len(verbs)
    assert [is_noun_at(tokens, i) for i in objects] == [True] * len(objects)


@pytest.mark.parametrize(
    ("text", "nouns"),
    [
        ("the car parts suppliers have a name", [1, 2, 3]),
        ("the car parts supplier", [1, 2, 3]),
        ("tables and chairs", [0, 2]),
    ],
)
def test_compound_nouns_with_an_s_word_inside_stay_nouns(text: str, nouns: list[int]) -> None:
    tokens = words(text)
    assert [is_noun_at(tokens, i) for i in nouns] == [True] * len(nouns)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Company", "Companies"), ("company", "companies"), ("Person", "People"), ("SKU", "SKUs")],
)
def test_plural_of_a_capitalized_word_is_the_common_nouns(word: str, expected: str) -> None:
    assert plural(word) == expected


@pytest.mark.parametrize(
    "word", ["cancelled", "labelled", "canceled", "labeled", "stitched", "rung"]
)
def test_british_and_american_participles_are_past_participles(word: str) -> None:
    assert is_past_participle(word)


@pytest.mark.parametrize("word", ["cancel", "label", "bell", "cancelling", "stitch"])
def test_bare_verbs_gerunds_and_nouns_are_no_past_participles(word: str) -> None:
    assert not is_past_participle(word)


@pytest.mark.parametrize("word", ["people", "children", "People", "saunas", "booths"])
def test_plural_only_nouns_and_regular_plurals_are_plural(word: str) -> None:
    assert is_plural(word)


@pytest.mark.parametrize("word", ["person", "child", "sauna", "status"])
def test_singular_nouns_are_not_plural(word: str) -> None:
    assert not is_plural(word)


@pytest.mark.parametrize(
    ("noun", "act"),
    [("consultation", True), ("appointment", True), ("fitting", True), ("tool", False),
     ("station", False), ("session", False)],
)  # fmt: skip
def test_nouns_that_name_an_act(noun: str, act: bool) -> None:
    assert names_an_act(noun) is act


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("pre-order", "pre-order"), ("re-booked", "re-book"), ("co-signs", "co-sign")],
)
def test_a_hyphenated_prefix_keeps_the_verb_of_its_stem(word: str, lemma: str) -> None:
    assert can_be_verb(word)
    assert verb_lemma(word) == lemma


def test_a_prefixed_noun_or_an_unknown_stem_is_no_verb() -> None:
    assert not can_be_verb("pre-xyzzy")
    assert not can_be_verb("co-worker")


def test_a_verb_after_a_subject_with_a_modifier_ends_the_noun_phrase() -> None:
    assert leading_noun_phrase(words("an accepted quote turns into a job")) == "accepted quote"
    assert leading_noun_phrase(words("our photography studio books shoots")) == (
        "photography studio"
    )


@pytest.mark.parametrize(
    ("text", "items"),
    [
        (
            "a title and a shoot start and end date",
            ["a title", "a shoot start date", "shoot end date"],
        ),
        ("a start and end date", ["a start date", "end date"]),
        ("a start time and end date", ["a start time", "end date"]),
    ],
)
def test_a_pair_of_modifiers_shares_the_noun_and_the_word_before(
    text: str, items: list[str]
) -> None:
    assert split_list(text) == items


@pytest.mark.parametrize(
    ("sentence", "index", "noun"),
    [
        ("our town council coordinates volunteer flood wardens", 3, False),
        ("the car parts suppliers have a name", 2, True),
    ],
)
def test_a_plural_object_after_modifiers_makes_the_word_before_a_verb(
    sentence: str, index: int, noun: bool
) -> None:
    assert is_noun_at(words(sentence), index) is noun


@pytest.mark.parametrize("word", ["questionnaire", "questionnaires", "bar"])
def test_nouns_the_dictionary_lists_only_as_verbs_are_nouns(word: str) -> None:
    assert can_be_noun(word)


def test_a_verb_only_word_is_still_no_noun() -> None:
    assert not can_be_noun("borrowed")


def test_a_record_per_another_before_a_dash_heads_its_list() -> None:
    assert clauses("work order per customer - part number, qty, status: quoted -> shipped") == [
        "work order per customer: part number, qty, status: quoted -> shipped"
    ]


def test_a_header_after_the_dash_still_splits() -> None:
    assert clauses("bookings - pitches: number, type") == ["bookings", "pitches: number, type"]


def test_a_note_taker_s_short_words_are_written_out() -> None:
    assert normalize_text("Each op: qty, setup mins, run hrs. Our co-op.") == (
        "each operation: quantity, setup minutes, run hours. our co-op."
    )


def test_an_act_of_ours_before_a_dash_makes_the_record_its_list_names() -> None:
    assert clauses("then i invoice the client for my fee - invoice number, amount, due date") == [
        "then i invoice the client for my fee",
        "invoices: invoice number, amount, due date",
        "each invoice is for one client",
    ]


def test_an_act_whose_record_the_list_does_not_name_stays_punctuation() -> None:
    assert clauses("we phone the client first - most of them, anyway") == [
        "we phone the client first",
        "most of them, anyway",
    ]


def test_a_yes_or_no_said_lightly_is_one_yes_no_item() -> None:
    assert normalize_text("a due date and just a yes or no for whether it's been paid") == (
        "a due date and a yes/no for whether it has been paid"
    )


def test_what_people_would_do_is_what_they_do() -> None:
    assert normalize_text("Members would book a court, and I would like a report.") == (
        "members book a court, and we would like a report."
    )


def test_negations_are_written_out_and_any_number_of_ours_is_several() -> None:
    assert normalize_text("Members aren't tied to one team; we can't say.") == (
        "members are not tied to one team. we can't say."
    )
    assert normalize_text("any number of our teams") == "several teams"


def test_the_things_we_keep_before_a_dash_head_their_list() -> None:
    assert clauses("i need somewhere to keep my clients - name, phone, email") == [
        "clients: name, phone, email"
    ]


def test_a_phrase_s_head_is_made_singular() -> None:
    assert singular_phrase("grazing licences") == "grazing licence"


def test_a_dash_after_per_alone_ends_its_reading_instead_of_recursing() -> None:
    # "per round" is no record of each of another: nothing before *per* to divide
    assert clauses("per round - date, score") == ["per round", "date, score"]
    assert clauses("work order per customer - part number, qty") == [
        "work order per customer: part number, qty"
    ]
