"""A status's steps told as what happens to the record, each step a clause of its own.

*a status: it's placed, the supplier acknowledges it, then it's part delivered or delivered,
and now and then it gets cancelled* names the steps *placed*, *acknowledged*, *part
delivered*, *delivered* and *cancelled*; the readers of a status's list know the steps said
plainly, so each clause is written as the step it leaves the record in.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import done_form

_STATUS_LIST = re.compile(
    r"(?P<head>\b(?:a|the|its|their)\s+(?:status|state|stage)\s*:\s+)(?P<steps>[^;:]+)"
)
_NOW_AND_THEN = re.compile(
    r"(?P<and>,\s+and\s+)?\b(?:(?:the\s+)?now\s+and\s+then|every\s+so\s+often|once\s+in\s+a\s+while|"
    r"sometimes|occasionally),?\s+"
)
"""*..., and now and then it gets cancelled*: one step the record may go to instead."""
_THEN = re.compile(r"(?<=,)\s+then\s+")
_IT_IS = re.compile(
    r"\b(?:it|they)\s+(?:is|are|gets|get|becomes|become)\s+(?=[a-z])(?!(?:a|an|the|one)\s)"
)
_SOMEONE_DOES_IT = re.compile(
    r"\b(?:(?:the|a|an|our|their)\s+[a-z][\w\-]*|we|they)\s+(?P<act>[a-z]+)\s+(?:it|them)\b"
)


def status_told_in_clauses(sentence: str) -> str:
    """``an order has a status: it's placed, the supplier acknowledges it, then it's
    delivered, and now and then it gets cancelled``: *an order has a status: placed,
    acknowledged, delivered, or cancelled*."""
    told = _STATUS_LIST.search(sentence)
    if told is None:
        return sentence
    steps = told["steps"]
    plain = _IT_IS.sub("", _NOW_AND_THEN.sub(lambda m: ", or " if m["and"] else "", steps))

    def done(match: re.Match[str]) -> str:
        act = match["act"]
        # "the supplier acknowledges it": acknowledged; "we cancel it" is ours, the same
        acted = done_form(act) if act.endswith("s") else done_form(f"{act}s")
        return acted or match[0]

    plain = _THEN.sub(" ", _SOMEONE_DOES_IT.sub(done, plain))
    if plain == steps or not all(_is_a_step(step) for step in _STEPS.split(plain)):
        return sentence  # a step still said as a clause: no list of steps after all
    return f"{sentence[: told.start('steps')]}{plain}{sentence[told.end('steps') :]}"


_STEPS = re.compile(r",\s*(?:and\s+|or\s+)?(?:then\s+|finally\s+)?|\s+(?:or|and)\s+(?:then\s+)?")


def _is_a_step(step: str) -> bool:
    """*placed*, *part delivered*: a step's name, a word or two."""
    return 0 < len(step.split()) <= 2
