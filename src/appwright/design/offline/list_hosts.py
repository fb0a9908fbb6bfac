"""What a list of fields belongs to: the noun phrase before it, or an event named by its verb.

*a list of companies (name, industry, website)* is the companies' list; *every day I check in on
a habit, with a note* is a check-in's, an event named by its verb. ``host_np`` finds the host
at the end of the text before a list; ``last_noun_phrase`` and ``names_one`` the noun phrase
nearest the list and whether the clause names one of it (*each donation comes from a donor*).
"""

from __future__ import annotations

from dataclasses import dataclass

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import CONTAINER_NOUNS
from appwright.design.offline.noun_phrases import is_noun_at, leading_noun_phrase
from appwright.design.offline.word_classes import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    IN_PARTICLE_VERBS,
    NOUN_MARKERS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    SUBJECT_PRONOUNS,
    WH_WORDS,
    word_set,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    can_be_verb,
    is_adverb,
    is_past_participle,
    is_plural,
    verb_lemma,
)

_IDIOM_VERBS = word_set("keep take make lose")
"""Verbs whose bare noun and *of* are one verb: *keep track of*, *take stock of*, *make use of*."""


@dataclass
class Host:
    """What a list of fields belongs to: a noun phrase, or an event named by a verb."""

    phrase: str
    event: bool = False
    """The phrase is a verb (``check in``): the host is an event entity named after it."""
    event_object: str | None = None


def last_noun_phrase(tokens: list[str]) -> str:
    phrase: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index]
        if word in FUNCTION_WORDS or word in QUANTIFIERS:
            break
        if phrase and can_be_verb(word) and not can_be_noun(word):
            break
        if phrase and not is_noun_at(tokens, index):
            break  # "our studio books shoots": the verb before the object
        phrase.insert(0, word)
    return " ".join(phrase)


def _before_place_phrases(tokens: list[str]) -> int:
    """Where ``tokens`` end once trailing prepositional phrases are set aside, at the first
    plural noun before them: *sixty huts along the front*, *forty boats among the reeds*,
    each with ... are the huts' and the boats'."""
    ends: list[int] = []
    end = len(tokens)
    while end > 0:
        start = end
        while start > 0 and is_noun_at(tokens, start - 1):
            start -= 1
        if start == end:
            break
        ends.append(end)
        while start > 0 and tokens[start - 1] in DETERMINERS:
            start -= 1
        if (
            start == 0
            or tokens[start - 1] not in PREPOSITIONS
            or tokens[start - 1] in ("to", "for")
        ):
            break  # "connect people to community activities, each with ...": the activities
        end = start - 1
    plural_ends = [at for at in ends if is_plural(tokens[at - 1])]
    return plural_ends[-1] if plural_ends else len(tokens)


def host_np(left: str, *, bracket: bool = False) -> Host | None:
    """The noun phrase a following ``with ...`` or ``(...)`` list belongs to.

    Prepositional phrases in between are skipped (*inquiries about a property* with ...);
    a relative clause points back to its noun (*the contacts who work at each company*, with
    ...); a verb with no object after a pronoun names an event (*I check in on a habit*).
    """
    tokens = words(outside_brackets(left))
    if (
        len(tokens) > 1
        and can_be_verb(tokens[0])
        and not can_be_noun(tokens[0])
        and not can_be_adjective(tokens[0])
        and is_plural(tokens[1])
    ):
        tokens = tokens[1:]  # "(authors ... and) write manuscripts with a title": what they make
    if bracket and len(tokens) == 2 and all(is_plural(t) and can_be_noun(t) for t in tokens):
        return Host(" ".join(tokens))  # "drinks packages (name, price)": one compound
    if (
        bracket
        and len(tokens) > 2
        and tokens[-2] in PREPOSITIONS
        and is_plural(tokens[-1])
        and can_be_noun(tokens[-1])
    ):
        return Host(tokens[-1])  # "we send manuscripts out to publishers (name, imprint)"
    while len(tokens) > 2 and tokens[-2] in PREPOSITIONS and tokens[-1] in PRONOUNS:
        tokens = tokens[:-2]  # "I make a job for it, with ...": the job
    distributive = False
    while tokens and (
        tokens[-1] in ADVERBS
        or tokens[-1] in CONJUNCTIONS
        or tokens[-1] in ("each", "every", "all", "both")
        or is_adverb(tokens[-1])
    ):
        distributive = distributive or tokens[-1] == "each"
        tokens.pop()
    end = len(tokens)
    if distributive:
        end = _before_place_phrases(tokens)
    elif not bracket:
        # the noun test sees the *with* that follows: "a customer rings with a problem" has a
        # verb where "a customer ring" would be a compound
        tokens.append("with")
    if distributive and end and is_plural(tokens[end - 1]) and is_noun_at(tokens, end - 1):
        # "the garden is split into plots, each with a number": the plots, one by one
        start = end - 1
        while start > 0 and is_noun_at(tokens, start - 1):
            start -= 1
        return Host(" ".join(tokens[start:end]))
    skipped_object: str | None = None
    while end > 0:
        start = end
        while start > 0 and is_noun_at(tokens, start - 1):
            start -= 1
        phrase = tokens[start:end]
        det = start
        while det > 0 and (tokens[det - 1] in DETERMINERS or tokens[det - 1] in QUANTIFIERS):
            det -= 1
        before = tokens[det - 1] if det > 0 else None
        if phrase and before in ("and", "or"):
            # "matches between a home team and an away team", "for each morning or afternoon
            # session": both in one prepositional phrase
            first_end = det - 1
            first_start = first_end
            while first_start > 0 and is_noun_at(tokens, first_start - 1):
                first_start -= 1
            first_det = first_start
            while first_det > 0 and tokens[first_det - 1] in DETERMINERS | QUANTIFIERS:
                first_det -= 1
            if first_start < first_end and first_det > 1 and tokens[first_det - 1] in PREPOSITIONS:
                det, before = first_det, tokens[first_det - 1]
                phrase = tokens[first_start:first_end]
        particle = (
            before == "in"
            and det > 1
            and verb_lemma(tokens[det - 2]) in IN_PARTICLE_VERBS
            and is_plural(tokens[end - 1])
        )
        if (
            bracket
            and phrase
            and det == start
            and end == len(tokens)
            and before in PREPOSITIONS
            and is_plural(phrase[-1])
        ):
            # "runners sign up for races (name, date)": a bare plural's own bracket
            return Host(" ".join(phrase))
        if (
            phrase
            and before in ("to", "for")
            and det < start
            and tokens[start - 1] in ("a", "an")
            and det > 3
            and tokens[det - 2] == "up"
            and verb_lemma(tokens[det - 3]) is not None
            and tokens[det - 4] not in ("to", "and", "or")  # "a visit to measure up for a ..."
        ):
            return Host(" ".join(phrase))  # "a patient signs up to a plan, with ...": the plan
        if phrase and before in PREPOSITIONS and before != "of" and det - 1 > 0 and not particle:
            skipped_object = skipped_object or " ".join(phrase)
            end = det - 1
            continue
        if phrase and before == "of" and det - 1 > 0:
            owner_end = det - 1
            owner_start = owner_end
            while owner_start > 0 and is_noun_at(tokens, owner_start - 1):
                owner_start -= 1
            owner = tokens[owner_start:owner_end]
            if owner and owner[-1] in CONTAINER_NOUNS:
                return Host(" ".join(phrase))
            if (
                len(owner) == 1
                and owner_start > 0
                and verb_lemma(tokens[owner_start - 1]) in _IDIOM_VERBS
            ):
                return Host(" ".join(phrase))  # "keep track of my hides (...)": the hides
            return Host(" ".join(owner)) if owner else Host(" ".join(phrase))
        if phrase:
            if before in WH_WORDS and det - 2 >= 0:
                return _relative_host(tokens[: det - 1])
            return Host(" ".join(phrase))
        # a verb ends the phrase: cross it to its subject
        return _verb_host(tokens[:end], skipped_object)
    return None


def _is_finite(word: str) -> bool:
    """*belongs*, *keeps*: a verb's *-s* form, said of its subject."""
    lemma = verb_lemma(word)
    return word.endswith("s") and lemma is not None and lemma != word and not is_plural(lemma)


def _relative_host(tokens: list[str]) -> Host | None:
    phrase = last_noun_phrase(tokens)
    return Host(phrase) if phrase else None


def _verb_host(tokens: list[str], pp_object: str | None) -> Host | None:
    """``attendees register for events`` → attendees; ``I check in on a habit`` → check_in."""
    verb_end = len(tokens)
    verb_start = verb_end
    while (
        verb_start > 0
        and (tokens[verb_start - 1] in PREPOSITIONS or can_be_verb(tokens[verb_start - 1]))
        and tokens[verb_start - 1] not in SUBJECT_PRONOUNS
        and not (verb_start < verb_end and is_plural(tokens[verb_start - 1]))
        and not (verb_start > 1 and tokens[verb_start - 2] in NOUN_MARKERS)
        # "every catalogued document belongs": a participle after a marker describes a noun
        and not (
            verb_start > 2
            and tokens[verb_start - 3] in NOUN_MARKERS
            and is_past_participle(tokens[verb_start - 2])
        )
        # "a standing order belongs to a cafe": no verb stands before a finite one, so the
        # word before *belongs* ends its subject
        and not (
            verb_start < verb_end
            and _is_finite(tokens[verb_start])
            and tokens[verb_start - 1] not in PREPOSITIONS
            and tokens[verb_start - 1] not in AUXILIARIES
            and can_be_noun(tokens[verb_start - 1])
        )
    ):
        verb_start -= 1
        if tokens[verb_start] in AUXILIARIES and (
            verb_start == 0 or tokens[verb_start - 1] not in AUXILIARIES
        ):
            break  # the word before "is" is its subject, even when it could be a verb
        if verb_end - verb_start >= 3:
            break
    verb = tokens[verb_start:verb_end]
    before = tokens[:verb_start]
    auxiliary = verb[:1] != [] and verb[0] in AUXILIARIES
    while before and (before[-1] in AUXILIARIES or before[-1] in ADVERBS):
        auxiliary = auxiliary or before[-1] in AUXILIARIES
        before.pop()
    if not verb:
        return None
    if before and before[-1] in ("who", "which", "that"):
        return _relative_host(before[:-1])
    if before and before[-1] == "and" and auxiliary:
        # "a prescription is written by a doctor and is for one medicine, with ...": the
        # second predicate shares the sentence's subject
        subject = leading_noun_phrase(before)
        return Host(subject) if subject else None
    if (
        len(before) > 1
        and before[-1] in SUBJECT_PRONOUNS
        and before[-2] in ("which", "that", "who", "whom")
    ):
        return _relative_host(before[:-2])  # "my tractors, which i keep with a make": theirs
    if before and before[-1] in SUBJECT_PRONOUNS:
        lemma = verb_lemma(verb[0]) or verb[0]
        particles = [w for w in verb[1:] if w in PREPOSITIONS and w in ("in", "out", "up", "off")]
        if not particles and len(verb) > 1:
            return None
        return Host(" ".join([lemma, *particles]), event=True, event_object=pp_object)
    lead = leading_noun_phrase(before)
    after_lead = before[len(words(lead)) + 1 :][:1] if before[:1] in (["each"], ["every"]) else []
    if auxiliary and lead and after_lead and after_lead[0] in ("a", "an", "the"):
        # "each feeding a keeper gives is logged with ...": the feeding, and who gives it
        return Host(lead)
    subject = last_noun_phrase(before)
    return Host(subject) if subject else None


def names_one(before: list[str], near: str) -> bool:
    """Whether the phrase ending *before* names one record: *a rider*, *one bus*, *one of our
    technicians*."""
    size = len(near.split())
    if len(before) <= size:
        return False
    marker = before[-size - 1]
    if marker in ("a", "an", "one"):
        return True
    return before[-size - 3 : -size - 1] == ["one", "of"] and marker in ("our", "the", "your")
