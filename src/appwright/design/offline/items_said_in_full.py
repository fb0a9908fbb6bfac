"""Items said in full where a list names them shortly: *the date their next test is due*, *how
many letters that comes to*, *the right sphere ..., the same three for the left eye*.

`list_wording.items_said_plainly` runs these on the lowered text, before the readers split it
into sentences; each says an item the way the field readers name it.
"""

from __future__ import annotations

import re

from appwright.design.offline.steps_said_shortly import steps_said_shortly
from appwright.design.offline.word_forms import singular

_DATE_IT_IS_DUE = re.compile(
    r"\b(?:the\s+)?(?:date|day)\s+(?:(?:its|their|his|her)\s+(?P<thing>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)"
    # "the date the mot is due": a check of its own falls due; "the date the quote is due" stays
    r"|the\s+(?P<check>(?:next\s+|annual\s+)?(?:mot|service|inspection|test|check|survey|audit|loler)))"
    r"\s+(?:is|are|falls|fall)\s+due\b"
)
"""*the date their next test is due*, *the date the MOT is due*: the next test due date, the
MOT due date, not a clause of its own."""
_HOW_MANY_IT_COMES_TO = re.compile(
    r"\bhow\s+many\s+(?P<things>[a-z][\w\-]*s)\s+(?:that|it|this|they)\s+"
    r"(?:comes?|adds?\s+up|works?\s+out)\s+to\b"
)
"""*how many letters that comes to*: the number of letters, not a step *comes*."""
_WHO_IS_DOING_BEFORE_ITS_LIST = re.compile(
    r"\bthe\s+(?P<who>[a-z][\w\-]*)\s+(?:who's|who\s+is|who\s+are)\s+[a-z]+ing\s+(?=\()"
)
"""*the relative who's asking (a name and a phone number)*: the relative, with their list."""
_OF_WHO_IS_DOING = re.compile(
    r"\b(?P<kept>register|list|record|log)\s+of\s+who(?:'s|\s+is|\s+are)\s+[a-z]+ing"
    r"(?:\s+(?:with\s+us|here|in|at\s+the\s+moment))?\b"
)
"""*a register of who's staying with us*: the register the owner wants, of records told later."""
_WHATEVER_THEY_COME_BACK_WITH = re.compile(
    r"\bwhatever\s+(?P<things>[a-z]+)\s+the\s+(?P<who>[a-z]+)\s+(?:comes|come|gets|get)\s+back\s+with"
    r"(?:\s+(?:are|is|get|gets)\s+(?:written|noted|put|logged)\s+on\s+(?:the|that|this)\s+[a-z]+)?"
)
"""*whatever notes the client comes back with get written on that revision*: the client notes."""
_THEY_ARE_OUR_CUSTOMERS = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+are\s+our\s+(?:customers|clients)\s*,?\s+and\s+for\s+"
    r"(?P<each>each|every)\s+one\b(?!\s+of\b)"
)
"""*families are our customers, and for each one we note ...*: each family, the customer."""
_FROM_OUR_LIST = re.compile(
    r"(?<=[,:]\s)(?P<one>[a-z][\w\-]*)\s+\((?:picked\s+|chosen\s+)?from\s+(?:the\s+|our\s+)?"
    r"(?:staff\s+|team\s+)?(?:list|rota|register)\)"
)
"""*..., technician (from staff list)*: which technician, one of a list kept."""
_ONE_OR_OTHER_NUMBER = re.compile(
    r"\b(?P<the>the|a|an|its|their)\s+(?P<first>[a-z]+)\s+or\s+(?P<second>[a-z]+)\s+"
    r"(?P<what>number|code|ref|reference)\b"
)
"""*the grave or plot number*: one number, named by both its names."""
_ONE_OR_OTHERS_DETAIL = re.compile(
    r"\b(?P<the>a|an|the|their)\s+(?P<first>[a-z]+)\s+or\s+[a-z]+'s\s+"
    r"(?P<what>name|full\s+name|phone(?:\s+number)?|mobile|email|address|signature)\b"
)
"""*a parent or carer's name*: the name of the one who looks after the child, named by the
first word (*parent name*); neither is a field of its own."""
_THE_SAME_FOR_THE_OTHER = re.compile(
    r"(?P<said>(?:the\s+)?(?P<side>[a-z]+)\s+(?P<a>[a-z]+)(?:,\s+(?:the\s+)?(?P=side)\s+(?P<b>[a-z]+))?"
    r"(?:,|,?\s+and)\s+(?:the\s+)?(?P=side)\s+(?P<c>[a-z]+)),\s+the\s+same\s+(?:two|three)\s+for\s+"
    r"the\s+(?P<other>[a-z]+)(?:\s+(?:eye|side|ear|hand|foot|leg|arm|wheel|axle|half|end))?\b"
)
"""*the right sphere, right cylinder and right axis, the same three for the left eye*: three
more, said once."""


_WHO_WE_BUY_FROM = re.compile(
    r"\bwho\s+(?:we|i)\s+(?:buy|get|order|source)\s+(?:it|them)\s+from\b"
    r"|\bthe\s+(?:supplier|seller|dealer)\s+(?:it|they)\s+came\s+from\b"
)
"""*who we buy it from*, *the supplier it came from*: the supplier."""
_INITIALS_OF_WHOEVER = re.compile(
    r"\b(?:the\s+)?(?:initials|signature)\s+of\s+(?:whoever|the\s+person\s+who)\s+(?P<did>[a-z]+ed)\s+it\b"
)
"""*the initials of whoever fitted it*: who fitted it, however they are written down."""


def _the_same_for_the_other(match: re.Match[str]) -> str:
    named = [n for n in (match["a"], match["b"], match["c"]) if n]
    other = match["other"]
    again = [f"{other} {name}" for name in named]
    return f"{match['said']}, the {', '.join(again[:-1])} and {again[-1]}"


_LIST_THEN_ITS_STEPS = re.compile(
    r"(?m)^(?P<head>[ \t\-*\u2022]*[a-z][\w\- ]*:[^;:\n]+);\s+(?P<field>status|stage|state)\s+"
    r"(?P<steps>[a-z][\w\- ]*,\s+then\s+[^;:.\n]+)"
)
"""*appointments: one cat, ..., paid yes/no; status booked, then done or no-show*: the status
is the last item of the list, its steps in brackets."""
_SEVERAL_PER_ONE = re.compile(
    r"(?m)^(?P<lead>[ \t\-*\u2022]*)(?P<things>[a-z][\w\-]*s):\s+(?:several|many|one\s+or\s+more|a\s+few)\s+"
    r"per\s+(?P<one>[a-z][\w\-]*),\s+(?:each\s+)?(?:(?P<first>(?:a|an)\s+[a-z][\w\-]*)\s+with\s+"
    r"(?=(?:a|an)\s))?"
)
"""*photos: several per appointment, each a link with a caption*: photos for an appointment,
each with a link and a caption."""

_FROM_ONE_DATE_TO_ANOTHER = re.compile(
    r"\b(?P<booked>books?\s+(?:a|an)\s+[a-z][\w\-]*\s+(?:in|at|on)\s+one\s+[a-z][\w\-]*)\s+"
    r"(?=from\s+(?:a|an|the)\s+[a-z]+\s+date\s+(?:to|until|till)\s+(?:a|an|the)\s+[a-z]+\s+date\b)"
)
"""*books a stay in one chalet from an arrival date to a departure date*: the two dates are
the stay's, said after a comma, not where the chalet is (*puts a guest in a room from ...* and
*runs from a start date to ...* are read as they are)."""

_HOW_MANY_FIT = re.compile(
    r"\bhow\s+many\s+(?:people|guests|players|children|kids|seats|cars|boats)\s+"
    r"(?:fit|can\s+fit|it\s+holds|it\s+takes|it\s+seats|can\s+sit)(?:\s+(?:in|on)\s+(?:it|there))?\b"
)
"""*how many people fit in it*: its capacity."""

_MONEY_THEY_GAVE = re.compile(
    r"\bthe\s+(?P<what>credit|refund|discount|compensation)\s+(?:they|he|she|it)\s+"
    r"(?:gave|give|gives|offered)(?:\s+(?:us|back))?\b"
)
"""*the credit they gave us*: the credit amount, money, not a *gave* of the credit (*the deposit
they paid* stays the deposit)."""

_WHICH_ONE_WAS_USED = re.compile(
    r"(?:(?<=,\s)|(?<=:\s)|(?<=\band\s))which\s+(?!(?:one|ones|of)\b)(?P<one>[a-z][\w\-]*)\s+"
    r"(?:was|were)\s+(?:[a-z]+ed|laid|set|put|sent|run|sold|chosen|given|taken|worn|driven|ridden|"
    r"played|shot|hit|sung|read|built|made)(?=\s*(?:,|\.|;|\s+and\b|$))"
)
"""*the date, which lane, which pattern was laid, ...*: which pattern, one of those kept, not a
clause about the lane before it."""
_WHICH_ONE_TO_USE = re.compile(
    r"\b(?P<says>says\s+|and\s+)which\s+(?!(?:one|ones|of)\b)(?P<one>[a-z][\w\-]*)\s+to\s+"
    r"(?:use|take|give|bring|fit|wear|load|serve|send)(?=\s*(?:,|\.|;|\s+and\b|$))"
)
"""*a slot has a date, says which feed to use and the number of scoops*: *a slot has a date,
which feed and ...*."""
_KEPT_WHEN_IT_WAS_DONE = re.compile(
    r"\b(?P<kept>records|notes|logs|holds|stores|keeps)\s+when\s+(?=(?:it|they|we)\s+(?:was|were)\s+[a-z]+ed\b)"
)
"""*each breakdown ... records when it was reported, where ...*: the time it was reported, the
first item of its list."""
_AND_WE_NOTE_EACH_TIME = re.compile(
    r",\s+and\s+(?:we|i)\s+(?:note|record|log|keep|take)\s+the\s+(?P<what>[a-z][\w\-]*)\s+each\s+time\b"
)
"""*a booking can take several add-ons and an add-on goes out on many bookings, and we note the
quantity each time*: *..., with a quantity each time*, the pairing's own item."""
_EACH_ONE_DONE_IS_LOGGED = re.compile(
    r"\b(?P<each>each|every)\s+(?P<one>[a-z][\w\-]*)\s+(?:delivered|received|sold|bought|returned|collected|"
    r"shipped|sent|made)\s+(?=(?:is|gets)\s+(?:logged|recorded|noted|kept|entered|booked\s+in)\b)"
)
"""*each sack delivered is logged with the feed type, ...*: the sack, logged when delivered."""
_ON_ONE_OF_THESE = re.compile(
    r"\s+(?:on|at|in)\s+one\s+(?P<what>tier|level|band|grade|plan|rate|class|package)\s+"
    r"\((?P<values>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)\)(?P<with>\s+with\s+|\s+on\s+(?=a\s+date\b))?"
)
"""*they take out a membership on one tier (individual, joint, family or patron) with ...*: the
tier is one of those, a value."""
_ONE_IN_CHARGE = re.compile(
    r"(?:(?<=,\s)|(?<=\band\s))(?:(?:a|an)\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+in\s+charge"
    r"|the\s+(?P<whom>[a-z][\w\-]*)\s+(?:assigned|allocated)\s+to\s+(?:it|them))"
    r"(?=\s*(?:[,;.]|$))"
)
"""*a session has a date, ..., a capacity and a slope marshal in charge*, *..., a start time and
the pilot assigned to it*: which marshal, which pilot, one of those kept (*the buddy in charge*
of a dive stays a name)."""
_HOW_MANY_COMING_ALONG = re.compile(
    r"\b(?P<how_many>the\s+number\s+of\s+[a-z][\w\-]*s)\s+(?:coming|going|travelling|traveling)"
    r"(?:\s+with\s+them|\s+along)?(?=\s*(?:[,;.]|$|\s+and\s))"
)
"""*the number of adults coming with them*: how many adults; whom they come with is no item."""
_DATES_IT_OPENS_AND_CLOSES = re.compile(
    r"\bthe\s+dates\s+(?P<what>[a-z]+)\s+(?P<one>opens?|starts?|begins?)\s+and\s+(?P<other>closes?|ends?|finish(?:es)?)\b"
)
"""*plus the dates voting opens and closes*: two dates, each an item."""
_WHEN_IT_IS = {"open": "open", "close": "close", "start": "start", "begin": "start"}


def _two_dates(match: re.Match[str]) -> str:
    one, other = (
        _WHEN_IT_IS.get(m.removesuffix("s"), "end") for m in (match["one"], match["other"])
    )
    what = singular(match["what"])  # "the dates nominations open": no record of nominations
    return f"the {what} {one} date and the {what} {other} date"


_FOR_ONE_ON_A_DATE = re.compile(
    r"\b(?P<is>is\s+for\s+(?:one|a|an)\s+[a-z][\w\-]*)\s+on\s+a\s+date(?:\s+(?:at|with|in)\s+"
    r"(?P<what>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}(?:\s+\([^()]*\))?))(?=\s*[,;.]|$)"
)
"""*a feed slot is for one pen on a date at a feed time (morning, ...), ...*: the pen, and the
date and the time are the slot's."""

_WHICH_DID_WHICH = re.compile(
    r"\bwhich\s+(?P<one>[a-z][\w\-]*)\s+(?!(?:is|are|was|were|has|had|of)\b)[a-z]+\s+which\s+"
    r"(?P<other>[a-z][\w\-]*)(?=,)"
)
"""*which member took which dinghy, the time out, ...*: which member and which dinghy, two
kept records among the items (*we store which member plays which part in which production* is
a record of its own)."""
_HOW_MANY_ARE_LEFT = re.compile(
    r"\bhow\s+many\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:are|is)\s+(?:still\s+)?"
    r"(?P<left>free|left|available|remaining|spare|empty|unsold|open)\b"
)
"""*how many player slots are still free*: the number of free player slots."""
_HOW_MANY_OF_EACH_KIND = re.compile(
    r"\bhow\s+many\s+(?P<kinds>[a-z]+(?:,\s+[a-z]+)*,?\s+and\s+[a-z]+)\s+(?P<things>[a-z][\w\-]*s)\s+"
    r"(?:are|were)\s+(?:held|booked|needed|wanted|taken|ordered|reserved|used)\b"
)
"""*how many twin, double and single rooms are held*: the number of each kind, three counts."""
_DATE_AFTER_WHICH = re.compile(r"\b(?P<date>date|deadline)\s+after\s+which\s+[^,;()]+")
"""*a release date after which unsold rooms go back to the hotel*: the release date."""


def _how_many_of_each_kind(match: re.Match[str]) -> str:
    counts = [
        f"the number of {kind} {match['things']}"
        for kind in re.split(r",\s+and\s+|,\s+|\s+and\s+", match["kinds"])
    ]
    return ", ".join(counts[:-1]) + " and " + counts[-1]


_TO_DECIMAL_PLACES = re.compile(
    r"\s+(?:to|with|in)\s+(?:one|two|three|1|2|3)\s+decimal\s+places?\b"
)
"""*a handicap index to one decimal place*: a number with a fraction, whatever its name."""

_ON_THE_GO = re.compile(r"(?<=[a-z]s)\s+on\s+the\s+go\b")
"""*several sites on the go*: the sites they have, no more said of them."""
_A_GUESS_THAT_MOVES = re.compile(
    r"(?P<item>\b(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+that(?:'s|\s+is)\s+"
    r"(?:usually\s+|often\s+|only\s+|just\s+)?(?:a\s+guess|an\s+estimate|provisional|approximate)"
    r"(?:\s+and\s+(?:gets|is)\s+(?:moved|changed|shifted)(?:\s+(?:about|around|later))?)?(?=,|\s+and\b)"
)
"""*a collection date that's usually a guess and gets moved about*: the collection date, and a
remark on how sure it is."""

_ONE_THEY_MAKE = re.compile(
    r"\b(?P<one>(?:each|every|any)\s+[a-z][\w\-]*)\s+(?:they|he|she)\s+(?:make|makes|made|place|places)"
    r"(?=\s+(?:against|for|on|to)\s)"
)
"""*we log every payment they make against the day*: each payment, logged against the day."""

_HOW_PAID_THEN_WAYS = re.compile(
    r"\b(?P<how>how\s+(?:they|he|she|it\s+was)\s+paid),\s+(?P<ways>[a-z][\w\- ]*?(?:,\s+[a-z][\w\- ]*?)*"
    r"\s+or\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*(?:[.;\n]|$))"
)
"""*the date and how they paid, card, bank transfer or cheque*: the ways, the method's values."""

_WHICH_ONE_IT_IS = re.compile(
    r"(?:(?<=,\s)|(?<=:\s)|(?<=\band\s))which\s+(?P<one>[a-z][\w\-]*)\s+(?:it|they|he|she)\s+"
    r"(?:is|are|goes\s+into|goes\s+in|goes\s+on|went\s+into|is\s+kept\s+in)(?=\s*(?:,|;|\.|\s+and\b|$))"
)
"""*..., which class it is, the sail number, ...*, *which bay it goes into*: which class, which
bay, one of those kept."""
_WHO_MUST_BE_ONE_OF_OURS = re.compile(
    r"\bthe\s+[a-z][\w\-]*\s+\((?:who|which|that)\s+(?:has\s+to|must|should|will\s+always)\s+be\s+"
    r"(?:a|an|one\s+of\s+our)\s+(?:club\s+)?(?P<one>[a-z][\w\-]*?)s?(?:,[^()]*)?\)"
)
"""*the helm (who has to be a club member, so pick them from the member list)*: which member."""

_EXAMPLE_WITH_A_DIGIT = re.compile(
    r"\b(?P<name>code|number|reference|ref|id|tag|label|serial)\s+(?:such\s+as|like|e\.g\.)\s+"
    r"[a-z]*\d[\w\-]*(?=\s*(?:,|\s+and\b))"
)
"""*a code such as m14*: the code, and what one looks like."""

_THEY_FLIP_BETWEEN_THOSE = re.compile(
    r",?\s+and\s+(?:they|[a-z]+s)\s+(?:flip|move|switch|swap|change|go)\s+between\s+(?:those|these|them)"
    r"(?:\s+(?:all\s+(?:season|year|the\s+time)|a\s+lot|often))?(?=\s*[.;\n]|$)"
)
"""*a status of available or out of action, and boats flip between those all season*: how
often the status changes, no more of it."""
_NUMBER_WHERE_IT_IS = re.compile(
    r"(?<=\bnumber)\s+(?:(?:we|they)\s+(?:paint|put|write|stick|print|stamp)\s+on|off|from)\s+"
    r"the\s+[a-z]+(?=\s*(?:,|\s+and\b|\)|\.|;|$))"
)
"""*the fleet number we paint on the bow*, *the hull number off the transom*: the number, and
where it is written on the thing."""
_WHICH_IS_THEN_VALUES = re.compile(
    r"\b(?P<how>how\s+(?:bad|serious|severe|urgent|big)\s+(?:it|they)\s+(?:is|are)),\s+which\s+(?:is|are)\s+"
    r"(?P<values>[^;.()]+?,?\s+or\s+[^;.,()]+?)(?=\s*(?:[.;\n]|$))"
)
"""*and how bad it is, which is cosmetic, needs fixing before next use, or not safe to sail*: the
values of how bad, in brackets."""
_WHICH_WE_GRADE_AS = re.compile(
    r"\b(?P<what>(?:the|a|an|its|their)\s+(?:[a-z][\w\-']*\s+){0,2}[a-z][\w\-]*),\s+which\s+(?:we|i|they)\s+"
    r"(?:grade|rate|class|classify|score)\s+as\s+(?P<values>[^;.()]+?,?\s+or\s+[^;.,()]+?)(?=\s*(?:[.;\n]|$))"
)
"""*the pup's reaction, which we grade as relaxed, unsure or worried*: the reaction, its values in
brackets (whose it is, the record the list is of)."""

_THEY_ARE_OUR_STOCK = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+are\s+(?:our\s+own|all\s+our\s+own|kept\s+as|part\s+of\s+our)\s+"
    r"(?:stock|inventory)\s*:"
)
"""*parts are our own stock: part number, ...*: a note's header for parts, with their list."""

_HOW_LONG_IT_WAS_DOWN = re.compile(
    r"\bhow\s+many\s+(?P<unit>minutes|hours|days)\s+(?:the\s+[a-z][\w\-]*|it|they)\s+(?:was|were|is|are)\s+"
    r"(?:down|out\s+of\s+(?:action|use|service)|off|closed)\b"
)
"""*how many minutes the lane was down*: the downtime, in minutes."""

_BOOKED_WITH_US = re.compile(
    r"\b(?P<booked>(?:book|books|order|orders|hire|hires|reserve|reserves)\s+(?:a|an)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)\s+(?:with|from|through)\s+us(?=:)"
)
"""*they book a society day with us: the date, ...*: the society day and its list; *us* is no
header of values."""


def _several_per_one(match: re.Match[str]) -> str:
    one = match["one"]
    article = "an" if one[0] in "aeiou" else "a"
    first = f"{match['first']}, " if match["first"] else ""
    return f"{match['lead']}{match['things']} for {article} {one}: {first}"


def items_said_in_full(lowered: str) -> str:
    """*the date their next test is due* is *the next test due date*, *how many letters that
    comes to* *the number of letters*, *how many people fit in it* *the capacity*, *the credit
    they gave us* *the credit amount*, *the relative who's asking (...)* *the relative (...)*,
    *the right sphere and right axis, the same two for the left eye* *... the left sphere and
    left axis*, *a register of who's staying with us* *a register*, *whatever notes the client
    comes back with* *the client notes*, *families are our customers, and for each one* *for
    each family*, *technician (from staff list)* *which technician*, *appointments: ...; status
    booked, then done* *appointments: ..., status (booked, then done)*, *photos: several per
    appointment, each a link with a caption* *photos for an appointment: a link, a caption*, *a
    stay in one chalet from an arrival date to ...* *a stay in one chalet, from an arrival date
    to ...*, *which pattern was laid* *which pattern*, *which member took which dinghy* *which
    member, which dinghy*, *how many slots are still free* *the number of free slots*, *an index
    to one decimal place* *an index (number)*, *a collection date that's a guess and gets moved
    about* *a collection date*, *several sites on the go* *several sites*, *every payment they
    make against the day* *every payment against the day*, *they book a day with us: ...* *they
    book a day: ...*, *how many minutes the lane was down* *the downtime minutes*, the steps
    `steps_said_shortly` reads, *parts are our own stock:* *parts:*, *a code such as m14* *a
    code*, *the fleet number we paint on the bow* *the fleet number*, *a status of a or b, and
    boats flip between those* *a status of a or b*, *how bad it is, which is a, b or c* *how bad
    it is (a, b or c)*, *which class it is* *which class*, *the helm (who has to be a club
    member, ...)* *which member*, *how they paid, card or cheque* *how they paid (card or
    cheque)*, *a parent or carer's name* *a parent's name*, *the grave or plot number* *the
    grave-or-plot number*, *how many twin and double rooms are held* *the number of twin rooms
    and the number of double rooms*, and *a release date after which ...* *a release date*."""
    lowered = _DATE_IT_IS_DUE.sub(lambda m: f"the {m['thing'] or m['check']} due date", lowered)
    lowered = _HOW_MANY_IT_COMES_TO.sub(r"the number of \g<things>", lowered)
    lowered = _HOW_MANY_FIT.sub("the capacity", lowered)
    lowered = _MONEY_THEY_GAVE.sub(r"the \g<what> amount", lowered)
    lowered = _WHO_IS_DOING_BEFORE_ITS_LIST.sub(r"the \g<who> ", lowered)
    lowered = _THE_SAME_FOR_THE_OTHER.sub(_the_same_for_the_other, lowered)
    lowered = _WHATEVER_THEY_COME_BACK_WITH.sub(r"the \g<who> \g<things>", lowered)
    lowered = _OF_WHO_IS_DOING.sub(r"\g<kept>", lowered)
    lowered = _THEY_ARE_OUR_CUSTOMERS.sub(
        lambda m: f"for {m['each']} {singular(m['things'])}", lowered
    )
    lowered = _FROM_OUR_LIST.sub(r"which \g<one>", lowered)
    lowered = _WHICH_ONE_WAS_USED.sub(r"which \g<one>", lowered)
    lowered = _WHICH_ONE_TO_USE.sub(
        lambda m: f"{'' if m['says'].startswith('says') else m['says']}which {m['one']}", lowered
    )
    lowered = _DATES_IT_OPENS_AND_CLOSES.sub(_two_dates, lowered)
    lowered = _HOW_MANY_COMING_ALONG.sub(r"\g<how_many>", lowered)
    lowered = _ONE_IN_CHARGE.sub(lambda m: f"which {m['who'] or m['whom']}", lowered)
    lowered = _ON_ONE_OF_THESE.sub(
        lambda m: f" with a {m['what']} ({m['values']})" + (", " if m["with"] else ""), lowered
    )
    lowered = _EACH_ONE_DONE_IS_LOGGED.sub(r"\g<each> \g<one> ", lowered)
    lowered = _AND_WE_NOTE_EACH_TIME.sub(r", with a \g<what> each time", lowered)
    lowered = _KEPT_WHEN_IT_WAS_DONE.sub(r"\g<kept> the time ", lowered)
    lowered = _FOR_ONE_ON_A_DATE.sub(r"\g<is> and has a date and \g<what>", lowered)
    lowered = _BOOKED_WITH_US.sub(r"\g<booked>", lowered)
    lowered = _HOW_LONG_IT_WAS_DOWN.sub(r"the downtime \g<unit>", lowered)
    lowered = steps_said_shortly(lowered)
    lowered = _THEY_ARE_OUR_STOCK.sub(r"\g<things>:", lowered)
    lowered = _EXAMPLE_WITH_A_DIGIT.sub(r"\g<name>", lowered)
    lowered = _THEY_FLIP_BETWEEN_THOSE.sub("", _NUMBER_WHERE_IT_IS.sub("", lowered))
    lowered = _WHICH_IS_THEN_VALUES.sub(r"\g<how> (\g<values>)", lowered)
    lowered = _WHICH_WE_GRADE_AS.sub(
        lambda m: re.sub(r"\b[a-z]+'s\s+", "", m["what"]) + f" ({m['values']})", lowered
    )
    lowered = _WHICH_ONE_IT_IS.sub(r"which \g<one>", lowered)
    lowered = _WHO_MUST_BE_ONE_OF_OURS.sub(r"which \g<one>", lowered)
    lowered = _WHICH_DID_WHICH.sub(r"which \g<one>, which \g<other>", lowered)
    lowered = _HOW_MANY_ARE_LEFT.sub(r"the number of \g<left> \g<things>", lowered)
    lowered = _HOW_MANY_OF_EACH_KIND.sub(_how_many_of_each_kind, lowered)
    lowered = _DATE_AFTER_WHICH.sub(r"\g<date>", lowered)
    lowered = _TO_DECIMAL_PLACES.sub(" (number)", lowered)
    lowered = _ONE_THEY_MAKE.sub(r"\g<one>", lowered)
    lowered = _HOW_PAID_THEN_WAYS.sub(r"\g<how> (\g<ways>)", lowered)
    lowered = _ON_THE_GO.sub("", _A_GUESS_THAT_MOVES.sub(r"\g<item>", lowered))
    lowered = _LIST_THEN_ITS_STEPS.sub(r"\g<head>, \g<field> (\g<steps>)", lowered)
    lowered = _SEVERAL_PER_ONE.sub(_several_per_one, lowered)
    lowered = _FROM_ONE_DATE_TO_ANOTHER.sub(r"\g<booked>, ", lowered)
    lowered = _ONE_OR_OTHERS_DETAIL.sub(r"\g<the> \g<first>'s \g<what>", lowered)
    lowered = _WHO_WE_BUY_FROM.sub("the supplier", lowered)
    lowered = _INITIALS_OF_WHOEVER.sub(r"who \g<did> it", lowered)
    return _ONE_OR_OTHER_NUMBER.sub(r"\g<the> \g<first>-or-\g<second> \g<what>", lowered)
