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
them (*an order ties a customer to one skip*).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.draft import LinkDraft, ModelDraft
from appwright.design.offline.parse import NOUN_TAGS, SUBJECT_RELATIONS, Parse, Token, parse
from appwright.design.offline.word_forms import is_plural

_NEAR = 4
"""How many steps apart in the parse two records may be and still be one clause's."""
_EACH = frozenset(["each", "every", "any"])
_TOPIC_PREPOSITIONS = frozenset(["about", "regarding", "concerning"])
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
    about: bool = False
    """Named as what another is about (*requests ..., sometimes about an existing bin*)."""
    act: tuple[int, str] | None = None
    """The active verb the mention is an argument of, and how (see ``_act_argument``)."""


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
        if not (token.dep in _ARGUMENTS or _each_one_as_a_clause(tree, token)):
            continue
        if not _counted(tree, token):
            continue
        record = model.resolve_phrase(tree.phrase(token))
        if record is None or not (token.pos in NOUN_TAGS or _adjective_record(token, record)):
            continue
        found.append(
            _Mention(
                token,
                record,
                _many(tree, token),
                _said_one(tree, token),
                _talked_about(tree, token),
                _act_argument(tree, token),
            )
        )
    return found


_OCCASIONS = frozenset(["after", "at", "on", "from", "during", "following", "for"])
"""Prepositions naming the occasion or source of what a verb makes (*after the shift*, *on a
job*, *from a strain*)."""


_DEFINITE = frozenset(["the", "this", "that", "these", "those"])


def _act_argument(tree: Parse, token: Token) -> tuple[int, str] | None:
    """The active verb ``token`` is the doer, the object or the occasion of, with which of the
    three it is (*a pupil sits a practice paper*: the pupil the doer, the paper the object; *on
    a job they write up a defect*: the job the occasion); None for anything else, for a
    passive's subject (*every entry is given an assembly point*) and for an object known
    already (*we clean the tub*)."""
    head = tree.head(token)
    if token.dep == "pobj" and head.dep == "prep" and head.lower in _OCCASIONS:
        verb, role = tree.head(head), "occasion"
    elif token.dep == "nsubj":
        verb, role = head, "doer"
    elif token.dep == "dobj" and not any(c.lower in _DEFINITE for c in tree.children(token)):
        # "after every collection we clean the tub": a thing known already is acted on, not
        # made
        verb, role = head, "object"
    else:
        return None
    return (verb.i, role) if verb.pos == "VERB" else None


def _talked_about(tree: Parse, token: Token) -> bool:
    """*requests with a name and a type, sometimes about an existing bin*, *letters regarding a
    planning application*: the object of a preposition of topic, the record the other is
    about."""
    return token.dep == "pobj" and tree.head(token).lower in _TOPIC_PREPOSITIONS


def _each_one_as_a_clause(tree: Parse, token: Token) -> bool:
    """*after each hire we clean the tub*: the parser takes *each hire* for a clause of its own
    (with *every* it reads the object of *after*), yet a noun that *each* counts names a
    record all the same."""
    return (
        token.dep == "advcl"
        and token.pos in NOUN_TAGS
        and any(c.dep == "det" and c.lower in _EACH for c in tree.children(token))
    )


def _adjective_record(token: Token, record: str) -> bool:
    """An adjective the parser read where a record of that one word stands (*pass a pre-fight
    medical*, where the owner keeps medicals)."""
    return token.pos == "ADJ" and token.dep in _NAMING and record == token.lemma


_NAMING = frozenset(["nsubj", "nsubjpass", "dobj", "pobj"])


def _counted(tree: Parse, token: Token) -> bool:
    """A plural, or a singular with a word that counts or points at it: *boats for sale* names
    no sale record, *a sale* does."""
    if is_plural(token.lower) or token.dep in SUBJECT_RELATIONS:
        return True
    return any(c.dep in ("det", "poss", "nummod") for c in tree.children(token))


def _said_one(tree: Parse, token: Token) -> bool:
    """*one bench*, *one of our teams*, *which supplier*: exactly one, said."""
    if any(
        (c.dep == "nummod" and c.lower == "one") or (c.dep == "det" and c.lower == "which")
        for c in tree.children(token)
    ):
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


def _distance(
    tree: Parse, first: Token, second: Token, asked: tuple[Token, ...] = ()
) -> int | None:
    """Steps between two tokens through their nearest shared head; None when the path crosses
    into another clause or a figure asked for (*per*). A token of ``asked`` may be in the
    question a clause says (*should say which supplier it came from*)."""
    up_first, up_second = _path(tree, first), _path(tree, second)
    second_ids = [t.i for t in up_second]
    for steps, token in enumerate(up_first):
        if token.i in second_ids:
            back = second_ids.index(token.i)
            between = up_first[:steps] + up_second[:back]
            crossing = [
                t
                for t in between
                if (t.dep in _CROSSING and not _each_one_as_a_clause(tree, t))
                or t.lower in _COUNTING
            ]
            if any(not _asks_in(tree, t, asked) for t in crossing):
                return None
            return steps + back
    return None


def _asks_in(tree: Parse, clause: Token, asked: tuple[Token, ...]) -> bool:
    """``clause`` is the question a record says, naming one of ``asked`` with *which*."""
    return clause.dep == "ccomp" and any(
        token.i != clause.i
        and clause in tree.ancestors(token)
        and any(c.dep == "det" and c.lower == "which" for c in tree.children(token))
        for token in asked
    )


def _link_between(
    mine: _Mention, other: _Mention, model: ModelDraft, doers: bool = False
) -> LinkDraft | None:
    """The link two mentions make, the one that is several or is a thing pointing at the one
    that is said once, is a person, or is named first."""
    if _owns(other.token, mine.token):
        return LinkDraft(source=mine.record, target=other.record)
    if _owns(mine.token, other.token):
        return LinkDraft(source=other.record, target=mine.record)
    if mine.about != other.about:
        # "requests, sometimes about an existing bin": whatever else either is (the requests
        # keep a name and an email, like people), a thing said to be about another points at
        # it; the one who sends it (*customers raise queries ... about an invoice*) does not
        topic, about = (mine, other) if mine.about else (other, mine)
        if about.token.dep not in SUBJECT_RELATIONS:
            return LinkDraft(source=about.record, target=topic.record)
    if mine.one != other.one:
        single, counted = (mine, other) if mine.one else (other, mine)
        return LinkDraft(source=counted.record, target=single.record)
    mine_person, other_person = (
        _person(mine.record, model, doers),
        _person(other.record, model, doers),
    )
    if mine_person != other_person:
        # "homeowners need a quote", "technicians log repairs": the thing is the person's
        person, thing = (mine, other) if mine_person else (other, mine)
        return LinkDraft(source=thing.record, target=person.record)
    if mine.many and other.many:
        return None
    if mine.many != other.many:
        single, counted = (other, mine) if mine.many else (mine, other)
        return LinkDraft(source=counted.record, target=single.record)
    made = _made_at(mine, other) or _made_at(other, mine)
    if made is not None:
        return made
    first, second = (mine, other) if mine.token.i < other.token.i else (other, mine)
    return LinkDraft(source=first.record, target=second.record)


def _made_at(made: _Mention, other: _Mention) -> LinkDraft | None:
    """``made``, the object of an active verb whose doer or occasion ``other`` is, points at
    it: *each time a pupil sits a practice paper* (the paper the pupil's), *after the shift
    the pharmacist sends a timesheet*, *on a job they write up a defect* (the timesheet the
    shift's, the defect the job's)."""
    if made.act is None or other.act is None or made.act[0] != other.act[0]:
        return None
    if made.act[1] == "object" and other.act[1] in ("doer", "occasion"):
        return LinkDraft(source=made.record, target=other.record)
    return None


def _person(record: str, model: ModelDraft, doers: bool) -> bool:
    """Whether a record is people; with ``doers``, also when its name is a verb's doer (*a boxer
    has to pass a medical*: the medical is the boxer's)."""
    return model.is_person(record) or (doers and names_a_doer(record))


def _owns(owner: Token, owned: Token) -> bool:
    """``owner`` is written as ``owned``'s possessor (*the tub's cleans*)."""
    return owner.dep == "poss" and owner.head == owned.i


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
        mentions = _mentions(tree, model)
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
    first: _Mention,
    second: _Mention,
    mentions: list[_Mention],
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
    distance = _distance(tree, first.token, second.token, asked=(first.token, second.token))
    if distance is None or distance > _NEAR:
        return None
    return _link_between(first, second, model, doers=True)


_OWNING_PRONOUNS = {"its": False, "their": True}
"""A possessive pronoun and whether it stands for several (*their* also stands for *each
owner*)."""


def _standing_for(
    tree: Parse, owned: _Mention, mentions: list[_Mention], relative: bool
) -> _Mention | None:
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
