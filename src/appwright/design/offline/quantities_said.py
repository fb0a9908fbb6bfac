"""How many, and who, said plainly before any reader: *lots of* is *many*, *a few* and *one or
more* are *several*, *about sixty children* is *sixty children*, *a piece of equipment* is
*an equipment*, *whichever sessions suit them* is *several sessions*, *a member of staff* is
*a staff member*.
"""

from __future__ import annotations

import re

from appwright.design.offline.record_words import PIECES
from appwright.design.offline.word_classes import FUNCTION_WORDS, NUMERALS
from appwright.design.offline.word_forms import can_be_noun, plural, with_article

_LOTS_OF = re.compile(
    r"\b(?:lots of|a lot of|plenty of|loads of|a (?:fair|good|large|big|great) (?:number|few) of)\b"
)
"""Informal quantities that mean *many*: *an order can include lots of dishes*, *a fair number
of our patients*."""
_SEVERAL_OF_OURS = re.compile(r"\b(?P<many>several|many)\s+(?:of\s+)?(?:our|my)\s+(?=[a-z])")
"""*covers one or more of our sites*: several sites; whose they are goes without saying."""
_DAY_BY_DAY = re.compile(
    r",?\s+(?P<unit>day|week|month|year|quarter)\s+(?:by|on|after)\s+(?P=unit)\b"
)
"""*the average time to complete a request, day by day*: per day."""
_SLASH_PERIOD = re.compile(r"(?<=[a-z])/(?P<unit>day|week|month|year|quarter)\b")
"""A note's *jobs/week*: jobs per week."""
_A_FEW = re.compile(
    r"\b(?:a (?:team|group|crew|couple|handful|bunch) of|a few|one or (?:more|several)"
    r"|at least one|any number of)\b"
)
"""Collective quantities that mean *several*: *done by a team of movers*, *one or more
dogs*."""


_APPROXIMATELY = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|maybe|perhaps|probably"
    # *over* after a verb of being is a threshold, no estimate: *whether they are over 18*
    r"|possibly|just|(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bwas\s)(?<!'re\s)(?<!'s\s)over)\s+"
    rf"(?=(?:\d+|{'|'.join(sorted(NUMERALS))})\b)"
)
"""*about sixty children*, *maybe fifteen marquees*: the estimate is not part of the noun phrase."""
_APPROXIMATELY_HOW = re.compile(
    r"\b(?:roughly|approximately|about|around)\s+"
    r"(?=how\s+(?:high|long|many|much|far|big|deep|tall|heavy|old|wide)\b)"
)
"""*roughly how high the swarm is*: an estimate is still the one measure."""


_WHICHEVER_SUIT = re.compile(
    r"\bwhichever\s+(?P<things>[a-z][\w\-]*s)\s+(?:suit|suits|fit|fits|work\s+for)\s+"
    r"(?:them|you|him|her|us)\b"
)
"""*help at whichever sessions suit them*: several sessions, each one's choice."""
_WHICHEVER_ONE_SUITS = re.compile(
    r"\bwhichever\s+(?P<thing>[a-z][\w\-]*[^s\W])\s+(?:suits|fits|works\s+for)\s+"
    r"(?:them|you|him|her|us)\b"
)
"""*mums enrol on whichever course suits them*: on a course, each one's choice."""
_SIGN_UP_TO = re.compile(r"\b(?P<sign>signs?)\s+up\s+to\s+(?P<verb>help|work|serve|volunteer)\b")
"""*volunteers sign up to help at sessions*: they help at sessions."""


_OF_STAFF = re.compile(
    r"\b(?P<member>members?)\s+of\s+(?:(?:the|our)\s+(?:(?!staff\b)[a-z]+\s+)?)?staff\b"
)
"""``which member of staff churned it`` (or *a member of the cafe staff*): a staff member, the
compound the readers know."""
_ONE_MEMBER_OF = re.compile(r"\b(?P<group>[a-z]+)\s+members?\b")


def group_as_its_members(lowered: str) -> str:
    """``which staff member handed it over; staff have a name and a shift``: *staff members
    have a name ...*. A group said as a plural, opening a list (*staff have ...*, *crew:
    ...*), where its members are said one by one elsewhere, is the members: one record, not
    the group and its members. A group said as one (*each team has a name*) is a record."""
    for group in dict.fromkeys(match["group"] for match in _ONE_MEMBER_OF.finditer(lowered)):
        if group in FUNCTION_WORDS or group.endswith("s"):
            continue
        listing = rf"\b{group}(?=\s*:|\s+(?:have|need|are\s+kept|are\s+listed)\b)"
        lowered = re.sub(listing, f"{group} members", lowered)
    return lowered


_OF_THE_PUBLIC = re.compile(
    r"\b(a|any)\s+members?\s+of\s+the\s+public\b|\bmembers\s+of\s+the\s+public\b"
)
"""*a member of the public* is someone, *members of the public* people: no record of theirs."""
_UP_TO_SOME = re.compile(
    r"\b(?<=\bhave\s)up\s+to\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+(?=[a-z][\w\-]*s\b)"
)
"""*one hire can have up to three drivers*: several drivers; the cap is no part of the design."""
_MORE_THAN_ONE = re.compile(r"\bmore than one (?P<noun>[a-z][\w\-]*)\b")


def _several_of_one(match: re.Match[str]) -> str:
    """``can have more than one loft``: *several lofts*."""
    noun = match.group("noun")
    if noun in FUNCTION_WORDS or not can_be_noun(noun):
        return match.group(0)  # "more than one at a time"
    return f"several {plural(noun)}"


_SEVERAL_PIECES_OF = re.compile(
    rf"\b(?P<many>several|many|multiple|one or more)\s+{PIECES}\s+of\s+"
    r"(?!(?:the|a|an|our|their|my|your|its)\b)(?P<thing>[a-z][a-z\-]*)\b"
)
"""*several pieces of equipment*: several of the equipment, as the link readers say it."""
_ONE_PIECE_OF = re.compile(
    r"\b(?P<one>a|an|one|each|every|the|that|this)\s+(?:piece|item|bit|article)\s+of\s+"
    r"(?!(?:the|a|an|our|their|my|your|its|it|them|paper|advice|news)\b)(?P<thing>[a-z][a-z\-]*)\b"
)
"""*a piece of equipment*: one of the equipment, the record a link or a list names."""


def plain_quantities(lowered: str) -> str:
    """How many, said plainly: *lots of* is *many*, *a few*, *one or more* and *(have) up to
    three* are *several*, *about sixty* is *sixty*, *pieces of equipment* is *several
    equipment*, *day by day* is *per day*; *members of the public* are *people*."""
    lowered = _LOTS_OF.sub("many", lowered)
    lowered = _SEVERAL_PIECES_OF.sub(r"\g<many> \g<thing>", lowered)
    lowered = _ONE_PIECE_OF.sub(r"\g<one> \g<thing>", lowered)
    lowered = _A_FEW.sub("several", _UP_TO_SOME.sub("several ", lowered))
    lowered = _MORE_THAN_ONE.sub(_several_of_one, lowered)
    lowered = _OF_THE_PUBLIC.sub(lambda m: "someone" if m.group(1) == "a" else "people", lowered)
    lowered = group_as_its_members(_OF_STAFF.sub(lambda m: f"staff {m['member']}", lowered))
    lowered = _SEVERAL_OF_OURS.sub(r"\g<many> ", lowered)
    lowered = _DAY_BY_DAY.sub(r" per \g<unit>", lowered)
    lowered = _SLASH_PERIOD.sub(r" per \g<unit>", lowered)
    return _APPROXIMATELY_HOW.sub("", _APPROXIMATELY.sub("", lowered))


def whichever_suits(lowered: str) -> str:
    """Each one's choice, said plainly: *whichever sessions suit them* is *several sessions*,
    *whichever course suits them* *a course*, *sign up to help* *help*."""
    lowered = _WHICHEVER_SUIT.sub(r"several \g<things>", lowered)
    lowered = _WHICHEVER_ONE_SUITS.sub(lambda m: with_article(m["thing"]), lowered)
    return _SIGN_UP_TO.sub(lambda m: m["verb"] + ("s" if m["sign"] == "signs" else ""), lowered)
