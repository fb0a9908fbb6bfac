"""The island pass: a record no reader linked is linked from the parse of a sentence naming it
beside another record (``appwright.design.offline.island_links``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from offline_spec_views import design, relations

from appwright.design.offline import designer as designer_module
from appwright.design.offline import entities as entities_module
from appwright.design.offline.draft import EntityDraft, LinkDraft, ModelDraft
from appwright.design.offline.island_links import island_links


def model_of(*names: str, people: tuple[str, ...] = ()) -> ModelDraft:
    model = ModelDraft(entities={name: EntityDraft(name=name) for name in names})
    model.actors = {name: set() for name in people}
    return model


def links(
    sentence: str, model: ModelDraft, known: list[LinkDraft] | None = None
) -> set[tuple[str, str]]:
    return {(link.source, link.target) for link in island_links([sentence], model, known or [])}


# --- which way the two records point -------------------------------------------------------


def test_what_is_said_once_is_the_one_the_other_points_at() -> None:
    model = model_of("fixture", "team")
    assert links("each fixture is one of our teams", model) == {("fixture", "team")}


def test_the_many_point_at_the_one() -> None:
    model = model_of("customer", "site")
    assert links("a customer can have several sites", model) == {("site", "customer")}


def test_a_thing_points_at_the_person_it_is_for() -> None:
    model = model_of("homeowner", "quote", people=("homeowner",))
    assert links("homeowners need a quote", model) == {("quote", "homeowner")}


def test_a_possessive_points_the_thing_at_its_owner() -> None:
    model = model_of("tub", "clean")
    assert links("we look after every tub's cleans", model) == {("clean", "tub")}


def test_between_two_single_records_the_first_points_at_the_later() -> None:
    model = model_of("entry", "assembly_point")
    sentence = "every approved entry is given an assembly point"
    assert links(sentence, model) == {("entry", "assembly_point")}


# --- what links nothing --------------------------------------------------------------------


def test_two_plurals_say_nothing_of_who_owns_whom() -> None:
    assert links("volunteers cover shifts", model_of("volunteer", "shift")) == set()


def test_a_figure_asked_per_record_links_nothing() -> None:
    model = model_of("dog", "kennel")
    assert links("i want the number of dogs per kennel", model) == set()


def test_a_bare_singular_names_no_record() -> None:
    # "for sale" is a state the boats are in, not a sale they belong to
    model = model_of("boat", "sale")
    assert links("boats for sale have a name and a length", model) == set()


def test_a_verb_the_parser_took_for_a_noun_names_no_record() -> None:
    model = model_of("sponsorship", "tie", "sponsor", "bench")
    known = [LinkDraft("sponsorship", "sponsor"), LinkDraft("sponsorship", "bench")]
    assert links("a sponsorship ties a sponsor to one bench, with a fee", model, known) == set()


def test_records_already_linked_are_left_alone() -> None:
    model = model_of("customer", "site")
    known = [LinkDraft("site", "customer")]
    assert links("a customer can have several sites", model, known) == set()


def test_a_lone_record_has_nothing_to_link_to() -> None:
    assert links("each tub has a name", model_of("tub")) == set()


# --- in the designed app ---------------------------------------------------------------------

CARNIVAL = (
    "Our carnival takes parade entries with a group name and a theme. Every approved entry is"
    " given an assembly point, which has a name and a street."
)
HOT_TUBS = (
    "We hire out hot tubs, each with a name and a price. After every hire we clean the tub and I"
    " log each clean against the tub with the date and who did it."
)
HOMEOWNERS = "Homeowners have a name and a phone. Homeowners need a quote. Quotes have a price."
IN_THE_APP = [
    pytest.param(CARNIVAL, ("parade_entry", "assembly_point"), id="given-an-assembly-point"),
    pytest.param(HOT_TUBS, ("hire", "tub"), id="after-every-hire-the-tub"),
    pytest.param(HOMEOWNERS, ("quote", "homeowner"), id="people-need-a-thing"),
]


@pytest.fixture
def without_island_pass(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The designer without the island pass, nor the pair pass that reads the same sentences."""
    monkeypatch.setattr(designer_module, "island_links", lambda sentences, model, links: [])
    monkeypatch.setattr(designer_module, "pair_links", lambda sentences, model, links: [])
    entities_module.read_model.cache_clear()
    yield
    entities_module.read_model.cache_clear()


@pytest.mark.parametrize(("description", "link"), IN_THE_APP)
def test_without_the_island_pass_the_record_is_an_island(
    description: str, link: tuple[str, str], without_island_pass: None
) -> None:
    # the premise of the next test: no other reader links these records
    source, _ = link
    assert not {r for r in relations(design(description)) if source in r[:2]}


@pytest.mark.parametrize(("description", "link"), IN_THE_APP)
def test_the_designed_app_links_the_island(description: str, link: tuple[str, str]) -> None:
    assert (*link, "many_to_one") in relations(design(description))
