"""Steps of a record said loosely, told as the plain *goes from ... to ..., then ...*.

- *a quote starts as a draft, gets sent, and then it's either accepted, declined or it just
  expires if we hear nothing back*: draft, sent, then accepted, declined or expired;
- *a claim goes from submitted to approved or rejected, and the approved ones then get marked
  as paid*: ..., then paid; *the approved ones* name a step, not a value.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import done_form

_STEP = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_STARTS_THEN_EITHER = re.compile(
    rf"^(?P<subject>(?:a|an|each|every|the)\s+{NOUN_PATTERN}?)\s+starts\s+(?:off\s+)?(?:as|at)\s+"
    rf"(?:a\s+|an\s+)?(?P<first>{_STEP}),\s+(?:gets|is|becomes|goes|turns)\s+(?:to\s+)?"
    rf"(?P<second>{_STEP}),?\s+and\s+then\s+(?:it\s+is|it's)\s+either\s+(?P<last>[a-z][^;]*?)"
    r"(?:\s+if\s+[^;]*)?$"
)
_OR_IT_JUST_DOES = re.compile(r"\bor\s+it\s+(?:just\s+|simply\s+)?(?P<verb>[a-z]+s)$")


@statement_by_statement
def starts_then_either(sentence: str) -> str:
    """``a quote starts as a draft, gets sent, and then it's either accepted, declined or it
    just expires if we hear nothing back``: *a quote goes from draft to sent, then either
    accepted, declined or expired*."""
    match = _STARTS_THEN_EITHER.match(sentence)
    if match is None:
        return sentence
    last = _OR_IT_JUST_DOES.sub(
        lambda found: f"or {done_form(found['verb']) or found['verb']}", match["last"]
    )
    return f"{match['subject']} goes from {match['first']} to {match['second']}, then either {last}"


_THE_ONES_THEN_MARKED = re.compile(
    r",?\s+and\s+the\s+(?P<step>[a-z]+)\s+ones\s+(?:then\s+)?(?:get|are|go)\s+(?:marked\s+|"
    r"moved\s+)?"
    r"(?:as\s+|to\s+)(?P<next>[a-z]+)$"
)


@statement_by_statement
def the_ones_then_marked(sentence: str) -> str:
    """``a claim goes from submitted to approved or rejected, and the approved ones then get
    marked as paid``: *a claim goes from submitted to approved or rejected, then paid*."""
    if not re.search(r"\bgoes\s+from\s", sentence):
        return sentence
    return _THE_ONES_THEN_MARKED.sub(lambda match: f", then {match['next']}", sentence)


_IF_SO_IT_GOES_TO = re.compile(
    r"^(?:if|when|once|should)\s+[^;]+?\s+it\s+(?:goes|moves|is\s+moved|becomes|turns)\s+"
    r"(?:to\s+|into\s+)?(?P<step>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)

_STEPS_SAID = re.compile(r"\b(?:goes|moves)\s+from\s|\b(?:starts|begins)\s+(?:off\s+)?(?:as|at)\s")


def if_so_it_goes_to(sentence: str) -> str:
    """``each loan goes from booked to out to returned; if the due date passes first it goes to
    overdue``: *each loan goes from booked to out to returned, or goes to overdue*; a step
    reached on a condition is one more of the record's steps."""
    parts = [part.strip() for part in sentence.split(";")]
    for index in range(1, len(parts)):
        step = _IF_SO_IT_GOES_TO.match(parts[index])
        if step and _STEPS_SAID.search(parts[index - 1]):
            parts[index - 1] = f"{parts[index - 1]}, or goes to {step['step']}"
            parts[index] = ""
    return "; ".join(part for part in parts if part)
