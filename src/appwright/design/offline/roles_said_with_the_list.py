"""What people may see or do, said in the same breath as their list, told as its own clause.

*drivers have a name and a licence expiry date and see only their own runs*: the drivers'
list, then what they see, so the list ends where the permission starts and the drivers are a
role; *testers are staff with a name ..., and only they may enter results*: only testers may.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import statement_by_statement

_HAVE_AND_SEE_ONLY = re.compile(
    r"^(?P<who>[a-z][\w\-]*s)\s+(?P<have>(?:have|has)\s+(?:a|an|the|their)\s[^;]+?),?\s+and\s+"
    r"(?P<see>(?:(?:can|may)\s+)?(?:only\s+)?see\s+(?:only\s+)?(?:their\s+own|the\s+[a-z][\w\-]*s?"
    r"\s+(?:assigned|given|allocated)\s+to\s+them)\b.*)$"
)


@statement_by_statement
def have_and_see_only(sentence: str) -> str:
    """``drivers have a name and a licence expiry date and see only their own runs``:
    *drivers have a name and a licence expiry date; drivers see only their own runs*."""
    match = _HAVE_AND_SEE_ONLY.match(sentence)
    if match is None:
        return sentence
    who = match["who"]
    return f"{who} {match['have']}; {who} {match['see']}"


_ONLY_THEY_MAY = re.compile(
    r"^(?P<said>(?P<who>[a-z][\w\-]*s)\s+are\s+[^;]+?),?\s+and\s+only\s+they\s+"
    r"(?P<may>(?:can|may|are\s+allowed\s+to)\s+.+)$"
)


@statement_by_statement
def only_they_may(sentence: str) -> str:
    """``testers are staff with a name and a certificate expiry date, and only they may enter
    results``: *...; only testers may enter results*."""
    match = _ONLY_THEY_MAY.match(sentence)
    if match is None:
        return sentence
    return f"{match['said']}; only {match['who']} {match['may']}"
