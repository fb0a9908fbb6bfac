"""A record told in comma pieces after one *is*: *a visit is for one farm, done by one vet, on
a date, with a fee* is four things said of the visit, which the readers know said one by one
(*each visit is for one farm; each visit is done by one vet; ...*). Said as one, the pieces
after the first were read as the farm's (*the farm, done by one vet*).
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.word_forms import is_past_participle

_TOLD_IN_PIECES = re.compile(
    r"^(?P<before>[^;]+?,\s+and\s+)?(?P<lead>(?:and|so|then)\s+)?(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+is\s+(?P<first>(?:for|at|in|from|with|on)\s+(?:a|an|one|the)\s+[^,;()]+|"
    r"[a-z]+\s+(?:by|for|at|in)\s+(?:a|an|one|the)\s+[^,;()]+)"
    r"(?P<rest>(?:,\s+(?:and\s+)?[^,;()]+){2,})$"
)
_DONE_BY = re.compile(r"^(?P<done>[a-z]+)\s+(?:by|for|at|in|from)\s+(?:a|an|one|the|our)\s")
_PLACED = re.compile(r"^(?:on|at|in|for|from)\s+(?:a|an|one|the)\s+[a-z]")
_WITH = re.compile(r"^with\s+(?P<listed>(?:a|an|the|its)\s.+)$")


def predicates_in_pieces(sentence: str) -> str:
    """``a visit is for one farm, done by one vet, on a date, with a fee``: *each visit is for
    one farm; each visit is done by one vet; each visit is on a date; each visit has a fee*.
    Every piece must be a participle with its doer or place, a place or time, or *with* what
    it has; anything else (*is for one farm, the vet's, ...*) is left as said."""

    def plain(clause: str) -> list[str]:
        match = _TOLD_IN_PIECES.match(clause)
        if match is None:
            return [clause]
        first = match["first"].strip()
        done = _DONE_BY.match(first)
        if done and not is_past_participle(done["done"]):
            return [clause]
        each = f"each {match['record']}"
        # "farms have a name, and a visit is for one farm, ...": the clause before stays
        before = [re.sub(r",\s+and\s+$", "", match["before"])] if match["before"] else []
        told = [*before, f"{match['lead'] or ''}{each} is {first}"]
        for piece in re.split(r",\s+", match["rest"].strip(", ")):
            piece = piece.removeprefix("and ").strip()
            done = _DONE_BY.match(piece)
            with_ = _WITH.match(piece)
            if done and is_past_participle(done["done"]):
                told.append(f"{each} is {piece}")
            elif with_:
                told.append(f"{each} has {with_['listed']}")
            elif _PLACED.match(piece):
                told.append(f"{each} is {piece}")
            else:
                return [clause]
        return told

    return per_clause(sentence, plain)
