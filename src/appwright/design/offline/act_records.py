"""Records made by what someone does, with the list that follows.

*members can reserve a tool for a given date*: a reservation with its date; *customers book a
trip on a boat*: the trip, pointing at the boat and the customers; *each order line takes a
weight in kg from one catch*; *people bring in a specimen, and I write the species, ...*: the
specimen's fields.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_lists import act_list, light_act
from appwright.design.offline.act_nouns import ZERO_ACTS, act_noun, derived_noun, names_an_act
from appwright.design.offline.bracket_lists import BracketLists
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import FieldDraft, LinkDraft
from appwright.design.offline.event_mentions import GENERIC_PEOPLE, NON_ACTION_VERBS
from appwright.design.offline.field_items import (
    COMMON_FIELD_NAMES,
    is_noun_phrase,
    is_specified,
    position_in,
)
from appwright.design.offline.fields import read_field
from appwright.design.offline.keeping_verbs import HAVE_VERBS, KEEP_VERBS, TAKING_IN_VERBS
from appwright.design.offline.list_items import split_list
from appwright.design.offline.predicates import read_predicate
from appwright.design.offline.reader_state import EVENT_DATE_FIELD
from appwright.design.offline.record_words import PLAIN_FIELD_NOUNS
from appwright.design.offline.topic_words import REPORTISH
from appwright.design.offline.types import UNIT_TYPES, infer_type
from appwright.design.offline.word_classes import FUNCTION_WORDS, IN_PARTICLE_VERBS, word_set, words
from appwright.design.offline.word_forms import can_be_noun, is_plural, verb_lemma

_DATED_ACT_PREDICATE = (
    r"\s+(?:(?:can|may|will|should|could)\s+)?(?:also\s+|then\s+)?"
    r"(?P<verb>(?!(?:a|an|the|one)\b)[a-z]+)\s+"
    r"(?:(?:a|an|the|one)\s+(?!of\b)|one\s+of\s+(?:our|the|their|its)\s+)?"
    r"(?P<obj>[a-z][\w\-]*(?:\s+(?!(?:in|ahead|for|on)\b)[a-z][\w\-]*)?)"
    r"(?:\s+in advance|\s+ahead of time|\s+ahead)?\s+(?:for|on)\s+(?:a|an|the|one)\s+"
    r"(?:given\s+|specific\s+|certain\s+|particular\s+|chosen\s+)?"
    r"(?:(?P<what>event|start|collection|delivery|pickup|visit|party|wedding|arrival|"
    r"appointment|session|booking|hire)\s+)?"
    r"(?P<when>date|day|time|slot|evening|night|morning)\b"
)


_DATED_ACT = re.compile(
    r"^(?:(?P<det>the|our|all|a|an|each|every)\s+)?(?P<subj>[a-z][\w\-]*"
    r"(?:\s+(?!(?:can|may|will|should|could|also)\b)[a-z][\w\-]*)?)" + _DATED_ACT_PREDICATE
)
"""``members can reserve a tool in advance for a given date``: an act with a date."""


_DATED_ACT_SHORT = re.compile(
    r"^(?:(?P<det>the|our|all)\s+)?(?P<subj>[a-z][\w\-]*s)" + _DATED_ACT_PREDICATE
)
"""The same with a one-word plural subject: ``members book meeting rooms for a date``."""


_ACT_ON_A_RECORD = re.compile(
    r"^(?:(?:the|our|all|each|every)\s+)?(?P<subj>[a-z][\w\-]*)\s+"
    r"(?:(?:can|may|will|should|could)\s+)?(?:also\s+)?(?P<verb>[a-z]+)\s+(?:a|an)\s+"
    r"(?P<obj>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<prep>on|for|at|in|with|from|of)\s+"
    r"(?:a|an|the|one of (?:our|the|their)|their|our)\s+(?P<target>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?P<rest>(?:\s+(?:for|on)\s+(?:a|an|the)\s+.+)?)$"
)
"""``customers book a trip on a boat for a given date``: the people make a new record (the
trip), of a record already named (the boat)."""


_DATE_TAIL = re.compile(
    r"\b(?:for|on)\s+(?:a|an|the)\s+(?:given\s+|specific\s+|certain\s+|chosen\s+)?"
    r"(?P<when>date|day|time|slot)\b"
)


class ActRecords(BracketLists):
    """Records made by what someone does: *members reserve a tool for a given date*, *customers
    book a trip on a boat*, *people bring in a specimen, and I write the species*."""

    def dated_act(self, text: str) -> bool:
        """``members can reserve a tool for a given date``: an act with a date of its own is a
        record (a reservation), of the thing and by the people (when they are records)."""
        said, text = text, outside_brackets(text)  # "a customer (name, phone) books a ..."
        match = _DATED_ACT_SHORT.match(text) or _DATED_ACT.match(text)
        if match is None:
            return False
        lemma = verb_lemma(match.group("verb"))
        subject = match.group("subj")
        obj = match.group("obj")
        named = derived_noun(lemma, self.model.vocabulary) if lemma else None
        # "clients book a consultation on a date": the object is an act itself, the record
        last = obj.split()[-1]
        own = not is_plural(last) and (
            (names_an_act(last) if named is None else named == last) or last in ZERO_ACTS
        )
        reserved = lemma in _RESERVING_VERBS and is_noun_phrase(obj)
        if (
            lemma is None
            or lemma in NON_ACTION_VERBS
            or lemma in TAKING_IN_VERBS
            or not (is_plural(subject.split()[-1]) or match["det"] in ("a", "an", "each", "every"))
            or not is_noun_phrase(subject)
            or not (self.is_entity_phrase(obj) or (named and is_plural(last)) or own or reserved)
        ):
            # "members book meeting rooms for a date" in a description that speaks of
            # bookings: the rooms are records too
            return False
        noun = obj if own else named or act_noun(lemma)
        made = self.entity(noun) if noun else None
        if made is None:
            return False
        kind = _when_type(match.group("when"))
        when = self.model.entities[made]
        if not any(f.type in ("date", "datetime") for f in when.fields):
            # "books a hire for an event date": the date's own name, where one is said
            what = match.group("what")
            when.add(
                FieldDraft(
                    name=f"{what}_{match.group('when')}" if what else EVENT_DATE_FIELD, type=kind
                )
            )
        self.point_at(made, match.group("obj"), subject)
        self.inner_brackets(said)
        more = _MORE_DETAILS.match(text[match.end() :])
        chosen = _AND_ONE_OF.match(said[position_in(said, text, match.end()) :])
        details = split_list(more["body"] or more["listed"]) if more else []
        if details and all(_names_a_detail(item) for item in details):
            # "... for an event date at a venue address": the act's details too
            self.field_list(made, details)
        elif chosen:
            # "... for a date and a session (morning or afternoon)": one of the values told
            self.add_field(made, chosen["item"])
        why = _FOR_A_REASON_LIKE.match(text[match.end() :])
        if why and not self.is_entity_phrase(why["what"]):
            # "... on a given date for a reason like tb testing or calving": the act's reason
            self.add_field(made, f"a {why['what']}")
        listed = _WITH_LIST_AFTER.match(text[match.end() :])
        if listed:
            # "... book a lane for a date with how many players and whether ...": the act's
            rest = self.field_list(made, split_list(listed.group("body")))
            if rest:
                self.scan(rest)
        self.last = made
        return True

    def act_with_list(self, text: str) -> bool:
        """``a customer books one of our tables with a start time``: the list is the act's
        (a booking), which points at the customer and the table."""
        found = act_list(text, self.model.vocabulary)
        if found is None or not self.is_entity_phrase(found.object):
            return False
        made = self.entity(found.act)
        if made is None:
            return False
        _, target = self.point_at(made, found.subject, found.object)
        described = re.search(rf"\b{re.escape(found.object)}\s*\((?P<inner>[^)]+)\)", text)
        if described and target is not None:
            # "one of our tables (table number and how many seats it has)": the table's own
            self.field_list(target, split_list(described.group("inner")))
        rest = self.field_list(made, split_list(found.body))
        self.last = made
        for after in (rest, found.rest):
            if after:
                self.scan(after)
        return True

    def made_by_person(self, text: str) -> bool:
        """``at each grading a member makes an attempt for a belt that is marked pass or
        fail``: the attempt is a record of the member's, at the grading, for a belt (the
        member's field) and with a result."""
        found = light_act(text)
        if found is None or not self.is_entity_phrase(found.subject):
            return False
        made = self.entity(found.made)
        person = self.entity(found.subject, declared=False)
        if made is None or person is None or person == made:
            return False
        record = self.model.entities[made]
        known_what = found.what is not None and self.is_entity_phrase(found.what)
        self.point_at(made, found.subject, found.where, found.what if known_what else None)
        if found.what and not known_what:
            # "for a belt": the member's belt field says what a belt can be
            fields = self.model.entities[person].fields
            like = next((f for f in fields if f.name.endswith(found.what)), None)
            record.add(
                FieldDraft(
                    name=found.what,
                    type=like.type if like else "text",
                    options=list(like.options) if like and like.options else None,
                )
            )
        if found.outcomes:
            record.add(FieldDraft(name="result", type="enum", options=found.outcomes))
        self.last = made
        return True

    def act_on_record(self, text: str) -> bool:
        """``Customers book a trip on a boat for a given date``: the object, new and singular,
        is a record of its own, pointing at the known record after the preposition and at the
        people who make it; a date it is for is its field."""
        match = _ACT_ON_A_RECORD.match(outside_brackets(text))
        if match is None:
            return False
        verb, subject, obj = match.group("verb"), match.group("subj"), match.group("obj")
        lemma = verb_lemma(verb)
        if (
            lemma is None
            or lemma in NON_ACTION_VERBS
            or re.fullmatch(HAVE_VERBS, verb)
            or not is_plural(subject)
            or subject in FUNCTION_WORDS
            or not all(can_be_noun(w) and w not in FUNCTION_WORDS for w in words(obj))
            or derived_noun(lemma, self.model.vocabulary) is not None
            or not self.is_entity_phrase(match.group("target"))
        ):
            # a description that names the act (*bookings*) makes that the record
            return False
        made = self.entity(obj)
        target = self.entity(match.group("target"), declared=False)
        person = self.entity(subject, declared=False)
        if made is None:
            return False
        for other in (target, person):
            if other is not None and other != made:
                self.model.link(LinkDraft(source=made, target=other))
        when = _DATE_TAIL.search(match.group("rest"))
        if when:
            self.model.entities[made].add(
                FieldDraft(name=EVENT_DATE_FIELD, type=_when_type(when.group("when")))
            )
        self.last = made
        return True

    def measure_from_record(self, text: str) -> bool:
        """``each order line takes a weight in kg from one catch``: a value the record holds,
        and the one known record it is taken from, for or against."""
        plain = outside_brackets(text)
        unit = _IN_A_UNIT.search(plain)
        found = read_predicate(plain[: unit.start()] + plain[unit.end() :] if unit else plain)
        if (
            found is None
            or found.personal
            or found.passive
            or found.object is None
            or found.complement is None
            or found.preposition not in _SOURCE_PREPOSITIONS
            or found.verb in NON_ACTION_VERBS
            or self.is_entity_phrase(found.object)
            or not self.is_entity_phrase(found.complement)
        ):
            return False
        measure = read_field(f"{found.object} in {unit.group('unit')}" if unit else found.object)
        if measure is None or (measure.type == "text" and measure.name not in COMMON_FIELD_NAMES):
            return False
        owner = self.entity(found.subject)
        target = self.entity(found.complement, declared=False)
        if owner is None or target is None or owner == target:
            return False
        self.model.entities[owner].add(measure)
        kind = "many_to_many" if found.many else "many_to_one"
        self.model.link(LinkDraft(source=owner, target=target, kind=kind))
        self.last = owner
        return True

    def brought_in(self, act: str, noting: str) -> bool:
        """``people bring in a specimen, and i write the species, ...``: what people bring,
        when we note things right after, is the record those things describe; so is what
        they sign *for one instrument* (linked to it), and what comes in *against the
        agreement* (*payments come in against the agreement, so i need the amount*)."""
        note = _WE_NOTE.match(noting)
        found = read_predicate(act) if note else None
        if (
            note is None
            or found is None
            or found.personal
            or found.passive
            or REPORTISH.search(noting)
            or (verb_lemma(note.group("verb")) or "") not in KEEP_VERBS
        ):
            return False
        plain = outside_brackets(act)
        brought, target = found.object, found.complement
        person: str | None = found.subject
        if brought is None and found.preposition == "in" and found.verb in IN_PARTICLE_VERBS:
            brought, target = target, None  # "bring in a specimen": *in* is the verb's
        elif brought is None and target is not None and is_plural(found.subject.split()[-1]):
            brought, person = found.subject, None  # "payments come in against the agreement"
        elif brought is None or not re.search(rf"\b(?:a|an)\s+{re.escape(brought)}\b", plain):
            return False  # "reps edit their own deals and we want ...": no new record
        items = split_list(noting[note.end("verb") :])
        if (
            brought is None
            or not items
            or any(is_specified(i) or self.is_entity_phrase(i) for i in items)
            or (target is not None and not self.is_entity_phrase(target))
        ):
            return False
        thing = self.entity(brought)
        if thing is None:
            return False
        for other in (person, target):
            if other is None or other in GENERIC_PEOPLE:
                continue
            linked = self.entity(other, declared=other != target)
            if linked is not None and linked != thing:
                self.model.link(LinkDraft(source=thing, target=linked))
        rest = self.field_list(thing, items)
        if rest:
            self.scan(rest)
        self.last = thing
        return True


def _when_type(when: str) -> str:
    """``for a given time`` or ``slot`` is a moment of the day; ``date`` or ``day`` a date."""
    return "datetime" if when in ("time", "slot") else "date"


_IN_A_UNIT = re.compile(rf"\s+in\s+(?P<unit>{'|'.join(UNIT_TYPES)})\b")


_SOURCE_PREPOSITIONS = frozenset(["from", "for", "against", "of", "on"])


_WE_NOTE = re.compile(r"^(?:i|we)\s+(?P<verb>[a-z]+)\s+(?:down\s+)?(?:the|a|an)\s")


_RESERVING_VERBS = word_set("book reserve hire rent")
"""Verbs whose object, held for a date, is a thing the act is of (*members book a lawn for a
date*: a booking of a lawn), even where nothing else is said about the thing."""


_MORE_DETAILS = re.compile(
    r"^\s*(?:(?:and|at|to|plus)\s+(?P<body>(?:a|an|the|their)\s[^,;]+)"
    r"|,\s*(?P<listed>(?:a|an|the|their)\s[^;()]+?\s+and\s+(?:a|an|the|their)\s[^,;()]+)$)"
)
"""After an act's date: ``... at a venue address``, ``... and a delivery address``, ``..., a
start time and a number of hours``."""


_AND_ONE_OF = re.compile(
    r"^\s*and\s+(?P<item>(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*\([^()]*\bor\b[^()]*\))"
)
"""After an act's date: ``... and a session (morning or afternoon)``, a value of a few."""


def _names_a_detail(item: str) -> bool:
    """Whether a list item is a value a record holds by its head word (*a venue address*),
    not a record or a place of its own (*the club*)."""
    tokens = words(item)
    return bool(tokens) and (tokens[-1] in PLAIN_FIELD_NOUNS or infer_type(tokens) != "text")


_FOR_A_REASON_LIKE = re.compile(
    r"^\s*,?\s*for\s+(?:a|an|the|some)\s+(?P<what>[a-z][\w\-]*)\s+(?:like|such\s+as|e\.g\.)\s"
)
"""After an act's date: ``... for a reason like tb testing or calving``, a value told by its
examples."""


_WITH_LIST_AFTER = re.compile(r"^\s*,?\s*(?:and\s+[\w\s]{0,20}?)?\s*with\s+(?P<body>.+)$")
