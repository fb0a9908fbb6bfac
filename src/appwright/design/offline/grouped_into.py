"""Records gathered into another that the owner then says in a *which is* aside: *requests are
grouped into a round, which is one driver on a given date*. The aside is what the gathering
record is, said as its own clause (*a round is one driver on a given date*) for the readers of
records told as *one X on a date*; `simplify` runs this before them."""

from __future__ import annotations

import re

_GROUPED_INTO_WHICH_IS = re.compile(
    r"\b(?P<head>(?:grouped|gathered|batched|bundled|put|sorted|split)\s+into\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)),\s+which\s+is\s+(?P<one>one\s+[a-z][\w\-]*\s+"
    r"(?:on|for)\s+(?:a|an)\s+(?:(?:set|given|fixed|particular)\s+)?(?:date|day))\b"
    r"(?P<then>,\s+and\s+(?=[a-z]))?"
)


def grouped_into_which_is(sentence: str) -> str:
    """``requests are grouped into a round, which is one driver on a given date, and ...``:
    *requests are grouped into a round; a round is one driver on a given date; ...*; the aside
    says what the round is, a clause of its own."""

    def told(match: re.Match[str]) -> str:
        then = "; " if match["then"] else ""
        return f"{match['head']}; a {match['record']} is {match['one']}{then}"

    return _GROUPED_INTO_WHICH_IS.sub(told, sentence)
