"""Rewrites of what a description tells about its people rather than its records: who logs in,
and who does the work, said with a relative clause in the way.

*The crew members who put them up are assigned to bookings and need a login to see the jobs
they're on* tells two things the readers know in plainer words: *the crew members are assigned
to bookings*, and *the crew members log in to see the jobs* (someone using the app, so a role,
and no *login* field). ``simplify`` runs these with the rest.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause, per_statement
from appwright.design.offline.list_items import split_list
from appwright.design.offline.record_words import PLAIN_FIELD_NOUNS
from appwright.design.offline.word_classes import FUNCTION_WORDS, NO_ONE_IN_PARTICULAR
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    listed_as_noun,
    verb_form,
    verb_lemma,
)

_GIVEN_A_LOGIN = re.compile(
    r"\b(?:need|needs|get|gets|have|has|are\s+given|is\s+given)\s+"
    r"(?:a|an|their|his|her)\s+(?:own\s+)?(?:login|log-in|logon|user\s+account|account)"
    # "an account number" is a field
    r"(?=\s*$|\s*[,;]|\s+(?:to|so|and|for|on|with|in)\b)"
)
_AND_LOG_IN = re.compile(
    r"^(?P<who>(?:the\s+|our\s+|all\s+)?(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?P<first>.+?),?\s+"
    r"and\s+(?P<act>(?:can\s+)?log\s+in\b.*)$"
)


def logs_in(sentence: str) -> str:
    """``drivers need a login to see their jobs``: *drivers log in to see their jobs*, people
    who use the app (the readers would take *a login* for a field); ``drivers have a name and
    log in to see ...``: two clauses, the name theirs and the logging in an act."""

    def plain(clause: str) -> list[str]:
        clause = _GIVEN_A_LOGIN.sub("log in", clause)
        match = _AND_LOG_IN.match(clause)
        if match is None or not is_plural(match.group("who").split()[-1]):
            return [clause]
        who = match.group("who")
        return [f"{who} {match.group('first')}", f"{who} {match.group('act')}"]

    return per_clause(sentence, plain)


_PEOPLE_WHO_DO = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:who|that)\s+"
    r"(?P<relative>(?:(?!\b(?:are|is|get|gets)\b)[^,;])+?)\s+"
    r"(?P<rest>(?:are|get)\s+(?P<done>[a-z]+)\b.*)$"
)


def people_who_do(sentence: str) -> str:
    """``the crew members who put them up are assigned to bookings``: *the crew members are
    assigned to bookings*; the relative says what they do, the rest how they are linked."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_WHO_DO.match(clause)
        if (
            match is None
            or not is_plural(match.group("who").split()[-1])
            or not is_past_participle(match.group("done"))
        ):
            return [clause]
        return [f"{match.group('who')} {match.group('rest')}"]

    return per_clause(sentence, plain)


_PEOPLE_WHO_NEED = re.compile(
    r"^(?P<people>(?:the\s+|our\s+)?[a-z][\w\-]*s),\s+(?:(?:who|which)\s+(?:just\s+|only\s+|also\s+)?"
    r"(?:need|have|give\s+us|come\s+with)|with)\s+(?P<tail>(?:a|an|the|their)\s+[^;]+)$"
)


_OBJECT_OPENERS = frozenset(["a", "an", "the", "their", "our", "several", "many", "some", "one"])


def people_who_need(sentence: str) -> str:
    """``customers, who just need a name and an email, order a hamper with ...``,
    ``restaurants, with a name, an address and an email, place orders for ...``: *customers
    have a name and an email; customers order a hamper with ...*, the aside what they have."""

    def plain(clause: str) -> list[str]:
        match = _PEOPLE_WHO_NEED.match(clause)
        if match is None or not is_plural(match.group("people").split()[-1]):
            return [clause]
        tail = match.group("tail")
        # the first comma before a verb with its object: "a name, email and membership number,
        # book a telescope" ("email and ..." goes on with the list, "condition (mint, ...)" too)
        for comma in re.finditer(r",\s+", tail):
            rest = tail[comma.end() :]
            said = rest.split()
            before = tail[: comma.start()]
            if (
                len(said) < 2
                or before.count("(") > before.count(")")
                or said[0] in FUNCTION_WORDS
                or said[0].endswith("ing")
                or is_plural(said[0])
                or verb_lemma(said[0]) is None
                or not (said[1] in _OBJECT_OPENERS or is_plural(said[1]))
            ):
                continue
            people = match.group("people")
            return [f"{people} have {tail[: comma.start()]}", f"{people} {rest}"]
        return [clause]

    return per_clause(sentence, plain)


_WHO_DID_IT_NAMED = re.compile(
    r"\bwho(?:ever)?\s+(?P<did>[a-z]+)(?:\s+(?:for|from|out|in|up|off|with))?\s+(?:it|them)"
    r"(?:\s+(?:out|back|in|up|off|away))?\s*\((?P<inner>[^()]+)\)"
)


def who_did_it_named(sentence: str) -> str:
    """``we write down who took it (student name and student number), the time ...``: *we
    write down the student (name and student number), the time ...*; the details in the
    bracket all name one kind of person, a record the list points at (so too *who signed for
    it (customer name and phone)*, *whoever collected them (collector name and ID number)*)."""

    def named(match: re.Match[str]) -> str:
        items = split_list(match["inner"])
        first = [item.split()[0] if item.split() else "" for item in items]
        who = first[0]
        if (
            len(items) < 2
            or verb_lemma(match["did"]) is None
            or who in FUNCTION_WORDS
            or is_plural(who)
            or not listed_as_noun(who)
            or not all(len(item.split()) > 1 for item in items[:1])
        ):
            return match[0]
        own = [_without_whose(item, who) for item in items]
        listed = f"{', '.join(own[:-1])} and {own[-1]}"
        return f"the {who} ({listed})"

    return _WHO_DID_IT_NAMED.sub(named, sentence)


_THE_NAME_OF_WHO_DID_IT = re.compile(
    r"^(?P<kept>(?:for\s+)?(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s.*?),?\s+"
    r"(?:and|plus)\s+(?:the\s+name\s+of\s+the\s+(?:[a-z][\w\-]*\s+)?(?P<who>[a-z][\w\-]*)|"
    r"the\s+(?P<staff>member\s+of\s+(?:[a-z]+\s+)?staff))\s+"
    r"(?:who|that)\s+(?:did|does|carried\s+out|took|ran|led|handled|made|fitted|opened)\s+"
    r"(?:it|them)$"
)


def name_of_who_did_it(sentence: str) -> str:
    """``for each opening we note the job date, our fee and the parts cost, plus the name of
    the safe technician who did it``: *...; each opening belongs to one technician; each
    technician has a name*; the one whose name is kept is a record of people, not a field. So is
    *the member of office staff who took it*, a staff member."""
    match = _THE_NAME_OF_WHO_DID_IT.match(sentence)
    if match is None:
        return sentence
    # "and the member of office staff who took it": one of the staff, named
    who, thing = "staff member" if match["staff"] else match["who"], match["thing"]
    named = bool(match["staff"]) or (listed_as_noun(who) and not is_plural(who))
    if who == thing or who in FUNCTION_WORDS or not named:
        return sentence
    return f"{match['kept']}; each {thing} belongs to one {who}; each {who} has a name"


def _without_whose(item: str, who: str) -> str:
    """``student name`` in the student's list: its *name* (``student number`` stays as said,
    the number a student is known by)."""
    rest = item.removeprefix(f"{who} ")
    return rest if rest in PLAIN_FIELD_NOUNS else item


_ONE_WHO_DID_IT = (
    r"^the\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:who|that)\s+(?P<did>[a-z]+)\s+"
    r"(?:each|every|one)\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
_ONE_WHO_DID_EACH_WITH = re.compile(_ONE_WHO_DID_IT + r",?\s+with\s+(?P<listed>[^;]+)$")
"""*the engineer who did each check, with name and licence number*."""
_ONE_WHO_DID_IT_WRITES = re.compile(
    _ONE_WHO_DID_IT + r"\s+(?P<writes>enters|records|logs|notes|writes\s+down|fills\s+in|"
    r"jots\s+down|puts\s+down|adds)\s+(?=(?:the|a|an)\s)"
)
"""*the engineer who fixes one defect enters the fix date and the work done*; not *enters their
name*, which is the one who acts giving their own details."""


def one_who_did_it(sentence: str) -> str:
    """``the engineer who did each check, with name and licence number``: *each check is done
    by one engineer (name and licence number)*, the people a record of their own with that
    list; ``the engineer who fixes one defect enters the fix date and ...``: *each defect is
    fixed by one engineer and has the fix date and ...*, what they write down the defect's.
    The one who acts is a noun (not *the one who*), the act a verb with a participle."""

    def plain(part: str) -> str:
        listed = _ONE_WHO_DID_EACH_WITH.match(part)
        writes = _ONE_WHO_DID_IT_WRITES.match(part)
        match = listed or writes
        if match is None:
            return part
        who, what = match["who"], match["what"]
        lemma = verb_lemma(match["did"])
        if (
            lemma is None
            or who.split()[-1] in ("one", "person", "people")
            or is_plural(who.split()[-1])
            or not can_be_noun(who.split()[-1])
            or not can_be_noun(what.split()[-1])
        ):
            return part
        done = verb_form(lemma, "VBN")
        if listed is not None:
            return f"each {what} is {done} by one {who} ({listed['listed']})"
        return f"each {what} is {done} by one {who} and has {part[match.end() :]}"

    return per_statement(sentence, plain)


_THE_ONE_DOING_IT = re.compile(
    r"\b(?:the|one)\s+(?P<who>[a-z][\w\-]*)\s+(?P<doing>[a-z]+ing)\s+(?P<it>it|them)"
    r"(?:\s+(?:up|out|in|on|off|round|over))?(?=\s*$|\s*[,;]|\s+and\s)"
)
"""*the instructor taking them up*, *the coach running it*, *one instructor leading it*."""


def the_one_doing_it(sentence: str) -> str:
    """``we record the flight date and the instructor taking them up``: *... and which
    instructor is taking them*, the wording a list reads as a link to one of the people
    doing the work (as *which engineer is doing it*), not a text field."""

    def named(match: re.Match[str]) -> str:
        who, doing = match["who"], match["doing"]
        lemma = verb_lemma(doing)
        if (
            lemma is None
            or lemma == doing
            or verb_form(lemma, "VBG") != doing
            or is_plural(who)
            or who in FUNCTION_WORDS
            or who in NO_ONE_IN_PARTICULAR
            or not can_be_noun(who)
        ):
            return match[0]
        return f"which {who} is {doing} {match['it']}"

    return _THE_ONE_DOING_IT.sub(named, sentence)
