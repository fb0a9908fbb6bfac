"""A record's list or owner said on the way to something else.

- Each one's list: *on the result we want ...*, *on each order they pick a turnaround, which
  is ...*, *once it's produced we fill in ...*, *fillings are their own list, with ...*, *keep
  a list of sponge flavours, each one with ...*, *(booths are listed by name)*, *a stock
  movement logged whenever we buy or use something: the date, ...*, *..., and the order
  itself only needs ...* and *a certification is something like RPR or CRR, together with
  ...*.
- Each one's owner: *a job ends up with several orders*, *that's one attendance record per
  player per session* and *each assignment is one rough file going from a reporter to a
  scopist, so I'd note ...* (its list too).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import (
    can_name_records,
    is_plural,
    phrase_can_name_records,
    singular_phrase,
)

_ON_THE_ONE_WE_WANT = re.compile(
    # "on each inspection visit we note ..., and then log ...": *on each* with a note is
    # read elsewhere; what is picked on each one is a value of its own
    rf"^on\s+(?:the\s+(?P<record>{NOUN_PATTERN})\s+(?:we|they)\s+(?:want|need|'d\s+want|"
    r"would\s+want|would\s+like|'d\s+like|keep|note|record|put|fill\s+in|write\s+down|"
    rf"take|pick|choose|select|set)|(?:each|every)\s+(?P<picked>{NOUN_PATTERN})\s+(?:we|they)\s+"
    r"(?:pick|choose|select|set))\s+(?=(?:a|an|the|our|their|its|whether)\b)"
)
_THEIR_OWN_LIST = re.compile(
    rf"^(?P<records>{NOUN_PATTERN})\s+(?:are|get)\s+(?:their|its)\s+own\s+"
    r"(?:list|table|record|register)\b"
)
_ENDS_UP_WITH_SEVERAL = re.compile(
    rf"(?P<lead>^|;\s+|,\s+(?:and\s+|so\s+)?)(?:a|an|each|every|the)\s+(?P<owner>{NOUN_PATTERN})\s+"
    r"(?:ends\s+up|can\s+end\s+up|winds\s+up)\s+with\s+(?:several|many|a\s+few|lots\s+of|"
    rf"two\s+or\s+more|more\s+than\s+one)\s+(?P<records>{NOUN_PATTERN})$"
)
_ONE_PER_ONE_PER_ONE = re.compile(
    r"(?P<lead>^|;\s+|,\s+(?:and\s+)?)(?:so\s+)?(?:that's|that\s+is|there's|there\s+is|"
    rf"it's|it\s+is|we\s+keep|we\s+have)\s+one\s+(?P<record>{NOUN_PATTERN})\s+per\s+"
    r"(?P<one>[a-z][\w\-]*)\s+per\s+(?P<other>[a-z][\w\-]*)$"
)
_EACH_ONE_WITH = re.compile(r",\s+each\s+one\s+with\s+")
_EACH_IN_ONE_OF = re.compile(r"(?P<head>,\s+each)\s+in\s+(?=(?:a|an)\s+[a-z][\w\-]*:\s)")
"""*parts, each in a section: cornets, horns ...*: the section it is in, one of those."""
_A_LIST_OF_EACH_WITH = re.compile(
    # "we have a list of flavours, each with ...": read well as it is
    r"\b(?P<verb>keeps?)\s+(?:a\s+|(?:its|their|our)\s+own\s+)?(?:list|register|catalogue)\s+of\s+"
    # "(solo cornet, repiano and so on)": some of them, by name
    rf"(?P<records>{NOUN_PATTERN})(?:\s+\([^()]*\))?(?=,\s+each\s+with\s)"
)
_ITS_LIST_OF_IN_BRACKETS = re.compile(
    r"\b(?P<verb>has|have|keeps?|holds?)\s+(?P<whose>its|their)\s+(?:own\s+)?list\s+of\s+"
    rf"(?P<records>{NOUN_PATTERN})(?=\s*\()"
)
"""*each event has its list of exclusive titles (artist, title, ...)*: the titles, with theirs."""
_LOGGED_WHENEVER = re.compile(
    rf"^(?P<head>(?:[^:;]*?\s)?(?:a|an|one)\s+(?P<record>{NOUN_PATTERN}))\s+"
    r"(?:(?:is\s+)?(?:logged|recorded|noted|entered|added|saved)\s+)?"
    r"(?:whenever|each\s+time|every\s+time|any\s+time)\s+[^:;]+:\s+"
)


_SOMETHING_LIKE_TOGETHER_WITH = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN})\s+is\s+(?:something|one)\s+like\s+"
    r"[^;:]+?\s+(?:or|and)\s+[^,;:]+,\s+(?:together\s+with|along\s+with|with|and)\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)
_THE_ONE_ITSELF_NEEDS = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)the\s+"
    # ("itself" is dropped before the readers see the sentence.) Only *needs* or *only has*:
    # "..., and the application has ..." is read well as it is
    r"(?P<record>[a-z][\w\-]*(?:\s+(?!only\b|just\b|itself\b)[a-z][\w\-]*)?)\s+(?:itself\s+)?"
    r"(?:(?:only|just)\s+(?:needs|has|gets|holds|carries)|needs)\s+(?:only\s+|just\s+)?"
    r"(?=(?:a|an|the|its|their)\s)"
)
_IS_ONE_SO_WE_NOTE = re.compile(
    rf"^(?:(?:then|and|so)\s+)?(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN})\s+is\s+"
    r"(?P<told>[^;:]+?),\s+so\s+"
    # "..., so we store the fund's name, ...": what is stored is read elsewhere
    r"(?:we|i)(?:'d|'ll|\s+would|\s+will)?\s+(?:note|record|log|take|write\s+down)\s+"
    r"(?=(?:a|an|the|its|their|whether|how)\s)"
)

_GOING_FROM_ONE_TO_ONE = re.compile(
    r"\b(?:going|sent|passed|moving|handed)\s+(?:over\s+)?from\s+(?:a|an|the|one)\s+"
    r"(?P<source>[a-z][\w\-]*)\s+to\s+(?:a|an|the|one)\s+(?P<target>[a-z][\w\-]*)$"
)

_ONCE_IT_IS_DONE_WE_FILL_IN = re.compile(
    r"(?P<lead>^|;\s+)(?:then\s+)?(?:once|when|after)\s+it(?:'s|\s+is|\s+has\s+been)\s+"
    r"[a-z]+(?:\s+(?:up|out|off|back))?,?\s+(?:we|they)\s+(?:fill\s+in|fill|add|record|note|"
    r"enter|log|put\s+in)\s+(?=(?:the|a|an|its|whether|how)\s)"
)

_LISTED_BY_NAME_ASIDE = re.compile(
    rf"\s*\((?P<records>{NOUN_PATTERN})\s+are\s+(?:just\s+|only\s+)?(?:listed|known|kept|stored|"
    r"identified)\s+(?:just\s+|only\s+)?by\s+(?:their\s+)?name\)"
)
_KEPT_ONCE = re.compile(rf"\b(?P<kept>keep\s+(?P<records>{NOUN_PATTERN}))\s+once(?=,\s+with\s)")

_TIMES = word_set("day night morning afternoon evening week weekend month year date")


def on_the_one_we_want(sentence: str) -> str:
    """``on the result we want our-goals, their-goals, ...``: *each result has our-goals,
    ...*; ``on each order they pick a turnaround, which is ...``: *each order has a
    turnaround, which is ...* (not *on the whole we want to ...*, no list)."""

    def one(part: str) -> str:
        said = _ON_THE_ONE_WE_WANT.match(part)
        record = said and (said["record"] or said["picked"])
        if said is None or not record or not phrase_can_name_records(record) or record in _TIMES:
            return part  # "on the day we take a head count": when, no record
        return f"each {record} has {part[said.end() :]}"

    return per_statement(sentence, one)


def their_own_list(sentence: str) -> str:
    """``fillings are their own list, with a name and ...``: *we keep fillings, with a name
    and ...*."""

    def own(part: str) -> str:
        said = _THEIR_OWN_LIST.match(part)
        if said is None or not phrase_can_name_records(said["records"]):
            return part
        return f"we keep {said['records']}{part[said.end() :]}"

    return per_statement(sentence, own)


def each_one_with(sentence: str) -> str:
    """``keep a list of sponge flavours, each one with a name, ...``: *keep sponge flavours,
    each with a name, ...* (the list is of records, not a field of the one before); so
    ``a list of parts (solo cornet, ...), each in a section: cornets, ...``."""
    with_each = _EACH_IN_ONE_OF.sub(r"\g<head> with ", _EACH_ONE_WITH.sub(", each with ", sentence))

    def kept(match: re.Match[str]) -> str:
        if not phrase_can_name_records(match["records"]):
            return match[0]
        return f"{match['verb']} {match['records']}"

    def theirs(match: re.Match[str]) -> str:
        if not is_plural(match["records"]) or not phrase_can_name_records(match["records"]):
            return match[0]
        return f"{match['verb']} {match['whose']} {match['records']}"

    return _ITS_LIST_OF_IN_BRACKETS.sub(theirs, _A_LIST_OF_EACH_WITH.sub(kept, with_each))


def logged_whenever_colon(sentence: str) -> str:
    """``a stock movement logged whenever we buy or use something: the date, ...``: *a stock
    movement: the date, ...* (when it is written down is no field of it)."""

    def logged(part: str) -> str:
        said = _LOGGED_WHENEVER.match(part)
        if said is None or not phrase_can_name_records(said["record"]):
            return part
        return f"{said['head']}: {part[said.end() :]}"

    return per_statement(sentence, logged)


def ends_up_with_several(sentence: str) -> str:
    """``..., so a job ends up with several orders``: *...; each order belongs to one job*."""

    def owned(part: str) -> str:
        said = _ENDS_UP_WITH_SEVERAL.search(part)
        if (
            said is None
            or not phrase_can_name_records(said["owner"])
            or not phrase_can_name_records(said["records"])
        ):
            return part
        record = singular_phrase(said["records"])
        lead = "; " if said["lead"] else ""
        return f"{part[: said.start()]}{lead}each {record} belongs to one {said['owner']}"

    return per_statement(sentence, owned)


def something_like_together_with(sentence: str) -> str:
    """``a certification is something like RPR, CRR or RMR, together with the body that
    issues it``: *each certification has a name and the body that issues it*; the examples
    are what the records are called."""
    match = _SOMETHING_LIKE_TOGETHER_WITH.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} has a name and {sentence[match.end() :]}"


def the_one_itself_needs(sentence: str) -> str:
    """``the tiers hang off the cake order and ..., and the order itself only needs a
    reference and ...``: *the tiers hang off the cake order and ...; each cake order has a
    reference and ...*."""

    def itself(match: re.Match[str]) -> str:
        record = match["record"]
        if not phrase_can_name_records(record):
            return match[0]
        # "the cake order ..., and the order only needs": the one named in full before
        named = re.search(rf"\b(?:the|a|an)\s+([a-z][\w\-]*\s+{record})\b", match.string)
        if named is not None and named.start() < match.start():
            record = named[1]
        return f"{'; ' if match['lead'] else ''}each {record} has "

    return _THE_ONE_ITSELF_NEEDS.sub(itself, sentence)


def is_one_so_we_note(sentence: str) -> str:
    """``each assignment is basically one rough file going from a reporter to a scopist, so
    I'd note the job name, ...``: *...; each assignment has the job name, ...*; what is noted
    is the record the sentence is about."""
    match = _IS_ONE_SO_WE_NOTE.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    record, told = match["record"], sentence[: match.end("told")]
    going = _GOING_FROM_ONE_TO_ONE.search(match["told"])
    if going is not None and can_name_records(going["source"], going["target"]):
        told = "; ".join(f"each {record} belongs to one {one}" for one in going.groups())
    return f"{told}; each {record} has {sentence[match.end() :]}"


def one_per_one_per_one(sentence: str) -> str:
    """``..., so that's one attendance record per player per session``: *...; each attendance
    record belongs to one player; each attendance record belongs to one session*."""

    def each(part: str) -> str:
        said = _ONE_PER_ONE_PER_ONE.search(part)
        if said is None or said["one"] == said["other"]:
            return part
        record, ones = said["record"], (said["one"], said["other"])
        if not phrase_can_name_records(record) or not can_name_records(*ones):
            return part
        owned = "; ".join(f"each {record} belongs to one {one}" for one in ones)
        return f"{part[: said.start()]}{'; ' if said['lead'] else ''}{owned}"

    return per_statement(sentence, each)


def once_it_is_done_we_fill_in(sentence: str) -> str:
    """``then once it's produced we fill in the page count, ...``: *it also has the page
    count, ...*; what is filled in later is the same record's list."""
    return _ONCE_IT_IS_DONE_WE_FILL_IN.sub(r"\g<lead>it also has ", sentence)


def listed_by_name_aside(sentence: str) -> str:
    """``a repair job is opened against a booth (booths are listed by name) with the date
    ...``: *a repair job is opened against a booth with the date ...; each booth has a name*;
    and ``i keep venues once, with the name, ...``: *i keep venues, with the name, ...*."""
    sentence = _KEPT_ONCE.sub(r"\g<kept>", sentence)
    aside = _LISTED_BY_NAME_ASIDE.search(sentence)
    if aside is None or not phrase_can_name_records(aside["records"]):
        return sentence
    record = singular_phrase(aside["records"])
    return f"{sentence[: aside.start()]}{sentence[aside.end() :]}; each {record} has a name"
