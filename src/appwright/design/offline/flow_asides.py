"""Asides on a flow that say when it is told or where else it ends, put plainly.

*On the day the visit goes from booked to arrived* says when, not what moves: the visit goes
from booked to arrived. *..., unless they never show, which makes it a no-show, or they ring to
cancel, which makes it cancelled* names the flow's other ends: *..., or no-show or cancelled*;
*from there it moves along: logged, ...* is what it moves through.
"""

from __future__ import annotations

import re

_ON_THE_DAY_IT_GOES = re.compile(
    r"\bon\s+the\s+(?:day|night|morning|evening)\s*,?\s+"
    r"(?=(?:the|each|every|a|an)\s+[a-z][\w\-]*\s+(?:goes|moves|passes|runs|starts)\s)"
)
"""*on the day the visit goes from booked to arrived*: when, not what moves."""


_UNLESS_WHICH_MAKES_IT = re.compile(
    r",\s+unless\s+[^,;.]+?,\s+which\s+makes\s+(?:it|them)\s+(?:an?\s+)?(?P<one>[a-z][\w\-]*)"
    r"(?:,?\s+or\s+[^,;.]+?,\s+which\s+makes\s+(?:it|them)\s+(?:an?\s+)?(?P<other>[a-z][\w\-]*))?"
)
"""*..., unless they never show, which makes it a no-show, or they ring to cancel, which makes it
cancelled*: the other ends of the flow, *or no-show or cancelled*."""


_IT_MOVES_ALONG = re.compile(
    r"\b(?:from\s+there,?\s+)?(?P<it>it|they)\s+(?:moves|move|goes|go)\s+along:\s+(?=[a-z])"
)
"""*from there it moves along: logged, engineer assigned, ...*: the steps it moves through."""


def flow_asides(lowered: str) -> str:
    """``lowered`` with each aside above put the plain way."""
    lowered = _IT_MOVES_ALONG.sub(r"\g<it> moves through ", lowered)
    lowered = _ON_THE_DAY_IT_GOES.sub("", lowered)
    return _UNLESS_WHICH_MAKES_IT.sub(
        lambda m: f", or {m['one']}" + (f" or {m['other']}" if m["other"] else ""), lowered
    )
