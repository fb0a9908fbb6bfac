"""Records told by who makes them, in a relative clause with no *that*.

*For every visit a crew makes we note the date, the silt depth, ...* names two records: the
visits, whose list it is, and the crews, one of whom makes each. The readers know *for each
visit we note ...* and *each visit is made by one crew*; this writes the sentence as those two.
``simplify`` runs it with the rest.
"""

from __future__ import annotations

import re

from appwright.design.offline.text import (
    FUNCTION_WORDS,
    is_plural,
    listed_as_noun,
    singular,
    verb_form,
    verb_lemma,
)

_FOR_EACH_ONE_MAKES = re.compile(
    r"^(?P<lead>for\s+(?:each|every)\s+(?P<thing>[a-z][\w\-]*))\s+"
    r"(?:(?:a|an|the)\s+|one\s+of\s+(?:our|the|my)\s+)(?P<who>[a-z][\w\-]*)\s+"
    r"(?P<acts>[a-z]+)(?:\s+(?:out|up|in|on))?,?\s+(?P<rest>(?:we|i)\s+[a-z]+\s+.+)$"
)


def for_each_one_makes(sentence: str) -> str:
    """``for every visit a crew makes we note the date, ...``: *for each visit we note the date,
    ...; each visit is made by one crew* (so too *for each job one of our plumbers attends, we
    log ...*, *for every delivery a driver does we record ...*)."""
    match = _FOR_EACH_ONE_MAKES.match(sentence.strip())
    if match is None:
        return sentence
    who, acts = match["who"], match["acts"]
    lemma = verb_lemma(acts)
    if lemma is None or lemma == acts or acts.endswith("ing"):
        return sentence  # "for every visit a crew note", no act said
    if who in FUNCTION_WORDS or not listed_as_noun(singular(who)):
        return sentence
    one = singular(who) if is_plural(who) else who
    done = verb_form(lemma, "VBN")
    rest = match["rest"].rstrip(" .")
    return f"{match['lead']} {rest}; each {match['thing']} is {done} by one {one}"
