"""Clauses that tell a record's status and the values it takes.

*loans are either active, overdue or returned*, *order status is received, cutting and
delivered*, *an application moves from applied to screening to hired* (its flow, read whole by
``states``), and *members can RSVP yes, no or maybe to each meeting* (each answer a record).
"""

from __future__ import annotations

import re

from appwright.design.offline.draft import FieldDraft, LinkDraft
from appwright.design.offline.field_items import is_noun_phrase
from appwright.design.offline.fields import STATE_NOUNS
from appwright.design.offline.flow_text import listed_flow, names_states
from appwright.design.offline.list_items import split_options
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.reader_state import ReaderState
from appwright.design.offline.states import names_one_with_a_noun
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import can_be_noun, verb_lemma

_EITHER = re.compile(
    r"^(?P<subj>(?:(?:a|an|the|each|every|our|all)\s+)?[a-z][\w\- ]{0,40}?)\s+(?:is|are|can be)\s+"
    r"(?:either\s+|always\s+|one of\s+)?(?P<opts>[^,]+(?:,[^,]+)*\s+or\s+[\w\- ]+?)"
    r"(?=\s+and\s+(?:goes|moves|can|is|are|then)\b|$)"
)


_STAGES_HEADER = re.compile(r"^(?:through\s+)?(?:the|its|their)\s+(?P<field>stage|phase)s\b")


_MOVES = re.compile(
    r"^(?:(?:a|an|the|each|every|our)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:moves|goes|go|move|progresses|progress|flows|passes)\s+(?P<flow>(?:from\s+|through\s+)?"
    r"[\w\- ]+?(?:\s+to\s+|\s*->\s*).+|through\s+[\w\- ]+(?:,\s*[\w\- ]+)+,?\s+(?:and\s+)?"
    r"(?:then|finally)\s+[\w\- ]+)$"
)


_LISTED_MOVES = re.compile(
    r"^(?:(?:a|an|the|each|every|our|its|their)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:moves|goes|go|move|progresses|progress|passes|pass|runs|run)\s+(?P<flow>.+)$"
)
"""``an order goes pending, approved, shipped, then delivered`` (``flow_text.listed_flow``)."""


_STARTS_AS = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:starts|start|begins|begin)\s+(?:out\s+)?as\s+(?P<flow>[\w\-]+(?:\s+[\w\-]+)?"
    r"(?:,|\s+then\b|\s+and\s+then\b).+)$"
)
"""``a special order starts as waiting, becomes arrived ...``: a record with a status."""


_AND_IT_MOVES = re.compile(
    r",?\s+and\s+(?:it|they)\s+(?=(?:goes|go|moves|move|progresses|flows|passes)\s+from\b)"
)


_CHOICE = re.compile(
    r"^(?P<subj>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:can\s+|may\s+|will\s+)?(?P<verb>[a-z]+)\s+"
    r"(?P<opts>[\w\-]+(?:\s*,\s*[\w\-]+)*\s*,?\s+or\s+[\w\-]+)\s+(?:to|for|on)\s+"
    r"(?:each|every|a|an|the)\s+(?P<obj>[a-z][\w\- ]*)$"
)


_CONDITION = re.compile(r"\s+(?:until|unless|after|before|when|once|if|within)\b.*$")
"""The condition after a value (*disposed after 90 days*), not part of it."""


_THEN_STATES = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are|gets|get|becomes|become)\s+(?P<flow>[\w\-, ]+?(?:\s*,?\s+(?:and\s+)?then\s+.+))$"
)


_FLOW_CUE = re.compile(r"\b(?:goes|go|moves|move|progresses|flows?)\s+from\b|->")


_STATUS_IS = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<field>status|stage|state|phase)\s+(?:is|are|can be|will be)\s+(?:either\s+|one of\s+)?"
    r"(?P<opts>[\w\- ]+(?:,\s*[\w\- ]+)+,?\s+(?:and|or)\s+[\w\- ]+)$"
)
"""``Order status is received, cutting, ready and delivered``: the values in their order."""


class StatusClauses(ReaderState):
    """Statuses and the values they take: *loans are either active, overdue or returned*, *an
    application moves from applied to screening*, *members can RSVP yes, no or maybe*."""

    def either(self, text: str) -> bool:
        """``Loans are either active, overdue or returned``: a status and its values; kinds
        said with an article (*each event is a talk, a social or a workshop*) are its type."""
        match = _EITHER.match(text)
        if match is None:
            return False
        subject = match.group("subj")
        theirs = re.match(r"^(?:their|its|his|her)\s+[a-z][\w\-]*$", subject) is not None
        said = self.clause_subject or self.last
        if theirs and said is not None and not self.is_entity_phrase(subject.split()[-1]):
            # "..., and their subscription is either active or paused": the state of the
            # record the clause before was about
            subject = said
        elif not is_noun_phrase(subject) or not self.is_entity_phrase(subject):
            return False
        opts = match.group("opts").strip()
        options = [_CONDITION.sub("", o) for o in split_options(opts)]
        if len(options) < 2 or any(len(o.split()) > 4 for o in options):
            return False
        owner = self.entity(subject)
        if owner is None:
            return False
        listed = re.split(r",\s*|\s+or\s+", opts)
        kinds = all(re.match(r"(?:a|an)\s", o) for o in (listed[0], listed[-1]))
        name = "type" if _FLOW_CUE.search(text) or kinds else "status"
        self.model.entities[owner].add(FieldDraft(name=name, type="enum", options=options))
        rest = text[match.end() :].strip()
        if rest:
            self.scan(rest)
        return True

    def status_is(self, text: str) -> bool:
        """``Order status is received, cutting, stitching and delivered``."""
        match = _STATUS_IS.match(text)
        if match is None or not is_noun_phrase(match.group("np")):
            return False
        options = split_options(match.group("opts"))
        if len(options) < 2 or any(len(o.split()) > 3 for o in options):
            return False
        owner = self.entity(match.group("np"))
        if owner is None:
            return False
        flow = " -> ".join(options)
        self.model.entities[owner].add(
            FieldDraft(name=match.group("field"), type="enum", options=options, flow_text=flow)
        )
        return True

    def moves(self, text: str) -> bool:
        """``An application moves from applied to screening ...``: a record with a status."""
        shared = _AND_IT_MOVES.search(text)
        if shared:
            # "every thesis is assigned a supervisor, and it goes from ...": the thesis's
            lead = leading_noun_phrase(words(text[: shared.start()]))
            text = f"{lead} {text[shared.end() :]}" if lead else text
        listed = _LISTED_MOVES.match(text)
        if listed and names_one_with_a_noun(
            words(text[: listed.end("np")]), text[listed.end("np") :]
        ):
            listed = None  # "a press run logs ...": the press run, no press that runs
        match = (
            _MOVES.match(text)
            or _THEN_STATES.match(text)
            or (listed if listed and listed_flow(listed.group("flow")) else None)
            or _STARTS_AS.match(text)
        )
        if match is None:
            return False
        possessive = re.match(r"^(?:its|their)\s+", text) is not None
        if not possessive and not is_noun_phrase(match.group("np")):
            return False
        if not names_states(match.group("flow")):
            return False
        np_words = match.group("np").split()
        named = self.clause_subject or self.last
        field_name = "status"
        if np_words in (["it"], ["they"]) and named is not None:
            np_words = named.split()  # "it goes from ...": the record the clause before named
        elif possessive and np_words[-1] in STATE_NOUNS and named is not None:
            # "a batch ..., and its stage goes from ...": the batch's stage
            field_name, np_words = np_words[-1], [*named.split(), np_words[-1]]
        elif (
            possessive
            and named is not None
            and np_words[:-1] in ([], ["its"], ["their"])
            and can_be_noun(np_words[-1])
            and self.model.resolve(np_words[-1]) is None
        ):
            # "a booking ... ; its artwork moves from awaiting copy to proof sent ...": the
            # booking's artwork status, a part of it no record of its own
            field_name, np_words = f"{np_words[-1]}_status", named.split()
        elif possessive:
            return False
        elif len(np_words) == 1 and np_words[0] in STATE_NOUNS and named is not None:
            # "a rental has ...; status goes reserved -> out": the rental's status
            field_name, np_words = np_words[0], [*named.split(), np_words[0]]
        if len(np_words) > 1 and np_words[-1] in STATE_NOUNS:
            # "the claim status goes from ...": the claim's status, not a "claim status" record
            field_name = np_words.pop()
        header = _STAGES_HEADER.match(match.group("flow"))
        if header is not None and field_name == "status":
            field_name = header["field"]  # "goes through the stages filling, ...": its stage
        owner = self.entity(" ".join(np_words))
        if owner is None:
            return False
        entity = self.model.entities[owner]
        state_field = next(
            (f for f in entity.fields if f.name in ("status", "stage", "state", field_name)), None
        )
        # a flow told by its first state ("starts as a quote, then the customer confirms it")
        # is read whole by ``states``, which knows acts told as steps
        told = None if match.re is _STARTS_AS else match.group("flow")
        if state_field is None:
            entity.add(FieldDraft(name=field_name, type="enum", flow_text=told))
        else:
            state_field.flow_text = state_field.flow_text or told
        return True

    def choice(self, text: str) -> bool:
        """``Members can RSVP yes, no or maybe to each meeting``: each answer is a record."""
        match = _CHOICE.match(text)
        if match is None or not self.is_entity_phrase(match.group("obj")):
            return False
        options = split_options(match.group("opts"))
        if len(options) < 2 or any(len(o.split()) > 2 for o in options):
            return False
        verb = verb_lemma(match.group("verb")) or match.group("verb")
        name = self.entity(verb)
        person = self.entity(match.group("subj"), declared=False)
        thing = self.entity(match.group("obj"), declared=False)
        if name is None:
            return False
        self.model.entities[name].add(FieldDraft(name="response", type="enum", options=options))
        for target in (person, thing):
            if target is not None:
                self.model.link(LinkDraft(source=name, target=target))
        return True
