"""Records an owner keeps several of on another: *plus several photos, each just an image link*,
*then there's the kit: helmets, lights and harnesses, each item with a code*, *every animal gets
its own record with ...*, *the karts are numbered*, *each booking is crewed by several staff
members (name and phone)*.

Each is rewritten into *X has several Y (A, B)* or a record of its own with its fields.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause, per_statement
from appwright.design.offline.phrase_patterns import WE_KEEP_VERBS
from appwright.design.offline.word_forms import is_plural, singular

_KEPT_AS_OWN_LIST = re.compile(
    r"\b(?:we|i)\s+(?:keep|store|hold|track|list)\s+(?P<things>[a-z][\w\-]*s)\s+as\s+"
    r"(?:their\s+own|a\s+separate|its\s+own|a)\s+(?:list|record|table|sheet|register)s?\s+with\s+(?=[a-z])"
)


_KEPT_ON_FILE = re.compile(
    r"^(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),?\s+(?:we|i)\s+(?:would\s+|will\s+)?(?:just\s+|also\s+)?"
    r"(?:keep|store|hold|have|track|list|record)\s+(?:(?:on|in)\s+(?:file|record|the\s+books|our\s+books|a\s+list)\s+)?"
    r"(?:once\s+each\s*)?(?:,\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s\s+included,?\s+)?"
    r"with\s+(?P<list>[^;]+?)(?:,?\s+(?:because|since|as|so\s+that)\s+[^;]*)?"
    r"(?=;|$|,\s+and\s+(?:each|every)\s)"
)
"""``comedians i keep on file with their stage name, ...``: the records named first, then what
we keep them with; ``cemeteries we would keep once each, churchyards included, with the name,
...``: the same, with the others kept among them said in passing."""


_DEALT_WITH = re.compile(
    r"^(?:we|i)\s+(?:also\s+|mainly\s+|mostly\s+|only\s+)?"
    # the trade and work we do with others, not how ("we deliver to shops with a van")
    r"(?:buy|order|source|purchase|sell|supply|work|deal|trade|partner|hire|rent|lend|loan)\s+"
    r"(?:from|to|with)\s+"
    r"(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)
"""``we buy from suppliers with a name, ...``: the ones we deal with, then their list."""


_WE_HAVE_THEIR = re.compile(
    r"^(?:we|i)\s+have\s+(?:got\s+)?(?:\d+|[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+and\s+(?:i|we)\s+"
    r"(?:only\s+|just\s+|also\s+)?(?:need|keep|want|record|track|note|take)\s+(?=their\s)"
)
"""``we have forty members and i only need their names``: *members have their names*."""


_KINDS_OF_KIT = re.compile(
    r"^(?:then\s+)?(?:there\s+is|we\s+have|we\s+have\s+got)\s+(?:the|our|all\s+the)\s+(?P<what>[a-z][\w\-]*)\s*:\s+"
    r"(?P<kinds>[a-z][\w\-]*s(?:\s*,\s*[a-z][\w\-]*s)*,?\s+(?:and|or)\s+[a-z][\w\-]*s),\s+"
    r"(?:each|every)\s+(?:item|one|piece|thing)\s+with\s+(?P<list>.+)$"
)


_ONE_OF_OURS_WHO = re.compile(
    r"\b(?:a|an|the)\s+(?P<role>[a-z][\w\-]*),\s+who\s+is\s+(?:just\s+|always\s+|simply\s+|also\s+)?"
    r"one\s+of\s+(?:our|the|my)\s+(?P<many>[a-z][\w\-]*s)\b"
)


def kinds_of_things(sentence: str) -> str:
    """``then there's the kit: helmets, lights and harnesses, each item with a code and a
    type``: *each kit item has a type (helmet, light, harness), a code*, one record whose
    kinds are listed; ``a leader, who is just one of our members``: *one leader member*,
    a member in the leader's role."""
    sentence = _ONE_OF_OURS_WHO.sub(
        lambda m: f"one {m.group('role')} {singular(m.group('many'))}", sentence
    )
    kit = _KINDS_OF_KIT.match(sentence)
    if kit is None:
        return sentence
    kinds = ", ".join(
        singular(k)
        for k in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", kit.group("kinds"))
    )
    listed = re.sub(r"(?:,\s*|\s+)(?:and\s+)?(?:a|the)\s+type\b", "", kit.group("list"))
    return f"each {kit.group('what')} item has a type ({kinds}), {listed}"


_PLUS_SEVERAL = re.compile(
    r"^(?P<head>for\s+(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+(?:we|i)\s+"
    r"[a-z]+\s+.+?),?\s+(?:plus|and also|as well as)\s+(?P<many>several|many|multiple)\s+(?P<rest>[a-z].+)$"
)


_PLUS_MORE = re.compile(
    r"^(?P<lead>(?:a|an|each|every|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:can\s+|may\s+)?"
    r"(?:include|includes|contain|contains|cover|covers|comes?\s+with|uses?|needs?|takes?))\s+"
    r"(?P<first>[^,;]+?),\s+plus\s+(?:(?:some|any|several|optional)\s+)?"
    r"(?P<rest>(?P<things>[a-z][\w\-]*s)\b[^;]*)$"
)


def plus_several(sentence: str) -> str:
    """``for every client we keep the full name, plus one or more contacts with a name and
    phone``: *for every client we keep the full name; every client has several contacts with
    a name and phone*, the records each one has, after what it holds."""
    match = _PLUS_SEVERAL.match(sentence)
    if match is None:
        return sentence
    np, many = match.group("np"), match.group("many")
    return f"{match.group('head')}; every {np} has {many} {match.group('rest')}"


_CAN_HAVE_EXTRA = re.compile(
    r"\b(?P<can>can|may)\s+(?P<also>also\s+)?have\s+(?:extra|additional|further)\s+"
    r"(?=(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s,?\s+each\s+(?:with|has|having)\s)"
)


def can_have_extra(sentence: str) -> str:
    """``a pupil can also have extra emergency contacts, each with a name, ...``: *a pupil can
    also have several emergency contacts, each with ...*; more of a record, not its name."""
    return _CAN_HAVE_EXTRA.sub(r"\g<can> \g<also>have several ", sentence)


_A_HISTORY_OF = re.compile(
    r"\b(?P<has>gets|get|has|have|keeps|keep)\s+(?:a|its\s+own|their\s+own)\s+(?:history|log|"
    r"series|record)\s+of\s+(?=(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s,?\s+each\s+(?:with|has)\s)"
)


_A_WHOLE_BROKEN_INTO = re.compile(
    r"\b(?P<has>gets|get|has|have)\s+(?:a|an|its\s+own|their\s+own)\s+[a-z][\w\-]*\s+(?:broken|"
    r"split|divided)\s+(?:up\s+)?into\s+(?=[a-z][\w\-]*s\b)"
)


def a_history_of(sentence: str) -> str:
    """``each unit gets a history of rates, each with a monthly price and ...``: *each unit gets
    several rates, each with ...*; the history is the rates it has had."""
    return _A_HISTORY_OF.sub(r"\g<has> several ", sentence)


def a_whole_broken_into(sentence: str) -> str:
    """``every wedding gets a timeline broken into slots``: *every wedding gets several
    slots*, the parts of the whole."""
    return _A_WHOLE_BROKEN_INTO.sub(r"\g<has> several ", sentence)


_HAS_PLUS_SEVERAL = re.compile(
    r"^(?P<head>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:has|have)\s+[^;]+?),?"
    r"\s+plus\s+(?P<many>several|many|multiple)\s+(?=[a-z][\w\-]*s\b)"
)


def has_plus_several(sentence: str) -> str:
    """``a listing has a title and a price, plus several photos, each just an image link``:
    *..., and several photos, ...*; the records it has after the fields it holds, as with
    *and*, no *plus* in their name."""
    return per_clause(
        sentence, lambda clause: [_HAS_PLUS_SEVERAL.sub(r"\g<head>, and \g<many> ", clause)]
    )


def plus_more(sentence: str) -> str:
    """``a booking can include several marquees, plus extras, each with name and price``:
    *...; a booking can include several extras, each with ...*, a second kind of thing it
    takes (read once the sentence is in plain clauses)."""

    def plain(clause: str) -> list[str]:
        more = _PLUS_MORE.match(clause)
        if more is None or not is_plural(more.group("things")):
            return [clause]
        lead = more.group("lead")
        return [f"{lead} {more.group('first')}", f"{lead} several {more.group('rest')}"]

    return per_clause(sentence, plain)


_OWN_RECORD_WITH = re.compile(
    r"\b(?:gets|get|has|have|is given|are given)\s+(?:its|their)\s+own\s+"
    r"(?:record|entry|card|page|file|row|profile)\s+with\s+(?=[a-z])"
)
_WANT_TO_BE_OWN_RECORDS = re.compile(
    r"\b(?:want|wants|need|needs|ought)\s+to\s+be\s+(?:its|their)\s+own\s+"
    r"(?:record|entry|card|file|row|profile)s?(?:\s+too|\s+as\s+well)?,?\s+with\s+(?=[a-z])"
)
"""*so customers want to be their own records too, with name, ...*: customers have them."""


_DASHED_NEED = re.compile(
    r"(?P<before>\b(?:a|an|one)\s+(?P<np>[a-z][\w\-]*))\s+-\s+[^\-;]*?\b(?:we|i)\s+"
    r"(?:(?:only|just|really|also)\s+)*(?:need|keep|take|want|record|store|note)\s+"
    r"(?P<list>(?:a|an|the|their|his|her)\s+[^\-;]+?)\s+-(?:\s+(?:and\s+)?(?P<rest>[^;]*))?$"
)


_FOR_WHOM = re.compile(
    # "several aircraft, for which ...": after *several* a word is plural however it ends
    r"(?P<np>\b[a-z][\w\-]*s|(?:(?<=\bseveral\s)|(?<=\bmany\s)|(?<=\bmultiple\s))[a-z][\w\-]*),"
    r"\s+(?:for|about|of)\s+(?:whom|which|them)\s+(?:we|i)\s+"
    r"(?:(?:only|just|really|also)\s+)*(?:need|keep|want|store|record|track|note|take)\s+"
    r"(?P<list>[^;]+?)(?=,\s+(?:and|but|so)\s+(?:i|we)\b|;|$)"
)


_TRACKED_BY = re.compile(
    r"(?P<np>\b[a-z][\w\-]*s),\s+which\s+(?:i|we)\s+(?:track|record|keep|note|list|log|identify|know)"
    r"\s+by\s+(?P<list>[^,;]+?(?:\s+and\s+[^,;]+?)?)(?=\s+(?:because|since|as|so)\b|\s*[,;]|$)"
)


def own_record_with(sentence: str) -> str:
    """``every animal gets its own record with species, morph ...``: *has species, morph ...*;
    ``one of our enclosures, which i track by code and temperature setting``: *...
    enclosures; each enclosure has a code and temperature setting*; ``one of our architects,
    for whom we only need a name and initials``: *... architects; each architect has a name
    and initials*; ``every project is for a client - often a couple, but we just need a name
    and phone - and ...``: *every project is for a client; each client has a name and phone;
    ...*; ``comedians i keep on file
    with a stage name, ...``: *comedians have a stage name, ...*; ``we buy from suppliers
    with a name``: *suppliers have a name*; ``we have forty members and i only need their
    names``: *members have their names*; ``customers want to be their own records too, with
    name, ...``: *customers have name, ...*."""
    sentence = _OWN_RECORD_WITH.sub("has ", sentence)
    sentence = _WANT_TO_BE_OWN_RECORDS.sub("have ", sentence)
    sentence = _KEPT_AS_OWN_LIST.sub(r"\g<things> have ", sentence)
    kept = _KEPT_ON_FILE.match(sentence)
    if kept is not None:
        rest = re.sub(r"^,\s+and\s+", "; ", sentence[kept.end() :])  # ", and each memorial ..."
        sentence = f"{kept['things']} have {kept['list']}{rest}"
    sentence = _DEALT_WITH.sub(r"\g<things> have ", sentence)
    sentence = _WE_HAVE_THEIR.sub(r"\g<things> have ", sentence)
    dashed = _DASHED_NEED.search(sentence)
    if dashed:
        held = f"each {dashed.group('np')} has {dashed.group('list')}"
        rest = f"; {dashed.group('rest')}" if dashed.group("rest") else ""
        sentence = f"{sentence[: dashed.end('before')]}; {held}{rest}"
    whom = _FOR_WHOM.search(sentence)
    if whom:
        np = whom.group("np")
        held = f"each {singular(np)} has {whom.group('list')}"
        sentence = f"{sentence[: whom.start()]}{np}; {held}{sentence[whom.end() :]}"
    tracked = _TRACKED_BY.search(sentence)
    if tracked is None:
        return sentence
    np = tracked.group("np")
    rest = sentence[tracked.end() :]
    rest = re.sub(r"^\s+(?:because|since|as|so)\b[^;]*", "", rest)
    held = f"each {singular(np)} has {tracked.group('list')}"
    return f"{sentence[: tracked.start()]}{np}; {held}{rest}"


_NUMBERED_THINGS = re.compile(
    r"^(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?P<things>[a-z][\w\-]*s)\s+are\s+(?:all\s+)?"
    r"(?P<how>numbered|named)(?:\s*,?\s*and\s+(?:i|we)\s+(?:also\s+)?"
    rf"(?:{WE_KEEP_VERBS})\s+(?:each\s+one's|their)\s+(?P<list>.+))?$"
)


def numbered_things(sentence: str) -> str:
    """``the karts are numbered and we note each one's engine size in cc``: *each kart has a
    number; each kart has engine size in cc*."""

    def plain(clause: str) -> list[str]:
        match = _NUMBERED_THINGS.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        one = singular(match.group("things"))
        name = "number" if match.group("how") == "numbered" else "name"
        listed = [f"each {one} has {match.group('list')}"] if match.group("list") else []
        return [f"each {one} has a {name}", *listed]

    return per_clause(sentence, plain)


_CAN_BE_ON_SEVERAL = re.compile(
    r"^(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+can\s+(?:be\s+on|be\s+given|be\s+prescribed)\s+"
    r"(?:several|many|multiple|a\s+few|one\s+or\s+more)\s+(?=[a-z][\w\-]*s\b)"
)
"""*a cat can be on several medications*: the cat has several."""


def can_be_on_several(sentence: str) -> str:
    """``a cat has a name; a cat can be on several medications; each medication has ...``:
    *...; a cat has several medications; ...*; what one can be on, several at once, are its
    own records."""
    return per_statement(
        sentence, lambda part: _CAN_BE_ON_SEVERAL.sub(r"\g<one> has several ", part)
    )


_BY_SEVERAL_WITH_THEIRS = re.compile(
    r"\b(?P<by>(?:is|are)\s+[a-z]+ed\s+by\s+(?:several|many|one\s+or\s+more|a\s+few)\s+)"
    r"(?P<many>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\s+\((?P<theirs>[^()]+)\)"
)


def by_several_with_theirs(sentence: str) -> str:
    """``each booking is crewed by several staff members (name and phone) and ...``: *each
    staff member has name and phone; each booking is crewed by several staff members and ...*;
    the list in brackets is theirs, not the booking's."""

    def theirs(statement: str) -> str:
        match = _BY_SEVERAL_WITH_THEIRS.search(statement)
        if match is None or not is_plural(match["many"].split()[-1]):
            return statement
        one = singular(match["many"])
        said = f"{statement[: match.start()]}{match['by']}{match['many']}{statement[match.end() :]}"
        return f"each {one} has {match['theirs']}; {said}"

    return per_statement(sentence, theirs)
