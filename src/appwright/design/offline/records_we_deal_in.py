"""Records told by what the business does with them, then what each one has.

- *we sell several party packages, and each has a name, ...*; *we run courses, each with a
  price*: the records are what we sell or run, and the list after *each* is theirs;
- *anyone can join as a member, we take their name, ..., and they get a card number*: the
  member's list, the number they are given with it;
- *each live food line is an insect (cricket, locust, ...) in a size (micro, small, ...) with a
  price per tub*: what one is, told with its values, is a field of it;
- *tubs that die off get written off against their delivery with a date, ...*: a write-off of
  the delivery's with that list;
- *for each young person going on a camp we need a consent form back from the parent, ..., and
  on it we want who signed it, ...*: a consent form of the young person's and the camp's;
- *when a volunteer signs up for a shift, we open a booking with a date*: a booking of the
  volunteer's and the shift's;
- *when someone reserves or buys an animal, we link it to the buyer, keeping their name, ...*:
  the animal belongs to a buyer with that list;
- *..., the marshal on duty files an accident report; it records the date and time, ...*: the
  report's list;
- *for each contract we set out the booked days, each a weekday (monday, ...) with a drop-off
  time ...*: the booked day's list, what each one is among it;
- *the advisers are volunteers too, we only need their name and phone*; *parents and carers go
  in with a name, ...*; *what we need is donors, with a name, ..., and
  then each pledge a donor makes, with the amount, ...*: each list is theirs;
- *their leader raises a move naming the section and a planned linking date*: a move of the
  section's with the date; *committee members report problems like a dripping tap as jobs, each
  in one area, with a title, ...*: jobs of the area's with that list;
- *when we ask a keyholder to let us into a site we log an access request with the date, ...*:
  an access request of the keyholder's and the site's;
- *drivers empty the cash box ... and we want each cash collection on record: the machine,
  ...*: the collection's list;
- *..., and one of our hosts looks after them, so each party needs a room and a host*: what
  each one needs, a clause of its own.

`SAID_IN_PASSING` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import (
    owned_and_listed,
    owned_as_matched,
    said_in_place,
    statement_by_statement,
)
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    is_plural,
    phrase_can_name_records,
    singular_phrase,
)

_WE_DEAL_IN_SEVERAL_EACH = re.compile(
    r"(?P<lead>^|(?<=,\s)|(?<=;\s))(?:we|i)\s+(?:sell|offer|run|stock|hire\s+out|rent\s+out|"
    r"operate|own|make|grow|breed|teach|do)\s+"
    r"(?:(?:a\s+few|several|many|some|lots\s+of|a\s+number\s+of|various|different|a\s+range\s+of|"
    r"two|three|four|five|six|\d+)\s+)?"
    rf"(?P<things>{NOUN_PATTERN}s)(?:,\s+and|,|\s+and|;)\s+each(?:\s+one)?\s+"
    r"(?P<verb>has|have|with|comes|is|gets|carries|needs)\s"
)


def we_deal_in_several_each_has(sentence: str) -> str:
    """``we sell several party packages, and each has a name, ...``: *each party package has a
    name, ...*; what we sell, run or stock is the record the list after *each* is of."""
    match = _WE_DEAL_IN_SEVERAL_EACH.search(sentence)
    if match is None or not phrase_can_name_records(match["things"]):
        return sentence
    if re.search(r"\bthem\b", sentence[match.end() :]):
        return sentence  # "..., and an evening can use several of them": they stay said
    one = singular_phrase(match["things"])
    verb = {"with": "has", "have": "has"}.get(match["verb"], match["verb"])
    return f"{sentence[: match.start()]}each {one} {verb} {sentence[match.end() :]}"


_JOINS_AS_ONE_WE_TAKE = re.compile(
    r"^(?:anyone|anybody|people|customers|everyone|you)\s+(?:can|may)\s+(?:join|sign\s+up|"
    rf"register|enrol|enroll)\s+as\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)"
    r"(?:\s+of\s+(?:the|our)\s+[a-z][\w\-]*)?,?\s+(?:and\s+)?"
    r"(?:we|i)\s+(?:take|record|keep|note|get|ask\s+for|need)\s+(?:their|his|her)\s+"
    r"(?P<listed>[^;]+?)"
    r"(?:(?:,\s+and|;)\s+(?:they|he|she)\s+(?:get|gets|are\s+given|is\s+given)\s+"
    r"(?P<given>(?:a|an)\s+[^;,]+))?$"
)


@statement_by_statement
def joins_as_one_we_take_their(sentence: str) -> str:
    """``anyone can join as a member, we take their name, ..., and they get a card number``:
    *each member has name, ..., and a card number*."""
    match = _JOINS_AS_ONE_WE_TAKE.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    listed = match["listed"]
    if match["given"]:
        listed = f"{listed}, and {match['given']}"
    return f"each {match['record']} has {listed}"


_VALUES = r"\((?![^()]*\b(?:a|an|the)\s)[^()]+\bor\s[^()]+\)"
_IS_ONE_WITH_VALUES = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}(?:\s+[a-z][\w\-]*)?)\s+is\s+"
    rf"(?P<kinds>(?:a|an)\s+{NOUN_PATTERN}?\s+{_VALUES}(?:\s+(?:in|of|at|for)\s+(?:a|an)\s+"
    rf"{NOUN_PATTERN}?\s+{_VALUES})*)(?:\s+(?:with|and)\s+(?P<rest>(?:a|an|the|its)\s[^;]+))?$"
)
_ONE_KIND = re.compile(rf"\b(?:a|an)\s+(?P<item>{NOUN_PATTERN}?\s+{_VALUES})")


@statement_by_statement
def is_one_with_its_values(sentence: str) -> str:
    """``each live food line is an insect (cricket, locust or waxworm) in a size (small or
    large) with a price per tub``: *each live food line has an insect (...), a size (...) and a
    price per tub*."""
    match = _IS_ONE_WITH_VALUES.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    items = [f"a {found['item']}" for found in _ONE_KIND.finditer(match["kinds"])]
    if match["rest"]:
        items.append(match["rest"])
    listed = ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else items[0]
    return f"each {match['record']} has {listed}"


_WRITTEN_OFF_AGAINST = re.compile(
    rf"^(?:(?:any\s+|the\s+)?(?P<things>{NOUN_PATTERN}?)(?:\s+(?:that|which|who)\s+[^,;]+?)?|"
    r"anything\s+[^;]+?)\s+(?:get|gets|are|is)\s+written\s+off\s+(?:against|from)\s+(?:their|"
    rf"its|the)\s+(?P<one>{NOUN_PATTERN}?)\s+with\s+(?P<listed>(?:a|an|the)\s[^;]+?)"
    r"(?:,\s+and\s+(?P<wanted>(?:we|i)\s+(?:would\s+like|want|need)\s[^;]+))?$"
)


@statement_by_statement
def written_off_against_one(sentence: str) -> str:
    """``tubs that die off get written off against their delivery with a date, ...``: *each
    write-off belongs to one delivery; each write-off has a date, ...*; so is *anything past
    its date or damaged gets written off from its batch with ..., and we would like ...*."""
    match = _WRITTEN_OFF_AGAINST.match(sentence)
    if match is None or not (match["things"] is None or is_plural(match["things"])):
        return sentence
    if not sentence.startswith("any") and match["things"] is None:
        return sentence
    if not phrase_can_name_records(match["one"]):
        return sentence
    wanted = f"; {match['wanted']}" if match["wanted"] else ""
    return owned_and_listed("write-off", (match["one"],), match["listed"]) + wanted


_SO_EACH_NEEDS = re.compile(
    r",\s+so\s+(?=(?:each|every)\s+[a-z][\w\-]*\s+(?:needs|has|gets)\s|for\s+(?:the\s+)?"
    r"[a-z][\w\-]*s\s+(?:we|i)\s+(?:keep|need|want|record|note)\s)"
)


_AND_WHAT_WE_NEED_IS = re.compile(
    r",\s+and\s+(?=what\s+(?:we|i)\s+(?:really\s+)?(?:need|want|would\s+like)\s+is\s)"
)


def said_apart(sentence: str) -> str:
    """``..., and one of our hosts looks after them, so each party needs a room and a host``:
    *...; each party needs a room and a host*, a clause of its own; so are *..., so for leaders
    we keep the name, ...* and *for the young people just name ... is plenty, and what we need
    is a count of ...*."""
    sentence = _AND_WHAT_WE_NEED_IS.sub("; ", sentence)
    # only after a clause with more than one part ("the water is sampled on most jobs, so each
    # sample needs ..." tells why the sample is kept)
    return _SO_EACH_NEEDS.sub(
        lambda m: "; " if " and " in m.string[: m.start()].rsplit(";", 1)[-1] else m[0], sentence
    )


_WANTED_ON_RECORD = re.compile(
    r"(?P<lead>^|,?\s+and\s+|;\s+)(?:we|i)\s+(?:want|need|would\s+like|would\s+want)\s+"
    rf"(?:each|every)\s+(?P<record>{NOUN_PATTERN})\s+(?:on\s+record|on\s+file|on\s+the\s+system|"
    r"logged|recorded|written\s+down)\s*:\s+(?P<listed>[^;]+)$"
)


def wanted_on_record(sentence: str) -> str:
    """``drivers empty the cash box of each machine and we want each cash collection on record:
    the machine, the driver, ...``: *...; each cash collection has the machine, ...*."""
    match = _WANTED_ON_RECORD.search(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    lead = "; " if match["lead"] else ""
    return f"{sentence[: match.start()]}{lead}each {match['record']} has {match['listed']}"


_FOR_EACH_WE_NEED_ONE = re.compile(
    rf"^for\s+(?:each|every)\s+(?P<one>{NOUN_PATTERN}?)(?:\s+(?:going\s+on|going\s+to|on|at|in|"
    rf"attending|booked\s+on)\s+(?:a|an|the|each)\s+(?P<two>{NOUN_PATTERN}?))?,?\s+(?:we|i)\s+"
    rf"need\s+(?:a|an|one)\s+(?P<record>{NOUN_PATTERN}?)(?:\s+back)?(?:\s+from\s+(?:the|their|a|"
    rf"an)\s+"
    r"[a-z][\w\-]*)?(?:,\s+one\s+per\s+[^,;]+)?(?:,\s+and|;)\s+on\s+(?:it|each(?:\s+one)?)\s+"
    r"(?:we|i)\s+(?:want|need|keep|record|note|put|log)\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def for_each_we_need_one_and_on_it(sentence: str) -> str:
    """``for each young person going on a camp we need a consent form back from the parent, one
    per child per camp, and on it we want who signed it, ...``: *each consent form belongs to
    one young person; each consent form belongs to one camp; each consent form has who signed
    it, ...*."""
    match = _FOR_EACH_WE_NEED_ONE.match(sentence)
    if match is None:
        return sentence
    owners = ("one", "two") if match["two"] else ("one",)
    return owned_as_matched(match, sentence, owners)


_WHEN_ONE_ACTS_WE_OPEN = re.compile(
    r"^(?:when|whenever|once|each\s+time|every\s+time)\s+(?:a|an|the|one\s+of\s+our)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+[a-z]+s(?:\s+(?:on|for|up\s+for|onto|into|to|in|up))?\s+"
    rf"(?:a|an|the|one)\s+(?P<two>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:open|create|start|raise|"
    rf"make|add|set\s+up)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;]+)$"
)


@statement_by_statement
def when_one_acts_we_open_one(sentence: str) -> str:
    """``when a volunteer signs up for a shift, we open a booking with a date``: *each booking
    belongs to one volunteer; each booking belongs to one shift; each booking has a date*."""
    match = _WHEN_ONE_ACTS_WE_OPEN.match(sentence)
    if match is None or len({match["one"], match["two"], match["record"]}) < 3:
        return sentence
    return owned_as_matched(match, sentence, ("one", "two"))


_WE_LINK_IT_TO_THE_ONE = re.compile(
    r"^when\s+(?:someone|somebody|anyone|a\s+customer)\s+[^,;]+?\s+(?:a|an|the)\s+"
    rf"(?P<record>{NOUN_PATTERN}?),?\s+(?:we|i)\s+link\s+it\s+to\s+the\s+"
    rf"(?P<one>{NOUN_PATTERN}?),\s+"
    r"(?:keeping|taking|recording|noting|with)\s+(?:their|his|her)\s+(?P<listed>[^;]+)$"
)


@statement_by_statement
def we_link_it_to_the_one(sentence: str) -> str:
    """``when someone reserves or buys an animal, we link it to the buyer, keeping their name,
    ...``: *each animal belongs to one buyer; each buyer has name, ...*."""
    match = _WE_LINK_IT_TO_THE_ONE.match(sentence)
    said = (match["record"], match["one"]) if match else ()
    if match is None or not all(phrase_can_name_records(phrase) for phrase in said):
        return sentence
    return (
        f"each {match['record']} belongs to one {match['one']}; "
        f"each {match['one']} has {match['listed']}"
    )


_FILES_ONE_IT_RECORDS = re.compile(
    r"^(?P<before>[^;]*?\b(?:files|writes|writes\s+up|fills\s+in|raises|opens|logs|makes)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?))(?:;|,\s+and)\s+it\s+(?:records|has|notes|holds|"
    r"shows)\s+(?P<listed>(?:a|an|the|its|what|how|which|when|whether)\s[^;]+)$"
)


def files_one_it_records(sentence: str) -> str:
    """``..., the marshal on duty files an accident report; it records the date and time, ...``:
    *...; each accident report has the date and time, ...*."""
    match = _FILES_ONE_IT_RECORDS.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    return f"{match['before']}; each {match['record']} has {match['listed']}"


_EACH_ONE_A_KIND = re.compile(
    rf"(?<=\s)(?:the\s+)?(?P<things>{NOUN_PATTERN}?s),\s+each\s+(?:a|an|one)\s+"
    rf"(?P<kind>[a-z][\w\-]*)\s+"
    r"(?P<values>\([^()]+\))(?:,?\s+with\s+(?P<listed>(?:a|an|the|its)\s[^;]+))?$"
)


def each_one_a_kind(sentence: str) -> str:
    """``for each contract we set out the booked days, each a weekday (monday, ...) with a
    drop-off time ...``: *...the booked days; each booked day has a weekday (monday, ...) and a
    drop-off time ...*."""
    match = _EACH_ONE_A_KIND.search(sentence)
    if match is None or not phrase_can_name_records(match["things"]):
        return sentence
    listed = f"a {match['kind']} {match['values']}"
    if match["listed"]:
        listed = f"{listed} and {match['listed']}"
    before = sentence[: match.end("things")]
    return f"{before}; each {singular_phrase(match['things'])} has {listed}"


_GO_IN_WITH = re.compile(
    rf"^(?:what\s+(?:we|i)\s+need\s+is\s+)?(?P<things>{NOUN_PATTERN}?s)(?:\s+and\s+"
    rf"[a-z][\w\-]*s)?,?\s+"
    r"(?:go\s+in\s+|go\s+on\s+(?:the\s+system\s+|file\s+)?)?with\s+(?=(?:a|an|the|their)\s)"
)
_AND_THEN_EACH_ONE_MAKES = re.compile(
    rf",\s+and\s+then\s+(?:each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:a|an)\s+"
    rf"(?P<who>[a-z][\w\-]*)\s+"
    r"(?:makes|places|gives|books|takes\s+out|sends),\s+with\s+(?=(?:a|an|the|their|its|how)\s)"
)


def go_in_with(sentence: str) -> str:
    """``parents and carers go in with a name, ...``, ``what we need is donors, with a name,
    ..., and then each pledge a donor makes, with the amount ...``: *parents have a name, ...*;
    *donors have a name, ...; each pledge belongs to one donor; each pledge has the amount*."""
    match = _GO_IN_WITH.match(sentence)
    if match is None or not phrase_can_name_records(match["things"]):
        return sentence
    if not match[0].startswith("what") and " in " not in match[0] and " on " not in match[0]:
        return sentence  # "parents with a name ...": a list heard elsewhere
    said = f"{match['things']} have {sentence[match.end() :]}"
    return _AND_THEN_EACH_ONE_MAKES.sub(
        lambda m: f"; each {m['record']} belongs to one {m['who']}; each {m['record']} has ", said
    )


_RAISES_ONE_NAMING = re.compile(
    r"(?P<lead>^|,\s+|;\s+)(?:the|their|a|an|our)\s+[a-z][\w\-]*\s+(?:raises|opens|creates|logs|"
    r"writes)\s+"
    rf"(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+naming\s+the\s+(?P<one>{NOUN_PATTERN}?)\s+and\s+"
    r"(?P<listed>(?:a|an|the)\s[^;]+?)(?=;|$)"
)
_REPORTED_AS_ONES_EACH_IN_ONE = re.compile(
    r"^(?:(?P<who>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+)?(?:report|log|raise|record)\s+"
    r"[^,;]*?\bas\s+"
    rf"(?P<things>{NOUN_PATTERN}?s),\s+each\s+(?:in|on|at|for)\s+one\s+(?P<one>{NOUN_PATTERN}?),\s+"
    r"with\s+(?P<listed>(?:a|an|the)\s[^;]+)$"
)


def raises_one_naming_one(sentence: str) -> str:
    """``..., their leader raises a move naming the section and a planned linking date``: *...;
    each move belongs to one section; each move has a planned linking date*; so *committee
    members report problems like a dripping tap as jobs, each in one area, with a title, ...*."""
    reported = _REPORTED_AS_ONES_EACH_IN_ONE.match(sentence)
    if reported and phrase_can_name_records(reported["things"]):
        record = singular_phrase(reported["things"])
        who = reported["who"]
        owners = (reported["one"], singular_phrase(who)) if who and can_name_records(who) else ()
        return owned_and_listed(record, owners or (reported["one"],), reported["listed"])
    match = _RAISES_ONE_NAMING.search(sentence)
    said = owned_as_matched(match, sentence)
    if match is None or said == sentence:
        return sentence
    return (
        f"{sentence[: match.start()]}{'; ' if match['lead'] else ''}{said}{sentence[match.end() :]}"
    )


_WHEN_WE_ASK_ONE_TO = re.compile(
    rf"^when\s+(?:we|i)\s+ask\s+(?:a|an|the)\s+(?P<one>{NOUN_PATTERN}?)\s+to\s+[a-z]+\s+(?:us\s+)?"
    rf"(?:into|to|at|for|in|on)\s+(?:a|an|the)\s+(?P<two>{NOUN_PATTERN}?),?\s+(?:we|i)\s+(?:log|"
    rf"record|"
    rf"note|open|raise)\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|how|whether|which)\s[^;]+)$"
)


@statement_by_statement
def when_we_ask_one_to(sentence: str) -> str:
    """``when we ask a keyholder to let us into a site we log an access request with the date,
    ...``: *each access request belongs to one keyholder; ... to one site; each access request
    has the date, ...*."""
    return owned_as_matched(_WHEN_WE_ASK_ONE_TO.match(sentence), sentence, ("one", "two"))


_ARE_ONES_TOO_WE_NEED_THEIR = re.compile(
    rf"(?P<lead>^|\s+-\s+|;\s+)(?:the\s+)?(?P<things>{NOUN_PATTERN}?s)\s+are\s+[a-z][\w\-]*"
    r"(?:\s+too|\s+as\s+well)?,\s+"
    r"(?:and\s+|so\s+)?(?:we|i)\s+(?:only\s+|just\s+)?(?:need|keep|want|take)\s+their\s+"
    r"(?P<listed>[^;]+)$"
)


def are_ones_too_we_need_theirs(sentence: str) -> str:
    """``... - the advisers are volunteers too, we only need their name and phone``: *...; the
    advisers have name and phone*."""
    match = _ARE_ONES_TOO_WE_NEED_THEIR.search(sentence)
    if match is None or not phrase_can_name_records(match["things"]):
        return sentence
    return said_in_place(sentence, match, f"{match['things']} have {match['listed']}")
