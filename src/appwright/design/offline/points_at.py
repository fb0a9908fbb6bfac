"""A record said to point at another, with the other's list in the same breath: *a repair
should point at the batch it used, with the supplier and the cost per pair*. The list after
*with* is what the record pointed at keeps (a batch has a supplier, the repair does not), and
the record points at one of them."""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_match
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun

_POINTS_AT_ONE_WITH = re.compile(
    r"^(?P<subject>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+"
    r"(?:(?:should|must|will|can|needs\s+to|has\s+to)\s+)?"
    r"(?:point\s+at|points\s+at|point\s+to|points\s+to|link\s+to|links\s+to|be\s+linked\s+to)\s+"
    r"the\s+(?P<record>[a-z][\w\-]*)(?:\s+(?:it|they)(?:\s+[a-z]+){1,2})?,\s+"
    r"with\s+(?P<list>(?:the|a|an|its)\s+[^;]+?)(?:,?\s+and\s+(?P<rest>if\s+[^;]+))?$"
)


def points_at_one_with(sentence: str) -> str:
    """``a repair should point at the batch it used, with the supplier and the cost per
    pair``: *a repair points at a batch; each batch has the supplier and the cost per pair*."""

    def plain(match: re.Match[str]) -> list[str] | None:
        record = match["record"]
        if record in FUNCTION_WORDS or not can_be_noun(record):
            return None
        said = [f"{match['subject']} points at a {record}", f"each {record} has {match['list']}"]
        # "..., and if it is not too much trouble, ...": a wish of its own, not a field
        return [*said, match["rest"]] if match["rest"] else said

    return per_match(sentence, _POINTS_AT_ONE_WITH, plain)
