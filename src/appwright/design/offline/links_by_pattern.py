"""Links told by how many of each a record has: *lessons between one tutor and one student*, *one
of my plumbers gets sent on each job*, *one tailor for one order*, *each screening shows one film
in one room*, *a batch is brewed in one of our tanks*, *the buyer of a sold lot is one of the
bidders*, *we send each customer a bill*, *for every student and assignment I record a
submission*, *pet owners and their pets*, and the records a phrase introduces (*one of our
stylists*, *uses many ingredients*).
"""

from __future__ import annotations

import re
from itertools import pairwise

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import derived_noun
from appwright.design.offline.draft import ModelDraft, entity_key
from appwright.design.offline.event_mentions import NON_ACTION_VERBS
from appwright.design.offline.fields import STATE_NOUNS
from appwright.design.offline.link_mentions import (
    add_link,
    entity_named,
    linked_pair,
    mentions,
    plural_np,
    replace_link,
    subject_before,
    unlink_both,
)
from appwright.design.offline.record_words import PIECES
from appwright.design.offline.word_classes import DETERMINERS, tokenize, word_set, words
from appwright.design.offline.word_forms import (
    can_be_verb,
    is_past_participle,
    is_plural,
    verb_lemma,
)
from appwright.spec.names import to_snake

HAVE_WORDS = word_set(
    "has have had contains contain includes include owns own gets get receives receive holds hold"
)


_ONE_OF = re.compile(
    r"\bone of (?:our|the|their|my|your)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


SEVERAL_OF = re.compile(
    rf"(?<!\bhow )\b(?:many|multiple|several)\s+(?:{PIECES}\s+of\s+)?"
    r"(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""*several guests*, *many pieces of equipment* (the equipment, counted)."""


_WHO_CAME = re.compile(
    r"\b(?:at|for|after)\s+(?:each|every)\s+(?P<event>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    r"(?:we|i)\s+(?:also\s+)?(?:mark|record|note|log|tick|take|keep\s+track\s+of)\s+"
    r"(?:down\s+)?(?:who|which\s+(?P<people>[a-z][\w\-]*))\s+"
    r"(?:turned\s+up|turn\s+up|attended|came|showed\s+up|was\s+there|were\s+there)\b"
)


def read_who_came(sentence: str, model: ModelDraft) -> None:
    """``at every rehearsal we mark who turned up``: the one kind of people the description
    keeps attend many rehearsals, and each rehearsal has many of them."""
    match = _WHO_CAME.search(sentence)
    if match is None:
        return
    event = entity_named(model, match["event"], create=False)
    if match["people"]:
        people = entity_named(model, match["people"], create=False)
    else:
        persons = [name for name in model.entities if model.is_person(name)]
        people = (persons[0], persons[0]) if len(persons) == 1 else None
    if event is not None and people is not None and event[0] != people[0]:
        add_link(model, people[0], event[0], event[1], "many_to_many")


_ADD_TO = re.compile(
    r"\b(?:add|adds|leave|leaves|post|posts|write|writes|attach|attaches|upload|uploads)\s+"
    r"(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:to|on|for|about|against)\s+"
    r"(?:a|an|the|each|every|their|its)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


_KINDS_BEFORE = re.compile(
    r"\b[a-z][\w\-]*s,\s+(?:[a-z][\w\-]*s,\s+)*[a-z][\w\-]*s\s+(?:and|or)\s+$"
)


def read_introduced(sentence: str, model: ModelDraft) -> None:
    """Entities a phrase introduces by its form: *one of our stylists*, *uses many
    ingredients*, *add comments to a ticket*."""
    for match in _ONE_OF.finditer(sentence):
        entity_named(model, plural_np(match.group("x")), create=True)
    for match in SEVERAL_OF.finditer(sentence):
        phrase = plural_np(match.group("x"))
        if phrase and entity_key(phrase) in TIME_WORDS:
            continue  # "held several times a year": how often, not a record
        if phrase and entity_key(phrase) in STATE_NOUNS:
            continue  # "the licence goes through several steps: ...": its states, no record
        if _KINDS_BEFORE.search(sentence[: match.start()]):
            continue  # "for offices, restaurants and several dentists": kinds of customer
        if phrase and mentions(words(sentence[: match.start()]), model):
            entity_named(model, phrase, create=True)
    for match in _MADE_BY.finditer(sentence):
        # "members propose books": when members are records, books are made by them
        person = entity_named(model, match.group("subj"), create=False)
        phrase = plural_np(match.group("obj"))
        if person is not None and phrase:
            made = entity_named(model, phrase, create=True)
            if made and made[0] != person[0]:
                add_link(model, made[0], person[0], person[1])
    for match in _ADD_TO.finditer(sentence):
        target = entity_named(model, match.group("y"), create=False)
        phrase = plural_np(match.group("x"))
        if target and phrase:
            made = entity_named(model, phrase, create=True)
            if made:
                add_link(model, made[0], target[0], target[1])


CREATING_VERBS = word_set(
    "report submit file raise open create write post log record request place lodge send make bring"
)
"""Verbs whose object the subject brings into being: each record is one person's (*tenants
report issues*), never shared between many of them."""


MADE_BY_VERBS = CREATING_VERBS | word_set("propose suggest upload publish")
"""The same, for the records a plural object names (*members propose books*): the books are
records, made by the members."""


_MADE_BY = re.compile(
    r"(?:^|[,;]\s*|\band\s+)(?:the\s+)?(?P<subj>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    rf"(?P<verb>(?:{'|'.join(sorted(MADE_BY_VERBS))})(?:e?s)?)\s+"
    # "each training record belongs to ...": *record* names the record, *belongs* is the verb
    r"(?!(?:belongs|has|is|was|goes|needs|gets|comes|does|holds|covers)\b)(?P<obj>[a-z][\w\-]*s)\b"
)


_BETWEEN = re.compile(
    r"\bbetween\s+(?:one|a|an|the|each|every)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+"
    r"(?:one|a|an|the|each|every)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


_PASSIVE_OPENING = re.compile(
    r"^\W*(?:(?:every|each|a|an|the|our)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:is|are)\s+"
    r"[a-z]+(?:ed|en)\b"
)


_ONE_PER = re.compile(
    r"\bone of (?:our|my|the|their|your)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|gets|get|will be|should be|must be)\s+[a-z]+\s+(?:on|to|for|with|at)\s+"
    r"(?:each|every)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


def read_one_per(sentence: str, model: ModelDraft) -> None:
    """``one of my plumbers gets sent on each job``: each job points at one plumber."""
    match = _ONE_PER.search(sentence)
    if match is None:
        return
    person = entity_named(model, match.group("x"), create=True)
    record = entity_named(model, match.group("y"), create=False)
    if person and record and person[0] != record[0]:
        add_link(model, record[0], person[0], person[1])


_ONE_FOR_ONE = re.compile(
    r"\bone\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:for|per|on)\s+(?:one|each|every)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|"
    # a note's "one advocate per referral.": the whole sentence, or its first clause ("one
    # pupil per appeal; pupil = name, ...")
    r"per\s+(?P<each>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?:$|[;,](?=\s)))"
)
"""``one tailor for one order``; a note's ``one advocate per referral``."""


def read_one_for_one(sentence: str, model: ModelDraft) -> None:
    """``one tailor for one order``: each order points at its one tailor."""
    for match in _ONE_FOR_ONE.finditer(sentence):
        if match.group("each") and not sentence.startswith("one "):
            continue
        record = entity_named(model, match.group("y") or match.group("each"), create=False)
        if record is None:
            continue
        person = entity_named(model, match.group("x"), create=True)
        if person and person[0] != record[0]:
            replace_link(model, record[0], person[0], person[1])


_EACH_VERBS_ONE = re.compile(
    r"^(?:each|every|a|an|the)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)\s+"
    r"(?:place\s+|part\s+)?(?:(?:at|in|on|from|with|for)\s+)?(?:exactly\s+|only\s+|just\s+)?"
    r"one\s+(?:of\s+(?:our|the|their|my|your)\s+)?(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


def read_each_verbs_one(sentence: str, model: ModelDraft) -> None:
    """``each screening shows one film in one room``: a record of its own (the subject, made
    an entity though it lists no fields) pointing at the one thing it acts on, and at the one
    thing of each phrase after it."""
    match = _EACH_VERBS_ONE.match(sentence)
    if match is None:
        return
    verb = match.group("verb")
    lemma = verb_lemma(verb)
    if verb in HAVE_WORDS or lemma in NON_ACTION_VERBS - {"use"} or not can_be_verb(verb):
        return  # "uses one kiln" names the one thing it is done with
    if lemma is not None and act_record(lemma, model) is not None:
        return  # "a customer books one of our tables" where bookings are records: theirs
    target = entity_named(model, match.group("y"), create=False)
    if target is None:
        return
    source = entity_named(model, match.group("x"), create=True)
    if source is None or source[0] == target[0]:
        return
    add_link(model, source[0], target[0], target[1])
    also = ALSO_ONE.match(sentence[match.start("y") :])
    if also:
        other = entity_named(model, also.group("y"), create=True)
        if other and other[0] != source[0]:
            # the one film and the one room are each the screening's, not each other's
            unlink_both(model, target[0], other[0])
            add_link(model, source[0], other[0], other[1])


_GIVEN_TO = re.compile(
    r"\b(?:we|i)\s+(?:also\s+)?(?P<verb>[a-z]+)\s+(?:each|every|the|our|a|an)\s+(?P<x>[a-z][\w\-]*)"
    r"\s+(?:a|an|one)\s+(?P<y>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)"
)


def read_given_to(sentence: str, model: ModelDraft) -> None:
    """``we send each customer a bill``: two objects, the thing made is the receiver's."""
    for match in _GIVEN_TO.finditer(sentence):
        if not can_be_verb(match.group("verb")) or match.group("verb") in HAVE_WORDS:
            continue
        receiver = entity_named(model, match.group("x"), create=False)
        given = entity_named(model, match.group("y"), create=False)
        if receiver and given and receiver[0] != given[0]:
            add_link(model, given[0], receiver[0], receiver[1])


_ROLE_IS_ONE_OF = re.compile(
    r"\bthe\s+(?P<role>[a-z][\w\-]*)\s+of\s+(?:a|an|each|every|the)\s+(?:[a-z][\w\-]*\s+)?"
    r"(?P<y>[a-z][\w\-]*)\s+is\s+(?:always\s+)?one\s+of\s+(?:the|our|their|my|your)\s+"
    r"(?P<z>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


def read_role_is_one_of(sentence: str, model: ModelDraft) -> None:
    """``the buyer of a sold lot is one of the bidders``: the lot points at a bidder, in a
    field named for the part played (*buyer*)."""
    for match in _ROLE_IS_ONE_OF.finditer(sentence):
        record = entity_named(model, match.group("y"), create=False)
        target = entity_named(model, match.group("z"), create=False)
        if record is None or target is None or record[0] == target[0]:
            continue
        role = to_snake(match.group("role"))
        key = target[1] if role == target[0] else f"{role}_{target[0]}"
        add_link(model, record[0], target[0], key)


_PASSIVE_ONE_OF = re.compile(
    r"^(?:a|an|the|each|every)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+of\s+(?:a|an|one|the)\s+[a-z][\w\-]*)?\s+(?:is|are)\s+(?P<done>[a-z]+)\b[^,;]*?"
    r"\bone of (?:our|the|their|my|your)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


def read_passive_one_of(sentence: str, model: ModelDraft) -> None:
    """``a batch is brewed on a date in one of our tanks``: what is done points at the one
    thing it is done in (an active clause's *one of our stylists* is read by prepositions)."""
    match = _PASSIVE_ONE_OF.match(sentence)
    if match is None or not is_past_participle(match.group("done")):
        return
    source = entity_named(model, match.group("x"), create=False)
    target = entity_named(model, match.group("y"), create=True)
    if source and target and source[0] != target[0]:
        add_link(model, source[0], target[0], target[1])


ALSO_ONE = re.compile(
    r"^[a-z][\w\-]*(?:\s+(?!(?:in|on|with|at|for|from|using)\b)[a-z][\w\-]*)?\s+"
    r"(?:in|on|with|at|for|from|using)\s+(?:exactly\s+|only\s+)?one\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""After *by one driver*: ``in one van``, another one the subject has."""


def read_between(sentence: str, model: ModelDraft) -> None:
    """``lessons between one tutor and one student``: a lesson points at both."""
    match = _BETWEEN.search(sentence)
    if match is None:
        return
    # only in the clause that says *between*: "..., and the message gets lost somewhere
    # between the office and the yard" ties no earlier record to them
    before = re.split(r",\s+and\s+|;\s+|\s[-\u2013\u2014]\s", sentence[: match.start()])[-1]
    source = subject_before(before, model)
    found = mentions(words(before), model)
    if found and _PASSIVE_OPENING.match(before):
        # "every match is played on one of our courts ... between a home team and ...": the
        # match, not the court said on the way
        source = found[0].entity
    if source is None:
        return
    ends = [
        entity_named(model, phrase, create=True) for phrase in (match.group("x"), match.group("y"))
    ]
    for phrase, target in zip((match.group("x"), match.group("y")), ends, strict=True):
        if target is None or target[0] == source:
            continue
        key = target[1]
        if ends[0] and ends[1] and ends[0][0] == ends[1][0]:
            # "between a home team and an away team": each side needs a name of its own
            written = [w for w in words(phrase) if w not in DETERMINERS]
            key = to_snake("_".join([*written[:-1], target[0]]))
        add_link(model, source, target[0], key)


def act_record(lemma: str, model: ModelDraft) -> str | None:
    """The entity the description names the act of ``lemma`` with (*borrow* → loan), when
    its noun is no form of the verb that ``act_noun`` finds."""
    noun = derived_noun(lemma, model.vocabulary)
    found = model.resolve(entity_key(noun)) if noun else None
    return found if found and model.entities[found].fields else None


def read_their_own_records(sentence: str, model: ModelDraft) -> None:
    """``pet owners and their pets`` / ``members with their bookings``: the records named
    after *their* point at the ones named before it."""
    tokens = tokenize(sentence)
    found = mentions(tokens, model)
    for owner, owned in pairwise(found):
        between = tokens[owner.end : owned.start]
        if between not in (["and", "their"], [",", "and", "their"], ["with", "their"]):
            continue
        if is_plural(tokens[owner.end - 1]) and not linked_pair(model, owner.entity, owned.entity):
            add_link(model, owned.entity, owner.entity, owner.key)


_FOR_EACH = re.compile(
    r"\bfor (?:each|every)\s+(?P<x>[a-z][\w\-]*)(?:\s+and\s+(?:each\s+|every\s+)?(?P<y>[a-z][\w\-]*))?,?"
    r"\s+(?:i|we)\s+(?:record|create|log|add|keep|open|make|enter)\s+(?:a|an)\s+(?P<z>[a-z][\w\-]*)"
)


def read_for_each(sentence: str, model: ModelDraft) -> None:
    """``for every student and assignment I record a submission``: submission → both."""
    match = _FOR_EACH.search(sentence)
    if match is None:
        return
    made = entity_named(model, match.group("z"), create=False)
    if made is None:
        return
    for group in ("x", "y"):
        phrase = match.group(group)
        target = entity_named(model, phrase, create=False) if phrase else None
        if target is not None and target[0] != made[0]:
            add_link(model, made[0], target[0], target[1])
