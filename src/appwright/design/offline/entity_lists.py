"""Lists of records rather than of fields.

*we have tables, menu items (name, price) and orders with a status*: three records, the menu
items and the orders with their own lists; *a menu of dishes, each with a name*: the dishes.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.draft import CONTAINER_NOUNS, LinkDraft
from appwright.design.offline.field_items import (
    WITH_LIST,
    is_entity_item,
    is_specified,
    lists_fields,
)
from appwright.design.offline.field_lists import FieldLists
from appwright.design.offline.list_items import is_open_ended, split_list, split_options
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.reader_state import ON_ENTITY
from appwright.design.offline.word_classes import ADVERBS, words
from appwright.design.offline.word_forms import is_adverb


class EntityLists(FieldLists):
    """Lists of records rather than fields: *we have tables, menu items (name, price) and orders
    with a status*."""

    def declaration_list(self, items: list[str]) -> str | None:
        """``we have books, members who borrow them and a loan with ...``."""
        for index, item in enumerate(items):
            if is_clause(item) and not re.search(r"\b(?:who|which|that)\b", item):
                self.entity_list(items[:index])
                return ", ".join(items[index:])
        self.entity_list(items)
        return None

    def entity_list(self, items: list[str]) -> None:
        """``tables, menu items (name, price), orders with a status and order lines``."""
        current: str | None = None
        absorbing = False
        for index, item in enumerate(items):
            if is_clause(item):
                self.scan(", ".join(items[index:]))
                return
            tokens = words(item)
            if all(is_adverb(t) or t in ADVERBS for t in tokens):
                continue  # "we've got cars, obviously, each with ..."
            on = ON_ENTITY.match(outside_brackets(item))
            if on and self.is_entity_phrase(on.group("owner")):
                self.add_field(current or "", item)  # "hourly rate on the tutor"
                continue
            each_with = re.match(r"^(?:(?:each|every one|all)\s+)?with\s+(?P<rest>.+)$", item)
            if current is not None and each_with:
                self.add_field(current, each_with.group("rest"))
                absorbing = True
                continue
            specified = is_specified(item)
            if current is not None and absorbing and not (specified and is_entity_item(item)):
                self.add_field(current, item)
                continue
            parent = current if absorbing else None
            current = self.scan_entity_item(item)
            if parent and current:
                # "invoices with a number ... and line items (...)": the line items are the
                # invoice's
                self.model.link(LinkDraft(source=current, target=parent))
            absorbing = bool(WITH_LIST.search(outside_brackets(item)))

    def scan_entity_item(self, item: str) -> str | None:
        plain = outside_brackets(item)
        nested = WITH_LIST.search(plain)
        head = plain[: nested.start()] if nested else plain
        head = re.split(r"\s+(?:who|which|that)\s+", head)[0]
        head_words = words(head)
        head_np = leading_noun_phrase(head_words)
        if not head_np:
            return None
        after = head_words[head_words.index(head_np.split()[-1]) + 1 :]
        if head_np.split()[-1] in CONTAINER_NOUNS and after[:1] == ["of"]:
            # "a menu of dishes, each with a name": the dishes are the records
            head_np = leading_noun_phrase(after[1:]) or head_np
        owner = self.entity(head_np)
        if owner is None:
            return None
        for inner in bracketed(item):
            if nested and not lists_fields(inner, strict=True):
                # "funds (building fund, missions) with a name ...": examples, then fields
                self.model.entities[owner].examples = split_options(inner)
            elif not is_open_ended(inner):
                self.field_list(owner, split_list(inner))
        if nested:
            self.field_list(owner, split_list(plain[nested.start("body") :]))
        self.last = owner
        return owner
