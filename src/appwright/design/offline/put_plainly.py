"""Things owners say the long way round, put plainly before the readers see them.

Fields: *the winner's and loser's scores* (two fields), *the two players' names* (one each),
*received date/time* (one moment), *the date it arrived in our warehouse* (the arrival date),
*the number of days until the next dose is due* (the days until it), *- there are only three,
bronze, silver and gold -*, *(monday to friday)* and *..., and after judging it gets a
placing: first, second, ...* (the values).

Records and their lists: *all the linen we own is ...* (whose it is names nothing), *a game to be
marked has ...* (the game), *a customer's got a name* (has), *orders for so many cubic metres
of one grade* (one grade, and how much), *a buyer places orders for one grade* (what buyers
do), *who the donor is* (the donor), *every week a delivery is raised* (when, no record),
*each line names one of our coffees with ...* (is for one), *a visit note too, just the date
and ...* and *..., and that should sit under the account* (the note's list, and whose it is),
*... sit in a list with a name* and *renewals are taken yearly, recording ...* (what they
have), *on the dog side we need*, *a lot comes from one importer, and for it we note* and
*whenever a dose is given, we log* (for each one), *the crew member doing the check puts down
...* (the check's list, and who did it), *they record an administration from a
particular batch: ...* (its list, and the batch), *the administration is linked
to the staff member who gave it* (whose it is), *every cupper scores each sample for
fragrance, ...* (a score of each by each), *we note the start
date of each placement* (for each placement), *a puppy is placed with one walker, and ...* (the
placement is of both), *a trader books a pitch with a date* (the booking's list), *an allocation gives a pen to an exhibitor,
noting ...* (its list, and the two it points at), *test = one dog, one venue; date, ...* (one list) and
*profiles get tweaked, so keep versions: ...* (their versions).

Flows: *the workshop moves each defect through ...* (the defect's steps), *..., and in the end
is either terminated or expired* and *..., and can end up returned if ...* (where it ends up),
and *is then either accepted or withdrawn* (``then_is_either``, run before the flow readers).

Kinds of their own, which ``put_plainly`` runs in its order: fields named with words around
them (`field_asides`), what each record has told around its list (`list_asides`), what is
written on a record (`noted_on`) and the asides on a flow (`flow_asides`). The kinds someone
*calls them all* by one name (``kinds_called_all``) are read before the rest.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_done_to_a_thing
from appwright.design.offline.field_asides import field_asides
from appwright.design.offline.flow_asides import flow_asides
from appwright.design.offline.list_asides import list_asides
from appwright.design.offline.noted_on import noted_on_the_record
from appwright.design.offline.word_forms import plural, singular, verb_lemma

_EACH_ONES = re.compile(
    r"\b(?P<first>[a-z][\w\-]*)'s\s+and\s+(?P<second>[a-z][\w\-]*)'s\s+(?P<what>[a-z][\w\-]*s)\b"
)
"""*the winner's and loser's scores*: two fields, *the winner score and loser score*."""
_THE_TWO_ONES = re.compile(r"\bthe\s+two\s+(?P<who>[a-z][\w\-]*)s'\s+(?P<what>[a-z][\w\-]*s)\b")
"""*the two players' names*: a field for each, *the player one name and the player two name*."""
_WE_OWN = re.compile(r"\s+(?:that\s+)?(?:we|i)\s+own(?=\s+(?:is|are|has|have|gets|get)\s)")
"""*all the rental linen we own is fitted with a chip*: whose it is names nothing kept."""
_DATE_SLASH_TIME = re.compile(r"\bdate\s*/\s*time\b")
"""*received date/time*: one moment, *received date and time*, not a choice of two."""
_TO_BE_DONE = re.compile(
    r"\b(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+to\s+be\s+[a-z]+ed\s+(?=(?:has|have|needs)\s)"
)
"""*a game to be marked has the players' names, ...*: the game, whatever is to be done to it."""
_SO_MANY_OF_ONE = re.compile(
    r"\bfor\s+so\s+many\s+"
    r"(?P<unit>(?:cubic\s+|square\s+)?[a-z]+s)\s+of\s+one\s+(?P<one>[a-z][\w\-]*)\b(?!\s*\(),?"
)
"""*orders for so many cubic metres of one grade, with ...*: *orders for one grade, with the
cubic metres, ...*; how much is a field, what of a record."""
_ONE_PLACES_ORDERS = re.compile(
    r"\b(?:a|an|each|every)\s+(?P<who>[a-z][\w\-]*)\s+places\s+(?:an?\s+)?(?P<what>orders?|bookings?)"
    r"(?=\s+for\s+one\s)"
)
"""*a buyer places orders for one grade, with ...*: *buyers place orders ...*, as the readers of
what people do take it, the list the order's."""
_ONES_GOT = re.compile(
    r"\b(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*)'s\s+got\s+(?=(?:a|an|the|their|its)\s)"
)
"""*a customer's got a name, ...*: *a customer has a name*, not the customer's *got*."""
_SOMEONE_MOVES_EACH = re.compile(
    r"\b(?:the|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:moves|takes|passes)\s+"
    r"(?P<one>(?:each|every|a|an|the)\s+[a-z][\w\-]*)\s+(?=through\s)"
)
"""*the workshop moves each defect through reported, ...*: *each defect moves through ...*;
the steps are the defect's, whoever moves it."""
_IN_THE_END_IS = re.compile(
    r",?\s+and\s+in\s+the\s+end\s+(?:it\s+|they\s+)?(?:is|are|gets|get|it's|they're)\s+"
    r"(?:either\s+)?(?=[a-z])"
)
"""*..., becomes active, and in the end is either terminated or expired*: *..., and ends up
terminated or expired*, the last step, one of two."""
_WHO_THE_ONE_IS = re.compile(
    r"\bwho\s+(?P<one>the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|was)(?=\s*(?:[,.;]|\band\b|$))"
)
"""*a description, what it's worth and who the donor is*: *the donor*, the one it points at."""
_EVERY_SO_OFTEN = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:every|each)\s+(?:week|month|day|year|fortnight|quarter|"
    r"morning|evening|night|season|term)\s*,?\s+(?=(?:a|an)\s+[a-z][\w\-]*\s+is\s+[a-z]+ed\b)"
)
"""*every week a delivery is raised from each standing order*: when, not a record of weeks."""
_NAMES_ONE_OF = re.compile(
    r"\b(?P<one>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+names\s+one\s+(?:of\s+(?:our|the)\s+)?"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+with\s"
)
"""*each line names one of our coffees with a number of bags*: the line is for one coffee, and
the list after is the line's."""
_ONLY_SO_MANY = re.compile(
    r"\s+-\s+there\s+(?:are|is)\s+(?:only\s+|just\s+)?(?:two|three|four|five|six)(?:\s+of\s+them)?"
    r"\s*[,:]\s*(?P<values>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)*\s+(?:and|or)\s+[a-z][\w\-]*)"
    r"(?:,\s+(?:depending|based|according)\b[^-;.]*?)?\s+-\s+"
)
"""*which price tier they're on - there are only three, bronze, silver and gold, depending on
how much they take - and then ...*: the values, in brackets after the field."""
_ONE_TOO_JUST = re.compile(
    r"\b(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:too|as\s+well),\s+"
    r"(?:just|only)\s+(?=(?:the|a|an|its|their)\s)"
)
"""*we jot down a visit note too, just the date and what was talked about*: the note's list."""
_THAT_SITS_UNDER = re.compile(
    r"\b(?P<one>(?:a|an)\s+(?:[a-z][\w\-]*\s+)?(?P<head>[a-z][\w\-]*))\s+with\s+(?P<list>[^;.()]*?),"
    r"\s+and\s+(?:that|it|this)\s+(?:should\s+|must\s+|will\s+|would\s+|can\s+)?"
    r"(?:sits?|lives?|goes?|belongs?|be\s+kept)\s+under\s+(?:the|its|their|that)\s+"
    r"(?P<owner>[a-z][\w\-]*)\b"
)
"""*a visit note with the date and ..., and that should sit under the account*: the note's list,
and the one account it belongs to."""
_IN_A_LIST_WITH = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)(?:\s+(?:such\s+as|like)\s+[^.;:()]*?)?"
    r"(?:\s+(?:sit|are\s+kept|live|go|are)\s+in|,\s+which\s+(?:we|i)\s+keep\s+(?:as|in))"
    r"\s+(?:a|one|their\s+own)\s+list\s+with\s+"
)
"""*qualifications such as frec 3 or frec 4 sit in a list with a name and ...*, *our regular
destinations, which we keep as a list with a name and postcode*: what they have."""
_ON_ITS_SIDE = re.compile(r"\bon\s+the\s+(?P<one>[a-z][\w\-]*)\s+side,?\s+(?=(?:we|i)\s)")
"""*on the dog side we need its name, ...*: for each dog."""
_THE_ONE_DOING_IT_NOTES = re.compile(
    r"\bthe\s+(?P<doer>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:doing|carrying\s+out|making)\s+"
    r"(?:the|a|an|each)\s+(?P<act>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:puts|writes|jots|notes)"
    r"\s+down\s+(?=(?:the|a|an|their|its)\s)"
)
"""*the crew member doing the check puts down the date, ...*: the check's list, and the one
who did it."""
_ONES_IT_IS_FOR_THEN = re.compile(
    r"(?P<head>:\s*one\s+[a-z][\w\-]*(?:\s*,\s*(?:and\s+)?one\s+[a-z][\w\-]*)*)\s*;\s+(?=[a-z])"
)
"""*each test = one dog, one assessor, one venue; date, ...*: the ones it is for, then the rest
of its list, one list."""
_AND_FOR_IT = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?P<one>(?:a|an|each|every)\s+(?P<head>[a-z][\w\-]*))\s+"
    r"(?:(?P<rest>[^.;:()]*?),\s+and\s+for\s+it,?\s+(?=(?:we|i)\s)"
    # "each sample comes from an importer, and we note the origin": no more than whose it is
    r"|(?P<whose>(?:comes|is|belongs)\s+(?:from|to)\s+(?:a|an|one)\s+[a-z][\w\-]*),\s+and\s+"
    r"(?=(?:we|i)\s+(?:note|record|log)\s+the\s))"
)
"""*a lot comes from one importer, and for it we note the origin, ...* (or *..., and we note
the origin*): for each lot."""
_DATE_IT_ARRIVED = re.compile(
    r"\b(?:the\s+)?(?:date|day)\s+(?:it|they)\s+(?:arrived|arrives|arrive|landed|lands|land)"
    r"\s+(?:in|at|into)\s+(?:our|the)\s+[a-z][\w\-]*(?=\s*(?:[,.;)]|\band\b|$))"
)
"""*the date it arrived in our warehouse*: the arrival date; where it arrived is no field (*the
date it arrived*, with no place, is left to the field readers: the arrived date)."""
_WHENEVER_ONE_IS_DONE = re.compile(
    r"\b(?:whenever|when|each\s+time|every\s+time)\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*)\s+is\s+"
    r"(?P<done>given|made|done|taken|carried\s+out|[a-z]+ed),?\s+(?P<who>we|i|the\s+[a-z][\w\-]*)\s+"
    r"(?:logs?|records?|notes?|keeps?|takes?\s+down|writes?\s+down|jots?\s+down)\s+"
    r"(?=(?P<first>the|a|an|which|who|whether|how)\s)"
)
"""*whenever a dose is given, we log which dog, the date given, ...*: for each dose; *when a hen
is stripped we write down the date, ...* (or *the practitioner records ...*): each hen
stripping, the act done to the hen."""


_MAKING_VERBS = frozenset(["give", "make", "do", "take", "issue", "raise", "place", "book"])
"""Acts that make the thing they are done to (*a dose is given*): the thing is the record."""


def _whenever_one_is_done(match: re.Match[str]) -> str:
    lemma = verb_lemma(match["done"]) if " " not in match["done"] else None
    act = act_done_to_a_thing(lemma) if lemma and lemma not in _MAKING_VERBS else None
    if act is not None and match["first"] in ("the", "whether", "how"):
        return f"each {match['one']} {act} has "
    if match["first"] in ("whether", "how") or match["who"] not in ("we", "i"):
        return match[0]  # no act of its own, and not *we log*: left to the readers as it was
    return f"for each {match['one']} we record "


_UNTIL_NEXT_DUE = re.compile(
    r"\b(?P<count>the\s+number\s+of\s+(?:days|weeks|months|years)\s+until\s+the\s+next\s+"
    r"[a-z][\w\-]*)\s+is\s+due\b"
)
"""*the number of days until the next dose is due*: the days until the next dose."""
_TAKEN_EVERY_SO_OFTEN = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+are\s+(?:taken|made|done|paid|logged|collected)\s+"
    r"(?:yearly|monthly|weekly|annually|daily|each\s+year|every\s+year),?\s+recording\s+"
)
"""*renewals are taken yearly, recording the year, ...*: what each renewal has."""
_SO_KEEP_THEIR = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:get|are)\s+[a-z]+ed\b[^.;:]*?,\s+so\s+(?:we\s+|i\s+)?"
    r"(?:keep|track|record|log)\s+(?P<kept>[a-z][\w\-]*s)\s*:"
)
"""*profiles get tweaked a lot, so keep versions: version no., ...*: each profile's versions."""
_CAN_END_UP = re.compile(
    r",\s+and\s+(?:it\s+|they\s+)?(?:can|may|might|could)\s+(?:also\s+|sometimes\s+)?end\s+up\s+"
    r"(?P<state>[a-z][\w\-]*)(?:\s+(?:if|when|should)\s+[^.;]*)?(?=\s*(?:[.;]|$))"
)
"""*it moves through enquiry, ..., approved and rehomed, and can end up returned if the dog
comes back*: one more end, *or ends up returned*; when it happens is no state."""
_LATER_IT_GETS = re.compile(
    r",?\s+and\s+(?:after|once|when)\s+[a-z]+ing,?\s+it\s+gets\s+(?P<one>a|an)\s+(?P<name>[a-z][\w\-]*)"
    r"\s*:\s*(?P<values>[a-z][^.;:()]*?)(?=\s*(?:[.;]|$))"
)
"""*..., and after judging it gets a placing: first, second or none*: one more item, with its
values; when it is filled in is no field."""
_GIVES_ONE_TO_ONE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:a|an|each|every)\s+(?P<head>[a-z][\w\-]*)\s+"
    r"(?:gives|assigns|allocates|hands)\s+(?:a|an|one)\s+(?P<what>[a-z][\w\-]*)\s+to\s+(?:a|an|one)\s+"
    r"(?P<whom>[a-z][\w\-]*),\s+(?:noting|recording|with)\s+"
)
"""*an allocation gives a pen to an exhibitor, noting how many animals ...*: the allocation is
for one pen and one exhibitor, and the list is its own."""
_RECORD_ONE_FROM_ONE = re.compile(
    r"\b(?:they|we|i)\s+(?:record|log|note|fill\s+in|write\s+up)\s+(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+"
    r"(?:from|against|for|on)\s+(?:a|an|one|the)\s+(?:particular\s+|given\s+)?(?P<one>[a-z][\w\-]*)\s*:\s+"
)
"""*they record an administration from a particular batch: the date and time, ...*: the
administration's list, and the batch it came from."""
_LINKED_TO_THE_ONE_WHO = re.compile(
    r"\bthe\s+(?P<one>[a-z][\w\-]*)\s+is\s+linked\s+(?:both\s+)?to\s+the\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+(?!who\b)[a-z][\w\-]*)?)\s+who\s+[^.;]*"
)
"""*the administration is linked both to the staff member who gave it and to the staff member
who witnessed it*: the administration belongs to a staff member."""
_EACH_SCORES_EACH = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:every|each)\s+(?P<doer>[a-z][\w\-]*)\s+(?P<verb>scores|marks|grades|rates)"
    r"\s+(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:for|on)\s+"
)
"""*every cupper scores each sample for fragrance, flavour, ...*: a score of one sample by one
cupper, with what it is scored for."""
_SCORED = {"scores": "score", "marks": "mark", "grades": "grade", "rates": "rating"}
_IS_THEN_EITHER = re.compile(r"\b(?P<be>is|are|gets|get)\s+then\s+(?=either\s)")
"""*starts as offered and is then either accepted or withdrawn*: *then is either ...*."""
_LIST_OF_EACH = re.compile(
    r"\b(?:we|i)\s+(?P<verb>note|record|keep|log|track)\s+(?P<list>the\s+[^.;:()]*?)\s+of\s+each\s+"
    r"(?P<one>[a-z][\w\-]*)(?=\s*(?:[.;,]|$))"
)
"""*we note the start date and end date of each placement*: for each placement, its list."""
_PLACED_WITH_ONE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:\([^()]*\)\s+)?is\s+"
    r"(?:placed|put|matched|paired|housed)\s+with\s+one\s+(?P<other>[a-z][\w\-]*)"
    r"(?:\s+at\s+a\s+time)?,\s+and\s+(?=for\s+each\s+(?P<made>[a-z][\w\-]*)\s)"
)
"""*a puppy is placed with one walker at a time, and for each placement ...*: the placement is
of one puppy with one walker."""
_BOOKS_ONE_WITH = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?P<who>(?:a|an|each|every)\s+(?P<one>[a-z][\w\-]*)|(?P<ones>[a-z][\w\-]*s))\s+"
    r"(?P<verb>books?)\s+(?:a|an|one)\s+(?P<what>[a-z][\w\-]*)\s+with\s+"
    r"(?=(?:a|an|the|their|its)\s)"
)
"""*a trader books a pitch with a booking date and the price*: the booking's list, of one trader
and one pitch (not the pitch's). Only *book*: *a guest reserves a room with a check-in date* is
left to the act readers, which make a reservation only where one is named elsewhere."""
_LAST_AND = re.compile(r"\s+and\s+(?=[a-z][\w\-]*$)")
_DAY_TO_DAY = re.compile(
    r"\((?P<first>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:to|-|through|"
    r"till|until)\s+(?P<last>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\)"
)
"""*a delivery day (monday to friday)*: each day between, the field's values."""
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _each_day_between(match: re.Match[str]) -> str:
    first, last = _DAYS.index(match["first"]), _DAYS.index(match["last"])
    days = _DAYS[first : last + 1] if first < last else None
    return f"({', '.join(days[:-1])} or {days[-1]})" if days else match[0]


def _of_both(made: str, thing: str, whose: str, *, listed: bool = False) -> str:
    """*each rental is for one locker. each rental belongs to one member.*, and *each rental
    has* when the list that followed the act is the record's."""
    said = f"each {made} is for one {thing}. each {made} belongs to one {whose}. "
    return f"{said}each {made} has " if listed else said


def _booked_with(match: re.Match[str]) -> str:
    who = match["one"] or singular(match["ones"])
    return (
        f"{match['who']} {match['verb']} a {match['what']}; each booking belongs to one {who}, "
        f"is for one {match['what']} and has "
    )


def then_is_either(lowered: str) -> str:
    """``is then either accepted or withdrawn``: *then is either ...*, as the readers of a flow
    told from its first state (run before them, so not in ``put_plainly``) expect."""
    return _IS_THEN_EITHER.sub(r"then \g<be> ", lowered)


def put_plainly(lowered: str) -> str:
    """``lowered`` with each roundabout phrase above put the plain way, in this order."""
    lowered = _WHO_THE_ONE_IS.sub(r"\g<one>", _EVERY_SO_OFTEN.sub("", lowered))
    lowered = _DAY_TO_DAY.sub(_each_day_between, _ONE_TOO_JUST.sub(r"\g<one> with ", lowered))
    lowered = _IN_A_LIST_WITH.sub(r"\g<things> have ", field_asides(lowered))
    lowered = list_asides(flow_asides(noted_on_the_record(lowered)))
    lowered = _ON_ITS_SIDE.sub(
        r"for each \g<one> ", _ONES_IT_IS_FOR_THEN.sub(r"\g<head>, ", lowered)
    )
    lowered = _DATE_IT_ARRIVED.sub("the arrival date", lowered)
    lowered = _BOOKS_ONE_WITH.sub(_booked_with, lowered)
    lowered = _LIST_OF_EACH.sub(r"for each \g<one> we \g<verb> \g<list>", lowered)
    lowered = _PLACED_WITH_ONE.sub(lambda m: _of_both(m["made"], m["one"], m["other"]), lowered)
    lowered = _EACH_SCORES_EACH.sub(
        lambda m: _of_both(_SCORED[m["verb"]], m["thing"], m["doer"], listed=True), lowered
    )
    lowered = _LINKED_TO_THE_ONE_WHO.sub(r"each \g<one> belongs to one \g<other>", lowered)
    lowered = _RECORD_ONE_FROM_ONE.sub(
        r"we record \g<made>s. each \g<made> belongs to one \g<one>. each \g<made> has ", lowered
    )
    lowered = _GIVES_ONE_TO_ONE.sub(
        lambda m: _of_both(m["head"], m["what"], m["whom"], listed=True), lowered
    )
    lowered = _WHENEVER_ONE_IS_DONE.sub(_whenever_one_is_done, lowered)
    lowered = _UNTIL_NEXT_DUE.sub(r"\g<count>", lowered)
    lowered = _TAKEN_EVERY_SO_OFTEN.sub(r"\g<things> have ", lowered)
    lowered = _LATER_IT_GETS.sub(r" and \g<one> \g<name> (\g<values>)", lowered)
    lowered = _CAN_END_UP.sub(r", or ends up \g<state>", lowered)
    lowered = _SO_KEEP_THEIR.sub(r"\g<things> have many \g<kept>. \g<kept>:", lowered)
    lowered = _AND_FOR_IT.sub(
        lambda m: f"{m['one']} {m['rest'] or m['whose']}. for each {m['head']} ", lowered
    )
    lowered = _THE_ONE_DOING_IT_NOTES.sub(
        r"each \g<act> belongs to one \g<doer>. each \g<act> has ", lowered
    )
    lowered = _THAT_SITS_UNDER.sub(
        lambda m: f"{m['one']} with {m['list']}, and each {m['head']} belongs to one {m['owner']}",
        lowered,
    )
    lowered = _ONLY_SO_MANY.sub(lambda m: f" ({_LAST_AND.sub(' or ', m['values'])}) ", lowered)
    lowered = _NAMES_ONE_OF.sub(
        lambda m: f"{m['one']} is for one {singular(m['what'])}, with ", lowered
    )
    lowered = _IN_THE_END_IS.sub(", and ends up ", lowered)
    lowered = _SOMEONE_MOVES_EACH.sub(r"\g<one> moves ", lowered)
    lowered = _ONES_GOT.sub(r"\g<one> has ", lowered)
    lowered = _SO_MANY_OF_ONE.sub(lambda m: f"for one {m['one']}, with the {m['unit']},", lowered)
    lowered = _ONE_PLACES_ORDERS.sub(
        lambda m: f"{plural(m['who'])} place {plural(singular(m['what']))}", lowered
    )
    lowered = _TO_BE_DONE.sub(r"\g<one> ", _DATE_SLASH_TIME.sub("date and time", lowered))
    lowered = _THE_TWO_ONES.sub(
        lambda m: (
            f"the {m['who']} one {singular(m['what'])} and the {m['who']} two {singular(m['what'])}"
        ),
        lowered,
    )
    return _EACH_ONES.sub(
        lambda m: f"{m['first']} {singular(m['what'])} and {m['second']} {singular(m['what'])}",
        _WE_OWN.sub("", lowered),
    )


_CALL_THEM_ALL = re.compile(
    r"\b(?P<have>we've\s+got|we\s+have|we\s+run|there\s+are)\s+[^.;:()]+?,?\s+and\s+(?:i|we)\s+"
    r"call\s+(?:them|those|these)\s+all\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\b"
)


def kinds_called_all(text: str) -> str:
    """``we've got earth ponds, raceways and tanks, and i call them all units``: *we've got
    units*; the kinds are examples of the one record, read before any reader sees the list."""
    return _CALL_THEM_ALL.sub(r"\g<have> \g<things>", text)
