"""Lists said with *with*, and the time or date said with a record.

*recipes with a title and instructions*: the recipes' list; *every day I check in on a habit,
with a note*: a check-in, an event named by its verb; *clients ask for boxes back with a
retrieval request that covers ...*: the request's; *lessons at a set time* and *goods are
collected on a date*: the record's time or date.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.event_mentions import GENERIC_PEOPLE, find_event
from appwright.design.offline.field_items import WITH_LIST, position_in
from appwright.design.offline.keeping_verbs import HAVE_VERBS, TAKING_IN_VERBS
from appwright.design.offline.list_hosts import host_np, last_noun_phrase, names_one
from appwright.design.offline.list_items import split_list
from appwright.design.offline.reader_state import NOT_READ, ReaderState
from appwright.design.offline.word_classes import AUXILIARIES, DETERMINERS, PREPOSITIONS, words
from appwright.design.offline.word_forms import (
    can_be_verb,
    is_past_participle,
    is_plural,
    verb_lemma,
)

_ARRIVES_WITH = re.compile(
    r"^(?:when|whenever|once|if|each time|every time)\s+(?:(?:a|an|the|any|some)\s+)?[a-z]+\s+"
    r"[a-z]+(?:\s+(?:up|in|round|over|back))?\s+with\s+(?:a|an|some)\s+[^,;]+[,;]\s*"
)
"""``when a customer rings with a problem, we raise ...``: someone arriving with something,
the condition before the clause that says what is kept."""


_EACH_ONE_ACTS = re.compile(
    r"^(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)\s+(?!with\b)"
)


_REDUCED_RELATIVE = re.compile(
    r"^(?:(?:the|our|all)\s+)?(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)\s+"
    r"(?:each|every|a|an|the|our)\s+[a-z][\w\-]*\s+(?P<verb>[a-z]+s)(?:\s+[a-z]+)?\s*,\s*with\s"
)
"""*catalogue items each supplier offers, with ...*: plural records and a clause about them
whose *that* is left out, then their list."""


def _said_of_them(described: re.Match[str]) -> bool:
    """Whether the reduced relative's words are a plural noun and a verb in its *-s* form."""
    verb = described["verb"]
    return is_plural(described["np"].split()[-1]) and verb_lemma(verb) not in (None, verb)


class WithLists(ReaderState):
    """Lists said with *with* (*recipes with a title and instructions*) and the time or date
    said with a record (*lessons at a set time*, *goods are collected on a date*)."""

    def with_clause(self, text: str) -> str | None:
        plain = outside_brackets(text)
        match = WITH_LIST.search(plain)
        if match is None:
            return NOT_READ
        at = position_in(text, plain, match.start())
        host = host_np(text[:at])
        if host is None or host.phrase in ("time", "each time", "every time"):
            return NOT_READ
        if re.search(rf"\bit\s+(?:is|was|gets|has been)\s+{re.escape(host.phrase)}\s*$", text[:at]):
            return NOT_READ  # "every august it is chaos with paper forms": how it is, no record
        body = text[position_in(text, plain, match.start("body")) :].strip()
        items = split_list(body)
        if not items or (self.is_entity_phrase(items[0]) and len(items) == 1):
            return NOT_READ
        arrives = _ARRIVES_WITH.match(text)
        if arrives:
            return text[arrives.end() :]  # what they come with, not what is kept
        event = find_event(text[:at], self.model.vocabulary)
        after_comma = text[:at].rstrip().endswith(",")
        subject = self.passive_subject(text) if after_comma else None
        acting = _EACH_ONE_ACTS.match(text) if after_comma and subject is None else None
        if acting is not None and verb_lemma(acting["verb"]) not in (None, acting["verb"]):
            # "every team plays out of one home pub, with a team name": the team's, not the pub's
            subject = self.entity(acting["np"])
        named_one = None if after_comma else _named_one_with_its_list(text[:at], items)
        described = _REDUCED_RELATIVE.match(text) if after_comma else None
        if described is not None and _said_of_them(described):
            # "catalogue items each supplier offers, with a description": the items'
            subject = self.entity(described["np"])
        if subject is not None:
            # "a batch is brewed in one of our tanks, with a volume": the batch's, not the tank's
            owner: str | None = subject
        elif named_one is not None and named_one != host.phrase:
            # "each product is supplied by a supplier with a name and an account number"
            owner = self.entity(named_one)
            whens = [i for i in items if _WHEN_ITEM.match(i.strip())]
            kept = self.entity(host.phrase) if whens and not host.event else None
            if kept is not None and owner is not None and kept != owner:
                # "... at a venue with a name and an address, on a date": the concert's date
                items = [i for i in items if i not in whens]
                self.field_list(kept, [_WHEN_ITEM.sub("", i.strip()) for i in whens])
        elif event is not None and (
            event.subject in GENERIC_PEOPLE or not items[0].startswith(("their ", "his ", "her "))
        ):
            owner = self.entity(event.noun)
        else:
            owner = self.event_entity(host) if host.event else self.entity(host.phrase)
        if owner is None:
            return NOT_READ
        return self.field_list(owner, items)

    def passive_subject(self, text: str) -> str | None:
        """The record a passive clause opens with (*a batch of a beer is brewed*), with the
        date or time it is done on as its field (*... on a brew date*)."""
        match = _PASSIVE_SUBJECT.match(outside_brackets(text))
        if match is None or not is_past_participle(match.group("done")):
            return None
        owner = self.entity(match.group("np"))
        when = _ON_A_WHEN.match(outside_brackets(text)[match.end() :])
        if owner is not None and when:
            self.add_field(owner, when.group("when"))
        return owner

    def timed_subject(self, text: str) -> None:
        """``each screening shows one film at a start time``: what happens at a time is a
        record, and the time is its field (the rest of the clause is read as usual); ``a
        session takes place in one room on a date, from a start time for a number of hours``:
        several times in one clause are all the record's."""
        match = _TIMED_ONE.match(outside_brackets(text))
        if match is None:
            return
        verb = match.group("verb")
        if verb in AUXILIARIES or not can_be_verb(verb) or re.fullmatch(HAVE_VERBS, verb):
            return
        found = list(_WHEN_IN_CLAUSE.finditer(match["rest"]))
        last = _AT_A_TIME_LAST.search(match["rest"])
        if len(found) >= 2:
            whens = [when["when"] or f"the {when['unit']}" for when in found]
        elif last is not None and (
            match["det"] in ("each", "every") or verb_lemma(verb) in TAKING_IN_VERBS
        ):
            whens = [last["when"]]
        else:
            return
        owner = self.entity(match.group("np"))
        if owner is None:
            return
        for when in whens:
            self.add_field(owner, when)


_AT_A_TIME_LAST = re.compile(
    r"\b(?:at|on)\s+(?:a|an|one)\s+(?:(?:given|set|fixed|particular|specific|certain)\s+)?"
    r"(?P<when>(?:[a-z]+\s+)?(?:time|date))$"
)
"""*... at a start time*, *... on one date*: the one time a clause ends on (*a given date* is
a date)."""


_TIMED_ONE = re.compile(
    r"^(?P<det>a|an|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)\s+(?P<rest>.+)$"
)


_WHEN_IN_CLAUSE = re.compile(
    r"\b(?:at|on|from|until|till)\s+(?:a|an)\s+(?P<when>(?:[a-z]+\s+)?(?:time|date))\b"
    r"|\bfor\s+a\s+(?:number|couple|few)\s+of\s+(?P<unit>hours|days|nights|weeks|minutes)\b"
)
"""*a session takes place in one room on a date, from a start time for a number of hours*:
when it is, and how long, each said once in the clause."""


_WHEN_ITEM = re.compile(r"^(?:on|at)\s+(?=(?:a|an|one)\s+(?:[a-z]+\s+)?(?:date|day|time)$)")
"""*on a date*, *at a start time* in a list of another record's: when the subject is."""


_PASSIVE_SUBJECT = re.compile(
    r"^(?:a|an|the|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+of\s+(?:a|an|one|the)\s+[a-z][\w\-]*)?\s+(?:is|are)\s+(?P<done>[a-z]+)\b"
)
"""A clause opened by a record and a participle (*a batch of a beer is brewed ...*): the
record (not the thing after *of a*) is what the clause describes."""


_ON_A_WHEN = re.compile(r"^\s+(?:at|on)\s+(?:a|an)\s+(?P<when>(?:[a-z]+\s+)?(?:time|date))\b")


_NAME_ITEM = re.compile(r"^(?:a|an|the|its)?\s*(?:full\s+)?name$")
"""A list opening with the name of the one just named (*their name* is the people's)."""


def _named_one_with_its_list(left: str, items: list[str]) -> str | None:
    """``each product is supplied by a supplier with a name and an account number``, ``travels
    on a van run with a run date and a van registration``: the one record named right before
    *with* (*a*, *one*, *one of our*, after a preposition) whose list it is, when the list
    opens with a name or an item is named after it; else None (*puts a sitter in a home with a
    start date* is the subject's)."""
    before = words(outside_brackets(left))
    near = last_noun_phrase(before)
    if not near or not names_one(before, near):
        return None
    if any(verb_lemma(w) not in (None, w) and not is_plural(w) for w in near.split()):
        return None  # "backed by an assessor, kept with a name": a participle, no noun
    size = len(near.split())
    marker_at = len(before) - size - (3 if before[-size - 1] in ("our", "the", "your") else 1)
    if marker_at < 1 or before[marker_at - 1] not in PREPOSITIONS:
        return None
    head = near.split()[-1]
    first = outside_brackets(items[0]).strip()
    named_after = any(
        [w for w in words(outside_brackets(item)) if w not in DETERMINERS][:1] == [head]
        and len(words(item)) > 2
        for item in items
    )
    if _NAME_ITEM.match(first) is None and not named_after:
        return None
    return near
