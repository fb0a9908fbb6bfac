"""Records put against or linked to another, the other's own list said with it: *we commission
specialist reports against a project (project code, name)* are reports of a project that has
a code and a name; *we link the hire to the operator, with their name and card number* is a
hire of an operator who has them.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural, singular_phrase

_DONE_AGAINST_ONE_WITH_ITS_LIST = re.compile(
    r"\b(?P<we>we|i)\s+(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"against\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)\s+\((?P<listed>[^()]*(?:,|\band\b)[^()]*)\)"
)


def done_against_one_with_its_list(sentence: str) -> str:
    """``we commission specialist reports against a project (project code, name); ...``: *we
    commission specialist reports; each specialist report belongs to one project; each project
    has project code, name; ...*; the bracket is the project's."""

    def said(match: re.Match[str]) -> str:
        things, one = match["things"], match["one"]
        if not is_plural(things.split()[-1]):
            return match[0]
        thing = singular_phrase(things)
        if thing.split()[-1] == one or not can_name_records(thing.split()[-1], one):
            return match[0]
        return (
            f"{match['we']} {match['verb']} {things}; each {thing} belongs to one {one}; "
            f"each {one} has {match['listed']}"
        )

    return _DONE_AGAINST_ONE_WITH_ITS_LIST.sub(said, sentence)


_WE_LINK_IT_TO_ONE_WITH_THEIRS = re.compile(
    r"\b(?:we|i)\s+(?:link|tie|attach|connect)\s+the\s+(?P<thing>[a-z][\w\-]*)\s+to\s+"
    r"(?:the|a|an|one)\s+(?P<one>[a-z][\w\-]*),?\s+with\s+(?:their|its|his|her)\s+"
    r"(?P<listed>[^;]+)$"
)


def we_link_it_to_one_with_theirs(sentence: str) -> str:
    """``when a driver is supplied we link the hire to the operator, with their name and card
    number``: *...; each hire belongs to one operator; each operator has name and card
    number*; *their* list is the one linked to."""
    match = _WE_LINK_IT_TO_ONE_WITH_THEIRS.search(sentence)
    if match is None:
        return sentence
    thing, one = match["thing"], match["one"]
    if thing == one or not can_name_records(thing, one):
        return sentence
    said = f"each {thing} belongs to one {one}; each {one} has {match['listed']}"
    before = sentence[: match.start()].rstrip(" ,")
    return f"{before}; {said}" if before else said
