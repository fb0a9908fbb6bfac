"""A record named by how it is tied to the one being told, then its own list in brackets:
*each complaint is logged against the member who raised it (we have their name and
membership number) and the session it happened in (the date, ...)* is a member and a
session, each with its list; how each is tied says nothing the link does not."""

from __future__ import annotations

import re

from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import phrase_can_name_records

_TIED_THEN_ITS_LIST = re.compile(
    rf"\bthe\s+(?P<one>{NOUN_PATTERN})\s+"
    r"(?:(?:who|that|which)\s+[a-z]+\s+(?:it|them)"
    r"|(?:it|they)\s+(?:was\s+|were\s+)?[a-z]+(?:\s+(?:up|out|off|back))?\s+"
    r"(?:in|at|on|from|to|for|with|under|during))"
    r"\s+\((?:we\s+(?:have|keep|record|note|know)\s+(?:their|its)\s+)?(?=[^()]+\))"
)
_WHO_IT_IS_FROM = re.compile(
    r"\bwho\s+(?:it\s+is|they\s+are)\s+(?:from|for|with)\s+\(\s*we\s+(?:have|keep|record|note)\s+"
    rf"(?:each|every|the)\s+(?P<one>{NOUN_PATTERN})'s\s+(?P<theirs>[^()]+?)(?:\s+so\s+[^()]*)?\)"
)
"""*who it's from (we keep each customer's name, phone and email so we're not ...)*."""
_TO_BE_DONE = re.compile(
    r"^(?:what\s+we\s+(?:would\s+like|want|need)\s+is\s+)?for\s+(?P<each>each|every)\s+"
    rf"(?P<one>{NOUN_PATTERN})\s+to\s+be\s+(?=[a-z]+ed\s)"
)


def tied_then_its_list(sentence: str) -> str:
    """``for each complaint to be logged against the member who raised it (we have their name
    and membership number) and the session it happened in (the date, ...)``: *each complaint
    is logged against a member (name and membership number) and a session (the date, ...)*;
    so ``who it's from (we keep each customer's name, phone and email so ...)``."""

    def told(match: re.Match[str]) -> str:
        if not phrase_can_name_records(match["one"]):
            return match[0]
        return f"a {match['one']} ("

    def done(match: re.Match[str]) -> str:
        if not phrase_can_name_records(match["one"]):
            return match[0]
        return f"{match['each']} {match['one']} is "

    def whose(match: re.Match[str]) -> str:
        if not phrase_can_name_records(match["one"]):
            return match[0]
        return f"a {match['one']} ({match['theirs']})"

    plain = _WHO_IT_IS_FROM.sub(whose, _TO_BE_DONE.sub(done, sentence))
    if " against " not in plain:
        return plain  # "+ the facility it was tipped at (name, ...)": read as it is
    return _TIED_THEN_ITS_LIST.sub(told, plain)
