"""Headers of terse notes that say more than a record's name: *absence = one member missing one
call; ...* is an absence for one member and one call, *bookings, each belonging to a passenger:
...* are bookings with their list, each for one passenger, and *check per balloon before each
flying day: ...* is a check per balloon, whatever day it is done on. Each rewrite says the
header the way the note readers know it; `simplify` runs the first two in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, singular

_ONES_IT_IS_FOR = re.compile(
    r"^(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+one\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:[a-z]+ing|\+)\s+one\s+(?P<other>[a-z][\w\-]*)(?=\s*[;,]|$)"
    # "loan = one tool + one member; reason ...", as the arrow's reader has put it
    r"|^(?P<noted>[a-z][\w\-]*)\s+has\s+one\s+(?P<first>[a-z][\w\-]*)\s+and\s+one\s+"
    r"(?P<second>[a-z][\w\-]*)(?=\s*;\s)"
)


def ones_it_is_for(sentence: str) -> str:
    """``absence: one member missing one call; reason ...`` (a note's *absence = ...*): *absence:
    one member, one call, reason ...*; the two ones are what each absence is for. So is ``loan
    has one tool and one member; reason ...`` (*loan = one tool + one member; ...*)."""
    match = _ONES_IT_IS_FOR.match(sentence)
    if match is None:
        return sentence
    head = match["head"] or match["noted"]
    one, other = match["one"] or match["first"], match["other"] or match["second"]
    if not can_name_records(one, other):
        return sentence
    # the rest is more of the absence's list, so it goes on after a comma
    rest = re.sub(r"^\s*;", ",", sentence[match.end() :])
    return f"{head}: one {one}, one {other}{rest}"


_EACH_BELONGING_TO_ONE = re.compile(
    r"^(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s),\s+(?:each|every\s+one)\s+"
    r"(?:belonging\s+to|for|tied\s+to|linked\s+to|under)\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+(?P<listed>[^;:]+)$"
)


def each_belonging_to_one(sentence: str) -> str:
    """``bookings, each belonging to a passenger: original flight date, ...``: *bookings:
    original flight date, ...; each booking belongs to a passenger*."""
    match = _EACH_BELONGING_TO_ONE.match(sentence)
    if match is None or not can_name_records(match["things"].split()[-1], match["one"].split()[-1]):
        return sentence
    one = match["one"]
    article = "an" if one[0] in "aeiou" else "a"
    each = singular(match["things"])
    return f"{match['things']}: {match['listed']}; each {each} belongs to {article} {one}"


_PER_ONE_ON_EACH = re.compile(
    r"^(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+per\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:before|after|on|at|for)\s+(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?=:\s)"
)


def per_one_on_each(sentence: str) -> str:
    """``check per balloon before each flying day: date, ...``: *check per balloon: date, ...*;
    when it is done is no record, and the list says its date. `sentences` runs it on each
    sentence before any reader, as the early readers would take *each flying day* for one."""
    return _PER_ONE_ON_EACH.sub(r"\g<head>", sentence, count=1)
