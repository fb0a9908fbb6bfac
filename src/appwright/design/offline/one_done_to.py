"""A record told as what is done to one of another: *each stop is one passenger picked up or
dropped off* is a stop of one passenger, and what is done (picked up, dropped off) is the kind
of stop, said again in its list if it is kept.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, is_past_participle

_IS_ONE_DONE = re.compile(
    r"^(?P<record>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+is\s+one\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?P<done>[a-z]+)(?:\s+(?:up|off|in|out|back))?(?:\s+or\s+[a-z]+(?:\s+(?:up|off|in|out|back))?)?"
    r"(?=\s*(?:[,;]|$))"
)


def is_one_done_to(sentence: str) -> str:
    """``each stop is one passenger picked up or dropped off``: *each stop belongs to one
    passenger*; not a flow from *picked up* to *dropped off*."""
    match = _IS_ONE_DONE.match(sentence)
    if match is None or not is_past_participle(match["done"]) or not can_be_noun(match["one"]):
        return sentence
    return f"{match['record']} belongs to one {match['one']}{sentence[match.end() :]}"
