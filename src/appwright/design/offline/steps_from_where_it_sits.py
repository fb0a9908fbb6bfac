"""Steps told from where a record sits first, then as what it does:

- *invoices sit at unpaid, move to part paid and then paid, or become overdue once the due date
  has gone by*;
- *an item's status starts as in service, goes to quarantined when someone flags a problem, and
  from there either goes back into service or is retired*;
- *vouchers start as issued and are either redeemed or expire unused*;
- *..., and the request stays pending until it is approved or declined*;
- *a piece has a title ...; it starts out available, can be reserved, and is then sold*.

Each is said plainly as *each invoice goes from unpaid to part paid to paid or overdue*; a step
back to one already told is no new state, and when a step is taken is no part of it.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import (
    can_name_records,
    is_past_participle,
    singular,
    verb_form,
    verb_lemma,
)

_STATE = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?"

_SITS_FIRST_AT = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<record>[a-z][\w\-]*?)(?:'s\s+status)?\s+"
    r"(?:starts?|begins?|sits?)\s+(?:(?:off|out)\s+(?:as\s+)?|(?:as|at|on)\s+)"
    rf"(?P<first>{_STATE})(?P<tail>(?:,\s+|\s+and\s+).+)$"
)
_STAYS_UNTIL_DONE = re.compile(
    r"\b(?:the|each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:stays|remains|sits|is)\s+"
    r"(?:as\s+|at\s+|on\s+)?(?P<first>[a-z][\w\-]*)\s+until\s+(?:it|they)\s+(?:is|are|gets?)\s+"
    r"(?P<done>[a-z]+ed)(?:\s+or\s+(?P<other>[a-z]+ed))?(?=\s*(?:[,;.]|$))"
)
_CLAUSES = re.compile(r",\s+|\s+(?=(?:and|or)\s)")
_WHEN_TAKEN = re.compile(r"\s+(?:when|once|if|after|as\s+soon\s+as|before|because)\s.*$")
_FILLERS = re.compile(r"\b(?:either|then|from\s+there|finally|eventually|later)\s+")
_BACK = re.compile(r"^(?:goes|go|moves|move|comes|come)\s+back\s+(?:in)?to\b")
_STEP = re.compile(
    r"^(?:(?P<verb>goes|go|moves|move|becomes|become|turns|turn|is|are|gets|get|ends\s+up|end\s+up"
    r"|can\s+be)"
    r"\s+)?(?:(?:on\s+)?(?:to|into|as)\s+)?(?P<state>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})$"
)
_NO_STATE = word_set(
    "a an the it its their them one done there noon midday midnight dawn dusk two three four five "
    "six seven eight nine ten eleven twelve"
)
"""Words no state starts with: *classes start at nine* tells a time."""


def _state(said: str, acted: bool = True) -> str | None:
    """The state a step names: *part paid* as said; a step said as an act of its own, not
    *goes to* one, is what the act leaves (*or expire unused* is expired)."""
    first, *rest = said.split()
    if first in _NO_STATE or first.isdigit():
        return None
    if not acted and verb_lemma(first) == first and not is_past_participle(first) and rest:
        return verb_form(first, "VBN")
    return said


def _steps(tail: str) -> list[tuple[bool, str]] | None:
    """Each step of ``tail`` as (whether it is another way, the state), or None when a clause
    names no step."""
    steps: list[tuple[bool, str]] = []
    for clause in _CLAUSES.split(tail.strip(" ,")):
        clause = _WHEN_TAKEN.sub("", clause.strip())
        other = clause.startswith("or ")
        lead = re.match(r"^(?:and|or)\s+", clause)
        clause = _FILLERS.sub("", clause[lead.end() if lead else 0 :]).strip()
        if not clause or _BACK.match(clause):
            continue
        step = _STEP.match(clause)
        state = _state(step["state"], step["verb"] is not None) if step else None
        if step is None or state is None or (step["verb"] is None and not steps):
            return None
        steps.append((other, state))
    return steps


def _goes_from(record: str, first: str, steps: list[tuple[bool, str]]) -> str:
    said = f"each {record} goes from {first}"
    for other, state in steps:
        said += f" or {state}" if other else f" to {state}"
    return said


def steps_from_where_it_sits(sentence: str) -> str:
    """``invoices sit at unpaid, move to part paid and then paid, or become overdue ...``:
    *each invoice goes from unpaid to part paid to paid or overdue*; ``the request stays
    pending until it is approved or declined``: *each swap request goes from pending to approved
    or declined* (the record as named before in the sentence)."""
    sentence = _its_steps_after_its_list(per_statement(sentence, _sits_first_at))
    match = _STAYS_UNTIL_DONE.search(sentence)
    if match is None:
        return sentence
    record = match["record"]
    named = re.findall(rf"\b(?:a|an|the)\s+([a-z][\w\-]*\s+{record})\b", sentence[: match.start()])
    if named and can_name_records(named[-1].split()[0]):
        record = named[-1]
    ends = " or ".join(filter(None, (match["done"], match["other"])))
    said = f"each {record} goes from {match['first']} to {ends}"
    return f"{sentence[: match.start()]}{said}{sentence[match.end() :]}"


def _sits_first_at(statement: str) -> str:
    match = _SITS_FIRST_AT.match(statement)
    if match is None:
        return statement
    record, first = singular(match["record"]), _state(match["first"])
    steps = _steps(match["tail"])
    if not steps or first is None or record == "status" or not can_name_records(record):
        return statement
    return _goes_from(record, first, steps)


_ONE_HAS = re.compile(r"^(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:has|is|holds)\s")


def _its_steps_after_its_list(sentence: str) -> str:
    """``a piece has a title ...; it starts out available, can be reserved, and is then sold``:
    *...; each piece goes from available to reserved to sold*; *it* is the record told
    before the semicolon."""
    statements = [part.strip() for part in sentence.split(";")]
    for at in range(1, len(statements)):
        told = _ONE_HAS.match(statements[at - 1])
        if told is None or not statements[at].startswith("it "):
            continue
        said = _sits_first_at(f"the {told['record']} {statements[at][3:]}")
        if said.startswith("each "):
            statements[at] = said
    return "; ".join(statements)
