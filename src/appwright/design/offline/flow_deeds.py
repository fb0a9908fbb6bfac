"""Steps told by what the business's people do to a record in turn, or around a list.

*It starts as a draft, the cleaner submits it, a supervisor approves it or returns it for
correction, and payroll marks it paid*: each act leaves the record in a step (*submitted*,
*approved or returned*, *paid*), said as the steps the flow readers know (*it starts as draft,
then it is submitted, then approved or returned, and then paid*). So are *a status: booked,
then either postponed or taken, and a taken test ends up passed or failed*, *actions to put
right, each with ..., moving from open to ...* (the actions move) and, in a note's list,
*status submitted -> approved -> paid, or rejected*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, done_form, is_plural, singular

_STARTS_AS_THEN_DEEDS = re.compile(
    r"\bstarts?\s+(?:off\s+|out\s+)?as\s+(?:a\s+|an\s+)?(?P<first>[a-z][\w\-]*),\s+"
    r"(?P<deeds>[^;.]+)"
)

_DEED = re.compile(
    r"(?:and\s+)?(?:then\s+)?(?:(?:the|a|an|our)\s+)?(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?P<act>[a-z]+)\s+it(?:\s+(?P<said>[a-z][\w\-]*))?"
    r"(?:\s+or\s+(?P<other>[a-z]+)\s+it(?:\s+(?P<other_said>[a-z][\w\-]*))?)?"
    r"(?:\s+(?:for|to|with|once|when|after|on|at|by)\s+[^,]+)?"
)

_MARKING_VERBS = frozenset(["mark", "set", "flag", "record", "log", "put"])
_PARTICLES = frozenset(["off", "out", "up", "back", "in"])


def _step(act: str, said: str | None) -> str | None:
    """*marks it paid*: *paid*; *signs it off*: *signed off*; *submits it*: *submitted* (and
    *accounts mark it paid*, said of many)."""
    acts = act if act.endswith("s") else f"{act}s"
    if acts.removesuffix("s") in _MARKING_VERBS:
        return said if said and said not in _PARTICLES else None
    done = done_form(acts)
    if done is None or (said is not None and said not in _PARTICLES):
        return None
    return f"{done} {said}" if said else done


def _deed_steps(deed: str) -> str | None:
    """The step (or the two) one act leaves the record in; None when ``deed`` is no act on it."""
    match = _DEED.fullmatch(deed)
    if match is None:
        return None
    first = _step(match["act"], match["said"])
    if not match["other"]:
        return first
    other = _step(match["other"], match["other_said"])
    return f"{first} or {other}" if first and other else None


def one_acts_on_it_in_turn(lowered: str) -> str:
    """``it starts as a draft, the cleaner submits it, a supervisor approves it or returns it
    for correction, and payroll marks it paid``: *it starts as draft, then it is submitted, then
    approved or returned, and then paid*."""

    def steps(match: re.Match[str]) -> str:
        deeds = re.split(r",\s+", match["deeds"].strip())
        said = [_deed_steps(deed) for deed in deeds]
        if len(said) < 2 or not all(said):
            return match[0]
        then = ", then ".join(step for step in said[1:-1] if step)
        middle = f", then {then}" if then else ""
        return f"starts as {match['first']}, then it is {said[0]}{middle}, and then {said[-1]}"

    return _STARTS_AS_THEN_DEEDS.sub(steps, lowered)


_EACH_WITH_THEN_MOVING = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)(?:\s+to\s+[a-z]+(?:\s+(?:right|up|off|out))?)?"
    r"(?P<listed>,\s+each\s+with\s+[^;]+?),\s+(?:then\s+)?(?:moving|going|progressing)\s+"
    r"(?=(?:from|through)\s+[a-z])"
)


def each_with_then_moving(sentence: str) -> str:
    """``the inspector can leave us actions to put right, each with a description and a due
    date, moving from open to in hand to done``: *the inspector can leave us actions, each with
    ...; each action moves from ...*; what moves is what each has the list, and what it is for
    no field."""

    def moving(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(things):
            return match[0]
        return f"{things}{match['listed']}; each {singular(things)} moves "

    return _EACH_WITH_THEN_MOVING.sub(moving, sentence)


_THEN_EITHER = re.compile(r"(?<=,)\s+then\s+either\s+(?=[a-z][\w\-]*\s+or\s)")
_ONE_IN_THAT_STEP_ENDS_UP = re.compile(
    r"\b(?P<last>[a-z][\w\-]*),\s+and\s+(?:a|an|the|each|every)\s+(?P=last)\s+[a-z][\w\-]*\s+"
    r"(?:ends\s+up|ends|finishes|goes\s+on\s+to\s+be)\s+(?:as\s+)?(?=[a-z][\w\-]*\s+or\s)"
)


def one_in_that_step_ends_up(lowered: str) -> str:
    """``a status: booked, then either postponed or taken, and a taken test ends up passed or
    failed``: *a status: booked, then postponed or taken, then passed or failed*; where the
    ones in the last step end is the step after it."""
    lowered = _THEN_EITHER.sub(" then ", lowered)
    return _ONE_IN_THAT_STEP_ENDS_UP.sub(r"\g<last>, then ", lowered)


_ARROWS_THEN_OR = re.compile(
    r"(?P<chain>\bstatus\s+[a-z][\w\-]*(?:\s+->\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)+),?\s+or\s+"
    r"(?P<end>[a-z][\w\-]*)(?=\s*(?:[,;]|$))"
)


def arrows_then_or(sentence: str) -> str:
    """``status submitted -> approved -> paid, or rejected`` in a note's list: *status submitted
    -> approved -> paid (or rejected)*, the other end as the arrows' readers take it, and no
    yes/no item of the list."""
    return _ARROWS_THEN_OR.sub(r"\g<chain> (or \g<end>)", sentence)


_WITH_ONE_POSSIBLE = re.compile(
    r",\s+with\s+(?P<step>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:also\s+)?"
    r"(?:possible|allowed|always\s+possible)\s+(?:at|from)\s+any\s+(?:point|stage|time|step)\b"
)


def with_one_possible_at_any_point(sentence: str) -> str:
    """``a status that moves from sown to germinated to ready to plant, with failed possible at
    any point``: *..., or failed at any point*, the step any other can end in."""
    return _WITH_ONE_POSSIBLE.sub(r", or \g<step> at any point", sentence)
