"""Remarks on the circumstances around the records, dropped: what someone lacks (*just do not
have the time*), what an item is for (*an end date for when they cancel*), a rule the business
keeps (*each customer has to have their goods covered while ...*), and who happens to be on a
desk (*whoever is on the front desk sells the pass, so ...*). None names a record or a field.
"""

from __future__ import annotations

import re

_WHAT_THEY_LACK = re.compile(
    r"\s+(?:and|but)\s+(?:just\s+|simply\s+)?(?:do|does|did)\s+not\s+have\s+(?:the|a|an|any|"
    r"enough)\s+[a-z][\w\-]*(?=\s*(?:[,.;]|$))"
)


def without_what_they_lack(sentence: str) -> str:
    """``people want a jumper knitted for them and just do not have the time``: *people want a
    jumper knitted for them*; what someone lacks is nothing the app keeps."""
    return _WHAT_THEY_LACK.sub("", sentence)


_FOR_WHEN_IT_HAPPENS = re.compile(
    r"(?<=[a-z])\s+for\s+when\s+(?:they|it|we|he|she|someone|the\s+[a-z][\w\-]*)\s+"
    r"[a-z]+(?:\s+(?!and\b)[a-z][\w\-]*){0,3}?(?=\s*(?:[,;.]|$)|\s+and\s)"
)


def without_for_when(sentence: str) -> str:
    """``a start date and an end date for when they cancel``: *a start date and an end date*;
    what the item is for is no part of its name."""
    return _FOR_WHEN_IT_HAPPENS.sub("", sentence)


_MUST_HAVE_IT_DONE = re.compile(
    r"^(?:each|every|a|an|the|all)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:must|has\s+to|have\s+to|"
    r"needs\s+to|need\s+to)\s+have\s+(?:their|its|his|her)\s+[a-z][\w\-]*\s+[a-z]+ed\b"
)


def without_what_they_must_have_done(sentence: str) -> str:
    """``each customer has to have their goods covered while they are in storage, ..., so for
    each customer we want ...``: *for each customer we want ...*; a rule the business keeps,
    no field."""
    kept = []
    for statement in sentence.split("; "):
        if _MUST_HAVE_IT_DONE.match(statement) is None:
            kept.append(statement)
        elif ", so " in statement:
            kept.append(statement.split(", so ", 1)[1])  # what follows the rule is told as said
    return "; ".join(kept) if kept else sentence


_WHOEVER_IS_ON_IT_DOES_IT_SO = re.compile(
    r"^whoever\s+is\s+(?:on|at|behind|running)\s+(?:the\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"[a-z]+s\s+(?:the|a|an|each)\s+[a-z][\w\-]*,?\s+so\s+(?=[a-z])"
)


def without_whoever_is_on(sentence: str) -> str:
    """``whoever is on the front desk sells the pass, so each one is linked to the staff member
    who sold it``: *each one is linked to ...*; who happens to be on a desk is no record."""
    return _WHOEVER_IS_ON_IT_DOES_IT_SO.sub("", sentence)
