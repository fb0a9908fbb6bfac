"""Lists set off by dashes or commas, written as the lists they are.

*each quote lists the windows we measured - room, width and height in millimetres - plus a
total price*: the words between the dashes are what is kept about the windows, as *the windows
(room, width, height)* says it. A clause between dashes (*members - we keep their name - ...*)
is left to the clause readers, which split at the dashes, and so is a list with brackets of its
own, which brackets around it would hide from the list readers. *each boat, with its name, make
and length, is owned by one of them*: the list between commas is the boat's, and the sentence
goes on about the boat; so is *every tenancy, which for me is just the address and a start date,
gets ...*. `simplify` runs these in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.list_items import split_list
from appwright.design.offline.no_records import FIELD_HEADS
from appwright.design.offline.record_words import PLAIN_FIELD_NOUNS
from appwright.design.offline.types import infer_type
from appwright.design.offline.word_forms import is_plural

_DASHED = re.compile(
    r"\s[-\u2013\u2014]\s(?P<inner>[^\-\u2013\u2014()]+?)\s[-\u2013\u2014]\s"
    r"(?P<after>plus\s+)?"
)


def dashed_list_as_brackets(sentence: str) -> str:
    """``the windows we measured - room, width and height - plus a total price``: *the windows
    we measured (room, width and height) and a total price*."""

    def bracketed(match: re.Match[str]) -> str:
        inner = match["inner"].strip()
        items = split_list(inner)
        if len(items) < 2 or any(is_clause(item) for item in items):
            return match[0]
        if match["after"]:
            return f" ({inner}) and "
        # "a date, a location - a foyer or the station - a start time, ...": the list goes on
        in_a_list = "," in sentence[: match.start()] and _NEXT_ITEM.match(sentence, match.end())
        return f" ({inner}), " if in_a_list else f" ({inner}) "

    return _DASHED.sub(bracketed, sentence)


_NEXT_ITEM = re.compile(r"(?:a|an|the|their|its)\s")


_WITH_ITS_LIST = re.compile(
    r"(?P<subject>\b(?:each|every|a|an|the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"with\s+(?:its|their|a|an|the)\s+(?P<list>[^,;()]+(?:,\s*[^,;()]+)*?\s+and\s+[^,;()]+),\s+"
    r"(?P<rest>(?:is|are|was|has|have|belongs?|goes|comes|sits|gets|can|must|needs)\b.*)$"
)


def with_its_list_aside(sentence: str) -> str:
    """``each boat, with its name, make and length, is owned by one of them``: *each boat has
    a name, make and length; each boat is owned by one of them*."""
    return _aside_as_its_list(sentence, _WITH_ITS_LIST, "has a")


_WHICH_IS_JUST = re.compile(
    r"(?P<subject>\b(?:each|every|a|an|the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"which\s+(?:(?:for|to)\s+(?:me|us)\s+)?(?:is|are)\s+(?:just|only|simply)\s+"
    r"(?P<list>(?:a|an|the|its|their)\s+[^;()]+?\s+and\s+[^,;()]+),\s+"
    r"(?P<rest>(?:is|are|was|has|have|belongs?|goes|comes|sits|gets|can|must|needs)\b.*)$"
)


def which_is_just_aside(sentence: str) -> str:
    """``every tenancy, which for me is just the property address, a start date and an end
    date, gets a check-in report``: *every tenancy has the property address, ...; every
    tenancy gets a check-in report*; what a record is *just* is what it keeps."""
    return _aside_as_its_list(sentence, _WHICH_IS_JUST, "has")


def _aside_as_its_list(sentence: str, aside: re.Pattern[str], has: str) -> str:
    """The record an aside between commas gives a list, said as what it has, then the rest of
    the clause said of the record again."""
    match = aside.search(sentence)
    if match is None or is_clause(match["list"]):
        return sentence
    subject = match["subject"]
    return f"{sentence[: match.start()]}{subject} {has} {match['list']}; {subject} {match['rest']}"


_ONLY_ONES_ASIDE = re.compile(
    r",?\s+(?:those|these|they|that)\s+(?:are|is|'re)\s+(?:the\s+)?only\s+"
    r"(?:ones|one|two|three|four|five|six|kinds|options|choices)(?:\s+(?:we|i)\s+[a-z]+)?(?=\s*\))"
)
"""*(vibram, megagrip or leather, those are the only three we fit)*: no value of its own."""


def without_only_ones_aside(sentence: str) -> str:
    """``the sole (vibram, megagrip or leather, those are the only three)``: *the sole
    (vibram, megagrip or leather)*; that the list is closed says no more than the list."""
    return _ONLY_ONES_ASIDE.sub("", sentence)


_AND_ITS_ONE = re.compile(
    r"\s*\((?:and|plus|also|with)\s+(?:also\s+)?(?:the\s+(?P<whose>[a-z][\w\-]*)'s|its|their|the)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:,\s+(?:who|which)\s+(?:just\s+|only\s+)?(?:has|have|needs?|gets?)|,?\s+with|\s*:|\s+-)\s+"
    r"(?:just\s+|only\s+)?(?P<list>[^()]+?)\)"
)


_THE_ONE_AND_ITS = re.compile(
    r"\s+and\s+(?:the\s+(?P<whose>[a-z][\w\-]*)'s|its|their)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*\((?P<list>[^()]+)\)"
)
"""``against the bike and its owner (name and phone)``: the owner's list in its bracket."""


def and_its_one_aside(sentence: str) -> str:
    """``we log each request against the pet (and the pet's owner, who has a name, phone and
    email) with ...``: *we log each request against the pet with ...; each pet has one owner;
    each owner has a name, phone and email*; the bracket names a record of the thing before it,
    with its list (so too *(and the owner: name and phone)*, *(plus its keeper, with a name)*,
    and *against the bike and its owner (name and phone)*)."""
    match = _AND_ITS_ONE.search(sentence) or _THE_ONE_AND_ITS.search(sentence)
    if match is None:
        return sentence
    whose = match["whose"] or _noun_before(sentence[: match.start()])
    items = split_list(match["list"])
    if whose is None or len(items) < 2 or any(is_clause(item) for item in items):
        return sentence
    if is_plural(match["one"].split()[-1]):
        return sentence  # "the order and its items (size, price)": its lines, not one record
    if not any(_names_a_value(item) for item in items):
        return sentence  # "and their section (cornet, horn or bass)": the values it takes
    rest = f"{sentence[: match.start()]}{sentence[match.end() :]}".rstrip(" .")
    one = match["one"]
    return f"{rest}; each {whose} has one {one}; each {one} has {match['list']}"


def _noun_before(text: str) -> str | None:
    """The noun a bracket follows (*against the pet (and its owner, ...)*: the pet)."""
    found = re.search(r"\b(?:the|each|every|a|an)\s+(?P<noun>[a-z][\w\-]*)\s*$", text)
    return found["noun"] if found else None


def _names_a_value(item: str) -> bool:
    """Whether a list item names a value a record keeps (*name*, *phone number*, *start
    date*), not one of the values a field takes (*cornet*, *horn*)."""
    said = [w for w in item.split() if w not in ("a", "an", "the", "their", "its")]
    if not said:
        return False
    return said[-1] in PLAIN_FIELD_NOUNS | FIELD_HEADS or infer_type(said) != "text"
