"""Rewrites that cut one clause holding several predicates or subjects into plain clauses.

Two predicates sharing one subject become two clauses (``a donation belongs to a donor and is
taken at a site``: *a donation belongs to a donor; a donation is taken at a site*), and so do
two subjects sharing one list (``surgeries and link workers only need a name``), an apposed
*with* list (``members, with a name, book a telescope``), a next act after *then*, a second
owner's list and a record *turned into* another. A new subject after *, and* is
``new_subjects``'s, a pronoun ``they_named``'s and a relative clause ``relative_clauses``'s.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.finite_verbs import AUXILIARY_VERBS, STATE_VERBS, finite_verb
from appwright.design.offline.noun_phrases import leading_noun_phrase
from appwright.design.offline.parse import parse
from appwright.design.offline.phrase_patterns import ARTICLES
from appwright.design.offline.sentences import clauses
from appwright.design.offline.word_classes import PREPOSITIONS, word_set, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    verb_lemma,
)

_APPOSED_WITH = re.compile(
    r"^(?:(?:the|our|all|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"(?:each\s+)?with\s+"
    r"(?P<list>[^,]+(?:,(?:(?!\s(?:and|or)\s)[^,])+)*?\s+(?:and|or)\s+[^,]+),\s+"
    r"(?P<rest>[a-z].+)$"
)
"""``Members, with a name, email and membership number, book a telescope``: the subject's
fields between commas, then its predicate."""


def unfold_apposition(sentence: str) -> str:
    """``members, with a name and an email, book a telescope``: the members have a name and an
    email; members book a telescope (two clauses every reader can take); so too without the
    commas (``volunteers with a name, phone and email sign up for them``) where the parse has
    the verb after the list as the clause's own."""

    def unfolded(part: str) -> list[str]:
        apposed = _APPOSED_WITH.match(part)
        if apposed is None or not is_plural(words(apposed.group("np"))[-1]):
            return _with_list_then_verb(part) or [part]
        if not re.search(r"\s(?:and|or)\s", outside_brackets(apposed.group("list"))):
            # *a unit (kg, g or litre), the quantity in stock*: the list goes on past the
            # bracket's *or*, so nothing here is the subject's predicate
            return [part]
        np = apposed.group("np")
        return [f"{np} have {apposed.group('list')}", f"{np} {apposed.group('rest')}"]

    return per_clause(sentence, unfolded)


_WITH_THEN_VERB = re.compile(
    r"^(?:(?P<lead>[^;]*?),\s+and\s+)?(?:(?:the|our|all)\s+)?"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s+"
    r"(?P<list>[^,]+(?:,[^,]+)*?\s+and\s+(?:(?:a|an|the|their)\s+)?[a-z][\w\-]*)\s+"
    r"(?P<verb>[a-z]+)\s+(?P<rest>[a-z].*)$"
)


_PHRASAL_NEXT = re.compile(
    r"(?:up|in|out|off|on)\s+(?:for|to|onto|into|with|a|an|the|each|every|them|it)\b"
)
"""*sign up for*, *check in a*: a particle and what it takes, so the word before is a verb."""


def _with_list_then_verb(part: str) -> list[str] | None:
    """``..., and volunteers with a name, phone and email sign up for them``: *...; volunteers
    have a name, phone and email; volunteers sign up for them*, when the parse takes the word after the
    list for the clause's verb (not *members with a name and a phone book*, a compound)."""
    match = _WITH_THEN_VERB.match(part)
    if match is None or not is_plural(words(match["np"])[-1]):
        return None
    said_before = len(words(part[: match.start("verb")]))
    worded = [t for t in parse(part).tokens if t.pos != "PUNCT"]
    if said_before >= len(worded) or worded[said_before].lower != match["verb"]:
        return None  # the parse's words are not the pattern's (a hyphen, an apostrophe)
    verb = worded[said_before]
    parsed_as_verb = verb.dep == "ROOT" and verb.pos == "VERB" and verb.tag == "VBP"
    if not parsed_as_verb and not _PHRASAL_NEXT.match(match["rest"]):
        return None
    np = match["np"]
    lead = [match["lead"]] if match["lead"] else []
    return [*lead, f"{np} have {match['list']}", f"{np} {match['verb']} {match['rest']}"]


_SECOND_PREDICATE = re.compile(
    r"((?:,\s+|\s+)and\s+(?:(?:then|also|usually|always)\s+)?|,\s+(?=(?:stays|remains)\s)"
    r"|,\s+(?=[a-z]+s\s+(?:several|many|each|every|one|a|an|the|its)\s)"
    r"|,\s+(?=is\s+[a-z]+ed\s)|,\s+(?=is\s+[a-z]+\s+(?:by|for|with)\s)|,\s+(?=[a-z]+s\s+(?:from|to|into|at|in|on|with|by)\s))(?=[a-z])"
)
_COMING_VERBS = word_set("come go move travel arrive return belong run pass head report lead")
"""Verbs of where a record comes from or goes, whose *-s* form is also a plural noun."""
_PLACED_VERBS = word_set("stand sit live stay happen occur")
"""Verbs of where a record is (*... and stands at a location*, *... and happens in one of the
rooms*); most are also plural nouns."""
_ENDING_VERBS = word_set("end finish close start begin open")
"""Verbs of how a record starts or ends (*... and ends with a result*), a predicate of their
own before *with*."""


def split_predicates(sentence: str) -> str:
    """``a donation belongs to a donor and is taken at a site``: *a donation belongs to a
    donor; a donation is taken at a site*. Only a singular subject with a determiner and a
    singular verb after *and*, so the verb can only be the subject's. A flow (*goes from open
    to ..., and is then resolved*) is one predicate however it goes on."""
    parts = clauses(sentence)
    split: list[str] = []
    for part in parts:
        tokens = words(outside_brackets(part))
        subject = leading_noun_phrase(tokens) if tokens[:1] and tokens[0] in ARTICLES else ""
        size = len(subject.split())
        said = tokens[size + 1 :]
        # "a debate happens on a date, has a motion and ...": a verb and where or when
        placed = len(said) > 1 and said[1] in PREPOSITIONS
        acting = finite_verb(said) or (placed and finite_verb(said, with_object=False))
        # "each one belongs to a tray and holds ...": no noun after the determiner to repeat
        named_after = tokens[1 : size + 1] == subject.split()
        if not subject or not named_after or is_plural(tokens[size]) or not acting:
            split.append(part)
            continue
        named = f"{tokens[0]} {subject}"
        pieces = _SECOND_PREDICATE.split(part)
        kept = pieces[0]
        for joint, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            flowing = words(kept)[len(named.split()) : len(named.split()) + 1]
            said = words(piece)
            placed = len(said) > 1 and said[1] in PREPOSITIONS
            acts = (
                finite_verb(said)
                or (
                    # "a referral is for one patient, comes from one surgery, ...": a verb no
                    # list item could be (*notes for staff* could)
                    joint.startswith(",")
                    and placed
                    and finite_verb(said, with_object=False)
                    and (not is_plural(said[0]) or verb_lemma(said[0]) in _COMING_VERBS)
                )
                or (
                    # "... and an install date and stands at a location"
                    placed
                    and finite_verb(said, with_object=False)
                    and verb_lemma(said[0]) in _PLACED_VERBS | _COMING_VERBS
                )
                or (
                    # "... for a number of rounds and ends with a result": how it ends
                    said[1:2] == ["with"]
                    and finite_verb(said, with_object=False)
                    and verb_lemma(said[0]) in _ENDING_VERBS
                )
            )
            if acts and not (flowing and flowing[0] in STATE_VERBS):
                split.append(kept)
                kept = f"{named} {piece}"
            else:
                kept = f"{kept}{joint}{piece}"
        split.append(kept)
    return "; ".join(split) if split != parts else sentence


_TWO_SUBJECTS_HAVE = re.compile(
    r"^(?:both\s+)?(?P<first>(?:(?:the|our)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+"
    r"(?P<second>(?:(?:the|our)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)\s+"
    r"(?P<have>(?:(?:only|just|both|all|each)\s+)?(?:have|need|get)\s+(?:(?:a|an|their)\s|name\b).+)$"
)


def two_subjects_have(sentence: str) -> str:
    """``surgeries and link workers only need a name``: *surgeries only need a name; link
    workers only need a name*; two kinds of record said to hold one list each hold it."""

    def shared(clause: str) -> list[str]:
        match = _TWO_SUBJECTS_HAVE.match(clause)
        if match is None:
            return [clause]
        first, second = match["first"], match["second"]
        if not all(
            is_plural(s.split()[-1]) and can_be_noun(s.split()[-1]) for s in (first, second)
        ):
            return [clause]
        return [f"{first} {match['have']}", f"{second} {match['have']}"]

    return per_clause(sentence, shared)


_PLURAL_SECOND_PREDICATE = re.compile(
    # within one sentence: *..., and can go on hold* after the next sentence's own subject
    r"^(?P<subject>(?:(?:our|the|all|all\s+the)\s+)?[a-z][\w\-]*s)\s+"
    r"(?P<have>(?:have|need|get)\s(?:(?!\.\s)[^;])+?),?"
    r"\s+and\s+(?P<then>(?:can|may|might|must|will|should|are|often|sometimes|usually|belong\s+to)"
    r"\s[^;]+)$"
)


def plural_second_predicate(sentence: str) -> str:
    """``witnesses have a name and a phone and may be called to several hearings``: *...;
    witnesses may be called to several hearings*. After a plural subject's list, *and* then a
    modal, *are* or *belong to* opens its second predicate, which no list item starts with
    (*pets have a name and belong to an owner with a name and email*: the owner's list)."""

    def split(clause: str) -> list[str]:
        match = _PLURAL_SECOND_PREDICATE.match(clause)
        if match is None or not is_plural(match["subject"].split()[-1]):
            return [clause]
        subject = match["subject"]
        return [f"{subject} {match['have']}", f"{subject} {match['then']}"]

    return per_clause(sentence, split)


_THEN_ACTS = re.compile(
    r"^(?P<subject>(?:(?:our|the|all|each|every|a|an)\s+)?[a-z][\w\-]*)\s+(?P<first>[a-z]+\s[^;]+?),"
    r"\s+(?:and\s+)?then\s+(?P<verb>[a-z]+)\s+(?P<rest>[^;]+)$"
)


_FLOW_VERBS = word_set("start become go get move turn are be pass stay remain")
"""Plural and base forms of the verbs a flow's states follow."""


def then_they_act(sentence: str) -> str:
    """``customers sign up with their name, then place rental orders with a pickup date``:
    *customers sign up with their name; customers place rental orders with a pickup date*;
    the next act of the same subject, whose list is not the first act's."""

    def split(clause: str) -> list[str]:
        match = _THEN_ACTS.match(clause)
        if match is None:
            return [clause]
        subject, verb = match["subject"], match["verb"]
        head = subject.split()[-1]
        lemma = verb_lemma(verb)
        plural_subject = is_plural(head) and subject.split()[0] not in ("each", "every", "a", "an")
        # "a job is booked, then done" is a flow: only a present verb is a next act
        agrees = verb == lemma if plural_subject else (verb.endswith("s") and verb != lemma)
        flowing = {verb, match["first"].split()[0]} & (STATE_VERBS | AUXILIARY_VERBS | _FLOW_VERBS)
        if lemma is None or not agrees or not can_be_noun(head) or flowing:
            return [clause]  # "an order starts as received, then moves to packed": a flow
        return [f"{subject} {match['first']}", f"{subject} {verb} {match['rest']}"]

    return per_clause(sentence, split)


_SECOND_OWNER = re.compile(
    r"^(?P<head>(?:[^:]+:\s+)?(?P<us>i|we)\s+(?P<verb>[a-z]+)\s+(?:the|their|its)\s+[a-z][\w\-]*'s\s.+?),?\s+and\s+"
    r"(?P<owner>(?:the|their|its)\s+[a-z][\w\-]*'s\s.+)$"
)


def second_owner(sentence: str) -> str:
    """``i note the customer's name and phone, and the contract's price``: *...; i note the
    contract's price*, each owner's list a clause of its own."""

    def split(part: str) -> list[str]:
        owners = _SECOND_OWNER.match(part)
        if owners is None:
            return [part]
        us, verb = owners.group("us"), owners.group("verb")
        return [owners.group("head"), f"{us} {verb} {owners.group('owner')}"]

    return per_clause(sentence, split)


_TURNS_INTO = re.compile(
    r"^(?P<before>.+?)\s+(?:(?:turns|is\s+turned|is\s+converted|converts)\s+(?:in)?to|becomes)\s+"
    r"(?P<det>a|an)\s+(?P<after>[a-z].*)$"
)


def turned_into(sentence: str) -> str:
    """``an accepted quote turns into a job with a start date``: *a job belongs to a quote; a
    job has a start date*; the new record comes from the old one."""

    def turned(part: str) -> list[str]:
        match = _TURNS_INTO.match(part)
        before = words(match.group("before")) if match else []
        # "each device then becomes a case": when it does is no part of the record
        before = [w for w in before if w not in ("then", "later", "eventually", "usually")]
        source = leading_noun_phrase(before) if before[:1] and before[0] in ARTICLES else ""
        result = leading_noun_phrase(words(match.group("after"))) if match else ""
        if not match or not source or not result or len(source.split()) + 1 != len(before):
            return [part]
        source_words = source.split()
        if len(source_words) > 1 and is_past_participle(source_words[0]):
            source = " ".join(source_words[1:])  # "an accepted quote": a quote
        rest = match.group("after")[len(result) :].strip()
        made = [f"a {result} belongs to a {source}"]
        if rest.startswith("with "):
            made.append(f"a {result} has {rest.removeprefix('with ')}")
        return made

    return per_clause(sentence, turned)
