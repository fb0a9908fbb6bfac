"""Records the owner renames as they tell them: *a list of the people (we call them members),
with their name, ...* is a list of the members. The name in the brackets is what the owner calls
the record from then on, so the noun before it is written as that name; `simplify` runs this
before the readers of lists."""

from __future__ import annotations

import re

from appwright.design.offline.draft import CONTAINER_NOUNS
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    is_past_participle,
    is_plural,
    listed_as_noun,
    singular,
    verb_lemma,
)

_WE_CALL_THEM = re.compile(
    r"\b(?P<the>the|our)\s+[a-z][\w\-]*(?:\s+(?:we|i|they)\s+[a-z]+)?\s+"
    r"\((?:we|i)\s+(?:call|name)\s+(?:them|these|those)\s+(?:the\s+|our\s+)?(?P<name>[a-z][\w\-]*)\)"
)


def we_call_them(sentence: str) -> str:
    """``i keep a list of the people we ring (we call them members), with their name``: *i keep
    a list of the members, with their name*; the bracket gives the record its own name."""

    def named(match: re.Match[str]) -> str:
        name = match["name"]
        if not is_plural(name) or not can_be_noun(name):
            return match[0]
        return f"{match['the']} {name}"

    return _WE_CALL_THEM.sub(named, sentence)


_KEPT_AS_EACH_WITH = re.compile(
    r"\b(?P<verb>keep|log|record|track|store|list|hold|enter)\s+"
    r"(?P<what>(?:(?:the|those|these|our|all|both|[a-z][\w\-]*)\s+){0,5}?[a-z][\w\-]*)\s+"
    r"as\s+(?P<name>[a-z][\w\-]*)(?P<rest>,?\s+(?:each|every\s+one)\s+with\b)"
)


def kept_as_each_with(sentence: str) -> str:
    """``i'd like to keep those two bits of kit as equipment, each with a name``: *keep
    equipment, each with a name*; what things are kept *as* is the record, not the words that
    pointed at them (*log the printers and scanners as devices, each with a serial number*)."""

    def named(match: re.Match[str]) -> str:
        name = match["name"]
        # "keep the old vans as spare, each with ...": an adjective says how, not what
        if not listed_as_noun(singular(name)) or can_be_adjective(name):
            return match[0]
        return f"{match['verb']} {name}{match['rest']}"

    return _KEPT_AS_EACH_WITH.sub(named, sentence)


_ARE_OUR_LIST = re.compile(
    r"^(?P<lead>(?:[a-z][\w\-]*\s+){0,2}?)(?P<what>[a-z][\w\-]*)\s+are\s+"
    r"(?:our|a|an|the|one)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<container>[a-z]+)"
    r"(?P<rest>,?\s+(?:each\s+)?with\b)"
)


_WE_KEEP_A_LIST_OF = re.compile(
    r"^(?P<what>[a-z][\w\-]*[a-z]s)\s+(?:we|i)\s+(?:also\s+)?(?:keep|have|hold)\s+(?:a\s+)?"
    r"(?:list|register|record|log|book|file)\s+of\s*,?\s+(?=with\s)"
)


def we_keep_a_list_of(sentence: str) -> str:
    """``medicines we keep a list of, with the product name, ...``: *we keep medicines, with the
    product name, ...*; the list is where they are kept, no record (*list*) of its own."""
    match = _WE_KEEP_A_LIST_OF.match(sentence)
    if match is None or not can_be_noun(singular(match["what"])):
        return sentence
    return f"we keep {match['what']}, {sentence[match.end() :]}"


def are_our_list_with(sentence: str) -> str:
    """``medicines are our own list, with a name, strength and price``: *we keep medicines,
    with a name, ...*; the list holds the medicines, it is no record of its own
    (*rooms are a fixed set, each with a number*, *suppliers are a short register, with ...*)."""
    match = _ARE_OUR_LIST.match(sentence)
    if not match or match["container"] not in CONTAINER_NOUNS or not is_plural(match["what"]):
        return sentence
    things = f"{match['lead']}{match['what']}"
    if any(not can_be_noun(word) for word in things.split()):
        return sentence
    return f"we keep {things}{match['rest']}{sentence[match.end() :]}"


_DONE_AS_EACH_WITH = re.compile(
    r"^(?:(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)\s+(?:are|is|get|gets)\s+(?P<done>[a-z]+)\s+"
    r"as\s+(?P<name>[a-z][\w\-]*)"
    r"(?P<rest>(?:\s+(?:on|against|for|under|to)\s+(?:the|each|a|an|their|its)\s+[a-z][\w\-]*)?"
    r",?\s+(?:each|every\s+one)\s+with\b)"
)


def done_as_each_with(sentence: str) -> str:
    """``problems spotted are raised as issues on the inspection, each with a description``: *we
    raise issues on the inspection, each with a description*; the record is what the things
    are raised *as* (*complaints are logged as tickets against the customer, each with ...*)."""
    match = _DONE_AS_EACH_WITH.match(sentence)
    if not match or not is_past_participle(match["done"]):
        return sentence
    name, act = match["name"], verb_lemma(match["done"])
    if not act or not listed_as_noun(singular(name)) or can_be_adjective(name):
        return sentence
    return f"we {act} {name}{match['rest']}{sentence[match.end() :]}"


_DONE_ON_ONE_AS = re.compile(
    r"^(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s+"
    r"(?P<on>(?:on|for|against|to)\s+(?:a|an|the|each|every)\s+[a-z][\w\-]*)\s+"
    r"(?:is|are|gets?)\s+(?P<done>[a-z]+)\s+as\s+(?P<name>[a-z][\w\-]*s)\s+with\b"
)


def done_on_one_as(sentence: str) -> str:
    """``refurb work on a unit is logged as tasks with a description, ...``: *we log tasks on a
    unit, each with a description, ...*; the record is what the work is logged *as*, and it
    is logged on the unit."""
    match = _DONE_ON_ONE_AS.match(sentence)
    if not match or not is_past_participle(match["done"]):
        return sentence
    name, act = match["name"], verb_lemma(match["done"])
    if not act or not listed_as_noun(singular(name)) or can_be_adjective(name):
        return sentence
    return f"we {act} {name} {match['on']}, each with{sentence[match.end() :]}"


_JOINS_OUR_LIST = re.compile(
    r"\bjoins?\s+(?P<list>(?:the|our|my|a)\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<container>[a-z]+))"
    r"(?=\s+with\s+(?:their|his|her)\s)"
)


def joins_our_list(sentence: str) -> str:
    """``people join the list with their name, email and phone``: *people sign up to the list
    with ...*; *their* list is the people's, and the list they join holds them, no record of
    its own (*parents join the waiting list with their name*); a club one joins stays one."""
    return _JOINS_OUR_LIST.sub(
        lambda match: (
            f"sign up to {match['list']}" if match["container"] in CONTAINER_NOUNS else match[0]
        ),
        sentence,
    )


_EACH_WE_TAKE_IS_A = re.compile(
    r"\b(?:each|any)\s+(?P<thing>[a-z][\w\-]*)\s+(?:that\s+)?(?P<who>we|i)\s+"
    r"(?P<verb>take\s+on|take\s+in|get|handle|do|run|win|accept)\s+is\s+(?:called\s+)?"
    r"(?P<a>an?)\s+(?P<name>[a-z][\w\-]*)(?=\s*(?:[,;.:]|$|\s+and\s))"
)


def each_we_take_is_named(lowered: str) -> str:
    """``every job we take on is an assignment, and each one has a mode``: *each assignment is
    a job we take on, and each one has a mode*; the owner names the record, and the *each one*
    after it is that record (on the whole text, before *each one* is named)."""

    def named(match: re.Match[str]) -> str:
        thing, name = match["thing"], match["name"]
        if thing == name or not can_be_noun(name) or is_plural(name) or can_be_adjective(name):
            return match[0]
        article = "an" if thing[0] in "aeiou" else "a"
        return f"each {name} is {article} {thing} {match['who']} {match['verb']}"

    return _EACH_WE_TAKE_IS_A.sub(named, lowered)


_SOLD_IN_ONES = re.compile(
    r"\b(?P<things>[a-z][\w\-]*[a-z]s)\s+(?:here\s+)?(?:are|get)\s+(?:sold|booked|bought|paid\s+for)\s+"
    r"in\s+(?P<ones>blocks|packs|bundles|books|courses|batches|sets)\b"
)


def sold_in_blocks(lowered: str) -> str:
    """``lessons here are sold in blocks. a block is for one pupil ...``: every *block* after
    it is a *lesson block*, the record of the lessons sold together (on the whole text)."""
    match = _SOLD_IN_ONES.search(lowered)
    if match is None:
        return lowered
    thing, ones = singular(match["things"]), match["ones"]
    one = singular(ones)
    after = re.sub(
        # "new blocks sit as a draft": each block starts so, *new* names no other record
        rf"\b(?:new\s+)?(?<!{re.escape(thing)}\s)(?P<word>{re.escape(ones)}|{re.escape(one)})\b",
        lambda m: f"{thing} {m['word']}",
        lowered[match.end() :],
    )
    return f"{lowered[: match.end()]}{after}"
