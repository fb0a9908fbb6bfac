"""Lists of records kept for another, said in short: *fence faults logged per paddock - date
found, ...*; *repairs against a fault, done by a volunteer: date, ...*; *parts fitted on a
visit should be listed too, each with ...*; *we keep the duty managers at each pool, just a
name and phone number*; *against a site we keep instruction documents: ...*; *the feeds
themselves we'd like as a stock list too, with ...*; *a record of each customer, so name, ...*;
*for each chauffeur we keep every driving licence with ..., and likewise their private hire
badges with ...*. Each becomes *each X belongs to one Y; each X has ...*.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appwright.design.offline.word_forms import (
    can_be_noun,
    can_name_records,
    is_plural,
    phrase_can_name_records,
    singular_phrase,
)

_WORD = r"[a-z][\w\-]*"

_THINGS_PER_ONE_DASH = re.compile(
    rf"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?P<things>{_WORD}(?:\s+{_WORD})?s)\s+"
    r"(?:logged|kept|recorded|noted|raised)\s+(?:per|against|for\s+each|on\s+each)\s+"
    rf"(?:a\s+|an\s+)?(?P<one>{_WORD})\s+-\s+(?=[a-z])"
)
"""*fence faults logged per paddock - date found, description, urgent y/n*: each fault is one
paddock's, with the list after the dash."""

_THINGS_AGAINST_ONE_DONE_BY_COLON = re.compile(
    rf"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?P<things>{_WORD}(?:\s+{_WORD})?s)\s+"
    rf"(?:against|on|for)\s+(?:a|an|each|the)\s+(?P<one>{_WORD}),\s+"
    r"(?P<done>[a-z]+ed|done|made|taken|run)\s+by\s+"
    rf"(?:a|an|one)\s+(?P<who>{_WORD}(?:\s+{_WORD})?)\s*:\s+(?=[a-z])"
)
"""*repairs against a fault, done by a volunteer: date, hours, ...*: each repair is one fault's
and done by one volunteer, with the list after the colon."""

_DONE_ON_ONE_LISTED_EACH_WITH = re.compile(
    rf"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?P<things>{_WORD}(?:\s+{_WORD})?s)\s+"
    r"(?:[a-z]+ed|used|done)\s+"
    rf"(?:on|in|at|for|during)\s+(?:a|an|each|the)\s+(?P<one>{_WORD})\s+(?:should|must|need\s+to|"
    r"can)\s+be\s+(?:listed|logged|recorded|noted|kept)(?:\s+too|\s+as\s+well)?\s*,\s+"
    r"each\s+with\s+"
)
"""*parts fitted on a visit should be listed too, each with the part name, ...*: each part is
one visit's."""

_WE_KEEP_THE_ONES_AT_EACH_JUST = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?:(?:oh|and|also),?\s+)*"
    r"we\s+(?:keep|hold|store|have)\s+the\s+"
    rf"(?P<things>{_WORD}(?:\s+{_WORD})?s)\s+(?:at|of|for|in)\s+each\s+(?P<one>{_WORD})\s*,\s+"
    r"(?:just|only|simply)\s+(?=(?:a|an|the|their)\s)"
)
"""*we keep the duty managers at each pool, just a name and phone number*: each manager is one
pool's, with the list."""


def _terse_owned(match: re.Match[str]) -> str:
    things, one = match["things"], match["one"]
    thing = singular_phrase(things)
    if thing == things or not can_name_records(thing.split()[-1], one):
        return match[0]
    said = f"each {thing} belongs to one {one}; "
    if "who" in match.groupdict():
        said += f"each {thing} is {match['done']} by one {match['who']}; "
    return f"{said}each {thing} has "


_AGAINST_ONE_WE_KEEP_COLON = re.compile(
    rf"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))against\s+(?:a|an|each|the)\s+(?P<one>{_WORD}(?:\s+{_WORD})?)"
    r"\s*,?\s+we\s+(?:keep|hold|store|log|record|file)\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<things>{_WORD}(?:\s+{_WORD})?s)\s*:\s+"
)
"""*against a site we keep instruction documents: title, ...*: each document is one site's."""


def _kept_against(match: re.Match[str]) -> str:
    things, one = match["things"], match["one"]
    if not can_be_noun(singular_phrase(things).split()[-1]) or not phrase_can_name_records(one):
        return match[0]
    thing = singular_phrase(things)
    return f"each {thing} belongs to one {one}; each {thing} has "


_THE_ONES_WE_WOULD_LIKE_AS_A_LIST = re.compile(
    rf"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?:(?:oh|and|also|then),?\s+)*the\s+(?P<things>{_WORD}s)"
    r"(?:\s+themselves)?\s+we(?:\s+would\s+like|'d\s+like|\s+want|\s+need|\s+keep)\s+"
    r"(?:as|on)\s+(?:a|an)\s+"
    rf"(?:{_WORD}\s+)?list(?:\s+too|\s+as\s+well)?\s*,?\s+with\s+(?=(?:the|a|an|their|how)\s)"
)
"""*the feeds themselves we'd like as a stock list too, with the name, ...*: what each has."""


def _the_ones_as_a_list(match: re.Match[str]) -> str:
    things = match["things"]
    if not is_plural(things) or not can_be_noun(singular_phrase(things)):
        return match[0]
    return f"each {singular_phrase(things)} has "


_A_RECORD_OF_EACH_SO = re.compile(
    rf"\ba\s+record\s+of\s+each\s+(?P<one>{_WORD}(?:\s+{_WORD})?)\s*,\s+so\s+(?=[a-z])"
)
"""*I need a record of each customer, so name, mobile number and email*: what each has."""

_AND_LIKEWISE_THEIR = re.compile(
    r"(?P<frame>(?:(?<=^)|(?<=[.;]\s)|(?<=\n)|(?<=\bso\s))"
    rf"for\s+each\s+{_WORD}(?:\s+{_WORD})?\s*,?\s+we\s+"
    r"(?:keep|record|log|hold|store)\s+)(?P<kept>[^.;]*?),\s+and\s+(?:likewise|also|similarly)\s+"
    rf"(?:their|its|the|his|her)\s+(?P<others>{_WORD}(?:\s+{_WORD}){{0,2}})\s+(?=with\s)"
)
"""*for each chauffeur we keep every driving licence with ..., and likewise their private hire
badges with ...*: each badge is kept for the chauffeur too, with its own list."""


def _likewise(match: re.Match[str]) -> str:
    others = match["others"]
    if not is_plural(others.split()[-1]):
        return match[0]
    return f"{match['frame']}{match['kept']}; {match['frame']}each {singular_phrase(others)} "


_THAT_IS_THE_ONE_THERE_IS_ONE_PER = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?:that|this|it)(?:'s|\s+is)\s+the\s+"
    rf"(?P<things>{_WORD}(?:\s+{_WORD})?)"
    r"\s*,\s+(?:and\s+)?there(?:'s|\s+is)\s+one\s+(?:per|for\s+each|on\s+each)\s+"
    rf"(?P<one>{_WORD})\s+"
    r"with\s+(?=(?:the|a|an|its)\s)"
)
"""*that's the snagging list, there's one per job with the date we did the walk round*: each
list is one job's, with the date."""


def _the_one_per(match: re.Match[str]) -> str:
    thing, one = match["things"], match["one"]
    if is_plural(thing.split()[-1]) or not can_name_records(thing.split()[-1], one):
        return match[0]
    return f"each {thing} belongs to one {one}; each {thing} has "


_LOGGED_AS_ONES_AGAINST_ONE_WITH = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))[^.;,]*?\b(?:is|are)\s+(?:logged|recorded|entered|kept)\s+as\s+"
    rf"(?P<things>{_WORD}(?:\s+{_WORD})?s)\s+(?:against|for|on)\s+(?:one|a|an|each|the)\s+"
    rf"(?P<one>{_WORD}(?:\s+{_WORD})?)\s*,?\s+with\s+(?P<listed>(?:the|a|an|its|their)\s[^.;]+?)"
    r"(?:,\s+and\s+(?P<wish>we\s+(?:need|want|would\s+like)\s[^.;]+))?(?=[.;]|$)"
)
"""*money in is logged as receipts against one stage payment, with the amount received, ...*:
each receipt is one payment's, with the list (no record named *as*)."""

_ONES_ARE_PAIRS_OF_OTHERS_WITH = re.compile(
    rf"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?P<things>{_WORD}s)\s+are\s+"
    r"(?:pairs|teams|groups|gangs)\s+of\s+"
    rf"{_WORD}s\s+with\s+(?=(?:a|an|the|their)\s)"
)
"""*crews are pairs of labourers with a crew name and a van registration*: what each crew has."""


_ISSUED_THEIR_OWN_RECORDED_WITH = re.compile(
    rf"\b(?:each|every)\s+(?P<one>{_WORD}(?:\s+{_WORD})?)\s+is\s+(?:issued|given|assigned|sent)\s+"
    rf"(?:their|its|his|her)\s+own\s+(?P<things>{_WORD}(?:\s+{_WORD})?)\s*,\s+"
    r"(?:recorded|kept|logged|noted|stored)\s+with\s+(?=(?:the|a|an|its|their|whether)\s)"
)
"""*each authorised person is issued their own gate code, recorded with the code, ...*: each
code is the person's, with the list."""

_WHERE_EACH_ONE_HAS = re.compile(
    rf"(?<=[a-z)]),\s+where\s+each\s+(?P<one>{_WORD})\s+has\s+(?=(?:a|an|the|its)\s)"
)
"""*..., plus the optional extras chosen (...), where each extra has a name and a price and can
go on many bookings*: what each extra has, said as a sentence of its own."""


def _issued_own(match: re.Match[str]) -> str:
    thing, one = match["things"], match["one"]
    if is_plural(thing.split()[-1]) or not can_name_records(thing.split()[-1], one.split()[-1]):
        return match[0]
    return f"each {thing} belongs to one {one}; each {thing} has "


def _logged_as(match: re.Match[str]) -> str:
    """The list, and a wish said after it as a sentence of its own (*..., and I need the total
    outstanding per month*)."""
    said = _kept_against(match)
    if said == match[0]:
        return said
    wish = f". {match['wish']}" if match["wish"] else ""
    return f"{said}{match['listed']}{wish}"


_IN_TURN: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_THINGS_PER_ONE_DASH, _terse_owned),
    (_ISSUED_THEIR_OWN_RECORDED_WITH, _issued_own),
    (_WHERE_EACH_ONE_HAS, lambda m: f". each {m['one']} has "),
    (_LOGGED_AS_ONES_AGAINST_ONE_WITH, _logged_as),
    (_ONES_ARE_PAIRS_OF_OTHERS_WITH, _the_ones_as_a_list),
    (_THAT_IS_THE_ONE_THERE_IS_ONE_PER, _the_one_per),
    (_THINGS_AGAINST_ONE_DONE_BY_COLON, _terse_owned),
    (_DONE_ON_ONE_LISTED_EACH_WITH, _terse_owned),
    (_WE_KEEP_THE_ONES_AT_EACH_JUST, _terse_owned),
    (_AGAINST_ONE_WE_KEEP_COLON, _kept_against),
    (_THE_ONES_WE_WOULD_LIKE_AS_A_LIST, _the_ones_as_a_list),
    (_A_RECORD_OF_EACH_SO, lambda m: f"each {m['one']} has "),
    (_AND_LIKEWISE_THEIR, _likewise),
)
"""Each way of saying it, and how it is written plainly, in the order they are read."""


def owned_lists_in_short(lowered: str) -> str:
    """``lowered`` with each of these records, and whose it is, said plainly."""
    for pattern, plainly in _IN_TURN:
        lowered = pattern.sub(plainly, lowered)
    return lowered
