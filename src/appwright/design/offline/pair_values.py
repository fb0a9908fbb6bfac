"""Values that belong to a pairing of two records: the many-to-many becomes a junction record.

A job uses several parts and a part goes on many jobs; when the owner says how many of each
part a job used, the quantity is neither the job's nor the part's. It belongs to the pairing,
which a careful designer makes a record of its own (``job_part``, with the quantity) pointing
at both. Owners say so in a few ways, after the sentence has named both records:

- ``..., and for each one I note the quantity used`` (or *..., and each time we note ...*);
- ``we note the number of drops of each ingredient in the blend``;
- ``... which materials it used and how many metres of each``;
- ``..., with a measure in millilitres each time``.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.draft import (
    EntityDraft,
    FieldDraft,
    LinkDraft,
    ModelDraft,
    find_entities,
)
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_items import split_list
from appwright.design.offline.word_forms import verb_lemma

_FOR_EACH_ONE = re.compile(
    r"\b(?:for\s+(?:each|every)\s+(?:one|of them)|(?<=and\s)(?:each|every)\s+time)\b,?\s+"
    r"(?:i|we|you)\s+(?:also\s+)?"
    r"(?:note|record|log|keep|track|store|write down|jot down|put|enter)s?\s+(?P<values>[^;:]+)$"
)
_FOR_EACH_ON_ONE = re.compile(
    r"\bfor\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+on\s+(?:a|an|the|each|every)\s+"
    r"(?P<other>[a-z][\w\-]*),?\s+(?:i|we|you)\s+(?:also\s+)?"
    r"(?:note|record|log|keep|track|store|write down|jot down|put|enter)s?\s+(?P<values>[^;:]+)$"
)
"""*a route calls at lots of stops and a stop is served by several routes, so for each stop on
a route we store its position ...*: the pairing's values, when the two are many to many."""
_EACH_TIME = re.compile(r"\bwith\s+(?P<values>(?:a|an|the)\s[^;:,]+?),?\s+(?:each|every)\s+time\b")
_OF_EACH = re.compile(
    r"\b(?P<values>(?:the\s+)?(?:number|amount|quantity|count|weight|volume|length)"
    r"(?:\s+of\s+(?!each\b|every\b)[a-z][\w\-]*)?|how\s+(?:many|much)(?:\s+(?!of\b)[a-z][\w\-]*)?)"
    r"\s+(?:of|for)\s+(?:each|every(?=\s+[a-z]))\b"
)
_A_FIGURE_OF = re.compile(r"\b(?:average|mean|total|overall|median)\s+(?:[a-z][\w\-]*\s+)?$")
"""*the average loan length for each piece of equipment*: a figure asked for, per record."""
_PAIR_VALUE_TYPES = frozenset(["integer", "decimal"])
_DONE_BY_US = re.compile(r"^\s+(?:[a-z][\w\-]*\s+){0,2}?(?:we|they|i)\s+(?P<verb>[a-z]+)\b")
"""``... how many of each item we sold``: the act each pairing is a record of."""


def read_pair_values(sentences: list[str], model: ModelDraft) -> None:
    """Turn into junction records the pairings the sentences give values to."""
    for sentence in sentences:
        values = _pair_values(sentence)
        if not values:
            continue
        misread = {v.name for v in values} & {
            name for name, entity in model.entities.items() if not entity.fields
        }
        named = [n for n in find_entities(sentence, list(model.entities)) if n not in misread]
        pair = _linked_pair(named, model, sentence)
        if pair is None:
            continue
        _make_junction(pair, values, model, sentence)
        for name in misread:
            # "we note the quantity of each material": the quantity is no record
            del model.entities[name]
            model.links = [link for link in model.links if name not in (link.source, link.target)]


def _act_named(sentence: str) -> str | None:
    """The act the pairing records, when the sentence names it by a verb of ours: *how many
    of each item we sold* → a sale."""
    for match in _OF_EACH.finditer(sentence):
        done = _DONE_BY_US.match(sentence[match.end() :])
        lemma = verb_lemma(done.group("verb")) if done else None
        if lemma:
            return act_or_irregular_noun(lemma)
    return None


def _pair_values(sentence: str) -> list[FieldDraft]:
    """The values a sentence gives each pairing: numbers only, since a name or a date said
    with *each* is more often the record's own (*several rooms, each with a name*)."""
    found = (
        _FOR_EACH_ONE.search(sentence)
        or _FOR_EACH_ON_ONE.search(sentence)
        or _EACH_TIME.search(sentence)
    )
    phrases = split_list(found.group("values")) if found else []
    phrases += [
        match.group("values")
        for match in _OF_EACH.finditer(sentence)
        if not _A_FIGURE_OF.search(sentence[: match.start()])
    ]
    drafts = []
    for phrase in phrases:
        draft = read_field(phrase)
        if draft is not None and draft.name == "how_many":
            draft = FieldDraft(name="quantity", type="integer", phrase=phrase)
        if draft is not None and draft.type in _PAIR_VALUE_TYPES:
            drafts.append(draft)
    return drafts


def _linked_pair(named: list[str], model: ModelDraft, sentence: str) -> LinkDraft | None:
    """The link between two records the sentence names, the many-to-many first; a field this
    sentence gave one of them that names the other counts (*which materials it used*)."""
    between = [
        link
        for link in model.links
        if link.source in named and link.target in named and link.source != link.target
    ]
    between.sort(key=lambda link: link.kind != "many_to_many")
    referred = [
        LinkDraft(source=name, target=target[0])
        for name in dict.fromkeys(named)
        for f in model.entities[name].fields
        if f.phrase and f.phrase in sentence
        for target in [find_entities(f.phrase, [n for n in named if n != name])]
        if target
    ]
    found = between or referred
    on_one = _FOR_EACH_ON_ONE.search(sentence)
    if on_one and not _FOR_EACH_ONE.search(sentence):
        # "for each item on a claim we note ...": the item's own list unless the two are many
        # to many, and the pairing is named as said, the one it is on first (route_stop)
        ends = [model.resolve_phrase(on_one[word]) for word in ("other", "one")]
        pairs = [link for link in between if link.kind == "many_to_many"]
        if not pairs or None in ends or set(ends) != {pairs[0].source, pairs[0].target}:
            return None
        return LinkDraft(source=str(ends[0]), target=str(ends[1]), kind="many_to_many")
    return found[0] if found else None


def _make_junction(
    pair: LinkDraft, values: list[FieldDraft], model: ModelDraft, sentence: str
) -> None:
    """A record of the pairing, with its values, pointing at both records. What the sentence
    first gave either record for those values goes (*quantity_used* on the part, *which
    materials it used* on the order), and so does the direct link between them."""
    name = _act_named(sentence) or f"{pair.source}_{pair.target}"
    if name in model.entities:
        return
    junction = model.entities.setdefault(name, EntityDraft(name=name, declared=True))
    for value in values:
        junction.add(value)
    ends = [pair.source, pair.target]
    for end in ends:
        record = model.entities[end]
        record.fields = [
            f for f in record.fields if not _read_for_pairing(f, values, sentence, ends)
        ]
    model.links = [link for link in model.links if {link.source, link.target} != set(ends)]
    for end in ends:
        model.link(LinkDraft(source=name, target=end, required=True))


def _read_for_pairing(
    field: FieldDraft, values: list[FieldDraft], sentence: str, ends: list[str]
) -> bool:
    """Whether a record's field was read from this sentence's words about the pairing: one
    of its values, or a reference to the other end."""
    if not field.phrase or field.phrase not in sentence:
        return False
    if find_entities(field.phrase, ends):
        return True  # "which materials it used": the pairing itself
    return any(v.phrase in field.phrase or field.phrase in v.phrase for v in values)
