"""Records kept for each one someone names, with the list each keeps.

- *every trainee who signs up with us gets a record with their name, ...*: the trainee's own
  list; signing up is no record;
- *people sign up as members and we take their name, ..., because ..., and then each member
  picks ...*: each member's list; why a field is kept is no field;
- *..., so we keep each member's name and email and, for each subscription, the year, ...*:
  the member's list, and the subscription's, each subscription the member's;
- *what we would like is each client's medicines listed - the name of the drug, ... - and then
  ...*: the medicines, each the client's, with the list between the dashes;
- round 106's: *the same person comes to many work days, so each time someone turns up we note
  ...* (an attendance), *a notice can lead to court hearings where we want ...*, *we send
  tenants letters, each with ...*, *each guarantee covers one property with ...*, *each quote
  line is one window with ...*, *we hold work days, and each one has ...*, *and then the notice
  itself: ...*, *we keep landlords separate because ..., with ...* and *I'd like each
  planting-out written down*.

`TOLD_WITH_WHAT_WE_DO` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import owned_if_named, statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import phrase_can_name_records, singular_phrase


def _told_after(sentence: str, match: re.Match[str], said: str) -> str:
    """``said`` in place of what ``match`` read, after what the statement told before it."""
    before = sentence[: match.start()]
    return f"{before}; {said}" if before else said


_WHO_GETS_A_RECORD = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:who|that)\s+[^,;]+?\s+(?:gets|is\s+"
    r"given)\s+(?:a|an|their\s+own)\s+(?:record|entry|file|profile|card)\s+(?:with|holding|"
    r"showing)\s+(?P<listed>(?:a|an|the|their|its)\s[^;]+)$"
)


@statement_by_statement
def who_gets_a_record_with(sentence: str) -> str:
    """``every trainee who signs up with us gets a record with their name, ...``: *each trainee
    has their name, ...*; the record is the trainee's own, and signing up no record."""
    match = _WHO_GETS_A_RECORD.match(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    return f"each {match['one']} has {match['listed']}"


_SIGN_UP_AS_ONES = re.compile(
    r"^(?:people|customers|folk|they)\s+(?:sign\s+up|join|register|enrol|enroll)\s+as\s+"
    rf"(?P<many>{NOUN_PATTERN}?s)\s+and\s+(?:we|i)\s+(?:keep|take|record|note|store)\s+their\s+"
    r"(?P<listed>[^;]+?)(?:,\s+because\s+[^;]*?)?(?:,\s+and\s+then\s+(?P<then>each\s[^;]+))?$"
)


@statement_by_statement
def sign_up_as_ones(sentence: str) -> str:
    """``people sign up as members and we take their name, email, ..., because ..., and then
    each member picks one of our plans``: *each member has name, email, ...; each member picks
    one of our plans*; who signs up is the record, and why a field is kept no field."""
    match = _SIGN_UP_AS_ONES.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not phrase_can_name_records(one):
        return sentence
    then = f"; {match['then']}" if match["then"] else ""
    return f"each {one} has {match['listed']}{then}"


_EACH_ONES_AND_FOR_EACH_OTHER = re.compile(
    r"^(?:[^;]*?,\s+so\s+)?(?:we|i)\s+(?:keep|record|store|note|take)\s+each\s+"
    rf"(?P<one>{NOUN_PATTERN}?)'s\s+(?P<own>[^;]+?)\s+and,\s+for\s+(?:each|every)\s+"
    rf"(?P<record>{NOUN_PATTERN}?),\s+(?P<listed>(?:a|an|the|its|their|whether|how)\s[^;]+)$"
)


@statement_by_statement
def each_ones_and_for_each_other(sentence: str) -> str:
    """``..., so we keep each member's name and email and, for each subscription, the year, the
    amount and ...``: *each member has name and email; each subscription belongs to one member;
    each subscription has the year, ...*."""
    match = _EACH_ONES_AND_FOR_EACH_OTHER.match(sentence)
    if match is None:
        return sentence
    said = owned_if_named(match["record"], (match["one"],), match["listed"], "")
    return f"each {match['one']} has {match['own']}; {said}" if said else sentence


_EACH_ONES_LISTED_BETWEEN_DASHES = re.compile(
    r"^(?:what\s+(?:we|i)\s+would\s+like\s+is|(?:we|i)\s+(?:want|need|would\s+like))\s+each\s+"
    rf"(?P<one>{NOUN_PATTERN}?)'s\s+(?P<many>{NOUN_PATTERN}?s)\s+(?:listed|kept|recorded)\s+-\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s[^;]+?)\s+-\s+(?:and\s+)?(?:then\s+)?(?P<then>[^;]+)$"
)


@statement_by_statement
def each_ones_listed_between_dashes(sentence: str) -> str:
    """``what we would like is each client's medicines listed - the name of the drug, the dose,
    ... - and then ...``: *each medicine belongs to one client; each medicine has the name of
    the drug, ...; ...*."""
    match = _EACH_ONES_LISTED_BETWEEN_DASHES.match(sentence)
    if match is None:
        return sentence
    each = singular_phrase(match["many"])
    said = owned_if_named(each, (match["one"],), match["listed"], "")
    return f"{said}; {match['then']}" if said and each != match["many"] else sentence


_WE_HOLD_ONES_AND_EACH_HAS = re.compile(
    r"^(?:we|i)\s+(?:hold|run|have|keep|organise|organize|put\s+on|offer)\s+"
    rf"(?P<things>{NOUN_PATTERN}?s),?\s+and\s+each\s+(?:one\s+|of\s+them\s+)?(?:has|gets)\s+"
    r"(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


@statement_by_statement
def we_hold_ones_and_each_has(sentence: str) -> str:
    """``we hold work days, and each one has a date, a main job ...``: *each work day has a
    date, ...*; what we hold is the record each one is."""
    match = _WE_HOLD_ONES_AND_EACH_HAS.match(sentence)
    one = singular_phrase(match["things"]) if match else ""
    if match is None or not phrase_can_name_records(one):
        return sentence
    return f"each {one} has {match['listed']}"


_COMES_TO_MANY_EACH_TIME_WE_NOTE = re.compile(
    r"(?:^|;\s+|,\s+and\s+)the\s+same\s+(?P<who>[a-z][\w\-]*)\s+(?:comes|goes|turns\s+up)\s+to\s+"
    rf"(?:many|lots\s+of|loads\s+of|several)\s+(?P<ones>{NOUN_PATTERN}?s)[;,]\s+(?:so\s+)?"
    r"(?:each|every)\s+"
    r"time\s+(?:someone|somebody|they|he|she)\s+(?:turns\s+up|comes|attends|shows\s+up),?\s+"
    r"(?:we|i)\s+(?:note|log|record|jot\s+down|write\s+down|take)\s+"
    r"(?P<listed>(?:the|a|an|their|how)\s[^;]+)$"
)
_FOR_THE_ONES = re.compile(r"^for\s+(?:the|our|each|every)\s+(?P<ones>[a-z][\w\-]*)\b")


def comes_to_many_each_time_we_note(sentence: str) -> str:
    """``for the volunteers we want name, ...; the same person comes to many work days; each
    time someone turns up we note the hours``: *...; each attendance belongs to one volunteer;
    each attendance belongs to one work day; each attendance has the hours*, the person being
    the one the statement before kept."""
    match = _COMES_TO_MANY_EACH_TIME_WE_NOTE.search(sentence)
    ones = singular_phrase(match["ones"]) if match else ""
    if match is None or not phrase_can_name_records(ones):
        return sentence
    who = match["who"]
    if who in ("person", "one"):
        kept = _FOR_THE_ONES.match(sentence)
        who = singular_phrase(kept["ones"]) if kept else ""
    said = [f"each attendance belongs to one {ones}", f"each attendance has {match['listed']}"]
    if who and phrase_can_name_records(who):
        said.insert(0, f"each attendance belongs to one {who}")
    return _told_after(sentence, match, "; ".join(said))


_AND_THEN_THE_ONE_COLON = re.compile(
    rf",?\s+and\s+then\s+the\s+(?P<one>{NOUN_PATTERN}?)(?:\s+itself)?:\s+"
    r"(?P<listed>(?:the|a|an|its)\s[^;]+)$"
)


@statement_by_statement
def and_then_the_one_colon(sentence: str) -> str:
    """``so we need the tenant's name and phone, and then the notice itself: the type, the date
    it was served ...``: *...; each notice has the type, ...*, the list after the colon being
    the one named before it."""
    match = _AND_THEN_THE_ONE_COLON.search(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    return f"{sentence[: match.start()]}; each {match['one']} has {match['listed']}"


_KEEP_ONES_SEPARATE_WITH = re.compile(
    rf"^(?P<lead>.*?)(?:and\s+)?(?:we|i)\s+(?:would\s+)?keep\s+(?P<ones>{NOUN_PATTERN}?s)\s+"
    r"(?:separate|separately|on\s+their\s+own)(?:\s+because\s+[^,;]+)?,\s+with\s+"
    r"(?P<listed>(?:a|an|the|their|its)\s[^;]+)$"
)


@statement_by_statement
def keep_ones_separate_with(sentence: str) -> str:
    """``every notice comes from a landlord, and I'd keep landlords separate because the same
    ones turn up again and again, with a name, a phone number ...``: *...; each landlord has a
    name, ...*; why they are kept apart names no record."""
    match = _KEEP_ONES_SEPARATE_WITH.match(sentence)
    one = singular_phrase(match["ones"]) if match else ""
    if match is None or not phrase_can_name_records(one):
        return sentence
    lead = match["lead"].rstrip(" ,")
    said = f"each {one} has {match['listed']}"
    return f"{lead}; {said}" if lead else said


_CAN_LEAD_TO_ONES_WHERE = re.compile(
    rf"^(?P<lead>.*?)(?:a|an|each|every|the)\s+(?P<one>{NOUN_PATTERN}?)\s+(?:can|may|might|will)\s+"
    rf"(?:lead\s+to|end\s+in|result\s+in|go\s+to)\s+(?P<ones>{NOUN_PATTERN}?s),?\s+where\s+"
    r"(?:we|i)\s+"
    r"(?:want|need|record|note|log|keep)\s+(?P<listed>(?:the|a|an|their|its)\s[^;]+)$"
)


@statement_by_statement
def can_lead_to_ones_where(sentence: str) -> str:
    """``if it goes as far as court, a notice can lead to court hearings where we want the date
    and time, ...``: *each court hearing belongs to one notice; each court hearing has ...*."""
    match = _CAN_LEAD_TO_ONES_WHERE.match(sentence)
    ones = singular_phrase(match["ones"]) if match else ""
    if match is None or not phrase_can_name_records(ones) or ones == match["one"]:
        return sentence
    return f"each {ones} belongs to one {match['one']}; each {ones} has {match['listed']}"


_COVERS_ONE_WITH = re.compile(
    rf"(?:^|,\s+and\s+)(?:each|every|a|an)\s+(?P<one>{NOUN_PATTERN}?)\s+"
    r"(?:covers|protects|insures)\s+"
    rf"(?:one|a|an|a\s+single)\s+(?P<other>{NOUN_PATTERN}?)\s+with\s+"
    r"(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


@statement_by_statement
def covers_one_with(sentence: str) -> str:
    """``..., and each guarantee covers one property with a certificate number, ...``: *...;
    each guarantee belongs to one property; each guarantee has a certificate number, ...*."""
    match = _COVERS_ONE_WITH.search(sentence)
    if match is None or not all(phrase_can_name_records(match[k]) for k in ("one", "other")):
        return sentence
    one = match["one"]
    said = f"each {one} belongs to one {match['other']}; each {one} has {match['listed']}"
    return _told_after(sentence, match, said)


_WE_SEND_THEM_ONES_EACH_WITH = re.compile(
    r"^(?P<lead>.*?)(?:we|i)\s+(?:send|give|issue|write)\s+(?:our\s+|the\s+)?"
    rf"(?P<whom>{NOUN_PATTERN}?s)\s+(?P<ones>{NOUN_PATTERN}?s),\s+each\s+with\s+"
    r"(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


@statement_by_statement
def we_send_them_ones_each_with(sentence: str) -> str:
    """``..., and we send tenants letters, each with a sent date and a letter type``: *...; each
    letter belongs to one tenant; each letter has a sent date, ...*."""
    match = _WE_SEND_THEM_ONES_EACH_WITH.match(sentence)
    if match is None:
        return sentence
    whom, one = singular_phrase(match["whom"]), singular_phrase(match["ones"])
    if not (phrase_can_name_records(whom) and phrase_can_name_records(one)) or whom == one:
        return sentence
    lead = re.sub(r",?\s+(?:and|so)?\s*$", "", match["lead"])
    said = f"each {one} belongs to one {whom}; each {one} has {match['listed']}"
    return f"{lead}; {said}" if lead else said


_IS_ONE_THING_WITH = re.compile(
    rf"(?:^|,\s+and\s+)(?:each|every)\s+(?P<one>{NOUN_PATTERN}?)\s+is\s+(?:one|a\s+single)\s+"
    r"[a-z][\w\-]*\s+with\s+(?P<listed>(?:a|an|the|its)\s[^;]+)$"
)


@statement_by_statement
def is_one_thing_with(sentence: str) -> str:
    """``..., and each quote line is one window with a width and height, ...``: *...; each quote
    line has a width and height, ...*; what one line stands for is no record of its own."""
    match = _IS_ONE_THING_WITH.search(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    return _told_after(sentence, match, f"each {match['one']} has {match['listed']}")


_EACH_ONE_WRITTEN_DOWN = re.compile(
    rf"(?:^|,\s+and\s+|,\s+so\s+)(?:we|i)\s+(?:would\s+like|want|need)\s+(?:each|every)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?:written\s+down|recorded|logged|noted\s+down)$"
)


@statement_by_statement
def each_one_written_down(sentence: str) -> str:
    """``..., and I'd like each planting-out written down``: *...; we keep a record of each
    planting-out*, a record the sentences after it fill in (*it should hold the date, ...*)."""
    match = _EACH_ONE_WRITTEN_DOWN.search(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    return _told_after(sentence, match, f"we keep a record of each {match['one']}")
