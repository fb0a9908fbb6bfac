"""The sentence rewrites of ``simplify``, one at a time on the string level and then chained:
each test gives the shape the rewrite undoes and the shapes it must leave as they are."""

from __future__ import annotations

import pytest

from appwright.design.offline.dropped_words import (
    COLLECTIVE_NOUNS,
    collective_head,
    without_condition,
    without_infinitive_purpose,
    without_opening_time,
    without_our_adverb,
    without_our_business,
    without_purpose,
    without_time_possessive,
)
from appwright.design.offline.list_openers import (
    each_after_header,
    header_relative,
    without_introduction,
)
from appwright.design.offline.lists_in_passing import bracketed_clause, kept_in_brackets
from appwright.design.offline.logged_acts import done_at_one_noted, log_their_time, logged_act
from appwright.design.offline.new_subjects import split_new_subjects
from appwright.design.offline.one_of_each import MAX_HEADER_WORDS, belongs_to_both
from appwright.design.offline.owner_acts import act_and_fill_in, gets_a_record, kept_each_time
from appwright.design.offline.owner_asides import (
    first_thing_is,
    its_way_through,
    kind_they_want,
    narrated_flow,
    without_examples,
    without_obligation,
    without_our_shop,
    without_side_of_things,
)
from appwright.design.offline.owner_links import (
    booked_onto_one,
    each_we_look_after,
    many_of_the_other,
    shared_by_many,
    then_theirs,
    without_denied_tie,
)
from appwright.design.offline.owner_lists import (
    are_just_fields,
    each_needs,
    is_one_with,
    logged_by_its,
    we_log,
    which_has,
)
from appwright.design.offline.owner_parts import (
    broken_into,
    each_header_clause,
    for_each_of_theirs,
    inside_each_are,
    one_doing_many_with,
    one_of_theirs_keeps,
    part_of_whole,
    placed_things_done,
    there_are,
)
from appwright.design.offline.owner_people import (
    anyone_who,
    for_whom_we,
    one_does_it,
    people_give_details,
    which_have_then_act,
)
from appwright.design.offline.owner_several import numbered_things
from appwright.design.offline.people_listed import (
    for_one,
    one_gets_in_touch,
    people_act_we_keep,
    people_are_so,
    place_in,
)
from appwright.design.offline.plain_verbs import (
    PARTICLE_VERBS,
    get_given,
    participle_list,
    placed_after_passive,
    plain_passive,
    without_particle,
    without_passive_particle,
    without_to_us,
)
from appwright.design.offline.raised_records import (
    ask_with_one_that,
    each_acts_then_list,
    raised_as,
    sent_on_record,
    through_records,
    when_then_we,
)
from appwright.design.offline.relative_clauses import relative_have, without_reduced_relative
from appwright.design.offline.simplify import simplify
from appwright.design.offline.they_named import for_them, name_they
from appwright.design.offline.times_and_sums import time_span, we_charge_for
from appwright.design.offline.values_told import (
    flow_ends_up,
    picked_from,
    rate_one,
    status_going,
    told_values,
    values_of,
    which_is_one_of,
)
from appwright.design.offline.whole_clauses import (
    second_owner,
    split_predicates,
    turned_into,
    unfold_apposition,
)


def clause_list(sentence: str) -> list[str]:
    return [part.strip() for part in sentence.split(";")]


# --- plain_passive ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every sofa gets reupholstered in a workshop",
            "every sofa is reupholstered in a workshop",
        ),
        ("each hat gets stitched by a milliner", "each hat is stitched by a milliner"),
        ("the apprentices get trained on a lathe", "the apprentices are trained on a lathe"),
    ],
)
def test_a_gets_passive_is_written_with_is_or_are(sentence: str, plain: str) -> None:
    assert plain_passive(sentence) == plain


def test_gets_with_an_object_is_no_passive() -> None:
    sentence = "a clock gets a new spring"
    assert plain_passive(sentence) == sentence


# --- without_time_possessive ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("each week's melt is recorded with the weight", "each melt is recorded with the weight"),
        ("every shift's tally is kept", "every tally is kept"),
        ("each morning's feed is weighed", "each feed is weighed"),
    ],
)
def test_a_times_possessive_is_dropped(sentence: str, plain: str) -> None:
    assert without_time_possessive(sentence) == plain


def test_a_possessive_of_a_thing_is_kept() -> None:
    sentence = "each furnace's temperature is logged"
    assert without_time_possessive(sentence) == sentence


# --- without_particle -------------------------------------------------------------------------


def test_particle_verbs_are_the_listed_lemmas() -> None:
    assert {"fill", "write", "sign", "type"} <= PARTICLE_VERBS
    assert "pick" not in PARTICLE_VERBS


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a glassblower fills in a firing sheet with the date",
            "a glassblower fills a firing sheet with the date",
        ),
        ("a sharpener writes up a job card", "a sharpener writes a job card"),
        ("a chandler fills out each form", "a chandler fills each form"),
        ("a chandler types up the order", "a chandler types the order"),
        (
            "a chandler pours a candle and sends out an invoice",
            "a chandler pours a candle and sends an invoice",
        ),
    ],
)
def test_a_singular_acts_particle_is_dropped(sentence: str, plain: str) -> None:
    assert without_particle(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "glassblowers fill in a firing sheet with their name",  # their list: people's act
        "a sharpener picks up a knife",  # *pick up* is not a listed verb
        "a milliner fills in forms",  # no determiner: no record follows
    ],
)
def test_their_lists_unlisted_verbs_or_bare_objects_keep_the_particle(sentence: str) -> None:
    assert without_particle(sentence) == sentence


def test_a_plural_acts_particle_is_dropped_when_the_list_is_the_records() -> None:
    assert (
        without_particle("glassblowers fill in a firing sheet with the date")
        == "glassblowers fill a firing sheet with the date"
    )


# --- without_opening_time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "after each firing a glassblower fills a log with the temperature",
            "a glassblower fills a log with the temperature",
        ),
        ("before a fitting a milliner measures the client", "a milliner measures the client"),
        ("during the morning shift, a chandler pours a candle", "a chandler pours a candle"),
        ("at the start of the season, every alpaca is shorn", "every alpaca is shorn"),
    ],
)
def test_a_time_phrase_before_a_new_subject_is_dropped(sentence: str, plain: str) -> None:
    assert without_opening_time(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "after each firing we log the temperature",  # no subject of its own follows
        "a milliner measures the client after each fitting",  # not an opening
    ],
)
def test_a_time_phrase_without_a_subject_after_it_is_kept(sentence: str) -> None:
    assert without_opening_time(sentence) == sentence


# --- collective_head --------------------------------------------------------------------------


def test_collective_nouns_hold_both_numbers() -> None:
    assert {"herd", "herds", "clutch", "clutches", "consignment"} <= COLLECTIVE_NOUNS
    assert "list" not in COLLECTIVE_NOUNS


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("a clutch of eggs is set in an incubator", "a clutch is set in an incubator"),
        ("each swarm of bees is hived", "each swarm is hived"),
        ("the consignment of fabric arrives", "the consignment arrives"),
        ("one litter of piglets is weaned", "one litter is weaned"),
    ],
)
def test_a_collective_noun_is_the_record(sentence: str, plain: str) -> None:
    assert collective_head(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a batch of a candle scent is poured",  # names the scent it is a batch of
        "a list of suppliers is kept",  # a container, not a collective
        "batch of wax is melted",  # no article before it
        "our batch of wax is melted",  # a possessive, not an article
    ],
)
def test_named_members_containers_and_bare_heads_are_kept(sentence: str) -> None:
    assert collective_head(sentence) == sentence


# --- values_of --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a job has a grit of coarse, medium or fine",
            "a job has a grit (coarse, medium or fine)",
        ),
        (
            "a knife has an edge of serrated, plain, or hollow",
            "a knife has an edge (serrated, plain, or hollow)",
        ),
    ],
)
def test_a_field_of_listed_values_brackets_them(sentence: str, plain: str) -> None:
    assert values_of(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a hat has a photo of the front or back",  # two values, no word for a choice
        "a clock has a price of 20, 25 or 30",  # numbers are no options
        "wreaths of holly, ivy or fir are sold",  # no determiner before the field
    ],
)
def test_two_values_numbers_or_no_list_are_kept(sentence: str) -> None:
    assert values_of(sentence) == sentence


# --- split_new_subjects -----------------------------------------------------------------------


def test_and_a_new_singular_subject_opens_a_clause() -> None:
    assert split_new_subjects(
        "clients have a name, and a commission goes quoted, carved, then fitted"
    ) == ("clients have a name; a commission goes quoted, carved, then fitted")
    assert split_new_subjects("clients have a name, and a mason carves a stone") == (
        "clients have a name; a mason carves a stone"
    )


def test_a_colon_after_a_long_clause_opens_a_clause() -> None:
    sentence = (
        "clients can also order a headstone: a headstone starts as drafted and becomes carved"
    )
    assert split_new_subjects(sentence) == (
        "clients can also order a headstone; a headstone starts as drafted and becomes carved"
    )


def test_a_colon_after_a_short_header_opens_no_clause() -> None:
    header = "headstones: a client chooses a stone"
    assert len(header.split(":")[0].split()) <= MAX_HEADER_WORDS
    assert split_new_subjects(header) == header
    three_words = "our stone headstones: a client chooses a stone"
    assert split_new_subjects(three_words) == three_words


def test_a_plural_new_subject_opens_no_clause_here() -> None:
    sentence = "clients have a name, and the stones are stored"
    assert split_new_subjects(sentence) == sentence


# --- without_reduced_relative -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("every kiln we run has a name and a capacity", "every kiln has a name and a capacity"),
        ("each saddle we make has a leather", "each saddle has a leather"),
        ("the saddles themselves have a colour", "the saddles have a colour"),
    ],
)
def test_we_verb_after_the_subject_and_reflexives_are_dropped(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


def test_each_clause_loses_its_own_reduced_relative() -> None:
    assert clause_list(
        without_reduced_relative("each saddle has a leather; every tree we buy in has a width")
    ) == ["each saddle has a leather", "every tree has a width"]


def test_a_subject_without_a_relative_is_kept() -> None:
    sentence = "every saddle has a leather"
    assert without_reduced_relative(sentence) == sentence


# --- unfold_apposition ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "sharpeners, with a name, a phone and a van, visit a restaurant",
        "sharpeners, each with a name, a phone and a van, visit a restaurant",
    ],
)
def test_apposed_fields_of_a_plural_subject_become_their_own_clause(sentence: str) -> None:
    assert clause_list(unfold_apposition(sentence)) == [
        "sharpeners have a name, a phone and a van",
        "sharpeners visit a restaurant",
    ]


def test_a_singular_apposition_is_kept() -> None:
    sentence = "the sharpener, with a name and a phone, visits a restaurant"
    assert unfold_apposition(sentence) == sentence


# --- split_predicates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "split"),
    [
        (
            "a fitting belongs to a client and is held at a studio on a date",
            ["a fitting belongs to a client", "a fitting is held at a studio on a date"],
        ),
        (
            "a fitting has a date, a fee and a duration, and is assigned to a milliner",
            ["a fitting has a date, a fee and a duration", "a fitting is assigned to a milliner"],
        ),
        (
            "a saddle fitting is booked by a rider and is done at a yard (name and town)",
            [
                "a saddle fitting is booked by a rider",
                "a saddle fitting is done at a yard (name and town)",
            ],
        ),
        (
            "a case belongs to a client and also has a wood",
            ["a case belongs to a client", "a case has a wood"],
        ),
        (
            "a fitting has a date and lasts an hour",
            ["a fitting has a date", "a fitting lasts an hour"],
        ),
    ],
)
def test_two_predicates_of_one_subject_become_two_clauses(sentence: str, split: list[str]) -> None:
    assert clause_list(split_predicates(sentence)) == split


@pytest.mark.parametrize(
    "sentence",
    [
        "fittings belong to a client and are held at a studio",  # plural subject
        "a fitting has a date and notes",  # *notes* is a noun here
        "a fitting has a client and costs",  # a verb with no object is no predicate
        "clients book a fitting and pay a deposit",  # no determiner before the subject
    ],
)
def test_plural_subjects_and_nouns_after_and_are_kept(sentence: str) -> None:
    assert split_predicates(sentence) == sentence


# --- name_they --------------------------------------------------------------------------------


def test_they_is_the_plural_people_of_the_clause_before() -> None:
    assert clause_list(
        name_they("shearers have a name and a phone, and they shear each alpaca")
    ) == ["shearers have a name and a phone", "shearers shear each alpaca"]


def test_they_after_a_singular_subject_is_kept() -> None:
    sentence = "a shearer has a name; they visit each farm"
    assert name_they(sentence) == sentence


def test_a_sentence_without_they_is_kept() -> None:
    sentence = "shearers have a name, and alpacas have a colour"
    assert name_they(sentence) == sentence


# --- simplify ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "after each fitting a milliner fills in a fitting note with the date and the head size",
            ["a milliner fills a fitting note with the date and the head size"],
        ),
        (
            "a commission belongs to a client and gets varnished in a workshop",
            ["a commission belongs to a client", "a commission is varnished in a workshop"],
        ),
        (
            "a commission has a wood of oak, walnut or cherry and is assigned to a carver",
            [
                "a commission has a wood (oak, walnut or cherry)",
                "a commission is assigned to a carver",
            ],
        ),
        (
            "each week's pour is logged by a chandler and is checked by a manager",
            ["each pour is logged by a chandler", "each pour is checked by a manager"],
        ),
        (
            "saddlers, with a name and a phone, fit saddles, and they visit each yard",
            [
                "saddlers have a name and a phone",
                "saddlers fit saddles",
                "saddlers visit each yard",
            ],
        ),
        (
            "a herd of alpacas is kept in a paddock, and a visit goes booked, done, then paid",
            ["a herd is kept in a paddock", "a visit goes booked, done, then paid"],
        ),
    ],
)
def test_simplify_chains_the_rewrites(sentence: str, plain: list[str]) -> None:
    assert clause_list(simplify(sentence)) == plain


def test_simplify_keeps_a_plain_clause() -> None:
    sentence = "every alpaca has a name and a birth date"
    assert simplify(sentence) == sentence


# --- told_values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a kite has a span, a sail that's either ripstop or polyester, and a bridle",
            "a kite has a span, a sail (ripstop or polyester), and a bridle",
        ),
        ("a kite has a tail that is either ribbon or tube", "a kite has a tail (ribbon or tube)"),
        (
            "a kite has a span that can be small, medium or large",
            "a kite has a span (small, medium or large)",
        ),
        (
            "a kite has a tail which is one of ribbon, tube or drogue; a kite has a bridle",
            "a kite has a tail (ribbon, tube or drogue); a kite has a bridle",
        ),
        (
            "a kite has a span that can be extra small, medium or very wide.",
            "a kite has a span (extra small, medium or very wide).",
        ),
    ],
)
def test_values_told_after_that_is_are_bracketed(sentence: str, plain: str) -> None:
    assert told_values(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a kite has a sail that's ripstop or polyester, and a bridle",  # two values, no *either*
        "a kite has a sail that's either ripstop or polyester because of the wind",  # goes on
        "a kite has a sail that is torn",  # one value is a description, not a list
    ],
)
def test_two_values_without_either_or_a_list_that_runs_on_are_kept(sentence: str) -> None:
    assert told_values(sentence) == sentence


# --- without_condition ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every tortoise has a shell number, a nickname if the volunteers have chosen one,"
            " and a hatch date",
            "every tortoise has a shell number, a nickname, and a hatch date",
        ),
        (
            "a tortoise has a name and a diet note if the vet has written one and a weight",
            "a tortoise has a name and a diet note and a weight",
        ),
        (
            "a tortoise has a burrow number unless someone has moved it; a keeper has a name",
            "a tortoise has a burrow number; a keeper has a name",
        ),
        (
            "an assessment has a fee and a link to the certificate once it is lodged",
            "an assessment has a fee and a link to the certificate",
        ),
    ],
)
def test_a_condition_inside_a_field_list_is_dropped(sentence: str, plain: str) -> None:
    assert without_condition(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a tortoise has a number, a pen and if it has a heat lamp",  # *if it has*: a field
        "a tortoise has a number, a pen, plus if it has a heat lamp",
        "a tortoise is weighed if the keeper is worried",  # no list of what is kept before it
        "tortoises are bathed when they are dusty",
    ],
)
def test_a_condition_that_is_a_field_or_outside_a_list_is_kept(sentence: str) -> None:
    assert without_condition(sentence) == sentence


# --- participle_list --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "quilters list the quilts they own, giving the pattern, year and a size",
            "quilters list the quilts they own with the pattern, year and a size",
        ),
        (
            "ringers log the peals, recording the date and the tower",
            "ringers log the peals with the date and the tower",
        ),
        (
            "quilters list the quilts, noting how long each took",
            "quilters list the quilts with how long each took",
        ),
    ],
)
def test_a_participle_after_a_comma_introduces_the_records_fields(
    sentence: str, plain: str
) -> None:
    assert participle_list(sentence) == plain


def test_only_the_first_participle_list_is_rewritten() -> None:
    assert participle_list(
        "quilters list the quilts, giving the pattern, and the shows, noting the date"
    ) == ("quilters list the quilts with the pattern, and the shows, noting the date")


@pytest.mark.parametrize(
    "sentence",
    [
        "quilters list the quilts, giving pattern and a size",  # no determiner after it
        "quilters list the quilts giving the pattern and a size",  # no comma before it
        "quilters list the quilts, washing the pattern",  # not a listing participle
    ],
)
def test_a_participle_without_comma_determiner_or_listing_verb_is_kept(sentence: str) -> None:
    assert participle_list(sentence) == sentence


# --- turned_into ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "an accepted survey turns into a commission with a start date and a price",
            ["a commission belongs to a survey", "a commission has a start date and a price"],
        ),
        (
            "a survey is converted into a walling contract",
            ["a walling contract belongs to a survey"],
        ),
        (
            "a survey is turned into a walling contract with a due date",
            ["a walling contract belongs to a survey", "a walling contract has a due date"],
        ),
        (
            "a survey turns into a walling contract; a walling contract has a fee",
            ["a walling contract belongs to a survey", "a walling contract has a fee"],
        ),
        ("each device then becomes a case", ["a case belongs to a device"]),
    ],
)
def test_a_record_turned_into_another_is_the_new_records_source(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(turned_into(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "surveys turn into walling contracts",  # no article: no one record
        "a survey of the field turns into a walling contract",  # more than the source's name
        "a kite turns blue",  # no *into*: no new record
    ],
)
def test_plural_long_or_intoless_turns_are_kept(sentence: str) -> None:
    assert turned_into(sentence) == sentence


# --- picked_from ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "a peal has a date and a leader picked from our ringer list",
        "a peal has a date and a leader chosen from the ringer register",
        "a peal has a date and a tower captain selected from our ringers",
    ],
)
def test_a_field_picked_from_a_list_links_to_the_listed_record(sentence: str) -> None:
    assert clause_list(picked_from(sentence)) == [
        "a peal has a date and a ringer",
        "a peal belongs to a ringer",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "peals have a date and a leader picked from our ringer list",  # no article subject
        "a peal has a date and a tenor picked from memory",  # no list named
        "a peal has a date and a leader picked up at the tower",  # *picked up*, not *from*
    ],
)
def test_picked_without_a_record_subject_or_a_named_list_is_kept(sentence: str) -> None:
    assert picked_from(sentence) == sentence


# --- split_new_subjects: *it* -----------------------------------------------------------------


def test_it_after_and_is_the_singular_subject_before_it() -> None:
    assert clause_list(
        split_new_subjects("a trek has a date and a trail, and it starts out planned")
    ) == ["a trek has a date and a trail", "a trek starts out planned"]
    assert clause_list(
        split_new_subjects(
            "a trek has a date, and it starts out planned and then gets walked or cancelled"
        )
    ) == ["a trek has a date", "a trek starts out planned and then gets walked or cancelled"]


@pytest.mark.parametrize(
    "sentence",
    [
        "a hamper order is pending until paid, then packed, and it can be cancelled",
        "a hamper order is pending until paid, then packed, and it gets posted",
        "a hamper order is pending until paid, then packed, and it is then collected",
    ],
)
def test_it_with_a_last_done_state_stays_in_the_flow_before_it(sentence: str) -> None:
    assert split_new_subjects(sentence) == sentence


def test_it_done_to_a_record_is_no_state_but_a_clause_of_its_own() -> None:
    assert clause_list(
        split_new_subjects("a job has a site address, and it is assigned to one of our joiners")
    ) == ["a job has a site address", "a job is assigned to one of our joiners"]
    assert clause_list(
        split_new_subjects("a job has a site address, and it is fitted by a joiner")
    ) == ["a job has a site address", "a job is fitted by a joiner"]


@pytest.mark.parametrize(
    "sentence",
    [
        "treks have a date and a trail, and it starts out planned",  # plural: not *it*
        "we plan treks, and it starts out planned",  # no record subject before it
    ],
)
def test_it_without_a_singular_record_before_it_is_not_named(sentence: str) -> None:
    assert split_new_subjects(sentence) == sentence


# --- simplify: the newest rewrites chained ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a trek has a date and a leader picked from our guide list, and it starts out planned",
            [
                "a trek has a date and a guide",
                "a trek belongs to a guide",
                "a trek starts out planned",
            ],
        ),
        (
            "a trek has a terrain that's either coastal or upland, and it starts out planned",
            ["a trek has a terrain (coastal or upland)", "a trek starts out planned"],
        ),
        (
            "every llama has a tag number, a pet name if the children have picked one, and a"
            " date of birth",
            ["every llama has a tag number, a pet name, and a date of birth"],
        ),
    ],
)
def test_simplify_chains_the_newest_rewrites(sentence: str, plain: list[str]) -> None:
    assert clause_list(simplify(sentence)) == plain


# --- without_our_business, without_our_adverb, place_in, bracketed_clause ---------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "i run a bathhouse with a few saunas and want guests to book online",
            "we have a few saunas; i want guests to book online",
        ),
        (
            "we own a tanning studio with 6 booths and need to track every session",
            "we have 6 booths; we need to track every session",
        ),
        (
            "we operate a climbing barn with several walls and want a rota",
            "we have several walls; we want a rota",
        ),
        ("we run a bathhouse with four saunas", "we have four saunas"),
        (
            "we are a textile recycling enterprise with clothing banks in car parks, schools"
            " and churches",
            "we have clothing banks",
        ),
    ],
)
def test_our_business_is_dropped_its_counted_things_kept_and_we_stay(
    sentence: str, plain: str
) -> None:
    assert without_our_business(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # each of them has fields of its own: the slipways are records told about here
        "we run a boatyard with 12 slipways, each with a length and a crane",
        "we run a bathhouse with a view and want guests to book online",  # nothing counted
        "we are a bakery with shops in town, and cafes, and a van",  # the list goes on
        "we sell a bathhouse with a few saunas and want a buyer",  # not our running of it
        "guests run a tab with a few drinks and pay at the end",  # not i or we
        "on fridays we run a bathhouse with a few saunas and want guests to book",  # not opening
        "we run a sauna with two cabins and a plunge pool",  # the list of things goes on
    ],
)
def test_a_business_that_is_not_ours_or_has_fields_per_thing_is_kept(sentence: str) -> None:
    assert without_our_business(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "for each restring i just jot the string tension",
            "for each restring i jot the string tension",
        ),
        ("we usually log the tension and the price", "we log the tension and the price"),
        ("we also restring rackets", "we restring rackets"),
        ("i then note the grip size", "i note the grip size"),
    ],
)
def test_an_adverb_after_i_or_we_is_dropped(sentence: str, plain: str) -> None:
    assert without_our_adverb(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "the stringer just logs the tension",  # not i or we: the adverb is the stringer's
        "a taxi just waits outside",  # *i* inside a word is not *i*
        "we restring rackets just before a tournament",  # not right after *we*
    ],
)
def test_an_adverb_not_right_after_i_or_we_is_kept(sentence: str) -> None:
    assert without_our_adverb(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "people book a seat in a workshop with their name",
            "people book a workshop with their name",
        ),
        ("guests reserve a spot at one tasting", "guests reserve a tasting"),
        ("members booked a place on the outing", "members booked the outing"),
        ("a student requests a slot in a masterclass", "a student requests a masterclass"),
        # several places booked at once are still one booking of the record
        ("people book spots in a workshop", "people book a workshop"),
        ("a diver books several places on a boat dive", "a diver books a boat dive"),
    ],
)
def test_a_booked_place_in_a_record_is_the_record(sentence: str, plain: str) -> None:
    assert place_in(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a narrowboat occupies a space on a mooring for the season",  # no booking verb
        "a calligrapher has a seat in a studio",  # having is not booking
        "people book a table in a marquee",  # a table is a thing, not a place in one
        "people book tables in a marquee",  # tables neither
    ],
)
def test_a_place_that_is_not_booked_is_kept(sentence: str) -> None:
    assert place_in(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a float session is for a start time in a tank (tanks just have a number and a"
            " water temperature)",
            [
                "a float session is for a start time in a tank",
                "tanks just have a number and a water temperature",
            ],
        ),
        (
            "a float session uses a tank (the tanks each hold a filter); it is paid",
            ["a float session uses a tank", "the tanks each hold a filter", "it is paid"],
        ),
    ],
)
def test_a_bracketed_clause_ending_a_clause_is_a_clause(sentence: str, plain: list[str]) -> None:
    assert clause_list(bracketed_clause(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # the bracket is inside the clause: what goes on is about the assigned sessions
        "sessions are given to a tank (tanks have a filter) and move from booked to floated",
        "a tank has a lamp (blue or amber)",  # values, not a clause
        "a session uses a tank (tank 1 has a filter)",  # no plural subject of its own
    ],
)
def test_a_bracket_inside_a_clause_or_without_a_clause_is_kept(sentence: str) -> None:
    assert bracketed_clause(sentence) == sentence


# --- split_new_subjects: people and *for each* openers; name_they: *it* after *;* --------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every calligraphy workshop has a start time and a fee, and people book a workshop"
            " with their name",
            [
                "every calligraphy workshop has a start time and a fee",
                "people book a workshop with their name",
            ],
        ),
        (
            "every workshop has a fee, and the students book a workshop with their email",
            ["every workshop has a fee", "the students book a workshop with their email"],
        ),
        (
            "we restring rackets, and for each restring i jot the string tension",
            ["we restring rackets", "for each restring i jot the string tension"],
        ),
        (
            "we restring rackets, and for every restring we log the grip size",
            ["we restring rackets", "for every restring we log the grip size"],
        ),
    ],
)
def test_people_or_for_each_with_us_after_and_open_a_clause(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(split_new_subjects(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "every workshop has a fee, and people in town like it",  # no plural act on a record
        "every workshop has a fee, and students often ring",  # no record after the act
        "every workshop has a fee, and students booked a workshop",  # *booked*: not their act
        "every workshop has a fee, and for each workshop the tutor brings ink",  # not i or we
    ],
)
def test_and_without_people_acting_or_our_for_each_stays_one_clause(sentence: str) -> None:
    assert split_new_subjects(sentence) == sentence


def test_it_after_a_semicolon_is_the_record_the_clause_before_opened_with() -> None:
    assert clause_list(
        name_they("a mural has a title; it is pitched, goes into review, gets approved or declined")
    ) == ["a mural has a title", "a mural is pitched, goes into review, gets approved or declined"]


@pytest.mark.parametrize(
    "sentence",
    [
        "murals have a title; it is pitched, goes into review",  # plural: not *it*
        "we paint murals; it is pitched, goes into review",  # no record opens the clause
    ],
)
def test_it_after_a_semicolon_without_one_record_before_it_is_kept(sentence: str) -> None:
    assert name_they(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "i run a bathhouse with a few saunas and want guests to book online",
            ["we have a few saunas", "i want guests to book online"],
        ),
        (
            "every calligraphy workshop has a start time and a fee, and people book a seat in a"
            " workshop with their name, their phone and whether they need an easel",
            [
                "every calligraphy workshop has a start time and a fee",
                "people book a workshop with their name, their phone and whether they need an"
                " easel",
            ],
        ),
        (
            "we also restring tennis rackets, and for each restring i just jot down the owner's"
            " name, the string tension and the price",
            [
                "we restring tennis rackets",
                "for each restring i jot the owner's name, the string tension and the price",
            ],
        ),
        (
            "a float session is for a start time in a tank (tanks just have a number and a"
            " water temperature)",
            [
                "a float session is for a start time in a tank",
                "tanks just have a number and a water temperature",
            ],
        ),
        (
            "a mural has a title; it is pitched, goes into review, gets approved or declined",
            [
                "a mural has a title",
                "a mural is pitched, goes into review, is approved or declined",
            ],
        ),
    ],
)
def test_simplify_chains_the_business_adverb_place_and_bracket_rewrites(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(simplify(sentence)) == plain


# --- without_passive_particle, relative_have, second_owner, each one, object relatives ---------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("every aviary is looked after by one warden", "every aviary is looked by one warden"),
        ("each claim is signed off by a manager", "each claim is signed by a manager"),
        ("a kiln gets topped up by a potter", "a kiln gets topped by a potter"),
    ],
)
def test_a_passive_loses_its_particle_before_by(sentence: str, plain: str) -> None:
    assert without_passive_particle(sentence) == plain


def test_a_particle_without_by_is_left_to_the_other_rewrites() -> None:
    assert without_passive_particle("each form is filled in online") == (
        "each form is filled in online"
    )


def test_the_object_that_has_fields_gets_a_clause_of_its_own() -> None:
    assert clause_list(
        relative_have("each hive sits in an apiary that has a name and a slope")
    ) == [
        "each hive sits in an apiary",
        "an apiary has a name and a slope",
    ]


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "it is assigned to one of our joiners, who each have a name and a day rate",
            ["it is assigned to one of our joiners", "each joiner has a name and a day rate"],
        ),
        (
            "a trip is led by our guides, who have their name and a phone",
            ["a trip is led by our guides", "each guide has a name and a phone"],
        ),
        (
            "the stock sits in cold rooms that each have a number",
            ["the stock sits in cold rooms", "each cold room has a number"],
        ),
    ],
)
def test_plural_objects_that_each_have_fields_get_a_clause_of_their_own(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(relative_have(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "members who have a locker pay a fee",  # no comma, no *each*: which members
        "a job is done by our joiners, who each own a van",  # no have verb
        "a job is done by a joiner, who has a van",  # singular: the other reading
    ],
)
def test_other_plural_relatives_are_left_alone(sentence: str) -> None:
    assert relative_have(sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "an apiary that has a name and a slope is rented",  # the subject's relative: no head
        "each hive sits in an apiary that keeps bees",  # no have verb
        "each hive sits in an apiary that has bees",  # no determiner before the list
    ],
)
def test_other_relatives_are_left_alone(sentence: str) -> None:
    assert relative_have(sentence) == sentence


def test_each_owner_of_a_possessive_list_gets_its_clause() -> None:
    sentence = (
        "tenants sign a lease: i note the tenant's name and phone, and the lease's rent and"
        " whether the deposit is paid"
    )
    assert clause_list(second_owner(sentence)) == [
        "tenants sign a lease: i note the tenant's name and phone",
        "i note the lease's rent and whether the deposit is paid",
    ]


def test_one_owner_stays_one_clause() -> None:
    sentence = "i note the tenant's name, phone and email"
    assert second_owner(sentence) == sentence


def test_each_one_after_a_plural_subject_is_named() -> None:
    sentence = "hives have a number and a queen colour, and each one sits in an apiary"
    assert clause_list(split_new_subjects(sentence)) == [
        "hives have a number and a queen colour",
        "each hive sits in an apiary",
    ]


def test_each_one_after_a_singular_subject_is_left_alone() -> None:
    sentence = "a hive has a number, and each one sits in an apiary"
    assert split_new_subjects(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("we record the price we charged and the weight", "we record the price and the weight"),
        (
            "with the grower it was bought from, and a grade",
            "with the grower it was bought from, and a grade",
        ),
        ("with the date they joined", "with the date they joined"),
        ("with the kiln it's fired in, and a glaze", "with the kiln it's fired in, and a glaze"),
    ],
)
def test_object_relatives_go_but_dates_and_places_keep_theirs(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


# --- without_introduction ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "i have a yarn shop with a mail order side, and i need an app for it:",
        "we restore antique clocks and want a system to keep track of them:",
        "we are a small bindery and this is the database we want:",
    ],
)
def test_an_introduction_naming_the_app_before_a_colon_is_dropped(sentence: str) -> None:
    assert without_introduction(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "i have a yarn shop and i need an app for it",  # no colon at the end
        "the bindery needs an app:",  # opens with neither i nor we
        "we restore antique clocks:",  # names no app, system or tool
        "i need a tool: name, phone",  # a list follows the colon
    ],
)
def test_other_lines_keep_their_words(sentence: str) -> None:
    assert without_introduction(sentence) == sentence


# --- header_relative --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("mills we buy from: mill name, county", "mills: mill name, county"),
        ("antique clocks we repair: maker, year", "antique clocks: maker, year"),
        ("bindings i sew: thread, colour", "bindings: thread, colour"),
    ],
)
def test_a_header_with_we_and_a_verb_is_its_records(sentence: str, plain: str) -> None:
    assert header_relative(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "mill we buy from: mill name, county",  # no plural noun before *we*
        "glass we cut: thickness, width",  # a mass noun is no plural
        "mills: mill name, county",  # no *we <verb>* to drop
        "mills we buy from, with a name and a county",  # no colon after the verb
    ],
)
def test_headers_without_plural_records_before_we_are_left_alone(sentence: str) -> None:
    assert header_relative(sentence) == sentence


# --- each_after_header ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "order lines: each takes a length in metres from one yarn",
            "each order line takes a length in metres from one yarn",
        ),
        (
            "gift hamper orders: each contains several preserves",
            "each gift hamper order contains several preserves",
        ),
        (
            "spa services: each is done by one technician",
            "each spa service is done by one technician",
        ),
    ],
)
def test_each_after_a_plural_header_names_one_of_them(sentence: str, plain: str) -> None:
    assert each_after_header(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "order line: each takes a length",  # the header is no plural
        "order lines: each with a length",  # no verb after *each*
        "order lines: length, yarn",  # a plain field list
    ],
)
def test_each_after_other_headers_is_left_alone(sentence: str) -> None:
    assert each_after_header(sentence) == sentence


# --- status_going -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each hamper has a status going packed, posted, delivered",
            "each hamper has a status that goes packed, posted, delivered",
        ),
        (
            "each rebinding has a stage moving through quoted, sewn, bound",
            "each rebinding has a stage that goes through quoted, sewn, bound",
        ),
        (
            "each hamper has a state progressing from packed to delivered",
            "each hamper has a state that goes from packed to delivered",
        ),
    ],
)
def test_a_status_going_is_a_status_that_goes(sentence: str, plain: str) -> None:
    assert status_going(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "each hamper has a status that goes packed, posted",  # already plain
        "each hamper is going out on monday",  # no status, stage or state before it
        "each hamper has a status code going packed",  # *going* does not follow the status
        "each hamper has a status, going packed",  # a comma parts them
    ],
)
def test_going_after_anything_but_a_status_is_left_alone(sentence: str) -> None:
    assert status_going(sentence) == sentence


# --- without_to_us ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("antique clocks are sent to us by a dealer", "antique clocks are sent by a dealer"),
        (
            "fallen trees are reported to us through a council",
            "fallen trees are reported through a council",
        ),
        ("gift hampers are made for us by a bakery", "gift hampers are made by a bakery"),
        ("clocks are posted to us via a courier", "clocks are posted via a courier"),
    ],
)
def test_to_us_after_a_participle_goes_before_the_sender(sentence: str, plain: str) -> None:
    assert without_to_us(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "dealers send clocks to us by courier",  # *clocks* is no past participle
        "antique clocks are sent to us for cleaning",  # no by, from, through or via after it
        "antique clocks are sent to us with a note",  # the same with *with*
        "antique clocks are sent to them by a dealer",  # not us
    ],
)
def test_to_us_elsewhere_is_left_alone(sentence: str) -> None:
    assert without_to_us(sentence) == sentence


# --- people_give_details ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "hirers give us their name, email and phone and make rentals",
            ["hirers have their name, email and phone", "hirers make rentals"],
        ),
        (
            "groups leave a name and phone and book a sauna for a date",
            ["groups have a name and phone", "groups book a sauna for a date"],
        ),
        (
            "tenants supply me their email and postcode and rent plots",
            ["tenants have their email and postcode", "tenants rent plots"],
        ),
        (
            # *address details* is one detail, not *address* and a verb
            "hirers share their name, email and address details and make rentals",
            ["hirers have their name, email and address details", "hirers make rentals"],
        ),
        (
            "a tub is hired out; hirers give us their name and email and make rentals",
            ["a tub is hired out", "hirers have their name and email", "hirers make rentals"],
        ),
    ],
)
def test_details_people_give_are_theirs_and_their_act_a_clause(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(people_give_details(sentence)) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        # *phone numbers* is one detail: no clause opens at *and phone*
        ("hirers give us their name and phone numbers", "hirers have their name and phone numbers"),
        ("hirers provide a full name and an email", "hirers have a full name and an email"),
    ],
)
def test_details_without_an_act_after_them_stay_one_clause(sentence: str, plain: str) -> None:
    assert people_give_details(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # what they leave is no detail of theirs: a record of its own
        "sauna guests leave a rating from 1 to 5, a comment and their email",
        "hirers give a deposit and make rentals",
        "hirers give us a review and their email",
        "a hirer gives us their name and phone",  # one person, no plural subject
        "hirers send us their name and phone",  # *send* is no giving of details
        "hirers leave their name (and phone) and make rentals",  # a bracket in the list
    ],
)
def test_what_is_no_giving_of_personal_details_is_left_alone(sentence: str) -> None:
    assert people_give_details(sentence) == sentence


# --- without_examples -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "people bring in a lamp, could be a brass lamp, an oil lamp, whatever, and i have to"
            " write down the style",
            "people bring in a lamp, and i have to write down the style",
        ),
        (
            "people bring in a lamp, like a brass lamp or an oil lamp, etc, and i note the style",
            "people bring in a lamp, and i note the style",
        ),
        (
            "people bring in a lamp, such as a desk lamp, a floor lamp and so on; i note the style",
            "people bring in a lamp; i note the style",
        ),
        (
            "people bring in a lamp, say a desk lamp or a floor lamp, whatever",
            "people bring in a lamp",
        ),
        ("people bring in a lamp, e.g. a desk lamp, anything", "people bring in a lamp"),
    ],
)
def test_examples_ending_in_whatever_are_dropped(sentence: str, plain: str) -> None:
    assert without_examples(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # no *whatever*, *anything*, *etc* or *and so on* closes the examples: maybe fields
        "people bring in a lamp, could be a brass lamp or an oil lamp, and i note the style",
        "people bring in a lamp, could be brass, oil, whatever",  # no *a* before the examples
        "people bring in a lamp like a brass lamp, whatever",  # no comma before *like*
        "people bring in a lamp, could be a brass lamp, whatever you like",  # the list runs on
    ],
)
def test_examples_not_closed_by_whatever_are_kept(sentence: str) -> None:
    assert without_examples(sentence) == sentence


# --- without_obligation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("i have to write down the style", "i write down the style"),
        ("we must note the date it came in", "we note the date it came in"),
        ("we have got to log the deposit", "we log the deposit"),
        ("i got to check the wick", "i check the wick"),
        (
            "people bring in a lamp and i have to write down the style",
            "people bring in a lamp and i write down the style",
        ),
    ],
)
def test_what_we_have_to_do_is_what_we_do(sentence: str, plain: str) -> None:
    assert without_obligation(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "hirers have to pay a deposit",  # their obligation is a rule, not our noting
        "we have two saunas",  # *have* with an object
        "i have a list to check",
    ],
)
def test_have_that_is_no_obligation_of_ours_is_kept(sentence: str) -> None:
    assert without_obligation(sentence) == sentence


# --- are_just_fields --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "clients are only a name, a phone number and an email really, though some have"
            " several typewriters with me at once",
            [
                "clients have a name, a phone number and an email",
                "some have several typewriters with me at once",
            ],
        ),
        (
            "bathers are just a name, an email and a phone",
            ["bathers have a name, an email and a phone"],
        ),
        (
            "sitters are simply a name, a phone, but they book sits",
            ["sitters have a name, a phone", "they book sits"],
        ),
        ("clients are really just a name, an email", ["clients have a name, an email"]),
        (
            "our clients are only a name, a phone number and an email",
            ["our clients have a name, a phone number and an email"],
        ),
        (
            "a painting has a title; clients are only a name, a phone and an email",
            ["a painting has a title", "clients have a name, a phone and an email"],
        ),
        # two values joined by "and" are a list too
        ("clients are just a name and a phone", ["clients have a name and a phone"]),
    ],
)
def test_people_who_are_just_a_list_have_that_list(sentence: str, plain: list[str]) -> None:
    assert clause_list(are_just_fields(sentence)) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a client is only a name, a phone and an email",  # one client, no plural
        "clients are just a name or a phone",  # one value or another: no list
        "clients are a name, a phone and an email",  # no *just* or *only*
        "clients are only people, really",  # no *a* opening the list
        "clients are only a name, a phone (and an email)",  # a bracket in the list
    ],
)
def test_other_are_clauses_are_left_alone(sentence: str) -> None:
    assert are_just_fields(sentence) == sentence


# --- participle_list: the newer listing verbs and a second participle -------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "groups book a sauna, saying how many guests and how many hours, and ticking whether"
            " they want towel hire",
            "groups book a sauna with how many guests and how many hours and whether they want"
            " towel hire",
        ),
        (
            "hirers book a tub, specifying the size and the delivery date",
            "hirers book a tub with the size and the delivery date",
        ),
        (
            "tenants rent plots, marking whether they keep bees",
            "tenants rent plots with whether they keep bees",
        ),
        (
            "hirers book a tub, choosing a size and a colour",
            "hirers book a tub with a size and a colour",
        ),
        (
            "hirers book a tub, picking the delivery date, and specifying the access",
            "hirers book a tub with the delivery date and the access",
        ),
        (
            "hirers book a tub, saying the date, and ticking the boxes, and marking whether they pay",
            "hirers book a tub with the date and the boxes and whether they pay",
        ),
    ],
)
def test_newer_participles_and_a_second_one_make_one_list(sentence: str, plain: str) -> None:
    assert participle_list(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # *and ticking* with no participle list before it opens none
        "groups book a sauna, and ticking whether they want towel hire",
        "groups book a sauna, ticking off the days",  # a particle, no determiner after it
        "groups book a sauna, picking up the key",
        "groups book a sauna, saying hello",
    ],
)
def test_newer_participles_without_a_list_are_kept(sentence: str) -> None:
    assert participle_list(sentence) == sentence


def test_a_second_participle_without_a_determiner_stays_outside_the_list() -> None:
    assert participle_list("groups book a sauna, saying how many guests, and ticking boxes") == (
        "groups book a sauna with how many guests, and ticking boxes"
    )


# --- simplify: details, examples, obligations and *are just* chained --------------------------


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "people bring in a lamp, could be a brass lamp, an oil lamp, whatever, and i have to"
            " write down the style, the date it came in and the deposit they paid",
            ["people bring in a lamp, and i write the style, the date it came in and the deposit"],
        ),
        (
            "hirers give us their name, email and phone and make rentals; a rental has a"
            " delivery date",
            [
                "hirers have their name, email and phone",
                "hirers make rentals",
                "a rental has a delivery date",
            ],
        ),
        (
            "groups leave a name and phone and book a sauna, saying how many guests, and ticking"
            " whether they want towel hire",
            [
                "groups have a name and phone",
                "groups book a sauna with how many guests and whether they want towel hire",
            ],
        ),
    ],
)
def test_simplify_chains_the_details_examples_and_obligation_rewrites(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(simplify(sentence)) == plain


# --- anyone_who, one_does_it, for_them, a second passive particle, placed object relatives -----


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "anyone who phones the helpline becomes a caller, and we note their name, phone and"
            " postcode",
            "a caller phones the helpline, and we note their name, phone and postcode",
        ),
        ("anybody that signs up is registered as a member", "a member signs up"),
        (
            "everyone who enrols counts as a learner; learners have a name",
            "a learner enrols; learners have a name",
        ),
        (
            "whoever books a fitting is recorded as a customer and pays a deposit",
            "a customer books a fitting and pays a deposit",
        ),
    ],
)
def test_anyone_who_becomes_a_record_is_that_record_acting(sentence: str, plain: str) -> None:
    assert anyone_who(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "anyone who is late pays a fine",  # paying a fine: no record they become
        "anyone can book a lesson",  # no record they become
        "anyone who phones becomes a caller with a name",  # the record goes on with its list
        "anyone who phones becomes very happy",  # an adjective, no record
        "members who phone become callers",  # named people, not *anyone*
        "we note anyone who becomes a caller",  # not at the start of the sentence
    ],
)
def test_anyone_without_a_record_they_become_is_left_alone(sentence: str) -> None:
    assert anyone_who(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every grower has a contract with the date it was signed, one buyer handles it, and"
            " the price is fixed",
            "every grower has a contract with the date it was signed; the contract is handled by"
            " one buyer; the price is fixed",
        ),
        (
            "each tasting has a date, and a single sommelier leads it",
            "each tasting has a date; the tasting is led by a single sommelier",
        ),
    ],
)
def test_one_person_doing_it_acts_on_the_last_record_not_its_date(
    sentence: str, plain: str
) -> None:
    assert one_does_it(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "each tasting has a date, one sommelier lead it",  # no singular verb
        "each tasting has a date, one sommelier leads them",  # *them*, not *it*
        "each tasting has a date and one sommelier leads it",  # no comma before the clause
        "each tasting has a date, one sommelier leads it all",  # *it* does not end the clause
        "we keep the date, one sommelier leads it",  # only a value before: no record for *it*
    ],
)
def test_one_doing_it_without_a_record_before_or_the_plain_shape_is_left_alone(
    sentence: str,
) -> None:
    assert one_does_it(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a homeowner rings up, we take their name, phone and the site address, and then we"
            " open a survey for them",
            "a homeowner rings up, we take their name, phone and the site address, and then we"
            " open a survey for the homeowner",
        ),
        (
            "a homeowner rings up and we open a survey for her",
            "a homeowner rings up and we open a survey for the homeowner",
        ),
        (
            "landlords call in and we book an inspection for them",
            "landlords call in and we book an inspection for the landlords",
        ),
    ],
)
def test_what_we_open_for_them_is_for_the_people_the_sentence_opened_with(
    sentence: str, plain: str
) -> None:
    assert for_them(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "we open a survey for them",  # nobody named before *them*
        "a homeowner rings up and we fix a leak for them",  # fixing opens no record
        "landlords call in and we book an inspection for each of them",
        "a homeowner rings up and we open a survey with them",
        "john called in and we open a survey for him",  # a person's name, no record
    ],
)
def test_for_them_without_a_record_opened_for_named_people_is_left_alone(sentence: str) -> None:
    assert for_them(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each sack is logged at a clean-up and taken on by one volunteer",
            "each sack is logged at a clean-up and is taken by one volunteer",
        ),
        (
            "each key is logged at the desk and handed over by one porter",
            "each key is logged at the desk and is handed by one porter",
        ),
    ],
)
def test_a_second_passive_after_and_loses_its_particle(sentence: str, plain: str) -> None:
    assert without_passive_particle(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "each ticket is raised at a desk and carry on by one engineer",  # no participle
        "each sack is logged and stays on by the door",  # an act, no passive
    ],
)
def test_and_before_a_verb_that_is_no_participle_keeps_its_particle(sentence: str) -> None:
    assert without_passive_particle(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "for every trench i want the depth we dug in metres and the final price",
            "for every trench i want the depth in metres and the final price",
        ),
        (
            "the pump rate we measured at the end in litres per minute",
            "the pump rate in litres per minute",
        ),
        (
            "the weight we landed on the quay in kg and the price",
            "the weight in kg and the price",
        ),
        ("the length we sawed at the mill, and the grade", "the length, and the grade"),
        ("the depth they dug in metres", "the depth in metres"),
    ],
)
def test_a_value_we_took_somewhere_keeps_only_its_unit(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "the pitches we hire at the park",  # a present act, not a value taken
        "the length we cut at the mill in metres",  # *cut* may be the present act
        "the date we dug in the field",  # a date says when
        "a depth we dug in metres",  # only *the*, *its* or *their* value
        "the depth it dug in metres",  # *it* is a record acting, not us
    ],
)
def test_a_present_act_a_date_or_an_unnamed_value_keeps_its_relative(sentence: str) -> None:
    assert without_reduced_relative(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "anyone who phones the helpline becomes a caller, and we note their name, phone and"
            " postcode",
            ["a caller phones the helpline, and we note their name, phone and postcode"],
        ),
        (
            "every grower has a contract with the date it was signed, one buyer handles it, and"
            " the price is fixed",
            [
                "every grower has a contract with the date it was signed",
                "the contract is handled by one buyer",
                "the price is fixed",
            ],
        ),
        (
            "for every trench i'd want the start date, the depth we dug in metres and the final"
            " price",
            ["for every trench i'd want the start date, the depth in metres and the final price"],
        ),
    ],
)
def test_simplify_chains_anyone_one_does_it_and_placed_relatives(
    sentence: str, plain: list[str]
) -> None:
    assert clause_list(simplify(sentence)) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a customer (we only need their name, phone and email) brings us a piece",
            "a customer (name, phone and email) brings us a piece",
        ),
        (
            "it is looked after by a guardian (a local volunteer with a name, email and phone)",
            "it is looked after by a guardian (a name, email and phone)",
        ),
        (
            "jobs take two of our fitters (we keep a name and mobile for each)",
            "jobs take two of our fitters (a name and mobile)",
        ),
    ],
)
def test_a_bracket_saying_what_we_keep_is_the_list_of_the_noun_before(
    sentence: str, plain: str
) -> None:
    assert kept_in_brackets(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "a customer (we keep them on file) brings us a piece",  # no list in the bracket
        "a booking (a van with a driver) goes out",  # one thing with one other
        "a customer (name, phone) brings us a piece",  # already a list
    ],
)
def test_a_bracket_with_no_kept_list_is_left_alone(sentence: str) -> None:
    assert kept_in_brackets(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "customers order online and we keep their name, email and phone so regulars "
            "don't have to type it all again",
            "customers order online and we keep their name, email and phone",
        ),
        (
            "every order is for one customer (we keep their name and phone so we can call "
            "them back)",
            "every order is for one customer (we keep their name and phone)",
        ),
    ],
)
def test_why_a_list_is_kept_is_dropped(sentence: str, plain: str) -> None:
    assert without_purpose(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "we built the app so we can stop using paper",  # no list before it
        "each order has a price, so customers know what they pay",  # a comma: a new clause
    ],
)
def test_a_purpose_with_no_list_before_it_stays(sentence: str) -> None:
    assert without_purpose(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a shift puts one guard at one venue from a start time to an end time",
            "a shift puts one guard at one venue; a shift has a start time and an end time",
        ),
        (
            "a placement matches one child with one carer between a start date and an end date",
            "a placement matches one child with one carer; a placement has a start date and an "
            "end date",
        ),
    ],
)
def test_a_time_span_belongs_to_the_record_the_clause_opens_with(sentence: str, plain: str) -> None:
    assert time_span(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        # the span of a booking act is the booking's, which the dated-act reader makes
        "a customer hires a kayak from a start time to an end time",
        # no record opens the clause
        "we are open from a start time to an end time",
        # a span of places, not of times
        "a ferry sails one route from a port to an island",
    ],
)
def test_a_span_of_an_act_or_of_places_is_left_alone(sentence: str) -> None:
    assert time_span(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "faults on a unit get raised with a description",
            "faults get raised on a unit with a description",
        ),
        (
            "complaints about a house are logged with the date",
            "complaints are logged about a house with the date",
        ),
    ],
)
def test_where_a_record_is_raised_follows_its_passive(sentence: str, plain: str) -> None:
    assert placed_after_passive(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "faults on a unit are common",  # no participle: a statement about faults
        "a fault on a unit gets raised with a description",  # one record: read as it is
    ],
)
def test_a_placed_subject_without_a_plural_passive_is_left_alone(sentence: str) -> None:
    assert placed_after_passive(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "when somebody rings up to complain about their paper i would like to log it against "
            "the house with the date",
            "we log a complaint against the house with the date",
        ),
        (
            "houses sit on a round, and when someone phones to enquire we note it against the "
            "round with a name",
            "houses sit on a round; we note a enquiry against the round with a name",
        ),
    ],
)
def test_what_someone_does_that_we_log_is_a_record_of_the_act(sentence: str, plain: str) -> None:
    assert logged_act(sentence) == plain


def test_a_logged_it_with_no_act_noun_is_left_alone() -> None:
    sentence = "when someone is late we log it against the shift with the time"
    assert logged_act(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "the drivers (there are three of us) each get given orders to deliver",
            "orders are given to drivers to deliver",
        ),
        ("volunteers get assigned shifts", "shifts are given to volunteers"),
    ],
)
def test_people_who_get_given_things_are_who_the_things_go_to(sentence: str, plain: str) -> None:
    assert get_given(sentence) == plain


def test_one_person_getting_one_thing_is_left_alone() -> None:
    assert get_given("each driver gets a van") == "each driver gets a van"


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "when a customer rings with a problem we raise a callout for the site",
            "when a customer rings with a problem, we raise a callout for the site",
        ),
        (
            "if a job needs parts i order them from a supplier",
            "if a job needs parts, i order them from a supplier",
        ),
    ],
)
def test_a_condition_without_its_comma_gets_one(sentence: str, plain: str) -> None:
    assert when_then_we(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    [
        "when we fit an aid we log the model",  # the condition's own subject is *we*
        "when a customer rings, we raise a callout",  # the comma is there
        "each time a member books a class",  # no clause of ours follows
    ],
)
def test_a_condition_with_its_comma_or_our_own_subject_is_left_alone(sentence: str) -> None:
    assert when_then_we(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "sites have an address, and on each site there are cameras where i need the "
            "location, the model and the ip address",
            "sites have an address; each site has cameras with the location, the model and "
            "the ip address",
        ),
        (
            "at every venue there are rooms for which we keep a name and a capacity",
            "each venue has rooms with a name and a capacity",
        ),
    ],
)
def test_things_there_are_on_each_record_are_its_children(sentence: str, plain: str) -> None:
    assert there_are(sentence) == plain


def test_there_are_with_nothing_kept_about_them_is_left_alone() -> None:
    sentence = "on each site there are cameras"
    assert there_are(sentence) == sentence


def test_the_same_thing_shared_by_many_is_said_from_both_sides() -> None:
    assert shared_by_many(
        "performers have skills, and the same skill is shared by many performers"
    ) == (
        "performers have skills; each skill has many performers and each performer has many skills"
    )


def test_one_thing_shared_by_one_is_left_alone() -> None:
    sentence = "the same room is shared by the two teams"
    assert shared_by_many(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every production has several parts to cast, each with a rate",
            "every production has several parts, each with a rate",
        ),
        ("a job has many rooms to be painted", "a job has many rooms"),
    ],
)
def test_what_many_things_are_for_is_dropped(sentence: str, plain: str) -> None:
    assert without_infinitive_purpose(sentence) == plain


def test_an_infinitive_that_goes_on_is_left_alone() -> None:
    sentence = "we have several boats to hire out to members"
    assert without_infinitive_purpose(sentence) == sentence


def test_records_an_act_goes_through_tie_one_of_each_side() -> None:
    assert through_records(
        "we put performers forward for parts through submissions, which go from submitted to booked"
    ) == (
        "each submission is for one performer and one part; submissions go from submitted to booked"
    )


def test_an_act_through_a_single_thing_is_left_alone() -> None:
    sentence = "we match volunteers to shifts through the website"
    assert through_records(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "we keep a name for every consignor, and each item they bring in records a "
            "description and a price",
            "we keep a name for every consignor, and each item records a description and a price",
        ),
        ("every piece we restore notes the date", "every piece notes the date"),
    ],
)
def test_a_reduced_relative_before_a_verb_of_keeping_goes(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("first i need our units: each one has a serial number", "each unit has a serial number"),
        ("vans: every one carries a load", "each van carries a load"),
    ],
)
def test_each_one_after_a_header_is_one_of_the_header(sentence: str, plain: str) -> None:
    assert each_after_header(sentence) == plain


def test_a_plural_then_which_is_just_a_list_has_the_list() -> None:
    assert (
        which_has(
            "units have a serial number, and then customers, which is just a company name and a "
            "phone number"
        )
        == "units have a serial number; customers have a company name and a phone number"
    )


def test_a_relative_clause_listing_several_things_is_their_list() -> None:
    assert which_has("each job fits one heat pump, which lists the make, model and price") == (
        "each job fits one heat pump; a heat pump has the make, model and price"
    )


def test_a_relative_clause_listing_one_thing_may_list_records() -> None:
    sentence = "each order goes to one supplier, which lists the parts"
    assert which_has(sentence) == sentence


def test_a_singular_then_which_is_just_a_list_is_left_alone() -> None:
    sentence = "we collect rent and then payment, which is just a sum"
    assert which_has(sentence) == sentence


def test_one_field_in_brackets_said_whose_is_the_field() -> None:
    assert kept_in_brackets("which of our drivers did it (we only need the driver's name)") == (
        "which of our drivers did it (name)"
    )
    assert kept_in_brackets("a van (we only need a van)") == "a van (we only need a van)"


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "we record every shore we are licensed to cut on with its name",
            "we record every shore with its name",
        ),
        (
            "a shore has the maximum tonnes we may take per year",
            "a shore has the maximum tonnes per year",
        ),
    ],
)
def test_what_we_may_do_with_a_thing_is_no_part_of_its_name(sentence: str, plain: str) -> None:
    assert without_reduced_relative(sentence) == plain


def test_things_in_each_place_done_with_a_list_are_placed_there() -> None:
    assert (
        placed_things_done(
            "zones have a name, and the households in each zone are registered with an address"
        )
        == "zones have a name, and households are registered in each zone with an address"
    )


def test_a_place_with_no_list_after_it_is_left_alone() -> None:
    sentence = "the households in each zone are registered by a warden"
    assert placed_things_done(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("wardens then record sandbag drops", "wardens record sandbag drops"),
        ("zones have a name; wardens then record drops", "zones have a name; wardens record drops"),
    ],
)
def test_then_after_people_is_dropped(sentence: str, plain: str) -> None:
    assert without_our_adverb(sentence) == plain


def test_seats_booked_on_a_bare_plural_are_the_plural_booked() -> None:
    assert place_in("passengers book seats on trips") == "passengers book trips"
    assert place_in("passengers book seats on a trip") == "passengers book a trip"


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "exhibitors enter classes, and for an exhibitor i need their name",
            "exhibitors enter classes; for each exhibitor i need their name",
        ),
        ("for a member we keep a phone", "for each member we keep a phone"),
    ],
)
def test_what_we_keep_for_one_of_them_is_kept_for_each(sentence: str, plain: str) -> None:
    assert for_one(sentence) == plain


def test_a_thing_done_for_one_customer_is_left_alone() -> None:
    sentence = "we bake a cake for a customer"
    assert for_one(sentence) == sentence


def test_what_people_are_says_why_only_their_list_is_kept() -> None:
    assert (
        people_are_so("shoppers are freelancers, so i only need their name, phone and paypal email")
        == "shoppers have name, phone and paypal email"
    )


def test_people_who_are_something_with_nothing_kept_are_left_alone() -> None:
    sentence = "shoppers are freelancers, so we pay them per visit"
    assert people_are_so(sentence) == sentence


def test_examples_set_off_by_dashes_are_dropped() -> None:
    assert (
        without_examples(
            'inside each section are the classes - things like "three onions" or "victoria sponge"'
            " - with a class number and a title"
        )
        == "inside each section are the classes with a class number and a title"
    )


def test_a_dashed_aside_that_gives_no_examples_is_left_alone() -> None:
    sentence = "each class has a title - short - and a number"
    assert without_examples(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "inside each section are the classes with a class number and a title",
            "each section has classes with a class number and a title",
        ),
        ("in every room are several beds", "each room has beds"),
    ],
)
def test_things_inside_each_record_are_its_children(sentence: str, plain: str) -> None:
    assert inside_each_are(sentence) == plain


def test_a_record_said_to_be_inside_something_is_left_alone() -> None:
    sentence = "in each section the judge is named"
    assert inside_each_are(sentence) == sentence


def test_a_record_that_is_one_of_each_belongs_to_both() -> None:
    assert belongs_to_both(
        "each entry is one exhibitor in one class, with the fee and a placing"
    ) == (
        "each entry belongs to one exhibitor; each entry belongs to one class; "
        "each entry has the fee and a placing"
    )


def test_one_doer_doing_to_one_thing_meets_both_and_what_we_put_down_is_the_record_s() -> None:
    assert belongs_to_both(
        "then each weigh-in is one seller bringing in one grade, and we put the weight and the date"
    ) == (
        "each weigh-in belongs to one seller; each weigh-in belongs to one grade; "
        "each weigh-in has the weight and the date"
    )


def test_one_doer_doing_a_thing_is_no_pair_of_records() -> None:
    sentence = "each slot is one comedian doing a set"
    assert belongs_to_both(sentence) == sentence


def test_one_night_at_one_site_is_no_pair_of_records() -> None:
    sentence = "each booking is one night at one site"
    assert belongs_to_both(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each section is judged by one judge (again, just a name)",
            "each section is judged by one judge (just a name)",
        ),
        ("a hirer (as before, name and phone)", "a hirer (name and phone)"),
    ],
)
def test_again_in_brackets_is_no_field(sentence: str, plain: str) -> None:
    assert kept_in_brackets(sentence) == plain


def test_again_that_is_a_bracket_s_only_word_is_left_alone() -> None:
    sentence = "each visit (again) has a date"
    assert kept_in_brackets(sentence) == sentence


def test_a_quantified_plural_which_is_just_a_list_gives_each_one_the_list() -> None:
    assert which_has(
        "each client has several stores and several questionnaires of their own, which are just"
        " a title and the list of questions"
    ) == (
        "each client has several stores and several questionnaires; "
        "each questionnaire has a title and the list of questions"
    )


def test_a_quantified_plural_which_does_something_is_left_alone() -> None:
    sentence = "each client has several stores, which open at nine"
    assert which_has(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "then i send one of my shoppers to a store on a visit using one of that client's"
            " questionnaires",
            "each visit belongs to one shopper; each visit belongs to one store; "
            "each visit uses one questionnaire",
        ),
        (
            "we send a cleaner to a house on a job",
            "each job belongs to one cleaner; each job belongs to one house",
        ),
    ],
)
def test_someone_sent_somewhere_on_a_record_are_the_record_s(sentence: str, plain: str) -> None:
    assert sent_on_record(sentence) == plain


def test_sent_somewhere_on_a_day_makes_no_record() -> None:
    sentence = "we send a letter to a customer on a monday"
    assert sent_on_record(sentence) == sentence


def test_each_record_that_is_a_list_of_things_has_them() -> None:
    assert are_just_fields(
        "payments come in against a rental, monthly, so each payment is an amount, the date it"
        " was paid and how (card or cash)"
    ) == (
        "payments come in against a rental, monthly; each payment has an amount, the date it was"
        " paid and how (card or cash)"
    )


@pytest.mark.parametrize(
    "sentence",
    ["each unit is a room, a locker or a cage", "each booking is a nightmare, honestly, and slow"],
)
def test_each_record_that_is_one_of_some_kinds_is_left_alone(sentence: str) -> None:
    assert are_just_fields(sentence) == sentence


def test_what_we_keep_about_people_who_act_is_theirs() -> None:
    assert people_act_we_keep(
        "then customers rent them, and we need their name, email and phone, and when someone"
        " takes a unit we write a rental"
    ) == (
        "customers rent them; customers have name, email and phone; when someone takes a unit we"
        " write a rental"
    )


def test_what_we_keep_about_what_people_act_on_is_left_alone() -> None:
    sentence = "members borrow books, and we keep their title and author"
    assert people_act_we_keep(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "so we have got a self storage yard with about sixty units and right now it is all on"
            " a whiteboard",
            "right now it is all on a whiteboard",
        ),
        ("we have a farm with 30 cows", ""),
    ],
)
def test_our_business_with_its_size_is_the_app(sentence: str, plain: str) -> None:
    assert without_our_shop(sentence) == plain


def test_our_shop_and_something_else_is_left_alone() -> None:
    sentence = "we have a shop and a van"
    assert without_our_shop(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each survey for one client, done by one of our surveyors: site address, fee",
            "each survey is for one client and is done by one of our surveyors; "
            "each survey has site address, fee",
        ),
        (
            "each booking for one room: dates, price",
            "each booking is for one room; each booking has dates, price",
        ),
    ],
)
def test_a_header_that_says_whose_the_record_is_gives_it_the_list(
    sentence: str, plain: str
) -> None:
    assert each_header_clause(sentence) == plain


@pytest.mark.parametrize(
    "sentence", ["each order: date, total", "each visit at a site, and then more: date"]
)
def test_a_header_that_is_only_the_record_is_left_alone(sentence: str) -> None:
    assert each_header_clause(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "i write down the species, the kind of mount they want (full body or rug)",
            "i write down the species, the mount type (full body or rug)",
        ),
        ("we note the type of cake the customer orders", "we note the cake type"),
    ],
)
def test_the_kind_of_thing_someone_wants_is_its_type(sentence: str, plain: str) -> None:
    assert kind_they_want(sentence) == plain


def test_a_kind_of_thing_nobody_chooses_is_left_alone() -> None:
    sentence = "we note the kind of weather on the day"
    assert kind_they_want(sentence) == sentence


def test_a_record_working_its_way_through_goes_through() -> None:
    assert its_way_through("then it works its way through the place: skinned, mounted") == (
        "then it goes through the place: skinned, mounted"
    )


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every sample needs a weight and a permit number",
            "every sample has a weight and a permit number",
        ),
        (
            "clients have a name; each job requires a date",
            "clients have a name; each job has a date",
        ),
    ],
)
def test_what_each_record_needs_is_what_it_has(sentence: str, plain: str) -> None:
    assert each_needs(sentence) == plain


def test_what_people_need_is_left_alone() -> None:
    sentence = "customers need a quote before we start"
    assert each_needs(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "oh, and for the legal side every specimen needs a permit number",
            "every specimen needs a permit number",
        ),
        ("on the money side of things we keep each payment", "we keep each payment"),
    ],
)
def test_the_side_of_the_business_a_sentence_is_about_is_no_record(
    sentence: str, plain: str
) -> None:
    assert without_side_of_things(sentence) == plain


def test_a_side_that_is_a_record_s_is_left_alone() -> None:
    sentence = "for the left side of each boat we note the damage"
    assert without_side_of_things(sentence) == sentence


def test_a_record_that_belongs_to_one_and_to_one_of_ours_belongs_to_both() -> None:
    assert belongs_to_both(
        "each quote belongs to a property and to one of our decorators, with a total"
    ) == (
        "each quote belongs to a property; each quote belongs to one decorator; "
        "each quote has a total"
    )


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each quote has a status: it starts as a draft, gets sent, and is then accepted or"
            " declined",
            "each quote has a status: draft -> sent -> accepted or declined",
        ),
        (
            "a status: it starts as new, then gets triaged, then fixed",
            "a status: new -> triaged -> fixed",
        ),
    ],
)
def test_states_told_as_a_story_are_a_flow(sentence: str, plain: str) -> None:
    assert narrated_flow(sentence) == plain


def test_a_story_that_goes_on_to_something_else_is_left_alone() -> None:
    sentence = "a status: it starts as a draft, and we print it"
    assert narrated_flow(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "a quote is broken down into rooms (name, coats)",
            "a quote has several rooms (name, coats)",
        ),
        (
            "every room uses one paint from our paint list, which has a brand",
            "every room uses one paint, which has a brand",
        ),
        (
            "each job fits one heat pump from our catalogue, which lists the make",
            "each job fits one heat pump, which lists the make",
        ),
    ],
)
def test_a_record_broken_into_others_has_them(sentence: str, plain: str) -> None:
    assert broken_into(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    ["the show is split into sections like vegetables", "each order is split into two parts"],
)
def test_a_whole_split_into_no_records_is_left_alone(sentence: str) -> None:
    assert broken_into(sentence) == sentence


def test_the_record_each_one_gets_for_something_is_theirs_and_its() -> None:
    assert gets_a_record(
        "we run sessions, each with a start time, and every driver who takes part gets a result"
        " for that session showing their best lap and their finishing position"
    ) == (
        "we run sessions, each with a start time; each result belongs to one driver; "
        "each result belongs to one session; "
        "each result has their best lap and their finishing position"
    )


def test_something_each_one_gets_with_no_occasion_is_left_alone() -> None:
    sentence = "every member who joins gets a card with a number"
    assert gets_a_record(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "the karts are numbered and we note each one's engine size in cc",
            "each kart has a number; each kart has engine size in cc",
        ),
        ("the rooms are named", "each room has a name"),
    ],
)
def test_numbered_things_have_a_number(sentence: str, plain: str) -> None:
    assert numbered_things(sentence) == plain


def test_things_numbered_in_some_way_are_left_alone() -> None:
    sentence = "the pages are numbered in order"
    assert numbered_things(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "first thing i need is our members - name, email and the date they joined",
            "members have name, email and the date they joined",
        ),
        (
            "then there are the events we go to, castle shows, and for those we would want the"
            " event name and the venue",
            "events have the event name and the venue",
        ),
    ],
)
def test_the_records_told_one_by_one_have_what_is_kept(sentence: str, plain: str) -> None:
    assert first_thing_is(sentence) == plain


@pytest.mark.parametrize(
    "sentence",
    ["first thing i need is a coffee", "there are the cats, and for those we buy food"],
)
def test_a_first_thing_that_keeps_nothing_is_left_alone(sentence: str) -> None:
    assert first_thing_is(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every new citizen is booked onto one ceremony",
            "every citizen belongs to one ceremony",
        ),
        (
            "we run ceremonies, each held on a date at a venue with a maximum number of places",
            "we run ceremonies, each with a date, a venue and a maximum number of places",
        ),
        (
            "we run classes, each held on a weekday at a hall",
            "we run classes, each with a weekday and a hall",
        ),
    ],
)
def test_booked_onto_one_and_held_on_a_date_at_a_place(sentence: str, plain: str) -> None:
    assert booked_onto_one(sentence) == plain


def test_assigned_to_one_of_ours_is_left_alone() -> None:
    sentence = "it is assigned to one of our joiners"
    assert booked_onto_one(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "every citizen belongs to one ceremony; we take their full name, date of birth",
            "every citizen belongs to one ceremony; each citizen has full name, date of birth",
        ),
        (
            "the register office runs citizenship ceremonies, each with a date",
            "we run citizenship ceremonies, each with a date",
        ),
    ],
)
def test_their_after_each_record_is_the_record_s(sentence: str, plain: str) -> None:
    assert then_theirs(sentence) == plain


def test_their_after_people_is_left_alone() -> None:
    sentence = "customers belong to one branch; we take their name"
    assert then_theirs(sentence) == sentence


def test_what_we_only_note_for_one_of_them_is_kept_for_each() -> None:
    assert for_one("citizens may bring guests, and for a guest we only note the name") == (
        "citizens may bring guests; for each guest we only note the name"
    )


def test_people_which_have_a_list_and_then_act_have_the_list() -> None:
    assert which_have_then_act(
        "wards, which have a name and a phone extension, raise porter requests: what, from where"
    ) == ("wards have a name and a phone extension; wards raise porter requests: what, from where")


def test_a_relative_that_is_no_list_before_an_act_is_left_alone() -> None:
    sentence = "wards, which have a name, usually raised requests"
    assert which_have_then_act(sentence) == sentence


def test_work_raised_as_a_record_against_another_belongs_to_it() -> None:
    assert raised_as("work is raised as a job against a boat: a job type, a quoted price") == (
        "each job belongs to one boat; each job has a job type, a quoted price"
    )


def test_work_raised_as_a_record_with_no_list_is_left_alone() -> None:
    sentence = "work is raised as a job against a boat"
    assert raised_as(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "each instrument we look after belongs to a customer, with a serial number",
            "each instrument belongs to a customer, with a serial number",
        ),
        (
            "when an instrument arrives, we open a calibration job recording the date received",
            "when an instrument arrives, we open a calibration job with the date received",
        ),
        (
            "the finished job produces a certificate with a certificate number",
            "each certificate belongs to one job and has a certificate number",
        ),
    ],
)
def test_relatives_participles_and_products_of_a_record(sentence: str, plain: str) -> None:
    assert each_we_look_after(sentence) == plain


def test_each_one_we_name_with_no_predicate_after_is_left_alone() -> None:
    sentence = "each instrument we look after carefully"
    assert each_we_look_after(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("our lab calibrates measuring instruments", "we calibrate measuring instruments"),
        ("our shop sells bikes", "we sell bikes"),
    ],
)
def test_what_our_business_does_is_what_we_do(sentence: str, plain: str) -> None:
    assert without_our_shop(sentence) == plain


def test_what_our_people_do_is_left_alone() -> None:
    sentence = "our members pay fees"
    assert without_our_shop(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "our technicians visit pools and fill in the date, the chlorine reading and any notes",
            "each visit belongs to one technician; each visit belongs to one pool; "
            "each visit has the date, the chlorine reading and any notes",
        ),
        (
            "members borrow books and note the date, the due date and the fee",
            "each borrowing belongs to one member; each borrowing belongs to one book; "
            "each borrowing has the date, the due date and the fee",
        ),
    ],
)
def test_people_acting_on_things_and_filling_in_a_list_make_the_act(
    sentence: str, plain: str
) -> None:
    assert act_and_fill_in(sentence) == plain


def test_people_acting_and_noting_no_list_are_left_alone() -> None:
    sentence = "customers love dogs and record nothing"
    assert act_and_fill_in(sentence) == sentence


def test_a_part_of_a_whole_that_acts_on_one_thing_is_the_whole_s() -> None:
    assert part_of_whole("each operation on a work order runs on one machine") == (
        "each operation belongs to a work order; each operation runs on one machine"
    )


def test_a_note_to_ourselves_after_a_clause_about_each_record_is_what_we_log() -> None:
    assert we_log("each job runs on one machine, log setup minutes and run minutes") == (
        "each job runs on one machine; we log the setup minutes and run minutes"
    )


def test_a_log_item_in_a_list_is_no_note_to_ourselves() -> None:
    sentence = "machines have a name, log book and service date"
    assert we_log(sentence) == sentence


def test_a_record_people_make_told_in_a_relative_clause_is_theirs() -> None:
    assert ask_with_one_that(
        "clients ask for boxes back with a retrieval request that covers several boxes, has a"
        " requested date"
    ) == (
        "clients ask for boxes back; each retrieval request belongs to one client; "
        "each retrieval request covers several boxes, has a requested date"
    )


def test_a_relative_clause_with_its_own_subject_stays() -> None:
    sentence = "clients write to us with a request that we log"
    assert ask_with_one_that(sentence) == sentence


def test_many_of_a_part_people_play_are_the_other_side_s_records() -> None:
    assert (
        many_of_the_other(
            "a session has many attendees and each young person comes to many sessions"
        )
        == "a session has many young people and each young person comes to many sessions"
    )


def test_many_of_the_other_side_s_own_records_stay() -> None:
    sentence = "a session has many attendees and each attendee comes to many sessions"
    assert many_of_the_other(sentence) == sentence


def test_a_record_taken_each_time_someone_comes_is_theirs() -> None:
    assert (
        kept_each_time("staff take attendance every day a member comes in, noting the date")
        == "staff take an attendance, noting the date; each attendance is for one member"
    )


def test_a_record_taken_each_time_without_its_list_stays() -> None:
    sentence = "staff take attendance every day a member comes in"
    assert kept_each_time(sentence) == sentence


def test_each_of_their_things_is_the_record_before_s() -> None:
    assert for_each_of_theirs(
        "customers have a name and address, and for each of their appliances we keep the brand"
    ) == (
        "customers have a name and address, and each appliance belongs to one customer;"
        " for each appliance we keep the brand"
    )


def test_each_of_their_things_after_a_person_is_only_each_thing() -> None:
    assert for_each_of_theirs("for each of their appliances we keep the brand") == (
        "for each appliance we keep the brand"
    )


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("domestic appliance repair business: washing machines, dishwashers and fridges", ""),
        (
            "sign-writing business: shops and tradespeople order signs for their vans",
            "shops and tradespeople order signs for their vans",
        ),
    ],
)
def test_the_trade_a_description_opens_with_is_no_record(sentence: str, plain: str) -> None:
    assert without_introduction(sentence) == plain


def test_the_list_we_keep_for_whom_is_the_one_named_s() -> None:
    assert (
        for_whom_we("it is bought from one supplier, for whom we keep a company name and a website")
        == "it is bought from one supplier; for each supplier we keep a company name and a website"
    )


def test_for_whom_we_without_a_list_stays() -> None:
    sentence = "it is bought from one supplier, for whom we work"
    assert for_whom_we(sentence) == sentence


def test_what_each_record_counts_as_is_no_record() -> None:
    assert is_one_with("each farm is a client with a name and a phone") == (
        "each farm has a name and a phone"
    )


def test_what_each_record_is_for_stays() -> None:
    sentence = "each booking is for a client with a dog"
    assert is_one_with(sentence) == sentence


def test_the_list_after_a_record_that_covers_several_things_is_the_record_s() -> None:
    assert one_doing_many_with(
        "a grazier signs a grazing licence covering several fields, with a start date"
    ) == (
        "a grazier signs a grazing licence; each grazing licence covers several fields;"
        " each grazing licence has a start date"
    )


def test_a_record_covering_several_things_with_no_list_stays() -> None:
    sentence = "a grazier signs a grazing licence covering several fields"
    assert one_doing_many_with(sentence) == sentence


def test_what_a_record_is_not_tied_to_links_nothing() -> None:
    assert (
        without_denied_tie(
            "members are not tied to one team, so any member can be in several teams"
        )
        == "any member can be in several teams"
    )


def test_the_list_after_how_each_record_goes_in_is_its_own() -> None:
    assert each_acts_then_list("then every job goes in on its own: the client, the event date") == (
        "every job has the client, the event date"
    )


def test_the_list_after_what_each_record_lists_stays_the_things_listed() -> None:
    sentence = "each quote lists window items: room, width and drop"
    assert each_acts_then_list(sentence) == sentence


def test_the_things_a_stock_list_holds_are_each_the_record() -> None:
    assert each_after_header("i keep a stock list of sneakers: each one has a brand, a size") == (
        "each sneaker has a brand, a size"
    )


def test_values_a_field_is_said_to_take_end_before_a_reason() -> None:
    assert (
        which_is_one_of(
            "their skin type, which is dry, oily or sensitive, because that changes what i bring"
        )
        == "their skin type (dry, oily or sensitive), because that changes what i bring"
    )


def test_what_each_thing_we_hold_is_logged_by_is_kept_with_it() -> None:
    assert logged_by_its("we log every key we hold for a site by its tag number and the date") == (
        "we log every key for a site with its tag number and the date"
    )


def test_the_errand_we_send_someone_on_is_a_record_of_theirs_and_the_place_s() -> None:
    assert sent_on_record(
        "when an alarm goes off, we send one of our officers on a callout for that site with"
        " the outcome"
    ) == (
        "each callout belongs to one officer; each callout belongs to one site;"
        " each callout has the outcome"
    )


def test_sending_someone_on_no_errand_stays() -> None:
    sentence = "we send one of our officers home for the day"
    assert sent_on_record(sentence) == sentence


def test_examples_with_articles_name_no_record() -> None:
    assert (
        without_examples(
            "treatments such as a classic set, a volume set or an infill each have a name"
        )
        == "treatments have a name"
    )


def test_a_record_that_sends_one_thing_to_one_other_belongs_to_both() -> None:
    assert belongs_to_both("a shipment sends one box to one subscriber with a tracking number") == (
        "a shipment belongs to one box; a shipment belongs to one subscriber;"
        " a shipment has a tracking number"
    )


def test_a_doer_that_takes_one_thing_to_one_other_is_no_record_of_both() -> None:
    sentence = "a driver takes one parcel to one address"
    assert belongs_to_both(sentence) == sentence


def test_a_record_of_theirs_that_keeps_a_list_belongs_to_the_one_before() -> None:
    assert one_of_theirs_keeps(
        "for each customer we keep a name, and a survey of their home records the date"
    ) == (
        "for each customer we keep a name; each survey belongs to one customer;"
        " a survey records the date"
    )
    assert one_of_theirs_keeps(
        "customers have a name, and a survey of their home records the date"
    ) == ("customers have a name; each survey belongs to one customer; a survey records the date")


@pytest.mark.parametrize(
    "sentence",
    [
        "customers have a name, and a survey of their pianos records the date",  # several: theirs
        "we have a name, and a survey of their home records the date",  # no record before
    ],
)
def test_a_record_of_theirs_with_no_one_before_is_left_alone(sentence: str) -> None:
    assert one_of_theirs_keeps(sentence) == sentence


def test_hours_logged_on_a_record_are_a_time_log_that_keeps_them() -> None:
    assert log_their_time(
        "engineers log their hours on a work order with the date and a short note"
    ) == (
        "each time log is made by one engineer; engineers log a time log on a work order with"
        " the hours, the date and a short note"
    )
    # the list says how long already: nothing is added
    assert log_their_time("engineers log their hours on a job with the minutes") == (
        "each time log is made by one engineer; engineers log a time log on a job with the minutes"
    )


@pytest.mark.parametrize(
    "sentence",
    ["engineers log their hours", "engineers log their hours on site", "members log faults"],
)
def test_time_logged_on_nothing_is_left_alone(sentence: str) -> None:
    assert log_their_time(sentence) == sentence


def test_moving_told_after_a_list_is_a_clause_of_the_record() -> None:
    assert (
        status_going("a shipment has a tracking number, moving from packed to shipped, or returned")
        == "a shipment has a tracking number; each shipment moves from packed to shipped, or returned"
    )
    assert status_going("a helpdesk: tickets with a title, moving from open to closed") == (
        "a helpdesk: tickets with a title; each ticket moves from open to closed"
    )
    # a status going is the status that goes, as before
    assert status_going("a status going placed, packed") == "a status that goes placed, packed"


def test_moving_house_is_no_flow() -> None:
    sentence = "a client has a name, moving house next year"
    assert status_going(sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        (
            "subscribers can rate a box from 1 to 5 with a comment",
            "subscribers can review a box with a rating from 1 to 5 and a comment",
        ),
        (
            "guests rate each stay out of 10 and leave a note",
            "guests review each stay with a rating out of 10 and a note",
        ),
    ],
)
def test_rating_a_thing_on_a_scale_is_a_review_of_it(sentence: str, plain: str) -> None:
    assert rate_one(sentence) == plain


@pytest.mark.parametrize(
    "sentence", ["subscribers rate the service highly", "judges rate entries by hand"]
)
def test_rating_on_no_scale_is_left_alone(sentence: str) -> None:
    assert rate_one(sentence) == sentence


def test_a_flow_drops_what_happens_meanwhile_and_ends_where_it_ends_up() -> None:
    assert flow_ends_up(
        "the case goes through diagnosis, then awaiting approval while the customer thinks"
        " about it, then recovery, and ends up either recovered or unrecoverable"
    ) == (
        "the case goes through diagnosis, then awaiting approval, then recovery, then recovered"
        " or unrecoverable"
    )
    # "until it is released" names the last state: kept
    sentence = "its stage goes from eggs to fry until it is released"
    assert flow_ends_up(sentence) == sentence


def test_no_flow_keeps_its_while_clause() -> None:
    sentence = "we keep a note while the customer waits, and it ends up in the file"
    assert flow_ends_up(sentence) == sentence


def test_things_done_at_one_record_and_noted_are_records_of_it() -> None:
    assert done_at_one_noted(
        "medicines prescribed at a visit are noted with the product and the dose"
    ) == ("each medicine belongs to one visit; each medicine has the product and the dose")


@pytest.mark.parametrize(
    "sentence",
    [
        "medicines are noted with the product",  # nothing it was done at
        "visits booked on a monday are noted as urgent",  # a day, read as it was
    ],
)
def test_things_noted_without_a_record_they_were_done_at_are_left_alone(sentence: str) -> None:
    assert done_at_one_noted(sentence) == sentence


def test_a_sum_we_charge_for_one_record_is_its_own() -> None:
    assert we_charge_for("a vet visits a farm, and we charge a call-out fee for the visit") == (
        "a vet visits a farm; each visit has a call-out fee"
    )
    assert we_charge_for("we charge a deposit on each booking") == "each booking has a deposit"


@pytest.mark.parametrize(
    "sentence",
    [
        "we charge a fee for late returns",  # several: no one record
        "we take a photo for the file",  # no sum
    ],
)
def test_a_charge_for_no_one_record_is_left_alone(sentence: str) -> None:
    assert we_charge_for(sentence) == sentence


def test_what_is_taken_down_of_one_who_gets_in_touch_is_their_list() -> None:
    assert (
        one_gets_in_touch(
            "a customer calls, i take their name, phone and postcode, and i note the car's reg"
        )
        == "each customer has name, phone and postcode; i note the car's reg"
    )
    assert one_gets_in_touch("when a tenant rings up, we log their name and flat number") == (
        "each tenant has name and flat number"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "a customer calls, i take the van out",  # nothing of theirs taken down
        "the phone rings, i take their name",  # no one: a thing
    ],
)
def test_getting_in_touch_with_nothing_of_theirs_taken_is_left_alone(sentence: str) -> None:
    assert one_gets_in_touch(sentence) == sentence
