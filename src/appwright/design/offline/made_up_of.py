"""Records said to be made up of several others by how they are done: *a meeting is sailed over
several races, each with ...* (or *runs for several performances, each with ...*) is a meeting
that has several races; the verb says how the races make up the meeting, not a fact of its own.
*underneath a result we log the individual laps, each with ...* is a result with several laps.
*extra charges go on an invoice for the hire with an invoice number, ...* is an invoice for one
hire, with its list: what goes on it makes it up.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records

_DONE_OVER_SEVERAL = re.compile(
    r"\b(?:is|are|gets|get)\s+(?:usually\s+)?(?:sailed|played|run|raced|held|staged|fought|shot|"
    r"danced|walked|ridden|swum|rowed|paddled|cycled|performed|taught|judged|split|spread)\s+(?:over|across|in)\s+"
    r"(?P<many>several|many|multiple|a\s+few|a\s+number\s+of)\s+(?=[a-z][\w\-]*s\b)"
)

_RUNS_FOR_SEVERAL = re.compile(
    r"\b(?:runs|run|plays|play|is\s+on|are\s+on)\s+(?:for|over|across)\s+"
    r"(?P<many>several|many|multiple|a\s+few|a\s+number\s+of)\s+"
    r"(?!(?:minutes|hours|days|nights|weeks|months|terms|seasons|years)\b)(?=[a-z][\w\-]*s(?:,\s+each)?\s+with\b)"
)
"""*every production has a title and runs for several performances, each with ...*: it has
them; how long it runs (*for several weeks*) is no record."""


def done_over_several(sentence: str) -> str:
    """``a meeting is sailed over several races, each with a race number``: *a meeting has
    several races, each with a race number*; ``... and runs for several performances, each with
    a date``: *... and has several performances, each with a date*."""

    def has_several(part: str) -> str:
        part = _DONE_OVER_SEVERAL.sub(r"has \g<many> ", part)
        return _RUNS_FOR_SEVERAL.sub(r"has \g<many> ", part)

    return per_statement(sentence, has_several)


_LOGGED_UNDERNEATH = re.compile(
    r"^(?:underneath|under|beneath|below)\s+(?:a|an|each|every|the)\s+(?P<one>[a-z][\w\-]*),?\s+(?:we|i)\s+"
    r"(?:also\s+)?(?:log|record|keep|note|store|list|enter)\s+(?:the\s+)?(?:individual\s+|separate\s+)?"
    r"(?P<things>[a-z][\w\-]*s),?\s+(?=each\s+with\s)"
)


def logged_underneath(sentence: str) -> str:
    """``underneath a result we log the individual laps, each with its lap number``: *each
    result has several laps, each with its lap number*; what is logged under a record makes it
    up."""

    def has_several(part: str) -> str:
        match = _LOGGED_UNDERNEATH.match(part)
        if match is None or not can_name_records(match["one"], match["things"]):
            return part
        return f"each {match['one']} has several {match['things']}, {part[match.end() :]}"

    return per_statement(sentence, has_several)


_GO_ON_ONE_FOR = re.compile(
    r"^(?:the\s+|any\s+|all\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s\s+(?:go|are\s+put|get\s+put|are\s+added)\s+"
    r"(?:on|onto|to)\s+(?:an?|one)\s+(?P<record>[a-z][\w\-]*)\s+for\s+(?:the|a|an|each|that)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+with\s+(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


def go_on_one_for(sentence: str) -> str:
    """``extra charges go on an invoice for the hire with an invoice number, an issue date,
    ...``: *each invoice is for one hire, with an invoice number, an issue date, ...*."""

    def made_up(part: str) -> str:
        match = _GO_ON_ONE_FOR.match(part)
        if match is None or not can_name_records(match["record"], match["one"]):
            return part
        return f"each {match['record']} is for one {match['one']}, with {match['listed']}"

    return per_statement(sentence, made_up)
