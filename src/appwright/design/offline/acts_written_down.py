"""What we write down of an act done, written as the act's record: *on the day we inspect cars:
registration, ...* is each inspection's list, *i jot that shift down with the date* the
shift's, *someone ticks it as completed* a yes/no of it, *i mark which ones get played at
which sessions* several of one with several of the other.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import IRREGULAR_ACTS, ZERO_ACTS, act_noun
from appwright.design.offline.clause_rewrites import per_match, per_statement
from appwright.design.offline.passing_records import WEEKDAYS
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import (
    can_name_records,
    is_plural,
    singular,
    singular_phrase,
    verb_lemma,
)

_WE_ACT_ON_THINGS_COLON = re.compile(
    r"^(?P<lead>(?:(?:on|at|during)\s+the\s+[a-z][\w\-]*\s+|then\s+)?)(?:we|i)\s+"
    r"(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s*:\s*(?P<list>\S.*)$"
)


_ON_ONE_WE_ACT_ON_THINGS_COLON = re.compile(
    r"^(?:on|at|for)\s+(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*)\s+(?:we|i)\s+"
    r"(?P<verb>[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s*:\s*(?P<list>\S.*)$"
)


_KEEPING = frozenset(["record", "log", "keep", "note", "track", "store", "hold", "list", "write"])


def _act_on_things(match: re.Match[str]) -> str | None:
    """The noun of the act ``match`` names (*inspection* for *we inspect cars*), or None."""
    lemma = verb_lemma(match["verb"])
    if lemma is None or lemma != match["verb"] or lemma in IRREGULAR_ACTS:
        return None
    if lemma in _KEEPING:
        return None  # "we record payments: amount, ...": the payments' list, no recording
    act = act_noun(lemma)
    if act is None or act == lemma or not can_name_records(act, singular(match["things"])):
        return None
    return act


def we_act_on_things_colon(sentence: str) -> str:
    """``on the day we inspect cars: registration, seat brand, a result``: *each inspection
    has registration, seat brand, a result*; what is listed after the act is what each act
    keeps, the act named by its noun."""
    match = _WE_ACT_ON_THINGS_COLON.match(sentence)
    act = _act_on_things(match) if match else None
    if match is None or act is None:
        return sentence
    return f"each {act} has {match['list']}"


def on_one_we_act_on_things_colon(sentence: str) -> str:
    """``..., and on a departure we allocate seats: the seat number, ...``: *each allocation
    belongs to one departure; each allocation has the seat number, ...*; an act done on a
    record, with what it keeps after the colon, is a record of that one."""

    def on_one(found: re.Match[str]) -> list[str] | None:
        act = _act_on_things(found)
        owner = found["owner"]
        if act is None or owner in TIME_WORDS | WEEKDAYS or not can_name_records(owner):
            return None
        return [f"each {act} belongs to one {owner}", f"each {act} has {found['list']}"]

    return per_match(sentence, _ON_ONE_WE_ACT_ON_THINGS_COLON, on_one)


_SOMEONE_ACTS_NOTING = re.compile(
    # "at closing time a volunteer cashes up each till, noting ...": when, then who acts
    r"^(?:(?:at|after|before)\s+(?:[a-z][\w\-]*\s+){1,5}?(?=(?:the|a|an|our|each|every)\s))?"
    r"(?:(?:the|a|an|our|each|every)\s+[a-z][\w\-]*\s+(?P<verb>[a-z]+s)|"
    # "officers survey the ranks now and then, noting ...": people, many of them
    r"(?:our\s+)?(?P<people>[a-z][\w\-]*s)\s+(?P<plain>[a-z]+))"
    r"(?:\s+(?P<particle>up|in|off|out|over))?\s+"
    r"(?:(?:the|a|an|each|every|our)\s+)?(?P<things>[a-z][\w\-]*)(?:\s+[a-z0-9][\w\-]*){0,4}?,"
    r"\s+(?:noting|recording|logging|writing\s+down|taking\s+down)\s+(?P<list>\S.*)$"
)
"""*the forester inspects compartments through the year, noting ...*: someone, the act done to
the records (a word or four may follow them), and what is noted as it is done; *a volunteer
cashes up each till* names its act with the particle (a cash-up)."""


_LIGHT_VERBS = word_set("do make take have get give put")
"""Verbs whose noun never names the act (*does a check* is a check, not a *doing*)."""


def someone_acts_noting(sentence: str) -> str:
    """``the forester inspects compartments through the year, noting the date, a condition
    score and comments``: *each inspection belongs to one compartment; each inspection has the
    date, ...*; what is noted as someone acts on a record is the act's record."""
    return per_statement(sentence, _someone_acts_noting)


def _someone_acts_noting(sentence: str) -> str:
    match = _SOMEONE_ACTS_NOTING.match(sentence)
    if match is None:
        return sentence
    if match["plain"] is not None and not _people_act_on_the(match):
        return sentence
    lemma = verb_lemma(match["verb"] or match["plain"])
    if lemma in _LIGHT_VERBS:
        return sentence  # "the rider does a temperature check on the box": the check's
    act = act_noun(lemma) if lemma and lemma not in IRREGULAR_ACTS else None
    if lemma and match["particle"]:
        act = f"{lemma}-{match['particle']}"  # "cashes up each till": a cash-up
    thing = singular(match["things"])
    if act is None or (act == lemma and lemma not in ZERO_ACTS) or not can_name_records(act, thing):
        return sentence
    return f"each {act} belongs to one {thing}; each {act} has {match['list']}"


def _people_act_on_the(match: re.Match[str]) -> bool:
    """*officers survey the ranks*: many people (the plural), a verb in its plain form, the
    records it is done to after *the* or *each*, and an act named by a noun of its own (a
    survey, an inspection; not *taking* attendance)."""
    verb = match["plain"]
    lemma = verb_lemma(verb)
    if not is_plural(match["people"]) or lemma != verb:
        return False
    if not re.match(r"(?:the|each|every|our)\s", match.string[match.end("plain") :].lstrip()):
        return False
    act = act_noun(verb)
    return act is not None and (verb in ZERO_ACTS or not act.endswith("ing"))


_WHICH_ONES_AT_WHICH = re.compile(
    r"(?P<lead>^|,\s+(?:and|so)\s+|;\s+)(?:i|we)\s+(?:also\s+)?(?:mark|note|record|log|track|tick|"
    r"keep\s+track\s+of)\s+which\s+(?P<things>ones|[a-z][\w\-]*s)\s+(?:are|get|were|got)\s+"
    r"[a-z]+\s+(?:at|in|on|for|with|during)\s+which\s+(?P<wholes>[a-z][\w\-]*s)\b(?P<rest>[^;]*)"
)
_PLURAL_WORD = re.compile(r"\b[a-z][\w\-]*s\b")


def which_ones_at_which(sentence: str) -> str:
    """``my instruments each have a name, and i mark which ones get played at which
    sessions``: *...; each session uses several instruments*; which of one kind go with which
    of another is a many-to-many (*ones* are the plural said before)."""
    match = _WHICH_ONES_AT_WHICH.search(sentence)
    if match is None:
        return sentence
    things = match["things"]
    if things == "ones":
        before = [w for w in _PLURAL_WORD.findall(sentence[: match.start()]) if is_plural(w)]
        if not before:
            return sentence
        things = before[-1]
    whole = singular(match["wholes"])
    if not can_name_records(singular(things), whole):
        return sentence
    lead = "; " if match["lead"] else ""
    said = f"{lead}each {whole} uses several {things}"
    return f"{sentence[: match.start()]}{said}{sentence[match.end() :]}"


_ON_EACH_EVERY_ONE_IS_TICKED = re.compile(
    r"^(?:on|for|at|in|during)\s+(?:each|every)\s+(?P<whole>[a-z][\w\-]*)\s*,?\s+(?:each|every)\s+"
    r"(?P<part>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:gets|is)\s+(?:ticked|marked|checked|"
    r"signed\s+off)\s+(?P<value>[a-z]+)\s+(?:yes/no|y/n)(?:,?\s+with\s+(?P<list>.+))?$"
)


def on_each_every_one_is_ticked(sentence: str) -> str:
    """``on each changeover every checklist item gets ticked done yes/no, with an optional
    comment``: *each item check belongs to one changeover; each item check is for one
    checklist item; each item check has done yes/no and an optional comment*; what is ticked
    for each pairing is a record of the pairing."""
    return per_statement(sentence, _on_each_every_one_is_ticked)


def _on_each_every_one_is_ticked(sentence: str) -> str:
    match = _ON_EACH_EVERY_ONE_IS_TICKED.match(sentence)
    if match is None:
        return sentence
    whole, part = match["whole"], match["part"]
    if not can_name_records(whole, *part.split()):
        return sentence
    check = f"{part.split()[-1]} check"
    listed = f"{match['value']} yes/no" + (f" and {match['list']}" if match["list"] else "")
    return (
        f"each {check} belongs to one {whole}; each {check} is for one {part}; "
        f"each {check} has {listed}"
    )


_WHICH_OF_THEM_DID_IT = re.compile(
    r"^when\s+(?:a|an|the)\s+(?P<who>[a-z][\w\-]*)\s+(?:goes\s+home|leaves|goes|is\s+collected)"
    r",?\s+(?:we|i)\s+(?:write\s+down|note(?:\s+down)?|record|log|jot\s+down|keep|take\s+down)\s+"
    r"which\s+(?:of\s+(?:those|these|the|our|their)\s+|one\s+of\s+(?:those|the|our|their)\s+)?"
    r"(?P<doers>[a-z][\w\-]*s)\s+(?P<verb>[a-z]+)\s+(?:them|him|her|it)\s+(?P<particle>up|off|in|out)"
    r"(?:\s+and\s+(?P<listed>(?:the|a|an)\s+[^,;]+))?(?P<after>.*)$"
)
_THERE_IS_A_FEE = re.compile(r"\bthere\s+is\s+(?P<fee>(?:a|an)\s+(?:[a-z]+\s+)?(?:fee|charge))\b")


def which_of_them_did_it(sentence: str) -> str:
    """``when a child goes home we write down which of those adults picked them up and the
    time, and if it is after six there is a late fee``: *each pickup belongs to one child; each
    pickup belongs to one adult; each pickup has the time; each pickup has a late fee*; the
    act written down each time is a record of it, named by the verb and its particle."""
    match = _WHICH_OF_THEM_DID_IT.match(sentence)
    lemma = verb_lemma(match["verb"]) if match else None
    if match is None or lemma is None or lemma == match["verb"]:
        return sentence
    if not can_name_records(match["who"], match["doers"]):
        return sentence
    act = f"{lemma}{match['particle']}"  # "picked them up": a pickup
    said = [
        f"each {act} belongs to one {match['who']}",
        f"each {act} belongs to one {singular(match['doers'])}",
    ]
    if match["listed"]:
        said.append(f"each {act} has {match['listed']}")
    fee = _THERE_IS_A_FEE.search(match["after"])
    if fee is not None:
        said.append(f"each {act} has {fee['fee']}")  # "if it is after six there is a late fee"
    return "; ".join(said)


_EVERY_TIME_ONE_GOES = re.compile(
    r"^(?:(?:every|each)\s+time|when)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"(?:goes\s+out|comes\s+in|is\s+sent(?:\s+out)?|arrives|leaves),?\s+(?:i|we)\s+"
    r"(?:want\s+to\s+|need\s+to\s+|have\s+to\s+)?(?:log|record|note|write\s+down|keep)\s+"
    r"which\s+(?P<one>[a-z][\w\-]*),\s+(?P<listed>.+)$"
)


_EVERY_TIME_ONE_GOES_WE_LOG = re.compile(
    r"^(?:(?:every|each)\s+time|when)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"(?:goes\s+out|comes\s+in|is\s+sent(?:\s+out)?|arrives|leaves),?\s+(?:i|we)\s+"
    r"(?:want\s+to\s+|need\s+to\s+|have\s+to\s+)?(?:log|record|note|write\s+down|keep)\s+"
    r"(?P<listed>(?:the|its|how|whether)\s[^;]+(?:,|\sand\s)[^;]+)$"
)
"""*when a recall goes out we log the date it was sent, how we sent it and ...*; not *when a
visitor arrives we log a stay with ...*, a record of its own."""


def every_time_one_goes(sentence: str) -> str:
    """``every time a batch goes out i want to log which laundry, the date sent and ...``:
    *each batch belongs to one laundry; each batch has the date sent and ...*; which one it goes
    to is its link, the rest its fields. Without *which* (``when a recall goes out, we log the
    date it was sent, how we sent it and ...``) all that is logged is the record's own."""
    match = _EVERY_TIME_ONE_GOES.match(sentence)
    if match is None:
        return _logged_as_it_goes(sentence)
    if not can_name_records(match["record"], match["one"]):
        return sentence
    record = match["record"]
    return f"each {record} belongs to one {match['one']}; each {record} has {match['listed']}"


_WHETHER_THE_ONE = re.compile(r"\bwhether\s+the\s+(?P<who>[a-z][\w\-]*)\s+(?:has|is|was|did)\b")
"""*... and whether the patient has booked yet*: the one the record is about."""


def _logged_as_it_goes(sentence: str) -> str:
    """``when a recall goes out, we log the date it was sent, ... and whether the patient has
    booked yet``: *each recall belongs to one patient; each recall has the date it was sent,
    ...*; the one a *whether* asks about is the record's link."""
    logged = _EVERY_TIME_ONE_GOES_WE_LOG.match(sentence)
    if logged is None or not can_name_records(record := logged["record"]):
        return sentence
    said = f"each {record} has {logged['listed']}"
    concerned = _WHETHER_THE_ONE.search(said)
    if concerned is None or not can_name_records(who := concerned["who"]) or who == record:
        return said
    return f"each {record} belongs to one {who}; {said}"


_DONE_AND_JOTTED_DOWN = re.compile(
    r"^(?:(?:every|each)\s+(?:day|time|morning|evening|week|night),?\s+)?(?:a|an)\s+(?P<a>[a-z][\w\-]*)\s+"
    r"(?P<verb>[a-z]+s)\s+(?:a|an)\s+(?P<b>[a-z][\w\-]*)(?:\s+(?:out|in|off|up|round))?"
    r"(?:\s+(?:on|to|at|for|into|onto)\s+(?:a|an)\s+(?P<c>[a-z][\w\-]*))?,?\s+and\s+(?:i|we)\s+"
    r"(?:jot|write|note|log|put|mark)\s+(?:that|this|the)\s+(?P<record>[a-z][\w\-]*)\s+down\s+"
    r"with\s+(?P<listed>.+)$"
)


def done_and_jotted_down(sentence: str) -> str:
    """``every day a driver takes a van out on a round and i jot that shift down with the date
    and the takings``: *each shift belongs to one driver; ... one van; ... one round; each shift
    has the date and the takings*; what is jotted down is the record of the act told."""
    match = _DONE_AND_JOTTED_DOWN.match(sentence)
    if match is None or verb_lemma(match["verb"]) in (None, match["verb"]):
        return sentence
    ends = [end for end in (match["a"], match["b"], match["c"]) if end]
    if not can_name_records(match["record"], *ends) or match["record"] in ends:
        return sentence
    record = match["record"]
    said = [f"each {record} belongs to one {end}" for end in ends]
    return "; ".join([*said, f"each {record} has {match['listed']}"])


_THEY_ACT_AND_RECORD = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)(?P<bracket>\s+\([^()]*\))?\s+"
    r"(?P<verb>[a-z]+)\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+and\s+"
    r"(?:record|note|log|write\s+down|jot\s+down)\s+(?P<listed>(?:the|a|an)\s+.+)$"
)


def they_act_and_record(sentence: str) -> str:
    """``staff members (just a name) inspect items and record the date, the outcome and any
    comments``: *staff members have a name; each inspection belongs to one item; each
    inspection belongs to one staff member; each inspection has the date, ...*; what is
    recorded each time they act is the record of the act."""
    match = _THEY_ACT_AND_RECORD.match(sentence)
    lemma = verb_lemma(match["verb"]) if match else None
    act = act_noun(lemma) if match and lemma and lemma == match["verb"] else None
    if match is None or act is None or act == match["verb"]:
        return sentence
    who, thing = singular_phrase(match["who"]), singular_phrase(match["things"])
    if not can_name_records(who.split()[-1], thing.split()[-1], act):
        return sentence
    kept = re.sub(r"^\s*\((?:just|only)\s+|\)$", "", match["bracket"] or "")
    return "; ".join(
        [
            f"{match['who']} have {kept}" if kept else match["who"],
            f"each {act} belongs to one {thing}",
            f"each {act} belongs to one {who}",
            f"each {act} has {match['listed']}",
        ]
    )


_TICKED_AS_DONE = re.compile(
    r"^(?:when|once|after)\s+(?:a|an|the|each|every)\s+(?P<one>[a-z][\w\-]*)(?:'s|\s+is|\s+has\s+been|\s+gets)"
    r"\s+(?:[a-z]+\s+)?[a-z]+,?\s+(?:someone|somebody|we|i|they|staff|(?:the|a|an)\s+[a-z][\w\-]*)\s+"
    r"(?:ticks?|marks?|flags?)\s+(?:it|them)\s+(?:off\s+)?as\s+(?P<state>[a-z][\w\-]*)"
    r"(?:\s+and\s+(?:can\s+|may\s+)?(?:leaves?|adds?|writes?|puts?)\s+(?P<more>an?\s+[a-z][\w\-]*)\b.*)?$"
)


def ticked_as_done(sentence: str) -> str:
    """``when a shift's finished someone ticks it as completed and can leave a note about
    anything odd``: *for each shift we record whether it is completed and a note*; what it
    is ticked as is a yes/no of the record's, and what is left on it a field."""

    def recorded(match: re.Match[str]) -> str:
        more = f" and {match['more']}" if match["more"] else ""
        return f"for each {match['one']} we record whether it is {match['state']}{more}"

    return _TICKED_AS_DONE.sub(recorded, sentence)


_MOVES_BETWEEN_AND_WE_RECORD = re.compile(
    r"^(?P<head>(?P<subject>[a-z][\w\-]*s)\s+[^;]*?)?(?:,\s+(?:and\s+)?)?"
    r"(?:(?:because|as|since|so)\s+)?(?P<who>[a-z][\w\-]*s|they)\s+(?:move|go|are\s+moved|get\s+moved)\s+"
    r"(?:between|around)\s+(?P<places>[a-z][\w\-]*s)\b[^;]*?\b(?:we|i)\s+(?:record|log|keep|track|note)\s+"
    r"(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+with\s+(?P<listed>[^;]+)$"
)


def moves_between_and_we_record(sentence: str) -> str:
    """``animals are identified by a case number, and because they move between enclosures as
    they recover we record each stay with a moved-in date``: *animals are identified by a case
    number; each stay belongs to one animal; each stay belongs to one enclosure; each stay has a
    moved-in date*; what is recorded of each move ties the two."""
    match = _MOVES_BETWEEN_AND_WE_RECORD.match(sentence)
    if match is None:
        return sentence
    who = match["subject"] if match["who"] == "they" else match["who"]
    if who is None or not is_plural(who) or not is_plural(match["places"]):
        return sentence
    record, one, place = match["record"], singular(who), singular(match["places"])
    if not can_name_records(record, one, place) or len({record, one, place}) < 3:
        return sentence
    said = [
        f"each {record} belongs to one {one}",
        f"each {record} belongs to one {place}",
        f"each {record} has {match['listed']}",
    ]
    if match["head"]:
        said.insert(0, match["head"].strip())
    return "; ".join(said)
