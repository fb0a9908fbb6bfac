"""Relationships: which entity points at which, from the verbs and prepositions between them.

- ``each product belongs to a category`` / ``a deal linked to a company and an owner contact``
  / ``put it in a category`` / ``contacts who work at each company`` → many-to-one;
- ``appointments for a service with one of our stylists`` / ``time entries against tasks`` /
  ``orders per table`` → many-to-one from the first noun to each later one;
- ``employees open tickets`` / ``the doctor writes a note`` → the record points at the person;
- ``students enroll in many courses`` / ``volunteers sign up for shifts`` → many-to-many;
  ``..., each time with a quantity and unit`` → the many-to-many gets a junction entity;
- ``when someone borrows a book we record a loan`` → loan → book;
- ``members only see their own loans`` → loan → member (when members are records too);
- ``recipes can be tagged`` → a tag entity, many-to-many.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.draft import (
    PART_HEADS,
    EntityDraft,
    LinkDraft,
    ModelDraft,
    entity_key,
    names_a_kept_record,
)
from appwright.design.offline.fields import STATE_NOUNS, read_field
from appwright.design.offline.no_records import FIELD_HEADS
from appwright.design.offline.predicates import PLACED_VERBS, read_predicate
from appwright.design.offline.reports import is_report_request
from appwright.design.offline.text import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    IN_PARTICLE_VERBS,
    KEPT_ON_WORDS,
    MANY,
    PIECES,
    PLACED_IN,
    PREPOSITIONS,
    PUNCTUATION,
    QUANTIFIERS,
    SAME_ACTS,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
    WH_WORDS,
    act_noun,
    can_be_verb,
    clauses,
    derived_noun,
    is_clause,
    is_noun_at,
    is_past_participle,
    is_plural,
    leading_noun_phrase,
    names_a_doer,
    names_an_act,
    outside_brackets,
    parts_of_speech,
    plural,
    singular,
    split_list,
    tokenize,
    verb_lemma,
    word_set,
    words,
)
from appwright.design.offline.types import IDENTIFIER_WORDS, UNIT_TYPES
from appwright.spec.models import AppSpec, Relationship
from appwright.spec.names import to_snake

LINK_PREPOSITIONS = frozenset(
    ["for", "about", "against", "per", "to", "on", "in", "at", "with", "by", "from", "under"]
)
HAVE_WORDS = word_set(
    "has have had contains contain includes include owns own gets get receives receive holds hold"
)
PUTS_ON_WORDS = word_set(
    "offers offer runs run hosts host organises organizes organise organize sends send "
    "enters enter fields field employs employ brings bring"
)
"""``an event offers several courses``, ``a school sends several pupils``: what a record puts
on or sends out is its own, as with *has*."""
NON_ACTION_VERBS = word_set(
    "see sees view views read reads edit edits update updates change changes manage manages "
    "approve approves reject rejects access accesses want wants need needs like likes get "
    "gets is are be was were has have had do does can could should would will may might must "
    "belong belongs appear appears use uses want"
)
"""Verbs that say what someone may see or change (permissions), not what records they make."""
MODALS = frozenset(["can", "could", "should", "would", "will", "may", "might", "must"])
PARTICLES = frozenset(["up", "in", "out", "off"])
MAX_NP = 3


@dataclass
class Mention:
    start: int
    end: int
    entity: str
    key: str
    """The noun phrase as written, as a key (``owner_contact`` for the entity contact)."""

    @property
    def role(self) -> str | None:
        """``owner`` in *an owner contact*: the name the reference field takes."""
        if self.key == self.entity or not self.key.endswith(self.entity):
            return None
        return self.key[: -len(self.entity)].strip("_") or None


def find_links(found: list[str], model: ModelDraft) -> None:
    """Add to ``model`` every link the sentences state, creating the entities strong patterns
    introduce (``belongs to a category``)."""
    kept: set[str] = set()  # the records sentences before this one named
    for sentence in found:
        plain = outside_brackets(sentence)
        _introduced(plain, model)
        _belongs(plain, model)
        _placed_in(plain, model)
        _between(plain, model)
        _one_per(plain, model)
        _done_by(plain, model)
        _assigned(plain, model, found)
        _linked(plain, model)
        _put_in(plain, model)
        _recorded_for(plain, model)
        _tagged(plain, model)
        _same_on_many(plain, model)
        _who_came(plain, model)
        asks_report = is_report_request(plain)
        said_before = set(kept)  # and the clauses before this one in the sentence
        for clause in _with_they_resolved(_parts(plain)):
            _made_after(clause, model)
            _many(clause, model, plain, kept=said_before)
            said_before.update(m.entity for m in mentions(tokenize(clause), model))
            _own(clause, model)
            if asks_report or _is_verb_header(clause, plain, model):
                continue  # "the number of requests per department" links nothing
            _actors(clause, model)
            _named_acts(clause, model)
            _payments_by(clause, model)
            _prepositions(clause, model, headed=clause.startswith("one ") and ":" in plain)
            _relative_links(clause, model)
        _junction(plain, model)
        _their_own_records(plain, model)
        _for_each(plain, model)
        _one_for_one(plain, model)
        for clause in clauses(plain):
            _each_verbs_one(clause, model)  # "..., and each sailing uses one ship"
        _passive_one_of(plain, model)
        _given_to(plain, model)
        _role_is_one_of(plain, model)
        kept.update(m.entity for m in mentions(tokenize(plain), model))
    _compound_parents(model)


_ONE_OF = re.compile(
    r"\bone of (?:our|the|their|my|your)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
_MANY = re.compile(
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


def _who_came(sentence: str, model: ModelDraft) -> None:
    """``at every rehearsal we mark who turned up``: the one kind of people the description
    keeps attend many rehearsals, and each rehearsal has many of them."""
    match = _WHO_CAME.search(sentence)
    if match is None:
        return
    event = _entity(model, match["event"], create=False)
    if match["people"]:
        people = _entity(model, match["people"], create=False)
    else:
        persons = [name for name in model.entities if model.is_person(name)]
        people = (persons[0], persons[0]) if len(persons) == 1 else None
    if event is not None and people is not None and event[0] != people[0]:
        _link(model, people[0], event[0], event[1], "many_to_many")


_ADD_TO = re.compile(
    r"\b(?:add|adds|leave|leaves|post|posts|write|writes|attach|attaches|upload|uploads)\s+"
    r"(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:to|on|for|about|against)\s+"
    r"(?:a|an|the|each|every|their|its)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


_KINDS_BEFORE = re.compile(
    r"\b[a-z][\w\-]*s,\s+(?:[a-z][\w\-]*s,\s+)*[a-z][\w\-]*s\s+(?:and|or)\s+$"
)


def _introduced(sentence: str, model: ModelDraft) -> None:
    """Entities a phrase introduces by its form: *one of our stylists*, *uses many
    ingredients*, *add comments to a ticket*."""
    for match in _ONE_OF.finditer(sentence):
        _entity(model, _plural_np(match.group("x")), create=True)
    for match in _MANY.finditer(sentence):
        phrase = _plural_np(match.group("x"))
        if phrase and entity_key(phrase) in TIME_WORDS:
            continue  # "held several times a year": how often, not a record
        if phrase and entity_key(phrase) in STATE_NOUNS:
            continue  # "the licence goes through several steps: ...": its states, no record
        if _KINDS_BEFORE.search(sentence[: match.start()]):
            continue  # "for offices, restaurants and several dentists": kinds of customer
        if phrase and mentions(words(sentence[: match.start()]), model):
            _entity(model, phrase, create=True)
    for match in _MADE_BY.finditer(sentence):
        # "members propose books": when members are records, books are made by them
        person = _entity(model, match.group("subj"), create=False)
        phrase = _plural_np(match.group("obj"))
        if person is not None and phrase:
            made = _entity(model, phrase, create=True)
            if made and made[0] != person[0]:
                _link(model, made[0], person[0], person[1])
    for match in _ADD_TO.finditer(sentence):
        target = _entity(model, match.group("y"), create=False)
        phrase = _plural_np(match.group("x"))
        if target and phrase:
            made = _entity(model, phrase, create=True)
            if made:
                _link(model, made[0], target[0], target[1])


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
_ASSIGNED = re.compile(
    r"(?P<a>[a-z][\w\- ]*?)\s+(?:(?:is|are|get|gets|can be)\s+(?:[\w\- ,]+?\s+then\s+)?"
    r"(?:assigned|allocated|given)\s+to\s+(?:(?:a|an|the|one|each|every|their)\s+)?"
    r"|(?:goes|go)\s+(?:out\s+)?to\s+(?:one|a single|a|an)\s+)"
    r"(?P<b>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""``jobs are assigned to a fitter``, ``each callout goes to one engineer``."""


_ONE_PER = re.compile(
    r"\bone of (?:our|my|the|their|your)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|gets|get|will be|should be|must be)\s+[a-z]+\s+(?:on|to|for|with|at)\s+"
    r"(?:each|every)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


def _one_per(sentence: str, model: ModelDraft) -> None:
    """``one of my plumbers gets sent on each job``: each job points at one plumber."""
    match = _ONE_PER.search(sentence)
    if match is None:
        return
    person = _entity(model, match.group("x"), create=True)
    record = _entity(model, match.group("y"), create=False)
    if person and record and person[0] != record[0]:
        _link(model, record[0], person[0], person[1])


_ONE_FOR_ONE = re.compile(
    r"\bone\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:for|per|on)\s+(?:one|each|every)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|"
    # a note's "one advocate per referral.": the whole sentence
    r"per\s+(?P<each>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*$)"
)
"""``one tailor for one order``; a note's ``one advocate per referral``."""


def _one_for_one(sentence: str, model: ModelDraft) -> None:
    """``one tailor for one order``: each order points at its one tailor."""
    for match in _ONE_FOR_ONE.finditer(sentence):
        if match.group("each") and not sentence.startswith("one "):
            continue
        record = _entity(model, match.group("y") or match.group("each"), create=False)
        if record is None:
            continue
        person = _entity(model, match.group("x"), create=True)
        if person and person[0] != record[0]:
            _replace_link(model, record[0], person[0], person[1])


_EACH_VERBS_ONE = re.compile(
    r"^(?:each|every|a|an|the)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)\s+"
    r"(?:place\s+|part\s+)?(?:(?:at|in|on|from|with|for)\s+)?(?:exactly\s+|only\s+|just\s+)?"
    r"one\s+(?:of\s+(?:our|the|their|my|your)\s+)?(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


def _each_verbs_one(sentence: str, model: ModelDraft) -> None:
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
    if lemma is not None and _act_record(lemma, model) is not None:
        return  # "a customer books one of our tables" where bookings are records: theirs
    target = _entity(model, match.group("y"), create=False)
    if target is None:
        return
    source = _entity(model, match.group("x"), create=True)
    if source is None or source[0] == target[0]:
        return
    _link(model, source[0], target[0], target[1])
    also = _ALSO_ONE.match(sentence[match.start("y") :])
    if also:
        other = _entity(model, also.group("y"), create=True)
        if other and other[0] != source[0]:
            # the one film and the one room are each the screening's, not each other's
            _unlink(model, target[0], other[0])
            _link(model, source[0], other[0], other[1])


_GIVEN_TO = re.compile(
    r"\b(?:we|i)\s+(?:also\s+)?(?P<verb>[a-z]+)\s+(?:each|every|the|our|a|an)\s+(?P<x>[a-z][\w\-]*)"
    r"\s+(?:a|an|one)\s+(?P<y>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)"
)


def _given_to(sentence: str, model: ModelDraft) -> None:
    """``we send each customer a bill``: two objects, the thing made is the receiver's."""
    for match in _GIVEN_TO.finditer(sentence):
        if not can_be_verb(match.group("verb")) or match.group("verb") in HAVE_WORDS:
            continue
        receiver = _entity(model, match.group("x"), create=False)
        given = _entity(model, match.group("y"), create=False)
        if receiver and given and receiver[0] != given[0]:
            _link(model, given[0], receiver[0], receiver[1])


_ROLE_IS_ONE_OF = re.compile(
    r"\bthe\s+(?P<role>[a-z][\w\-]*)\s+of\s+(?:a|an|each|every|the)\s+(?:[a-z][\w\-]*\s+)?"
    r"(?P<y>[a-z][\w\-]*)\s+is\s+(?:always\s+)?one\s+of\s+(?:the|our|their|my|your)\s+"
    r"(?P<z>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


def _role_is_one_of(sentence: str, model: ModelDraft) -> None:
    """``the buyer of a sold lot is one of the bidders``: the lot points at a bidder, in a
    field named for the part played (*buyer*)."""
    for match in _ROLE_IS_ONE_OF.finditer(sentence):
        record = _entity(model, match.group("y"), create=False)
        target = _entity(model, match.group("z"), create=False)
        if record is None or target is None or record[0] == target[0]:
            continue
        role = to_snake(match.group("role"))
        key = target[1] if role == target[0] else f"{role}_{target[0]}"
        _link(model, record[0], target[0], key)


_PASSIVE_ONE_OF = re.compile(
    r"^(?:a|an|the|each|every)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+of\s+(?:a|an|one|the)\s+[a-z][\w\-]*)?\s+(?:is|are)\s+(?P<done>[a-z]+)\b[^,;]*?"
    r"\bone of (?:our|the|their|my|your)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


def _passive_one_of(sentence: str, model: ModelDraft) -> None:
    """``a batch is brewed on a date in one of our tanks``: what is done points at the one
    thing it is done in (an active clause's *one of our stylists* is read by prepositions)."""
    match = _PASSIVE_ONE_OF.match(sentence)
    if match is None or not is_past_participle(match.group("done")):
        return
    source = _entity(model, match.group("x"), create=False)
    target = _entity(model, match.group("y"), create=True)
    if source and target and source[0] != target[0]:
        _link(model, source[0], target[0], target[1])


DESCRIBING_VERBS = word_set("identify describe define characterize characterise")
"""*identified by a code*: a list of fields follows, not someone acting."""
_DONE_BY = re.compile(
    r"\b(?:(?:is|are)\s+(?:[a-z]+\s+)?|\band\s+)(?P<verb>[a-z]+)\s+by\s+"
    r"(?:(?:exactly\s+|only\s+)?(?:one of (?:our|the|their|my|your)|one|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    # "inspections are carried out by inspectors": each by one of them
    r"|(?P<people>[a-z][\w\-]*s)\b(?!\s+(?:of|and|or)\b))"
)


_AND_IS_FOR = re.compile(
    r"\band\s+(?:is|are|(?P<verb>[a-z]+s))\s+(?:for|at|in|on|from|about|to)\s+"
    r"(?:exactly\s+|only\s+)?(?:one|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)

_ALSO_ONE = re.compile(
    r"^[a-z][\w\-]*(?:\s+(?!(?:in|on|with|at|for|from|using)\b)[a-z][\w\-]*)?\s+"
    r"(?:in|on|with|at|for|from|using)\s+(?:exactly\s+|only\s+)?one\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""After *by one driver*: ``in one van``, another one the subject has."""
_IS_FOR_ONE = re.compile(
    r"^\s*(?:is|are)\s+(?:always\s+|only\s+)?(?:for|with|at|from|about)\s+"
    r"(?:exactly\s+|only\s+|just\s+)?(?P<det>one|a|an)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)


_GIVEN_ONE = (
    r"(?:assigned|given|allocated|allotted)\s+(?:exactly\s+|only\s+)?(?:one|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+(?!and\b|with\b|who\b|that\b)[a-z][\w\-]*)?)"
)
"""*... assigned a supervisor*: the one a record is given."""
_IS_ASSIGNED = re.compile(
    r"^(?:each|every|a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:is|are)\s+" + _GIVEN_ONE
)
_LATER_IS_ASSIGNED = re.compile(
    r"[,;]\s*(?:and\s+)?(?:each|every)\s+(?P<x>[a-z][\w\-]*)\s+(?:is|are)\s+" + _GIVEN_ONE
)
"""*..., and each trainee is assigned a mentor*: a later clause's record given one of another."""
_EACH_IS_FOR = re.compile(
    r"(?:^|[,;]\s*(?:and\s+|but\s+|while\s+)?)(?:each|every)\s+(?P<x>[a-z][\w\-]*)\s+"
    r"(?:[^,;]*?\band\s+)?(?:is|are)\s+(?:always\s+|only\s+)?"
    r"(?:for|(?P<of>of|from)(?=\s+(?:exactly\s+|only\s+|just\s+)?one\b))\s+"
    r"(?:exactly\s+|only\s+|just\s+)?(?P<det>one(?:\s+of\s+(?:our|the|their|my))?|a|an)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+(?!on\b|at\b|in\b|for\b|with\b)[a-z][\w\-]*)?)"
)
_QUALITIES = word_set(
    "colour color size type kind shape style flavour flavor grade length weight age"
)
"""What a thing is *of one* of without naming a record (*each candle is of one colour*)."""
_EACH_SUBJECT = re.compile(r"^(?:each|every)\s+(?P<x>[a-z][\w\-]*)\s+(?:is|are)\s")
_NEXT_CLAUSE = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)\s+|;\s*(?:(?:and|but|while|whereas)\s+)?)"
    r"(?=(?:each|every|a|an|the)\s)"
)


_NEW_DONE_BY = re.compile(
    r"^(?:(?:a|an|each|every)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|(?:the\s+)?(?P<xs>[a-z][\w\-]*s))\s+"
    r"(?:is|are)\s+(?P<verb>[a-z]+)\s+by\s+"
    r"(?:(?:exactly\s+|only\s+)?(?:one of (?:our|the|their|my)|one|a|an)\s+(?P<y>[a-z][\w\-]*)"
    r"|(?P<ys>[a-z][\w\-]*s))\b"
)


def _made_by_one(sentence: str, model: ModelDraft) -> list[Mention]:
    """``a booking is made by one advertiser``, the first words about bookings: a booking is
    a record, made by someone already known; so are ``inspections carried out by inspectors``,
    by people named as doers."""
    match = _NEW_DONE_BY.match(sentence)
    if (
        match is None
        or not is_past_participle(match.group("verb"))
        or verb_lemma(match.group("verb")) in DESCRIBING_VERBS
        # one by one (*a booking ... by one advertiser*), or many by many (*inspections ... by
        # inspectors*); not one record by many people
        or (match["y"] is None) != (match["x"] is None)
    ):
        return []
    by = match["y"] or match["ys"]
    if _entity(model, by, create=False) is None and not (
        match["ys"] and names_a_doer(singular(by))
    ):
        return []
    said = match["x"] or match["xs"]
    made = _entity(model, said, create=True)
    return [Mention(0, len(said.split()) + 1, made[0], made[1])] if made else []


def _act_kept(verb: str, model: ModelDraft) -> str | None:
    """The record kept of an act told with its particle: *volunteers are signed off by a
    keeper*, sign-offs kept, is each sign-off's keeper, not the volunteer's."""
    lemma = verb_lemma(verb) or verb
    kept = {f"{lemma}_{particle}" for particle in VERB_PARTICLES | {"in", "over"}}
    return next((name for name in model.entities if name in kept), None)


def _done_by(sentence: str, model: ModelDraft) -> None:
    """``each application is submitted by one applicant and is assessed by one officer``:
    the sentence's subject points at each one who acts on it."""
    for opening in _EACH_IS_FOR.finditer(sentence):
        # "..., and each visit is for one wing", the only words about visits: a visit is a
        # record, and it points at its wing; "each item is of one brand" too, but "each candle
        # is of one colour" says a quality
        if opening.group("of") and opening.group("y").split()[-1] in _QUALITIES:
            continue
        target = _entity(model, opening.group("y"), create=opening.group("det").startswith("one"))
        made = _entity(model, opening.group("x"), create=True) if target else None
        if made and target and made[0] != target[0]:
            _link(model, made[0], target[0], target[1])
    first = mentions(tokenize(sentence), model)
    if not first or first[0].start > 1:
        first = _made_by_one(sentence, model) or first
    if first and first[0].start > 1:
        # "every class is taught by a teacher; every class happens in one of the rooms": the
        # opening subject, however late its records are told, not the rooms further on
        named = _EACH_SUBJECT.match(sentence)
        made = _entity(model, named.group("x"), create=True) if named else None
        first = [Mention(0, 1, made[0], made[1])] if made else first
    if not first:
        return
    for match in _DONE_BY.finditer(sentence):
        verb = match.group("verb")
        if not is_past_participle(verb) or verb_lemma(verb) in DESCRIBING_VERBS:
            continue
        clause_start = [m.end() for m in _NEXT_CLAUSE.finditer(sentence[: match.start()])]
        own = mentions(tokenize(sentence[clause_start[-1] :]), model) if clause_start else []
        if own and own[0].start <= 1:
            # "files applications for clients, and each client is handled by one attorney":
            # the subject of the clause the passive is in
            first = own
        elif clause_start:
            named = _EACH_SUBJECT.match(sentence[clause_start[-1] :])
            made = _entity(model, named.group("x"), create=True) if named else None
            if made is not None:
                first = [Mention(0, 1, made[0], made[1])]
        if match.group(0).startswith("and") and not re.search(
            r"\b(?:is|are)\b", sentence[: match.start()]
        ):
            continue  # "is at one site and done by one cleaner": the *is* is shared
        if match["people"] is not None:
            # by people named as doers (*inspectors*), or kept already: not "by volunteers"
            # said in passing, nor "grouped by months"
            people = match["people"]
            target = _entity(model, people, create=names_a_doer(singular(people)))
        else:
            target = _entity(model, match.group("y"), create=True)
        source = _act_kept(verb, model) or first[0].entity
        if target and target[0] != source:
            _link(model, source, target[0], target[1])
        if match["y"] is None:
            continue
        also = _ALSO_ONE.match(sentence[match.start("y") :])
        if also:
            # "made by one driver in one van": the van is the subject's too
            other = _entity(model, also.group("y"), create=True)
            if other and other[0] != first[0].entity:
                _link(model, first[0].entity, other[0], other[1])
    if first[0].start > 2:
        return
    told_after = " ".join(tokenize(sentence)[first[0].end :])
    is_for = _IS_FOR_ONE.match(told_after)
    if is_for:
        # "every order is for one customer": the subject points at that one
        target = _entity(model, is_for.group("y"), create=is_for.group("det") == "one")
        if target and target[0] != first[0].entity:
            _link(model, first[0].entity, target[0], target[1])
        if target:
            _also_one(model, first[0].entity, told_after[is_for.start("y") :])
    assigned = _IS_ASSIGNED.search(sentence)
    if assigned and first[0].start <= 1:
        # "every thesis is assigned a supervisor": the one given to it
        target = _entity(model, assigned.group("y"), create=True)
        if target and target[0] != first[0].entity:
            _link(model, first[0].entity, target[0], target[1])
    for later in _LATER_IS_ASSIGNED.finditer(sentence):
        # "...; a cohort has a start date, and each trainee is assigned a mentor": the clause's
        # own subject, a record already kept
        subject = _entity(model, later.group("x"), create=False)
        target = _entity(model, later.group("y"), create=True) if subject else None
        if subject and target and target[0] != subject[0]:
            _link(model, subject[0], target[0], target[1])
    for match in _AND_IS_FOR.finditer(sentence):
        # "a prescription is written by a doctor and is for one medicine": the subject's too
        verb = match.group("verb")
        if verb and (verb_lemma(verb) in (None, verb) or verb_lemma(verb) in NON_ACTION_VERBS):
            continue
        target = _entity(model, match.group("y"), create=False)
        if target and target[0] != first[0].entity:
            _link(model, first[0].entity, target[0], target[1])


def _also_one(model: ModelDraft, subject: str, told: str) -> None:
    """``a booking is for one client in one issue``, ``a press run is for one edition at one
    printing works``: after the one a record is for, *one* more of another, the subject's
    too, a record even where nothing else is told of it (not *on one date*: when)."""
    also = _ALSO_ONE.match(told)
    if also is None or words(also.group("y"))[-1] in TIME_WORDS | FIELD_HEADS:
        return
    other = _entity(model, also.group("y"), create=True)
    if other and other[0] != subject:
        _link(model, subject, other[0], other[1])


def _between(sentence: str, model: ModelDraft) -> None:
    """``lessons between one tutor and one student``: a lesson points at both."""
    match = _BETWEEN.search(sentence)
    if match is None:
        return
    # only in the clause that says *between*: "..., and the message gets lost somewhere
    # between the office and the yard" ties no earlier record to them
    before = re.split(r",\s+and\s+|;\s+|\s[-\u2013\u2014]\s", sentence[: match.start()])[-1]
    source = _subject_before(before, model)
    found = mentions(words(before), model)
    if found and _PASSIVE_OPENING.match(before):
        # "every match is played on one of our courts ... between a home team and ...": the
        # match, not the court said on the way
        source = found[0].entity
    if source is None:
        return
    ends = [_entity(model, phrase, create=True) for phrase in (match.group("x"), match.group("y"))]
    for phrase, target in zip((match.group("x"), match.group("y")), ends, strict=True):
        if target is None or target[0] == source:
            continue
        key = target[1]
        if ends[0] and ends[1] and ends[0][0] == ends[1][0]:
            # "between a home team and an away team": each side needs a name of its own
            written = [w for w in words(phrase) if w not in DETERMINERS]
            key = to_snake("_".join([*written[:-1], target[0]]))
        _link(model, source, target[0], key)


def _assigned(sentence: str, model: ModelDraft, found: list[str]) -> None:
    """``assets are assigned to employees`` (asset → employee), ``technicians are assigned to
    issues`` (issue → technician: a person is assigned to a thing, the thing holds them)."""
    for clause in clauses(sentence):
        match = _ASSIGNED.search(clause)
        if match is None:
            continue
        left = _entity(model, _last_np(match.group("a")), create=False)
        right = _entity(model, match.group("b"), create=left is not None)
        people = people_named(found)
        said = _last_np(match.group("a"))
        if left is None and (
            entity_key(said) in people
            # "the crew members are assigned to bookings": people of their own, the bookings known
            or (right is not None and _people_of_their_own(match.group("a"), said))
        ):
            left = _entity(model, said, create=True)
        if left is None or right is None or left[0] == right[0]:
            continue
        if left[0] in people and right[0] not in people:
            _link(model, right[0], left[0], left[1])
        else:
            _link(model, left[0], right[0], right[1])


def _people_of_their_own(subject: str, said: str) -> bool:
    """Whether the subject of *are assigned to* is a plain plural noun phrase and nothing
    else (``the crew members``; not ``the points a player``)."""
    plain = re.sub(r"^(?:the|our|all|all\s+the)\s+", "", subject.strip())
    return bool(said) and plain == said and _plural_np(plain) == said


def _last_np(text: str) -> str:
    tokens = words(text)
    phrase: list[str] = []
    for word in reversed(tokens):
        if word in FUNCTION_WORDS:
            break
        phrase.insert(0, word)
    return " ".join(phrase)


def people_named(found: list[str]) -> set[str]:
    """Entity keys of the people a description names as acting: the subjects of *can*,
    *see*, *manage*... (``technicians see issues assigned to them``)."""
    people: set[str] = set()
    for sentence in found:
        for clause in clauses(outside_brackets(sentence)):
            for match in _PERSON_SUBJECT.finditer(clause):
                key = entity_key(match.group("who"))
                if key:
                    people.add(key)
    return people


_PERSON_SUBJECT = re.compile(
    r"(?:^|,\s*|\band\s+|\bonly\s+)(?:the\s+)?(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)\s+"
    r"(?:(?:can|should|may|must)\b(?!\s+(?:also\s+)?(?:be|have|contain|include|hold|cover|"
    r"go|move|take|use|carry|span|last|run)\b)"
    r"|(?:only|see|sees|view|views|manage|manages|approve|approves|want|wants)\b|logs?\s+in\b)"
)
"""*drivers see only ...*: the drivers; not *an order can contain ...*, which is what a
thing holds, not who acts."""


def _plural_np(text: str) -> str:
    """The leading noun phrase of ``text`` when it ends in a plural noun, else empty."""
    tokens = words(text)
    phrase: list[str] = []
    for index, word in enumerate(tokens):
        if word in FUNCTION_WORDS or not is_noun_at(tokens, index):
            break
        phrase.append(word)
        if is_plural(word):
            return " ".join(phrase)
    return ""


def _is_verb_header(clause: str, sentence: str, model: ModelDraft) -> bool:
    """``Workers fill in timesheets for a parcel: date, hours``: read with its list, by the
    object model, which knows the list belongs to the timesheets (an act with a noun of its
    own, *employees book a room: ...* for bookings, is read here)."""
    if f"{clause}:" not in sentence:
        return False
    named = words(clause)
    if len(named) > 2 and names_a_kept_record(named[0], named[1]):
        return True  # "drill log per job per day: date, ...": a record's name, no one logging
    items = split_list(sentence.split(f"{clause}:", 1)[1])
    if items and is_clause(items[0]):
        return False  # "sellers consign lots to an auction: a lot has ...": a clause, no list
    return read_predicate(clause) is not None and find_event(clause, model.vocabulary) is None


_AND_THEY = re.compile(
    r"^(?P<subject>(?:(?:the|our|all|each)\s+)?[a-z][\w\-]*)\s+(?!and\b).*?,?\s+and\s+"
    r"(?:then\s+)?(?:they|them)\s+(?P<rest>[a-z].+)$"
)


def _with_they_resolved(parts: list[str]) -> list[str]:
    """``employees have a name, and they enrol in courses``: *they* are the employees, so
    the second clause is read again with its subject named."""
    resolved: list[str] = []
    for part in parts:
        resolved.append(part)
        match = _AND_THEY.match(part)
        if match and match.group("subject").startswith("each "):
            # "each employee has a name, and they enrol in courses": the employees, each of them
            resolved.append(f"{plural(match.group('subject').split()[-1])} {match.group('rest')}")
        elif match and is_plural(match.group("subject").split()[-1]):
            resolved.append(f"{match.group('subject')} {match.group('rest')}")
    return resolved


def _parts(sentence: str) -> list[str]:
    """Clauses, with a header (``IT helpdesk: ...``) cut off its body."""
    parts: list[str] = []
    for clause in clauses(sentence):
        parts.extend(p.strip() for p in clause.split(":") if p.strip())
    return parts


@dataclass
class EventMention:
    """*Customers rent a car*, in a description that speaks of rentals: a rental points at
    the customer and at the car."""

    noun: str
    subject: str
    object: str
    place: str | None = None
    """The record after a preposition (*book a spot in a session*): where the act happens."""


GENERIC_PEOPLE = word_set("people persons folks someone anyone everyone everybody they")
"""Subjects that name no record of their own: the act is still a record (*people book ...*)."""
_PLACE_PREPOSITIONS = frozenset(["in", "on", "at", "for"])


def find_event(clause: str, vocabulary: set[str]) -> EventMention | None:
    """An act of people on one thing that the description names with a noun of its own."""
    tokens = words(clause)
    start = 1 if tokens and tokens[0] in ("the", "our", "all", "every", "each") else 0
    for length in (1, 2):
        subject = tokens[start : start + length]
        if len(subject) < length or not (
            is_plural(subject[-1]) or (length == 1 and subject[0] in GENERIC_PEOPLE)
        ):
            continue
        if any(w in FUNCTION_WORDS and w not in GENERIC_PEOPLE for w in subject):
            continue
        found = _event_after(subject, tokens[start + length :], vocabulary)
        if found is not None:
            return found
    return None


def _event_after(subject: list[str], rest: list[str], vocabulary: set[str]) -> EventMention | None:
    while rest and rest[0] in ("can", "may", "will", "also", "usually", "often", "then"):
        rest = rest[1:]
    if not rest:
        return None
    lemma = verb_lemma(rest[0])
    if lemma is None or lemma in NON_ACTION_VERBS:
        return None
    rest = rest[1:]
    particle = rest[0] if rest and rest[0] in PARTICLES else None
    if particle:
        rest = rest[1:]
    preposition = rest[0] if rest and rest[0] in ("to", "for", "on", "in", "at") else None
    if preposition:
        rest = rest[1:]
    determiner = rest[0] if rest and rest[0] in ("a", "an", "one", "each", "every", "the") else None
    if determiner:
        rest = rest[1:]
    bare = determiner is None and particle is None and preposition is None
    if bare and (not _named_as_noun(lemma, vocabulary) or can_be_verb(subject[-1])):
        # "agents list properties": many things, each its own record, unless the act has a
        # name of its own that cannot be the things (*sign-ups* of "sign up for shifts"), or
        # its own word is a record the description speaks of ("residents report graffiti"
        # where *reports* go from reported to closed). Not a derived noun: "agents list
        # properties" in a description of *listings* still lists the properties; and not
        # after a subject that ends in a verb ("the owner creates jobs", read as "owner
        # creates" doing *jobs*).
        return None
    verb = f"{lemma} {particle}" if particle else lemma
    noun = derived_noun(verb, vocabulary)
    if noun is None and particle in LINK_PREPOSITIONS:
        noun = derived_noun(lemma, vocabulary)  # "enrol in courses": enrolments, no enrol-ins
    if noun is not None and noun == singular(subject[-1]):
        noun = None  # "auditors audit each canteen": the auditor is who acts, not the act
    if noun is None and particle is None and _named_as_noun(lemma, vocabulary):
        noun = lemma  # "judges review each project" where reviews are spoken of
    if noun is None:
        return None
    obj_words: list[str] = []
    for word in rest[:MAX_NP]:
        if word in FUNCTION_WORDS or (obj_words and word.endswith("ing") and can_be_verb(word)):
            break  # "review each project, giving it a score": the object ends at the gerund
        obj_words.append(word)
    if not obj_words:
        return None
    after = rest[len(obj_words) :]
    place = None
    if (
        len(after) > 2
        and after[0] in _PLACE_PREPOSITIONS
        and after[1] in ("a", "an", "the", "each", "every")
    ):
        place_words = [w for w in after[2 : 2 + MAX_NP] if w not in FUNCTION_WORDS]
        place = " ".join(place_words) or None
    person = " ".join(subject)
    return EventMention(noun=noun, subject=person, object=" ".join(obj_words), place=place)


def _named_as_noun(verb: str, vocabulary: set[str]) -> bool:
    """The act's own word used as a noun in the description (*reviews*, *visits*)."""
    return plural(verb) in vocabulary and "NOUN" in parts_of_speech(verb)


# --- mentions ------------------------------------------------------------------------------


_SINGLE_MARKERS = frozenset(["one", "a", "an", "the", "each", "every"])


def mentions(tokens: list[str], model: ModelDraft) -> list[Mention]:
    """Entity mentions in a token list, longest first, not overlapping."""
    found: list[Mention] = []
    index = 0
    while index < len(tokens):
        hit = None
        for length in range(MAX_NP, 0, -1):
            span = tokens[index : index + length]
            # "made for one deceased": a record named by a word that is no noun elsewhere
            named_alone = (
                length == 1
                and span[:1] != []
                and span[0] in model.entities
                and index > 0
                and tokens[index - 1] in _SINGLE_MARKERS
            )
            if len(span) < length or not (
                named_alone or all(is_noun_at(tokens, i) for i in range(index, index + length))
            ):
                continue
            key = entity_key(" ".join(span))
            entity = model.resolve(key)
            if entity:
                hit = Mention(index, index + length, entity, key)
                break
        if hit:
            found.append(hit)
            index = hit.end
        else:
            index += 1
    return found


def _entity(model: ModelDraft, phrase: str, *, create: bool) -> tuple[str, str] | None:
    """The entity a phrase names and the phrase's key; created when ``create`` is set."""
    # a name ends at a comma: *trays belong to a greenhouse, carry a sowing date, ...*
    named = phrase.split(",", 1)[0] if phrase.split(",", 1)[0].strip() else phrase
    tokens = [w for w in words(named) if w not in DETERMINERS and w not in QUANTIFIERS]
    np: list[str] = []
    for word in tokens:
        if word in FUNCTION_WORDS or word in ADVERBS:
            break
        np.append(word)
    key = entity_key(" ".join(np[:MAX_NP]))
    if not key:
        return None
    name = model.resolve(key) or _numbered_as(model, key)
    if name is None:
        if not create or key in SUBJECT_PRONOUNS:
            return None
        model.entities[key] = EntityDraft(name=key, declared=True)
        name = key
    return name, key


def _numbered_as(model: ModelDraft, key: str) -> str | None:
    """``each job uses one part`` where the glass stock is kept by *part number*: the one
    record numbered by the word is what the word names."""
    if "_" in key:
        return None
    numbered = [
        name
        for name, entity in model.entities.items()
        if any(entity.field(f"{key}_{suffix}") for suffix in ("number", "no", "code"))
    ]
    return numbered[0] if len(numbered) == 1 else None


def _field_for(target: str, key: str) -> str | None:
    role = key[: -len(target)].strip("_") if key.endswith(target) and key != target else None
    if role and all(word in TIME_ADJECTIVES for word in role.split("_")):
        return None  # "in weekly sessions": how often, not a role the session plays
    if role and role.split("_")[0] in FOR_WHOM:
        return None  # "book children's birthday parties": the kind of party, not its role
    said = role.split("_") if role else []
    if len(said) == 2 and is_past_participle(said[1]):
        return None  # "checks on time-limited docs": what the docs are, not their role
    return role or None


TIME_ADJECTIVES = word_set("daily weekly monthly yearly annual quarterly hourly nightly")
FOR_WHOM = word_set("childrens kids mens womens ladies girls boys adults teens babies toddlers")
"""Plural modifiers that say who a thing is for: a *children's party* is a kind of party."""


def _link(
    model: ModelDraft,
    source: str,
    target: str,
    key: str,
    kind: str = "many_to_one",
    *,
    said_one: bool = False,
    said_many: bool = False,
) -> None:
    field = _field_for(target, key)
    model.link(
        LinkDraft(
            source=source,
            target=target,
            kind=kind,
            field=field,
            said_one=said_one,
            said_many=said_many,
        )
    )


def _unlink(model: ModelDraft, first: str, second: str) -> None:
    """Drop every link between two entities, whichever way it points."""
    model.links = [link for link in model.links if {link.source, link.target} != {first, second}]


def _replace_link(model: ModelDraft, source: str, target: str, key: str) -> None:
    """Link ``source`` to ``target`` in place of any link between them read earlier."""
    _unlink(model, source, target)
    _link(model, source, target, key)


# --- patterns ------------------------------------------------------------------------------

_BELONGS = re.compile(
    r"\b(?:belongs?|belonging|belonged|is part of|are part of)\s+(?:to\s+)?(?P<b>[^:]+)"
)
_LINKED = re.compile(
    r"\b(?:linked|attached|tied|related|connected|associated)\s+(?:to|with)\s+(?P<list>.+)$"
)
_PUT_IN = re.compile(
    r"\b(?:put|file|place|assign|add|group|organi[sz]e|sort)s?\s+"
    r"(?:it|them|each one|(?:each|every) (?P<each>[\w\-]+))\s+"
    r"(?:in|into|under|to)\s+(?P<b>(?:a|an|one|the)\s+[\w\- ]+)"
)
_RECORDED_FOR = re.compile(
    r"\bwhen(?:ever)?\s+(?:someone|somebody|a [\w\-]+|[\w\-]+s)\s+[\w\-]+\s+(?:a|an|the)\s+"
    r"(?P<x>[\w\- ]+?),?\s+(?:we|i)\s+(?:record|create|log|add|open|make|register|enter)\s+"
    r"(?:a|an)\s+(?P<y>[\w\- ]+)"
)
_TAGGED = re.compile(
    r"\b(?:can be|are|is|get|gets)\s+(?P<how>tagged|labell?ed)\b"
    r"(?:\s+with\s+(?:the\s+)?(?P<what>[a-z][\w\-]*s)\b)?"
)
"""``courses are tagged``: with tags; ``tagged with the allergens``: with allergens."""
_JUNCTION = re.compile(r"\b(?:each|every) time,?\s+with\s+(?P<list>.+)$")


def _subject_before(text: str, model: ModelDraft) -> str | None:
    """The last entity mentioned in ``text``: what *it* or a relative clause is about."""
    found = mentions(words(text), model)
    return found[-1].entity if found else None


def _belongs(sentence: str, model: ModelDraft) -> None:
    for clause in clauses(sentence):
        match = _BELONGS.search(clause)
        if match is None:
            continue
        before = clause[: match.start()]
        source = _subject_before(before, model) or _opening_record(before, model)
        target = _entity(model, match.group("b"), create=True)
        if source and target:
            said_one = match.group("b").startswith(("one ", "exactly one ", "only one "))
            _link(model, source, target[0], target[1], said_one=said_one)


def _placed_in(sentence: str, model: ModelDraft) -> None:
    """``each item ... sits in a department``, ``every charge point ... sits in one car park``:
    the record the clause is about points at the one group or place it is in."""
    for clause in clauses(sentence):
        match = PLACED_IN.search(clause)
        if match is None or re.match(r"belongs?\s+to", match.group("verb")):
            continue  # "belongs to a club" is read by _belongs, with what its "one" says
        before = clause[: match.start()]
        opening = leading_noun_phrase(words(before))
        source = (
            _entity(model, opening, create=False)
            if opening and not re.match(r"(?:we|i|you|they)\b", before.strip())
            else None
        )
        if source is None:
            found = _subject_before(before, model)
            source = (found, found) if found else None
        kept_on = entity_key(match.group("target")).split("_")[-1] in KEPT_ON_WORDS
        if source is None or kept_on:
            continue  # "it all lives in a paper ledger": where the records are kept now
        target = _entity(model, match.group("target"), create=True)
        if target and source[0] != target[0]:
            _link(model, source[0], target[0], target[1])


_OPENING_RECORD = re.compile(
    r"^(?:a|an|the|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s+"
    r"(?:(?:also|always|usually|only)\s+)?$"
)


def _opening_record(before: str, model: ModelDraft) -> str | None:
    """``a donation belongs to a donor``: what belongs is a record, even when nothing else
    tells its fields (it then gets a name, as every record does)."""
    opening = _OPENING_RECORD.match(before.strip() + " ")
    if opening is None or any(w in FUNCTION_WORDS for w in words(opening.group("np"))):
        return None
    found = _entity(model, opening.group("np"), create=True)
    return found[0] if found else None


def _linked(sentence: str, model: ModelDraft) -> None:
    for clause in clauses(sentence):
        match = _LINKED.search(clause)
        if match is None:
            continue
        source = _subject_before(clause[: match.start()], model)
        if source is None:
            continue
        for item in split_list(match.group("list")):
            if is_clause(item) or re.search(r"\b(?:that|which|who)\b", item):
                break  # "linked to a company and has an amount ...": the list has ended
            if _SUBJECT_FIELDS.match(f" {item}"):
                break  # "linked to a client, with a total ...": the invoice's fields
            target = _entity(model, item, create=True)
            if target:
                _link(model, source, target[0], target[1])
            if _SUBJECT_FIELDS.search(item):
                break  # "linked to a company with an amount, a date ...": the deal's fields


_SUBJECT_FIELDS = re.compile(r"\s(?:with|having|including|plus)\s")
"""After a link target, *with* opens the fields of the record that is linked, not more things
it is linked to."""


def _put_in(sentence: str, model: ModelDraft) -> None:
    match = _PUT_IN.search(sentence)
    if match is None:
        return
    # "the supervisor assigns each report to a crew": the report, not the supervisor
    each = _entity(model, match.group("each"), create=False) if match.group("each") else None
    source = each[0] if each else _subject_before(sentence[: match.start()], model) or model.topic
    target = _entity(model, match.group("b"), create=True)
    if source and target:
        _link(model, source, target[0], target[1])


_SAME_ON_MANY = re.compile(
    r"\b(?:the\s+)?same\s+(?P<x>[a-z][\w\-]*)\s+(?:(?:is|are|can\s+be|goes|appears)\s+)?"
    r"(?:on|in|across|for)\s+(?:many|several|multiple|lots\s+of|different)\s+(?P<y>[a-z][\w\-]*s)\b"
)


_MANY_ON_THE_SAME = re.compile(
    r"\b(?:more\s+than\s+one|several|many|multiple|two\s+or\s+more)\s+(?P<x>[a-z][\w\-]*)\s+"
    r"(?:can|may|could|will)\s+(?:be|work|go|help)\s+(?:on|in|at|with)\s+the\s+same\s+"
    r"(?P<y>[a-z][\w\-]*)\b"
)
"""``more than one volunteer can be on the same shift``: people share what they turn up to,
and each turns up to many."""
_TURNED_UP_TO = word_set("shift session slot class event trip visit outing tour match game round")
"""What people turn up to, one time after another: several on the same one, and each at many
(several dogs in the same kennel are each in one)."""


_ADDED_TO_ANY = re.compile(
    r"\b(?P<x>[a-z][\w\-]*s)\s+(?:can|may)\s+(?:also\s+)?be\s+(?:added|attached|applied)\s+"
    r"(?:on)?to\s+any\s+(?P<y>[a-z][\w\-]*)\b"
)
"""``extras can be added to any party``: kept once each, and put on as many parties as want
them."""


def _same_on_many(sentence: str, model: ModelDraft) -> None:
    """``one booking can add several, same package on many bookings``: many of each on many
    of the other, whatever else the sentence said; so are people who share one (``more than
    one volunteer can be on the same shift``) and things added to any of another (``extras can
    be added to any party``)."""
    match = _SAME_ON_MANY.search(sentence) or _ADDED_TO_ANY.search(sentence)
    shared = _MANY_ON_THE_SAME.search(sentence)
    if match is None and shared is not None and shared["y"] in _TURNED_UP_TO:
        match = shared
    if match is None:
        return
    one = _entity(model, match.group("x"), create=False)
    many = _entity(model, match.group("y"), create=False)
    if one is None or many is None or one[0] == many[0]:
        return
    _unlink(model, one[0], many[0])
    _link(model, many[0], one[0], one[1], "many_to_many", said_many=True)


def _recorded_for(sentence: str, model: ModelDraft) -> None:
    match = _RECORDED_FOR.search(sentence)
    if match is None:
        return
    target = _entity(model, match.group("x"), create=False)
    source = _entity(model, match.group("y"), create=False)
    if source and target:
        _link(model, source[0], target[0], target[1])


def _tagged(sentence: str, model: ModelDraft) -> None:
    match = _TAGGED.search(sentence)
    if match is None:
        return
    source = _subject_before(sentence[: match.start()], model) or model.topic
    if source is None:
        return
    named = match.group("what")
    found = _entity(model, named, create=True) if named and named not in MANY else None
    if found is not None:
        _link(model, source, found[0], found[1], "many_to_many")
        return
    noun = verb_lemma(match.group("how")) or "tag"
    if noun not in model.entities:
        model.entities[noun] = EntityDraft(name=noun, declared=True)
    _link(model, source, noun, noun, "many_to_many")


JOINING_VERBS = word_set("enrol enroll join attend subscribe register belong participate")
"""*each student can enrol in several classes*: a class has many students too."""
_ONES_OWN_MAKING = word_set("make place raise submit file lodge create")
"""*a customer makes many bookings*: each booking is made by one customer (not *opens many
doors*, *gives several talks*: acts on things others share)."""
_PASSIVE_BEFORE = word_set("be been is are was were being get gets")
"""*a batch can be made from several varieties*: what it is made of, not what it makes."""
PICKING_VERBS = word_set("cover include use book reserve hire rent request borrow")
"""*a retrieval request covers one or more boxes*: of records kept already, each is picked
again and again."""


def _many(clause: str, model: ModelDraft, sentence: str, *, kept: set[str]) -> None:
    """``a recipe uses many ingredients`` (many-to-many); ``a course has many students``;
    many-to-one when the sentence also says the other side has *one* of them. ``kept``: the
    records earlier sentences named."""
    tokens = tokenize(clause)
    found = mentions(tokens, model)
    for left, right in pairwise(found):
        between = tokens[left.end : right.start]
        if not between or between[-1] not in MANY or _joined(model, left.entity, right.entity):
            continue
        if between[-2:-1] == ["how"]:
            continue  # "one train each, with ... how many children": a count, not a link
        if _made_from(clause):
            continue  # "after the shoot I deliver several galleries": the shoot's, not shared
        # "a shelf of cutter shapes, each with a name, and one order can use many shapes": kept
        # earlier in the sentence too
        said = kept | {m.entity for m in found if m.end <= left.start}
        if _picks_from_kept(between, tokens[right.end :], right.entity, model, kept=said):
            # "each retrieval request covers one or more boxes", boxes kept with a barcode
            # before: a box is asked for again and again
            _link(model, left.entity, right.entity, right.key, "many_to_many")
            continue
        if between[-2:-1] == ["and"] and "," in between:
            continue  # "a drink, a size, a quantity and several toppings": a list's own item
        if between[:-1] in (["and"], [","], [",", "and"]):
            # "done by one truck and several movers": the movers are the first record's too
            # ("has several stores and several questionnaires": both are the subject's own)
            many_before = left.start > 0 and tokens[left.start - 1] in MANY
            if (
                found[0].start < left.start
                and found[0].entity not in (left.entity, right.entity)
                and not many_before
            ):
                _link(model, found[0].entity, right.entity, right.key, "many_to_many")
            continue
        # "each job is done by one translator and a translator works on many jobs"; not the
        # "one" of the clause's subject ("one contributor can cover several beats": a single
        # one), though "a delivery goes to one customer and carries several lines" says one
        opens = left.start == 1 or (left.start > 1 and tokens[left.start - 2] in _CLAUSE_OPENERS)
        own_one = opens and tokens[left.start - 1] == "one"
        said_one = re.findall(rf"\bone {re.escape(left.key.replace('_', ' '))}\b", sentence)
        one_left = len(said_one) > (1 if own_one else 0)
        if _goes_in_several(between) and not one_left:
            # "a notice can run in several issues": each issue carries many notices too
            _link(model, left.entity, right.entity, right.key, "many_to_many")
        elif one_left or any(w in HAVE_WORDS | PUTS_ON_WORDS | _KEEPS for w in between):
            _link(model, right.entity, left.entity, left.key, said_many=True)
        elif any(can_be_verb(w) for w in between):
            said_before = tokens[left.start - 1] if left.start > 0 else ""
            # "a customer places many orders" says what "each customer places ..." does: what
            # one makes is theirs alone
            makes = any(
                verb_lemma(w) in _ONES_OWN_MAKING and before not in _PASSIVE_BEFORE
                for before, w in pairwise(["", *between])
                if can_be_verb(w)
            )
            each = said_before in ("each", "every") or (said_before in ("a", "an", "one") and makes)
            joins = any(verb_lemma(w) in JOINING_VERBS for w in between)
            if each and not joins and not _many_of(sentence, left.key):
                # "each depot serves many shops", and nothing says a shop has many depots:
                # the shops are each depot's, as with *has many*
                _link(model, right.entity, left.entity, left.key, said_many=True)
            else:
                _link(model, left.entity, right.entity, right.key, "many_to_many")


_KEEPS = word_set("keep keeps")
"""``one farmer can keep several sheep``: what a record keeps is its own, as with *has*."""
_CLAUSE_OPENERS = frozenset([",", ";", "and", "but", "while", "so"])
"""Words after which a noun phrase opens a clause of its own (*..., and one owner can ...*)."""
_GOES_IN = word_set("in on onto into under across to at")
"""Where a record goes, sits or appears (*runs in*, *sits under*, *leads to*, *can be on*)."""


def _goes_in_several(between: list[str]) -> bool:
    """Whether the words between two records say the first goes, sits or appears in several of
    the second (*a notice can run in several issues*, *it can sit under several themes*,
    *each student can be in several classes*): the second holds many of the first too. Not a
    particle (*a customer can bring in several devices*: the devices are brought) nor what a
    record is cut into (*a day is divided into several sessions*: the sessions are its own)."""
    if len(between) < 3 or between[-2] not in _GOES_IN:
        return False
    verb = between[-3]
    if not can_be_verb(verb) or verb in HAVE_WORDS:
        return False
    if between[-2] == "in" and verb_lemma(verb) in IN_PARTICLE_VERBS:
        return False
    return not (between[-2] == "into" and is_past_participle(verb))


def _picks_from_kept(
    between: list[str], after: list[str], picked: str, model: ModelDraft, *, kept: set[str]
) -> bool:
    """Whether the words ``between`` two records pick several of ``picked``, a record an
    earlier sentence kept with fields of its own, not given its list here (*covers one or more
    properties, each with an address* brings the properties in)."""
    picks = any(verb_lemma(w) in PICKING_VERBS for w in between if can_be_verb(w))
    # "one booking can take out several pieces of equipment": borrowed, and back again, however
    # late the things are told
    borrows = any(
        verb_lemma(w) in _BORROWING_VERBS or (verb_lemma(w) == "take" and then == "out")
        for w, then in pairwise([*between, ""])
    )
    # "each visit picks several activities": chosen from the ones on offer, whenever told
    chooses = any(verb_lemma(w) in _CHOOSING_VERBS for w in between if can_be_verb(w))
    own = any(f.reference is None for f in model.entities[picked].fields)
    listed_here = after[:1] in (["with"], [","]) and "with" in after[:3]
    return (borrows or chooses or (picks and picked in kept)) and own and not listed_here


_BORROWING_VERBS = word_set("borrow hire rent")
"""Things taken and brought back: each is picked again and again, wherever it is described."""
_CHOOSING_VERBS = word_set("pick choose select")
"""Things chosen from those on offer: each is chosen again and again."""


def _many_of(sentence: str, key: str) -> bool:
    """Whether the sentence speaks of many of ``key`` (*... and a shop has several depots*)."""
    noun = key.replace("_", " ")
    return any(
        singular(m.group("x").split()[-1]) == noun.split()[-1] or singular(m.group("x")) == noun
        for m in _MANY.finditer(sentence)
    )


_MADE_AFTER = re.compile(
    r"^(?:after|from|following|at the end of)\s+(?:the|each|every|a|an)\s+"
    r"(?P<x>[a-z][\w\-]*(?:\s+(?!we\b|i\b)[a-z][\w\-]*)?),?\s+(?:we|i)\s+"
    r"(?:also\s+|usually\s+|then\s+)?(?P<verb>[a-z]+)\s+"
    r"(?:one or more|several|many|some|multiple|any|a|an|the|their)\s+"
    r"(?P<y>[a-z][\w\-]*(?:\s+(?!with\b|for\b)[a-z][\w\-]*)?)"
)
_MAKING = word_set("create make deliver produce prepare issue write send mix blend draw up")
"""Verbs by which people make a record out of another (*from each consultation we create
one or more blends*)."""


def _made_from(clause: str) -> re.Match[str] | None:
    match = _MADE_AFTER.match(clause)
    return match if match and verb_lemma(match.group("verb")) in _MAKING else None


def _made_after(clause: str, model: ModelDraft) -> None:
    """``after the shoot I deliver one or more galleries``, ``from each consultation we create
    several blends``: each made record is the earlier one's."""
    match = _made_from(clause)
    if match is None:
        return
    earlier = _entity(model, match.group("x"), create=False)
    made = _entity(model, match.group("y"), create=False)
    if earlier and made and earlier[0] != made[0]:
        _link(model, made[0], earlier[0], earlier[1])


def _joined(model: ModelDraft, first: str, second: str) -> bool:
    """Whether a junction entity already pairs the two (*several products with a quantity*)."""
    holders = [
        {link.target for link in model.links if link.source == s and link.required}
        for s in model.entities
    ]
    return any({first, second} <= targets for targets in holders)


def _own(clause: str, model: ModelDraft) -> None:
    """``members only see their own loans``: when members are records, loans point at them;
    so do ``students see only what they submitted``, the submissions."""
    match = re.search(r"\btheir own\s+(?P<x>[\w\-' ]+)", clause)
    if match is not None:
        before, named = clause[: match.start()], match.group("x")
    else:
        done = re.search(r"\bonly\s+what\s+they\s+(?P<verb>[a-z]+)", clause)
        lemma = verb_lemma(done["verb"]) if done else None
        act = act_noun(lemma) if lemma else None
        if done is None or act is None or act not in model.entities:
            return
        before, named = clause[: done.start()], act
    # "only committee members can add equipment, members see only their own bookings": the
    # subject of the part that says it
    tokens = tokenize(before.rsplit(",", 1)[-1])
    found = mentions(tokens, model)
    if not found or found[0].start > 1:
        return
    target = found[0].entity
    if not model.entities[target].fields and target not in _link_ends(model):
        return
    possessed = re.match(r"(?P<whose>[\w\- ]+?)'s\s+[\w\-]", named)
    if possessed is not None:
        # "contacts see only their own company's post": each contact is of one company
        whose = _entity(model, possessed["whose"], create=False)
        if whose and whose[0] != target:
            _link(model, target, whose[0], whose[1])
        return
    owned = _entity(model, named, create=False)
    if owned and owned[0] != target:
        _link(model, owned[0], target, found[0].key)


def _link_ends(model: ModelDraft) -> set[str]:
    return {link.source for link in model.links} | {link.target for link in model.links}


def _actors(clause: str, model: ModelDraft) -> None:
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
            continue  # "many X" is read by _many
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
        named_act = _act_record(lemma, model)
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
            _link(model, holder, obj.entity, obj.key)
            return
        subject = _subject_np(before)
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
        found_subject = _entity(model, phrase, create=False)
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
            _link(model, person, obj.entity, obj.key)
            return
        if lemma in _RECORDING_ACTS and names_an_act(person.split("_")[-1]):
            # "a treatment records the animal, the date ...": an act's record naming what it
            # was done to, nobody acting
            _link(model, person, obj.entity, obj.key)
            return
        if lemma in PLACED_VERBS and not single and not is_plural(tokens[obj.end - 1]):
            # "ropes hang off a longline": each rope is on one longline, nobody acting
            _link(model, person, obj.entity, obj.key)
            return
        if (
            named_act is not None
            and (plural or determiner in ("a", "an", "the"))
            and named_act not in (person, obj.entity)
        ):
            # "students borrow items" (or "the child borrows equipment") in a description of
            # loans: each loan is a student's borrowing of an item
            _link(model, named_act, person, found_subject[1])
            _link(model, named_act, obj.entity, obj.key)
            model.actors.setdefault(person, set()).add(named_act)
            return
        if preposition is not None and len(verb) == 1 and is_past_participle(verb[0]):
            # "deals linked to a company": a participle describing the deals, nobody acting
            _link(model, person, obj.entity, obj.key)
            return
        if (verb_lemma(verb[0]) or verb[0]) in CREATING_VERBS and preposition is None:
            # "tenants report issues": each issue is one tenant's, whatever they hold
            model.actors.setdefault(person, set()).add(obj.entity)
            _link(model, obj.entity, person, found_subject[1])
            return
        described = tokens[obj.end : obj.end + 1] == ["with"] and tokens[obj.start - 1] in (
            "a",
            "an",
        )
        if determiner in ("each", "every") and preposition is None and described:
            # "each sculptor designs a statue with a title": a new record, told with its own
            # fields, is the subject's
            _link(model, obj.entity, person, found_subject[1])
            return
        listing = (verb_lemma(verb[0]) or verb[0]) in _LISTING_VERBS and preposition is None
        if determiner in ("each", "every") and listing and is_plural(tokens[obj.end - 1]):
            # "each ticket lists the garments handed in": the garments are the ticket's
            _link(model, obj.entity, person, found_subject[1])
            return
        if determiner in ("each", "every") and not single:
            # "each incident happens on a site": a record, not someone acting
            _link(model, person, obj.entity, obj.key)
            return
        if preposition == "to" and (verb_lemma(verb[0]) or verb[0]) in ("go", "come"):
            # "invoices go to customers": each one goes to one of them, nobody acting
            _link(model, person, obj.entity, obj.key)
            return
        if (
            preposition == "for"
            and (verb_lemma(verb[0]) or verb[0]) in ("come", "pop", "drop")
            and is_plural(tokens[obj.end - 1])
        ):
            # "patients come in for hearing tests": each test is one patient's (unlike
            # "orders come in for a customer", which are that customer's)
            _link(model, obj.entity, person, found_subject[1])
            return
        if (
            preposition == "for"
            and (verb_lemma(verb[0]) or verb[0]) in _ASKING_VERBS
            and tokens[obj.start - 1] in ("a", "an")
        ):
            # "customers ring up for a quote": each quote is one customer's, asked for
            _link(model, obj.entity, person, found_subject[1])
            return
        if (
            (verb_lemma(verb[0]) or verb[0]) in _JOINED_DIRECTLY
            and preposition is None
            and is_plural(tokens[obj.end - 1])
        ):
            # "members join circles": each member is in many, and each circle has many members
            model.actors.setdefault(person, set()).add(obj.entity)
            _link(model, person, obj.entity, obj.key, "many_to_many")
            return
        _actor_link(model, person, found_subject[1], obj, tokens, found, preposition, single)
        return


def _act_record(lemma: str, model: ModelDraft) -> str | None:
    """The entity the description names the act of ``lemma`` with (*borrow* → loan), when
    its noun is no form of the verb that ``act_noun`` finds."""
    noun = derived_noun(lemma, model.vocabulary)
    found = model.resolve(entity_key(noun)) if noun else None
    return found if found and model.entities[found].fields else None


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
        _link(model, person, obj.entity, obj.key)
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
        _link(model, person, obj.entity, obj.key)
    elif preposition is not None and not object_plural and _made_for_one(tokens, obj, others):
        # "a patient signs up to a plan for one lens": the plan is the patient's own, made for
        # one thing, not a group the patient joins
        _link(model, obj.entity, person, person_key)
    elif preposition is not None:
        kind = "many_to_many" if object_plural else "many_to_one"
        _link(model, person, obj.entity, obj.key, kind)
    elif subject_declared and object_plural and not others:
        _link(model, person, obj.entity, obj.key, "many_to_many")
    else:
        _link(model, obj.entity, person, person_key)


def _named_acts(clause: str, model: ModelDraft) -> None:
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
            _link(model, act, obj.entity, obj.key)


_PAYING_VERBS = word_set("pay donate subscribe contribute")
"""Acts whose noun is a record of money from the subject (*skaters pay monthly dues*)."""


def _payments_by(clause: str, model: ModelDraft) -> None:
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
        _link(model, act, payer.entity, payer.key)


def _event_links(event: EventMention, model: ModelDraft) -> None:
    """*Customers rent a car* (and the description speaks of rentals): rental → customer,
    rental → car."""
    noun = _entity(model, event.noun, create=True)
    if noun is None:
        return
    place = _entity(model, event.place, create=False) if event.place else None
    known_object = _entity(model, event.object, create=False)
    ends = [event.subject] if event.subject not in GENERIC_PEOPLE else []
    if place is not None and known_object is None:
        # "people book a spot in a session": the spot is a place in the session
        ends.append(event.place or "")
    else:
        ends.append(event.object)
    for phrase in ends:
        found = _entity(model, phrase, create=True)
        if found is not None and found[0] != noun[0]:
            _link(model, noun[0], found[0], found[1])
    person = _entity(model, event.subject, create=False)
    if person is not None:
        model.actors.setdefault(person[0], set()).add(noun[0])


def _holder_acting(before: list[str], model: ModelDraft) -> str | None:
    """The one record that names the people who act (*owners who want the ashes back*, kept
    as each pet's *owner name*, not a record of their own): what they do, the record does for
    them."""
    people = before[: before.index("who", 1)] if "who" in before[1:] else before
    subject = _subject_np(people)
    if subject is None or not subject[1] or _entity(model, subject[0], create=False):
        return None
    key = entity_key(subject[0])
    holders = [
        name
        for name, entity in model.entities.items()
        if key and entity.field(f"{key}_name") is not None
    ]
    return holders[0] if len(holders) == 1 else None


def _subject_np(before: list[str]) -> tuple[str, bool, str | None] | None:
    """The noun phrase that ends ``before``: its words, whether it is plural, its determiner.
    None for pronouns and for coordinated subjects (*agents and requesters*); the head of
    *tenants of our buildings* is the tenants."""
    phrase: list[str] = []
    index = len(before)
    while index > 0 and before[index - 1] not in FUNCTION_WORDS | QUANTIFIERS | PUNCTUATION:
        phrase.insert(0, before[index - 1])
        index -= 1
    determiner = before[index - 1] if index > 0 and before[index - 1] in DETERMINERS else None
    of_at = index - (2 if determiner else 1)
    if phrase and of_at > 0 and before[of_at] == "of":
        return _subject_np(before[:of_at])
    if not phrase or len(phrase) > MAX_NP:
        return None
    if index > 0 and before[index - 1] in SUBJECT_PRONOUNS:
        return None
    coordinated = index > 1 and before[index - 1] == "and" and before[index - 2] not in PUNCTUATION
    if coordinated or (index > 0 and before[index - 1] in ("both",)):
        return None
    if index > 0 and before[index - 1] in PREPOSITIONS:
        return None
    return " ".join(phrase), is_plural(phrase[-1]), determiner


_NAMING_NOUNS = [[word] for word in IDENTIFIER_WORDS | {"date", "name", "type", "status"}]
"""Nouns that make a record's name into a field's: *an invoice number*, *a booking date*."""


def _act_done_to(tokens: list[str], head: Mention, model: ModelDraft) -> str | None:
    """The record of the act done to ``head`` when a verb of ours comes right before it and
    the description keeps that act (*we lend car seats*, loans kept): the loan."""
    at = head.start
    while at > 0 and (tokens[at - 1] in DETERMINERS or tokens[at - 1] in QUANTIFIERS):
        at -= 1
    if at < 2 or tokens[at - 2] not in ("we", "i"):
        return None
    lemma = verb_lemma(tokens[at - 1])
    if lemma is None or lemma in NON_ACTION_VERBS or tokens[at - 1] in FUNCTION_WORDS:
        return None
    act = _act_record(lemma, model)
    return act if act != head.entity else None


def _prepositions(clause: str, model: ModelDraft, *, headed: bool = False) -> None:
    """``appointments for a service with one of our stylists``: the first noun points at each
    entity named in the prepositional phrases after it. ``headed``: the clause heads a list
    (*one payslip per employee: gross pay, ...*)."""
    tokens = tokenize(clause)
    found = mentions(tokens, model)
    for index, head in enumerate(found):
        act = _act_done_to(tokens, head, model)
        cursor = head.end
        if cursor + 1 < len(tokens) and tokens[cursor] in ("who", "that", "which"):
            cursor += 2
        if cursor < len(tokens) and tokens[cursor] in ("is", "are", "was", "were"):
            cursor += 1
            if cursor < len(tokens) and can_be_verb(tokens[cursor]):
                cursor += 1
        elif cursor < len(tokens) and is_past_participle(tokens[cursor]):
            cursor += 1  # "parts used on a job": a participle describing the parts
        after_head = cursor
        for target in found[index + 1 :]:
            gap = tokens[cursor : target.start]
            # "inspections of an application": records of another record point at it
            of_records = (
                gap[:1] == ["of"]
                and cursor == head.end
                and (is_plural(tokens[cursor - 1]) or gap[1:] in (["a"], ["an"], ["one"]))
            )  # "a batch of a beer" too: one record of another
            if not gap or (gap[0] not in LINK_PREPOSITIONS and not of_records):
                break
            rest = gap[1:]
            if rest[:2] == ["one", "of"]:
                rest = rest[2:]
            if not _plain_gap(rest):
                break
            if gap[0] == "with" and not gap[1:] and not is_plural(tokens[target.end - 1]):
                break
            if gap[0] == "with" and tokens[target.end : target.end + 1] in _NAMING_NOUNS:
                break  # "customers with an invoice number": a field named after the record
            if gap in (["for"], ["on"], ["in"], ["at"], ["under"]) and not is_plural(
                tokens[target.end - 1]
            ):
                # "cars for sale", "rooms on hold": a bare singular after the preposition says
                # what state the things are in, not which record they belong to
                break
            if gap == ["per"] and head.start > 0 and tokens[head.start - 1] == "one":
                # "one lifeguard per shift": each shift has one lifeguard; "one payslip per
                # employee per run: gross pay, ...": a record of each, read with its list;
                # "one invoice per child with the month, ...": the invoice's, its list after
                if tokens[target.end : target.end + 1] == ["with"]:
                    _link(model, head.entity, target.entity, target.key)
                elif not headed:
                    _link(model, target.entity, head.entity, head.key, said_one=True)
            elif act is not None and gap[0] in ("to", "for") and target.entity != act:
                # "we lend car seats to families", loans being kept: each loan is to a family
                _link(model, act, target.entity, target.key)
            elif target.entity != head.entity:
                _link(model, head.entity, target.entity, target.key)
            cursor = target.end
        if cursor != after_head:
            return


def _relative_links(clause: str, model: ModelDraft) -> None:
    """``volunteers who help at events``: a relative clause whose verb reaches another
    record through a preposition links the two (many-to-many when both are spoken of as
    many, else the first points at the one it names)."""
    tokens = tokenize(clause)
    found = mentions(tokens, model)
    for head, target in pairwise(found):
        between = tokens[head.end : target.start]
        if len(between) < 3 or between[0] not in ("who", "that", "which"):
            continue
        verb, rest = between[1], between[2:]
        if not can_be_verb(verb) or verb in NON_ACTION_VERBS or verb in AUXILIARIES:
            continue
        if rest[:1] and rest[0] in PARTICLES and rest[1:2] and rest[1] in LINK_PREPOSITIONS:
            rest = rest[1:]
        if not rest or rest[0] not in LINK_PREPOSITIONS or not _plain_gap(rest[1:]):
            continue
        if _linked_pair(model, head.entity, target.entity):
            continue
        many = is_plural(tokens[head.end - 1]) and is_plural(tokens[target.end - 1])
        kind = "many_to_many" if many else "many_to_one"
        _link(model, head.entity, target.entity, target.key, kind)


def _their_own_records(sentence: str, model: ModelDraft) -> None:
    """``pet owners and their pets`` / ``members with their bookings``: the records named
    after *their* point at the ones named before it."""
    tokens = tokenize(sentence)
    found = mentions(tokens, model)
    for owner, owned in pairwise(found):
        between = tokens[owner.end : owned.start]
        if between not in (["and", "their"], [",", "and", "their"], ["with", "their"]):
            continue
        if is_plural(tokens[owner.end - 1]) and not _linked_pair(model, owner.entity, owned.entity):
            _link(model, owned.entity, owner.entity, owner.key)


def _linked_pair(model: ModelDraft, first: str, second: str) -> bool:
    return any({link.source, link.target} == {first, second} for link in model.links)


_FOR_EACH = re.compile(
    r"\bfor (?:each|every)\s+(?P<x>[a-z][\w\-]*)(?:\s+and\s+(?:each\s+|every\s+)?(?P<y>[a-z][\w\-]*))?,?"
    r"\s+(?:i|we)\s+(?:record|create|log|add|keep|open|make|enter)\s+(?:a|an)\s+(?P<z>[a-z][\w\-]*)"
)


def _for_each(sentence: str, model: ModelDraft) -> None:
    """``for every student and assignment I record a submission``: submission → both."""
    match = _FOR_EACH.search(sentence)
    if match is None:
        return
    made = _entity(model, match.group("z"), create=False)
    if made is None:
        return
    for group in ("x", "y"):
        phrase = match.group(group)
        target = _entity(model, phrase, create=False) if phrase else None
        if target is not None and target[0] != made[0]:
            _link(model, made[0], target[0], target[1])


IN_CHARGE_NOUNS = word_set(
    "owner owners holder holders manager managers leader leaders keeper keepers supervisor "
    "coordinator administrator guardian"
)
"""Heads of compounds naming who is in charge of the first noun (*pet owner*, *account
holder*): the first noun's records point at them, not the other way round."""


def _compound_parents(model: ModelDraft) -> None:
    """``order_line`` when there are orders: each order line belongs to an order; a
    ``pet_owner`` when there are pets: each pet has its owner."""
    for name in list(model.entities):
        parts = name.split("_")
        parent = "_".join(parts[:-1])
        if len(parts) < 2 or parent not in model.entities or _linked_pair(model, name, parent):
            continue
        if parts[-1] in IN_CHARGE_NOUNS:
            model.link(LinkDraft(source=parent, target=name, required=False))
        else:
            model.link(LinkDraft(source=name, target=parent, required=False))


def _plain_gap(rest: list[str]) -> bool:
    """Only articles between a preposition and the entity it names, or other prepositional
    phrases (``claims`` *by passengers* ``for an item``): no verb, comma or conjunction."""
    if any(w in MANY or w in PUNCTUATION or w in CONJUNCTIONS or w in WH_WORDS for w in rest):
        return False
    if any(w in AUXILIARIES or w in SUBJECT_PRONOUNS for w in rest):
        return False
    extra = [w for w in rest if w not in DETERMINERS and w not in QUANTIFIERS]
    if not extra:
        return True
    # another prepositional phrase in between must end in a preposition before the entity
    tail = extra
    return bool(tail) and tail[-1] in LINK_PREPOSITIONS and len(extra) <= 4


def _junction(sentence: str, model: ModelDraft) -> None:
    """``a recipe uses many ingredients ..., each time with a quantity and unit``."""
    match = _JUNCTION.search(sentence)
    if match is None:
        return
    tokens = words(sentence[: match.start()])
    named = {m.entity for m in mentions(tokens, model)}
    pair = next(
        (
            link
            for link in model.links
            if link.kind == "many_to_many" and {link.source, link.target} <= named
        ),
        None,
    )
    if pair is None:
        return
    model.links.remove(pair)
    name = f"{pair.source}_{pair.target}"
    junction = model.entities.setdefault(name, EntityDraft(name=name, declared=True))
    for item in split_list(match.group("list")):
        draft = read_field(item)
        if draft is not None:
            junction.add(draft)
    model.link(LinkDraft(source=name, target=pair.source, required=True))
    model.link(LinkDraft(source=name, target=pair.target, required=True))


# --- the step --------------------------------------------------------------------------------


def relationships_for(spec: AppSpec, links: list[LinkDraft]) -> list[Relationship]:
    """AppSpec relationships for the links whose ends are entities of ``spec``."""
    names = {e.name for e in spec.entities}
    made: list[Relationship] = []
    seen: set[tuple[str, str, str | None]] = set()
    for link in links:
        if link.source not in names or link.target not in names:
            continue
        field = None
        if link.kind != "many_to_many":
            base = link.field or link.target
            field = to_snake(base if base.endswith("_id") else f"{base}_id")
        marker = (link.source, link.target, field)
        if marker in seen:
            continue
        seen.add(marker)
        made.append(
            Relationship(
                from_=link.source,
                to=link.target,
                kind="many_to_many" if link.kind == "many_to_many" else "many_to_one",
                field=field,
                required=link.required,
                on_delete="cascade" if link.required else "set_null",
            )
        )
    return made
