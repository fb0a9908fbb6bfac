"""Reads a description clause by clause, each clause by the first reader that takes it.

``ClauseScan.read`` cuts sentences into clauses, remembers what each opened with (what a
later *it* or *their* means), and ``scan`` tries the readers in order: *customers book a trip
on a boat for a given date* is an act's record, *products have a SKU ...* a have-list, and a
clause no reader takes keeps its *with* or bracketed list.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_records import ActRecords
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.field_items import WITH_LIST, first_field_brackets, is_entity_item
from appwright.design.offline.fields import read_field
from appwright.design.offline.have_lists import HaveLists
from appwright.design.offline.headed_lists import HeadedLists
from appwright.design.offline.keeping_verbs import HAVE_LIST, THEIR_LIST
from appwright.design.offline.kept_lists import KeptLists
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noted_when import NotedWhen
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.predicate_clauses import PredicateClauses
from appwright.design.offline.reader_state import NOT_READ
from appwright.design.offline.records_for_each import RecordsForEach
from appwright.design.offline.sentences import clauses
from appwright.design.offline.status_clauses import StatusClauses
from appwright.design.offline.topic_words import REPORTISH, WE_NEED, topic_phrase
from appwright.design.offline.with_lists import WithLists
from appwright.design.offline.word_classes import SUBJECT_PRONOUNS, words
from appwright.design.offline.word_forms import is_past_participle, is_plural

_PERFECT_SUBJECT = re.compile(r"\b(?:once|when|after|until|if)\s+(?:they|we|i|he|she|you|it)\s*$")


def _is_perfect(text: str, have: re.Match[str]) -> bool:
    """Whether *have* is the perfect tense of a condition (*once they have given notice*)."""
    done = words(have.group("body"))[:1]
    return (
        bool(_PERFECT_SUBJECT.search(text[: have.start()]))
        and bool(done)
        and is_past_participle(done[0])
    )


_HEADER = re.compile(r"^(?P<head>[^:]{1,80}):\s*(?P<body>.*)$")


_PERSON_CLAUSE = re.compile(
    r"^(?P<first>.+?)(?:,\s*|\s+)(?:and|but|so)\s+(?P<second>(?:we|i|you)\s+.+)$"
)


class ClauseScan(
    HaveLists,
    WithLists,
    ActRecords,
    KeptLists,
    NotedWhen,
    RecordsForEach,
    StatusClauses,
    PredicateClauses,
    HeadedLists,
):
    """Reads the description clause by clause, and each clause by the first reader that takes it."""

    def read(self, found: list[str]) -> None:
        if found:
            self.topic(found[0])
        for sentence in found:
            self.whole_sentence = sentence
            for index, clause in enumerate(clauses(sentence)):
                self.sentence_subject = self.clause_subject if index else None
                self.whole_clause = clause
                tokens = words(outside_brackets(clause))
                opening = leading_noun_phrase(tokens)
                self.clause(clause)
                if tokens and tokens[0] in SUBJECT_PRONOUNS:
                    continue
                named = bool(tokens) and tokens[0] in ("each", "every", "a", "an", "the")
                if opening and (named or self.is_entity_phrase(opening)):
                    self.clause_subject = opening
                else:
                    self.clause_subject = None
                self.each_subject = opening if tokens and tokens[0] in ("each", "every") else None

    def topic(self, sentence: str) -> None:
        head = _HEADER.match(clauses(sentence)[0])
        text = head.group("head") if head else clauses(sentence)[0]
        phrase = topic_phrase(text)
        if phrase:
            name = self.entity(phrase, declared=False)
            self.model.topic = name
            self.titled = head is None and len(clauses(sentence)) == 1

    def clause(self, clause: str) -> None:
        header = _HEADER.match(clause)
        if header and ":" not in outside_brackets(header.group("head")):
            head, body = header.group("head").strip(), header.group("body").strip()
            if self.record_after_each(head, body) or self.per_record(clause):
                return
            person = _PERSON_CLAUSE.match(head)
            if person:
                # "customers come in and we take measurements: chest, waist": two clauses
                self.scan(person.group("first"))
                self.clause(f"{person.group('second')}: {body}")
                return
            if self.verb_header(head, body):
                return
            if _is_header(clause):
                self.header(head, body)
                return
        self.scan(clause)

    def scan(self, text: str) -> None:
        """Read the declarations of a clause, left to right."""
        text = text.strip(" ,")
        if not text:
            return
        parts = re.split(
            r"(?:,\s*|\s+)(?:and|but|so)\s+(?=(?:we|i|you)\b|(?:for|after|with|on)\s+"
            r"(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,?\s+(?:we|i|you)\b|"
            # "..., and at each grading a member makes an attempt": a clause of its own
            r"(?:at|during)\s+(?:each|every)\s+[a-z][\w\-]*,?\s+(?:a|an|the|each|every)\s)|"
            # "a client rings up, we take their name, ...": a comma splice before their list
            r",\s*(?=(?:we|i)\s+[a-z]+(?:\s+down)?\s+their\s)",
            text,
        )
        if len(parts) > 1:
            for before, part in zip(["", *parts], parts, strict=False):
                people = leading_noun_phrase(words(before))
                one = before.startswith(("a ", "an ", "each ", "every ", "any "))
                if THEIR_LIST.match(part) and people and (one or is_plural(people.split()[-1])):
                    # "guests check in and I write down their name": the guests' fields
                    self.entity(people)
                elif self.brought_in(before, part):
                    continue
                self.scan(part)
            return
        on_date = _ON_A_DATE.match(text)
        if on_date and on_date["done"] and not is_past_participle(on_date["done"]):
            on_date = None  # "is held at a venue on a date", not "is playing on a date"
        if on_date and (
            is_plural(words(on_date.group("np"))[-1]) or self.is_entity_phrase(on_date.group("np"))
        ):
            # "lessons are on a date with a duration ...": the date is theirs
            owner = self.entity(on_date.group("np"))
            date = read_field(on_date.group("date"))
            if date is None or date.type != "date" or date.name == "day":
                date = FieldDraft(name="date", type="date")  # "on a set day"
            if owner is not None:
                self.model.entities[owner].add(date)
        self.timed_subject(text)
        if (
            self.dated_act(text)
            or self.act_with_list(text)
            or self.made_by_person(text)
            or self.act_on_record(text)
            or self.per_record(text)
            or self.passive_clause(text)
            or self.measure_from_record(text)
            or self.for_each_list(text)
            or self.when_we_act(text)
            or self.when_done(text)
            or self.when_it_acts(text)
            or self.their_list(text)
            or self.written_about(text)
            or self.owned_clause(text)
            or self.status_is(text)
            or self.either(text)
            or self.tracked_fact(text)
            or self.moves(text)
            or self.choice(text)
        ):
            return
        possessed = self.possessive_list(text)
        if possessed is not NOT_READ:
            if possessed and len(possessed) < len(text):
                self.scan(possessed)
            return
        need = WE_NEED.search(text)
        owner = self.last or self.model.topic
        if need and owner and not REPORTISH.search(text):
            items = split_list(text[need.end() :])
            if (
                items
                and not is_entity_item(items[0])
                and not self.is_entity_phrase(items[0])
                and not re.search(r"\swith\s", outside_brackets(items[0]))
            ):  # "i want a payment record per tenant with the year": the record's own list
                self.field_list(owner, items)
                return
        have = HAVE_LIST.search(outside_brackets(text))
        if have and _is_perfect(outside_brackets(text), have):
            have = None  # "the end date once they have given notice": a tense, not a list
        with_ = WITH_LIST.search(outside_brackets(text))
        paren = first_field_brackets(text)
        starts = [
            (have.start() if have else None, "have"),
            (with_.start() if with_ else None, "with"),
            (paren, "paren"),
        ]
        found = sorted((at, kind) for at, kind in starts if at is not None)
        for at, kind in found:
            if kind == "have":
                outcome = self.have_clause(text)
            elif kind == "with":
                outcome = self.with_clause(text)
            else:
                outcome = self.paren_clause(text, at)
            if outcome is not NOT_READ:
                if outcome and len(outcome) < len(text):  # only the unread rest: it shrinks
                    self.scan(outcome)
                return
        self.object_fields(text)


_OWNER_WANTS_TO = re.compile(
    r"(?:we|i)\s+(?:(?:also|just|really|only)\s+)?"
    r"(?:want|need|would\s+like|have|ought|should|must)\s+(?:to\s+)?(?:(?:also|just)\s+)?"
)
"""*we want to*, *we'd like to*, *I need to*: the owner's wish before the verb of a header."""


def _is_header(clause: str) -> bool:
    """``Students: first name, ...`` or ``track my books: title, ...``, but not ``a status:
    requested, confirmed`` at the end of a list of fields."""
    head = clause.split(":", 1)[0]
    have = HAVE_LIST.search(head)
    if have and _OWNER_WANTS_TO.fullmatch(head[: have.start()]):
        have = None  # "we want to track our books: ...": the owner's verb, a header as "track ..."
    if (have and have.start() > 0) or re.search(r"\bwith\b", head) or "," in head:
        return False  # "track the plants: ..." opens with its verb, a header all the same
    return len(words(head)) <= 12


_ON_A_DATE = re.compile(
    r"^(?:(?:a|an|the|each|every|our|all)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are|happens?|takes? place|(?:is|are) (?P<done>[a-z]+))\s+"
    r"(?:(?:with|to|for|by|from|at|in)\s+(?:a|an|one|the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+)?"
    r"on\s+(?:a given|a set|a fixed|a particular|a|an|one|the)\s+(?P<date>(?:[a-z][\w\-]*\s+)?(?:date|day))\b"
)
"""``lessons are on a date``, ``a purchase order is raised with one supplier on an order
date``: the record's date."""
