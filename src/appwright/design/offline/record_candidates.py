"""The nouns of a description that a designed spec leaves unused, as candidates for records of
their own, each with the features the learned records step (``learned_records``) scores.

A *candidate* is a noun phrase of the description (the designer's own parse: the noun with its
compounds) that is neither a record nor a field of the spec, once per description, with the
features of all its occurrences: its words and head, how often it is used and whether in the
plural, whether it is the subject or object of a verb and which, the preposition it hangs from,
whether it has a list (*a voucher with a code, a value and an expiry date*), whether it names a
person, the kinds of sentences it is in, and signs that it is only a field or a value of a record
the spec has (*the fee for the visit*). In *each hire has a deposit, refunded when the chair
comes back*, with records ``hire`` and ``chair``, ``deposit`` is a candidate attached to
``hire``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.fields import read_field
from appwright.design.offline.noun_places import (
    SpecWords,
    candidate_noun,
    first_attachment,
    name_words,
    phrase_key,
    record_at,
    sentence_kinds,
    subject_record,
)
from appwright.design.offline.parse import NAMED_TIMES, NOUN_TAGS, Parse, Token, parse
from appwright.design.offline.passing_records import WEEKDAYS
from appwright.design.offline.record_words import KEPT_ON_WORDS, PLAIN_FIELD_NOUNS
from appwright.design.offline.sentences import sentences
from appwright.design.offline.spec_fields import spec_field
from appwright.design.offline.word_forms import singular

PRONOUNS = frozenset(["one", "ones"])
"""Nouns to the tagger that stand for a noun named before (*each one has ...*)."""
ANY_RECORD = frozenset(["record", "thing", "stuff", "data", "info", "information"])
"""Words for whatever is kept (*interpreters may only edit their own records*), no kind of it."""
NO_RECORD = TIME_WORDS | WEEKDAYS | NAMED_TIMES | PLAIN_FIELD_NOUNS | KEPT_ON_WORDS | ANY_RECORD
"""Nouns the readers never make a record of: times (*on a monday*, *the day*), a record's own
words (*name*, *note*, *colour*), what records are kept on (*a spreadsheet*) and words for any
record. Of such nouns
left in the first-run specs of batches 30-74, 735 times held 2 gold records and 272 others 3."""
VALUE_TYPES = frozenset(["date", "datetime", "boolean", "email", "url"])
"""Types ``read_field`` gives a phrase that holds one value (*the survey date*, *a website*):
of 583 such nouns left in those specs, 6 were gold records."""


@dataclass(frozen=True)
class RecordCandidate:
    name: str
    """The record's snake-case name: the phrase's words, singular."""
    attach: str | None
    """The record its first occurrence attaches to (``noun_places.first_attachment``)."""
    at: tuple[int, int]
    """Its first occurrence (sentence, token): candidates of one description sort by it."""
    features: dict[str, float] = field(default_factory=dict)


@dataclass
class _Found:
    at: tuple[int, int]
    attach: str | None
    features: dict[str, float]
    count: int = 0


def candidates(description: str, data: dict[str, Any]) -> list[RecordCandidate]:
    """Each noun phrase of the description that is neither a record nor a field of the spec
    (``data``, the spec's JSON form), once, with the features of all its occurrences."""
    spec = SpecWords.of(data)
    if not spec.records:
        return []
    field_words = {f for fs in spec.fields.values() for f in fs if f}
    told = sentences(description)
    parses = [parse(text) for text in told]
    lemma_counts: dict[str, int] = {}
    for sentence in parses:
        for t in sentence.tokens:
            lemma_counts[t.lemma] = lemma_counts.get(t.lemma, 0) + 1
    found: dict[str, _Found] = {}
    previous: str | None = None
    bare = 0
    for n, (text, sentence) in enumerate(zip(told, parses, strict=True)):
        records = {t.i: r for t in sentence.tokens if (r := record_at(sentence, t, spec))}
        kinds = sentence_kinds(text)
        if not records:
            bare += 1
        for token in sentence.tokens:
            if token.i in records or not candidate_noun(token) or token.lower in PRONOUNS:
                continue
            phrase = sentence.phrase(token)
            name = phrase_key(phrase)
            words = name_words(name)
            if not words or words in field_words or name in spec.roles:
                continue
            if spec.record_named(words) or name in NO_RECORD or _value_type(phrase):
                continue
            entry = found.get(name)
            if entry is None:
                entry = found[name] = _Found(
                    at=(n, token.i),
                    attach=first_attachment(sentence, token, records, previous),
                    features=_first_features(phrase, name, token, spec, lemma_counts, n, len(told)),
                )
            entry.count += 1
            occurrence = _occurrence_features(sentence, token, records, kinds, field_words)
            for key, value in occurrence.items():
                entry.features[key] = max(entry.features.get(key, 0.0), value)
        subject = subject_record(sentence, records)
        if subject or records:
            previous = subject or records[min(records)]
    out = []
    for name, entry in found.items():
        feats = entry.features
        feats["spec_records"] = math.log(len(spec.records))
        feats["candidates"] = math.log(len(found))
        feats["count"] = math.log(entry.count)
        if entry.count > 1:
            feats["repeated"] = 1.0
        if entry.attach is None:
            feats["no_attach"] = 1.0
        # a spec whose records every sentence names misses little
        feats["bare_sentences"] = bare / max(1, len(told))
        feats["records_per_sentence"] = len(spec.records) / max(1, len(told))
        # a person who is never a subject nor has a list of its own is seldom a record
        if feats.get("doer") and not feats.get("subject"):
            feats["doer_not_subject"] = 1.0
        if feats.get("doer") and not (feats.get("has_with") or feats.get("has_list")):
            feats["doer_no_list"] = 1.0
        out.append(RecordCandidate(name, entry.attach, entry.at, feats))
    return out


def _value_type(phrase: str) -> bool:
    """Whether the readers would type the phrase as a single value: a date, a yes/no, ..."""
    return _field_type(phrase) in VALUE_TYPES


@lru_cache(maxsize=4096)
def _field_type(phrase: str) -> str:
    """The type the readers give the phrase as a field (``none`` when it is none): asked once
    by the guard and once for the features."""
    draft = read_field(phrase)
    made = spec_field(draft) if draft is not None else None
    return str(made["type"]) if made else "none"


def _first_features(
    phrase: str,
    name: str,
    token: Token,
    spec: SpecWords,
    lemma_counts: dict[str, int],
    n: int,
    total: int,
) -> dict[str, float]:
    """What the phrase itself says, taken at its first occurrence."""
    words = name.split("_")
    features: dict[str, float] = {
        f"head={token.lemma}": 1.0,
        f"len={min(len(words), 3)}": 1.0,
        "head_count": math.log(lemma_counts.get(token.lemma, 1)),
        "first_at": n / max(1, total - 1),
    }
    for word in words[:-1]:
        features[f"word={word}"] = 1.0
        if word in spec.records:
            features["compound_record"] = 1.0
    features[f"type={_field_type(phrase)}"] = 1.0
    if names_a_doer(name):
        features["doer"] = 1.0
    head = singular(token.lemma)
    if any(head in f for fs in spec.fields.values() for f in fs):
        features["head_in_a_field"] = 1.0
    if any(r.endswith("_" + head) or r.startswith(head + "_") for r in spec.records):
        features["head_in_a_record"] = 1.0
    return features


def _occurrence_features(
    sentence: Parse,
    token: Token,
    records: dict[int, str],
    kinds: list[str],
    field_words: set[frozenset[str]],
) -> dict[str, float]:
    """How one occurrence hangs in its sentence."""
    head = sentence.head(token)
    features: dict[str, float] = {f"dep={token.dep}": 1.0}
    features.update(_field_of_record(sentence, token, records, field_words))
    if token.dep == "pobj":
        features[f"prep={head.lemma}"] = 1.0
    elif token.dep in ("nsubj", "nsubjpass", "dobj", "attr") and head.i != token.i:
        features[f"{token.dep}_of={head.lemma}"] = 1.0
    if token.dep in ("nsubj", "nsubjpass"):
        features["subject"] = 1.0
    if token.dep == "dobj":
        features["object"] = 1.0
    if token.tag in ("NNS", "NNPS"):
        features["plural"] = 1.0
    if token.pos == "PROPN":
        features["proper"] = 1.0
    children = sentence.children(token)
    marks = [c for c in children if c.dep in ("det", "poss", "nummod")]
    features[f"det={marks[0].lemma if marks else 'none'}"] = 1.0
    for kind in kinds:
        features[f"kind={kind}"] = 1.0
    if any(c.dep == "prep" for c in children):
        features["has_prep"] = 1.0
    for c in children:
        if c.dep == "prep" and c.lemma in ("with", "of", "for"):
            nouns = [g for g in sentence.children(c) if g.pos in NOUN_TAGS]
            if nouns:
                features[f"has_{c.lemma}"] = 1.0
                if any(g2.dep == "conj" for g in nouns for g2 in sentence.children(g)):
                    features["has_list"] = 1.0
    if any(c.dep in ("relcl", "acl") for c in children):
        features["has_clause"] = 1.0
    after = sentence.tokens[token.i + 1].lower if token.i + 1 < len(sentence.tokens) else ""
    if after in (":", "("):
        features[f"then={after}"] = 1.0
    conj = [c for c in children if c.dep == "conj"] + ([head] if token.dep == "conj" else [])
    if any(c.i in records for c in conj):
        features["listed_with_record"] = 1.0
    elif conj:
        features["listed"] = 1.0
    if records:
        features["distance"] = math.log(1 + min(abs(i - token.i) for i in records))
    else:
        features["no_record_in_sentence"] = 1.0
    return features


def _field_of_record(
    sentence: Parse, token: Token, records: dict[int, str], field_words: set[frozenset[str]]
) -> dict[str, float]:
    """Signs that the noun is a field or a value of a record the spec has, not a record: it
    hangs from a record by *of*/*for*/*per*/*on*/*in* (*the fee for the visit*), is in a
    record's *with* list (*a visit with a date and a fee*), is the object of a verb whose
    subject is a record (*each visit records the fee*), has a record as its owner (*the
    visit's fee*), or is listed with a field of the spec (*the date, fee and notes*)."""
    features: dict[str, float] = {}
    children = sentence.children(token)
    for c in children:
        if (
            c.dep == "prep"
            and c.lemma in ("of", "for", "per", "on", "in")
            and any(g.i in records for g in sentence.children(c))
        ):
            features["prep_to_record"] = 1.0
        if c.dep == "poss" and c.i in records:
            features["owned_by_record"] = 1.0
    top = token
    seen = 0
    while top.dep == "conj" and seen < 20:
        parent = sentence.head(top)
        if parent.i == top.i:
            break
        top, seen = parent, seen + 1
    up = sentence.head(top)
    if top.dep == "pobj" and up.lemma in ("with", "including") and up.i != top.i:
        owner = sentence.head(up)
        if owner.i in records:
            features["in_record_list"] = 1.0
    if (
        top.dep in ("dobj", "attr")
        and up.i != top.i
        and any(c.dep in ("nsubj", "nsubjpass") and c.i in records for c in sentence.children(up))
    ):
        features["object_of_record"] = 1.0
    conj = [c for c in children if c.dep == "conj"] + (
        [sentence.head(token)] if token.dep == "conj" else []
    )
    for c in conj:
        if c.i not in records and name_words(phrase_key(sentence.phrase(c))) in field_words:
            features["listed_with_field"] = 1.0
    return features
