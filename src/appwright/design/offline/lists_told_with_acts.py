"""A record's list told with the act that makes, keeps or shows it: *the attendant enters a
fuel sale saying which vessel it was, ...*, *every deferral would say which donor, ...*,
*against an invoice we record payments: amount, ...*, *we list vessels with a name, each with a
skipper recorded by name, ...*.

Each is rewritten into *X has A, B and C* (and *each X belongs to one Y* where the act names
whose it is).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_match
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_plural, singular

_MADE_SAYING = re.compile(
    r"^(?P<lead>(?:(?:when|whenever|every\s+time|each\s+time|once)\s+[^,;]+,\s+)?"
    r"(?:the|a|an|our|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:enters|logs|records|adds|creates|raises|writes\s+up|fills\s+in|puts\s+in|opens)\s+)"
    r"(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:saying|showing|stating|giving|noting|that\s+says|that\s+shows)\s+(?P<listed>.+)$"
)


def made_saying(sentence: str) -> str:
    """``whenever a boat fills up, the pump attendant enters a fuel sale saying which vessel it
    was, the date and time, ...``: *the pump attendant enters a fuel sale; each fuel sale has
    which vessel it was, ...*; what the record says is its list."""

    def plain(match: re.Match[str]) -> list[str] | None:
        record = match["record"]
        if any(word in FUNCTION_WORDS for word in record.split()):
            return None
        return [f"{match['lead']}a {record}", f"each {record} has {match['listed']}"]

    return per_match(sentence, _MADE_SAYING, plain)


_EACH_WITH_ONE_KEPT_BY = re.compile(
    r"(?P<head>\b(?P<xs>[a-z][\w\-]*s)\s+with\s+[^;]+?),\s+each\s+with\s+(?:a|an|one)\s+"
    r"(?P<y>[a-z][\w\-]*)\s+(?:recorded|kept|held|listed|noted|logged|known|stored)\s+(?:by|with)\s+"
    r"(?P<listed>[^;]+)"
)


def each_with_one_kept_by(sentence: str) -> str:
    """``we list vessels with a name and port number, each with a skipper recorded by name,
    email and certificate number``: *...; each vessel belongs to one skipper; each skipper has
    name, email and certificate number*; the one each has is a record, kept by its list."""

    def plain(match: re.Match[str]) -> str:
        thing, one = singular(match["xs"]), match["y"]
        if not is_plural(match["xs"]) or thing == one or one in FUNCTION_WORDS:
            return match[0]
        return (
            f"{match['head']}; each {thing} belongs to one {one}; each {one} has {match['listed']}"
        )

    return _EACH_WITH_ONE_KEPT_BY.sub(plain, sentence)


_WE_KEEP_THEM_COLON = re.compile(
    r"^(?:(?:against|for|on|under)\s+(?:a|an|each|every|the)\s+(?P<owner>[a-z][\w\-]*)\s*,?\s+)?"
    r"(?:we|i)\s+(?:also\s+)?(?:record|log|keep|note|track|take|store|hold)\s+(?P<things>[a-z][\w\-]*s)"
    r"\s*:\s*(?P<listed>.+)$"
)
_ONLY_WHAT_IS_KEPT = frozenset(
    ["details", "things", "fields", "bits", "facts", "particulars", "basics", "following", "items"]
)


def we_keep_them_colon(sentence: str) -> str:
    """``against an invoice we record payments: amount, date received and method``: *each
    payment belongs to one invoice; each payment has amount, ...*; the records named before the
    colon hold the list after it."""
    match = _WE_KEEP_THEM_COLON.match(sentence)
    if match is None or match["things"] in _ONLY_WHAT_IS_KEPT or not is_plural(match["things"]):
        return sentence
    thing = singular(match["things"])
    said = [f"each {thing} has {match['listed']}"]
    if match["owner"] and match["owner"] != thing and match["owner"] not in FUNCTION_WORDS:
        said.insert(0, f"each {thing} belongs to one {match['owner']}")
    return "; ".join(said)


_WOULD_SAY = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+(?:then\s+)?)(?P<each>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:would|should|will|must|could)\s+(?:say|show|state|give)|says|shows|states)\s+"
    r"(?=(?:which|the|a|an|its|their|who|when|how|whether)\b)"
)


def would_say(sentence: str) -> str:
    """``every deferral would say which donor, which reason, the start date ...``: *every
    deferral has which donor, ...*; what a record says is its list."""

    def plain(match: re.Match[str]) -> str:
        if any(word in FUNCTION_WORDS for word in match["each"].split()[1:]):
            return match[0]
        lead = "; " if match["lead"].strip() else match["lead"]
        return f"{lead}{match['each']} has "

    return _WOULD_SAY.sub(plain, sentence)
