"""Links read from a count of one (:mod:`appwright.design.offline.counted`): the (record, counted
noun) pairs a sentence's parse gives, the said-one link they add to a model holding both
records, and the relationship the whole designer makes of them. Each positive description is
worded so the pattern readers alone miss the link; each negative has a twin one word away that
is read, so the test shows what stops it."""

from __future__ import annotations

import pytest
from offline_spec_views import assert_only_many_to_one, design, entity_names, relations

from appwright.design.offline.counted import counted_pairs, read_counted_links
from appwright.design.offline.draft import EntityDraft, LinkDraft, ModelDraft
from appwright.design.offline.parse import parse


def pairs(sentence: str) -> list[tuple[str, str]]:
    return [(owner.text, counted.text) for owner, counted in counted_pairs(parse(sentence))]


def model_of(*records: str) -> ModelDraft:
    return ModelDraft(entities={name: EntityDraft(name=name, declared=True) for name in records})


def said_one_links(sentence: str, *records: str) -> list[tuple[str, str, str, bool]]:
    model = model_of(*records)
    read_counted_links([sentence], model)
    return [(link.source, link.target, link.kind, link.said_one) for link in model.links]


# --- X points at the one Y it is said to have --------------------------------------------------

POSITIVES = [
    pytest.param(
        "We run a candle workshop. Each scent has a name and a price per litre. Each candle has"
        " a weight and a wick size. Each candle is of one scent.",
        "Each candle is of one scent.",
        ("candle", "scent"),
        ("candle", "scent"),
        id="is-of-one",
    ),
    pytest.param(
        "We host organ recitals. Each chapel has a name and a seat count. Every recital has a"
        " date and always takes place at one chapel in the town.",
        "Every recital has a date and always takes place at one chapel in the town.",
        ("recital", "chapel"),
        ("recital", "chapel"),
        id="has-a-date-and-takes-place-at-one",
    ),
    pytest.param(
        "We restore antique clocks. Each clock has a maker and a year. Each horologist has a"
        " name and a phone. Each restoration has a start date and a price. Each restoration for"
        " one clock in the shop, done by one of our horologists: Ann, Ben and Cai.",
        "Each restoration for one clock in the shop, done by one of our horologists: Ann, Ben"
        " and Cai.",
        ("restoration", "horologists"),
        ("restoration", "horologist"),
        id="verbless-note-done-by-one-of-our",
    ),
    pytest.param(
        "We lead llama treks. Each llama has a name and a birth date. Each trek has a date and a"
        " route. Every trek in the hills is assigned a single llama.",
        "Every trek in the hills is assigned a single llama.",
        ("trek", "llama"),
        ("trek", "llama"),
        id="is-assigned-a-single",
    ),
    pytest.param(
        "We teach glassblowing. Each glassblower has a name and an email. Each class has a date"
        " and a fee. A class on Saturdays is run by one of the glassblowers.",
        "A class on Saturdays is run by one of the glassblowers.",
        ("class", "glassblowers"),
        ("class", "glassblower"),
        id="is-run-by-one-of-the",
    ),
]


@pytest.mark.parametrize(("description", "sentence", "pair", "link"), POSITIVES)
def test_the_parse_pairs_the_record_with_the_noun_it_counts(
    description: str, sentence: str, pair: tuple[str, str], link: tuple[str, str]
) -> None:
    assert sentence in description
    assert pair in pairs(sentence)


@pytest.mark.parametrize(("description", "sentence", "pair", "link"), POSITIVES)
def test_the_counted_reader_adds_a_said_one_link(
    description: str, sentence: str, pair: tuple[str, str], link: tuple[str, str]
) -> None:
    source, target = link
    found = said_one_links(sentence, source, target)
    assert (source, target, "many_to_one", True) in found
    assert all((s, t) != (target, source) for s, t, _, _ in found)


@pytest.mark.parametrize(("description", "sentence", "pair", "link"), POSITIVES)
def test_the_designed_app_has_the_many_to_one(
    description: str, sentence: str, pair: tuple[str, str], link: tuple[str, str]
) -> None:
    assert_only_many_to_one(design(description), *link)


def test_the_verbless_note_also_links_the_record_it_is_for() -> None:
    assert pairs(
        "Each restoration for one clock in the shop, done by one of our horologists: Ann, Ben"
        " and Cai."
    ) == [("restoration", "clock"), ("restoration", "horologists")]


# --- the count settles which way the link points ---------------------------------------------

CANDLES = (
    "We run a candle workshop. Each scent has a name and a price per litre. Each candle has a"
    " weight and a wick size."
)
SCENTS_COME_IN_CANDLES = f"{CANDLES} Each scent comes in candles."


def test_without_the_count_the_patterns_point_scent_at_candle() -> None:
    # the premise of the next test: this wording alone reads the link the wrong way round
    assert ("scent", "candle", "many_to_one") in relations(design(SCENTS_COME_IN_CANDLES))


def test_a_count_of_one_turns_a_link_read_the_other_way() -> None:
    spec = design(f"{SCENTS_COME_IN_CANDLES} Each candle is of one scent.")
    found = relations(spec)
    assert ("candle", "scent", "many_to_one") in found
    assert ("scent", "candle", "many_to_one") not in found


def test_the_said_one_link_replaces_a_flipped_link_in_the_model() -> None:
    model = model_of("candle", "scent")
    model.link(LinkDraft(source="scent", target="candle"))
    read_counted_links(["Each candle is of one scent."], model)
    assert [(link.source, link.target, link.said_one) for link in model.links] == [
        ("candle", "scent", True)
    ]


# --- not a count of one, or not a record's ---------------------------------------------------

NEGATIVES = [
    pytest.param(
        "Each perfume is made of more than one essence.",
        "Each perfume is made of one essence.",
        ("perfume", "essence"),
        id="more-than-one",
    ),
    pytest.param(
        "Every mosaic is made of at least one tile colour.",
        "Every mosaic is made of one tile colour.",
        ("mosaic", "tile_colour"),
        id="at-least-one",
    ),
    pytest.param(
        "Each quilt is of one or more fabrics.",
        "Each quilt is of one fabric.",
        ("quilt", "fabric"),
        id="one-or-more",
    ),
    pytest.param(
        "Each canal boat belongs to no one member.",
        "Each canal boat belongs to one member.",
        ("canal_boat", "member"),
        id="no-one",
    ),
    # a person's act on a thing, in the active voice: the customer is not "of" one boat
    pytest.param(
        "A customer hires one canal boat.",
        "A customer is given one canal boat.",
        ("customer", "canal_boat"),
        id="person-acts-on-one",
    ),
    # the two are paired both ways: neither is the record the other belongs to
    pytest.param(
        "One mentor for one apprentice.",
        "Each mentor for one apprentice.",
        ("mentor", "apprentice"),
        id="one-for-one",
    ),
]


@pytest.mark.parametrize(("sentence", "twin", "records"), NEGATIVES)
def test_no_link_from_what_is_not_a_count_of_one(
    sentence: str, twin: str, records: tuple[str, str]
) -> None:
    assert pairs(sentence) == []
    assert said_one_links(sentence, *records) == []
    # one wording away, the reader does link them: the test is about the words above
    source, target = records
    assert said_one_links(twin, *records) == [(source, target, "many_to_one", True)]


def test_we_have_one_is_not_a_record_counting() -> None:
    assert pairs("We have one slipway.") == []
    assert said_one_links("We have one slipway.", "slipway") == []


def test_a_counted_noun_that_is_no_record_links_nothing() -> None:
    sentence = "Each candle is of one colour."
    # the parse does count the colour; it is not a record of the text, so nothing is linked
    assert pairs(sentence) == [("candle", "colour")]
    assert said_one_links(sentence, "candle", "scent") == []
    spec = design(f"{CANDLES} {sentence}")
    assert "colour" not in entity_names(spec)
    assert not {r for r in relations(spec) if "candle" in r[:2]}


def test_a_record_said_not_to_be_tied_to_one_has_no_count() -> None:
    assert pairs("members are not tied to one team") == []
    assert pairs("members are tied to one team") == [("members", "team")]
