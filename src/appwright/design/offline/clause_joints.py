"""Where a new clause starts inside a sentence, written as a clause of its own: *a blend is my
own recipe, it's got a name* is *...; it has a name*, *... and each one is taken by one of our
coaches* *...; each one is taken by ...*, *jobs get quotes first, each from one contractor*
*...; each quote is from one contractor*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, singular, verb_lemma

_COMMA_THEN_IT_HAS = re.compile(
    r"(?<=[a-z]),\s+(?P<who>it|they)(?:\s+has|\s+have|'s\s+got|'ve\s+got|\s+has\s+got|\s+have\s+got)\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


def comma_then_it_has(sentence: str) -> str:
    """``a blend is my own recipe, it's got a name, a tasting note ...``: *...; it has a name*,
    a clause of its own after a comma, as people type it."""
    return _COMMA_THEN_IT_HAS.sub(
        lambda m: "; it has " if m["who"] == "it" else "; they have ", sentence
    )


_PEOPLE_ACT = re.compile(r"^(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s")
_AND_ACT_ON_THINGS_WITH = re.compile(
    r"\s+and\s+(?:then\s+)?(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+with\s+"
)


def and_they_act_with(sentence: str) -> str:
    """``owners register their dogs (...) and book stays with a check-in date``: *...; owners
    book stays with ...*; the second act shares the people, so *book* names no record."""
    opening = _PEOPLE_ACT.match(sentence)
    if opening is None or verb_lemma(opening["verb"]) != opening["verb"]:
        return sentence
    for match in _AND_ACT_ON_THINGS_WITH.finditer(sentence, opening.end()):
        before = sentence[: match.start()]
        verb = match["verb"]
        bare = re.sub(r"\([^()]*\)", "", before)
        if any(mark in bare for mark in ("(", ")", ",", ";", " with ")):
            # inside brackets, after a list of acts, or in a list after *with* (*orders with
            # a date and order lines with ...*): not one act and the next
            continue
        if verb_lemma(verb) != verb or verb in FUNCTION_WORDS or not can_be_noun(match["things"]):
            continue
        people = opening["people"]
        return f"{before}; {people} {verb} {match['things']} with {sentence[match.end() :]}"
    return sentence


_AND_EACH_ONE_IS = re.compile(
    r"(?<=[a-z])\s+and\s+(?=each\s+(?:one|of\s+them|[a-z][\w\-]*)\s+"
    r"(?:is|gets|belongs|goes|comes|can|needs|has(?!\s+(?:plenty|several|many|lots|a\s+few|"
    r"a\s+number|multiple|any\s+number|more\s+than\s+one)\b))\b)"
)


def and_each_one_is(sentence: str) -> str:
    """``sessions are held on a date at a venue and each one is taken by one of our
    coaches``: *...; each one is taken by ...*, a clause of its own about each of them (not
    *a pharmacist covers several counties and each county has plenty of pharmacists*, one
    many-to-many told from both ends)."""
    return _AND_EACH_ONE_IS.sub("; ", sentence)


_SO_EACH_ONE = re.compile(
    r",\s+so\s+(?=(?:every|each)\s+[a-z][\w\-]*\s+(?:(?:a|an|the)\s+[a-z][\w\-]*|we|i|they)\s+"
    r"[a-z]+s?\s+(?:gets?|is|are|has|have)\b"
    # "..., so every vessel is attached to an account": each tied to one, a clause of its own
    r"|(?:every|each)\s+[a-z][\w\-]*\s+(?:is|gets)\s+(?:attached|linked|tied|assigned|allocated|"
    r"registered)\s+to\s+(?:a|an|one)\s)"
)


def so_each_one(sentence: str) -> str:
    """``nobody pays in one go, so every payment a tourist makes gets logged with ...``: *...;
    every payment ...*, the record told in a clause of its own after the reason for it (a
    relative clause names who makes it; *so each bundle gets assigned* is left alone), and
    ``..., so every vessel is attached to an account``: each tied to one."""
    return _SO_EACH_ONE.sub("; ", sentence)


_EACH_ONE_HAVING = re.compile(
    r",\s+(?:with\s+)?(?P<each>each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+having\s+"
    r"(?=(?:a|an|the|its|their|one|several|many|some|no)\s)"
)


def each_one_having(sentence: str) -> str:
    """``members audition for characters, each audition having a date and an outcome``:
    *...; each audition has a date and an outcome*, the record and its fields said as a clause
    of their own."""
    return _EACH_ONE_HAVING.sub(r"; \g<each> \g<np> has ", sentence)


_WHILE_FOR_THE_OTHERS = re.compile(
    r",\s+(?:while|whilst|whereas)\s+(?=for\s+(?:the\s+|each\s+|every\s+|our\s+)?"
    r"[a-z][\w\-]*\s+(?:(?:a|an|the|just|only)\s|[a-z][\w\-]*\s+and\s))"
)


def while_for_the_others(sentence: str) -> str:
    """``species are set up with a name and a code, while for vessels a name and port number
    are enough``: *...; for vessels a name and port number are enough*, the other record's
    list a clause of its own."""
    return _WHILE_FOR_THE_OTHERS.sub("; ", sentence)


_AND_OTHERS_KEPT_WITH = re.compile(
    r",\s+and\s+(?=(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s\s+are\s+"
    r"(?:kept|recorded|listed|held|stored|logged|entered|set\s+up|added)\s+with\s)"
)


def and_others_kept_with(sentence: str) -> str:
    """``for vessels we note the name and the length, and crane drivers are kept with their
    name``: *...; crane drivers are kept with their name*, the other record's list a clause of
    its own, not one more item."""
    return _AND_OTHERS_KEPT_WITH.sub("; ", sentence)


_AND_EACH_ONE_THAT = re.compile(
    r",\s+and\s+(?=(?:each|every)\s+[a-z][\w\-]*\s+(?:that|which|who)\s+[^,;]+?\s+"
    r"(?:gets|has|needs|carries|is\s+given)\s+(?:a|an|the|its|their)\s)"
)


def and_each_one_that(sentence: str) -> str:
    """``each spill is logged as an incident with a location, and each bird that comes in from it
    gets a ring number``: *...; each bird that comes in from it gets ...*, the next record's
    list a clause of its own, not one more item of the first."""
    return _AND_EACH_ONE_THAT.sub("; ", sentence)


_EACH_ONE_THAT_GETS = re.compile(
    r"(?P<lead>^|;\s+)(?P<each>(?:each|every)\s+(?P<thing>[a-z][\w\-]*))\s+(?:that|which|who)\s+"
    r"(?P<does>[a-z]+\s+[^,;]+?)\s+(?:gets|has|needs|carries|is\s+given)\s+"
    # a list of its own (*a ring number, its species and ...*), not one record it is given
    r"(?=(?:a|an|the|its|their)\s+[^,;]+,\s+[^;]*\band\s)"
)


def each_one_that_gets(sentence: str) -> str:
    """``each bird that comes in from it gets a ring number, ...``: *each bird comes in from
    it; each bird has a ring number, ...*; what the relative clause says of it is a clause of
    its own, and the list is the record's."""

    def plain(match: re.Match[str]) -> str:
        if verb_lemma(match["does"].split()[0]) is None or not can_be_noun(match["thing"]):
            return match[0]
        return f"{match['lead']}{match['each']} {match['does']}; {match['each']} has "

    return _EACH_ONE_THAT_GETS.sub(plain, sentence)


_GET_THEM_EACH_FROM = re.compile(
    r"^(?P<head>.+?\s(?:get|gets|need|needs|have|has))\s+(?P<many>[a-z][\w\-]*s)"
    r"(?:\s+(?:first|too|as\s+well|beforehand))?,\s+each\s+"
    r"(?P<rest>(?:from|for|by|with|on|at)\s+(?:one|a|an)\s.+)$"
)


def each_from_one(sentence: str) -> str:
    """``bigger jobs get quotes first, each from one contractor for one repair with an amount,
    ...``: *...; each quote is from one contractor for one repair with an amount, ...*; what
    follows *each* is the many's own, a clause of its own."""
    match = _GET_THEM_EACH_FROM.match(sentence)
    if match is None or not can_be_noun(match["many"]) or match["many"] in FUNCTION_WORDS:
        return sentence
    one = singular(match["many"])
    return f"{match['head']} {match['many']}; each {one} is {match['rest']}"


_ONE_FOR_ANOTHER_BRACKET_THEN = re.compile(
    r"^(?:each|every|a|an)\s+(?P<one>[a-z][\w\-]*)(?:\s+(?:we|i|they)\s+[a-z]+)?\s+"
    r"(?:for|from|at|with)\s+(?:a|an|one|the)\s+(?P<other>[a-z][\w\-]*)\s+"
    r"\((?P<listed>[^()]+)\)\s+(?P<said>(?:is|gets|goes)\s.+)$"
)


def one_for_another_listed_then(sentence: str) -> str:
    """``each job we attend for an account (address, date attended and a description of the
    work) is billed on an invoice with ...``: *each job belongs to one account; each job has
    address, ...; each job is billed on ...*; a bracket inside the subject, before its verb,
    lists the subject's own."""
    match = _ONE_FOR_ANOTHER_BRACKET_THEN.match(sentence)
    if match is None or ("," not in match["listed"] and " and " not in match["listed"]):
        return sentence
    one = match["one"]
    if not can_be_noun(one) or one in FUNCTION_WORDS or one == match["other"]:
        return sentence
    return (
        f"each {one} belongs to one {match['other']}; each {one} has {match['listed']}; "
        f"each {one} {match['said']}"
    )


_AND_ON_IT_WE_KEEP = re.compile(
    r"^(?P<said>(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:on|in|at|from|with)\s+(?:the|our)\s+[a-z][\w\-]*)?\s+"
    r"(?:is|covers|belongs|has|goes|runs|comes|sits)\b[^;]*?),\s+and\s+(?:on|for)\s+(?P<it>it|them|each\s+one)\s+"
    r"(?:we|i)\s+(?:also\s+)?(?:keep|record|note|hold|log|store|put|need|want|take)\s+(?P<listed>[^;]+)$"
)
"""*a contract covers one site, and on it we keep ...*; *every customer on the service is put on
a round, and for them we need ...*."""
_SEVERAL_NAMED = re.compile(r"\b(?:of\s+(?:our|the|their)|several|many)\s+[a-z][\w\-]*s\b")
"""*each interview is carried out by one of our interviewers, and for them we keep ...*: *them*
is the interviewers."""


def and_on_it_we_keep(sentence: str) -> str:
    """``a contract covers one site, and on it we keep the start date, ...``: *a contract
    covers one site; each contract has the start date, ...*; *it* (or *them*, after *for*) is
    the record the clause opened with, not the one it covers."""

    def plain(statement: str) -> str:
        match = _AND_ON_IT_WE_KEEP.match(statement)
        if match is None or (match["it"] == "them" and _SEVERAL_NAMED.search(match["said"])):
            return statement
        return f"{match['said']}; each {match['one']} has {match['listed']}"

    return per_statement(sentence, plain)


_A_STOP_WHERE_WE_NOTE = re.compile(
    r"^(?P<said>(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+is\s+(?:a|an)\s+[a-z][\w\-]*\s+"
    r"(?:at|to|in|on|with)\s+[^;]+?)\s+where\s+(?:we|i)\s+(?:note|record|log|keep|write\s+down|"
    r"take\s+down|track)\s+(?P<listed>[^;]+)$"
)


def a_stop_where_we_note(sentence: str) -> str:
    """``a drop is a stop at one of our trade customers (...) where we note the position of the
    drop, how many casks we left, ...``: *...; each drop has the position of the drop, ...*;
    what is noted where it happens is the record's that happens, not the place's."""

    def plain(statement: str) -> str:
        match = _A_STOP_WHERE_WE_NOTE.match(statement)
        if match is None or not can_be_noun(match["one"]) or match["one"] in FUNCTION_WORDS:
            return statement
        return f"{match['said']}; each {match['one']} has {match['listed']}"

    return per_statement(sentence, plain)


_EACH_WITH_AND_EACH_WITH = re.compile(
    r"^(?P<head>for\s+each\s+[a-z][\w\-]*,?\s+(?:we|i)\s+(?:also\s+)?"
    r"(?:record|keep|note|log|list|hold|store|track)\s+)each\s+(?P<one>[a-z][\w\-]*)\s+with\s+"
    r"(?P<listed>[^;]+?),\s+and\s+each\s+(?P<other>[a-z][\w\-]*)"
    r"(?:\s+(?:in|on|at|of)\s+(?:the|its|their)\s+[a-z][\w\-]*)?\s+with\s+(?P<others>[^;]+)$"
)


def each_with_and_each_with(sentence: str) -> str:
    """``for each system we record each door with its location ..., and each key in the
    hierarchy with its tier ...``: *for each system we record each door with ...; for each
    system we record each key with ...*; two records kept under one, each with its own list
    (where it sits in the one, *in the hierarchy*, names nothing more)."""
    match = _EACH_WITH_AND_EACH_WITH.match(sentence)
    if match is None or match["one"] == match["other"]:
        return sentence
    return (
        f"{match['head']}each {match['one']} with {match['listed']}; "
        f"{match['head']}each {match['other']} with {match['others']}"
    )


_NAMES_ITS_MANY_EACH_WITH = re.compile(
    r"^(?P<head>(?:each|every|a|an)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+\([^()]*\))?)\s+(?:names|lists|has|keeps)\s+its\s+(?:[a-z][\w\-]*\s+)?"
    r"(?P<many>[a-z][\w\-]*s),\s+each\s+with\s+(?P<listed>[^;]+)$"
)


def names_its_many_each_with(sentence: str) -> str:
    """``each business customer (company name and address) names its authorised signatories,
    each with a name, an email and ...``: *each business customer (...); each signatory belongs
    to one business customer; each signatory has a name, ...*; the many it names are its own."""
    match = _NAMES_ITS_MANY_EACH_WITH.match(sentence)
    if match is None or not can_be_noun(match["many"]) or match["many"] in FUNCTION_WORDS:
        return sentence
    one, many = match["one"], singular(match["many"])
    if many == one.split()[-1]:
        return sentence
    head = match["head"]
    opening = f"{head}; " if "(" in head else ""
    return f"{opening}each {many} belongs to one {one}; each {many} has {match['listed']}"
