"""What the link readers share: the records a clause mentions, and adding, replacing and
dropping the links between them.

A mention is the longest run of words naming a record of the model (*pet owner* before *pet*);
``add_link`` keeps one link per pair, and one field for it named after the record it
points at (or the role, *buyer* for a bidder).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appwright.design.offline.clause_or_phrase import is_clause
from appwright.design.offline.draft import (
    EntityDraft,
    LinkDraft,
    ModelDraft,
    entity_key,
    names_a_kept_record,
)
from appwright.design.offline.event_mentions import LINK_PREPOSITIONS, MAX_NP, find_event
from appwright.design.offline.list_items import split_list
from appwright.design.offline.noun_phrases import is_noun_at
from appwright.design.offline.predicates import read_predicate
from appwright.design.offline.sentences import clauses
from appwright.design.offline.word_classes import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    MANY,
    PREPOSITIONS,
    PUNCTUATION,
    QUANTIFIERS,
    SUBJECT_PRONOUNS,
    WH_WORDS,
    word_set,
    words,
)
from appwright.design.offline.word_forms import is_past_participle, is_plural, plural


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


def last_np(text: str) -> str:
    tokens = words(text)
    phrase: list[str] = []
    for word in reversed(tokens):
        if word in FUNCTION_WORDS:
            break
        phrase.insert(0, word)
    return " ".join(phrase)


def plural_np(text: str) -> str:
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


def is_verb_header(clause: str, sentence: str, model: ModelDraft) -> bool:
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


_VALUES_AFTER_A_COLON = re.compile(r"[a-z][\w\-]*(?:,\s+[a-z][\w\-]*){2,},?\s+or\s+[a-z][\w\-]*")
"""*pianos, flutes, drums or percussion*: one word each, the last an alternative."""


def is_values_after_a_colon(clause: str, sentence: str) -> bool:
    """``each part has a section: pianos, flutes, drums or percussion``: the values a field
    takes, no clause, though *flutes* and *drums* could be verbs."""
    return f": {clause}" in sentence and _VALUES_AFTER_A_COLON.fullmatch(clause) is not None


_AND_THEY = re.compile(
    r"^(?P<subject>(?:(?:the|our|all|each)\s+)?[a-z][\w\-]*)\s+(?!and\b).*?,?\s+and\s+"
    r"(?:then\s+)?(?:they|them)\s+(?P<rest>[a-z].+)$"
)


def with_they_resolved(parts: list[str]) -> list[str]:
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


def header_parts(sentence: str) -> list[str]:
    """Clauses, with a header (``IT helpdesk: ...``) cut off its body."""
    parts: list[str] = []
    for clause in clauses(sentence):
        parts.extend(p.strip() for p in clause.split(":") if p.strip())
    return parts


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


def entity_named(model: ModelDraft, phrase: str, *, create: bool) -> tuple[str, str] | None:
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
    name = model.resolve(key) or numbered_as(model, key)
    if name is None:
        if not create or key in SUBJECT_PRONOUNS:
            return None
        model.entities[key] = EntityDraft(name=key, declared=True)
        name = key
    return name, key


def numbered_as(model: ModelDraft, key: str) -> str | None:
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


def link_field_for(target: str, key: str) -> str | None:
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


def add_link(
    model: ModelDraft,
    source: str,
    target: str,
    key: str,
    kind: str = "many_to_one",
    *,
    said_one: bool = False,
    said_many: bool = False,
) -> None:
    field = link_field_for(target, key)
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


def unlink_both(model: ModelDraft, first: str, second: str) -> None:
    """Drop every link between two entities, whichever way it points."""
    model.links = [link for link in model.links if {link.source, link.target} != {first, second}]


def replace_link(model: ModelDraft, source: str, target: str, key: str) -> None:
    """Link ``source`` to ``target`` in place of any link between them read earlier."""
    unlink_both(model, source, target)
    add_link(model, source, target, key)


def subject_before(text: str, model: ModelDraft) -> str | None:
    """The last entity mentioned in ``text``: what *it* or a relative clause is about."""
    found = mentions(words(text), model)
    return found[-1].entity if found else None


def link_ends(model: ModelDraft) -> set[str]:
    return {link.source for link in model.links} | {link.target for link in model.links}


def subject_np(before: list[str]) -> tuple[str, bool, str | None] | None:
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
        return subject_np(before[:of_at])
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


def linked_pair(model: ModelDraft, first: str, second: str) -> bool:
    return any({link.source, link.target} == {first, second} for link in model.links)


def plain_gap(rest: list[str]) -> bool:
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
