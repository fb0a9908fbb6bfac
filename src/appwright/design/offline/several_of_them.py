"""How many of the people who do something each one needs, told after what they do: *our
technicians run the sessions, and bigger sessions need two or three of them* is *...; each
session has several technicians; each technician runs many sessions*, a record with many of them, not a list of *two* and
*three of them*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import is_plural, singular, verb_lemma

_DO_THEM_AND_SOME_NEED_SEVERAL = re.compile(
    r"^(?P<who>(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s))\s+(?:(?:usually|normally|all)\s+)?"
    r"(?P<verb>[a-z]+)\s+(?:the|our|their)\s+(?P<things>[a-z][\w\-]*s)(?P<mid>[^;,]*?),?\s+"
    r"(?:and|but)\s+(?:some\s+|the\s+|a\s+few\s+)?(?:[a-z]+\s+)?(?P=things)\s+"
    r"(?:can\s+|may\s+|will\s+|often\s+|sometimes\s+)?(?:need|take|get|have|use)\s+"
    r"(?:two|three|several|a\s+few|more|a\s+couple)(?:\s+or\s+(?:three|four|more))?\s+"
    r"of\s+them\b(?P<rest>[^;]*)$"
)


def several_of_them_needed(sentence: str) -> str:
    """``our technicians run the sessions, and bigger sessions need two or three of them``:
    *our technicians run the sessions; each session has several technicians*."""

    def plain(statement: str) -> str:
        match = _DO_THEM_AND_SOME_NEED_SEVERAL.match(statement)
        if match is None or not is_plural(match["people"]) or verb_lemma(match["verb"]) is None:
            return statement
        thing, person = singular(match["things"]), singular(match["people"])
        said = f"{match['who']} {match['verb']} the {match['things']}{match['mid']}"
        # both ways round, so the link is many to many whether or not the people are kept
        many = f"each {thing} has several {match['people']}; each {person} {match['verb']}s many"
        return f"{said}; {many} {match['things']}{match['rest']}"

    return per_statement(sentence, plain)
