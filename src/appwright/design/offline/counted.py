"""Links a sentence states by counting: *each batch is of one flavour*, *every tour is assigned a
single lead guide*, *each survey for one client, done by one of our surveyors*.

Wherever a record is said to have *one* of another, the record points at that other record,
however the sentence is worded around the *one*. The dependency parse finds which noun the
*one* counts and which record the clause holding it is about; the patterns in
``relationships.py`` only see the wordings someone wrote a pattern for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from appwright.design.offline.draft import EntityDraft, LinkDraft, ModelDraft, entity_key
from appwright.design.offline.no_records import FIELD_HEADS
from appwright.design.offline.parse import NOUN_TAGS, Parse, Token, parse
from appwright.design.offline.record_words import PLAIN_FIELD_NOUNS
from appwright.design.offline.types import infer_type
from appwright.design.offline.word_forms import listed_as_noun

_SINGLE_WORDS = frozenset(["single", "sole"])
_NOT_ONE_BEFORE = frozenset(["than", "least", "more", "most", "no", "any", "every", "each"])
"""*more than one*, *at least one*, *no one*: not a count of one."""
_CLIMB = frozenset(["pobj", "prep", "agent", "dative", "dobj", "attr", "pcomp", "npadvmod"])
"""Relations a counted noun climbs through to reach the clause it belongs to (*each lot comes off
one boat*, the parser takes *one boat* for an adverb's noun)."""
_SEVERAL = frozenset(["several", "many", "multiple", "various", "some"])
"""*Several artists work on one artwork* counts the artists per artwork, not the artworks per
artist."""
_HUMAN_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she", "someone", "people"])


def read_counted_links(found: Iterable[str], model: ModelDraft) -> None:
    """Add to ``model`` a said-one link for every *X ... one Y* whose X and Y are records."""
    for sentence in found:
        tree = parse(sentence)
        for owner, counted in counted_pairs(tree):
            source = model.resolve_phrase(tree.phrase(owner))
            target = model.resolve_phrase(tree.phrase(counted))
            if source and target is None and _names_one_of_many(tree, counted):
                if _told_with_its_values(sentence, tree.phrase(counted)):
                    continue  # "for one weekday (monday, ... or friday)": a value, no record
                target = _counted_record(tree.phrase(counted), model)
            if source and target and source != target:
                model.link(LinkDraft(source=source, target=target, said_one=True))


def _told_with_its_values(sentence: str, phrase: str) -> bool:
    """Whether ``phrase`` is followed by the values it takes in brackets (*one weekday (monday,
    tuesday or friday)*)."""
    values = rf"\b{re.escape(phrase)}\s+\([^()]*,[^()]*\sor\s[^()]*\)"
    return re.search(values, sentence) is not None


def counted_pairs(tree: Parse) -> list[tuple[Token, Token]]:
    """(record, counted noun) for every noun the sentence counts as one, with the noun of the
    record whose clause counts it."""
    pairs = []
    for anchor, counted in _counted(tree):
        owner = _owner(tree, anchor)
        if owner is not None:
            pairs.append((owner, counted))
    return pairs


def _counted(tree: Parse) -> list[tuple[Token, Token]]:
    """(the token the count hangs from, the noun counted): *one flavour* is anchored at the
    noun; *one of our surveyors* at the *one*, counting *surveyors*."""
    found = []
    for token in tree.tokens:
        if token.lower != "one" or _not_a_count(tree, token):
            continue
        if token.dep == "nummod" and tree.head(token).pos in NOUN_TAGS:
            noun = tree.head(token)
            found.append((noun, noun))
            continue
        of = next((c for c in tree.children(token) if c.lower == "of" and c.dep == "prep"), None)
        member = next((c for c in tree.children(of) if c.dep == "pobj"), None) if of else None
        if member is not None and member.pos in NOUN_TAGS:
            found.append((token, member))
    for token in tree.tokens:
        if token.lower == "under" and token.dep == "prep":
            # "... in one kennel under a responsible vet": the one the record is in the care of
            found.extend((noun, noun) for noun in _in_care_of(tree, token))
        if (
            token.lower in _SINGLE_WORDS
            and token.dep == "amod"
            and tree.head(token).pos in NOUN_TAGS
        ):
            noun = tree.head(token)
            found.append((noun, noun))
    return found


def _not_a_count(tree: Parse, one: Token) -> bool:
    before = tree.tokens[one.i - 1].lower if one.i else ""
    after = [t.lower for t in tree.tokens[one.i + 1 : one.i + 3]]
    return before in _NOT_ONE_BEFORE or after[:1] == ["or"] or after == ["another"]


def _owner(tree: Parse, anchor: Token) -> Token | None:
    """The noun of the record the clause holding ``anchor`` is about."""
    current = anchor
    while current.dep in _CLIMB:
        above = tree.head(current)
        if above.i == current.i:
            return None
        if above.pos in NOUN_TAGS and current.dep == "prep":
            # "each survey for one client"; not "assigned to a route and [boards] at one stop"
            if _heads_clause(tree, above):
                return above
            if current.lower != "under":
                return None
            # "puts one pet in one kennel under a vet": the putting is under the vet, not the
            # kennel (the parser hangs the phrase on the nearest noun)
        if above.pos in ("VERB", "AUX"):
            if current.dep == "dobj" and not _passive(tree, above):
                return None  # "a customer books one room": an act, not what the record is
            if any(c.dep == "neg" for c in tree.children(above)):
                return None  # "members are not tied to one team": no count of theirs
            return _subject(tree, above)
        current = above
    return None


def _subject(tree: Parse, verb: Token) -> Token | None:
    """The record noun the verb's clause is about; none when people act."""
    subject = tree.subject(verb)
    if subject is None or subject.lower in _HUMAN_SUBJECTS or subject.pos not in NOUN_TAGS:
        return None
    if any(c.lower in _SEVERAL for c in tree.children(subject)):
        return None  # "several artists work on one artwork": the artwork has several, no more
    if subject.dep == "attr" and verb.dep == "acl":
        # "a performance is one play staged at one hall": the hall is the performance's
        return _subject(tree, tree.head(subject))
    return subject


def _heads_clause(tree: Parse, noun: Token) -> bool:
    """The noun is what its clause is about, and is not itself counted (*one tailor for one
    order* pairs the two both ways)."""
    children = tree.children(noun)
    if any(c.lower == "one" and c.dep == "nummod" for c in children):
        return False
    return noun.dep in ("ROOT", "nsubj", "nsubjpass") or any(
        c.dep == "det" and c.lower in ("each", "every") for c in children
    )


def _passive(tree: Parse, verb: Token) -> bool:
    return any(c.dep in ("nsubjpass", "auxpass") for c in tree.children(verb))


def _names_one_of_many(tree: Parse, counted: Token) -> bool:
    """Whether a noun counted as one (*each lot comes off one boat*, *each job is run from one
    depot*) is one of many things the business keeps, though nothing else describes them: a
    plain noun, not a value (*one day*, *one price*, *one colour*, *a reference number*) nor a
    manner (*in one go*). Not when a list follows it after a colon (*a booking is for one
    service: the venue, the date and time of the service and the fee*, *kegs are filled with
    one beer: keg no., size, date filled*): the list is what the sentence says of that one, and
    either makes it a record of its own with those fields or, read as the record's own list,
    says the record holds all there is of it."""
    word = counted.lower
    if counted.dep == "pobj" and tree.head(counted).lower == "in":
        return False  # "paid in one go", "kept in one piece": how, not where
    after = tree.tokens[counted.i + 1 : counted.i + 2]
    if after and after[0].text == ":":
        return False
    return (
        counted.tag == "NN"
        and listed_as_noun(word)
        and word not in PLAIN_FIELD_NOUNS | FIELD_HEADS
        and infer_type([word]) == "text"
    )


def _counted_record(phrase: str, model: ModelDraft) -> str | None:
    """The record a counted noun names, made as one of the description's records."""
    key = entity_key(phrase)
    if not key:
        return None
    model.entities.setdefault(key, EntityDraft(name=key))
    return key


def _in_care_of(tree: Parse, under: Token) -> list[Token]:
    """The one a record is *under* (*each patient is admitted under a consultant*, *each dig
    goes ahead under a licensed supervisor*): one of them, though said with *a*."""
    return [
        noun
        for noun in tree.children(under)
        if noun.dep == "pobj"
        and noun.pos in NOUN_TAGS
        and any(c.dep == "det" and c.lower in ("a", "an") for c in tree.children(noun))
    ]
