"""Entities and their fields, from the ways people describe records.

Declarations this reads (every example is one pattern, not one domain):

- ``Products have a SKU, a name and a unit price`` — a subject with *have/has/contains/records*;
- ``recipes with a title, instructions and ...`` — a noun phrase with a *with* list;
- ``a list of companies (name, industry, website)`` — a noun phrase with a bracketed list;
- ``Students: first name, last name`` — a header and its list;
- ``track my book collection: title, author`` — what a person tracks, and its list;
- ``each project has tasks with a title ...`` — a child entity in a list (task → project);
- ``every day I check in on a habit, with a note`` — an event named by its verb (check_in);
- ``Loans are either active, overdue or returned`` — a status and its values;
- ``we track whether they checked in`` / ``note when I started each book`` — extra facts.
- ``Speakers submit talks: title, ...`` / ``Harvests are picked from a parcel: date, ...`` — a
  header that is a clause (``predicates.read_predicate``): the object's or the subject's fields;
- ``We keep each tool's name, brand ...`` / ``For every child we need ...`` / ``when the job is
  done we note ...`` / ``I write down their name ...`` — lists introduced by whose they are;
- ``people book a spot in a session with their name`` — an act the description also names as
  a noun (bookings) is a record; ``members, with a name, book ...``, ``..., and they review ...``
  and ``gets logged`` are first rewritten into plain clauses every reader takes.

Links between entities that are not declarations (``belongs to``, ``for a service``...) are
read by ``relationships.find_links``; this module calls it because those phrases also name
entities (``each product belongs to a category`` is how the category is introduced).

The readers are mixins layered by who calls whom: ``reader_state`` (the model read so far and
the lowest steps), the list readers (``item_links`` and ``many_items`` under ``field_lists``,
then ``entity_lists`` and ``bracket_lists``), the clause readers (``have_lists``,
``with_lists``, ``act_records``, ``kept_lists``, ``noted_when``, ``records_for_each``,
``status_clauses``, ``predicate_clauses``, ``headed_lists``), ``clause_scan`` that tries them
in turn, and ``EntityReader`` here, which adds what the parse found and tidies the model. What
they share: ``field_items``, ``list_hosts``, ``keeping_verbs``, ``topic_words``.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from appwright.design.offline.act_links import read_act_links
from appwright.design.offline.clause_scan import ClauseScan
from appwright.design.offline.counted import read_counted_links
from appwright.design.offline.draft import EntityDraft, FieldDraft, ModelDraft, entity_key
from appwright.design.offline.dropped_words import adjective_as_noun
from appwright.design.offline.each_one import name_each_one
from appwright.design.offline.fields import read_field
from appwright.design.offline.for_every_reader import for_every_reader
from appwright.design.offline.held_fields import held_lists
from appwright.design.offline.it_named import name_it
from appwright.design.offline.links_done_by import people_named
from appwright.design.offline.list_items import split_list
from appwright.design.offline.named_short import under_the_full_name
from appwright.design.offline.no_records import without_no_records
from appwright.design.offline.normalize import normalize_text
from appwright.design.offline.own_people import people_kept_to_their_own
from appwright.design.offline.owner_people import when_someone
from appwright.design.offline.pair_values import read_pair_values
from appwright.design.offline.parse_rewrites import for_the_parse
from appwright.design.offline.parts_of_one import made_at_each_part
from appwright.design.offline.people_put_on import we_put_one_in_one_for
from appwright.design.offline.relationships import find_links
from appwright.design.offline.sentences import sentences
from appwright.design.offline.simplify import simplify
from appwright.design.offline.the_one_we_have import without_the_one
from appwright.design.offline.topic_words import APP_WORDS
from appwright.design.offline.types import infer_type
from appwright.design.offline.what_a_record_is import named_as_said_after
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import can_be_noun, is_plural, plural, verb_lemma
from appwright.spec.names import to_snake

MESSAGE_NOUNS = frozenset(
    ["comment", "message", "note", "reply", "post", "review", "remark", "answer"]
)


@cache
def read_model(description: str) -> ModelDraft:
    """Every entity the description names, with its fields and the links found with them."""
    # "a repair request records who raised it, ..., and it is assigned to ...": every reader,
    # the parse's too, takes the list said with *has*, and the *it* after it is the request;
    # "for each visit a crew makes we note ...": the visit's list, and its maker
    # "residents can complain about a beat with ...": the complaint's list; "a visit is for
    # one farm, done by one vet, ...": each piece the visit's, for the links read from the
    # parse too; so "tea duties putting a volunteer on a fixture as cook or helper": the duty's
    plain = [for_every_reader(sentence) for sentence in sentences(description)]
    said = made_at_each_part(named_as_said_after(name_it(name_each_one(adjective_as_noun(plain)))))
    simplified = (simplify(sentence) for sentence in said)
    found = [sentence for sentence in simplified if sentence]  # "we run a shop with 3 bays."
    vocabulary = _vocabulary(description)
    first = EntityReader({}, vocabulary)
    first.read(found)
    known = {name: {f.name for f in e.fields} for name, e in first.model.entities.items()}
    reader = EntityReader(known, vocabulary)
    reader.read(found)
    find_links(found, reader.model)
    reader.model.acting = people_named(found)
    read_counted_links(said, reader.model)
    # "when somebody books they get one bay for one show": the booking's, not the bay's;
    # "i put a signaller in a box for a shift": the shift's, the signaller not the box's
    read_act_links(
        [we_put_one_in_one_for(when_someone(sentence)) for sentence in said], reader.model
    )
    plainer = [for_the_parse(sentence) for sentence in said]
    for held in held_lists(plainer, reader.model):
        owner = reader.entity(held.owner) if held.new else held.owner
        if owner is not None:
            reader.held_list(owner, simplify(held.text))
        if owner is not None and held.kind is not None:
            reader.drop_kind_record(owner, held.kind)
    read_pair_values(found, reader.model)
    # "upholsterers see only the work orders handed to them", told handing them one: theirs
    people_kept_to_their_own(said, reader.model)
    reader.finish()
    without_the_one(reader.model, said)
    without_no_records(reader.model, said, description)
    return reader.model


class EntityReader(ClauseScan):
    """Reads every record of a description, then what the parse found, then tidies the model."""

    def held_list(self, owner: str, text: str) -> None:
        """A list the parse found for ``owner``: the items its fields do not already hold."""
        entity = self.model.entities[owner]
        held = [set(f.name.split("_")) for f in entity.fields]
        fresh = []
        items = split_list(text)
        if self.held_by_pointer(owner, items):
            return
        # "a condition of good, worn or retired", cut short by the parse: *worn* is a value
        values = {to_snake(o) for f in entity.fields for o in f.options or []}
        for item in items:
            if re.match(r"\s*(?:much|many|long)\s", item):
                continue  # "much they paid": a "how much ..." the parse cut in two
            draft = read_field(item)
            if draft is not None and draft.name in values and draft.type in ("text", "boolean"):
                continue
            if draft is None or not any(_same_field(draft.name, words) for words in held):
                fresh.append(item)
        if fresh:
            self.field_list(owner, fresh)
            self.drop_option_records(owner)
        self.drop_time_records(owner)

    def held_by_pointer(self, owner: str, items: list[str]) -> bool:
        """Whether an act's record that points at ``owner`` already holds every item: *a poet
        signs up for a night with the title of their piece and a slot number* under
        *sign-ups:* is the sign-up's list, not the poet's."""
        drafts = [read_field(item) for item in items]
        names = [d.name for d in drafts if d is not None]
        if len(names) < 2 or len(names) < len(items):
            return False
        pointers = {link.source for link in self.model.links if link.target == owner}
        # an act's record (a sign-up): what it records is no one else's
        for pointer in (n for n in self.model.entities if n in pointers & self.act_records):
            own = [f.name for f in self.model.entities[pointer].fields if f.type != "reference"]
            # the list is most of what the pointer holds: read for it, not beside it
            if all(n in own for n in names) and 2 * len(names) >= len(own):
                return True
        return False

    def drop_time_records(self, owner: str) -> None:
        """*Gradings are held a few times a year with a date and a fee*: the list read first as
        the year's goes to the gradings; a time word holding only the same fields goes. The
        owner itself goes only where another record holds its list too (*for each day we
        record the takings*, the shop's); *each season has a year and a fee* keeps its season."""
        fields = {f.name for f in self.model.entities[owner].fields}
        for name, entity in list(self.model.entities.items()):
            linked = any(name in (link.source, link.target) for link in self.model.links)
            held = {f.name for f in entity.fields}
            if name not in _TIME_NOUNS or linked or not held or not held <= fields:
                continue
            if name != owner or self._held_elsewhere(name, held):
                del self.model.entities[name]

    def _held_elsewhere(self, name: str, held: set[str]) -> bool:
        """Whether a record other than ``name`` holds every field in ``held``."""
        return any(
            held <= {f.name for f in entity.fields}
            for other, entity in self.model.entities.items()
            if other != name
        )

    def drop_kind_record(self, owner: str, kind: str) -> None:
        """*Sellers are parents with a name and email*: the list first read as the parents',
        which are only what the sellers are; the parents go when nothing else is said of them."""
        twin = self.model.resolve_phrase(kind)
        if twin is None or twin in (owner, self.model.topic):
            return
        fields = {f.name for f in self.model.entities[twin].fields}
        linked = any(twin in (link.source, link.target) for link in self.model.links)
        if not linked and fields <= {f.name for f in self.model.entities[owner].fields}:
            del self.model.entities[twin]

    def drop_option_records(self, owner: str) -> None:
        """*the floor type (carpet, vinyl or hardwood)* read once as a record whose fields are
        the options: the owner's choice field now holds them, so the record goes."""
        for draft in self.model.entities[owner].fields:
            twin = self.model.entities.get(draft.name)
            if twin is None or not draft.options or twin.name == owner:
                continue
            options = {to_snake(option) for option in draft.options}
            linked = any(twin.name in (link.source, link.target) for link in self.model.links)
            if not linked and {f.name for f in twin.fields} == options:
                del self.model.entities[twin.name]

    def joined_field(
        self, entity: EntityDraft, field: FieldDraft, joined: set[frozenset[str]]
    ) -> bool:
        """Whether a text field names the records ``entity`` is joined to many-to-many."""
        if field.reference or field.type != "text":
            return False
        target = self.model.resolve(entity_key(field.name.replace("_", " ")))
        return target is not None and frozenset((entity.name, target)) in joined

    def finish(self) -> None:
        """Resolve reference fields and give every entity something to show."""
        model = self.model
        under_the_full_name(model)
        joined = {
            frozenset((link.source, link.target))
            for link in model.links
            if link.kind == "many_to_many"
        }
        for entity in list(model.entities.values()):
            # "courses are tagged with the allergens": the many-to-many is the allergens field
            entity.fields = [f for f in entity.fields if not self.joined_field(entity, f, joined)]
            _without_own_name(entity)
            _length_of_an_occasion(entity)
            for field in entity.fields:
                if field.reference:
                    target = self.entity(field.reference)
                    field.reference = target
                elif field.type == "text":
                    _without_what_they_do(field, model)
                    key = entity_key(field.name.replace("_", " "))
                    target = model.resolve(key) if key else None
                    field.reference = target if target and target != entity.name else None
                    if field.reference and field.name.startswith("which_"):
                        # "which doctor did it": the doctor, named as the record it points at
                        field.name = field.reference
                if field.reference:
                    field.type = "reference"
                elif field.name == "number" and field.type == "text" and not field.options:
                    # "bays just have a number": bay 1, 2, 3, as *bay number* says
                    field.type = infer_type([entity.name.split("_")[-1], "number"])
                elif _numbered_in_a_row(entity, field) and not model.is_person(entity.name):
                    # "a bout has a bout number": bout 1, 2, 3; people's numbers (*member
                    # number*) are identifiers they are issued
                    field.type = "integer"
        for name in [n for n, e in model.entities.items() if _names_a_field(n, e)]:
            del model.entities[name]
            model.links = [link for link in model.links if name not in (link.source, link.target)]
            for entity in model.entities.values():
                entity.fields = [f for f in entity.fields if f.reference != name]
        used = {link.source for link in model.links} | {link.target for link in model.links}
        used |= {f.reference for e in model.entities.values() for f in e.fields if f.reference}
        for name in list(model.entities):
            entity = model.entities[name]
            if not entity.fields and name not in used and not entity.declared:
                del model.entities[name]
        if model.topic not in model.entities:
            model.topic = next(iter(model.entities), None)


def _without_what_they_do(field: FieldDraft, model: ModelDraft) -> None:
    """*the crane driver doing the job*: the crane driver, a record, named without what they
    do for this one."""
    named = field.name.split("_")
    doing = next(
        (
            i
            for i, w in enumerate(named)
            if i and w.endswith("ing") and verb_lemma(w) not in (None, w)
        ),
        None,
    )
    if doing is None:
        return
    one = "_".join(named[:doing])
    if model.resolve(one) is not None and model.resolve(field.name) is None:
        field.name = one


_TIME_NOUNS = frozenset(["day", "night", "week", "month", "quarter", "season", "year"])
_FIELD_WORDS = frozenset(["name", "address", "description", "notes", "title", "email", "phone"])


def _names_a_field(name: str, entity: EntityDraft) -> bool:
    """A record named by what a record holds (*its name*, *the weekly hire price*, *a phone
    number*) and holding nothing of its own: a field a reader took for a record."""
    if any(f.reference is None for f in entity.fields):
        return False
    named = name.split("_")
    return name in _FIELD_WORDS or named[-1] in _PRICES or infer_type(named) in _FIELD_TYPES


_FIELD_TYPES = frozenset(["email", "url", "date", "datetime", "boolean"])
"""Types only a field has. A record named by a count (*score*) or by money (*a mosaic
commission*, *a payment*) may be a record of them; one named as a date or an email is not."""
_PRICES = frozenset(["price", "cost", "fee"])


def _same_field(name: str, held: set[str]) -> bool:
    """Whether a field called ``name`` says what a field of the ``held`` words says
    (*phone* and *phone_number*, *date_left* and *left_on*)."""
    words = set(name.split("_")) - {"on", "at", "id"}
    held = held - {"on", "at", "id"}
    return bool(words and held) and (
        words <= held or held <= words or len(words & held) * 2 >= len(words | held)
    )


def _without_own_name(entity: EntityDraft) -> None:
    """``the kind of item`` on the item is its kind, ``the description of the fault`` on the
    fault its description: the record's own name adds nothing to its field's."""
    names = {f.name for f in entity.fields}
    for field in entity.fields:
        for owner in (entity.name, plural(entity.name)):
            stem = field.name.removesuffix(f"_of_{owner}").removesuffix(f"_of_the_{owner}")
            if stem != field.name and stem and stem not in names:
                names.add(stem)
                field.name = stem
                break


_LENGTH_IN_TIME = re.compile(r"^length_(?P<unit>seconds|minutes|hours)$")


_COUNTED_IN_TURN = frozenset(
    ["race", "round", "heat", "leg", "lap", "game", "bout", "frame", "hole", "stage", "innings"]
)
"""Turns of a contest, numbered in the order they come whenever they are held."""


def _numbered_in_a_row(entity: EntityDraft, field: FieldDraft) -> bool:
    """``a bout has a bout number``: the number a record is known by among its own kind, which
    counts them 1, 2, 3. A number named after something else (*registration number*) is an
    identifier written as text, and so is the own number of a record named otherwise or issued
    on a date (*a part's name and part number*, *a permit's number and expiry date*), which is
    its reference, not its place in a row; a bare *number* is read by its record's word."""
    own = entity.name.split("_")[-1]
    if field.type != "text" or field.options or field.name != f"{own}_number":
        return False
    if own in _COUNTED_IN_TURN:
        return True  # "races, each with a race number and a start time": race 1, 2, 3 of a day
    return not any(
        f.name in ("name", "title") or f.type in ("date", "datetime") for f in entity.fields
    )


def _length_of_an_occasion(entity: EntityDraft) -> None:
    """``a sitting has a date, a length in minutes and a type``: what happens on a date lasts
    (*duration_minutes*); a piece without one (*a talk with a length in minutes*) is long, and
    so is what runs for days or weeks (*a course with a start date and a length in weeks*)."""
    if not any(f.type in ("date", "datetime") for f in entity.fields):
        return
    names = {f.name for f in entity.fields}
    for field in entity.fields:
        timed = _LENGTH_IN_TIME.match(field.name)
        if timed and f"duration_{timed['unit']}" not in names:
            field.name = f"duration_{timed['unit']}"


def _vocabulary(description: str) -> set[str]:
    """The description's words, less those naming the app (*booking* in *a booking
    system*): the nouns it uses for acts (*rentals*, *sign-ups*) are looked up here."""
    tokens = words(normalize_text(description))
    said = {
        word
        for index, word in enumerate(tokens)
        if not (index + 1 < len(tokens) and tokens[index + 1] in APP_WORDS)
    }
    # "each audition has a date": a word counted out one by one is a noun of the description,
    # as its plural would show (*members audition for parts* then names auditions)
    counted = {
        plural(word)
        for before, word in pairwise(tokens)
        if before in ("each", "every") and not is_plural(word) and can_be_noun(word)
    }
    return said | counted
