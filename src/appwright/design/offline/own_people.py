"""People named only by a role, kept to their own records, who are told acting elsewhere.

An owner often names the people who do the work only by their role, and says what they may
see: *upholsterers see only the work orders handed to them*, *engineers see only their own
call-outs*, *reporters should only see their own meetings and pitches*. The role is one for
the permissions; but when the description also tells them at work on those records (*we hand
it to one upholsterer*, *an engineer is assigned*, *we send a reporter along*), each record
is one person's, and a screen must say whose: the people are a record of their own (with a
name) that the records point at. Told only in the sentence that gives the rights (*planners
see only their own weddings*), or only as whose a field is (*the tenant's name*), they stay a
role alone: nothing about them is kept.

The reading is the dependency parse's: a verb whose subject is a noun that names no record,
and whose object is a record kept to the subject (*their own X*, *the X assigned to them*,
*the X they are leading*, or *the Y about their own X*).
"""

from __future__ import annotations

from appwright.design.offline.draft import EntityDraft, LinkDraft, ModelDraft, entity_key
from appwright.design.offline.parse import NOUN_TAGS, Parse, Token, parse

_THEIRS = frozenset(["their", "his", "her"])
_THEM = frozenset(["them", "him", "her"])
_THEY = frozenset(["they", "he", "she"])
_TO_THEM = frozenset(["to", "by"])
"""*the jobs assigned to them*, *the orders taken by them*."""


def people_kept_to_their_own(sentences: list[str], model: ModelDraft) -> None:
    """*upholsterers see only the work orders handed to them*, where another sentence tells
    the upholsterers at work (*we hand it to one upholsterer*): an upholsterer record, which
    each work order points at. Only people no record names yet, and only records the model
    has."""
    trees = [parse(sentence) for sentence in sentences]
    for index, tree in enumerate(trees):
        for verb, person, kept in _kept_to_their_own(tree, model):
            key = entity_key(tree.phrase(person))
            if not key or model.resolve(key) is not None or _members_of(key, model):
                continue
            # "each hire gets a driver, and drivers can only see the hires they are moving":
            # told at work in the clause before, in the same sentence
            rights = _clause_of(tree, verb)
            others = [(other, set[int]()) for other in trees[:index] + trees[index + 1 :]]
            if not any(
                _told_at_work(other, person, skip) for other, skip in [*others, (tree, rights)]
            ):
                continue
            model.entities.setdefault(key, EntityDraft(name=key, declared=True))
            for record in kept:
                if record != key:
                    model.link(LinkDraft(source=record, target=key))


def _members_of(key: str, model: ModelDraft) -> bool:
    """Whether a record already names one of the group (*crew* where *crew members* are kept:
    *crew can only see their own turns*)."""
    return any(name.startswith(f"{key}_") for name in model.entities)


def _kept_to_their_own(tree: Parse, model: ModelDraft) -> list[tuple[Token, Token, list[str]]]:
    """Each verb whose subject names no record, with the subject and the records the verb
    keeps it to."""
    found: list[tuple[Token, Token, list[str]]] = []
    for verb in tree.tokens:
        if verb.pos != "VERB":
            continue
        subjects = [c for c in tree.children(verb) if c.dep == "nsubj" and c.pos in NOUN_TAGS]
        if not subjects or model.resolve_phrase(tree.phrase(subjects[0])) is not None:
            continue
        objects = [c for c in tree.children(verb) if c.dep == "dobj" and c.pos in NOUN_TAGS]
        records: list[str] = []
        for first in [*objects, *_handed_as_a_clause(tree, verb)]:
            kept = _kept(tree, first) if first in objects else first
            if kept is None:
                continue
            # "their own meetings and pitches": the pitches are theirs too
            for noun in [kept, *_conjoined(tree, kept)]:
                record = model.resolve_phrase(tree.phrase(noun))
                if record is not None and record not in records:
                    records.append(record)
        if records:
            found.append((verb, subjects[0], records))
    return found


def _handed_as_a_clause(tree: Parse, verb: Token) -> list[Token]:
    """*see only the jobs handed to them*, parsed as a clause of its own (*the jobs* its
    subject): the jobs."""
    found: list[Token] = []
    for clause in tree.children(verb):
        if clause.dep == "ccomp" and clause.tag == "VBN" and _to_them(tree, clause):
            found += [c for c in tree.children(clause) if c.dep == "nsubj" and c.pos in NOUN_TAGS]
    return found


def _to_them(tree: Parse, participle: Token) -> bool:
    """*assigned to them*, *handed to him or her*, *taken by them*."""
    after = [c for c in tree.children(participle) if c.lower in _TO_THEM]
    return any(g.lower in _THEM for a in after for g in tree.children(a))


def _kept(tree: Parse, noun: Token) -> Token | None:
    """The noun itself when it is kept to the subject (*their own call-outs*, *the work orders
    handed to them*, *the visits they're leading*), or the noun after a preposition that is
    (*complaints about their own articles*: the articles)."""
    children = tree.children(noun)
    if _own(tree, noun):
        return noun
    for child in children:
        if child.dep == "acl" and child.tag == "VBN" and _to_them(tree, child):
            return noun
        if child.dep == "relcl" and any(
            c.dep == "nsubj" and c.lower in _THEY for c in tree.children(child)
        ):
            return noun
    for child in children:
        if child.dep == "prep":
            owned = [g for g in tree.children(child) if g.dep == "pobj" and _own(tree, g)]
            if owned:
                return owned[0]
    return None


def _own(tree: Parse, noun: Token) -> bool:
    """*their own X*, *his or her own X*."""
    children = tree.children(noun)
    return any(c.lower in _THEIRS for c in children) and any(c.lower == "own" for c in children)


def _conjoined(tree: Parse, noun: Token) -> list[Token]:
    found = [c for c in tree.children(noun) if c.dep == "conj" and c.pos in NOUN_TAGS]
    for conj in list(found):
        found += _conjoined(tree, conj)
    return found


def _clause_of(tree: Parse, verb: Token) -> set[int]:
    """The words of the clause ``verb`` heads, without the clauses joined to it (*and*,
    *while*, *but*)."""
    words = {verb.i}
    todo = [verb]
    while todo:
        for child in tree.children(todo.pop()):
            if child.dep in ("conj", "advcl", "ccomp", "parataxis") and child.pos in (
                "VERB",
                "AUX",
            ):
                continue
            words.add(child.i)
            todo.append(child)
    return words


def _told_at_work(tree: Parse, person: Token, skip: set[int]) -> bool:
    """Whether a sentence names the same people as someone in the story (*we send a reporter
    along*, *one of our volunteer drivers*), not only as whose a thing is (*the tenant's
    name*) nor as a word describing another (*a driver rota*)."""
    for token in tree.tokens:
        if token.pos not in NOUN_TAGS or token.lemma != person.lemma or token.i in skip:
            continue
        if token.dep in ("poss", "compound"):
            continue
        if any(c.dep == "case" for c in tree.children(token)):
            continue  # "the tenant's name"
        return True
    return False
