"""Asides around a list that name no record and no field, dropped so the list is read plainly:
*products are things like a can of coke or a twix, with a name, ...*; *a customer, which for
this only needs a name*; *a recommended spec, sometimes two if it is close, each with ...*;
*the date submitted and, later, the amount paid*; *any parts or materials bought for a job*;
*staff, which means us and our assistant, have ...*; *four sections (beavers, cubs, ...) and
each section has ...*; *the rewards on the board, a free bag of treats and that sort of thing,
each with ...*.
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


def without_asides_around_a_list(sentence: str) -> str:
    """Each aside above but the last, dropped (or said plainly: *products have a name, ...*)."""
    sentence = _THINGS_LIKE_THEN_WITH.sub(r"\g<things> have ", sentence)
    sentence = _WHICH_FOR_THIS.sub("which ", sentence)
    sentence = _SOMETIMES_TWO.sub(",", _LATER.sub(" ", sentence))
    sentence = _WHICH_MEANS.sub("", _ANY_ONES_OR_OTHERS.sub(r"any \g<ones>", sentence))
    return _HOW_MANY_THEN_EXAMPLES.sub(r"\g<many>", sentence)


def without_examples_before_each_with(sentence: str) -> str:
    """``the rewards on the board, a free bag of treats and that sort of thing, each with ...``:
    *the rewards on the board, each with ...*."""
    return _EXAMPLES_BEFORE_EACH_WITH.sub("", sentence)
