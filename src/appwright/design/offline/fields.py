"""One field from the words that describe it: ``a rating from 0 to 5`` → ``rating``, integer 0..5.

Phrases come from lists (``a SKU, a name and a unit price``), so each is a noun phrase with
its decorations: articles, brackets, ranges, units, enum options after a colon, a relative
clause that tells how a status moves, or a small clause (``the year it was published``).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import IRREGULAR_ACTS, act_noun, adjective_noun
from appwright.design.offline.brackets import bracketed, outside_brackets
from appwright.design.offline.clause_or_phrase import (
    ABOUT_WHAT,
    DATED_ACT,
    HOW_LONG_IT_TAKES,
    conditioned_noun,
)
from appwright.design.offline.draft import FieldDraft
from appwright.design.offline.field_names import conventional_name
from appwright.design.offline.list_items import is_open_ended, split_options
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.types import (
    CHARGED_WORDS,
    UNIT_TYPES,
    URL_WORDS,
    counted_plural,
    find_letter_range,
    find_range,
    hint_type,
    implied_range,
    infer_type,
    spelled_unit,
)
from appwright.design.offline.word_classes import (
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    SUBJECT_PRONOUNS,
    VERB_PARTICLES,
    words,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_be_noun,
    can_be_verb,
    is_adverb,
    is_past_participle,
    is_plural,
    listed_as_noun,
    singular,
    verb_form,
    verb_lemma,
)
from appwright.spec.names import MAX_NAME_LENGTH, to_snake

MAX_FIELD_WORDS = 5
TYPE_BEARING_SINGULARS = frozenset(["date", "time", "timestamp", "price", "amount", "email", "url"])
"""Heads whose plural still names one value each (*check-in dates* are dates)."""
ONE_EACH_SINGULARS = frozenset(["name", "surname", "phone", "address", "postcode"])
"""What each has one of, said in the plural of many (*their names and phone numbers*)."""
"""A longer phrase is a sentence fragment, not a field name."""

FIELD_NOUNS = frozenset(["field", "column", "attribute"])
"""Words that say a phrase is a field (*a probability field*), never part of its name."""
FLAG_NOUNS = frozenset(["flag", "checkbox", "toggle"])
"""Words that make the name before them a yes/no fact (*a paid flag*)."""
LEADING_WITH = frozenset(["with", "having", "including", "plus"])
"""A list item opened by *with* (``..., with a total``) names the field after it."""

STATE_NOUNS = frozenset(["status", "stage", "state", "phase", "step", "progress"])
_FLOW_START = re.compile(
    r"\s+(?:that|which|who)\s+|\s+(?:shown|displayed|tracked|managed|shown)\s+as\s+|"
    r"\s+(?:goes|moves|flows|progresses|changes|going|moving)\s+|\s+(?=from\s+[a-z][\w\-]*\s+(?:to|->)\s)"
)
_SMALL_CLAUSE = re.compile(
    r"^(?P<noun>[a-z][\w\-]*(?: [a-z][\w\-]*)?(?: per [a-z][\w\-]*)?) "
    r"(?:it|they|he|she|you|i|we|(?:the|our|their|his|her|each|every) (?P<who>[a-z][\w\-]*))"
    r"(?:'s| is| was| were| are| got(?! (?:it|them)\b)| gets(?! (?:it|them)\b))?"
    r"(?: (?P<when>last|first|next|most recently))?"
    r" (?P<verb>[a-z]+)(?P<object> it| them| us| him| her| you| (?:the|our|each|every|a|an|their) [a-z][\w\-]*)?"
    r"(?: (?P<particle>in|on|at|by|to|for|back|up to|up until|up|out|off|over|down|away))?"
    r"(?: with (?:us|me|them))?"
    r"(?: (?:once|when|after|before|until) (?:it |they )?(?:is |are )?[a-z]+)?$"
)
"""*the date it was poured*, *the date it is ready once cured*, *a placing the judge gives it*:
a noun and what happened, or what someone does with it (*the date they first sat with us*)."""
_DONE_TO_A_THING = re.compile(r"^ (?:the|our|each|every|a|an) (?P<thing>[a-z][\w\-]*)$")
"""What the act in *the time we open the gates* is done to."""
_DATE_TO_ACT = re.compile(
    r"^(?P<noun>date|day|time)\s+(?:i|we|they|he|she|you|it)(?:\s+(?:am|are|is|were|was|have|has))?"
    r"\s+(?:go|goes|going|come|comes|coming|booked|due|scheduled|planned|set|supposed|meant|"
    r"arranged|plan|plans|planning|want|wants)(?:\s+(?:out|round|over|back|in|up))?\s+to\s+"
    r"(?P<verb>[a-z]+)$"
)
"""*the date I go out to survey*, *the date we're booked to fit*: the survey date, the fitting
date, the day an act is planned for."""
_HOW_IT_WENT = re.compile(
    r"^how\s+(?:it|they|the\s+[a-z][\w\-]*)\s+(?:happened|took\s+place|was\s+held|were\s+held|"
    r"was\s+done|were\s+done|was\s+delivered|was\s+run|ran|met)$"
)
"""*how it happened (video, phone or in person)*: the mode it took."""
_WHEN = re.compile(r"^when (?:i|we|they|it|he|she|you|someone) (?:\w+ )?(?P<verb>[a-z]+ed)\b")
_HOW_MANY_CAME = re.compile(
    r"^how\s+many\s+(?:people\s+|of\s+them\s+|members\s+|guests\s+)?"
    r"(?:came|come|turned\s+up|turn\s+up|showed\s+up|show\s+up|attended|attend)$"
)
"""*how many came*, *how many people turned up*: the attendance."""
_DAY_OF_THE_MONTH = re.compile(
    r"^day\s+of\s+the\s+month\s+(?:it|they)\s+(?:is|are|falls?|fall)\s+(?P<what>due|payable)$"
)
"""*the day of the month it is due*: which day each month, a number (the due day)."""
_HOW_MANY_DOING = re.compile(
    r"^how\s+many\s+(?:people\s+)?(?:are|were|will\s+be)\s+(?P<doing>[a-z]+)ing$"
)
"""*how many are travelling*: the travellers, counted (not *coming*, *going*: no doers)."""
_NO_DOERS = frozenset(["com", "go", "be", "do", "attend", "hav", "gett"])
_HOW_MANY_IN = re.compile(
    r"^how\s+many\s+(?:people\s+|of\s+them\s+)?(?:are|were|there\s+are|will\s+be)\s+in\s+"
    r"(?:their|the|each|every|his|her|its)\s+(?P<what>[a-z][\w\-]*)$"
)
_WHAT_KIND_IT_IS = re.compile(
    r"^(?:what|which)\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:(?:it|they|he|she)(?:'s|\s+(?:is|are|was|were))(?:\s+[a-z]+)?"
    r"|(?:it|they)\s+(?:sits|sit|lives|live|stays|stay|stands|stand|hangs|hang|is\s+kept|are\s+kept|"
    r"is\s+stored|are\s+stored)(?:\s+(?:in|on|at|under))?)$"
)
"""``what year it is from``, ``what colour they are``, ``which bay it sits in``: the year,
the colour, the bay."""
_HOW_MUCH_DONE = re.compile(
    r"^how\s+(?:much\s+(?:(?:they|we|he|she|it|you|i)\s+)?(?:have\s+|has\s+|is\s+)?"
    r"(?P<verb>paid|owe|owes|owed|charged|spent|left|raised|earned|cost)\b"
    r"|(?P<long>long)\s+(?:it|they|the\s+[a-z]+)\s+(?:took|takes|lasted|lasts))"
)
_IN_A_UNIT = re.compile(r"^\s+in\s+(?P<unit>[a-z]+)\s*$")
"""What follows *how long it took* when it names the unit: *in minutes*."""
_WHEN_DUE = re.compile(
    r"^when\s+(?:it|they|he|she)\s*(?:'s|'re|\s+is|\s+are)\s+due(?:\s+(?P<particle>back|in|out|off))?$"
)
_WHEN_WENT = re.compile(
    r"^when (?:it|they|he|she|someone) (?P<verb>went|came|got|left|ran|gave|took|brought|sent)"
    r" (?P<particle>out|back|in|off|away|home|up)$"
)
"""``when it went out``, ``when it came back``: the day of an irregular act, with its particle."""
_WHETHER = re.compile(
    r"^(?:whether|if)(?: (?:it|they|he|she|i|we|you)"
    # "whether a 20-year guarantee was issued": the thing, after what kind it is
    r"| (?:the|a|an|its|their) (?:[\w\-]+ (?=\w+(?:'s| is| are| was| were| has| have| had) ))?"
    r"(?P<noun>\w+)"
    r"| (?P<bare>[a-z][\w\-]*)(?=(?:'s| is| are| was| were| has| have| had) )"
    r"|(?= (?:is|are|has|have) ))"
    r"(?P<aux>'s|'re| is| are| was| were| has| have| had)? (?P<rest>.+?)(?: or not)?$"
)
_ANYONE_AMONG = re.compile(
    r"^(?P<asked>(?:whether|if)\s+anyone)\s+(?:in|on|from|of)\s+(?:the|their|your|our)\s+[a-z]+"
    r"(?=\s+(?:has|needs|is)\s)"
)
"""``whether anyone in the group has a food allergy``: who among them names no part of it."""
_BE = frozenset(["'s", "'re", "is", "are", "was", "were"])
_FLAG_TAIL_PREPOSITIONS = frozenset(["to", "for", "on", "in", "at", "with", "by", "from"])
_NOT_IN_A_FLAG = DETERMINERS | _BE | frozenset(["this", "that", "these", "those", "it", "they"])
_WHO = re.compile(
    r"^(?:who|whom) (?:it|they|he|she)(?:'s|'re| is| are| was| were| gets| got)? (?P<verb>[a-z]+)"
    r"(?: (?P<particle>to|by|for|with))?$"
)
_WHERE = re.compile(
    # "where in the building each was taken": the place, however it is narrowed
    r"^where (?:(?:in|on|at) (?:the )?[a-z][\w\-]* )?(?:it|they|he|she|you|we|i|each|each one) \w+"
    # "where the boat is moored": where the record's own thing is
    r"|^where (?:the|its|their) [a-z][\w\-]* (?:is|are) (?:moored|kept|parked|stored|located|based|sited|"
    r"berthed|stabled|housed|installed|fitted|placed)$"
)
_WHERE_FROM = re.compile(
    r"^where (?:(?:the|its|their|our) (?P<what>[a-z][\w\-]*(?: [a-z][\w\-]*)?)|it|they) "
    r"(?:comes?|came|is|are|was|were)(?: sourced| bought)? from$"
)
"""``where the stone comes from``: the stone's source, as a record keeps it."""
_LINK_TO = re.compile(
    r"^(?P<link>link|url|web address|web link) (?:to|for) (?:(?:a|an|the|their|his|her|its) )?"
    r"(?P<what>[a-z][\w\-]*(?: [a-z][\w\-]*)?)(?: of (?:them|it|him|her|the [a-z]+))?$"
)
"""``a link to a clip of them``: the clip's address, named as they name it (*clip link*)."""
_WHICH_DAY = re.compile(r"^(?:(?:on|at|by) )?(?:what|which) (?P<noun>date|day|time)$")
"""``on what date``: the date, asked as a question."""
_WHERE_PLACED = re.compile(
    r"^where (?:it|they|he|she) (?:(?:ranks?|finish(?:es|ed)?|came|comes?)(?: (?:in|on) (?:the|a) [a-z]+)?|"
    r"(?:sits?|stands?|falls?|appears?|comes?) (?:on|in) (?:the|a) (?:running order|bill|order|"
    r"line-up|lineup|list|league|table|ranking|rankings|standings|queue|programme|ladder))$"
)
"""``where they sit on the bill``, ``where they finished``: a place in an order (a position),
not somewhere (*where it sits* is a location)."""
_HOW = re.compile(
    r"^how (?P<quality>[a-z]+) (?:it|they|he|she|(?:the|a|an) [a-z]+) (?:is|are|was|were|gets)"
    r"(?: in (?P<unit>[a-z]+))?$"
)
"""``how urgent it is`` names the quality: urgency; ``how long it is in minutes`` a length."""
_DIMENSION_NOUNS = {
    "long": "length",
    "wide": "width",
    "high": "height",
    "tall": "height",
    "deep": "depth",
    "heavy": "weight",
    "big": "size",
    "far": "distance",
    "old": "age",
}
"""The nouns of the measuring adjectives, which the dictionary's *-ness* forms miss."""
_NUMBER_OF = re.compile(
    r"^(?:the )?(?:(?P<bound>maximum|minimum|max|min|expected|estimated|average|total) )?"
    r"(?:number|count|amount|quantity) of (?P<what>.+)$|^how many (?P<many>.+)$"
)
_TICK_BOX_FOR = re.compile(
    r"^(?:tick[\s\-]?box|check[\s\-]?box|yes/no(?:\s+field)?|flag|toggle)\s+"
    r"(?:for|saying|to say|to mark|marking|showing)\s+(?:whether\s+|if\s+)?(?P<what>[a-z].*)$"
)
"""``a tick box for customer notified``: a yes/no field named by what it says."""
_NAMED_TICK_BOX = re.compile(
    r"^(?P<what>(?:a|an|the)?\s*[a-z][\w\- ]*?)\s+(?:tick[\s\-]?box|check[\s\-]?box|yes/no(?:\s+field)?)$"
)
"""``a returned tick box``: a yes/no field, named by the words before it."""
_WHO_IT_IS = re.compile(
    r"^(?:who|what|which)\s+(?:(?P<what>(?:the\s+)?[a-z][\w\- ]*?)\s+(?:is|are|was|were)|"
    r"(?:is|are|was|were)\s+(?P<named>the\s+[a-z][\w\- ]*))$"
)
"""``who the creditor is``, ``what the fault was``, ``who is the creditor``: the creditor."""
_WHAT_WRONG = re.compile(
    r"^what(?:\s+(?:they|he|she|you|we|i|the\s+[a-z]+)\s+(?:says?|said|thinks?|reckons?|claims?))?"
    r"(?:'s|\s+is|\s+was|\s+went|\s+has gone|\s+goes)\s+wrong\b"
)
"""``what's wrong``, ``what went wrong``, ``what the customer says is wrong``: the problem."""
_WHEN_IT_ENDS = re.compile(
    r"^when\s+(?:the\s+|its\s+|their\s+)?(?!(?:it|they|this|that|we|i)\s)(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>ends|expires|runs out|starts|begins|renews|is due)$"
)
_TAKES_PLACE = frozenset(("runs", "happens", "occurs"))
"""What a record does on its own date (*the date it runs*): the date is the record's, no act's."""
_PHRASAL_DATES = {
    ("run", "out"): ["expiry", "date"],
    ("go", "out"): ["sent", "on"],
    ("come", "in"): ["received", "on"],
    ("get", ""): ["received", "on"],
}
"""Dates of acts told with a particle, named as forms name them: *the date it runs out* is the
expiry date, *the date it went out* the day it was sent, *the date it came in* (or *the date
we got it*) received on."""
_TRADED = frozenset(["buy", "sell"])
"""Acts whose day is named by the act's own noun (*purchase date*, *sale date*)."""
_WHEN_IT_HOLDS = re.compile(
    r"\s+(?:on|at|during|over)\s+(?:[a-z]+\s+)?"
    r"(?:days|weekends|weekdays|nights|evenings|mornings|sundays|saturdays)$"
)
"""*whether it can be switched out on quiet days*: when the yes/no holds, no part of its name."""
_YEAR_IT_DID_A_THING = re.compile(
    r"^(?:the\s+)?(?P<noun>year|date)\s+(?:it|they)\s+(?P<verb>[a-z]+ed)\s+(?P<thing>(?!(?:us|me|them|it|him|her|you)$)[a-z][\w\-]*)$"
)
"""*the year it entered service*: the year named by the act and what it did."""
_WHEN_ITS_OWN_ENDS = re.compile(
    r"^when\s+(?:it|they)\s+(?P<verb>ends|expires|runs out|starts|begins|renews|is due)$"
)
"""*when it expires*: the day the record itself ends, starts or falls due."""
_WHEN_WORDS = {
    "ends": "end",
    "expires": "expiry",
    "runs out": "expiry",
    "starts": "start",
    "begins": "start",
    "renews": "renewal",
    "is due": "due",
}
"""``when the warranty ends``: the date named by what happens on it."""
_DATED_ACT_NOUNS = {"expire": "expiry"}
"""``the date its certificate expires``: the *expiry* date, as registers and forms say (not
the dictionary's *expiration*)."""
_WHAT_IT_IS = re.compile(
    r"^what\s+(?:(?:kind|sort|type)\s+)?(?:of\s+thing\s+)?(?:it|this|that)\s+is$"
)
"""``what it is``: the kind of thing, told by its values."""
_WHAT_DONE = re.compile(
    r"^what\s+(?:we|i|they|he|she|you|it|each(?:\s+one)?|the\s+[a-z]+)\s+(?:have\s+|had\s+|am\s+|are\s+|is\s+|was\s+)?"
    # "what it sold for": the preposition left at the end, its object the thing itself
    r"(?P<verb>[a-z]+)(?:\s+(?:for|on)(?:\s+(?:it|them|(?:(?:that|this|the|each)\s+)?[a-z][\w\-]*))?)?"
    r"(?:\s+(?:us|me|them))?(?:\s+to\s+(?P<to>buy|purchase|repair|fix|replace|hire|run))?"
    r"(?:\s+(?:per|a|an)\s+(?P<per>[a-z]+))?$"
)
_COST_TO: dict[str, str] = {
    "buy": "purchase",
    "purchase": "purchase",
    "repair": "repair",
    "fix": "repair",
    "replace": "replacement",
    "hire": "hire",
    "run": "running",
}
"""*what it cost us to buy*: the purchase cost; what the money went on names the cost."""
_WHAT_DONE_NAMES: dict[str, list[str]] = {
    "charged": ["charge"],
    "charge": ["charge"],
    "charging": ["charge"],
    "paying": ["amount", "paid"],
    "spending": ["amount", "spent"],
    "paid": ["amount", "paid"],
    "pay": ["amount", "paid"],
    "spent": ["amount", "spent"],
    "owe": ["amount", "owed"],
    "owed": ["amount", "owed"],
    "earned": ["amount", "earned"],
    "cost": ["cost"],
    "costs": ["cost"],
    "found": ["findings"],
    "find": ["findings"],
    "sold": ["price"],
}
"""``what we charged``, ``what they paid``, ``what we found``: the sum or the findings the
act leaves, named as a record keeps them."""
_UNIT = re.compile(
    r"\s+(?P<prep>in|per|as)\s+(?P<shape>square\s+|cubic\s+)?(?P<unit>[a-z]+)"
    r"(?P<rate>\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year))?$"
)
"""``weight in kg``, ``flow rate in litres per minute``: the unit (and its rate) says the type."""
_SLASHED = re.compile(r"^[a-z][\w\- ]*(?:\s*/\s*[\w\-][\w\- ]*)+$")
_INLINE_HINT = re.compile(r"\s+(?P<hint>yes/no|yes or no|y/n|true/false)\??$")
_FOR_SOME_ONLY = (
    r"\bfor\s+(?:the\s+ones|those|anyone|any\s+[a-z]+|the\s+[a-z]+s)\s+(?:who|that|which)\b.*$"
)
"""``a delivery address for the ones who pay to have it brought round``: kept for some only."""
_OPTIONAL = re.compile(rf"\b(?:optional|optionally|if any|maybe)\b|{_FOR_SOME_ONLY}")
_HOW_MUCH_WORDS = frozenset({"quantity", "qty", "amount"})
"""Words for how much of something, which a unit makes whole or not."""
_HOW_LONG_WORDS = frozenset({"duration", "time"})
"""Words for how long something lasts, as whole as the unit it is told in (*in minutes*,
*in hours*)."""


def for_some_only(item: str) -> str:
    """``item`` without the words saying whom it is kept for (*... for those who pay*)."""
    return re.sub(_FOR_SOME_ONLY, "", item).strip()


_REFERENCE_HINT = re.compile(
    r"^(?:one of (?:our|the|my|their|your)\s+|(?:a|an|the)\s+)(?P<what>[a-z][\w\- ]*)$"
)


_PASSIVE_PREDICATE = re.compile(
    r"^(?:and\s+)?(?:is|are)\s+(?P<done>[a-z]+)\s+(?:by|to|in|at|from|for|with)\s+"
    r"(?:a|an|one|the)\b"
)
_DIRECTIONS = frozenset(["in", "out", "up", "down", "off", "back", "away"])
_VALUES_CLAUSE = re.compile(
    r"^(?P<name>[a-z][\w\- ]*?)\s+(?:which|that)\s+(?:can|could|may|will|must)?\s*(?:be|is|are)\s+"
    r"(?:either\s+|one of\s+)?(?P<values>[\w\- ]+(?:\s*,\s*[\w\- ]+)*,?\s+(?:or|and)\s+[\w\- ]+)$"
)
"""``a status which can be pending, paid, late or waived``: a field and its values."""


def _without_optional(text: str, draft: FieldDraft, *, listed: bool = True) -> str:
    """``text`` without the words that make a field optional (marking ``draft`` so), but
    keeping *maybe* when it is one of listed values (*RSVP (yes, no, maybe)*)."""
    if listed and re.search(r",|\bor\b", text):
        found = [m for m in _OPTIONAL.finditer(text) if m.group(0) != "maybe"]
    else:
        found = list(_OPTIONAL.finditer(text))
    if not found:
        return text
    draft.optional = True
    for match in reversed(found):
        text = text[: match.start()] + " " + text[match.end() :]
    return re.sub(r"\s+", " ", text).strip()


def values_clause(phrase: str) -> bool:
    """Whether a list item is a field followed by the values it can take."""
    return _VALUES_CLAUSE.match(phrase.lower().strip(" ,")) is not None


_WE_SHOULD_KNOW = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:we|i|you|staff)\s+(?:need|want|have|ought|should|must)\s+"
    r"(?:to\s+)?(?:know|hear|be\s+told|be\s+aware)(?:\s+(?:about|of))?$"
)
"""``any allergies we need to know about``: why it is kept, no part of its name."""


def read_field(phrase: str) -> FieldDraft | None:
    """The field a list item describes, or None when the item is not a field."""
    text = _WE_SHOULD_KNOW.sub("", phrase.lower().strip(" ,:;"))
    text = re.sub(r"\s+too$", "", text)  # "and a scan link too": the scan link
    text = re.sub(r"(?<=[a-z])'ve\b", " have", text)  # "if they've paid"
    if not text:
        return None
    passive = _PASSIVE_PREDICATE.match(text)
    if passive and is_past_participle(passive.group("done")):
        return None  # "..., and is owned by a member": the subject's link, read as one
    draft = FieldDraft(name="", phrase=text)
    hints = [_without_optional(hint, draft) for hint in bracketed(text)]
    text = _without_optional(outside_brackets(text), draft, listed=False)
    inline = _INLINE_HINT.search(text)
    if inline:
        # "paid yes/no": the hint written after the name, without brackets
        hints.append(inline.group("hint"))
        text = text[: inline.start()]
    tick = _NAMED_TICK_BOX.match(text)
    if tick:
        # "a returned tick box": a yes/no named by what it says
        text = tick.group("what")
        hints.append("yes/no")
    text, colon_options = _colon_options(text)
    values = _VALUES_CLAUSE.match(text)
    if values and not colon_options:
        text, colon_options = values.group("name"), split_options(values.group("values"))
    if not colon_options and _SLASHED.match(text):
        text, colon_options = _slashed_values(text)
    if not colon_options:
        colon_options, text = find_letter_range(text)
    text = _flow_part(text, draft)
    name_words, type_words = _name_words(text, draft)
    # "the child's weight in kilos": the child weight, no stray *s* in the name
    name_words = [w[:-2] if w.endswith("'s") and len(w) > 3 else w for w in name_words]
    if len(name_words) > 2 and name_words[0] in ("whether", "if"):
        # "whether gift aid applies", "whether this year's subscription is paid": a yes/no
        # named by what it asks, in a shape the readers of *whether* clauses do not know
        name_words = _flag_words(name_words[1:])
        type_words, draft.type = name_words, "boolean"
    if not name_words or len(name_words) > MAX_FIELD_WORDS:
        return None
    for hint in hints:
        _apply_hint(hint, draft, name_words)
    if colon_options:
        draft.options = colon_options
    if draft.options:
        # "interests (tech, design, business)": several of the values at once
        head = _type_words(name_words)[-1]  # "type of works" is one type
        # "the wind conditions (light, moderate or strong)": one of them, whatever the plural
        one_of = any(re.search(r"\bor\s+[^,]+$", hint) for hint in hints)
        draft.type = "multi_enum" if is_plural(head) and not one_of else "enum"
    elif draft.type == "text":
        draft.type = infer_type(type_words)
        if draft.type == "text" and counted_plural(type_words):
            draft.type = "integer"  # "registered voters", "honey frames": how many
        implied = implied_range(type_words) if draft.type == "decimal" else None
        if implied is not None and draft.minimum is None and draft.maximum is None:
            draft.minimum, draft.maximum = implied.low, implied.high
    bounded = draft.minimum is not None or draft.maximum is not None
    if bounded and draft.type not in ("integer", "decimal", "date", "datetime"):
        draft.type = "integer" if _whole(draft) else "decimal"
    draft.name = to_snake("_".join(conventional_name(name_words)))[:MAX_NAME_LENGTH].strip("_")
    if draft.options and name_words[:1] == ["id"]:
        # "the ID they showed (passport, ...)": the kind of ID; *id* is the record's own key
        draft.name = "id_type"
    if not draft.name or not draft.name[0].isalpha():
        return None
    return draft


def _slashed_values(text: str) -> tuple[str, list[str] | None]:
    """``severity low/medium/high``, ``outcome granted / partly granted / refused``: the values
    written straight after the name. The first value is as long as the shortest of the others,
    and the words before it are the name; but a noun that opens it and shares no head with
    the others is the name's (*payment method card / bank transfer*; not *window seat / aisle
    seat*)."""
    first, *others = [part.split() for part in re.split(r"\s*/\s*", text.strip())]
    size = min(len(other) for other in others)
    if len(first) <= size:
        return text, None
    if size > 1 and can_be_noun(first[-size]) and first[-1] not in {other[-1] for other in others}:
        size -= 1
    values = [" ".join(first[-size:]), *(" ".join(other) for other in others)]
    return " ".join(first[:-size]), values


def _whole(draft: FieldDraft) -> bool:
    return all(v is None or float(v).is_integer() for v in (draft.minimum, draft.maximum))


def _colon_options(text: str) -> tuple[str, list[str] | None]:
    if ":" not in text:
        return text, None
    head, _, tail = text.partition(":")
    options = [o for o in split_options(tail) if o]
    return head.strip(), options or None


_MOVING_VERBS = frozenset(["move", "go", "progress", "pass", "flow", "run"])


def _flow_part(text: str, draft: FieldDraft) -> str:
    """Cut ``a stage that moves from lead to won`` into the name and the flow words."""
    if "->" in text:
        left, _, chain = text.partition("->")
        parts = strip_determiners(left).split()
        if len(parts) >= 2:
            keep = next((i + 1 for i, w in enumerate(parts) if w in STATE_NOUNS), 1)
            draft.flow_text = " ".join(parts[keep:]) + " -> " + chain.strip()
            return " ".join(parts[:keep])
        draft.flow_text = chain
        return left
    match = _FLOW_START.search(text)
    if match is None or _WHAT_DONE.match(strip_determiners(text)):
        return text  # "what i am charging for that item": no stage that moves
    head = text[: match.start()].strip()
    if not head or len(strip_determiners(head).split()) > MAX_FIELD_WORDS:
        return text
    draft.flow_text = text[match.start() :].strip()
    if (verb_lemma(head) or head) in _MOVING_VERBS:
        return "status"  # "..., and move from reported to fixed": the record's own status
    if re.fullmatch(r"(?:that|this)\s+[a-z][\w\-]*", head):
        return "status"  # "..., and that claim goes from lodged to paid": the record told again
    return head


def _name_words(text: str, draft: FieldDraft) -> tuple[list[str], list[str]]:
    """The words a field's name is made of, and the words its type is read from."""
    text = text.strip()
    range_, text = find_range(text)
    if range_ is not None:
        draft.minimum, draft.maximum = range_.low, range_.high
    source = _WHERE_FROM.match(text)
    if source and all(can_be_noun(w) for w in words(source["what"] or "source")):
        # "where the stone comes from (on site, reclaimed or quarry)": the stone's source
        named = [*words(source["what"] or ""), "source"]
        return named, named
    text = re.sub(r"\s+(?:from|between|of)\s*$", "", text).strip()
    plain = strip_determiners(text)
    condition = conditioned_noun(plain)
    if condition is not None:
        plain = condition  # "the end date once they have given notice": the end date
    about = ABOUT_WHAT.match(plain)
    if about:
        plain = about.group("noun")  # "a short note of what was done": the note
    if _HOW_MANY_CAME.match(plain):
        draft.type = "integer"  # "how many came": the attendance
        return ["attendance"], ["attendance"]
    doing = _HOW_MANY_DOING.match(plain)
    if doing and doing["doing"] not in _NO_DOERS and listed_as_noun(f"{doing['doing']}er"):
        draft.type = "integer"  # "how many are travelling": the travellers
        return [f"{doing['doing']}ers"], [f"{doing['doing']}ers"]
    day = _DAY_OF_THE_MONTH.match(plain)
    if day:
        draft.type = "integer"  # "the day of the month it is due": a day number, the due day
        return [day["what"], "day"], [day["what"], "day"]
    in_group = _HOW_MANY_IN.match(plain)
    if in_group:
        draft.type = "integer"  # "how many are in their group": the group's size
        return [in_group["what"], "size"], [in_group["what"], "size"]
    kind = _WHAT_KIND_IT_IS.match(plain)
    if (
        kind
        and kind["what"] not in ("kind", "sort", "type")  # "what kind it is": its type
        and all(can_be_noun(w) for w in words(kind["what"]))
    ):
        plain = kind["what"]
    how = _HOW_MUCH_DONE.match(plain)
    if how:
        # "how much they paid", "how much is left to pay", "how long it took": an amount
        draft.type = "decimal"
        named = ["duration"] if how["long"] else ["amount", how["verb"]]
        unit = _IN_A_UNIT.match(plain[how.end() :]) if how["long"] else None
        if unit and unit["unit"] in UNIT_TYPES:
            # "how long it lasted in minutes": the length, as whole as its unit
            draft.type = UNIT_TYPES[unit["unit"]]
            named = ["duration", unit["unit"]]
        return named, named
    special = _special_phrase(plain, draft)
    if special is not None:
        return special
    ticked = _TICK_BOX_FOR.match(plain)
    asked = _WHETHER.match(f"whether {ticked.group('what')}") if ticked else None
    if ticked and asked:
        # "a yes/no for whether it's a protected species": protected species
        draft.type = "boolean"
        rest = _whether_name(asked)
        return rest[:MAX_FIELD_WORDS], rest
    if ticked:
        draft.type = "boolean"  # "a tick box for customer notified": whether it is so
        named = [w for w in words(ticked.group("what")) if w not in DETERMINERS]
        if len(named) > MAX_FIELD_WORDS:
            named = _flag_words(named)
        return named, named
    told = _WHO_IT_IS.match(plain)
    if told:
        plain = strip_determiners(told.group("what") or told.group("named"))
    due = _WHEN_DUE.match(plain)
    if due:
        draft.type = "date"  # "when it's due back": the due-back date
        return ["due", *([due["particle"]] if due["particle"] else []), "date"], ["date"]
    if plain == "how many":
        draft.type = "integer"  # "with the species, how many and the price": its quantity
        return ["quantity"], ["quantity"]
    count = _NUMBER_OF.match(plain)
    if count:
        what = words(strip_determiners(count.group("what") or count.group("many")))
        if (
            len(what) > 2
            and what[-2] in ("in", "on", "at", "inside")
            and what[-1] in ("it", "them")
        ):
            what = what[:-2]  # "the number of birds in it": the birds
        if count.group("many") and what and what[0] in AUXILIARIES:
            # "how many were caught": the count of the record's own things; "how many were
            # stillborn": those the word says
            said = what[1:]
            quality = (
                len(said) == 1 and can_be_adjective(said[0]) and not is_past_participle(said[0])
            )
            what = said if quality else ["count"]
        elif (
            count.group("many")
            and len(what) >= 3
            and what[1] in ("were", "was", "are", "is")
            and is_past_participle(what[2])
        ):
            # "how many piglets were born alive", "how many units were added": those done to
            what = [what[0], *what[2:4]]
        elif count.group("many"):
            # "how many children live with them", "how many bags we sold", "how many places
            # there are": the children, bags, places
            ends = [
                i
                for i, w in enumerate(what)
                if i and (w in SUBJECT_PRONOUNS or w == "there" or _only_verb(w))
            ]
            what = what[: ends[0]] if ends else what
        # "how many litres went on", "the number of hours": litres and hours come in parts,
        # however they are asked for
        in_units = bool(what) and (bool(count.group("many")) or spelled_unit(what[0]))
        draft.type = UNIT_TYPES.get(what[0], "integer") if in_units else "integer"
        bound = [count.group("bound")] if count.group("bound") else []
        return [*bound, *(w for w in what if w not in DETERMINERS)], ["count"]
    unit = _UNIT.search(plain)
    if unit and unit.group("unit") in UNIT_TYPES:
        base = [w for w in words(plain[: unit.start()]) if w not in DETERMINERS]
        if base:
            measured = infer_type(base)
            counted = UNIT_TYPES[unit.group("unit")]
            # a width in millimetres is whole: a small unit counts what a measure word alone
            # would leave decimal; a limit or a capacity stays whole in any unit
            whole = measured == "decimal" and counted == "integer"
            if measured == "integer" and counted == "decimal" and base[-1] in _HOW_MUCH_WORDS:
                measured = "decimal"  # "a quantity in kilos": as whole as the unit it is in
            if base[-1] in _HOW_LONG_WORDS:
                measured = counted  # "a duration in hours", "flight time in hours": 1.5 hours
            if unit.group("prep") == "per":
                # "a cost per ml" is a rate: money, however small the unit it is paid by
                draft.type = measured if measured in ("integer", "decimal") else "decimal"
                named = [*base, "per", unit.group("unit")]
                return named, named
            draft.type = measured if measured in ("integer", "decimal") and not whole else counted
            if unit.group("shape"):
                draft.type = "decimal"  # "a capacity in cubic metres": an area or a volume
            if unit.group("rate"):
                draft.type = "decimal"  # "speed in metres per minute": the speed, a rate
                return base, [*base, unit.group("unit")]
            return [*base, unit.group("unit")], [*base, unit.group("unit")]
    tokens = [w.removesuffix("'s") for w in words(plain) if w not in DETERMINERS | {"own"}]
    if len(tokens) > 1 and tokens[0] in LEADING_WITH:
        tokens = [w for w in tokens[1:] if w not in DETERMINERS]  # ", with a total": a total
    if len(tokens) > 1 and tokens[-1] in FIELD_NOUNS:
        tokens = tokens[:-1]  # "a probability field" is the probability
    elif len(tokens) > 1 and tokens[-1] in FLAG_NOUNS:
        draft.type = "boolean"  # "a paid flag": whether it is paid
        tokens = tokens[:-1]
    if len(tokens) > 2 and tokens[-1] in _DIRECTIONS and tokens[-2].endswith("ing"):
        tokens = tokens[:-2]  # "the roasted weight coming out": the roasted weight
    if not tokens or any(w in SUBJECT_PRONOUNS - {"it"} for w in tokens):
        return [], []
    tokens = _one_each(tokens)
    return tokens, _type_words(tokens)


def _one_each(tokens: list[str]) -> list[str]:
    """``their names and phone numbers`` → name, phone number: what each of many has one of."""
    last = tokens[-1]
    if is_plural(last) and (
        singular(last) in ONE_EACH_SINGULARS or (len(tokens) > 1 and last == "numbers")
    ):
        return [*tokens[:-1], singular(last)]
    return tokens


def _only_verb(word: str) -> bool:
    return can_be_verb(word) and not can_be_noun(word)


def _type_words(tokens: list[str]) -> list[str]:
    """The words that carry a field's meaning: those before a trailing prepositional phrase
    (``quantity`` in *quantity on hand*), except for ``date of ...`` and ``... per week``."""
    for index, word in enumerate(tokens):
        if index and word in PREPOSITIONS and index < len(tokens) - 1:
            if word == "per":
                return tokens
            if index == len(tokens) - 2 and spelled_unit(tokens[-1]):
                return tokens  # "due at hours": the reading it is due at, in hours
            if word == "of" and tokens[0] in ("date", "time"):
                return tokens
            if word == "of" and tokens[:1] == ["area"] and index == 1:
                return tokens  # "an area of expertise": a subject, not a surface
            if word == "of" and tokens[:1] == ["day"] and tokens[index + 1 :] == ["week"]:
                return tokens  # "the day of the week": monday to sunday, no date
            return _head_form(tokens[:index])
    return _head_form(tokens)


def _head_form(tokens: list[str]) -> list[str]:
    """``points earned`` → points (a participle after the noun describes it);
    ``check-in dates`` → check-in date (the type words are singular)."""
    kept = list(tokens)
    if kept[:1] in (["number"], ["count"]):
        return kept  # "number sold" is how many, where a bare "number" is an identifier
    if kept[-1:] and kept[-1] in CHARGED_WORDS:
        return kept  # "postage charged": what is charged is money, whatever it is called
    if len(kept) > 1 and is_past_participle(kept[-1]) and not is_past_participle(kept[-2]):
        kept = kept[:-1]
    elif len(kept) > 1 and kept[-2] in TYPE_BEARING_SINGULARS and _participle_form(kept[-1]):
        kept = kept[:-1]  # "date run", "time set": participles that look like their verb
    if kept and is_plural(kept[-1]) and singular(kept[-1]) in TYPE_BEARING_SINGULARS:
        kept[-1] = singular(kept[-1])
    return kept


def _participle_form(word: str) -> bool:
    lemma = verb_lemma(word)
    return lemma is not None and verb_form(lemma, "VBN") == word


def _special_phrase(plain: str, draft: FieldDraft) -> tuple[list[str], list[str]] | None:
    """Small clauses people use as field names: *the year it was published*, *whether they
    checked in*, *when I started*, *who it's assigned to*, *where it sits*."""
    link = _LINK_TO.match(plain)
    if link:
        draft.type = "url"
        named = words(link.group("what"))
        # "a link to the scan" is its scan link; "a link to their website" is the website
        named += [] if named[0] in URL_WORDS else [link.group("link").split()[-1]]
        return named, named
    which_day = _WHICH_DAY.match(plain)
    if which_day:
        noun = which_day.group("noun")
        draft.type = "datetime" if noun == "time" else "date"
        return [noun], [noun]
    lasting = HOW_LONG_IT_TAKES.match(plain)
    if lasting:
        draft.type = "decimal" if lasting["unit"] == "hours" else "integer"
        return ["duration", lasting["unit"]], [lasting["unit"]]
    if _HOW_IT_WENT.match(plain):
        return ["mode"], ["mode"]
    planned = _DATE_TO_ACT.match(plain)
    if planned and verb_lemma(planned["verb"]) == planned["verb"]:
        draft.type = "datetime" if planned["noun"] == "time" else "date"
        named = [
            _act_name(planned["verb"]),
            "date" if planned["noun"] == "day" else planned["noun"],
        ]
        return named, named[-1:]
    went = _WHEN_WENT.match(plain)
    if went:
        named = [went.group("verb"), went.group("particle"), "on"]
        return named, ["date", "on"]
    when = _WHEN.match(plain)
    if when:
        draft.type = "date"
        return [when.group("verb"), "on"], [when.group("verb"), "on"]
    whether = _WHETHER.match(_ANYONE_AMONG.sub(r"\g<asked>", _WHEN_IT_HOLDS.sub("", plain)))
    if whether:
        draft.type = "boolean"
        rest = _whether_name(whether)
        return rest[:MAX_FIELD_WORDS], rest
    who = _WHO.match(plain)
    if who:
        name = [who.group("verb")] + ([who.group("particle")] if who.group("particle") else [])
        return name, name
    if _WHERE_PLACED.match(plain):
        return ["position"], ["position"]
    if _WHERE.match(plain):
        return ["location"], ["location"]
    if plain in ("how", "how they paid", "how it was paid", "how they pay"):
        return ["method"], ["method"]  # "and how (card, bank transfer or cash)": the way
    if _WHAT_WRONG.match(plain):
        return ["problem"], ["problem"]
    did = _YEAR_IT_DID_A_THING.match(plain)
    if did:
        # "the year it entered service": the year of that act, a number like any year
        draft.type = "integer" if did["noun"] == "year" else "date"
        return [did["noun"], did["verb"], did["thing"]], [did["noun"]]
    its_own = _WHEN_ITS_OWN_ENDS.match(plain)
    if its_own:
        # "when it expires": the record's own expiry date
        draft.type = "date"
        return [_WHEN_WORDS[its_own.group("verb")], "date"], ["date"]
    ends = _WHEN_IT_ENDS.match(plain)
    if ends:
        # "when the warranty ends": the warranty's end date
        named = [*words(ends.group("thing")), _WHEN_WORDS[ends.group("verb")], "date"]
        return named, ["date"]
    if _WHAT_IT_IS.match(plain):
        return ["type"], ["type"]  # "what it is (shoes, boots or bag)": its kind
    done = _WHAT_DONE.match(plain)
    if done and done.group("verb") in _WHAT_DONE_NAMES:
        named = _WHAT_DONE_NAMES[done.group("verb")]
        if done["to"] and named == ["cost"]:
            return [_COST_TO[done["to"]], "cost"], ["cost"]  # "what it cost us to buy"
        if done["per"] and named[0] in ("amount", "charge"):
            # "what i pay per kilo": a price for each kilo, the rate kept
            return ["price", "per", done["per"]], ["price"]
        return named, named[:1]  # "amount paid" is typed as an amount
    how = _HOW.match(plain)
    if how and can_be_adjective(how.group("quality")):
        quality, unit = how.group("quality"), how.group("unit")
        noun = _DIMENSION_NOUNS.get(quality) or adjective_noun(quality) or quality
        if unit in UNIT_TYPES:
            draft.type = UNIT_TYPES[unit]  # "how long it is in minutes": a length, counted
            return [noun, unit], [unit]
        return [noun], [noun]
    dated = DATED_ACT.match(plain)
    if dated:
        verb, thing = dated.group("verb"), dated.group("thing")
        lemma = verb_lemma(verb)
        # "its contract renews", "its pads expire": the verb agrees with the thing
        agrees = lemma != verb if verb.endswith("s") else is_plural(thing) and lemma == verb
        act = (_DATED_ACT_NOUNS.get(lemma) or act_noun(lemma)) if lemma and agrees else None
        if act is not None:
            draft.type = "date"
            return [dated.group("thing"), act, "date"], ["date"]
    clause = _SMALL_CLAUSE.match(plain)
    # "the date the plot was let": what was done to the record's own thing, on that day
    done_to = (
        bool(clause)
        and re.match(r"^(?:date|day)\s", plain) is not None
        and bool(
            clause and re.search(rf"\b(?:was|were|is|are|got|gets)\s+{clause['verb']}$", plain)
        )
    )
    if clause and (clause.group("who") is None or _names_an_act(clause) or done_to):
        noun = [w for w in words(clause.group("noun")) if w not in DETERMINERS]
        verb = clause.group("verb")
        last = clause.group("when").split()[-1:] if clause.group("when") else []
        if noun in (["date"], ["day"]):
            draft.type = "date"
            if (clause.group("particle") or "").startswith("up "):
                # "the date they're paid up to": paid up to, the day it runs until
                return [verb, "up", "to"], [verb, "up", "to"]
            if clause.group("particle") == "back" and verb_lemma(verb) in ("come", "get"):
                return ["return", "date"], ["date"]  # "the date it came back": its return
            plainer = _PHRASAL_DATES.get((verb_lemma(verb) or verb, clause.group("particle") or ""))
            if plainer is not None:
                return plainer, plainer[-1:]  # "the date it runs out": its expiry date
            if clause.group("particle") in ("over", "down", "away", "out", "off"):
                # "the date it was handed over": handed over on, the particle is the act's
                return [verb, clause.group("particle"), "on"], [verb, "on"]
            if verb == "due" and not last:
                # "the date our report is due": its due date, as *when it's due* is named
                particle = [clause.group("particle")] if clause.group("particle") else []
                return ["due", *particle, "date"], ["date"]
            if not last and not clause.group("particle") and verb in _TAKES_PLACE:
                return ["date"], ["date"]  # "the date it runs": the record's own date
            if not last and verb_lemma(verb) in _TRADED:
                # "the date we bought it": its purchase date, as a buyer's books say
                return [IRREGULAR_ACTS[verb_lemma(verb) or verb], "date"], ["date"]
            return [*last, verb, "on"], [verb, "on"]  # "the date it was last serviced"
        if noun == ["time"]:
            draft.type = "datetime"
            thing = _DONE_TO_A_THING.match(clause.group("object") or "")
            lemma = verb_lemma(verb) if thing else None
            acting = verb_form(lemma, "VBG") if thing and lemma and lemma == verb else None
            if thing and acting and can_be_noun(thing["thing"]):
                # "the time we open the gates": the gate opening time
                return [singular(thing["thing"]), acting, "time"], ["time"]
            return [verb, "at"], [verb, "at"]
        particle = [clause.group("particle")] if clause.group("particle") else []
        if verb_lemma(verb) is None:
            return None
        plain_noun = noun and all(w not in FUNCTION_WORDS for w in noun)
        past = is_past_participle(verb) or (
            verb_lemma(verb) not in (None, verb) and not verb.endswith("s")  # "flew"
        )
        if plain_noun and (not past or clause.group("object") in (" it", " them")):
            # "the fee we pay the shopper", "a placing the judge gives it", "the rating i gave
            # it": the fee, the placing, the rating; the noun is what the act gives or makes
            return noun, noun
        return [*noun, verb, *particle], noun
    return None


def _act_name(verb: str) -> str:
    """The noun for an act in a field's name: *fitting*, *delivery*, *inspection*; the verb
    itself where its noun is a different word (*visit*, not *visitation*; *install*, not
    *installment*)."""
    act = act_noun(verb)
    if act and act.endswith(("ing", "ion", "ery", "al", "ure")) and not act.endswith("ation"):
        return act
    return verb


def _names_an_act(clause: re.Match[str]) -> bool:
    """Whether ``the judge gives`` is someone and their act (not *a link to the scan files*)."""
    who, verb = clause.group("who"), clause.group("verb")
    noun = words(clause.group("noun"))
    lemma = verb_lemma(verb)
    return (
        all(w not in FUNCTION_WORDS for w in noun)
        and can_be_noun(who)
        and not (verb.endswith("s") and is_plural(who))  # "the show classes": nouns both
        and lemma is not None
        and lemma != verb
        and can_be_verb(lemma)
    )


def _flag_words(said: list[str]) -> list[str]:
    """The words of a yes/no's question that name it: ``proof of entitlement to the
    registration was seen`` → proof of entitlement seen; what the proof is for is the
    record's own, said already."""
    named = [w.removesuffix("'s") for w in said if w not in _NOT_IN_A_FLAG]
    cut = next((i for i, w in enumerate(named) if i and w in _FLAG_TAIL_PREPOSITIONS), 0)
    if cut and is_past_participle(named[-1]):
        return [*named[:cut], named[-1]]
    return named


def _whether_name(whether: re.Match[str]) -> list[str]:
    """``whether it's paid`` → paid (``if is paid``, the subject left out, too);
    ``whether packing is included`` → packing included (a
    thing said to be done to: its name and the participle); ``whether the customer has paid
    yet`` → paid (what someone did: the act alone); ``whether it was spelt correctly`` →
    correct (the verdict on a try, whatever the act)."""
    said = words(whether.group("rest"))
    if len(said) >= 2 and said[-1] in ("correctly", "right") and is_past_participle(said[-2]):
        return ["correct"]
    if said in (["came"], ["showed", "up"]):
        return ["attended"]  # "whether they actually came": whether they attended
    if said[:1] == ["want"] and len(said) > 1:
        # "whether they want an electric hook-up or not": the hook-up
        said = [w for w in said[1:] if w not in DETERMINERS and w not in PRONOUNS]
        return said[:-2] if said[-2:] == ["or", "not"] else said
    rest = [
        w
        for w in words(whether.group("rest"))
        if w not in PRONOUNS
        and w not in DETERMINERS
        and not (is_adverb(w) and w not in PREPOSITIONS and w not in VERB_PARTICLES)
    ]
    aux = (whether.group("aux") or "").strip()
    passive = bool(rest) and rest[0] in ("been", "being")
    rest = [w for w in rest if w not in ("been", "being")]
    passive = passive or aux in _BE
    noun = whether.group("noun") or whether.group("bare")
    if rest[-2:] in (["switched", "on"], ["turned", "on"]):
        rest = [*rest[:-2], "enabled"]  # "whether ssl is switched on": ssl enabled
    if noun and passive and len(rest) == 1 and is_past_participle(rest[0]):
        return [noun, rest[0]]
    subject = _WHETHER_SUBJECT.match(whether.string)
    said_of = words(subject["subject"]) if subject else []
    told = aux in _BE and 0 < len(rest) <= 3 and not any(is_past_participle(w) for w in rest)
    if told and len(said_of) + len(rest) > 2:
        # "whether their dbs check is up to date": the dbs check, up to date; a thing of
        # several words, or what is said of it in several, names both ("whether the client
        # was home" stays *home*)
        return [*said_of, *rest][:MAX_FIELD_WORDS]
    return rest


_WHETHER_SUBJECT = re.compile(
    r"^(?:whether|if)\s+(?:the|its|their|his|her)\s+(?P<subject>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
    r"\s+(?:is|are|was|were)\s"
)


_REMARK = re.compile(
    r"^(?:(?:a few|several|some|most|many|all|none|one|two)(?: of them)?|they|it) "
    r"(?:are|is|aren't|isn't|are not|is not|do|don't|have|haven't)$"
)


_ANOTHER_END = re.compile(
    r"^or\s+(?P<state>[a-z][\w\-]*)(?:\s+(?:at|from)\s+any\s+(?:point|stage|time|state|step))?$"
)


def _is_remark(option: str) -> bool:
    return _REMARK.match(option.strip()) is not None


def _apply_hint(hint: str, draft: FieldDraft, name_words: list[str]) -> None:
    """Use a bracketed note after a field: a type, a unit, a range, options or a reference."""
    text = hint.strip().lower()
    another_end = _ANOTHER_END.match(text)
    if another_end and draft.flow_text:
        # "status logged -> ... -> responded (or withdrawn at any point)": one more end
        draft.flow_text += f", {text}"
        return
    known = hint_type(text)
    if known:
        draft.type = known
        return
    if text in UNIT_TYPES:
        name_words.append(text)
        draft.type = UNIT_TYPES[text]
        return
    letters, rest = find_letter_range(text)
    if letters is not None and not rest.strip(" ,"):
        draft.options = letters  # "(A-G)": the grades it can be
        return
    range_, rest = find_range(text)
    if range_ is not None and not rest.strip(" ,"):
        draft.minimum, draft.maximum = range_.low, range_.high
        return
    reference = _REFERENCE_HINT.match(text)
    if reference and len(reference.group("what").split()) <= 3 and "," not in text:
        draft.reference = reference.group("what")
        return
    options = [o for o in split_options(text) if o]
    if any(_is_remark(o) for o in options):
        return  # "(a few are, most aren't)": a remark on the values, none of them
    if len(options) >= 2:
        if is_open_ended(text):
            draft.examples = options
        else:
            draft.options = options
