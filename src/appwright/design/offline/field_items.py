"""What the items of a list are: fields, records, or the start of a clause.

The readers ask it of each item before they place it: *tasks with a title* is a record with
its own list (``is_entity_item``), *(name, industry, website)* lists fields (``lists_fields``),
*several line items (description, hours)* says what its records hold (``is_specified``), and
*(number)* only hints at a value's kind (``is_hint``). ``first_field_brackets`` and
``WITH_LIST`` find where a list starts in a clause; ``position_in`` maps a place in a clause
read without its brackets back to the clause.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noun_phrases import leading_noun_phrase, strip_determiners
from appwright.design.offline.types import COUNTED_PLURALS, UNIT_TYPES
from appwright.design.offline.word_classes import AUXILIARIES, SUBJECT_PRONOUNS, word_set, words
from appwright.design.offline.word_forms import is_past_participle, is_plural
from appwright.spec.names import to_snake

WITH_LIST = re.compile(
    r"(?:\bwith|,\s*giving(?:\s+(?:it|them))?|\b(?:stating|listing|noting|giving|detailing|"
    r"specifying)(?=\s+(?:the|a|an|its|their)\b))\s+(?!one of\b|each other\b|per\b)(?P<body>.+)$"
)
"""A list of fields after *with*, *, giving it* (*they review each project, giving it a
score and a comment*) or *stating* (*staff open a repair job stating the item, ...*)."""


def position_in(text: str, plain: str, plain_at: int) -> int:
    """Map an index in ``outside_brackets(text)`` back to ``text``."""
    marker = plain[plain_at : plain_at + 12]
    found = text.find(marker)
    return found if found >= 0 else plain_at


def is_noun_phrase(text: str) -> bool:
    tokens = words(text)
    while len(tokens) > 2 and tokens[-2] == "per":
        tokens = tokens[:-2]  # "one tacho entry per driver per day": what each is kept per
    if not tokens or len(tokens) > 6:
        return False
    return not is_clause(text) and not any(
        t in SUBJECT_PRONOUNS or (t in AUXILIARIES and t != "need") for t in tokens
    )


def is_hint(inner: str) -> bool:
    from appwright.design.offline.types import hint_type

    return hint_type(inner) is not None or len(split_list(inner)) == 1


def is_entity_item(item: str) -> bool:
    """Whether a list item names records (``tables``, ``items found (...)``, ``claims by
    passengers``) rather than a field."""
    plain = outside_brackets(item)
    if re.match(r"\s*any\s", plain):
        return False  # "any allergies": what one record may have written on it
    tokens = words(re.split(r"\bwith\b", plain)[0])
    head = leading_noun_phrase(tokens)
    if head.endswith(("'s", "s'")):
        return False  # "the caller's name": a field said to be someone's
    after = tokens[tokens.index(head.split()[-1]) + 1 :] if head else []
    done = after[:1] if after[1:] in ([], ["down"], ["up"], ["out"], ["off"], ["in"]) else []
    if "(" not in item and done and is_past_participle(done[0]):
        return False  # "the laps completed": how many, not records (*items found (...)* are)
    # "any other notes": written about a record, never records; "the days in milk": how many
    # of a unit, a count
    last = head.split()[-1] if head else ""
    return (
        bool(head) and is_plural(last) and last not in COMMON_FIELD_NAMES and last not in UNIT_TYPES
    )


COMMON_FIELD_NAMES = word_set(
    "name title description notes address phone email date time status type category code "
    "number quantity amount price comment summary label first_name last_name full_name "
    "measurements details instructions directions remarks comments dimensions"
)


def lists_fields(inner: str, *, strict: bool = False) -> bool:
    """``(description, hours, rate)`` lists fields; ``(tech, design, business)`` lists values:
    most fields have a type of their own or a name every record uses. ``strict``: a lone
    adjective (*basic*, *deluxe*) is a value, not a yes/no field."""
    loose = ("text", "boolean") if strict else ("text",)
    if re.search(r"\s+or\s+[^,]+$", inner):
        return False  # "(4-5ft, 5-6ft or over 7ft)": one of them, so values
    items = split_list(inner)
    drafts = [read_field(item) for item in items if not item.strip()[:1].isdigit()]
    # "(firm name, phone, account number)": a terse list, where compounds named like fields
    # are fields; "(usually an agent, so for them just the company name, ...)" is talk
    terse = all(len(strip_determiners(item).split()) <= 3 for item in items)
    field_like = [
        d
        for d in drafts
        if d is not None
        and (
            d.type not in loose or d.name in COMMON_FIELD_NAMES or (terse and _named_by_its_head(d))
        )
        and not _lone_thing(d.name)
    ]
    return len(field_like) * 2 >= len(items)


_IDENTIFYING_HEADS = word_set("name number code address title")
"""Heads of the compounds records are told apart by: *firm name*, *account number*."""


def _named_by_its_head(draft: FieldDraft) -> bool:
    """``firm name``, ``account number``: a compound whose head every record has names a field;
    values (*passport, BRP, share code*) are seldom mostly such compounds."""
    said = to_snake(strip_determiners(draft.phrase))
    return said == draft.name and "_" in said and said.rsplit("_", 1)[-1] in _IDENTIFYING_HEADS


def _lone_thing(name: str) -> bool:
    """*tools*, *toys*: a plural alone is a count as a record's field, but among values it is
    one of the kinds; only the words always counted (*adults*, *places*) say fields."""
    return "_" not in name and is_plural(name) and name not in COUNTED_PLURALS


def is_specified(item: str) -> bool:
    """An item with its own list: ``clients (name, email)``, ``invoices with a number``
    (not ``interests (tech, design, business)``, whose brackets hold values)."""
    inner = bracketed(item)
    if inner and lists_fields(inner[0]):
        return True
    return re.search(r"\bwith\b", outside_brackets(item)) is not None


def first_field_brackets(text: str) -> int | None:
    at = text.find("(")
    while at >= 0:
        inner = bracketed(text[at:])
        if inner and not is_hint(inner[0]):
            return at
        at = text.find("(", at + 1)
    return None
