"""Clauses that carry a second record's act or list, made clauses of their own so every reader
finds each where it looks for it.

- *an entry is one pupil in one session, put forward by their teacher, with ...*: who put it
  forward, and the list, are the entry's (`one_in_one_done_by`).
- *exams run in sessions, each with a venue, ...*: each exam session's list
  (`held_in_ones_each_with`).
- *each pupil has one main teacher, who sets weekly targets (...)*: the teacher's act
  (`has_one_who_acts`).
- *the animals themselves are just name, species and tag number, nothing fancy*: what the
  animals have (`are_just_a_list`).
- *a competent person inspects each rope, noting the inspector's name, ...*: the inspection's
  list (`acts_on_each_noting`).
- *a bay has a name and a capacity, and holds batches*: the bay's many batches
  (`has_then_holds_many`).
- *each feeding links a pen, a feed and the volunteer who did it, with ...*: one of each, and
  the feeding's list (`links_one_of_each`).
- *what we would like is a make-up request for each missed lesson saying which pupil, ...*: the
  request's list (`wished_for_each`).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_match, per_statement
from appwright.design.offline.lists_split_off import NOT_ACTS
from appwright.design.offline.phrase_patterns import done_by_then_with
from appwright.design.offline.word_forms import can_be_noun, singular, verb_lemma

_ONE_IN_ONE_DONE_BY = re.compile(
    r"^(?P<head>(?P<det>a|an|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+"
    r"(?:for\s+)?one\s+[^,;()]+?)(?P<rest>,\s*[a-z]+(?:\s+[a-z]+)?\s+by\s+[^;]+)$"
)


def one_in_one_done_by(sentence: str) -> str:
    """``an entry is one pupil in one session, put forward by their teacher, with the
    instrument, ...``: *an entry is one pupil in one session; each entry is put forward by one
    teacher; each entry has the instrument, ...*; who did it, and the list, are the entry's,
    for the parse's readers too (which read the list as the pupil's)."""

    def plain(statement: str) -> str:
        match = _ONE_IN_ONE_DONE_BY.match(statement)
        if match is None:
            return statement
        said = done_by_then_with(f"each {match['record']}", match["rest"])
        return "; ".join([match["head"], *said]) if said else statement

    return per_statement(sentence, plain)


_HELD_IN_ONES_EACH_WITH = re.compile(
    r"^(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*[a-z]s)\s+(?:run|are\s+run|are\s+held|take\s+place|"
    r"are\s+sat|are\s+grouped|come)\s+in\s+(?P<ones>[a-z][\w\-]*[a-z]s)\s*,\s+each\s+(?:one\s+"
    r")?with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


def held_in_ones_each_with(sentence: str) -> str:
    """``exams run in sessions, each with a venue, an exam date and a closing date``: *each
    exam session has a venue, ...*; the list is each session's, a session of the exams (no
    record of a *run*)."""

    def plain(statement: str) -> str:
        match = _HELD_IN_ONES_EACH_WITH.match(statement)
        if match is None:
            return statement
        thing, one = singular(match["things"]), singular(match["ones"])
        if thing == one or not can_be_noun(thing) or not can_be_noun(one):
            return statement
        return f"each {thing} {one} has {match['listed']}"

    return per_statement(sentence, plain)


_HAS_ONE_WHO_ACTS = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+[a-z][\w\-]*\s+(?:has|gets|is\s+given)\s+(?:one|a|an)\s+"
    r"(?:[a-z][\w\-]*\s+)?(?P<one>[a-z][\w\-]*)),\s+who\s+(?P<verb>[a-z]+s)\s+(?P<rest>[^;]+)$"
)


def has_one_who_acts(sentence: str) -> str:
    """``each pupil has one main teacher, who sets weekly targets (the week starting date, ...)
    and can comment on any diary entry``: *...; the teacher sets weekly targets (...) and can
    comment ...*; what the one who acts does is theirs, not the first record's."""

    def plain(statement: str) -> str:
        match = _HAS_ONE_WHO_ACTS.match(statement)
        if match is None or match["verb"] in NOT_ACTS or not can_be_noun(match["one"]):
            return statement
        return f"{match['head']}; the {match['one']} {match['verb']} {match['rest']}"

    return per_statement(sentence, plain)


_BARE_ITEM = r"(?!(?:our|my|their|the|a|an|and)\b)[a-z][\w\-]*(?:\s+(?!and\b)[a-z][\w\-]*){0,2}"
"""One item of a list told bare, without an article: *tag number*."""
_ITEM = rf"(?:an?\s+)?{_BARE_ITEM}"
"""One item, bare or with *a*: *tag number*, *a mobile number*."""
_ARE_JUST_A_LIST = re.compile(
    r"^(?:and\s+)?(?P<np>(?:the\s+|our\s+)?(?:[a-z][\w\-]*[a-z]s|staff|crew))\s+"
    r"(?:themselves\s+)?are\s+(?:really\s+)?(?:just|only|simply)\s+"
    # fields, told bare (*name, species and tag number*), not the values of one (*pigs, goats
    # and sheep*): a word that names a field is among them
    r"(?P<list>(?=[^;]*\b(?:name|title|number|date|code|email|phone|price)\b)"
    rf"{_ITEM}(?:\s*,\s*{_ITEM})*(?:,?\s+and\s+{_ITEM}))"
    r"(?:,?\s+nothing\s+(?:fancy|else|more))?$"
)
"""*the animals themselves are just name, species and tag number, nothing fancy*; *staff are
just a name and a mobile number*."""
_AND_THEN_ARE_JUST = re.compile(
    r",\s+and\s+(?=(?:the|our)\s+[a-z][\w\-]*[a-z]s\s+(?:themselves\s+)?are\s+(?:just|only|"
    r"simply)\s)"
)
"""*..., and the animals themselves are just ...*: a clause of its own, after another's list."""


def are_just_a_list(sentence: str) -> str:
    """``the animals are just name, species and tag number, nothing fancy``: *the animals have
    name, species and tag number*; what records *are just* is what each holds (the values of
    one field, *pigs, goats and sheep*, are left alone)."""
    sentence = _AND_THEN_ARE_JUST.sub("; ", sentence)
    return per_match(sentence, _ARE_JUST_A_LIST, lambda m: [f"{m['np']} have {m['list']}"])


_WISHED_FOR_EACH = re.compile(
    r"^(?:what\s+(?:we|i)\s+(?:would\s+like|want|need|would\s+love)\s+is|(?:we|i)\s+(?:would\s+"
    r"like|want|"
    r"need|would\s+love))\s+(?:an?)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+for\s+"
    r"(?:each|every)\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*,?\s+(?:saying|showing|giving|listing|recording|naming)\s+"
    r"(?P<listed>\S[^;]*)$"
)


_WRITES_ONE_SAYING = re.compile(
    r"^(?P<said>(?:when\s+[^,;]+,\s+)?(?:one\s+of\s+(?:our|the)\s+[a-z][\w\-]*s|(?:the|a|an|our)\s+"
    r"[a-z][\w\-]*|we|i)\s+(?:writes|write|fills\s+in|fill\s+in|raises|raise|opens|open)(?:\s+"
    r"up)?\s+"
    r"(?:an?)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+(?:saying|showing|naming)\s+"
    r"(?P<listed>(?:which|who|what|when|where)\b[^;]*?),\s+with\s+(?P<more>(?:a|an|the|"
    r"its)\s[^;]+)$"
)


def wished_for_each(sentence: str) -> str:
    """``what we would like is a make-up request for each missed lesson saying which pupil,
    which teacher, the date of the lesson and why (...)``: *each make-up request has which
    pupil, which teacher, ...*; what it says is what it holds. So with ``one of our mechanics
    writes a damage report saying which bike it is ..., with a description, ...``: *...; each
    damage report has which bike it is ..., a description, ...*."""

    def plain(statement: str) -> str:
        written = _WRITES_ONE_SAYING.match(statement)
        if written is not None and can_be_noun(written["record"].split()[-1]):
            record = written["record"]
            listed = f"{written['listed']}, {written['more']}"
            return f"{written['said']}; each {record} has {listed}"
        match = _WISHED_FOR_EACH.match(statement)
        if match is None or not can_be_noun(match["record"].split()[-1]):
            return statement
        return f"each {match['record']} has {match['listed']}"

    return per_statement(sentence, plain)


_ACTS_ON_EACH_NOTING = re.compile(
    r"^(?P<often>(?:once|twice|three\s+times)\s+(?:a|an|per|each)\s+(?:day|week|fortnight|month|"
    r"quarter|year)"
    r"\s*,?\s+)?(?:(?:a|an|the|our|each)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|we|i|someone)\s+"
    r"(?P<verb>[a-z]+)\s+(?:each|every|the|a|an)\s+(?P<thing>[a-z][\w\-]*)\s*(?:,\s+"
    r"(?:noting|recording|logging|writing\s+down|taking\s+down|jotting\s+down)|\s+and\s+"
    r"(?P<and>notes|records|logs|writes\s+down|jots\s+down))\s+"
    r"(?P<listed>(?:the|a|an|its|their|any)\s[^;]+)$"
)


def acts_on_each_noting(sentence: str) -> str:
    """``a competent person inspects each rope, noting the inspector's name, the date, ...``:
    *each inspection belongs to one rope; each inspection has the inspector's name, ...*; what
    is noted is the act's, a record of each time it is done (only a verb with a noun for its
    act: *inspects*, *weighs*, *examines*); ``once a year someone checks each mould and writes
    down ...`` too, said again and again."""

    def plain(statement: str) -> str:
        match = _ACTS_ON_EACH_NOTING.match(statement)
        lemma = verb_lemma(match["verb"]) if match else None
        act = act_or_irregular_noun(lemma) if lemma else None
        if match is None or act is None or act == match["thing"]:
            return statement
        if match["and"] and not match["often"]:
            return statement  # "a porter checks each storeroom and records ...": done once
        return f"each {act} belongs to one {match['thing']}; each {act} has {match['listed']}"

    return per_statement(sentence, plain)


_HAS_THEN_HOLDS_MANY = re.compile(
    r"^(?P<np>(?:a|an|each|every)\s+(?P<head>[a-z][\w\-]*))\s+(?:has|have)\s+"
    r"(?P<listed>[^;]+?),?\s+"
    r"and\s+(?:holds|contains|houses|stores)\s+(?P<many>[a-z][\w\-]*[a-z]s)\s*$"
)


def has_then_holds_many(sentence: str) -> str:
    """``a bay has a name and a capacity, and holds batches``: *a bay has a name and a
    capacity; each bay has many batches*; what it holds are records of their own, not a
    field (*holds batches*) of the bay's."""

    def plain(statement: str) -> str:
        match = _HAS_THEN_HOLDS_MANY.match(statement)
        if match is None or not can_be_noun(singular(match["many"])):
            return statement
        return f"{match['np']} has {match['listed']}; each {match['head']} has many {match['many']}"

    return per_statement(sentence, plain)


_LINKS_ONE_OF_EACH = re.compile(
    r"^(?P<np>(?:a|an|each|every)\s+(?P<head>[a-z][\w\-]*))\s+(?:links|connects|joins)\s+"
    r"(?P<ones>(?:a|an|one|the)\s+[^;]+?),\s+with\s+(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)
_ONE_OF_THEM = re.compile(r"^(?:a|an|one|the)\s+(?P<one>[a-z][\w\-]*)(?:\s+who\s+[^,]+)?$")


def links_one_of_each(sentence: str) -> str:
    """``each feeding links a pen, a feed and the volunteer who did it, with the quantity
    given and the date``: *each feeding belongs to one pen; ... one feed; ... one volunteer;
    each feeding has the quantity given and the date*."""

    def plain(statement: str) -> str:
        match = _LINKS_ONE_OF_EACH.match(statement)
        if match is None:
            return statement
        pieces = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["ones"])
        ones = [_ONE_OF_THEM.match(piece.strip()) for piece in pieces]
        if len(ones) < 2 or any(one is None for one in ones):
            return statement
        head = match["head"]
        told = [f"each {head} belongs to one {one['one']}" for one in ones if one is not None]
        return "; ".join([*told, f"each {head} has {match['listed']}"])

    return per_statement(sentence, plain)
