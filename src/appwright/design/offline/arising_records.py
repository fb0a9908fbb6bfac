"""Records told by how they come about, not by what they are: *money comes in as payments
against a booking: amount, ...* and *when something fails there's remedial work to sort out,
so a description, a cost and ...*. What comes in, or is still to be done, is a record of its
own, and the list that follows is its fields; `simplify` runs these in its order."""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_match
from appwright.design.offline.text import FUNCTION_WORDS, can_be_noun, can_be_verb, is_plural

_COMES_IN_AS = re.compile(
    r"^(?:[a-z][\w\-]*\s+)?(?:comes|come|arrives|arrive|goes|go)(?:\s+(?:in|out))?\s+as\s+"
    r"(?P<records>(?P<many>[a-z][\w\-]*s)\s+(?:against|for|from|on|to)\s+(?:a|an|the|each|every)\s+"
    r"[a-z][\w\-]*\s*:\s*\S.*)$"
)


def comes_in_as(sentence: str) -> str:
    """``money comes in as payments against a booking: amount, date received``: *payments
    against a booking: amount, date received*; what comes in is the records it comes as."""

    def plain(match: re.Match[str]) -> list[str] | None:
        many = match["many"]
        if not is_plural(many) or not can_be_noun(many) or many in FUNCTION_WORDS:
            return None
        return [match["records"]]

    return per_match(sentence, _COMES_IN_AS, plain)


_NO_RECORD = frozenset(
    ["lot", "lots", "plenty", "loads", "much", "more", "stuff", "nothing", "something", "time"]
)
"""*there's a lot to do, so ...*: how much there is, no record."""
_THERE_IS_ONE_TO_DO_SO = re.compile(
    r"^(?:when(?:ever)?\s+(?:(?:a|an|the)\s+(?P<cause>[a-z][\w\-]*)|something|anything)\s+"
    r"[a-z]+,?\s+)?there\s+(?:is|are)\s+(?:some\s+|a\s+|an\s+)?"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+to\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:out|up|off|through|with))?,?\s+so\s+(?P<list>(?:a|an|the|its|their|some)\s.+)$"
)


def there_is_one_to_do_so(sentence: str) -> str:
    """``when a boiler breaks there's a repair to arrange, so a description and a cost``:
    *each repair has a description and a cost; each repair is for one boiler*."""

    def plain(match: re.Match[str]) -> list[str] | None:
        thing = match["thing"]
        if (
            not can_be_verb(match["verb"])
            or not can_be_noun(thing.split()[-1])
            or thing.split()[-1] in FUNCTION_WORDS | _NO_RECORD
        ):
            return None
        said = [f"each {thing} has {match['list']}"]
        cause = match["cause"]
        if cause and can_be_noun(cause) and cause not in FUNCTION_WORDS:
            said.append(f"each {thing} is for one {cause}")
        return said

    return per_match(sentence, _THERE_IS_ONE_TO_DO_SO, plain)
