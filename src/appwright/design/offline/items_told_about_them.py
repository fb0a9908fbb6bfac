"""Items of a list told with what the one they belong to did: *the weight division they fought
in*, *how many contests they won*, *where they placed, gold, silver, bronze or unplaced*; or
told as a question or a tick (*whether it is headed for the counter or for restaurant orders*,
*a bills-included yes/no*), or with values after a comma (*a type, check-in or check-out*, *its
condition, so good, fair or poor*). Each is said the plain way (*the weight division*, *the
number of contests won*, *the placing (gold, ...)*, *a destination (counter or restaurant
orders)*, *a bills-included flag*), so the list reads as a list.
"""

from __future__ import annotations

import re

_THE_ONE_THEY_WERE_IN = re.compile(
    r"(?:(?<=[,:]\s)|(?<=\band\s))"
    r"(?P<item>(?:the|a|an)\s+(?!(?:date|time|day|week|month|year)\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:they|he|she)\b)[a-z][\w\-]*)?)\s+(?:they|he|she)\s+"
    r"(?!(?:are|is|were|was|come|comes|came)\b)"
    r"[a-z]+\s+(?:in|on|at|with|for|from|under)(?=\s*,|\s+and\s|\s*[;.]|$)"
)
"""*the weight division they fought in*: the weight division; the clause says what it is of
(where they *come from* is read as it is, with what follows it)."""

_HOW_MANY_THEY_DID = re.compile(
    r"\bhow\s+many\s+(?P<many>[a-z][\w\-]*s)\s+(?:they|he|she|it)\s+"
    r"(?P<done>won|lost|scored|sold|missed|caught|finished|completed|attended|played|made|took)\b"
)
"""*how many contests they won*: the number of contests won."""

_WHERE_THEY_PLACED = re.compile(
    r"\bwhere\s+(?:they|he|she|it)\s+(?:placed|finished|came)\s*,\s+"
    r"(?P<values>[^,;:()]+(?:,\s+[^,;:()]+)*?,?\s+or\s+[^,;:().]+?)(?=\s*(?:[;.]|$))"
)
"""*where they placed, gold, silver, bronze or unplaced*: the placing, with its values."""

_ONE_YES_OR_NO = re.compile(
    r"\b(?P<item>(?:a|an)\s+[a-z][\w\-]*-[a-z][\w\-]*)\s+(?:yes/no|y/n|yes-or-no)"
    r"(?=\s*[,;.]|\s+and\s|$)"
)
"""*a bills-included yes/no*: a bills-included flag."""

_WHETHER_HEADED_FOR = re.compile(
    r"\bwhether\s+(?:it|they)\s+(?:is|are|'s|'re)\s+(?:headed|going|bound|meant)\s+(?:for|to)\s+"
    r"(?:the\s+)?(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+or\s+(?:for\s+|to\s+)?(?:the\s+)?"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*[,;.]|\s+and\s|$)"
)
"""*whether it's headed for the counter or for restaurant orders*: a destination of the two."""

_A_KIND_THEN_TWO = re.compile(
    r"\b(?P<item>(?:a|an|its|their)\s+(?:type|kind|sort|category|level|status))\s*,\s+"
    r"(?!(?:a|an|the|its|their)\b)(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+or\s+"
    r"(?!(?:a|an|the|its|their)\b)(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=,)"
)
"""*each inventory has a type, check-in or check-out, the date ...*: a type of the two."""

_ITS_ONE_SO_VALUES = re.compile(
    r"\b(?P<item>(?:its|their|a|an|the)\s+[a-z][\w\-]*)\s*,\s+so\s+"
    r"(?P<values>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)(?=,|\s*$)"
)
"""*its condition, so good, fair, poor, damaged or missing, and ...*: the condition's values."""


def items_said_plainly(sentence: str) -> str:
    """Each item above said the plain way."""
    sentence = _THE_ONE_THEY_WERE_IN.sub(r"\g<item>", sentence)
    sentence = _HOW_MANY_THEY_DID.sub(r"the number of \g<many> \g<done>", sentence)
    sentence = _ONE_YES_OR_NO.sub(r"\g<item> flag", sentence)
    sentence = _A_KIND_THEN_TWO.sub(r"\g<item> (\g<one> or \g<other>)", sentence)
    sentence = _ITS_ONE_SO_VALUES.sub(r"\g<item> (\g<values>)", sentence)
    sentence = _WHETHER_HEADED_FOR.sub(r"a destination (\g<one> or \g<other>)", sentence)
    return _WHERE_THEY_PLACED.sub(r"the placing (\g<values>)", sentence)
