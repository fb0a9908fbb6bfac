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


_TOLD_IN_A_RUN = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+is\s+(?:to|for)\s+(?P<for>(?:a|an|one)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?P<when>\s+on\s+(?:a|one)\s+(?:date|day))?\s+by\s+(?P<by>(?:a|an|one)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)(?P<rest>,\s+(?:and|but|so)\s+.+)?$"
)


def _told_in_a_run(clause: str) -> list[str] | None:
    """``a home visit is to one patient on a date by one audiologist, and we note ...``: *each
    home visit is for one patient; each home visit has a date; each home visit is done by one
    audiologist; we note ...*; the pieces said without commas."""
    match = _TOLD_IN_A_RUN.match(clause)
    if match is None or match["by"].split()[-1] in ("date", "day", "hand"):
        return None
    each = f"each {match['record']}"
    told = [f"{match['lead'] or ''}{each} is for {match['for']}"]
    if match["when"]:
        told.append(f"{each} has a date")
    told.append(f"{each} is done by {match['by']}")
    if match["rest"]:
        told.append(re.sub(r"^,\s+(?:and|but|so)\s+", "", match["rest"]))
    return told


_ACTS_ON_ONE_IN_PIECES = re.compile(
    r"^(?P<each>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:shows|plays|screens|runs|uses|takes)\s+one\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?P<pieces>(?:at|on|in|for)\s+[^;]+)$"
)
_WHEN_PIECE = re.compile(r"^(?:at|on)\s+(?:a|one)\s+(?P<when>date(?:\s+and\s+time)?|day|time)$")
_ONE_OF_TWO_PIECE = re.compile(
    r"^(?:at|on|in)\s+(?P<kind>[a-z]+)\s+(?P<first>\w+)\s+or\s+(?P=kind)\s+(?P<second>\w+)$"
)
_HELD_PIECE = re.compile(
    r"^(?:at|for|with)\s+(?P<held>(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


def _acts_on_one_in_pieces(clause: str) -> list[str] | None:
    """``each screening shows one film at a date and time on screen 1 or screen 2, at a ticket
    price``: *each screening is for one film; each screening has a date and time, a screen
    (screen 1 or screen 2), a ticket price*; each piece after the one it shows is its own."""
    match = _ACTS_ON_ONE_IN_PIECES.match(clause)
    if match is None:
        return None
    held: list[str] = []
    for piece in re.split(r",\s+|\s+(?=(?:at|on|in|for)\s)", match["pieces"]):
        when, one_of_two, kept = (
            p.match(piece) for p in (_WHEN_PIECE, _ONE_OF_TWO_PIECE, _HELD_PIECE)
        )
        if when:
            held.append(f"a {when['when']}")
        elif one_of_two:
            kind = one_of_two["kind"]
            held.append(f"a {kind} ({kind} {one_of_two['first']} or {kind} {one_of_two['second']})")
        elif kept:
            held.append(kept["held"])
        else:
            return None
    each = match["each"]
    return [f"{each} is for one {match['one']}", f"{each} has {', '.join(held)}"]


def predicates_in_pieces(sentence: str) -> str:
    """``a visit is for one farm, done by one vet, on a date, with a fee``: *each visit is for
    one farm; each visit is done by one vet; each visit is on a date; each visit has a fee*.
    Every piece must be a participle with its doer or place, a place or time, or *with* what
    it has; anything else (*is for one farm, the vet's, ...*) is left as said."""

    def plain(clause: str) -> list[str]:
        match = _TOLD_IN_PIECES.match(clause)
        if match is None:
            return _told_in_a_run(clause) or _acts_on_one_in_pieces(clause) or [clause]
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
