"""A record's own several, listed with their list after a comma: *each expedition has its
pupils listed, just first name, surname and ...* are pupils of the expedition, each with that
list.
"""

from __future__ import annotations

import re

_ITS_ONES_LISTED_COMMA = re.compile(
    r"\b(?P<head>(?:has|have)\s+(?:its|their)\s+[a-z][\w\-]*s\s+(?:listed|recorded|logged|noted))"
    r"\s*,\s+(?:just|only|simply)\s+(?=[a-z])"
)


def its_ones_listed_with(sentence: str) -> str:
    """``each expedition has its pupils listed, just first name, surname and ...``: *each
    expedition has its pupils listed with first name, surname and ...*; the list after the
    comma is the pupils'."""
    return _ITS_ONES_LISTED_COMMA.sub(r"\g<head> with ", sentence)
