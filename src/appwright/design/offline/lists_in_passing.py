"""A record's list named in passing: *collects photos from students, each with a name*, *a
publication is just a title and a cover price*, *each order is made of lines that name a product*,
*a customer (we only need their name, phone and email)*, *for the dogs it's the name and breed*.

Each is rewritten into *X has A, B and C* or *X has several Y with A and B*.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.clause_rewrites import per_match
from appwright.design.offline.phrase_patterns import NOUN_PATTERN, trailing_list_clauses
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_plural,
    plural,
    singular,
    singular_phrase,
)

_FROM_THEM_EACH_WITH = re.compile(
    r"\b(?P<prep>from|in|on|at|across|over|through|to)\s+"
    r"(?P<who>(?:(?P<many>several|many|multiple|some)\s+|our\s+|the\s+)?[a-z][\w\-]*s),\s+"
    r"each\s+with\s+"
    r"(?P<det>(?:a|an|the|their|its)\s)"
)


def from_them_each_with(sentence: str) -> str:
    """``collects photos from students, each with a name and a grade``: *from students, who
    each have a name and a grade*; the *each* is the people it was taken from, as *runs in
    several issues, each with its publication date* is the issues': *which each have the
    publication date*. (*split into plots, each with ...* is read where parts are.)"""

    def relative(m: re.Match[str]) -> str:
        if not is_plural(m["who"].split()[-1]):
            return m[0]
        if m["prep"] == "from":
            return f"from {m['who']}, who each have {m['det']}"
        if not m["many"]:
            return m[0]  # "the contest runs in rounds, each with ...": read where rounds are
        det = "the " if m["det"].strip() in ("its", "their") else m["det"]
        return f"{m['prep']} {m['who']}, which each have {det}"

    return _FROM_THEM_EACH_WITH.sub(relative, sentence)


_IS_JUST_A_LIST = re.compile(
    r"^(?P<np>(?:a|an|each|every|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:really\s+)?"
    r"(?:just|only|simply)\s+(?P<list>(?:a|an|the|its)\s+[^;]+(?:,|\sand\s)[^;]+)$"
)


def is_just_a_list(sentence: str) -> str:
    """``a publication is just a title, a cover price and the days it comes out``: *a
    publication has ...*; what a record *is just* is what it holds."""

    return per_match(sentence, _IS_JUST_A_LIST, lambda m: [f"{m['np']} has {m['list']}"])


_IS_JUST_ONES_LISTED = re.compile(
    r"^(?:(?:a|an|each|every|the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:itself\s+)?is\s+"
    r"(?:really\s+|basically\s+|mostly\s+)*(?:just|only|simply)\s+(?P<ones>[a-z][\w\-]*s)\s*:\s*"
    r"(?P<list>\S[^;]*)$"
)


def is_just_ones_listed(sentence: str) -> str:
    """``the rota itself is really just duties: a date, which flight, which volunteer``:
    *duties: ...*; what a thing is made of, listed, is a record of its own (the rota is the
    duties kept)."""
    match = _IS_JUST_ONES_LISTED.match(sentence)
    if match is None or not is_plural(match["ones"]) or not can_be_noun(singular(match["ones"])):
        return sentence
    return f"{match['ones']}: {match['list']}"


_FOR_EACH_THEN_EACH_ONE = re.compile(
    r"^(?P<first>for\s+(?:each|every)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:we|i)\s+[^;]+?),\s+and\s+(?:each|every)\s+one\s+(?P<rest>(?:is|has|gets|belongs|"
    r"can|must|should|goes|moves)\b[^;]*)$"
)


def for_each_then_each_one(sentence: str) -> str:
    """``for each defibrillator we record a serial number, and each one is looked after by a
    guardian``: *...; each defibrillator is looked after by a guardian*."""
    match = _FOR_EACH_THEN_EACH_ONE.match(sentence)
    if match is None:
        return sentence
    return f"{match['first']}; each {match['np']} {match['rest']}"


_DOING_GIVES_MANY = re.compile(
    r"^(?:(?:(?:each|every)\s+time|when)\s+(?:we|i)\s+[a-z]+|[a-z]+ing)\s+(?:a|an|each|every|the|one)\s+"
    r"(?P<whole>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:gives|produces|yields|makes|creates|"
    r"results\s+in|turns\s+out|gives\s+us|we\s+get)\s+"
    r"(?P<many>(?:several|many|multiple|one\s+or\s+more)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+with\s+.+)$"
)


def doing_gives_many(sentence: str) -> str:
    """``sawing a log gives several board batches with a thickness``: *each log has several
    board batches with a thickness*; what working on a record yields is its own."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["whole"].split()[-1] in FUNCTION_WORDS:
            return None
        return [f"each {match['whole']} has {match['many']}"]

    return per_match(sentence, _DOING_GIVES_MANY, plain)


_LISTS_THE_THINGS_DONE = re.compile(
    r"^(?:on|for|at|after)\s+(?:every|each)\s+(?P<whole>[a-z][\w\-]*)\s+(?:the\s+[a-z][\w\-]*|we|i|they)\s+"
    r"(?:lists?|records?|logs?|notes?|writes?\s+down)\s+(?:the|all\s+the|each\s+of\s+the)\s+"
    r"(?P<things>[a-z][\w\-]*s)\s+(?:they|we|it|he|she)\s+[a-z]+(?:\s+(?:on|in|with|for|at|to))?\s*:\s+"
    r"(?P<list>[^;]+)$"
)


_EACH_LISTS_THE_THINGS_DONE = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:each|every|a|an)\s+(?P<whole>[a-z][\w\-]*)\s+"
    r"(?:lists|records|logs|notes|holds|shows)\s+"
    r"(?:the|all\s+the|each\s+of\s+the)\s+(?P<things>[a-z][\w\-]*s)"
    r"(?:\s+(?:they|we|i)\s+[a-z]+(?:\s+(?:on|in|with|for|at|to))?)?\s*(?:\s-|:)\s+"
    r"(?P<list>[^;]+?)(?:\s+-\s+(?:plus|and\s+also|and|as\s+well\s+as)\s+(?P<rest>[^;]+))?$"
)


def lists_the_things_done(sentence: str) -> str:
    """``on every job the crew lists the trees they worked on: species, height and ...``:
    *each job has several trees; each tree has species, height and ...*; so does ``each quote
    lists the windows we measured - room, width and ... - plus a total price``, whose words
    after the second dash are the quote's own."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if not is_plural(match["things"]) or match["things"] in FUNCTION_WORDS:
            return None
        if re.search(r"\bor\b", outside_brackets(match["list"])):
            return None  # "lists the extras - gutter, fascia or soffit": which of them
        thing = singular(match["things"])
        rest = match.groupdict().get("rest")
        return [
            f"each {match['whole']} has several {match['things']}",
            f"each {thing} has {match['list']}",
            *([f"each {match['whole']} has {rest}"] if rest else []),
        ]

    sentence = per_match(sentence, _LISTS_THE_THINGS_DONE, plain)
    # the dashes would part the clauses: the whole sentence is read
    dashed = _EACH_LISTS_THE_THINGS_DONE.search(sentence)
    made = plain(dashed) if dashed else None
    if dashed is None or made is None:
        return sentence
    lead = "; " if dashed["lead"] else ""
    return sentence[: dashed.start()] + lead + "; ".join(made)


_COME_IN_FOR_WITH = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+(?:come|comes|arrive|arrives|are\s+placed|get\s+placed|are\s+booked)"
    r"(?:\s+in)?\s+for\s+(?:a|an|one)\s+(?P<whom>[a-z][\w\-]*)\s+with\s+(?P<list>[^;]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:they|it)\s+[^;]+))?$"
)


def come_in_for_with(sentence: str) -> str:
    """``orders come in for a customer with the litres wanted and a delivery date, and they go
    from ordered to ...``: *each order belongs to one customer; each order has ...; orders go
    from ...*."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["things"] == f"{match['whom']}s":
            return None
        thing, things = singular(match["things"]), match["things"]
        rest = [re.sub(r"^(?:they|it)\b", things, match["rest"])] if match["rest"] else []
        return [
            f"each {thing} belongs to one {match['whom']}",
            f"each {thing} has {match['list']}",
            *rest,
        ]

    return per_match(sentence, _COME_IN_FOR_WITH, plain)


_BOUGHT_IN_UNITS = re.compile(
    r"^(?:we|i)\s+(?:buy|get|keep|order|stock|store|hold|receive)\s+(?:our\s+|the\s+)?"
    r"(?P<stuff>[a-z][\w\-]*)\s+in\s+(?P<units>rolls|reels|boxes|packs|bags|sheets|tins|bottles|"
    r"cases|crates|tubs|sacks|drums|cans|bales|pallets|jars|cartons|barrels|kegs|skeins|spools)\s+"
    r"(?P<with>with|that\s+have|which\s+have)\s+(?P<rest>.+)$"
)


def bought_in_units(sentence: str) -> str:
    """``we buy vinyl in rolls with a colour, a width and the metres left``: *each vinyl roll
    has a colour, ...*; what the stock is kept by is the record, named by both."""

    return per_match(
        sentence,
        _BOUGHT_IN_UNITS,
        lambda m: [f"each {m['stuff']} {singular(m['units'])} has {m['rest']}"],
    )


_STOCK_HEADER = re.compile(
    r"^(?P<thing>[a-z][\w\-]*)\s+(?:stock|inventory)\s*:\s*"
    r"(?:(?P<item>[a-z][\w\-]*)(?=\s+(?:no\b|number\b|code\b|ref\b)))?"
)


def stock_header(sentence: str) -> str:
    """``glass stock: part no., description, qty in stock``: *glass parts: part no., ...*;
    the stock is kept as its items, named by what numbers them."""

    def items(match: re.Match[str]) -> str:
        item = match["item"]
        if item and item != match["thing"]:
            return f"{match['thing']} {plural(item)}: {item}"
        return f"{plural(match['thing'])}: {item or ''}"

    return _STOCK_HEADER.sub(items, sentence, count=1)


_FOR_THEM_IT_IS = re.compile(
    rf"^for\s+(?:the\s+|each\s+|every\s+|our\s+)?(?P<np>{NOUN_PATTERN})\s*,?\s+it\s+is\s+"
    r"(?:just\s+|simply\s+|basically\s+|usually\s+)?(?P<listed>.+)$"
)


def for_them_it_is(sentence: str) -> str:
    """``for the dogs it's the name, the breed and any allergies``: *for each dog we keep the
    name, ...*; what is kept for each of them, said as what *it* is."""

    return per_match(
        sentence,
        _FOR_THEM_IT_IS,
        lambda m: [f"for each {singular_phrase(m['np'])} we keep {m['listed']}"],
    )


_KINDS_THEN_EACH = re.compile(
    r"^(?:we|i)\s+(?:have|have\s+got|stock|keep|hire\s+out|rent\s+out|lend\s+out)\s+"
    r"(?P<kinds>[a-z][\w\-]*s(?:,\s+[a-z][\w\-]*s)*,?\s+and\s+[a-z][\w\-]*s),\s+and\s+"
    r"(?P<rest>(?:every|each)\s+[a-z][\w\-]*\s+.+)$"
)


def kinds_then_each(sentence: str) -> str:
    """``we've got harnesses, shoes and helmets, and every item has a code``: *every item has
    a code*; the things listed first are the kinds of the record said next."""
    match = _KINDS_THEN_EACH.match(sentence)
    return match["rest"] if match else sentence


_MADE_OF = re.compile(
    r"\b(?P<be>is|are)\s+made\s+of\s+(?=(?P<noun>[a-z][\w\-]*)\b(?:\s+(?P<second>[a-z][\w\-]*)\b)?)"
)


_THAT_NAME = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:that|which)\s+(?:name|list|give|state|say|show|specify)\s+"
    r"(?=(?:a|an|the|its|their)\s)"
)


def made_of_parts(sentence: str) -> str:
    """``each order is made of lines that name a product and a quantity``: *is made up of
    lines with a product and a quantity*; a record made of many others holds them, and what
    each part names is its list. A material (*made of oak*, *made of glass*) stays."""
    sentence = _MADE_OF.sub(
        lambda m: (
            f"{m['be']} made up of "
            if is_plural(m["noun"]) or (m["second"] and is_plural(m["second"]))
            else m[0]
        ),
        sentence,
    )
    return _THAT_NAME.sub(lambda m: f"{m['things']} with ", sentence)


_OWN_RECORD = re.compile(
    r"(?:^|(?<=[;,:\-]\s))(?:that's|that is|it's|it is|which is|those are|they are)\s+"
    r"(?:its|their)\s+own\s+(?:record|records|thing|entry|entries)"
    r"(?:\s+(?:on|against|for|under|attached\s+to)\s+(?P<on>(?:the|a|an|each|every)\s+[a-z][\w\-]*))?"
    r"(?P<rest>\s*(?:,|;|$).*)$"
)


_NAMED_THING = re.compile(
    r"\b(?:a|an|the|one)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?=[;,]?\s*$)"
)


def own_record(sentence: str) -> str:
    """``we need a council permit; that's its own record on the order, with a permit
    number``: *a council permit belongs to the order; a council permit has a permit number*.
    The record is the thing named just before, not a *record*."""
    match = _OWN_RECORD.search(sentence)
    if match is None:
        return sentence
    before = sentence[: match.start()]
    named = _NAMED_THING.search(before.rstrip(" ,;:-"))
    if named is None:
        return sentence
    thing = f"a {named.group('np')}"
    plain = [before.rstrip(" ,;:-")]
    if match.group("on"):
        plain.append(f"{thing} belongs to {match.group('on')}")
    plain.extend(trailing_list_clauses(thing, match.group("rest")))
    return "; ".join(plain)


_BRACKETED_CLAUSE = re.compile(
    r"\s*\((?P<clause>(?:(?:the\s+|our\s+)?[a-z][\w\-]*s(?:\s+(?:just|only|each|all))?\s+"
    r"(?:have|carry|hold|need|(?P<with>with))"
    # "(every source has a type, a title and ...)": one said of each
    r"|(?:each|every|a|an)\s+[a-z][\w\-]*\s+(?:has|carries|holds|needs))\s+[^()]+)\)"
)


_LIST_GOES_ON = re.compile(r"\s+(?:and|or)\s+(?:a|an|the|one|its|their|which|whether|how)\s")


def aside_in_a_list(sentence: str) -> str:
    """``each session has a date, the pool (pools have a name and an address) and one
    instructor``: the bracket told after the list it interrupts, so neither runs into the
    other."""
    aside = _BRACKETED_CLAUSE.search(sentence)
    if aside is None or not _LIST_GOES_ON.match(sentence[aside.end() :]):
        return sentence
    return f"{sentence[: aside.start()]}{sentence[aside.end() :]}; {aside['clause']}"


def bracketed_clause(sentence: str) -> str:
    """``a start time in a bay (bays just have a number)``: the bracket is a clause of its own
    about the bays. Where the bracket does not end a clause, ``assigned to a crew (crews have a
    name) and move from ...`` goes on about what was assigned; a bracket said of one (*a van
    has ...*) is then told after the sentence."""
    aside = _BRACKETED_CLAUSE.search(sentence)
    if aside is None:
        return sentence
    clause = aside.group("clause")
    if not re.match(r"\s*(?:[,;:]|$)", sentence[aside.end() :]):
        # "we send one van per move (a van has a registration, ...) and a crew of porters":
        # the sentence goes on; the bracket, a clause said of one, is told after it
        if not re.match(r"(?:a|an|each|every)\s", clause):
            return aside_in_a_list(sentence)
        return f"{sentence[: aside.start()]}{sentence[aside.end() :]}; {clause}"
    if aside.group("with"):
        # "(breeders with a name and phone)": what the breeders have
        clause = re.sub(r"\s+with\s+", " have ", clause, count=1)
    before, after = sentence[: aside.start()], sentence[aside.end() :]
    if re.match(r"\s*,\s*(?:and\s+)?(?:it|they)\s|\s*;\s+(?:her|his|its)\s|\s*:", after):
        return f"{before}{after}; {clause}"  # "..., and it lives", "...; her", "x (...): list"
    return f"{before}; {clause}{after}"


_KEPT_IN_BRACKETS = re.compile(
    r"\((?:(?:(?:we|i)\s+(?:only\s+|just\s+|also\s+|always\s+)?"
    r"(?:keep|need|take|record|store|note|log|want|get|collect|ask for|write down|jot down|"
    r"take down|have)"
    # "(all i need is their name, phone and email)": all we need is what we need
    r"|all\s+(?:we|i)\s+(?:need|want|keep|take)\s+is)"
    r"\s+(?:(?:their|his|her|its)\s+|the\s+[a-z][\w\-]*'s\s+(?P<whose>))?"
    r"|(?:a|an)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s+with\s+)"
    r"(?P<list>[^()]+?)(?:\s+(?:for|on|about)\s+(?:each|every one|each one|them|it)\b[^()]*)?\)"
)


_ENOUGH_IN_BRACKETS = re.compile(
    r"\((?:just\s+|only\s+)?(?P<list>(?!for\s)[^()]+?(?:,|\s+and\s+)[^()]+?)\s+(?:is|are|will\s+do|would\s+do)\s+"
    r"(?:plenty|enough|fine|all\s+we\s+need)(?:\s+really)?\s*\)"
)
"""``the passengers (name and seat number is plenty)``: what is enough of them is their list."""


_BRACKET_AGAIN = re.compile(r"\(\s*(?:again|as before|likewise|same again|also)\s*,\s*(?=[^()]+\))")


def kept_in_brackets(sentence: str) -> str:
    """``a customer (we only need their name, phone and email)``, ``a guardian (a local
    volunteer with a name and phone)``, ``fitters (we keep a name and mobile for each)``: the
    bracket lists the fields of the noun before it, as ``a customer (name, phone, email)``;
    ``(again, just a name)`` is ``(just a name)``, the *again* no field; ``(name and seat
    number is plenty)`` is ``(name and seat number)``."""
    sentence = _ENOUGH_IN_BRACKETS.sub(r"(\g<list>)", _BRACKET_AGAIN.sub("(", sentence))
    return _KEPT_IN_BRACKETS.sub(
        lambda match: (
            f"({match.group('list')})"
            # one item is a field where it is said whose (*we only need the driver's name*)
            if "," in match.group("list")
            or " and " in match.group("list")
            or match.group("whose") is not None
            else match.group(0)
        ),
        sentence,
    )
