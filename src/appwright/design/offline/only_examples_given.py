"""A sentence that only gives examples of a kind of record: *strings are things like BG65 or
Ashaway Supernick* says the business keeps strings, and what some are called; the readers
of a list of values would make the examples a string's steps."""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural

_ARE_THINGS_LIKE = re.compile(
    r"^(?:the\s+|our\s+)?(?P<things>[a-z][\w\-]*)\s+are\s+(?:usually\s+|mostly\s+)?"
    r"(?:things|ones|stuff|items|brands)\s+(?:like|such\s+as)\s+[^;:]+$"
)

_MORE_SAID = re.compile(r",\s+(?:each|and|so|with|which|for)\s")


def only_examples_given(sentence: str) -> str:
    """``strings are things like bg65 or ashaway supernick``: *we keep strings*."""
    said = _ARE_THINGS_LIKE.match(sentence)
    if said is None or not is_plural(said["things"]) or not can_name_records(said["things"]):
        return sentence
    if _MORE_SAID.search(sentence):
        return sentence  # "..., each with a code": what each has follows, read as it is
    return f"we keep {said['things']}"
