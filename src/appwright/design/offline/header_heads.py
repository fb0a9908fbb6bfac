"""Heads and items of a list's header, written plainly before the readers see them.

Owners open a list with more than the record's name: *oh, and rehearsals too: each has a
date*, *service visits on a job after fitting: date, work done*; and they name the records a
line points at with a question: *stays: which vehicle sits in which bay, from date, to date*.
The header readers take a noun phrase before the colon and noun phrases after it, so these
say the same thing in those terms: *rehearsals: ...*, *service visits on a job: ...*, *stays:
the vehicle, the bay, from date, ...*. Terse notes also end a clause on the record a list is
about: *each hive is kept by one beekeeper: name, phone* lists the beekeeper's fields.
`simplify` runs them in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.parse import NOUN_TAGS, parse
from appwright.design.offline.word_classes import FUNCTION_WORDS, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_past_participle,
    is_plural,
    singular_phrase,
)

_HEAD = re.compile(r"^(?P<head>[^:,]{0,80}(?:,[^:,]{0,80}){0,2}):\s*(?P<body>\S.*)$")
_ASIDES_BEFORE = re.compile(
    r"^(?:(?:oh|ah|right|ok|okay|and|also|plus|then|lastly|finally|next)\b[,\s]*)+"
)
_ASIDES_AFTER = re.compile(r"\s+(?:too|as well|also)$")
_AFTER_AN_ACT = re.compile(
    r"\s+(?:after|before|once|following|during)\s+(?:the\s+|it\s+is\s+|it's\s+)?"
    r"[a-z]+(?:ing|ed)$"
)
"""*... after fitting*, *... once installed*: when, said after the record; no record of its own."""


def header_without_asides(sentence: str) -> str:
    """``oh, and rehearsals too: each has a date``: *rehearsals: each has a date*; the words
    that join a line to the ones before name nothing. ``service visits on a job after fitting:
    date, work done``: *service visits on a job: ...*; when the visits happen is no part of
    their name."""
    match = _HEAD.match(sentence)
    if match is None:
        return sentence
    head = match["head"].strip()
    plain = _ASIDES_AFTER.sub("", _ASIDES_BEFORE.sub("", head)).strip()
    plain = _AFTER_AN_ACT.sub("", plain)
    if plain == head or not _names_records(plain):
        return sentence  # "then every job goes in on its own: ...": a clause, left to its reader
    return f"{plain}: {match['body']}"


_WISHED_HEAD = re.compile(
    r"^(?:so\s+)?(?:we|i)\s+(?:(?:would|really|just)\s+)*(?:like|want|need)\s+to\s+"
    r"(?P<head>(?:record|keep|log|note|track|store|hold)\s+(?:each|every)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?):\s*(?P<body>\S.*)$"
)


def header_without_wish(sentence: str) -> str:
    """``so we would like to record each enquiry: the parent's name, ...``: *we record each
    enquiry: ...*; the owner's wish before the verb says nothing of what each record keeps."""
    match = _WISHED_HEAD.match(sentence)
    if match is None:
        return sentence
    return f"we {match['head']}: {match['body']}"


_EXAMPLES_AFTER_HEAD = re.compile(
    r"^(?P<head>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)\s*"
    r"\((?:e\.g\.?\s*|like\s+|such\s+as\s+)?(?P<examples>[^():]*,[^():]*)\)\s*(?::|\s[-\u2013\u2014])\s*(?P<body>\S.*)$"
)
"""A colon or a dash opens the list after the examples (*subjects (air law, met etc) - name*)."""


def header_without_examples(sentence: str) -> str:
    """``products (hurdles, bean poles, pea sticks...): name, price``: *products: name,
    price*; the examples say what the records are, not what each one keeps."""
    match = _EXAMPLES_AFTER_HEAD.match(sentence)
    if match is None or not _names_records(match["head"]):
        return sentence
    examples = [e for e in re.split(r",\s*|\s+(?:or|and)\s+", match["examples"]) if words(e)]
    if any(len(words(example)) > 3 for example in examples):
        return sentence  # "(the plots, which i cut in rotation)": a clause, not examples
    kinds = sum(is_plural(words(example)[-1]) for example in examples)
    if kinds * 2 < len(examples) and not re.search(r"\betc\b|\.\.\.", match["examples"]):
        return sentence  # "prop packs (name, price): ...": the records' fields, in brackets
    return f"{match['head']}: {match['body']}"


def _names_records(phrase: str) -> bool:
    """Whether ``phrase`` is a noun phrase naming records (*rehearsals*, *service visits on a
    job*), not a clause (*every job goes in on its own*) or a lone field (*the status*)."""
    tokens = words(phrase)
    if not tokens or len(tokens) > 6 or "," in phrase:
        return False
    if len(tokens) == 1:
        return is_plural(tokens[0]) and can_be_noun(tokens[0])
    roots = [t for t in parse(phrase).tokens if t.head == t.i]
    return len(roots) == 1 and roots[0].pos in NOUN_TAGS and is_plural(roots[0].lower)


_WHICH_TWO = re.compile(
    r"^which\s+(?P<first>[a-z][\w\-]*)\s+(?:[a-z]+\s+){0,3}?(?:in|at|on|into|to|with|for|from)\s+"
    r"which\s+(?P<second>[a-z][\w\-]*)$"
)
"""*which vehicle sits in which bay*, *which tech on which bench*: the two records a line
pairs."""


def which_ones_listed(sentence: str) -> str:
    """``stays: which vehicle sits in which bay, from date, to date``: *stays: the vehicle, the
    bay, from date, to date*; a question naming two records is two links of the line."""
    match = _HEAD.match(sentence)
    if match is None:
        return sentence
    first, comma, rest = match["body"].strip().partition(",")
    pair = _WHICH_TWO.match(first.strip())
    if pair is None or not all(can_be_noun(pair[name]) for name in ("first", "second")):
        return sentence
    return f"{match['head']}: the {pair['first']}, the {pair['second']}{comma}{rest}"


_CLAUSE_THEN_ITS_LIST = re.compile(
    r"^(?P<clause>(?P<subject>(?:[a-z][\w\-]*\s+){1,3})(?:is\s+|are\s+)?(?:[a-z]+\s+){1,2}"
    r"(?:by|to)\s+(?:a|an|one)\s+(?P<record>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*))"
    r":\s*(?P<body>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}(?:,\s*[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})+)$"
)
"""*each hive kept by one beekeeper: name, phone*: a clause ending on the one who acts or the
one a record goes to, then a bare list of short names. Not *parcels are planted with one
variety: name, area*, nor *harvests are picked from a parcel: date, weight*: what a record is
made with or taken from is told in passing, and the list is still the subject's; so is what
they belong to (*riders belong to a club: name, licence number*)."""


def clause_then_its_list(sentence: str) -> str:
    """``each hive kept by one beekeeper: name, phone``: *each hive kept by one beekeeper;
    beekeeper: name, phone*; in a terse note the list after the colon is what the record just
    named keeps, not the subject's."""
    match = _CLAUSE_THEN_ITS_LIST.match(sentence)
    if match is None:
        return sentence
    record = match["record"]
    if record.split()[-1] in FUNCTION_WORDS or not can_be_noun(record.split()[-1]):
        return sentence
    if any(word.startswith("belong") for word in words(match["clause"])):
        return sentence  # *riders belong to a club: name, ...*: the list is still the riders'
    if not any(
        can_be_verb(word) for word in words(match["clause"])[len(words(match["subject"])) :]
    ):
        return sentence
    return f"{match['clause']}; {record}: {match['body']}"


_GETS_ONE_THEN_ITS_LIST = re.compile(
    # one of them said by what befell it (*disputed*, *late*, *lost*): only those get one, so
    # it is raised on them (*each member gets a locker* is one of ours given out, left alone)
    r"^(?:(?:a|an|any)\s+)?(?P<subject>(?!(?:each|every|the)\b)[a-z][\w\-]*\s+[a-z][\w\-]*)\s+"
    r"(?:gets?|can\s+get|may\s+get|is\s+given|are\s+given|receives?)\s+(?:a|an|one)\s+"
    r"(?P<record>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*):\s*(?P<body>[^;:]+,[^;:]+)$"
)
"""*disputed charge gets an appeal: date lodged, statement, outcome (upheld, rejected)*: a
record one of them gets, with its own list after the colon."""


_EACH_GETS_ONE_THEN_ITS_LIST = re.compile(
    r"^(?:each|every)\s+(?P<subject>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:on|in|at|of)\s+(?:the|a|an|each|every)\s+[a-z][\w\-]*)?"
    r"\s+gets\s+(?:a|an|its\s+own)\s+(?P<record>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*):\s*"
    # the list names fields, not values: *the date, ...*, *which appliance, ...*
    r"(?P<body>(?:the|a|an|which|whether|how|its|their)\s[^;:]+,[^;:]+)$"
)
"""*every appliance gets a check: which appliance, whether it passed, the reading*: each one
gets a record of its own with that list (*each table gets a colour: red or blue* is a value)."""


def gets_one_then_its_list(sentence: str) -> str:
    """``disputed charge gets an appeal: date lodged, statement, outcome``: *each appeal belongs
    to one charge; appeal: date lodged, statement, outcome*; what a record gets with a list of
    its own is a record of it (*a late order gets a refund: amount, reason*), not a link the
    record holds; so is what *every appliance gets* when the list names fields (*an
    appliance check: the date, whether it passed, ...*)."""
    each = _EACH_GETS_ONE_THEN_ITS_LIST.match(sentence)
    if each and not is_plural(each["subject"].split()[-1]):
        record, owner = each["record"], each["subject"]
        if all(can_be_noun(head) and head not in FUNCTION_WORDS for head in (record, owner)):
            return f"each {record} belongs to one {owner}; {record}: {each['body']}"
    match = _GETS_ONE_THEN_ITS_LIST.match(sentence)
    if match is None:
        return sentence
    record, owner = match["record"], match["subject"].split()[-1]
    heads = (record.split()[-1], owner)
    if any(head in FUNCTION_WORDS or not can_be_noun(head) for head in heads):
        return sentence
    if is_plural(owner) or owner == record.split()[-1]:
        return sentence
    return f"each {record} belongs to one {owner}; {record}: {match['body']}"


_HEADER_THEN_DONE_BY = re.compile(
    r"^(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s):\s+(?P<done>[a-z]+)\s+"
    r"(?P<how>(?:by|to)\s+(?:a|an|one|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)??)"
    r"\s+(?P<then>(?:for|under|on|at|from|to)\s+(?:a|an|one|the)\s+[^,;]+?),\s+(?P<rest>with\s.+)$"
)
"""*prescriptions: written by a vet for one medicine, with the date and the dosage*."""


def header_then_done_by(sentence: str) -> str:
    """``prescriptions: written by a vet for one medicine, with the date ...``: *each
    prescription is written by one vet; each prescription is for one medicine; each
    prescription has the date ...*, each piece said of the record, not a yes/no for *written
    by a vet*."""
    match = _HEADER_THEN_DONE_BY.match(sentence)
    if match is None or not is_past_participle(match["done"]):
        return sentence
    record = singular_phrase(match["things"])
    how = re.sub(r"^(by|to)\s+(?:a|an|the)\s", r"\1 one ", match["how"])
    listed = match["rest"].removeprefix("with ")
    return (
        f"each {record} is {match['done']} {how}; each {record} is {match['then']}; "
        f"each {record} has {listed}"
    )


_HAS_ONE_WHICH_IS_JUST = re.compile(
    r"(?:^|(?<=;\s))(?:each|every)\s+(?P<subject>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:has|gets)\s+"
    r"(?:a|an)\s+(?P<record>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)(?:\s+for\s+the\s+[a-z]+)?,\s+which\s+is\s+"
    r"(?:really\s+|basically\s+|simply\s+)?just\s+"
    r"(?P<body>(?:the|a|an|which|whether|how|what|its|their)\s[^;:]+,[^;:]+)$"
)
"""*each minibus has a run sheet for the day, which is just the date, which driver, ...*."""


def has_one_which_is_just(sentence: str) -> str:
    """``each minibus has a run sheet for the day, which is just the date, which driver and
    ...``: *each run sheet belongs to one minibus; run sheet: the date, ...*, a record of its
    own told by what it holds."""
    match = _HAS_ONE_WHICH_IS_JUST.search(sentence)
    if match is None:
        return sentence
    record, owner = match["record"], match["subject"]
    if any(not can_be_noun(w.split()[-1]) for w in (record, owner)) or owner == record:
        return sentence
    told = f"each {record} belongs to one {owner}; {record}: {match['body']}"
    return sentence[: match.start()] + told


_DOES_ONE_ON_ONE = re.compile(
    r"^(?:(?:each|every)\s+[a-z]+(?:\s+(?:before|after)\s+[^,:;]+?)?,?\s+)?"
    r"(?:the|each|every|a|an)\s+(?P<doer>[a-z][\w\-]*)\s+(?:does|carries\s+out|completes|makes)\s+"
    r"(?:a|an)\s+(?P<record>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+(?:on|of)\s+(?:their|his|her|the|each)\s+"
    r"(?P<thing>[a-z][\w\-]*):\s*(?P<body>[^;:]+,[^;:]+)$"
)
"""*every morning the driver does a walkround check on their bus: date, mileage, ...*."""


def does_one_on_one(sentence: str) -> str:
    """``every morning the driver does a walkround check on their bus: date, mileage, tyres
    ok``: *each walkround check belongs to one driver; each walkround check belongs to one bus;
    walkround check: date, ...*; what someone does to a thing, with its own list, is a record
    of both."""
    match = _DOES_ONE_ON_ONE.match(sentence)
    if match is None:
        return sentence
    record, heads = match["record"], (match["doer"], match["thing"], match["record"].split()[-1])
    if any(head in FUNCTION_WORDS or not can_be_noun(head) for head in heads):
        return sentence
    return (
        f"each {record} belongs to one {match['doer']}; each {record} belongs to one "
        f"{match['thing']}; {record}: {match['body']}"
    )


_ONE_GETS_ONE = re.compile(
    r"^(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s):\s+(?:a|an|the|each|every)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:gets|takes|is\s+given|uses|is\s+put\s+on|goes\s+on)\s+(?:a|an|the|one)\s+(?P<what>[a-z][\w\-]*)"
    r"(?P<span>\s+from\s+(?:a|an|the)\s+start\s+date\s+(?:to|until|till)\s+(?:an?|the)\s+end\s+date)?"
    r"(?:,?\s+marked\s+(?:as\s+)?(?P<kinds>[a-z][\w\-]*(?:\s*,\s*[a-z][\w\-]*)*\s+or\s+[a-z][\w\-]*))?$"
)


def one_gets_one_listed(sentence: str) -> str:
    """``allocations: a vessel gets a berth from a start date to an end date, marked permanent,
    seasonal or visiting``: *allocations: vessel, berth, start date, end date, type (permanent,
    seasonal or visiting)*; the act under the header names the two records the line ties, and
    when and how it holds are its fields."""
    match = _ONE_GETS_ONE.match(sentence)
    if match is None or not _names_records(match["head"]):
        return sentence
    who, what = match["who"], match["what"]
    if who == what or not (can_be_noun(who) and can_be_noun(what)):
        return sentence
    listed = [f"the {who}", f"the {what}"]
    if match["span"]:
        listed += ["a start date", "an end date"]
    if match["kinds"]:
        listed.append(f"a type ({match['kinds']})")
    return f"{match['head']}: {', '.join(listed)}"


_KEEP_A_RECORD_OF = re.compile(
    r"^(?:please\s+)?(?:keep|make|hold|maintain|store)\s+(?:a\s+)?(?:record|list|register|log)\s+of\s+"
    r"(?:all\s+)?(?:our|the|my)\s+(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3})\s*:\s*(?P<body>\S.*)$"
)


def keep_a_record_of(sentence: str) -> str:
    """``keep a record of our glass collection lorries: registration, make, ...``: *glass
    collection lorries: registration, make, ...*; what the owner asks to keep heads its list."""
    match = _KEEP_A_RECORD_OF.match(sentence)
    if match is None or not _names_records(match["things"]):
        return sentence
    return f"{match['things']}: {match['body']}"
