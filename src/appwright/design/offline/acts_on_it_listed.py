"""An act done to a record before or after something, with what it notes after a colon: *before a
lot is sown we test it: the test date, seeds tested, ...* is *each test belongs to one lot; each
test has the test date, ...*. The act is a record of its own (its noun, *test*, *inspection*),
the record acted on its owner; the step that comes after (*is sown*) names no record.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.clause_rewrites import statement_by_statement
from appwright.design.offline.word_forms import phrase_can_name_records, verb_lemma

_BEFORE_IT_IS_DONE_WE_ACT_ON_IT = re.compile(
    r"^(?:before|after|once|when|whenever)\s+(?:a|an|the|each|every)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:is|gets)\s+[a-z]+(?:\s+(?:out|in|up|off|away))?,?\s+(?:we|i)\s+(?P<act>[a-z]+)\s+it:\s+"
    r"(?P<listed>\S[^;]*)$"
)


@statement_by_statement
def before_it_is_done_we_act_on_it(sentence: str) -> str:
    """``before a lot is sown we test it: the test date, seeds tested and a result``: *each
    test belongs to one lot; each test has the test date, ...*."""
    match = _BEFORE_IT_IS_DONE_WE_ACT_ON_IT.match(sentence)
    lemma = verb_lemma(match["act"]) if match else None
    record = act_noun(lemma) if lemma else None
    if match is None or record is None or not phrase_can_name_records(match["one"]):
        return sentence
    if record == match["one"] or not phrase_can_name_records(record):
        return sentence
    return f"each {record} belongs to one {match['one']}; each {record} has {match['listed']}"


_WE_ACT_ON_EACH_AND_LOG_EACH = re.compile(
    r"^(?:(?:afterwards|then|after\s+that|later),?\s+)?(?:we|i)\s+(?P<act>[a-z]+)\s+"
    r"(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+and\s+(?:log|record|note|enter)\s+(?:each|every)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+with\s+(?P<listed>(?:the|a|an|its|who|how|which)\s[^;]*)$"
)


@statement_by_statement
def we_act_on_each_and_log_each(sentence: str) -> str:
    """``afterwards we ring each lead and log each call with the date, who called and the
    outcome``: *each call belongs to one lead; each call has the date, ...*."""
    match = _WE_ACT_ON_EACH_AND_LOG_EACH.match(sentence)
    if match is None or verb_lemma(match["act"]) is None:
        return sentence
    one, record = match["one"], match["record"]
    if one == record or not (phrase_can_name_records(one) and phrase_can_name_records(record)):
        return sentence
    return f"each {record} belongs to one {one}; each {record} has {match['listed']}"
