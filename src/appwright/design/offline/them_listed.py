"""Lists an owner gives the records just named, told after the clause that named them.

*each boxer trains under one of our coaches, and for them i only need a name and phone number*
is each coach's list: *them* is the last plural the clause named, wherever it stands (an
object, one *of our* coaches), not the record the clause opened with. *..., then their licence,
which has a licence number, ...* is a record of its own, the one before's, with its list,
*the safeguarding training each volunteer has done: ...* a record kept per volunteer, *a bout
is scheduled for a number of rounds* a count the bout holds, and *a grading exam costs an entry
fee* the exam's fee.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_past_participle, is_plural, singular

_FOR_THEM_WE_NEED = re.compile(
    r"^(?P<before>.*?\b(?P<things>[a-z][\w\-]*s)),?\s+(?:and|so)\s+"
    r"for\s+(?:them|those|each\s+of\s+them|each\s+one|every\s+one(?:\s+of\s+them)?)\s+(?P<we>i|we)\s+"
    r"(?P<kept>(?:(?:only|just|also|really)\s+)*(?:need|keep|want|take|record|note|hold)\s+"
    r"(?:a|an|the|their|its)\s[^;]*?)(?:,\s+(?:because|as|since)\s+[^;]*)?$"
)


def for_the_ones_named(sentence: str) -> str:
    """``each boxer trains under one of our coaches, and for them i only need a name and phone
    number``: *each boxer trains under one of our coaches; for each coach i only need a name and
    phone number*; *them* are the last records the clause named."""

    def plain(clause: str) -> list[str]:
        match = _FOR_THEM_WE_NEED.match(clause)
        if match is None:
            return [clause]
        things = match["things"]
        one = singular(things)
        if not is_plural(things) or things in FUNCTION_WORDS or not can_be_noun(one):
            return [clause]
        return [match["before"], f"for each {one} {match['we']} {match['kept']}"]

    return per_clause(sentence, plain)


_THEN_THEIR_WHICH_HAS = re.compile(
    r"(?P<before>\b(?P<owner>[a-z][\w\-]*)\s*(?:\([^()]*\))?),\s+(?:then|and\s+then|plus)\s+"
    r"(?:their|its|his|her)\s+(?P<thing>[a-z][\w\-]*),\s+which\s+(?:has|holds|carries)\s+"
    r"(?=(?:a|an|the|its)\s)"
)


def then_their_which_has(sentence: str) -> str:
    """``what i need is the boxer (name, ...), then their licence, which has a licence number,
    an issue date, ...``: *...; each licence belongs to one boxer; each licence has a licence
    number, ...*; a record told after another's list, with its own list."""

    def plain(match: re.Match[str]) -> str:
        owner, thing = match["owner"], match["thing"]
        if not can_be_noun(owner) or not can_be_noun(thing) or is_plural(thing):
            return match[0]
        if owner in FUNCTION_WORDS or thing in FUNCTION_WORDS:
            return match[0]
        return f"{match['before']}; each {thing} belongs to one {owner}; each {thing} has "

    return _THEN_THEIR_WHICH_HAS.sub(plain, sentence)


_DONE_FOR_A_NUMBER_OF = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|gets)\s+"
    r"(?P<done>[a-z]+)\s+for\s+(?P<count>(?:a|an)\s+(?:(?:set|given|fixed|agreed)\s+)?"
    r"number\s+of\s+(?P<things>[a-z][\w\-]*s))$"
)


def done_for_a_number_of(sentence: str) -> str:
    """``a bout is scheduled for a number of rounds``: *a bout has a number of rounds*; a count
    the record is planned or booked for is a count it holds."""

    def plain(clause: str) -> list[str]:
        match = _DONE_FOR_A_NUMBER_OF.match(clause)
        if match is None or (match["done"] and not is_past_participle(match["done"])):
            return [clause]
        if not is_plural(match["things"]) or not can_be_noun(singular(match["things"])):
            return [clause]
        return [f"{match['record']} has {match['count']}"]

    return per_clause(sentence, plain)


_THE_ONES_EACH_HAS_DONE = re.compile(
    r"^(?:the|a|an|any)\s+(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that\s+|which\s+)?"
    r"(?:each|every)\s+(?P<owner>[a-z][\w\-]*)\s+(?:has|have)(?:\s+(?P<done>[a-z]+))?\s*:\s+"
)


def the_ones_each_has_done(sentence: str) -> str:
    """``the safeguarding training each volunteer has done: course name, date completed``:
    *safeguarding training per volunteer: course name, ...*; a header naming what each record
    has (or has done) is a record kept per record, with the list (*the van each driver has:*)."""
    match = _THE_ONES_EACH_HAS_DONE.match(sentence)
    if match is None or (match["done"] and not is_past_participle(match["done"])):
        return sentence
    things, owner = match["things"], match["owner"]
    if any(w in FUNCTION_WORDS for w in [*things.split(), owner]):
        return sentence
    if not can_be_noun(things.split()[-1]) or not can_be_noun(owner):
        return sentence
    return f"{things} per {owner}: {sentence[match.end() :]}"


_MEASURED_AT_A_VALUE = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:costs|lasts|weighs|measures)\s+(?P<value>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


def costs_a_value(sentence: str) -> str:
    """``a grading exam costs an entry fee``: *a grading exam has an entry fee*; a verb of
    measure (*costs*, *lasts*, *weighs*) takes the record's own measure as its object."""

    def plain(clause: str) -> list[str]:
        match = _MEASURED_AT_A_VALUE.match(clause)
        if match is None or not can_be_noun(match["value"].split()[-1]):
            return [clause]
        return [f"{match['record']} has {match['value']}"]

    return per_clause(sentence, plain)
