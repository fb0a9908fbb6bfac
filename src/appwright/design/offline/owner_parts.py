"""The parts of a record in an owner's words: *every line on it names an item*, *a quote is broken
down into rooms*, *inside each section are the classes*, *for each of their appliances we keep
the kind*.

Each is rewritten into the part as a record of its own belonging to the whole.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.phrase_patterns import WE_KEEP_VERBS
from appwright.design.offline.values_told import record_before
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    plural,
    singular,
    singular_phrase,
    verb_form,
    verb_lemma,
)

_PART_OF_WHOLE = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<part>(?:every|each)\s+[a-z][\w\-]*)\s+(?P<prep>on|in|of)\s+"
    r"(?P<whole>it|each\s+one|(?:a|an|the|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:names|lists|gives|states|shows|says|records|notes)\s+(?=(?:a|an|the|its|their|which|what|how)\s)"
)


_PART_ON_A = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<part>(?:every|each)\s+[a-z][\w\-]*)\s+(?:on|in|of)\s+"
    r"(?P<whole>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>(?!is\b|has\b|was\b|does\b)[a-z]+s)\s+"
    r"(?=(?:to|from|for|with|at|(?:on|in)\s+(?:one|a|an|the)|one|a|an)\b)"
)
"""``every delivery on a round goes to one client``, ``each op on a work order runs on one
machine``: the delivery is the round's, then what it does."""


def part_of_whole(sentence: str) -> str:
    """``a purchase order goes ...; every line on it names an item, the quantity``: *every
    line on a purchase order has an item, ...*, the parts of the record the clause before is
    about, each with what it names; ``every delivery on a round goes to one client``: *every
    delivery belongs to a round; every delivery goes to one client*."""

    def has(match: re.Match[str]) -> str:
        whole = match.group("whole")
        if whole in ("it", "each one") or whole.startswith("each one"):
            subject = record_before(sentence, match.start())
            if subject is None:
                return match.group(0)
            whole = f"a {subject}"
        return f"{match.group('lead')}{match.group('part')} {match.group('prep')} {whole} has "

    sentence = _PART_OF_WHOLE.sub(has, sentence)
    return _PART_ON_A.sub(
        lambda m: (
            f"{m.group('lead')}{m.group('part')} belongs to {m.group('whole')};"
            f" {m.group('part')} {m.group('verb')} "
        ),
        sentence,
    )


_LINE_FOR_EACH = re.compile(
    r"(?P<lead>^|;\s+|,\s+(?:and\s+)?)(?:then\s+)?there\s+is\s+(?:a|one)\s+(?:line|row|entry)\s+for\s+"
    r"(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+on\s+(?:it|(?:the|each|every)\s+(?P<whole>[a-z][\w\-]*))"
    r"\s*(?:-|:|,)\s+(?P<list>.+)$"
)


def line_for_each(sentence: str) -> str:
    """``a repair ticket has a total, and then there is a line for each item on it - what it
    is, what needs doing``: *...; each repair ticket has several items with what it is, ...*."""

    def several(match: re.Match[str]) -> str:
        whole = match.group("whole") or record_before(sentence, match.start())
        if whole is None:
            return match.group(0)
        things = plural(match.group("thing"))
        lead = "; " if match.group("lead") else ""
        return f"{lead}each {whole} has several {things} with {match.group('list')}"

    return _LINE_FOR_EACH.sub(several, sentence)


_THERE_ARE = re.compile(
    r"(?:^|,\s*(?:and\s+|but\s+)?)(?:on|at|in|for|with)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"there\s+(?:are|is|can be|will be)\s+(?:several\s+|some\s+|a few\s+|many\s+|lots of\s+)?"
    r"(?P<things>[a-z][\w\-]*s)\s*,?\s+(?:where|for which|and for each(?:\s+one)?|and for each of them)"
    rf"\s+(?:i|we)\s+(?:{WE_KEEP_VERBS})\s+(?P<list>.+)$"
)


def there_are(sentence: str) -> str:
    """``on each site there are cameras where i need the location, the model ...``: *each site
    has cameras with the location, the model ...*, the things found there and what is kept
    about each."""
    match = _THERE_ARE.search(sentence)
    if match is None:
        return sentence
    owner, things = match.group("owner"), match.group("things")
    kept = f"each {owner} has {things} with {match.group('list')}"
    before = sentence[: match.start()]
    return f"{before}; {kept}" if before else kept


_INSIDE_ARE = re.compile(
    r"^(?:inside|in|within|under|on)\s+(?:each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s*,?\s+(?:are|sit|come|live)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:several|some|a few|many|lots of|various)\s+)?(?P<things>[a-z][\w\-]*s)\b(?P<rest>.*)$"
)


def inside_each_are(sentence: str) -> str:
    """``inside each section are the classes with a class number and a title``: *each section
    has classes with ...*, the inverted sentence put the usual way round."""

    def plain(clause: str) -> list[str]:
        match = _INSIDE_ARE.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        owner, things = match.group("owner"), match.group("things")
        return [f"each {owner} has {things}{match.group('rest')}"]

    return per_clause(sentence, plain)


_EACH_HEADER_CLAUSE = re.compile(
    r"^(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<be>is\s+|are\s+)?(?P<pred>(?:for|from|at|in|on|with)\s+[^:,;]+?)"
    r"(?:,\s+(?P<more>[a-z]+\s+by\s+[^:,;]+))?:\s*(?P<list>[^:;]+)$"
)


def each_header_clause(sentence: str) -> str:
    """``each survey for one client, done by one of our surveyors: site address, fee``: *each
    survey is for one client and is done by one of our surveyors; each survey has site
    address, fee*, a header that says what the record belongs to before its list."""

    def plain(clause: str) -> list[str]:
        match = _EACH_HEADER_CLAUSE.match(clause)
        if match is None:
            return [clause]
        more = match.group("more")
        if more and not is_past_participle(more.split()[0]):
            return [clause]
        subject = match.group("subject")
        said = f"{subject} is {match.group('pred')}" + (f" and is {more}" if more else "")
        return [said, f"{subject} has {match.group('list')}"]

    return per_clause(sentence, plain)


_BROKEN_INTO = re.compile(
    # *..., and it is broken into runs*: *the shed day*, as ``name_it`` has named it (a sentence
    # opening *the show is split into sections* tells of no record)
    r"(?:\b(?P<whole>(?:a|an|each|every|(?:(?<=;\s)|(?<=\band\s))the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?:is|gets)|"
    # *timesheets are made up of lines*: the plural, as the opening of a clause
    r"(?:^|(?<=;\s))(?:the\s+)?(?P<wholes>[a-z][\w\-]*s)\s+(?:are|get))\s+"
    r"(?:(?:broken(?:\s+down)?|split(?:\s+up)?|divided(?:\s+up)?|made\s+up)\s+(?:into|of)|"
    # *quotes are built from lines*, *a kit is composed of parts*: the parts, as with *made up of*
    r"(?:composed|comprised)\s+of|(?:built(?:\s+up)?|put\s+together)\s+from)\s+"
    r"(?P<many>several\s+|many\s+|multiple\s+)?"
    r"(?=(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten)\b)[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b)"
)


_PARTS_WITH = re.compile(
    # *lines, one per vessel, with ...*: each part is for one of another record
    r"(?P<parts>[a-z][\w\-]*)(?:,\s+one\s+(?:per|for\s+each)\s+(?P<per>[a-z][\w\-]*))?"
    r",?\s+(?:each\s+)?(?:with|giving|showing|listing|recording|stating)\s+"
)


_FROM_OUR_LIST = re.compile(
    r"\b(?P<one>one|a|an)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:from|off|on)\s+(?:our|the|my)\s+"
    r"(?:[a-z][\w\-]*\s+)?(?:list|range|catalogue|catalog|menu|stock|books)\b"
)


_HAS_THINGS_IN_IT = re.compile(
    r"\b(?P<has>has|have)\s+(?:then\s+)?(?P<things>[a-z][\w\-]*s)\s+(?:in|on)\s+(?:it|them)\b"
)
"""*every line then has bales in it*: several bales, each in one line (no count of them)."""


def has_things_in_it(sentence: str) -> str:
    """``every line then has bales in it``: *every line has several bales*."""

    def several(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(singular(things)):
            return match[0]
        return f"{match['has']} several {things}"

    return _HAS_THINGS_IN_IT.sub(several, sentence)


def broken_into(sentence: str) -> str:
    """``a quote is broken down into rooms (name, ...)``: *a quote has several rooms (...)*; ``one
    paint from our paint list, which has a brand``: *one paint, which has a brand*, and *picks
    several activities off our list*: *picks several activities*, the list being where the
    records are kept, not a record."""
    whole = _BROKEN_INTO.search(sentence)
    wholes = whole["wholes"] if whole else None
    if wholes is not None and (not is_plural(wholes) or not can_be_noun(singular(wholes))):
        whole = None  # "progress is made up of ...": no record counted
    if whole is not None:
        # the parts a whole is made of are records of their own, not a count of them, and
        # what follows *with* is each part's list, not the whole's
        named = f"each {singular(wholes)}" if wholes else whole["whole"]
        listed = _PARTS_WITH.match(sentence, whole.end())
        if listed is not None and not whole["many"] and is_plural(listed["parts"]):
            things = listed["parts"]
            per = listed["per"]
            # "lines, one per vessel, ...": each line is for one vessel
            each_for = (
                f"each {singular(things)} is for one {per}; "
                if per and can_be_noun(per) and not is_plural(per)
                else ""
            )
            sentence = (
                f"{sentence[: whole.start()]}{named} has several {things}; {each_for}"
                f"each {singular(things)} has {sentence[listed.end() :]}"
            )
        else:
            said = f"{named} has {whole['many'] or 'several '}"
            sentence = sentence[: whole.start()] + said + sentence[whole.end() :]

    def plain(match: re.Match[str]) -> str:
        last = match["thing"].split()[-1]
        if is_past_participle(last) or not can_be_noun(last):
            return match.group(0)  # "a leader picked from our guide list": a pick, read apart
        return f"{match['one']} {match['thing']}"

    return _MANY_FROM_OUR_LIST.sub(r"\g<things>", _FROM_OUR_LIST.sub(plain, sentence))


_MANY_FROM_OUR_LIST = re.compile(
    r"\b(?P<things>(?:several|many|some|multiple|a\s+few)\s+[a-z][\w\-]*s)\s+(?:from|off)\s+"
    r"(?:our|the|my)\s+(?:[a-z][\w\-]*\s+)?(?:list|range|catalogue|catalog|menu)\b"
)
"""*each visit picks several activities off our list*: several activities, kept on their own."""


_FOR_EACH_OF_THEIRS = re.compile(
    r"(?:^|(?<=,\s)|(?<=;\s)|(?<=\band\s))for\s+(?:each|every)\s+(?:one\s+)?of\s+(?:their|its|his|her)\s+"
    r"(?P<things>[a-z][\w\-]*s)\b(?=,?\s+(?:we|i)\s)"
)


def for_each_of_theirs(sentence: str) -> str:
    """``customers have a name, and for each of their appliances we keep the kind``: *...,
    and each appliance belongs to one customer; for each appliance we keep the kind*, the
    things of the record the clause before opened with."""

    def plain(match: re.Match[str]) -> str:
        thing = singular(match.group("things"))
        before = re.sub(r"(?:[,;]\s*)?(?:and\s+)?$", "", sentence[: match.start()])
        owner = record_before(before, len(before))
        if not owner or not can_be_noun(owner.split()[-1]):
            return f"for each {thing}"
        return f"each {thing} belongs to one {singular_phrase(owner)}; for each {thing}"

    return _FOR_EACH_OF_THEIRS.sub(plain, sentence)


_ONE_OF_THEIRS_KEEPS = re.compile(
    r"(?P<lead>,\s+(?:and|but|while)\s+|;\s+)(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+of\s+"
    r"(?:their|his|her)\s+(?P<theirs>[a-z][\w\-]*)\s+(?=(?:records|has|lists|notes|logs|keeps|holds|"
    r"shows|includes|gives|captures)\s)"
)


def one_of_theirs_keeps(sentence: str) -> str:
    """``for each customer we keep a name, and a survey of their home records the date``: *...;
    each survey belongs to one customer; a survey records the date*, a record of the one the
    clause before was about, in a clause of its own."""
    match = _ONE_OF_THEIRS_KEEPS.search(sentence)
    if match is None or is_plural(match.group("theirs")) or not can_be_noun(match.group("thing")):
        return sentence
    before = sentence[: match.start()]
    owner = record_before(before, len(before))
    if not owner or not can_be_noun(owner.split()[-1]):
        return sentence
    thing = match.group("thing")
    rest = sentence[match.end() :]
    return f"{before}; each {thing} belongs to one {singular_phrase(owner)}; a {thing} {rest}"


_ONE_DOING_MANY_WITH = re.compile(
    r"\b(?P<det>a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?P<doing>[a-z]+ing)\s+"
    r"(?:several|many|multiple)\s+(?P<things>[a-z][\w\-]*s)\s*,\s*with\s+(?P<list>[^;]+)$"
)


def one_doing_many_with(sentence: str) -> str:
    """``a grazier signs a grazing licence covering several fields, with a start date, ...``:
    *... signs a grazing licence; each grazing licence covers several fields; each grazing
    licence has a start date, ...*, the list of the record that does the covering."""
    match = _ONE_DOING_MANY_WITH.search(sentence)
    if match is None:
        return sentence
    lemma = verb_lemma(match.group("doing"))
    record = match.group("record")
    if lemma is None or not can_be_noun(record.split()[-1]):
        return sentence
    does = verb_form(lemma, "VBZ")
    return (
        f"{sentence[: match.start()]}{match.group('det')} {record}; each {record} {does} several"
        f" {match.group('things')}; each {record} has {match.group('list')}"
    )


_PLACED_THINGS_DONE = re.compile(
    r"(?P<lead>^|,\s*(?:and\s+)?|\band\s+)(?:the\s+)?(?P<things>[a-z][\w\-]*s)\s+"
    r"(?P<where>(?:in|on|at|for)\s+(?:each|every)\s+[a-z][\w\-]*)\s+(?P<done>(?:are|get)\s+[a-z]+ed)\s+"
    r"(?=with\s)"
)


def placed_things_done(sentence: str) -> str:
    """``the households in each zone are registered with an address``: *households are
    registered in each zone with an address*, the passive the readers of placed records know."""

    def moved(match: re.Match[str]) -> str:
        if not is_plural(match.group("things")) or not is_past_participle(
            match.group("done").split()[-1]
        ):
            return match.group(0)
        things, where, done = (match.group(g) for g in ("things", "where", "done"))
        return f"{match.group('lead')}{things} {done} {where} "

    return _PLACED_THINGS_DONE.sub(moved, sentence)
