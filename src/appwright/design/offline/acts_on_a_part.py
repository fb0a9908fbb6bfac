"""Acts told as done to a part of a record: *the handicap committee can make an adjustment to a
member's index, noting the reason, ...* is an adjustment for one member, with its list; the part
(*index*) names what the act changes, which the list says again (*the old index, the new
index*). `simplify` runs it after `participle_list` has made *noting* a *with*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement

_MADE_TO_ONES_PART = re.compile(
    r"\b(?P<act>(?:make|makes|made|raise|raises|log|logs|record|records|issue|issues|add|adds)\s+"
    r"(?:an?\s+)?[a-z][\w\-]*\s+(?:to|against|on)\s+(?:a|an|the|one)\s+[a-z][\w\-]*)'s\s+"
    r"[a-z][\w\-]*(?=,?\s+with\s+(?:a|an|the|its|their)\s)"
)


def made_to_ones_part(sentence: str) -> str:
    """``the committee can make an adjustment to a member's index with the reason, ...``: *...
    an adjustment to a member with the reason, ...*; the act is for the member, the owner of the
    part."""
    return per_statement(sentence, lambda part: _MADE_TO_ONES_PART.sub(r"\g<act>", part))
