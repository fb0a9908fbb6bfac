"""A sum paid in parts, each part a record of the payer's: *teams pay their entry fee in one or
more payments, each with an amount and a date* are payments of a team.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_PAY_IN_SEVERAL = re.compile(
    r"^(?P<payers>[a-z][\w\-]*s)\s+pay\s+(?:their|the|its)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"in\s+(?:one\s+or\s+more|one\s+or\s+several|several|a\s+few|many|multiple)\s+"
    r"(?P<parts>[a-z][\w\-]*s),\s+each\s+(?:with|has|recorded\s+with|logged\s+with)\s+"
    r"(?P<listed>(?:a|an|the|its)\s.+)$"
)


def paid_in_several(sentence: str) -> str:
    """``teams pay their entry fee in one or more payments, each with an amount and a date``:
    *each payment belongs to one team; each payment has an amount and a date*."""
    match = _PAY_IN_SEVERAL.match(sentence)
    if match is None or not (is_plural(match["payers"]) and is_plural(match["parts"])):
        return sentence
    payer, part = singular(match["payers"]), singular(match["parts"])
    if payer == part or not can_name_records(payer, part):
        return sentence
    return f"each {part} belongs to one {payer}; each {part} has {match['listed']}"
