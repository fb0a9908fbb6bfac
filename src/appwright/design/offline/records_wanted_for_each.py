"""Records wished for, one for each of another, with their list: *what we'd like is a move-out
check for every unit being vacated (we go by unit number) with the date, which staff member did
it, ...* is *each move-out check is for one unit; each move-out check is done by one staff
member; each move-out check has the date, ...*.

Read on the whole lowered description (``said_in_short``), before the readers of a list's
openings, which would take *who did it* as done to the *unit*, the nearest *each*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, is_plural

_WORD = r"[a-z][\w\-]*"

_WANTED_FOR_EACH_WITH = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n)|(?<=,\sso\s))(?:so\s+)?"
    r"(?:what\s+we\s+(?:really\s+)?(?:want|need)\s+is|"
    r"(?:what\s+)?we(?:\s+would|'d)\s+like(?:\s+is|\s+to\s+(?:keep|have))?|we\s+(?:want|need))"
    r"\s+(?:a|an)\s+"
    rf"(?P<record>{_WORD}(?:\s+{_WORD}){{0,2}}?)\s+(?:for\s+each|per)\s+"
    rf"(?P<one>{_WORD}(?:\s+{_WORD})?)"
    r"(?:\s+(?:being|that\s+is|that\s+gets)\s+[a-z]+ed(?:\s+(?:back|in|out|off|up))?)?"
    r"(?:\s+\([^()]*\))?\s+with\s+"
    r"(?P<listed>(?:the|a|an|its|their|which|whether|what|how|some)\s[^.;]+)"
)
"""*what we'd like is a move-out check for every unit being vacated (...) with the date, ...*:
the record, one of the other each, and its list (*being vacated* and the aside say which)."""

_WHICH_ONE_DID_IT = re.compile(
    rf"(?:^|(?<=,\s)|(?<=\sand\s))which\s+(?P<who>{_WORD}(?:\s+member)?)\s+"
    r"(?:did|checked|carried\s+out|signed\s+off|took|ran)\s+(?:it|them)(?=\s*(?:,|\s+and\s|$))"
)
"""*which staff member did it*: a person, whom each record is done by."""

_OWN_ITEM = re.compile(r",?\s*(?:and\s+)?\bthe\s+one\s+who\s+did\s+it\b")


def _each_for_one(match: re.Match[str]) -> str:
    record, one, listed = match["record"], match["one"], match["listed"]
    last = record.split()[-1]
    if is_plural(last) or not can_be_noun(last) or not can_be_noun(one.split()[-1]):
        return match[0]
    said = [f"each {record} is for one {one}"]
    who = _WHICH_ONE_DID_IT.search(listed)
    if who is not None:
        said.append(f"each {record} is done by one {who['who']}")
        listed = _WHICH_ONE_DID_IT.sub("the one who did it", listed, count=1)
        listed = _OWN_ITEM.sub("", listed).removeprefix(", ").strip()
    said.append(f"each {record} has {listed}")
    return "; ".join(said)


_THERE_HAS_TO_BE_ONE_ON_IT_WE_NOTE = re.compile(
    r"\bthere\s+(?:has\s+to|needs\s+to|must|should)\s+be\s+(?:a|an)\s+"
    rf"(?P<record>{_WORD}(?:\s+{_WORD})?)"
    rf"(?:\s+from\s+{_WORD})?\s*,\s+which\s+is\s+(?:always\s+)?for\s+one\s+"
    rf"(?P<one>{_WORD}(?:\s+{_WORD})?)"
    rf"\s+and\s+one\s+(?P<other>{_WORD}(?:\s+{_WORD})?)\s*,\s+and\s+on\s+it\s+we\s+"
    r"(?:note|record|log|keep|put|write\s+down)\s+(?=(?:the|a|an|whether|any|how|what)\s)"
)
"""*for each young person going there has to be a permission slip from home, which is always for
one young person and one trip, and on it we note whether ...*: the slip of both, and its list."""


def _there_has_to_be_one(match: re.Match[str]) -> str:
    record, one, other = match["record"], match["one"], match["other"]
    if is_plural(record.split()[-1]) or not can_be_noun(record.split()[-1]):
        return match[0]
    return (
        f"there is a {record}; each {record} is for one {one}; each {record} is for one "
        f"{other}; each {record} has "
    )


def wanted_for_each(lowered: str) -> str:
    """``lowered`` with each record wished for, one for each of another, said plainly."""
    lowered = _THERE_HAS_TO_BE_ONE_ON_IT_WE_NOTE.sub(_there_has_to_be_one, lowered)
    return _WANTED_FOR_EACH_WITH.sub(_each_for_one, lowered)
