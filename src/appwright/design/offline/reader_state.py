"""What every entity reader shares: the model read so far and the lowest steps of reading.

``ReaderState`` holds the records found, the record the clause before was about (what a later
*it* means), and the steps every reader takes: naming a record (*each product belongs to a
category* names the category), adding one field (*the date for a van*: the record's date and a
link to the van), and linking one record to another. ``NOT_READ`` is what a reader returns
when a clause is not of its kind.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import (
    EntityDraft,
    FieldDraft,
    LinkDraft,
    ModelDraft,
    entity_key,
)
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_hosts import Host
from appwright.design.offline.predicates import Predicate
from appwright.design.offline.word_classes import SUBJECT_PRONOUNS

EVENT_DATE_FIELD = "date"


ON_ENTITY = re.compile(r"^(?P<field>.+?)\s+on\s+(?:the|each|every|a|an)\s+(?P<owner>[\w\- ]+)$")


_FOR_ENTITY = re.compile(
    r"^(?P<field>.+?)\s+(?:for|at|to)\s+(?:the|each|every|a|an|one)\s+(?P<target>[\w\- ]+)$"
)


NOT_READ = "\0"
"""What a pattern returns when the clause is not of its kind (else: the unread rest or None)."""


class ReaderState:
    """What every reader shares: the model read so far, the records the clauses before were
    about, and the lowest steps (naming a record, adding one field, linking two records)."""

    def __init__(self, known: dict[str, set[str]], vocabulary: set[str]) -> None:
        self.model = ModelDraft(vocabulary=vocabulary)
        self.known = known
        """The entities a first reading found, with their fields' names."""
        self.titled = False
        """The topic was read from a title alone (*Right to rent checks.*), not from a record's
        own list (*Polling stations: name, ...*)."""
        self.last: str | None = None
        self.clause_subject: str | None = None
        """The record the clause before opened with: what a later *it* means."""
        self.each_subject: str | None = None
        """The record the clause before was about each one of (*each job runs on one machine*):
        whose a list we keep right after is."""
        self.sentence_subject: str | None = None
        """The record an earlier clause of the same sentence opened with (*each tenant is given
        a plot - we keep their name*): whom a *their* list of ours means."""
        self.whole_clause = ""
        """The clause being read, as ``clauses`` cut it."""
        self.whole_sentence = ""
        """The sentence the clause being read is part of."""
        self.act_records: set[str] = set()
        """Records a header names as someone's act (*sign-ups: a poet signs up ...*)."""

    def entity(self, phrase: str, *, declared: bool = True) -> str | None:
        key = entity_key(phrase)
        if not key or key in SUBJECT_PRONOUNS:
            return None
        name = self.model.resolve(key) or key
        if name != key and (self._only_the_title(name) or self._of_both(key, name)):
            name = key  # "right to rent checks. ... follow-up checks: ...": a record of its own
        entity = self.model.entities.get(name)
        if entity is None:
            entity = self.model.entities[name] = EntityDraft(name=name)
        entity.declared = entity.declared or declared
        self.last = name
        return name

    def _of_both(self, key: str, name: str) -> bool:
        """Whether ``key`` is one record's name before another's (*driver licence*) in a sentence
        saying it belongs to the first (*each driver licence belongs to one driver*): the
        record of both, not a kind of the second."""
        first = key.removesuffix(f"_{name}")
        return (
            first != key
            and self.model.resolve(first) is not None  # (*variety*, kept as plant varieties)
            and re.search(
                rf"\bbelongs\s+to\s+one\s+{first.replace('_', ' ')}\b", self.whole_sentence
            )
            is not None
        )

    def _only_the_title(self, name: str) -> bool:
        """Whether ``name`` is only what a title alone is about, not yet a record anything said
        has or does: a longer name ending in it (*follow-up checks*) names a record of its own
        (where the topic is a record's own header, *polling stations: ...*, it is that record)."""
        entity = self.model.entities.get(name)
        return (
            self.titled
            and name == self.model.topic
            and entity is not None
            and not entity.declared
            and not entity.fields
            and not self.known.get(name)
        )

    def is_entity_phrase(self, phrase: str) -> bool:
        key = entity_key(phrase)
        if not key:
            return False
        if key in self.known or key in self.model.entities:
            return True
        return self.model.resolve(key) is not None and key.count("_") == 0

    def add_field(self, entity: str, phrase: str) -> None:
        on = ON_ENTITY.match(outside_brackets(phrase))
        if on and self.is_entity_phrase(on.group("owner")):
            entity = self.entity(on.group("owner")) or entity
            phrase = on.group("field")
        toward = _FOR_ENTITY.match(outside_brackets(phrase))
        if toward and self.is_entity_phrase(toward.group("target")):
            target = self.entity(toward.group("target"), declared=False)
            self.last = entity
            if target and target != entity:
                # "the date for a van": the record's date, and the van it is for
                self.model.link(LinkDraft(source=entity, target=target))
                phrase = toward.group("field")
        draft = read_field(phrase)
        if draft is not None:
            self.model.entities[entity].add(draft)

    def points_at(self, owner: str, phrase: str) -> bool:
        """Link ``owner`` to the one record ``phrase`` names; the list goes on about ``owner``."""
        target = self.entity(phrase, declared=False)
        self.last = owner
        if target is None or target == owner:
            return False
        self.model.link(LinkDraft(source=owner, target=target))
        return True

    def pointed_at(self, pointer: str | None, target: str) -> None:
        """Link the record *pointer* names to *target*, the one record it points at."""
        source = self.entity(pointer, declared=False) if pointer else None
        if source is not None and source != target:
            self.model.link(LinkDraft(source=source, target=target))
        self.last = target

    def point_at(self, made: str, *phrases: str | None) -> list[str | None]:
        """Link ``made`` to the record each phrase names (made an entity when it is new);
        the names, in order, None for a missing phrase."""
        found: list[str | None] = []
        for phrase in phrases:
            other = self.entity(phrase, declared=False) if phrase else None
            if other is not None and other != made:
                self.model.link(LinkDraft(source=made, target=other))
            found.append(other)
        return found

    def predicate_link(self, owner: str, found: Predicate) -> None:
        """The record named after the preposition, when it is a known record: *from a parcel*,
        *from one or more harvests* (several: many-to-many)."""
        if found.complement is None or not self.is_entity_phrase(found.complement):
            return
        target = self.entity(found.complement, declared=False)
        if target is not None and target != owner:
            kind = "many_to_many" if found.many else "many_to_one"
            self.model.link(LinkDraft(source=owner, target=target, kind=kind))
        self.last = owner

    def event_entity(self, host: Host) -> str | None:
        name = host.phrase.replace(" ", "_")
        if name not in self.model.entities:
            self.model.entities[name] = EntityDraft(name=name, declared=True)
        self.last = name
        self.model.entities[name].add(FieldDraft(name=EVENT_DATE_FIELD, type="date"))
        if host.event_object and self.is_entity_phrase(host.event_object):
            target = self.entity(host.event_object, declared=False)
            if target:
                self.model.link(LinkDraft(source=name, target=target))
            self.last = name
        return name

    def scan(self, text: str) -> None:
        """Read the declarations of a clause (``ClauseScan.scan``)."""
        raise NotImplementedError

    def field_list(
        self, owner: str, items: list[str], *, picking: bool = False, closed: bool | None = None
    ) -> str | None:
        """Add ``items`` to ``owner`` (``FieldLists.field_list``)."""
        raise NotImplementedError
