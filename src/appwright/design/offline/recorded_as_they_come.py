"""Records told as each one that comes in, goes out or belongs to a part, then their list
after a colon: *against the booking we record every payment that comes in: the amount, ...* is
each payment's list and its booking; *we'd like a record of every email we send with the link:
the address, ...* is each email's; *we'd keep the score for every quarter on the result: ...*
is a quarter score's, of the result's.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records

_WHICH_ONES = r"(?:\s+(?:we|they|that|which|who)\s+[^:;]+?)?"
"""*that comes in*, *we send with the link*: which ones are recorded, all of them."""

_AGAINST_THE_ONE_WE_RECORD_EVERY = re.compile(
    r"^(?:then\s+|and\s+|so\s+)?against\s+(?:the|each|every|that|its|their)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+(?:we|they)\s+(?:record|log|note|keep|enter|put)\s+"
    rf"(?:every|each|any|all|a|an)\s+(?P<record>{NOUN_PATTERN}?){_WHICH_ONES}:\s+"
)
_A_RECORD_OF_EVERY = re.compile(
    r"\b(?:we\s+would\s+(?:also\s+)?like|we\s+(?:also\s+)?want|we\s+(?:also\s+)?need|"
    r"we\s+(?:also\s+)?keep)\s+a\s+(?:record|log|note)\s+of\s+(?:every|each|all)\s+"
    rf"(?P<record>{NOUN_PATTERN}?){_WHICH_ONES}:\s+"
)

_A_REGISTER_OF_THE_ONES_WE_OWN = re.compile(
    r"(?P<head>\ba\s+(?:register|list|record)\s+of\s+(?:every|each|all(?:\s+the)?)\s+"
    r"[a-z][\w\-]*)\s+(?:that\s+)?(?:we|i)\s+(?:own|have|hold|keep)(?=:\s)"
)
"""*a register of every instrument we own: ...*: all of them, *we own* no list of ours."""

_THE_ONE_FOR_EVERY_PART_COLON = re.compile(
    r"^(?P<head>.*?\b(?:keep|record|note|log|track|want|take))\s+the\s+(?P<what>[a-z][\w\-]*)\s+"
    r"for\s+(?:every|each)\s+(?P<part>[a-z][\w\-]*)\s+(?:on|of|in|for)\s+(?:the|each|every)\s+"
    r"(?P<one>[a-z][\w\-]*):\s+"
)


def against_the_one_we_record_every(sentence: str) -> str:
    """``then against the booking we record every payment that comes in: the amount, ...``:
    *each payment belongs to one booking; payment: the amount, ...*."""

    def recorded(part: str) -> str:
        said = _AGAINST_THE_ONE_WE_RECORD_EVERY.match(part)
        if (
            said is None
            or not phrase_can_name_records(said["record"])
            or not can_name_records(said["one"])
        ):
            return part
        record = said["record"]
        return f"each {record} belongs to one {said['one']}; {record}: {part[said.end() :]}"

    return per_statement(sentence, recorded)


def a_record_of_every_one_colon(sentence: str) -> str:
    """``we would also like a record of every email we send with the link: the address it
    went to, ...``: *we record every email: the address it went to, ...*."""

    def recorded(said: re.Match[str]) -> str:
        # "a log of each time we contact anyone": a time is no record
        if not phrase_can_name_records(said["record"]) or said["record"] in ("time", "occasion"):
            return said[0]
        return f"we record every {said['record']}: "

    return _A_RECORD_OF_EVERY.sub(recorded, sentence)


def the_one_for_every_part_colon(sentence: str) -> str:
    """``we would also keep the score for every quarter on the result: the quarter number,
    ...``: *each quarter score belongs to one result; quarter score: the quarter number, ...*;
    one for every part of a record is a record of the part's."""
    said = _THE_ONE_FOR_EVERY_PART_COLON.match(sentence)
    if said is None or not can_name_records(said["what"], said["part"], said["one"]):
        return sentence
    record = f"{said['part']} {said['what']}"
    return f"each {record} belongs to one {said['one']}; {record}: {sentence[said.end() :]}"


def a_register_of_the_ones_we_own(sentence: str) -> str:
    """``we want a register of every instrument we own: what type it is, ...``: *we want a
    register of every instrument: ...*, the instrument's list, not one of ours."""
    return _A_REGISTER_OF_THE_ONES_WE_OWN.sub(r"\g<head>", sentence)
