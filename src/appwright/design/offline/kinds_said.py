"""What records are said to be, told with a list: *pick-up points are fixed stops with a town
and a description* is the pick-up points' list.

A plural said to be a kind of thing with an adjective (*fixed stops*, *regular customers*) is
the record the list belongs to; the kind only says what the records are. Where the records'
name is hyphenated (*pick-up points*, *drop-off points*) the parse splits it in three and,
with the adjective, takes the kind or the first noun of the sentence for the owner of the
list; other names (*stewards are local residents with a name*) the parse reads itself.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS, NUMERALS
from appwright.design.offline.word_forms import can_be_adjective, can_be_noun, is_plural

_ARE_KINDS_WITH = re.compile(
    r"(?P<lead>^|;\s+)(?:the\s+|our\s+)?(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+are\s+"
    r"(?P<adjective>[a-z][\w\-]*)\s+(?P<kinds>[a-z][\w\-]*s)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)


def are_kinds_with(sentence: str) -> str:
    """``pick-up points are fixed stops with a town and a description``: *pick-up points have
    a town and a description*, and so *collection points are fixed stops with ...*; the records
    said to be a kind keep the list (in the plural, as told, so *lay-bys* stays one word). A
    word before the kind that can be a noun names the kind with it (*tea rooms*), no quality."""

    def plain(match: re.Match[str]) -> str:
        things, adjective, kinds = match["things"], match["adjective"], match["kinds"]
        said = [*things.split(), adjective, kinds]
        if any(word in FUNCTION_WORDS or word in NUMERALS for word in said):
            return match[0]
        head = things.split()[-1]
        if not (is_plural(head) and can_be_noun(head) and is_plural(kinds)):
            return match[0]
        if not can_be_adjective(adjective) or can_be_noun(adjective):
            return match[0]  # "are tea rooms with": a kind named by two nouns
        return f"{match['lead']}{things} have "

    return _ARE_KINDS_WITH.sub(plain, sentence)
