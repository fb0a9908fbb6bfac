"""Lists set off by dashes, written as the bracketed lists they are.

*each quote lists the windows we measured - room, width and height in millimetres - plus a
total price*: the words between the dashes are what is kept about the windows, as *the windows
(room, width, height)* says it. A clause between dashes (*members - we keep their name - ...*)
is left to the clause readers, which split at the dashes, and so is a list with brackets of its
own, which brackets around it would hide from the list readers. `simplify` runs this in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.text import is_clause, split_list

_DASHED = re.compile(
    r"\s[-\u2013\u2014]\s(?P<inner>[^\-\u2013\u2014()]+?)\s[-\u2013\u2014]\s"
    r"(?P<after>plus\s+)?"
)


def dashed_list_as_brackets(sentence: str) -> str:
    """``the windows we measured - room, width and height - plus a total price``: *the windows
    we measured (room, width and height) and a total price*."""

    def bracketed(match: re.Match[str]) -> str:
        inner = match["inner"].strip()
        items = split_list(inner)
        if len(items) < 2 or any(is_clause(item) for item in items):
            return match[0]
        return f" ({inner}) " + ("and " if match["after"] else "")

    return _DASHED.sub(bracketed, sentence)
