"""Records logged each time something happens to one, or on an occasion.

- *containers are re-weighed from time to time and each re-weigh records ...*: the act, of the
  container;
- *each monday someone does a weight test on each scale and we note ...*: a weight test of the
  scale;
- *each time we do a round we log it as a trip with ...*: a trip of the round;
- *when a kart hits the barrier ..., the duty manager on shift writes up an incident report:
  ...*: the report, of the one who writes it up;
- *after each round the race secretary enters each driver's result: ...*: a result of the round
  and the driver;
- *when a game comes back to the wall, staff record a play for it: ...*: a play of the game;
- *each time a batch is checked for quality we log ...*: a quality check of the batch;
- *we make products in batches, recording ...*: a batch of the product;
- *at the start of each term each family gets an invoice for that term, ..., with ...*: an
  invoice of the family and the term;
- *claims do not come often, but when one does we need ...*: a claim;
- *when a supplier's delivery arrives we log ...*: the delivery, the supplier's;
- *each fryer in the range has its oil changed several times a week and we want that logged
  properly*: an oil change of the fryer; how often is no field.

`TOLD_WITH_WHAT_WE_DO` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.clause_rewrites import (
    each_of_them_has,
    owned_as_matched,
    owned_if_named,
    statement_by_statement,
)
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_be_noun,
    phrase_can_name_records,
    singular_phrase,
    verb_lemma,
)

_DONE_TO_THEM_AND_EACH_RECORDS = re.compile(
    r"^(?P<things>[a-z][\w\-]*s)\s+are\s+(?P<done>[a-z][\w\-]*ed)\b[^,;:]*?,?\s+and\s+"
    r"(?:each|every)\s+(?P<act>[a-z][\w\-]*)\s+(?:records|notes|logs|has|gets|holds)\s+"
    r"(?P<listed>(?:a|an|the|its|their|whether|how)\s[^;:]+)$"
)


def _act_of(done: str) -> set[str]:
    """The nouns an act done to something is named by: *inspected*: inspection, inspect."""
    prefix, _, stem = done.rpartition("-")
    lemma = verb_lemma(stem)
    if lemma is None:
        return set()
    again = f"{prefix}-" if prefix else ""
    return {f"{again}{lemma}", f"{again}{act_noun(lemma) or lemma}"}


@statement_by_statement
def done_to_them_and_each_records(sentence: str) -> str:
    """``containers are re-weighed from time to time and each re-weigh records the new tare,
    ...``: *each re-weigh belongs to one container; each re-weigh has the new tare, ...*."""
    match = _DONE_TO_THEM_AND_EACH_RECORDS.match(sentence)
    if match is None or match["act"] not in _act_of(match["done"]):
        return sentence
    thing = singular_phrase(match["things"])
    if thing == match["things"] or not phrase_can_name_records(thing):
        return sentence
    act = match["act"]
    return f"each {act} belongs to one {thing}; each {act} has {match['listed']}"


_DOES_ONE_ON_EACH = re.compile(
    r"^(?:(?:each|every|once\s+a)\s+[a-z]+\s+)?(?:someone|somebody|we|i|a\s+[a-z][\w\-]*)\s+"
    r"(?:does|do|carries\s+out|carry\s+out|runs|run)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+(?:on|of|for)\s+(?:each|every|a|an)\s+(?P<one>{NOUN_PATTERN}?)"
    r",?\s+and\s+(?:we|i)\s+(?:would\s+)?(?:note|record|log|write\s+down|keep)\s+"
    r"(?P<listed>(?:a|an|the|their|its|whether|how)\s[^;:]+)$"
)


@statement_by_statement
def does_one_on_each(sentence: str) -> str:
    """``each monday someone does a weight test on each scale and we note the date, ...``:
    *each weight test belongs to one scale; each weight test has the date, ...*."""
    return owned_as_matched(_DOES_ONE_ON_EACH.match(sentence), sentence)


_EACH_TIME_LOGGED_AS = re.compile(
    r"^(?:then\s+)?(?:each|every)\s+time\s+(?:we|i)\s+(?:do|run|make|drive|take)\s+(?:a|an|the)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?:we|i)\s+(?:would\s+)?(?:log|record|write|enter|keep)\s+it\s+"
    r"(?:down\s+)?as\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+with\s+(?P<listed>(?:a|an|the|their|its)\s[^;:]+?)"
    r"(?P<rest>\s+-\s+[^;:]+)?$"
)


@statement_by_statement
def each_time_logged_as(sentence: str) -> str:
    """``each time we do a round we log it as a trip with the date, ...``: *each trip belongs
    to one round; each trip has the date, ...*; what follows a dash is said on its own."""
    match = _EACH_TIME_LOGGED_AS.match(sentence)
    said = owned_as_matched(match, sentence)
    if match is None or said == sentence or not match["rest"]:
        return said
    return f"{said}; {match['rest'].strip(' -')}"


_WHEN_IT_HAPPENS_ONE_WRITES_UP = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time|if)\s+[^:;]+?,\s+the\s+"
    rf"(?P<who>{NOUN_PATTERN}?)(?:\s+on\s+(?:shift|duty|call))?\s+(?:writes\s+up|fills\s+in|"
    rf"logs|records|files|raises|opens)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?):\s+"
    r"(?P<listed>[^;:]+)$"
)


@statement_by_statement
def when_it_happens_one_writes_up(sentence: str) -> str:
    """``when a kart hits the barrier ..., the duty manager on shift writes up an incident
    report: date and time, ...``: *each incident report belongs to one duty manager; each
    incident report has date and time, ...*; what set it off is no record of its own."""
    return owned_as_matched(_WHEN_IT_HAPPENS_ONE_WRITES_UP.match(sentence), sentence, ("who",))


_AFTER_EACH_ONE_ENTERS_THEIRS = re.compile(
    r"^after\s+(?:each|every|the)\s+(?P<when>[a-z][\w\-]*),?\s+the\s+"
    rf"(?P<who>{NOUN_PATTERN}?)\s+(?:enters|records|logs|writes\s+down|notes|puts\s+in)\s+"
    r"(?:each|every)\s+(?P<whose>[a-z][\w\-]*)'s\s+(?P<record>[a-z][\w\-]*):\s+(?P<listed>[^;:]+)$"
)


@statement_by_statement
def after_each_one_enters_theirs(sentence: str) -> str:
    """``after each round the race secretary enters each driver's result: finishing position,
    ...``: *each result belongs to one round; each result belongs to one driver; each result
    has finishing position, ...*; who enters it only keeps the records."""
    match = _AFTER_EACH_ONE_ENTERS_THEIRS.match(sentence)
    return owned_as_matched(match, sentence, ("when", "whose"))


_WHEN_IT_COMES_ONE_RECORDS_FOR_IT = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time|once)\s+(?:a|an|the)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?!is\s|are\s|gets\s)[a-z][^,;:]*,\s+(?:the\s+|our\s+)?"
    r"(?:[a-z][\w\-]*\s+)?(?:staff|we|i|someone|they)\s+(?:record|log|note|enter|add|take)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:for|against|on)\s+(?:it|them):\s+"
    r"(?P<listed>[^;:]+)$"
)


@statement_by_statement
def when_it_comes_one_records_for_it(sentence: str) -> str:
    """``when a game comes back to the wall, staff record a play for it: the date, ...``: *each
    play belongs to one game; each play has the date, ...*; what set it off is no record."""
    return owned_as_matched(_WHEN_IT_COMES_ONE_RECORDS_FOR_IT.match(sentence), sentence)


_EACH_TIME_ONE_IS_DONE_WE_LOG = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time)\s+(?:a|an|the)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+is\s+(?P<done>[a-z][\w\-]*ed)(?:\s+for\s+(?P<for>[a-z]+))?,?\s+"
    r"(?:we|i)\s+(?:log|record|note|write\s+down|enter|keep)\s+"
    r"(?P<listed>(?:a|an|the|their|its|whether|who|how)\s[^;:]+)$"
)
_NO_ACTS_OF_THEIR_OWN = frozenset(["made", "created", "added", "used", "changed", "updated"])
"""*each time a booking is made we note ...*: the booking's own facts, no act of its own."""


@statement_by_statement
def each_time_one_is_done_we_log(sentence: str) -> str:
    """``each time a batch is checked for quality we log the date, who checked it and ...``:
    *each quality check belongs to one batch; each quality check has the date, ...*; the act
    named by what was done to it, and by what for."""
    match = _EACH_TIME_ONE_IS_DONE_WE_LOG.match(sentence)
    if match is None or match["done"] in _NO_ACTS_OF_THEIR_OWN:
        return sentence
    lemma = verb_lemma(match["done"])
    act = act_noun(lemma) if lemma else None
    if not act:
        return sentence
    record = f"{match['for']} {act}" if match["for"] else act
    return owned_if_named(record, (match["one"],), match["listed"], sentence)


_MADE_IN_BATCHES = re.compile(
    r"^(?:[^;:,]*?,\s+)?(?:we|i)\s+(?:make|brew|bake|produce|roast|cook|press|dye|mix)\s+"
    rf"(?:the\s+|our\s+)?(?P<things>{NOUN_PATTERN}?)\s+in\s+(?P<record>batches|runs|lots|brews),?"
    r"\s+(?:recording|noting|logging|with)\s+"
    r"(?P<listed>(?:a|an|the|its|their|whether|how)\s[^;:]+)$"
)


@statement_by_statement
def made_in_batches(sentence: str) -> str:
    """``we make products in batches, recording the date made, the quantity produced, ...``:
    *each batch belongs to one product; each batch has the date made, ...*."""
    match = _MADE_IN_BATCHES.match(sentence)
    if match is None:
        return sentence
    thing, record = singular_phrase(match["things"]), singular_phrase(match["record"])
    if thing == match["things"]:
        return sentence
    return owned_if_named(record, (thing,), match["listed"], sentence)


_GETS_ONE_FOR_EACH = re.compile(
    r"^(?:at\s+the\s+(?:start|end)\s+of\s+(?:each|every)\s+[a-z]+,?\s+)?(?:each|every)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?:gets|receives|is\s+sent|is\s+given)\s+(?:a|an)\s+"
    rf"(?P<record>{NOUN_PATTERN}?)\s+for\s+(?:that|the|each|every)\s+(?P<when>{NOUN_PATTERN}?)"
    r"(?:,\s+(?:worked\s+out|calculated|priced|based)\s+(?:from|on|using)\s+(?:one|a|an|the)\s+"
    rf"(?P<source>{NOUN_PATTERN}?))?,\s+with\s+(?P<listed>(?:a|an|the|its|their)\s[^;:]+)$"
)


@statement_by_statement
def gets_one_for_each(sentence: str) -> str:
    """``at the start of each term each family gets an invoice for that term, worked out from
    one fee band, with an amount, ...``: *each invoice belongs to one family, one term and one
    fee band; each invoice has an amount, ...*."""
    match = _GETS_ONE_FOR_EACH.match(sentence)
    if match is None:
        return sentence
    ones = tuple(one for one in (match["one"], match["when"], match["source"]) if one)
    return owned_if_named(match["record"], ones, match["listed"], sentence)


_WHEN_ONE_DOES_WE_NEED = re.compile(
    rf"^(?P<things>{NOUN_PATTERN}?)\s+(?:do\s+not|does\s+not|rarely|seldom)\s+"
    r"(?:come\s+(?:in\s+|up\s+)?"
    r"|happen\s+|turn\s+up\s+)?(?:often|much|very\s+often)?,?\s+but\s+when\s+(?:one|they|it)\s+"
    r"(?:does|do|comes\s+in|happens),?\s+(?:we|i)\s+(?:need|want|note|record|log|take|keep)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;:]+)$"
)


@statement_by_statement
def when_one_does_we_need(sentence: str) -> str:
    """``claims do not come often, but when one does we need the date, ...``: *each claim has
    the date, ...*; how often they come names no record."""
    match = _WHEN_ONE_DOES_WE_NEED.match(sentence)
    if match is None:
        return sentence
    return each_of_them_has(match["things"], match["listed"], sentence)


_WHEN_ONE_ARRIVES_WE_LOG = re.compile(
    rf"^when\s+(?:a|an|the)\s+(?:(?P<whose>{NOUN_PATTERN}?)'s\s+)?(?P<record>{NOUN_PATTERN}?)\s+"
    r"(?:arrives|comes\s+in|turns\s+up|lands)(?:\s+from\s+(?:a|an|the)\s+"
    rf"(?P<source>{NOUN_PATTERN}?))?,?\s+(?:we|i)\s+(?:log|record|note|write\s+down|enter)\s+"
    r"(?!the\s+[a-z][\w\-]*'s\s)"  # "we take the owner's name": the owner's list, read elsewhere
    # "we log a stay with ...": a record of its own, told with its list, read elsewhere
    r"(?P<listed>(?:the|its|their|whether|who|how)\s[^;:]+)$"
)


@statement_by_statement
def when_one_arrives_we_log(sentence: str) -> str:
    """``when a supplier's delivery arrives we log the date, the invoice number, ...``: *each
    delivery belongs to one supplier; each delivery has the date, ...*; what arrives is the
    record, whose it is (or where it is from) the one it belongs to."""
    match = _WHEN_ONE_ARRIVES_WE_LOG.match(sentence)
    if match is None:
        return sentence
    ones = tuple(one for one in (match["whose"], match["source"]) if one)
    return owned_if_named(match["record"], ones, match["listed"], sentence)


_HAS_IT_DONE_AND_WE_WANT_IT_LOGGED = re.compile(
    r"^(?:each|every)\s+(?P<one>[a-z][\w\-]*)(?:\s+in\s+the\s+[a-z][\w\-]*)?\s+has\s+its\s+"
    r"(?P<part>[a-z][\w\-]*)\s+(?P<done>[a-z]+ed)\s+[^;,]*?\s+and\s+(?:we|i)\s+(?:want|need)\s+"
    r"(?:that|it|this|them)\s+(?:logged|recorded|tracked|written\s+down)(?:\s+properly)?$"
)


@statement_by_statement
def has_it_done_and_we_log_it(sentence: str) -> str:
    """``each fryer in the range has its oil changed several times a week and we want that
    logged properly``: *each oil change belongs to one fryer*; how often it is done names no
    field, and its list is told after it."""
    match = _HAS_IT_DONE_AND_WE_WANT_IT_LOGGED.match(sentence)
    lemma = verb_lemma(match["done"]) if match else None
    if match is None or lemma is None:
        return sentence
    act = act_noun(lemma) or (lemma if can_be_noun(lemma) else None)
    if act is None or not phrase_can_name_records(match["one"]):
        return sentence
    return f"each {match['part']} {act} belongs to one {match['one']}"
