"""Many on both sides, then what is kept for each pairing, written as the act that pairs them.

*An engineer holds many qualifications and each qualification is held by many engineers; for
every one held we record the date passed, ...* is *when an engineer holds a qualification, we
record the date passed, ...*: the list is each pairing's, a record of both (`told_acts` names
it), not the engineer's.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import singular

_MANY = r"(?:many|several|lots\s+of|any\s+number\s+of|a\s+number\s+of)"

_EACH_BY_MANY_THEN_FOR_EACH = re.compile(
    r"\b(?P<one>an?|each|every)\s+(?P<doer>[a-z][\w\-]*)\s+(?:can\s+)?(?P<verb>[a-z]+)\s+"
    rf"{_MANY}\s+(?P<things>[a-z][\w\-]*s)\s+and\s+(?:each|every|a|an)\s+(?P<thing>[a-z][\w\-]*)\s+"
    rf"(?:is|can\s+be)\s+[a-z]+\s+by\s+{_MANY}\s+(?P<doers>[a-z][\w\-]*s)\s*[;,.]\s*(?:and\s+)?"
    r"for\s+(?:each|every)\s+(?:one|pairing|pair)(?:\s+(?:held|taken|they\s+hold|they\s+have))?,?\s+"
    r"(?P<we>we|i)\s+(?=[a-z])"
)


def each_held_by_many(text: str) -> str:
    """``an engineer holds many qualifications and each qualification is held by many
    engineers; for every one held we record ...``: *when an engineer holds a qualification,
    we record ...*; the same two records on both sides, or the text is left as it is."""

    def paired(match: re.Match[str]) -> str:
        if singular(match["things"]) != match["thing"] or singular(match["doers"]) != match["doer"]:
            return match[0]
        verb = match["verb"] if match["verb"].endswith("s") else f"{match['verb']}s"
        article = "an" if match["thing"][0] in "aeiou" else "a"
        doer = "an" if match["doer"][0] in "aeiou" else "a"
        return f"when {doer} {match['doer']} {verb} {article} {match['thing']}, {match['we']} "

    return _EACH_BY_MANY_THEN_FOR_EACH.sub(paired, text)
