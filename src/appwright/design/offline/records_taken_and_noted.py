"""Records told by what someone takes, does to each one, or lists inside another.

- *whoever is on duty takes a reading each morning ..., putting down their name, the date
  and time, ...*: each reading has that list;
- *every spring the council inspects each hut, and we record the inspection date, ...*: each
  hut has several inspections, each with that list;
- *within a week we list the days on offer: the date, how many places there are, ...*: each
  week has several days, each with that list.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_name_records,
    phrase_can_name_records,
    plural,
    singular,
    verb_lemma,
)

_LISTED = r"(?P<listed>(?:a|an|the|its|their|how|whether|when|which|who)\s.+)"
_TAKES_ONE_PUTTING_DOWN = re.compile(
    r"^(?:whoever\s+[^,;:]+?|someone|somebody|anyone|we|i|they)\s+(?:then\s+|also\s+)?"
    r"(?:takes|take|does|do|makes|make|carries\s+out|carry\s+out)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)(?:\s+(?P<second>[a-z][\w\-]*))?\b(?P<gap>[^,;:]*),\s+(?:putting|"
    r"writing|noting|jotting|logging|recording|"
    rf"entering|filling\s+in)(?:\s+down)?\s+{_LISTED}$"
)


def takes_one_putting_down(sentence: str) -> str:
    """``whoever is on duty takes a reading each morning and again before guests arrive,
    putting down their name, the date and time, ...``: *each reading has their name, the date
    and time, ...*; what is put down is the list of what is taken. A doer on the books (*one
    of our instructors carries out a home interview, ...*) is left to the readers of doers."""
    if ";" in sentence:
        return per_statement(sentence, takes_one_putting_down)
    match = _TAKES_ONE_PUTTING_DOWN.match(sentence)
    if match is None or re.search(r"\b(?:date|day|time)\b", match["gap"]):
        # "we carry out an inspection on a given date, recording ...": the date is a field
        return sentence
    record, second = match["record"], match["second"]
    if second is not None and second not in FUNCTION_WORDS and can_be_noun(second):
        # "carries out a home interview, recording ...": the record is the interview
        record = f"{record} {second}"
    if not phrase_can_name_records(record):
        return sentence
    return f"each {record} has {match['listed']}"


_ACTS_ON_EACH_AND_WE_RECORD = re.compile(
    r"^(?:(?:each|every|once\s+a|twice\s+a)\s+[a-z]+\s+)(?:the\s+[a-z][\w\-]*(?:\s+"
    r"[a-z][\w\-]*)?|we|they|someone|"
    r"somebody|(?:a|an)\s+[a-z][\w\-]*)\s+(?P<verb>(?:goes|go|looks|look|checks|check)\s+over|"
    r"[a-z]+)\s+"
    r"(?:each|every)\s+(?P<one>[a-z][\w\-]*)"
    r"(?:,?\s+and\s+(?:we\s+)?|,\s+(?:and\s+)?we\s+)(?:record|records|log|logs|note|notes|"
    rf"write\s+down|writes\s+down|keep|keeps)\s+{_LISTED}$"
)


def acts_on_each_and_we_record(sentence: str) -> str:
    """``every spring the council inspects each hut, and we record the inspection date,
    ...``: *each hut has several inspections; each inspection has the inspection date, ...*;
    the act done to each one is the record of what is written down, when it is done every so
    often (*a porter checks each storeroom and records ...* is read as before)."""
    if ";" in sentence:
        return per_statement(sentence, acts_on_each_and_we_record)
    match = _ACTS_ON_EACH_AND_WE_RECORD.match(sentence)
    if match is None:
        return sentence
    # "goes over each chair": the look over it is a check
    lemma = "check" if match["verb"].endswith(" over") else verb_lemma(match["verb"])
    record = act_or_irregular_noun(lemma) if lemma is not None else None
    if record is None or not can_name_records(record, match["one"]):
        return sentence
    return f"each {match['one']} has several {plural(record)}; each {record} has {match['listed']}"


_WITHIN_ONE_WE_LIST = re.compile(
    r"^(?:within|in|for|under)\s+(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*),?\s+(?:we|i)\s+"
    rf"(?:list|keep|record|note|track|log|set\s+out)\s+the\s+(?P<many>{NOUN_PATTERN}?s)"
    r"(?:\s+(?:on\s+offer|available|we\s+run|we\s+offer|in\s+it|it\s+has))?\s*:\s+"
    rf"{_LISTED}$"
)


def within_one_we_list(sentence: str) -> str:
    """``within a week we list the days on offer: the date, how many places there are, ...``:
    *each week has several days; each day has the date, ...*."""
    if ";" in sentence:
        return per_statement(sentence, within_one_we_list)
    match = _WITHIN_ONE_WE_LIST.match(sentence)
    if match is None:
        return sentence
    many = match["many"]
    record = " ".join([*many.split()[:-1], singular(many.split()[-1])])
    if not phrase_can_name_records(record) or record == match["one"]:
        return sentence
    if re.search(rf"\b{re.escape(record.split()[-1])}\b", match["listed"]):
        # "on each count we list the items: the stock item, ...": lines naming other records
        return sentence
    return f"each {match['one']} has several {many}; each {record} has {match['listed']}"
