"""A record that comes in two kinds, named once each and then told apart by *which of the two*.

*every tenancy gets a check-in report and later a check-out report, so each report says which
of the two it is, the date, ...*: the two reports are one record with a type whose values are
the two kinds, many of them to each tenancy. `simplify` runs this with the other rewrites.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, plural

_WHICH_OF_THE_TWO = re.compile(
    r"\b(?P<gets>gets|get|has|have|needs|need|receives|receive)\s+(?:a|an)\s+"
    r"(?P<first>[a-z][\w\-]*)\s+(?P<head>[a-z][\w\-]*)\s+and\s+(?:(?:later|then|also|afterwards)\s+)?"
    r"(?:a|an)\s+(?P<second>[a-z][\w\-]*)\s+(?P=head)(?:,\s+(?:so\s+|and\s+)?|;\s+)"
    r"(?P<each>(?:each|every)\s+(?P=head))\s+(?P<says>says|has|records|shows|notes|gives)\s+"
    r"which\s+of\s+the\s+two(?:\s+it\s+is)?\b"
)


def which_of_the_two(sentence: str) -> str:
    """``every tenancy gets a check-in report and later a check-out report, so each report says
    which of the two it is, the date``: *every tenancy has several reports; each report says a
    type (check-in or check-out), the date*."""

    def plain(match: re.Match[str]) -> str:
        head, first, second = match["head"], match["first"], match["second"]
        if first == second or not can_be_noun(head):
            return match[0]
        has = "have" if match["gets"] in ("get", "have", "need", "receive") else "has"
        kinds = f"a type ({first} or {second})"
        return f"{has} several {plural(head)}; {match['each']} {match['says']} {kinds}"

    return _WHICH_OF_THE_TWO.sub(plain, sentence)
