"""List items that name several records, or one record described in brackets.

*a gin calls for several botanicals*, botanicals kept: many to many; *each order contains
several products with a quantity*: an order line pointing at both; *a route is run with one bus
(plate, seats)*: the bus, a record of its own.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import IRREGULAR_ACTS, names_an_act
from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.draft import EntityDraft, LinkDraft, entity_key, resolve_name
from appwright.design.offline.field_items import WITH_LIST, is_hint, is_noun_phrase, lists_fields
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_items import split_list
from appwright.design.offline.reader_state import ReaderState
from appwright.design.offline.record_words import PLAIN_FIELD_NOUNS
from appwright.design.offline.types import infer_type
from appwright.design.offline.word_classes import DETERMINERS, FUNCTION_WORDS, MANY, word_set, words
from appwright.design.offline.word_forms import can_be_noun, can_be_verb, is_plural, verb_lemma

_WHICH_THINGS_THEY = re.compile(
    r"(?:which|what|the)\s+(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:they|he|she|it)\s+"
    r"(?:take|takes|get|gets|want|wants|use|uses|order|orders|have|has|like|likes|buy|buys|"
    r"receive|receives|read|reads|follow|follows|play|plays|speak|speaks|need|needs)"
)
"""``which publications they take``: several of the records, each taken by many."""


_ACTS_ON_MANY = re.compile(
    r"(?P<verb>[a-z]+s)(?:\s+(?:for|on|with|in|to|from|up))?\s+(?:several|many|multiple|lots\s+of|"
    r"a\s+number\s+of|one\s+or\s+more|any\s+number\s+of)\s+(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""``..., a target abv and calls for several botanicals``: an act on several records, a
many-to-many link, not a count."""


_LINED_RECORDS = word_set("order invoice sale purchase quote quotation receipt basket bill")
"""Records whose parts are lines (*order lines*, *invoice lines*), whatever each line names."""


class ManyItems(ReaderState):
    """List items that name several records or one described in brackets: *calls for several
    botanicals*, *several products with a quantity*, *one bus (plate, seats)*."""

    def able_for_many(self, owner: str, item: str) -> bool:
        """``the subjects they can teach``, subjects being records already: each teacher
        teaches several, each subject has several teachers."""
        match = _THEY_CAN_DO_THEM.match(outside_brackets(item).strip())
        if match is None or not is_plural(match["np"].split()[-1]):
            return False
        target = self.model.resolve(entity_key(match["np"]))
        if target is None or target == owner or verb_lemma(match["verb"]) is None:
            return False
        self.model.link(LinkDraft(source=owner, target=target, kind="many_to_many"))
        return True

    def taken_many(self, owner: str, item: str) -> bool:
        """``which publications they take``, publications being records: the owner takes
        several, each taken by many, a many-to-many link rather than a text field."""
        match = _WHICH_THINGS_THEY.fullmatch(outside_brackets(item).strip())
        if match is None or not is_plural(match["things"].split()[-1]):
            return False
        target = self.model.resolve_phrase(match["things"]) or resolve_name(
            entity_key(match["things"]), self.known
        )
        if target is None or target == owner:
            return False
        self.entity(target, declared=False)
        self.model.link(LinkDraft(source=owner, target=target, kind="many_to_many"))
        self.last = owner
        return True

    def acts_on_many(self, owner: str, item: str) -> bool:
        """``calls for several botanicals``, botanicals being records: the owner's act on
        several of them, each in many, a many-to-many link rather than a count."""
        match = _ACTS_ON_MANY.fullmatch(outside_brackets(item).strip())
        if match is None or not is_plural(match["things"].split()[-1]):
            return False
        if verb_lemma(match["verb"]) is None or not can_be_verb(match["verb"]):
            return False
        target = self.model.resolve_phrase(match["things"])
        if target is None or target == owner:
            return False
        self.model.link(LinkDraft(source=owner, target=target, kind="many_to_many"))
        self.last = owner
        return True

    def line_entity(self, owner: str, item: str, following: list[str]) -> int:
        """``each order contains several products with a quantity``, when products are
        records with fields of their own: the list belongs to each pairing, a junction
        entity that points at both. Returns how many items it took: none, this one, or this
        one and the next (the pairing's own, split off by the list)."""
        plain = outside_brackets(item)
        nested = WITH_LIST.search(plain)
        if nested is None:
            return 0
        head = [w for w in words(plain[: nested.start()]) if w not in DETERMINERS]
        if not head or head[0] not in MANY or len(head) > 4:
            return 0
        key = entity_key(" ".join(head[1:]))
        target = self.model.resolve(key) or resolve_name(key, self.known)
        if target is None or target == owner:
            return 0
        listed = split_list(plain[nested.start("body") :])
        own = (
            {f.name for f in self.model.entities[target].fields}
            if target in self.model.entities
            else set()
        )
        said_here = {d.name for d in map(read_field, [*listed, *following]) if d}
        # fields this very list gave the target on an earlier reading are not its own
        own = (own | self.known.get(target, set())) - said_here
        if not own:
            return 0  # "several products with a quantity", said of products with no fields
        self.entity(target, declared=False)
        # "an order contains several bouquets": the order's lines, as a developer names them
        # ("a sale covers several items": its sale items)
        lined = owner.split("_")[-1] in _LINED_RECORDS and target != "item"
        name = f"{owner}_line" if lined else f"{owner}_{target}"
        junction = self.model.entities.setdefault(name, EntityDraft(name=name, declared=True))
        tail = self._pairing_tail(listed, following)
        for field in [*listed, *tail]:
            draft = read_field(field)
            if draft is not None:
                junction.add(draft)
        self.model.link(LinkDraft(source=name, target=owner, required=True))
        self.model.link(LinkDraft(source=name, target=target, required=True))
        self.last = owner
        return 1 + len(tail)

    def _pairing_tail(self, listed: list[str], following: list[str]) -> list[str]:
        """``several products with a quantity and a unit price``: the one item after the
        pairing's single field, which the list split off, is the pairing's too (counted in
        what `line_entity` took, so the owner does not also get it)."""
        if len(listed) != 1 or len(following) != 1:
            return []
        last = following[0].strip()
        if not re.match(r"(?:and\s+)?(?:the|a|an|whether|its|how)\s", last) or is_clause(last):
            return []
        return [re.sub(r"^and\s+", "", last)]

    def chosen_from_range(self, owner: str, item: str) -> bool:
        """``a hire can include several items``, when the items were described before as
        records of their own (*every item in our range has a name, ...*): the hire picks
        from them, many to many. Records first described after the list are its parts
        (*an order can contain several signs. For every sign we record ...*)."""
        tokens = words(item)
        if len(tokens) < 2 or tokens[0] not in MANY:
            return False
        if bracketed(item) or WITH_LIST.search(item):
            return False
        phrase = " ".join(tokens[1:])
        if not is_plural(tokens[-1]) or not is_noun_phrase(phrase):
            return False
        key = entity_key(phrase)
        target = self.model.resolve(key) if key else None
        if target is None or target == owner or not self.model.entities[target].fields:
            return False
        if names_an_act(target) or target in IRREGULAR_ACTS.values():
            return False  # "a plot can hold several burials": each burial happens once, in one
        self.model.link(LinkDraft(source=owner, target=target, kind="many_to_many"))
        self.last = owner
        return True

    def catalogued(self, child: str, item: str) -> bool:
        """Whether ``child``, named bare in ``item``, is kept on its own with fields of its
        own (*toppings have a name and an extra cost*), so several of them are picked, not
        owned."""
        plain = outside_brackets(item)
        return plain == item and not WITH_LIST.search(plain) and bool(self.known.get(child))

    def parent_entity(self, owner: str, item: str) -> bool:
        """``a route is run with one bus (plate, seats)``: one record, described by its own
        list, that the owner points at."""
        match = _ONE_DESCRIBED.fullmatch(item.strip())
        if match is None or not lists_fields(match.group("inner"), strict=True):
            return False
        if is_hint(match.group("inner")):
            return False  # "the no2 (number)": the kind of value, not a record's list
        head = words(match.group("np"))
        if not head or is_plural(head[-1]) != bool(match.group("of")):
            return False
        if match.group("det") and (head[-1] in PLAIN_FIELD_NOUNS or infer_type(head) != "text"):
            return False  # "the address (street, town)", "a date (day, month)": one value
        if not all(can_be_noun(w) and w not in FUNCTION_WORDS for w in head):
            return False
        target = self.entity(match.group("np"))
        if target is None or target == owner:
            return False
        self.field_list(target, split_list(match.group("inner")))
        self.model.link(LinkDraft(source=owner, target=target))
        self.last = owner
        return True


_THEY_CAN_DO_THEM = re.compile(
    r"^(?:the|their|all\s+the)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:they|he|she)\s+"
    r"(?:can|could|are\s+able\s+to|is\s+able\s+to)\s+(?P<verb>[a-z]+)$"
)
"""``the subjects they can teach``: the records someone is able to take on, several."""


_ONE_DESCRIBED = re.compile(
    r"(?:one|(?P<of>one\s+of\s+(?:our|the|your))|(?P<det>the|a|an))\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s*\((?P<inner>[^()]+)\)"
    r"(?:\s+(?:[a-z]+ing|who|that)\b[^()]*)?"
)
"""``one bus (plate, seats)``, ``one of our drivers (name, phone)``, ``the handler (name,
phone) leading it``: one record and its list."""
