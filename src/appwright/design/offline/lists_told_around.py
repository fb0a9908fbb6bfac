"""A record's list told around it, written as its list: in an aside (*pickers, and we only need
their name and phone, bring in batches*), after a header (*fault report per headset: date
found, fault*), with the verb said once (*a family has a parent name, a volunteer a name*), or
of the people just named (*done by engineers, and i keep their name*).
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.passing_records import WEEKDAYS
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_name_records,
    is_plural,
    singular,
    singular_phrase,
    verb_lemma,
)

_KINDS_EACH_WITH_IN_BRACKETS = re.compile(
    r"\b(?P<det>a|an|one)\s+(?P<thing>[a-z][\w\-]*)(?:\s+(?:from|off|on)\s+(?:our|the|my)\s+[a-z][\w\-]*)?"
    r"\s*\((?P<kinds>[^()]*?),\s+each\s+(?:one\s+)?with\s+(?P<list>[^()]+)\)"
)


def kinds_each_with_in_brackets(sentence: str) -> str:
    """``each painter chooses a blank from our shelves (mugs, plates and so on, each with a
    name and a price), and ...``: *each painter chooses a blank, and ...; each blank has a name
    and a price*; the examples name no field, and what each has is the thing's list."""
    match = _KINDS_EACH_WITH_IN_BRACKETS.search(sentence)
    if match is None or match["thing"] in FUNCTION_WORDS or not can_be_noun(match["thing"]):
        return sentence
    said = f"{sentence[: match.start()]}{match['det']} {match['thing']}{sentence[match.end() :]}"
    return f"{said}; each {match['thing']} has {match['list'].strip()}"


_ENTER_ONE_WITH_THEIR_NAME = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?P<things>[a-z][\w\-]*s)\s+(?:enter|join|sign\s+up\s+for|"
    r"register\s+for|enrol\s+in|"
    r"enroll\s+in|apply\s+for)\s+(?:a|an|the)\s+(?P<one>[a-z][\w\-]*)\s+with\s+(?:a|an|their)\s+"
    r"(?P<own>[a-z][\w\-]*)\s+name\b"
)


def enter_one_with_their_name(sentence: str) -> str:
    """``teams enter a season with a team name, a captain's email and the division they play
    in``: *each team belongs to one season; each team has a name, a captain's email and ...*;
    a list that opens with the subject's own name is the subject's."""
    match = _ENTER_ONE_WITH_THEIR_NAME.search(sentence)
    if match is None or singular(match["things"]) != match["own"]:
        return sentence
    own, one = match["own"], match["one"]
    if one in FUNCTION_WORDS:
        return sentence
    lead = "; " if match["lead"] else ""
    return (
        f"{sentence[: match.start()]}{lead}each {own} belongs to one {one}; each {own} has a "
        f"name{sentence[match.end() :]}"
    )


_RUN_BY_ONE_OF_OURS_WE_KEEP = re.compile(
    r",\s+(?P<done>run|led|taken|hosted|coached|supervised|organised|organized|checked)\s+by\s+"
    r"one\s+of\s+(?:our|the)\s+(?P<people>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)\s*"
    r"\((?:we\s+(?:keep|note|need|record|have)\s+)?(?P<list>(?:their|his|her)\s[^()]+)\)"
)
_RECORD_WITH = re.compile(r"\b(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+with\b")


def run_by_one_of_ours_we_keep(sentence: str) -> str:
    """``there's a session with a date and a note, run by one of our volunteer age managers
    (we keep their name and when their bronze medallion expires)``: *...; each session is run
    by one age manager; each age manager has their name and ...*; the people named in passing
    are a record of their own, with the list in brackets."""
    match = _RUN_BY_ONE_OF_OURS_WE_KEEP.search(sentence)
    records = list(_RECORD_WITH.finditer(sentence, 0, match.start())) if match else []
    if match is None or not records:
        return sentence
    record = records[-1]["record"]
    person = singular_phrase(match["people"])
    if person.split()[-1] == "volunteer" or record in FUNCTION_WORDS:
        return sentence
    person = " ".join(w for w in person.split() if w != "volunteer")  # a volunteer age manager
    return (
        f"{sentence[: match.start()]}; each {record} is {match['done']} by one {person}; "
        f"each {person} has {match['list']}{sentence[match.end() :]}"
    )


_HEADER_FOR_EACH_ONE = re.compile(
    r"^(?P<record>(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*)\s+"
    r"(?:per|for\s+(?:each|every|a|an)|against\s+(?:a|an|the|each)|on\s+(?:a|an|each))\s+"
    r"(?P<owner>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s*:\s*(?P<rest>\S.*)$"
)
_FIGURE_WORDS = frozenset(["total", "totals", "count", "number", "sum", "average", "figures"])


def header_for_each_one(sentence: str) -> str:
    """``fault report per headset: date found, fault, notes``: *fault report: date found, fault,
    notes; each fault report belongs to one headset*; a note's header that names what each
    record is kept for lists that record's fields, and the record belongs to it."""
    match = _HEADER_FOR_EACH_ONE.match(sentence)
    if match is None:
        return sentence
    record, owner = match["record"], match["owner"]
    said = [*record.split(), *owner.split()]
    if any(word in _FIGURE_WORDS for word in said) or not can_name_records(*said):
        return sentence  # "totals per month: ..." asks for figures
    return f"{record}: {match['rest']}; each {record} belongs to one {owner}"


_GAPPED_HAS = re.compile(
    r"(?P<first>(?:\b(?:a|an|each|every)\s+[a-z][\w\-]*\s+(?:has|have|gets|needs)|"
    r"(?:^|(?<=;\s)|(?<=,\sand\s))(?:[a-z][\w\-]*(?:s|en)|staff|crew|personnel)\s+"
    r"(?:(?:just|only|simply)\s+)?"
    r"(?:have|get|need))"
    r"\s+[^;]+?),\s+"
    r"(?:and\s+)?(?:(?P<det>a|an|each|every|the)\s+)?(?P<second>[a-z][\w\-]*)\s+"
    r"(?:(?:just|only|simply)\s+)?(?P<list>(?:a|an|the|their|its|his|her)\s+[^;]+)(?=;|$)"
)


_TAKEN_AS_MANY = frozenset(["staff", "crew", "personnel", "people"])
"""Nouns that name several people though they do not end as plurals do."""


def gapped_has(sentence: str) -> str:
    """``a family has a parent name and how many children they bring, a volunteer a name, phone
    and DBS check date``: *...; a volunteer has a name, ...*; the verb said once serves the
    second record's list too, in the plural as well (``tenants have a name and email,
    properties an address``: *...; properties have an address*; ``..., drivers just a name``),
    and of the one record of each named with *the* (``boats just need a name, and the owner a
    name and a mobile``: *...; each boat has one owner; each owner has a name and a mobile*)."""
    match = _GAPPED_HAS.search(sentence)
    if match is None or not can_name_records(match["second"]):
        return sentence
    if match["det"] is None and match["second"] in _TAKEN_AS_MANY:
        # "customers need a name, staff a name, and screenings a film title": one more at a time
        said = f"{match['second']} have {match['list']}"
        return f"{sentence[: match.start()]}{match['first']}; {gapped_has(said)}{sentence[match.end() :]}"
    if match["det"] in (None, "the"):
        # "tenants have a name and email, properties an address": plurals, both of them;
        # "boats just need a name, and the owner a name and a mobile": the one of each, whose
        # list it is
        first_said = match["first"].split()[0]
        if not is_plural(first_said) and first_said not in _TAKEN_AS_MANY:
            return sentence
        if match["det"] == "the" and not is_plural(match["second"]):
            # the one of each of the first: "boats ..., and the owner ...", the boat's owner
            first = singular(match["first"].split()[0])
            one = match["second"]
            second = f"each {first} has one {one}; each {one} has {match['list']}"
        elif is_plural(match["second"]):
            # "..., drivers a name, and vans a registration": the next one's list in its turn
            second = gapped_has(f"{match['second']} have {match['list']}")
        else:
            return sentence
        return f"{sentence[: match.start()]}{match['first']}; {second}{sentence[match.end() :]}"
    has = re.search(r"\s(has|have|gets|needs)\s", match["first"])
    verb = has[1] if has else "has"
    second = f"{match['det']} {match['second']} {verb} {match['list']}"
    return f"{sentence[: match.start()]}{match['first']}; {second}{sentence[match.end() :]}"


_ASIDE_LIST_OF_THE_SUBJECT = (
    re.compile(
        r"^(?P<lead>(?:on\s+the\s+other\s+side,?\s+|then\s+|and\s+)?)(?P<who>[a-z][\w\-]*s)\s+-\s+"
        r"(?:and\s+)?(?:we|i)\s+(?:only\s+|just\s+)?(?:need|keep|have|take|store|record)\s+"
        r"(?P<list>[^\-;]+?)\s+-\s+(?P<rest>[a-z]+\s.*)$"
    ),
    re.compile(
        r"^(?P<lead>(?:on\s+the\s+other\s+side,?\s+|then\s+|and\s+)?)(?P<who>[a-z][\w\-]*s),\s+"
        r"(?:and\s+)?(?:we|i)\s+(?:only\s+|just\s+)?(?:need|keep|have|take|store|record)\s+"
        r"(?P<list>[^,;]+?),\s+(?P<rest>[a-z]+\s.*)$"
    ),
)


def aside_list_of_the_subject(sentence: str) -> str:
    """``pickers, and we only need their name and phone number, bring in batches`` and
    ``restaurants - we keep the restaurant name, the chef's name and an email - place orders``:
    *each picker has their name and phone number; pickers bring in batches*; what we keep of
    the subject, said between commas or dashes before its verb, is its list."""
    for shape in _ASIDE_LIST_OF_THE_SUBJECT:
        match = shape.match(sentence)
        if match is None:
            continue
        who, rest = match["who"], match["rest"]
        lemma = verb_lemma(rest.split()[0])
        if not can_name_records(singular(who)) or lemma is None or lemma == rest.split()[0] + "s":
            return sentence
        return f"each {singular(who)} has {match['list']}; {who} {rest}"
    return sentence


_STUFF_WE_KEEP_AS = re.compile(
    r"^(?:the|our)\s+(?:stuff|things|goods|items|produce)(?:\s+itself|\s+themselves)?,\s+"
    r"[^;]*?(?:and\s+so\s+on|etc|and\s+the\s+like|and\s+suchlike),\s+(?:we|i)\s+"
    r"(?:keep|list|store|record|sell|call)\s+(?:them\s+)?as\s+(?P<things>[a-z][\w\-]*s)\b"
)


def stuff_we_keep_as(sentence: str) -> str:
    """``the stuff itself, wild garlic, samphire and so on, we keep as products, each with a
    name``: *we keep products, each with a name*; the examples before name no record."""
    match = _STUFF_WE_KEEP_AS.match(sentence)
    if match is None or not can_name_records(singular(match["things"])):
        return sentence
    return f"we keep {match['things']}{sentence[match.end() :]}"


_THINGS_EACH_ONE_OWNS = re.compile(
    r"^(?:the\s+)?(?P<things>[a-z][\w\-]*s)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*)\s+"
    r"(?:owns|has|keeps|brings|runs|looks\s+after)\s*:\s*(?P<list>\S.*)$"
)


def things_each_one_owns(sentence: str) -> str:
    """``the models each member owns: a name, a type and the weight in grams``: *each model
    has a name, ...; each model belongs to one member*; a header naming the owner's things."""
    match = _THINGS_EACH_ONE_OWNS.match(sentence)
    thing = singular(match["things"]) if match else ""
    if match is None or not can_name_records(thing, match["owner"]) or thing == match["owner"]:
        return sentence
    return f"each {thing} has {match['list']}; each {thing} belongs to one {match['owner']}"


_THERE_ARE_THE_ONES = re.compile(
    r"^(?:(?:then|and|also|next)\s+)?there\s+(?:are|is)\s+(?:the|our|all\s+the)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b[^,;:]*,\s+(?:just\s+|only\s+)?(?:their|its)\s+(?P<listed>.+)$"
)


_THERE_ARE_THE_ONES_ON = re.compile(
    r"^(?:(?:then|and|also|next)\s+)?there\s+are\s+(?:the|our|all\s+the)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b[^,;:]*?\s+(?:on|for|in)\s+(?:that|this|the|each|every)\s+"
    r"(?P<owner>[a-z][\w\-]*),\s+(?P<each>each\s.+)$"
)


def there_are_the_ones(sentence: str) -> str:
    """``then there are the laundries we send it all to, just their name, a contact email and
    their price per kilo``: *laundries have their name, ...*; the records said to be there, with
    what is kept of them. Said to be on one record (``then there are the rooms we have asked
    for on that tour, each with ...``), they are that one's: *each tour has several rooms, each
    with ...*."""
    on = _THERE_ARE_THE_ONES_ON.match(sentence)
    if (
        on is not None
        and can_name_records(singular(on["things"]), on["owner"])
        and on["owner"] not in TIME_WORDS | WEEKDAYS
    ):
        return f"each {on['owner']} has several {on['things']}, {on['each']}"
    match = _THERE_ARE_THE_ONES.match(sentence)
    if match is None or not can_name_records(singular(match["things"])):
        return sentence
    return f"{match['things']} have their {match['listed']}"


_AND_FOR_EACH_OF_THEIRS = re.compile(
    r"^(?P<before>for\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*)\s+.+?),\s+and\s+for\s+each\s+of\s+"
    r"(?:their|its|his|her)\s+(?P<things>[a-z][\w\-]*s)\s+(?:(?:we|i)\s+(?:note|keep|record|log|"
    r"take)\s+)?(?P<listed>(?:the|a|an)\s+.+)$"
)


def and_for_each_of_theirs(sentence: str) -> str:
    """``for each owner we note a name and phone, and for each of their cats the name, age and
    ...``: *...; each cat belongs to one owner; each cat has the name, age and ...*; what they
    own, each with its own list."""
    match = _AND_FOR_EACH_OF_THEIRS.match(sentence)
    if match is None or not can_name_records(match["owner"], singular(match["things"])):
        return sentence
    thing = singular(match["things"])
    return (
        f"{match['before']}; each {thing} belongs to one {match['owner']}; "
        f"each {thing} has {match['listed']}"
    )


_AND_CAN_NAME = re.compile(
    r",?\s+and\s+(?:it\s+)?(?:can|may)\s+(?:also\s+)?(?:name|record|note|give|say|list)\s+"
    r"(?=the\s+[a-z][\w\-]*\s+(?:who|that|which)\s)"
)


def and_can_name_the_one(sentence: str) -> str:
    """``a treatment records the animal, the date ..., and can name the vet who prescribed
    it``: *..., and the vet who prescribed it*; the one it may name is on its list."""
    return _AND_CAN_NAME.sub(", and ", sentence)


_BY_THEM_THEN_THEIRS = re.compile(
    r"(?P<done>\b(?:is|are)\s+(?:[a-z]+\s+)?(?:done|carried\s+out|made|handled|issued|signed|"
    r"inspected|tested|fitted|checked)\s+by\s+(?P<people>[a-z][\w\-]*s)),?\s+and\s+"
    r"(?P<we>i|we)\s+(?P<verb>keep|record|note|store|hold|need|log|take)\s+their\s+"
)


def by_them_then_theirs(sentence: str) -> str:
    """``the certificates are done by engineers, and I keep their name, company and phone``:
    *...; for each engineer i keep their name, ...*; *their* is the people just named, not
    the certificates."""
    return _BY_THEM_THEN_THEIRS.sub(
        lambda m: f"{m['done']}; for each {singular(m['people'])} {m['we']} {m['verb']} their ",
        sentence,
    )


_AND_ITS_PART_HAS = re.compile(
    r"^(?P<subject>(?:a|an|each|every|the)\s+(?P<one>[a-z][\w\-]*))\s+(?:has|have)\s+(?P<listed>.+?),?"
    r"\s+and\s+its\s+(?P<part>[a-z][\w\-]*)\s+(?:records|has|holds|keeps|shows|notes)\s+"
    r"(?P<rest>(?:the|a|an)\s.+)$"
)


def and_its_part_has(sentence: str) -> str:
    """``a tenancy has the property address and an end date, and its deposit records the amount
    held and the scheme``: *...; each deposit belongs to one tenancy; each deposit has the
    amount held and the scheme*; the part named with *its* is a record of its own."""
    match = _AND_ITS_PART_HAS.match(sentence)
    if match is None or is_plural(match["part"]):
        return sentence
    part, one = match["part"], match["one"]
    return (
        f"{match['subject']} has {match['listed']}; each {part} belongs to one {one}; "
        f"each {part} has {match['rest']}"
    )
