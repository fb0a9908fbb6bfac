"""A record's list told as what we give it: *we give each job a job number, the species and
some notes*, *..., giving the invoice an invoice number, an issue date, ...* and *every job is
one animal for one customer, and I'd give it a job number, ...* are each one's list.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    phrase_can_name_records,
    verb_lemma,
)

_LISTED = r"(?=(?:a|an|the|its|their|some)\s)"
_WE_GIVE = r"(?:we|i)(?:'d|'ll|\s+would|\s+will|\s+always)?\s+give"

_WE_GIVE_EACH = re.compile(
    rf"(?P<lead>^|;\s+|,\s+(?:and\s+)?)(?:then\s+)?{_WE_GIVE}\s+(?:each|every)\s+"
    rf"(?P<record>{NOUN_PATTERN})\s+{_LISTED}"
)
_GIVING_THE_ONE = re.compile(
    rf",\s+giving\s+(?:the|each|every)\s+(?P<record>{NOUN_PATTERN})\s+{_LISTED}"
)
_IS_ONE_AND_WE_GIVE_IT = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN})\s+(?:is|has|belongs|goes|comes)\s+"
    rf"(?P<told>[^;:]+?),\s+and\s+{_WE_GIVE}\s+it\s+{_LISTED}"
)


_WE_DO_IT_TO_ONE = re.compile(
    r"\b(?:we|i)\s+(?P<verb>[a-z]+)\s+(?:the|each|every|our)\s+(?P<one>[a-z][\w\-]*)$"
)


def _act(verb: str) -> tuple[str | None, ...]:
    """What doing ``verb`` makes: *invoice* an invoice, *inspect* an inspection."""
    lemma = verb_lemma(verb)
    return (lemma, act_or_irregular_noun(lemma)) if lemma else ()


def we_give_each_one(sentence: str) -> str:
    """``we give each job a job number, the species ...``: *each job has a job number, ...*;
    ``..., giving the invoice an invoice number, ...``: *...; each invoice has an invoice
    number, ...*; ``every job is one animal for one customer, and I'd give it a job number,
    ...``: *every job is one animal for one customer; each job has a job number, ...*."""
    told = _IS_ONE_AND_WE_GIVE_IT.match(sentence)
    if told is not None and phrase_can_name_records(told["record"]):
        head = sentence[: told.start("told")] + told["told"]
        return f"{head}; each {told['record']} has {sentence[told.end() :]}"

    def each(match: re.Match[str]) -> str:
        if not phrase_can_name_records(match["record"]):
            return match[0]
        return f"{'; ' if match['lead'] else ''}each {match['record']} has "

    def giving(match: re.Match[str]) -> str:
        record = match["record"]
        if not phrase_can_name_records(record):
            return match[0]
        # "we invoice the customer, giving the invoice ...": the invoice is the customer's
        done = _WE_DO_IT_TO_ONE.search(match.string[: match.start()])
        if (
            done is not None
            and record in _act(done["verb"])
            and phrase_can_name_records(done["one"])
        ):
            return f"; each {record} belongs to one {done['one']}; each {record} has "
        return f"; each {record} has "

    return _GIVING_THE_ONE.sub(giving, _WE_GIVE_EACH.sub(each, sentence))
