"""Records told loosely in running speech, said plainly before any reader sees the text:

- *a booking is just a date, the client and the locum, and after each shift the locum fills
  in a timesheet against that booking: ...*: a second record's clause after *, and*, a
  sentence of its own, as its readers expect;
- *our bookings are simple: a shift date, the client and the locum*: the booking's list;
- *once a shift is agreed it turns into a booking that ties one clinician to one ward, with
  ...*: the booking, and what it ties and holds;
- *charities themselves just need a name*: the charities' list;
- *along the way it makes drops, each for one customer, with ...*: the run's drops;
- *the charity we're collecting for that night*: the charity;
- *each ward sits inside a hospital*: the hospital the ward is in;
- *draft while the locum is filling it in, then submitted*: the steps alone;
- *and the climate in them makes or breaks a crop*: a remark, no record;
- *I'd like to list each work we hold - title, composer, ... - and ...*: the work's list;
- *for each singer at each rehearsal we mark attendance as present, late or absent*: an
  attendance for each singer at each rehearsal;
- *inside that pay run there's one remittance per locum with ...*: the remittances of a pay run;
- *a rate card agreed with each client*: a rate card for each client;
- *for each reference we chase we record ...*: the reference's list;
- *the hourly pay rate the locum gets*: the pay rate;
- *a delivery has a date, plus a line for each product saying what quantity came in*: the
  delivery's lines, each for one product, with the quantity;
- *for each booking I need to know which horse they're on, ...*: what each booking has;
- *the products we keep, things like shavings, straw and chaff, each with ...*: the products;
- *one request can cover several of that owner's horses*: several horses;
- *how often it must be cleaned, in days*: one item, with its unit;
- *a buyer gives a name, email and postcode and places orders*: the buyer's list, then the
  orders the buyer places.

`normalize_text` runs them.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_name_records, is_plural, singular

_WHEN_SAID = (
    r"(?:(?:after|before|at\s+the\s+end\s+of)\s+each\s+[a-z][\w\-]*\s+|"
    r"(?:several|a\s+few|many|two|three)\s+times\s+a\s+(?:day|week)\s+|"
    r"each\s+(?:day|week|morning|evening|night)\s+|once\s+a\s+(?:day|week|month)\s+)?"
)
_AND_THEN_ONE_LOGS = re.compile(
    r",\s+and\s+(?=" + _WHEN_SAID + r"(?:the|a|an|each)\s+[a-z][\w\-]*\s+"
    r"(?:fills\s+in|fills\s+out|logs|records|completes|writes\s+up|enters)\s+(?:a|an)\s+"
    r"[a-z][\w\-]*[^.;:]*:\s)"
)
"""*..., and after each shift the locum fills in a timesheet against that booking: ...*: the
timesheet's clause, with its list after the colon."""
_ARE_SIMPLE = re.compile(
    r"\b(?:our|the)\s+(?P<many>[a-z][\w\-]*s)\s+are\s+(?:(?:very|pretty|quite|fairly|really)\s+)?"
    r"(?:simple|basic|straightforward)(?:\s+enough)?\s*:\s+(?=(?:a|an|the|their|its)\s)"
)
"""*our bookings are simple: a shift date, ...*: what a booking has."""
_TURNS_INTO_ONE_THAT = re.compile(
    r"\b(?:once|when|after)\s+(?P<old>(?:a|an)\s+[a-z][\w\-]*)\s+is\s+[a-z]+ed\s+it\s+"
    r"(?:(?:turns|is\s+turned)\s+into|becomes)\s+(?P<new>(?:a|an)\s+(?P<one>[a-z][\w\-]*))\s+"
    r"(?:that|which)\s+(?=[a-z]+s\s)"
)
"""*once a shift is agreed it turns into a booking that ties ...*: *a shift turns into a
booking. each booking ties ...*."""
_THEMSELVES = re.compile(
    r"(?:(?P<joint>,\s+and\s+)|(?<=[.;!?]\s)|^)(?:the\s+)?"
    r"(?P<many>(?:(?!(?:so|and|but|then|our|their|all|both|now)\s)[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+"
    r"themselves\s+(?:just\s+|only\s+)?"
    r"(?:need|have|get)\s+(?=(?:a|an|the|their)\s)"
)
"""*..., and charities themselves just need a name*: what each charity has, told after
something else, in a sentence of its own."""
_IT_MAKES_EACH = re.compile(
    r"\b(?:along\s+the\s+way\s+)?(?P<who>it|they)\s+(?:makes|make|does|do|carries\s+out)\s+"
    r"(?P<many>[a-z][\w\-]*s),\s+(?=each\s+(?:for|with|to|at)\s)"
)
"""*along the way it makes drops, each for one customer, with ...*: *it has drops, ...*."""
_THE_ONE_WE_ARE_DOING_FOR = re.compile(
    r"\b(?P<head>the\s+[a-z][\w\-]*)\s+(?:(?:we|they)(?:'re|\s+are)|i(?:'m|\s+am))\s+"
    r"[a-z]+ing\s+(?:for|to|from|with|at|on|in|against)"
    r"(?:\s+(?:that|this|each|the)\s+(?:night|day|week|time|year|season))?"
    r"(?=\s*(?:[,;.]|$|\s+and\s))"
)
"""*the charity we're collecting for that night*: the charity, named as a record."""
_SITS_INSIDE = re.compile(
    r"\b(?P<lead>(?:each|a|an)\s+[a-z][\w\-]*\s+(?:sits|is|lives|stays))\s+(?:inside|within)\s+"
    r"(?=(?:a|an|one)\s)"
)
"""*each ward sits inside a hospital*: *each ward sits in a hospital*, one the ward is in."""
_WHILE_ONE_IS_DOING = re.compile(
    r"\s+while\s+(?:the|a|an|our)\s+[a-z][\w\-]*\s+(?:is|are)\s+[a-z]+ing"
    r"(?:\s+(?:it|them)(?:\s+(?:in|out|up))?)?(?=\s*,)"
)
"""*it moves from draft while the locum is filling it in, then submitted, ...*: when, said of
a step, no part of it (nor of the locum)."""
_MAKES_OR_BREAKS = re.compile(
    r"\s+and\s+(?:the|a|an|our)\s+[a-z][\w\-]*(?:\s+in\s+(?:them|it|there))?\s+"
    r"(?:makes|can\s+make)\s+or\s+breaks?\s+(?:a|an|the|our)\s+[a-z][\w\-]*(?=\s*[,.;])"
)
"""*we have four grow rooms and the climate in them makes or breaks a crop*: why they matter,
nothing kept (no climate record)."""
_LIST_EACH_ONE_WE_HOLD = re.compile(
    r"\b(?:(?:we|i)(?:\s+would|'d)\s+like\s+to\s+|(?:we|i)\s+(?:want|need)\s+to\s+|(?:we|i)\s+)?"
    r"list\s+each\s+(?P<one>[a-z][\w\-]*)(?:\s+(?:we|i)\s+(?:hold|have|keep|stock|own))?\s+"
    r"(?:[-\u2013\u2014]\s+(?P<dashed>[^\-\u2013\u2014();.]+?)\s+[-\u2013\u2014]|"
    r"\((?P<bracketed>[^()]+)\))(?:\s+and\b)?"
)
"""*I'd like to list each work we hold - title, composer and how many copies - and ...*: what
each work has."""
_MARK_EACH_AT_EACH_AS = re.compile(
    r"\bfor\s+each\s+(?P<x>[a-z][\w\-]*)\s+(?P<prep>at|in|on)\s+each\s+(?P<y>[a-z][\w\-]*)\s+"
    r"(?:we|i)\s+(?:mark|record|log|take|note)\s+(?:their\s+|the\s+)?(?P<z>[a-z][\w\-]*)\s+as\s+"
    r"(?=[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)*,?\s+or\s)"
)
"""*for each singer at each rehearsal we mark attendance as present, late or absent*: an
attendance for each pair, with its values."""
_INSIDE_ONE_PER = re.compile(
    r"\b(?:inside|within|in)\s+(?:each|the|that|a|every)\s+(?P<x>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"there(?:'s|\s+is)\s+one\s+(?P<y>[a-z][\w\-]*)\s+per\s+(?P<z>[a-z][\w\-]*),?\s+with\s+"
)
"""*inside that pay run there's one remittance per locum with ...*: each remittance is in a pay
run, for one locum, with its list."""
_AGREED_WITH_EACH = re.compile(
    r"\b(?:a|an)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:agreed|signed|set\s+up|drawn\s+up)\s+with\s+each\s+(?P<other>[a-z][\w\-]*)(?=\s*[,;.]|$)"
)
"""*a rate card agreed with each client, with ...*: each rate card is for one client."""
_FOR_EACH_ONE_WE_DO = re.compile(
    r"\bfor\s+each\s+(?P<one>[a-z][\w\-]*)\s+(?:that\s+)?(?:we|i)\s+[a-z]+\s+"
    r"(?=(?:we|i)\s+(?:record|note|log|keep|take)\s)"
)
"""*for each reference we chase we record ...*: for each reference; what is done with it
names no record."""
_THE_RATE_ONE_GETS = re.compile(
    r"\b(?P<item>the\s+(?:[a-z][\w\-]*\s+){0,3}?(?:rate|price|fee|amount|total|cost|pay|wage))\s+"
    r"the\s+[a-z][\w\-]*\s+(?:gets|earns|receives|pays|owes|is\s+paid)(?=\s*(?:[,;.]|$|\s+and\s))"
)
"""*the hourly pay rate the locum gets and ...*: the pay rate; who gets it is no item."""
_PLUS_A_LINE_FOR_EACH = re.compile(
    r"(?P<owner>\b(?:a|an|each)\s+(?P<one>[a-z][\w\-]*)\s+has\s+[^.;:]*?),\s+(?:plus|and)\s+(?:a|one)\s+"
    r"line\s+for\s+each\s+(?P<other>[a-z][\w\-]*)\s+(?:saying|showing|giving|with)\s+"
)
"""*a delivery has a date and a total, plus a line for each product saying ...*: each delivery
line is for one product, with its list."""
_FOR_EACH_WE_NEED_TO_KNOW = re.compile(
    r"\bfor\s+each\s+(?P<one>[a-z][\w\-]*),?\s+(?:i|we)\s+(?:need|want|would\s+like|'d\s+like)\s+"
    r"to\s+(?:know|see|have)\s+(?=(?:which|what|whether|the|a|an|how|who)\s)"
)
"""*for each booking I need to know which horse they're on, whether ...*: what each booking
has."""
_THINGS_LIKE = re.compile(
    r",\s+(?:things|stuff|items)\s+(?:like|such\s+as)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*,?\s+(?:and|or)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?=,)"
)
"""*the products we keep, things like shavings, straw and chaff, each with ...*: examples, no
record."""
_WHAT_QUANTITY_CAME = re.compile(
    r"\bwhat\s+(?P<what>quantity|amount|weight|number)\s+(?:came|went|was|were|got)\s+"
    r"(?:in|out|off|back|delivered|sent|used)\b[^,;.:()]*"
)
"""*saying what quantity came off the lorry*: the quantity."""
_SEVERAL_OF_THEIRS = re.compile(
    r"\b(?P<some>several|many|some|all)\s+of\s+(?:that|the|this|their|his|her)\s+"
    r"[a-z][\w\-]*'s\s+(?P<many>[a-z][\w\-]*s)\b"
)
"""*one request can cover several of that owner's horses*: several horses, no record of the
owner's horses."""
_HOW_OFTEN_COMMA_IN = re.compile(
    r"(?P<how>\bhow\s+often\s+[^,;.:()]+|\b[a-z]+\s+frequency),\s+(?P<unit>in\s+(?:hours|days|weeks|months))(?=\s*[,;.]|$)"
)
"""*how often it must be cleaned, in days* (by now *a clean frequency, in days*): one item,
its unit said after a comma."""
_LIST_AND_PLACES_MANY = re.compile(
    r"(?P<who>\b(?:a|an|each)\s+[a-z][\w\-]*)\s+(?P<list>(?:gives|has|provides)\s+[^.;:()]*?,[^.;:()]*?)"
    r"\s+and\s+(?P<act>(?:places|makes|raises|submits|sends)\s+[a-z][\w\-]*s)(?=\s*[;.,]|$)"
)
"""*a buyer gives a name, email and postcode and places orders*: the buyer's list, then what
the buyer does, no item of it."""


def said_loosely(lowered: str) -> str:
    """``lowered`` with each loosely told record above said plainly."""
    lowered = _AND_THEN_ONE_LOGS.sub(". ", lowered)
    lowered = _ARE_SIMPLE.sub(_each_has, lowered)
    lowered = _TURNS_INTO_ONE_THAT.sub(
        lambda m: f"{m['old']} turns into {m['new']}. each {m['one']} ", lowered
    )
    lowered = _LIST_EACH_ONE_WE_HOLD.sub(
        lambda m: f"each {m['one']} has {m['dashed'] or m['bracketed']}.", lowered
    )
    lowered = _MARK_EACH_AT_EACH_AS.sub(_one_for_each_pair, lowered)
    lowered = _INSIDE_ONE_PER.sub(
        lambda m: (
            f"each {m['y']} belongs to a {m['x']} and is for one {m['z']}. each {m['y']} has "
        ),
        lowered,
    )
    lowered = _AGREED_WITH_EACH.sub(r"each \g<one> is for one \g<other>", lowered)
    lowered = _FOR_EACH_ONE_WE_DO.sub(r"for each \g<one> ", lowered)
    lowered = _THE_RATE_ONE_GETS.sub(r"\g<item>", lowered)
    lowered = _PLUS_A_LINE_FOR_EACH.sub(
        lambda m: f"{m['owner']}. each {m['one']} line is for one {m['other']} and has ", lowered
    )
    lowered = _FOR_EACH_WE_NEED_TO_KNOW.sub(r"each \g<one> has ", _THINGS_LIKE.sub("", lowered))
    lowered = _WHAT_QUANTITY_CAME.sub(r"the \g<what>", lowered)
    lowered = _SEVERAL_OF_THEIRS.sub(r"\g<some> \g<many>", lowered)
    lowered = _HOW_OFTEN_COMMA_IN.sub(r"\g<how> \g<unit>", lowered)
    lowered = _LIST_AND_PLACES_MANY.sub(r"\g<who> \g<list>. \g<who> \g<act>", lowered)
    lowered = _THEMSELVES.sub(_each_has_themselves, _MAKES_OR_BREAKS.sub("", lowered))
    lowered = _IT_MAKES_EACH.sub(r"\g<who> has \g<many>, ", lowered)
    lowered = _SITS_INSIDE.sub(r"\g<lead> in ", _WHILE_ONE_IS_DOING.sub("", lowered))
    return _THE_ONE_WE_ARE_DOING_FOR.sub(r"\g<head>", lowered)


def _each_has(match: re.Match[str]) -> str:
    many = match["many"]
    if not is_plural(many) or not can_name_records(singular(many)):
        return match[0]
    return f"each {singular(many)} has "


def _one_for_each_pair(match: re.Match[str]) -> str:
    made = match["z"]
    article = "an" if made[0] in "aeiou" else "a"
    pair = f"each {match['x']} {match['prep']} each {match['y']}"
    return f"we record {article} {made} for {pair}, with a status of "


def _each_has_themselves(match: re.Match[str]) -> str:
    *head, many = match["many"].split()
    if not is_plural(many) or not can_name_records(singular(many)):
        return match[0]
    one = " ".join([*head, singular(many)])
    return f"{'. ' if match['joint'] else ''}each {one} has "
