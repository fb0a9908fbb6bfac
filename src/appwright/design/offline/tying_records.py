"""Records that tie others together, as the dependency parse shows them: *a loan sends one
vehicle to one borrower*, *a set puts one act on one stage*, *a patient signs up to a plan*.
``held_fields`` asks these whose a *with* list is: the tying record's, or the one thing a
phrasal verb brings in.
"""

from __future__ import annotations

from appwright.design.offline.parse import NOUN_TAGS, Parse, Token
from appwright.design.offline.word_classes import word_set

_PUTTING_VERBS = word_set("put place book tie link")
"""What a record does to put one thing somewhere (*a booking puts a child in*)."""
EACH_ONE = frozenset(["a", "an", "each", "every"])
"""Determiners of a record said as one of its kind (*a booking*, *each set*)."""


def ties_one_to_one(tree: Parse, verb: Token) -> bool:
    """Whether the verb puts one record *to* one other (*sends one vehicle to one borrower*,
    *ties a customer to one skip*): the subject is the record that ties them."""
    subject = tree.subject(verb)
    if (
        verb.lemma in _PUTTING_VERBS
        and subject is not None
        and any(c.dep == "det" and c.lower in EACH_ONE for c in tree.children(subject))
    ):
        return True  # "a booking puts a child in for a date, with the fee": the booking's
    for prep in tree.children(verb):
        if prep.dep == "prep" and prep.lower in ("to", "onto", "into"):
            other = next((c for c in tree.children(prep) if c.dep == "pobj"), None)
            if other is not None and any(
                c.dep in ("det", "nummod") and c.lower == "one" for c in tree.children(other)
            ):
                return True
    return False


def signed_up_to(tree: Parse, verb: Token) -> Token | None:
    """*a patient signs up to a plan*: the one new thing a phrasal verb's preposition takes."""
    up = next((c for c in tree.children(verb) if c.dep == "prt" and c.lower == "up"), None)
    if up is None:
        return None
    for prep in (*tree.children(verb), *tree.children(up)):  # the parser hangs it from either
        if prep.dep == "prep" and prep.lower in ("to", "for"):
            thing = next((c for c in tree.children(prep) if c.dep == "pobj"), None)
            if thing is not None and any(
                c.dep == "det" and c.lower in ("a", "an") for c in tree.children(thing)
            ):
                return thing
    return None


def ties_ones(tree: Parse, verb: Token) -> bool:
    """Whether a record (*a*, *each* ...) is the subject of a verb whose object and whose
    prepositional object are both said as *one* of something: records it ties together."""
    subject = tree.subject(verb)
    if subject is None or subject.pos not in NOUN_TAGS:
        return False
    if not any(c.dep == "det" and c.lower in EACH_ONE for c in tree.children(subject)):
        return False
    made = next((c for c in tree.children(verb) if c.dep == "dobj"), None)
    others = [
        pobj
        for prep in tree.children(verb)
        if prep.dep == "prep"
        for pobj in tree.children(prep)
        if pobj.dep == "pobj"
    ]
    if made is None or not others:
        return False
    return _said_as_one(tree, made) and _said_as_one(tree, others[0])


def _said_as_one(tree: Parse, noun: Token) -> bool:
    """*one act*, *one stage*: a noun counted out as one of a kind kept elsewhere."""
    return any(c.dep in ("det", "nummod") and c.lower == "one" for c in tree.children(noun))
