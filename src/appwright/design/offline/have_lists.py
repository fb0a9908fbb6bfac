"""Lists said with a verb of having or keeping, given to the subject they are said of.

*products have a SKU, a name and a unit price*, *each order says how many loads*, *every bird
caught in a session gets a ring number* (the bird's, pointing at the session), *we keep their
name, email* (the record the clause before opened with); not the perfect tense (*once they have
given notice*) nor what we have done (*how much I've taken in total*).
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import CONTAINER_NOUNS, LinkDraft
from appwright.design.offline.entity_lists import EntityLists
from appwright.design.offline.field_items import is_specified, position_in
from appwright.design.offline.keeping_verbs import HAVE_LIST, RECORD_OBJECT, TRACK_VERBS
from appwright.design.offline.list_hosts import last_noun_phrase
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noun_phrases import leading_noun_phrase, strip_determiners
from appwright.design.offline.predicates import read_predicate
from appwright.design.offline.reader_state import NOT_READ
from appwright.design.offline.word_classes import (
    ADVERBS,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    word_set,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    listed_as_noun,
    verb_form,
    verb_lemma,
)

MODALS = word_set("can could should would will shall must may might")


SUBJECT_PREPOSITIONS = word_set("for from at in on about to")
"""Prepositions inside a subject (*a quote for a customer has ...*): the head is before them."""


_ONLY_THEY_MAY = re.compile(
    r"(?:^|,\s+(?:and\s+|but\s+|while\s+)?)only\s+(?:the\s+|our\s+)?[a-z][\w\-']*(?:\s+[a-z][\w\-']*)?\s+"
    r"(?:can|may|should|will|is allowed to|are allowed to|records?|logs?|notes?|enters?|sets?)\s"
)
"""``only the coroner records the conclusion``, ``..., and only the lettings manager can give
the final decision``: who may write it (a permission), not what the coroner holds."""


_FIGURE_ASKED = re.compile(
    r"^(?:the\s+|a\s+)?(?:total|average|sum|mean|count|number of|monthly|weekly|yearly|annual)\b"
    r".*\b(?:per|(?:to|for|by|of)\s+each|[a-z]+ed\s+each)\s+[a-z]"
)
"""``the total weight harvested per shore per year``, ``the total owed to each consignor``,
``the total i have charged each client``: a figure asked for, a report."""


_AND_STATE_PREDICATE = re.compile(
    r",\s*and\s+(?:it\s+|they\s+)?(?=(?:is|are|goes|go|moves|move|gets|get|becomes|become)\s+"
    r"(?:[a-z]+\s*,?\s+(?:and\s+)?then\b|from\b|through\b))"
)
"""A second predicate sharing a have-clause's subject that names its states (*..., and is
listed, then sold or unsold*; *..., and goes from draft to sent*)."""


class HaveLists(EntityLists):
    """Lists said with a verb of having or keeping: *products have a SKU, a name and a unit
    price*, *each order says how many loads*, *we keep their name, email*."""

    def have_clause(self, text: str) -> str | None:
        plain = outside_brackets(text)
        match = HAVE_LIST.search(plain)
        only = _ONLY_THEY_MAY.search(plain)
        if match is None or (only is not None and only.start() <= match.start()):
            return NOT_READ
        verb_at = position_in(text, plain, match.start())
        before = words(outside_brackets(text[:verb_at]))
        reduced = _REDUCED_SUBJECT.match(" ".join(before))
        if reduced and is_past_participle(reduced.group("done")):
            # "every bird caught in a session gets ...": the bird, which points at the session
            subject: str | None = reduced.group("np")
            owner = self.entity(reduced.group("np"))
            place = self.entity(reduced.group("place"), declared=False)
            if owner is not None and place is not None and place != owner:
                self.model.link(LinkDraft(source=owner, target=place))
        else:
            subject = _shared_subject(text[:verb_at]) or _subject(before)
        body_start = verb_at + len(match.group("verb"))
        body = text[body_start:].strip()
        if subject is None or _perfect_tense(match.group("verb"), body):
            return NOT_READ
        if subject in ("we", "i", "you") and _done_by_us(match.group("verb"), body):
            return NOT_READ  # "how much i've taken in total": what we have done, no list
        if re.fullmatch(f"(?:{TRACK_VERBS})s?", match.group("verb")) and RECORD_OBJECT.match(body):
            # "drivers record a pickup for a route with the date": the pickup's fields
            return NOT_READ
        if subject in ("we", "i", "you") and _FIGURE_ASKED.match(body):
            return None  # "i need the total weight harvested per shore": a report, no record
        if subject in ("we", "i", "you"):
            items = split_list(body)
            if (
                items
                and items[0].startswith(("their ", "its ", "his ", "her "))
                and text.lstrip().startswith(subject)  # not "for the carriers, i need their"
            ):
                # "each tenant is given a plot; we keep their name, email, ...": theirs
                said = self.clause_subject or self.last
                owner = self.entity(said, declared=False) if said else None
                return NOT_READ if owner is None else self.field_list(owner, items)
            if (
                self.last
                # "for each member we hold a name, ...": what we hold is kept, as noted
                and re.fullmatch(TRACK_VERBS + r"s?|hold", match.group("verb"))
                and not any(is_specified(i) or self.is_entity_phrase(i) for i in items)
            ):
                # "when the job is done we note the hours spent, the parts cost": its fields;
                # "each job runs on one machine; we log the minutes": the job's
                each = self.each_subject if text.lstrip().startswith(subject) else None
                held = self.entity(each, declared=False) if each else None
                return self.field_list(held or self.last, items)
            return self.declaration_list(items)
        if subject in ("it", "they") and text.lstrip().startswith(subject) and self.clause_subject:
            # "each dive is led by an instructor; it has ...": the dive
            owner = self.entity(self.clause_subject)
        elif subject in ("it", "each", "they", "each one", "every one"):
            owner = self.last or self.model.topic
        else:
            owner = self.entity(subject)
        if owner is None:
            return NOT_READ
        one = _ONE_WITH.match(body)
        if one and text.lstrip().startswith(("each ", "every ")) and subject not in ("each",):
            # "every client has a case with the date ...": the case is the client's
            child = self.entity(one.group("np"))
            if child is not None and child != owner:
                self.model.link(LinkDraft(source=child, target=owner))
                return body
        second = _AND_STATE_PREDICATE.search(outside_brackets(body))
        if second is None:
            picking = _PICKING_VERB.match(match.group("verb")) is not None
            # "several addresses with a postcode and a town, and several orders": the comma
            # before the last "and" closes the addresses' own list
            closed = re.search(r",\s+and\s+[^,]*$", outside_brackets(body)) is not None
            return self.field_list(owner, split_list(body), picking=picking, closed=closed)
        # "a lot has a number and a price, and is listed, then sold": the lot's states too
        at = position_in(body, outside_brackets(body), second.start())
        left = self.field_list(owner, split_list(body[:at]))
        end = position_in(body, outside_brackets(body), second.end())
        predicate = f"{owner.replace('_', ' ')} {body[end:].strip()}"
        return f"{left}, {predicate}" if left else predicate


def _shared_subject(before: str) -> str | None:
    """``every game belongs to a tournament, has a round ...``: a verb after a comma, with no
    subject of its own, continues the clause before it and shares its subject."""
    if not before.rstrip().endswith(","):
        return None
    found = read_predicate(before.rstrip().rstrip(","))
    if found is None or found.personal or found.passive:
        return None
    return strip_determiners(found.subject) or None


def _subject(before: list[str]) -> str | None:
    """The subject right before a verb: ``each product``, ``we``, ``it``; a clause after
    ``and`` shares the subject of the clause before it."""
    tokens = list(before)
    while tokens and (tokens[-1] in ADVERBS or tokens[-1] in MODALS):
        tokens.pop()  # "an application shall record ...", "each request can have ..."
    if len(tokens) > 1 and tokens[-1] in ("each", "all", "both") and is_plural(tokens[-2]):
        tokens.pop()  # "our kilns each have ...": the kilns, each of them
    if tokens and tokens[-1] in ("and", "also"):
        return leading_noun_phrase(tokens) or None
    phrase: list[str] = []
    while tokens and tokens[-1] not in FUNCTION_WORDS - DETERMINERS - {"it", "they", "we", "i"}:
        word = tokens.pop()
        phrase.insert(0, word)
        if word in SUBJECT_PRONOUNS or word in ("each",):
            break
        if word in DETERMINERS:
            break
    phrase_text = " ".join(phrase).strip()
    if not phrase_text:
        return None
    if phrase_text in ("each", "it", "they", "we", "i", "you", "every one", "each one"):
        return phrase_text
    plain = strip_determiners(phrase_text)
    if tokens and tokens[-1] == "of" and len(tokens) > 1 and tokens[-2] not in CONTAINER_NOUNS:
        # "inspections of an application record ...": the inspections are the subject
        head = last_noun_phrase(tokens[:-1])
        plain = strip_determiners(head) if head else plain
    elif (
        len(tokens) > 1
        and tokens[-1] in SUBJECT_PREPOSITIONS
        and (tokens[-3] in DETERMINERS if len(tokens) > 2 else is_plural(tokens[-2]))
        and tokens[-2] not in FUNCTION_WORDS
        and can_be_noun(tokens[-2])
    ):
        # "a quote for a customer has ...": the quote is the subject, the customer its own;
        # "cars for sale have ...": the cars (a bare plural opening the clause)
        plain = tokens[-2]
    named = plain.split()
    # "each skating lesson has ...": a gerund before the noun says which kind; a verb is none
    # "each reset has ...": after an article or *each*, a word WordNet lists as a noun is one
    # (a gerund it lists after *each* is left to the readers of acts: *each tasting has ...*),
    # and so is a gerund it does not list (*each sowing records ...*, the act as a record)
    after_article = len(named) == 1 and (
        phrase[0] in ("a", "an", "the")
        or (
            phrase[0] in ("each", "every")
            and not (named[0].endswith("ing") and listed_as_noun(named[0]))
        )
    )
    if not plain or any(
        can_be_verb(w)
        and not can_be_noun(w)
        and not (w.endswith("ing") and w != named[-1])
        # "each refurbished unit has ...", "a guided walk has ...": a participle before the
        # noun says which units ("a lost fob gets a replacement request" is left to the
        # readers of what is raised for it)
        and not (w.endswith("ed") and w != named[-1] and phrase[0] in ("each", "every", "a", "an"))
        and not (after_article and (listed_as_noun(w) or _act_as_noun(w, phrase[0])))
        for w in named
    ):
        return None
    if len(plain.split()) > 4:
        return None
    return plain


_PICKING_VERB = re.compile(r"^(?:includes?|contains?|holds?)$")
"""Verbs of a record that picks from other records (*a hire includes several items*)."""


_REDUCED_SUBJECT = re.compile(
    r"^(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<done>[a-z]+)\s+"
    r"(?:in|at|on|from|during|by|into|for|to)\s+(?:a|an|the|each|every|one|their|its)\s+"
    r"(?P<place>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)
"""``every bird caught in a session``: a subject with a reduced relative clause."""


_ONE_WITH = re.compile(r"(?:a|an|one)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s")
"""``(every client has) a case with the date ...``: one record of its own, with its list."""


_PERFECT = re.compile(
    r"^(?P<adverbs>(?:(?:[a-z]+ly|just|already|now|never|also)\s+)*)(?P<done>[a-z]+)"
    r"(?P<particle>\s+(?:up|out|off|down|away|on|over|us|me|it|them|to|too|into|so|far)\b)?"
)


_GOING = re.compile(r"^\s+[a-z]{3,}ing\b")


_GERUND_TAKERS = frozenset(["stopped", "started", "begun", "kept", "quit", "finished", "gone"])
"""Participles that take a gerund after them: *has stopped coping*, *has started creaking*."""


_GOT_PARTICLE = re.compile(r"^(?:out|up|off|into|too|so|worse|messy|silly)\b")


def _perfect_tense(verb: str, body: str) -> bool:
    """``our spreadsheet has finally given up on us``, ``spreadsheets have got out of hand``:
    *has* is the perfect tense's helper, not what the subject holds."""
    if verb in ("has got", "have got"):
        return bool(_GOT_PARTICLE.match(body))
    if verb not in ("has", "have", "had"):
        return False
    match = _PERFECT.match(body)
    if match is None:
        return False
    done = match.group("done")
    if done in ("been", "become"):
        return True  # "has become a nightmare": never what the subject holds
    after = words(body[match.end() :])
    if done == "had" and not match.group("particle") and after and _done_to(after[0]):
        # "how many exercises each student has had signed off": what was done to them
        return True
    # "has stopped coping": a verb that takes what it does (not "has reserved parking")
    going = done in _GERUND_TAKERS and _GOING.match(body[match.end() :])
    # "how many races each bird has flown": a participle no past tense shares, ending it
    alone = not body[match.end() :].strip() and _only_participle(done)
    if not (match.group("adverbs") or match.group("particle") or going or alone):
        return False
    return is_past_participle(done)


def _done_by_us(verb: str, body: str) -> bool:
    """``i have taken in total``, ``we have sold so far``: a perfect tense with nothing done to
    (``we have reserved parking`` still lists what we have)."""
    said = words(body)
    return (
        verb in ("has", "have", "had")
        and bool(said)
        and is_past_participle(said[0])
        and (len(said) == 1 or said[1] in PREPOSITIONS or said[1] in ADVERBS)
    )


def _done_to(word: str) -> bool:
    """*signed*, *repaired*, *flown*: a past participle, *had* then being no possession."""
    return word not in ("a", "an", "the") and is_past_participle(word)


def _only_participle(word: str) -> bool:
    """*flown*, *eaten*, *written*: a past participle unlike the verb's past tense."""
    lemma = verb_lemma(word)
    return lemma is not None and verb_form(lemma, "VBN") == word != verb_form(lemma, "VBD")


def _act_as_noun(word: str, article: str) -> bool:
    """*a kidding has ...*, *each sowing records ...*: after *a* or *each*, a gerund names the
    act as a record."""
    return (
        article in ("a", "an", "each", "every")
        and word.endswith("ing")
        and verb_lemma(word) not in (None, word)
    )
