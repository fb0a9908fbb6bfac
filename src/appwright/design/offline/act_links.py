"""Links a sentence states by acts: where a record is made, put or paid (*we issue a
certificate for it*, *payments come in against a rental*, *scaffolds are put up on a site*),
and who makes it (*dentists send us cases*, *each report they file*).

A record that a verb makes, puts or moves *for*, *from*, *against*, *on*, *into* ... another
record points at that record. The dependency parse finds the record the verb is about (its
object, or its subject when there is no object or the verb is passive) and the record in the
prepositional phrase, whatever the verb; a pronoun there (*for it*, *for them*) is the nearest
record before it that agrees in number. A record a person sends, files or places points at that
person; what people book, buy or join may be shared (*members book classes*), so those verbs
are left to the patterns that find bookings.
"""

from __future__ import annotations

from collections.abc import Iterable

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.draft import LinkDraft, ModelDraft
from appwright.design.offline.parse import NOUN_TAGS, Parse, Token, parse
from appwright.design.offline.word_classes import IN_PARTICLE_VERBS, word_set
from appwright.design.offline.word_forms import is_plural

_PREPOSITIONS = frozenset(["for", "from", "against", "on", "onto", "into", "at", "in", "to"])
_REFERRING = {"it": False, "them": True, "they": True}
"""Pronouns that stand for a record, and whether the record is plural."""
TIME_WORDS = frozenset(
    ["day", "week", "month", "year", "night", "date", "time", "hour", "morning", "evening"]
)
"""*for a night*, *on the day*: when, not a record, even where a record has the same name."""
_CHANGING_VERBS = word_set("turn become convert change grow develop split divide break")
"""*a survey turns into a commission*: the new record comes from the old one, not the way round."""
_BILLING_VERBS = word_set("charge bill invoice fine thank blame pay")
"""*what i've charged each client for fish*: *for* names what the money is for, not a record
the client belongs to."""
_BUILDING_VERBS = word_set("build assemble compose put")
"""*quotes are built from lines*: the parts are the whole's (``owner_parts`` reads them), the
whole not one part's."""
_OCCASIONS = frozenset(["when", "once", "whenever", "after"])
MAKING_VERBS = word_set(
    "send submit file bring lodge raise log report post place request open create write "
    "leave commission enter upload give grant sign"
)
"""What a person does to a record that makes it theirs (*dentists send us cases*)."""


def read_act_links(found: Iterable[str], model: ModelDraft) -> None:
    """Add to ``model`` a link for every record made, put or paid for another record."""
    earlier: list[Parse] = []
    for sentence in found:
        tree = parse(sentence)
        for verb, preposition in _verb_phrases(tree):
            noun = _source(tree, verb, model)
            source = model.resolve_phrase(tree.phrase(noun)) if noun is not None else None
            if noun is None or source is None:
                continue
            target = _target(tree, preposition, earlier, model, noun, source)
            act = _act_record(verb, model)
            if target and act is not None and act not in (source, target):
                # "people enter a dog into a class", entries kept: each entry is of a dog,
                # into a class, and the dog is in many classes by its entries
                model.link(LinkDraft(source=act, target=source))
                model.link(LinkDraft(source=act, target=target))
            elif target and source != target and _come_for(verb, preposition, model, source):
                # "clients come back for check-ups": each check-up is one client's
                model.link(LinkDraft(source=target, target=source))
            elif target and source != target:
                model.link(LinkDraft(source=source, target=target))
        for made, maker in [*_made_by(tree, earlier, model), *_made_when(tree, model)]:
            model.link(LinkDraft(source=made, target=maker))
        for made, about in _made_of(tree, model):
            model.link(LinkDraft(source=made, target=about))
        earlier.append(tree)


def _act_record(verb: Token, model: ModelDraft) -> str | None:
    """The kept record of the verb's act (*enter* → entry), when the description keeps one."""
    noun = act_or_irregular_noun(verb.lemma)
    return model.resolve_phrase(noun) if noun else None


_COMING_VERBS = word_set("come pop drop call")
"""*clients come back for check-ups*: what people come for is made for them, theirs."""


def _come_for(verb: Token, preposition: Token, model: ModelDraft, source: str) -> bool:
    return verb.lemma in _COMING_VERBS and preposition.lower == "for" and model.is_person(source)


def _made_when(tree: Parse, model: ModelDraft) -> list[tuple[str, str]]:
    """(record, occasion) for a record made when something happens to another: *when someone
    takes a unit we write up a rental*, *when a household visits, they collect a parcel*."""
    found = []
    for verb in tree.tokens:
        occasion = next((c for c in tree.children(verb) if c.dep == "advcl"), None)
        obj = next((c for c in tree.children(verb) if c.dep == "dobj" and c.pos in NOUN_TAGS), None)
        if occasion is None and verb.dep == "relcl" and tree.head(verb).dep == "dobj":
            # without a comma the small parser hangs the main clause off the occasion's object
            # ("when someone takes a unit we write up a rental"): read it the right way round
            occasion = tree.head(tree.head(verb))
        if occasion is None or obj is None:
            continue
        if not any(
            c.dep in ("advmod", "mark") and c.lower in _OCCASIONS for c in tree.children(occasion)
        ):
            continue
        made = model.resolve_phrase(tree.phrase(obj))
        if made is None or model.is_person(made):
            continue
        # "when a customer takes a unit we write up a rental": the unit's, and the customer's
        marks = tree.children(occasion)
        about = [c for c in marks if c.dep == "dobj" and c.pos in NOUN_TAGS] + [
            c for c in marks if c.dep in ("nsubj", "nsubjpass") and c.pos in NOUN_TAGS
        ]
        for other in (model.resolve_phrase(tree.phrase(a)) for a in about):
            if other and other != made and (made, other) not in found:
                found.append((made, other))
    return found


def _made_by(tree: Parse, earlier: list[Parse], model: ModelDraft) -> list[tuple[str, str]]:
    """(record, person) for each record a person sends, files or places: the object of a
    making verb whose subject is a person, in a main clause or a relative one (*each report
    they file*)."""
    found = []
    for verb in tree.tokens:
        if verb.pos != "VERB" or verb.lemma not in MAKING_VERBS:
            continue
        children = tree.children(verb)
        subject = next((c for c in children if c.dep == "nsubj"), None)
        if subject is None:
            continue
        obj = next((c for c in children if c.dep == "dobj" and c.pos in NOUN_TAGS), None)
        made = model.resolve_phrase(tree.phrase(obj)) if obj is not None else None
        if made is None and verb.dep == "relcl" and tree.head(verb).pos in NOUN_TAGS:
            # "each item they bring in records ...": the small parser may take the main verb
            # for the object; the noun the clause hangs from is what they bring
            made = model.resolve_phrase(tree.phrase(tree.head(verb)))
        if made is None or model.is_person(made):
            continue
        if subject.lower in _REFERRING:
            maker = _antecedent(tree, subject, earlier, model, made)
        else:
            maker = model.resolve_phrase(tree.phrase(subject)) if subject.pos in NOUN_TAGS else None
        if maker is not None and maker != made and model.is_person(maker):
            found.append((made, maker))
    return found


def _made_of(tree: Parse, model: ModelDraft) -> list[tuple[str, str]]:
    """(record, record) for a record a person makes *of* another: *the home leaves a review of
    the booking* is a review of one booking, whoever else it is tied to."""
    found = []
    for verb in tree.tokens:
        if verb.pos != "VERB" or verb.lemma not in MAKING_VERBS:
            continue
        for obj in (c for c in tree.children(verb) if c.dep == "dobj" and c.pos in NOUN_TAGS):
            made = model.resolve_phrase(tree.phrase(obj))
            if made is None or model.is_person(made):
                continue
            of = [c for c in tree.children(obj) if c.dep == "prep" and c.lower == "of"]
            for about_token in (c for p in of for c in tree.children(p) if c.dep == "pobj"):
                about = model.resolve_phrase(tree.phrase(about_token))
                if about and about != made and not model.is_person(about):
                    found.append((made, about))
    return found


def _verb_phrases(tree: Parse) -> list[tuple[Token, Token]]:
    """(verb, preposition) for each prepositional phrase hanging from a verb, or from the verb's
    object (*open a repair job for that customer* attaches either way)."""
    found = []
    for token in tree.tokens:
        if token.dep != "prep" or token.lower not in _PREPOSITIONS:
            continue
        above = tree.head(token)
        if above.lemma in _CHANGING_VERBS or _done_through_records(tree, above):
            continue
        if token.lower == "for" and above.lemma in _BILLING_VERBS:
            continue
        if token.lower == "from" and above.lemma in _BUILDING_VERBS:
            continue
        if token.lower == "in" and token.i == above.i + 1 and above.lemma in IN_PARTICLE_VERBS:
            continue  # "every judge fills in a scorecard": a particle, the scorecard its object
        if token.i == 0 and _owner_told_first(tree, above):
            continue  # "for vessels we note ..., and drivers are kept with ...": the list's owner
        if above.pos == "VERB":
            found.append((above, token))
        elif above.dep == "dobj" and tree.head(above).pos == "VERB":
            found.append((tree.head(above), token))
    return found


def _owner_told_first(tree: Parse, verb: Token) -> bool:
    """*for vessels we note the name, ...*: the phrase opening the sentence says whose list
    *we note* gives; a parse that hangs it from a later verb has it wrong."""
    return any(
        t.dep == "nsubj" and t.lower in ("we", "i") and tree.head(t) is not verb
        for t in tree.tokens[:6]
    )


def _done_through_records(tree: Parse, verb: Token) -> bool:
    """*we put performers forward for parts through submissions*: the submissions tie the two
    sides, so neither points at the other (``raised_records.through_records`` makes the records)."""
    return any(
        c.dep == "prep"
        and c.lower in ("through", "via")
        and any(
            g.dep == "pobj" and g.pos in NOUN_TAGS and is_plural(g.lower) for g in tree.children(c)
        )
        for c in tree.children(verb)
    )


def _source(tree: Parse, verb: Token, model: ModelDraft) -> Token | None:
    """The noun of the record the verb is about: its object when a person acts on it, else its
    subject (passive, or a thing), else the noun a relative or reduced clause hangs from (*each
    display we book for a client*)."""
    children = tree.children(verb)
    subject = next((c for c in children if c.dep in ("nsubj", "nsubjpass")), None)
    thing = (
        model.resolve_phrase(tree.phrase(subject)) if subject and subject.pos in NOUN_TAGS else None
    )
    obj = next((c for c in children if c.dep == "dobj" and c.pos in NOUN_TAGS), None)
    # "investigators log their time against a case": what they log is about the case, not them
    theirs = obj is not None and any(c.dep == "poss" for c in tree.children(obj))
    if obj is not None and (thing is None or model.is_person(thing) or theirs):
        if verb.lemma in ("assign", "give", "hand", "allocate", "match", "pair"):
            # "the editor assigns reviewers to a manuscript": people, many to many; "we match a
            # teacher to it": the lesson's teacher, which the readers of *has* link
            return None
        return obj
    if subject is not None and thing is not None:
        # "each lecture covers one course in one hall": the hall is the lecture's
        if subject.dep == "nsubj" and model.is_person(thing):
            return None  # "students enrol in courses": an act of a person, not a belonging
        return subject
    return tree.described(verb)


def _target(
    tree: Parse,
    preposition: Token,
    earlier: list[Parse],
    model: ModelDraft,
    source_noun: Token,
    source: str,
) -> str | None:
    noun = next((c for c in tree.children(preposition) if c.dep == "pobj"), None)
    if noun is None:
        return None
    if noun.lower in _REFERRING:
        return _antecedent(tree, noun, earlier, model, source)
    if noun.pos not in NOUN_TAGS or noun.lemma in TIME_WORDS:
        return None
    if is_plural(noun.lower) and not is_plural(source_noun.lower):
        return None  # "each scent comes in candles": one scent, many candles
    if any(c.lower in ("each", "every", "all", "any") for c in tree.children(noun)):
        return None  # "a reminder for every client" is not one client's
    if any(c.lower == "which" and c.dep == "det" for c in tree.children(noun)):
        return None  # "we write down the household, which bay it went into": the noted record's
    return model.resolve_phrase(tree.phrase(noun))


def _antecedent(
    tree: Parse, pronoun: Token, earlier: list[Parse], model: ModelDraft, source: str | None
) -> str | None:
    """The nearest record named before ``pronoun`` that agrees with it in number, other than
    the record the verb makes (*we book jobs for them*: the customers)."""
    plural = _REFERRING[pronoun.lower]
    candidates = [(tree, t) for t in reversed(tree.tokens[: pronoun.i])]
    for before in reversed(earlier[-1:]):
        candidates += [(before, t) for t in reversed(before.tokens)]
    for holder, token in candidates:
        # "for every consignor we keep a name ..., and each item they bring in": *every* X is
        # many, as *they* says
        agrees = is_plural(token.lower) == plural or (
            plural and any(c.lower in ("every", "each") for c in holder.children(token))
        )
        if token.pos not in NOUN_TAGS or not agrees:
            continue
        record = model.resolve_phrase(holder.phrase(token))
        if record is not None and record != source:
            return record
    return None
