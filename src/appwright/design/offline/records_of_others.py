"""Records told by the record they are of, for or with, written as records pointing at it:
*for every sale day there's a gate count with ...* is a gate count of one sale day, *a quote
covers one property* is for it, *medicines come from a supplier with a name* point at the
supplier, which has the name.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.draft import RECORD_HEADS
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    plural,
    singular,
    singular_phrase,
    verb_lemma,
)

_COVERS_ONE = re.compile(
    r"^(?P<record>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+(?:covers|concerns)\s+"
    r"(?:(?:a|one)\s+[a-z][\w\-]*\s+(?:going|sent|headed|bound|delivered|taken)\s+to\s+)?"
    r"(?=one\s+[a-z][\w\-]*(?:\s+(?!and\b)[a-z][\w\-]*)?(?:\s+and\s|,|;|$))"
)


def covers_one(sentence: str) -> str:
    """``a quote covers one property and lists ...``: *a quote is for one property and ...*;
    the one record it is about, not a field named *one property*; so is where what it covers
    goes (``a ticket covers a load going to one metal merchant``)."""
    return _COVERS_ONE.sub(r"\g<record> is for ", sentence)


_DONE_BY_ONE_AGAINST_ONE = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+"
    r"(?P<done>(?:is|gets)\s+(?:raised|logged|made|filed|opened|booked|written|reported)\s+by\s+"
    r"(?:a|an|one|the)\s+[a-z][\w\-]*)\s+against\s+(?:a|an|one|the|their|his|her)\s+"
    r"(?P<against>[a-z][\w\-]*)\b(?P<rest>.*)$"
)


def done_by_one_against_one(sentence: str) -> str:
    """``a report is raised by a driver against a bus and has ...``: *a report is raised by a
    driver and has ...; each report is for one bus*; what it is raised against is the one
    record it is about, not the doer's."""
    match = _DONE_BY_ONE_AGAINST_ONE.match(sentence)
    if match is None or not can_be_noun(match["against"]) or is_plural(match["against"]):
        return sentence
    return (
        f"{match['record']} {match['done']}{match['rest']}; "
        f"each {match['head']} is for one {match['against']}"
    )


_A_ONE_GETS_ONE_WITH = re.compile(
    r"^(?:a|an)\s+(?P<rest>[a-z][\w\-]*\s+(?:gets|has|receives)\s+one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"with\s)"
)


def a_one_gets_one_with(sentence: str) -> str:
    """``a customer gets one quote with a total``: *each customer ...*; any one of them does."""
    return _A_ONE_GETS_ONE_WITH.sub(r"each \g<rest>", sentence)


_DETAILS_OF_THE_ONE_WHO = re.compile(
    r"\bthe\s+(?P<details>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:(?:,\s+|\s+and\s+)(?:the\s+|their\s+)?"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)+)\s+of\s+the\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?P<clause>(?:who|that)\s+[a-z][\w\-]*(?:\s+(?:in|it|them|us|off|back|over))+)(?=\s*(?:[,.;]|$))"
)


def details_of_the_one_who(sentence: str) -> str:
    """``we keep the name and phone number of the finder who brought it``: *the finder who
    brought it, and finders have name and phone number*; someone the record came by, kept
    as a record of their own with those details."""

    def their_record(match: re.Match[str]) -> str:
        who = match["who"]
        if not can_be_noun(who) or who in FUNCTION_WORDS:
            return match[0]
        items = [
            re.sub(r"^(?:and\s+)?(?:the|their)\s+", "", item.strip())
            for item in re.split(r",|\band\b", match["details"])
        ]
        if len(set(items)) < len(items):
            # "the name, the address, the name of the person who lets us in": a list of the
            # record's own, the last item alone the person's
            return match[0]
        return f"the {who} {match['clause']}, and {plural(who)} have {match['details']}"

    return _DETAILS_OF_THE_ONE_WHO.sub(their_record, sentence)


_WHEN_WE_MAKE_ONE_OF = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time)\s+(?:i|we)\s+(?P<verb>[a-z]+)(?:\s+(?:up|out|off))?\s+"
    r"(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+of\s+(?:a|an|the|one\s+of\s+(?:my|our)|my|our)\s+"
    r"(?P<of>[a-z][\w\-]*)\s*,?\s+(?:i|we)\s+(?:also\s+)?"
    r"(?:record|note|log|keep|enter|jot|write|take)(?:\s+down)?\s+"
    r"(?P<list>(?:the|a|an|its|how|what|when)\s[^;]*(?:,|\band\b)[^;]*)$"
)


def when_we_make_one_of(sentence: str) -> str:
    """``whenever i make up a batch of a blend i jot down the date, the grams made ...``: *each
    batch belongs to one blend; each batch has the date, ...*, the made thing's own record."""

    def its_record(clause: str) -> list[str]:
        match = _WHEN_WE_MAKE_ONE_OF.match(clause)
        if match is None or verb_lemma(match["verb"]) is None:
            return [clause]
        made, of = match["made"], singular_phrase(match["of"])
        if made in FUNCTION_WORDS or not can_be_noun(made) or not can_be_noun(of):
            return [clause]
        return [f"each {made} belongs to one {of}", f"each {made} has {match['list']}"]

    return per_clause(sentence, its_record)


_LISTED_THEN_GIVEN_TO_ONE = re.compile(
    r"\b(?P<det>a|an|the|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<list>with\s+[^;]*?),\s+(?:and\s+)?(?:then\s+)?"
    r"(?P<verb>assigned|allocated|linked|tied|attached|given)\s+to\s+(?=(?:a|an|one)\s+[a-z])"
)


def listed_then_given_to_one(sentence: str) -> str:
    """``a queue ticket with the time they joined, assigned to a barber when ...``: *...; each
    queue ticket is assigned to a barber*, the record's link, not a yes/no item of its list."""

    def its_link(match: re.Match[str]) -> str:
        record = match["record"]
        if any(word in FUNCTION_WORDS for word in record.split()):
            return match[0]
        return f"{match['det']} {record} {match['list']}; each {record} is {match['verb']} to "

    return _LISTED_THEN_GIVEN_TO_ONE.sub(its_link, sentence)


_VISITS_ON_ONE_WHERE_WE_LOG = re.compile(
    r"\b(?P<made>[a-z][\w\-]*s)\s+(?P<prep>on|of|for|to)\s+(?:a|an|one|their|the)\s+"
    r"(?P<of>[a-z][\w\-]*)\s+(?:where|at\s+which|in\s+which)\s+(?:i|we)\s+(?:also\s+)?"
    r"(?:log|note|record|take|keep|write\s+down|jot\s+down)\s+"
    r"(?P<list>(?:the|a|an|its|their|how|what|when|whether)\s[^;]*)$"
)


def visits_on_one_where_we_log(sentence: str) -> str:
    """``clients come back for check-ups on a piercing where we log the date and the
    healing``: *...; each check-up is for one piercing; each check-up has the date and the
    healing*, the visits a record of their own, about the one they are on."""

    def their_record(match: re.Match[str]) -> str:
        made, of = match["made"], match["of"]
        if made in FUNCTION_WORDS or of in FUNCTION_WORDS or not can_be_noun(of):
            return match[0]
        one = singular_phrase(made)
        return (
            f"{made} {match['prep']} a {of}; each {one} is for one {of}; "
            f"each {one} has {match['list']}"
        )

    return _VISITS_ON_ONE_WHERE_WE_LOG.sub(their_record, sentence)


_FOR_EACH_THERE_IS_ONE = re.compile(
    r"(?P<lead>^|[,;]\s+(?:and\s+|so\s+)?|\b(?:and|so)\s+)for\s+(?:each|every)\s+"
    r"(?P<each>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+and\s+(?:each\s+|every\s+)?"
    r"(?P<other>[a-z][\w\-]*))?\s*,?\s+there\s+is\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+(?P<list>[^;]+)$"
)


def for_each_there_is_one(sentence: str) -> str:
    """``so for every sale day there's a gate count with the number of early birds, ...``:
    *each gate count belongs to one sale day; each gate count has ...*; the record made for
    each of the others, with its own list. ``for each volunteer and task there is a sign-off
    with ...`` is made for one of each."""

    def its_record(match: re.Match[str]) -> str:
        each, one = match["each"], match["one"]
        if any(w in FUNCTION_WORDS for w in [*each.split(), *one.split()]):
            return match[0]
        lead = "; " if match["lead"] else ""
        other = f"each {one} belongs to one {match['other']}; " if match["other"] else ""
        return f"{lead}each {one} belongs to one {each}; {other}each {one} has {match['list']}"

    return _FOR_EACH_THERE_IS_ONE.sub(its_record, sentence)


_WITHIN_ONE_THERE_ARE = re.compile(
    r"\b(?:within|in|inside|under)\s+(?:a|an|each|every|one)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r",?\s+there\s+(?:are|is)\s+(?:several\s+|many\s+|some\s+|a\s+few\s+|lots\s+of\s+)?"
    r"(?P<many>[a-z][\w\-]*s)\b"
)


def within_one_there_are(sentence: str) -> str:
    """``within a show there are classes (...), each with ...``: *each show has several
    classes (...)*; what is in each record, each of them its own record."""

    def has_several(match: re.Match[str]) -> str:
        one, many = match["one"], match["many"]
        if any(w in FUNCTION_WORDS or w in TIME_WORDS for w in one.split()) or not can_be_noun(
            many
        ):
            return match[0]
        return f"each {one} has several {many}"

    return _WITHIN_ONE_THERE_ARE.sub(has_several, sentence)


_FOR_EACH_EACH_ONES = re.compile(
    r"^(?:for\s+(?:each|every)|per)\s+(?P<each>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    r"(?:(?:we|i)\s+(?:record|note|log|keep|take|enter)\s+)?(?:each|every)\s+(?P<whose>[a-z][\w\-]*)'s\s+"
    r"(?P<kept>[a-z][\w\-]*)\s*(?::|\s-)\s*(?P<list>\S.*)$"
)


def for_each_each_ones(sentence: str) -> str:
    """``for every race we record each boat's finish: elapsed time, ...`` (or a note-taker's
    ``per fixture, each player's result - maximums, ...``): *each finish belongs to one race;
    each finish belongs to one boat; each finish has elapsed time, ...*; the record kept for
    each pair."""
    match = _FOR_EACH_EACH_ONES.match(sentence)
    if match is None:
        return sentence
    each, whose, kept = match["each"], match["whose"], match["kept"]
    if any(w in FUNCTION_WORDS for w in [*each.split(), whose, kept]) or not can_be_noun(kept):
        return sentence
    return (
        f"each {kept} belongs to one {each}; each {kept} belongs to one {whose}; "
        f"each {kept} has {match['list']}"
    )


_A_RECORD_FOR_EACH = re.compile(
    r"\b(?P<made>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+for\s+(?:each|every)\s+"
    r"(?P<each>[a-z][\w\-]*)(?:\s+(?P<done>[a-z]+(?:ed|en)))?\s+(?=with\s)"
)


def a_record_for_each(sentence: str) -> str:
    """``stalkers enter a cull record for each deer taken with the date, ...``: *stalkers
    enter a cull record with the date, ...*; the record is what is kept, one per deer, and the
    list is its (the deer are no record of their own)."""

    def kept(match: re.Match[str]) -> str:
        made = match["made"].split()[-1]
        if made not in RECORD_HEADS or match["each"] in FUNCTION_WORDS:
            return match[0]
        return f"{match['made']} "

    return _A_RECORD_FOR_EACH.sub(kept, sentence)


_WITH_ONE_OF_THEM = re.compile(
    r"^(?P<record>(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<said>(?:is|are)\s+.+?)"
    r",?\s+with\s+(?:one|a\s+single)\s+(?P<who>[a-z][\w\-]*)$"
)


def with_one_of_them(sentence: str) -> str:
    """``every fitting appointment is for one quote, on a date, with one fitter``: *...; every
    fitting appointment is assigned to one fitter*; the one person it is with is a record it
    points at, not a field named *one fitter*."""

    def plain(clause: str) -> list[str]:
        match = _WITH_ONE_OF_THEM.match(clause)
        if match is None or not can_be_noun(match["who"]) or match["who"] in FUNCTION_WORDS:
            return [clause]
        said = match["said"].rstrip(", ")
        return [f"{match['record']} {said}", f"{match['record']} is assigned to one {match['who']}"]

    return per_clause(sentence, plain)


_DONE_BY_ONES_LISTED = re.compile(
    r"\b(?P<done>(?:are|is|get|gets)\s+(?P<verb>[a-z]+)\s+(?:out\s+)?by\s+"
    r"(?:(?:our|the|a|an)\s+)?)(?!one\s+of\b)"
    r"(?P<people>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+\((?P<listed>[^()]*,[^()]*)\)"
)


def done_by_ones_listed(sentence: str) -> str:
    """``inspections are carried out by boiler inspectors (name, email, certificate number);
    ...``: *boiler inspectors have name, email, certificate number; inspections are carried out
    by boiler inspectors; ...*; the bracket lists the doers' own fields, not the records'."""
    match = _DONE_BY_ONES_LISTED.search(sentence)
    if match is None or not is_past_participle(match["verb"]) or match["people"] in FUNCTION_WORDS:
        return sentence
    people = match["people"] if is_plural(match["people"]) else plural(match["people"])
    told = sentence[: match.start()] + match["done"] + match["people"] + sentence[match.end() :]
    return f"{people} have {match['listed']}; {told}"


_ATTENDS_ONE = re.compile(
    r"\b(?P<each>(?:each|every)\s+[a-z][\w\-]*\s+|[a-z][\w\-]*s\s+(?:each\s+|all\s+)?)"
    r"(?P<verb>attends|attend|joins|join)\s+(?=(?:just\s+|only\s+)?one\s+[a-z])"
)


def attends_one(sentence: str) -> str:
    """``pupils each attend one school and have a name``: *pupils each belong to one school
    and have a name*; one group attended is the one each belongs to (*members join circles*,
    many of them, is read where groups are)."""

    def belongs(match: re.Match[str]) -> str:
        verb = "belongs" if match["verb"].endswith("s") else "belong"
        return f"{match['each']}{verb} to "

    return _ATTENDS_ONE.sub(belongs, sentence)


_MADE_UP_OF = re.compile(
    r"^(?P<lead>[^:;]*:\s+)?(?P<before>(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+.+?)"
    r"(?:,\s+and\s+|;\s+)"
    r"(?:it|they)\s+(?:is|are|'s)\s+(?:made\s+up\s+of|split\s+into|divided\s+into)\s+"
    r"(?:several\s+|many\s+)?(?P<things>[a-z][\w\-]*s),\s+each\s+with\s+(?P<listed>.+)$"
)


def made_up_of_each_with(sentence: str) -> str:
    """``a round has a name, and it's made up of stops, each with a street name and a time``:
    *a round has a name; each stop belongs to one round; each stop has a street name and a
    time*; what a record is made up of are records of it."""
    match = _MADE_UP_OF.match(sentence)
    if match is None or not can_be_noun(match["things"]):
        return sentence
    part = singular(match["things"])
    return (
        f"{match['lead'] or ''}{match['before']}; each {part} belongs to one {match['record']}; "
        f"each {part} has {match['listed']}"
    )


_FROM_ONE = (
    r"(?:comes?|is\s+(?:bought|sourced|supplied|ordered)|are\s+(?:bought|sourced|supplied|ordered))"
    r"\s+from\s+(?:a|an|one|one\s+of\s+our|the)\s+"
)
_AND_COMES_FROM = re.compile(
    r"^(?P<subject>(?:(?:each|every|a|an|the)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<held>(?:has|have|carry|carries|hold|holds|record|records)\s+[^;]+?),?\s+and\s+"
    rf"(?P<from>{_FROM_ONE}.+)$"
)
_COMES_FROM_ONE = re.compile(
    r"^(?:(?:each|every|a|an|the)\s+)?(?!(?:they|it|we|i|you|he|she)\b)"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    rf"{_FROM_ONE}(?P<one>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)"
    r"(?:\s+with\s+(?P<listed>[^;]+))?$"
)


def comes_from_one(sentence: str) -> str:
    """``medicines carry a product name and an expiry date and come from a supplier with a name
    and a phone number``: *...; each medicine belongs to one supplier; each supplier has a name
    and a phone number*; where a thing comes from is one record, with its own list."""
    joined = _AND_COMES_FROM.match(sentence)
    parts = (
        [f"{joined['subject']} {joined['held']}", f"{joined['subject']} {joined['from']}"]
        if joined
        else [sentence]
    )
    told = []
    for part in parts:
        match = _COMES_FROM_ONE.match(part)
        if match is None:
            told.append(part)
            continue
        things = singular_phrase(match["things"])
        told.append(f"each {things} belongs to one {match['one']}")
        if match["listed"]:
            told.append(f"each {match['one']} has {match['listed']}")
    return "; ".join(told) if len(told) > 1 or told[0] != sentence else sentence
