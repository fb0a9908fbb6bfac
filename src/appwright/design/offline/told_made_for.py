"""A record someone makes, files or opens for another, written as *each X belongs to one Y* and
*each X has ...*: *per loan, the member files a harvest report: did it grow (yes/no)*, *clients
make bookings for a date*, *every wig i make is an order for one client*, *an order asks for a
number of casks*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.clause_rewrites import per_clause, per_match, reordered
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_items import split_list
from appwright.design.offline.word_classes import AUXILIARIES, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_plural,
    singular,
    verb_form,
    verb_lemma,
)

_ASKS_FOR_A_NUMBER = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:asks\s+for|is\s+for|calls\s+for|requests|covers)\s+"
    r"(?:a\s+number\s+of|a\s+quantity\s+of|any\s+number\s+of|some|several)\s+"
    r"(?P<things>[a-z][\w\-]*s)(?:\s+of\s+(?:one|a\s+single|a|an)\s+(?P<kind>[a-z][\w\-]*)\s*"
    r"(?P<values>\([^()]*\)))?(?P<rest>,\s+with\s+.*)?$"
)


def asks_for_a_number(sentence: str) -> str:
    """``an order asks for a number of casks of one size (barrel, hogshead), with a
    required-by date``: *an order has a quantity, a cask size (barrel, hogshead), a
    required-by date*, how many of a thing it asks for, not a record of the things."""

    def plain(clause: str) -> list[str]:
        match = _ASKS_FOR_A_NUMBER.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        thing = singular(match.group("things"))
        kind = (
            f", a {thing} {match.group('kind')} {match.group('values')}"
            if match.group("kind")
            else ""
        )
        rest = re.sub(r"^,\s+with\s+", ", ", match.group("rest") or "")
        return [f"{match.group('record')} has a quantity{kind}{rest}"]

    return per_clause(sentence, plain)


_PER_ONE_FILES = re.compile(
    r"^(?:per|for\s+each|for\s+every)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?"
    r"\s+(?:the|a|an|each|every|our)\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:files|fills\s+in|fills\s+out|writes|submits|completes|sends|leaves|hands\s+in|gives\s+us)\s+"
    r"(?:a|an|one)\s+(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?::|,?\s+with)\s+(?P<list>[^;]+)$"
)


def per_one_files(sentence: str) -> str:
    """``per loan, the member files a harvest report: did it grow (yes/no), ...``: *each
    harvest report belongs to one loan; each harvest report has did it grow (yes/no), ...*,
    what someone files for each of a record."""

    def plain(clause: str) -> list[str]:
        match = _PER_ONE_FILES.match(clause)
        if match is None or is_plural(match.group("one").split()[-1]):
            return [clause]
        made = match.group("made")
        return [
            f"each {made} belongs to one {match.group('one')}",
            f"each {made} has {match.group('list')}",
        ]

    return per_clause(sentence, plain)


_DID_IT = re.compile(
    r"(?P<lead>(?:^|[:,]|\bhas|\bhave|\bwith)\s*)(?:did|does|do|has|have)\s+(?P<who>it|they|he|she)\s+"
    r"(?P<verb>[a-z]+)\b(?=\s*(?:\(|,|;|$|\s+(?:and|or)\s))"
)


def question_as_whether(sentence: str) -> str:
    """``a harvest report: did it grow (yes/no), ...``: *whether it grew (yes/no)*, a question
    kept as its answer."""

    def plain(match: re.Match[str]) -> str:
        lemma = verb_lemma(match.group("verb"))
        if lemma is None or lemma in AUXILIARIES:
            return match.group(0)
        lead = match.group("lead")
        space = "" if lead.endswith(" ") or not lead else " "
        return f"{lead}{space}whether {match.group('who')} {verb_form(lemma, 'VBD')}"

    return _DID_IT.sub(plain, sentence)


_THEN_OPEN_FOR_THEM = re.compile(
    r"^(?P<head>(?:when\s+)?(?:a|an)\s+(?P<who>[a-z][\w\-]*)\s+[a-z]+"
    r"(?:\s+(?:up|in|by|round|over|back))?,?\s+(?:i|we)\s+[^;]+?),\s+(?:and\s+)?then\s+"
    r"(?:open|create|start|raise|make|set\s+up|add|log|book)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"for\s+(?:them|him|her)\s+with\s+(?P<list>[^;]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:i|we)\s+[^;]+))?$"
)


_ONCE_READY_FOR_THEM = re.compile(
    r"^(?:once|when|after|as\s+soon\s+as)\s+(?:a|an)\s+(?P<who>[a-z][\w\-]*)\s+(?:is|gets|has)\s+"
    r"[a-z][\w\-]*,?\s+(?:we|i)\s+(?:enter|open|create|add|log|book|record|start|set\s+up|arrange)\s+"
    r"(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+for\s+(?:them|him|her)\s+with\s+"
    r"(?P<list>[^;]+)$"
)


def then_open_for_them(sentence: str) -> str:
    """``a customer rings up, i take their name and email, then open a job for them with the
    address and the date, and i put a fitter on it``: *...; each job is for one customer; each
    job has the address and the date; i put a fitter on each job*; the record opened for the
    one who called, with its own list; so is ``once a student is ready we enter a driving test
    for them with ...``."""
    ready = _ONCE_READY_FOR_THEM.match(sentence)
    if ready and ready["record"] != ready["who"]:
        # "once a student is ready we enter a driving test for them with the test date"
        record = ready["record"]
        return f"each {record} is for one {ready['who']}; each {record} has {ready['list']}"
    match = _THEN_OPEN_FOR_THEM.match(sentence)
    if match is None or not can_be_noun(match["record"]) or match["record"] == match["who"]:
        return sentence
    record = match["record"]
    plain = [
        match["head"],
        f"each {record} is for one {match['who']}",
        f"each {record} has {match['list']}",
    ]
    if match["rest"]:
        plain.append(re.sub(r"\b(?:on|to|for)\s+it\b", f"on each {record}", match["rest"]))
    return "; ".join(plain)


_MAKE_THEM_FOR = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?:(?P<first>[^;]+?),?\s+and\s+)?"
    r"(?:(?P<verb>place|make|submit|put\s+in|request)\s+(?P<made>[a-z][\w\-]*s)|"
    r"(?P<booking>book|reserve)\s+(?:a|an|one)\s+(?P<booked>[a-z][\w\-]*))\s+"
    r"for\s+(?P<list>(?:a|an|the|one|how)\s+[^;:]+?)(?:,\s+and\s+(?P<after>[^;:]+))?$"
)


_ONE_MAKES_ONE_FOR = re.compile(
    r"^(?:(?:a|an|each|every)\s+)(?P<who>[a-z][\w\-]*)\s+(?:makes|places|submits|puts\s+in|sends\s+in|"
    r"fills\s+in|files|lodges)\s+(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+for\s+"
    r"(?P<list>(?:a|an|the|one)\s+[^;]+?(?:,|\sand\s)[^;]+)$"
)


def one_makes_one_for(sentence: str) -> str:
    """``an organiser makes an application for a street, a party date and an expected number
    of guests, saying whether ...``: *each application belongs to one organiser; each
    application has a street, a party date, ...*, when the list holds a date or a number."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["who"] == match["made"]:
            return None
        listed = re.sub(r",?\s+(?:saying|stating|with)\s+(?=whether\b)", ", and ", match["list"])
        read = [read_field(item) for item in split_list(listed)]
        if not any(d is not None and d.type in ("date", "datetime", "integer") for d in read):
            return None
        made = match["made"]
        return [f"each {made} belongs to one {match['who']}", f"each {made} has {listed}"]

    return per_match(sentence, _ONE_MAKES_ONE_FOR, plain)


def make_them_for(sentence: str) -> str:
    """``customers place orders for a chosen collection date``, ``clients make bookings for a
    date and a number of guests``: *customers place orders; each order has a chosen collection
    date*, when every item after *for* is a value (a date, a number) and no thing; a predicate
    before it (*customers sign up with ... and place orders for ...*) is a clause of its own;
    ``customers book a session for a number of jumpers``: a booking of theirs for a session."""

    def plain(clause: str) -> list[str]:
        match = _MAKE_THEM_FOR.match(clause)
        if match is None or (match.group("made") and not is_plural(match.group("made"))):
            return [clause]
        items = split_list(match.group("list"))
        read = [read_field(item) for item in items]
        if (
            not items
            or any(draft is None or draft.type == "text" for draft in read)
            # "..., saying how many players": an act goes on with more of the list
            or any(words(item)[:1] and words(item)[0].endswith("ing") for item in items)
        ):
            return [clause]
        who = match.group("who")
        first = [f"{who} {match.group('first')}"] if match.group("first") else []
        after = [match.group("after")] if match.group("after") else []
        if match.group("booking"):
            # "customers book a session for a number of jumpers": a booking of theirs, for one
            act = act_noun(match.group("booking"))
            if act is None:
                return [clause]
            return [
                *first,
                f"each {act} belongs to one {singular(who)}",
                f"each {act} is for one {match.group('booked')}",
                f"each {act} has {match.group('list')}",
                *after,
            ]
        made = match.group("made")
        return [
            *first,
            f"{who} {match.group('verb')} {made}",
            f"each {singular(made)} has {match.group('list')}",
            *after,
        ]

    return per_clause(sentence, plain)


_IS_A_KIND_FOR = re.compile(
    r"^(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+(?:i|we)\s+[a-z]+)?)\s+is\s+(?:a|an|one)\s+"
    r"(?P<kind>[a-z][\w\-]*)\s+(?=(?:for|from)\s+(?:one|a|an|the)\s+[a-z])"
)


def is_a_kind_for(sentence: str) -> str:
    """``every wig i make is an order for one client, with ...``: *every wig i make is for one
    client, with ...*; what kind of record it is (*an order*) is no field of it."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if not can_be_noun(match.group("kind")) or verb_lemma(match.group("kind")) == "be":
            return None
        return f"{match.group('subject')} is {rest}"

    return reordered(sentence, _IS_A_KIND_FOR, reorder)
