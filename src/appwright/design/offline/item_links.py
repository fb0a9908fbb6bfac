"""List items that name one other record, read as a link rather than a text field.

*each loan has the member, the variety*, where members are kept: the loan points at one
member; so do *requesting vet*, *one teacher in charge*, *landed by a boat*, *who picked it* and
*the supplier it was bought from*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.draft import LinkDraft
from appwright.design.offline.fields import STATE_NOUNS
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.reader_state import ReaderState
from appwright.design.offline.record_words import PLAIN_FIELD_NOUNS
from appwright.design.offline.types import infer_type
from appwright.design.offline.word_classes import FUNCTION_WORDS, word_set, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    listed_as_noun,
    parts_of_speech,
    plural,
    singular,
    verb_lemma,
)

PARTY_NOUNS = word_set(
    "customer client member patient student pupil guest volunteer player tenant landlord "
    "resident driver"
)
"""People a business deals with, each always a record of their own: a list item naming one
alone (*customer*, *a patient*) is a link to them, never a text field."""
_STAFF_MEMBER = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:staff\s+member|member\s+of\s+staff)")
"""One of the staff (*a staff member*, *the member of staff*): a party too, in two words."""


_ONE_OF_THEM = re.compile(
    r"^one\s+(?P<of>of\s+(?:our|the|their|its|my)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:in|at|on)\s+[a-z][\w\-]*|\s+per\s+(?:each\s+|every\s+)?(?P<per>[a-z][\w\-]*))?$"
)
"""``one teacher in charge``, ``one dog per stay``, ``one of our set menus`` in a list of
fields: a reference to one of the teachers."""


class ItemLinks(ReaderState):
    """List items that name one other record the owner points at: *the member*, *requesting
    vet*, *one teacher in charge*, *landed by a boat*, *the supplier it was bought from*."""

    def record_item(self, item: str) -> str | None:
        """The known record a list item names with a clause about it (*the supplier it was
        bought from*, *the boat that landed it*), or None."""
        who = _WHO_DID_IT.fullmatch(outside_brackets(item).strip())
        if who is not None and _did_it_once(who["verb"], who["np"]):
            # "the volunteer who drove", "volunteer who wrote it off": one of the people
            return who["np"]
        match = _RECORD_WITH_CLAUSE.fullmatch(outside_brackets(item).strip())
        if match is None:
            return None
        if match.group("ours") and is_plural(match.group("ours")):
            return singular(match.group("ours"))
        phrase = match.group("np") or match.group("which")
        if is_plural(phrase.split()[-1]):
            return None
        verb = match.group("verb") or match.group("wanted")
        if verb is not None and (verb_lemma(verb) is None or not can_be_verb(verb)):
            return None  # "the rota they would" ...: a verb must say how it is tied in
        acting = match.group("acts") is not None and can_be_noun(phrase.split()[-1])
        # "the vet they are registered with": one of many outside the business, a record
        tied = _TIED_WITH.search(item) is not None and can_be_noun(phrase.split()[-1])
        picked = match.group("which") == phrase and _which_one_picked(item, phrase)
        return phrase if acting or tied or picked or self.is_entity_phrase(phrase) else None

    def named_party(self, owner: str, item: str) -> bool:
        """``each loan has the member, the variety``, where *members* are spoken of elsewhere
        as many: *the member* is the one the record is for, a link, not a text field; so is
        a bare *customer* or *a patient*, whom a business always keeps on file."""
        done = re.fullmatch(r"the\s+(?P<noun>[a-z][\w\-]*)\s+(?P<done>[a-z]+)", item.strip())
        if (
            done is not None
            and is_past_participle(done.group("done"))
            and self.is_entity_phrase(done.group("noun"))
        ):
            # "every sale is logged with the date, the toy sold": the toy it was, a link
            return self.points_at(owner, done.group("noun"))
        staff = _STAFF_MEMBER.fullmatch(item.strip())
        if staff is not None:
            # "a date and a staff member": one of the staff, on file as people always are
            return self.points_at(owner, "staff member")
        match = re.fullmatch(r"(?P<det>the\s+|a\s+|an\s+)?(?P<noun>[a-z][\w\-]*)", item.strip())
        if match is None:
            return False
        noun = match.group("noun")
        if noun in PARTY_NOUNS:
            # "returns: RMA number, customer, product": the customer is someone on file
            return self.points_at(owner, noun)
        if match["det"] != "the " or (
            noun in FUNCTION_WORDS
            or not can_be_noun(noun)
            or is_plural(noun)
            or plural(noun) not in self.model.vocabulary
            or plural(noun) == noun  # "the species": the word said once, not many of them
            or infer_type([noun]) != "text"
            or noun in PLAIN_FIELD_NOUNS
        ):
            return False
        return self.points_at(owner, noun)

    def acting_party(self, owner: str, item: str) -> bool:
        """``samples: which pet, requesting vet, ...``, ``referring doctor``, ``treating
        physio``: the one who does the act for the owner, a record in that role, where the
        *-ing* word is only ever a verb's (not *parking space*, *driving licence*)."""
        match = _ACTING_PARTY.fullmatch(item.strip())
        if match is None:
            return False
        doing, noun = match["doing"], match["noun"]
        if parts_of_speech(doing) != frozenset({"VERB"}) or listed_as_noun(doing):
            return False
        if is_plural(noun) or not listed_as_noun(noun) or noun in PLAIN_FIELD_NOUNS:
            return False
        if infer_type([noun]) != "text":
            return False
        target = self.entity(noun, declared=False)
        if target is None or target == owner:
            return False
        self.model.link(LinkDraft(source=owner, target=target, field=f"{doing}_{target}"))
        self.last = owner
        return True

    def party_in_role(self, owner: str, item: str, items: list[str]) -> bool:
        """``we log an exchange: the helper, the person helped, ...``, where members are the
        only people: each party is a member in its role. *The person helped* says the list
        names people; a doer beside it (*the helper*) is one too."""
        people = [
            name for name in self.model.entities if name != owner and self.model.is_person(name)
        ]
        if len(people) != 1:
            return False
        person = _PERSON_IN_ROLE.fullmatch(item.strip())
        role = person.group("role") if person else None
        doer = re.fullmatch(r"the\s+(?P<doer>[a-z]+(?:er|or|ee))", item.strip())
        if doer and any(_PERSON_IN_ROLE.fullmatch(other.strip()) for other in items):
            if self.is_entity_phrase(doer.group("doer")) or not names_a_doer(doer.group("doer")):
                return False
            role = doer.group("doer")
        if role is None:
            return False
        self.model.link(LinkDraft(source=owner, target=people[0], field=role))
        return True

    def who_did_it(self, owner: str, item: str) -> bool:
        """``for every batch we jot down who picked it``, pickers being records: the picker,
        a link named by the one who does the act."""
        match = re.fullmatch(r"who\s+(?P<verb>[a-z]+)\s+(?:it|them)", item.strip())
        lemma = verb_lemma(match["verb"]) if match else None
        if match is None or lemma is None or lemma == match["verb"]:
            return False  # "who picked it", a past act, not "who drives"
        doer = f"{lemma}r" if lemma.endswith("e") else f"{lemma}er"
        return self.is_entity_phrase(doer) and self.points_at(owner, doer)

    def done_by(self, owner: str, item: str) -> bool:
        """``catches: landed by a boat, with species``: an item saying which record did or
        holds the owner, when that is a record, is a link rather than a field."""
        match = _DONE_BY_ONE.fullmatch(item.strip())
        if match is None or not is_past_participle(match.group("done")):
            return False
        np = match.group("np")
        return self.is_entity_phrase(np) and self.points_at(owner, np)

    def one_of_them(self, owner: str, item: str) -> bool:
        """``one teacher in charge``: when teachers are records (or spoken of as many), the
        owner points at one of them."""
        match = _ONE_OF_THEM.match(strip_determiners(item))
        if match is None:
            return False
        np = match.group("np")
        group = words(np)
        if len(group) == 2 and group[1] in ("member", "person") and self.is_entity_phrase(group[0]):
            np = group[0]  # "one staff member in charge", staff kept: one of the staff
        head = words(np)[-1]
        many = plural(singular(head)) in self.model.vocabulary
        per = match.group("per")
        if per is not None and self.model.resolve_phrase(per) != owner:
            return False  # "one point per goal": a rule, not the owner's link
        # "shifts: date, one lifeguard per shift": one of several, even said once; a value
        # would be listed plainly (*a colour*), not counted out to each
        many = many or (
            per is not None and infer_type([head]) == "text" and head not in PLAIN_FIELD_NOUNS
        )
        if not (self.is_entity_phrase(np) or many) or not can_be_noun(head):
            return False
        role = None
        named = [w for w in words(np) if w != "one"]
        if (
            many
            and not match["of"]
            and not self.is_entity_phrase(" ".join(named))
            and len(named) == 2
        ):
            # "one headline poet", where poets are many: a poet, in the headline role
            role, np = named[0], head
        target = self.entity(np, declared=False)
        if target is None or target == owner:
            return False
        field = f"{role}_{target}" if role else None
        self.model.link(LinkDraft(source=owner, target=target, field=field))
        return True


_DONE_BY_ONE = re.compile(
    r"(?P<done>[a-z]+)\s+(?:by|from|at|in|to|for|on)\s+(?:a|an|one|the|one\s+of\s+(?:our|the))"
    r"\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})"
)
"""``landed by a boat``, ``placed by a customer``: the one record behind the owner."""


_RECORD_WITH_CLAUSE = re.compile(
    r"(?:the|its|their)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:that|which|who)\s+|(?:it|they|we)\s+(?:was|were|is|are|came|comes|come|want|wants)\b"
    r"|(?:it|they|he|she)\s+(?:(?:would|will|can|could|might|may)\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?:out|off|over|back|up))?\s+(?:to|in|on|at|with|for|by|under|into)$"
    r"|(?:they|he|she)\s+(?:would|will|can|could|might|may)\s+(?P<wanted>[a-z]+)$).*"
    r"|which\s+(?P<which>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+"
    r"(?:(?:it|they|he|she|we|the\s+[a-z][\w\-]*)\s+[a-z]+(?:\s+[a-z]+){0,2}"
    r"|(?P<acts>[a-z]+(?:ed|s)\s+(?:it|them)|(?:is|are|was)\s+[a-z]+ing\s+(?:it|them))))?"
    r"|which\s+(?:one\s+)?of\s+(?:our|my|the|us)\s+(?P<ours>[a-z][\w\-]*s)"
    r"(?:\s+(?:is|was|are|were|will\s+be))?\s+[a-z]+(?:\s+(?:it|them))?"
)
"""``the supplier it was bought from``, ``the property they want to rent``, ``the garage it
went to``, ``the van it went out in``, ``the flat they would prefer``, ``which recipe it
followed``, ``which tannery had it``, ``which unit``, ``which kart the driver was in``: a record, and a clause saying how it is tied
in; ``which of our drivers did it``, ``which engineer is doing it``: one of the business's own
people or things, a record even where nothing else names it."""


_WHO_DID_IT = re.compile(
    r"(?:the\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+who\s+(?P<verb>[a-z]+)\b.*"
)
"""``the volunteer who drove``, ``volunteer who wrote it off``: the person who did the act."""


def _did_it_once(verb: str, phrase: str) -> bool:
    """Whether ``verb`` is in the past (*drove*, *wrote*: the one act the record is of, not
    *who drives*) and ``phrase`` names one of a kind of people (*volunteer*, *staff member*)."""
    head = phrase.split()[-1]
    lemma = verb_lemma(verb)
    return (
        lemma is not None
        and lemma != verb
        and not verb.endswith("s")
        and can_be_noun(head)
        and not is_plural(head)
        and head not in FUNCTION_WORDS
        and head not in _PEOPLE_TOGETHER
        and infer_type([head]) == "text"
    )


_PEOPLE_TOGETHER = word_set("crew team staff family group class public committee band squad")
"""*the crew who attended*: many people said as one word, a list of members rather than one."""


_TIED_WITH = re.compile(
    r"\b(?:it|they|he|she)\s+(?:is|are|was|were)\s+(?:registered|based|attached|assigned|signed up)\s+"
    r"(?:with|to|at)\s*$"
)
"""``the vet they are registered with``: a tie to one of many records outside the business."""


_PERSON_IN_ROLE = re.compile(
    r"the\s+(?:person|people|member|one)\s+(?:who\s+(?:was|were|is|are|got)\s+)?(?P<role>[a-z]+ed)"
)
"""``the person helped``, ``the one who was helped``: a party named by what was done to them."""


_ACTING_PARTY = re.compile(
    r"(?:the\s+|a\s+|an\s+|our\s+)?(?P<doing>[a-z]+ing)\s+(?P<noun>[a-z][\w\-]*)"
)
"""``requesting vet``, ``the referring doctor``: the one who does the act, by the act."""


def _which_one_picked(item: str, phrase: str) -> bool:
    """Whether a bare list item ``which <noun>`` (*samples: which pet, which lab, ...*) picks
    one of many records of that noun, even where nothing else describes them: not a value
    (*which day*, *which colour*, *which side (left or right)*, with its options)."""
    if item.strip() != f"which {phrase}" or bracketed(item):
        return False
    head = phrase.split()
    return (
        all(can_be_noun(word) and word not in FUNCTION_WORDS for word in head)
        and not is_plural(head[-1])
        and infer_type(head) == "text"
        and head[-1] not in PLAIN_FIELD_NOUNS
        and head[-1] not in STATE_NOUNS
        and head[-1] not in ("kind", "type", "sort", "way", "one")
    )
