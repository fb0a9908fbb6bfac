"""A list said where the words name another record first, read as the list of the one named:

- *a box ... sits within a round that runs between a start date and an end date*: the round's
  dates;
- *it is broken down into rooms with a name, floor area, ...*: the rooms' list, not the whole's;
- *which supplier it came from (our own farm counts as a supplier too, with a name, ...)*: the
  supplier's list; *which court (they are numbered 1 to 6)*: each court's number;
- *our cheeses mature in three ripening rooms, each with a name, ...*: the rooms are the records,
  what happens in them none.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, is_plural

_RUNS_BETWEEN_DATES = re.compile(
    r"\b(?P<that>that|which)\s+runs?\s+(?:between|from)\s+(?P<start>(?:a|an|the)\s+[a-z]+\s+(?:date|time|day))\s+"
    r"(?:and|to|until)\s+(?P<end>(?:a|an|the)\s+[a-z]+\s+(?:date|time|day))\b"
)


def runs_between_dates(sentence: str) -> str:
    """``... sits within a round that runs between a start date and an end date``: *... a
    round that has a start date and an end date*; the dates it runs between are the round's."""
    return _RUNS_BETWEEN_DATES.sub(
        lambda match: f"{match['that']} has {match['start']} and {match['end']}", sentence
    )


_SPLIT_INTO_ONES_WITH = re.compile(
    rf"^(?P<whole>it|(?:a|an|each|every|the)\s+{NOUN_PATTERN})\s+is\s+(?:broken\s+down|split(?:\s+up)?|divided)\s+into\s+"
    rf"(?P<parts>{NOUN_PATTERN})\s+with\s+(?P<listed>(?:a|an|the|its|their)\s.+|[a-z][^,;]*,.+)$"
)


def split_into_ones_with(sentence: str) -> str:
    """``it is broken down into rooms with a name, floor area, ...``: *it has rooms, each with
    a name, floor area, ...*; the list is the parts', not the whole's (*..., each with ...* is
    read as it is)."""

    def plain(statement: str) -> str:
        match = _SPLIT_INTO_ONES_WITH.match(statement)
        if match is None or not is_plural(match["parts"].split()[-1]):
            return statement
        if not can_name_records(match["parts"].split()[-1]):
            return statement
        return f"{match['whole']} has {match['parts']}, each with {match['listed']}"

    return per_statement(sentence, plain)


_WHICH_ONE_WITH_ITS_LIST = re.compile(
    r"(?P<which>\bwhich\s+(?P<one>[a-z][\w\-]*)\s+[^,;()]*?)\s*\((?P<aside>[^()]*?\b(?P=one)\b[^()]*?),?\s+"
    r"with\s+(?P<listed>(?:a|an|the|their|its)\s[^()]+)\)"
)


_WHICH_ONE_NUMBERED = re.compile(
    r"(?P<which>\bwhich\s+(?P<one>[a-z][\w\-]*))\s*\((?:they|these|those)\s+"
    r"(?:(?:have|carry)\s+(?P<listed>a\s+(?:number|code|letter|name))|are\s+numbered)\b[^()]*\)"
)


def which_one_with_its_list(sentence: str) -> str:
    """``..., which supplier it came from (our own farm counts as a supplier too, with a name,
    a holding number and a phone number), ...``: *..., which supplier it came from, ...; each
    supplier has a name, ...*; the bracket is the list of the one asked about (``which court
    (they are numbered 1 to 6)``: *which court; each court has a number*)."""
    match = _WHICH_ONE_WITH_ITS_LIST.search(sentence) or _WHICH_ONE_NUMBERED.search(sentence)
    if match is None or not can_name_records(match["one"]):
        return sentence
    rest, listed = sentence[match.end() :], match["listed"] or "a number"
    return f"{sentence[: match.start()]}{match['which']}{rest}; each {match['one']} has {listed}"


_DONE_IN_SEVERAL_EACH_WITH = re.compile(
    r"^(?:our|the|all\s+our)\s+[a-z][\w\-]*s\s+(?:[a-z]+\s+)?[a-z]+\s+(?:in|on|at|from)\s+"
    r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    rf"(?P<places>{NOUN_PATTERN}),\s+each\s+with\s+(?P<listed>.+)$"
)


def done_in_several_each_with(sentence: str) -> str:
    """``our cheeses mature in three ripening rooms, each with a name, ...``: *we have three
    ripening rooms, each with a name, ...*; the places are the records, what happens in them
    no record of its own."""
    match = _DONE_IN_SEVERAL_EACH_WITH.match(sentence)
    if match is None or not is_plural(match["places"].split()[-1]):
        return sentence
    if not can_name_records(match["places"].split()[-1]):
        return sentence
    return f"we have {match['count']} {match['places']}, each with {match['listed']}"


_INSIDE_ONE_EACH = re.compile(
    r"^(?:inside|within|in)\s+(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*),?\s+(?:each|every)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+(?=(?:is|has|gets)\s)"
)


def inside_one_each(sentence: str) -> str:
    """``inside a batch each drive is logged with its serial number, ...``: *each drive belongs
    to one batch; each drive is logged with ...*; the drives are the batch's, not the way round."""

    def plain(part: str) -> str:
        match = _INSIDE_ONE_EACH.match(part)
        if match is None or match["one"] == match["record"]:
            return part
        if not can_name_records(match["one"], match["record"]):
            return part
        return f"each {match['record']} belongs to one {match['one']}; each {match['record']} {part[match.end() :]}"

    return per_statement(sentence, plain)


_AGAINST_TWO_WITH_THEIR_BRACKETS = re.compile(
    r"\b(?P<act>(?:logged|recorded|raised|booked|opened)\s+against)\s+the\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+\((?P<its>[^()]+)\)\s+and\s+the\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+(?:that|which|who)\s+[^(),;]+?)?\s+"
    r"\((?:by\s+)?(?P<theirs>[^()]+)\),\s+with\s+(?P<listed>[^;]+)$"
)


def against_two_with_their_brackets(sentence: str) -> str:
    """``each breakdown is logged against the rental agreement (agreement number and customer
    name) and the vehicle that broke down (by registration), with the date, ...``: *... logged
    against the rental agreement and the vehicle, with the date, ...; each rental agreement
    has agreement number and customer name; each vehicle has registration*."""
    match = _AGAINST_TWO_WITH_THEIR_BRACKETS.search(sentence)
    if match is None or not can_name_records(match["one"].split()[-1], match["other"].split()[-1]):
        return sentence
    return (
        f"{sentence[: match.start()]}{match['act']} the {match['one']} and the {match['other']}, "
        f"with {match['listed']}; each {match['one']} has {match['its']}; "
        f"each {match['other']} has {match['theirs']}"
    )
