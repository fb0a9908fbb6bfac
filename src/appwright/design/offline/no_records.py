"""Records a reading made of words that name no record, undone once the reading is over.

A reader that meets a noun phrase where a record is expected makes it one, and on a new
writer's sentence some of those phrases name no record: a field (*each gig is held at a venue
on a date*, *the lesson is booked for a number of weeks*, *for them I need a name and phone
number*, *a monthly total of fees*), a word that is no noun at all (*..., whereas the chief
official can see every card*, *because*, *online*), or a group the records come in (*every
bout is scored by a panel of judges*). Such a record steals what it was told with: the links
and the fields of the record it belongs to. This pass, after every reader, drops them:

- a record named by a word that is no noun (the dictionary knows it only as some other part
  of speech, or it is a function word), with nothing of its own, goes;
- a record named by a field (a date, a number, an amount, a total, a type, a phone number ...)
  goes, and the one record linked with it takes what it held: its fields, and the field it
  names in place of the link (*each gig is held ... on a date*: the gig's date);
- a value with no link but its states (*... and an outcome that starts as pending and then
  becomes passed or failed*) is a field of the one record the sentences naming it name;
- a group of records with nothing of its own (*a panel of judges*) is the records it holds:
  its links are theirs; when the reading made no record of them (*a panel of examiners*) the
  group is renamed as them;
- an acronym whose last letter is an *S* (*a DBS check*) was read as a plural: it gets it back.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.draft import (
    EntityDraft,
    FieldDraft,
    LinkDraft,
    ModelDraft,
    find_entities,
)
from appwright.design.offline.types import infer_type
from appwright.design.offline.word_classes import FUNCTION_WORDS, word_set
from appwright.design.offline.word_forms import (
    can_be_verb,
    is_plural,
    listed_as_noun,
    parts_of_speech,
    singular,
)

FIELD_HEADS = word_set("date number amount total type kind outcome year")
"""Words that, alone, name a value a record holds, never a record of its own: *a date*, *the
outcome*, *a type*."""

NO_NOUNS = word_set("because whereas although though while whilst unless via yes no online offline")
"""Words the dictionary lists as nouns in a sense no owner means (*a yes*, *the online*):
said where a record is expected, they are the words around it, never it."""

_ACRONYM_IN_S = re.compile(r"\b[A-Z]{2,}S\b")
"""An acronym whose last letter is an *S* (*DBS*, *CCTV* has none): no plural, whatever its
ending says (*GPs*, *SKUs* are plurals, with a small *s*)."""

_FIELD_TYPES = frozenset(["date", "datetime", "decimal", "integer", "email"])
"""The types a name of two or more words has when it names a value (*end date*, *monthly
total*)."""


def without_no_records(model: ModelDraft, said: list[str], description: str) -> None:
    """Drop the records the reading made of words that name none (see the module), and give
    back its *s* to an acronym read as a plural (*a DBS check*: no ``db``)."""
    text = " ".join(said)
    for acronym in _ACRONYM_IN_S.findall(description):
        name = acronym.lower()[:-1]
        if name in model.entities and acronym.lower() not in model.entities:
            _rename(model, name, acronym.lower())
    for name in list(model.entities):
        entity = model.entities[name]
        own = [f for f in entity.fields if f.reference is None]
        if not own and not _is_a_noun(name) and not _an_act_done_to(model, name):
            _drop(model, name, into=None)
        elif _names_a_field(name):
            partners = _partners(model, name)
            into = partners[0] if len(partners) == 1 else None
            if into is None and [f.name for f in own] == ["status"] and not partners:
                # "an outcome that starts as pending ...": only its states were read
                into = _said_with(name, said, model)
            # "a date with a price", "the outcome": a value, whatever came with it; a value
            # of a kind (*a monthly total of fees*) told with fields and no record is a report
            if not own or into is not None or "_" not in name:
                _drop(model, name, into=into)
        elif not own and (kept := _kept_as(model, name)) is not None:
            # "organise inspections ... each inspection request is for one tower, ...": the
            # request is how each inspection is kept
            _drop(model, name, into=None)
            model.entities[kept].fields = [
                f for f in model.entities[kept].fields if f.reference != name
            ]
        elif not own and (held := _group_of(name, text, model)) is not None:
            if held in model.entities:
                _regroup(model, name, held)
            else:
                _rename(model, name, held)


_KEPT_AS_HEADS = word_set("request record entry ticket form")


def _kept_as(model: ModelDraft, name: str) -> str | None:
    """The one record *name* is kept as, named after it (``inspection_request``, with fields of
    its own), when *name* holds nothing itself; a *porter request* is never a porter."""
    if names_a_doer(name):
        return None
    kept = [
        other
        for other, entity in model.entities.items()
        if other.split("_")[:-1] == name.split("_")
        and other.split("_")[-1] in _KEPT_AS_HEADS
        and any(f.reference is None for f in entity.fields)
    ]
    return kept[0] if len(kept) == 1 else None


def _is_a_noun(name: str) -> bool:
    """Whether a one-word record name is a noun (``whereas`` → ``wherea`` is not; neither is
    ``online`` nor ``safeguarding``, an act the dictionary knows only as a verb)."""
    if "_" in name:
        head = name.split("_")[-1]
        return head not in FUNCTION_WORDS  # "signs_up": an act with its particle
    if name in NO_NOUNS or name in FUNCTION_WORDS:
        return False
    pos = parts_of_speech(name)
    # a word the dictionary does not know is a noun of the trade (*groomer*, *physio*)
    return not pos or listed_as_noun(name) or "NOUN" in pos or "PROPN" in pos


def _an_act_done_to(model: ModelDraft, name: str) -> bool:
    """Whether a record the dictionary knows only as a verb is an act done to another record:
    *a pour uses one furnace* is a pour, linked to its furnace; *safeguarding* said alone is
    not."""
    return can_be_verb(name) and bool(_partners(model, name))


def _names_a_field(name: str) -> bool:
    """Whether a record's name names a value: ``date``, ``number``, ``outcome``; or, of two
    words or more, a value of a typed kind (``end_date``, ``monthly_total``, ``phone_number``),
    never a thing of a kind (``ticket_type``, ``room``)."""
    parts = name.split("_")
    if len(parts) == 1:
        return name in FIELD_HEADS
    if parts[-1] not in FIELD_HEADS or parts[-1] == "type":
        return False
    return infer_type(parts) in _FIELD_TYPES or parts[0] in word_set("phone mobile email")


def _partners(model: ModelDraft, name: str) -> list[str]:
    """The records linked with ``name``, in the order the links were read."""
    found: list[str] = []
    for link in model.links:
        # a many-to-many is two records of their own, never a value of one
        if name in (link.source, link.target) and link.kind == "many_to_one":
            other = link.target if link.source == name else link.source
            if other != name and other not in found:
                found.append(other)
    return found


def _drop(model: ModelDraft, name: str, *, into: str | None) -> None:
    """Remove record ``name``: a record that pointed at it keeps a plain field of its name
    (*held ... on a date*: the date); ``into`` takes its own fields, unless it has them."""
    dropped = model.entities.pop(name)
    for other_name, other in model.entities.items():
        pointing = [f for f in other.fields if f.reference == name]
        if not pointing and not any(
            link.source == other_name and link.target == name for link in model.links
        ):
            continue
        other.fields = [f for f in other.fields if f.reference != name]
        if other.field(name) is None and _names_a_field(name):
            other.fields.append(FieldDraft(name=name, type=infer_type(name.split("_"))))
    if into is not None:
        owner = model.entities[into]
        if not any(f.reference is None for f in owner.fields):
            # nothing of its own yet, it would have been shown by a name: it keeps that
            owner.fields.insert(0, FieldDraft(name="name"))
        _take_fields(owner, dropped)
        if owner.field(name) is None:  # "for them i need a name and phone number"
            owner.fields.append(FieldDraft(name=name, type=infer_type(name.split("_"))))
    model.links = [link for link in model.links if name not in (link.source, link.target)]


def _said_with(name: str, said: list[str], model: ModelDraft) -> str | None:
    """The one record the sentences naming a value read as a record name beside it: *for
    each medical we record ... and an outcome that starts as pending*: the medical's."""
    phrase = re.compile(rf"\b{re.escape(name.replace('_', ' '))}\b")
    others = [other for other in model.entities if other != name]
    beside = {
        found
        for sentence in said
        if phrase.search(sentence)
        for found in find_entities(phrase.sub(" ", sentence), others)
    }
    return beside.pop() if len(beside) == 1 else None


def _take_fields(owner: EntityDraft, dropped: EntityDraft) -> None:
    """``owner`` takes the fields ``dropped`` held; a value with nothing but the states it
    goes through (*an outcome that starts as pending ...*) is one field, of its name."""
    held = {f.name for f in owner.fields}
    own = [f for f in dropped.fields if f.reference is None]
    if len(own) == 1 and own[0].name == "status":
        value = owner.field(dropped.name)
        if value is None:
            own[0].name = dropped.name
            owner.fields.append(own[0])
        elif not value.options:
            value.options = own[0].options
        return
    for moved in dropped.fields:
        if moved.reference is None and moved.name not in held:
            owner.fields.append(moved)


def _group_of(name: str, text: str, model: ModelDraft) -> str | None:
    """The record a group names (*a panel of judges* → ``judge``), when the description says
    the group of those records and never of one thing (*tenants of the building* are people);
    a record of its own the reading has not made yet is named by it (*a panel of instructors*,
    no instructor yet: ``instructor``)."""
    word = re.escape(name.replace("_", " "))
    of_what = r"\s+of\s+(?:the\s+|our\s+)?(?P<held>[a-z][\w\-]*)"
    held: set[str] = set()
    for said in re.finditer(rf"\b{word}s?\b(?:{of_what})?", text):
        if said.group("held") and not is_plural(said.group("held")):
            return None
        if said.group("held"):
            held.add(singular(said.group("held")))
    one = held.pop() if len(held) == 1 else None
    if one is None or one == name:
        return None
    return model.resolve(one) or one


def _regroup(model: ModelDraft, name: str, held: str) -> None:
    """Point the group's links at the records it holds (one link each way at most)."""
    links: list[LinkDraft] = []
    for link in model.links:
        source = held if link.source == name else link.source
        target = held if link.target == name else link.target
        if source == target or any((x.source, x.target) == (source, target) for x in links):
            continue
        link.source, link.target = source, target
        if link.field == name:
            link.field = None
        links.append(link)
    model.links = links
    for other_name, other in model.entities.items():
        kept: list[FieldDraft] = []
        for ref in other.fields:
            if ref.reference == name:
                if other_name in (name, held) or any(f.reference == held for f in other.fields):
                    continue
                ref.reference = ref.name = held
            kept.append(ref)
        other.fields = kept
    model.entities.pop(name)


def _rename(model: ModelDraft, old: str, new: str) -> None:
    """Call record ``old`` ``new`` wherever the reading named it."""
    entity = model.entities.pop(old)
    entity.name = new
    model.entities[new] = entity
    for link in model.links:
        link.source = new if link.source == old else link.source
        link.target = new if link.target == old else link.target
    for other in model.entities.values():
        for ref in other.fields:
            if ref.reference == old:
                ref.reference = new
                ref.name = new if ref.name == old else ref.name
    if model.topic == old:
        model.topic = new
