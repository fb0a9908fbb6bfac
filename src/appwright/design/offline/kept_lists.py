"""Lists introduced by whose they are.

*for every child we need the first name, ...*: the child's; *we keep each tool's name, brand
and condition*: the tool's; *customers ring up and I write down their name, phone and address*:
the customers'.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import ZERO_ACTS, names_an_act
from appwright.design.offline.brackets import bracketed
from appwright.design.offline.draft import LinkDraft
from appwright.design.offline.field_items import is_entity_item, is_noun_phrase, lists_fields
from appwright.design.offline.field_lists import WHOSE_ITEM, FieldLists
from appwright.design.offline.field_names import KIND_OF
from appwright.design.offline.keeping_verbs import (
    KEEP_VERBS,
    RECORD_OBJECT,
    THEIR_LIST,
    TRACK_VERBS,
)
from appwright.design.offline.list_items import split_list
from appwright.design.offline.reader_state import NOT_READ
from appwright.design.offline.word_classes import VERB_PARTICLES, words
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    is_past_participle,
    is_plural,
    verb_lemma,
)

_POSSESSIVE_LIST = re.compile(
    rf"\b(?:{TRACK_VERBS}|need|want|see|show|have|"
    r"(?<=\bwe\s)(?:hold|list|take|collect)|(?<=\bi\s)(?:hold|list|take|collect))\s+"
    r"(?:(?:each|every|the|a|an|our|my)\s+)?"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)'s?\s+(?P<body>[a-z].+)$"
)
"""``We keep each tool's name, brand and value``, ``we hold each parent's phone``, ``we list
each trader's name and phone``: the fields of the possessor (*they hold a learner's permit* is a
yes/no of theirs)."""


_PARTICLES = VERB_PARTICLES | {"in", "over"}
"""Particles after a participle (*brought in*, *handed over*): part of the verb."""


_FOR_EACH_LIST = re.compile(
    r"^(?:for|about) (?:(?P<det>each|every|a|an|the|our|all)\s+)?"
    r"(?P<np>[a-z][\w\-]*(?:\s+(?!(?:on|in|for)\s)[a-z][\w\-]*)?)"
    rf"(?:\s+(?P<done>[a-z]+)(?:\s+(?:{'|'.join(sorted(_PARTICLES))}))?)?"
    r"(?:\s+(?:on|for|in|at|of|to)\s+(?:a|an|the|each|every|one)\s+"
    r"(?P<pp>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|\s+(?:on|in|for)\s+(?P<state>[a-z][\w\-]*))?,?\s+"
    r"(?P<rest>(?:i|we|you)\s+.+)$"
)
"""``For every child we need the first name, ...`` / ``For artists we keep a name`` / ``for
every item brought in we note ...``: the fields of the child, of the artists, of the item; a
bare noun after *on*, *in* or *for* says where or how the record is (*for each stove on display
we keep ...*, as *each stove on display has ...*), no record of its own."""


_ON_THE_RECORD = re.compile(
    r"^(?:on|under|against|inside|within)\s+(?:the|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+"
    r"[a-z][\w\-]*)?),?\s+(?:i|we|you)\s"
)


_A_RECORD_AND_ITS_LIST = re.compile(
    r"^(?:a|an|one)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:for|on|of|about|against)\s+(?:a|an|the|each|every|one|their|its)\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))?\s*(?::|\s+with\s)\s*"
)
"""*a result for the horse: ...*, *an entry with ...*: a record, whom it is for, its list."""
_FIELD_OPENER = re.compile(r"(?:the|a|an|its|their|his|her|how|whether|when|who|what)\s")
"""An item said as a field (*the finishing position*), not a bare value (*win*)."""


_WE_KEEP = re.compile(
    r"^(?:i|we|you)\s+(?:also\s+|always\s+|just\s+|only\s+)?"
    r"(?:(?:would|will|should|must|(?:need|have|want) to)\s+)?(?:also\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?:down|up|in|out))?\s+"
    # "we only need name, phone and email": a bare list, said as notes
    r"(?P<body>(?:(?:the|a|an|their|its|his|her)\s|[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s).+)$"
)


class KeptLists(FieldLists):
    """Lists introduced by whose they are: *for every child we need ...*, *we keep each tool's
    name*, *I write down their name*."""

    def for_each_list(self, text: str) -> bool:
        """``for every child we need the first name, last name, ...``; ``on the booking we
        take ...`` of a known record."""
        on = _ON_THE_RECORD.match(text)
        if on is not None:
            act = on.group("np").split()[-1]
            if self.is_entity_phrase(on.group("np")) or names_an_act(act) or act in ZERO_ACTS:
                text = f"for each {text[on.start('np') :]}"
        match = _FOR_EACH_LIST.match(text)
        if match is None:
            return False
        named, done = words(match.group("np")), match.group("done")
        if (
            len(named) > 1
            and is_past_participle(named[-1])
            and (done is None or done in _PARTICLES)
        ):
            named, done = named[:-1], named[-1]  # "for each bike repaired at a station"
        if (
            not is_noun_phrase(" ".join(named))
            or (done is not None and not is_past_participle(done))
            or (match.group("det") is None and not is_plural(named[-1]))
        ):
            return False
        owner = self.entity(" ".join(named))
        if owner is None:
            return False
        place = match.group("pp")
        if place and is_noun_phrase(place):
            # "for each booking on a sailing we record ...": the booking is on the sailing
            target = self.entity(place, declared=False)
            if target is not None and target != owner:
                self.model.link(LinkDraft(source=owner, target=target))
            self.last = owner
        kept = _WE_KEEP.match(match.group("rest"))
        if kept and self.logged_record(owner, kept.group("verb"), kept.group("body")):
            return True
        items = split_list(kept.group("body")) if kept else []
        if (
            kept
            and (verb_lemma(kept.group("verb")) or kept.group("verb")) in KEEP_VERBS
            and not RECORD_OBJECT.match(kept.group("body"))
            and not any(
                (
                    is_entity_item(i)
                    and not WHOSE_ITEM.match(i)
                    and not _with_values(i)
                    and self.record_item(i) is None
                )
                or (
                    self.is_entity_phrase(i)
                    and self.record_item(i) is None
                    and not _THE_ONE.fullmatch(i.strip())
                    and not KIND_OF.search(i)  # "the kind of group": a value of the group's
                )
                for i in items
            )
        ):
            # "for every customer we hold a full name, a date of birth": the customer's fields
            rest = self.field_list(owner, items)
            if rest:
                self.scan(rest)
            self.last = owner
            return True
        before = set(self.model.entities)
        self.last = owner  # "for the hirer we only need name, phone": the rest is the hirer's
        self.scan(match.group("rest"))
        pointed = {link.target for link in self.model.links if link.source == owner}
        made_here = [n for n in self.model.entities if n not in before | {owner} | pointed]
        for made in made_here:  # in the order they were made, not a set's
            # "for each application we keep a list of deadlines with ...": the application's
            # (not "which of our drivers did it": the one the owner points at)
            self.model.link(LinkDraft(source=made, target=owner))
        self.last = owner
        return True

    def logged_record(self, owner: str, verb: str, body: str) -> bool:
        """``for each race we log a result for the horse: the finishing position, ...``: the
        record logged for each one (a result, the race's and the horse's) holds the list, not
        the race; a list of values (*a result: win, place or lose*) is the race's field."""
        logged = _A_RECORD_AND_ITS_LIST.match(body)
        if logged is None or (verb_lemma(verb) or verb) not in KEEP_VERBS:
            return False
        items = split_list(body[logged.end() :])
        if not items or not _FIELD_OPENER.match(items[0].strip()):
            return False
        record = self.entity(logged["record"])
        if record is None or record == owner:
            return False
        self.model.link(LinkDraft(source=record, target=owner))
        other = self.entity(logged["other"], declared=False) if logged["other"] else None
        if other is not None and other not in (record, owner):
            self.model.link(LinkDraft(source=record, target=other))
        rest = self.field_list(record, items)
        if rest:
            self.scan(rest)
        self.last = record
        return True

    def their_list(self, text: str) -> bool:
        """``I write down their name, phone number and address``: the fields of the people
        just named."""
        match = THEIR_LIST.match(text)
        if match is None:
            return False
        lemma = verb_lemma(match.group("verb")) or match.group("verb")
        if not re.fullmatch(TRACK_VERBS + "|write|take|ask|collect|need|get", lemma):
            return False
        items = split_list(match.group("body"))
        if not items or any(self.is_entity_phrase(i) for i in items):
            return False
        # "each tenant is given a plot - we keep their name": the record opening the sentence,
        # when ours is a clause of its own ("for the carriers, i need their name": the carriers)
        said = self.sentence_subject if text == self.whole_clause else None
        owner = (self.entity(said, declared=False) if said else None) or self.last
        if owner is None:
            return False
        self.field_list(owner, items)
        return True

    def possessive_list(self, text: str) -> str | None:
        """``we keep each tool's name, brand and condition`` → the tool's fields."""
        match = _POSSESSIVE_LIST.search(text)
        if match is None or not match.group(0).split()[0]:
            return NOT_READ
        np = match.group("np")
        named = words(np)
        if not is_noun_phrase(np) or not can_be_noun(named[-1]):
            return NOT_READ
        before = words(text[: match.start()])
        if match.group(0).startswith("have ") and before and before[-1] not in _WHO_HAVE:
            return NOT_READ  # "visits have the client's name, ...": the visit's own fields
        if not all(_modifies(w) for w in named[:-1]):
            return NOT_READ
        owner = self.entity(np)
        if owner is None:
            return NOT_READ
        return self.field_list(owner, split_list(match.group("body")))


_WHO_HAVE = frozenset(["we", "i", "you", "they", "also", "only", "just", "to", "will", "would"])
"""*we have each client's name*: the possessor's fields; *visits have the client's name*, a
record's own."""


def _modifies(word: str) -> bool:
    """Whether ``word`` can say which kind of thing the noun after it is: *speeding vehicle*,
    *parked car*, *spare part*, *garden shed*."""
    return (
        can_be_noun(word)
        or can_be_adjective(word)
        or word.endswith("ing")
        or is_past_participle(word)
    )


_THE_ONE = re.compile(r"(?:the|its|their)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?<!s)")
"""``the tournament``, ``the race night`` in a list of what we note: the one record it is for,
a link."""


def _with_values(item: str) -> bool:
    """``the tree species (oak, pine or ash)``: a field told with its values, whatever its
    head looks like."""
    inner = bracketed(item)
    return bool(inner) and not lists_fields(inner[0])


_AND_FOR_ANOTHER = re.compile(
    r"(?P<lead>\b(?:we|i)\s+(?:also\s+)?(?P<verb>keep|record|note|log|store|hold|need|take|want)\s"
    r"[^.;\n]*?),\s+and\s+for\s+"
    r"(?P<one>(?:a|an|each|every|the)\s+(?!of\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:of|only|just|also|on|in|at|to)\b)[a-z][\w\-]*)?)"
    r"\s+(?=(?:the|a|an|its|their|his|her)\s)"
)


def and_for_another_kept(text: str) -> str:
    """``we keep the instructor's name and mobile number, and for a school group the school
    name, ...``: *...; for a school group we keep the school name, ...*; the verb said once
    serves the second record's list too."""
    return _AND_FOR_ANOTHER.sub(lambda m: f"{m['lead']}; for {m['one']} we {m['verb']} ", text)
