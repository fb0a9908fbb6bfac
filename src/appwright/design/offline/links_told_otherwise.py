"""Whom a record is linked to, told in words the link readers do not know, said as they read
it.

Each rewrite reads one way owners tell it, in any domain:

- *props, each with a name and a type and sitting in a particular room*: the room it is in,
  an item of the list (a link, not a text);
- *raises a request against one of their containers with ...*: against a container;
- *each game is one team playing one of our rooms on a given date*: one team and one room;
- *a shift puts one game master in charge of one room on a date*: the shift is for one game
  master in one room;
- *each pick comes from one block and one grape variety*: it belongs to one of each;
- *audits, each for one farm and carried out by one of our vets, with ...*: by one vet, the
  list the audit's;
- *when one of our vets checks a ram we write down ...*: *when a vet checks a ram*, the act
  whose list it is.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.word_forms import is_plural, singular, with_article

_SITTING_IN_ONE = re.compile(
    r"(?<=[a-z]) and\s+(?:sitting|kept|stored|located|living|standing|based|hanging)\s+in\s+"
    r"(?:a|an|one)\s+(?:particular\s+|given\s+|specific\s+|set\s+)?(?P<place>[a-z][\w\-]*)"
    r"(?=\s*[,;.]|$)"
)
"""*each with a name and a type and sitting in a particular room*: *and the room it is in*,
the item that links each to one room."""


_WHEN_ONE_OF_OURS_DOES = re.compile(
    r"\b(?P<when>when|whenever|each\s+time|every\s+time|once)\s+one\s+of\s+(?:our|the|my|their)\s+"
    r"(?P<people>[a-z][\w\-]*s)\s+(?=[a-z]+s\s+(?:a|an|the|one|their|its)\s[^,;.]*?,?\s+(?:we|i)\s+"
    r"(?:write\s+down|record|note|log|take|jot\s+down)\s+(?:the|their|its|how|what|whether)\s)"
)
"""*when one of our vets checks a ram we write down the date, ...*: *when a vet checks a ram*,
the check's list (not *..., we log a drop against the request*, a record of its own)."""


def _when_one_of_ours_does(match: re.Match[str]) -> str:
    if not is_plural(match["people"]):
        return match[0]
    return f"{match['when']} {with_article(singular(match['people']))} "


_AGAINST_ONE_OF_THEIRS = re.compile(
    r"\b(?P<against>against|for|on)\s+one\s+of\s+(?:their|our|its|his|her)\s+"
    r"(?P<things>[a-z][\w\-]*s)(?=\s+with\s)"
)
"""*raises a retrieval request against one of their containers with ...*: *against a
container with ...*, the request's list."""


_ONE_DOING_ONE_OF_OURS = re.compile(
    r"\b(?P<lead>(?:is|are)\s+one\s+[a-z][\w\-]*\s+[a-z]+ing\s+)one\s+of\s+(?:our|the|their|its)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b"
)
"""*each game is one team playing one of our rooms on a given date*: *one team playing one
room*, the game's two links."""


_PUTS_ONE_IN_CHARGE_OF_ONE = re.compile(
    r"\b(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+puts\s+(?:one|a|an)\s+"
    r"(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:in\s+charge\s+of|on|in|"
    r"at(?=\s+(?:one|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+on\s))\s+(?:one|a|an)\s+"
    r"(?=[a-z])"
)
"""*a shift puts one game master in charge of one room on a date*: *each shift is for one game
master in one room on a date*, and so is *at one lock on a date* (*puts one guard at one venue
from a start time* is read as it is)."""


_COMES_FROM_ONE_AND_ONE = re.compile(
    r"\b(?P<verb>comes|come)\s+from\s+(?=one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+and\s+one\s)"
)
"""*each pick comes from one block and one grape variety*: it belongs to one of each."""


_BY_ONE_OF_OURS = re.compile(
    r"\b(?P<by>by)\s+one\s+of\s+(?:our|the|their|its)\s+(?P<things>[a-z][\w\-]*s)(?=,\s+with\s)"
)
"""*audits, each for one farm and carried out by one of our vets, with the audit date*: by one
vet, and the list after it the audit's."""


def links_told_otherwise(lowered: str) -> str:
    """Each rewrite above, on the whole lowered text."""
    lowered = _SITTING_IN_ONE.sub(r" and the \g<place> it is in", lowered)
    lowered = _ONE_DOING_ONE_OF_OURS.sub(
        lambda m: f"{m['lead']}one {singular(m['things'])}" if is_plural(m["things"]) else m[0],
        lowered,
    )
    lowered = _PUTS_ONE_IN_CHARGE_OF_ONE.sub(
        # "a manager puts a fitter on a job": someone's act, no record of it
        lambda m: (
            m[0]
            if names_a_doer(m["record"])
            else f"each {m['record']} is for one {m['who']} in one "
        ),
        lowered,
    )
    lowered = _COMES_FROM_ONE_AND_ONE.sub(
        lambda m: "belongs to " if m["verb"] == "comes" else "belong to ", lowered
    )
    lowered = _BY_ONE_OF_OURS.sub(
        lambda m: f"{m['by']} one {singular(m['things'])}" if is_plural(m["things"]) else m[0],
        lowered,
    )
    lowered = _AGAINST_ONE_OF_THEIRS.sub(
        lambda m: f"{m['against']} {with_article(singular(m['things']))}", lowered
    )
    return _WHEN_ONE_OF_OURS_DOES.sub(_when_one_of_ours_does, lowered)
