"""Lists and their items said the way the readers expect, before any reader: *a name plus start
and end dates* is *a name and start and end dates*, *home team v away team* two teams, *the
home and away scores* two scores, *several bouquets, each with a quantity* the quantity of
each, *which member is hosting* *which member hosts it*.
"""

from __future__ import annotations

import re

from appwright.design.offline.items_said_in_full import items_said_in_full
from appwright.design.offline.picked_as_many import picked_as_many
from appwright.design.offline.word_classes import FUNCTION_WORDS, word_set
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    singular,
    verb_form,
    verb_lemma,
)

_EACH_OF_OURS = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=,\sand\s)|(?<=\n)|(?<=\n[-*•]\s))"
    r"(?:each|every\s+one)\s+of\s+(?:our|the|my|your|their)\s+"
    r"(?P<things>[a-z][\w\-]*)\b(?=\s+[a-z]+s\b)"
)
"""``each of our fields grows one crop``: *each field grows ...*, the subject said plainly."""
_AS_MANY_AS = re.compile(
    r"\bas many (?P<what>[a-z][\w\-]*) as (?:they|he|she|you|we|i) (?:like|likes|want|wants|wish|"
    r"wishes|need|needs)\b"
)
"""``sign up for as many dives as they like``: many dives."""
_EACH_WITH = re.compile(
    r"\b(?P<many>(?P<some>(?:several|many|multiple|one or more)\s+)?[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?),\s+each\s+with\b"
)
"""``several bouquets, each with a quantity``, ``order lines, each with a card design``: the
quantity of each pairing, as in *several bouquets with a quantity*."""
_EACH_NAMING = re.compile(
    r",\s+each\s+(?:one\s+|line\s+|item\s+|entry\s+)?"
    r"(?:naming|listing|giving|showing|stating|recording|holding)\s+(?=(?:a|an|the|one|its|their)\s)"
)
"""``order lines, each line naming a card design and a number of packs``: each with them."""
_NAMING_ONE_WITH = re.compile(
    r"(?P<named>,\s+each\s+(?:one\s+|line\s+|item\s+|entry\s+)?(?:naming|giving|stating)\s+"
    r"(?:a|an|one|the)\s+[a-z][\w\-]*)\s+with\s+(?=(?:a|an|the|its|their)\s)"
)
"""``lines, each naming a crop with a quantity in kilos``: the line names the crop, and the
quantity is the line's (*each with a crop and a quantity*), not the crop's."""
_WHICH_CAN_BE_SEVERAL = re.compile(
    r",\s+which\s+(?:can|could|may|might)\s+be\s+(?:several|many|more\s+than\s+one|a\s+few)"
    r"(?=\s*(?:[,;.]|$))"
)
"""``which publications they take, which can be several``: an aside the plural already said."""
_EACH_LISTED_WITH = re.compile(
    r"\b(?P<things>[a-z][\w\-]*),\s+(?P<each>each\s+(?:one\s+)?)?"
    r"(?:listed|recorded|kept|entered|stored|noted|logged|registered|filed)\s+with\b"
)
"""``students, each listed with a name and a grade``: each with them; so are ``panels,
recorded with a width``, the *each* left out after a plural."""
_WHICH_AND_HOW_MANY = re.compile(
    r"\bwhich\s+(?P<thing>[a-z][\w\-]*)(?:\s+(?:from|off|on|in)\s+(?:our|the|my)\s+[a-z][\w\-]*)?"
    r",?\s+and\s+how\s+many(?:\s+of\s+(?:it|them|each|those)|\s+(?P<counted>[a-z][\w\-]*s)\b)?\b"
)
"""``which cabinet from our catalogue and how many of it``: a line's thing and its quantity;
``which design and how many sheets``: the number of sheets."""
_MEANING_EACH = re.compile(
    r"(?<=[a-z]s)(?:\s+(?:going|coming)\s+(?:in|out|on|into\s+it))?,\s+(?:meaning|i\.e\.|that\s+is)\s+"
    r"(?=(?:which|what|a|an|the|one)\s)"
)
"""``the items going in, meaning which cabinet and how many``: the items, each with them."""
_EACH_ONE_THING_WITH = re.compile(
    r",\s+each\s+(?:one|being|for)\s+(?:(?:a|an|one)\s+)?(?P<thing>[a-z][\w\-]*)\s+with\s+"
    r"(?=(?:a|an|the|its|their|several|many|any)\s)"
)
"""``order lines, each one drink with a size and a quantity``: each with a drink, a size and a
quantity; the one thing each part is, then what it has."""


def _thing_and_how_many(match: re.Match[str]) -> str:
    counted = match["counted"]
    if counted and counted not in FUNCTION_WORDS:
        return f"a {match['thing']} and the number of {counted}"
    return f"a {match['thing']} and a quantity"


def _two_of_a_kind(match: re.Match[str]) -> str:
    kind = match["kind"][:-1]
    if match["one"] in FUNCTION_WORDS or match["other"] in FUNCTION_WORDS:
        return match[0]
    det = "the" if match["det"] in (None, "a", "an") else match["det"]
    if kind == "reading" and match["one"].isalpha() and match["other"].isalpha():
        # "the earth and insulation readings": an earth reading, an insulation reading
        return f"{det} {match['one']} {kind} (number) and {det} {match['other']} {kind} (number)"
    if kind in ("value", "reading", "level", "figure"):
        # "the pm2.5 and no2 values": the pm2.5 and the no2, each a number
        return f"{det} {match['one']} (number) and {det} {match['other']} (number)"
    return f"{det} {match['one']} {kind} and {det} {match['other']} {kind}"


def _several_of_a_kind(match: re.Match[str]) -> str:
    named = [match["first"], *re.split(r",\s+", match["middle"].strip(", ")), match["last"]]
    if any(name in FUNCTION_WORDS for name in named) or match["what"] in FUNCTION_WORDS:
        return match[0]
    kind, det = match["kind"][:-1], match["det"]
    what = f"{match['what']} " if match["what"] else ""
    # "the date, flow and return temperatures": the date is a field of its own, first in the list
    alone = [f"{det} {named.pop(0)}"] if named[0] in _FIELDS_ON_THEIR_OWN else []
    said = alone + [f"{det} {name} {what}{kind}" for name in named]
    return f"{', '.join(said[:-1])} and {said[-1]}"


_FIELDS_ON_THEIR_OWN = frozenset({"date", "day", "time", "name", "notes", "address", "reference"})


def _each_listed_with(match: re.Match[str]) -> str:
    things = match["things"]
    if match["each"] is None and not (is_plural(things) and can_be_noun(things)):
        return match[0]  # "a report, recorded with care": no parts
    return f"{things}, each with"


def _each_of_ours(match: re.Match[str]) -> str:
    things = match["things"]
    if not is_plural(things) or not can_be_noun(things):
        return match[0]
    return f"each {singular(things)}"


def _per_one_with(match: re.Match[str]) -> str:
    one = match["one"]
    if one in FUNCTION_WORDS or is_plural(one) or not can_be_noun(one):
        return match[0]
    return f"{match['record']} {match['per']} {one} with "


def _which_one_does_it(match: re.Match[str]) -> str:
    lemma = verb_lemma(match["doing"])
    if lemma is None or lemma == match["doing"] or match["one"].split()[-1] in _SHOWN_NOT_DOING:
        return match[0]  # "which light is flashing": a value shown, no one acting
    return f"which {match['one']} {verb_form(lemma, 'VBZ')} it"


def _many_with(match: re.Match[str]) -> str:
    """*several Xs, each with* always; bare *Xs, each with* only as the last of a list (*an
    order date and order lines, each with ...*, *made of order lines, each with ...*): *split
    into plots, each with* is the plots', and so is what is said of the things a record runs
    or stops in (*runs in several issues, each with ...*)."""
    many = match.group("many")
    before = match.string[: match.start()]
    if re.search(r"\b(?:in|on|at|across|over|through|to|from)\s+$", before):
        # "runs in several issues, each with its date": the issues' own, no pairing's
        return match.group(0)
    listed = re.search(r"\b(?:and|with|made(?:\s+up)?\s+of|consists?\s+of)\s+$", before) is not None
    if match.group("some") or (listed and is_plural(many.split()[-1])):
        return f"{many} with"
    return match.group(0)


_FOR_EACH_ONE = re.compile(
    r"(?P<many>\b(?:several|many|multiple|one or more)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"\s+with\s+[^,;.]*?)"
    r"\s+(?:for|of|on)\s+each(?:\s+one|\s+of\s+them)?(?=\s*(?:,|;|\.|$))"
)
"""``many products with a quantity for each one``: the quantity of each pairing."""
_EQUALS = re.compile(r"(?<=[a-z])\s+=\s+(?=(?:a|an|one|the)\b|[a-z][\w\-]*\s+(?:\+|and)\s)")
"""``a rental = one customer + one boat, with ...``, ``booking = performer + pitch + date``:
a terse *has*."""
_PLUS = re.compile(r"(?<=[a-z])\s+\+\s+(?=[a-z])")
"""``per pitch + guest``: and, in a terse note."""


_STATUS_ARROWS = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n)|(?<=\n[-*•]\s))(?P<head>(?:[a-z][\w\-]*\s+){0,2}"
    r"(?:status|stage|state|flow|workflow))\s+(?=[a-z][\w\- ]*?\s*->)"
)
"""*Hire status enquiry -> booked -> on site*: a header for the states, with no colon, as a
sentence or a bullet (*- status queued -> built*)."""
_PLUS_IN_A_LIST = re.compile(
    r"(?<=[a-z])[ \t]+plus[ \t]+(?=(?:a|an|the|their|its|his|her)\s|[a-z]+\s+and\s+[a-z]+\s+[a-z]+s\b)"
)
"""``a name plus start and end dates``: *a name and start and end dates*; one more item of the
list (*a price plus vat* is left alone: a sum, told with what it adds)."""
_PLUS_WHETHER = re.compile(r"(?<=[a-z]),\s+plus\s+(?=(?:whether|which)\s)")
"""``her name and due date, plus whether her midwife has cleared her``: one more item, a yes/no;
``..., plus which project they belong to``: one more item, a link."""
_JUST_LISTED = re.compile(
    r"(?P<many>\b(?:our|the|my|your)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),\s+(?:just|only|simply)\s+"
    r"(?=[a-z][\w\- ]*,\s+[a-z][\w\- ]*\s+and\s)"
)
"""*a list of our divers, just name, phone and employee number*: what each diver has, said as
little."""
_THE_ONES_BOUGHT_WITH_A_QUANTITY = re.compile(
    r"\bthe\s+(?P<things>[a-z][\w\-]*s)\s+(?:bought|ordered|sold|used|taken|supplied|served)\s+"
    r"(?=with\s+(?:a|the)\s+(?:quantity|number|amount)\s+(?:for|of)\s+each\b)"
)
"""``..., and the drinks bought with a quantity for each``: several drinks, a line of each."""
_VERSUS = re.compile(r"(?<=[a-z])\s+(?:v|vs|v\.|vs\.|versus)\s+(?=[a-z])")
"""``home team v away team``: both teams, each a field of the fixture."""
_TWO_OF_A_KIND = re.compile(
    r"\b(?:(?P<det>the|their|its|a|an)\s+|(?<=\band\s)|(?<=,\s)|(?<=\bwith\s))"
    r"(?P<one>[a-z0-9][\w\.\-]*)\s+and\s+"
    # "a date and two scores": a count of the kind, no one of it
    r"(?!(?:two|three|four|several|some|many)\s)(?P<other>[a-z0-9][\w\.\-]*)\s+"
    r"(?P<kind>values|readings|levels|scores|figures|counts|weights|prices|times|dates|"
    r"temperatures|rates|amounts)\b"
)
"""*the PM2.5 and NO2 values*, *the home and away scores*, *a name and start and end dates*,
*with start and finish times*: two fields of one kind."""
_SEVERAL_OF_A_KIND = re.compile(
    r"\b(?P<det>the|their|its)\s+(?P<first>[a-z0-9][\w\.\-]*)(?P<middle>(?:,\s+[a-z0-9][\w\.\-]*)+),?"
    r"\s+and\s+(?P<last>[a-z0-9][\w\.\-]*)\s+(?:(?P<what>[a-z]+)\s+)?"
    r"(?P<kind>values|readings|levels|scores|figures|counts|weights|prices|times|dates|"
    r"temperatures|rates|amounts)\b"
)
"""*the gas, electric and water meter readings*: a meter reading of each, named by what it
is of."""


_DATE_IT_RUNS_OUT = re.compile(
    r"\b(?P<head>(?:date|day)\s+(?:its|their|the|his|her|that)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+"
    r"(?P<verb>runs|run)\s+out\b"
)
"""*the date their licence runs out*: the date it expires, a date named by the one verb."""
_PER_ONE_GIVING = re.compile(
    r"\b(?P<record>(?:a|an|one)\s+[a-z][\w\-]*)\s+(?P<per>per|for\s+each|for\s+every)\s+"
    r"(?P<one>[a-z][\w\-]*)(?:\s+(?:who|that)\s+[a-z]+(?:\s+(?:in|on|at|for|with)\s+(?:it|them))?)?"
    r",?\s+(?:giving|showing|recording|with|listing|stating)\s+(?=(?:their|his|her|its|the|a|an)\s)"
)
"""``we enter a result per driver who raced in it, giving their finishing position``: *a
result per driver with their finishing position*; who the result is for, and its list,
without the aside on which of them it is."""
_HEADER_EVERY_SO_OFTEN = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))(?P<head>[ \t\-*•]*[a-z][\w\- ]*?)\s+(?:every|each|once\s+a)\s+"
    r"(?:morning|day|evening|night|week|month|shift|session|visit|"
    r"\d+\s+(?:mins?|minutes|hours?|hrs?))\s*"
    r"(?=:|\s+(?:during|in|on|for)\s+(?:a|an|the|each)\s+[a-z][\w\-]*\s*:)"
)
"""*water temp log every morning: date, temperature*: the log, whenever it is taken; *checks
every 10 min during a nap: time, ...* the checks, during a nap."""
_DURING_ONE_HEADER = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))(?P<head>[ \t\-*\u2022]*[a-z][\w\-]*s)\s+during\s+"
    r"(?=(?:a|an|the|each)\s+[a-z][\w\-]*\s*:)"
)
"""*checks during a nap: time, ...*: checks on a nap, each one the nap's."""
_PLURAL_THEN_MONEY = re.compile(
    r"(?<=,\s)the\s+(?P<many>[a-z]+s)\s+(?P<what>charge|fee|cost|price|total|deduction)\s+"
    r"(?=(?:for|on)\s)"
)
"""*..., the extras charge for meals, ...*: one item (the charge), not *the extras* who charge."""
_ALONG_WITH_WHO_DID_IT = re.compile(
    r",\s+along\s+with\s+(?=the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+who\s)"
)
"""*we log the time and the amount, along with the staff member who gave it*: one more item."""
_THE_DATE_PAID_AND_HOW_MUCH = re.compile(
    r"\bthe\s+date\s+(?P<who>they|we|he|she)\s+(?P<verb>paid|spent|charged|gave|owed)\s+and\s+"
    r"how\s+much(?=\s*(?:[,.;)]|$))"
)
"""*the date they paid and how much*: how much they paid, the verb said once for both."""
_DONE_BY_IN_BRACKETS = re.compile(
    r"(?<=, )(?P<done>[a-z]+)\s+by\s+\((?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\)(?=\s*(?:[,.;]|$))"
)
"""*each loss: pond, date, ..., found by (staff)*: the staff who found it, a record (not
*checked by (initials)*, how the one who did it is written down)."""
_HOW_WHO_IS_WRITTEN = word_set("initials initial name names signature code id number email")


def _done_by_in_brackets(match: re.Match[str]) -> str:
    if not is_past_participle(match["done"]) or match["who"].split()[-1] in _HOW_WHO_IS_WRITTEN:
        return match[0]
    return f"the {match['who']} who {match['done']} it"


_WHO_DID_IT_MID_LIST = re.compile(
    r"(?<=, )(?P<who>the\s+(?:staff\s+member|member\s+of\s+staff))\s+who\s+[a-z]+\s+(?:it|them)(?=,\s)"
)
"""*the date, which till, the staff member who did it, the float, ...*: the staff member, an item
between items; the clause would run on over the rest (one word, *the fitter who did it*, is
read as it stands)."""
_SAYS_WHAT_IT_IS = re.compile(
    r"\b(?P<verb>says|records|notes|shows|gives)\s+what\s+the\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|was|are|were)\b"
)
"""*each ticket ..., says what the fault is, the agreed price ...*: the fault, an item."""
_WHETHER_THAT_ONE = re.compile(
    r"\bwhether\s+(?:that|this)\s+(?=[a-z][\w\-]*\s+(?:was|is|has|had|were|are)\b)"
)
"""*whether that fee was refunded*: whether the fee was refunded, the fee said before."""
_WHEN_IT_WAS_LAST = re.compile(r"\bwhen\s+(?=(?:it|they)\s+(?:was|were)\s+last\s+[a-z]+\b)")
"""*when it was last serviced*: the date it was last serviced, named as that date."""
_LISTED_AND_DONE_BY = re.compile(
    r"(?P<list>\b(?:several|many|multiple)\s+[a-z][\w\-]*s(?:,\s+each)?\s+with\s+[^;.]*?)\s+and\s+"
    r"(?=[a-z]+(?:ed|en|ne)\s+by\s+(?:one|a|an)\s)"
)
"""*several arrangements, each with a place and done by one volunteer*: who did each is on
the list of each, not said of the sentence's subject."""
_PERIOD_HEADER = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))(?P<period>daily|weekly|monthly|yearly|annually|quarterly)\s*:\s*"
    r"(?P<what>[^.;:\n]+?)(?=\s*(?:[.;\n]|$))"
)
"""*Weekly: out-of-range readings per unit.*: a report, each week; no record called *weekly*."""
_WANT_HEADER = re.compile(r"(?m)(?:^|(?<=[.!?]\s))want\s*:\s*(?=[a-z])")
"""*Want: no. of failed checks per week.*: a report asked for, no record called *want*."""
_PERIODS = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
    "quarterly": "quarter",
}
_MEASURED = re.compile(r"(?:count|total|average|number|sum|mean|how\s+many|how\s+much)\b")


def _period_header(match: re.Match[str]) -> str:
    """*Weekly: readings per unit* as *report: readings per unit per week*; a header whose
    figure is named (*Monthly: count of jobs, total price*) is read as it is."""
    if _MEASURED.match(match["what"]):
        return match[0]
    return f"report: {match['what']} per {_PERIODS[match['period']]}"


_WHICH_ONE_IS_DOING = re.compile(
    r"\bwhich\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|was)\s+(?P<doing>[a-z]+ing)\b(?=\s*(?:[,.;:!?)]|$|\s+and\s))"
)
"""*which member is hosting*: *which member hosts it*, one of them named for the record."""
_SHOWN_NOT_DOING = FUNCTION_WORDS | word_set("colour color light sign side size kind type status")
"""What *is showing* or *is flashing* without acting on the record."""


def items_said_plainly(lowered: str) -> str:
    """Items said the way the readers expect: *which member is hosting* is *which member hosts
    it*, *water temp log every morning:* a log's header, *a result per driver who raced in it,
    giving ...* *a result per driver with ...*, *the date their licence runs out* *... expires*,
    *the extras charge for meals* *the extras-charge for meals*, *when it was last serviced*
    *the date it was last serviced*, *..., along with the staff member who gave it* *..., and
    the staff member who gave it*, *weekly: readings per unit* *report: readings per unit
    per week*; and those :func:`items_said_in_full` and :func:`picked_as_many` read."""
    lowered = _WANT_HEADER.sub("report: ", _PERIOD_HEADER.sub(_period_header, lowered))
    lowered = _WHICH_ONE_IS_DOING.sub(_which_one_does_it, lowered)
    lowered = _LISTED_AND_DONE_BY.sub(r"\g<list>, ", lowered)
    lowered = _HEADER_EVERY_SO_OFTEN.sub(r"\g<head>", lowered)
    lowered = _DURING_ONE_HEADER.sub(r"\g<head> on ", lowered)
    lowered = _PER_ONE_GIVING.sub(_per_one_with, lowered)
    lowered = _PLURAL_THEN_MONEY.sub(r"the \g<many>-\g<what> ", lowered)
    lowered = _WHEN_IT_WAS_LAST.sub("the date ", lowered)
    lowered = _WHETHER_THAT_ONE.sub("whether the ", lowered)
    lowered = _SAYS_WHAT_IT_IS.sub(r"\g<verb> the \g<what>", lowered)
    lowered = _ALONG_WITH_WHO_DID_IT.sub(", and ", lowered)
    lowered = _WHO_DID_IT_MID_LIST.sub(r"\g<who>", lowered)
    lowered = _DONE_BY_IN_BRACKETS.sub(_done_by_in_brackets, lowered)
    lowered = _THE_DATE_PAID_AND_HOW_MUCH.sub(
        r"the date \g<who> \g<verb> and how much \g<who> \g<verb>", lowered
    )
    lowered = picked_as_many(items_said_in_full(lowered))
    return _DATE_IT_RUNS_OUT.sub(_date_it_expires, lowered)


def _date_it_expires(match: re.Match[str]) -> str:
    # "the date that licence runs out": the date the licence expires
    head = re.sub(r"^(date|day)\s+that\s+", r"\1 the ", match["head"])
    return f"{head} {'expires' if match['verb'] == 'runs' else 'expire'}"


def lists_said_plainly(lowered: str) -> str:
    """Lists said the way the readers expect: *a name plus start and end dates* is *a name and
    ...*, *home team v away team* two teams, *the home and away scores* two scores, *several
    bouquets, each with a quantity* *several bouquets with a quantity*, *which cabinet and how
    many* *a cabinet and a quantity*."""
    lowered = _PLUS_IN_A_LIST.sub(" and ", lowered)
    lowered = _THE_ONES_BOUGHT_WITH_A_QUANTITY.sub(r"several \g<things> ", lowered)
    lowered = _PLUS_WHETHER.sub(", and ", lowered)
    lowered = _VERSUS.sub(" and ", lowered)
    lowered = _JUST_LISTED.sub(r"\g<many> with ", lowered)
    lowered = _TWO_OF_A_KIND.sub(
        _two_of_a_kind, _SEVERAL_OF_A_KIND.sub(_several_of_a_kind, lowered)
    )
    lowered = _STATUS_ARROWS.sub(r"\g<head>: ", lowered)
    lowered = _EACH_OF_OURS.sub(_each_of_ours, lowered)
    lowered = _AS_MANY_AS.sub(lambda m: f"many {m.group('what')}", lowered)
    lowered = _PLUS.sub(" and ", lowered)
    lowered = _EQUALS.sub(" has ", lowered)
    lowered = _EACH_NAMING.sub(", each with ", _NAMING_ONE_WITH.sub(r"\g<named> and ", lowered))
    lowered = _EACH_LISTED_WITH.sub(_each_listed_with, lowered)
    lowered = _WHICH_CAN_BE_SEVERAL.sub("", lowered)
    lowered = _WHICH_AND_HOW_MANY.sub(_thing_and_how_many, lowered)
    lowered = _MEANING_EACH.sub(", each with ", lowered)
    lowered = _EACH_ONE_THING_WITH.sub(lambda m: f", each with a {m['thing']}, ", lowered)
    lowered = _EACH_WITH.sub(_many_with, lowered)
    return _FOR_EACH_ONE.sub(r"\g<many>", lowered)
