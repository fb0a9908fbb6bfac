"""The line that opens a bulleted or coloned list, and a header's relative clause.

``boats we buy from:`` is the header of the boats' list; ``we keep the following:`` says
nothing itself; ``for each job we need:`` names the record the list belongs to.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.list_items import split_list
from appwright.design.offline.word_forms import is_plural, singular_phrase, verb_form, verb_lemma

_INTRODUCTION = re.compile(
    r"^(?:i|we)\b[^:]*\b(?:app|application|system|tool|database|program|software)\b[^:]*:$"
)


_TRADE = r"(?:business|firm|company|agency|service|trade)"
_OUR_TRADE = re.compile(
    rf"^(?:(?:[a-z][\w\-']*\s+){{1,4}}{_TRADE}|"
    rf"(?:[a-z][\w\-']*\s+){{0,5}}{_TRADE}\s+[a-z]+ing(?:\s+[a-z][\w\-']*){{1,3}})"
    r"\s*:\s*(?P<rest>.*)$"
)
"""*domestic appliance repair business:*, *we are a family coach firm running day trips:*; a
trade word alone (*Service: date, hours, ...*) heads a record's list."""


def without_introduction(sentence: str) -> str:
    """``i run a fishmonger's with a wholesale side, and i need an app for it:``: the line
    that opens a list of records says what the app is for, nothing the lines after it need;
    ``domestic appliance repair business: washing machines, dishwashers and fridges``: the
    trade, and the kinds of work it does, when no clause follows (so too *a coach firm
    running day trips: seaside towns, garden shows*)."""
    if _INTRODUCTION.match(sentence):
        return ""
    trade = _OUR_TRADE.match(sentence)
    if trade is None:
        return sentence
    rest = trade.group("rest")
    return rest if any(is_clause(item) for item in split_list(rest)) else ""


_HEADER_RELATIVE = re.compile(
    r"^(?P<np>(?:(?!that\b|which\b|who\b)[a-z][\w\-]*\s+){0,2}(?!that\b|which\b|who\b)"
    r"[a-z][\w\-]*)\s+"
    r"(?:that\s+|which\s+|who\s+)?(?:we|i|you)\s+(?P<verb>[a-z]+)"
    r"(?P<place>\s+(?:for|on|from|against|at|in|to)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*)?"
    r"(?:\s+(?:from|to|with|for|at|in|on|up|out))?\s*:"
)


def header_relative(sentence: str) -> str:
    """``boats we buy from: name, skipper``: the header is the boats; ``materials i buy for a
    job: item, ...``: *materials bought for a job*, the record a header names keeps its place."""
    match = _HEADER_RELATIVE.match(sentence)
    if match is None or not is_plural(match.group("np").split()[-1]):
        return sentence
    lemma = verb_lemma(match.group("verb"))
    if lemma is None:
        return sentence
    rest = sentence[match.end() :]
    if match.group("place"):
        return f"{match.group('np')} {verb_form(lemma, 'VBN')}{match.group('place')}:{rest}"
    return f"{match.group('np')}:{rest}"


_EACH_AFTER_HEADER = re.compile(
    r"^(?:(?:first|then|next|also|so)\s+)?(?:(?:i|we)\s+(?:need|want|keep|track)\s+)?"
    # "then there are the lenses themselves: each one has ...": the records said to exist
    r"(?:there\s+(?:are|is)\s+)?(?:(?:our|the|my|all)\s+)?"
    # "i keep a stock list of sneakers: each one has ...": the things the list holds
    r"(?:(?:a|an)\s+(?:[a-z][\w\-]*\s+)?(?:list|register|log|catalogue|catalog|database)\s+of\s+)?"
    r"(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*):\s*(?:each|every)(?:\s+one)?\s+(?P<verb>[a-z]+s)\b"
)


def each_after_header(sentence: str) -> str:
    """``order lines: each takes a weight from one catch``, ``first i need our units: each one
    has ...``, ``i keep a stock list of sneakers: each one has ...``, ``then there are the lenses:
    each one has ...``: *each order line takes ...*, *each unit has ...*, *each sneaker has ...*,
    *each lens has ...*."""
    sentence = re.sub(r"\s+themselves:", ":", sentence, count=1)
    match = _EACH_AFTER_HEADER.match(sentence)
    if match is None or not is_plural(match.group("np").split()[-1]):
        return sentence
    if verb_lemma(match.group("verb")) is None:
        return sentence
    return f"each {singular_phrase(match.group('np'))} {sentence[match.start('verb') :]}"
