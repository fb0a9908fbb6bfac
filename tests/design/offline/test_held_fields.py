"""Field lists the parse gives a record (:mod:`appwright.design.offline.held_fields`): the list
a second verb of the record's clause holds, the list of a subject with a relative clause in it,
the list people need *for* a record, and the list a *with* hangs from the record. Each positive
description is worded so the pattern readers alone miss the fields (a test shows it, with the
reader switched off); each negative has a twin one word away, or one fact about the records
away, that is read, so the test shows what stops it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from offline_spec_views import design, entity_names, field_types

from appwright.design.offline import entities as entities_module
from appwright.design.offline.held_fields import held_lists
from appwright.design.offline.sentences import sentences


def held(text: str, context: str | None = None) -> list[tuple[str, str]]:
    """The (owner, list) pairs read from ``text``, for the records of ``context`` (else of
    ``text`` itself)."""
    model = entities_module.read_model(text if context is None else context)
    return [(found.owner, found.text) for found in held_lists(sentences(text), model)]


def own_fields(description: str, entity: str) -> set[str]:
    """The fields of ``entity`` in the designed app, without its references."""
    return {
        name
        for name, kind in field_types(design(description), entity).items()
        if kind != "reference"
    }


@pytest.fixture
def without_held_reader(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The designer with every reader but this one (its models are cached by description)."""
    monkeypatch.setattr(entities_module, "held_lists", lambda found, model: iter(()))
    entities_module.read_model.cache_clear()
    yield
    entities_module.read_model.cache_clear()


# --- lists only the parse gives their record --------------------------------------------------

TRACTORS = (
    "We restore vintage tractors. Each farmer has a name and a phone. Each restoration has a job"
    " number."
)
HARBOUR = (
    "We guide ships into harbour. Each vessel has a name and a tonnage. Each pilotage has a"
    " reference."
)
PILOTAGE = "A pilotage is for one vessel and covers the berth, the tide time and a fee"
TEA = "We sell loose-leaf tea. Each blend is sold by the gram."

POSITIVES = [
    pytest.param(
        f"{TRACTORS} Every restoration belongs to one farmer and covers a tractor model, a build"
        " year and a quoted price.",
        ("restoration", "a tractor model, a build year and a quoted price"),
        ("tractor_model", "build_year", "quoted_price"),
        id="belongs-to-one-and-covers",
    ),
    pytest.param(
        f"{HARBOUR} {PILOTAGE}.",
        ("pilotage", "the berth, the tide time and a fee"),
        ("berth", "tide_time", "fee"),
        id="is-for-one-and-covers",
    ),
    pytest.param(
        "We mend bagpipes. Each piper has a name and an email. Each repair has a number. Each"
        " repair we do for a piper has a fault, a price and a due date.",
        ("repair", "a fault, a price and a due date"),
        ("fault", "price", "due_date"),
        id="subject-with-relative-clause",
    ),
    pytest.param(
        "We dig for finds on a heritage site. Each trench has a number and a depth. Each find"
        " has a label. Any find spotted in a trench is raised with a material and a weight.",
        ("find", "a material and a weight"),
        ("material", "weight"),
        id="passive-raised-with",
    ),
    # the complement's list is the subject's: a musher is the record here, not the guide
    pytest.param(
        "We run sled dog tours. Each musher has a name. A musher is a guide with a licence"
        " number, a start date and a team size.",
        ("musher", "a licence number, a start date and a team size"),
        ("licence_number", "start_date", "team_size"),
        id="is-a-noun-with",
    ),
]
BOTH_READ = [
    # the patterns read a bare list after "for the blend we only need" too (the parse finds
    # it whether or not lower case hides the comma)
    pytest.param(
        f"{TEA} for the blend we only need origin, caffeine level and price per gram.",
        ("blend", "origin, caffeine level and price per gram"),
        ("origin", "caffeine_level", "price_per_gram"),
        id="for-the-record-we-need-lower-case",
    ),
    pytest.param(
        f"{TEA} For the blend, we only need origin, caffeine level and price per gram.",
        ("blend", "origin, caffeine level and price per gram"),
        ("origin", "caffeine_level", "price_per_gram"),
        id="for-the-record-we-need",
    ),
]


@pytest.mark.parametrize(("description", "found", "fields"), [*POSITIVES, *BOTH_READ])
def test_the_reader_gives_the_list_to_its_record(
    description: str, found: tuple[str, str], fields: tuple[str, ...]
) -> None:
    assert found in held(description)


@pytest.mark.parametrize(("description", "found", "fields"), POSITIVES)
def test_without_the_held_reader_the_designed_app_misses_the_fields(
    description: str, found: tuple[str, str], fields: tuple[str, ...], without_held_reader: None
) -> None:
    # the premise of the next test: only this reader finds these fields in these words
    owner = found[0]
    assert owner in entity_names(design(description))
    assert not set(fields) & own_fields(description, owner)


@pytest.mark.parametrize(("description", "found", "fields"), [*POSITIVES, *BOTH_READ])
def test_the_designed_app_has_the_fields(
    description: str, found: tuple[str, str], fields: tuple[str, ...]
) -> None:
    assert set(fields) <= own_fields(description, found[0])


# --- lists the patterns read too: the reader gives them the same record -----------------------


def test_a_second_verb_has_gives_its_list_to_the_shared_subject() -> None:
    description = (
        f"{TRACTORS} Every restoration belongs to one farmer and has a tractor model, a build"
        " year and a quoted price."
    )
    found = ("restoration", "a tractor model, a build year and a quoted price")
    assert found in held(description)
    assert {"tractor_model", "build_year", "quoted_price"} <= own_fields(description, "restoration")


def test_a_with_list_on_what_people_open_is_the_object_s() -> None:
    description = (
        "We run a ham radio club. Each member has a name and a call sign. Each fault ticket has a"
        " number. Members open fault tickets with a radio, a symptom and a priority."
    )
    found = held(description)
    assert ("fault_ticket", "a radio, a symptom and a priority") in found
    assert [text for owner, text in found if owner == "member"] == ["a name and a call sign"]
    fields = {"radio", "symptom", "priority"}
    assert fields <= own_fields(description, "fault_ticket")
    assert not fields & own_fields(description, "member")


def test_a_with_list_before_the_verb_is_the_subject_s() -> None:
    description = (
        "Our club searches farmland. Landowners, with a name and a phone number, give us"
        " written permission, and every permission has a start date and an expiry date."
    )
    assert ("permission", "a name and a phone number") not in held(description)
    assert own_fields(description, "landowner") == {"name", "phone_number"}
    assert own_fields(description, "permission") == {"start_date", "expiry_date"}
    after = "Our club searches farmland. Landowners give us written permission, with a date."
    assert ("permission", "a date") in held(after)


# --- where a list ends ------------------------------------------------------------------------

PILOTAGE_RECORDS = (
    "We guide ships into harbour. Each vessel has a name and a tonnage. Each pilot has a name and"
    " a phone. Each pilotage has a reference. Each invoice has a number."
)


@pytest.mark.parametrize(
    "ending",
    [
        pytest.param(", and is assigned to a pilot.", id="and-a-second-verb"),
        pytest.param(", and an invoice goes drafted, sent, then paid.", id="and-a-second-record"),
        pytest.param(", and every day I check the tide tables.", id="and-every-day-i"),
        pytest.param("; the harbour master signs it off.", id="semicolon"),
    ],
)
def test_nothing_after_the_end_of_the_list_becomes_a_field(ending: str) -> None:
    description = f"{PILOTAGE_RECORDS} {PILOTAGE}{ending}"
    lists = [text for owner, text in held(description) if owner == "pilotage"]
    assert lists == ["a reference", "the berth, the tide time and a fee"]
    assert own_fields(description, "pilotage") == {"reference", "berth", "tide_time", "fee"}


# --- not a record's list ----------------------------------------------------------------------


def test_a_record_the_description_does_not_name_gets_no_list() -> None:
    unnamed = f"We guide ships into harbour. Each vessel has a name and a tonnage. {PILOTAGE}."
    assert "pilotage" not in entities_module.read_model(unnamed).entities
    assert [owner for owner, _ in held(unnamed)] == ["vessel"]
    # one fact away, the pilotage is a record, and it is given the list
    named = f"{HARBOUR} {PILOTAGE}."
    assert ("pilotage", "the berth, the tide time and a fee") in held(named)


RECORDS = (
    "We restore vintage tractors. Each farmer has a name and a phone. Each restoration has a job"
    " number. Each part has a weight. Each hut has a name. Each warden has a name and a phone."
    " Each stretcher has a size."
)

NEGATIVES = [
    # what people need is a record of its own: the link readers read it, not a field list
    pytest.param(
        "Farmers need a restoration, a quote and a slot.",
        "Farmers need a collection, a quote and a slot.",
        ("farmer", "a collection, a quote and a slot"),
        id="first-item-names-a-record",
    ),
    pytest.param(
        "A restoration needs several parts.",
        "A restoration needs several hours.",
        ("restoration", "several hours"),
        id="several-records",
    ),
    # the weight is each pairing's, not the parts'
    pytest.param(
        "A restoration needs several parts with a weight.",
        "A restoration needs a part with a weight.",
        ("part", "a weight"),
        id="with-list-on-several",
    ),
    pytest.param(
        "Farmers open restorations (with a date, a mileage and a signature).",
        "Farmers open restorations with a date, a mileage and a signature.",
        ("restoration", "a date, a mileage and a signature"),
        id="with-list-in-brackets",
    ),
    # a passive verb's agent is who does it, not what the stretcher holds
    pytest.param(
        "Each stretcher is carried by a volunteer.",
        "Each stretcher is carried with a strap.",
        ("stretcher", "with a strap"),
        id="passive-agent",
    ),
    # the wardens make a record each time; its own list comes after "with"
    pytest.param(
        "Wardens log each rescue made, with a date and a party size.",
        "Wardens log the rescues made, with a date and a party size.",
        ("warden", "the rescues made, with a date and a party size"),
        id="log-each",
    ),
]


@pytest.mark.parametrize(("sentence", "twin", "found"), NEGATIVES)
def test_no_list_from_what_is_not_a_record_s_list(
    sentence: str, twin: str, found: tuple[str, str]
) -> None:
    assert held(sentence, RECORDS) == []
    # one wording away, the reader does read a list: the test is about the words above
    assert found in held(twin, RECORDS)


def test_a_holding_verb_in_brackets_gives_no_list_of_its_own() -> None:
    inside = "Each part has a weight (a restoration covers the engine, the paint and the tyres)."
    assert "restoration" not in [owner for owner, _ in held(inside, RECORDS)]
    outside = "Each part has a weight; a restoration covers the engine, the paint and the tyres."
    assert held(outside, RECORDS) == [
        ("part", "a weight"),
        ("restoration", "the engine, the paint and the tyres"),
    ]


def test_a_passive_agent_is_no_field_of_the_designed_app() -> None:
    description = (
        "We run a mountain rescue post. Each stretcher has a size and a serial number. Each"
        " stretcher is carried by the duty crew."
    )
    fields = own_fields(description, "stretcher")
    assert not {name for name in fields if name.startswith("by_")}
    assert fields == {"size", "serial_number"}


def test_an_item_a_field_already_holds_is_not_added_twice() -> None:
    description = (
        "We restore vintage tractors. Each farmer has a name and a phone number. Farmers need a"
        " phone, a yard address and a county."
    )
    assert ("farmer", "a phone, a yard address and a county") in held(description)
    # the phone is the phone number the farmer has; the rest is new
    assert own_fields(description, "farmer") == {"name", "phone_number", "yard_address", "county"}


PATIO = (
    "I lay patios. For every client I keep a name and phone. A patio is always for one client"
    " and covers the area to be laid, the stone type (granite, slate or sandstone), a quoted"
    " price and a laying date. Patios go from enquiry to quoted to laid."
)


def test_a_choice_read_first_as_a_record_of_its_options_is_only_a_field() -> None:
    spec = design(PATIO)
    assert entity_names(spec) == {"client", "patio"}
    assert field_types(spec, "patio")["stone_type"] == "enum"


def test_the_options_are_no_record_even_without_the_clean_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the bracketed choice after a link clause is read as the field's values from the start
    # (once it was a record of its options, which the clean-up dropped)
    monkeypatch.setattr(
        entities_module.EntityReader, "drop_option_records", lambda self, owner: None
    )
    entities_module.read_model.cache_clear()
    try:
        assert "stone_type" not in entity_names(design(PATIO))
    finally:
        entities_module.read_model.cache_clear()


def test_a_record_of_its_own_named_like_a_choice_stays() -> None:
    # twin: a record with fields of its own is a record, though a field of the same name
    # lists options
    spec = design(
        "Stone types have a name and a price per square metre. Patios go from enquiry to"
        " quoted to laid. A patio is always for one client and covers the area to be laid, the"
        " stone type (granite, slate or sandstone) and a quoted price."
    )
    assert {"stone_type", "patio"} <= entity_names(spec)
    assert set(field_types(spec, "stone_type")) >= {"name", "price_per_square_metre"}


# --- records only a held list names -------------------------------------------------------------

ALLOTMENTS = "Our allotment society lets plots. Each plot has a number and a yearly rent."


STEWARDS = f"{ALLOTMENTS} Stewards are local residents with a name, an email and a phone."


def test_a_record_said_to_be_a_kind_with_a_list_is_a_record() -> None:
    spec = design(STEWARDS)
    # the residents are only what the stewards are: no second record
    assert entity_names(spec) == {"plot", "steward"}
    assert set(field_types(spec, "steward")) == {"name", "phone", "email"}


def test_the_new_record_comes_from_the_held_reader(without_held_reader: None) -> None:
    assert entity_names(design(STEWARDS)) == {"plot", "local_resident"}


def new_records(description: str) -> list[str]:
    model = entities_module.read_model(ALLOTMENTS)
    return [held.owner for held in held_lists(sentences(description), model) if held.new]


def test_every_record_of_a_kind_holding_a_list_is_new() -> None:
    assert new_records("Every water butt has a capacity in litres and a colour.") == ["water butt"]


@pytest.mark.parametrize(
    "sentence",
    [
        # what people ask for is no record of theirs
        "Tenants want a report of rent per plot and a map of the site.",
        # a one-off thing, not every record of a kind
        "The shed has a padlock code and a key safe.",
        # two kinds at once: which one holds the list is unclear
        "Every hose or tap check records a date and a result.",
        # a single item is too little to call something a record
        "Every water butt has a capacity.",
    ],
)
def test_no_new_record_from_a_list_that_does_not_describe_one(sentence: str) -> None:
    assert new_records(sentence) == []


def test_what_a_record_is_said_to_be_is_not_a_second_record() -> None:
    spec = design(
        f"{ALLOTMENTS} Tenants are gardeners with a name, a phone and an email, and each tenant"
        " rents one plot."
    )
    assert "gardener" not in entity_names(spec)
    assert {"name", "phone", "email"} <= set(field_types(spec, "tenant"))


def test_what_a_record_is_said_to_be_stays_when_more_is_said_of_it() -> None:
    # twin: the gardeners have a field of their own, so they are a record too
    spec = design(
        f"{ALLOTMENTS} Tenants are gardeners with a name, a phone and an email, and each tenant"
        " rents one plot. Gardeners also have a favourite crop."
    )
    assert {"gardener", "tenant"} <= entity_names(spec)


# --- a passive verb's with-list -------------------------------------------------------------------

CHOIR = "Our choir sings at weddings. Each singer has a name and a voice part."


def test_a_passive_verbs_with_list_belongs_to_its_subject() -> None:
    spec = design(f"{CHOIR} Rehearsals are held twice a week with a date, a venue and a set list.")
    assert entity_names(spec) == {"singer", "rehearsal"}
    assert set(field_types(spec, "rehearsal")) == {"date", "venue", "set_list"}


def test_the_time_word_before_the_list_was_the_owner_without_the_reader(
    without_held_reader: None,
) -> None:
    spec = design(f"{CHOIR} Rehearsals are held twice a week with a date, a venue and a set list.")
    assert "rehearsal" not in entity_names(spec)


def test_a_time_word_linked_to_a_record_stays() -> None:
    # twin: weeks that rotas belong to are records of their own
    spec = design(
        f"{CHOIR} Each week has a start date and a theme. Rehearsals are held twice a week with"
        " a date, a venue and a set list, and every rota belongs to one week."
    )
    assert {"rehearsal", "week"} <= entity_names(spec)


# --- a with-list after a comma --------------------------------------------------------------------

KILNS = "We fire pottery for makers. Each maker has a name and an email. Each kiln has a number."
RECORDS_KILNS = f"{KILNS} Each firing has a code."


def test_a_with_list_after_a_comma_is_the_clause_subjects() -> None:
    text = (
        f"{KILNS} Each firing belongs to a maker and to one of our kilns, with a date, a"
        " temperature and a fee."
    )
    assert ("firing", "a date, a temperature and a fee") in held(
        text.split(". ")[-1] + ".", RECORDS_KILNS
    )


def test_a_with_list_right_after_a_noun_is_that_nouns() -> None:
    # twin: without the comma the list is the kiln's
    text = f"{KILNS} Each firing belongs to a maker and to one of our kilns with a shelf count."
    owners = [owner for owner, _ in held(text.split(". ")[-1] + ".", RECORDS_KILNS)]
    assert "firing" not in owners


def test_a_with_list_after_a_comma_goes_to_the_verbs_object() -> None:
    # "we log each firing done, with ...": the firing's list, not ours or the maker's
    text = "Makers log each firing done in a kiln, with a date and a temperature."
    assert ("firing", "a date and a temperature") in held(text, RECORDS_KILNS)


# --- a relative clause, a yes/no item, and *their* list ---------------------------------------


def test_a_relative_clause_s_list_is_the_noun_s_it_describes() -> None:
    description = (
        "We run allotment sites. Each site has a name. Every site is divided into plots that"
        " have a plot number, a size and whether there's a water tap close by."
    )
    found = ("plot", "a plot number, a size and whether there is a water tap close by")
    assert found in held(description)
    assert {"plot_number", "size", "water_tap_close_by"} <= own_fields(description, "plot")
    # the verb whose relative pronoun is the object is no list of the noun's
    other = "We run allotment sites. Each site has a name. Every site has plots that we let."
    assert "plot" not in entity_names(design(other))


def test_a_whether_item_ends_no_list() -> None:
    # the parser reads "there's" as a second verb of the sentence; "whether" keeps it an item
    description = (
        "We guide ships. Every berth has plots that have a number, a fee and whether there's a tap."
    )
    assert ("plot", "a number, a fee and whether there is a tap") in held(description)
    assert {"number", "fee", "tap"} <= own_fields(description, "plot")


def test_their_list_after_a_record_is_the_record_s() -> None:
    description = (
        "We let allotment plots. Each tenant is given one plot. We keep their name, email,"
        " phone and the date they started."
    )
    assert ("tenant", "their name, email, phone and the date they started") in held(description)
    assert {"name", "email", "phone"} <= own_fields(description, "tenant")
    assert not {"email", "phone"} & own_fields(description, "plot")


def test_the_subject_nearest_the_verb_holds_its_list() -> None:
    # the parser hangs "books" (read as a noun) and "vehicles" both on "have"
    description = (
        "A member books a trip giving a pick-up address, a destination, a pick-up time and the"
        " number of passengers, and a coordinator assigns it a vehicle and a volunteer driver;"
        " vehicles have a registration, a seat count and a wheelchair lift (yes or no)."
    )
    lists = held(description)
    assert ("vehicle", "a registration, a seat count and a wheelchair lift (yes or no)") in lists
    assert "book" not in [owner for owner, _ in lists]


def test_their_list_after_people_names_no_record() -> None:
    # "they" people, not a record: the list is no one's and makes no records of its items
    description = "We let allotment plots. People ring us. We keep their name, email and phone."
    names = entity_names(design(description))
    assert not {"name", "email", "phone"} & set(names)
