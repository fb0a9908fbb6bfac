"""Small clauses read as subject, verb, object and one prepositional phrase."""

from __future__ import annotations

from appwright.design.offline.predicates import Predicate, read_predicate


def test_active_clause_with_object_and_place() -> None:
    assert read_predicate("drivers complete inspections for a vehicle") == Predicate(
        subject="drivers",
        verb="complete",
        passive=False,
        object="inspections",
        preposition="for",
        complement="vehicle",
    )


def test_phrasal_verb_keeps_its_particle() -> None:
    found = read_predicate("nurses fill in charts for a ward")
    assert found is not None
    assert (found.verb, found.object, found.complement) == ("fill in", "charts", "ward")


def test_passive_clause_and_several_complements() -> None:
    found = read_predicate("invoices are generated from one or more timesheets")
    assert found is not None
    assert found.passive and found.many
    assert (found.subject, found.verb, found.complement) == ("invoices", "generate", "timesheets")


def test_possessive_object() -> None:
    found = read_predicate("authors publish their articles")
    assert found is not None and found.possessive and found.object == "articles"


def test_personal_subject() -> None:
    found = read_predicate("we are collecting samples")
    assert found is not None and found.personal and found.object == "samples"


def test_not_a_simple_clause() -> None:
    assert read_predicate("a bakery") is None
    assert read_predicate("ovens are hot") is None
    assert read_predicate("track my recipes and ingredients") is None
