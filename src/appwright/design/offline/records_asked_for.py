"""Records asked for or brought in by name, then told by the list each keeps.

- *what we are after is a proper buy-in record: when someone sells to us we note the date, ...*:
  each buy-in has that list; the moment it is noted at is no record of its own;
- *sellers come back, so keep them on file with their name, ...*: the sellers, kept on file
  with that list; *them* is the plural the sentence opens with;
- *we need to keep the drop points themselves: ...*, *we need a record of every bottle we own -
  each one has ...*, *then there are shifts: ...*: what is needed is what is kept;
- *then each record in the box goes on its own line with ...*: the line is the record;
- *volunteers with a name and phone number help out, several at each evening*, *at most stops
  there are regular customers ..., and for them we keep ...*: their lists, and where they are;
- *when we place a purchase order it goes to one distributor and gets a reference, ...*: the
  order placed, the one it goes to's;
- *downloads get logged too: ...*: what is logged, with that list;
- *we keep a note of the customer, only their name, ..., and then for each commission ...*: two
  lists, each its record's;
- *each month we choose a colourway, recording ...*: what is chosen;
- *every site is covered by a contract with a start date, ...*: the contract's list, the
  contract the site's;
- *the examiner's sheet lists the faults, and we enter each one with its severity ...*: each
  fault's list;
- *order lines say which fish type, how many boxes, ...*: what each line keeps.

`TOLD_WITH_WHAT_WE_DO` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import (
    each_of_them_has,
    owned_if_named,
    statement_by_statement,
)
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    is_plural,
    phrase_can_name_records,
    plural,
    singular_phrase,
)

_A_RECORD_ASKED_FOR = re.compile(
    r"^(?:what\s+(?:we|i)\s+(?:am|are)\s+after|what\s+(?:we|i)\s+(?:want|need)|(?:we|i)\s+"
    r"(?:want|need|would\s+like))\s+(?:is\s+)?(?:a|an)\s+(?:proper\s+|simple\s+|single\s+)?"
    rf"(?P<record>{NOUN_PATTERN}?)\s+(?:record|log|entry|sheet):\s+(?:when|whenever|each\s+time|"
    r"every\s+time|any\s+time)\s+[^,:;]+?\s+(?:we|i)\s+(?:would\s+)?"
    r"(?:note|record|log|write\s+down|take|"
    r"keep|jot\s+down|put\s+down)\s+(?P<listed>(?:a|an|the|their|its|whether)\s[^;:]+)$"
)


@statement_by_statement
def record_asked_for(sentence: str) -> str:
    """``what we are after is a proper buy-in record: when someone sells to us we note the
    date, ...``: *each buy-in has the date, ...*."""
    match = _A_RECORD_ASKED_FOR.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_SO_KEEP_THEM = re.compile(
    r"^(?P<many>[a-z][\w\-]*s)\s+(?!are\b|were\b|have\b)[^,;:]+,\s+so\s+(?:please\s+)?"
    r"(?:we\s+)?(?:keep|hold|store)\s+them\s+(?:on\s+file|on\s+record|on\s+the\s+system)\s+"
    r"with\s+(?P<rest>(?:a|an|the|their|its)\s.+)$"
)


@statement_by_statement
def so_keep_them_with(sentence: str) -> str:
    """``sellers come back, so keep them on file with their name, address and phone number``:
    *we keep sellers on file with their name, ...*."""
    match = _SO_KEEP_THEM.match(sentence)
    if match is None or not is_plural(match["many"]):
        return sentence
    if not phrase_can_name_records(match["many"]):
        return sentence
    return f"we keep {match['many']} on file with {match['rest']}"


_ON_ITS_OWN_LINE = re.compile(
    rf"^(?:then\s+)?(?:each|every)\s+(?P<thing>{NOUN_PATTERN}?)\s+(?:in|from|on)\s+(?:the|that|"
    rf"this|a)\s+{NOUN_PATTERN}?\s+(?:goes|is\s+put|is\s+written)\s+on\s+(?:its|a)\s+own\s+"
    r"line,?\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;:]+)$"
)


@statement_by_statement
def on_its_own_line(sentence: str) -> str:
    """``then each record in the box goes on its own line with the artist, title and ...``:
    *each line has the artist, title and ...*; the line is the record kept, the thing on it is
    what its list says."""
    match = _ON_ITS_OWN_LINE.match(sentence)
    if match is None or not phrase_can_name_records(match["thing"]):
        return sentence
    return f"each line has {match['listed']}"


_NEED_TO_KEEP_THEM = re.compile(
    r"^(?:we|i)\s+(?:also\s+)?(?:need|want|have|would\s+like)\s+to\s+(?:keep|store|hold|track|"
    rf"record)\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?P<records>{NOUN_PATTERN}?)"
    r"(?:\s+themselves)?:\s+"
)


@statement_by_statement
def need_to_keep_them(sentence: str) -> str:
    """``we need to keep the drop points themselves: name, address, ...``: *we keep the drop
    points: name, address, ...*; what is needed is what is kept."""
    match = _NEED_TO_KEEP_THEM.match(sentence)
    if match is None or not is_plural(match["records"].split()[-1]):
        return sentence
    if not phrase_can_name_records(match["records"]):
        return sentence
    return f"we keep the {match['records']}: {sentence[match.end() :]}"


_A_RECORD_OF_EACH_THEN_EACH_ONE = re.compile(
    r"^(?:we|i)\s+(?:need|want|keep)\s+(?:a|an)\s+(?:record|list|register|log)\s+of\s+"
    rf"(?:each|every|all)\s+(?P<record>{NOUN_PATTERN}?)(?:\s+(?:we|i)\s+(?:own|have|keep|run))?"
    r"\s*(?:-|:|,)\s+each\s+one\s+(?P<rest>(?:has|gets|carries)\s[^;:]+)$"
)


@statement_by_statement
def a_record_of_each_then_each_one(sentence: str) -> str:
    """``we need a record of every bottle we own - each one has a number, ...``: *each bottle
    has a number, ...*."""
    match = _A_RECORD_OF_EACH_THEN_EACH_ONE.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} {match['rest']}"


_THERE_ARE_THESE = re.compile(
    r"^(?:then\s+|and\s+|next\s+)?there\s+(?:are|is)\s+(?:also\s+)?"
    # "then there are the rounds: a round has ...": a clause of its own follows, read as it is
    rf"(?!the\s)(?P<many>{NOUN_PATTERN}?):\s+(?!(?:a|an|each|every)\s+[a-z][\w\-]*\s+(?:has|is)\b)"
    r"(?P<listed>[^;:]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:each|every)\s+(?P<each>[a-z][\w\-]*)\s+[^;:]+))?$"
)


@statement_by_statement
def there_are_these(sentence: str) -> str:
    """``then there are shifts: a date, a start time, ..., and each shift is given to one
    staff member``: *each shift has a date, a start time, ...; each shift is given to one staff
    member*."""
    match = _THERE_ARE_THESE.match(sentence)
    if match is None or not is_plural(match["many"].split()[-1]):
        return sentence
    one = singular_phrase(match["many"])
    if not phrase_can_name_records(one):
        return sentence
    if match["rest"] and match["each"] != one.split()[-1]:
        return sentence
    rest = f"; {match['rest']}" if match["rest"] else ""
    return f"each {one} has {match['listed']}{rest}"


_ONES_WITH_A_LIST_WHO_HELP = re.compile(
    r"^(?P<many>[a-z][\w\-]*s)\s+with\s+(?P<listed>(?:a|an|the|their)\s[^;:,]+?)\s+"
    r"(?:help\s+out|help|volunteer|come\s+along|turn\s+up|chip\s+in)"
    r"(?:,\s+several\s+at\s+(?:each|every)\s+(?P<at>[a-z][\w\-]*))?"
    r"(?:,?\s+and\s+(?:most|many|all|some)\s+of\s+them\s+(?P<rest>[^;:]+))?$"
)


@statement_by_statement
def ones_with_a_list_who_help(sentence: str) -> str:
    """``volunteers with a name and phone number help out, several at each evening``: *each
    volunteer has a name and phone number*; how many come is what links them."""
    match = _ONES_WITH_A_LIST_WHO_HELP.match(sentence)
    one = singular_phrase(match["many"]) if match else None
    if match is None or one is None or one == match["many"] or not phrase_can_name_records(one):
        return sentence
    rest = f"; {match['many']} {match['rest']}" if match["rest"] else ""
    if match["at"] and phrase_can_name_records(match["at"]):
        # "several at each evening, and most of them come to lots of evenings": many of each
        at = match["at"]
        rest = (
            f"; a {one} can come to many {plural(at)} and a {at} can have several {match['many']}"
        )
    return f"each {one} has {match['listed']}{rest}"


_AT_EACH_THERE_ARE = re.compile(
    r"^at\s+(?:most|many|some|each|every|all|the)\s+(?P<where>[a-z][\w\-]*)\s+there\s+(?:are|is)\s+"
    rf"(?P<many>{NOUN_PATTERN}?)(?:\s+who\s+[^,;:]+)?,\s+and\s+for\s+(?:them|each)\s+(?:we|i)\s+"
    r"(?:would\s+)?(?:keep|note|record|want|need|log)\s+(?P<listed>(?:a|an|the|their)\s[^;:]+?)"
    r"(?:,\s+because\s+[^;:]+)?$"
)


@statement_by_statement
def at_each_there_are(sentence: str) -> str:
    """``at most stops there are regular customers who come out to the van, and for them we
    keep a name, ...``: *each regular customer belongs to one stop; each regular customer has a
    name, ...*."""
    match = _AT_EACH_THERE_ARE.match(sentence)
    if match is None or not is_plural(match["many"].split()[-1]):
        return sentence
    one, where = singular_phrase(match["many"]), singular_phrase(match["where"])
    return owned_if_named(one, (where,), match["listed"], sentence)


_WHEN_WE_PLACE_ONE = re.compile(
    r"^when\s+(?:we|i)\s+(?:place|raise|open|make|take|log|create|send)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?),?\s+it\s+(?:goes|is\s+sent|is\s+made\s+out)\s+to\s+one\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+and\s+(?:gets|has|carries)\s+"
    r"(?P<listed>(?:a|an|the|its)\s[^;:]+)$"
)


@statement_by_statement
def when_we_place_one(sentence: str) -> str:
    """``when we place a purchase order it goes to one distributor and gets a reference, the
    date we ordered and ...``: *each purchase order belongs to one distributor; each purchase
    order has a reference, ...*."""
    match = _WHEN_WE_PLACE_ONE.match(sentence)
    if match is None:
        return sentence
    return owned_if_named(match["record"], (match["one"],), match["listed"], sentence)


_THEY_GET_LOGGED_TOO = re.compile(
    rf"^(?:and\s+)?(?P<things>{NOUN_PATTERN}?)\s+(?:get|are)\s+"
    r"(?:logged|recorded|noted|tracked|kept)"
    r"(?:\s+too|\s+as\s+well)?:\s+(?!(?:each|every|a|an)\s)(?P<listed>[a-z][^;:]+)$"
)
"""*downloads get logged too: the date, ...*; a list that opens with its own record (*cleans are
logged: each clean has ...*) is read as it is said."""


@statement_by_statement
def they_get_logged_too(sentence: str) -> str:
    """``downloads get logged too: the date, the email address of whoever downloaded, ...``:
    *each download has the date, ...*; what is logged is a record of its own."""
    match = _THEY_GET_LOGGED_TOO.match(sentence)
    if match is None:
        return sentence
    return each_of_them_has(match["things"], match["listed"], sentence)


_A_NOTE_OF_ONE_THEN_FOR_EACH = re.compile(
    r"^(?:we|i)\s+(?:need\s+to\s+|want\s+to\s+|would\s+)?(?:keep|take|make)\s+a\s+"
    r"(?:note|record)\s+"
    rf"of\s+the\s+(?P<one>{NOUN_PATTERN}?),\s+(?:really\s+|just\s+)?only\s+(?:their|its|his|her)\s+"
    rf"(?P<theirs>[^;:]+?),\s+and\s+(?:then\s+)?for\s+each\s+(?P<record>{NOUN_PATTERN}?)\s+"
    r"(?P<listed>[a-z][^;:]+)$"
)


@statement_by_statement
def a_note_of_one_then_for_each(sentence: str) -> str:
    """``we need to keep a note of the customer, only their name, phone and email, and then for
    each commission what the item is, the size, ...``: *each customer has name, phone and
    email; each commission has what the item is, the size, ...*."""
    match = _A_NOTE_OF_ONE_THEN_FOR_EACH.match(sentence)
    if match is None:
        return sentence
    one, record = match["one"], match["record"]
    if not (phrase_can_name_records(one) and phrase_can_name_records(record)):
        return sentence
    return f"each {one} has {match['theirs']}; each {record} has {match['listed']}"


_WE_CHOOSE_ONE_RECORDING = re.compile(
    r"^(?:(?:each|every|once\s+a)\s+[a-z]+,?\s+)?(?:we|i)\s+(?:choose|pick|select|plan)\s+"
    r"(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?),\s+(?:recording|noting|logging)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;:]+?)(?P<rest>,\s+and\s+(?:we|i)\s+[^;:]+)?$"
)


@statement_by_statement
def chosen_recording(sentence: str) -> str:
    """``each month we choose a colourway, recording its name, the dyer, ...``: *each colourway
    has its name, ...*; what is chosen is a record with that list."""
    chosen = _WE_CHOOSE_ONE_RECORDING.match(sentence)
    if chosen is None or not phrase_can_name_records(chosen["record"]):
        return sentence
    rest = chosen["rest"] or ""
    said = f"each {chosen['record']} has {chosen['listed']}"
    return f"{said}; {rest.removeprefix(',').strip().removeprefix('and ')}" if rest else said


_IS_COVERED_BY_ONE_WITH = re.compile(
    rf"^(?:each|every)\s+(?P<one>{NOUN_PATTERN}?)\s+is\s+(?:covered|governed|backed)\s+by\s+"
    rf"(?:a|an|one)\s+(?P<record>{NOUN_PATTERN}?)\s+with\s+(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


@statement_by_statement
def is_covered_by_one_with(sentence: str) -> str:
    """``every site is covered by a contract with a start date, ...``: *each contract belongs to
    one site, with a start date, ...*; the list is the contract's."""
    match = _IS_COVERED_BY_ONE_WITH.match(sentence)
    if match is None:
        return sentence
    if not all(phrase_can_name_records(match[group]) for group in ("one", "record")):
        return sentence
    return f"each {match['record']} belongs to one {match['one']}, with {match['listed']}"


_LISTS_THEM_AND_WE_ENTER_EACH = re.compile(
    r"^(?:the|a|an|each|every)\s+[^,;]*?\s+(?:lists|shows|gives)\s+(?:the|its|their|any)\s+"
    rf"(?P<many>{NOUN_PATTERN}?),\s+and\s+(?:we|i)\s+(?:enter|record|log|note|put\s+in|"
    r"type\s+in)\s+"
    r"each\s+(?:one|of\s+them)\s+with\s+(?P<listed>(?:a|an|the|its|their|whether|how)\s[^;]+)$"
)


@statement_by_statement
def lists_them_and_we_enter_each(sentence: str) -> str:
    """``the examiner's sheet lists the faults, and we enter each one with its severity ...``:
    *each fault has its severity ...*; the sheet is where they come from."""
    match = _LISTS_THEM_AND_WE_ENTER_EACH.match(sentence)
    if match is None:
        return sentence
    return each_of_them_has(match["many"], match["listed"], sentence)


_THEY_SAY_WHICH = re.compile(
    rf"^(?P<many>(?:{NOUN_PATTERN}?\s+)?(?:lines|items|entries|rows|slips|sheets|tickets|cards))\s+"
    r"(?:say|show|give)\s+(?P<listed>(?:which|how\s+many|how\s+much|what)\s[^;]+)$"
)


@statement_by_statement
def they_say_which(sentence: str) -> str:
    """``order lines say which fish type, how many boxes, the weight per box ...``: *each order
    line has which fish type, how many boxes, ...*; what a record says is what it keeps."""
    match = _THEY_SAY_WHICH.match(sentence)
    if match is None:
        return sentence
    return each_of_them_has(match["many"], match["listed"], sentence)
