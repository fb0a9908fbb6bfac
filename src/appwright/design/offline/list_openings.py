"""Where a record's list opens, told in words the list readers do not know, said as they read
it (``lists_told_otherwise`` runs these after its own):

- *a plan is made up of lines: each line names a product, the quantity and ...*: the lines
  are told, then what each has, a clause of its own;
- *a recipe lists its ingredients, each with a baker's percentage and ...*: several of them,
  each with what the pairing has.
"""

from __future__ import annotations

import re

_THINGS_COLON_EACH_ONE_NAMES = re.compile(
    r"(?<=[a-z]s):\s+each\s+(?P<one>[a-z][\w\-]*)\s+(?:names|lists|gives|holds|shows|has)\s+"
    r"(?=(?:a|an|the|its|their|which|how|whether)\s)"
)
"""*..., and it is made up of lines: each line names a product, ...*: what each line has."""


_LISTS_ITS_THINGS_EACH_WITH = re.compile(
    r"\b(?P<verb>lists|uses|needs|takes)\s+(?:its|their)\s+(?=[a-z][\w\-]*s,\s+each\s+with\s)"
)
"""*a recipe lists its ingredients, each with ...*: several ingredients, each with a value of
the pairing."""


def list_openings(lowered: str) -> str:
    """Each rewrite above, on the whole lowered text."""
    lowered = _THINGS_COLON_EACH_ONE_NAMES.sub(r"; each \g<one> has ", lowered)
    return _LISTS_ITS_THINGS_EACH_WITH.sub(r"\g<verb> several ", lowered)
