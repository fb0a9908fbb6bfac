"""Where a noun of a description stands against the records a designed spec has: which record
a noun names, which records it could belong to, what kind of sentence it is in.

The learned records step (``record_candidates``) reads a description's leftover nouns through
these: in *each hire has a deposit*, ``deposit`` names no record of the spec, and the record it
attaches to is ``hire`` (the subject's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from appwright.design.offline.parse import NOUN_TAGS, Parse, Token
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import singular
from appwright.spec.names import to_snake

ATTACH_RULES = ("above", "subject", "before", "nearest", "previous")
"""The ways a noun attaches to a record, most telling first: the record above it in the parse
(*each room with a bed*), the subject's (*every tenancy gets a deposit*), the last named before
it, the nearest, and in a sentence that names none, the record the sentence before was about."""

_RIGHTS = re.compile(r"\b(?:can|can't|cannot|may|allowed|able to|only)\b")
_REPORT = re.compile(r"\b(?:per (?:month|week|year|day)|each (?:month|week)|total|how many|report)")
_FLOW = re.compile(r"\b(?:then|goes|moves|becomes|until|once|after)\b")
_LIST = re.compile(r"[:,;]")
_SUBJECTS = ("nsubj", "nsubjpass")


def phrase_key(text: str) -> str:
    """A phrase as a snake-case name with each word singular: *Glass Orders* → ``glass_order``."""
    return "_".join(singular(w) for w in to_snake(text).split("_") if w)


def name_words(name: str) -> frozenset[str]:
    """The words of a name, singular, without a link's ``id``."""
    return frozenset(phrase_key(name).split("_")) - {"id", ""}


@dataclass(frozen=True)
class SpecWords:
    """A spec's records, fields and roles as words, to compare with a description's nouns."""

    records: frozenset[str]
    fields: dict[str, list[frozenset[str]]]
    """Each record's fields as sets of words (a link's ``_id`` dropped)."""
    roles: frozenset[str]

    @staticmethod
    def of(data: dict[str, Any]) -> SpecWords:
        """The words of a spec in its JSON form (``AppSpec.to_json_dict``)."""
        fields = {
            e["name"]: [name_words(f["name"]) for f in e["fields"]]
            for e in data.get("entities", [])
        }
        for rel in data.get("relationships", []):
            if rel.get("from") in fields:
                fields[rel["from"]].append(name_words(rel.get("field") or rel.get("to") or ""))
        roles = frozenset(phrase_key(r) for r in (data.get("permissions") or {}).get("roles", []))
        return SpecWords(frozenset(fields), fields, roles)

    def record_named(self, words: frozenset[str]) -> bool:
        return any(words == name_words(r) for r in self.records)


def record_at(sentence: Parse, token: Token, spec: SpecWords) -> str | None:
    """The record a noun names: its phrase, or its head word when one record ends with it."""
    if token.pos not in NOUN_TAGS:
        return None
    phrase = phrase_key(sentence.phrase(token))
    if phrase in spec.records:
        return phrase
    head = singular(token.lemma)
    if head in spec.records:
        return head
    ending = [r for r in spec.records if r.endswith("_" + head)]
    return ending[0] if len(ending) == 1 else None


def candidate_noun(token: Token) -> bool:
    """A noun that heads its own phrase and is a word (*deposit*, not *one* or *X1*)."""
    return (
        token.pos in NOUN_TAGS
        and token.dep != "compound"
        and token.lower.isalpha()
        and token.lower not in FUNCTION_WORDS
        and len(token.lower) > 1
    )


def sentence_kinds(text: str) -> list[str]:
    """What a sentence is about beyond records: rights, reports, a flow, a list."""
    lowered = text.lower()
    kinds = [
        kind
        for kind, pattern in (("rights", _RIGHTS), ("report", _REPORT), ("flow", _FLOW))
        if pattern.search(lowered)
    ]
    if len(_LIST.findall(text)) >= 2:
        kinds.append("list")
    return kinds


def subject_record(sentence: Parse, records: dict[int, str]) -> str | None:
    """The record the sentence's main subject names, if it names one."""
    root = next((t for t in sentence.tokens if t.head == t.i), None)
    if root is None:
        return None
    subject = next((c for c in sentence.children(root) if c.dep in _SUBJECTS), None)
    return records.get(subject.i) if subject is not None else None


def attachments(
    sentence: Parse, token: Token, records: dict[int, str], previous: str | None
) -> dict[str, list[str]]:
    """Each record the noun could belong to, with the rules of ``ATTACH_RULES`` that pick it."""
    found: dict[str, list[str]] = {}
    above = next((records[a.i] for a in sentence.ancestors(token) if a.i in records), None)
    if above:
        found.setdefault(above, []).append("above")
    verb = next((a for a in sentence.ancestors(token) if a.pos in ("VERB", "AUX")), None)
    if verb is not None:
        subject = sentence.subject(verb)
        if subject is not None and subject.i in records:
            found.setdefault(records[subject.i], []).append("subject")
    if records:
        nearest = min(records, key=lambda i: (abs(i - token.i), i))
        found.setdefault(records[nearest], []).append("nearest")
        before = [i for i in records if i < token.i]
        if before:
            found.setdefault(records[max(before)], []).append("before")
    elif previous:
        found.setdefault(previous, []).append("previous")
    return found


def first_attachment(
    sentence: Parse, token: Token, records: dict[int, str], previous: str | None
) -> str | None:
    """The record the noun attaches to by the first rule of ``ATTACH_RULES`` that picks one."""
    found = attachments(sentence, token, records, previous)
    return next(
        (record for rule in ATTACH_RULES for record, rules in found.items() if rule in rules),
        None,
    )
