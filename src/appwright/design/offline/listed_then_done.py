"""Records listed in brackets, then told what is done with each: *each competition also has
prizes (finishing position, description and value) awarded to a member* is the competition's
prizes, each with its list, and each prize awarded to one member; the participle is said of
every one of them, not of the competition.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import is_past_participle, is_plural, singular

_LISTED_THEN_DONE = re.compile(
    r"^(?P<head>.*?\b(?:has|have|holds|hold|gives|give|keeps|keep)\s+(?:several\s+|some\s+|many\s+)?)"
    r"(?P<things>[a-z][\w\-]*)\s+(?P<listed>\([^()]*,[^()]*\))\s+(?P<done>[a-z]+)\s+"
    r"(?P<to>to|by|for|from|with)\s+(?P<one>(?:a|an|one)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


def listed_then_done(sentence: str) -> str:
    """``each competition also has prizes (finishing position, ...) awarded to a member``:
    *each competition also has prizes (...); each prize is awarded to a member*."""

    def each_done(part: str) -> str:
        match = _LISTED_THEN_DONE.match(part)
        if match is None or not is_plural(match["things"]) or not is_past_participle(match["done"]):
            return part
        one = singular(match["things"])
        return (
            f"{match['head']}{match['things']} {match['listed']}; each {one} is {match['done']} "
            f"{match['to']} {match['one']}"
        )

    return per_statement(sentence, each_done)
