"""Links for records no reader linked, read from the dependency parse of the sentences that name
them together with another record.

The pattern readers link records in the shapes people usually write. A new writer's sentence
often names two records in a shape none of them knows (*every approved entry is given an
assembly point*, *each fixture is one of our teams against an opposition club*, *I log each
clean against the tub*), and the record is left an island: no screen could say whose it is.
For such a record this pass looks at every sentence naming it near another record, a few steps
apart in the parse, and links the two the way English orders them: a possessive points the thing
at its owner (*the tub's cleans*); what is said once is the one the other points at (*each
fixture is one of our teams*); a thing points at the person it is for or by (*homeowners need a
quote*); the many point at the one (*customers can have several sites*); and between two single
mentions the one named first points at the later (*every entry is given an assembly point*).
Two plurals, and a record counted *per* another (a report), link nothing.

``pair_links`` then reads the same way two records that are each linked elsewhere but not to
each other, when a sentence names them together (*the order is made up of lines*, *each item
should say which supplier it came from*, *its residents*), unless a third record already joins
them (*an order ties a customer to one skip*). Both read the sentence through
``record_mentions``: the records it names, the steps between two and the link two make.
"""

from __future__ import annotations

from collections.abc import Iterable

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.draft import LinkDraft, ModelDraft
from appwright.design.offline.parse import SUBJECT_RELATIONS, Parse, Token, parse
from appwright.design.offline.record_mentions import (
    NEAR,
    Mention,
    link_between,
    parse_distance,
    record_mentions,
)
from appwright.design.offline.word_forms import is_plural


def island_links(
    sentences: Iterable[str], model: ModelDraft, links: Iterable[LinkDraft]
) -> list[LinkDraft]:
    """A link for each record no link in ``links`` touches, from the nearest record a sentence
    names it with."""
    links = list(links)
    if len(model.entities) < 2:
        return []
    linked = {name for link in links for name in (link.source, link.target)}
    islands = [name for name in model.entities if name not in linked]
    if not islands:
        return []
    trees = [parse(sentence) for sentence in sentences]
    made: list[LinkDraft] = []
    for island in islands:
        link = _first_link(island, trees, model)
        if link is not None:
            made.append(link)
    return made


def _first_link(island: str, trees: list[Parse], model: ModelDraft) -> LinkDraft | None:
    """The link of the first sentence naming ``island`` near another record, nearest first."""
    for tree in trees:
        mentions = record_mentions(tree, model)
        for mine in (m for m in mentions if m.record == island):
            others = [
                (distance, other)
                for other in mentions
                if other.record != island
                and (distance := parse_distance(tree, mine.token, other.token)) is not None
                and distance <= NEAR
            ]
            for _, other in sorted(others, key=lambda pair: pair[0]):
                link = link_between(mine, other, model)
                if link is not None:
                    return link
    return None


def pair_links(
    sentences: Iterable[str], model: ModelDraft, links: Iterable[LinkDraft]
) -> list[LinkDraft]:
    """A link for each two records a sentence names together that no link in ``links`` joins
    either way, read as ``island_links`` reads an island's sentence: two records one clause
    names close together (*the order is made up of lines*), a record and the one a *which*
    question it answers names (*each item should say which supplier it came from*), and a
    record and the one an earlier clause named that *its* or *their* stands for (*for each
    owner we note a name, and for each of their cats the age*)."""
    links = list(links)
    joined = {frozenset((link.source, link.target)) for link in links}
    made: list[LinkDraft] = []
    for sentence in sentences:
        tree = parse(sentence)
        mentions = record_mentions(tree, model)
        for index, mine in enumerate(mentions):
            for other in mentions[index + 1 :]:
                pair = frozenset((mine.record, other.record))
                if len(pair) < 2 or pair in joined:
                    continue
                link = _pair_link(tree, mine, other, mentions, [*links, *made], model)
                if link is not None:
                    joined.add(pair)
                    made.append(link)
    return made


def _met_through(pair: frozenset[str], links: list[LinkDraft], model: ModelDraft) -> bool:
    """Whether a third record already joins ``pair``: one that points at both and is no doer
    (*an order ties a customer to one skip*, *when somebody books they get one pitch for one
    weekend*: how the two meet, not that one holds the other), or a thing both are linked with
    (*an owner books a service at one of their cars*: the service's car is the owner's). Two
    records linked with one person (a doctor's medicals, a doctor's boxers) are not joined."""
    pointing: dict[str, set[str]] = {}
    linked: dict[str, set[str]] = {}
    for link in links:
        pointing.setdefault(link.source, set()).add(link.target)
        linked.setdefault(link.source, set()).add(link.target)
        linked.setdefault(link.target, set()).add(link.source)
    for middle in linked:
        if middle in pair:
            continue
        if pair <= pointing.get(middle, set()) and not _doer(middle, model):
            return True
        if pair <= linked[middle] and not model.is_person(middle):
            return True
    return False


def _doer(record: str, model: ModelDraft) -> bool:
    """A record named as one who acts (*helpers are put on shifts at a sale*)."""
    return record in model.actors or names_a_doer(record)


def _pair_link(
    tree: Parse,
    first: Mention,
    second: Mention,
    mentions: list[Mention],
    links: list[LinkDraft],
    model: ModelDraft,
) -> LinkDraft | None:
    """The link between two mentions of one sentence, ``first`` named first, or None. *Their*
    says whose a thing is even where a third record joins the two (*for each of their cats*,
    though bookings are of an owner and a cat)."""
    if _standing_for(tree, second, mentions, relative=False) is first:
        return LinkDraft(source=second.record, target=first.record)
    if _met_through(frozenset((first.record, second.record)), links, model):
        return None
    if _standing_for(tree, second, mentions, relative=True) is first:
        return LinkDraft(source=second.record, target=first.record)
    distance = parse_distance(tree, first.token, second.token, asked=(first.token, second.token))
    if distance is None or distance > NEAR:
        return None
    return link_between(first, second, model, doers=True)


_OWNING_PRONOUNS = {"its": False, "their": True}
"""A possessive pronoun and whether it stands for several (*their* also stands for *each
owner*)."""


def _standing_for(
    tree: Parse, owned: Mention, mentions: list[Mention], relative: bool
) -> Mention | None:
    """The mention a possessive pronoun on ``owned`` stands for (*for each of their cats*, *its
    residents*), or with ``relative`` the *they* of a relative clause on it (*each home they
    register*): the nearest record named before it, not a plural for *its*."""
    if not relative:
        pronouns = [c for c in tree.children(owned.token) if c.lower in _OWNING_PRONOUNS]
    elif not owned.many:  # "each home they register", not "sessions they have joined"
        pronouns = [c for c in _relative_subjects(tree, owned.token) if c.lower == "they"]
    else:
        pronouns = []
    if not pronouns:
        return None
    several = pronouns[0].lower != "its"
    earlier = [
        m
        for m in mentions
        if m.token.i < owned.token.i
        and m.record != owned.record
        and (several or not is_plural(m.token.lower))
    ]
    return earlier[-1] if earlier else None


def _relative_subjects(tree: Parse, token: Token) -> list[Token]:
    """The subjects of a relative clause on ``token`` (*they* in *each home they register*)."""
    return [
        subject
        for clause in tree.children(token)
        if clause.dep == "relcl"
        for subject in tree.children(clause)
        if subject.dep in SUBJECT_RELATIONS
    ]
