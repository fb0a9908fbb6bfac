"""Records filled in against another, or given to one once it is dealt with, told with their
list: *when someone spots damage they fill in a damage report against the boat: the date, what
they found, ...* is a damage report for one boat, holding the list after the colon; *each damage
report gets a repair job, saying who carried out the repair, what it cost, ...* is a repair job
for one damage report, holding what it says.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records

_NP = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
_FILL_ONE_AGAINST = re.compile(
    r"^(?:(?:when|whenever|if|once)\s+[^,;:]+?,?\s+)?(?:they|we|someone|staff|the\s+[a-z]+)\s+"
    r"(?:fill|fills|fill\s+in|fills\s+in|fill\s+out|fills\s+out|write|writes|complete|completes)\s+"
    rf"(?:a|an)\s+(?P<record>{_NP})\s+(?:against|on|for)\s+(?:the|that|a|an)\s+(?P<one>{_NP}):\s+"
    r"(?P<listed>[^;:]+)$"
)
_GETS_ONE_SAYING = re.compile(
    rf"^(?:then\s+)?(?:each|every)\s+(?P<one>{_NP})\s+(?:gets|has|is\s+given)\s+(?:a|an|one)\s+"
    rf"(?P<record>{_NP})(?:\s+(?:once|when|after)\s+[^,;]+)?,\s+(?:saying|giving|showing|recording)\s+"
    r"(?P<listed>[^;]+)$"
)


def filled_in_against(sentence: str) -> str:
    """``when someone spots damage they fill in a damage report against the boat: the date,
    ...``: *each damage report is for one boat; each damage report has the date, ...*; and
    ``each damage report has a repair job, saying who carried out the repair, ...``: *each
    repair job is for one damage report; each repair job has who carried out the repair, ...*."""

    def plain(part: str) -> str:
        match = _FILL_ONE_AGAINST.match(part) or _GETS_ONE_SAYING.match(part)
        if match is None:
            return part
        record, one = match["record"], match["one"]
        if not can_name_records(*record.split(), *one.split()):
            return part
        return f"each {record} is for one {one}; each {record} has {match['listed']}"

    return per_statement(sentence, plain)
