"""Asides on a flow that say when it is told or where else it ends, put plainly.

*On the day the visit goes from booked to arrived* says when, not what moves: the visit goes
from booked to arrived. *..., unless they never show, which makes it a no-show, or they ring to
cancel, which makes it cancelled* names the flow's other ends: *..., or no-show or cancelled*;
*from there it moves along: logged, ...* is what it moves through; *..., unless the patient
is withdrawn* another end, and *sometimes waiting on parts* a step. *..., split into payment
stages, each with ..., and a stage moves from due to ...*: the payment stage moves.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_name_records

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
    r"\b(?:from\s+there,?\s+)?(?P<it>it|they|(?:the|each|every|a|an)\s+[a-z][\w\-]*)(?:\s+itself)?"
    r"\s+(?:moves|move|goes|go)\s+along:\s+(?=[a-z])"
)
"""*from there it moves along: logged, engineer assigned, ...*, *the sale itself moves along:
planning, ...*: the steps it moves through."""


_AS_IT_COMES_IN = re.compile(
    r"\s+as\s+(?:the\s+)?[a-z]+\s+(?:comes|come|arrives|arrive)\s+in(?=\s+and\s+then\s|,\s+then\s)"
)
"""*it starts outstanding, becomes part paid as money comes in and then paid*: when, no step."""


_THEN_UNLESS_DONE = re.compile(
    r"(?P<before>\b(?:then|to)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}),\s+unless\s+"
    r"(?:the\s+[a-z][\w\-]*|they|it|he|she)\s+(?:is|are|gets|get)\s+"
    r"(?P<state>[a-z]+(?:ed|en|wn)(?:\s+(?:off|out|back))?)(?=\s*(?:[,;.]|$))"
)
"""*..., follow-up call done and then completed, unless the patient is withdrawn*: *..., or
withdrawn*, the flow's other end."""


_FROM_THROUGH_TO = re.compile(
    r"\bfrom\s+(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+through\s+"
    r"(?P<middle>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}(?:(?:,\s+|,?\s+and\s+)[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*){0,2}){0,4})\s+to\s+(?=[a-z])"
)
"""*it runs from reported through investigating and awaiting parts to fixed*: *from reported to
investigating to awaiting parts to fixed*."""


def _steps_through(match: re.Match[str]) -> str:
    steps = re.split(r",?\s+and\s+|,\s+", match["middle"])
    return f"from {match['first']} to {' to '.join(steps)} to "


_STARTS_AS_BEFORE_WE_MARK_IT = re.compile(
    r"\b(?P<starts>starts|start)\s+(?:out\s+|off\s+)?as\s+"
    r"(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"before\s+(?:we|they|someone|the\s+[a-z][\w\-]*)\s+(?:mark|marks|set|sets|move|moves)\s+it\s+"
    r"(?:as\s+)?(?=[a-z])"
)
"""*it starts as offered before we mark it accepted, part accepted or declined*: *it starts as
offered and then becomes accepted, ...*."""


_UNLESS_IT_ENDS_UP_ONE_OR_OTHER = re.compile(
    r",\s+unless\s+(?P<it>it|they)\s+(?P<ends>ends?\s+up)\s+(?=[a-z][\w\- ]*?\s+or\s+[a-z])"
)
"""*..., booked to confirmed to attended, unless it ends up cancelled or did not attend*: two
more ends, *or it ends up cancelled or did not attend*."""


_ITS_STATUS_RUNS = re.compile(
    r"\b(?P<head>(?:the|a|an|each)\s+[a-z][\w\-]*\s+(?:status|stage|state))\s+(?:goes|runs)\s+"
    r"(?!(?:from|through|as|to|in|on|at|like)\b)(?=[a-z][\w\- ]*,)"
)
"""*the job status runs booked, on the way, in progress, done, or cancelled*: the steps it moves
through, and nobody who runs."""


_SOMETIMES_A_STEP = re.compile(
    r",\s+(?:sometimes|occasionally|possibly|maybe)\s+(?P<step>[a-z][\w\- ]*?),\s+(?=then\s)"
)
"""*it goes logged, booked, sometimes waiting on parts, then fixed*: a step all the same."""


_AND_ONE_MOVES = re.compile(
    r",\s+and\s+(?:a|an|the|each|every)\s+(?P<head>[a-z][\w\-]*)\s+"
    r"(?=(?:moves|goes|runs|passes|starts)\s+(?:from|through|as)\s)"
)


def _named_in_full(lowered: str) -> str:
    """``..., split into payment stages, each with ..., and a stage moves from ...``: *..., and
    a payment stage's status moves from ...*; the head of a name said just before is that
    record (and *a payment stage moves* would be a payment's stage)."""
    for match in reversed(list(_AND_ONE_MOVES.finditer(lowered))):
        start = lowered.rfind(".", 0, match.start()) + 1
        head = match["head"]
        named = {
            said["mod"]
            for said in re.finditer(
                rf"\b(?P<mod>[a-z][\w\-]*)\s+{head}s?\b", lowered[start : match.start()]
            )
            if said["mod"] not in FUNCTION_WORDS and can_name_records(said["mod"])
        }
        if len(named) == 1:
            at, end = match.start("head"), match.end("head")
            lowered = f"{lowered[:at]}{named.pop()} {head}'s status{lowered[end:]}"
    return lowered


def flow_asides(lowered: str) -> str:
    """``lowered`` with each aside above put the plain way."""
    lowered = _named_in_full(lowered)
    lowered = _IT_MOVES_ALONG.sub(r"\g<it> moves through ", lowered)
    lowered = _AS_IT_COMES_IN.sub("", lowered)
    lowered = _ITS_STATUS_RUNS.sub(r"\g<head> moves through ", lowered)
    lowered = _FROM_THROUGH_TO.sub(_steps_through, lowered)
    lowered = _STARTS_AS_BEFORE_WE_MARK_IT.sub(
        r"\g<starts> as \g<first> and then becomes ", lowered
    )
    lowered = _UNLESS_IT_ENDS_UP_ONE_OR_OTHER.sub(r", or \g<it> \g<ends> ", lowered)
    lowered = _THEN_UNLESS_DONE.sub(r"\g<before>, or \g<state>", lowered)
    lowered = _SOMETIMES_A_STEP.sub(r", \g<step>, ", lowered)
    lowered = _ON_THE_DAY_IT_GOES.sub("", lowered)
    return _UNLESS_WHICH_MAKES_IT.sub(
        lambda m: f", or {m['one']}" + (f" or {m['other']}" if m["other"] else ""), lowered
    )
