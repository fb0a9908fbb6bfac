"""A list of fields given to its record, item by item.

*each project has a title, a due date and tasks with a title and a status*: the title and due
date are the project's, *tasks with ...* starts a child record that takes the items after it;
*the customer's name, ..., and the contract's price* switches to the contract; *chest, waist,
all in centimetres* makes every item a number of that unit.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.clause_or_phrase import is_clause, is_next_act
from appwright.design.offline.draft import LinkDraft, entity_key
from appwright.design.offline.field_items import (
    WITH_LIST,
    is_hint,
    is_noun_phrase,
    lists_fields,
    position_in,
)
from appwright.design.offline.fields import for_some_only, read_field, values_clause
from appwright.design.offline.item_links import ItemLinks
from appwright.design.offline.list_items import is_open_ended, split_list, split_options
from appwright.design.offline.many_items import ManyItems
from appwright.design.offline.record_words import PIECES
from appwright.design.offline.types import UNIT_TYPES
from appwright.design.offline.word_classes import DETERMINERS, MANY, QUANTIFIERS, words
from appwright.design.offline.word_forms import is_plural, plural, singular

_A_REASON = re.compile(r"(?:because|since|so\s+that|as\s+(?:they|it|we))(?:\s|$)")


_BELONGING_ITEM = re.compile(
    r"(?:(?:and\s+)?(?:each|every)\s+(?:one\s+)?|and\s+)?(?:belonging|belongs|tied|attached|linked)"
    r"\s+to\s+(?:a|an|one|the|its|their)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""*each one belonging to an owner*, as an item of a list: the record it belongs to."""


_FOR_EACH_ITEM = re.compile(
    r"^(?:and\s+)?for (?:each|every|the) (?P<np>[a-z][\w\-]*(?:\s+(?!itself\b)[a-z][\w\-]*)?)\s+"
    r"(?:itself\s+)?(?P<rest>(?:the|a|an|its|their)\s+.+)$"
)
"""``for each rental the year``, ``for the device itself the type`` inside a list: the fields
after it are the rental's, the device's."""


WHOSE_ITEM = re.compile(
    r"^(?:and\s+)?(?:the|each|every|its|their)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)'s?\s+"
    r"(?P<rest>[a-z].*)$"
)
"""``the contract's price`` in a list: a field of another record, named by its owner."""


_ONES_ON_OFFER = re.compile(
    r"(?:the\s+)?number\s+of\s+(?P<things>[a-z][\w\-]*s)\s+"
    r"(?:on\s+offer|available|up\s+for\s+grabs|we\s+offer|offered|to\s+fill)"
)
"""``the number of slots on offer``: a count of the record's own slots, kept as records."""


class FieldLists(ItemLinks, ManyItems):
    """A list of fields given to its record, item by item: *a title, a due date and tasks with a
    title*; a plural item with its own list starts a child record."""

    def next_list_host(self, items: list[str], index: int) -> str | None:
        """The record an item names when the next item opens a *with* list of its own (*the
        medical examiners who sign them off, with the examiner's name*), else None."""
        if index == 0 or index + 1 >= len(items):
            return None
        if not _WITH_OPENER.match(items[index + 1].strip()):
            return None
        named = _NOUN_BEFORE_CLAUSE.match(outside_brackets(items[index]).strip())
        if named is None or not is_plural(words(named["np"])[-1]):
            return None
        return self.entity(named["np"])

    def field_list(
        self, owner: str, items: list[str], *, picking: bool = False, closed: bool | None = None
    ) -> str | None:
        """Add ``items`` to ``owner``; a plural item with its own list starts a child entity
        that takes the items after it. Returns the text left when an item is a new clause.
        ``picking``: the items are what the owner includes or holds, not what it has;
        ``closed``: whether the last item follows *, and*, so it is the owner's again (None:
        the items are not the whole list, so none is read as a line's own)."""
        current = owner
        with_listed: str | None = None  # the child whose "with" list the items go on
        shared = _SHARED_UNIT.match(items[-1].strip()) if items else None
        unit_type = _unit_type(shared.group("unit")) if shared else None
        if unit_type is not None:
            # "chest, waist, hip, all in centimetres": every item is that kind of number
            items = items[:-1]
            for item in items:
                draft = read_field(item)
                if draft is not None and draft.type == "text" and not is_clause(item):
                    draft.type = unit_type
                    self.model.entities[owner].add(draft)
        items = list(items)
        for index, item in enumerate(items):
            host = self.next_list_host(items, index)
            if host is not None:
                # "drivers with their name, ..., and the examiners who sign them off, with the
                # examiner's name, ...": the items after the second *with* are the examiners'
                current = host
                items[index + 1] = _WITH_OPENER.sub("", items[index + 1].strip())
                continue
            switch = _FOR_EACH_ITEM.match(item.strip())
            if switch and is_noun_phrase(switch.group("np")):
                # "each gardener's name and phone, and for each rental the year, the fee"
                current = self.entity(switch.group("np")) or current
                item = switch.group("rest")
            whose = WHOSE_ITEM.match(item.strip())
            if whose and (
                self.is_entity_phrase(whose.group("np")) or _each_ones_list(whose, index)
            ):
                # "the customer's name, phone and email, and the contract's price"; "each
                # boxer's name and weight, and each club's name": every club, so a record
                current = self.entity(whose.group("np")) or current
                item = whose.group("rest")
            kept = for_some_only(item)  # "... for the ones who pay": no clause of its own
            flowing = _STATE_THAT_MOVES.match(kept.strip()) is not None
            if not flowing and (
                (is_clause(kept) and not values_clause(kept)) or (index and is_next_act(kept))
            ):
                return ", ".join(items[index:])
            if (
                self.one_of_them(current, item)
                or self.acting_party(current, item)
                or self.named_party(current, item)
                or self.party_in_role(current, item, items)
            ):
                continue
            if (
                self.taken_many(current, item)
                or self.able_for_many(current, item)
                or self.acts_on_many(current, item)
            ):
                continue
            done = _THINGS_DONE.fullmatch(outside_brackets(item).strip())
            if done and self.known.get(entity_key(singular(done["things"])) or ""):
                continue  # "lists the garments handed in", garments kept: records, no count
            if _A_REASON.match(item.strip()):
                continue  # "a name and a code, because they change": why, not a field
            owned_by = _BELONGING_ITEM.fullmatch(outside_brackets(item).strip())
            if owned_by and self.points_at(current, owned_by["np"]):
                continue  # "registration, make, each one belonging to an owner": a link
            record = self.record_item(item)
            if record is not None:
                # "the supplier it was bought from": the one record it came from, a link
                self.points_at(current, record)
                self.last = owner
                continue
            taken = self.line_entity(owner, item, items[index + 1 :])
            if taken > 1:
                return None  # the item after it was the pairing's too
            if taken:
                continue
            if (
                self.parent_entity(owner, item)
                or self.done_by(current, item)
                or self.who_did_it(current, item)
                or (picking and self.chosen_from_range(current, item))
            ):
                continue
            offered = _ONES_ON_OFFER.fullmatch(item.strip())
            if offered and self.is_entity_phrase(offered["things"]):
                # "the number of slots on offer", slots kept: the day's own slots, and a count
                child = self.entity(offered["things"], declared=False)
                if child is not None and child != current:
                    self.model.link(LinkDraft(source=child, target=current, said_many=True))
                item = f"the number of {offered['things']}"
            child = self.child_entity(item)
            if child is not None:
                if not _RELATIVE.search(outside_brackets(item)):
                    # "volunteers who help at events (...)": the clause says what they are
                    # linked to, not the list's owner
                    many = is_plural(words(outside_brackets(item))[-1])
                    # "several order lines with a size and several toppings": the toppings
                    # are in the lines' own list
                    in_line = (
                        current == with_listed
                        and closed is not None
                        and not (closed and index == len(items) - 1)
                    )
                    if in_line and many and self.catalogued(child, item):
                        # "order lines with a size and several toppings", toppings being kept
                        # on their own: each line picks several
                        self.model.link(
                            LinkDraft(source=current, target=child, kind="many_to_many")
                        )
                    else:
                        self.model.link(LinkDraft(source=child, target=owner, said_many=many))
                if _opens_own_list(item) or set(words(item)[:1]) & QUANTIFIERS:
                    # "tasks with a title, a due date", "several line items, a quantity": the
                    # items after it go on its list; "a customer, photos (can be several), a
                    # print size": a bare plural is one item of the owner's list
                    current = child
                if WITH_LIST.search(outside_brackets(item)):
                    with_listed = child
                continue
            self.add_field(current, item)
        self.last = owner
        return None

    def child_entity(self, item: str) -> str | None:
        """``tasks with a title`` / ``line items (description, hours)`` / ``many students``."""
        text = item.strip()
        plain = outside_brackets(text)
        first = words(plain)[:1]
        if first == ["how"]:
            return None  # "how many adults and how many children": counts, the children kept
        many = bool(first) and first[0] in QUANTIFIERS
        nested = WITH_LIST.search(plain)
        head = plain[: nested.start()].strip() if nested else plain
        head = _RELATIVE.split(head)[0]
        head_words = [w for w in words(head) if w not in DETERMINERS and w not in QUANTIFIERS]
        pieces = _PIECES_OF.fullmatch(" ".join(head_words))
        if pieces:
            # "pieces of equipment, each with a type": several of the equipment, each a record
            head, head_words, many = pieces.group("thing"), [pieces.group("thing")], True
        elif not head_words or len(head_words) > 3:
            return None
        elif not is_plural(head_words[-1]) and not (set(first) & MANY and len(head_words) == 1):
            return None  # "several aircraft", "many sheep": several, whatever the noun's form
        has_list = _opens_own_list(text)
        if not (many or has_list or self.is_entity_phrase(head)):
            return None
        child = self.entity(head, declared=has_list or many)
        if child is None:
            return None
        if nested:
            # "its herds with the species (cattle, sheep or goats)": a bracket in the list is
            # its field's, not more of the child's fields
            body_at = position_in(text, plain, nested.start("body"))
            for field in split_list(text[body_at:]):
                self.add_field(child, field)
            text = text[:body_at]
        for listed in bracketed(text):
            if is_open_ended(listed):
                # "skills (horse riding, swimming and so on)": what the records are, not fields
                self.model.entities[child].examples = split_options(listed)
            else:
                self.field_list(child, split_list(listed))
        self.last = child
        return child


_SHARED_UNIT = re.compile(r"^(?:all|each|both|everything)\s+(?:in|as)\s+(?P<unit>[a-z]+)$")


def _unit_type(unit: str) -> str | None:
    """The number type of a unit, written singular or plural (*centimetre*, *kg*)."""
    return UNIT_TYPES.get(unit) or UNIT_TYPES.get(plural(unit))


def _each_ones_list(whose: re.Match[str], index: int) -> bool:
    """``..., and each club's name and contact email`` after another record's list: a list said
    of every one of a kind names that kind as a record, known or not (*the lead guest's name*
    does not)."""
    said = whose.group(0).removeprefix("and ").lstrip()
    return index > 0 and said.startswith(("each ", "every ")) and is_noun_phrase(whose["np"])


def _opens_own_list(item: str) -> bool:
    """Whether a list item says what its own records keep: ``tasks with a title``, ``line
    items (description, hours)``; not ``photos`` or ``photos (can be several)``."""
    inner = bracketed(item)
    return WITH_LIST.search(outside_brackets(item)) is not None or (
        bool(inner)
        and not is_hint(inner[0])
        and not is_open_ended(inner[0])
        and lists_fields(inner[0])
    )


_PIECES_OF = re.compile(rf"{PIECES} of (?P<thing>[a-z][\w\-]*)")


_STATE_THAT_MOVES = re.compile(
    r"^(?:a|an|the|its|their)\s+(?:status|stage|state)\s+(?:that|which)\s+"
    r"(?:starts|begins|goes|moves|runs|passes)\b"
    # "an outcome that starts as pending and then becomes passed or failed": any one noun
    # whose relative clause walks through states is a field too, its flow read by ``states``
    r"|^(?:a|an|the|its|their)\s+[a-z]+\s+(?:that|which)\s+(?:starts|begins|stays|remains)\s+"
    r"(?:(?:out|off)\s+)?(?:as\s+|at\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:,|\s+(?:and\s+)?then\b|\s+until\b|\s+and\s+(?:becomes|turns|goes|moves)\b)"
    r"|^(?:a|an|the|its|their|each|every)\s+[a-z]+\s+(?:that|which)\s+(?:goes|moves)\s+from\s+"
    r"(?!(?:a|an|the|one|our|their)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:to|->)\s"
)
"""``a status that starts at applied, then ...``: a field and its flow, however it goes on."""


_THINGS_DONE = re.compile(
    r"(?:the|all\s+the)\s+(?P<things>[a-z][\w\-]*s)\s+[a-z]+ed(?:\s+(?:in|out|up|down|off|back))?"
)
"""*the garments handed in*: the things themselves, where they are kept as records."""


_RELATIVE = re.compile(r"\s+(?:who|which|that)\s+")
_WITH_OPENER = re.compile(r"^with\s+")
_NOUN_BEFORE_CLAUSE = re.compile(
    r"^(?:the|our|their|any|all|each|every)\s+(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)"
    r"(?:\s+(?:who|which|that|we|they)\s+.*)?$"
)
"""*the medical examiners who sign them off*: plural records, and what the clause says of them."""
