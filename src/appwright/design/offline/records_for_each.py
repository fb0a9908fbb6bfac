"""A record of its own kept for each of another record, with the list that says what it holds.

*after every trip we log the catch: species, count*: a catch per trip; *the teachers write a
daily note for each child about meals, nap and mood*; *attendance per rehearsal per singer,
present yes/no*: a record per pair.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.draft import RECORD_HEADS, LinkDraft
from appwright.design.offline.field_items import is_entity_item, is_noun_phrase
from appwright.design.offline.field_lists import FieldLists
from appwright.design.offline.keeping_verbs import TRACK_VERBS
from appwright.design.offline.list_items import split_list
from appwright.design.offline.topic_words import REPORTISH, SECTION_WORDS
from appwright.design.offline.word_classes import FUNCTION_WORDS, words
from appwright.design.offline.word_forms import can_be_noun

_PER_RECORD = re.compile(
    r"^(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:per|for each|for every)\s+"
    r"(?P<x>[a-z][\w\-]*)(?:\s+(?:per|and)\s+(?:each\s+|every\s+)?(?P<y>[a-z][\w\-]*))?"
    r"\s*[,:]\s*(?P<body>.+)$"
)
"""``attendance per rehearsal per singer, present yes/no``: a record per pair."""


_WRITTEN_ABOUT = re.compile(
    r"\b(?:writes?|makes?|creates?|records?|logs?|adds?|opens?|fills? (?:in|out)|attach(?:es)?|"
    r"files?|enters?|posts?)\s+(?:a|an)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:for|to|against|on)\s+(?:each|every|a|an|the)\s+"
    r"(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:about|covering|on|with|giving|stating|"
    r"listing)\s+(?!their\b|his\b|her\b)(?P<body>.+)$"
)
"""``the teachers write a daily note for each child about meals, nap and mood``, ``they
attach an observation log to the booking giving the target``, ``I log a harvest against the
batch with the date``."""


_TRAILING_CONNECTIVE = re.compile(
    r"(?:,?\s+(?:and|then|so|afterwards|later|also|they|we|i|you|he|she|can|may|will|could))+"
    r"\s*$"
)


_AFTER_EACH_WE_RECORD = re.compile(
    r"^(?:after|for|with|at the end of|on)\s+(?:each|every)\s+(?P<each>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    rf",?\s+(?:we|i)\s+(?:also\s+)?(?:{TRACK_VERBS}|write down|enter|note down|add|list)s?\s+"
    r"(?:a|an|the|one or more|several|any)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


class RecordsForEach(FieldLists):
    """A record of its own kept for each of another: *after every trip we log the catch:
    species, count*, *a daily note for each child about meals*, *attendance per rehearsal per
    singer*."""

    def written_about(self, text: str) -> bool:
        """``teachers write a daily note for each child about meals, nap and mood``: a record
        of its own, about one of the records, with the topics as its fields."""
        match = _WRITTEN_ABOUT.search(text)
        if match is None or not self.is_entity_phrase(match.group("owner")):
            return False
        items = split_list(match.group("body"))
        if not items or any(is_clause(i) for i in items):
            return False
        before = _TRAILING_CONNECTIVE.sub("", text[: match.start()])
        if before.strip() and not is_noun_phrase(before):
            # "members book a telescope with ..., and afterwards they attach a log to ...":
            # the clause before is read first
            self.scan(before)
        made = self.entity(match.group("np"))
        target = self.entity(match.group("owner"), declared=False)
        if made is None or target is None or made == target:
            return False
        self.model.link(LinkDraft(source=made, target=target))
        self.field_list(made, items)
        return True

    def per_record(self, text: str) -> bool:
        """``attendance per rehearsal per singer, present yes/no``: a record for each pair,
        with the fields after the comma."""
        match = _PER_RECORD.match(text)
        if match is None:
            return False
        np = match.group("np")
        np_words = words(np)
        if (
            not is_noun_phrase(np)
            # "drill log per job": the dictionary knows *log* only as a verb
            or any(
                w in FUNCTION_WORDS or not (can_be_noun(w) or w in RECORD_HEADS) for w in np_words
            )
            or REPORTISH.search(np)
            or any(w in SECTION_WORDS for w in np_words)
        ):
            return False
        # "drill log per job per day": the day is when, kept in its date, no record's
        ends = [p for p in (match.group("x"), match.group("y")) if p and p not in TIME_WORDS]
        if not ends or not all(self.is_entity_phrase(p) for p in ends):
            return False
        items = split_list(match.group("body"))
        if not items or any(is_clause(i) or self.is_entity_phrase(i) for i in items):
            return False
        made = self.entity(np)
        if made is None:
            return False
        for phrase in ends:
            target = self.entity(phrase, declared=False)
            if target is not None and target != made:
                self.model.link(LinkDraft(source=made, target=target))
        self.field_list(made, items)
        return True

    def record_after_each(self, head: str, body: str) -> bool:
        """``After every trip we log the catch: species, count``: a record of its own, with the
        listed fields, belonging to the record named first."""
        match = _AFTER_EACH_WE_RECORD.match(head)
        if match is None or not self.is_entity_phrase(match.group("each")):
            return False
        items = split_list(body)
        if not items or is_clause(items[0]) or is_entity_item(items[0]):
            return False
        context = self.entity(match.group("each"), declared=False)
        made = self.entity(match.group("np"))
        if made is None or context is None or made == context:
            return False
        self.model.link(LinkDraft(source=made, target=context))
        self.field_list(made, items)
        return True
