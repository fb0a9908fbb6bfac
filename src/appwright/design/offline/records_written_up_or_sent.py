"""Records told by what is written up, kept, sent, raised, filed or booked, written out plainly.

- *anything that goes wrong on a run morning gets written up as an incident: when it happened,
  ...*; *at close somebody counts up and fills in an end-of-day sheet: the date, ...*; *for each
  phone we bought there is the imei, ...*: the list is the record's, and what leads to it names
  none;
- *whoever sells to us, we take their name, ...*; *a list of the plays people suggest, each with
  ...*; *we hold reading evenings, just a date and ...*; *so we keep special orders too: ...*;
  *we would like each work session down with its date, ..., and each volunteer with their
  name, ...*; *the sitter sends a check-in every night, just a date, ...*: each list is the
  record's;
- *an outlet rings through its sales report for a performance, which we log with ...*;
  *fittings logged per screen: ...*; *when a subscription is still unpaid a month in, we send a
  reminder and note ...*; *if a count does not match we raise a discrepancy against it with
  ..., and it goes from open to ...*; *we also file the insurance certificates each venue asks
  for, with ...*; *for every stop we book a venue for a tour with ..., and the booking goes
  from ...*: the record belongs to each one it is for;
- *customers are listed with name, email and the employer they work for, and employers just
  need a name and a town*: the list is the employer's.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import doer_noun
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

_WRITTEN_UP_AS = re.compile(
    r"^(?:[^:;]*?\s)?(?:gets?|is|are)\s+(?:written\s+up|logged|recorded|entered|noted\s+down|"
    rf"put\s+down)\s+as\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s*:\s+(?P<listed>[a-z].+)$"
)
_COUNTS_UP_AND_FILLS_IN = re.compile(
    r"^(?:[^:;,]*?\s)?(?:somebody|someone)\s+"
    r"(?:[a-z]+s?\s+(?:up|over|round)\s+and\s+)?(?:logs?|fills?\s+in|fills?\s+out|completes?|"
    rf"writes?\s+up)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s*:\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def written_up_as_one_colon(sentence: str) -> str:
    """``anything that goes wrong on a run morning gets written up as an incident: when it
    happened, ...``: *each incident has when it happened, ...*; ``at close each evening
    somebody counts up and fills in an end-of-day sheet: the date, ...``: *each end-of-day
    sheet has the date, ...*; what leads to the record, and who does it, name no record."""
    match = _WRITTEN_UP_AS.match(sentence) or _COUNTS_UP_AND_FILLS_IN.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_WHOEVER_DOES_WE_TAKE_THEIR = re.compile(
    r"^whoever\s+(?P<act>[a-z]+?)s\s+(?:to|from|with|for)\s+us,?\s+(?:we|i)\s+(?:take|keep|"
    r"note|record|need|get|store|write\s+down|ask\s+for)\s+their\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def whoever_does_we_take_their(sentence: str) -> str:
    """``whoever sells to us, we take their name, address and what id they showed``: *each
    seller has name, address and what id they showed*; the one who does it is named by the
    doing."""
    match = _WHOEVER_DOES_WE_TAKE_THEIR.match(sentence)
    if match is None:
        return sentence
    doer = doer_noun(match["act"])
    if doer is None or not can_name_records(doer):
        return sentence
    return f"each {doer} has {match['listed']}"


_A_LIST_OF_THE_ONES_THEY_DO = re.compile(
    r"^(?:[^;]*?\s)?a\s+list\s+of\s+(?:the\s+|all\s+the\s+)?(?P<many>[a-z][\w\-]*s)\s+"
    r"(?:that\s+|which\s+)?(?:people|we|they|members|customers|guests|staff|i)\s+[a-z]+\b"
    r"[^,;]*?,\s+each\s+with\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def a_list_of_the_ones_they_do(sentence: str) -> str:
    """``what we would like is a list of the plays people suggest, each with the title, ...``:
    *each play has the title, ...*; who suggests them names no record."""
    match = _A_LIST_OF_THE_ONES_THEY_DO.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not can_name_records(one):
        return sentence
    return f"each {one} has {match['listed']}"


_WE_HOLD_ONES_JUST = re.compile(
    r"^(?:then\s+)?(?:we|i)\s+(?:hold|run|have|do|put\s+on|organise|organize)\s+"
    rf"(?P<many>{NOUN_PATTERN}),\s+(?:just\s+|only\s+)?(?P<listed>(?:a|an|"
    rf"the)\s[^,;]+?\sand\s[^,;]+?)"
    r"(?:,\s+where\s+[^,;]+)?(?:,\s+and\s+(?P<rest>[^;]+))?$"
)


@statement_by_statement
def we_hold_ones_just(sentence: str) -> str:
    # "just" is dropped before the rewrites read the sentence
    """``then we hold reading evenings, just a date and whose house it is at, where we read a
    handful of them aloud, and a play might get read at two or three evenings``: *each reading
    evening has a date and whose house it is at; a play might get read at two or three
    evenings*; what happens there names no field."""
    match = _WE_HOLD_ONES_JUST.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not phrase_can_name_records(one):
        return sentence
    said = f"each {one} has {match['listed']}"
    return f"{said}; {match['rest']}" if match["rest"] else said


_WE_KEEP_ONES_TOO = re.compile(
    r"^(?:[^;:]*?,\s+)?(?:so\s+)?(?:we|i)\s+(?:also\s+)?(?:keep|log|record|track|take)\s+"
    rf"(?P<many>{NOUN_PATTERN}?)\s+(?:too|as\s+well|also)\s*:\s+(?P<listed>[a-z].+)$"
)


@statement_by_statement
def we_keep_ones_too(sentence: str) -> str:
    """``now and then a customer wants a strap we have not got, so we keep special orders too:
    the customer's name and phone, ...``: *each special order has the customer's name and
    phone, ...*; why they are kept names no record."""
    match = _WE_KEEP_ONES_TOO.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not phrase_can_name_records(one):
        return sentence
    return f"each {one} has {match['listed']}"


_EACH_ONE_DOWN_WITH = re.compile(
    r"^(?:[^;]*?\s)?(?:like|want|need|have)\s+(?:each|every)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+(?:down|on\s+file|on\s+record|written\s+down|logged|recorded|"
    r"kept)\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;]+?)"
    rf"(?:,\s+and\s+(?:each|every)\s+(?P<other>{NOUN_PATTERN}?)\s+with\s+"
    r"(?P<other_listed>(?:a|an|the|its|their)\s[^;]+?))?"
    r"(?:,\s+which\s+(?:matters|is|are|was|makes|helps)\b[^;]+)?$"
)


@statement_by_statement
def each_one_down_with(sentence: str) -> str:
    """``we would like each work session down with its date, ..., and each volunteer with their
    name, ...``: *each work session has its date, ...; each volunteer has their name, ...*; an
    aside after the lists (*which matters more than you would think*) names no field."""
    match = _EACH_ONE_DOWN_WITH.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    said = [f"each {match['record']} has {match['listed']}"]
    if match["other"]:
        if not phrase_can_name_records(match["other"]):
            return sentence
        said.append(f"each {match['other']} has {match['other_listed']}")
    return "; ".join(said)


_RINGS_THROUGH_ONE_WHICH_WE_LOG = re.compile(
    rf"^(?:[^;]*?\s)?(?:a|an|the|each)\s+(?P<who>{NOUN_PATTERN}?)\s+[a-z]+s(?:\s+(?:through|in|"
    rf"over|up))?\s+(?:its|their|a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+for\s+(?:a|an|the|each)\s+"
    rf"(?P<one>{NOUN_PATTERN}?),\s+which\s+(?:we|i)\s+(?:log|record|note|enter|keep)\s+with\s+"
    r"(?P<listed>[a-z].+)$"
)


@statement_by_statement
def sent_for_one_which_we_log(sentence: str) -> str:
    """``each few days an outlet rings through its sales report for a performance, which we
    log with the date, ...``: *each sales report belongs to one outlet; each sales report
    belongs to one performance; each sales report has the date, ...*."""
    match = _RINGS_THROUGH_ONE_WHICH_WE_LOG.match(sentence)
    if match is None:
        return sentence
    who, record, one = match["who"], match["record"], match["one"]
    if not all(phrase_can_name_records(phrase) for phrase in (who, record, one)):
        return sentence
    return (
        f"each {record} belongs to one {who}; each {record} belongs to one {one}; "
        f"each {record} has {match['listed']}"
    )


_SENDS_ONE_EVERY_NIGHT = re.compile(
    r"^(?:[^;]*?\s)?(?:the|a|each|our)\s+[a-z][\w\-]*\s+(?:sends|fills\s+in|writes|logs|posts)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:every|each)\s+(?:night|day|morning|evening|"
    r"week|visit|shift|time),\s+(?:just\s+)?(?P<listed>(?:a|an|the)\s[^;]+?)(?:,\s+so\s+[^;]+)?$"
)


@statement_by_statement
def sends_one_every_night(sentence: str) -> str:
    """``the sitter sends a check-in every night, just a date, a time and a short message, so
    the owner knows all is well``: *each check-in has a date, a time and a short message*."""
    match = _SENDS_ONE_EVERY_NIGHT.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_WHEN_IT_IS_WE_SEND_ONE_AND_NOTE = re.compile(
    rf"^(?:when|if|once)\s+(?:a|an|the)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:is|has|gets)\s+[^,;]+,\s+"
    rf"(?:we|i)\s+(?:send|raise|issue|post)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+and\s+"
    r"(?:note|record|log|keep)\s+(?P<listed>(?:a|an|the|its|how|when|whether)\s.+)$"
)


@statement_by_statement
def when_it_is_we_send_one_and_note(sentence: str) -> str:
    """``when a subscription is still unpaid a month in, we send a reminder and note the date
    it went out and how it was sent (...)``: *each reminder belongs to one subscription; each
    reminder has the date it went out and how it was sent (...)*."""
    return owned_as_matched(_WHEN_IT_IS_WE_SEND_ONE_AND_NOTE.match(sentence), sentence)


_LOGGED_PER_ONE_COLON = re.compile(
    rf"^(?P<many>{NOUN_PATTERN})\s+(?:logged|recorded|kept|noted|tracked)\s+(?:per|for\s+each|"
    rf"against\s+each|against\s+a|against\s+the)\s+(?P<one>{NOUN_PATTERN}?)\s*:\s+"
    r"(?P<listed>[a-z].+)$"
)


@statement_by_statement
def logged_per_one_colon(sentence: str) -> str:
    """``fittings logged per screen: job no., date fitted``: *each fitting belongs to one
    screen; each fitting has job no., date fitted*."""
    match = _LOGGED_PER_ONE_COLON.match(sentence)
    if match is None:
        return sentence
    record, one = singular_phrase(match["many"]), match["one"]
    if record == match["many"] or not phrase_can_name_records(record):
        return sentence
    if not phrase_can_name_records(one):
        return sentence
    return owned_and_listed(record, (one,), match["listed"])


_AND_THOSE_NEED = re.compile(
    r"^(?P<head>[^;]+?),\s+and\s+(?P<many>[a-z][\w\-]*s)\s+(?:just\s+|only\s+)?need\s+"
    r"(?P<listed>(?:a|an|the)\s[^;]+)$"
)


@statement_by_statement
def and_those_need(sentence: str) -> str:
    """``customers are listed with name, email and the employer they work for, and employers
    just need a name and a town``: *...; each employer has a name and a town*; the ones named
    in the list before have their own list."""
    match = _AND_THOSE_NEED.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not can_name_records(one):
        return sentence
    if re.search(rf"\b{re.escape(one)}\b", match["head"]) is None:
        return sentence
    return f"{match['head']}; each {one} has {match['listed']}"


_RAISE_ONE_AGAINST_IT_AND_IT_GOES = re.compile(
    rf"^(?:when|if|once)\s+(?:a|an|the)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:is|does|has|gets|was|"
    r"goes|comes)\b[^,;]*?,?\s+(?:we|i)\s+"
    rf"(?:raise|open|log|record|create)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+against\s+it\s+"
    r"with\s+(?P<listed>[^;]+?),\s+and\s+it\s+(?P<steps>(?:goes|moves|runs)\s+from\s+.+)$"
)


@statement_by_statement
def raise_one_against_it_and_it_goes(sentence: str) -> str:
    """``when a count does not match we raise a discrepancy against it with the difference and
    an explanation, and it goes from open to explained to signed off``: *each discrepancy
    belongs to one count; each discrepancy has the difference and an explanation; each
    discrepancy goes from open to ...*; the steps are the new record's."""
    match = _RAISE_ONE_AGAINST_IT_AND_IT_GOES.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    return f"{owned_and_listed(record, (one,), match['listed'])}; each {record} {match['steps']}"


_FOR_EACH_ONE_THERE_IS = re.compile(
    rf"^for\s+(?:each|every)\s+(?P<record>{NOUN_PATTERN}?)(?:\s+(?:we|that|which|they)\s+[a-z]+\b"
    r"[^,;:]*?)?,?\s+there\s+is\s+"
    # "there is a get-in, with a start time, ...": a record of its own, with its list
    r"(?!(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,?\s+with\s)"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


@statement_by_statement
def for_each_one_there_is(sentence: str) -> str:
    """``for each phone we bought there is the imei, the model, ...``: *each phone has the
    imei, the model, ...*."""
    match = _FOR_EACH_ONE_THERE_IS.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_WE_FILE_THE_ONES_EACH_ASKS_FOR = re.compile(
    r"^(?:we\s+)?(?:also\s+)?(?:file|keep|store|record|log)\s+the\s+(?P<many>[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?s)\s+(?:each|every|the)\s+(?P<one>[a-z][\w\-]*)\s+(?:asks\s+for|needs|"
    r"requires|wants|sends\s+us),?\s+with\s+(?P<listed>[^;]+?)(?P<rest>,\s+and\s+(?:we|i)\s+"
    r"[^;]+)?$"
)


@statement_by_statement
def we_file_the_ones_each_asks_for(sentence: str) -> str:
    """``we also file the insurance certificates each venue asks for, with the insurer, policy
    number and expiry date``: *each insurance certificate belongs to one venue; each insurance
    certificate has the insurer, ...*."""
    match = _WE_FILE_THE_ONES_EACH_ASKS_FOR.match(sentence)
    if match is None:
        return sentence
    record, one = singular_phrase(match["many"]), match["one"]
    if not phrase_can_name_records(record) or not can_name_records(one):
        return sentence
    said = owned_and_listed(record, (one,), match["listed"])
    return f"{said}; {match['rest'].removeprefix(', and ')}" if match["rest"] else said


_BOOKED_ACTS = {"book": "booking", "hire": "hire", "reserve": "reservation", "rent": "rental"}
_FOR_EACH_WE_BOOK_ONE_FOR_ONE = re.compile(
    r"^(?:for\s+(?:each|every)\s+[a-z][\w\-]*\s+)?(?:we|i)\s+(?P<act>book|hire|reserve|rent)\s+"
    rf"(?:a|an)\s+(?P<one>{NOUN_PATTERN}?)\s+for\s+(?:a|an|the)\s+(?P<two>{NOUN_PATTERN}?)\s+"
    rf"with\s+"
    r"(?P<listed>(?:a|an|the)\s[^;]+?),\s+and\s+the\s+(?P<record>booking|hire|reservation|"
    r"rental)\s+"
    r"(?P<rest>[^;]+)$"
)


@statement_by_statement
def for_each_we_book_one_for_one(sentence: str) -> str:
    """``for each stop we book a venue for a tour with a date, a hire fee and a deposit, and
    the booking goes from enquired to ...``: *each booking belongs to one venue; each booking
    belongs to one tour; each booking has a date, ...; the booking goes from ...*; the stop is
    the booking."""
    match = _FOR_EACH_WE_BOOK_ONE_FOR_ONE.match(sentence)
    if match is None or _BOOKED_ACTS[match["act"]] != match["record"]:
        return sentence
    record, one, two = match["record"], match["one"], match["two"]
    if not phrase_can_name_records(one) or not phrase_can_name_records(two):
        return sentence
    return f"{owned_and_listed(record, (one, two), match['listed'])}; the {record} {match['rest']}"
