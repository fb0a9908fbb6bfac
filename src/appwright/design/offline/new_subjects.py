"""A new subject with its own verb, after *, and* or a colon, opens a clause of its own.

``dogs have a name, and an order goes pending``: *...; an order goes pending*; so do
``..., and people book a session ...``, ``..., and for each sharpening i jot ...``, ``..., and
each one lives in an enclosure`` (each animal) and ``special orders: a special order starts as
...``.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.finite_verbs import OBJECT_OPENERS, finite_verb
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.one_of_each import MAX_HEADER_WORDS
from appwright.design.offline.they_named import it_written_out
from appwright.design.offline.word_classes import FUNCTION_WORDS, word_set, words
from appwright.design.offline.word_forms import can_be_verb, is_plural, singular, verb_lemma

_NEW_CLAUSE = re.compile(
    r"(?:,\s+(?:and|but|while|whereas|so)\s+(?:(?:then|also|honestly|usually)\s+)?|:\s+"
    r"|,\s+(?=it\s+(?:is|has|gets|goes)\s))"
    r"(?=[a-z])"
)
"""(*, and each X verbs* is a clause boundary ``text.clauses`` already knows.)"""


_OCCASION_OPENS = re.compile(
    r"^(?:when|whenever|once|each time|every time)\s+(?:someone|somebody|anyone|a|an|the|we|i|they"
    r"|customers|people)\s+[a-z]+[^;]*?,?\s+(?:we|i)\s+[a-z]"
)
"""``when someone buys one i want a sale recorded``: an occasion and what is kept on it."""


def split_new_subjects(sentence: str) -> str:
    """``..., and an order goes pending, ...`` / ``special orders: a special order starts as
    ...``: a new subject with its own verb opens a clause of its own, and so do ``..., and
    people book a session ...``, ``..., and for each sharpening i jot ...`` and ``..., and it
    starts out scheduled`` (with *it* written as the subject it stands for)."""
    pieces = _NEW_CLAUSE.split(sentence)
    if len(pieces) == 1:
        return sentence
    joints = [m.group(0) for m in _NEW_CLAUSE.finditer(sentence)]
    joined = pieces[0]
    for joint, piece in zip(joints, pieces[1:], strict=True):
        before = joined.split(";")[-1]
        if joint.startswith(":"):
            header = len(words(before)) <= MAX_HEADER_WORDS
            opened = "" if header else _opened_by_record(piece)
        elif piece.startswith("it ") and joint.strip() == ",":
            # "a bout has a number and a weight, it is fought between ...": a comma splice
            # after a list the subject has, no item of it
            listed = re.search(r"\s(?:has|have)\s[^;]*(?:,|\sand\s)", before) is not None
            opened = it_written_out(before, piece) if listed else ""
        elif piece.startswith("it "):
            opened = it_written_out(before, piece, joining=True)
        elif piece.startswith(("each one ", "every one ")):
            opened = _named_each_one(before, piece)
        elif _OCCASION_OPENS.match(piece):
            opened = piece  # "..., and when someone buys one i want a sale recorded ..."
        else:
            opened = _opened_by_record(piece) or _opened_by_people(piece)
        joined += f"; {opened}" if opened else f"{joint}{piece}"
    return joined


def _opened_by_record(piece: str) -> str:
    """``an order goes pending``: one record and its own singular verb."""
    tokens = words(outside_brackets(piece))
    if not tokens or tokens[0] not in ("a", "an", "the"):
        return ""
    subject = leading_noun_phrase(tokens)
    size = len(subject.split())
    following = tokens[size + 1] if len(tokens) > size + 1 else ""
    if size > 1 and can_be_verb(tokens[size]) and following in FUNCTION_WORDS - {"and", "or"}:
        # "the case moves through new, ...": before a preposition, the verb (before *and*, a
        # list's item: "..., and the payment terms and a phone")
        size -= 1
    verb = tokens[size + 1 :]
    if subject and not is_plural(tokens[size]) and finite_verb(verb, with_object=False):
        return piece
    return ""


_FOR_EACH_WE = re.compile(r"^for\s+(?:each|every)\s+[a-z][\w\- ]*?\s+(?:i|we)\s+[a-z]")


_BEFORE_PLURAL_ACT = word_set("only just also all both")


def _opened_by_people(piece: str) -> str:
    """``people book a session with their name``: people and their own plural act on a
    record; ``for each sharpening i jot the name``: what we keep for each record."""
    if _FOR_EACH_WE.match(piece):
        return piece
    tokens = [w for w in words(outside_brackets(piece)) if w != "themselves"]
    if tokens[:1] and tokens[0] in ("the", "our"):
        tokens = tokens[1:]
    people = leading_noun_phrase(tokens)
    size = len(people.split())
    while len(tokens) > size + 1 and tokens[size] in _BEFORE_PLURAL_ACT:
        tokens = [*tokens[:size], *tokens[size + 1 :]]  # "the sites themselves only need ..."
    act = tokens[size : size + 2]
    if not people or not is_plural(tokens[size - 1]) or len(act) < 2:
        return ""
    if verb_lemma(act[0]) == act[0] and act[1] in OBJECT_OPENERS:
        return piece
    return ""


def _named_each_one(before: str, piece: str) -> str:
    """``animals have a name, and each one lives in an enclosure``: *each animal lives in an
    enclosure*; or "" where no plural subject comes before."""
    tokens = words(outside_brackets(before))
    people = leading_noun_phrase(tokens)
    rest = piece.split(" ", 2)[2]
    if not people or not is_plural(people.split()[-1]):
        return ""
    if not finite_verb(words(rest), with_object=False):
        return ""
    return f"each {singular(people.split()[-1])} {rest}"
