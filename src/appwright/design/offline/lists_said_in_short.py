"""Lists said in short or in passing, written the way the readers of a list know: *each
customer has a name ..., and each refurbished phone a model, ...* (the *has* said once for
both); *we add damage charges to the check, each one a description and an amount* (each with);
*a list of the mash recipes we make up, each with ...*; *each animal gets a feeding plan saying
which recipe, ...*; *grants carry outcomes we committed to, each with ...*; *every driving
licence they've held with its ...*.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from appwright.design.offline.word_forms import (
    is_plural,
    phrase_can_name_records,
)

_WORD = r"[a-z][\w\-]*"

_EACH_THEY_HAVE_HAD_WITH = re.compile(
    rf"\b(?P<each>(?:each|every|all)\s+{_WORD}(?:\s+{_WORD})?)\s+(?:that\s+|which\s+)?"
    r"(?:they|he|she|we)(?:\s+have|\s+has|'ve)?\s+(?:held|had|owned|used|taken|passed|done)\s+"
    r"(?=with\s+(?:its|their|the|a|an)\s)"
)
"""*for each chauffeur we keep every driving licence they've held with its licence number*: which
licences they are, said in passing before the list."""

_AND_EACH_OTHER_A_LIST = re.compile(
    rf"(?P<lead>(?:(?<=^)|(?<=[.;]\s)|(?<=\n))each\s+{_WORD}(?:\s+{_WORD})?\s+has\s+[^.;]*?),\s+"
    rf"and\s+each\s+(?P<other>{_WORD}(?:\s+{_WORD})?)\s+(?=(?:a|an)\s+[^.;]*(?:,|\s+and\s))"
)
"""*each customer has a name and a mobile number, and each refurbished phone a model, colour,
...*: the *has* said once for both."""

_TIMES = ("day", "week", "month", "year", "night", "morning", "evening", "time", "season")


def _and_each_other(match: re.Match[str]) -> str:
    other = match["other"]
    # "each contract ties a client to ...": a plural after *each* is a verb, not the other record
    if other.split()[-1] in _TIMES or is_plural(other.split()[-1]):
        return match[0]
    if not phrase_can_name_records(other):
        return match[0]
    return f"{match['lead']}; each {other} has "


_ONES_WE_DID_EACH_WITH = re.compile(
    rf"\b(?P<things>{_WORD}s)\s+(?:(?:that|which)\s+)?(?:we\s+(?:[a-z]+ed|made|set|agreed|"
    rf"promised)(?:\s+(?:to|on|for|with))?|due\s+to\s+(?:the|a|an)\s+{_WORD})(?=,\s+each\s+with\b)"
)
"""*grants carry outcomes we committed to, each with ...*, *progress reports due to the funder,
each with ...*: the things, each with their list (what they are said as in passing)."""

_ADDED_TO_IT_EACH_ONE_A = re.compile(
    rf"(?P<lead>\b{_WORD}s\s+(?:to|on|onto|against|under)\s+(?:the|its|their|that|each)\s+{_WORD}),"
    r"\s+each\s+one\s+(?=(?:a|an)\s+[^,;.()]+?(?:,|\s+and\s+(?:a|an|the|its)\s))"
)
"""*we add damage charges to the check, each one a description and an amount*: each with them
(*each one a ...* after the plural itself is read in ``normalize``)."""

_LIST_OF_THE_ONES_WE_MAKE = re.compile(
    rf"(?P<list>\ba\s+list\s+of\s+(?:the\s+|all\s+(?:the\s+)?|our\s+)?{_WORD}(?:\s+{_WORD})?s)\s+"
    r"(?:that\s+)?we\s+(?:make(?:\s+up)?|keep|use|sell|stock|offer|have|run|do|hire\s+out)"
    r"(?=\s*,\s+each\s+with\b)"
)
"""*a list of the mash recipes we make up, each with ...*: the recipes, each with them."""

_GETS_ONE_SAYING = re.compile(
    rf"\b(?P<gets>(?:gets|has|have|is\s+given)\s+(?:a|an)\s+{_WORD}(?:\s+{_WORD})?)\s+"
    r"(?:saying|showing)\s+"
    rf"(?:which\s+(?P<which>{_WORD})(?=,|\s+and\s))?"
)
"""*each animal on mash gets a feeding plan saying which recipe, how many scoops ...*: a plan
with the recipe, how many scoops ..."""


def _saying(match: re.Match[str]) -> str:
    return f"{match['gets']} with {'the ' + match['which'] if match['which'] else ''}"


_IN_TURN: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (_EACH_THEY_HAVE_HAD_WITH, r"\g<each> "),
    (_AND_EACH_OTHER_A_LIST, _and_each_other),
    (_ONES_WE_DID_EACH_WITH, r"\g<things>"),
    (_ADDED_TO_IT_EACH_ONE_A, r"\g<lead>, each with "),
    (_LIST_OF_THE_ONES_WE_MAKE, r"\g<list>"),
    (_GETS_ONE_SAYING, _saying),
)
"""Each way of saying it, and how it is written plainly, in the order they are read."""


def lists_in_short(lowered: str) -> str:
    """``lowered`` with each of these lists said the way the readers of a list know."""
    for pattern, plainly in _IN_TURN:
        lowered = pattern.sub(plainly, lowered)
    return lowered
