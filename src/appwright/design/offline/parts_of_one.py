"""A record made at each part of another: *a bout has ... a number of rounds. After each round
every judge fills in a scorecard giving ...*: the scorecard is the bout's.

Owners count the parts of a record among its fields (*a number of rounds*, *a number of
legs*) and later tell what is made at each part (*after each round*, *at the end of every
leg*). The time phrase goes when the sentence is made plain, and with it the only word that ties
what is made to the record the parts are of; this pass says it as a clause of its own.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, plural

_MADE_AT_EACH_PART = re.compile(
    r"^(?:after|at\s+the\s+end\s+of|at|during|for)\s+(?:each|every)\s+(?P<part>[a-z][\w\-]*),?\s+"
    r"(?:each|every|the|a|an|our)\s+[a-z][\w\-]*\s+[a-z]+s\s+(?:(?:in|out|up)\s+)?(?:a|an)\s+"
    r"(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:giving|with|noting|recording|showing)\s"
)


def made_at_each_part(said: list[str]) -> list[str]:
    """``said`` with *...; each scorecard is for one bout* after a sentence that tells what is
    made at each part (*after each round every judge fills in a scorecard giving ...*) of the
    one record another sentence counts those parts on (*a bout has ... a number of rounds*)."""
    told: list[str] = []
    for sentence in said:
        match = _MADE_AT_EACH_PART.match(sentence)
        owner = _counted_on(match["part"], said) if match else None
        if match is None or owner is None or not can_be_noun(match["made"].split()[-1]):
            told.append(sentence)
            continue
        told.append(f"{sentence}; each {match['made']} is for one {owner}")
    return told


def _counted_on(part: str, said: list[str]) -> str | None:
    """The one record said to have *a number of* ``part``s (*a bout has a number of rounds*),
    or None when no record or several do."""
    counted = re.compile(
        r"\b(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*)\s+(?:has|have)\b[^.;]*?"
        rf"\bnumber\s+of\s+{re.escape(plural(part))}\b"
    )
    owners = sorted({m["owner"] for s in said for m in counted.finditer(s)})
    return owners[0] if len(owners) == 1 and owners[0] != part else None
