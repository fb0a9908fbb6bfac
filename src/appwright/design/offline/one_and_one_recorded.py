"""A record told as what it records of two others: *an assessment records one skater
attempting one skill on a date, marked by an assessor from the senior squad (we only need
the assessor's name), with a result of ...* is an assessment for one skater and one skill,
marked by one assessor, with a date and a result; who did what to which is the link."""

from __future__ import annotations

import re

from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import can_name_records, phrase_can_name_records

_RECORDS_ONE_AND_ONE = re.compile(
    rf"^(?P<lead>(?:then\s+)?(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}))\s+"
    r"(?:records|captures|logs|notes|tracks)\s+one\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s+[a-z]+ing|\s+and|,)\s+one\s+(?P<other>[a-z][\w\-]*)"
    r"(?P<when>\s+on\s+a\s+(?:date|day)|\s+at\s+a\s+time)?(?=,|$)"
)
_BY_ONE_FROM_THEM = re.compile(
    r"\b(?P<by>by\s+(?:a|an|one)\s+(?P<who>[a-z][\w\-]*))\s+from\s+(?:the|our)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?\s+\((?:and\s+)?we\s+only\s+need\s+(?:the\s+[a-z][\w\-]*'s|their)\s+"
    r"name\)"
)
"""*by an assessor from the senior squad (we only need the assessor's name)*: one assessor."""


def records_one_and_one(sentence: str) -> str:
    """``an assessment records one skater attempting one skill on a date, marked by an
    assessor from the senior squad (we only need the assessor's name), with a result of
    ...``: *an assessment is for one skater and one skill, marked by an assessor, with a date
    and a result of ...*."""
    said = _RECORDS_ONE_AND_ONE.match(sentence)
    if (
        said is None
        or not phrase_can_name_records(said["record"])
        or not can_name_records(said["one"], said["other"])
    ):
        return sentence
    rest = _BY_ONE_FROM_THEM.sub(r"\g<by>", sentence[said.end() :])
    if said["when"]:
        when = said["when"].split()[-1]
        with_list = rest.rfind(", with ")
        rest = (
            f"{rest[:with_list]}, with a {when} and {rest[with_list + 7 :]}"
            if with_list >= 0
            else f"{rest}, with a {when}"
        )
    return f"{said['lead']} is for one {said['one']} and one {said['other']}{rest}"
