"""Lists said after the record they belong to, with a word standing in for it:

- *we log a batch code, the strain, who supplied the eggs, ...*: the batch's code and list;
- *each one is issued by an authority, a council or the police, and I'd keep those with a name,
  ...*: the authority's list;
- *..., and payments received against it are logged with the amount, ...*: the payments' list;
- *players give us a name, ..., and we keep their instruments on file with make, ...*: each
  player's instruments and their list.

`for_every_reader` runs them, so the parse's readers see them said plainly too.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import said_in_place
from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_WE_LOG_ITS_CODE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:we|i)\s+(?:log|record|note|take\s+down)\s+(?:a|an|the)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+(?P<field>code|number|reference|name)\s*,\s+"
    r"(?=(?:the|its|who|how|when|what|which|whether)\s[^;]*(?:,|\band\b))"
)


def we_log_its_code(sentence: str) -> str:
    """``we log a batch code, the strain, who supplied the eggs, ...``: *each batch has a code,
    the strain, ...*; the code names the record the list is of, no record of its own (not *we
    keep a card number, their name and ...*, a person's list)."""
    match = _WE_LOG_ITS_CODE.search(sentence)
    if match is None or not can_name_records(match["one"]):
        return sentence
    said = f"each {match['one']} has a {match['field']}, "
    return f"{sentence[: match.start()]}{match['lead']}{said}{sentence[match.end() :]}"


_KEEP_THOSE_WITH = re.compile(
    r"(?P<head>\b(?:by|from|to|with|at)\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*))(?:,[^;]*?)?,?\s+and\s+"
    r"(?:we|i)(?:\s+would)?\s+(?:keep|store|record|hold)\s+(?:those|them|these)\s+with\s+"
    r"(?P<listed>(?:a|an|the|their|its)\s[^;]+)"
)


def keep_those_with(sentence: str) -> str:
    """``each one is issued by an authority, a council or the police or some car park firm, and
    i would keep those with a name, an address and an email``: *each one is issued by an
    authority; each authority has a name, ...*; the examples between name no record."""
    match = _KEEP_THOSE_WITH.search(sentence)
    if match is None or not can_name_records(match["one"]):
        return sentence
    said = f"{match['head']}; each {match['one']} has {match['listed']}"
    return f"{sentence[: match.start()]}{said}{sentence[match.end() :]}"


_ONES_AGAINST_IT_ARE_LOGGED_WITH = re.compile(
    r"(?P<lead>;\s+|,\s+and\s+)(?P<things>[a-z][\w\-]*s)\s+(?:received|made|taken|paid)\s+(?:against|for|on)\s+"
    r"it\s+are\s+(?:logged|recorded|kept|noted)\s+with\s+(?P<listed>(?:a|an|the|their|its)\s[^;]+)$"
)


def ones_against_it_are_logged_with(sentence: str) -> str:
    """``an invoice covers several bookings, and payments received against it are logged with
    the amount, ...``: *...; each payment has the amount, ...*; the payments are records of
    their own, with their list."""
    match = _ONES_AGAINST_IT_ARE_LOGGED_WITH.search(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    thing = singular(match["things"])
    if not can_name_records(thing):
        return sentence
    return said_in_place(sentence, match, f"each {thing} has {match['listed']}")


_WE_KEEP_THEIRS_ON_FILE_WITH = re.compile(
    r"^(?P<whose>[a-z][\w\-]*s)\s+(?P<told>(?:give\s+us|have|are\s+kept\s+with)\s[^;]+?),?\s+and\s+"
    r"(?:we|i)\s+(?:keep|store|hold)\s+their\s+(?P<records>[a-z][\w\-]*s)\s+on\s+file\s+with\s+"
    r"(?P<listed>\S.*)$"
)


def we_keep_theirs_on_file(sentence: str) -> str:
    """``players give us a name, phone and e-mail, and we keep their instruments on file with
    make, model and serial number``: *...; each instrument belongs to one player; each
    instrument has make, model and serial number*."""
    match = _WE_KEEP_THEIRS_ON_FILE_WITH.match(sentence)
    if match is None:
        return sentence
    whose, record = singular(match["whose"]), singular(match["records"])
    if whose == record or not can_name_records(whose, record):
        return sentence
    return (
        f"{match['whose']} {match['told']}; each {record} belongs to one {whose}; "
        f"each {record} has {match['listed']}"
    )
