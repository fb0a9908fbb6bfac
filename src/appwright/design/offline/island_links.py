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
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from appwright.design.offline.draft import LinkDraft, ModelDraft
from appwright.design.offline.parse import NOUN_TAGS, SUBJECT_RELATIONS, Parse, Token, parse
from appwright.design.offline.text import is_plural

_NEAR = 4
"""How many steps apart in the parse two records may be and still be one clause's."""
_EACH = frozenset(["each", "every", "any"])
_COUNTING = frozenset(["per"])
"""*bookings per day*, *revenue per tub*: a figure asked for, not a belonging."""
_ARGUMENTS = frozenset(
    ["nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj", "appos", "poss", "dative", "oprd"]
)
"""Where a noun names a record in a clause: a word the parser took for the root or a modifier
(*a sponsorship ties ...* read as a noun) is no mention."""
_CROSSING = frozenset(["conj", "advcl", "ccomp", "parataxis"])
"""Relations that join two clauses: records on either side are not one clause's."""


@dataclass(frozen=True)
class _Mention:
    token: Token
    record: str
    many: bool
    one: bool


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
        mentions = _mentions(tree, model)
        for mine in (m for m in mentions if m.record == island):
            others = [
                (distance, other)
                for other in mentions
                if other.record != island
                and (distance := _distance(tree, mine.token, other.token)) is not None
                and distance <= _NEAR
            ]
            for _, other in sorted(others, key=lambda pair: pair[0]):
                link = _link_between(mine, other, model)
                if link is not None:
                    return link
    return None


def _mentions(tree: Parse, model: ModelDraft) -> list[_Mention]:
    found = []
    for token in tree.tokens:
        if token.pos not in NOUN_TAGS or token.dep not in _ARGUMENTS or not _counted(tree, token):
            continue
        record = model.resolve_phrase(tree.phrase(token))
        if record is None:
            continue
        found.append(_Mention(token, record, _many(tree, token), _said_one(tree, token)))
    return found


def _counted(tree: Parse, token: Token) -> bool:
    """A plural, or a singular with a word that counts or points at it: *boats for sale* names
    no sale record, *a sale* does."""
    if is_plural(token.lower) or token.dep in SUBJECT_RELATIONS:
        return True
    return any(c.dep in ("det", "poss", "nummod") for c in tree.children(token))


def _said_one(tree: Parse, token: Token) -> bool:
    """*one bench*, *one of our teams*: exactly one, said."""
    if any(c.dep == "nummod" and c.lower == "one" for c in tree.children(token)):
        return True
    head = tree.head(token)
    return head.lower == "of" and tree.head(head).lower == "one"


def _many(tree: Parse, token: Token) -> bool:
    """Whether the mention means several records: a plural not counted one by one."""
    if not is_plural(token.lower) or _said_one(tree, token):
        return False  # "one of our teams"
    return not any(c.lower in _EACH for c in tree.children(token))


def _path(tree: Parse, token: Token) -> list[Token]:
    return [token, *tree.ancestors(token)]


def _distance(tree: Parse, first: Token, second: Token) -> int | None:
    """Steps between two tokens through their nearest shared head; None when the path crosses
    into another clause or a figure asked for (*per*)."""
    up_first, up_second = _path(tree, first), _path(tree, second)
    second_ids = [t.i for t in up_second]
    for steps, token in enumerate(up_first):
        if token.i in second_ids:
            back = second_ids.index(token.i)
            between = up_first[:steps] + up_second[:back]
            if any(t.dep in _CROSSING or t.lower in _COUNTING for t in between):
                return None
            return steps + back
    return None


def _link_between(mine: _Mention, other: _Mention, model: ModelDraft) -> LinkDraft | None:
    """The link two mentions make, the one that is several or is a thing pointing at the one
    that is said once, is a person, or is named first."""
    if _owns(other.token, mine.token):
        return LinkDraft(source=mine.record, target=other.record)
    if _owns(mine.token, other.token):
        return LinkDraft(source=other.record, target=mine.record)
    if mine.one != other.one:
        single, counted = (mine, other) if mine.one else (other, mine)
        return LinkDraft(source=counted.record, target=single.record)
    mine_person, other_person = model.is_person(mine.record), model.is_person(other.record)
    if mine_person != other_person:
        # "homeowners need a quote", "technicians log repairs": the thing is the person's
        person, thing = (mine, other) if mine_person else (other, mine)
        return LinkDraft(source=thing.record, target=person.record)
    if mine.many and other.many:
        return None
    if mine.many != other.many:
        single, counted = (other, mine) if mine.many else (mine, other)
        return LinkDraft(source=counted.record, target=single.record)
    first, second = (mine, other) if mine.token.i < other.token.i else (other, mine)
    return LinkDraft(source=first.record, target=second.record)


def _owns(owner: Token, owned: Token) -> bool:
    """``owner`` is written as ``owned``'s possessor (*the tub's cleans*)."""
    return owner.dep == "poss" and owner.head == owned.i
