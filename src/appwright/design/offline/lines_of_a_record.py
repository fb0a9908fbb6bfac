"""The lines a record is made up of, a record of their own: *a purchase order is made up of
lines, each naming a model and a quantity*, *each invoice has lines, one per job: job date,
description, amount*, *a sale lists sale lines with a product and quantity*. A line belongs
to the record it is a line of and holds what each line names; *one per X* makes it X's too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, singular_phrase

_LINES_VERB = (
    r"(?:has|have|(?:is|are)\s+(?:made\s+up\s+of|made\s+of|broken\s+(?:in)?to|split\s+into|"
    r"divided\s+into)|carries|carry|lists|list|holds|hold|contains|contain|includes|include)"
)
_LINES = (
    r"\s+(?:several\s+|one\s+or\s+more\s+|many\s+|a\s+number\s+of\s+)?"
    r"(?P<kind>[a-z][\w\-]*\s+)?lines\b(?P<rest>[^;]*)$"
)
_RECORD_HAS_LINES = re.compile(
    r"^(?P<lead>(?:and\s+|so\s+)?)(?:(?:a|an|each|every|the|our)\s+)?"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    rf"\s+(?:then\s+|also\s+)?{_LINES_VERB}{_LINES}"
)
_RECORD_AND_HAS_LINES = re.compile(
    r"^(?P<said>(?:a|an|each|every|the)\s+(?P<record>[a-z][\w\-]*(?:\s+(?!(?:is|are|was|has|have|goes|"
    r"gets|comes|belongs)\b)[a-z][\w\-]*)?)\s+[^;]+?)"
    # "each bill has a due date, and the bill is made up of lines, ...": the bill, named again
    rf",?\s+and\s+(?:(?:the|each|every)\s+(?P=record)\s+)?(?:then\s+|also\s+)?{_LINES_VERB}{_LINES}"
)
_ONE_PER = re.compile(
    r"^,?\s+one\s+(?:per|for\s+each|for\s+every)\s+(?P<per>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s*[:,]\s*(?:each\s+)?(?:with|giving|saying|naming|having|holding|showing)?\s*(?P<list>\S.*))?$"
)
_EACH_WITH = re.compile(
    r"^\s*,?\s*(?:(?:each|every)(?:\s+(?:line|one))?\s+)?(?:with|naming|saying|giving|having|holding|"
    r"listing|carrying|showing)\s+(?P<list>\S.*)$"
)
_COLON = re.compile(r"^\s*:\s*(?P<list>\S.*)$")


_ONE_LINE_PER = re.compile(
    r"^(?:(?:a|an|each|every|the)\s+)?(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    rf"{_LINES_VERB}\s+one\s+(?P<kind>[a-z][\w\-]*\s+)?line\s+(?:per|for\s+each|for\s+every)\s+"
    r"(?P<per>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?P<values>\s*\([^()]*\))?"
    r"(?:,?\s+(?:with|giving|saying|naming|showing)\s+(?P<list>.+))?$"
)


def _one_line_per(clause: str) -> list[str] | None:
    """``a bag holds one line per item type (pillowcase, duvet cover, ...) with the quantity
    packed``: *each bag line belongs to one bag; each bag line has an item type (pillowcase,
    ...), the quantity packed*; the kinds a line is for are its values when they are listed,
    else a record of their own (*one line per product*: each line is for one product)."""
    match = _ONE_LINE_PER.match(clause)
    if match is None:
        return None
    record = singular_phrase(match["record"])
    kind = (match["kind"] or "").strip()
    if any(word in FUNCTION_WORDS for word in [*record.split(), kind]) or not can_be_noun(
        record.split()[-1]
    ):
        return None
    line = f"{kind or record.split()[-1]} line"
    listed = f", {match['list']}" if match["list"] else ""
    told = [f"each {line} belongs to one {record}"]
    if match["values"]:
        told.append(f"each {line} has a {match['per']}{match['values']}{listed}")
    else:
        told.append(f"each {line} is for one {match['per']}")
        told += [f"each {line} has {match['list']}"] if match["list"] else []
    return told


def lines_of_a_record(sentence: str) -> str:
    """``a purchase order is made up of lines, each naming a model and a quantity``: *each
    order line belongs to one purchase order; each order line has a model and a quantity*."""

    def plain(clause: str) -> list[str]:
        one_per = _one_line_per(clause)
        if one_per is not None:
            return one_per
        match = _RECORD_HAS_LINES.match(clause)
        said: list[str] = []
        if match is None:
            match = _RECORD_AND_HAS_LINES.match(clause)
            if match is None:
                return [clause]
            said = [match["said"]]
        record = singular_phrase(match["record"])  # "manifests are made up of lines"
        if any(word in FUNCTION_WORDS for word in record.split()) or not can_be_noun(
            record.split()[-1]
        ):
            return [clause]
        kind = (match["kind"] or "").strip()
        if kind in FUNCTION_WORDS:
            return [clause]
        line = f"{kind or record.split()[-1]} line"
        rest = match["rest"]
        per = _ONE_PER.match(rest)
        listed = per or _EACH_WITH.match(rest) or _COLON.match(rest)
        if listed is None or not (listed["list"] or per):
            return [clause]  # what a line holds is said elsewhere, if at all: left to its reader
        lead = match.groupdict().get("lead") or ""
        told = [*said, f"{lead}each {line} belongs to one {record}"]
        if per:
            told.append(f"each {line} is for one {per['per']}")
        if listed["list"]:
            told.append(f"each {line} has {listed['list']}")
        return told

    return per_clause(sentence, plain)


_ITEMS_LISTED_FOR_EACH = re.compile(
    r"^for\s+each\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+(?:we|i)\s+(?:also\s+)?"
    r"(?:list|record|note|log)\s+(?:the|its|all\s+the)\s+(?:items|lines|things|kit|parts)\s*:\s+"
    r"(?P<listed>(?:the|a|an)\s+(?:[a-z][\w\-]*\s+)?(?:item|product|part|article|material|piece)"
    r",\s+[^;]+)$"
)


def items_listed_for_each(sentence: str) -> str:
    """``on every count we list the items: the stock item, how many went out, ...``: *each
    count has several lines, each with the stock item, how many went out, ...*; what is listed
    one per item, naming the item first, is a line of the record (*we list the items: who the
    buyer is, the price paid* are the items' own fields)."""

    def plain(clause: str) -> list[str]:
        match = _ITEMS_LISTED_FOR_EACH.match(clause)
        if match is None or any(w in FUNCTION_WORDS for w in match["record"].split()):
            return [clause]
        return [f"each {match['record']} has several lines, each with {match['listed']}"]

    return per_clause(sentence, plain)


_LINES_ON_ONE = re.compile(
    r"^(?:the\s+)?lines\s+(?:on|of|in)\s+(?:a|an|the|each)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r",\s+each\s+(?:with\s+|one\s+|being\s+)?(?P<listed>(?:a|an|the|one)\s+[^;]+)$"
)


def lines_on_one(sentence: str) -> str:
    """``- lines on a pick list, each a stock item and the quantity to pick``: *each pick list
    line belongs to one pick list; each pick list line has a stock item and the quantity to
    pick*; a note's item naming the lines of a record and what each holds."""

    def plain(clause: str) -> list[str]:
        match = _LINES_ON_ONE.match(clause)
        if match is None or any(w in FUNCTION_WORDS for w in match["record"].split()):
            return [clause]
        record = match["record"]
        line = f"{record} line"
        return [f"each {line} belongs to one {record}", f"each {line} has {match['listed']}"]

    return per_clause(sentence, plain)


_EACH_LINE_ON_IT = re.compile(
    r"(?P<before>\b(?:raise|raises|open|opens|create|creates|send|sends|place|places|put\s+in|puts\s+in)\s+"
    r"(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+(?!(?:with|to|for|from|on|in|at|by|and|or)\b)"
    r"[a-z][\w\-]*)?)\b[^;]*;\s+)(?:each|every)\s+line\s+(?:on|of|in)\s+it\s+"
    r"(?:names|is|has|holds|gives|shows)\s+(?P<listed>(?:a|an|the|one)\s+[^;]+)"
)


def each_line_on_it(sentence: str) -> str:
    """``we raise a purchase order to one supplier with ...; every line on it names a moulding
    and the metres ordered``: *...; each purchase order line belongs to one purchase order; each
    purchase order line has a moulding and the metres ordered*."""

    def plain(match: re.Match[str]) -> str:
        record = match["record"]
        if any(w in FUNCTION_WORDS for w in record.split()):
            return match[0]
        line = f"{record} line"
        return f"{match['before']}each {line} belongs to one {record}; each {line} has {match['listed']}"

    return _EACH_LINE_ON_IT.sub(plain, sentence)


_AND_LINES_FOR_EACH = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+[^;]*?\bwith\s+[^;]+?),?\s+and\s+"
    r"lines\s+for\s+(?:each|every)\s+[a-z][\w\-]*(?:\s+\([^()]*\))?\s+"
    r"(?:giving|showing|with|listing|holding)\s+(?P<listed>[^;]+)$"
)
"""*an invoice is raised ..., with an invoice number, ... and lines for each charge (...) giving
a description, a quantity and a unit price*."""


def and_lines_for_each(sentence: str) -> str:
    """``an invoice is raised for one stay, with an invoice number and lines for each charge
    (boarding nights, grooming) giving a description, a quantity and a unit price``: *...;
    each invoice line belongs to one invoice; each invoice line has a description, ...*; the
    lines at the end of a record's list are records of their own."""
    match = _AND_LINES_FOR_EACH.match(sentence)
    if match is None or not can_be_noun(record := match["record"]) or record in FUNCTION_WORDS:
        return sentence
    line = f"{record} line"
    return (
        f"{match['head']}; each {line} belongs to one {record}; each {line} has {match['listed']}"
    )
