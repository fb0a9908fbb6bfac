"""Records tied to another in the clause that lists them, written out plainly.

- *log each vet visit against the animal it was for: the date, ...*; *every walk is logged
  against one of the client's packages with ...*; *the wardrobe team keeps a measurement card
  for every performer, with ...*: the record belongs to the one it is against, or for;
- *petty cash paid out during the day also goes on the sheet, with ...*; *..., goes down as a
  payout with an amount and a reason, linked to the day's sheet*; *anyone in the workshop can
  add a note to a job, just the text and ...*; *walkers attach photos to a report, each one a
  link and an optional caption*: a record of its own on the other;
- *one invoice per client each month with ...*; *each newcomer is sent a follow-up email, and
  we record ...*; *we write up a sale that ties the bike to the customer, with ...*; *shifts:
  date, ..., putting one staff member on one bay*; *a scheduled game is one game mode played in
  one arena at a start time*: the record belongs to each one it names.

``lists_of_the_one_tied_to`` reads the clauses whose list is the other one's.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import (
    owned_and_listed,
    owned_as_matched,
    statement_by_statement,
)
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    phrase_can_name_records,
    singular_phrase,
)

_LOG_EACH_AGAINST_THE_ONE = re.compile(
    r"^(?:[^;:]*?\s)?(?:log|record|enter|note|keep|file)\s+(?:each|every)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+against\s+(?:the|its|their|a|an)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)(?:\s+(?:that|which|it|they)\s+[^,;:()]+?)?\s*:\s+"
    r"(?P<listed>[a-z].+)$"
)


@statement_by_statement
def log_each_against_the_one_colon(sentence: str) -> str:
    """``what we would like is to log each vet visit against the animal it was for: the date,
    ...``: *each vet visit belongs to one animal; each vet visit has the date, ...*."""
    return owned_as_matched(_LOG_EACH_AGAINST_THE_ONE.match(sentence), sentence)


_GOES_ON_THE_ONE_WITH = re.compile(
    r"^(?!(?:each|every|a|an|the|our)\s)(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:[a-z]+ed|paid|taken|spent|sold|given|bought|lent|made|kept|left)\s+[^,;]*?)?"
    r"\s+(?:also\s+)?go(?:es)?\s+on\s+(?:the|that|each|every)\s+"
    r"(?!(?:system|books|file|list|record|computer)\b)"
    rf"(?P<one>{NOUN_PATTERN}?),?\s+with\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def goes_on_the_one_with(sentence: str) -> str:
    """``petty cash paid out during the day also goes on the sheet, with what it was for and
    how much``: *each petty cash belongs to one sheet; each petty cash has what it was for and
    how much*; when it was paid out names no field."""
    match = _GOES_ON_THE_ONE_WITH.match(sentence)
    if match is None:
        return sentence
    record, one = singular_phrase(match["record"]), match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    return owned_and_listed(record, (one,), match["listed"])


_ONE_PER_ONE_WITH = re.compile(
    rf"^(?:and\s+)?one\s+(?P<record>{NOUN_PATTERN}?)\s+per\s+(?P<one>{NOUN_PATTERN}?)"
    r"(?:\s+(?:each|every|a|per)\s+(?:day|week|month|quarter|term|season|year))?,?\s+"
    r"with\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def one_per_one_with(sentence: str) -> str:
    """``one invoice per client each month with an invoice number, issue date, ...``: *each
    invoice belongs to one client; each invoice has an invoice number, ...*; how often names
    no record."""
    return owned_as_matched(_ONE_PER_ONE_WITH.match(sentence), sentence)


_IS_SENT_ONE_AND_WE_RECORD = re.compile(
    rf"^(?:[^;]*?\s)?(?:each|every)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:is|gets|will\s+be)\s+"
    r"(?:sent|given|issued|offered|emailed|posted)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?),?\s+and\s+(?:we|i)\s+(?:record|note|log|keep|take|store|"
    r"write\s+down)\s+(?P<listed>(?:a|an|the|its|their|whether|how|what|when)\s.+)$"
)


@statement_by_statement
def is_sent_one_and_we_record(sentence: str) -> str:
    """``a week later each newcomer is sent a follow-up email, and we record the date it went,
    the subject line and whether they replied``: *each follow-up email belongs to one newcomer;
    each follow-up email has the date it went, ...*."""
    return owned_as_matched(_IS_SENT_ONE_AND_WE_RECORD.match(sentence), sentence)


_GOES_DOWN_AS_ONE_LINKED_TO = re.compile(
    r"^(?:[^;]*?\s)?(?:goes|go|is|are)\s+(?:down|in|on)\s+as\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+with\s+(?P<listed>[a-z][^;]*?),\s+(?:linked|tied|attached)\s+"
    r"to\s+(?:the|that|its|their|this)\s+(?:[a-z]+'s\s+)?"
    rf"(?P<one>{NOUN_PATTERN})$"
)


@statement_by_statement
def goes_down_as_one_linked_to(sentence: str) -> str:
    """``money taken out of the till during the day, say a dash to the shop, goes down as a
    payout with an amount and a reason, linked to the day's sheet``: *each payout belongs to
    one sheet; each payout has an amount and a reason*; what the money was names no record."""
    return owned_as_matched(_GOES_DOWN_AS_ONE_LINKED_TO.match(sentence), sentence)


_LOGGED_AGAINST_ONE_OF_THEIR = re.compile(
    r"^(?:(?P<head>[^;]+?),\s+and\s+)?"
    rf"(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:logged|recorded|booked|"
    r"entered|kept|set)\s+against\s+one\s+of\s+(?:the\s+[a-z][\w\-]*'s|their|its|our)\s+"
    r"(?P<many>[a-z][\w\-]*s)\s+with\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def logged_against_one_of_their(sentence: str) -> str:
    """``every walk is logged against one of the client's packages with its date and the dog's
    name``: *each walk belongs to one package; each walk has its date and the dog's name*; a
    clause before it (*when a client buys one we record ..., and every walk is ...*) is kept
    as a statement of its own."""
    match = _LOGGED_AGAINST_ONE_OF_THEIR.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], singular_phrase(match["many"])
    if one == match["many"] or not phrase_can_name_records(record) or not can_name_records(one):
        return sentence
    said = owned_and_listed(record, (one,), match["listed"])
    return f"{match['head']}; {said}" if match["head"] else said


_CAN_ADD_ONE_TO_ONE = re.compile(
    r"^(?:anyone|anybody|everyone|everybody|staff|the\s+[a-z][\w\-]*s?|any\s+[a-z][\w\-]*)"
    r"(?:\s+(?:in|on|at)\s+the\s+[a-z][\w\-]*)?\s+can\s+(?:add|attach|leave|put|write)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:to|on)\s+(?:a|an|the|any)\s+"
    rf"(?P<one>{NOUN_PATTERN}?),\s+(?:just\s+|only\s+|with\s+)?(?P<listed>(?:a|an|the)\s.+)$"
)


@statement_by_statement
def can_add_one_to_one(sentence: str) -> str:
    """``anyone in the workshop can add a note to a job, just the text and when it was
    written``: *each note belongs to one job; each note has the text and when it was
    written*."""
    return owned_as_matched(_CAN_ADD_ONE_TO_ONE.match(sentence), sentence)


_KEEPS_ONE_FOR_EVERY = re.compile(
    r"^(?:the|our|a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:keeps|keep|holds|hold|"
    rf"fills\s+in|fill\s+in)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+for\s+(?:each|every)\s+"
    rf"(?P<one>{NOUN_PATTERN}?),?\s+with\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def keeps_one_for_every_one(sentence: str) -> str:
    """``the wardrobe team keeps a measurement card for every performer, with height, chest,
    ...``: *each measurement card belongs to one performer; each measurement card has height,
    chest, ...*; who keeps it names no record."""
    return owned_as_matched(_KEEPS_ONE_FOR_EVERY.match(sentence), sentence)


_WRITE_ONE_THAT_TIES = re.compile(
    r"^(?:[^;]*?,?\s)?(?:we|i|they)\s+(?:write\s+up|write|raise|create|log|record|make|open)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:that|which)\s+(?:ties|links|connects|joins|"
    rf"puts)\s+(?:the|a|an|that)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:to|with)\s+(?:the|a|an|that)\s+"
    rf"(?P<two>{NOUN_PATTERN}?),?\s+with\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def write_one_that_ties(sentence: str) -> str:
    """``when one goes out the door we write up a sale that ties the bike to the customer, with
    the sale date, ...``: *each sale belongs to one bike; each sale belongs to one customer;
    each sale has the sale date, ...*."""
    return owned_as_matched(_WRITE_ONE_THAT_TIES.match(sentence), sentence, ("one", "two"))


_ATTACH_ONES_TO_ONE = re.compile(
    r"^(?:the\s+|our\s+)?[a-z][\w\-]*s?\s+(?:can\s+)?(?:attach|add|upload|put)\s+"
    r"(?P<many>[a-z][\w\-]*s)\s+(?:to|on)\s+(?:a|an|the|each|every|any)\s+"
    rf"(?P<one>{NOUN_PATTERN}?),\s+each\s+(?:one\s+)?(?:with\s+)?(?P<listed>(?:a|an|the)\s.+)$"
)


@statement_by_statement
def attach_ones_to_one(sentence: str) -> str:
    """``walkers attach photos to a report, each one a link and an optional caption``: *each
    photo belongs to one report; each photo has a link and an optional caption*."""
    match = _ATTACH_ONES_TO_ONE.match(sentence)
    if match is None:
        return sentence
    record, one = singular_phrase(match["many"]), match["one"]
    if record == match["many"] or not can_name_records(record):
        return sentence
    if not phrase_can_name_records(one):
        return sentence
    return owned_and_listed(record, (one,), match["listed"])


_RECORDED_AND_USES_ONE = re.compile(
    rf"^(?P<head>for\s+(?:each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:we|i)\s+(?:record|note|"
    r"keep|log|take|write\s+down)\s+[^;]+?),\s+and\s+(?:the|each|it)(?:\s+[a-z][\w\-]*)?\s+"
    rf"(?:uses|takes|needs|gets)\s+one\s+(?P<one>{NOUN_PATTERN}?)"
    r"(?:\s+from\s+(?:our|the|its)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?$"
)


@statement_by_statement
def recorded_and_uses_one(sentence: str) -> str:
    """``for each cutting job we record the date, ..., and the job uses one blank``: *for each
    cutting job we record the date, ...; each cutting job belongs to one blank*."""
    match = _RECORDED_AND_USES_ONE.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    return f"{match['head']}; each {record} belongs to one {one}"


_HEADER_PUTTING_ONE_ON_ONE = re.compile(
    rf"^(?P<many>{NOUN_PATTERN}):\s+(?P<listed>[^;]+?),\s+(?:putting|linking|tying|pairing|"
    rf"joining|matching)\s+one\s+(?P<one>{NOUN_PATTERN}?)\s+(?:on|to|with|in|at|onto)\s+one\s+"
    rf"(?P<two>{NOUN_PATTERN}?)$"
)


@statement_by_statement
def header_putting_one_on_one(sentence: str) -> str:
    """``shifts: date, start time and end time, putting one staff member on one bay``: *each
    shift belongs to one staff member; each shift belongs to one bay; each shift has date,
    ...*."""
    match = _HEADER_PUTTING_ONE_ON_ONE.match(sentence)
    if match is None:
        return sentence
    record, one, two = singular_phrase(match["many"]), match["one"], match["two"]
    if not all(phrase_can_name_records(phrase) for phrase in (record, one, two)):
        return sentence
    return owned_and_listed(record, (one, two), match["listed"])


_IS_ONE_DONE_IN_ONE = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:one|a|an)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?:played|held|run|taken|done|used|booked|put|given|taught|"
    rf"shown|sold|hired)\s+(?:in|at|on|by|for|to)\s+(?:one|a|an)\s+(?P<two>{NOUN_PATTERN}?)"
    r"(?:\s+(?:at|on|with|for)\s+(?P<listed>(?:a|an|the)\s.+))?$"
)
_IS_DONE_IN_ONE_UNDER_ONE = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+is\s+(?:played|held|run|taught|done|"
    rf"booked)\s+(?:in|at|on|by)\s+one\s+(?P<one>{NOUN_PATTERN}?)\s+(?:under|with|by|for|in|at)\s+"
    rf"one\s+(?P<two>{NOUN_PATTERN}?)(?:\s+(?:at|on|with)\s+(?P<listed>(?:a|an|the)\s.+))?$"
)


@statement_by_statement
def is_one_done_in_one(sentence: str) -> str:
    """``a scheduled game is one game mode played in one arena at a start time``: *each
    scheduled game belongs to one game mode; each scheduled game belongs to one arena; each
    scheduled game has a start time*; and ``a game is played in one arena under one game mode
    at a date and time``."""
    match = _IS_ONE_DONE_IN_ONE.match(sentence) or _IS_DONE_IN_ONE_UNDER_ONE.match(sentence)
    if match is None:
        return sentence
    record, one, two = match["record"], match["one"], match["two"]
    if not all(phrase_can_name_records(phrase) for phrase in (record, one, two)):
        return sentence
    said = [f"each {record} belongs to one {one}", f"each {record} belongs to one {two}"]
    if match["listed"]:
        said.append(f"each {record} has {match['listed']}")
    return "; ".join(said)
