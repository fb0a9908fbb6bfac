"""Field names told with words around them, put plainly: *home village on file* is the home
village, *the grease thickness before and after in microns* two readings, *engineer assigned*
in a list the assigned engineer (a link, when engineers are records).
"""

from __future__ import annotations

import re

_ON_FILE = re.compile(r"\s+on\s+file(?=\s*(?:[),;.]|$))")
"""*their name, phone and home village on file*: where it is kept, not part of its name."""
_BEFORE_AND_AFTER = re.compile(
    r"\bthe\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+before\s+and\s+after"
    r"(?P<unit>\s+in\s+[a-z]+)?(?=\s*(?:[,;.)]|and\b|$))"
)
"""*the grease thickness before and after in microns*: two readings, one before and one after."""
_ONE_ASSIGNED = re.compile(
    r"(?<=,\s)(?P<who>[a-z][\w\-]*)\s+(?P<done>assigned|allocated)(?=\s*(?:[,.;]|and\b|$))"
)
"""*van: reg, make, engineer assigned*: the assigned engineer."""


_A_FLOW_TOLD = re.compile(r"\b(?:status|moves|goes|through|steps|stages|then)\b")
"""Words of a flow, whose steps (*engineer assigned*) are states, not links."""


def _assigned_one(match: re.Match[str]) -> str:
    """*engineer assigned* → *assigned engineer* in a terse list after a header (*van: reg,
    ...*), not in a flow's steps."""
    text = match.string
    start = max(text.rfind(".", 0, match.start()), text.rfind(";", 0, match.start())) + 1
    ends = [i for i in (text.find(".", match.end()), text.find(";", match.end())) if i >= 0]
    told = text[start : min(ends, default=len(text))]
    if ":" not in told or _A_FLOW_TOLD.search(told):
        return match[0]
    return f"{match['done']} {match['who']}"


def field_asides(lowered: str) -> str:
    """``lowered`` with each field above named plainly."""
    lowered = _ONE_ASSIGNED.sub(_assigned_one, _ON_FILE.sub("", lowered))
    return _BEFORE_AND_AFTER.sub(
        lambda m: (
            f"the {m['what']} before{m['unit'] or ''} and the {m['what']} after{m['unit'] or ''}"
        ),
        lowered,
    )
