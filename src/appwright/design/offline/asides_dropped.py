"""Asides that name no record or value, dropped.

- About the business: *which is madness with this many kids*, *we're a busy place with hot
  rooms, ..., so*, *and at the moment it all lives in a spreadsheet*, *people pay in bits, so*.
- In the middle of a list: a reason (*an extra charge per tier because some are premium, and
  ...*), one example (*a name such as Under 12s*) and where a record falls (*the section it
  falls under, junior or senior*).
- Around a record: examples of it (*the qualifications (C award, B award and so on) each have
  ...*), who did it before that one's list in brackets (*tech who dealt with it (name,
  phone)*), what one of ours does (*which of our booths is going out*) and where ours are
  kept (*which string they picked from our stock*).
"""

from __future__ import annotations

import re

from appwright.design.offline.asides_around_a_list import (
    without_asides_around_a_list,
    without_examples_before_each_with,
)
from appwright.design.offline.word_forms import (
    can_be_adjective,
    can_name_records,
    is_plural,
    plural,
    singular_phrase,
)

_WITH_THIS_MANY = re.compile(
    r",?\s+which\s+is\s+(?:[a-z]+\s+)?[a-z]+\s+with\s+(?:this|that|so)\s+many\s+[a-z][\w\-]*"
    r"(?=\s*(?:[,;.]|$))"
)


def without_this_many(sentence: str) -> str:
    """``..., which is madness with this many kids``: *...*; an aside on how many there are
    names no record."""
    return _WITH_THIS_MANY.sub("", sentence)


_WE_ARE_A_PLACE_WITH = re.compile(
    r"^we(?:'re|\s+are)\s+a\s+(?:[a-z]+\s+)?(?:place|venue|business|site|centre|center)\s+with\s+"
    r"[^;:]+?,?\s+so\s+(?=[a-z])"
)


def without_the_place_we_are(sentence: str) -> str:
    """``we're a busy place with hot rooms, ice-cold plunges and wet floors, so now and then
    ...``: *now and then ...*; what the place has, said of the business, is no record's list."""
    return _WE_ARE_A_PLACE_WITH.sub("", sentence)


_BECAUSE_IN_A_LIST = re.compile(
    r"(?<=[a-z])\s+because\s+(?!of\b)(?:[^,;:.()]|\([^()]*\))+"
    r"(?=,\s+(?:and\s+)?(?:a|an|the|their|its|whether|how|which)\s)"
)


def without_why_in_a_list(sentence: str) -> str:
    """``..., an extra charge per tier because some are premium (the pistachio, for example),
    and a tick for ...``: *..., an extra charge per tier, and a tick for ...*; why an item is
    kept is no item of the list that goes on after it."""
    # only inside a list already going ("then because of the rules each bag ..." is none)
    return _BECAUSE_IN_A_LIST.sub(
        lambda m: "" if ", " in m.string[: m.start()].rsplit(";", 1)[-1] else m[0], sentence
    )


_EXAMPLES_BEFORE_THE_VERB = re.compile(
    r"\s+\([^()]*?\b(?:and\s+so\s+on|etc\.?|and\s+the\s+like|and\s+others|"
    r"that\s+sort\s+of\s+thing)\)"
    r"(?=\s+(?:each\s+)?(?:have|has|are|is|get|gets|need|needs)\s|,\s+(?:because|as|since)\s"
    r"|,\s+(?:and\s+)?each\s+(?:one\s+)?(?:has|with)\s)"
)


def without_examples_before_the_verb(sentence: str) -> str:
    """``the qualifications they can earn (C award, B award and so on) each have a name and
    ...``: *the qualifications they can earn each have ...*; examples of the records are none
    of their values, and the list after them is still theirs; so are examples before a
    reason (*clubs also have teams (the under-12s, the vets and so on), because ...*)."""
    sentence = _EXAMPLES_BEFORE_THE_VERB.sub("", without_asides_around_a_list(sentence))
    return without_examples_before_each_with(sentence)


_ONE_EXAMPLE_IN_A_LIST = re.compile(
    r"(?<=\s)(?P<item>(?:a|an|the|its|their)\s+[a-z][\w\-]*)\s+(?:such\s+as|like|e\.g\.)\s+"
    r"(?:[^,;:()]*?\s)?[^,;:()\s]+(?=,\s+(?:and\s+)?(?:a|an|the|its|their)\s)"
)


def without_one_example_in_a_list(sentence: str) -> str:
    """``a name such as Under 12s, a minimum age, ...``: *a name, a minimum age, ...*; one
    example of an item's value is none of its values (several, *a type such as A, B or C*,
    are left to be read as values)."""

    def dropped(match: re.Match[str]) -> str:
        example = match[0][len(match["item"]) :]
        return match[0] if re.search(r"\s(?:or|and)\s", example) else match["item"]

    return _ONE_EXAMPLE_IN_A_LIST.sub(dropped, sentence)


_WHERE_IT_FALLS_THEN_VALUES = re.compile(
    r"\b(?P<item>the\s+[a-z][\w\-]*)\s+(?:it|they)\s+(?:falls?|sits?|belongs?|comes?|goes?|"
    r"is|are|plays?)\s+(?:under|in|into|to|on)"
    r"(?=,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*\s+or\s)"
)


def without_where_it_falls(sentence: str) -> str:
    """``the section it falls under, junior or senior``: *the section, junior or senior*; the
    item and its values, the clause between them no part of the name."""
    return _WHERE_IT_FALLS_THEN_VALUES.sub(r"\g<item>", sentence)


_WHO_DID_IT_THEN_BRACKETS = re.compile(
    r"(?P<one>(?:\b(?:a|an|the|one)\s+|(?<=->\s))[a-z][\w\-]*)\s+(?:who|that)\s+[a-z]+"
    r"(?:\s+(?:with|on|to|for|in|out|up|at))?\s+(?:it|them)(?=\s*\()"
)


def without_who_did_it(sentence: str) -> str:
    """``each breakdown -> tech who dealt with it (name, phone)``: *... tech (name, phone)*;
    who did it is the one linked, and the brackets are that one's list."""
    return _WHO_DID_IT_THEN_BRACKETS.sub(r"\g<one>", sentence)


_WHICH_OF_OURS_DOES_IT = re.compile(
    r"\bwhich\s+of\s+(?:our|the|their|my)\s+(?:(?:two|three|four|own)\s+)?"
    # "which of our drivers did it" is read as it is, a link to the one who did it
    r"(?P<records>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|was|were|goes|went|sent|made|"
    r"took|played|delivered|worked|drove|ran|led)\b"
    r"[^,;:()]*"
)


def without_which_of_ours_did_it(sentence: str) -> str:
    """``which of our booths is going out``: *which booth*; ``which of our timber suppliers
    sent it``: *which timber supplier*; the one of ours linked, what it does no part of it."""

    def which(match: re.Match[str]) -> str:
        records = match["records"]
        if not is_plural(records.split()[-1]) or not can_name_records(records.split()[-1]):
            return match[0]
        if re.match(r",\s+with\s+their\b", match.string[match.end() :]):
            return match[0]  # "which of our umpires took it, with their name": read as it is
        return f"which {singular_phrase(records)}"

    return _WHICH_OF_OURS_DOES_IT.sub(which, sentence)


_FROM_OUR_STOCK = re.compile(
    r"(?P<which>\bwhich\s+[a-z][\w\-]*\s+(?:they|we|the\s+[a-z]+)\s+(?:have\s+|had\s+)?"
    r"(?:picked|chose|chosen|selected|wanted|want|took|taken))\s+from\s+(?:our|the)\s+"
    r"(?:stock|range|list|catalogue|menu|shelves|shelf)\b"
)


def without_from_our_stock(sentence: str) -> str:
    """``which string they've picked from my stock``: *which string they have picked*; where
    the business keeps its own things is no record."""
    return _FROM_OUR_STOCK.sub(r"\g<which>", sentence)


_IT_ALL_LIVES_IN = re.compile(
    r",?\s+and\s+(?:at\s+the\s+moment\s+|right\s+now\s+|currently\s+|for\s+now\s+)?"
    r"(?:it\s+all|everything|all\s+of\s+it)\s+(?:lives|sits|is\s+kept|goes)\s+(?:in|on)\s+[^,;]+"
)
_PAY_IN_BITS = re.compile(
    r"^(?:people|customers|clients|they|members|parents)\s+(?:often\s+|usually\s+|sometimes\s+)?"
    r"pay\s+in\s+(?:bits|instalments|installments|parts|chunks|stages),\s+so\s+(?=[a-z])"
)
_SO_A_RECORD_NEEDS = re.compile(
    r",\s+so\s+(?=(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:needs|has|carries|holds)\s)"
)


def without_where_it_lives_now(sentence: str) -> str:
    """``..., and at the moment it all lives in a spreadsheet only my wife understands``:
    *...*; ``people pay in bits, so payments come in against ...``: *payments come in
    against ...*; ``we raise invoices, one for ..., so an invoice needs ...``: *...; an
    invoice needs ...*, the list a statement of its own."""
    sentence = _PAY_IN_BITS.sub("", _IT_ALL_LIVES_IN.sub("", sentence))

    def own_statement(match: re.Match[str]) -> str:
        # "we raise invoices, ..., so an invoice needs": the records the clause before made
        made = re.search(rf"\b{re.escape(plural(match['one']))}\b", sentence[: match.start()])
        return "; " if made else match[0]

    return _SO_A_RECORD_NEEDS.sub(own_statement, sentence)


_EXAMPLES_ENDING_A_LIST = re.compile(
    r"(?<=\s)(?P<item>(?:a|an|the|its|their)\s+(?P<noun>[a-z][\w\-]*)),?\s+(?:such\s+as|like)\s+"
    r"(?P<examples>[a-z0-9][\w\-']*(?:\s+[a-z0-9][\w\-']*){0,2}\s+or\s+[a-z0-9][\w\-']*"
    r"(?:\s+[a-z0-9][\w\-']*){0,2})"
    r"(?=\s*(?:;|$))"
)
_KIND_WORDS = frozenset(["type", "kind", "category", "class", "grade", "level", "size", "sort"])
_EXAMPLES_OF_THE_ONE_IT_BELONGS_TO = re.compile(
    r"\b(?P<head>(?:belongs?|belonging)\s+to\s+(?:a|an|one)\s+(?:[a-z][\w\-]*\s+)?"
    r"[a-z][\w\-]*),?\s+"
    r"(?:such\s+as|like|e\.g\.)\s+[^;,()]+?(?:,\s+[^;,()]+?)*\s+or\s+[^;,()]+?(?=\s*(?:;|$))"
)
"""*each line belongs to a produce group such as stone fruit or brassicas*: the groups named are
rows of it, no part of its name."""


def without_examples_ending_a_list(sentence: str) -> str:
    """``..., a start date and a theme such as pirate week or space week``: *..., a start
    date and a theme*; two examples that end a list are no values of its last item, unless
    that item is a kind (*a type such as hut or deckchair*: *a type (hut or deckchair)*);
    three or more (*a reason such as A, B or C*) are left to be read as values."""

    def dropped(match: re.Match[str]) -> str:
        if match["noun"] in _KIND_WORDS:
            return f"{match['item']} ({match['examples']})"
        return match["item"]

    sentence = _EXAMPLES_OF_THE_ONE_IT_BELONGS_TO.sub(r"\g<head>", sentence)
    return _EXAMPLES_ENDING_A_LIST.sub(dropped, sentence)


_WHERE_IT_IS_MARKED = re.compile(
    r"\b(?P<item>(?:a|an|the|its|their)\s+(?:[a-z][\w\-]*\s+)?(?:number|code|name|reference|"
    r"letter))"
    r"\s+(?:stencilled|stenciled|painted|printed|stamped|engraved|etched|written|marked|embossed|"
    r"sewn|stitched|carved|burnt|burned)\s+(?:on|onto|into|inside|under|in)\s+"
    r"(?:it|them|(?:the|its|their)\s+[a-z][\w\-]*)(?=\s*(?:[,;)]|\s+and\s|$))"
)


def without_where_it_is_marked(sentence: str) -> str:
    """``every chair has a number stencilled on the frame, ...``: *every chair has a number,
    ...*; where a number is painted is no part of its name."""
    return _WHERE_IT_IS_MARKED.sub(r"\g<item>", sentence)


_HOW_OFTEN_IT_IS_KEPT = re.compile(
    r"\b(?P<article>a|an|one)\s+(?:daily|weekly|monthly|nightly|yearly|annual|hourly)\s+"
    r"(?P<record>[a-z][\w\-]*\s+(?:log|register|record|sheet|diary|book|check|report|count|list|"
    r"return|inspection|reading))\s+(?=with\b|of\b|that\b|which\b|where\b|listing\b|noting\b)"
)


def without_how_often_it_is_kept(sentence: str) -> str:
    """``we keep a daily weather log with the date, ...``: *we keep a weather log with ...*;
    how often a log is kept is no part of its name."""

    def named(match: re.Match[str]) -> str:
        article = "an" if match["record"][0] in "aeiou" else "a"
        return f"{article} {match['record']} "

    return _HOW_OFTEN_IT_IS_KEPT.sub(named, sentence)


_WHOSE_IT_IS = re.compile(
    r"\b(?P<item>the\s+[a-z][\w\-]*)\s+(?:it|they|this|that)\s+(?:belongs|belong|is|are|came|comes|"
    r"come|arrived|arrives)(?:\s+(?:in|to|for|through|by|from|via|under|on)){1,2}(?=\s+\()"
)


def without_whose_it_is(sentence: str) -> str:
    """``we keep the customer it belongs to (name and phone), ...``: *we keep the customer
    (name and phone), ...*; the bracket after is that one's list (or values: *the channel it
    came through (hostelworld, ...)*)."""
    return _WHOSE_IT_IS.sub(r"\g<item>", sentence)


_ASIDE_BETWEEN_DASHES = re.compile(
    r"(?<=[a-z])\s+-\s+(?:we|i|they|these|those|there)\s[^-;:]+?\s+-\s+"
    r"(?=(?:has|have|is|are|gets|get|needs|need|comes|come)\s)"
)


def without_aside_between_dashes(sentence: str) -> str:
    """``each glass blank - we stock things like the iceberg and the star flame - has a name,
    ...``: *each glass blank has a name, ...*; what is said between dashes names no field."""
    return _ASIDE_BETWEEN_DASHES.sub(" ", sentence)


_THE_SECOND_KIND = re.compile(
    r"\b(?P<many>several|many|multiple|one\s+or\s+more)\s+(?P<kind>[a-z]+)\s+or\s+"
    r"(?P<other>[a-z]+)\s+"
    r"(?=[a-z][\w\-]*s\b)"
)


def without_the_second_kind(sentence: str) -> str:
    """``a child may have several medical or dietary needs, and ...``: *a child may have
    several medical needs, ...*; the record is named by its first kind."""

    def first(match: re.Match[str]) -> str:
        if not can_be_adjective(match["kind"]):
            return match[0]
        return f"{match['many']} {match['kind']} "

    return _THE_SECOND_KIND.sub(first, sentence)


_WHICH_ONE_IN_A_LIST = re.compile(
    r"(?<=,\s)(?P<item>the\s+[a-z][\w\-]*)\s+(?:that|who|which)(?:'s|\s+is|\s+are)\s+[a-z]+ing"
    r"(?=,\s)"
)


def without_which_one_in_a_list(sentence: str) -> str:
    """``a booking records the client, the venue, the act that's playing, the event date``:
    *..., the act, the event date*; which act it is names no value."""
    return _WHICH_ONE_IN_A_LIST.sub(lambda match: match["item"], sentence)


_FOR_THIS_BIT = re.compile(
    r"\bfor\s+(?:this|that|the)\s+(?:bit|part|side)(?:\s+of\s+(?:it|things|the\s+app))?,?\s+"
    r"(?=(?:the|our|we|i|each|every)\b)"
)


def without_for_this_bit(sentence: str) -> str:
    """``it belongs to the hire contract, and for this bit the contract only needs its contract
    number``: *..., and the contract only needs its contract number*; which part of the app the
    owner means names no record."""
    return _FOR_THIS_BIT.sub("", sentence)


_FOR_A_STRETCH_OF_TIME = re.compile(
    r"\s+for\s+a\s+(?:(?:stretch|period|spell|length)\s+of\s+time|while|spell)\b(?=\s+with\s)"
)


def without_for_a_stretch_of_time(sentence: str) -> str:
    """``students book a room for a stretch of time with a check-in date ...``: *students book
    a room with a check-in date ...*; the dates that follow say how long."""
    return _FOR_A_STRETCH_OF_TIME.sub("", sentence)


_SOME_NEED_SAY_SO = re.compile(
    r"^(?:then\s+)?(?:some|a\s+few|several|many|most)\s+[a-z][\w\-]*s\s+need\s+[^;,]+,\s+"
    r"[^;,]+?\s+(?:say|for\s+example|for\s+instance),\s+so\s+(?=(?:each|every)\s)"
)


def without_what_some_need(sentence: str) -> str:
    """``then some bags need parts ordered in, a new zip or a clasp say, so each bag can have
    several part orders with ...``: *each bag can have several part orders with ...*; what some
    need, and examples of it, name no field."""
    return _SOME_NEED_SAY_SO.sub("", sentence)


_DONE_TO_EACH_BEFORE_THE_VERB = re.compile(
    r"\b(?P<each>(?:each|every)\s+[a-z][\w\-]*)\s+[a-z]+ed\s+(?:in|out|off|up|back)"
    r"(?=\s+(?:is|are|gets|get)\s)"
)


def without_what_was_done_to_each(sentence: str) -> str:
    """``each fish weighed in is logged against an angler and ...``: *each fish is logged
    against ...*; what was done to each one names no record."""
    return _DONE_TO_EACH_BEFORE_THE_VERB.sub(r"\g<each>", sentence)


_THE_ONES_TO_BE_DONE = re.compile(
    r"^(?P<ones>(?:the|our|all\s+the)\s+[a-z][\w\-]*s)\s+to\s+be\s+[a-z]+(?:ed|en|t|n)\s+"
    r"(?=(?:belong|are|have|each|get|go|come)\b)"
)


def without_what_they_are_to_be(sentence: str) -> str:
    """``the parts to be cast belong to a show, each with a character name, ...``: *the parts
    belong to a show, ...*; what is still to be done to them names no record."""
    return _THE_ONES_TO_BE_DONE.sub(r"\g<ones> ", sentence)


_WHAT_WE_ARE_AFTER_IS = re.compile(
    r"^what\s+(?:i|we)\s+(?:am|are)\s+(?:really\s+)?after\s+is\s+(?=a\s+record\s+for\s)"
)


def without_what_we_are_after(sentence: str) -> str:
    """``what i am after is a record for each jacket: ...``: *we want a record for each jacket:
    ...*, as the readers of what is wanted say it (a list, *a list of our props, each with
    ...*, is read well as it is)."""
    return _WHAT_WE_ARE_AFTER_IS.sub("we want ", sentence)
