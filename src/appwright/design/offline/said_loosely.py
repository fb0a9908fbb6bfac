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
  orders the buyer places;
- *against each claim we note every call: the date, ...*: the calls of a claim;
- *a licence with the council, where we keep the number, ...*: what the licence has;
- *the date the licence was renewed*, *how we got in touch* and *the total we expect to take*:
  said as a record's items are;
- *we do a payment run, which just has ...*: what each payment run has;
- *plants are listed by name with ...* and *the formulas are a short list of name, ...*: what
  each has;
- *a sample is taken from one pond on a collection date*: the sample's pond, and its date;
- *each year a member is given a licence showing the season, ...*: the licence's list;
- *each morning the warden posts the trail conditions: the date, ...*: what a condition has;
- *plenty of people pay in instalments, so every payment is ...*: the reason, no record;
- *those repair jobs are their own records, each with ...*: what each repair job has;
- *whether the claim was approved or rejected*: the claim's outcome, one of two;
- *its status starts at awaiting approval and moves to approved or ...*: its flow;
- *a pass has a name, one of those pass types, a price ...*: the pass type, an item.

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


_AGAINST_EACH_WE_NOTE_EVERY = re.compile(
    r"\bagainst\s+(?:each|every)\s+(?P<x>[a-z][\w\-]*)\s+we\s+(?:note|log|record|keep|write\s+down)\s+"
    r"(?:each|every)\s+(?P<y>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:\s+(?=(?:the|a|an|its|their|how)\s)"
)
"""*against each case we note every contact attempt: the date, ...*: the attempts of a case."""
_ONE_WHERE_WE_KEEP = re.compile(
    r"\b(?P<lead>(?:a|an)\s+(?P<one>[a-z][\w\-]*)(?:\s+with\s+(?:their|its|the)\s+[a-z][\w\-]*)?),"
    r"\s+where\s+we\s+(?:keep|store|hold|record|note|log)\s+(?=(?:the|a|an|their|its)\s[^.;:]*,)"
)
"""*each one has a mandate with their bank, where we keep the account holder's name, ...*: what
the mandate has."""

_THE_DATE_THE_ONE_WAS = re.compile(
    r"\bthe\s+(?P<when>date|day)\s+the\s+[a-z][\w\-]*\s+(?P<was>was|were)\s+(?=[a-z]+ed\b|set\b|put\b)"
)
"""*the date the mandate was set up*: the date it was set up."""
_HOW_WE_GOT_IN_TOUCH = re.compile(r"\bhow\s+we\s+got\s+in\s+touch\b")
"""*how we got in touch (email, phone or text)*: how we contacted them."""

_WE_DO_ONE_WHICH_HAS = re.compile(
    r"\bwe\s+(?P<do>do|run|hold|make)\s+(?P<one>(?:a|an)\s+(?P<head>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)),"
    r"\s+which\s+(?:(?:really|only)\s+)?(?:just\s+)?(?:has|holds)\s+(?=(?:the|a|an|its)\s)"
)
"""*we do a collection run, which just has the run date and ...*: what each run has."""
_THE_ONE_WE_EXPECT = re.compile(
    r"\bthe\s+(?P<what>total|amount|number|sum)\s+we\s+expect\s+to\s+(?:take|get|collect|receive|make|raise|spend|pay(?:\s+out)?)\b"
)
"""*the total we expect to take*: the expected total."""

_ARE_LISTED_BY = re.compile(
    r"\b(?:our\s+|the\s+)?(?P<many>[a-z][\w\-]*s)\s+are\s+(?:(?:just|simply)\s+)?listed\s+by\s+"
    r"(?P<what>name|number|code|title)\s+(?:with|and)\s+(?=(?:a|an|the|their|its)\s)"
)
"""*plants are listed by name with a yes/no for ...*: what a plant has."""
_ARE_A_LIST_OF = re.compile(
    r"\b(?:our\s+|the\s+)?(?P<many>[a-z][\w\-]*s)\s+are\s+(?:just\s+)?(?:a|an)\s+"
    r"(?:(?:short|simple|small|plain)\s+)?list\s+of\s+(?=[a-z])"
)
"""*the formulas are a short list of name, brand and mixing ratio*: what a formula has."""

_DONE_AT_ONE_ON_A_DATE = re.compile(
    r"\b(?P<done>(?P<who>(?:a|an|each|every)\s+[a-z][\w\-]*)\s+is\s+[a-z]+(?:ed|en)\s+"
    r"(?:from|at|in|for|by)\s+(?:one|a|an)\s+[a-z][\w\-]*)\s+on\s+"
    r"(?P<date>(?:a|an)\s+[a-z][\w\-]*\s+date)\b(?P<then>\s+and\s+(?=(?:moves|goes|runs|passes)\s))?"
)
"""*a sample is taken from one pond on a collection date*: the sample's pond and its date."""

_ONE_SHOWING = re.compile(
    r"\b(?P<one>(?:a|an)\s+(?!(?:chart|graph|report|list|table|dashboard|screen|view|page|summary|"
    r"map|board|calendar|sign|display)\b)[a-z][\w\-]*)\s+showing\s+(?=(?:the|its|their)\s[^.;]*,)"
)
"""*a member is given a subscription showing the season, ...*: the subscription, with its list."""
_POSTS_THE_ONES = re.compile(
    r"\bthe\s+[a-z][\w\-]*\s+(?:posts|puts\s+up|writes\s+up)\s+(?:the|a|an)\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:\s+(?=(?:the|a|an|its)\s)"
)
"""*each day the captain posts the river conditions: the date, ...*: what a condition has."""

_MANY_DO_SO = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?:(?:quite\s+)?(?:plenty|lots|loads|a\s+lot|most|many|some)\s+of\s+"
    r"(?:people|folk|them|our\s+[a-z]+s)|(?:a\s+)?(?:few|most|many|some)\s+people)\s+[a-z]+\s+[^,.;:]*,\s+"
    r"so\s+(?=(?:each|every|we|the|a|an)\s)"
)
"""*plenty of people pay in instalments, so every payment is ...*: the reason, no record."""

_ARE_THEIR_OWN_RECORDS = re.compile(
    r"\b(?:those|these|the)\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+are\s+"
    r"(?:their\s+own|separate)\s+records?,\s+each\s+with\s+"
)
"""*those follow-up actions are their own records, each with ...*: what each action has."""

_WHETHER_IT_WAS_ONE_OR_OTHER = re.compile(
    r"\bwhether\s+(?:the\s+)?(?!(?:it|they|he|she|we|you|i|this|that|there)\b)(?P<what>[a-z][\w\-]*)\s+"
    r"(?:was|is|were|are|got)\s+(?P<one>[a-z]+ed)\s+or\s+(?P<other>[a-z]+ed)\b"
)
"""*whether entry was allowed or denied*: the entry, one of two."""

_STATUS_STARTS_AT_AND_MOVES = re.compile(
    r"\b(?P<whose>its|their|the|a)\s+status\s+(?:starts|begins)\s+(?:at|as|on)\s+"
    r"(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+and\s+(?:then\s+)?(?:(?:moves|goes|changes)\s+to|becomes)\s+"
)
"""*its status starts at awaiting approval and moves to approved or ...*, *... starts at sent and
becomes paid or expired*: the steps of its flow."""

_ONE_OF_THOSE_KINDS = re.compile(
    r"(?<=,\s)one\s+of\s+(?:those|these|the)\s+(?P<what>[a-z][\w\-]*\s+(?:type|kind|categor|level|tier))"
    r"(?:s|ies)\b"
)
"""*a plan has a name, one of those plan types, a price ...*: the plan's type, an item."""


def said_loosely(lowered: str) -> str:
    """``lowered`` with each loosely told record above said plainly."""
    lowered = _AND_THEN_ONE_LOGS.sub(". ", lowered)
    lowered = _ARE_SIMPLE.sub(_each_has, lowered)
    lowered = _ARE_LISTED_BY.sub(lambda m: _each_has(m, f"a {m['what']} and "), lowered)
    lowered = _ARE_A_LIST_OF.sub(_each_has, lowered)
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
    lowered = _AGAINST_EACH_WE_NOTE_EVERY.sub(
        r"each \g<y> belongs to a \g<x>. each \g<y> has ", lowered
    )
    lowered = _ONE_WHERE_WE_KEEP.sub(r"\g<lead>. each \g<one> has ", lowered)
    lowered = _THE_DATE_THE_ONE_WAS.sub(r"the \g<when> it \g<was> ", lowered)
    lowered = _HOW_WE_GOT_IN_TOUCH.sub("how we contacted them", lowered)
    lowered = _WE_DO_ONE_WHICH_HAS.sub(r"we \g<do> \g<one>. each \g<head> has ", lowered)
    lowered = _THE_ONE_WE_EXPECT.sub(r"the expected \g<what>", lowered)
    lowered = _MANY_DO_SO.sub("", lowered)
    lowered = _ONE_SHOWING.sub(r"\g<one> with ", lowered)
    lowered = _POSTS_THE_ONES.sub(_each_posted_has, lowered)
    lowered = _ARE_THEIR_OWN_RECORDS.sub(_each_posted_has, lowered)
    lowered = _ONE_OF_THOSE_KINDS.sub(
        lambda m: f"a {m['what']}{'y' if m['what'].endswith('categor') else ''}", lowered
    )
    lowered = _STATUS_STARTS_AT_AND_MOVES.sub(r"\g<whose> status goes from \g<first> to ", lowered)
    lowered = _WHETHER_IT_WAS_ONE_OR_OTHER.sub(r"the \g<what> (\g<one> or \g<other>)", lowered)
    lowered = _DONE_AT_ONE_ON_A_DATE.sub(
        lambda m: f"{m['done']} and has {m['date']}" + (f". {m['who']} " if m["then"] else ""),
        lowered,
    )
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


def _each_has(match: re.Match[str], first: str = "") -> str:
    many = match["many"]
    if not is_plural(many) or not can_name_records(singular(many)):
        return match[0]
    return f"each {singular(many)} has {first}"


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


def _each_posted_has(match: re.Match[str]) -> str:
    *head, what = match["what"].split()
    one = singular(what) if is_plural(what) else what
    if not can_name_records(one):
        return match[0]
    return f"each {' '.join([*head, one])} has "
