"""Links told by what people do: *employees open tickets*, *the doctor writes a consultation
note*, *volunteers sign up for shifts*, *the harbour master inspects boats* (when inspections
are records), *skaters pay monthly dues*.
"""

from __future__ import annotations

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import SAME_ACTS, act_noun, derived_noun, names_an_act
from appwright.design.offline.draft import PART_HEADS, EntityDraft, ModelDraft, entity_key
from appwright.design.offline.event_mentions import (
    GENERIC_PEOPLE,
    NON_ACTION_VERBS,
    PARTICLES,
    EventMention,
    find_event,
)
from appwright.design.offline.link_mentions import (
    Mention,
    add_link,
    entity_named,
    mentions,
    subject_np,
)
from appwright.design.offline.links_by_pattern import CREATING_VERBS, act_record
from appwright.design.offline.predicates import PLACED_VERBS
from appwright.design.offline.types import UNIT_TYPES
from appwright.design.offline.word_classes import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    IN_PARTICLE_VERBS,
    MANY,
    PREPOSITIONS,
    QUANTIFIERS,
    tokenize,
    word_set,
)
from appwright.design.offline.word_forms import (
    can_be_verb,
    is_past_participle,
    is_plural,
    verb_lemma,
)

MODALS = frozenset(["can", "could", "should", "would", "will", "may", "might", "must"])


def read_actors(clause: str, model: ModelDraft) -> None:
    """``employees open tickets``, ``the doctor writes a consultation note``,
    ``volunteers sign up for shifts``: a person's records point at the person."""
    event = find_event(clause, model.vocabulary)
    if event is not None:
        _event_links(event, model)
        return
    tokens = tokenize(clause)
    found = mentions(tokens, model)
    for obj in found:
        at = obj.start
        if "own" in tokens[max(at - 1, 0) : at + 1]:
            continue  # "members may only see their own bookings": whose they are, a rule
        while at > 0 and (tokens[at - 1] in DETERMINERS or tokens[at - 1] in QUANTIFIERS):
            at -= 1
        if at < obj.start and tokens[obj.start - 1] in MANY:
            continue  # "many X" is read by read_many
        single = at < obj.start and tokens[obj.start - 1] == "one"
        preposition = None
        if at > 0 and tokens[at - 1] in PREPOSITIONS:
            preposition = tokens[at - 1]
            at -= 1
        if preposition == "in" and at and verb_lemma(tokens[at - 1]) in IN_PARTICLE_VERBS:
            preposition = None  # "customers bring in bikes": the bikes are the object
        verb_end = at
        verb_start = verb_end - 1 if verb_end > 0 else 0
        if verb_start > 0 and tokens[verb_start] in PARTICLES:
            verb_start -= 1  # "pick up", "sign up for"
        verb = tokens[verb_start:verb_end]
        if not verb or not can_be_verb(verb[0]) or verb[0] in NON_ACTION_VERBS:
            continue
        lemma = verb_lemma(verb[0]) or verb[0]
        acts = [act_noun(lemma), *SAME_ACTS.get(lemma, ())]
        if any(
            act and entity_key(act) in model.entities and entity_key(act) != obj.entity
            for act in acts
        ):
            continue  # "a customer books a table" when bookings are records: theirs to link
        named_act = act_record(lemma, model)
        before = tokens[:verb_start]
        while before and before[-1] in ADVERBS:
            before.pop()
        if not before or before[-1] in MODALS or before[-1] in AUXILIARIES:
            continue
        if before[-1] == "and" and is_plural(before[0]):
            # "volunteers walk dogs and log each walk": the second verb shares the subject
            before = before[:1]
        holder = _holder_acting(before, model)
        if holder is not None and holder != obj.entity:
            # "owners who want the ashes back pick an urn", owners kept on each pet: the
            # pet has the urn
            add_link(model, holder, obj.entity, obj.key)
            return
        subject = subject_np(before)
        if subject is None:
            continue
        phrase, plural, determiner = subject
        timed = (
            2
            if before[:1] in (["every"], ["each"]) and before[1:2] and before[1] in TIME_WORDS
            else 0
        )
        # "every day a waller fills in a day sheet": a time said first, then the clause opens
        opening = determiner in ("a", "an") and len(before) - timed == len(phrase.split()) + 1
        if not plural and determiner not in ("the", "each", "every") and not opening:
            continue  # "a customer books a move" opens its clause: one of many customers
        found_subject = entity_named(model, phrase, create=False)
        if found_subject is None:
            key = entity_key(phrase)
            if not key or determiner in ("each", "every") or phrase in GENERIC_PEOPLE:
                continue  # "people bring in a specimen": anyone, not a record of people
            if phrase.split()[-1] in UNIT_TYPES:
                continue  # "the metres left on the roll": an amount, nobody acting
            if (
                determiner == "the"
                and not plural
                and before[:1] in (["when"], ["whenever"])
                and len(before) == len(phrase.split()) + 2
            ):
                continue  # "when the environment agency issues an alert": one outside party
            model.entities.setdefault(key, EntityDraft(name=key))
            found_subject = (key, key)
        person = found_subject[0]
        if person == obj.entity:
            continue
        if phrase.split()[-1] in PART_HEADS and len(phrase.split()) > 1:
            # "order lines say which design": a line of a record names one thing, nobody acting
            add_link(model, person, obj.entity, obj.key)
            return
        if lemma in _RECORDING_ACTS and names_an_act(person.split("_")[-1]):
            # "a treatment records the animal, the date ...": an act's record naming what it
            # was done to, nobody acting
            add_link(model, person, obj.entity, obj.key)
            return
        if lemma in PLACED_VERBS and not single and not is_plural(tokens[obj.end - 1]):
            # "ropes hang off a longline": each rope is on one longline, nobody acting
            add_link(model, person, obj.entity, obj.key)
            return
        if (
            named_act is not None
            and (plural or determiner in ("a", "an", "the"))
            and named_act not in (person, obj.entity)
        ):
            # "students borrow items" (or "the child borrows equipment") in a description of
            # loans: each loan is a student's borrowing of an item
            add_link(model, named_act, person, found_subject[1])
            add_link(model, named_act, obj.entity, obj.key)
            model.actors.setdefault(person, set()).add(named_act)
            return
        if preposition is not None and len(verb) == 1 and is_past_participle(verb[0]):
            # "deals linked to a company": a participle describing the deals, nobody acting
            add_link(model, person, obj.entity, obj.key)
            return
        if (verb_lemma(verb[0]) or verb[0]) in CREATING_VERBS and preposition is None:
            # "tenants report issues": each issue is one tenant's, whatever they hold
            model.actors.setdefault(person, set()).add(obj.entity)
            add_link(model, obj.entity, person, found_subject[1])
            return
        described = tokens[obj.end : obj.end + 1] == ["with"] and tokens[obj.start - 1] in (
            "a",
            "an",
        )
        if determiner in ("each", "every") and preposition is None and described:
            # "each sculptor designs a statue with a title": a new record, told with its own
            # fields, is the subject's
            add_link(model, obj.entity, person, found_subject[1])
            return
        listing = (verb_lemma(verb[0]) or verb[0]) in _LISTING_VERBS and preposition is None
        if determiner in ("each", "every") and listing and is_plural(tokens[obj.end - 1]):
            # "each ticket lists the garments handed in": the garments are the ticket's
            add_link(model, obj.entity, person, found_subject[1])
            return
        if determiner in ("each", "every") and not single:
            # "each incident happens on a site": a record, not someone acting
            add_link(model, person, obj.entity, obj.key)
            return
        if preposition == "to" and (verb_lemma(verb[0]) or verb[0]) in ("go", "come"):
            # "invoices go to customers": each one goes to one of them, nobody acting
            add_link(model, person, obj.entity, obj.key)
            return
        if (
            preposition == "for"
            and (verb_lemma(verb[0]) or verb[0]) in ("come", "pop", "drop")
            and is_plural(tokens[obj.end - 1])
        ):
            # "patients come in for hearing tests": each test is one patient's (unlike
            # "orders come in for a customer", which are that customer's)
            add_link(model, obj.entity, person, found_subject[1])
            return
        if (
            preposition == "for"
            and (verb_lemma(verb[0]) or verb[0]) in _ASKING_VERBS
            and tokens[obj.start - 1] in ("a", "an")
        ):
            # "customers ring up for a quote": each quote is one customer's, asked for
            add_link(model, obj.entity, person, found_subject[1])
            return
        if (
            (verb_lemma(verb[0]) or verb[0]) in _JOINED_DIRECTLY
            and preposition is None
            and is_plural(tokens[obj.end - 1])
        ):
            # "members join circles": each member is in many, and each circle has many members
            model.actors.setdefault(person, set()).add(obj.entity)
            add_link(model, person, obj.entity, obj.key, "many_to_many")
            return
        _actor_link(model, person, found_subject[1], obj, tokens, found, preposition, single)
        return


_JOINED_DIRECTLY = word_set("join attend")
"""*members join circles*, *pupils attend clubs*: groups joined with no preposition, each with
many of those who join (*register their dogs* registers what is theirs)."""


_RECORDING_ACTS = word_set("record log note list name show state give")
"""What a record of an act says (*a treatment records the animal*), when the record says it."""


_ASKING_VERBS = word_set("ring call phone ask apply write email enquire inquire")
"""*customers ring up for a quote*: what people ask for is made for them."""


_LISTING_VERBS = word_set("list itemise itemize")
"""*each ticket lists the garments*: what a record is a list of is its own."""


def _made_for_one(tokens: list[str], obj: Mention, others: list[Mention]) -> bool:
    """*a plan for one particular lens*: the object is itself for one other record."""
    if not others:
        return False
    between = tokens[obj.end : others[0].start]
    return (
        len(between) in (2, 3)
        and between[0] == "for"
        and between[1] in ("one", "a", "an")
        and all(w not in FUNCTION_WORDS for w in between[2:])
    )


def _actor_link(
    model: ModelDraft,
    person: str,
    person_key: str,
    obj: Mention,
    tokens: list[str],
    found: list[Mention],
    preposition: str | None,
    single: bool,
) -> None:
    """Which way a subject and its object point: the object's records point at the person
    (*employees open tickets*), both ways many (*volunteers sign up for shifts*), or the
    subject at its one object (*each meeting discusses one book*)."""
    if preposition == "against":
        # "payments come in against a rental": a record set against another, nobody acting
        add_link(model, person, obj.entity, obj.key)
        return
    model.actors.setdefault(person, set()).add(obj.entity)
    subject_declared = bool(model.entities[person].fields)
    object_plural = is_plural(tokens[obj.end - 1])
    others = [m for m in found if m.start > obj.end]
    if single:
        # "each meeting discusses one book": a record pointing at another, not a person
        model.actors[person].discard(obj.entity)
        if not model.actors[person]:
            del model.actors[person]
        add_link(model, person, obj.entity, obj.key)
    elif preposition is not None and not object_plural and _made_for_one(tokens, obj, others):
        # "a patient signs up to a plan for one lens": the plan is the patient's own, made for
        # one thing, not a group the patient joins
        add_link(model, obj.entity, person, person_key)
    elif preposition is not None:
        kind = "many_to_many" if object_plural else "many_to_one"
        add_link(model, person, obj.entity, obj.key, kind)
    elif subject_declared and object_plural and not others:
        add_link(model, person, obj.entity, obj.key, "many_to_many")
    else:
        add_link(model, obj.entity, person, person_key)


def read_named_acts(clause: str, model: ModelDraft) -> None:
    """``the harbour master inspects boats``, when inspections are records: each inspection
    is of a boat (the act's noun points at the act's object)."""
    tokens = tokenize(clause)
    for obj in mentions(tokens, model):
        at = obj.start
        while at > 0 and (tokens[at - 1] in DETERMINERS or tokens[at - 1] in QUANTIFIERS):
            at -= 1
        if at == 0:
            continue
        lemma = verb_lemma(tokens[at - 1])
        if lemma is None or lemma in NON_ACTION_VERBS or tokens[at - 1] in FUNCTION_WORDS:
            continue
        if at > 2 and tokens[at - 2] in ("each", "every") and tokens[at - 3] in PREPOSITIONS:
            continue  # "at each grading a member ...": a noun there, not the verb
        noun = derived_noun(lemma, model.vocabulary)
        act = model.resolve(entity_key(noun)) if noun else None
        if act is not None and act != obj.entity:
            add_link(model, act, obj.entity, obj.key)


_PAYING_VERBS = word_set("pay donate subscribe contribute")
"""Acts whose noun is a record of money from the subject (*skaters pay monthly dues*)."""


def read_payments_by(clause: str, model: ModelDraft) -> None:
    """``skaters pay monthly dues``, when payments are records: each payment is a skater's
    (what they pay is no record, so the act's noun points at the payer)."""
    tokens = tokenize(clause)
    found = mentions(tokens, model)
    start = 1 if tokens[:1] and tokens[0] in ("our", "the", "all") else 0
    payer = next((m for m in found if m.start == start), None)
    if payer is None or payer.end >= len(tokens) or not is_plural(tokens[payer.end - 1]):
        return
    lemma = verb_lemma(tokens[payer.end])
    noun = derived_noun(lemma, model.vocabulary) if lemma in _PAYING_VERBS else None
    act = model.resolve(entity_key(noun)) if noun else None
    if act is not None and act != payer.entity:
        add_link(model, act, payer.entity, payer.key)


def _event_links(event: EventMention, model: ModelDraft) -> None:
    """*Customers rent a car* (and the description speaks of rentals): rental → customer,
    rental → car."""
    noun = entity_named(model, event.noun, create=True)
    if noun is None:
        return
    place = entity_named(model, event.place, create=False) if event.place else None
    known_object = entity_named(model, event.object, create=False)
    ends = [event.subject] if event.subject not in GENERIC_PEOPLE else []
    if place is not None and known_object is None:
        # "people book a spot in a session": the spot is a place in the session
        ends.append(event.place or "")
    else:
        ends.append(event.object)
    for phrase in ends:
        found = entity_named(model, phrase, create=True)
        if found is not None and found[0] != noun[0]:
            add_link(model, noun[0], found[0], found[1])
    person = entity_named(model, event.subject, create=False)
    if person is not None:
        model.actors.setdefault(person[0], set()).add(noun[0])


def _holder_acting(before: list[str], model: ModelDraft) -> str | None:
    """The one record that names the people who act (*owners who want the ashes back*, kept
    as each pet's *owner name*, not a record of their own): what they do, the record does for
    them."""
    people = before[: before.index("who", 1)] if "who" in before[1:] else before
    subject = subject_np(people)
    if subject is None or not subject[1] or entity_named(model, subject[0], create=False):
        return None
    key = entity_key(subject[0])
    holders = [
        name
        for name, entity in model.entities.items()
        if key and entity.field(f"{key}_name") is not None
    ]
    return holders[0] if len(holders) == 1 else None
