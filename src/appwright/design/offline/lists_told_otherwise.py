"""Where a record's list starts and ends told in words the list readers do not know, said as
they read it.

Each rewrite reads one way owners tell it, in any domain:

- *when their invoice comes in it has an invoice number, ...*: what each invoice has;
- *each room gets its own list of reset steps, each with ...*: the room has them;
- *..., and when something goes wrong a host raises a fault ...*: the list ends there, and
  what follows is a clause of its own;
- *..., and then under each flock the rams themselves, with tag number, ...*: each ram is
  one flock's, with its own list;
- *a vessel is either a tank or a barrel, with a code and ...*: a type, tank or barrel, and
  the rest of its list;
- *any addition made during the job is logged against the work order with ...*: the
  addition, logged against the order; when it was made names no part of it;
- *the companies themselves (name, ...) and the contacts at each one, with ...*: the contacts
  at each company;
- *we know each customer by name and email, and each of their storage containers by a
  container number*: what each has, each container one customer's;
- *adds a line for every item they want, giving ...*: a line for every item; *raises a
  retrieval request ..., and adds a line for every item, giving a description*: the
  request's lines, each with its list;
- *..., so a car check is for one recall and one vehicle and records ...*: a sentence of its
  own, which the *so* joined to the one before;
- *on the visit the surveyor notes down each room: its name, ...*: each room is one visit's,
  with its list;
- *is made up of lines that each name one material and ...*: each line's list;
- *the declaration lists every packed carton by carton number, with ...*: each carton is one
  declaration's, with its number and its list;
- *people join at a level, and we've got a few of those, each with a name, ...*: the levels,
  each with its list;
- *when someone renews we take a payment, and I'd log the date, ...*: the payment's list;
- *a customer gives a name, email and phone, then books one of our rooms ...*: the list ends
  at *then*, and the booking is a clause of its own, the customer's;
- *inside each room sits a run of puzzles, and for each puzzle ...*: each room has many
  puzzles;
- *..., so each time one is redeemed I'd like to note the film title and ...*: what each
  redemption has.

- *then there are the inspections: when the officer comes round we note the visit date, ...*
  and *- usage: whenever a batch is used we log which batch, ...*: what each one has;
- *they'd do a quick condition check: the date, ...*, *they fill in an inspection sheet:
  ...*: what is logged, with its list;
- *..., and under it sit lines, each with a product, ...*: it has many lines, each with its
  list;
- *products are things like 340g runny or 227g set, each with a name and ...*: what each
  product has, the examples naming no record;
- *I want to log an introduction - the date, ...*: the introduction's list, after a colon;
- *every time a queen goes into a hive I log an introduction: ...*: each introduction is for
  one queen and one hive, with its list.

``items_told_otherwise`` reads the items themselves, ``links_told_otherwise`` whom a record is
linked to; ``lists_told_otherwise`` runs both first, and ``list_openings`` after its own.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.items_told_otherwise import items_told_otherwise
from appwright.design.offline.links_told_otherwise import links_told_otherwise
from appwright.design.offline.list_openings import list_openings
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    is_past_participle,
    is_plural,
    plural,
    singular,
    verb_lemma,
    with_article,
)

_WHEN_IT_COMES_IT_HAS = re.compile(
    r"(?<![\w,] )\b(?:when|whenever|once)\s+(?:a|an|the|their|our|its|his|her)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:comes\s+in|arrives|turns\s+up|is\s+received|gets\s+here),?\s+"
    r"it\s+(?:has|carries|shows|gives)\s+(?=(?:a|an|the|its)\s)"
)
"""*when their invoice comes in it has an invoice number, ...*: each invoice's list."""


_GETS_ITS_OWN_LIST_OF = re.compile(
    r"\b(?P<verb>gets|get)\s+(?P<own>its|their)\s+own\s+(?=(?:list|set)\s+of\s+[a-z])"
)
"""*each room gets its own list of reset steps, each with ...*: *has its own list of ...*."""


_AND_WHEN_SOMETHING_GOES_WRONG = re.compile(
    r",\s+and\s+(?=(?:when|whenever|if)\s+(?:something|anything)\s+"
    r"(?:goes\s+wrong|breaks|fails)\b)"
)
"""*a list of our props, each with ..., and when something goes wrong a host raises ...*: the
list ends before the clause that says what happens when."""


_AND_UNDER_EACH_THE_ONES = re.compile(
    r",?\s+and\s+(?:then\s+)?under\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:we\s+(?:keep|have|list)\s+)?(?:the\s+|its\s+|their\s+)?(?P<things>[a-z][\w\-]*s)"
    r"(?:\s+themselves)?,?\s+with\s+(?=[a-z])"
)
"""*each flock kept with its flock number, ..., and then under each flock the rams themselves,
with tag number, breed and age*: the rams' own list, each ram one flock's."""


def _and_under_each_the_ones(match: re.Match[str]) -> str:
    if not is_plural(match["things"]):
        return match[0]
    thing = singular(match["things"])
    return f"; each {thing} belongs to one {match['one']}; each {thing} has "


_IS_EITHER_ONE_OR_THE_OTHER = re.compile(
    r"(?:(?<=[.;]\s)|^)(?:a|an|each|every)\s+(?P<thing>[a-z][\w\-]*)\s+is\s+either\s+(?:a|an)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+or\s+(?:a|an)\s+(?P<other>[a-z][\w\-]*)"
    r"(?:\s+(?:at|for|to|from)\s+(?:a|an|one)\s+(?P<at>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:\s+\([^()]*\))?))?"
    r"(?P<rest>,\s+with\s+|(?=\s*[.;]|$))"
)
"""*a vessel is either a tank or a barrel, with a code and a capacity*: each vessel's type and
its list; *every stop is either a delivery or a collection at a customer site*: and its site."""


def _is_either_one_or_the_other(match: re.Match[str]) -> str:
    said = f"each {match['thing']} has a type ({match['one']} or {match['other']})"
    if match["at"]:
        said = f"{said}; each {match['thing']} belongs to one {match['at']}"
        return f"{said}; each {match['thing']} has " if match["rest"] else said
    return f"{said}, " if match["rest"] else said


_MADE_DURING_ONE_IS_LOGGED = re.compile(
    r"\b(?P<head>(?:any|each|every)\s+[a-z][\w\-]*)\s+(?:made|done|found|used|given|added|taken)\s+"
    r"(?:during|on|at|in)\s+(?:the|a|an|each|every)\s+[a-z][\w\-]*\s+"
    r"(?=(?:is|gets)\s+(?:logged|recorded|noted|entered|written\s+down)\s)"
)
"""*any addition made during the job is logged against the work order with ...*: the addition
is logged against the order; when it was made names no part of it."""


_AND_THE_ONES_AT_EACH_ONE = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)(?P<between>(?:\s+themselves)?(?:\s+\([^()]*\))?,?\s+and\s+"
    r"(?:the\s+|their\s+)?[a-z][\w\-]*s\s+(?:at|for|of|in|from)\s+)each\s+one\b"
)
"""*the companies themselves (name, ...) and the contacts at each one*: each one of the records
named before."""


def _and_the_ones_at_each_one(match: re.Match[str]) -> str:
    if not is_plural(match["things"]):
        return match[0]
    return f"{match['things']}{match['between']}each {singular(match['things'])}"


_WE_KNOW_EACH_BY = re.compile(
    r"\b(?:we|i)\s+know\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+by\s+(?P<list>[^,;.]+?)"
    r"(?:,\s+and\s+each\s+of\s+their\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+by\s+"
    r"(?=[a-z]))?"
    r"(?=[,;.]|$|(?<=by\s))"
)
"""*we know each customer by name and email, and each of their storage containers by a
container number*: what each has; the containers are each one customer's."""


def _we_know_each_by(match: re.Match[str]) -> str:
    said = f"each {match['one']} has {match['list']}"
    if match["things"] is None:
        return said
    thing = singular(match["things"])
    return f"{said}; each {thing} belongs to one {match['one']}; each {thing} has "


_FOR_EVERY_ONE_THEY_WANT = re.compile(
    r"\b(?P<every>for\s+(?:every|each)\s+[a-z][\w\-]*)\s+(?:they|we|he|she|you)\s+"
    r"(?:want|need|ask\s+for)(?:\s+back)?(?=,\s+(?:giving|with|saying)\s)"
)
"""*adds a line for every item they want, giving a description*: a line for every item; what
they want is no record (*want* would read as one)."""


_AND_ADDS_A_LINE_FOR_EVERY = re.compile(
    r"(?P<lead>\b(?:raises|opens|makes|creates|submits|puts\s+in|fills\s+in)\s+(?:a|an)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:against|for|on|with)\s[^;.]*?),\s+and\s+"
    r"adds\s+(?:a|an)\s+(?P<line>[a-z][\w\-]*)\s+for\s+(?:every|each)\s+[a-z][\w\-]*"
    r",?\s+(?:giving|with|saying)\s+(?=[a-z])"
)
"""*a customer raises a retrieval request against a container with ..., and adds a line for
every item, giving a description and the box number*: the request's lines, each with its
list."""


def _and_adds_a_line_for_every(match: re.Match[str]) -> str:
    record = match["record"]
    return f"{match['lead']}; each {record} has {match['line']}s, each with "


_SO_EACH_ONE_IS = re.compile(
    r",\s+so\s+(?=(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+"
    r"(?:is\s+for|is\s+made\s+by|belongs\s+to|has|records|logs)\s)"
)
"""*for every recall we check each of the cars, so a car check is for one recall and ...*: what
each car check is, a sentence of its own."""


_ON_ONE_EACH_IS_NOTED = re.compile(
    r"(?:(?<=[.;]\s)|^)(?:on|at|during)\s+(?:the|each|every|a|an)\s+(?P<one>[a-z][\w\-]*),?\s+"
    r"(?:we|i|(?:the|a|an|our)\s+[a-z][\w\-]*)\s+(?:notes|note|records|record|lists|list|logs|log)"
    r"(?:\s+down)?\s+(?:each|every)\s+(?P<thing>[a-z][\w\-]*):\s+"
)
"""*on the visit the surveyor notes down each room: its name, ...*: each room is one visit's,
with its list."""


_LINES_THAT_EACH_NAME = re.compile(
    r"\b(?P<made>(?:is|are)\s+made\s+up\s+of\s+[a-z][\w\-]*s)\s+that\s+each\s+"
    r"(?:name|names|point\s+at|points\s+at)\s+(?=(?:one|a|an)\s)"
)
"""*is made up of lines that each name one material and the quantity bought*: *..., each
naming one material and ...*, the lines' own list."""


_LISTS_EVERY_ONE_BY = re.compile(
    r"\b(?:the|each|every|a|an)\s+(?P<record>[a-z][\w\-]*)\s+lists\s+(?:every|each)\s+"
    r"(?P<thing>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+by\s+(?P<key>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"with\s+(?=[a-z])"
)
"""*the declaration lists every packed carton by carton number, with a contents summary and
...*: each carton is one declaration's, with its number and the rest of its list."""


_AND_WE_HAVE_A_FEW_OF_THOSE = re.compile(
    r"\b(?P<lead>(?:at|on|in|with|for)\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)),?\s+and\s+(?:we|i)"
    r"(?:'ve|\s+have)?\s+(?:got\s+)?(?:a\s+few|several|a\s+handful|lots|a\s+number|some)\s+of\s+"
    r"(?:those|these|them),\s+each\s+with\s+"
)
"""*people join at a level, and we've got a few of those, each with a name, ...*: the levels,
each with its list."""


_WE_TAKE_ONE_AND_LOG = re.compile(
    r"\b(?P<lead>(?:we|i)\s+(?:take|make|raise|get|create|open)\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*)),?\s+"
    r"and\s+(?:we|i)(?:'d|\s+would)?\s+(?:log|note|record|write\s+down|take\s+down)\s+"
    r"(?=(?:the|a|an|their|its|how|what)\s)"
)
"""*when someone renews we take a payment, and I'd log the date, the amount and ...*: what
each payment has."""


_EACH_TIME_ONE_IS_DONE_WE_NOTE = re.compile(
    r"(?:,\s+so\s+|(?<=[.;]\s)|^)(?:each|every)\s+time\s+(?:one|it)\s+is\s+(?P<done>[a-z]+),?\s+"
    r"(?:we|i)(?:'d|\s+would)?\s+(?:like\s+to\s+|want\s+to\s+|need\s+to\s+)?"
    r"(?:note|log|record|write\s+down|take\s+down)\s+(?=(?:the|a|an|their|its|how|what)\s)"
)
"""*members use up their free tickets, so each time one is redeemed I'd like to note the film
title and ...*: the act's record and its list."""


def _each_time_one_is_done_we_note(match: re.Match[str]) -> str:
    lemma = verb_lemma(match["done"]) if is_past_participle(match["done"]) else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if act is None:
        return match[0]
    return f"{'; ' if match[0].startswith(',') else ''}each {act} has "


_GIVES_A_LIST_THEN_ACTS = re.compile(
    r"(?:(?<=[.;]\s)|^)(?P<who>(?:a|an|each|every)\s+[a-z][\w\-]*|[a-z][\w\-]*s)\s+"
    r"(?P<first>(?:gives|provides|leaves|registers\s+with|give|provide|leave|register\s+with)\s"
    r"[^;.:()]*?)(?:,\s+(?:and\s+)?|\s+and\s+)then\s+(?=[a-z]+\s)"
)
"""*a customer gives a name, email and phone, then books one of our rooms for a date ...* and
*students register with their name and email and then book a place ...*: the list ends at
*then*; the booking is a clause of its own."""


_INSIDE_EACH_SITS_A_RUN_OF = re.compile(
    r"\b(?:inside|in|within|under)\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:sits|sit|are|is|there\s+(?:is|are))\s+(?:a\s+)?(?:run|set|series|list|number|handful)\s+of\s+"
    r"(?P<things>[a-z][\w\-]*s)\b"
)
"""*inside each room sits a run of puzzles*: each room has many puzzles."""


_WANT_TO_LOG_ONE_DASH = re.compile(
    r"(?P<lead>\b(?:want|need|like|have)\s+to\s+(?:log|record|note|keep|take\s+down|write\s+down)\s+"
    r"(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:-|\u2013|\u2014)\s+(?=(?:the|a|an|its|their)\s)"
)
"""*I want to log an introduction - the date, the method ...*: the list after a dash."""
_WHEN_ONE_GOES_INTO_ONE_WE_LOG = re.compile(
    r"\b(?:when|whenever|every\s+time|each\s+time)\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:goes|moves|is\s+put|is\s+moved|gets\s+put|comes)\s+(?:into|in|onto|to)\s+(?:a|an)\s+"
    r"(?P<other>[a-z][\w\-]*),?\s+(?:i|we)\s+(?:(?:want|need|would\s+like|'d\s+like)\s+to\s+)?"
    r"(?:log|record|note|write\s+down|keep)\s+(?:a|an)\s+(?P<made>[a-z][\w\-]*)(?:\s*:|\s+with)\s+"
)
"""*every time a queen goes into a hive I log an introduction: ...*: what is logged is of
both."""


def _when_one_goes_into_one_we_log(match: re.Match[str]) -> str:
    one, other, made = match.group("one", "other", "made")
    words = {one, other, made}
    if len(words) < 3 or words & FUNCTION_WORDS or any(is_plural(w) for w in words):
        return match[0]
    return f"each {made} is for one {one}; each {made} is for one {other}; each {made} has "


_THERE_ARE_THE_THINGS_WHEN = re.compile(
    r"\b(?:then\s+|and\s+)?there\s+(?:are|is)\s+(?:also\s+)?(?:the\s+)?(?P<things>[a-z][\w\-]*s)\s*:\s+"
    r"(?:when|whenever|each\s+time|every\s+time)\s+[^.;:,]*?\s+(?:we|i)\s+(?:note|record|log|keep|"
    r"write\s+down|take\s+down|jot\s+down)\s+(?=(?:the|a|an|their|its|what|which|who|whether|how)\s)"
)
"""*then there are the inspections: when the officer comes round we note the visit date, ...*:
the list is each inspection's."""
_HEADER_THEN_WHEN = re.compile(
    r"(?P<lead>(?:^|\n)(?:[-*\u2022]\s+)?)(?P<things>[a-z][\w\-]*)\s*:\s+(?:when|whenever|each\s+time|"
    r"every\s+time)\s+[^.;:,\n]*?,?\s+(?:we|i)\s+(?:note|record|log|keep|write\s+down|take\s+down|"
    r"jot\s+down)\s+(?=(?:the|a|an|their|its|what|which|who|whether|how)\s)",
    re.MULTILINE,
)
"""*- usage: whenever a batch is used in a session we log which batch, ...*: the header names
the record the list is of."""


def _there_are_the_things_when(match: re.Match[str]) -> str:
    things = match["things"]
    header = match.re is _HEADER_THEN_WHEN
    if (not header and not is_plural(things)) or things in FUNCTION_WORDS:
        return match[0]
    one = singular(things) if is_plural(things) else things
    return f"{match['lead'] if header else ''}each {one} has "


_DO_ONE_COLON = re.compile(
    r"(?P<they>\bthey(?=\s|'))?\s*\b(?:(?:'d|would|will)\s+)?(?:do|does|did|carry\s+out|carries\s+out|fill\s+in|fills\s+in|"
    r"fill\s+out|fills\s+out|complete|completes)\s+(?P<det>a|an)\s+(?:quick|short|brief|full)?\s*"
    r"(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*:\s+(?:the|a|an|their|its)\s)"
)
"""*they'd do a quick condition check: the date, ...*: *we log a condition check: ...*; the
people who do it use the app, and are no record the check is of."""


def _do_one_colon(match: re.Match[str]) -> str:
    if is_plural(match["made"]):
        return match[0]
    return f"{' we' if match['they'] else ''} log {with_article(match['made'])}"


_UNDER_IT_SIT_THINGS = re.compile(
    r"\bunder\s+(?P<it>it|them)\s+(?:sit|sits|are|come|go|hang)\s+(?:its\s+|their\s+)?"
    r"(?P<things>[a-z][\w\-]*s)(?=,\s+each\s+with\s)"
)
"""*a standing order ..., and under it sit lines, each with ...*: it has many lines."""


_THINGS_LIKE_EACH_WITH = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+are\s+(?:(?:things|items|ones)\s+like\s+[^,;.:()]+?|"
    r"our\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*),\s+each\s+with\s+"
)
"""*products are things like 340g runny, each with ...*, *templates are our wording, each with*."""


def lists_told_otherwise(lowered: str) -> str:
    """Each rewrite above, on the whole lowered text, after the items and links in it."""
    lowered = links_told_otherwise(items_told_otherwise(lowered))
    lowered = _THERE_ARE_THE_THINGS_WHEN.sub(_there_are_the_things_when, lowered)
    lowered = _HEADER_THEN_WHEN.sub(_there_are_the_things_when, lowered)
    lowered = _DO_ONE_COLON.sub(_do_one_colon, lowered)
    lowered = _UNDER_IT_SIT_THINGS.sub(
        lambda m: f"{'it has' if m['it'] == 'it' else 'they have'} many {m['things']}", lowered
    )
    lowered = _THINGS_LIKE_EACH_WITH.sub(
        lambda m: f"each {singular(m['things'])} has " if is_plural(m["things"]) else m[0], lowered
    )
    lowered = _WANT_TO_LOG_ONE_DASH.sub(r"\g<lead>: ", lowered)
    lowered = _WHEN_ONE_GOES_INTO_ONE_WE_LOG.sub(_when_one_goes_into_one_we_log, lowered)
    lowered = _WHEN_IT_COMES_IT_HAS.sub(r"each \g<thing> has ", lowered)
    lowered = _GETS_ITS_OWN_LIST_OF.sub(
        lambda m: f"{'has' if m['verb'] == 'gets' else 'have'} {m['own']} own ", lowered
    )
    lowered = _IS_EITHER_ONE_OR_THE_OTHER.sub(_is_either_one_or_the_other, lowered)
    lowered = _MADE_DURING_ONE_IS_LOGGED.sub(r"\g<head> ", lowered)
    lowered = _ON_ONE_EACH_IS_NOTED.sub(
        r"each \g<thing> belongs to one \g<one>; each \g<thing> has ", lowered
    )
    lowered = _LINES_THAT_EACH_NAME.sub(r"\g<made>, each naming ", lowered)
    lowered = _LISTS_EVERY_ONE_BY.sub(
        r"each \g<thing> belongs to one \g<record>; each \g<thing> has a \g<key>, ", lowered
    )
    lowered = _AND_WE_HAVE_A_FEW_OF_THOSE.sub(
        lambda m: f"{m['lead']}; we have several {plural(m['one'])}, each with ", lowered
    )
    lowered = _WE_TAKE_ONE_AND_LOG.sub(r"\g<lead>; each \g<one> has ", lowered)
    lowered = _INSIDE_EACH_SITS_A_RUN_OF.sub(r"each \g<one> has many \g<things>", lowered)
    lowered = _GIVES_A_LIST_THEN_ACTS.sub(r"\g<who> \g<first>; \g<who> ", lowered)
    lowered = _EACH_TIME_ONE_IS_DONE_WE_NOTE.sub(_each_time_one_is_done_we_note, lowered)
    lowered = _WE_KNOW_EACH_BY.sub(_we_know_each_by, lowered)
    lowered = _FOR_EVERY_ONE_THEY_WANT.sub(r"\g<every>", lowered)
    lowered = _AND_ADDS_A_LINE_FOR_EVERY.sub(_and_adds_a_line_for_every, lowered)
    lowered = _AND_THE_ONES_AT_EACH_ONE.sub(_and_the_ones_at_each_one, lowered)
    lowered = _AND_UNDER_EACH_THE_ONES.sub(_and_under_each_the_ones, lowered)
    lowered = _SO_EACH_ONE_IS.sub("; ", lowered)
    return list_openings(_AND_WHEN_SOMETHING_GOES_WRONG.sub("; ", lowered))
