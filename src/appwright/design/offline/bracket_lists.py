"""Field lists in brackets, given to the record named right before them.

*a list of companies (name, industry, website)*: the companies' fields; *jobs are handed to a
rider (name, phone)*: the rider's, and each job points at its rider; *every call is assigned a
vehicle (...) and a paramedic (...)*: both lists, read as the same act.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.draft import entity_key
from appwright.design.offline.field_items import first_field_brackets, is_noun_phrase, lists_fields
from appwright.design.offline.field_lists import FieldLists
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_hosts import Host, host_np, last_noun_phrase, names_one
from appwright.design.offline.list_items import is_open_ended, split_list, split_options
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.record_words import PLACED_IN
from appwright.design.offline.word_classes import FUNCTION_WORDS, NUMERALS, PREPOSITIONS, words
from appwright.design.offline.word_forms import can_be_verb, is_plural

_ALTERNATIVES = re.compile(
    r"\s*(?!.*\b(?:and|whether|if)\b)[\w\-']+(?:\s+[\w\-']+)?(?:,\s*[\w\-']+(?:\s+[\w\-']+)?)*"
    r",?\s+or\s+[\w\-']+(?:\s+[\w\-']+)?\s*"
)
"""``huacaya or suri``: one of these, a field's values."""


class BracketLists(FieldLists):
    """Field lists in brackets, given to the record named before them: *a list of companies
    (name, industry, website)*, *jobs are handed to a rider (name, phone)*."""

    def inner_brackets(self, text: str) -> None:
        """The field lists in brackets of a clause read as a whole (``Members (name, email)
        buy memberships: ...``): each is the list of the noun right before it."""
        at = first_field_brackets(text)
        while at is not None:
            inner = bracketed(text[at:])[0]
            host, pointer = self.bracket_host(text, at, split_list(inner))
            if host is not None and not host.event and lists_fields(inner):
                owner = self.entity(host.phrase)
                if owner is not None:
                    self.field_list(owner, split_list(inner))
                    self.pointed_at(pointer, owner)
            following = first_field_brackets(text[at + len(inner) + 2 :])
            at = None if following is None else at + len(inner) + 2 + following

    def paren_clause(self, text: str, at: int) -> str | None:
        inner = bracketed(text[at:])[0]
        close = at + len(inner) + 2
        items = split_list(inner)
        examples_first = (
            re.match(r"\s*,?\s*(?:each\s+)?(?:with|have|has|carry|carries)\b", text[close:])
            is not None
        )
        if examples_first and not lists_fields(inner, strict=True) and not is_open_ended(inner):
            # "funds (building fund, missions) with a name ...": examples, then the fields
            near = last_noun_phrase(words(outside_brackets(text[:at])))
            if near and is_noun_phrase(near):
                owner = self.entity(near)
                if owner is not None:
                    self.model.entities[owner].examples = split_options(inner)
            return f"{text[:at].rstrip()} {text[close:].lstrip()}"
        placed = PLACED_IN.search(outside_brackets(text[:at]).rstrip())
        if (
            placed is not None
            and placed.end() == len(outside_brackets(text[:at]).rstrip())
            and not lists_fields(inner, strict=True)
        ):
            # "sits in a department (tools, paint or garden)": the departments there are, not
            # the fields of the record that sits in one
            group = self.entity(placed.group("target"))
            if group is not None:
                self.model.entities[group].examples = split_options(inner)
            return f"{text[:at].rstrip()} {text[close:].lstrip()}"
        if is_open_ended(inner):
            near = last_noun_phrase(words(outside_brackets(text[:at])))
            if near and self.is_entity_phrase(near):
                self.model.entities[self.entity(near) or ""].examples = split_options(inner)
            # "our products (gravel, sand, ...) each carry a price": the clause goes on
            return f"{text[:at].rstrip()} {text[close:].lstrip()}"
        host, pointer = self.bracket_host(text, at, items)
        alternatives = _ALTERNATIVES.fullmatch(inner)
        if host is not None and alternatives and not lists_fields(inner, strict=True):
            # "has ... a fleece type (huacaya or suri)": the values of a field of the record
            # that has it, not the fields of a record of fleece types
            source = self.model.resolve_phrase(pointer) if pointer else None
            draft = read_field(f"{host.phrase} ({inner})")
            if source is not None and draft is not None:
                self.model.entities[source].add(draft)
            return text[close:]
        if host is None or host.event:
            return text[close:]
        owner = self.entity(host.phrase)
        if owner is not None:
            self.field_list(owner, items)
            self.pointed_at(pointer, owner)
        rest = text[close:]
        another = _AND_ANOTHER.match(rest)
        if pointer and another:
            # "every call is assigned a vehicle (...) and a paramedic (...)": the same act
            verb_phrase = words(outside_brackets(text[:at]))[: -len(host.phrase.split()) - 1]
            return f"{' '.join(verb_phrase)} {another.group('next')}"
        following = words(rest)[:1]
        if (
            following
            and not rest.lstrip().startswith((",", ";"))
            and following[0] not in FUNCTION_WORDS
            and can_be_verb(following[0])
            and is_plural(host.phrase.split()[-1])
            and words(text[:at])[-1:] == host.phrase.split()[-1:]
        ):
            # "Residents (name, flat number) report faults with ...": still their sentence
            return f"{host.phrase} {rest.strip()}"
        second = _SECOND_PREDICATE.match(rest)
        subject = leading_noun_phrase(words(outside_brackets(text[:at])))
        if subject and _THEN_COMMA_WITH.match(rest):
            # "each fight night is held at a venue (...) on a date, with a ticket price": the
            # clause read again without the bracket, so the list after the comma is the subject's
            return f"{text[:at].rstrip()}{rest}"
        if second and subject:
            # "each donation comes from a donor (...) and has a date, ...": the subject's
            return f"{subject} {second.group('predicate')}"
        return rest

    def bracket_host(self, text: str, at: int, items: list[str]) -> tuple[Host | None, str | None]:
        """The record a bracketed list at *at* describes, and the clause's subject when that
        is a record pointing at it (*jobs are handed to a rider (name, phone)*)."""
        inner = bracketed(text[at:])[0]
        host = host_np(text[:at], bracket=True)
        known = self.model.resolve(entity_key(host.phrase)) if host else None
        with_host = host_np(text[:at])
        if (
            with_host is not None
            and host != with_host
            and ((known and self.model.entities[known].fields) or _person_fields(items))
        ):
            # "attendees register for events (name, email)": once events have their fields,
            # or when the list is a person's, it is the attendees'
            host = with_host
        before = words(outside_brackets(text[:at]))
        near = last_noun_phrase(before)
        if (
            host is not None
            and near
            and near != leading_noun_phrase(before)
            and (names_one(before, near) or _names_a_few(before, near))
            and (lists_fields(inner) or near == host.phrase or _person_fields(items))
            and (before[:1] in (["each"], ["every"], ["a"], ["an"]) or _plural_subject(before))
        ):
            # "each donation comes from a donor (name, phone)", "jobs are handed to a rider
            # (name, phone)", "each order is for a customer (business name, contact, email)":
            # one record's link, and the bracket describes the one it names
            subject = leading_noun_phrase(before)
            return Host(near), subject or None
        return host, None


_THEN_COMMA_WITH = re.compile(
    r"^\s+(?:on|at|for|in)\s+(?:a|an|one)\s+[^,;()]+,\s+with\s+(?:a|an|the|its|their)\s"
)
"""``... (name, address) on a date, with a ticket price`` after a bracket: what the clause goes
on to say of its subject."""


_AND_ANOTHER = re.compile(r"\s*,?\s*and\s+(?P<next>(?:a|an|one)\s+[^,;]*\(.*)$")
"""``... and a paramedic (name, level)``: a second record the same act points at."""


_SECOND_PREDICATE = re.compile(
    r"^\s*,?\s*and\s+(?P<predicate>(?:has|have|is|are|gets|contains|includes|holds)\b.+)$"
)


def _names_a_few(before: list[str], near: str) -> bool:
    """Whether the phrase ending *before* names a counted few after a preposition: *is fought
    between two boxers*, *is marked by three judges* (each one of the same record)."""
    size = len(near.split())
    return (
        len(before) > size + 1
        and before[-size - 1] in NUMERALS
        and before[-size - 2] in PREPOSITIONS
        and is_plural(before[-1])
    )


def _plural_subject(before: list[str]) -> bool:
    """Whether a clause opens with plural records that something is done to: *jobs are
    handed to a rider (name, phone)*. Not an act of theirs (*customers book a table (name,
    phone)*, *pens hold a sow (name, breed)*), which may say whose list it is or be many."""
    subject = leading_noun_phrase(before)
    size = len(subject.split())
    if not subject or before[:size] != subject.split() or not is_plural(before[size - 1]):
        return False
    return before[size : size + 1] in (["are"], ["get"])


def _person_fields(items: list[str]) -> bool:
    """Whether a list describes people: it has a way to reach them (email, phone)."""
    drafts = [read_field(item) for item in items]
    return any(
        d is not None and (d.type == "email" or "phone" in d.name or "mobile" in d.name)
        for d in drafts
    )
