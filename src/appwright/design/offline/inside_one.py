"""What is kept inside another record, told from the inside: *inside a system we record every
door ...* is said for each system, and *inside a review there's a rate change for each flat,
with ...* is a rate change for each review and each flat, with its list."""

from __future__ import annotations

import re

_INSIDE_ONE_WE = re.compile(
    r"\b(?:inside|within)\s+(?:a|an|each)\s+"
    # "within a week we break the work down": when, not what it is kept in
    r"(?=(?!(?:day|week|month|year|fortnight|hour|minute)\b)[a-z][\w\-]*,?\s+(?:we|i)\s)"
)
_INSIDE_ONE_ONE_FOR_EACH = re.compile(
    r"\b(?:inside|within|in)\s+(?:a|an|each|every)\s+(?P<whole>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    r"there(?:'s|\s+is)\s+(?P<one>(?:a|an|one)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"for\s+(?:each|every)\s+(?P<each>[a-z][\w\-]*),?\s+(?=with\s)"
)


def inside_one(text: str) -> str:
    """``inside a system we record every door ...``: *for each system we record ...*;
    ``inside a review there's a rate change for each flat, with the old amount, ...``: *for
    each review and each flat there is a rate change with the old amount, ...*; ``text`` is
    lower case."""
    text = _INSIDE_ONE_WE.sub("for each ", text)
    return _INSIDE_ONE_ONE_FOR_EACH.sub(
        r"for each \g<whole> and each \g<each> there is \g<one> ", text
    )
