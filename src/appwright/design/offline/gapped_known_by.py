"""*buses are known by fleet number, drivers by name*: the verb said once serves the records
named after it, each by its own list; written out for every reader as what each has, *buses
have fleet number; drivers have name*."""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, is_plural

_GAPPED_KNOWN_BY = re.compile(
    r"\b(?P<first>[a-z][\w\-]*s)\s+are\s+(?:known|listed|identified|recorded|kept)\s+by\s+"
    r"(?P<own>(?!(?:a|an|the|one|our)\b)[^.;,\n]+?),\s+(?:and\s+)?"
    r"(?P<others>[a-z][\w\-]*s(?:(?:,\s+|\s+and\s+)[a-z][\w\-]*s)*)\s+by\s+"
    r"(?P<theirs>(?!(?:a|an|the|one|our)\b)[^.;\n]+)"
)


def known_by_each(text: str) -> str:
    """``buses are listed by fleet number and registration, drivers and fitters by name``:
    *buses have fleet number and registration; drivers have name; fitters have name*; left
    alone unless every one named after the comma is a plural noun."""

    def apart(match: re.Match[str]) -> str:
        others = re.split(r",\s+|\s+and\s+", match["others"])
        if not all(is_plural(other) and can_be_noun(other) for other in others):
            return match[0]
        theirs = "; ".join(f"{other} have {match['theirs']}" for other in others)
        return f"{match['first']} have {match['own']}; {theirs}"

    return _GAPPED_KNOWN_BY.sub(apart, text)
