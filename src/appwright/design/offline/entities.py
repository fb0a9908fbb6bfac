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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from appwright.design.offline.act_links import TIME_WORDS, read_act_links
from appwright.design.offline.act_lists import act_list, light_act
from appwright.design.offline.acts_about import may_act_about_one
from appwright.design.offline.counted import read_counted_links
from appwright.design.offline.draft import (
    CONTAINER_NOUNS,
    RECORD_HEADS,
    EntityDraft,
    FieldDraft,
    LinkDraft,
    ModelDraft,
    entity_key,
    resolve_name,
)
from appwright.design.offline.dropped_words import adjective_as_noun
from appwright.design.offline.each_one import name_each_one
from appwright.design.offline.event_mentions import GENERIC_PEOPLE, NON_ACTION_VERBS, find_event
from appwright.design.offline.field_names import KIND_OF
from appwright.design.offline.fields import STATE_NOUNS, for_some_only, read_field, values_clause
from appwright.design.offline.flow_text import listed_flow, names_states
from appwright.design.offline.has_lists import for_each_one_makes, said_as_has
from appwright.design.offline.held_fields import held_lists
from appwright.design.offline.it_named import name_it
from appwright.design.offline.links_done_by import people_named
from appwright.design.offline.no_records import without_no_records
from appwright.design.offline.own_people import people_kept_to_their_own
from appwright.design.offline.owner_people import when_someone
from appwright.design.offline.pair_values import read_pair_values
from appwright.design.offline.parse_rewrites import for_the_parse
from appwright.design.offline.parts_of_one import made_at_each_part
from appwright.design.offline.predicates import Predicate, read_predicate
from appwright.design.offline.record_wording import named_as_said_after, we_put_one_in_one_for
from appwright.design.offline.relationships import find_links
from appwright.design.offline.simplify import simplify
from appwright.design.offline.states import names_one_with_a_noun
from appwright.design.offline.text import (
    ADVERBS,
    AUXILIARIES,
    CONJUNCTIONS,
    DETERMINERS,
    FUNCTION_WORDS,
    IN_PARTICLE_VERBS,
    IRREGULAR_ACTS,
    MANY,
    NOUN_MARKERS,
    NUMERALS,
    PIECES,
    PLACED_IN,
    PLAIN_FIELD_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
    WH_WORDS,
    ZERO_ACTS,
    act_noun,
    bracketed,
    can_be_adjective,
    can_be_noun,
    can_be_verb,
    clauses,
    derived_noun,
    is_adverb,
    is_clause,
    is_next_act,
    is_noun_at,
    is_open_ended,
    is_past_participle,
    is_plural,
    leading_noun_phrase,
    listed_as_noun,
    names_a_doer,
    names_an_act,
    normalize_text,
    outside_brackets,
    parts_of_speech,
    plural,
    sentences,
    singular,
    split_list,
    split_options,
    split_top_level,
    strip_determiners,
    verb_form,
    verb_lemma,
    ways_it_was_done,
    word_set,
    words,
)
from appwright.design.offline.types import COUNTED_PLURALS, UNIT_TYPES, infer_type
from appwright.spec.names import to_snake

APP_WORDS = word_set(
    "app application system tracker tracking manager management tool platform portal software "
    "crm planner planning scheduler scheduling ordering booking widget dashboard website "
    "helpdesk gradebook solution"
)
"""Words that name the app being asked for, not a record in it (*a habit tracker*)."""
SECTION_WORDS = word_set(
    "report reports chart charts dashboard dashboards role roles permission permissions user "
    "users access flow workflow lifecycle states automation automations alert alerts "
    "notification notifications page pages layout view views screen screens rule rules"
)
"""Headers of parts other steps read (``Report: average score per course``)."""
_RECORD_REPORT = re.compile(
    r"(?!(?:daily|weekly|monthly|yearly|annual|quarterly|summary|sales|end)\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:sales|summary)\b)[a-z][\w\-]*)?\s+reports?"
)
"""*Damage report: which shelter, date reported, ...*, *Lost card reports: ...*: a report people
file, a record, where a header that is only *Report:* or *Monthly report:* asks for a figure."""
HAVE_VERBS = (
    r"(?:has|have|had)(?:\s+got)?|got|contains?|includes?|comes? with|consists? of|"
    # "every batch gets a species, ...", not "each client gets a tax return with ..."
    r"gets?(?=\s+(?:a|an|its|their)\s)(?!\s+(?:a|an)\s+(?:[\w\-]+\s+){1,3}with\b)|"
    # "each sample needs the date taken, ...", "sites need a name and a postcode", not
    # "customers need a quote"
    r"needs?(?=\s+(?:the|its|their)\s)|"
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bjust\s)(?<!\byou\s)needs?(?=\s+(?:a|an)\s+(?:name|title|number"
    r"|reference|code|date|description|postcode)\s*(?:,|and\b|$))|"
    r"(?:is|are) made up of|(?:is|are) (?:identified|described|defined|characteri[sz]ed) by|"
    r"(?:stores?|holds?|carr(?:y|ies)|records?|captures?|lists?|notes?|logs?|tracks?|keeps?|"
    # "each order says how many loads they want, the load size ...": what it says it holds
    r"shows?|says?|gives?|specif(?:y|ies))"
    # a question word after one of them is its object too: *a request records who raised it, the
    # room, ...* (*records who* is no noun and a relative)
    r"(?=\s+(?:the|a|an|its|their|our|all|several|many|multiple|how|who|whether|what)\b)"
)
"""Verbs whose object lists fields; the ones that are also nouns (*a patient records system*)
only when an article or a question word follows."""
_WHICH_THINGS_THEY = re.compile(
    r"(?:which|what|the)\s+(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:they|he|she|it)\s+"
    r"(?:take|takes|get|gets|want|wants|use|uses|order|orders|have|has|like|likes|buy|buys|"
    r"receive|receives|read|reads|follow|follows|play|plays|speak|speaks|need|needs)"
)
"""``which publications they take``: several of the records, each taken by many."""
_ACTS_ON_MANY = re.compile(
    r"(?P<verb>[a-z]+s)(?:\s+(?:for|on|with|in|to|from|up))?\s+(?:several|many|multiple|lots\s+of|"
    r"a\s+number\s+of|one\s+or\s+more|any\s+number\s+of)\s+(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""``..., a target abv and calls for several botanicals``: an act on several records, a
many-to-many link, not a count."""
_LINED_RECORDS = word_set("order invoice sale purchase quote quotation receipt basket bill")
"""Records whose parts are lines (*order lines*, *invoice lines*), whatever each line names."""
PARTY_NOUNS = word_set(
    "customer client member patient student pupil guest volunteer player tenant landlord "
    "resident driver"
)
"""People a business deals with, each always a record of their own: a list item naming one
alone (*customer*, *a patient*) is a link to them, never a text field."""
TRACK_VERBS = r"track|note|record|log|store|keep|capture|save|mark|remember"
MODALS = word_set("can could should would will shall must may might")
SUBJECT_PREPOSITIONS = word_set("for from at in on about to")
"""Prepositions inside a subject (*a quote for a customer has ...*): the head is before them."""
MESSAGE_NOUNS = frozenset(
    ["comment", "message", "note", "reply", "post", "review", "remark", "answer"]
)
EVENT_DATE_FIELD = "date"

_HAVE = re.compile(rf"\b(?P<verb>{HAVE_VERBS})\b\s+(?P<body>.+)$")
_ONLY_THEY_MAY = re.compile(
    r"(?:^|,\s+(?:and\s+|but\s+|while\s+)?)only\s+(?:the\s+|our\s+)?[a-z][\w\-']*(?:\s+[a-z][\w\-']*)?\s+"
    r"(?:can|may|should|will|is allowed to|are allowed to|records?|logs?|notes?|enters?|sets?)\s"
)
"""``only the coroner records the conclusion``, ``..., and only the lettings manager can give
the final decision``: who may write it (a permission), not what the coroner holds."""
_PERFECT_SUBJECT = re.compile(r"\b(?:once|when|after|until|if)\s+(?:they|we|i|he|she|you|it)\s*$")


def _is_perfect(text: str, have: re.Match[str]) -> bool:
    """Whether *have* is the perfect tense of a condition (*once they have given notice*)."""
    done = words(have.group("body"))[:1]
    return (
        bool(_PERFECT_SUBJECT.search(text[: have.start()]))
        and bool(done)
        and is_past_participle(done[0])
    )


_RECORD_OBJECT = re.compile(
    r"^(?:a|an|one)\s+[a-z][\w\- ]*?\s+(?:(?:for|on|of|to|about|against)\s+"
    r"(?:a|an|the|each|every|one|their|its)\s+[a-z][\w\- ]*?\s+)?with\b"
)
"""A track verb's object that is a new record with its fields (*a pickup for a route with
the date*), unlike a list of the subject's fields (*the number of players, the price*)."""
_ARRIVES_WITH = re.compile(
    r"^(?:when|whenever|once|if|each time|every time)\s+(?:(?:a|an|the|any|some)\s+)?[a-z]+\s+"
    r"[a-z]+(?:\s+(?:up|in|round|over|back))?\s+with\s+(?:a|an|some)\s+[^,;]+[,;]\s*"
)
"""``when a customer rings with a problem, we raise ...``: someone arriving with something,
the condition before the clause that says what is kept."""
_WITH = re.compile(
    r"(?:\bwith|,\s*giving(?:\s+(?:it|them))?|\b(?:stating|listing|noting|giving|detailing|"
    r"specifying)(?=\s+(?:the|a|an|its|their)\b))\s+(?!one of\b|each other\b|per\b)(?P<body>.+)$"
)
"""A list of fields after *with*, *, giving it* (*they review each project, giving it a
score and a comment*) or *stating* (*staff open a repair job stating the item, ...*)."""
_A_REASON = re.compile(r"(?:because|since|so\s+that|as\s+(?:they|it|we))(?:\s|$)")
_BELONGING_ITEM = re.compile(
    r"(?:(?:and\s+)?(?:each|every)\s+(?:one\s+)?|and\s+)?(?:belonging|belongs|tied|attached|linked)"
    r"\s+to\s+(?:a|an|one|the|its|their)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""*each one belonging to an owner*, as an item of a list: the record it belongs to."""
_HEADER = re.compile(r"^(?P<head>[^:]{1,80}):\s*(?P<body>.*)$")
_EITHER = re.compile(
    r"^(?P<subj>(?:(?:a|an|the|each|every|our|all)\s+)?[a-z][\w\- ]{0,40}?)\s+(?:is|are|can be)\s+"
    r"(?:either\s+|always\s+|one of\s+)?(?P<opts>[^,]+(?:,[^,]+)*\s+or\s+[\w\- ]+?)"
    r"(?=\s+and\s+(?:goes|moves|can|is|are|then)\b|$)"
)
_TRACK_FACT = re.compile(rf"\b(?:{TRACK_VERBS})\s+(?P<what>(?:when|whether|if|where|how)\b.+)$")
_TOPIC = re.compile(
    r"\b(?<!losing )(?<!lose )(?<!lost )(?<!loses )(?:keep track of|track|(?<!\ba )(?<!\bthe )(?<!\bits )tracking|manage|managing|organi[sz]e|log|catalog(?:ue)?|"
    r"keep a list of|a list of|list of)\s+(?:all\s+)?(?:of\s+)?(?:(?:my|our|the|their|your)\b)?\s*"
    r"(?P<np>[a-z][\w\- ]*)"
)
_ONE_WE_PUT_ON = re.compile(
    r"(?:manage|managing|organi[sz]e)\s+(?:a|an)\s+(?!(?:[a-z][\w\-]*\s+){1,3}of\b)"
)
"""``organise a spelling bee``: one event or body, the business itself, not the records it
keeps (``organise a collection of stamps`` is about the stamps)."""
_NEED = re.compile(
    r"^(?:i|we|you)\s+(?:also\s+)?(?:need|want|would like)\s+"
    r"(?:to\s+(?:know|track|record|store|keep|see|note)\s+)?(?=(?:the|a|an|their|its)\s)"
)
_REPORTISH = re.compile(r"\b(?:average|total|number of|count|how many|how much|per|report|chart)\b")
_FIGURE_ASKED = re.compile(
    r"^(?:the\s+|a\s+)?(?:total|average|sum|mean|count|number of|monthly|weekly|yearly|annual)\b"
    r".*\b(?:per|(?:to|for|by|of)\s+each|[a-z]+ed\s+each)\s+[a-z]"
)
"""``the total weight harvested per shore per year``, ``the total owed to each consignor``,
``the total i have charged each client``: a figure asked for, a report."""
_EACH_ONE_ACTS = re.compile(
    r"^(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)\s+(?!with\b)"
)
_STAGES_HEADER = re.compile(r"^(?:through\s+)?(?:the|its|their)\s+(?P<field>stage|phase)s\b")
_MOVES = re.compile(
    r"^(?:(?:a|an|the|each|every|our)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:moves|goes|go|move|progresses|progress|flows|passes)\s+(?P<flow>(?:from\s+|through\s+)?"
    r"[\w\- ]+?(?:\s+to\s+|\s*->\s*).+|through\s+[\w\- ]+(?:,\s*[\w\- ]+)+,?\s+(?:and\s+)?"
    r"(?:then|finally)\s+[\w\- ]+)$"
)
_LISTED_MOVES = re.compile(
    r"^(?:(?:a|an|the|each|every|our|its|their)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:moves|goes|go|move|progresses|progress|passes|pass|runs|run)\s+(?P<flow>.+)$"
)
"""``an order goes pending, approved, shipped, then delivered`` (``states.listed_flow``)."""
_STARTS_AS = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:starts|start|begins|begin)\s+(?:out\s+)?as\s+(?P<flow>[\w\-]+(?:\s+[\w\-]+)?"
    r"(?:,|\s+then\b|\s+and\s+then\b).+)$"
)
"""``a special order starts as waiting, becomes arrived ...``: a record with a status."""
_AND_IT_MOVES = re.compile(
    r",?\s+and\s+(?:it|they)\s+(?=(?:goes|go|moves|move|progresses|flows|passes)\s+from\b)"
)
_CHOICE = re.compile(
    r"^(?P<subj>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:can\s+|may\s+|will\s+)?(?P<verb>[a-z]+)\s+"
    r"(?P<opts>[\w\-]+(?:\s*,\s*[\w\-]+)*\s*,?\s+or\s+[\w\-]+)\s+(?:to|for|on)\s+"
    r"(?:each|every|a|an|the)\s+(?P<obj>[a-z][\w\- ]*)$"
)
_ON_ENTITY = re.compile(r"^(?P<field>.+?)\s+on\s+(?:the|each|every|a|an)\s+(?P<owner>[\w\- ]+)$")
_FOR_ENTITY = re.compile(
    r"^(?P<field>.+?)\s+(?:for|at|to)\s+(?:the|each|every|a|an|one)\s+(?P<target>[\w\- ]+)$"
)
_CONDITION = re.compile(r"\s+(?:until|unless|after|before|when|once|if|within)\b.*$")
"""The condition after a value (*disposed after 90 days*), not part of it."""
_THEN_STATES = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are|gets|get|becomes|become)\s+(?P<flow>[\w\-, ]+?(?:\s*,?\s+(?:and\s+)?then\s+.+))$"
)
_FLOW_CUE = re.compile(r"\b(?:goes|go|moves|move|progresses|flows?)\s+from\b|->")


_POSSESSIVE_LIST = re.compile(
    rf"\b(?:{TRACK_VERBS}|need|want|see|show|have|(?<=\bwe\s)hold|(?<=\bi\s)hold)\s+(?:(?:each|every|the|a|an|our|my)\s+)?"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)'s?\s+(?P<body>[a-z].+)$"
)
"""``We keep each tool's name, brand and value``, ``we hold each parent's phone``: the fields of
the possessor (*they hold a learner's permit* is a yes/no of theirs)."""
_IDIOM_VERBS = word_set("keep take make lose")
"""Verbs whose bare noun and *of* are one verb: *keep track of*, *take stock of*, *make use of*."""
_PARTICLES = VERB_PARTICLES | {"in", "over"}
"""Particles after a participle (*brought in*, *handed over*): part of the verb."""
_FOR_EACH_LIST = re.compile(
    r"^(?:for|about) (?:(?P<det>each|every|a|an|the|our|all)\s+)?"
    r"(?P<np>[a-z][\w\-]*(?:\s+(?!(?:on|in|for)\s)[a-z][\w\-]*)?)"
    rf"(?:\s+(?P<done>[a-z]+)(?:\s+(?:{'|'.join(sorted(_PARTICLES))}))?)?"
    r"(?:\s+(?:on|for|in|at|of|to)\s+(?:a|an|the|each|every|one)\s+"
    r"(?P<pp>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)|\s+(?:on|in|for)\s+(?P<state>[a-z][\w\-]*))?,?\s+"
    r"(?P<rest>(?:i|we|you)\s+.+)$"
)
"""``For every child we need the first name, ...`` / ``For artists we keep a name`` / ``for
every item brought in we note ...``: the fields of the child, of the artists, of the item; a
bare noun after *on*, *in* or *for* says where or how the record is (*for each stove on display
we keep ...*, as *each stove on display has ...*), no record of its own."""
_ON_THE_RECORD = re.compile(
    r"^(?:on|under|against|inside|within)\s+(?:the|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+(?:i|we|you)\s"
)
_WE_KEEP = re.compile(
    r"^(?:i|we|you)\s+(?:also\s+|always\s+|just\s+|only\s+)?"
    r"(?:(?:would|will|should|must|(?:need|have|want) to)\s+)?(?:also\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?:down|up|in|out))?\s+"
    # "we only need name, phone and email": a bare list, said as notes
    r"(?P<body>(?:(?:the|a|an|their|its|his|her)\s|[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s).+)$"
)
KEEP_VERBS = word_set(
    "hold keep need store record note log take ask collect capture want write enter save track "
    "register list require get file jot like put"
)
"""What people do with a record's details (*for every customer we hold a full name ...*)."""
_DATED_ACT_PREDICATE = (
    r"\s+(?:(?:can|may|will|should|could)\s+)?(?:also\s+|then\s+)?"
    r"(?P<verb>(?!(?:a|an|the|one)\b)[a-z]+)\s+"
    r"(?:(?:a|an|the|one)\s+(?!of\b)|one\s+of\s+(?:our|the|their|its)\s+)?"
    r"(?P<obj>[a-z][\w\-]*(?:\s+(?!(?:in|ahead|for|on)\b)[a-z][\w\-]*)?)"
    r"(?:\s+in advance|\s+ahead of time|\s+ahead)?\s+(?:for|on)\s+(?:a|an|the|one)\s+"
    r"(?:given\s+|specific\s+|certain\s+|particular\s+|chosen\s+)?"
    r"(?:(?P<what>event|start|collection|delivery|pickup|visit|party|wedding|arrival|"
    r"appointment|session|booking|hire)\s+)?"
    r"(?P<when>date|day|time|slot|evening|night|morning)\b"
)
_DATED_ACT = re.compile(
    r"^(?:(?P<det>the|our|all|a|an|each|every)\s+)?(?P<subj>[a-z][\w\-]*"
    r"(?:\s+(?!(?:can|may|will|should|could|also)\b)[a-z][\w\-]*)?)" + _DATED_ACT_PREDICATE
)
"""``members can reserve a tool in advance for a given date``: an act with a date."""
_DATED_ACT_SHORT = re.compile(
    r"^(?:(?P<det>the|our|all)\s+)?(?P<subj>[a-z][\w\-]*s)" + _DATED_ACT_PREDICATE
)
"""The same with a one-word plural subject: ``members book meeting rooms for a date``."""
_ACT_ON_A_RECORD = re.compile(
    r"^(?:(?:the|our|all|each|every)\s+)?(?P<subj>[a-z][\w\-]*)\s+"
    r"(?:(?:can|may|will|should|could)\s+)?(?:also\s+)?(?P<verb>[a-z]+)\s+(?:a|an)\s+"
    r"(?P<obj>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<prep>on|for|at|in|with|from|of)\s+"
    r"(?:a|an|the|one of (?:our|the|their)|their|our)\s+(?P<target>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?P<rest>(?:\s+(?:for|on)\s+(?:a|an|the)\s+.+)?)$"
)
"""``customers book a trip on a boat for a given date``: the people make a new record (the
trip), of a record already named (the boat)."""
_DATE_TAIL = re.compile(
    r"\b(?:for|on)\s+(?:a|an|the)\s+(?:given\s+|specific\s+|certain\s+|chosen\s+)?"
    r"(?P<when>date|day|time|slot)\b"
)
_PER_RECORD = re.compile(
    r"^(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:per|for each|for every)\s+"
    r"(?P<x>[a-z][\w\-]*)(?:\s+(?:per|and)\s+(?:each\s+|every\s+)?(?P<y>[a-z][\w\-]*))?"
    r"\s*[,:]\s*(?P<body>.+)$"
)
"""``attendance per rehearsal per singer, present yes/no``: a record per pair."""
_FOR_EACH_ITEM = re.compile(
    r"^(?:and\s+)?for (?:each|every|the) (?P<np>[a-z][\w\-]*(?:\s+(?!itself\b)[a-z][\w\-]*)?)\s+"
    r"(?:itself\s+)?(?P<rest>(?:the|a|an|its|their)\s+.+)$"
)
"""``for each rental the year``, ``for the device itself the type`` inside a list: the fields
after it are the rental's, the device's."""
_WHOSE_ITEM = re.compile(
    r"^(?:and\s+)?(?:the|each|every|its|their)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)'s?\s+"
    r"(?P<rest>[a-z].*)$"
)
"""``the contract's price`` in a list: a field of another record, named by its owner."""
_ALTERNATIVES = re.compile(
    r"\s*(?!.*\b(?:and|whether|if)\b)[\w\-']+(?:\s+[\w\-']+)?(?:,\s*[\w\-']+(?:\s+[\w\-']+)?)*"
    r",?\s+or\s+[\w\-']+(?:\s+[\w\-']+)?\s*"
)
"""``huacaya or suri``: one of these, a field's values."""
_ONES_ON_OFFER = re.compile(
    r"(?:the\s+)?number\s+of\s+(?P<things>[a-z][\w\-]*s)\s+"
    r"(?:on\s+offer|available|up\s+for\s+grabs|we\s+offer|offered|to\s+fill)"
)
"""``the number of slots on offer``: a count of the record's own slots, kept as records."""
_ONE_OF_THEM = re.compile(
    r"^one\s+(?P<of>of\s+(?:our|the|their|its|my)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:in|at|on)\s+[a-z][\w\-]*|\s+per\s+(?:each\s+|every\s+)?(?P<per>[a-z][\w\-]*))?$"
)
"""``one teacher in charge``, ``one dog per stay``, ``one of our set menus`` in a list of
fields: a reference to one of the teachers."""
_WRITTEN_ABOUT = re.compile(
    r"\b(?:writes?|makes?|creates?|records?|logs?|adds?|opens?|fills? (?:in|out)|attach(?:es)?|"
    r"files?|enters?|posts?)\s+(?:a|an)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:for|to|against|on)\s+(?:each|every|a|an|the)\s+"
    r"(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:about|covering|on|with|giving|stating|"
    r"listing)\s+(?!their\b|his\b|her\b)(?P<body>.+)$"
)
"""``the teachers write a daily note for each child about meals, nap and mood``, ``they
attach an observation log to the booking giving the target``, ``I log a harvest against the
batch with the date``."""
_TRAILING_CONNECTIVE = re.compile(
    r"(?:,?\s+(?:and|then|so|afterwards|later|also|they|we|i|you|he|she|can|may|will|could))+"
    r"\s*$"
)
_THEIR_LIST = re.compile(
    r"^(?:i|we|you)\s+(?:also\s+)?(?P<verb>[a-z]+)(?:\s+(?:down|up))?\s+their\s+(?P<body>.+)$"
)
"""``customers ring up and I write down their name, phone and address``."""
_WHEN_DONE = re.compile(
    r"^(?:when|once|after|whenever)\s+(?:the|a|an|each|every)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|has been|have been|gets|get)\s+"
    r"[a-z]+,?\s+(?P<rest>(?:we|i|you)\s+.+)$"
)
"""``when the job is done we note ...``: what follows is about the job."""
_AND_STATE_PREDICATE = re.compile(
    r",\s*and\s+(?:it\s+|they\s+)?(?=(?:is|are|goes|go|moves|move|gets|get|becomes|become)\s+"
    r"(?:[a-z]+\s*,?\s+(?:and\s+)?then\b|from\b|through\b))"
)
"""A second predicate sharing a have-clause's subject that names its states (*..., and is
listed, then sold or unsold*; *..., and goes from draft to sent*)."""
_WHEN_IT_ACTS = re.compile(
    r"^(?:when|once|after|whenever)\s+(?:the|a|an|each|every)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s),?\s+"
    rf"(?:we|i|you)\s+(?:{TRACK_VERBS}|take|write down|enter|note down)s?\s+(?P<list>.+)$"
)
"""``when an item sells we note the sale date, the price paid and the buyer's name``: the
act's record when the list names it (*the sale date*), else the item's own fields."""
_A_RECORD_WITH = re.compile(
    r"^(?:a|an)\s+(?P<np>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)\s+with\s+(?P<rest>.+)$"
)
_WE_RECORD_A = re.compile(
    rf"^(?:we|i|you)\s+(?:{TRACK_VERBS}|write down|enter|note down|create|add)s?\s+(?:a|an)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+(?!with\b)[a-z][\w\-]*)?)\s+with\b"
)
_AFTER_EACH_WE_RECORD = re.compile(
    r"^(?:after|for|with|at the end of|on)\s+(?:each|every)\s+(?P<each>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    rf",?\s+(?:we|i)\s+(?:also\s+)?(?:{TRACK_VERBS}|write down|enter|note down|add|list)s?\s+"
    r"(?:a|an|the|one or more|several|any)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)
_WHEN_WE_ACT = re.compile(
    r"^(?:when|once|after|whenever|each time|every time)\s+"
    r"(?:we|i|(?:the|a|an|our|someone|somebody)(?:\s+[a-z][\w\-]*){0,3}?)\s+(?P<verb>[a-z]+)\s+"
    r"(?:a|an|the|each|every|new)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?\s+"
    rf"(?:we|i)\s+(?:{TRACK_VERBS}|write down|enter|note down)s?\s+(?P<list>.+)$"
)
"""``when we receive a delivery we record the date, the supply and the quantity``, ``when the
agency issues a flood alert we log the date ...``: the list is the delivery's, the alert's, a
record of its own (a named supply among it is a link)."""
_PERSON_CLAUSE = re.compile(
    r"^(?P<first>.+?)(?:,\s*|\s+)(?:and|but|so)\s+(?P<second>(?:we|i|you)\s+.+)$"
)
_STATUS_IS = re.compile(
    r"^(?:(?:a|an|the|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<field>status|stage|state|phase)\s+(?:is|are|can be|will be)\s+(?:either\s+|one of\s+)?"
    r"(?P<opts>[\w\- ]+(?:,\s*[\w\- ]+)+,?\s+(?:and|or)\s+[\w\- ]+)$"
)
"""``Order status is received, cutting, ready and delivered``: the values in their order."""

NOT_READ = "\0"
"""What a pattern returns when the clause is not of its kind (else: the unread rest or None)."""


@dataclass
class Host:
    """What a list of fields belongs to: a noun phrase, or an event named by a verb."""

    phrase: str
    event: bool = False
    """The phrase is a verb (``check in``): the host is an event entity named after it."""
    event_object: str | None = None


@cache
def read_model(description: str) -> ModelDraft:
    """Every entity the description names, with its fields and the links found with them."""
    # "a repair request records who raised it, ..., and it is assigned to ...": every reader,
    # the parse's too, takes the list said with *has*, and the *it* after it is the request;
    # "for each visit a crew makes we note ...": the visit's list, and its maker
    # "residents can complain about a beat with ...": the complaint's list
    plain = [
        said_as_has(for_each_one_makes(may_act_about_one(sentence)))
        for sentence in sentences(description)
    ]
    said = made_at_each_part(named_as_said_after(name_it(name_each_one(adjective_as_noun(plain)))))
    simplified = (simplify(sentence) for sentence in said)
    found = [sentence for sentence in simplified if sentence]  # "we run a shop with 3 bays."
    vocabulary = _vocabulary(description)
    first = _Reader({}, vocabulary)
    first.read(found)
    known = {name: {f.name for f in e.fields} for name, e in first.model.entities.items()}
    reader = _Reader(known, vocabulary)
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
    _without_the_one(reader.model, said)
    without_no_records(reader.model, said, description)
    return reader.model


_WHAT_IT_TAKES_IN = word_set("cover span include involve contain")
"""Verbs that say what a record takes in, no act: *a shift covers one area on one date* is the
shift's area and date, no *covering*."""


_TAKING_TURNS = (
    r"books?|booked|booking|reserves?|reserved|hires?|hired|rents?|rented|uses?|used|using"
)
"""Verbs by which people take turns with a thing: *books the room*."""


def _only_ever_the_one(name: str, text: str) -> bool:
    """Whether ``text`` says ``name`` only as the business's one (*the room*, *its extraction
    room*), never *a room*, *rooms* or *each room*, and takes turns with it (*books the room*)."""
    the_one = ("the", "our", "its", "my")
    uses = re.findall(rf"\b(\w+)\s+(?:([a-z]+)\s+)?{re.escape(name)}(s?)\b", text)
    for before, modifier, ending in uses:
        # "books the room": the word before is the determiner; "its extraction room": one
        # modifier between them
        determiner, between = (before, modifier) if modifier else (None, before)
        said_as_one = between in the_one or (
            determiner in the_one and between not in FUNCTION_WORDS
        )
        if ending or not said_as_one:
            return False
    return (
        bool(uses)
        and re.search(rf"\b{re.escape(plural(name))}\b", text) is None
        and re.search(rf"\b(?:{_TAKING_TURNS})\s+the\s+{re.escape(name)}\b", text) is not None
    )


def _without_the_one(model: ModelDraft, said: list[str]) -> None:
    """*a member books the room for a date*, where the room is only ever *the room*: the one
    the business has, taken in turns, not a record of rooms. Only a bare entity, nothing kept
    about it (*the vet they're registered with* is one of many vets)."""
    text = " ".join(outside_brackets(sentence) for sentence in said)
    for name, entity in list(model.entities.items()):
        own = [f for f in entity.fields if f.reference is None]
        points = any(link.source == name for link in model.links) or any(
            f.reference for f in entity.fields
        )  # "the sap collected from a tap is logged": a record of its own after all
        if own or points or entity.declared or "_" in name or not _only_ever_the_one(name, text):
            continue
        del model.entities[name]
        model.links = [link for link in model.links if name not in (link.source, link.target)]
        for other in model.entities.values():
            other.fields = [f for f in other.fields if f.reference != name]


class _Reader:
    def __init__(self, known: dict[str, set[str]], vocabulary: set[str]) -> None:
        self.model = ModelDraft(vocabulary=vocabulary)
        self.known = known
        """The entities a first reading found, with their fields' names."""
        self.titled = False
        """The topic was read from a title alone (*Right to rent checks.*), not from a record's
        own list (*Polling stations: name, ...*)."""
        self.last: str | None = None
        self.clause_subject: str | None = None
        """The record the clause before opened with: what a later *it* means."""
        self.each_subject: str | None = None
        """The record the clause before was about each one of (*each job runs on one machine*):
        whose a list we keep right after is."""
        self.sentence_subject: str | None = None
        """The record an earlier clause of the same sentence opened with (*each tenant is given
        a plot - we keep their name*): whom a *their* list of ours means."""
        self.whole_clause = ""
        """The clause being read, as ``clauses`` cut it."""
        self.whole_sentence = ""
        """The sentence the clause being read is part of."""
        self.act_records: set[str] = set()
        """Records a header names as someone's act (*sign-ups: a poet signs up ...*)."""

    # --- entities ---------------------------------------------------------------------------

    def entity(self, phrase: str, *, declared: bool = True) -> str | None:
        key = entity_key(phrase)
        if not key or key in SUBJECT_PRONOUNS:
            return None
        name = self.model.resolve(key) or key
        if name != key and (self._only_the_title(name) or self._of_both(key, name)):
            name = key  # "right to rent checks. ... follow-up checks: ...": a record of its own
        entity = self.model.entities.get(name)
        if entity is None:
            entity = self.model.entities[name] = EntityDraft(name=name)
        entity.declared = entity.declared or declared
        self.last = name
        return name

    def _of_both(self, key: str, name: str) -> bool:
        """Whether ``key`` is one record's name before another's (*driver licence*) in a sentence
        saying it belongs to the first (*each driver licence belongs to one driver*): the
        record of both, not a kind of the second."""
        first = key.removesuffix(f"_{name}")
        return (
            first != key
            and first in self.model.entities
            and re.search(
                rf"\bbelongs\s+to\s+one\s+{first.replace('_', ' ')}\b", self.whole_sentence
            )
            is not None
        )

    def _only_the_title(self, name: str) -> bool:
        """Whether ``name`` is only what a title alone is about, not yet a record anything said
        has or does: a longer name ending in it (*follow-up checks*) names a record of its own
        (where the topic is a record's own header, *polling stations: ...*, it is that record)."""
        entity = self.model.entities.get(name)
        return (
            self.titled
            and name == self.model.topic
            and entity is not None
            and not entity.declared
            and not entity.fields
            and not self.known.get(name)
        )

    def add_field(self, entity: str, phrase: str) -> None:
        on = _ON_ENTITY.match(outside_brackets(phrase))
        if on and self.is_entity_phrase(on.group("owner")):
            entity = self.entity(on.group("owner")) or entity
            phrase = on.group("field")
        toward = _FOR_ENTITY.match(outside_brackets(phrase))
        if toward and self.is_entity_phrase(toward.group("target")):
            target = self.entity(toward.group("target"), declared=False)
            self.last = entity
            if target and target != entity:
                # "the date for a van": the record's date, and the van it is for
                self.model.link(LinkDraft(source=entity, target=target))
                phrase = toward.group("field")
        draft = read_field(phrase)
        if draft is not None:
            self.model.entities[entity].add(draft)

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
        the year's goes to the gradings; a time word holding only the same fields goes."""
        fields = {f.name for f in self.model.entities[owner].fields}
        for name, entity in list(self.model.entities.items()):
            linked = any(name in (link.source, link.target) for link in self.model.links)
            held = {f.name for f in entity.fields}
            if name in _TIME_NOUNS and not linked and held and held <= fields:
                del self.model.entities[name]

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

    def is_entity_phrase(self, phrase: str) -> bool:
        key = entity_key(phrase)
        if not key:
            return False
        if key in self.known or key in self.model.entities:
            return True
        return self.model.resolve(key) is not None and key.count("_") == 0

    # --- reading ----------------------------------------------------------------------------

    def read(self, found: list[str]) -> None:
        if found:
            self.topic(found[0])
        for sentence in found:
            self.whole_sentence = sentence
            for index, clause in enumerate(clauses(sentence)):
                self.sentence_subject = self.clause_subject if index else None
                self.whole_clause = clause
                tokens = words(outside_brackets(clause))
                opening = leading_noun_phrase(tokens)
                self.clause(clause)
                if tokens and tokens[0] in SUBJECT_PRONOUNS:
                    continue
                named = bool(tokens) and tokens[0] in ("each", "every", "a", "an", "the")
                if opening and (named or self.is_entity_phrase(opening)):
                    self.clause_subject = opening
                else:
                    self.clause_subject = None
                self.each_subject = opening if tokens and tokens[0] in ("each", "every") else None

    def topic(self, sentence: str) -> None:
        head = _HEADER.match(clauses(sentence)[0])
        text = head.group("head") if head else clauses(sentence)[0]
        phrase = _topic_phrase(text)
        if phrase:
            name = self.entity(phrase, declared=False)
            self.model.topic = name
            self.titled = head is None and len(clauses(sentence)) == 1

    def clause(self, clause: str) -> None:
        header = _HEADER.match(clause)
        if header and ":" not in outside_brackets(header.group("head")):
            head, body = header.group("head").strip(), header.group("body").strip()
            if self.record_after_each(head, body) or self.per_record(clause):
                return
            person = _PERSON_CLAUSE.match(head)
            if person:
                # "customers come in and we take measurements: chest, waist": two clauses
                self.scan(person.group("first"))
                self.clause(f"{person.group('second')}: {body}")
                return
            if self.verb_header(head, body):
                return
            if _is_header(clause):
                self.header(head, body)
                return
        self.scan(clause)

    def record_after_each(self, head: str, body: str) -> bool:
        """``After every trip we log the catch: species, count``: a record of its own, with the
        listed fields, belonging to the record named first."""
        match = _AFTER_EACH_WE_RECORD.match(head)
        if match is None or not self.is_entity_phrase(match.group("each")):
            return False
        items = split_list(body)
        if not items or is_clause(items[0]) or _is_entity_item(items[0]):
            return False
        context = self.entity(match.group("each"), declared=False)
        made = self.entity(match.group("np"))
        if made is None or context is None or made == context:
            return False
        self.model.link(LinkDraft(source=made, target=context))
        self.field_list(made, items)
        return True

    def verb_header(self, head: str, body: str) -> bool:
        """``Speakers submit talks: title, abstract`` lists the talks' fields (a talk points at
        its speaker); ``Harvests are picked from a parcel: date, weight`` the harvests' own."""
        found = read_predicate(head) if head.count("(") == head.count(")") else None
        if (
            found is None
            or not body
            or find_event(head, self.model.vocabulary) is not None
            or (any(w in SECTION_WORDS for w in words(head)) and not _logs_one(head, found))
            or (found.verb in NON_ACTION_VERBS and found.verb != "belong" and not _reduced(head))
            or (found.object is None and not found.passive and found.preposition == "with")
        ):
            return False
        items = split_list(body)
        if not items or is_clause(items[0]) or _is_entity_item(items[0]):
            return False
        if found.object is not None:
            owner = self.entity(found.object)
            person = None if found.personal else self.entity(found.subject, declared=False)
            if owner is not None and person is not None and person != owner:
                self.model.link(LinkDraft(source=owner, target=person))
        else:
            owner = None if found.personal else self.entity(found.subject)
        if owner is None:
            return False
        self.predicate_link(owner, found)
        self.field_list(owner, items)
        self.inner_brackets(head)
        return True

    def predicate_link(self, owner: str, found: Predicate) -> None:
        """The record named after the preposition, when it is a known record: *from a parcel*,
        *from one or more harvests* (several: many-to-many)."""
        if found.complement is None or not self.is_entity_phrase(found.complement):
            return
        target = self.entity(found.complement, declared=False)
        if target is not None and target != owner:
            kind = "many_to_many" if found.many else "many_to_one"
            self.model.link(LinkDraft(source=owner, target=target, kind=kind))
        self.last = owner

    def their_list(self, text: str) -> bool:
        """``I write down their name, phone number and address``: the fields of the people
        just named."""
        match = _THEIR_LIST.match(text)
        if match is None:
            return False
        lemma = verb_lemma(match.group("verb")) or match.group("verb")
        if not re.fullmatch(TRACK_VERBS + "|write|take|ask|collect|need|get", lemma):
            return False
        items = split_list(match.group("body"))
        if not items or any(self.is_entity_phrase(i) for i in items):
            return False
        # "each tenant is given a plot - we keep their name": the record opening the sentence,
        # when ours is a clause of its own ("for the carriers, i need their name": the carriers)
        said = self.sentence_subject if text == self.whole_clause else None
        owner = (self.entity(said, declared=False) if said else None) or self.last
        if owner is None:
            return False
        self.field_list(owner, items)
        return True

    def when_we_act(self, text: str) -> bool:
        match = _WHEN_WE_ACT.match(text)
        if match is None or verb_lemma(match.group("verb")) is None:
            return False
        ours = re.match(r"^\S+\s+(?:we|i)\s", text) is not None
        if (not ours and re.match(r"(?:a|an)\s", match.group("list"))) or _RECORD_OBJECT.match(
            match.group("list")
        ):
            # "when someone borrows a tool we record a loan with ...", "when i do a house i log
            # a visit with ...": the loan's, the visit's
            return False
        owner = self.entity(match.group("np"))
        if owner is None:
            return False
        self.field_list(owner, split_list(match.group("list")))
        return True

    def when_done(self, text: str) -> bool:
        """``when the job is done we note ...``: the rest is about the job."""
        match = _WHEN_DONE.match(text)
        if match is None or not self.is_entity_phrase(match.group("np")):
            return False
        done = self.last = self.entity(match.group("np"), declared=False)
        self.scan(match.group("rest"))
        made = _WE_RECORD_A.match(match.group("rest"))
        if made and done is not None and self.is_entity_phrase(made.group("np")):
            record = self.entity(made.group("np"))
            if record is not None and record != done:
                # "when a boat is repaired we record a repair with ...": the repair's boat
                self.model.link(LinkDraft(source=record, target=done))
        return True

    def when_it_acts(self, text: str) -> bool:
        match = _WHEN_IT_ACTS.match(text)
        if match is None or not self.is_entity_phrase(match.group("np")):
            return False
        lemma = verb_lemma(match.group("verb"))
        if lemma is None or lemma == match.group("verb") or lemma in AUXILIARIES:
            return False
        thing = self.entity(match.group("np"), declared=False)
        if thing is None:
            return False
        made = _A_RECORD_WITH.match(match.group("list"))
        if made is not None and not self.is_entity_phrase(split_list(made["rest"])[0]):
            # "when a phone goes we log a sale with the date, ...": the sale's, of the phone
            record = self.entity(made["np"])
            if record is not None and record != thing:
                self.field_list(record, split_list(made["rest"]))
                self.model.link(LinkDraft(source=record, target=thing))
                return True
        items = split_list(match.group("list"))
        act = derived_noun(lemma, self.model.vocabulary)
        named = act is not None and any(
            strip_determiners(item).startswith(f"{act} ") for item in items
        )
        record = self.entity(act) if act is not None and named else None
        if record is None or record == thing:
            self.field_list(thing, items)
            return True
        self.field_list(record, items)
        self.model.link(LinkDraft(source=record, target=thing))
        return True

    def timed_subject(self, text: str) -> None:
        """``each screening shows one film at a start time``: what happens at a time is a
        record, and the time is its field (the rest of the clause is read as usual); ``a
        session takes place in one room on a date, from a start time for a number of hours``:
        several times in one clause are all the record's."""
        match = _TIMED_ONE.match(outside_brackets(text))
        if match is None:
            return
        verb = match.group("verb")
        if verb in AUXILIARIES or not can_be_verb(verb) or re.fullmatch(HAVE_VERBS, verb):
            return
        found = list(_WHEN_IN_CLAUSE.finditer(match["rest"]))
        last = _AT_A_TIME_LAST.search(match["rest"])
        if len(found) >= 2:
            whens = [when["when"] or f"the {when['unit']}" for when in found]
        elif last is not None and (
            match["det"] in ("each", "every") or verb_lemma(verb) in _WHAT_IT_TAKES_IN
        ):
            whens = [last["when"]]
        else:
            return
        owner = self.entity(match.group("np"))
        if owner is None:
            return
        for when in whens:
            self.add_field(owner, when)

    def passive_subject(self, text: str) -> str | None:
        """The record a passive clause opens with (*a batch of a beer is brewed*), with the
        date or time it is done on as its field (*... on a brew date*)."""
        match = _PASSIVE_SUBJECT.match(outside_brackets(text))
        if match is None or not is_past_participle(match.group("done")):
            return None
        owner = self.entity(match.group("np"))
        when = _ON_A_WHEN.match(outside_brackets(text)[match.end() :])
        if owner is not None and when:
            self.add_field(owner, when.group("when"))
        return owner

    def dated_act(self, text: str) -> bool:
        """``members can reserve a tool for a given date``: an act with a date of its own is a
        record (a reservation), of the thing and by the people (when they are records)."""
        said, text = text, outside_brackets(text)  # "a customer (name, phone) books a ..."
        match = _DATED_ACT_SHORT.match(text) or _DATED_ACT.match(text)
        if match is None:
            return False
        lemma = verb_lemma(match.group("verb"))
        subject = match.group("subj")
        obj = match.group("obj")
        named = derived_noun(lemma, self.model.vocabulary) if lemma else None
        # "clients book a consultation on a date": the object is an act itself, the record
        last = obj.split()[-1]
        own = not is_plural(last) and (
            (names_an_act(last) if named is None else named == last) or last in ZERO_ACTS
        )
        reserved = lemma in _RESERVING_VERBS and _is_noun_phrase(obj)
        if (
            lemma is None
            or lemma in NON_ACTION_VERBS
            or lemma in _WHAT_IT_TAKES_IN
            or not (is_plural(subject.split()[-1]) or match["det"] in ("a", "an", "each", "every"))
            or not _is_noun_phrase(subject)
            or not (self.is_entity_phrase(obj) or (named and is_plural(last)) or own or reserved)
        ):
            # "members book meeting rooms for a date" in a description that speaks of
            # bookings: the rooms are records too
            return False
        noun = obj if own else named or act_noun(lemma)
        made = self.entity(noun) if noun else None
        if made is None:
            return False
        kind = _when_type(match.group("when"))
        when = self.model.entities[made]
        if not any(f.type in ("date", "datetime") for f in when.fields):
            # "books a hire for an event date": the date's own name, where one is said
            what = match.group("what")
            when.add(
                FieldDraft(
                    name=f"{what}_{match.group('when')}" if what else EVENT_DATE_FIELD, type=kind
                )
            )
        self.point_at(made, match.group("obj"), subject)
        self.inner_brackets(said)
        more = _MORE_DETAILS.match(text[match.end() :])
        chosen = _AND_ONE_OF.match(said[_position_in(said, text, match.end()) :])
        details = split_list(more["body"] or more["listed"]) if more else []
        if details and all(_names_a_detail(item) for item in details):
            # "... for an event date at a venue address": the act's details too
            self.field_list(made, details)
        elif chosen:
            # "... for a date and a session (morning or afternoon)": one of the values told
            self.add_field(made, chosen["item"])
        why = _FOR_A_REASON_LIKE.match(text[match.end() :])
        if why and not self.is_entity_phrase(why["what"]):
            # "... on a given date for a reason like tb testing or calving": the act's reason
            self.add_field(made, f"a {why['what']}")
        listed = _WITH_LIST_AFTER.match(text[match.end() :])
        if listed:
            # "... book a lane for a date with how many players and whether ...": the act's
            rest = self.field_list(made, split_list(listed.group("body")))
            if rest:
                self.scan(rest)
        self.last = made
        return True

    def point_at(self, made: str, *phrases: str | None) -> list[str | None]:
        """Link ``made`` to the record each phrase names (made an entity when it is new);
        the names, in order, None for a missing phrase."""
        found: list[str | None] = []
        for phrase in phrases:
            other = self.entity(phrase, declared=False) if phrase else None
            if other is not None and other != made:
                self.model.link(LinkDraft(source=made, target=other))
            found.append(other)
        return found

    def act_with_list(self, text: str) -> bool:
        """``a customer books one of our tables with a start time``: the list is the act's
        (a booking), which points at the customer and the table."""
        found = act_list(text, self.model.vocabulary)
        if found is None or not self.is_entity_phrase(found.object):
            return False
        made = self.entity(found.act)
        if made is None:
            return False
        _, target = self.point_at(made, found.subject, found.object)
        described = re.search(rf"\b{re.escape(found.object)}\s*\((?P<inner>[^)]+)\)", text)
        if described and target is not None:
            # "one of our tables (table number and how many seats it has)": the table's own
            self.field_list(target, split_list(described.group("inner")))
        rest = self.field_list(made, split_list(found.body))
        self.last = made
        for after in (rest, found.rest):
            if after:
                self.scan(after)
        return True

    def made_by_person(self, text: str) -> bool:
        """``at each grading a member makes an attempt for a belt that is marked pass or
        fail``: the attempt is a record of the member's, at the grading, for a belt (the
        member's field) and with a result."""
        found = light_act(text)
        if found is None or not self.is_entity_phrase(found.subject):
            return False
        made = self.entity(found.made)
        person = self.entity(found.subject, declared=False)
        if made is None or person is None or person == made:
            return False
        record = self.model.entities[made]
        known_what = found.what is not None and self.is_entity_phrase(found.what)
        self.point_at(made, found.subject, found.where, found.what if known_what else None)
        if found.what and not known_what:
            # "for a belt": the member's belt field says what a belt can be
            fields = self.model.entities[person].fields
            like = next((f for f in fields if f.name.endswith(found.what)), None)
            record.add(
                FieldDraft(
                    name=found.what,
                    type=like.type if like else "text",
                    options=list(like.options) if like and like.options else None,
                )
            )
        if found.outcomes:
            record.add(FieldDraft(name="result", type="enum", options=found.outcomes))
        self.last = made
        return True

    def act_on_record(self, text: str) -> bool:
        """``Customers book a trip on a boat for a given date``: the object, new and singular,
        is a record of its own, pointing at the known record after the preposition and at the
        people who make it; a date it is for is its field."""
        match = _ACT_ON_A_RECORD.match(outside_brackets(text))
        if match is None:
            return False
        verb, subject, obj = match.group("verb"), match.group("subj"), match.group("obj")
        lemma = verb_lemma(verb)
        if (
            lemma is None
            or lemma in NON_ACTION_VERBS
            or re.fullmatch(HAVE_VERBS, verb)
            or not is_plural(subject)
            or subject in FUNCTION_WORDS
            or not all(can_be_noun(w) and w not in FUNCTION_WORDS for w in words(obj))
            or derived_noun(lemma, self.model.vocabulary) is not None
            or not self.is_entity_phrase(match.group("target"))
        ):
            # a description that names the act (*bookings*) makes that the record
            return False
        made = self.entity(obj)
        target = self.entity(match.group("target"), declared=False)
        person = self.entity(subject, declared=False)
        if made is None:
            return False
        for other in (target, person):
            if other is not None and other != made:
                self.model.link(LinkDraft(source=made, target=other))
        when = _DATE_TAIL.search(match.group("rest"))
        if when:
            self.model.entities[made].add(
                FieldDraft(name=EVENT_DATE_FIELD, type=_when_type(when.group("when")))
            )
        self.last = made
        return True

    def measure_from_record(self, text: str) -> bool:
        """``each order line takes a weight in kg from one catch``: a value the record holds,
        and the one known record it is taken from, for or against."""
        plain = outside_brackets(text)
        unit = _IN_A_UNIT.search(plain)
        found = read_predicate(plain[: unit.start()] + plain[unit.end() :] if unit else plain)
        if (
            found is None
            or found.personal
            or found.passive
            or found.object is None
            or found.complement is None
            or found.preposition not in _SOURCE_PREPOSITIONS
            or found.verb in NON_ACTION_VERBS
            or self.is_entity_phrase(found.object)
            or not self.is_entity_phrase(found.complement)
        ):
            return False
        measure = read_field(f"{found.object} in {unit.group('unit')}" if unit else found.object)
        if measure is None or (measure.type == "text" and measure.name not in COMMON_FIELD_NAMES):
            return False
        owner = self.entity(found.subject)
        target = self.entity(found.complement, declared=False)
        if owner is None or target is None or owner == target:
            return False
        self.model.entities[owner].add(measure)
        kind = "many_to_many" if found.many else "many_to_one"
        self.model.link(LinkDraft(source=owner, target=target, kind=kind))
        self.last = owner
        return True

    def per_record(self, text: str) -> bool:
        """``attendance per rehearsal per singer, present yes/no``: a record for each pair,
        with the fields after the comma."""
        match = _PER_RECORD.match(text)
        if match is None:
            return False
        np = match.group("np")
        np_words = words(np)
        if (
            not _is_noun_phrase(np)
            # "drill log per job": the dictionary knows *log* only as a verb
            or any(
                w in FUNCTION_WORDS or not (can_be_noun(w) or w in RECORD_HEADS) for w in np_words
            )
            or _REPORTISH.search(np)
            or any(w in SECTION_WORDS for w in np_words)
        ):
            return False
        # "drill log per job per day": the day is when, kept in its date, no record's
        ends = [p for p in (match.group("x"), match.group("y")) if p and p not in TIME_WORDS]
        if not ends or not all(self.is_entity_phrase(p) for p in ends):
            return False
        items = split_list(match.group("body"))
        if not items or any(is_clause(i) or self.is_entity_phrase(i) for i in items):
            return False
        made = self.entity(np)
        if made is None:
            return False
        for phrase in ends:
            target = self.entity(phrase, declared=False)
            if target is not None and target != made:
                self.model.link(LinkDraft(source=made, target=target))
        self.field_list(made, items)
        return True

    def for_each_list(self, text: str) -> bool:
        """``for every child we need the first name, last name, ...``; ``on the booking we
        take ...`` of a known record."""
        on = _ON_THE_RECORD.match(text)
        if on is not None:
            act = on.group("np").split()[-1]
            if self.is_entity_phrase(on.group("np")) or names_an_act(act) or act in ZERO_ACTS:
                text = f"for each {text[on.start('np') :]}"
        match = _FOR_EACH_LIST.match(text)
        if match is None:
            return False
        named, done = words(match.group("np")), match.group("done")
        if (
            len(named) > 1
            and is_past_participle(named[-1])
            and (done is None or done in _PARTICLES)
        ):
            named, done = named[:-1], named[-1]  # "for each bike repaired at a station"
        if (
            not _is_noun_phrase(" ".join(named))
            or (done is not None and not is_past_participle(done))
            or (match.group("det") is None and not is_plural(named[-1]))
        ):
            return False
        owner = self.entity(" ".join(named))
        if owner is None:
            return False
        place = match.group("pp")
        if place and _is_noun_phrase(place):
            # "for each booking on a sailing we record ...": the booking is on the sailing
            target = self.entity(place, declared=False)
            if target is not None and target != owner:
                self.model.link(LinkDraft(source=owner, target=target))
            self.last = owner
        kept = _WE_KEEP.match(match.group("rest"))
        items = split_list(kept.group("body")) if kept else []
        if (
            kept
            and (verb_lemma(kept.group("verb")) or kept.group("verb")) in KEEP_VERBS
            and not _RECORD_OBJECT.match(kept.group("body"))
            and not any(
                (
                    _is_entity_item(i)
                    and not _WHOSE_ITEM.match(i)
                    and not _with_values(i)
                    and self.record_item(i) is None
                )
                or (
                    self.is_entity_phrase(i)
                    and self.record_item(i) is None
                    and not _THE_ONE.fullmatch(i.strip())
                    and not KIND_OF.search(i)  # "the kind of group": a value of the group's
                )
                for i in items
            )
        ):
            # "for every customer we hold a full name, a date of birth": the customer's fields
            rest = self.field_list(owner, items)
            if rest:
                self.scan(rest)
            self.last = owner
            return True
        before = set(self.model.entities)
        self.last = owner  # "for the hirer we only need name, phone": the rest is the hirer's
        self.scan(match.group("rest"))
        pointed = {link.target for link in self.model.links if link.source == owner}
        made_here = [n for n in self.model.entities if n not in before | {owner} | pointed]
        for made in made_here:  # in the order they were made, not a set's
            # "for each application we keep a list of deadlines with ...": the application's
            # (not "which of our drivers did it": the one the owner points at)
            self.model.link(LinkDraft(source=made, target=owner))
        self.last = owner
        return True

    def written_about(self, text: str) -> bool:
        """``teachers write a daily note for each child about meals, nap and mood``: a record
        of its own, about one of the records, with the topics as its fields."""
        match = _WRITTEN_ABOUT.search(text)
        if match is None or not self.is_entity_phrase(match.group("owner")):
            return False
        items = split_list(match.group("body"))
        if not items or any(is_clause(i) for i in items):
            return False
        before = _TRAILING_CONNECTIVE.sub("", text[: match.start()])
        if before.strip() and not _is_noun_phrase(before):
            # "members book a telescope with ..., and afterwards they attach a log to ...":
            # the clause before is read first
            self.scan(before)
        made = self.entity(match.group("np"))
        target = self.entity(match.group("owner"), declared=False)
        if made is None or target is None or made == target:
            return False
        self.model.link(LinkDraft(source=made, target=target))
        self.field_list(made, items)
        return True

    def possessive_list(self, text: str) -> str | None:
        """``we keep each tool's name, brand and condition`` → the tool's fields."""
        match = _POSSESSIVE_LIST.search(text)
        if match is None or not match.group(0).split()[0]:
            return NOT_READ
        np = match.group("np")
        named = words(np)
        if not _is_noun_phrase(np) or not can_be_noun(named[-1]):
            return NOT_READ
        if not all(_modifies(w) for w in named[:-1]):
            return NOT_READ
        owner = self.entity(np)
        if owner is None:
            return NOT_READ
        return self.field_list(owner, split_list(match.group("body")))

    def owned_clause(self, text: str) -> bool:
        """``Boat owners register their boats``: the people are records the boats point at."""
        found = read_predicate(text)
        if (
            found is None
            or found.passive
            or not found.possessive
            or found.personal
            or found.object is None
            or found.complement is not None
            or found.verb in NON_ACTION_VERBS
            or not self.is_entity_phrase(found.object)
        ):
            return False
        owned = self.entity(found.object, declared=False)
        person = self.entity(found.subject, declared=False)
        if owned is None or person is None or owned == person:
            return False
        self.model.link(LinkDraft(source=owned, target=person))
        self.inner_brackets(text)  # "owners register their dogs (name, breed, ...)": theirs
        self.last = owned
        return True

    def passive_clause(self, text: str) -> bool:
        """``Wine batches are made from one or more harvests``: a record introduced by what it
        is made of or attached to, when that is a known record."""
        found = read_predicate(text)
        if (
            found is None
            or not found.passive
            or found.personal
            or found.complement is None
            or found.preposition in ("per", "by")
            or not self.is_entity_phrase(found.complement)
        ):
            return False
        owner = self.entity(found.subject)
        if owner is None:
            return False
        self.predicate_link(owner, found)
        self.inner_brackets(text)
        return True

    def inner_brackets(self, text: str) -> None:
        """The field lists in brackets of a clause read as a whole (``Members (name, email)
        buy memberships: ...``): each is the list of the noun right before it."""
        at = _first_field_brackets(text)
        while at is not None:
            inner = bracketed(text[at:])[0]
            host, pointer = self.bracket_host(text, at, split_list(inner))
            if host is not None and not host.event and _lists_fields(inner):
                owner = self.entity(host.phrase)
                if owner is not None:
                    self.field_list(owner, split_list(inner))
                    self.pointed_at(pointer, owner)
            following = _first_field_brackets(text[at + len(inner) + 2 :])
            at = None if following is None else at + len(inner) + 2 + following

    def header(self, head: str, body: str) -> None:
        head_words = words(head)
        filed = _RECORD_REPORT.fullmatch(" ".join(head_words)) is not None
        if any(w in SECTION_WORDS for w in head_words) and not filed:
            return
        if filed and _REPORTISH.search(body):
            return  # "monthly sales report: total per region": a report asked for
        owner_words = strip_determiners(" ".join(head_words[:-1]))
        if (
            head_words in (["status"], ["stage"], ["state"])
            and self.last is not None
            and len(split_options(body)) >= 2
        ):
            # "Status: quoted -> booked -> drawn" after a record: that record's flow
            self.model.entities[self.last].add(
                FieldDraft(name=head_words[0], type="enum", flow_text=body)
            )
            return
        if (
            len(head_words) > 1
            and head_words[-1] in STATE_NOUNS
            and self.is_entity_phrase(owner_words)
            and len(split_options(body)) >= 2
        ):
            # "job status: received -> diagnosed -> repaired": the job's status and its flow
            owner = self.entity(owner_words, declared=False)
            if owner is not None:
                self.model.entities[owner].add(
                    FieldDraft(name=head_words[-1], type="enum", flow_text=body)
                )
            return
        through = _GOES_THROUGH_STEPS.match(" ".join(head_words))
        named = entity_key(through["np"]) if through else ""
        if through and named in self.known and len(split_options(body)) >= 2:
            # "the licence goes through a few steps: we submit ..., then ...": the licence's
            # status, never a record of steps
            owner = self.entity(through["np"], declared=False)
            if owner is not None:
                self.model.entities[owner].add(
                    FieldDraft(name="status", type="enum", flow_text=outside_brackets(body))
                )
            return
        if not body:
            if _is_noun_phrase(head) and not any(w in APP_WORDS for w in head_words):
                self.entity(head)
            return
        if self.states_header(head, body):
            return
        titled = (
            any(w in APP_WORDS for w in head_words)
            or _TOPIC.search(head) is not None
            or not _is_noun_phrase(head)
        )
        owner = None
        event = find_event(head, self.model.vocabulary)
        if event is not None:
            owner = self.entity(event.noun)
            if owner is not None:
                self.field_list(owner, split_list(_NEED.sub("", body)))
                return
        if titled:
            phrase = _topic_phrase(head)
            owner = self.entity(phrase, declared=False) if phrase else None
        items = split_list(body)
        sentence_body = is_clause(items[0]) or (len(items) == 1 and not _is_noun_phrase(items[0]))
        if not titled:
            # "Grades: each grade is for ..." names the entity; "A salon: appointments ..."
            # only sets the scene
            owner = self.entity(head, declared=not sentence_body)
        if sentence_body:
            if owner is not None and not titled:
                body = self.act_under_header(owner, body)
            self.scan(body)
            return
        if _is_entity_item(items[0]) and (titled or _is_specified(items[0])):
            if owner is not None and not self.model.entities[owner].fields:
                self.model.entities[owner].declared = False  # "Lost & found: items, claims"
            self.entity_list(items)
            return
        if owner is not None:
            self.field_list(owner, items)

    def act_under_header(self, owner: str, body: str) -> str:
        """``sign-ups: a poet signs up for a night with the title of their piece and a slot
        number``: the header's record is the act; it points at who acts and what for, and
        the list is its own. Returns the body left to read."""
        match = _ACT_WITH_LIST.match(body)
        if match is None:
            return body
        who = self.entity(match.group("who"), declared=False)
        what = self.entity(match.group("what"), declared=False)
        if who is None or what is None or owner in (who, what) or who == what:
            return body
        if not (
            self.is_entity_phrase(match.group("who")) and self.is_entity_phrase(match.group("what"))
        ):
            return body
        self.model.link(LinkDraft(source=owner, target=who))
        self.model.link(LinkDraft(source=owner, target=what))
        self.field_list(owner, split_list(match.group("list")))
        self.act_records.add(owner)
        return body[match.end() :]

    def states_header(self, head: str, body: str) -> bool:
        """``Loads: received, tested, stored, or rejected``: a record named by a header whose
        items are all states (done words), not fields: its status and the values it takes."""
        options = split_options(body)
        states = [words(o) for o in options]
        if (
            len(options) < 3
            or not self.is_entity_phrase(head)
            or not all(len(w) == 1 and is_past_participle(w[0]) for w in states)
        ):
            return False
        owner = self.entity(head, declared=False)
        if owner is None:
            return False
        self.model.entities[owner].add(FieldDraft(name="status", type="enum", options=options))
        return True

    def scan(self, text: str) -> None:
        """Read the declarations of a clause, left to right."""
        text = text.strip(" ,")
        if not text:
            return
        parts = re.split(
            r"(?:,\s*|\s+)(?:and|but|so)\s+(?=(?:we|i|you)\b|(?:for|after|with|on)\s+"
            r"(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,?\s+(?:we|i|you)\b|"
            # "..., and at each grading a member makes an attempt": a clause of its own
            r"(?:at|during)\s+(?:each|every)\s+[a-z][\w\-]*,?\s+(?:a|an|the|each|every)\s)|"
            # "a client rings up, we take their name, ...": a comma splice before their list
            r",\s*(?=(?:we|i)\s+[a-z]+(?:\s+down)?\s+their\s)",
            text,
        )
        if len(parts) > 1:
            for before, part in zip(["", *parts], parts, strict=False):
                people = leading_noun_phrase(words(before))
                one = before.startswith(("a ", "an ", "each ", "every ", "any "))
                if _THEIR_LIST.match(part) and people and (one or is_plural(people.split()[-1])):
                    # "guests check in and I write down their name": the guests' fields
                    self.entity(people)
                elif self.brought_in(before, part):
                    continue
                self.scan(part)
            return
        on_date = _ON_A_DATE.match(text)
        if on_date and on_date["done"] and not is_past_participle(on_date["done"]):
            on_date = None  # "is held at a venue on a date", not "is playing on a date"
        if on_date and (
            is_plural(words(on_date.group("np"))[-1]) or self.is_entity_phrase(on_date.group("np"))
        ):
            # "lessons are on a date with a duration ...": the date is theirs
            owner = self.entity(on_date.group("np"))
            date = read_field(on_date.group("date"))
            if date is None or date.type != "date" or date.name == "day":
                date = FieldDraft(name="date", type="date")  # "on a set day"
            if owner is not None:
                self.model.entities[owner].add(date)
        self.timed_subject(text)
        if (
            self.dated_act(text)
            or self.act_with_list(text)
            or self.made_by_person(text)
            or self.act_on_record(text)
            or self.per_record(text)
            or self.passive_clause(text)
            or self.measure_from_record(text)
            or self.for_each_list(text)
            or self.when_we_act(text)
            or self.when_done(text)
            or self.when_it_acts(text)
            or self.their_list(text)
            or self.written_about(text)
            or self.owned_clause(text)
            or self.status_is(text)
            or self.either(text)
            or self.tracked_fact(text)
            or self.moves(text)
            or self.choice(text)
        ):
            return
        possessed = self.possessive_list(text)
        if possessed is not NOT_READ:
            if possessed and len(possessed) < len(text):
                self.scan(possessed)
            return
        need = _NEED.search(text)
        owner = self.last or self.model.topic
        if need and owner and not _REPORTISH.search(text):
            items = split_list(text[need.end() :])
            if (
                items
                and not _is_entity_item(items[0])
                and not self.is_entity_phrase(items[0])
                and not re.search(r"\swith\s", outside_brackets(items[0]))
            ):  # "i want a payment record per tenant with the year": the record's own list
                self.field_list(owner, items)
                return
        have = _HAVE.search(outside_brackets(text))
        if have and _is_perfect(outside_brackets(text), have):
            have = None  # "the end date once they have given notice": a tense, not a list
        with_ = _WITH.search(outside_brackets(text))
        paren = _first_field_brackets(text)
        starts = [
            (have.start() if have else None, "have"),
            (with_.start() if with_ else None, "with"),
            (paren, "paren"),
        ]
        found = sorted((at, kind) for at, kind in starts if at is not None)
        for at, kind in found:
            if kind == "have":
                outcome = self.have_clause(text)
            elif kind == "with":
                outcome = self.with_clause(text)
            else:
                outcome = self.paren_clause(text, at)
            if outcome is not NOT_READ:
                if outcome and len(outcome) < len(text):  # only the unread rest: it shrinks
                    self.scan(outcome)
                return
        self.object_fields(text)

    def brought_in(self, act: str, noting: str) -> bool:
        """``people bring in a specimen, and i write the species, ...``: what people bring,
        when we note things right after, is the record those things describe; so is what
        they sign *for one instrument* (linked to it), and what comes in *against the
        agreement* (*payments come in against the agreement, so i need the amount*)."""
        note = _WE_NOTE.match(noting)
        found = read_predicate(act) if note else None
        if (
            note is None
            or found is None
            or found.personal
            or found.passive
            or _REPORTISH.search(noting)
            or (verb_lemma(note.group("verb")) or "") not in KEEP_VERBS
        ):
            return False
        plain = outside_brackets(act)
        brought, target = found.object, found.complement
        person: str | None = found.subject
        if brought is None and found.preposition == "in" and found.verb in IN_PARTICLE_VERBS:
            brought, target = target, None  # "bring in a specimen": *in* is the verb's
        elif brought is None and target is not None and is_plural(found.subject.split()[-1]):
            brought, person = found.subject, None  # "payments come in against the agreement"
        elif brought is None or not re.search(rf"\b(?:a|an)\s+{re.escape(brought)}\b", plain):
            return False  # "reps edit their own deals and we want ...": no new record
        items = split_list(noting[note.end("verb") :])
        if (
            brought is None
            or not items
            or any(_is_specified(i) or self.is_entity_phrase(i) for i in items)
            or (target is not None and not self.is_entity_phrase(target))
        ):
            return False
        thing = self.entity(brought)
        if thing is None:
            return False
        for other in (person, target):
            if other is None or other in GENERIC_PEOPLE:
                continue
            linked = self.entity(other, declared=other != target)
            if linked is not None and linked != thing:
                self.model.link(LinkDraft(source=thing, target=linked))
        rest = self.field_list(thing, items)
        if rest:
            self.scan(rest)
        self.last = thing
        return True

    def have_clause(self, text: str) -> str | None:
        plain = outside_brackets(text)
        match = _HAVE.search(plain)
        only = _ONLY_THEY_MAY.search(plain)
        if match is None or (only is not None and only.start() <= match.start()):
            return NOT_READ
        verb_at = _position_in(text, plain, match.start())
        before = words(outside_brackets(text[:verb_at]))
        reduced = _REDUCED_SUBJECT.match(" ".join(before))
        if reduced and is_past_participle(reduced.group("done")):
            # "every bird caught in a session gets ...": the bird, which points at the session
            subject: str | None = reduced.group("np")
            owner = self.entity(reduced.group("np"))
            place = self.entity(reduced.group("place"), declared=False)
            if owner is not None and place is not None and place != owner:
                self.model.link(LinkDraft(source=owner, target=place))
        else:
            subject = _shared_subject(text[:verb_at]) or _subject(before)
        body_start = verb_at + len(match.group("verb"))
        body = text[body_start:].strip()
        if subject is None or _perfect_tense(match.group("verb"), body):
            return NOT_READ
        if subject in ("we", "i", "you") and _done_by_us(match.group("verb"), body):
            return NOT_READ  # "how much i've taken in total": what we have done, no list
        if re.fullmatch(f"(?:{TRACK_VERBS})s?", match.group("verb")) and _RECORD_OBJECT.match(body):
            # "drivers record a pickup for a route with the date": the pickup's fields
            return NOT_READ
        if subject in ("we", "i", "you") and _FIGURE_ASKED.match(body):
            return None  # "i need the total weight harvested per shore": a report, no record
        if subject in ("we", "i", "you"):
            items = split_list(body)
            if (
                items
                and items[0].startswith(("their ", "its ", "his ", "her "))
                and text.lstrip().startswith(subject)  # not "for the carriers, i need their"
            ):
                # "each tenant is given a plot; we keep their name, email, ...": theirs
                said = self.clause_subject or self.last
                owner = self.entity(said, declared=False) if said else None
                return NOT_READ if owner is None else self.field_list(owner, items)
            if (
                self.last
                # "for each member we hold a name, ...": what we hold is kept, as noted
                and re.fullmatch(TRACK_VERBS + r"s?|hold", match.group("verb"))
                and not any(_is_specified(i) or self.is_entity_phrase(i) for i in items)
            ):
                # "when the job is done we note the hours spent, the parts cost": its fields;
                # "each job runs on one machine; we log the minutes": the job's
                each = self.each_subject if text.lstrip().startswith(subject) else None
                held = self.entity(each, declared=False) if each else None
                return self.field_list(held or self.last, items)
            return self.declaration_list(items)
        if subject in ("it", "they") and text.lstrip().startswith(subject) and self.clause_subject:
            # "each dive is led by an instructor; it has ...": the dive
            owner = self.entity(self.clause_subject)
        elif subject in ("it", "each", "they", "each one", "every one"):
            owner = self.last or self.model.topic
        else:
            owner = self.entity(subject)
        if owner is None:
            return NOT_READ
        one = _ONE_WITH.match(body)
        if one and text.lstrip().startswith(("each ", "every ")) and subject not in ("each",):
            # "every client has a case with the date ...": the case is the client's
            child = self.entity(one.group("np"))
            if child is not None and child != owner:
                self.model.link(LinkDraft(source=child, target=owner))
                return body
        second = _AND_STATE_PREDICATE.search(outside_brackets(body))
        if second is None:
            picking = _PICKING_VERB.match(match.group("verb")) is not None
            # "several addresses with a postcode and a town, and several orders": the comma
            # before the last "and" closes the addresses' own list
            closed = re.search(r",\s+and\s+[^,]*$", outside_brackets(body)) is not None
            return self.field_list(owner, split_list(body), picking=picking, closed=closed)
        # "a lot has a number and a price, and is listed, then sold": the lot's states too
        at = _position_in(body, outside_brackets(body), second.start())
        left = self.field_list(owner, split_list(body[:at]))
        end = _position_in(body, outside_brackets(body), second.end())
        predicate = f"{owner.replace('_', ' ')} {body[end:].strip()}"
        return f"{left}, {predicate}" if left else predicate

    def with_clause(self, text: str) -> str | None:
        plain = outside_brackets(text)
        match = _WITH.search(plain)
        if match is None:
            return NOT_READ
        at = _position_in(text, plain, match.start())
        host = host_np(text[:at])
        if host is None or host.phrase in ("time", "each time", "every time"):
            return NOT_READ
        if re.search(rf"\bit\s+(?:is|was|gets|has been)\s+{re.escape(host.phrase)}\s*$", text[:at]):
            return NOT_READ  # "every august it is chaos with paper forms": how it is, no record
        body = text[_position_in(text, plain, match.start("body")) :].strip()
        items = split_list(body)
        if not items or (self.is_entity_phrase(items[0]) and len(items) == 1):
            return NOT_READ
        arrives = _ARRIVES_WITH.match(text)
        if arrives:
            return text[arrives.end() :]  # what they come with, not what is kept
        event = find_event(text[:at], self.model.vocabulary)
        after_comma = text[:at].rstrip().endswith(",")
        subject = self.passive_subject(text) if after_comma else None
        acting = _EACH_ONE_ACTS.match(text) if after_comma and subject is None else None
        if acting is not None and verb_lemma(acting["verb"]) not in (None, acting["verb"]):
            # "every team plays out of one home pub, with a team name": the team's, not the pub's
            subject = self.entity(acting["np"])
        named_one = None if after_comma else _named_one_with_its_list(text[:at], items)
        if subject is not None:
            # "a batch is brewed in one of our tanks, with a volume": the batch's, not the tank's
            owner: str | None = subject
        elif named_one is not None and named_one != host.phrase:
            # "each product is supplied by a supplier with a name and an account number"
            owner = self.entity(named_one)
            whens = [i for i in items if _WHEN_ITEM.match(i.strip())]
            kept = self.entity(host.phrase) if whens and not host.event else None
            if kept is not None and owner is not None and kept != owner:
                # "... at a venue with a name and an address, on a date": the concert's date
                items = [i for i in items if i not in whens]
                self.field_list(kept, [_WHEN_ITEM.sub("", i.strip()) for i in whens])
        elif event is not None and (
            event.subject in GENERIC_PEOPLE or not items[0].startswith(("their ", "his ", "her "))
        ):
            owner = self.entity(event.noun)
        else:
            owner = self.event_entity(host) if host.event else self.entity(host.phrase)
        if owner is None:
            return NOT_READ
        return self.field_list(owner, items)

    def paren_clause(self, text: str, at: int) -> str | None:
        inner = bracketed(text[at:])[0]
        close = at + len(inner) + 2
        items = split_list(inner)
        examples_first = (
            re.match(r"\s*,?\s*(?:each\s+)?(?:with|have|has|carry|carries)\b", text[close:])
            is not None
        )
        if examples_first and not _lists_fields(inner, strict=True) and not is_open_ended(inner):
            # "funds (building fund, missions) with a name ...": examples, then the fields
            near = _last_noun_phrase(words(outside_brackets(text[:at])))
            if near and _is_noun_phrase(near):
                owner = self.entity(near)
                if owner is not None:
                    self.model.entities[owner].examples = split_options(inner)
            return f"{text[:at].rstrip()} {text[close:].lstrip()}"
        placed = PLACED_IN.search(outside_brackets(text[:at]).rstrip())
        if (
            placed is not None
            and placed.end() == len(outside_brackets(text[:at]).rstrip())
            and not _lists_fields(inner, strict=True)
        ):
            # "sits in a department (tools, paint or garden)": the departments there are, not
            # the fields of the record that sits in one
            group = self.entity(placed.group("target"))
            if group is not None:
                self.model.entities[group].examples = split_options(inner)
            return f"{text[:at].rstrip()} {text[close:].lstrip()}"
        if is_open_ended(inner):
            near = _last_noun_phrase(words(outside_brackets(text[:at])))
            if near and self.is_entity_phrase(near):
                self.model.entities[self.entity(near) or ""].examples = split_options(inner)
            # "our products (gravel, sand, ...) each carry a price": the clause goes on
            return f"{text[:at].rstrip()} {text[close:].lstrip()}"
        host, pointer = self.bracket_host(text, at, items)
        alternatives = _ALTERNATIVES.fullmatch(inner)
        if host is not None and alternatives and not _lists_fields(inner, strict=True):
            # "has ... a fleece type (huacaya or suri)": the values of a field of the record
            # that has it, not the fields of a record of fleece types
            source = self.model.resolve_phrase(pointer) if pointer else None
            draft = read_field(f"{host.phrase} ({inner})")
            if source is not None and draft is not None:
                self.model.entities[source].add(draft)
            return text[close:]
        if host is None or host.event:
            return text[close:]
        owner = self.entity(host.phrase)
        if owner is not None:
            self.field_list(owner, items)
            self.pointed_at(pointer, owner)
        rest = text[close:]
        another = _AND_ANOTHER.match(rest)
        if pointer and another:
            # "every call is assigned a vehicle (...) and a paramedic (...)": the same act
            verb_phrase = words(outside_brackets(text[:at]))[: -len(host.phrase.split()) - 1]
            return f"{' '.join(verb_phrase)} {another.group('next')}"
        following = words(rest)[:1]
        if (
            following
            and not rest.lstrip().startswith((",", ";"))
            and following[0] not in FUNCTION_WORDS
            and can_be_verb(following[0])
            and is_plural(host.phrase.split()[-1])
            and words(text[:at])[-1:] == host.phrase.split()[-1:]
        ):
            # "Residents (name, flat number) report faults with ...": still their sentence
            return f"{host.phrase} {rest.strip()}"
        second = _SECOND_PREDICATE.match(rest)
        subject = leading_noun_phrase(words(outside_brackets(text[:at])))
        if subject and _THEN_COMMA_WITH.match(rest):
            # "each fight night is held at a venue (...) on a date, with a ticket price": the
            # clause read again without the bracket, so the list after the comma is the subject's
            return f"{text[:at].rstrip()}{rest}"
        if second and subject:
            # "each donation comes from a donor (...) and has a date, ...": the subject's
            return f"{subject} {second.group('predicate')}"
        return rest

    def bracket_host(self, text: str, at: int, items: list[str]) -> tuple[Host | None, str | None]:
        """The record a bracketed list at *at* describes, and the clause's subject when that
        is a record pointing at it (*jobs are handed to a rider (name, phone)*)."""
        inner = bracketed(text[at:])[0]
        host = host_np(text[:at], bracket=True)
        known = self.model.resolve(entity_key(host.phrase)) if host else None
        with_host = host_np(text[:at])
        if (
            with_host is not None
            and host != with_host
            and ((known and self.model.entities[known].fields) or _person_fields(items))
        ):
            # "attendees register for events (name, email)": once events have their fields,
            # or when the list is a person's, it is the attendees'
            host = with_host
        before = words(outside_brackets(text[:at]))
        near = _last_noun_phrase(before)
        if (
            host is not None
            and near
            and near != leading_noun_phrase(before)
            and (_names_one(before, near) or _names_a_few(before, near))
            and (_lists_fields(inner) or near == host.phrase or _person_fields(items))
            and (before[:1] in (["each"], ["every"], ["a"], ["an"]) or _plural_subject(before))
        ):
            # "each donation comes from a donor (name, phone)", "jobs are handed to a rider
            # (name, phone)", "each order is for a customer (business name, contact, email)":
            # one record's link, and the bracket describes the one it names
            subject = leading_noun_phrase(before)
            return Host(near), subject or None
        return host, None

    def pointed_at(self, pointer: str | None, target: str) -> None:
        """Link the record *pointer* names to *target*, the one record it points at."""
        source = self.entity(pointer, declared=False) if pointer else None
        if source is not None and source != target:
            self.model.link(LinkDraft(source=source, target=target))
        self.last = target

    def event_entity(self, host: Host) -> str | None:
        name = host.phrase.replace(" ", "_")
        if name not in self.model.entities:
            self.model.entities[name] = EntityDraft(name=name, declared=True)
        self.last = name
        self.model.entities[name].add(FieldDraft(name=EVENT_DATE_FIELD, type="date"))
        if host.event_object and self.is_entity_phrase(host.event_object):
            target = self.entity(host.event_object, declared=False)
            if target:
                self.model.link(LinkDraft(source=name, target=target))
            self.last = name
        return name

    def field_list(
        self, owner: str, items: list[str], *, picking: bool = False, closed: bool | None = None
    ) -> str | None:
        """Add ``items`` to ``owner``; a plural item with its own list starts a child entity
        that takes the items after it. Returns the text left when an item is a new clause.
        ``picking``: the items are what the owner includes or holds, not what it has;
        ``closed``: whether the last item follows *, and*, so it is the owner's again (None:
        the items are not the whole list, so none is read as a line's own)."""
        current = owner
        with_listed: str | None = None  # the child whose "with" list the items go on
        shared = _SHARED_UNIT.match(items[-1].strip()) if items else None
        unit_type = _unit_type(shared.group("unit")) if shared else None
        if unit_type is not None:
            # "chest, waist, hip, all in centimetres": every item is that kind of number
            items = items[:-1]
            for item in items:
                draft = read_field(item)
                if draft is not None and draft.type == "text" and not is_clause(item):
                    draft.type = unit_type
                    self.model.entities[owner].add(draft)
        for index, item in enumerate(items):
            switch = _FOR_EACH_ITEM.match(item.strip())
            if switch and _is_noun_phrase(switch.group("np")):
                # "each gardener's name and phone, and for each rental the year, the fee"
                current = self.entity(switch.group("np")) or current
                item = switch.group("rest")
            whose = _WHOSE_ITEM.match(item.strip())
            if whose and (
                self.is_entity_phrase(whose.group("np")) or _each_ones_list(whose, index)
            ):
                # "the customer's name, phone and email, and the contract's price"; "each
                # boxer's name and weight, and each club's name": every club, so a record
                current = self.entity(whose.group("np")) or current
                item = whose.group("rest")
            kept = for_some_only(item)  # "... for the ones who pay": no clause of its own
            flowing = _STATE_THAT_MOVES.match(kept.strip()) is not None
            if not flowing and (
                (is_clause(kept) and not values_clause(kept)) or (index and is_next_act(kept))
            ):
                return ", ".join(items[index:])
            if (
                self.one_of_them(current, item)
                or self.acting_party(current, item)
                or self.named_party(current, item)
                or self.party_in_role(current, item, items)
            ):
                continue
            if (
                self.taken_many(current, item)
                or self.able_for_many(current, item)
                or self.acts_on_many(current, item)
            ):
                continue
            done = _THINGS_DONE.fullmatch(outside_brackets(item).strip())
            if done and self.known.get(entity_key(singular(done["things"])) or ""):
                continue  # "lists the garments handed in", garments kept: records, no count
            if _A_REASON.match(item.strip()):
                continue  # "a name and a code, because they change": why, not a field
            owned_by = _BELONGING_ITEM.fullmatch(outside_brackets(item).strip())
            if owned_by and self.points_at(current, owned_by["np"]):
                continue  # "registration, make, each one belonging to an owner": a link
            record = self.record_item(item)
            if record is not None:
                # "the supplier it was bought from": the one record it came from, a link
                self.points_at(current, record)
                self.last = owner
                continue
            if (
                self.line_entity(owner, item, items[index + 1 :])
                or self.parent_entity(owner, item)
                or self.done_by(current, item)
                or self.who_did_it(current, item)
                or (picking and self.chosen_from_range(current, item))
            ):
                continue
            offered = _ONES_ON_OFFER.fullmatch(item.strip())
            if offered and self.is_entity_phrase(offered["things"]):
                # "the number of slots on offer", slots kept: the day's own slots, and a count
                child = self.entity(offered["things"], declared=False)
                if child is not None and child != current:
                    self.model.link(LinkDraft(source=child, target=current, said_many=True))
                item = f"the number of {offered['things']}"
            child = self.child_entity(item)
            if child is not None:
                if not _RELATIVE.search(outside_brackets(item)):
                    # "volunteers who help at events (...)": the clause says what they are
                    # linked to, not the list's owner
                    many = is_plural(words(outside_brackets(item))[-1])
                    # "several order lines with a size and several toppings": the toppings
                    # are in the lines' own list
                    in_line = (
                        current == with_listed
                        and closed is not None
                        and not (closed and index == len(items) - 1)
                    )
                    if in_line and many and self.catalogued(child, item):
                        # "order lines with a size and several toppings", toppings being kept
                        # on their own: each line picks several
                        self.model.link(
                            LinkDraft(source=current, target=child, kind="many_to_many")
                        )
                    else:
                        self.model.link(LinkDraft(source=child, target=owner, said_many=many))
                if _opens_own_list(item) or set(words(item)[:1]) & QUANTIFIERS:
                    # "tasks with a title, a due date", "several line items, a quantity": the
                    # items after it go on its list; "a customer, photos (can be several), a
                    # print size": a bare plural is one item of the owner's list
                    current = child
                if _WITH.search(outside_brackets(item)):
                    with_listed = child
                continue
            self.add_field(current, item)
        self.last = owner
        return None

    def able_for_many(self, owner: str, item: str) -> bool:
        """``the subjects they can teach``, subjects being records already: each teacher
        teaches several, each subject has several teachers."""
        match = _THEY_CAN_DO_THEM.match(outside_brackets(item).strip())
        if match is None or not is_plural(match["np"].split()[-1]):
            return False
        target = self.model.resolve(entity_key(match["np"]))
        if target is None or target == owner or verb_lemma(match["verb"]) is None:
            return False
        self.model.link(LinkDraft(source=owner, target=target, kind="many_to_many"))
        return True

    def points_at(self, owner: str, phrase: str) -> bool:
        """Link ``owner`` to the one record ``phrase`` names; the list goes on about ``owner``."""
        target = self.entity(phrase, declared=False)
        self.last = owner
        if target is None or target == owner:
            return False
        self.model.link(LinkDraft(source=owner, target=target))
        return True

    def taken_many(self, owner: str, item: str) -> bool:
        """``which publications they take``, publications being records: the owner takes
        several, each taken by many, a many-to-many link rather than a text field."""
        match = _WHICH_THINGS_THEY.fullmatch(outside_brackets(item).strip())
        if match is None or not is_plural(match["things"].split()[-1]):
            return False
        target = self.model.resolve_phrase(match["things"]) or resolve_name(
            entity_key(match["things"]), self.known
        )
        if target is None or target == owner:
            return False
        self.entity(target, declared=False)
        self.model.link(LinkDraft(source=owner, target=target, kind="many_to_many"))
        self.last = owner
        return True

    def acts_on_many(self, owner: str, item: str) -> bool:
        """``calls for several botanicals``, botanicals being records: the owner's act on
        several of them, each in many, a many-to-many link rather than a count."""
        match = _ACTS_ON_MANY.fullmatch(outside_brackets(item).strip())
        if match is None or not is_plural(match["things"].split()[-1]):
            return False
        if verb_lemma(match["verb"]) is None or not can_be_verb(match["verb"]):
            return False
        target = self.model.resolve_phrase(match["things"])
        if target is None or target == owner:
            return False
        self.model.link(LinkDraft(source=owner, target=target, kind="many_to_many"))
        self.last = owner
        return True

    def record_item(self, item: str) -> str | None:
        """The known record a list item names with a clause about it (*the supplier it was
        bought from*, *the boat that landed it*), or None."""
        match = _RECORD_WITH_CLAUSE.fullmatch(outside_brackets(item).strip())
        if match is None:
            return None
        if match.group("ours") and is_plural(match.group("ours")):
            return singular(match.group("ours"))
        phrase = match.group("np") or match.group("which")
        if is_plural(phrase.split()[-1]):
            return None
        verb = match.group("verb") or match.group("wanted")
        if verb is not None and (verb_lemma(verb) is None or not can_be_verb(verb)):
            return None  # "the rota they would" ...: a verb must say how it is tied in
        acting = match.group("acts") is not None and can_be_noun(phrase.split()[-1])
        # "the vet they are registered with": one of many outside the business, a record
        tied = _TIED_WITH.search(item) is not None and can_be_noun(phrase.split()[-1])
        picked = match.group("which") == phrase and _which_one_picked(item, phrase)
        return phrase if acting or tied or picked or self.is_entity_phrase(phrase) else None

    def named_party(self, owner: str, item: str) -> bool:
        """``each loan has the member, the variety``, where *members* are spoken of elsewhere
        as many: *the member* is the one the record is for, a link, not a text field; so is
        a bare *customer* or *a patient*, whom a business always keeps on file."""
        done = re.fullmatch(r"the\s+(?P<noun>[a-z][\w\-]*)\s+(?P<done>[a-z]+)", item.strip())
        if (
            done is not None
            and is_past_participle(done.group("done"))
            and self.is_entity_phrase(done.group("noun"))
        ):
            # "every sale is logged with the date, the toy sold": the toy it was, a link
            return self.points_at(owner, done.group("noun"))
        match = re.fullmatch(r"(?P<det>the\s+|a\s+|an\s+)?(?P<noun>[a-z][\w\-]*)", item.strip())
        if match is None:
            return False
        noun = match.group("noun")
        if noun in PARTY_NOUNS:
            # "returns: RMA number, customer, product": the customer is someone on file
            return self.points_at(owner, noun)
        if match["det"] != "the " or (
            noun in FUNCTION_WORDS
            or not can_be_noun(noun)
            or is_plural(noun)
            or plural(noun) not in self.model.vocabulary
            or plural(noun) == noun  # "the species": the word said once, not many of them
            or infer_type([noun]) != "text"
            or noun in PLAIN_FIELD_NOUNS
        ):
            return False
        return self.points_at(owner, noun)

    def acting_party(self, owner: str, item: str) -> bool:
        """``samples: which pet, requesting vet, ...``, ``referring doctor``, ``treating
        physio``: the one who does the act for the owner, a record in that role, where the
        *-ing* word is only ever a verb's (not *parking space*, *driving licence*)."""
        match = _ACTING_PARTY.fullmatch(item.strip())
        if match is None:
            return False
        doing, noun = match["doing"], match["noun"]
        if parts_of_speech(doing) != frozenset({"VERB"}) or listed_as_noun(doing):
            return False
        if is_plural(noun) or not listed_as_noun(noun) or noun in PLAIN_FIELD_NOUNS:
            return False
        if infer_type([noun]) != "text":
            return False
        target = self.entity(noun, declared=False)
        if target is None or target == owner:
            return False
        self.model.link(LinkDraft(source=owner, target=target, field=f"{doing}_{target}"))
        self.last = owner
        return True

    def party_in_role(self, owner: str, item: str, items: list[str]) -> bool:
        """``we log an exchange: the helper, the person helped, ...``, where members are the
        only people: each party is a member in its role. *The person helped* says the list
        names people; a doer beside it (*the helper*) is one too."""
        people = [
            name for name in self.model.entities if name != owner and self.model.is_person(name)
        ]
        if len(people) != 1:
            return False
        person = _PERSON_IN_ROLE.fullmatch(item.strip())
        role = person.group("role") if person else None
        doer = re.fullmatch(r"the\s+(?P<doer>[a-z]+(?:er|or|ee))", item.strip())
        if doer and any(_PERSON_IN_ROLE.fullmatch(other.strip()) for other in items):
            if self.is_entity_phrase(doer.group("doer")) or not names_a_doer(doer.group("doer")):
                return False
            role = doer.group("doer")
        if role is None:
            return False
        self.model.link(LinkDraft(source=owner, target=people[0], field=role))
        return True

    def line_entity(self, owner: str, item: str, following: list[str]) -> bool:
        """``each order contains several products with a quantity``, when products are
        records with fields of their own: the list belongs to each pairing, a junction
        entity that points at both."""
        plain = outside_brackets(item)
        nested = _WITH.search(plain)
        if nested is None:
            return False
        head = [w for w in words(plain[: nested.start()]) if w not in DETERMINERS]
        if not head or head[0] not in MANY or len(head) > 4:
            return False
        key = entity_key(" ".join(head[1:]))
        target = self.model.resolve(key) or resolve_name(key, self.known)
        if target is None or target == owner:
            return False
        listed = split_list(plain[nested.start("body") :])
        own = (
            {f.name for f in self.model.entities[target].fields}
            if target in self.model.entities
            else set()
        )
        said_here = {d.name for d in map(read_field, [*listed, *following]) if d}
        # fields this very list gave the target on an earlier reading are not its own
        own = (own | self.known.get(target, set())) - said_here
        if not own:
            return False  # "several products with a quantity", said of products with no fields
        self.entity(target, declared=False)
        # "an order contains several bouquets": the order's lines, as a developer names them
        name = f"{owner}_line" if owner.split("_")[-1] in _LINED_RECORDS else f"{owner}_{target}"
        junction = self.model.entities.setdefault(name, EntityDraft(name=name, declared=True))
        for field in split_list(plain[nested.start("body") :]):
            draft = read_field(field)
            if draft is not None:
                junction.add(draft)
        self.model.link(LinkDraft(source=name, target=owner, required=True))
        self.model.link(LinkDraft(source=name, target=target, required=True))
        self.last = owner
        return True

    def parent_entity(self, owner: str, item: str) -> bool:
        """``a route is run with one bus (plate, seats)``: one record, described by its own
        list, that the owner points at."""
        match = _ONE_DESCRIBED.fullmatch(item.strip())
        if match is None or not _lists_fields(match.group("inner"), strict=True):
            return False
        if _is_hint(match.group("inner")):
            return False  # "the no2 (number)": the kind of value, not a record's list
        head = words(match.group("np"))
        if not head or is_plural(head[-1]) != bool(match.group("of")):
            return False
        if match.group("det") and (head[-1] in PLAIN_FIELD_NOUNS or infer_type(head) != "text"):
            return False  # "the address (street, town)", "a date (day, month)": one value
        if not all(can_be_noun(w) and w not in FUNCTION_WORDS for w in head):
            return False
        target = self.entity(match.group("np"))
        if target is None or target == owner:
            return False
        self.field_list(target, split_list(match.group("inner")))
        self.model.link(LinkDraft(source=owner, target=target))
        self.last = owner
        return True

    def who_did_it(self, owner: str, item: str) -> bool:
        """``for every batch we jot down who picked it``, pickers being records: the picker,
        a link named by the one who does the act."""
        match = re.fullmatch(r"who\s+(?P<verb>[a-z]+)\s+(?:it|them)", item.strip())
        lemma = verb_lemma(match["verb"]) if match else None
        if match is None or lemma is None or lemma == match["verb"]:
            return False  # "who picked it", a past act, not "who drives"
        doer = f"{lemma}r" if lemma.endswith("e") else f"{lemma}er"
        return self.is_entity_phrase(doer) and self.points_at(owner, doer)

    def done_by(self, owner: str, item: str) -> bool:
        """``catches: landed by a boat, with species``: an item saying which record did or
        holds the owner, when that is a record, is a link rather than a field."""
        match = _DONE_BY_ONE.fullmatch(item.strip())
        if match is None or not is_past_participle(match.group("done")):
            return False
        np = match.group("np")
        return self.is_entity_phrase(np) and self.points_at(owner, np)

    def one_of_them(self, owner: str, item: str) -> bool:
        """``one teacher in charge``: when teachers are records (or spoken of as many), the
        owner points at one of them."""
        match = _ONE_OF_THEM.match(strip_determiners(item))
        if match is None:
            return False
        np = match.group("np")
        group = words(np)
        if len(group) == 2 and group[1] in ("member", "person") and self.is_entity_phrase(group[0]):
            np = group[0]  # "one staff member in charge", staff kept: one of the staff
        head = words(np)[-1]
        many = plural(singular(head)) in self.model.vocabulary
        per = match.group("per")
        if per is not None and self.model.resolve_phrase(per) != owner:
            return False  # "one point per goal": a rule, not the owner's link
        # "shifts: date, one lifeguard per shift": one of several, even said once; a value
        # would be listed plainly (*a colour*), not counted out to each
        many = many or (
            per is not None and infer_type([head]) == "text" and head not in PLAIN_FIELD_NOUNS
        )
        if not (self.is_entity_phrase(np) or many) or not can_be_noun(head):
            return False
        role = None
        named = [w for w in words(np) if w != "one"]
        if (
            many
            and not match["of"]
            and not self.is_entity_phrase(" ".join(named))
            and len(named) == 2
        ):
            # "one headline poet", where poets are many: a poet, in the headline role
            role, np = named[0], head
        target = self.entity(np, declared=False)
        if target is None or target == owner:
            return False
        field = f"{role}_{target}" if role else None
        self.model.link(LinkDraft(source=owner, target=target, field=field))
        return True

    def chosen_from_range(self, owner: str, item: str) -> bool:
        """``a hire can include several items``, when the items were described before as
        records of their own (*every item in our range has a name, ...*): the hire picks
        from them, many to many. Records first described after the list are its parts
        (*an order can contain several signs. For every sign we record ...*)."""
        tokens = words(item)
        if len(tokens) < 2 or tokens[0] not in MANY:
            return False
        if bracketed(item) or _WITH.search(item):
            return False
        phrase = " ".join(tokens[1:])
        if not is_plural(tokens[-1]) or not _is_noun_phrase(phrase):
            return False
        key = entity_key(phrase)
        target = self.model.resolve(key) if key else None
        if target is None or target == owner or not self.model.entities[target].fields:
            return False
        if names_an_act(target) or target in IRREGULAR_ACTS.values():
            return False  # "a plot can hold several burials": each burial happens once, in one
        self.model.link(LinkDraft(source=owner, target=target, kind="many_to_many"))
        self.last = owner
        return True

    def catalogued(self, child: str, item: str) -> bool:
        """Whether ``child``, named bare in ``item``, is kept on its own with fields of its
        own (*toppings have a name and an extra cost*), so several of them are picked, not
        owned."""
        plain = outside_brackets(item)
        return plain == item and not _WITH.search(plain) and bool(self.known.get(child))

    def child_entity(self, item: str) -> str | None:
        """``tasks with a title`` / ``line items (description, hours)`` / ``many students``."""
        text = item.strip()
        plain = outside_brackets(text)
        first = words(plain)[:1]
        if first == ["how"]:
            return None  # "how many adults and how many children": counts, the children kept
        many = bool(first) and first[0] in QUANTIFIERS
        nested = _WITH.search(plain)
        head = plain[: nested.start()].strip() if nested else plain
        head = _RELATIVE.split(head)[0]
        head_words = [w for w in words(head) if w not in DETERMINERS and w not in QUANTIFIERS]
        pieces = _PIECES_OF.fullmatch(" ".join(head_words))
        if pieces:
            # "pieces of equipment, each with a type": several of the equipment, each a record
            head, head_words, many = pieces.group("thing"), [pieces.group("thing")], True
        elif not head_words or len(head_words) > 3 or not is_plural(head_words[-1]):
            return None
        has_list = _opens_own_list(text)
        if not (many or has_list or self.is_entity_phrase(head)):
            return None
        child = self.entity(head, declared=has_list or many)
        if child is None:
            return None
        if nested:
            # "its herds with the species (cattle, sheep or goats)": a bracket in the list is
            # its field's, not more of the child's fields
            body_at = _position_in(text, plain, nested.start("body"))
            for field in split_list(text[body_at:]):
                self.add_field(child, field)
            text = text[:body_at]
        for listed in bracketed(text):
            if is_open_ended(listed):
                # "skills (horse riding, swimming and so on)": what the records are, not fields
                self.model.entities[child].examples = split_options(listed)
            else:
                self.field_list(child, split_list(listed))
        self.last = child
        return child

    def declaration_list(self, items: list[str]) -> str | None:
        """``we have books, members who borrow them and a loan with ...``."""
        for index, item in enumerate(items):
            if is_clause(item) and not re.search(r"\b(?:who|which|that)\b", item):
                self.entity_list(items[:index])
                return ", ".join(items[index:])
        self.entity_list(items)
        return None

    def entity_list(self, items: list[str]) -> None:
        """``tables, menu items (name, price), orders with a status and order lines``."""
        current: str | None = None
        absorbing = False
        for index, item in enumerate(items):
            if is_clause(item):
                self.scan(", ".join(items[index:]))
                return
            tokens = words(item)
            if all(is_adverb(t) or t in ADVERBS for t in tokens):
                continue  # "we've got cars, obviously, each with ..."
            on = _ON_ENTITY.match(outside_brackets(item))
            if on and self.is_entity_phrase(on.group("owner")):
                self.add_field(current or "", item)  # "hourly rate on the tutor"
                continue
            each_with = re.match(r"^(?:(?:each|every one|all)\s+)?with\s+(?P<rest>.+)$", item)
            if current is not None and each_with:
                self.add_field(current, each_with.group("rest"))
                absorbing = True
                continue
            specified = _is_specified(item)
            if current is not None and absorbing and not (specified and _is_entity_item(item)):
                self.add_field(current, item)
                continue
            parent = current if absorbing else None
            current = self.scan_entity_item(item)
            if parent and current:
                # "invoices with a number ... and line items (...)": the line items are the
                # invoice's
                self.model.link(LinkDraft(source=current, target=parent))
            absorbing = bool(_WITH.search(outside_brackets(item)))

    def scan_entity_item(self, item: str) -> str | None:
        plain = outside_brackets(item)
        nested = _WITH.search(plain)
        head = plain[: nested.start()] if nested else plain
        head = re.split(r"\s+(?:who|which|that)\s+", head)[0]
        head_words = words(head)
        head_np = leading_noun_phrase(head_words)
        if not head_np:
            return None
        after = head_words[head_words.index(head_np.split()[-1]) + 1 :]
        if head_np.split()[-1] in CONTAINER_NOUNS and after[:1] == ["of"]:
            # "a menu of dishes, each with a name": the dishes are the records
            head_np = leading_noun_phrase(after[1:]) or head_np
        owner = self.entity(head_np)
        if owner is None:
            return None
        for inner in bracketed(item):
            if nested and not _lists_fields(inner, strict=True):
                # "funds (building fund, missions) with a name ...": examples, then fields
                self.model.entities[owner].examples = split_options(inner)
            elif not is_open_ended(inner):
                self.field_list(owner, split_list(inner))
        if nested:
            self.field_list(owner, split_list(plain[nested.start("body") :]))
        self.last = owner
        return owner

    def either(self, text: str) -> bool:
        """``Loans are either active, overdue or returned``: a status and its values."""
        match = _EITHER.match(text)
        if match is None:
            return False
        subject = match.group("subj")
        theirs = re.match(r"^(?:their|its|his|her)\s+[a-z][\w\-]*$", subject) is not None
        said = self.clause_subject or self.last
        if theirs and said is not None and not self.is_entity_phrase(subject.split()[-1]):
            # "..., and their subscription is either active or paused": the state of the
            # record the clause before was about
            subject = said
        elif not _is_noun_phrase(subject) or not self.is_entity_phrase(subject):
            return False
        options = [_CONDITION.sub("", o) for o in split_options(match.group("opts"))]
        if len(options) < 2 or any(len(o.split()) > 4 for o in options):
            return False
        owner = self.entity(subject)
        if owner is None:
            return False
        name = "type" if _FLOW_CUE.search(text) else "status"
        self.model.entities[owner].add(FieldDraft(name=name, type="enum", options=options))
        rest = text[match.end() :].strip()
        if rest:
            self.scan(rest)
        return True

    def status_is(self, text: str) -> bool:
        """``Order status is received, cutting, stitching and delivered``."""
        match = _STATUS_IS.match(text)
        if match is None or not _is_noun_phrase(match.group("np")):
            return False
        options = split_options(match.group("opts"))
        if len(options) < 2 or any(len(o.split()) > 3 for o in options):
            return False
        owner = self.entity(match.group("np"))
        if owner is None:
            return False
        flow = " -> ".join(options)
        self.model.entities[owner].add(
            FieldDraft(name=match.group("field"), type="enum", options=options, flow_text=flow)
        )
        return True

    def moves(self, text: str) -> bool:
        """``An application moves from applied to screening ...``: a record with a status."""
        shared = _AND_IT_MOVES.search(text)
        if shared:
            # "every thesis is assigned a supervisor, and it goes from ...": the thesis's
            lead = leading_noun_phrase(words(text[: shared.start()]))
            text = f"{lead} {text[shared.end() :]}" if lead else text
        listed = _LISTED_MOVES.match(text)
        if listed and names_one_with_a_noun(
            words(text[: listed.end("np")]), text[listed.end("np") :]
        ):
            listed = None  # "a press run logs ...": the press run, no press that runs
        match = (
            _MOVES.match(text)
            or _THEN_STATES.match(text)
            or (listed if listed and listed_flow(listed.group("flow")) else None)
            or _STARTS_AS.match(text)
        )
        if match is None:
            return False
        possessive = re.match(r"^(?:its|their)\s+", text) is not None
        if not possessive and not _is_noun_phrase(match.group("np")):
            return False
        if not names_states(match.group("flow")):
            return False
        np_words = match.group("np").split()
        named = self.clause_subject or self.last
        field_name = "status"
        if np_words in (["it"], ["they"]) and named is not None:
            np_words = named.split()  # "it goes from ...": the record the clause before named
        elif possessive and np_words[-1] in STATE_NOUNS and named is not None:
            # "a batch ..., and its stage goes from ...": the batch's stage
            field_name, np_words = np_words[-1], [*named.split(), np_words[-1]]
        elif (
            possessive
            and named is not None
            and np_words[:-1] in ([], ["its"], ["their"])
            and can_be_noun(np_words[-1])
            and self.model.resolve(np_words[-1]) is None
        ):
            # "a booking ... ; its artwork moves from awaiting copy to proof sent ...": the
            # booking's artwork status, a part of it no record of its own
            field_name, np_words = f"{np_words[-1]}_status", named.split()
        elif possessive:
            return False
        elif len(np_words) == 1 and np_words[0] in STATE_NOUNS and named is not None:
            # "a rental has ...; status goes reserved -> out": the rental's status
            field_name, np_words = np_words[0], [*named.split(), np_words[0]]
        if len(np_words) > 1 and np_words[-1] in STATE_NOUNS:
            # "the claim status goes from ...": the claim's status, not a "claim status" record
            field_name = np_words.pop()
        header = _STAGES_HEADER.match(match.group("flow"))
        if header is not None and field_name == "status":
            field_name = header["field"]  # "goes through the stages filling, ...": its stage
        owner = self.entity(" ".join(np_words))
        if owner is None:
            return False
        entity = self.model.entities[owner]
        state_field = next(
            (f for f in entity.fields if f.name in ("status", "stage", "state", field_name)), None
        )
        # a flow told by its first state ("starts as a quote, then the customer confirms it")
        # is read whole by ``states``, which knows acts told as steps
        told = None if match.re is _STARTS_AS else match.group("flow")
        if state_field is None:
            entity.add(FieldDraft(name=field_name, type="enum", flow_text=told))
        else:
            state_field.flow_text = state_field.flow_text or told
        return True

    def choice(self, text: str) -> bool:
        """``Members can RSVP yes, no or maybe to each meeting``: each answer is a record."""
        match = _CHOICE.match(text)
        if match is None or not self.is_entity_phrase(match.group("obj")):
            return False
        options = split_options(match.group("opts"))
        if len(options) < 2 or any(len(o.split()) > 2 for o in options):
            return False
        verb = verb_lemma(match.group("verb")) or match.group("verb")
        name = self.entity(verb)
        person = self.entity(match.group("subj"), declared=False)
        thing = self.entity(match.group("obj"), declared=False)
        if name is None:
            return False
        self.model.entities[name].add(FieldDraft(name="response", type="enum", options=options))
        for target in (person, thing):
            if target is not None:
                self.model.link(LinkDraft(source=name, target=target))
        return True

    def tracked_fact(self, text: str) -> bool:
        """``we track whether they checked in``, ``note when I started and finished each book``."""
        match = _TRACK_FACT.search(text)
        if match is None:
            return False
        # "we record whether they paid by card or cash": the payment method
        what = ways_it_was_done(match.group("what"))
        target = re.search(r"\s+(?:each|every|the|a|an)\s+(?P<np>[a-z][\w\- ]*)$", what)
        owner = None
        if target and self.is_entity_phrase(target.group("np")):
            owner = self.entity(target.group("np"))
            what = what[: target.start()]
        owner = owner or self.last or self.model.topic
        if owner is None:
            return False
        parts = split_top_level(what.strip(), (r"\s+and\s+", r"\s*,\s*"))
        lead = re.match(r"^((?:when|whether|if|where|how)\s+(?:\w+\s+)?)", parts[0])
        for part in parts:
            # "how many adults and children": how many children; "how many adults and the
            # family name": a name of its own, no count
            phrase = (
                part
                if re.match(r"^(?:when|whether|if|where|how|which|what|who)\b", part)
                or part.split(" ", 1)[0] in NOUN_MARKERS
                else ((lead.group(1) if lead else "") + part)
            )
            record = self.record_item(phrase)
            if record is not None:
                # "... and which game they want": the one game, a link
                self.points_at(owner, record)
                continue
            self.add_field(owner, phrase)
        return True

    def object_fields(self, text: str) -> None:
        """``Visitors leave a rating from 1 to 5, an optional comment and their email``: a list
        of attributes with no entity of its own belongs to what the description is about."""
        tokens = words(outside_brackets(text))
        if len(tokens) < 3 or self.model.topic is None:
            return
        verb_at = next(
            (
                i
                for i, w in enumerate(tokens[:4])
                if i and can_be_verb(w) and is_plural(tokens[i - 1]) and w not in AUXILIARIES
            ),
            None,
        )
        if verb_at is None:
            return
        body = text[text.lower().find(" " + tokens[verb_at] + " ") + len(tokens[verb_at]) + 2 :]
        items = split_list(body)
        if len(items) < 2 or any(is_clause(i) or self.is_entity_phrase(i) for i in items):
            return
        if any(is_plural(words(outside_brackets(i))[-1]) for i in items if words(i)):
            return
        self.field_list(self.model.topic, items)

    # --- after reading ----------------------------------------------------------------------

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
                    key = entity_key(field.name.replace("_", " "))
                    target = model.resolve(key) if key else None
                    field.reference = target if target and target != entity.name else None
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


def _numbered_in_a_row(entity: EntityDraft, field: FieldDraft) -> bool:
    """``a bout has a bout number``: the number a record is known by among its own kind, which
    counts them 1, 2, 3. A number named after something else (*registration number*) is an
    identifier written as text, and so is the own number of a record named otherwise or issued
    on a date (*a part's name and part number*, *a permit's number and expiry date*), which is
    its reference, not its place in a row; a bare *number* is read by its record's word."""
    own = entity.name.split("_")[-1]
    if field.type != "text" or field.options or field.name != f"{own}_number":
        return False
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


_SHARED_UNIT = re.compile(r"^(?:all|each|both|everything)\s+(?:in|as)\s+(?P<unit>[a-z]+)$")


def _unit_type(unit: str) -> str | None:
    """The number type of a unit, written singular or plural (*centimetre*, *kg*)."""
    return UNIT_TYPES.get(unit) or UNIT_TYPES.get(plural(unit))


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


# --- phrase helpers -------------------------------------------------------------------------


def _position_in(text: str, plain: str, plain_at: int) -> int:
    """Map an index in ``outside_brackets(text)`` back to ``text``."""
    marker = plain[plain_at : plain_at + 12]
    found = text.find(marker)
    return found if found >= 0 else plain_at


def _when_type(when: str) -> str:
    """``for a given time`` or ``slot`` is a moment of the day; ``date`` or ``day`` a date."""
    return "datetime" if when in ("time", "slot") else "date"


def _shared_subject(before: str) -> str | None:
    """``every game belongs to a tournament, has a round ...``: a verb after a comma, with no
    subject of its own, continues the clause before it and shares its subject."""
    if not before.rstrip().endswith(","):
        return None
    found = read_predicate(before.rstrip().rstrip(","))
    if found is None or found.personal or found.passive:
        return None
    return strip_determiners(found.subject) or None


def _subject(before: list[str]) -> str | None:
    """The subject right before a verb: ``each product``, ``we``, ``it``; a clause after
    ``and`` shares the subject of the clause before it."""
    tokens = list(before)
    while tokens and (tokens[-1] in ADVERBS or tokens[-1] in MODALS):
        tokens.pop()  # "an application shall record ...", "each request can have ..."
    if len(tokens) > 1 and tokens[-1] in ("each", "all", "both") and is_plural(tokens[-2]):
        tokens.pop()  # "our kilns each have ...": the kilns, each of them
    if tokens and tokens[-1] in ("and", "also"):
        return leading_noun_phrase(tokens) or None
    phrase: list[str] = []
    while tokens and tokens[-1] not in FUNCTION_WORDS - DETERMINERS - {"it", "they", "we", "i"}:
        word = tokens.pop()
        phrase.insert(0, word)
        if word in SUBJECT_PRONOUNS or word in ("each",):
            break
        if word in DETERMINERS:
            break
    phrase_text = " ".join(phrase).strip()
    if not phrase_text:
        return None
    if phrase_text in ("each", "it", "they", "we", "i", "you", "every one", "each one"):
        return phrase_text
    plain = strip_determiners(phrase_text)
    if tokens and tokens[-1] == "of" and len(tokens) > 1 and tokens[-2] not in CONTAINER_NOUNS:
        # "inspections of an application record ...": the inspections are the subject
        head = _last_noun_phrase(tokens[:-1])
        plain = strip_determiners(head) if head else plain
    elif (
        len(tokens) > 1
        and tokens[-1] in SUBJECT_PREPOSITIONS
        and (tokens[-3] in DETERMINERS if len(tokens) > 2 else is_plural(tokens[-2]))
        and tokens[-2] not in FUNCTION_WORDS
        and can_be_noun(tokens[-2])
    ):
        # "a quote for a customer has ...": the quote is the subject, the customer its own;
        # "cars for sale have ...": the cars (a bare plural opening the clause)
        plain = tokens[-2]
    named = plain.split()
    # "each skating lesson has ...": a gerund before the noun says which kind; a verb is none
    after_article = phrase[0] in ("a", "an", "the") and len(named) == 1
    if not plain or any(
        can_be_verb(w)
        and not can_be_noun(w)
        and not (w.endswith("ing") and w != named[-1])
        and not (after_article and listed_as_noun(w))
        for w in named
    ):
        return None
    if len(plain.split()) > 4:
        return None
    return plain


def _last_noun_phrase(tokens: list[str]) -> str:
    phrase: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index]
        if word in FUNCTION_WORDS or word in QUANTIFIERS:
            break
        if phrase and can_be_verb(word) and not can_be_noun(word):
            break
        if phrase and not is_noun_at(tokens, index):
            break  # "our studio books shoots": the verb before the object
        phrase.insert(0, word)
    return " ".join(phrase)


def _before_place_phrases(tokens: list[str]) -> int:
    """Where ``tokens`` end once trailing prepositional phrases are set aside, at the first
    plural noun before them: *sixty huts along the front*, *forty boats among the reeds*,
    each with ... are the huts' and the boats'."""
    ends: list[int] = []
    end = len(tokens)
    while end > 0:
        start = end
        while start > 0 and is_noun_at(tokens, start - 1):
            start -= 1
        if start == end:
            break
        ends.append(end)
        while start > 0 and tokens[start - 1] in DETERMINERS:
            start -= 1
        if (
            start == 0
            or tokens[start - 1] not in PREPOSITIONS
            or tokens[start - 1] in ("to", "for")
        ):
            break  # "connect people to community activities, each with ...": the activities
        end = start - 1
    plural_ends = [at for at in ends if is_plural(tokens[at - 1])]
    return plural_ends[-1] if plural_ends else len(tokens)


def host_np(left: str, *, bracket: bool = False) -> Host | None:
    """The noun phrase a following ``with ...`` or ``(...)`` list belongs to.

    Prepositional phrases in between are skipped (*inquiries about a property* with ...);
    a relative clause points back to its noun (*the contacts who work at each company*, with
    ...); a verb with no object after a pronoun names an event (*I check in on a habit*).
    """
    tokens = words(outside_brackets(left))
    if (
        len(tokens) > 1
        and can_be_verb(tokens[0])
        and not can_be_noun(tokens[0])
        and not can_be_adjective(tokens[0])
        and is_plural(tokens[1])
    ):
        tokens = tokens[1:]  # "(authors ... and) write manuscripts with a title": what they make
    if bracket and len(tokens) == 2 and all(is_plural(t) and can_be_noun(t) for t in tokens):
        return Host(" ".join(tokens))  # "drinks packages (name, price)": one compound
    if (
        bracket
        and len(tokens) > 2
        and tokens[-2] in PREPOSITIONS
        and is_plural(tokens[-1])
        and can_be_noun(tokens[-1])
    ):
        return Host(tokens[-1])  # "we send manuscripts out to publishers (name, imprint)"
    while len(tokens) > 2 and tokens[-2] in PREPOSITIONS and tokens[-1] in PRONOUNS:
        tokens = tokens[:-2]  # "I make a job for it, with ...": the job
    distributive = False
    while tokens and (
        tokens[-1] in ADVERBS
        or tokens[-1] in CONJUNCTIONS
        or tokens[-1] in ("each", "every", "all", "both")
        or is_adverb(tokens[-1])
    ):
        distributive = distributive or tokens[-1] == "each"
        tokens.pop()
    end = len(tokens)
    if distributive:
        end = _before_place_phrases(tokens)
    elif not bracket:
        # the noun test sees the *with* that follows: "a customer rings with a problem" has a
        # verb where "a customer ring" would be a compound
        tokens.append("with")
    if distributive and end and is_plural(tokens[end - 1]) and is_noun_at(tokens, end - 1):
        # "the garden is split into plots, each with a number": the plots, one by one
        start = end - 1
        while start > 0 and is_noun_at(tokens, start - 1):
            start -= 1
        return Host(" ".join(tokens[start:end]))
    skipped_object: str | None = None
    while end > 0:
        start = end
        while start > 0 and is_noun_at(tokens, start - 1):
            start -= 1
        phrase = tokens[start:end]
        det = start
        while det > 0 and (tokens[det - 1] in DETERMINERS or tokens[det - 1] in QUANTIFIERS):
            det -= 1
        before = tokens[det - 1] if det > 0 else None
        if phrase and before in ("and", "or"):
            # "matches between a home team and an away team", "for each morning or afternoon
            # session": both in one prepositional phrase
            first_end = det - 1
            first_start = first_end
            while first_start > 0 and is_noun_at(tokens, first_start - 1):
                first_start -= 1
            first_det = first_start
            while first_det > 0 and tokens[first_det - 1] in DETERMINERS | QUANTIFIERS:
                first_det -= 1
            if first_start < first_end and first_det > 1 and tokens[first_det - 1] in PREPOSITIONS:
                det, before = first_det, tokens[first_det - 1]
                phrase = tokens[first_start:first_end]
        particle = (
            before == "in"
            and det > 1
            and verb_lemma(tokens[det - 2]) in IN_PARTICLE_VERBS
            and is_plural(tokens[end - 1])
        )
        if (
            bracket
            and phrase
            and det == start
            and end == len(tokens)
            and before in PREPOSITIONS
            and is_plural(phrase[-1])
        ):
            # "runners sign up for races (name, date)": a bare plural's own bracket
            return Host(" ".join(phrase))
        if (
            phrase
            and before in ("to", "for")
            and det < start
            and tokens[start - 1] in ("a", "an")
            and det > 3
            and tokens[det - 2] == "up"
            and verb_lemma(tokens[det - 3]) is not None
            and tokens[det - 4] not in ("to", "and", "or")  # "a visit to measure up for a ..."
        ):
            return Host(" ".join(phrase))  # "a patient signs up to a plan, with ...": the plan
        if phrase and before in PREPOSITIONS and before != "of" and det - 1 > 0 and not particle:
            skipped_object = skipped_object or " ".join(phrase)
            end = det - 1
            continue
        if phrase and before == "of" and det - 1 > 0:
            owner_end = det - 1
            owner_start = owner_end
            while owner_start > 0 and is_noun_at(tokens, owner_start - 1):
                owner_start -= 1
            owner = tokens[owner_start:owner_end]
            if owner and owner[-1] in CONTAINER_NOUNS:
                return Host(" ".join(phrase))
            if (
                len(owner) == 1
                and owner_start > 0
                and verb_lemma(tokens[owner_start - 1]) in _IDIOM_VERBS
            ):
                return Host(" ".join(phrase))  # "keep track of my hides (...)": the hides
            return Host(" ".join(owner)) if owner else Host(" ".join(phrase))
        if phrase:
            if before in WH_WORDS and det - 2 >= 0:
                return _relative_host(tokens[: det - 1])
            return Host(" ".join(phrase))
        # a verb ends the phrase: cross it to its subject
        return _verb_host(tokens[:end], skipped_object)
    return None


def _relative_host(tokens: list[str]) -> Host | None:
    phrase = _last_noun_phrase(tokens)
    return Host(phrase) if phrase else None


def _verb_host(tokens: list[str], pp_object: str | None) -> Host | None:
    """``attendees register for events`` → attendees; ``I check in on a habit`` → check_in."""
    verb_end = len(tokens)
    verb_start = verb_end
    while (
        verb_start > 0
        and (tokens[verb_start - 1] in PREPOSITIONS or can_be_verb(tokens[verb_start - 1]))
        and tokens[verb_start - 1] not in SUBJECT_PRONOUNS
        and not (verb_start < verb_end and is_plural(tokens[verb_start - 1]))
        and not (verb_start > 1 and tokens[verb_start - 2] in NOUN_MARKERS)
        # "every catalogued document belongs": a participle after a marker describes a noun
        and not (
            verb_start > 2
            and tokens[verb_start - 3] in NOUN_MARKERS
            and is_past_participle(tokens[verb_start - 2])
        )
    ):
        verb_start -= 1
        if tokens[verb_start] in AUXILIARIES and (
            verb_start == 0 or tokens[verb_start - 1] not in AUXILIARIES
        ):
            break  # the word before "is" is its subject, even when it could be a verb
        if verb_end - verb_start >= 3:
            break
    verb = tokens[verb_start:verb_end]
    before = tokens[:verb_start]
    auxiliary = verb[:1] != [] and verb[0] in AUXILIARIES
    while before and (before[-1] in AUXILIARIES or before[-1] in ADVERBS):
        auxiliary = auxiliary or before[-1] in AUXILIARIES
        before.pop()
    if not verb:
        return None
    if before and before[-1] in ("who", "which", "that"):
        return _relative_host(before[:-1])
    if before and before[-1] == "and" and auxiliary:
        # "a prescription is written by a doctor and is for one medicine, with ...": the
        # second predicate shares the sentence's subject
        subject = leading_noun_phrase(before)
        return Host(subject) if subject else None
    if (
        len(before) > 1
        and before[-1] in SUBJECT_PRONOUNS
        and before[-2] in ("which", "that", "who", "whom")
    ):
        return _relative_host(before[:-2])  # "my tractors, which i keep with a make": theirs
    if before and before[-1] in SUBJECT_PRONOUNS:
        lemma = verb_lemma(verb[0]) or verb[0]
        particles = [w for w in verb[1:] if w in PREPOSITIONS and w in ("in", "out", "up", "off")]
        if not particles and len(verb) > 1:
            return None
        return Host(" ".join([lemma, *particles]), event=True, event_object=pp_object)
    lead = leading_noun_phrase(before)
    after_lead = before[len(words(lead)) + 1 :][:1] if before[:1] in (["each"], ["every"]) else []
    if auxiliary and lead and after_lead and after_lead[0] in ("a", "an", "the"):
        # "each feeding a keeper gives is logged with ...": the feeding, and who gives it
        return Host(lead)
    subject = _last_noun_phrase(before)
    return Host(subject) if subject else None


def _each_ones_list(whose: re.Match[str], index: int) -> bool:
    """``..., and each club's name and contact email`` after another record's list: a list said
    of every one of a kind names that kind as a record, known or not (*the lead guest's name*
    does not)."""
    said = whose.group(0).removeprefix("and ").lstrip()
    return index > 0 and said.startswith(("each ", "every ")) and _is_noun_phrase(whose["np"])


def _is_noun_phrase(text: str) -> bool:
    tokens = words(text)
    if not tokens or len(tokens) > 6:
        return False
    return not is_clause(text) and not any(
        t in SUBJECT_PRONOUNS or (t in AUXILIARIES and t != "need") for t in tokens
    )


def _reduced(head: str) -> bool:
    """``parts used on a job``: a participle right after the noun, with no *is* (a reduced
    relative clause describing the parts, not an act of theirs)."""
    tokens = words(head)
    return (
        len(tokens) > 2
        and is_plural(tokens[0])
        and is_past_participle(tokens[1])
        and tokens[2] in PREPOSITIONS
    )


_OWNER_WANTS_TO = re.compile(
    r"(?:we|i)\s+(?:(?:also|just|really|only)\s+)?"
    r"(?:want|need|would\s+like|have|ought|should|must)\s+(?:to\s+)?(?:(?:also|just)\s+)?"
)
"""*we want to*, *we'd like to*, *I need to*: the owner's wish before the verb of a header."""


def _is_header(clause: str) -> bool:
    """``Students: first name, ...`` or ``track my books: title, ...``, but not ``a status:
    requested, confirmed`` at the end of a list of fields."""
    head = clause.split(":", 1)[0]
    have = _HAVE.search(head)
    if have and _OWNER_WANTS_TO.fullmatch(head[: have.start()]):
        have = None  # "we want to track our books: ...": the owner's verb, a header as "track ..."
    if (have and have.start() > 0) or re.search(r"\bwith\b", head) or "," in head:
        return False  # "track the plants: ..." opens with its verb, a header all the same
    return len(words(head)) <= 12


def _opens_own_list(item: str) -> bool:
    """Whether a list item says what its own records keep: ``tasks with a title``, ``line
    items (description, hours)``; not ``photos`` or ``photos (can be several)``."""
    inner = bracketed(item)
    return _WITH.search(outside_brackets(item)) is not None or (
        bool(inner)
        and not _is_hint(inner[0])
        and not is_open_ended(inner[0])
        and _lists_fields(inner[0])
    )


def _is_hint(inner: str) -> bool:
    from appwright.design.offline.types import hint_type

    return hint_type(inner) is not None or len(split_list(inner)) == 1


_ON_A_DATE = re.compile(
    r"^(?:(?:a|an|the|each|every|our|all)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:is|are|happens?|takes? place|(?:is|are) (?P<done>[a-z]+))\s+"
    r"(?:(?:with|to|for|by|from|at|in)\s+(?:a|an|one|the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+)?"
    r"on\s+(?:a given|a set|a fixed|a particular|a|an|one|the)\s+(?P<date>(?:[a-z][\w\-]*\s+)?(?:date|day))\b"
)
"""``lessons are on a date``, ``a purchase order is raised with one supplier on an order
date``: the record's date."""
_AT_A_TIME_LAST = re.compile(
    r"\b(?:at|on)\s+(?:a|an|one)\s+(?:(?:given|set|fixed|particular|specific|certain)\s+)?"
    r"(?P<when>(?:[a-z]+\s+)?(?:time|date))$"
)
"""*... at a start time*, *... on one date*: the one time a clause ends on (*a given date* is
a date)."""
_TIMED_ONE = re.compile(
    r"^(?P<det>a|an|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<verb>[a-z]+s)\s+(?P<rest>.+)$"
)
_WHEN_IN_CLAUSE = re.compile(
    r"\b(?:at|on|from|until|till)\s+(?:a|an)\s+(?P<when>(?:[a-z]+\s+)?(?:time|date))\b"
    r"|\bfor\s+a\s+(?:number|couple|few)\s+of\s+(?P<unit>hours|days|nights|weeks|minutes)\b"
)
"""*a session takes place in one room on a date, from a start time for a number of hours*:
when it is, and how long, each said once in the clause."""
_PIECES_OF = re.compile(rf"{PIECES} of (?P<thing>[a-z][\w\-]*)")
_GOES_THROUGH_STEPS = re.compile(
    r"^(?:(?:the|a|an|each|every)\s+)?(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:goes|go|moves|move|passes|pass|runs|run)\s+through\s+(?:[a-z]+\s+){0,2}?"
    r"(?:steps|stages|states|phases)$"
)
"""``the licence goes through a few steps``: a header whose list is the record's states."""
_STATE_THAT_MOVES = re.compile(
    r"^(?:a|an|the|its|their)\s+(?:status|stage|state)\s+(?:that|which)\s+"
    r"(?:starts|begins|goes|moves|runs|passes)\b"
    # "an outcome that starts as pending and then becomes passed or failed": any one noun
    # whose relative clause walks through states is a field too, its flow read by ``states``
    r"|^(?:a|an|the|its|their)\s+[a-z]+\s+(?:that|which)\s+(?:starts|begins|stays|remains)\s+"
    r"(?:(?:out|off)\s+)?(?:as\s+|at\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:,|\s+(?:and\s+)?then\b|\s+until\b|\s+and\s+(?:becomes|turns|goes|moves)\b)"
    r"|^(?:a|an|the|its|their|each|every)\s+[a-z]+\s+(?:that|which)\s+(?:goes|moves)\s+from\s+"
    r"(?!(?:a|an|the|one|our|their)\b)[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:to|->)\s"
)
"""``a status that starts at applied, then ...``: a field and its flow, however it goes on."""
_THEY_CAN_DO_THEM = re.compile(
    r"^(?:the|their|all\s+the)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:they|he|she)\s+"
    r"(?:can|could|are\s+able\s+to|is\s+able\s+to)\s+(?P<verb>[a-z]+)$"
)
"""``the subjects they can teach``: the records someone is able to take on, several."""
_PICKING_VERB = re.compile(r"^(?:includes?|contains?|holds?)$")
"""Verbs of a record that picks from other records (*a hire includes several items*)."""
_REDUCED_SUBJECT = re.compile(
    r"^(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<done>[a-z]+)\s+"
    r"(?:in|at|on|from|during|by|into|for|to)\s+(?:a|an|the|each|every|one|their|its)\s+"
    r"(?P<place>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)
"""``every bird caught in a session``: a subject with a reduced relative clause."""
_WHEN_ITEM = re.compile(r"^(?:on|at)\s+(?=(?:a|an|one)\s+(?:[a-z]+\s+)?(?:date|day|time)$)")
"""*on a date*, *at a start time* in a list of another record's: when the subject is."""
_THEN_COMMA_WITH = re.compile(
    r"^\s+(?:on|at|for|in)\s+(?:a|an|one)\s+[^,;()]+,\s+with\s+(?:a|an|the|its|their)\s"
)
"""``... (name, address) on a date, with a ticket price`` after a bracket: what the clause goes
on to say of its subject."""
_PASSIVE_SUBJECT = re.compile(
    r"^(?:a|an|the|each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+of\s+(?:a|an|one|the)\s+[a-z][\w\-]*)?\s+(?:is|are)\s+(?P<done>[a-z]+)\b"
)
"""A clause opened by a record and a participle (*a batch of a beer is brewed ...*): the
record (not the thing after *of a*) is what the clause describes."""
_ON_A_WHEN = re.compile(r"^\s+(?:at|on)\s+(?:a|an)\s+(?P<when>(?:[a-z]+\s+)?(?:time|date))\b")
_IN_A_UNIT = re.compile(rf"\s+in\s+(?P<unit>{'|'.join(UNIT_TYPES)})\b")
_SOURCE_PREPOSITIONS = frozenset(["from", "for", "against", "of", "on"])

_DONE_BY_ONE = re.compile(
    r"(?P<done>[a-z]+)\s+(?:by|from|at|in|to|for|on)\s+(?:a|an|one|the|one\s+of\s+(?:our|the))"
    r"\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})"
)
"""``landed by a boat``, ``placed by a customer``: the one record behind the owner."""


def _modifies(word: str) -> bool:
    """Whether ``word`` can say which kind of thing the noun after it is: *speeding vehicle*,
    *parked car*, *spare part*, *garden shed*."""
    return (
        can_be_noun(word)
        or can_be_adjective(word)
        or word.endswith("ing")
        or is_past_participle(word)
    )


_ACT_WITH_LIST = re.compile(
    r"^(?:a|an|the|each|every)\s+(?P<who>[a-z][\w\-]*)\s+[a-z]+(?:\s+(?:up|in|on|out))?\s+"
    r"(?:for|to|on|onto|into|at|in)\s+(?:a|an|the|one)\s+(?P<what>[a-z][\w\-]*)\s+with\s+"
    r"(?P<list>[^;]+)"
)
"""Under a header: *a poet signs up for a night with the title of their piece and a slot
number*, someone's act on a record, with what the act records."""
_RECORD_WITH_CLAUSE = re.compile(
    r"(?:the|its|their)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:that|which|who)\s+|(?:it|they|we)\s+(?:was|were|is|are|came|comes|come|want|wants)\b"
    r"|(?:it|they|he|she)\s+(?:(?:would|will|can|could|might|may)\s+)?(?P<verb>[a-z]+)"
    r"(?:\s+(?:out|off|over|back|up))?\s+(?:to|in|on|at|with|for|by|under|into)$"
    r"|(?:they|he|she)\s+(?:would|will|can|could|might|may)\s+(?P<wanted>[a-z]+)$).*"
    r"|which\s+(?P<which>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+"
    r"(?:(?:it|they|he|she|we|the\s+[a-z][\w\-]*)\s+[a-z]+(?:\s+[a-z]+){0,2}"
    r"|(?P<acts>[a-z]+(?:ed|s)\s+(?:it|them)|(?:is|are|was)\s+[a-z]+ing\s+(?:it|them))))?"
    r"|which\s+(?:one\s+)?of\s+(?:our|my|the|us)\s+(?P<ours>[a-z][\w\-]*s)"
    r"(?:\s+(?:is|was|are|were|will\s+be))?\s+[a-z]+(?:\s+(?:it|them))?"
)
"""``the supplier it was bought from``, ``the property they want to rent``, ``the garage it
went to``, ``the van it went out in``, ``the flat they would prefer``, ``which recipe it
followed``, ``which tannery had it``, ``which unit``, ``which kart the driver was in``: a record, and a clause saying how it is tied
in; ``which of our drivers did it``, ``which engineer is doing it``: one of the business's own
people or things, a record even where nothing else names it."""

_TIED_WITH = re.compile(
    r"\b(?:it|they|he|she)\s+(?:is|are|was|were)\s+(?:registered|based|attached|assigned|signed up)\s+"
    r"(?:with|to|at)\s*$"
)
"""``the vet they are registered with``: a tie to one of many records outside the business."""
_WE_NOTE = re.compile(r"^(?:i|we)\s+(?P<verb>[a-z]+)\s+(?:down\s+)?(?:the|a|an)\s")

_ONE_WITH = re.compile(r"(?:a|an|one)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s")
"""``(every client has) a case with the date ...``: one record of its own, with its list."""

_RESERVING_VERBS = word_set("book reserve hire rent")
"""Verbs whose object, held for a date, is a thing the act is of (*members book a lawn for a
date*: a booking of a lawn), even where nothing else is said about the thing."""
_MORE_DETAILS = re.compile(
    r"^\s*(?:(?:and|at|to|plus)\s+(?P<body>(?:a|an|the|their)\s[^,;]+)"
    r"|,\s*(?P<listed>(?:a|an|the|their)\s[^;()]+?\s+and\s+(?:a|an|the|their)\s[^,;()]+)$)"
)
"""After an act's date: ``... at a venue address``, ``... and a delivery address``, ``..., a
start time and a number of hours``."""


_AND_ONE_OF = re.compile(
    r"^\s*and\s+(?P<item>(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*\([^()]*\bor\b[^()]*\))"
)
"""After an act's date: ``... and a session (morning or afternoon)``, a value of a few."""


def _names_a_detail(item: str) -> bool:
    """Whether a list item is a value a record holds by its head word (*a venue address*),
    not a record or a place of its own (*the club*)."""
    tokens = words(item)
    return bool(tokens) and (tokens[-1] in PLAIN_FIELD_NOUNS or infer_type(tokens) != "text")


_FOR_A_REASON_LIKE = re.compile(
    r"^\s*,?\s*for\s+(?:a|an|the|some)\s+(?P<what>[a-z][\w\-]*)\s+(?:like|such\s+as|e\.g\.)\s"
)
"""After an act's date: ``... for a reason like tb testing or calving``, a value told by its
examples."""
_WITH_LIST_AFTER = re.compile(r"^\s*,?\s*(?:and\s+[\w\s]{0,20}?)?\s*with\s+(?P<body>.+)$")

_AND_ANOTHER = re.compile(r"\s*,?\s*and\s+(?P<next>(?:a|an|one)\s+[^,;]*\(.*)$")
"""``... and a paramedic (name, level)``: a second record the same act points at."""

_ONE_DESCRIBED = re.compile(
    r"(?:one|(?P<of>one\s+of\s+(?:our|the|your))|(?P<det>the|a|an))\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s*\((?P<inner>[^()]+)\)"
    r"(?:\s+(?:[a-z]+ing|who|that)\b[^()]*)?"
)
"""``one bus (plate, seats)``, ``one of our drivers (name, phone)``, ``the handler (name,
phone) leading it``: one record and its list."""

_THINGS_DONE = re.compile(
    r"(?:the|all\s+the)\s+(?P<things>[a-z][\w\-]*s)\s+[a-z]+ed(?:\s+(?:in|out|up|down|off|back))?"
)
"""*the garments handed in*: the things themselves, where they are kept as records."""
_THE_ONE = re.compile(r"(?:the|its|their)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?<!s)")
"""``the tournament``, ``the race night`` in a list of what we note: the one record it is for,
a link."""
_PERSON_IN_ROLE = re.compile(
    r"the\s+(?:person|people|member|one)\s+(?:who\s+(?:was|were|is|are|got)\s+)?(?P<role>[a-z]+ed)"
)
"""``the person helped``, ``the one who was helped``: a party named by what was done to them."""

_SECOND_PREDICATE = re.compile(
    r"^\s*,?\s*and\s+(?P<predicate>(?:has|have|is|are|gets|contains|includes|holds)\b.+)$"
)


_PERFECT = re.compile(
    r"^(?P<adverbs>(?:(?:[a-z]+ly|just|already|now|never|also)\s+)*)(?P<done>[a-z]+)"
    r"(?P<particle>\s+(?:up|out|off|down|away|on|over|us|me|it|them|to|too|into|so|far)\b)?"
)
_GOING = re.compile(r"^\s+[a-z]{3,}ing\b")
_GERUND_TAKERS = frozenset(["stopped", "started", "begun", "kept", "quit", "finished", "gone"])
"""Participles that take a gerund after them: *has stopped coping*, *has started creaking*."""
_GOT_PARTICLE = re.compile(r"^(?:out|up|off|into|too|so|worse|messy|silly)\b")


def _perfect_tense(verb: str, body: str) -> bool:
    """``our spreadsheet has finally given up on us``, ``spreadsheets have got out of hand``:
    *has* is the perfect tense's helper, not what the subject holds."""
    if verb in ("has got", "have got"):
        return bool(_GOT_PARTICLE.match(body))
    if verb not in ("has", "have", "had"):
        return False
    match = _PERFECT.match(body)
    if match is None:
        return False
    done = match.group("done")
    if done in ("been", "become"):
        return True  # "has become a nightmare": never what the subject holds
    # "has stopped coping": a verb that takes what it does (not "has reserved parking")
    going = done in _GERUND_TAKERS and _GOING.match(body[match.end() :])
    # "how many races each bird has flown": a participle no past tense shares, ending it
    alone = not body[match.end() :].strip() and _only_participle(done)
    if not (match.group("adverbs") or match.group("particle") or going or alone):
        return False
    return is_past_participle(done)


def _done_by_us(verb: str, body: str) -> bool:
    """``i have taken in total``, ``we have sold so far``: a perfect tense with nothing done to
    (``we have reserved parking`` still lists what we have)."""
    said = words(body)
    return (
        verb in ("has", "have", "had")
        and bool(said)
        and is_past_participle(said[0])
        and (len(said) == 1 or said[1] in PREPOSITIONS or said[1] in ADVERBS)
    )


def _only_participle(word: str) -> bool:
    """*flown*, *eaten*, *written*: a past participle unlike the verb's past tense."""
    lemma = verb_lemma(word)
    return lemma is not None and verb_form(lemma, "VBN") == word != verb_form(lemma, "VBD")


_NAME_ITEM = re.compile(r"^(?:a|an|the|its)?\s*(?:full\s+)?name$")
"""A list opening with the name of the one just named (*their name* is the people's)."""


def _named_one_with_its_list(left: str, items: list[str]) -> str | None:
    """``each product is supplied by a supplier with a name and an account number``, ``travels
    on a van run with a run date and a van registration``: the one record named right before
    *with* (*a*, *one*, *one of our*, after a preposition) whose list it is, when the list
    opens with a name or an item is named after it; else None (*puts a sitter in a home with a
    start date* is the subject's)."""
    before = words(outside_brackets(left))
    near = _last_noun_phrase(before)
    if not near or not _names_one(before, near):
        return None
    if any(verb_lemma(w) not in (None, w) and not is_plural(w) for w in near.split()):
        return None  # "backed by an assessor, kept with a name": a participle, no noun
    size = len(near.split())
    marker_at = len(before) - size - (3 if before[-size - 1] in ("our", "the", "your") else 1)
    if marker_at < 1 or before[marker_at - 1] not in PREPOSITIONS:
        return None
    head = near.split()[-1]
    first = outside_brackets(items[0]).strip()
    named_after = any(
        [w for w in words(outside_brackets(item)) if w not in DETERMINERS][:1] == [head]
        and len(words(item)) > 2
        for item in items
    )
    if _NAME_ITEM.match(first) is None and not named_after:
        return None
    return near


def _names_a_few(before: list[str], near: str) -> bool:
    """Whether the phrase ending *before* names a counted few after a preposition: *is fought
    between two boxers*, *is marked by three judges* (each one of the same record)."""
    size = len(near.split())
    return (
        len(before) > size + 1
        and before[-size - 1] in NUMERALS
        and before[-size - 2] in PREPOSITIONS
        and is_plural(before[-1])
    )


def _names_one(before: list[str], near: str) -> bool:
    """Whether the phrase ending *before* names one record: *a rider*, *one bus*, *one of our
    technicians*."""
    size = len(near.split())
    if len(before) <= size:
        return False
    marker = before[-size - 1]
    if marker in ("a", "an", "one"):
        return True
    return before[-size - 3 : -size - 1] == ["one", "of"] and marker in ("our", "the", "your")


def _plural_subject(before: list[str]) -> bool:
    """Whether a clause opens with plural records that something is done to: *jobs are
    handed to a rider (name, phone)*. Not an act of theirs (*customers book a table (name,
    phone)*, *pens hold a sow (name, breed)*), which may say whose list it is or be many."""
    subject = leading_noun_phrase(before)
    size = len(subject.split())
    if not subject or before[:size] != subject.split() or not is_plural(before[size - 1]):
        return False
    return before[size : size + 1] in (["are"], ["get"])


def _person_fields(items: list[str]) -> bool:
    """Whether a list describes people: it has a way to reach them (email, phone)."""
    drafts = [read_field(item) for item in items]
    return any(
        d is not None and (d.type == "email" or "phone" in d.name or "mobile" in d.name)
        for d in drafts
    )


_RELATIVE = re.compile(r"\s+(?:who|which|that)\s+")


def _logs_one(head: str, found: Predicate) -> bool:
    """*we log a swarm report: ...*: one record of a named kind, not a section of reports."""
    return (
        found.subject in ("we", "i")
        and found.object is not None
        and len(found.object.split()) > 1
        and re.search(rf"\b(?:a|an)\s+{re.escape(found.object)}$", head) is not None
    )


_ACTING_PARTY = re.compile(
    r"(?:the\s+|a\s+|an\s+|our\s+)?(?P<doing>[a-z]+ing)\s+(?P<noun>[a-z][\w\-]*)"
)
"""``requesting vet``, ``the referring doctor``: the one who does the act, by the act."""


def _which_one_picked(item: str, phrase: str) -> bool:
    """Whether a bare list item ``which <noun>`` (*samples: which pet, which lab, ...*) picks
    one of many records of that noun, even where nothing else describes them: not a value
    (*which day*, *which colour*, *which side (left or right)*, with its options)."""
    if item.strip() != f"which {phrase}" or bracketed(item):
        return False
    head = phrase.split()
    return (
        all(can_be_noun(word) and word not in FUNCTION_WORDS for word in head)
        and not is_plural(head[-1])
        and infer_type(head) == "text"
        and head[-1] not in PLAIN_FIELD_NOUNS
        and head[-1] not in STATE_NOUNS
        and head[-1] not in ("kind", "type", "sort", "way", "one")
    )


def _is_entity_item(item: str) -> bool:
    """Whether a list item names records (``tables``, ``items found (...)``, ``claims by
    passengers``) rather than a field."""
    plain = outside_brackets(item)
    if re.match(r"\s*any\s", plain):
        return False  # "any allergies": what one record may have written on it
    tokens = words(re.split(r"\bwith\b", plain)[0])
    head = leading_noun_phrase(tokens)
    if head.endswith(("'s", "s'")):
        return False  # "the caller's name": a field said to be someone's
    after = tokens[tokens.index(head.split()[-1]) + 1 :] if head else []
    done = after[:1] if after[1:] in ([], ["down"], ["up"], ["out"], ["off"], ["in"]) else []
    if "(" not in item and done and is_past_participle(done[0]):
        return False  # "the laps completed": how many, not records (*items found (...)* are)
    # "any other notes": written about a record, never records
    return bool(head) and is_plural(head.split()[-1]) and head.split()[-1] not in COMMON_FIELD_NAMES


COMMON_FIELD_NAMES = word_set(
    "name title description notes address phone email date time status type category code "
    "number quantity amount price comment summary label first_name last_name full_name "
    "measurements details instructions directions remarks comments dimensions"
)


def _lists_fields(inner: str, *, strict: bool = False) -> bool:
    """``(description, hours, rate)`` lists fields; ``(tech, design, business)`` lists values:
    most fields have a type of their own or a name every record uses. ``strict``: a lone
    adjective (*basic*, *deluxe*) is a value, not a yes/no field."""
    loose = ("text", "boolean") if strict else ("text",)
    if re.search(r"\s+or\s+[^,]+$", inner):
        return False  # "(4-5ft, 5-6ft or over 7ft)": one of them, so values
    items = split_list(inner)
    drafts = [read_field(item) for item in items if not item.strip()[:1].isdigit()]
    # "(firm name, phone, account number)": a terse list, where compounds named like fields
    # are fields; "(usually an agent, so for them just the company name, ...)" is talk
    terse = all(len(strip_determiners(item).split()) <= 3 for item in items)
    field_like = [
        d
        for d in drafts
        if d is not None
        and (
            d.type not in loose or d.name in COMMON_FIELD_NAMES or (terse and _named_by_its_head(d))
        )
        and not _lone_thing(d.name)
    ]
    return len(field_like) * 2 >= len(items)


_IDENTIFYING_HEADS = word_set("name number code address title")
"""Heads of the compounds records are told apart by: *firm name*, *account number*."""


def _named_by_its_head(draft: FieldDraft) -> bool:
    """``firm name``, ``account number``: a compound whose head every record has names a field;
    values (*passport, BRP, share code*) are seldom mostly such compounds."""
    said = to_snake(strip_determiners(draft.phrase))
    return said == draft.name and "_" in said and said.rsplit("_", 1)[-1] in _IDENTIFYING_HEADS


def _lone_thing(name: str) -> bool:
    """*tools*, *toys*: a plural alone is a count as a record's field, but among values it is
    one of the kinds; only the words always counted (*adults*, *places*) say fields."""
    return "_" not in name and is_plural(name) and name not in COUNTED_PLURALS


def _with_values(item: str) -> bool:
    """``the tree species (oak, pine or ash)``: a field told with its values, whatever its
    head looks like."""
    inner = bracketed(item)
    return bool(inner) and not _lists_fields(inner[0])


def _is_specified(item: str) -> bool:
    """An item with its own list: ``clients (name, email)``, ``invoices with a number``
    (not ``interests (tech, design, business)``, whose brackets hold values)."""
    inner = bracketed(item)
    if inner and _lists_fields(inner[0]):
        return True
    return re.search(r"\bwith\b", outside_brackets(item)) is not None


def _first_field_brackets(text: str) -> int | None:
    at = text.find("(")
    while at >= 0:
        inner = bracketed(text[at:])
        if inner and not _is_hint(inner[0]):
            return at
        at = text.find("(", at + 1)
    return None


def _topic_phrase(text: str) -> str | None:
    """The thing a title or first sentence is about: *track my book collection* → book
    collection; *A habit tracker* → habit; *HR leave requests* → leave requests."""
    plain = outside_brackets(text)
    match = _TOPIC.search(plain)
    if match and _ONE_WE_PUT_ON.match(match.group(0)):
        match = None  # "we organise a spelling bee for schools": the app's own business
    if match:
        phrase = leading_noun_phrase(words(match.group("np")))
        if phrase:
            return phrase
    tokens = words(plain)
    for index, word in enumerate(tokens):
        if word in APP_WORDS and index and tokens[index - 1] not in DETERMINERS:
            # "a customer makes a booking": the app word opens a noun phrase of its own
            before = [t for t in tokens[:index] if t not in DETERMINERS]
            named = _last_noun_phrase(before).split()
            while len(named) > 1 and can_be_adjective(named[0]):
                named = named[1:]  # "personal expense tracker" is about expenses
            if named and not (len(named) == 1 and not can_be_noun(named[0])):
                return " ".join(named)
    if _is_noun_phrase(plain) and tokens and is_plural(tokens[-1]):
        return _last_noun_phrase(tokens)
    return None
