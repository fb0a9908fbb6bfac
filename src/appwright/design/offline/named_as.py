"""Records the owner renames as they tell them: *a list of the people (we call them members),
with their name, ...* is a list of the members. The name in the brackets is what the owner calls
the record from then on, so the noun before it is written as that name; `simplify` runs this
before the readers of lists."""

from __future__ import annotations

import re

from appwright.design.offline.text import can_be_noun, is_plural

_WE_CALL_THEM = re.compile(
    r"\b(?P<the>the|our)\s+[a-z][\w\-]*(?:\s+(?:we|i|they)\s+[a-z]+)?\s+"
    r"\((?:we|i)\s+(?:call|name)\s+(?:them|these|those)\s+(?:the\s+|our\s+)?(?P<name>[a-z][\w\-]*)\)"
)


def we_call_them(sentence: str) -> str:
    """``i keep a list of the people we ring (we call them members), with their name``: *i keep
    a list of the members, with their name*; the bracket gives the record its own name."""

    def named(match: re.Match[str]) -> str:
        name = match["name"]
        if not is_plural(name) or not can_be_noun(name):
            return match[0]
        return f"{match['the']} {name}"

    return _WE_CALL_THEM.sub(named, sentence)


_KEPT_AS = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?(?:(?:the|any|all)\s+)?(?P<what>[a-z][\w\-]*)"
    r"(?:\s+[a-z][\w\-]*(?:ed|en|nd|ound|een|ent))?\s+(?:are|is|get|gets)\s+"
    r"(?P<done>raised|logged|recorded|entered|filed|opened|booked|noted|kept|added|written\s+up|"
    r"set\s+up)\s+as\s+(?P<name>[a-z][\w\-]*)\b(?P<rest>\s+(?:on|against|for|in|under|to|with)\s.*|"
    r",.*|\.?)$"
)


def named_when_kept(sentence: str) -> str:
    """``problems spotted are raised as issues on the inspection, each with ...``: *issues are
    raised on the inspection, each with ...*; what the owner calls the record once it is kept
    is its name (*faults found are logged as tickets against the machine*, *damage is recorded
    as claims on the booking*), and what it was before it was kept names nothing."""

    def named(clause: str) -> str:
        match = _KEPT_AS.match(clause)
        if match is None:
            return clause
        name = match["name"]
        if not is_plural(name) or not can_be_noun(name) or match["what"] == name:
            return clause
        return f"{match['lead'] or ''}{name} are {match['done']}{match['rest']}"

    return "; ".join(named(part.strip()) for part in sentence.split(";"))
