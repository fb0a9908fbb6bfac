"""Records told by what the owner needs to know of them, or keeps on a list of their own.

Owners rarely say *each athlete has a name*. They say what they need: *we have got athletes,
and for them i need a name, a date of birth and a parent's email*, *i need to know who they
are, so their name, email and fee*, *our league keeps a roster of skaters: derby name, ...*,
*i put one of the fitters on each job (for them i only need a name)*, *each client's care plan
is a list of tasks with a description*. Each rewrite here turns one such telling into the plain
clauses the readers know (*each X has ...*, *each X has several Y*), whatever the domain;
``simplify`` runs them with the rest. The other ``told_*`` modules read records told by what
people do: ``told_acts`` (an act makes one), ``told_which`` (*which* one did it),
``told_made_for`` (one made or filed for another).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause, per_match
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular

_WHO_THEY_ARE = re.compile(
    r"^(?P<people>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?P<act>[a-z].*?),\s+(?:and|so)\s+(?:i|we)\s+"
    r"(?:need|want|have|would\s+like)\s+to\s+know\s+who\s+they\s+are,?\s+(?:so\s+|which\s+means\s+)?"
    r"(?:their|his|her|just\s+their)\s+(?P<list>[a-z].*)$"
)


def who_they_are(sentence: str) -> str:
    """``freelance setters send me puzzles, and i need to know who they are, so their name,
    email and fee``: *freelance setters send me puzzles; freelance setters have name, ...*."""

    def plain(clause: str) -> list[str]:
        match = _WHO_THEY_ARE.match(clause)
        if match is None or not is_plural(match.group("people").split()[-1]):
            return [clause]
        people = match.group("people")
        return [f"{people} {match.group('act')}", f"{people} have {match.group('list')}"]

    return per_clause(sentence, plain)


_KEEPS_A_ROSTER = re.compile(
    r"^(?:(?:our|the|my)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*|we|i)\s+"
    r"(?:keep|keeps|have|has|maintain|maintains|hold|holds|run|runs)\s+(?:a|an|one)\s+"
    r"(?:roster|register|list|database|directory|spreadsheet)\s+of\s+(?:all\s+)?(?:our\s+|the\s+)?"
    r"(?P<things>[a-z][\w\-]*s)\s*:\s*(?P<list>[^:]+)$"
)


def keeps_a_roster(sentence: str) -> str:
    """``our roller derby league keeps a roster of skaters: derby name, real name, ...``:
    *skaters have derby name, real name, ...*, the things the roster lists."""

    def plain(clause: str) -> list[str]:
        match = _KEEPS_A_ROSTER.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        return [f"{match.group('things')} have {match.group('list')}"]

    return per_clause(sentence, plain)


_PUT_EACH_AND_NEED = re.compile(
    r"^(?:i|we)\s+(?:put|place|assign|book|seat|add)\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:onto|on|into|in|to)\s+(?:one|a|an)\s+(?P<place>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+"
    r"(?:need|keep|take|note|record|want)\s+(?:their|his|her|its)\s+(?P<list>.+)$"
)


def put_each_and_need(sentence: str) -> str:
    """``we put each passenger onto one flight and need their name, email, ...``: *each
    passenger belongs to one flight; each passenger has name, email, ...*."""

    def plain(clause: str) -> list[str]:
        match = _PUT_EACH_AND_NEED.match(clause)
        if match is None:
            return [clause]
        one = match.group("one")
        return [
            f"each {one} belongs to one {match.group('place')}",
            f"each {one} has {match.group('list')}",
        ]

    return per_clause(sentence, plain)


_ONE_OF_OURS_ON = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+|\band\s+)(?:i|we)\s+(?:also\s+)?"
    r"(?:put|assign|allocate|send|appoint|place|give)\s+one\s+of\s+(?:the|our|my)\s+"
    r"(?P<people>[a-z][\w\-]*s)\s+(?:on|onto|to)\s+(?:each|every|the|a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*)(?:\s*\((?P<aside>[^()]*)\))?(?P<end>\s*(?:[,;]|$))"
)
_FOR_THEM_WE_NEED = re.compile(
    r"^for\s+(?:them|each|each\s+one|every\s+one)\s+(?:i|we)\s+(?:only\s+|just\s+)?(?:need|keep|want|take|record)\s+"
    r"(?P<list>.+)$"
)


def one_of_ours_on(sentence: str) -> str:
    """``i put one of the fitters on each job (for them i only need a name)``: *each job has
    one fitter; each fitter has a name*; the one person given to every record of a kind."""

    def plain(match: re.Match[str]) -> str:
        person = singular(match["people"])
        if not can_be_noun(person) or person == match["thing"]:
            return match[0]
        aside = _FOR_THEM_WE_NEED.match(match["aside"] or "")
        if match["aside"] and aside is None:
            return match[0]
        # "(for them i only need a name)": what is kept about each of the people
        theirs = f"; each {person} has {aside['list']}" if aside else ""
        return f"{match['lead']}each {match['thing']} has one {person}{theirs}{match['end']}"

    return _ONE_OF_OURS_ON.sub(plain, sentence)


_COUNTED_THEN_EACH = re.compile(
    r"\b(?:needs|has|gets|goes\s+through|takes)\s+"
    r"(?:several|a\s+few|a\s+couple\s+of|many|multiple)\s+(?P<things>[a-z][\w\-]*s)"
    r"\s*[,;]?\s+(?:and\s+)?for\s+(?:each|every)\s+(?:one\s+of\s+them|one|of\s+them)\b"
)


def for_each_counted(sentence: str) -> str:
    """``a wig needs several fittings, and for each one i jot down the date, ...``: *a wig has
    several fittings; for each fitting i jot down ...*, the things of its own the clause
    counted (``simplify`` reads *for each one* as the subject before it, *houses sit on a
    round; for each one ...*, first; *a job can use several parts, and for each one ...* is
    each use of a part)."""

    def each(match: re.Match[str]) -> str:
        things = match.group("things")
        if not is_plural(things) or things in words(sentence[: match.start()]):
            return match.group(0)  # named before: things of their own, not the record's
        # "needs several fittings, and for each one ...": fittings of its own, which it has
        return f"has several {things}; for each {singular(things)}"

    return _COUNTED_THEN_EACH.sub(each, sentence)


_THEIR_LIST_OF = re.compile(
    r"(?P<lead>^|,\s+(?:and\s+)?)(?:each|every)\s+(?P<owner>[a-z][\w\-]*)'s\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}?(?:is|are)\s+"
    r"(?:a\s+list|a\s+set|a\s+series|a\s+number|made\s+up)\s+of\s+(?P<things>[a-z][\w\-]*s)\b"
)


def list_of_theirs(sentence: str) -> str:
    """``..., and each client's care plan is a list of tasks with a description``: *...; each
    client has several tasks with ...*, the things in it the owner's own."""

    def theirs(match: re.Match[str]) -> str:
        if not is_plural(match.group("things")):
            return match.group(0)
        lead = "; " if match.group("lead") else ""
        return f"{lead}each {match.group('owner')} has several {match.group('things')}"

    return _THEIR_LIST_OF.sub(theirs, sentence)


_GOT_THEM_AND_NEED = re.compile(
    r"^(?:we|i)\s+(?:have\s+got|have|keep|look\s+after)\s+(?P<things>[a-z][\w\-]*s),?\s+and\s+"
    r"for\s+(?:them|those|each\s+one|each\s+of\s+them|every\s+one(?:\s+of\s+them)?)\s+(?:i|we)\s+(?:only\s+|just\s+|also\s+)?"
    r"(?:need|keep|want|take|record|note)\s+(?P<list>(?:a|an|the|their)\s[^;]*?)"
    r"(?:,\s+(?:because|as|since)\s+[^;]*)?$"
)


def got_them_and_need(sentence: str) -> str:
    """``we have got athletes, and for them i need a name, a date of birth and a parent's
    email, because most of them are kids``: *athletes have a name, ...*; why is no field."""

    def plain(clause: str) -> list[str]:
        match = _GOT_THEM_AND_NEED.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        return [f"{match.group('things')} have {match.group('list')}"]

    return per_clause(sentence, plain)


_HAS_THEM_AND_NEED = re.compile(
    r"^(?P<owner>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+has\s+"
    r"(?:its\s+own\s+|several\s+|many\s+)?(?P<things>[a-z][\w\-]*s),?\s+and\s+"
    r"for\s+(?:them|those|each\s+one|each\s+of\s+them|every\s+one(?:\s+of\s+them)?)\s+(?P<we>i|we)\s+"
    r"(?P<kept>(?:only\s+|just\s+|also\s+)?(?:need|keep|want|take|record|note)\s+"
    r"(?:a|an|the|their|its)\s[^;]*?)(?:,\s+(?:because|as|since)\s+[^;]*)?$"
)


def has_them_and_need(sentence: str) -> str:
    """``each tour has its own excursions, and for those i need the name, the date it runs and
    the price, because ...``: *each tour has several excursions; for each excursion i need the
    name, ...*; *those* are the records the owner was just said to have, and why is no field."""

    def plain(match: re.Match[str]) -> list[str] | None:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(singular(things)):
            return None
        return [
            f"{match['owner']} has several {things}",
            f"for each {singular(things)} {match['we']} {match['kept']}",
        ]

    return per_match(sentence, _HAS_THEM_AND_NEED, plain)
