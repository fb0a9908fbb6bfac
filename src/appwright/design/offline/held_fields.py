"""Field lists whose record the parse finds: *a job is for one customer and covers the rooms, the
area and a fitting date*, *each display we book for a client has a venue, a date and a budget*,
*any defect found on an inspection is raised with a description and a severity*, *for the hirer
we only need name, phone and email*.

The clause readers (``have_lists``, ``with_lists``, ...) read a list when the record opens the
clause right before its verb. The dependency parse finds the record a list belongs to wherever it stands: the subject a
second verb shares, a subject with a relative clause inside it, the *for* phrase before *we*, the
noun a *with* hangs from. A list said of every record of a kind (*every water butt has ...*)
names a record of its own when no other reader found it. Where the list ends is
``held_list_ends``'s to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import CONTAINER_NOUNS, ModelDraft
from appwright.design.offline.held_list_ends import list_as_written
from appwright.design.offline.list_items import split_list
from appwright.design.offline.parse import NOUN_TAGS, SUBJECT_RELATIONS, Parse, Token, parse
from appwright.design.offline.tying_records import (
    EACH_ONE,
    signed_up_to,
    ties_one_to_one,
    ties_ones,
)
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import is_plural

ASKING_VERBS = word_set("need require want")
"""Holding verbs people also use for what they ask for (*managers want a report of ...*)."""
HOLDING_VERBS = (
    word_set("have cover include contain carry hold list record note keep store log capture jot")
    | ASKING_VERBS
)
"""Verbs whose object list is what a record holds (*covers the rooms, the area ...*)."""
WITH_VERBS = word_set(
    "be come arrive register sign raise log list record enter add create open book report "
    "file submit start set"
)
"""Verbs whose *with* list is what the record holds (*raised with a description*)."""
_PEOPLE = frozenset(["i", "we", "you"])
_SKIPPED_AFTER_VERB = frozenset(["prt", "advmod", "neg"])
"""*jot down the date*, *only need name*: words between the verb and its list."""
_MANY = word_set("several many some multiple")
_RELATIVE = frozenset(["that", "which", "who"])
_POSSESSIVES = frozenset(["their", "its", "his", "her"])
_SOME_OF_THEM = re.compile(r"(?:several|many|a\s+few|some|all|one|none|most)\s+of\s+them\b")
"""*one startup might have a few of them*: records said before, no field."""
_WHICH_ONE_DID_IT = re.compile(
    r"^which\s+(?:of\s+(?:our|the|their|my)\s+)?(?:[a-z][\w\-]*\s+){1,2}[a-z]+\s+(?:it|them)$"
)
"""*we note which member won it*: the one who did it, a link the rewrites read, no field."""
_WHICH_ONES_THEY_DO = re.compile(
    r"^which\s+[a-z][\w\-]*s\s+(?:they|he|she)\s+(?:can\s+|could\s+)?[a-z]+\s+(?:and|plus)\s"
)
"""*for each ringer we record which methods they can ring and the date ...*: the pairing's
values (``told_which.which_ones_for_each``), none the ringer's."""


@dataclass(frozen=True)
class HeldList:
    owner: str
    """The entity the list belongs to."""
    text: str
    """The list as written, up to the end of its clause."""
    new: bool = False
    """The owner is a record no other reader found; ``owner`` is its noun phrase."""
    kind: str | None = None
    """What the owner is said to be (*sellers are parents with ...*): the noun after *be*."""


def held_lists(found: list[str], model: ModelDraft) -> Iterator[HeldList]:
    """Every list the sentences give a record: one the model has, or a new one."""
    before: tuple[Parse, Token] | None = None
    for sentence in found:
        tree = parse(sentence)
        for owner, start, opener in _lists(tree):
            # "each tenant is given a plot. we keep their name, ...": the record said before
            said_in, noun = (tree, owner) if owner is not None else before or (tree, None)
            if noun is None:
                continue
            noun = _contained(said_in, noun)
            name = model.resolve_phrase(said_in.phrase(noun)) or model.resolve_phrase(
                _described_phrase(said_in, noun)
            )
            text = list_as_written(sentence, tree, start)
            if not text or _names_records(split_list(text)[0], model) or _SOME_OF_THEM.match(text):
                continue
            if text.split()[0] in ("or", "and"):
                continue  # "supervisors can record or change inductions": two acts, no list
            if _WHICH_ONE_DID_IT.match(text) or _WHICH_ONES_THEY_DO.match(text):
                continue
            if opener.lower != "with" and re.search(r"\swith\s", split_list(text)[0]):
                continue  # "log their time against a case with a date, ...": the time log's

            said_to_be = tree.head(opener) if opener.lower == "with" else None
            kind = tree.phrase(said_to_be) if said_to_be and said_to_be.dep == "attr" else None
            if name is not None:
                yield HeldList(name, text, kind=kind)
            elif (
                opener.lemma not in ASKING_VERBS
                and _introduces_record(said_in, noun)
                and len(split_list(text)) >= 2
            ):
                yield HeldList(said_in.phrase(noun), text, new=True, kind=kind)
        subject = _main_subject(tree)
        before = (tree, subject) if subject is not None else None


def _names_records(item: str, model: ModelDraft) -> bool:
    """*a wig needs several fittings*, *homeowners need a quote*, *the studio lists painters*:
    records it has or asks for, which the link readers read, not its fields."""
    return model.resolve_phrase(outside_brackets(item)) is not None


def _introduces_record(tree: Parse, owner: Token) -> bool:
    """*Each kart has ...*, *sellers are parents with ...*: a noun said of every record of its
    kind, not a one-off thing (*the shop has ...*) or a person's word (*someone*)."""
    if owner.pos != "NOUN" or any(c.dep == "conj" for c in tree.children(owner)):
        return False  # "every farrier or vet visit": which of the two is unclear
    if any(c.dep in SUBJECT_RELATIONS for c in tree.children(owner)):
        return False  # "a member books an enlarger ...": a verb the tagger took for a noun
    kinds = [c.lower for c in tree.children(owner) if c.dep == "det"]
    return bool(set(kinds) & {"each", "every", "any"}) or (not kinds and is_plural(owner.lower))


def _contained(tree: Parse, noun: Token) -> Token:
    """*each piece of equipment has ...*: the equipment, which a container noun counts."""
    if noun.lower not in CONTAINER_NOUNS:
        return noun
    of = next((c for c in tree.children(noun) if c.dep == "prep" and c.lower == "of"), None)
    thing = next((c for c in tree.children(of) if c.dep == "pobj"), None) if of else None
    return thing if thing is not None and thing.pos in NOUN_TAGS else noun


def _main_subject(tree: Parse) -> Token | None:
    """The noun a sentence is about: its first subject that is a noun."""
    return next((t for t in tree.tokens if t.dep in SUBJECT_RELATIONS and t.pos == "NOUN"), None)


def _lists(tree: Parse) -> Iterator[tuple[Token | None, Token, Token]]:
    """(record noun, first token of its list, the word that opens it) for each holding verb
    and each *with* list; no noun when the list is *their ...* of a record said before."""
    depth = 0
    for token in tree.tokens:
        inside = depth > 0
        depth += (token.text == "(") - (token.text == ")")
        if inside:
            continue
        if token.pos in ("VERB", "AUX") and token.lemma in HOLDING_VERBS:
            owner = _holder(tree, token)
            start = _after_verb(tree, token)
            if start is None or not _starts_list(start):
                continue
            if owner is not None:
                yield owner, start, token
            elif _theirs(tree, token, start):
                yield _possessor(tree, token), start, token
        if token.lower == "with" and token.dep == "prep":
            owner = (
                _after_comma_owner(tree, token)
                or _agent_just_before(tree, token)
                or _with_owner(tree, tree.head(token))
            )
            if owner is not None and token.i + 1 < len(tree.tokens):
                yield owner, tree.tokens[token.i + 1], token


def _described_phrase(tree: Parse, noun: Token) -> str:
    """The noun with every modifier before it: *public skating session*, which a pattern
    reader may have named the record by."""
    start = noun.i
    waiting = [noun]
    while waiting:
        for child in tree.children(waiting.pop()):
            if child.i < noun.i and child.dep in ("amod", "compound"):
                start = min(start, child.i)
                waiting.append(child)
    return " ".join(t.lower for t in tree.tokens[start : noun.i + 1])


def _starts_list(start: Token) -> bool:
    """*our marshals log each game played, with the mode*: the verb makes a record, whose own
    list comes after *with*; *carried by a driver*: a passive verb's agent, not a list."""
    return start.lower not in ("each", "every") and (start.pos != "ADP" or start.lower == "with")


def _holder(tree: Parse, verb: Token) -> Token | None:
    """The record a holding verb's list belongs to: its subject (shared with the verb before
    it through *and*), or the *for* phrase when people hold the list (*for the hirer we need*)."""
    subject = tree.subject(verb)
    if subject is None:
        return None
    if verb.dep == "acl" and subject.dep == "pobj":
        return None  # "quotes for a customer listing the rooms, ...": whose it is, unclear
    if subject.lower in _PEOPLE:
        return _for_phrase(tree, verb)
    if subject.lower in _RELATIVE and verb.dep == "relcl":
        subject = tree.head(verb)  # "divided into plots that have a number, ...": the plots'
        subject = _new_one_for(tree, subject) or subject
    return subject if subject.pos in NOUN_TAGS else None


def _new_one_for(tree: Parse, known: Token) -> Token | None:
    """*an invoice for the airline, which has ...*: the new record (*a*, *an*) the one told
    before (*the*) follows, whose the relative clause is."""
    above = tree.head(known)
    if known.dep != "pobj" or above.lower not in ("for", "of", "from", "to", "with"):
        return None
    new = tree.head(above)
    if new.pos not in NOUN_TAGS or new.i + 1 != above.i:
        return None
    told = {c.lower for c in tree.children(known) if c.dep == "det"}
    if not told & {"the", "that", "this"}:
        return None
    return (
        new if any(c.dep == "det" and c.lower in ("a", "an") for c in tree.children(new)) else None
    )


def _theirs(tree: Parse, verb: Token, start: Token) -> bool:
    """*we keep their name, email, ...*: people keeping a list of the record's own."""
    subject = tree.subject(verb)
    return (
        subject is not None
        and subject.lower in _PEOPLE
        and start.lower in _POSSESSIVES
        and start.dep == "poss"
    )


def _possessor(tree: Parse, verb: Token) -> Token | None:
    """The record a *their* list before ``verb`` means: the nearest subject before it."""
    before = [t for t in tree.tokens[: verb.i] if t.dep in SUBJECT_RELATIONS and t.pos == "NOUN"]
    return before[-1] if before else None


def _after_comma_owner(tree: Parse, with_: Token) -> Token | None:
    """*each quote belongs to a property and to one of our decorators, with a total*: after a
    comma the list is said of the clause's subject, not of the noun just before it."""
    if with_.i == 0 or tree.tokens[with_.i - 1].text != ",":
        return None
    verb = next((t for t in tree.ancestors(with_) if t.pos in ("VERB", "AUX")), None)
    if verb is None:
        return None
    described = _described_just_before(tree, with_, verb)
    if described is not None:
        # "we hold drivers with ..., and the examiners who sign them off, with a name": theirs
        return described
    above = tree.head(verb)
    being = tree.head(above) if verb.dep == "acl" and above.dep == "attr" else above
    if verb.dep in ("acl", "advcl") and being.lemma == "be" and verb.tag == "VBG":
        # "a letting is one hirer using one space, with a date": the letting's, what it is
        subject = tree.subject(being)
        return subject if subject is not None and subject.pos in NOUN_TAGS else None
    made = next((c for c in tree.children(verb) if c.dep == "dobj"), None) or signed_up_to(
        tree, verb
    )
    if with_.i < verb.i or ties_one_to_one(tree, verb):
        # "landowners, with a name, give us permission": the list comes first; "a loan sends
        # one vehicle to one borrower, with an out date": the loan's, what it ties together
        made = None
    # "marshals log each game played, with the mode": the game's list, not the marshals'
    owner = made or tree.subject(verb)
    return owner if owner is not None and owner.pos in NOUN_TAGS else None


def _described_just_before(tree: Parse, with_: Token, verb: Token) -> Token | None:
    """The plural noun whose relative clause ends right before *, with*: the clause says what
    those records are, and the list is theirs."""
    if with_.i < 2:
        return None
    last = tree.tokens[with_.i - 2]
    for token in (last, *tree.ancestors(last)):
        if token.dep == "relcl":
            noun = tree.head(token)
            plural = noun.pos in NOUN_TAGS and is_plural(noun.lower)
            # "catalogue items each supplier offers, with ...": the with is the clause's own
            after = token.i == verb.i or noun.i > verb.i
            # "stockists are the shops that carry us, with ...": what the stockists are
            return noun if plural and after and noun.dep != "attr" else None
        if token.i == verb.i:
            return None
    return None


def _agent_just_before(tree: Parse, with_: Token) -> Token | None:
    """*a class is taught by one teacher with a name and a phone*: a *with* right after the
    agent of the passive it hangs from is the agent's list, however the parser hung it."""
    if with_.i == 0:
        return None
    agent = tree.tokens[with_.i - 1]
    by = tree.head(agent)
    if agent.dep != "pobj" or agent.pos not in NOUN_TAGS or by.dep != "agent":
        return None
    verb = tree.head(by)
    if verb.i != tree.head(with_).i or not any(c.dep == "auxpass" for c in tree.children(verb)):
        return None  # "we keep the payments made by each buyer with the amount": the payments'
    if any(c.lower in EACH_ONE - {"a", "an"} for c in tree.children(agent)):
        return None
    return agent


def _with_owner(tree: Parse, head: Token) -> Token | None:
    """The record a *with* list belongs to: the record noun it hangs from (*reports graffiti
    with a location*), or the subject of the verb it hangs from (*is raised with*), or of the
    *be* whose complement it hangs from (*a customer is a business with a company name*)."""
    if head.pos in NOUN_TAGS:
        if any(c.lower in _MANY for c in tree.children(head)):
            return None  # "a smoothie needs several fruits with a weight": the pairing's
        if head.dep == "attr":
            verb = tree.head(head)
            return tree.subject(verb) if verb.lemma == "be" else None
        return head if head.dep in ("dobj", "nsubj", "nsubjpass", "ROOT") else None
    passive = any(c.dep == "auxpass" for c in tree.children(head))
    if head.pos in ("VERB", "AUX") and (head.lemma in WITH_VERBS or passive):
        # "gradings are held a few times a year with a date": any record a passive is said of
        made = next((c for c in tree.children(head) if c.dep == "dobj"), None)
        if made is not None:
            # "employees open tickets with a subject": the tickets' list
            return made if made.pos in NOUN_TAGS else None
        subject = tree.subject(head)
        if subject is not None and subject.pos in NOUN_TAGS:
            return subject
    if head.pos == "VERB" and ties_ones(tree, head):
        # "a set puts one act on one stage with a start time": the set's, what ties them
        return tree.subject(head)
    return None


def _for_phrase(tree: Parse, verb: Token) -> Token | None:
    above = tree.head(verb)
    if verb.dep == "relcl" and above.dep == "pobj" and tree.head(above).lower == "for":
        # lower case hides the comma: "for the hirer we need ..." reads as relative; but "when
        # an instructor signs off an exercise for a student we note ...": a *for* inside the
        # clause before, whom that act is for, not the one the list is kept of
        return above if _opens_clause(tree, tree.head(above)) else None
    for clause in (verb, *tree.ancestors(verb)):
        said_of = tree.subject(clause) if clause is not verb else None
        if said_of is not None and said_of.lower not in _PEOPLE:
            # "every order is for one customer, and i want the wording, ...": the order's,
            # the clause before being about it, not about whom it is for; but "every project
            # is for a client - we just need a name, ... -": an aside about the client
            whom = _whom_for(tree, clause)
            between = tree.tokens[whom.i : verb.i] if whom is not None else []
            if any(t.text in ("-", "\u2013", "\u2014", "--") for t in between):
                return whom
            counted = any(c.lower in ("each", "every") for c in tree.children(said_of))
            return said_of if counted and said_of.pos in NOUN_TAGS else None
        for child in tree.children(clause):
            if child.lower == "for" and child.dep == "prep" and child.i < verb.i:
                noun = next((c for c in tree.children(child) if c.dep == "pobj"), None)
                return noun if noun is not None and noun.pos in NOUN_TAGS else None
        if clause.dep not in ("conj", "xcomp", "ccomp"):
            break
    return None


def _opens_clause(tree: Parse, token: Token) -> bool:
    """Whether ``token`` starts the sentence or a clause of it: after a stop or a joining word."""
    if token.i == 0:
        return True
    before = tree.tokens[token.i - 1]
    return before.pos in ("PUNCT", "CCONJ") or before.lower in ("then", "so")


def _whom_for(tree: Parse, clause: Token) -> Token | None:
    """The noun of a clause's *for* phrase (*is for a client*), if it has one."""
    for child in tree.children(clause):
        if child.lower == "for" and child.dep == "prep":
            return next((c for c in tree.children(child) if c.dep == "pobj"), None)
    return None


def _after_verb(tree: Parse, verb: Token) -> Token | None:
    """The first token of the verb's list: after it and any particle or adverb (*jot down*)."""
    index = verb.i + 1
    while index < len(tree.tokens) and tree.tokens[index].dep in _SKIPPED_AFTER_VERB:
        index += 1
    if index >= len(tree.tokens) or tree.tokens[index].pos == "PUNCT":
        return None
    return tree.tokens[index]
