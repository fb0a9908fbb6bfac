"""Whether words open with a finite verb, the test every clause-cutting rewrite shares.

``belongs to a donor`` and ``is taken at a site`` open with a singular verb of their own (a
predicate), ``notes for staff`` does not; ``stays``, ``goes`` and the other verbs a record's
states follow need no object.
"""

from __future__ import annotations

from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import verb_lemma

AUXILIARY_VERBS = word_set("is has belongs gets can must may should will")


STATE_VERBS = word_set("stays remains becomes goes moves passes starts begins runs lasts")
"""Verbs a record's states follow with no object (*stays pending*)."""


OBJECT_OPENERS = word_set(
    "a an the its their one either each every whether some several many multiple various"
)


def finite_verb(tokens: list[str], *, with_object: bool = True) -> bool:
    """Whether ``tokens`` open with a singular verb (*is taken*, *goes pending*) and, where
    ``with_object``, its object (*lasts a*, *gives us their*): with no subject written, *and
    notes* is a noun."""
    if not tokens:
        return False
    if tokens[0] in AUXILIARY_VERBS or tokens[0] in STATE_VERBS:
        return True
    lemma = verb_lemma(tokens[0])
    # "gives us their name": whom to, then the object
    start = 2 if tokens[1:2] in (["us"], ["me"]) else 1
    return (
        lemma is not None
        and lemma != tokens[0]
        and tokens[0].endswith("s")
        and (not with_object or (len(tokens) > start and tokens[start] in OBJECT_OPENERS))
    )
