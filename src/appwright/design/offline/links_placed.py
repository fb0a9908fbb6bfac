"""Links told by prepositions, relative clauses and the verbs of placing: *each product belongs
to a category*, *put it in a category*, *each item sits in a department*, *a deal linked to a
company*, *recipes can be tagged*, *appointments for a service with one of our stylists*, *time
entries against tasks*, *volunteers who help at events*.
"""

from __future__ import annotations

import re
from itertools import pairwise

from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.draft import EntityDraft, ModelDraft, entity_key
from appwright.design.offline.event_mentions import LINK_PREPOSITIONS, NON_ACTION_VERBS, PARTICLES
from appwright.design.offline.link_mentions import (
    Mention,
    add_link,
    entity_named,
    linked_pair,
    mentions,
    plain_gap,
    subject_before,
)
from appwright.design.offline.links_by_pattern import act_record
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.record_words import KEPT_ON_WORDS, PLACED_IN
from appwright.design.offline.sentences import clauses
from appwright.design.offline.types import IDENTIFIER_WORDS
from appwright.design.offline.word_classes import (
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    MANY,
    QUANTIFIERS,
    tokenize,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    singular,
    verb_lemma,
)

_BELONGS = re.compile(
    r"\b(?:belongs?|belonging|belonged|is part of|are part of)\s+(?:to\s+)?(?P<b>[^:]+)"
)


_LINKED = re.compile(
    r"\b(?:linked|attached|tied|related|connected|associated)\s+(?:to|with)\s+(?P<list>.+)$"
)


_PUT_IN = re.compile(
    r"\b(?:put|file|place|assign|add|group|organi[sz]e|sort)s?\s+"
    r"(?:it|them|each one|(?:each|every) (?P<each>[\w\-]+))\s+"
    r"(?:in|into|under|to)\s+(?P<b>(?:a|an|one|the)\s+[\w\- ]+)"
)


_RECORDED_FOR = re.compile(
    r"\bwhen(?:ever)?\s+(?:someone|somebody|a [\w\-]+|[\w\-]+s)\s+[\w\-]+\s+(?:a|an|the)\s+"
    r"(?P<x>[\w\- ]+?),?\s+(?:we|i)\s+(?:record|create|log|add|open|make|register|enter)\s+"
    r"(?:a|an)\s+(?P<y>[\w\- ]+)"
)


_TAGGED = re.compile(
    r"\b(?:can be|are|is|get|gets)\s+(?P<how>tagged|labell?ed)\b"
    r"(?:\s+with\s+(?:the\s+)?(?P<what>[a-z][\w\-]*s)\b)?"
)
"""``courses are tagged``: with tags; ``tagged with the allergens``: with allergens."""


def read_belongs(sentence: str, model: ModelDraft) -> None:
    for clause in clauses(sentence):
        match = _BELONGS.search(clause)
        if match is None:
            continue
        before = clause[: match.start()]
        source = subject_before(before, model) or _opening_record(before, model)
        target = entity_named(model, match.group("b"), create=True)
        if source and target:
            said_one = match.group("b").startswith(("one ", "exactly one ", "only one ")) or (
                # "a trip belongs to a school", said of one trip: one school, whatever a looser
                # "schools book class trips" said of them before
                match.group("b").startswith(("a ", "an "))
                and re.search(r"(?:^|\s)(?:a|an|each|every)\s+[a-z][\w\-]*\s*$", before) is not None
            )
            add_link(model, source, target[0], target[1], said_one=said_one)


def read_placed_in(sentence: str, model: ModelDraft) -> None:
    """``each item ... sits in a department``, ``every charge point ... sits in one car park``:
    the record the clause is about points at the one group or place it is in."""
    for clause in clauses(sentence):
        match = PLACED_IN.search(clause)
        if match is None or re.match(r"belongs?\s+to", match.group("verb")):
            continue  # "belongs to a club" is read by read_belongs, with what its "one" says
        before = clause[: match.start()]
        opening = leading_noun_phrase(words(before))
        source = (
            entity_named(model, opening, create=False)
            if opening and not re.match(r"(?:we|i|you|they)\b", before.strip())
            else None
        )
        if source is None:
            found = subject_before(before, model)
            source = (found, found) if found else None
        kept_on = entity_key(match.group("target")).split("_")[-1] in KEPT_ON_WORDS
        if source is None or kept_on:
            continue  # "it all lives in a paper ledger": where the records are kept now
        target = entity_named(model, match.group("target"), create=True)
        if target and source[0] != target[0]:
            add_link(model, source[0], target[0], target[1])


_OPENING_RECORD = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})"
    # *tasks belong to a project*: the records, said as many
    r"|(?P<many>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s))\s+"
    r"(?:(?:also|always|usually|only|all)\s+)?$"
)


def _opening_record(before: str, model: ModelDraft) -> str | None:
    """``a donation belongs to a donor``: what belongs is a record, even when nothing else
    tells its fields (it then gets a name, as every record does)."""
    opening = _OPENING_RECORD.match(before.strip() + " ")
    if opening is None:
        return None
    phrase = opening["np"] or opening["many"]
    if any(w in FUNCTION_WORDS for w in words(phrase)):
        return None
    head = phrase.split()[-1]
    if opening["many"] and not (is_plural(head) and can_be_noun(singular(head))):
        return None  # "this belongs to ...", "news belongs ...": no records said as many
    found = entity_named(model, phrase, create=True)
    return found[0] if found else None


def read_linked(sentence: str, model: ModelDraft) -> None:
    for clause in clauses(sentence):
        match = _LINKED.search(clause)
        if match is None:
            continue
        source = subject_before(clause[: match.start()], model)
        if source is None:
            continue
        for item in split_list(match.group("list")):
            if is_clause(item) or re.search(r"\b(?:that|which|who)\b", item):
                break  # "linked to a company and has an amount ...": the list has ended
            if _SUBJECT_FIELDS.match(f" {item}"):
                break  # "linked to a client, with a total ...": the invoice's fields
            target = entity_named(model, item, create=True)
            if target:
                add_link(model, source, target[0], target[1])
            if _SUBJECT_FIELDS.search(item):
                break  # "linked to a company with an amount, a date ...": the deal's fields


_SUBJECT_FIELDS = re.compile(r"\s(?:with|having|including|plus)\s")
"""After a link target, *with* opens the fields of the record that is linked, not more things
it is linked to."""


def read_put_in(sentence: str, model: ModelDraft) -> None:
    match = _PUT_IN.search(sentence)
    if match is None:
        return
    # "the supervisor assigns each report to a crew": the report, not the supervisor
    each = entity_named(model, match.group("each"), create=False) if match.group("each") else None
    source = each[0] if each else subject_before(sentence[: match.start()], model) or model.topic
    target = entity_named(model, match.group("b"), create=True)
    if source and target:
        add_link(model, source, target[0], target[1])


def read_recorded_for(sentence: str, model: ModelDraft) -> None:
    match = _RECORDED_FOR.search(sentence)
    if match is None:
        return
    target = entity_named(model, match.group("x"), create=False)
    source = entity_named(model, match.group("y"), create=False)
    if source and target:
        add_link(model, source[0], target[0], target[1])


def read_tagged(sentence: str, model: ModelDraft) -> None:
    match = _TAGGED.search(sentence)
    if match is None:
        return
    source = subject_before(sentence[: match.start()], model) or model.topic
    if source is None:
        return
    named = match.group("what")
    found = entity_named(model, named, create=True) if named and named not in MANY else None
    if found is not None:
        add_link(model, source, found[0], found[1], "many_to_many")
        return
    noun = verb_lemma(match.group("how")) or "tag"
    if noun not in model.entities:
        model.entities[noun] = EntityDraft(name=noun, declared=True)
    add_link(model, source, noun, noun, "many_to_many")


_NAMING_NOUNS = [[word] for word in IDENTIFIER_WORDS | {"date", "name", "type", "status"}]
"""Nouns that make a record's name into a field's: *an invoice number*, *a booking date*."""


def _act_done_to(tokens: list[str], head: Mention, model: ModelDraft) -> str | None:
    """The record of the act done to ``head`` when a verb of ours comes right before it and
    the description keeps that act (*we lend car seats*, loans kept): the loan."""
    at = head.start
    while at > 0 and (tokens[at - 1] in DETERMINERS or tokens[at - 1] in QUANTIFIERS):
        at -= 1
    if at < 2 or tokens[at - 2] not in ("we", "i"):
        return None
    lemma = verb_lemma(tokens[at - 1])
    if lemma is None or lemma in NON_ACTION_VERBS or tokens[at - 1] in FUNCTION_WORDS:
        return None
    act = act_record(lemma, model)
    return act if act != head.entity else None


def read_prepositions(clause: str, model: ModelDraft, *, headed: bool = False) -> None:
    """``appointments for a service with one of our stylists``: the first noun points at each
    entity named in the prepositional phrases after it. ``headed``: the clause heads a list
    (*one payslip per employee: gross pay, ...*)."""
    tokens = tokenize(clause)
    found = mentions(tokens, model)
    for index, head in enumerate(found):
        act = _act_done_to(tokens, head, model)
        cursor = head.end
        if cursor + 1 < len(tokens) and tokens[cursor] in ("who", "that", "which"):
            cursor += 2
        if cursor < len(tokens) and tokens[cursor] in ("is", "are", "was", "were"):
            cursor += 1
            if cursor < len(tokens) and can_be_verb(tokens[cursor]):
                cursor += 1
        elif cursor < len(tokens) and is_past_participle(tokens[cursor]):
            cursor += 1  # "parts used on a job": a participle describing the parts
        after_head = cursor
        last_preposition: str | None = None
        for target in found[index + 1 :]:
            gap = tokens[cursor : target.start]
            if (
                gap[:1] == ["and"]
                and last_preposition
                and gap[1:] in (["a"], ["an"], ["one"], ["the"])
            ):
                # "logged against a pup and a slot": the second under the same preposition
                gap = [last_preposition, *gap[1:]]
            # "inspections of an application": records of another record point at it
            of_records = (
                gap[:1] == ["of"]
                and cursor == head.end
                and (is_plural(tokens[cursor - 1]) or gap[1:] in (["a"], ["an"], ["one"]))
            )  # "a batch of a beer" too: one record of another
            if not gap or (gap[0] not in LINK_PREPOSITIONS and not of_records):
                break
            rest = gap[1:]
            if rest[:2] == ["one", "of"]:
                rest = rest[2:]
            if not plain_gap(rest):
                break
            if gap[0] == "with" and not gap[1:] and not is_plural(tokens[target.end - 1]):
                break
            if gap[0] == "with" and tokens[target.end : target.end + 1] in _NAMING_NOUNS:
                break  # "customers with an invoice number": a field named after the record
            if gap in (["for"], ["on"], ["in"], ["at"], ["under"]) and not is_plural(
                tokens[target.end - 1]
            ):
                # "cars for sale", "rooms on hold": a bare singular after the preposition says
                # what state the things are in, not which record they belong to
                break
            if gap == ["per"] and head.start > 0 and tokens[head.start - 1] == "one":
                # "one lifeguard per shift": each shift has one lifeguard; "one payslip per
                # employee per run: gross pay, ...": a record of each, read with its list;
                # "one invoice per child with the month, ...": the invoice's, its list after
                if tokens[target.end : target.end + 1] == ["with"]:
                    add_link(model, head.entity, target.entity, target.key)
                elif not headed:
                    add_link(model, target.entity, head.entity, head.key, said_one=True)
            elif act is not None and gap[0] in ("to", "for") and target.entity != act:
                # "we lend car seats to families", loans being kept: each loan is to a family
                add_link(model, act, target.entity, target.key)
            elif target.entity != head.entity:
                add_link(model, head.entity, target.entity, target.key)
            last_preposition = gap[0]
            cursor = target.end
        if cursor != after_head:
            return


def read_relative_links(clause: str, model: ModelDraft) -> None:
    """``volunteers who help at events``: a relative clause whose verb reaches another
    record through a preposition links the two (many-to-many when both are spoken of as
    many, else the first points at the one it names)."""
    tokens = tokenize(clause)
    found = mentions(tokens, model)
    for head, target in pairwise(found):
        between = tokens[head.end : target.start]
        if len(between) < 3 or between[0] not in ("who", "that", "which"):
            continue
        verb, rest = between[1], between[2:]
        if not can_be_verb(verb) or verb in NON_ACTION_VERBS or verb in AUXILIARIES:
            continue
        if rest[:1] and rest[0] in PARTICLES and rest[1:2] and rest[1] in LINK_PREPOSITIONS:
            rest = rest[1:]
        if not rest or rest[0] not in LINK_PREPOSITIONS or not plain_gap(rest[1:]):
            continue
        if linked_pair(model, head.entity, target.entity):
            continue
        many = is_plural(tokens[head.end - 1]) and is_plural(tokens[target.end - 1])
        kind = "many_to_many" if many else "many_to_one"
        add_link(model, head.entity, target.entity, target.key, kind)
