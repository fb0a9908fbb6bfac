"""Acts done again and again, written as records of their own: *twice a week every swan is
weighed and we write down the date and its weight* is a weighing each time, *every week
someone checks each storeroom and records the date* a check each time. Done once (*every
parcel gets weighed, and we write down the weight*) the list stays on the record
(``passing_records.done_and_we_note``); what says it is done again is how often.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_match
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_past_participle, verb_lemma

_HOW_OFTEN = (
    r"(?:(?:once|twice|three\s+times|\d+\s+times|several\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?:day|week|fortnight|month|shift|visit)|(?:each|every)\s+(?:day|morning|evening|week|"
    r"fortnight|month|few\s+days|other\s+day|couple\s+of\s+days)|daily|weekly|fortnightly|"
    r"monthly|regularly)"
)
_DONE_AGAIN_AND_WE_NOTE = re.compile(
    rf"^(?:(?P<before>{_HOW_OFTEN})\s*,?\s+)?(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"(?:is|gets)\s+(?P<done>[a-z]+)"
    rf"(?:\s+(?P<after>{_HOW_OFTEN}))?,?\s+and\s+(?:we|i)\s+(?:then\s+)?"
    r"(?:write\s+down|note|record|log|take|jot\s+down|keep)\s+(?P<listed>(?:the|a|an|its|their)\s.+)$"
)
_DOES_TO_EACH_AND_NOTES = re.compile(
    rf"^(?:(?P<before>{_HOW_OFTEN})\s*,?\s+)?"
    r"(?:someone|somebody|we|i|(?:a|an|the|one\s+of\s+our)\s+(?P<doer>[a-z][\w\-]*))\s+"
    r"(?P<does>[a-z]+)\s+"
    # "someone reads the hours meter on every truck": the thing on each the act is done to
    r"(?:(?:the|its|their)\s+(?P<object>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:on|of|in|at)\s+)?"
    r"(?:each|every)\s+(?P<record>[a-z][\w\-]*)"
    rf"(?:\s+(?P<after>{_HOW_OFTEN}))?,?\s+and\s+(?:then\s+)?(?:(?:we|i)\s+(?=[a-z]+\s))?"
    r"(?:writes?\s+down|notes?|records?|logs?|takes?\s+down|jots?\s+down|keeps?)\s+"
    r"(?P<listed>(?:the|a|an|its|their|his|her)\s.+)$"
)


def done_again_and_we_note(sentence: str) -> str:
    """``twice a week every swan is weighed and we write down the date and its weight``:
    *each weighing belongs to one swan; each weighing has ...*; an act done again and again
    is a record of its own each time (done once, ``done_and_we_note`` keeps the list on the
    record)."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not (match["before"] or match["after"]) or not is_past_participle(match["done"]):
            return None
        return _act_record(match["done"], match["record"], match["listed"])

    return per_match(sentence, _DONE_AGAIN_AND_WE_NOTE, plain)


def does_to_each_and_notes(sentence: str) -> str:
    """``every week someone checks each storeroom and records the date, the temperature ...``:
    *each check belongs to one storeroom; each check has ...*, as its passive twin; the one
    named doing it (*a porter checks ...*) does each (*each check is done by one porter*)."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not (match["before"] or match["after"]):
            return None
        made = _act_record(match["does"], match["record"], match["listed"], match["object"])
        doer = match["doer"]
        if made is None or (doer is not None and doer in FUNCTION_WORDS):
            return None
        act = made[0].split()[1]
        return [*made, f"each {act} is done by one {doer}"] if doer else made

    return per_match(sentence, _DOES_TO_EACH_AND_NOTES, plain)


def _act_record(
    verb: str, record: str, listed: str, done_to: str | None = None
) -> list[str] | None:
    lemma = verb_lemma(verb)
    act = act_or_irregular_noun(lemma) if lemma else None
    if act is None and lemma is not None and can_be_noun(lemma):
        act = lemma  # "checked": a check
    if act is None or act == record or record in FUNCTION_WORDS:
        return None
    if done_to is not None:
        thing = done_to.split()[-1]
        if thing in FUNCTION_WORDS or not can_be_noun(thing):
            return None
        act = f"{thing}-{act}"  # "reads the hours meter on every truck": a meter reading
    listed = re.sub(r"\b(?:its|their|his|her)\s+", "", listed)
    return [f"each {act} belongs to one {record}", f"each {act} has {listed}"]
