"""Records told by how they come about, not by what they are: *money comes in as payments
against a booking: amount, ...*, *when something fails there's remedial work to sort out, so
a description, a cost and ...* and *when we find a defect on a pontoon we log ...*. What
comes in, is still to be done or is found is a record of its own, and the list that follows
is its fields; `simplify` runs these in its order."""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_match
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_plural,
    singular,
    verb_lemma,
    with_article,
)

_COMES_IN_AS = re.compile(
    r"^(?:[a-z][\w\-]*\s+)?(?:comes|come|arrives|arrive|goes|go)(?:\s+(?:in|out))?\s+as\s+"
    r"(?P<records>(?P<many>[a-z][\w\-]*s)\s+(?:against|for|from|on|to)\s+(?:a|an|the|each|every)\s+"
    r"[a-z][\w\-]*\s*:\s*\S.*)$"
)


def comes_in_as(sentence: str) -> str:
    """``money comes in as payments against a booking: amount, date received``: *payments
    against a booking: amount, date received*; what comes in is the records it comes as."""

    def plain(match: re.Match[str]) -> list[str] | None:
        many = match["many"]
        if not is_plural(many) or not can_be_noun(many) or many in FUNCTION_WORDS:
            return None
        return [match["records"]]

    return per_match(sentence, _COMES_IN_AS, plain)


_NO_RECORD = frozenset(
    ["lot", "lots", "plenty", "loads", "much", "more", "stuff", "nothing", "something", "time"]
)
"""*there's a lot to do, so ...*: how much there is, no record."""
_THERE_IS_ONE_TO_DO_SO = re.compile(
    r"^(?:when(?:ever)?\s+(?:(?:a|an|the)\s+(?P<cause>[a-z][\w\-]*)|something|anything)\s+"
    r"[a-z]+,?\s+)?there\s+(?:is|are)\s+(?:some\s+|a\s+|an\s+)?"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+to\s+(?P<verb>[a-z]+)"
    r"(?:\s+(?:out|up|off|through|with))?,?\s+so\s+(?P<list>(?:a|an|the|its|their|some)\s.+)$"
)


def there_is_one_to_do_so(sentence: str) -> str:
    """``when a boiler breaks there's a repair to arrange, so a description and a cost``:
    *each repair has a description and a cost; each repair is for one boiler*."""

    def plain(match: re.Match[str]) -> list[str] | None:
        thing = match["thing"]
        if (
            not can_be_verb(match["verb"])
            or not can_be_noun(thing.split()[-1])
            or thing.split()[-1] in FUNCTION_WORDS | _NO_RECORD
        ):
            return None
        said = [f"each {thing} has {match['list']}"]
        cause = match["cause"]
        if cause and can_be_noun(cause) and cause not in FUNCTION_WORDS:
            said.append(f"each {thing} is for one {cause}")
        return said

    return per_match(sentence, _THERE_IS_ONE_TO_DO_SO, plain)


_OFF_THE_BACK_OF = re.compile(
    r"\boff\s+the\s+back\s+of\s+(?:that|this|the|a|an|each|every)\s+(?=[a-z])"
)


def off_the_back_of(sentence: str) -> str:
    """``we raise a referral off the back of that check with the date it was sent``: *we raise
    a referral for the check with ...*; the idiom says which record the new one comes from
    (*on the back of* is often where a thing is written, so it stays)."""
    return _OFF_THE_BACK_OF.sub("for the ", sentence)


_WHENEVER_IT_HAPPENS_LOG_IT = re.compile(
    r"^(?:when|whenever|every\s+time|each\s+time)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"(?:happens|takes\s+place|is\s+made|is\s+done)(?:,\s+or\s+(?:does|is)\s+not)?,?\s+"
    r"(?P<who>(?:the|our)\s+[a-z][\w\-]*|we|i|they)\s+"
    r"(?P<act>logs|records|notes|log|record|note)\s+it\s+with\s+(?P<listed>\S.*)$"
)


def whenever_it_happens_log_it(sentence: str) -> str:
    """``whenever a call happens, or does not, the caller logs it with the date and time, ...``:
    *the caller logs each call with the date and time, ...*; what happens is the record logged,
    and whether it happened at all is a value of its list."""

    def logged(match: re.Match[str]) -> list[str] | None:
        if not can_be_noun(match["record"]) or match["record"] in FUNCTION_WORDS:
            return None
        return [f"{match['who']} {match['act']} each {match['record']} with {match['listed']}"]

    return per_match(sentence, _WHENEVER_IT_HAPPENS_LOG_IT, logged)


_FOUND_ON_ONE = re.compile(
    # we who find it and keep it: someone else's finding is their act, read as such
    r"^(?:when|whenever|every\s+time|each\s+time|if)\s+(?P<we>we|i)\s+"
    r"(?:find|spot|notice|discover|come\s+across)\s+"
    r"(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?:on|in|at)\s+(?:a|an|the|one)\s+(?P<place>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    r"(?P<then>(?:we|i)\s+(?:log|record|note|write\s+down|jot\s+down|enter|take)\s+"
    r"(?:a|an|the|its|their)\s.+)$"
)


def found_on_one(sentence: str) -> str:
    """``when we find a defect on a pontoon we log a description, a severity and the date
    found``: *each defect belongs to one pontoon; when we find a defect, we log ...*; what is
    found is the record the list is kept for, and where it was found is the one it is of
    (not the last record named before the list); *if we notice a leak in a house, we record
    ...* alike."""

    def plain(match: re.Match[str]) -> list[str] | None:
        record, place = match["record"], match["place"]
        heads = [record.split()[-1], place.split()[-1]]
        if any(
            head in FUNCTION_WORDS or head in TIME_WORDS or not can_be_noun(head) or is_plural(head)
            for head in heads
        ):
            return None
        # said as the wording the list readers know: *when we find a defect, we log ...*
        found = f"when {match['we']} find {with_article(record)}, {match['then']}"
        return [f"each {record} belongs to one {place}", found]

    return per_match(sentence, _FOUND_ON_ONE, plain)


_TAKE_FROM_ONE_AS = re.compile(
    r"^(?P<people>[a-z][\w\-]*)\s+(?P<verb>[a-z]+)\s+(?:[a-z][\w\-]*\s+)?(?:from|for|on|at|off)\s+"
    r"(?:a|an|one)\s+(?P<one>[a-z][\w\-]*(?:\s+(?!as\b)[a-z][\w\-]*)?)\s+as\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*),\s+which\s+(?:records|has|holds|notes|logs|keeps)\s+"
    r"(?P<listed>[^;]+?)(?:\s+and\s+(?P<flow>(?:goes|moves|runs)\s+from\s+[^;]+))?$"
)


def take_from_one_as(sentence: str) -> str:
    """``farmers claim grain from a brew day as a collection, which records the tonnes taken
    and the collection time and goes from claimed to collected``: *each collection belongs to
    one brew day; each collection belongs to one farmer; each collection has the tonnes taken
    and the collection time; each collection goes from claimed to collected*; what people take
    from a record *as* something is that record of its own, theirs and the record's."""
    match = _TAKE_FROM_ONE_AS.match(sentence)
    if match is None or not is_plural(match["people"]) or verb_lemma(match["verb"]) is None:
        return sentence
    record, person = match["record"], singular(match["people"])
    if record in (person, match["one"]) or not can_be_noun(record):
        return sentence
    said = [
        f"each {record} belongs to one {match['one']}",
        f"each {record} belongs to one {person}",
        f"each {record} has {match['listed']}",
    ]
    if match["flow"]:
        said.append(f"each {record} {match['flow']}")
    return "; ".join(said)


_WE_OPEN_ONE_SAYING = re.compile(
    r"\b(?:we|i)\s+(?:then\s+)?(?:open|create|start|raise|make|log|fill\s+in|write)\s+"
    r"(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:saying|stating|showing|giving)\s+"
    r"(?P<listed>[^;]+(?:,|\sand\s)[^;]+)$"
)


def we_open_one_saying(sentence: str) -> str:
    """``each time one goes out we open a cask trip saying which pub it went to, the beer it
    was filled with, ...``: *...; a cask trip has which pub it went to, the beer ...*; what the
    record says is what it holds."""
    match = _WE_OPEN_ONE_SAYING.search(sentence)
    # "for a boat we open a work order stating ...": the record it is for is read with the
    # whole sentence; a list with *with* or a clause after it is no plain list
    if match is None or sentence.startswith("for ") or match["listed"].count(",") < 2:
        return sentence
    if re.search(r",\s+with\b|,\s+and\s+(?:we|i|they)\b", match["listed"]):
        return sentence
    before = sentence[: match.end("one")]
    return f"{before}; {match['one']} has {match['listed']}"
