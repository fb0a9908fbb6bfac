"""Links read from acts (:mod:`appwright.design.offline.act_links`): a record made, put or paid
for, from, against, on or into another points at it, a record a person sends or files points at
that person, and a record made when something happens to another points at that other. Each
positive description is worded so the pattern readers alone miss the link (a test shows it,
with the act reader switched off); each negative has a twin one word away, or one fact about
the records away, that is read, so the test shows what stops it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from offline_spec_views import assert_only_many_to_one, design, entity_names, relations

from appwright.design.offline import designer as designer_module
from appwright.design.offline import entities as entities_module
from appwright.design.offline.act_links import read_act_links
from appwright.design.offline.draft import EntityDraft, FieldDraft, ModelDraft
from appwright.design.offline.sentences import sentences


def model_of(
    *records: str, people: tuple[str, ...] = (), actors: tuple[str, ...] = ()
) -> ModelDraft:
    """A model holding ``records``; ``people`` are records with an email, ``actors`` records
    named as doing things: the two ways the reader knows a record is a person."""
    entities = {name: EntityDraft(name=name, declared=True) for name in (*records, *actors)}
    for name in people:
        email = FieldDraft(name="email", type="email")
        entities[name] = EntityDraft(name=name, fields=[email], declared=True)
    return ModelDraft(entities=entities, actors={name: set() for name in actors})


def act_links(
    text: str, *records: str, people: tuple[str, ...] = (), actors: tuple[str, ...] = ()
) -> list[tuple[str, str]]:
    model = model_of(*records, people=people, actors=actors)
    read_act_links(sentences(text), model)
    assert all(link.kind == "many_to_one" for link in model.links)
    return [(link.source, link.target) for link in model.links]


@pytest.fixture
def without_act_reader(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The designer with every reader but this one (its models are cached by description), and
    without the island and pair passes, which would link what this reader leaves unlinked."""
    monkeypatch.setattr(entities_module, "read_act_links", lambda found, model: None)
    monkeypatch.setattr(designer_module, "island_links", lambda sentences, model, links: [])
    monkeypatch.setattr(designer_module, "pair_links", lambda sentences, model, links: [])
    entities_module.read_model.cache_clear()
    yield
    entities_module.read_model.cache_clear()


# --- a record made or put for another, and a record a person makes ---------------------------

TYPEWRITERS = (
    "We repair vintage typewriters. Each docket has a number and a print date. Each repair has"
    " a fault, a price and a due date. We print a docket for it."
)
OYSTERS = (
    "We farm oysters on the estuary. Each invoice has a number, an amount and a due date."
    " Oyster deliveries leave the farm on Fridays and have a weight. We raise invoices for them."
)

POSITIVES = [
    # "it" is the record of the sentence before
    pytest.param(TYPEWRITERS, ("docket", "repair"), (), (), id="we-print-one-for-it"),
    # "them" is the plural record before, not the invoices the verb makes
    pytest.param(OYSTERS, ("invoice", "oyster_delivery"), (), (), id="we-raise-them-for-them"),
    pytest.param(
        "We make hats by hand. Each hatbox has a label and a shelf. Each hat has a style, a size"
        " and a price. Once trimmed, hats are laid into a hatbox.",
        ("hat", "hatbox"),
        (),
        (),
        id="passive-laid-into",
    ),
    pytest.param(
        "We make and mend sails. Each sail has a boat name, a cloth and an area. Each repair"
        " patch has a size and a cost. Once cut, a repair patch goes onto a sail.",
        ("repair_patch", "sail"),
        (),
        (),
        id="thing-goes-onto",
    ),
    pytest.param(
        "We build violins to order. Each commission has a wood, a varnish and a price. Each"
        " instalment has an amount and a paid date. Month by month, an instalment comes in"
        " against a commission.",
        ("instalment", "commission"),
        (),
        (),
        id="thing-comes-in-against",
    ),
    pytest.param(
        "We look after office aquariums. Each tank has a volume and a location. Each water"
        " change has a date and a volume in litres. Each water change we carry out for a tank"
        " is logged.",
        ("water_change", "tank"),
        (),
        (),
        id="relative-clause-we-carry-out-for",
    ),
    # the fliers have a phone: people, who send the kites
    pytest.param(
        "We mend stunt kites. Each flier has a name and a phone. Each kite has a make, a span"
        " and a fault. Fliers send us kites.",
        ("kite", "flier"),
        (),
        ("flier",),
        id="people-send-us",
    ),
    # the landowners have a phone: people, who give the permissions
    pytest.param(
        "Our club searches farmland. Landowners, with a name, a phone number and a farm"
        " address, give us written permission, and every permission has a start date.",
        ("permission", "landowner"),
        (),
        ("landowner",),
        id="people-give-us",
    ),
    # "they" are the colleges of the sentence before, which have an email
    pytest.param(
        "We rebind worn volumes. Colleges have a name, an email and a librarian. Each rebinding"
        " request they submit has a due date and a page count.",
        ("rebinding_request", "college"),
        ("college",),
        (),
        id="each-one-they-submit",
    ),
]


@pytest.mark.parametrize(("description", "link", "people", "actors"), POSITIVES)
def test_the_act_reader_links_the_record_to_the_one_it_is_for(
    description: str, link: tuple[str, str], people: tuple[str, ...], actors: tuple[str, ...]
) -> None:
    records = [name for name in link if name not in (*people, *actors)]
    assert act_links(description, *records, people=people, actors=actors) == [link]


@pytest.mark.parametrize(("description", "link", "people", "actors"), POSITIVES)
def test_without_the_act_reader_the_designed_app_misses_the_link(
    description: str,
    link: tuple[str, str],
    people: tuple[str, ...],
    actors: tuple[str, ...],
    without_act_reader: None,
) -> None:
    # the premise of the next test: only this reader finds the link in these words
    source, target = link
    spec = design(description)
    assert {source, target} <= entity_names(spec)
    assert not {r for r in relations(spec) if {source, target} == set(r[:2])}


@pytest.mark.parametrize(("description", "link", "people", "actors"), POSITIVES)
def test_the_designed_app_has_the_many_to_one(
    description: str, link: tuple[str, str], people: tuple[str, ...], actors: tuple[str, ...]
) -> None:
    assert_only_many_to_one(design(description), *link)


@pytest.mark.parametrize(
    ("sentence", "records", "link"),
    [
        pytest.param(
            "Cuttings are taken from a mother plant.",
            ("cutting", "mother_plant"),
            ("cutting", "mother_plant"),
            id="passive-from",
        ),
        pytest.param(
            "We stitch a name label on a hat.",
            ("name_label", "hat"),
            ("name_label", "hat"),
            id="we-put-one-on",
        ),
        pytest.param(
            "A water test is logged against a tank.",
            ("water_test", "tank"),
            ("water_test", "tank"),
            id="passive-against",
        ),
    ],
)
def test_other_prepositions_of_an_act_link_the_record(
    sentence: str, records: tuple[str, ...], link: tuple[str, str]
) -> None:
    assert act_links(sentence, *records) == [link]


# --- pronouns: the record before, of the same number ----------------------------------------


def test_it_with_no_sentence_before_links_nothing() -> None:
    assert act_links("We print a docket for it.", "docket", "repair") == []
    assert act_links(TYPEWRITERS, "docket", "repair") == [("docket", "repair")]


def test_it_is_not_a_plural_record_before() -> None:
    singular = OYSTERS.replace("invoices for them", "an invoice for it")
    assert act_links(singular, "invoice", "oyster_delivery") == []
    assert act_links(OYSTERS, "invoice", "oyster_delivery") == [("invoice", "oyster_delivery")]


# --- a record a person makes: only a person ---------------------------------------------------


def test_a_sender_that_is_not_a_person_makes_nothing() -> None:
    sentence = "Fliers send us kites."
    assert act_links(sentence, "kite", "flier") == []
    assert act_links(sentence, "kite", actors=("flier",)) == [("kite", "flier")]
    assert act_links(sentence, "kite", people=("flier",)) == [("kite", "flier")]


def test_they_that_are_not_people_make_nothing() -> None:
    text = (
        "Colleges have a name and a librarian. Each rebinding request they submit has a due date."
    )
    assert act_links(text, "rebinding_request", "college") == []
    assert act_links(text, "rebinding_request", people=("college",)) == [
        ("rebinding_request", "college")
    ]


def test_a_making_verb_with_a_record_subject_makes_nothing() -> None:
    # "send" is a making verb: a pump is no person, so the alert is not the pump's
    assert act_links("Each filter pump sends a fault alert.", "filter_pump", "fault_alert") == []
    assert act_links("Each keeper sends a fault alert.", "fault_alert", people=("keeper",)) == [
        ("fault_alert", "keeper")
    ]


def test_what_people_book_is_left_to_the_booking_patterns() -> None:
    # a class is shared by the hobbyists who book it: not one hobbyist's
    booked = "Each hobbyist books a kite class."
    assert act_links(booked, "kite_class", people=("hobbyist",)) == []
    requested = "Each hobbyist requests a kite class."
    assert act_links(requested, "kite_class", people=("hobbyist",)) == [("kite_class", "hobbyist")]


# --- not a record made for another ------------------------------------------------------------

NEGATIVES = [
    # people given to a record: many to many, left to other readers
    pytest.param(
        "The head luthier assigns varnishers to a commission.",
        "The head luthier brings varnishers to a commission.",
        ("varnisher", "commission"),
        id="assigns",
    ),
    pytest.param(
        "The head luthier hands varnishers to a commission.",
        "The head luthier brings varnishers to a commission.",
        ("varnisher", "commission"),
        id="hands",
    ),
    pytest.param(
        "The head luthier allocates varnishers to a commission.",
        "The head luthier brings varnishers to a commission.",
        ("varnisher", "commission"),
        id="allocates",
    ),
    # the parse reads this "to" as the dative of "give", not as a place the varnishers go
    pytest.param(
        "The head luthier gives varnishers to a commission.",
        "The head luthier brings varnishers to a commission.",
        ("varnisher", "commission"),
        id="gives",
    ),
    # the estimate is not the repair's: the repair comes out of it
    pytest.param(
        "An estimate turns into a repair.",
        "An estimate goes into a repair.",
        ("estimate", "repair"),
        id="changing-verb",
    ),
    # one ribbon, many spools
    pytest.param(
        "Each ribbon comes on spools.",
        "Each ribbon comes on a spool.",
        ("ribbon", "spool"),
        id="plural-target",
    ),
    # "morning" and "day" are records here, yet these phrases say when
    pytest.param(
        "Each distillation is run for a morning.",
        "Each distillation is run for a grower.",
        ("distillation", "grower", "morning"),
        id="for-a-time",
    ),
    pytest.param(
        "Each oyster delivery goes out on the day.",
        "Each oyster delivery goes out on the boat.",
        ("oyster_delivery", "boat", "day"),
        id="on-the-day",
    ),
    pytest.param(
        "A water test is logged for every tank.",
        "A water test is logged for a tank.",
        ("water_test", "tank"),
        id="for-every",
    ),
    pytest.param(
        "We stitch a name label on each hat.",
        "We stitch a name label on a hat.",
        ("name_label", "hat"),
        id="on-each",
    ),
    # a fault is no record of this model
    pytest.param(
        "A water test is logged against a fault.",
        "A water test is logged against a tank.",
        ("water_test", "tank"),
        id="target-not-a-record",
    ),
]


@pytest.mark.parametrize(("sentence", "twin", "records"), NEGATIVES)
def test_no_link_from_what_is_not_a_record_made_for_another(
    sentence: str, twin: str, records: tuple[str, ...]
) -> None:
    assert act_links(sentence, *records) == []
    # one wording away, the reader does link them: the test is about the words above
    assert act_links(twin, *records) == [records[:2]]


def test_a_person_acting_is_not_a_record_made_for_another() -> None:
    sentence = "Hobbyists enrol in a kite workshop."
    assert act_links(sentence, "kite_workshop", people=("hobbyist",)) == []
    assert act_links(sentence, "kite_workshop", actors=("hobbyist",)) == []
    # the same words about a record that is no person do link it
    assert act_links(sentence, "kite_workshop", "hobbyist") == [("hobbyist", "kite_workshop")]


def test_a_thing_acting_on_its_own_object_links_the_thing() -> None:
    sentence = "Each sail order uses one cloth roll from one supplier."
    records = ("sail_order", "cloth_roll", "supplier")
    # the supplier is the order's, not the roll's
    assert act_links(sentence, *records) == [("sail_order", "supplier")]
    # when a person acts, the object is the record the phrase is about
    person_acts = "Each sailmaker uses one cloth roll from one supplier."
    assert act_links(person_acts, "cloth_roll", "supplier", people=("sailmaker",)) == [
        ("cloth_roll", "supplier")
    ]


# --- a record made when something happens to another -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "When someone hires a pedalo, we open a ticket with the start time.",
        # without the comma the small parser hangs the main clause off "pedalo"
        "When someone hires a pedalo we open a ticket with the start time.",
        "Once a pedalo comes back, we write up a ticket with the return time.",
    ],
)
def test_a_record_made_when_something_happens_to_another_points_at_it(text: str) -> None:
    assert act_links(text, "pedalo", "ticket") == [("ticket", "pedalo")]


def test_a_record_made_when_someone_acts_on_another_is_both_of_theirs() -> None:
    text = "When a hirer takes a pedalo, we open a ticket with the start time."
    links = act_links(text, "pedalo", "ticket", "hirer")
    assert sorted(links) == [("ticket", "hirer"), ("ticket", "pedalo")]


def test_a_record_made_on_an_occasion_that_is_no_when_is_not_linked() -> None:
    # twin of the above: "because" gives a reason, not the occasion the record is made on
    text = "Because someone hires a pedalo, we open a ticket with the start time."
    assert act_links(text, "pedalo", "ticket") == []


def test_a_person_made_on_an_occasion_is_not_a_record_of_it() -> None:
    text = "When a pedalo comes back, we call a lifeguard."
    assert act_links(text, "pedalo", people=("lifeguard",)) == []
    assert act_links(text, "pedalo", "lifeguard") == [("lifeguard", "pedalo")]


def test_an_act_done_through_records_links_neither_side_to_the_other() -> None:
    text = "We put performers forward for parts through submissions."
    assert act_links(text, "performer", "part", "submission") == []
    assert act_links("We put performers forward for parts.", "performer", "part") == [
        ("performer", "part")
    ]


def test_records_an_act_is_done_through_tie_both_sides() -> None:
    spec = design(
        "Each performer has a name. Parts have a description. We put performers forward for "
        "parts through submissions, which go from submitted to shortlisted and then booked or "
        "rejected."
    )
    assert relations(spec) == {
        ("submission", "performer", "many_to_one"),
        ("submission", "part", "many_to_one"),
    }
    [flow] = spec.state_flows
    assert (flow.entity, flow.states) == (
        "submission",
        ["submitted", "shortlisted", "booked", "rejected"],
    )


def test_they_after_every_one_of_a_kind_are_those_people() -> None:
    spec = design(
        "For every consignor we keep a name, email and bank details, and each item they bring "
        "in records a description and the asking price."
    )
    assert ("item", "consignor", "many_to_one") in relations(spec)
