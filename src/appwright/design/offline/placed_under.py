"""*under each timetable sit its journeys, each with ...*: the records told as sitting under one
of another are its many, written *each timetable has many journeys, each with ...* for the
readers of *has many*."""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, is_plural, singular

_UNDER_EACH_SIT_ITS = re.compile(
    r"\b(?:under|inside|within)\s+(?:each|every|a|an)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:sit|sits|are|is|come|comes|hang|hangs|go|goes|live|lives)\s+"
    r"(?:its|their|all\s+(?:its|their)|the)\s+(?P<many>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\b"
    r"(?P<colon>\s*:)?"
)


def under_each_sit_its(text: str) -> str:
    """``under each timetable sit its journeys, each with a departure time``: *each timetable
    has many journeys, each with a departure time* (and *inside a section sit the classes: ...*);
    left alone unless what sits under it is a
    plural noun."""

    def plain(match: re.Match[str]) -> str:
        many = match["many"].split()[-1]
        if not (is_plural(many) and can_be_noun(many)):
            return match[0]
        if match["colon"]:
            # "...: a class number, a title": the list each of them has
            return f"each {match['owner']} has many {match['many']}. each {singular(many)} has"
        return f"each {match['owner']} has many {match['many']}"

    return _UNDER_EACH_SIT_ITS.sub(plain, text)
