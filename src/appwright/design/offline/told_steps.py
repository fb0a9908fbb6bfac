"""Steps told one after another without *then*, put in order before a flow is read.

*a sign-up starts as requested, i confirm it, and after the day it's marked attended*: *...,
then i confirm it, then it's marked attended*; *an application is logged first, goes under
review, ...* starts as logged; *..., or ends up cancelled* is the other last step.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import is_past_participle

_TOLD_WITHOUT_THEN = re.compile(
    # "..., i confirm it, ...": an act on it, the next step
    r",\s+(?=(?:i|we)\s+[a-z]+\s+(?:it|them)\b)"
    # "..., and after the day it's marked attended": a later step, said with when
    r"|,\s+and\s+(?:after|once|when|on)\s+[^,]+?\s+(?=(?:it|they)(?:'s|\s+is|\s+are|\s+gets?)\s+"
    r"(?:marked|set|made|put)\b)"
    # "..., becomes paid, and ends up either played or no-show", "..., and it ends up granted,
    # refused or withdrawn": the last step, one of several
    r"|,?\s+and\s+(?:(?:it|they)\s+)?(?:ends|end)\s+up\s+(?:as\s+)?(?:either\s+)?(?=[a-z])"
    # "..., and when the paperwork comes back it ends up fit or unfit": the last step, told
    # with what brings it
    r"|,?\s+and\s+(?:after|once|when)\s+[^,]+?\s+(?=(?:it|they)\s+(?:ends?|winds?)\s+up\b)"
)
_OR_ENDS_UP = re.compile(r",?\s+or\s+(?:ends|end)\s+up\s+(?!as\b|a\b|an\b)(?=[a-z])")
"""*starts off pencilled, gets confirmed, or ends up cancelled*: the other last step, as *or gets
cancelled* tells it (*or it ends up as a no-show* is read where the flow's text is)."""
_SOMEONE_ACTS_ON_IT = re.compile(
    r",\s+(?:then\s+)?(?P<who>the\s+[a-z]+|they)\s+(?:then\s+)?"
    r"(?P<acts>[a-z]+s(?:\s+or\s+[a-z]+s)?)\s+(?P<it>it|them)\b"
)
"""*..., the parent then accepts or declines it*: someone's act on it, the next step."""
_THE_ONES_CAN_BE = re.compile(
    r",\s+and\s+(?:an?|the)\s+[a-z]+\s+[a-z]+\s+can\s+(?:still\s+|then\s+|also\s+)?be\s+(?=[a-z])"
)
"""*..., and an accepted offer can still be withdrawn later*: one more step, said of the ones in
the state before it."""
_BEGUN_AS = re.compile(
    # "starts off booked, then ...": the first state with no *as*
    r"\b(?:starts?|begins?)\s+(?:(?:out|off)\s+(?:as\s+)?(?=[a-z]+,\s)|(?:(?:out|off)\s+)?as\s)"
)


_REMARK = re.compile(r",\s*(?:and\s+)?(?:which|because|since|so\s+that)\s")
"""What the owner says of the last state (*, which is the one that matters*), no state of its
own; *unless it gets cancelled* is one more, read as told."""


_DONE_FIRST = re.compile(
    r"\b(?P<be>is|gets|are|get)\s+(?P<first>[a-z]+ed)\s+(?:first|initially|at\s+first),\s+"
    r"(?=(?:then\s+)?(?:goes|go|moves?|is|are|gets?)\s)"
)
"""*an application is logged first, goes under review, and is then accepted or refused*: the
first state told as done, the flow told as *starts as logged, then ...*."""


def as_told_steps(clause: str) -> str:
    """``a sign-up starts as requested, i confirm it, and after the day it's marked attended``:
    *..., then i confirm it, then it's marked attended*; the steps told one after another
    without *then*."""
    done_first = _DONE_FIRST.search(clause)
    if done_first is not None and is_past_participle(done_first["first"]):
        starts = "starts" if done_first["be"] in ("is", "gets") else "start"
        clause = (
            f"{clause[: done_first.start()]}{starts} as {done_first['first']}, then "
            f"{clause[done_first.end() :]}"
        )
    begun = _BEGUN_AS.search(clause)
    if begun is None:
        return clause
    end = clause.find(";", begun.end())
    end = len(clause) if end < 0 else end
    told = _SOMEONE_ACTS_ON_IT.sub(r", then \g<who> \g<acts> \g<it>", clause[begun.end() : end])
    told = _THE_ONES_CAN_BE.sub(", then it can be ", told)
    told = re.sub(r"(?<=can be )([a-z]+)\s+(?:later|afterwards|too|as\s+well)\b", r"\1", told)
    told = _OR_ENDS_UP.sub(", or gets ", told)
    told = _TOLD_WITHOUT_THEN.sub(", then ", told)
    # "..., or unfit, which is the one that matters because ...": a remark, no more states
    told = _REMARK.split(told, maxsplit=1)[0]
    return clause[: begun.end()] + told + clause[end:]
