"""Asides around a list that name no record and no field, dropped so the list is read plainly:
*products are things like a can of coke or a twix, with a name, ...*; *a customer, which for
this only needs a name*; *a recommended spec, sometimes two if it is close, each with ...*;
*the date submitted and, later, the amount paid*; *any parts or materials bought for a job*;
*staff, which means us and our assistant, have ...*; *four sections (beavers, cubs, ...) and
each section has ...*; *the rewards on the board, a free bag of treats and that sort of thing,
each with ...*; *a category (we would say heaters, filters, ...)*.
"""

from __future__ import annotations

import re

_THINGS_LIKE_THEN_WITH = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+are\s+things\s+like\s+[^,;:()]+?,\s+with\s+"
    r"(?=(?:a|an|the|their)\s)"
)
"""*products are things like a can of coke or a twix, with a name, ...*: *products have ...*."""
_WHICH_FOR_THIS = re.compile(r"\bwhich\s+for\s+(?:this|us|our\s+purposes|now)\s+(?=[a-z])")
"""*a customer, which for this only needs a name and ...*: *which only needs ...*."""
_SOMETIMES_TWO = re.compile(r",\s+sometimes\s+(?:two|more|several)(?:\s+if\s+[^,;]+)?,")
"""*a recommended spec, sometimes two if it is close, each with ...*: how many, no field."""
_LATER = re.compile(r"(?<=\sand),\s+later,\s+")
"""*the date submitted and, later, the amount paid*: when it is known, no field."""
_ANY_ONES_OR_OTHERS = re.compile(
    r"\bany\s+(?P<ones>[a-z][\w\-]*s)\s+or\s+[a-z][\w\-]*s\b"
    r"(?=\s+(?:[a-z]+ed|bought|sold|made|taken|given|kept|found|got)\b)"
)
"""*any parts or materials bought for a job are logged with ...*: the parts, said in two words."""
_WHICH_MEANS = re.compile(r",\s+which\s+means\s+[^,;]+,(?=\s+(?:have|has|are|is|need|needs)\s)")
"""*staff, which means us and our assistant, have a name ...*: who they are is no record."""
_HOW_MANY_THEN_EXAMPLES = re.compile(
    r"(?P<many>\b(?:two|three|four|five|six|several)\s+[a-z][\w\-]*s)\s+(?:\([^()]+\)|-\s+"
    r"[^-;()]+?\s+-)"
    r"(?=,?\s+and\s+(?:each|every)\s)"
)
"""*our group runs four sections (beavers, cubs, ...) and each section has ...*: examples."""

_EXAMPLES_BEFORE_EACH_WITH = re.compile(
    r",\s+(?:a|an|the|some)\s+[^,;:()]*?\s+(?:and|or)\s+(?:that|the)\s+(?:sort|kind)\s+of\s+"
    r"(?:thing|stuff)(?=,\s+each\s+(?:with|has|have)\s)"
)
"""*the rewards on the board, a free bag of treats and that sort of thing, each with ...*: the
example is none of the rewards' list."""
_WITH_US = re.compile(
    r"(?<!\bseveral)(?<!\bmany)(?P<what>\s+[a-z][\w\-]*s?)\s+with\s+us"
    r"(?=\s*(?:[,;:.(]|$)|\s+(?:and|so|but|when|before|after)\s)"
)
"""*they sign a management agreement with us*, *restaurants have standing orders with us*: who
the other side is, the business itself, no field (but *several children with us* may be how
many they have of ours)."""
_HOW_MANY_BEFORE_THE_LIST = re.compile(
    r",\s+(?:one|two|three|four|five|six|\d+)\s+(?:a|an|per|each)\s+"
    r"(?:day|week|month|term|season|year)(?:\s+[^,;:()]+?)?(?=:)"
)
"""*instalments per tenancy, three a year on loan days: due date, ...*: how many, no field."""
_SET_UP_ONCE = re.compile(
    r"\b(?P<done>(?:are|is)\s+(?:set\s+up|added|entered|created))\s+(?:just\s+)?once(?=\s+with\s)"
)
"""*grades are set up once with a name, ...*: how often, no record named *once*."""
_LED_BY_ONE_HEAD = re.compile(
    r"\b(?P<by>(?:led|run|taught|managed|coached|supervised)\s+by\s+(?:one|a|an|the|its)\s+)"
    r"head\s+(?=[a-z]+(?:er|or|ist|ant|ent|ch|ain)s?\b)"
)
"""*each class is led by one head coach*: a coach, the one at the head, and no record *head*."""
_WE_HAVE_EXAMPLES_THEN_EACH = re.compile(
    r"^we\s+have\s+(?:got\s+)?(?:the|a|an|our|two|three|four|five|six)\s+[^;:()]+?,\s+and\s+"
    r"(?=each\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:has|have|needs|need|gets|get)\s)"
)
"""*we have the walk-in chiller, the display counter and a chest freezer, and each fridge unit
needs a name, ...*: the ones we have are examples of the record the list is for, no records."""
_WE_WOULD_SAY = re.compile(
    r"(?<=\()(?:we|i)\s+(?:would|might)\s+(?:probably\s+)?say\s+(?=[a-z0-9][^()]*,)"
)
"""*a category (we would say heaters, filters, lighting, pumps and other)*: the values, without
who chose them."""


def without_asides_around_a_list(sentence: str) -> str:
    """Each aside above but the last, dropped (or said plainly: *products have a name, ...*)."""
    sentence = _THINGS_LIKE_THEN_WITH.sub(r"\g<things> have ", sentence)
    sentence = _WHICH_FOR_THIS.sub("which ", sentence)
    sentence = _SOMETIMES_TWO.sub(",", _LATER.sub(" ", sentence))
    sentence = _WHICH_MEANS.sub("", _ANY_ONES_OR_OTHERS.sub(r"any \g<ones>", sentence))
    sentence = _WITH_US.sub(r"\g<what>", _HOW_MANY_BEFORE_THE_LIST.sub("", sentence))
    sentence = _WE_HAVE_EXAMPLES_THEN_EACH.sub("", _SET_UP_ONCE.sub(r"\g<done>", sentence))
    sentence = _LED_BY_ONE_HEAD.sub(r"\g<by>", _WE_WOULD_SAY.sub("", sentence))
    return _HOW_MANY_THEN_EXAMPLES.sub(r"\g<many>", sentence)


def without_examples_before_each_with(sentence: str) -> str:
    """``the rewards on the board, a free bag of treats and that sort of thing, each with ...``:
    *the rewards on the board, each with ...*."""
    return _EXAMPLES_BEFORE_EACH_WITH.sub("", sentence)
