"""*a ticket covers a load ..., and the operator who did the weighing goes on it too*: the one
who did something, put on the record the sentence opened with, is one the record points at:
*...; each ticket has one operator*."""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, can_be_verb, is_plural

_GOES_ON_IT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<said>(?:a|an|each|every|the)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?!is\b|are\b)[a-z]+\b[^.;\n]*?),\s+and\s+"
    r"(?:the|a|an)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:who|that)\s+[^,.;\n]*?\s+"
    r"(?:goes|is\s+put|gets\s+put|is\s+written|is\s+noted|is\s+logged)\s+(?:on|against|onto)\s+it"
    r"(?:\s+too|\s+as\s+well|\s+also)?(?=\s*[.;\n]|\s*$)"
)


def the_one_goes_on_it(text: str) -> str:
    """``a ticket covers a load going to one metal merchant, and the operator who did the
    weighing goes on it too``: *a ticket covers ...; each ticket has one operator*; ``text``
    is lower case."""
    return _GOES_ON_IT.sub(_on_the_record, text)


def _on_the_record(match: re.Match[str]) -> str:
    record, one = match["record"], match["one"]
    first, *verb = record.split()
    if verb and verb[0].endswith("s") and can_be_verb(verb[0]):
        record = first  # "a ticket covers ...": the verb, not a second word of the name
    if is_plural(one.split()[-1]) or not can_be_noun(one.split()[-1]) or one == record:
        return match[0]
    return f"{match['said']}; each {record} has one {one}"
