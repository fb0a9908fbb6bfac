"""What is kept for each record on a list, written as the list's entries: *for each artwork on
the list we record the wall, a position number and the label text* is *each list entry is for
one artwork; each list entry has the wall, ...*. The list (a hanging list, a run sheet) is a
document; what is recorded is not the artwork's own, but its place on that list.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import singular

_FOR_EACH_ON_THE_LIST = re.compile(
    r"^(?P<before>[^;]*?:\s+)?for\s+each\s+(?P<one>[a-z][\w\-]*)\s+(?:on|in|for)\s+the\s+"
    r"(?P<list>list|sheet|plan|schedule|rota|register|manifest|programme)\s*,?\s+(?:we|i)\s+"
    r"(?:also\s+)?(?:record|note|keep|log|write\s+down|store|give)\s+(?P<listed>[^;]+)$"
)


def entries_on_the_list(sentence: str) -> str:
    """``its hanging list says which artworks go on which wall: for each artwork on the list we
    record the wall, a position number and the label text``: *...; each list entry is for one
    artwork; each list entry has the wall, a position number and the label text*."""

    def plain(statement: str) -> str:
        match = _FOR_EACH_ON_THE_LIST.match(statement)
        if match is None:
            return statement
        entry = f"{match['list']} entry"
        before = f"{match['before'].rstrip(': ')}; " if match["before"] else ""
        one = singular(match["one"])
        return f"{before}each {entry} is for one {one}; each {entry} has {match['listed']}"

    return per_statement(sentence, plain)
