"""What we note of a record, told after the one it belongs to.

- Logged *against* it: *we send an update about the animal for each sponsorship, so we would
  log those against the sponsorship with the date sent and how it went out* is *...; each
  update belongs to one sponsorship; each update has the date sent and how it went out*. What
  is logged is the record made before (*an update*), and the one it is logged against is the
  record it belongs to (`logged_against`).
- Whatever is done, logged as a record on another: *anything she prescribes goes down as a
  treatment on the visit: which medicine, the dose, ...* is *each treatment belongs to one
  visit; each treatment has which medicine, the dose, ...* (`logged_as_one_on`).
- Noted after what it is for: *each vet visit is for one animal and we note the date, the
  reason, ...* is *...; each vet visit has the date, the reason, ...*: the list is the visit's,
  not the animal's, the last record named (`is_for_one_and_we_note`).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, singular

_LOGGED_AGAINST = re.compile(
    r"^(?P<lead>(?:(?:each|every)\s+(?:day|week|month|quarter|year|term|season)\s*,?\s+|"
    r"(?:once|twice)\s+a\s+[a-z]+\s*,?\s+)?(?:we|i)\s+[^;]*?\b(?:a|an)\s+(?P<thing>[a-z][\w\-]*)\b[^;]*?)\s*[,;]\s+"
    r"(?:and\s+|so\s+)?(?:we|i)(?:\s+would|\s+will|\s+then)?\s+(?:log|record|note|keep|track|file)\s+"
    r"(?:those|these|them|it|each\s+one)\s+against\s+(?:the|its|their|that)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+with\s+(?P<listed>[^;]+)$"
)


def logged_against(sentence: str) -> str:
    """``we send an update about the animal for each sponsorship, so we would log those
    against the sponsorship with the date sent and how it went out (email or post)``: *...;
    each update belongs to one sponsorship; each update has the date sent and ...*."""

    def plain(statement: str) -> str:
        match = _LOGGED_AGAINST.match(statement)
        if match is None:
            return statement
        thing, one = match["thing"], singular(match["one"])
        if thing in FUNCTION_WORDS or not can_be_noun(thing) or singular(thing) == one:
            return statement
        return (
            f"{match['lead']}; each {thing} belongs to one {one}; "
            f"each {thing} has {match['listed']}"
        )

    return per_statement(sentence, plain)


_IS_FOR_ONE_AND_WE_NOTE = re.compile(
    r"^(?P<said>(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are)\s+(?:for|with|about|of)\s+(?:one|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:\s*\([^()]*\))?),?\s+and\s+(?:we|i)\s+(?:also\s+)?(?:note|record|log|keep|take|"
    r"write\s+down|jot\s+down|track|store)\s+(?P<listed>(?:the|a|an|its|their|his|her)\s[^;]+)$"
)


def is_for_one_and_we_note(sentence: str) -> str:
    """``each vet visit is for one animal (...) and we note the date, the reason, her
    diagnosis``: *each vet visit is for one animal (...); each vet visit has the date, ...*."""

    def plain(statement: str) -> str:
        match = _IS_FOR_ONE_AND_WE_NOTE.match(statement)
        if match is None or re.match(r"(?:the|their|its)\s+[a-z][\w\-]*'s?\s", match["listed"]):
            return statement  # "... is for a client, and we keep the client's name": its own
        record = re.sub(r"^(?:a|an|every)\s", "each ", match["record"])
        return f"{match['said']}; {record} has {match['listed']}"

    return per_statement(sentence, plain)


_LOGGED_AS_ONE_ON = re.compile(
    r"^(?:anything|whatever|everything)\s+(?:that\s+)?(?:she|he|they|we|i|the\s+[a-z][\w\-]*)\s+"
    r"[a-z]+\s+(?:goes\s+down|is\s+logged|gets\s+logged|is\s+recorded|is\s+entered|goes\s+in)\s+"
    r"as\s+(?:an?)\s+(?P<thing>[a-z][\w\-]*)\s+(?:on|against|under)\s+(?:the|that|this|its|their)\s+"
    r"(?P<one>[a-z][\w\-]*)\s*:\s+(?P<listed>\S[^;]*)$"
)


def logged_as_one_on(sentence: str) -> str:
    """``anything she prescribes goes down as a treatment on the visit: which medicine, the
    dose, ...``: *each treatment belongs to one visit; each treatment has which medicine, ...*."""

    def plain(statement: str) -> str:
        match = _LOGGED_AS_ONE_ON.match(statement)
        if match is None or not can_be_noun(match["thing"]):
            return statement
        thing = match["thing"]
        return f"each {thing} belongs to one {match['one']}; each {thing} has {match['listed']}"

    return per_statement(sentence, plain)
