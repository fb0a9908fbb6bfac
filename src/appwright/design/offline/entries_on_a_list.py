"""What is kept for each record on a list, written as the list's entries: *for each artwork on
the list we record the wall, a position number and the label text* is *each list entry is for
one artwork; each list entry has the wall, ...*. The list (a hanging list, a run sheet) is a
document; what is recorded is not the artwork's own, but its place on that list. So with a
record's own list: *for each interpreter we record their qualifications: the award, ...* is
*each interpreter has many qualifications; each qualification has the award, ...*, and so
is *each pupil has ..., plus any medical notes (the condition and what we should do)*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import singular

_FOR_EACH_ON_THE_LIST = re.compile(
    r"^(?P<before>[^;]*?:\s+)?for\s+each\s+(?P<one>[a-z][\w\-]*)\s+(?:on|in|for)\s+the\s+"
    r"(?P<list>list|sheet|plan|schedule|rota|register|manifest|programme)\s*,?\s+(?:we|i)\s+"
    r"(?:also\s+)?(?:record|note|keep|log|write\s+down|store|give)\s+(?P<listed>[^;]+)$"
)


def entries_on_the_list(sentence: str) -> str:
    """``its hanging list says which artworks go on which wall: for each artwork on the list we
    record the wall, a position number and the label text``: *...; each list entry is for one
    artwork; each list entry has the wall, a position number and the label text*."""

    def plain(statement: str) -> str:
        match = _FOR_EACH_ON_THE_LIST.match(statement)
        if match is None:
            return statement
        entry = f"{match['list']} entry"
        before = f"{match['before'].rstrip(': ')}; " if match["before"] else ""
        one = singular(match["one"])
        return f"{before}each {entry} is for one {one}; each {entry} has {match['listed']}"

    return per_statement(sentence, plain)


_FOR_EACH_THEIR_MANY = re.compile(
    r"^for\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s*,?\s+(?:we|i)\s+(?:also\s+)?"
    r"(?:record|note|keep|log|store|track|hold)\s+(?:their|its|his|her|all\s+(?:their|its))\s+"
    r"(?P<many>[a-z][\w\-]*[a-z]s)\s*:\s+"
    # fields, each with an article (*the award (...), the awarding body*); bare words are the
    # values of one field (*their languages: french, german*)
    r"(?P<listed>(?:the|a|an|their|its|his|her)\s[^;]+)$"
)


def their_many_listed(sentence: str) -> str:
    """``for each interpreter we record their qualifications: the award (dpsi, dci or other),
    the awarding body, the year gained``: *each interpreter has many qualifications; each
    qualification has the award (...), the awarding body, the year gained*."""

    def plain(statement: str) -> str:
        match = _FOR_EACH_THEIR_MANY.match(statement)
        if match is None or singular(match["many"]) == singular(match["one"]):
            return statement
        many = match["many"]
        return f"each {match['one']} has many {many}; each {singular(many)} has {match['listed']}"

    return per_statement(sentence, plain)


_AND_ANY_MANY_IN_BRACKETS = re.compile(
    r"^(?P<head>(?:each|every|a|an)\s+(?P<one>[a-z][\w\-]*)\s+(?:has|have)\s+[^;()]+?),?\s+"
    r"(?:and|plus)\s+(?:any|all|their|its|some)\s+(?P<many>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*[a-z]s)\s*"
    # fields, each with an article (*(the condition and what we should do)*), not values
    r"\((?P<listed>(?:the|a|an)\s[^()]+)\)\s*$"
)


def any_many_in_brackets(sentence: str) -> str:
    """``each pupil has a first name, ..., plus any medical notes (the condition and what we
    should do about it)``: *each pupil has a first name, ...; each pupil has many medical
    notes; each medical note has the condition and what we should do about it*."""

    def plain(statement: str) -> str:
        match = _AND_ANY_MANY_IN_BRACKETS.match(statement)
        if match is None:
            return statement
        many = match["many"]
        *lead, last = many.split()
        one = " ".join([*lead, singular(last)])
        return (
            f"{match['head']}; each {match['one']} has many {many}; "
            f"each {one} has {match['listed']}"
        )

    return per_statement(sentence, plain)
