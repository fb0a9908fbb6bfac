"""Clauses read as subject, verb and object (``predicates.read_predicate``).

*boat owners register their boats*: the owners are records the boats point at; *wine batches
are made from one or more harvests*; *Speakers submit talks: title, abstract*: the talks' list;
*we track whether they checked in*: a fact kept; *visitors leave a rating from 1 to 5 and an
optional comment*: the topic's fields.
"""

from __future__ import annotations

import re

from appwright.design.offline.bracket_lists import BracketLists
from appwright.design.offline.brackets import outside_brackets, split_top_level
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.draft import LinkDraft
from appwright.design.offline.event_mentions import NON_ACTION_VERBS, find_event
from appwright.design.offline.field_items import is_entity_item
from appwright.design.offline.keeping_verbs import TRACK_VERBS
from appwright.design.offline.list_items import split_list, ways_it_was_done
from appwright.design.offline.predicates import Predicate, read_predicate
from appwright.design.offline.topic_words import SECTION_WORDS
from appwright.design.offline.word_classes import AUXILIARIES, NOUN_MARKERS, PREPOSITIONS, words
from appwright.design.offline.word_forms import can_be_verb, is_past_participle, is_plural

_TRACK_FACT = re.compile(rf"\b(?:{TRACK_VERBS})\s+(?P<what>(?:when|whether|if|where|how)\b.+)$")


class PredicateClauses(BracketLists):
    """Clauses read as subject, verb and object: *boat owners register their boats*, *wine
    batches are made from one or more harvests*, *we track whether they checked in*."""

    def owned_clause(self, text: str) -> bool:
        """``Boat owners register their boats``: the people are records the boats point at."""
        found = read_predicate(text)
        if (
            found is None
            or found.passive
            or not found.possessive
            or found.personal
            or found.object is None
            or found.complement is not None
            or found.verb in NON_ACTION_VERBS
            or not self.is_entity_phrase(found.object)
        ):
            return False
        owned = self.entity(found.object, declared=False)
        person = self.entity(found.subject, declared=False)
        if owned is None or person is None or owned == person:
            return False
        self.model.link(LinkDraft(source=owned, target=person))
        self.inner_brackets(text)  # "owners register their dogs (name, breed, ...)": theirs
        self.last = owned
        return True

    def passive_clause(self, text: str) -> bool:
        """``Wine batches are made from one or more harvests``: a record introduced by what it
        is made of or attached to, when that is a known record."""
        found = read_predicate(text)
        if (
            found is None
            or not found.passive
            or found.personal
            or found.complement is None
            or found.preposition in ("per", "by")
            or not self.is_entity_phrase(found.complement)
        ):
            return False
        owner = self.entity(found.subject)
        if owner is None:
            return False
        self.predicate_link(owner, found)
        self.inner_brackets(text)
        return True

    def tracked_fact(self, text: str) -> bool:
        """``we track whether they checked in``, ``note when I started and finished each book``."""
        match = _TRACK_FACT.search(text)
        if match is None:
            return False
        # "we record whether they paid by card or cash": the payment method
        what = ways_it_was_done(match.group("what"))
        target = re.search(r"\s+(?:each|every|the|a|an)\s+(?P<np>[a-z][\w\- ]*)$", what)
        owner = None
        if target and self.is_entity_phrase(target.group("np")):
            owner = self.entity(target.group("np"))
            what = what[: target.start()]
        owner = owner or self.last or self.model.topic
        if owner is None:
            return False
        parts = split_top_level(what.strip(), (r"\s+and\s+", r"\s*,\s*"))
        lead = re.match(r"^((?:when|whether|if|where|how)\s+(?:\w+\s+)?)", parts[0])
        for part in parts:
            # "how many adults and children": how many children; "how many adults and the
            # family name": a name of its own, no count
            phrase = (
                part
                if re.match(r"^(?:when|whether|if|where|how|which|what|who)\b", part)
                or part.split(" ", 1)[0] in NOUN_MARKERS
                else ((lead.group(1) if lead else "") + part)
            )
            record = self.record_item(phrase)
            if record is not None:
                # "... and which game they want": the one game, a link
                self.points_at(owner, record)
                continue
            self.add_field(owner, phrase)
        return True

    def object_fields(self, text: str) -> None:
        """``Visitors leave a rating from 1 to 5, an optional comment and their email``: a list
        of attributes with no entity of its own belongs to what the description is about."""
        tokens = words(outside_brackets(text))
        if len(tokens) < 3 or self.model.topic is None:
            return
        verb_at = next(
            (
                i
                for i, w in enumerate(tokens[:4])
                if i and can_be_verb(w) and is_plural(tokens[i - 1]) and w not in AUXILIARIES
            ),
            None,
        )
        if verb_at is None:
            return
        body = text[text.lower().find(" " + tokens[verb_at] + " ") + len(tokens[verb_at]) + 2 :]
        items = split_list(body)
        if len(items) < 2 or any(is_clause(i) or self.is_entity_phrase(i) for i in items):
            return
        if any(is_plural(words(outside_brackets(i))[-1]) for i in items if words(i)):
            return
        self.field_list(self.model.topic, items)

    def verb_header(self, head: str, body: str) -> bool:
        """``Speakers submit talks: title, abstract`` lists the talks' fields (a talk points at
        its speaker); ``Harvests are picked from a parcel: date, weight`` the harvests' own."""
        found = read_predicate(head) if head.count("(") == head.count(")") else None
        if (
            found is None
            or not body
            or find_event(head, self.model.vocabulary) is not None
            or (any(w in SECTION_WORDS for w in words(head)) and not _logs_one(head, found))
            or (found.verb in NON_ACTION_VERBS and found.verb != "belong" and not _reduced(head))
            or (found.object is None and not found.passive and found.preposition == "with")
        ):
            return False
        items = split_list(body)
        if not items or is_clause(items[0]) or is_entity_item(items[0]):
            return False
        if found.object is not None:
            owner = self.entity(found.object)
            person = None if found.personal else self.entity(found.subject, declared=False)
            if owner is not None and person is not None and person != owner:
                self.model.link(LinkDraft(source=owner, target=person))
        else:
            owner = None if found.personal else self.entity(found.subject)
        if owner is None:
            return False
        self.predicate_link(owner, found)
        self.field_list(owner, items)
        self.inner_brackets(head)
        return True


def _reduced(head: str) -> bool:
    """``parts used on a job``: a participle right after the noun, with no *is* (a reduced
    relative clause describing the parts, not an act of theirs)."""
    tokens = words(head)
    return (
        len(tokens) > 2
        and is_plural(tokens[0])
        and is_past_participle(tokens[1])
        and tokens[2] in PREPOSITIONS
    )


def _logs_one(head: str, found: Predicate) -> bool:
    """*we log a swarm report: ...*: one record of a named kind, not a section of reports."""
    return (
        found.subject in ("we", "i")
        and found.object is not None
        and len(found.object.split()) > 1
        and re.search(rf"\b(?:a|an)\s+{re.escape(found.object)}$", head) is not None
    )
