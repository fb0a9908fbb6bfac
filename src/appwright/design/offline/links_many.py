"""Many of one on another: *a recipe uses many ingredients* (many-to-many, with a junction
record when each pairing has its own fields), *a course has many students*, *a notice can run
in several issues*, *members only see their own loans*, an *order line* under orders.
"""

from __future__ import annotations

import re
from itertools import pairwise

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.draft import EntityDraft, LinkDraft, ModelDraft
from appwright.design.offline.fields import read_field
from appwright.design.offline.link_mentions import (
    add_link,
    entity_named,
    link_ends,
    linked_pair,
    mentions,
    unlink_both,
)
from appwright.design.offline.links_by_pattern import HAVE_WORDS, SEVERAL_OF
from appwright.design.offline.list_items import split_list
from appwright.design.offline.word_classes import IN_PARTICLE_VERBS, MANY, tokenize, word_set, words
from appwright.design.offline.word_forms import (
    can_be_verb,
    is_past_participle,
    singular,
    verb_lemma,
)

PUTS_ON_WORDS = word_set(
    "offers offer runs run hosts host organises organizes organise organize sends send "
    "enters enter fields field employs employ brings bring"
)
"""``an event offers several courses``, ``a school sends several pupils``: what a record puts
on or sends out is its own, as with *has*."""


_JUNCTION = re.compile(r"\b(?:each|every) time,?\s+with\s+(?P<list>.+)$")


_SAME_ON_MANY = re.compile(
    r"\b(?:the\s+)?same\s+(?P<x>[a-z][\w\-]*)\s+"
    r"(?:(?:is|are|can\s+be|goes|appears|sit|sits|serve|serves|work|works|turn\s+up)\s+)?"
    r"(?:on|in|at|across|for)\s+(?:many|several|multiple|lots\s+of|different)\s+(?P<y>[a-z][\w\-]*s)\b"
)


_THE_SAME_ONES = word_set("people ones person staff folk faces names")
"""*three panel members sit at each hearing and the same people sit on lots of hearings*: the
record named before, told again by a word for anyone."""


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


def read_same_on_many(sentence: str, model: ModelDraft) -> None:
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
    one = entity_named(model, match.group("x"), create=False)
    many = entity_named(model, match.group("y"), create=False)
    if one is None and match.group("x") in _THE_SAME_ONES and many is not None:
        before = [
            m for m in mentions(tokenize(sentence[: match.start()]), model) if m.entity != many[0]
        ]
        one = (before[-1].entity, before[-1].key) if before else None
    if one is None or many is None or one[0] == many[0]:
        return
    unlink_both(model, one[0], many[0])
    add_link(model, many[0], one[0], one[1], "many_to_many", said_many=True)


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


def read_many(clause: str, model: ModelDraft, sentence: str, *, kept: set[str]) -> None:
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
            add_link(model, left.entity, right.entity, right.key, "many_to_many")
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
                add_link(model, found[0].entity, right.entity, right.key, "many_to_many")
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
            add_link(model, left.entity, right.entity, right.key, "many_to_many")
        elif one_left or any(w in HAVE_WORDS | PUTS_ON_WORDS | _KEEPS for w in between):
            add_link(model, right.entity, left.entity, left.key, said_many=True)
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
                add_link(model, right.entity, left.entity, left.key, said_many=True)
            else:
                add_link(model, left.entity, right.entity, right.key, "many_to_many")


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
        for m in SEVERAL_OF.finditer(sentence)
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


def read_made_after(clause: str, model: ModelDraft) -> None:
    """``after the shoot I deliver one or more galleries``, ``from each consultation we create
    several blends``: each made record is the earlier one's."""
    match = _made_from(clause)
    if match is None:
        return
    earlier = entity_named(model, match.group("x"), create=False)
    made = entity_named(model, match.group("y"), create=False)
    if earlier and made and earlier[0] != made[0]:
        add_link(model, made[0], earlier[0], earlier[1])


def _joined(model: ModelDraft, first: str, second: str) -> bool:
    """Whether a junction entity already pairs the two (*several products with a quantity*)."""
    holders = [
        {link.target for link in model.links if link.source == s and link.required}
        for s in model.entities
    ]
    return any({first, second} <= targets for targets in holders)


def read_own(clause: str, model: ModelDraft) -> None:
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
    if not model.entities[target].fields and target not in link_ends(model):
        return
    possessed = re.match(r"(?P<whose>[\w\- ]+?)'s\s+[\w\-]", named)
    if possessed is not None:
        # "contacts see only their own company's post": each contact is of one company
        whose = entity_named(model, possessed["whose"], create=False)
        if whose and whose[0] != target:
            add_link(model, target, whose[0], whose[1])
        return
    owned = entity_named(model, named, create=False)
    if owned and owned[0] != target:
        add_link(model, owned[0], target, found[0].key)


IN_CHARGE_NOUNS = word_set(
    "owner owners holder holders manager managers leader leaders keeper keepers supervisor "
    "coordinator administrator guardian"
)
"""Heads of compounds naming who is in charge of the first noun (*pet owner*, *account
holder*): the first noun's records point at them, not the other way round."""

SORTING_NOUNS = word_set("type category kind class grade band tier")
"""Heads of compounds naming what sort the first noun is (*certificate type*, *room category*):
each of the first noun's records is of one sort, so it points at the sort."""


_PLACE_NOUNS = word_set("site point venue location room spot place station ground yard depot")


def _place_of_the_act(parts: list[str]) -> bool:
    """*a release site* where releases are kept: each release is at one site, the place an act
    happens at (not the site one release's)."""
    return parts[-1] in _PLACE_NOUNS and len(parts) == 2 and can_be_verb(parts[0])


def read_compound_parents(model: ModelDraft) -> None:
    """``order_line`` when there are orders: each order line belongs to an order; a
    ``pet_owner`` when there are pets: each pet has its owner; a ``certificate_type`` when there
    are certificates: each certificate is of one type; a ``release_site`` when there are
    releases: each release is at one site."""
    for name in list(model.entities):
        parts = name.split("_")
        parent = "_".join(parts[:-1])
        if len(parts) < 2 or parent not in model.entities or linked_pair(model, name, parent):
            continue
        if parts[-1] in IN_CHARGE_NOUNS or parts[-1] in SORTING_NOUNS or _place_of_the_act(parts):
            model.link(LinkDraft(source=parent, target=name, required=False))
        else:
            model.link(LinkDraft(source=name, target=parent, required=False))


def read_junction(sentence: str, model: ModelDraft) -> None:
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
