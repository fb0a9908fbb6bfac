"""Records told by whom they are logged for, or what they are marked on.

- *for each one of our fighters who took part we log a result: ...*: each fighter's result;
- *the cleans we have done for each customer, with the date and ...*: cleans of the customer's
  with that list;
- *each reminder we send a customer: date sent, channel (...) and ...*: the customer's reminders;
- *the coach marks members on an attendance record with the session date and a mark of ...*:
  an attendance of the member's with that list;
- *a patient can hold a policy with an insurer, which has a membership number, ...*: a policy of
  the patient's and the insurer's;
- *lines on each invoice, one per treatment given, with the date and the amount charged*: an
  invoice line of the invoice's and the treatment's;
- *money coming in is recorded against an invoice with ...*: payments.

`SAID_IN_PASSING` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import (
    owned_as_matched,
    owned_if_named,
    said_in_place,
    statement_by_statement,
)
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import is_plural, phrase_can_name_records, singular_phrase

_EACH_ONE_OF_OURS = re.compile(
    r"\b(?P<each>each|every)\s+one\s+of\s+(?:our|the|their|its)\s+(?P<many>[a-z][\w\-]*s)\b"
    r"(?=\s+(?:who|that|which)\s)"
)


def _each_of_them(match: re.Match[str]) -> str:
    """*each* and the one of the ``many`` the match names (as it was, for no plural)."""
    if not is_plural(match["many"]):
        return match[0]
    return f"{match['each']} {singular_phrase(match['many'])}"


def each_one_of_ours(sentence: str) -> str:
    """``for each one of our fighters who took part we log a result: ...``: *for each fighter who
    took part ...*; one of ours is one of them."""
    return _EACH_ONE_OF_OURS.sub(_each_of_them, sentence)


_DONE_FOR_EACH_WITH = re.compile(
    r"^(?:the\s+)?(?P<many>[a-z][\w\-]*s)\s+(?:we|they)\s+(?:have\s+|had\s+)?"
    r"(?:done|made|run|carried\s+out|sent|given|fitted|delivered)\s+(?:for|to)\s+each\s+"
    rf"(?P<one>{NOUN_PATTERN}),\s+with\s+(?P<listed>(?:a|an|the|their|its)\s+[^;:]+)$"
)


@statement_by_statement
def done_for_each_with(sentence: str) -> str:
    """``the cleans we have done for each customer, with the date and the amount spent``:
    *each clean belongs to one customer; each clean has the date and the amount spent*."""
    match = _DONE_FOR_EACH_WITH.search(sentence)
    if match is None or not is_plural(match["many"]):
        return sentence
    return owned_if_named(
        singular_phrase(match["many"]), (match["one"],), match["listed"], sentence
    )


_EACH_WE_SEND_ONE = re.compile(
    r"^each\s+(?P<record>[a-z][\w\-]*)\s+(?:we|they)\s+(?:send|give|issue|make|write|offer)\s+"
    r"(?:a|an|each|the)\s+(?P<one>[a-z][\w\-]*)\s*:\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def each_we_send_one(sentence: str) -> str:
    """``each reminder we send a customer: date sent, channel (...) and ...``: *each reminder
    belongs to one customer; each reminder has date sent, ...*."""
    return owned_as_matched(_EACH_WE_SEND_ONE.search(sentence), sentence)


_MARKED_ON_A_RECORD = re.compile(
    rf"(?:^|,\s+)(?:at\s+each\s+(?P<at>{NOUN_PATTERN}),?\s+)?(?:the|a|an|our)\s+[a-z][\w\-]*\s+"
    r"(?:marks|ticks|signs|logs|records)\s+(?P<many>[a-z][\w\-]*s)\s+(?:on|in)\s+(?:a|an|the)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+(?:record|sheet|register|log)\s+with\s+"
    r"(?P<listed>(?:a|an|the|their)\s+[^;]+)$"
)


@statement_by_statement
def marked_on_a_record(sentence: str) -> str:
    """``at each session the coach marks members on an attendance record with the session date
    and a mark of present, late or absent``: *each attendance belongs to one member; each
    attendance has the session date and ...*."""
    match = _MARKED_ON_A_RECORD.search(sentence)
    if match is None or not is_plural(match["many"]):
        return sentence
    owners = (singular_phrase(match["many"]),)
    told = owned_if_named(match["record"], owners, match["listed"], "")
    if not told:
        return sentence
    return sentence[: match.start()] + ("; " if match.start() else "") + told


_HOLDS_ONE_WITH_ONE = re.compile(
    r"^(?:a|an|each)\s+(?P<one>[a-z][\w\-]*)\s+(?:can\s+|may\s+)?(?:holds?|has|have|takes?\s+out)"
    r"\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+with\s+(?:a|an|one)\s+(?P<other>[a-z][\w\-]*),?\s+"
    r"which\s+(?:has|holds|records)\s+(?P<listed>(?:a|an|the|its)\s+[^;]+)$"
)


@statement_by_statement
def holds_one_with_one(sentence: str) -> str:
    """``a patient can hold a policy with an insurer, which has a membership number, ...``:
    *each policy belongs to one patient; each policy belongs to one insurer; each policy has
    ...*."""
    return owned_as_matched(_HOLDS_ONE_WITH_ONE.search(sentence), sentence, ("one", "other"))


_LINES_ON_EACH_ONE_PER = re.compile(
    r"^(?:the\s+)?lines\s+on\s+each\s+(?P<one>[a-z][\w\-]*),\s+one\s+per\s+"
    r"(?P<other>[a-z][\w\-]*)(?:\s+[a-z]+ed|\s+given|\s+sold|\s+done)?,\s+with\s+"
    r"(?P<listed>(?:a|an|the)\s+[^;]+)$"
)


@statement_by_statement
def lines_on_each_one_per(sentence: str) -> str:
    """``lines on each invoice, one per treatment given, with the date and the amount``: *each
    invoice line belongs to one invoice; each invoice line belongs to one treatment; ...*."""
    match = _LINES_ON_EACH_ONE_PER.search(sentence)
    if match is None:
        return sentence
    owners = (match["one"], match["other"])
    return owned_if_named(f"{match['one']} line", owners, match["listed"], sentence)


_MONEY_COMING_IN = re.compile(
    r"\bmoney\s+(?:coming\s+in|received|paid\s+in)\s+is\s+(?=(?:recorded|logged|noted|kept)\s)"
)


def money_coming_in(sentence: str) -> str:
    """``money coming in is recorded against an invoice with ...``: *payments are recorded
    ...*; money that comes in is a payment."""
    return _MONEY_COMING_IN.sub("payments are ", sentence)


_WOULD_LOG = re.compile(
    r"\b(?P<we>we|i)\s+would\s+(?=(?:log|record|note|keep|track|(?:put|jot|write|take)\s+down)\s)"
)


def would_log(sentence: str) -> str:
    """``for each fighter we would log a result: ...``: *we log a result: ...*; what the owner
    would keep is what is kept."""
    return _WOULD_LOG.sub(r"\g<we> ", sentence)


_SIGNS_UP_WE_KEEP_THEIR = re.compile(
    r"^(?:what\s+happens\s+is\s+)?(?:a|an)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:signs\s+up|joins|registers|enrols|enrolls)(?:\s+with\s+us)?(?:\s+\([^()]*\))?,?\s+and\s+"
    r"(?:we|i)\s+"
    r"(?:keep|take|record|note|store)\s+their\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def signs_up_we_keep_their(sentence: str) -> str:
    """``a business signs up (a letting agent, a dental practice, whoever) and we keep their
    company name, ...``: *each business has company name, ...*; who may sign up is no list."""
    match = _SIGNS_UP_WE_KEEP_THEIR.search(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    return f"each {match['one']} has {match['listed']}"


_SPLIT_INTO_LINES_EACH_ONE = re.compile(
    r"^(?P<told>(?:each|a|an|the)\s+(?P<owner>[a-z][\w\-]*)\s+[^;]*?),?\s+and\s+(?:is|are)\s+"
    r"(?:split|broken)\s+(?:up\s+)?into\s+lines,\s+each\s+(?:a|an|one|for\s+one)\s+"
    rf"(?P<one>{NOUN_PATTERN})\s+with\s+(?P<listed>(?:a|an|the|its)\s+[^;]+)$"
)


@statement_by_statement
def split_into_lines_each_one(sentence: str) -> str:
    """``each sale is rung up by a member of staff, paid by cash or card, and is split into
    lines, each a menu item with a quantity``: *...; each sale line belongs to one sale; each
    sale line belongs to one menu item; each sale line has a quantity*."""
    match = _SPLIT_INTO_LINES_EACH_ONE.search(sentence)
    if match is None:
        return sentence
    owners = (match["owner"], match["one"])
    told = owned_if_named(f"{match['owner']} line", owners, match["listed"], "")
    return f"{match['told']}; {told}" if told else sentence


_OURS_KEEPS_A_RECORD_OF_EACH = re.compile(
    r"^(?:our|the)\s+[a-z][\w\-]*\s+keeps\s+a\s+record\s+of\s+each\s+(?P<record>[a-z][\w\-]*)"
    r"(?:\s+(?:in|at|on|of)\s+(?:the|our)\s+[a-z][\w\-]*)?\s*:\s+(?P<listed>[^;]+)$"
)
_GOES_INTO_OUR_RECORD = re.compile(
    r"^each\s+[^;]+?\s+(?:goes|is\s+entered|is\s+put)\s+(?:into|in|on)\s+(?:our|the)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+(?:record|log|book|register)\s+with\s+"
    r"(?P<listed>(?:a|an|the|its)\s+[^;]+)$"
)
_WHEN_WE_MAKE_ONE_WE_WRITE_DOWN = re.compile(
    r"^(?:then\s+)?when(?:ever)?\s+(?:we|i|someone|somebody)\s+"
    # what we make, not whatever we do (*when we chase a couple we log a follow-up with ...*)
    r"(?:make|makes|run|runs|cook|cooks|bake|bakes|brew|brews|start|starts|produce|produces|mix|"
    r"mixes|roast|roasts)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*)\s*,?\s+(?:we|i)\s+(?:(?:write|note|jot|put|take)\s+down|record|note|"
    r"log)\s+(?P<listed>(?:a|an|the|its|which|what|how|whether)\s+[^;]+)$"
)
_WHEN_ONE_COMES_WE_LOG_IT = re.compile(
    r"^when(?:ever)?\s+(?:someone|somebody|anyone|a\s+[a-z][\w\-]*|we)\s+"
    r"(?:reaches|gets|earns|makes|has|"
    r"passes|wins|achieves)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s*,?\s+(?:we|i)\s+"
    r"(?:log|record|note|enter)\s+it\s+with\s+(?P<listed>(?:a|an|the|its)\s+[^;]+?)"
    r"(?P<rest>,\s+and\s+each\s+[^;]+)?$"
)


@statement_by_statement
def kept_on_record_with(sentence: str) -> str:
    """A record's list told with the book it goes in: ``our tower keeps a record of each ringer
    in the band: name, ...``; ``each quarter peal and peal rung at the tower goes into our
    performance record with the date, ...``; ``when somebody reaches a milestone we log it
    with the date achieved and a short note``; ``when we make a batch we write down the batch
    code, ...``: *each ringer has name, ...*, *each performance has the date, ...*, *each
    milestone has the date achieved and ...*, *each batch has the batch code, ...*."""
    patterns = (
        _OURS_KEEPS_A_RECORD_OF_EACH,
        _GOES_INTO_OUR_RECORD,
        _WHEN_WE_MAKE_ONE_WE_WRITE_DOWN,
    )
    for pattern in patterns:
        match = pattern.search(sentence)
        if match is not None and phrase_can_name_records(match["record"]):
            return f"each {match['record']} has {match['listed']}"
    match = _WHEN_ONE_COMES_WE_LOG_IT.search(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    rest = f"; {match['rest'].removeprefix(', and ')}" if match["rest"] else ""
    return f"each {match['record']} has {match['listed']}{rest}"


_OF_ONE_KIND_FROM_OUR_LIST = re.compile(
    r"\beach\s+(?P<record>[a-z][\w\-]*)\s+is\s+(?:of\s+)?one\s+(?P<kind>kind|type|category|sort)\s+"
    r"from\s+a\s+list\s+(?:that\s+)?(?:we|i)\s+(?:set\s+up|keep|manage|maintain|edit)"
    r"(?:\s+ourselves|\s+myself)?(?:\s+\([^()]*\))?"
)


def of_one_kind_from_our_list(sentence: str) -> str:
    """``each milestone is of one kind from a list we set up ourselves (first peal, ...)``:
    *each milestone belongs to one milestone type*; a list we keep is a record of its own."""

    def owned(match: re.Match[str]) -> str:
        # a *milestone kind* reads as one of the milestone's values; a *milestone type* as a record
        kind = "category" if match["kind"] == "category" else "type"
        if not phrase_can_name_records(match["record"]):
            return match[0]
        return f"each {match['record']} belongs to one {match['record']} {kind}"

    return _OF_ONE_KIND_FROM_OUR_LIST.sub(owned, sentence)


_ONE_BY_ONE_INSIDE = re.compile(
    r"^(?:inside|on|in|for)\s+(?:a|an|each|the)\s+(?P<one>[a-z][\w\-]*)\s*,?\s+(?:we|i)\s+go\s+"
    r"(?P<part>item|line|room|entry|piece)\s+by\s+(?P=part)\s*:\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def one_by_one_inside(sentence: str) -> str:
    """``inside an inventory we go item by item: which room it is in (...), a description ...``:
    *each inventory item belongs to one inventory; each inventory item has which room ...*."""
    match = _ONE_BY_ONE_INSIDE.search(sentence)
    if match is None:
        return sentence
    return owned_if_named(
        f"{match['one']} {match['part']}", (match["one"],), match["listed"], sentence
    )


_EACH_PAIR_OF = re.compile(
    r"\b(?P<each>each|every|a|one)\s+pair\s+of\s+(?P<many>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\b"
)


def each_pair_of(sentence: str) -> str:
    """``each pair of orthotics belongs to a patient``: *each orthotic ...*; a pair is one of
    them, kept as one record."""
    return _EACH_PAIR_OF.sub(_each_of_them, sentence)


_AT_THE_ONE_WE_NOTE = re.compile(
    r"^(?:then\s+)?(?:at\s+the\s+(?P<at>[a-z][\w\-]*)|there\s+is\s+(?:a|an)\s+"
    r"(?P<there>[a-z][\w\-]*)[^;:]*?,?\s+where)\s*,?\s+(?:we|i|(?:one\s+of\s+our|a|an|the)\s+"
    r"(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))\s+"
    r"(?:(?:jot|write|note|put|take)s?\s+down|notes?|records?|logs?)\s+"
    r"(?P<listed>(?:a|an|the|who|how|whether|which|what)\s+[^;]+?(?:,|\s+and)\s+[^;]+)$"
)


@statement_by_statement
def at_the_one_we_note(sentence: str) -> str:
    """``at the fitting we jot down the date, who fitted them, ...``; ``then there is a review
    about six weeks later, where we write down the date and the outcome``: *each fitting has
    the date, ...*, *each review has the date and the outcome*; ``at the inspection one of our
    staff members writes down ...`` is done by a staff member."""
    match = _AT_THE_ONE_WE_NOTE.search(sentence)
    if match is None:
        return sentence
    record = match["at"] or match["there"]
    if not phrase_can_name_records(record) or is_plural(record):
        return sentence
    if match["who"] is None:
        return f"each {record} has {match['listed']}"
    who = singular_phrase(match["who"])
    if not phrase_can_name_records(who):
        return sentence
    return f"each {record} is done by one {who}; each {record} has {match['listed']}"


_EACH_ONE_SENDS_US_IS_ONE = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)each\s+[a-z][\w\-]*\s+(?:a|an|the)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:sends|brings|delivers|gives)\s+(?:us|in)\s+is\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"with\s+(?P<listed>(?:a|an|the|its)\s+[^;]+)$"
)


def each_one_sends_us_is_one(sentence: str) -> str:
    """``..., and each load a farmer sends us is a consignment with a delivery date, ...``:
    *...; each consignment belongs to one farmer; each consignment has a delivery date, ...*;
    what the load is called is the record."""
    match = _EACH_ONE_SENDS_US_IS_ONE.search(sentence)
    if match is None:
        return sentence
    told = owned_if_named(match["record"], (match["one"],), match["listed"], "")
    return said_in_place(sentence, match, told) if told else sentence


_WHEN_ONE_IS_SO_IT_LEADS_TO = re.compile(
    r"^when\s+(?:a|an|the)\s+(?P<one>[a-z][\w\-]*)\s+(?:comes\s+out|is|turns\s+out)\s+[^,;]+?,?\s+"
    r"it\s+(?:leads\s+to|triggers|gets)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)"
    r"(?:\s+(?:to|from|with|for)\s+(?:the|a|an)\s+[^,;]+?)?,\s+(?:logged|recorded|noted|kept)\s+"
    r"with\s+(?P<listed>(?:a|an|the|its)\s+[^;]+)$"
)


@statement_by_statement
def when_one_is_so_it_leads_to(sentence: str) -> str:
    """``when a check comes out high or active it leads to a referral to the hospital foot team,
    logged with the referral date, the hospital and the reason``: *each referral belongs to one
    check; each referral has the referral date, ...*; where it goes to is one of its fields."""
    return owned_as_matched(_WHEN_ONE_IS_SO_IT_LEADS_TO.search(sentence), sentence)
