"""A header and the list after its colon.

*Students: first name, last name*: the students' fields; *Lost & found: items, claims*:
records; *Loads: received, tested or rejected*: a status; *job status: received -> repaired*:
the job's flow; *sign-ups: a poet signs up for a night with ...*: the act's record and its list.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import names_an_act
from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.draft import FieldDraft, LinkDraft, entity_key
from appwright.design.offline.entity_lists import EntityLists
from appwright.design.offline.event_mentions import find_event
from appwright.design.offline.field_items import is_entity_item, is_noun_phrase, is_specified
from appwright.design.offline.fields import STATE_NOUNS
from appwright.design.offline.list_items import split_list, split_options
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.topic_words import (
    APP_WORDS,
    REPORTISH,
    SECTION_WORDS,
    TOPIC,
    WE_NEED,
    topic_phrase,
)
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import is_past_participle

_RECORD_REPORT = re.compile(
    r"(?!(?:daily|weekly|monthly|yearly|annual|quarterly|summary|sales|end)\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:sales|summary)\b)[a-z][\w\-]*)?\s+reports?"
)
"""*Damage report: which shelter, date reported, ...*, *Lost card reports: ...*: a report people
file, a record, where a header that is only *Report:* or *Monthly report:* asks for a figure."""


_OWN_FIELDS = re.compile(r"^\s*(?:a\s+|the\s+|its\s+)?(?:name|title|number|code),\s+\S")
"""A list that opens with what names each record: a record's fields, whatever its header."""


_VALUES_KEPT = re.compile(r"\b(?:date|dates|fee|amount|ref|reference|status|cost|price)\b")
"""*Notification: ref no., date submitted, fee, status*: a record filed under a word that
also heads a part of the app, told by the values each one keeps."""


class HeadedLists(EntityLists):
    """A header and its list: *Students: first name, last name*, *Loads: received, tested or
    rejected*, *sign-ups: a poet signs up for a night with ...*."""

    def header(self, head: str, body: str) -> None:
        head_words = words(head)
        filed = _RECORD_REPORT.fullmatch(" ".join(head_words)) is not None
        if (
            any(w in SECTION_WORDS for w in head_words)
            and not filed
            and not _OWN_FIELDS.match(body)
            and not (
                len(head_words) == 1
                and _VALUES_KEPT.search(body)
                and not REPORTISH.search(body)
                and len(split_list(body)) >= 2
            )
        ):
            return  # "Screens: name, seat count" at a cinema is a record, told by its fields
        if filed and REPORTISH.search(body):
            return  # "monthly sales report: total per region": a report asked for
        owner_words = strip_determiners(" ".join(head_words[:-1]))
        if (
            head_words in (["status"], ["stage"], ["state"])
            and self.last is not None
            and len(split_options(body)) >= 2
        ):
            # "Status: quoted -> booked -> drawn" after a record: that record's flow
            self.model.entities[self.last].add(
                FieldDraft(name=head_words[0], type="enum", flow_text=body)
            )
            return
        if (
            len(head_words) > 1
            and head_words[-1] in STATE_NOUNS
            and self.is_entity_phrase(owner_words)
            and len(split_options(body)) >= 2
        ):
            # "job status: received -> diagnosed -> repaired": the job's status and its flow
            owner = self.entity(owner_words, declared=False)
            if owner is not None:
                self.model.entities[owner].add(
                    FieldDraft(name=head_words[-1], type="enum", flow_text=body)
                )
            return
        through = _GOES_THROUGH_STEPS.match(" ".join(head_words))
        named = entity_key(through["np"]) if through else ""
        if through and named in self.known and len(split_options(body)) >= 2:
            # "the licence goes through a few steps: we submit ..., then ...": the licence's
            # status, never a record of steps
            owner = self.entity(through["np"], declared=False)
            if owner is not None:
                self.model.entities[owner].add(
                    FieldDraft(name="status", type="enum", flow_text=outside_brackets(body))
                )
            return
        if not body:
            if is_noun_phrase(head) and not any(w in APP_WORDS for w in head_words):
                self.entity(head)
            return
        if self.states_header(head, body):
            return
        # "Booking: boat, grid, date": one act that also names apps (*a booking app*) heads its
        # record's list
        one_act = len(head_words) == 1 and names_an_act(head_words[0])
        # "Tool: fleet no., model, ..." at a hire depot: a word that names apps, alone and
        # followed by a list, is the record the list describes
        a_record_alone = head_words in (["tool"], ["manager"]) and len(split_list(body)) >= 2
        titled = (
            (any(w in APP_WORDS for w in head_words) and not one_act and not a_record_alone)
            or TOPIC.search(head) is not None
            or not is_noun_phrase(head)
        )
        owner = None
        event = find_event(head, self.model.vocabulary)
        if event is not None:
            owner = self.entity(event.noun)
            if owner is not None:
                self.field_list(owner, split_list(WE_NEED.sub("", body)))
                return
        if titled:
            phrase = topic_phrase(head)
            owner = self.entity(phrase, declared=False) if phrase else None
        items = split_list(body)
        sentence_body = is_clause(items[0]) or (len(items) == 1 and not is_noun_phrase(items[0]))
        if not titled:
            # "Grades: each grade is for ..." names the entity; "A salon: appointments ..."
            # only sets the scene
            owner = self.entity(head, declared=not sentence_body)
        if sentence_body:
            if owner is not None and not titled:
                body = self.act_under_header(owner, body)
            self.scan(body)
            return
        if is_entity_item(items[0]) and (titled or is_specified(items[0])):
            if owner is not None and not self.model.entities[owner].fields:
                self.model.entities[owner].declared = False  # "Lost & found: items, claims"
            self.entity_list(items)
            return
        if owner is not None:
            self.field_list(owner, items)

    def act_under_header(self, owner: str, body: str) -> str:
        """``sign-ups: a poet signs up for a night with the title of their piece and a slot
        number``: the header's record is the act; it points at who acts and what for, and
        the list is its own. Returns the body left to read."""
        match = _ACT_WITH_LIST.match(body)
        if match is None:
            return body
        who = self.entity(match.group("who"), declared=False)
        what = self.entity(match.group("what"), declared=False)
        if who is None or what is None or owner in (who, what) or who == what:
            return body
        if not (
            self.is_entity_phrase(match.group("who")) and self.is_entity_phrase(match.group("what"))
        ):
            return body
        self.model.link(LinkDraft(source=owner, target=who))
        self.model.link(LinkDraft(source=owner, target=what))
        self.field_list(owner, split_list(match.group("list")))
        self.act_records.add(owner)
        return body[match.end() :]

    def states_header(self, head: str, body: str) -> bool:
        """``Loads: received, tested, stored, or rejected``: a record named by a header whose
        items are all states (done words), not fields: its status and the values it takes."""
        options = split_options(body)
        states = [words(o) for o in options]
        if (
            len(options) < 3
            or not self.is_entity_phrase(head)
            or not all(len(w) == 1 and is_past_participle(w[0]) for w in states)
        ):
            return False
        owner = self.entity(head, declared=False)
        if owner is None:
            return False
        self.model.entities[owner].add(FieldDraft(name="status", type="enum", options=options))
        return True


_GOES_THROUGH_STEPS = re.compile(
    r"^(?:(?:the|a|an|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:goes|go|moves|move|passes|pass|runs|run)\s+through\s+(?:[a-z]+\s+){0,2}?"
    r"(?:steps|stages|states|phases)$"
)
"""``the licence goes through a few steps``: a header whose list is the record's states."""


_ACT_WITH_LIST = re.compile(
    r"^(?:a|an|the|each|every)\s+(?P<who>[a-z][\w\-]*)\s+[a-z]+(?:\s+(?:up|in|on|out))?\s+"
    r"(?:for|to|on|onto|into|at|in)\s+(?:a|an|the|one)\s+(?P<what>[a-z][\w\-]*)\s+with\s+"
    r"(?P<list>[^;]+)"
)
"""Under a header: *a poet signs up for a night with the title of their piece and a slot
number*, someone's act on a record, with what the act records."""
