"""Relationships: which entity points at which, from the verbs and prepositions between them.

- ``each product belongs to a category`` / ``a deal linked to a company and an owner contact``
  / ``put it in a category`` / ``contacts who work at each company`` → many-to-one;
- ``appointments for a service with one of our stylists`` / ``time entries against tasks`` /
  ``orders per table`` → many-to-one from the first noun to each later one;
- ``employees open tickets`` / ``the doctor writes a note`` → the record points at the person;
- ``students enroll in many courses`` / ``volunteers sign up for shifts`` → many-to-many;
  ``..., each time with a quantity and unit`` → the many-to-many gets a junction entity;
- ``when someone borrows a book we record a loan`` → loan → book;
- ``members only see their own loans`` → loan → member (when members are records too);
- ``recipes can be tagged`` → a tag entity, many-to-many.
"""

from __future__ import annotations

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import LinkDraft, ModelDraft
from appwright.design.offline.link_mentions import (
    header_parts,
    is_values_after_a_colon,
    is_verb_header,
    mentions,
    with_they_resolved,
)
from appwright.design.offline.links_acted import read_actors, read_named_acts, read_payments_by
from appwright.design.offline.links_by_pattern import (
    read_between,
    read_each_verbs_one,
    read_for_each,
    read_given_to,
    read_introduced,
    read_one_for_one,
    read_one_per,
    read_passive_one_of,
    read_role_is_one_of,
    read_their_own_records,
    read_who_came,
)
from appwright.design.offline.links_done_by import read_assigned, read_done_by
from appwright.design.offline.links_many import (
    read_compound_parents,
    read_junction,
    read_made_after,
    read_many,
    read_own,
    read_same_on_many,
)
from appwright.design.offline.links_placed import (
    read_belongs,
    read_linked,
    read_placed_in,
    read_prepositions,
    read_put_in,
    read_recorded_for,
    read_relative_links,
    read_tagged,
)
from appwright.design.offline.report_requests import is_report_request
from appwright.design.offline.sentences import clauses
from appwright.design.offline.word_classes import tokenize
from appwright.spec.models import AppSpec, Relationship
from appwright.spec.names import to_snake


def find_links(found: list[str], model: ModelDraft) -> None:
    """Add to ``model`` every link the sentences state, creating the entities strong patterns
    introduce (``belongs to a category``)."""
    kept: set[str] = set()  # the records sentences before this one named
    for sentence in found:
        plain = outside_brackets(sentence)
        read_introduced(plain, model)
        read_belongs(plain, model)
        read_placed_in(plain, model)
        read_between(plain, model)
        read_one_per(plain, model)
        read_done_by(plain, model)
        read_assigned(plain, model, found)
        read_linked(plain, model)
        read_put_in(plain, model)
        read_recorded_for(plain, model)
        read_tagged(plain, model)
        read_same_on_many(plain, model)
        read_who_came(plain, model)
        asks_report = is_report_request(plain)
        said_before = set(kept)  # and the clauses before this one in the sentence
        for clause in with_they_resolved(header_parts(plain)):
            read_made_after(clause, model)
            read_many(clause, model, plain, kept=said_before)
            said_before.update(m.entity for m in mentions(tokenize(clause), model))
            read_own(clause, model)
            if asks_report or is_verb_header(clause, plain, model):
                continue  # "the number of requests per department" links nothing
            if is_values_after_a_colon(clause, plain):
                continue  # "a section: pianos, flutes, drums or percussion": values
            read_actors(clause, model)
            read_named_acts(clause, model)
            read_payments_by(clause, model)
            read_prepositions(clause, model, headed=clause.startswith("one ") and ":" in plain)
            read_relative_links(clause, model)
        read_junction(plain, model)
        read_their_own_records(plain, model)
        read_for_each(plain, model)
        read_one_for_one(plain, model)
        for clause in clauses(plain):
            read_each_verbs_one(clause, model)  # "..., and each sailing uses one ship"
        read_passive_one_of(plain, model)
        read_given_to(plain, model)
        read_role_is_one_of(plain, model)
        kept.update(m.entity for m in mentions(tokenize(plain), model))
    read_compound_parents(model)


# --- mentions ------------------------------------------------------------------------------


# --- patterns ------------------------------------------------------------------------------


# --- the step --------------------------------------------------------------------------------


def relationships_for(spec: AppSpec, links: list[LinkDraft]) -> list[Relationship]:
    """AppSpec relationships for the links whose ends are entities of ``spec``."""
    names = {e.name for e in spec.entities}
    made: list[Relationship] = []
    seen: set[tuple[str, str, str | None]] = set()
    for link in links:
        if link.source not in names or link.target not in names:
            continue
        field = None
        if link.kind != "many_to_many":
            base = link.field or link.target
            field = to_snake(base if base.endswith("_id") else f"{base}_id")
        marker = (link.source, link.target, field)
        if marker in seen:
            continue
        seen.add(marker)
        made.append(
            Relationship(
                from_=link.source,
                to=link.target,
                kind="many_to_many" if link.kind == "many_to_many" else "many_to_one",
                field=field,
                required=link.required,
                on_delete="cascade" if link.required else "set_null",
            )
        )
    return made
