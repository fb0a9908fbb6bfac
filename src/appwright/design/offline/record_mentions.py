"""Records a parsed sentence names, and the link two of them make: each mention (a record's word,
whether it means several or one, the act it is an argument of), the steps between two in the
parse (*NEAR*), and the link two mentions make the way English orders them: *the tub's cleans*,
*each fixture is one of our teams*, *customers can have several sites*.
"""

from __future__ import annotations

from dataclasses import dataclass

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.draft import LinkDraft, ModelDraft
from appwright.design.offline.parse import NOUN_TAGS, SUBJECT_RELATIONS, Parse, Token
from appwright.design.offline.word_forms import is_plural

NEAR = 4
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
class Mention:
    token: Token
    record: str
    many: bool
    one: bool
    about: bool = False
    """Named as what another is about (*requests ..., sometimes about an existing bin*)."""
    act: tuple[int, str] | None = None
    """The active verb the mention is an argument of, and how (see ``_act_argument``)."""
    issued: tuple[int, str] | None = None
    """The passive verb of issuing the mention is the receiver or the thing issued of (see
    ``_issue_argument``)."""


def record_mentions(tree: Parse, model: ModelDraft) -> list[Mention]:
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
            Mention(
                token,
                record,
                _many(tree, token),
                _said_one(tree, token),
                _talked_about(tree, token),
                _act_argument(tree, token),
                _issue_argument(tree, token),
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


_ISSUING_VERBS = frozenset(["issue", "award", "grant", "send", "mail", "email", "post"])
"""Verbs that make a thing for whom it goes to: *pupils are issued a bus pass* (each pass is
one pupil's), unlike *each entry is given an assembly point*, a place many entries share."""


def _issue_argument(tree: Parse, token: Token) -> tuple[int, str] | None:
    """The passive verb of issuing ``token`` is the receiver of (its subject: *pupils are issued
    a bus pass*) or the thing issued (its object), with which of the two it is."""
    head = tree.head(token)
    passive = any(c.dep == "auxpass" for c in tree.children(head))
    if head.pos != "VERB" or head.lemma not in _ISSUING_VERBS or not passive:
        return None
    if token.dep == "nsubjpass":
        return (head.i, "receiver")
    return (head.i, "issued") if token.dep == "dobj" else None


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


def parse_distance(
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


def link_between(
    mine: Mention, other: Mention, model: ModelDraft, doers: bool = False
) -> LinkDraft | None:
    """The link two mentions make, the one that is several or is a thing pointing at the one
    that is said once, is a person, or is named first."""
    if _owns(other.token, mine.token):
        return LinkDraft(source=mine.record, target=other.record)
    if _owns(mine.token, other.token):
        return LinkDraft(source=other.record, target=mine.record)
    issued = _issued_to(mine, other) or _issued_to(other, mine)
    if issued is not None:
        return issued
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


def _issued_to(issued: Mention, receiver: Mention) -> LinkDraft | None:
    """*pupils are issued a bus pass*: the pass points at the pupil it was issued to."""
    if issued.issued is None or receiver.issued is None:
        return None
    if issued.issued[0] != receiver.issued[0]:
        return None
    if (issued.issued[1], receiver.issued[1]) != ("issued", "receiver"):
        return None
    return LinkDraft(source=issued.record, target=receiver.record)


def _made_at(made: Mention, other: Mention) -> LinkDraft | None:
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
