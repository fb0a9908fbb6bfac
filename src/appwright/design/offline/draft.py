"""What the reading of a description found, before it becomes AppSpec parts.

Names here are already snake_case; entity names are singular.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.field_names import KIND_OF
from appwright.design.offline.parse import NAMED_TIMES
from appwright.design.offline.word_classes import (
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
    word_set,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    is_adverb,
    is_past_participle,
    is_plural,
    singular,
)
from appwright.spec.names import MAX_NAME_LENGTH

CONTAINER_NOUNS = word_set(
    "list lists set collection catalog catalogue register database record records log piece "
    "pieces kind kinds bunch group history archive menu range roster portfolio selection library "
    "shelf shelves rack racks drawer drawers cupboard cupboards stack stacks pile piles pool fleet "
    "bank banks"
)
"""Nouns that hold other things: *a list of companies* is about companies."""
_DONE_FROM_A_LIST = word_set("pick picking packing check hanging running run cut call shopping")
"""Acts a list is worked through for: a *pick list* is a list to pick from, a record of its own
(a *book collection* is still books)."""
_COLLECTED_IN_BULK = word_set(
    "cash money waste rubbish refuse litter recycling milk blood post mail laundry debt rent scrap"
)
"""Mass nouns a *collection* of is the act of collecting them: a *cash collection* is a record
of its own (a *book collection* is still books)."""
_BODIES_OF_PEOPLE = word_set("group")
"""Containers that are records of their own after a noun: a *school group* is not a school
(a *group of schools* still is about schools)."""
_WHAT_THEY_ARE = word_set("deceased")
"""Adjectives that say what a record is, not how one is (*a deceased patient* is the deceased)."""
AMOUNT_NOUNS = word_set("time work travel mileage overtime labour labor")
"""Nouns for an amount, not a thing: a *time log* is a record of its own, not a time."""

MAX_ENTITY_WORDS = 3


def entity_key(phrase: str) -> str:
    """The singular snake_case name a noun phrase gives an entity: ``the time entries`` →
    ``time_entry``, ``a list of companies`` → ``company``, ``my book collection`` → ``book``."""
    tokens = [
        w
        for w in words(phrase)
        if w not in DETERMINERS and w not in QUANTIFIERS and not w[0].isdigit()
    ]
    if "of" in tokens:
        at = tokens.index("of")
        if at and tokens[at - 1] in CONTAINER_NOUNS:
            tokens = tokens[at + 1 :]
    cut = next((i for i, w in enumerate(tokens) if i and w in PREPOSITIONS), None)
    if cut is not None:
        tokens = tokens[:cut]
    while (
        len(tokens) > 1
        and tokens[-1] in CONTAINER_NOUNS - _BODIES_OF_PEOPLE
        and (can_be_noun(tokens[-2]) or tokens[-2] in _WHAT_THEY_ARE)
        and tokens[-2] not in AMOUNT_NOUNS
        and not (is_plural(tokens[-2]) and is_plural(tokens[-1]))  # "drinks packages": packages
        and not (tokens[-2] in _DONE_FROM_A_LIST and tokens[-1] in ("list", "lists"))
        and not (tokens[-2] in _COLLECTED_IN_BULK and tokens[-1] in ("collection", "collections"))
    ):
        tokens = tokens[:-1]
    while len(tokens) > 1 and is_past_participle(tokens[-1]) and is_plural(tokens[-2]):
        tokens = tokens[:-1]  # "parts used on a job": the parts
    while len(tokens) > 1 and is_adverb(tokens[-1]):
        tokens = tokens[:-1]  # "i log trials separately": the trials
    while (
        len(tokens) > 1
        and can_be_adjective(tokens[0])
        and not can_be_noun(tokens[0])
        and tokens[0] not in _WHAT_THEY_ARE
        and not (len(tokens) == 2 and singular(tokens[1]) in NAMED_TIMES)
    ):
        tokens = tokens[1:]  # "overdue loans" are loans; an "open day" is a day of its own
    tokens = [t for t in tokens if t not in FUNCTION_WORDS]
    if not tokens:
        return ""
    tokens = tokens[-MAX_ENTITY_WORDS:]
    # "young people" are each a young person (*people* alone is the dictionary's own noun)
    # "whereas" is no plural: a word of the sentence's frame is kept as said (no "wherea")
    head = tokens[-1]
    tokens[-1] = "person" if head == "people" and len(tokens) > 1 else _singular_noun(head)
    return "_".join(t.replace("-", "_").replace("'", "") for t in tokens)[:MAX_NAME_LENGTH]


def _singular_noun(word: str) -> str:
    """The singular of a record name's head: ``properties`` → ``property``, but ``whereas``
    (a function word, no plural of anything) as it is."""
    return word if word in STOP_WORDS else singular(word)


def resolve_name(key: str, names: Collection[str]) -> str | None:
    """The entity a snake_case noun phrase names: itself, its head (``owner_contact`` →
    ``contact``), the one entity whose name ends with it (``note`` → ``consultation_note``), or
    the one that keeps it written down (``repair`` → ``repair_ticket``), or the one word that
    ends with a word for a kept record (``card`` → ``scorecard``), or the one list an entry is
    on (``entry`` → ``waiting_list``)."""
    if not key:
        return None
    if key in names:
        return key
    if key in _PEOPLE_AS_ONE and f"{key}_member" in names:
        return f"{key}_member"  # "staff can put in a request" where staff members are kept
    parts = key.split("_")
    for start in range(1, len(parts)):
        tail = "_".join(parts[start:])
        if tail in names:
            return tail
    head = parts[-1]
    ending = [name for name in names if name.split("_")[-1] == head]
    if len(ending) == 1 and len(parts) == 1:
        return ending[0]
    # "one shore crew member" read as *crew member*: the one record whose name ends with it
    longer = [name for name in names if name.endswith(f"_{key}")]
    if len(parts) > 1 and len(longer) == 1:
        return longer[0]
    # "each repair uses several parts" where repairs are kept as repair tickets
    kept_as = [
        name
        for name in names
        if name.split("_")[:-1] == parts and name.split("_")[-1] in RECORD_HEADS
    ]
    if len(parts) == 1 and len(kept_as) == 1 and not names_a_doer(key):
        return kept_as[0]  # (a *porter* is no *porter request*)
    # "a card is submitted, then verified" where scorecards are kept: the one written as a word
    closed = [name for name in names if "_" not in name and name.endswith(key) and name != key]
    if key in RECORD_HEADS and len(closed) == 1:
        return closed[0]
    # "members join a waiting list ...; an entry's status runs ...": each record of the list
    lists = [name for name in names if name.endswith("_list")]
    if key == "entry" and len(lists) == 1:
        return lists[0]
    return None


_PEOPLE_AS_ONE = frozenset(["staff", "crew"])
"""Words for a business's people taken together: *staff* are its staff members."""
RECORD_HEADS = frozenset(["ticket", "job", "record", "entry", "sheet", "card", "log"])
"""Nouns that only say a thing is written down: *a repair ticket* is a repair, kept."""


PART_HEADS = frozenset(["line", "lines", "item", "items", "entry", "entries", "row", "rows"])
"""*order lines*, *invoice items*: the parts of another record, which name things but never act."""


def names_a_kept_record(first: str, second: str) -> bool:
    """Whether two words opening a clause are one record's name (*drill log per job: ...*),
    not someone and what they do (*drivers log trips*, *both log bugs*)."""
    return second in RECORD_HEADS and not is_plural(first) and first not in DETERMINERS


def find_entities(text: str, names: Collection[str]) -> list[str]:
    """The entities a text names, in order, each phrase read as long as it can be
    (``leave request: employee`` → leave_request, employee)."""
    tokens = words(text)
    found: list[str] = []
    index = 0
    while index < len(tokens):
        for length in (3, 2, 1):
            span = tokens[index : index + length]
            if len(span) < length or any(w in FUNCTION_WORDS for w in span):
                continue
            name = resolve_name(entity_key(" ".join(span)), names)
            if name is not None:
                found.append(name)
                index += length
                break
        else:
            index += 1
    return found


@dataclass
class FieldDraft:
    name: str
    type: str = "text"
    options: list[str] | None = None
    examples: list[str] = field(default_factory=list)
    """Values given as examples only (``haircut, colour, styling...``): not a closed list."""
    minimum: float | None = None
    maximum: float | None = None
    optional: bool = False
    reference: str | None = None
    """The phrase naming the entity this field points at (``team members``)."""
    flow_text: str | None = None
    """Words after the field that describe how its value moves (``that moves from a to b``)."""
    phrase: str = ""


@dataclass
class EntityDraft:
    name: str
    fields: list[FieldDraft] = field(default_factory=list)
    declared: bool = False
    """Described with fields or named by a strong pattern (not only as a topic or actor)."""
    examples: list[str] = field(default_factory=list)

    def field(self, name: str) -> FieldDraft | None:
        return next((f for f in self.fields if f.name == name), None)

    def add(self, draft: FieldDraft) -> None:
        if draft.name == f"{self.name}_type" and KIND_OF.search(draft.phrase):
            draft.name = "kind"  # "what kind of item it is", said of the item: its kind
        existing = self.field(draft.name)
        if existing is None:
            self.fields.append(draft)
            return
        # the same field written twice: keep what each mention adds
        if draft.options and not existing.options:
            existing.options = draft.options
            existing.type = draft.type
        existing.flow_text = existing.flow_text or draft.flow_text
        existing.reference = existing.reference or draft.reference
        if existing.type == "text" and draft.type != "text":
            existing.type = draft.type


@dataclass
class LinkDraft:
    """``source`` points at ``target``: a many-to-one from source, or a many-to-many."""

    source: str
    target: str
    kind: str = "many_to_one"
    field: str | None = None
    """The reference field's name when it is not the target's name (``owner`` for a contact)."""
    required: bool = False
    said_one: bool = False
    """The text says the source has exactly one (*belongs to one crew*): a many-to-many read
    from a looser sentence (*crews carry out inspections*) does not override it."""
    said_many: bool = False
    """The text says the target has many of the source (*an installation can have several
    fitters*): read the other way too (*each fitter does many installations*), it is a
    many-to-many."""


PERSON_FIELDS = frozenset(["email", "email_address", "phone", "phone_number", "mobile"])
"""Fields that say a record is people: a way to reach them."""


@dataclass
class ModelDraft:
    entities: dict[str, EntityDraft] = field(default_factory=dict)
    links: list[LinkDraft] = field(default_factory=list)
    topic: str | None = None
    """The thing the description is mainly about (``book`` in *track my book collection*)."""
    actors: dict[str, set[str]] = field(default_factory=dict)
    """People named as doing things, with the entities they act on."""
    vocabulary: set[str] = field(default_factory=set)
    """Every word of the description (to find the nouns it uses for acts: *rental*)."""
    acting: set[str] = field(default_factory=set)
    """Entity keys of the people named as acting (*drivers see ...*, *crews log in ...*)."""

    def resolve(self, key: str) -> str | None:
        return resolve_name(key, self.entities)

    def is_person(self, name: str) -> bool:
        """Whether a record is people: named as acting, or with a way to reach them."""
        entity = self.entities.get(name)
        fields = {f.name for f in entity.fields} if entity else set()
        return name in self.actors or bool(fields & PERSON_FIELDS)

    def resolve_phrase(self, phrase: str) -> str | None:
        """The entity a noun phrase names (*the cellar door* → ``cellar_door``), if any."""
        key = entity_key(phrase)
        return self.resolve(key) if key else None

    def link(self, draft: LinkDraft) -> None:
        if draft.source == draft.target:
            return
        for index, known in enumerate(self.links):
            same = (known.source, known.target) == (draft.source, draft.target)
            flipped = (known.source, known.target) == (draft.target, draft.source)
            if (same or flipped) and "many_to_many" in (known.kind, draft.kind):
                if known.said_one:
                    return
                if draft.said_one:
                    self.links[index] = draft
                    return
            if same and (known.field or draft.target) == (draft.field or draft.target):
                if draft.kind == "many_to_many":
                    known.kind = "many_to_many"
                    self._settle_many_to_many(known)
                return
            if flipped and "many_to_many" in (known.kind, draft.kind):
                known.kind = "many_to_many"
                self._settle_many_to_many(known)
                return
            if flipped and known.said_one and not draft.said_one:
                return  # "each candle is of one scent" is not turned round by a looser reading
            if flipped and draft.said_one and not known.said_one:
                self.links[index] = draft  # "each batch is of one flavour" settles the direction
                return
            if flipped and known.said_many and draft.said_many:
                # "an installation can have several fitters" and "each fitter does many
                # installations": each side has many of the other
                known.kind = "many_to_many"
                self._settle_many_to_many(known)
                return
        self.links.append(draft)
        if draft.kind == "many_to_many":
            self._settle_many_to_many(draft)

    def _settle_many_to_many(self, shared: LinkDraft) -> None:
        """Drop the looser one-way readings of a pair now known to be many to many: *authors
        submit manuscripts* said one author per manuscript until *a manuscript can have
        several authors* said otherwise. A link said with *one* stays (it won over the
        many-to-many when it came)."""
        pair = {shared.source, shared.target}
        self.links = [
            link
            for link in self.links
            if link is shared
            or {link.source, link.target} != pair
            or link.said_one
            or link.field not in (None, link.target)
        ]
