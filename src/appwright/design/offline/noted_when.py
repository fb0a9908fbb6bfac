"""What we note when something happens to a record, or when we act on one.

*when the job is done we note the hours spent*: the job's; *when an item sells we note the sale
date and the price*: a sale of the item; *when we receive a delivery we record the date and the
quantity*: the delivery's, a record of its own.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import derived_noun
from appwright.design.offline.draft import LinkDraft
from appwright.design.offline.keeping_verbs import RECORD_OBJECT, TRACK_VERBS
from appwright.design.offline.list_items import split_list
from appwright.design.offline.no_records import FIELD_HEADS
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.reader_state import ReaderState
from appwright.design.offline.word_classes import AUXILIARIES
from appwright.design.offline.word_forms import verb_lemma

_WHEN_DONE = re.compile(
    r"^(?:when|once|after|whenever)\s+(?:the|a|an|each|every)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|has been|have been|gets|get)\s+"
    r"[a-z]+,?\s+(?P<rest>(?:we|i|you)\s+.+)$"
)
"""``when the job is done we note ...``: what follows is about the job."""


_WHEN_IT_ACTS = re.compile(
    r"^(?:when|once|after|whenever)\s+(?:the|a|an|each|every)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s),?\s+"
    rf"(?:we|i|you)\s+(?:{TRACK_VERBS}|take|write down|enter|note down)s?\s+(?P<list>.+)$"
)
"""``when an item sells we note the sale date, the price paid and the buyer's name``: the
act's record when the list names it (*the sale date*), else the item's own fields."""


_A_RECORD_WITH = re.compile(
    r"^(?:a|an)\s+(?P<np>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)\s+with\s+(?P<rest>.+)$"
)


_WE_RECORD_A = re.compile(
    rf"^(?:we|i|you)\s+(?:{TRACK_VERBS}|write down|enter|note down|create|add)s?\s+(?:a|an)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)\s+with\b"
)


_WHEN_WE_ACT = re.compile(
    r"^(?:when|once|after|whenever|each time|every time)\s+"
    r"(?P<doer>we|i|(?:the|a|an|our|someone|somebody)(?:\s+[a-z][\w\-]*){0,3}?)\s+(?P<verb>[a-z]+)\s+"
    r"(?:a|an|the|each|every|new)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    rf"(?:we|i)\s+(?:{TRACK_VERBS}|write down|enter|note down)s?\s+(?P<list>.+)$"
)
"""``when we receive a delivery we record the date, the supply and the quantity``, ``when the
agency issues a flood alert we log the date ...``: the list is the delivery's, the alert's, a
record of its own (a named supply among it is a link)."""


class NotedWhen(ReaderState):
    """What we note when something happens: *when the job is done we note the hours*, *when an
    item sells we note the sale date*, *when we receive a delivery we record the date*."""

    def when_we_act(self, text: str) -> bool:
        match = _WHEN_WE_ACT.match(text)
        if match is None or verb_lemma(match.group("verb")) is None:
            return False
        ours = re.match(r"^\S+\s+(?:we|i)\s", text) is not None
        if (not ours and re.match(r"(?:a|an)\s", match.group("list"))) or RECORD_OBJECT.match(
            match.group("list")
        ):
            # "when someone borrows a tool we record a loan with ...", "when i do a house i log
            # a visit with ...": the loan's, the visit's
            return False
        owner = (
            self._whose_part(match.group("doer"))
            if match.group("np").split()[-1] in FIELD_HEADS
            else None
        ) or self.entity(match.group("np"))
        if owner is None:
            return False
        self.field_list(owner, split_list(match.group("list")))
        return True

    def _whose_part(self, doer: str) -> str | None:
        """The one record that keeps the doer's details as its own fields (*the recipient's
        name* on a voucher): *once the recipient picks a date we record ...* is about it, the
        date being a value, no record."""
        said = strip_determiners(doer).split()
        if len(said) != 1:
            return None
        prefix = f"{said[0]}_"
        keeping = [
            name
            for name, entity in self.model.entities.items()
            if any(f.name.startswith(prefix) and f.reference is None for f in entity.fields)
        ]
        return keeping[0] if len(keeping) == 1 else None

    def when_done(self, text: str) -> bool:
        """``when the job is done we note ...``: the rest is about the job."""
        match = _WHEN_DONE.match(text)
        if match is None or not self.is_entity_phrase(match.group("np")):
            return False
        done = self.last = self.entity(match.group("np"), declared=False)
        self.scan(match.group("rest"))
        made = _WE_RECORD_A.match(match.group("rest"))
        if made and done is not None and self.is_entity_phrase(made.group("np")):
            record = self.entity(made.group("np"))
            if record is not None and record != done:
                # "when a boat is repaired we record a repair with ...": the repair's boat
                self.model.link(LinkDraft(source=record, target=done))
        return True

    def when_it_acts(self, text: str) -> bool:
        match = _WHEN_IT_ACTS.match(text)
        if match is None or not self.is_entity_phrase(match.group("np")):
            return False
        lemma = verb_lemma(match.group("verb"))
        if lemma is None or lemma == match.group("verb") or lemma in AUXILIARIES:
            return False
        thing = self.entity(match.group("np"), declared=False)
        if thing is None:
            return False
        made = _A_RECORD_WITH.match(match.group("list"))
        if made is not None and not self.is_entity_phrase(split_list(made["rest"])[0]):
            # "when a phone goes we log a sale with the date, ...": the sale's, of the phone
            record = self.entity(made["np"])
            if record is not None and record != thing:
                self.field_list(record, split_list(made["rest"]))
                self.model.link(LinkDraft(source=record, target=thing))
                return True
        items = split_list(match.group("list"))
        act = derived_noun(lemma, self.model.vocabulary)
        named = act is not None and any(
            strip_determiners(item).startswith(f"{act} ") for item in items
        )
        record = self.entity(act) if act is not None and named else None
        if record is None or record == thing:
            self.field_list(thing, items)
            return True
        self.field_list(record, items)
        self.model.link(LinkDraft(source=record, target=thing))
        return True
