"""What a record keeps, said in words the readers of lists do not know, said as they do.

Each rewrite reads one way owners tell a record's list or what it is, in any domain, and
writes it as the readers of *has*, *with* and *for each* expect:

- *vet visits get the date, the vet's name, ...*: *vet visits have ...*;
- *we keep patients with a name, and medicines just need a name and pack size*: the second
  record a sentence of its own;
- *clients are kept as a first name and a reference, volunteers as a name and email*: what
  each has;
- *a value in \u00a3*, *a temp in \u00b0C*: a value in pounds, a temperature in celsius;
- *whenever something is handed over, a member of staff logs a charge against the horse for
  an extra, with the date ...*: the charge's list, which the comma set off;
- *..., and then for every child their name, ...*; *a date, a theme, because we do themed
  days, how many places ...*: the list without the aside;
- *parcel items, each pointing at a product with a quantity*: each for one product;
- *staff tick the slot off as done with the time completed, ...*: whether it is done, and the
  rest of its list;
- *writes up any issue found on a job with a description*, *- stock found on a check: ...*: an
  issue on a job, with its list, the stock on a check;
- *the name of the person who checked*, *what we did with it (removed, ...)*: who checked it,
  the action;
- *a trip would be the destination country, ...*: what each trip has; *they fill in a fault
  report saying which trail it's on, a rough description of where it is, ...*: its list, a
  location description;
- *each week a pack is made per resident with ...*: the pack, whenever it is made;
- *a holder signs an agreement for one pitch showing the season year, ...*: the agreement's;
- *every resident is linked to a home with a name and NHS number*, the home's list told
  before: the resident's;
- *we run a register of every horse*: a register kept; *the directory lists every service
  with ...*: what each service has;
- *whether it accepts referrals from us*: whether it accepts referrals;
- *sales go through the till under the staff member serving*: sales made under one staff
  member;
- *each client (I just need their name, ...) gets one bill a month showing the month, ...*: a
  bill for one client, with its list;
- *made up of lines like "full livery, Barney" or "farrier, 12th", each with ...*: the list
  without examples whose commas would split it;
- *every horse and pony ... whether it's a horse or a pony*: one record of two kinds;
- *the name of the compartment they sit in*: the compartment name.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun, is_plural, singular, with_article

_THEY_GET_THE_LIST = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?P<many>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*s)\s+get\s+"
    r"(?=the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?,\s)"
)
"""*vet visits get the date, the vet's name, the reason, ...*: what each visit has."""
_AND_THEY_NEED = re.compile(
    r",\s+and\s+(?P<many>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?:just\s+|only\s+|simply\s+)?"
    r"need\s+(?=(?:a|an)\s)"
)
"""*we keep patients with a name and phone, and medicines just need a name and pack size*: a
second record and what it has, a sentence of its own."""
_KEPT_AS = re.compile(
    r"\b(?P<many>[a-z][\w\-]*s)\s+are\s+(?:just\s+|only\s+|simply\s+)?"
    r"(?:kept|stored|recorded|held|listed)\s+as\s+(?=(?:a|an|the)\s)(?P<rest>[^.;!?]*)"
)
"""*clients are kept as a first name and a reference, volunteers as a name and email*: what
each of them has."""
_AND_OTHERS_AS = re.compile(r",\s+(?:and\s+)?(?P<many>[a-z][\w\-]*s)\s+as\s+(?=(?:a|an|the)\s)")
_IN_CURRENCY = re.compile(
    r"\bin\s*(?P<sign>[\u00a3$\u20ac])(?!\s*\d)|\((?P<bare>[\u00a3$\u20ac])\)"
)
"""*value in \u00a3*, *amount (\u00a3)*: money, named by its currency."""
_CURRENCIES = {"\u00a3": "pounds", "$": "dollars", "\u20ac": "euros"}


_WE_KEEP_FIRST = re.compile(
    r"(?:^|[.!?;]\s+)(?:we|i)\s+(?:already\s+|also\s+)?(?:keep|have|hold|store|record)\s[^.!?;]*$"
)


def _and_they_need(match: re.Match[str]) -> str:
    """The second record of a sentence that opened with what we keep of the first."""
    kept = _WE_KEEP_FIRST.search(match.string[: match.start()])
    if kept is None or not is_plural(match["many"].split()[-1]):
        return match[0]
    return f"; {match['many']} need "


def _kept_as(match: re.Match[str]) -> str:
    many = match["many"]
    if not is_plural(many) or not can_be_noun(singular(many)):
        return match[0]
    rest = _AND_OTHERS_AS.sub(
        lambda m: f"; {m['many']} have " if is_plural(m["many"]) else m[0], match["rest"]
    )
    return f"{many} have {rest}"


def _in_currency(match: re.Match[str]) -> str:
    return f"in {_CURRENCIES[match['sign'] or match['bare']]}"


_WE_RUN_A_REGISTER = re.compile(
    r"\b(?P<who>we|i)\s+run\s+(?=(?:a|an)\s+(?:[a-z][\w\-]*\s+)?"
    r"(?:register|list|log|record|database|catalogue|directory)\s+of\s)"
)
"""*we run a register of every horse that works here*: a register we keep, not one we run."""
_SOMEONE_LOGS_ONE_AGAINST = re.compile(
    r"\b(?P<head>(?:a|an|the|one\s+of\s+(?:our|the))\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
    r"(?:\s+\([^()]*\))?\s+(?:logs|records|enters|raises|opens|creates|writes\s+up)\s+"
    r"(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:against|for|on|to)\s+[^,.;:()]*?),\s+"
    r"(?=with\s)"
)
"""*a member of staff logs a charge against the horse for an extra, with the date and ...*:
the charge's list, which the comma set off as if it were the member of staff's."""
_WHEN_SOMETHING_IS_DONE = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?:when|whenever|each\s+time|every\s+time)\s+(?:something|anything)\s+"
    r"(?:is|gets)\s+[a-z]+(?:\s+(?:over|in|out|up|back|off))?,\s+"
)
"""*whenever something is handed over, a member of staff logs a charge ...*: when says nothing
of what is kept; without it the one who logs is the sentence's subject."""
_WHEN_IT_GOES_OUT = re.compile(
    r"(?:^|(?<=[.!?;]\s)|(?<=\n))(?:when|whenever|each\s+time|every\s+time)\s+the\s+[a-z][\w\-]*\s+"
    r"(?:goes|comes)\s+(?:out|in|back|away)(?:,?\s+and\s+(?:again\s+)?when\s+(?:it|they)\s+"
    r"(?:goes|comes|go|come)\s+(?:out|in|back|away))?,\s+"
    r"(?=(?:a|an|one\s+of\s+(?:our|the))\s+(?:[a-z][\w\-]*\s+){1,3}?"
    r"(?:fills\s+in|fills\s+out|logs|records|completes|writes\s+up)\s+(?:a|an)\s)"
)
"""*when the vehicle goes out, and again when it comes back, one of our staff fills in an
inspection against the agreement: ...*: when it is done says nothing of what is kept."""
_BRINGS_IN_ONE = re.compile(
    r"(?<=\s)(?P<verb>brings|sends|hands|drops)\s+in\s+(?=(?:a|an)\s+[a-z][\w\-]*\s+(?:we|i)\s)"
)
"""*each time a church brings in a donation we write down ...*: the donation brought, the
particle no part of a record's name."""
_TAKE_THEIR_LIST_AS_ONE = re.compile(
    r"\b(?:we|i)\s+(?:take|record|note|keep|log)\s+(?:their|his|her)\s+(?P<listed>[^;:.()]+?)\s+"
    r"as\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*)(?=\s*(?:[,;.]|$))"
)
"""*when somebody books we take their name, email and phone as a customer*: a customer's
list, the one who books kept as one."""
_FILLED_IN_AFTER_EACH = re.compile(
    r"(?:(?P<meant>(?:\s+are|\s+is|'re)\s+(?:also\s+)?(?:meant|supposed|expected)\s+to)\s+|\b)"
    r"(?P<act>(?:fill|fills)\s+(?:in|out)|completes?|logs?|writes?\s+up)\s+"
    r"(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+after(?:\s+(?:every|each)\s+[a-z][\w\-]*)?)?\s*:\s"
)
"""*members are meant to fill in a catch return after every visit: the date, ...*: *members
fill in a catch return: the date, ...*; when they do names no record of its own."""
_ALONGSIDE_EACH = re.compile(
    r"\b(?:alongside|next\s+to|together\s+with)\s+(?=(?:each|every)\s+[a-z][\w\-]*\s+(?:we|i)\s+"
    r"(?:keep|record|hold|store|log)\s+(?:a|an)\s)"
)
"""*alongside each booking we keep a deposit hold with ...*: a hold for each booking."""
_AND_THEN_FOR_EACH = re.compile(
    r",\s+and\s+then\s+(?=for\s+(?:each|every)\s+[a-z][\w\-]*\s+(?:their|his|her|its)\s)"
)
"""*I need the parent's name and phone, and then for every child their name, ...*: the
child's list, as *and for every child their ...*."""
_BECAUSE_IN_A_LIST = re.compile(
    r",\s+because\s+(?:we|i|they|it|there)\b[^,.;:()]*"
    r"(?=,\s+(?:and\s+)?(?:how|a|an|the|whether|which|what|its|their)\s)"
)
"""*a date, a theme, because we do things like pirate day, how many places there are and a
price*: why an item is kept, said between two items."""
_EACH_POINTING_AT = re.compile(
    r",\s+each\s+(?:one\s+)?(?:pointing|referring)\s+(?:at|to)\s+(?:a|an|one)\s+(?=[a-z])"
)
"""*recorded as parcel items, each pointing at a product with a quantity*: each for one."""
_TICKED_OFF_WITH = re.compile(
    r"\b(?P<act>(?:tick|ticks|mark|marks|sign|signs)\s+(?:the|each|a)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+off)\s+"
    r"(?:as\s+(?:done|complete|completed|finished)\s+)?with\s+(?=(?:the|a|an|whether|its)\s)"
)
"""*staff tick the slot off as done with the time completed, whether ...*: whether it is done,
and the rest of what is kept of it."""
_ANY_FOUND_ON_ONE = re.compile(
    r"\b(?:any|an|a)\s+(?P<thing>[a-z][\w\-]*)\s+(?:found|spotted|noticed|seen)\s+"
    r"(?P<where>on|in|at|during)\s+(?=(?:a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*,?\s+with\s)"
)
"""*writes up any issue found on a job with a description, ...*: an issue on a job, with
its list; how it came to light names no part of it."""
_ONE_WOULD_BE = re.compile(
    r"(?:,\s+(?:and|so)\s+|(?<=[.;]\s)|^)(?:a|an|each)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:would\s+be\s+(?=(?:the|a|an)\s+[^,;.]+,\s)|is\s+(?=the\s+[^,;.()]+,\s+(?:the|a|an|how|their|its|"
    r"whether|which|what)\s[^;.]*\band\s))"
)
"""*a trip would be the destination country, the departure date and ...*, *so a growth sample
is the date, how many fish ... and their total weight*: what each has."""
_IN_WITH_US = re.compile(r"\s+in\s+with\s+us\b")
"""*they book a trip in with us*: a trip booked."""
_EACH_WEEK_ONE_IS = re.compile(
    r"(?:^|(?<=[.;!?]\s))(?:each|every)\s+(?:week|month|day|year|morning|evening|night|term|season|"
    r"fortnight)\s*,?\s+(?=(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+(?:is|are|gets)\s)"
)
"""*each week a pack is made per resident with ...*: how often says nothing the pack keeps."""
_ONE_FOR_ONE_SHOWING = re.compile(
    r"\b(?P<head>(?:a|an)\s+(?!(?:report|chart|graph|summary|breakdown|list|table)\b)[a-z][\w\-]*\s+"
    r"(?:for|on|against|to)\s+(?:one|a|an|the)\s+[a-z][\w\-]*)\s+"
    r"(?:showing|giving|stating|listing)\s+(?=(?:the|a|an|its|their|whether)\s)"
)
"""*a holder signs an agreement for one pitch showing the season year, the fee, ...*: the
agreement's list (*a report to the manager showing totals* is left to the report reader)."""
_LINKED_TO_ONE_TOLD_WITH = re.compile(
    r"\b(?P<head>(?:each|every|a|an)\s+(?P<record>[a-z][\w\-]*)\s+is\s+(?:linked|tied|attached)\s+to\s+"
    r"(?:a|an|one)\s+(?P<one>[a-z][\w\-]*))\s+with\s+(?=(?:a|an|the|their|its)\s)"
)
"""*care homes are listed with a name and phone, and every resident is linked to a home with a
name and NHS number*: the home's list was told, so this one is the resident's."""


def _linked_to_one_told_with(match: re.Match[str]) -> str:
    one = re.escape(match["one"])
    told = re.compile(
        rf"\b{one}s?\s+(?:are\s+(?:listed|kept|recorded|stored)\s+with|have|has)\s+(?:a|an|the)\s"
    )
    if told.search(match.string[: match.start()]) is None:
        return match[0]  # "every medical is tied to one event with a name and a date": the event's
    return f"{match['head']}; each {match['record']} has "


_WE_NEED_THEIR = re.compile(
    r"^(?:i|we)\s+(?:just\s+|only\s+|also\s+)?(?:need|want|keep|take|record|note)\s+"
    r"(?:their|his|her|its)\s+"
)
"""*each client (I just need their name, postal address, ...) gets one bill a month ...*: the
client's list."""
_GETS_ONE_EVERY_SO_OFTEN_SHOWING = re.compile(
    r"(?P<lead>^|(?<=[.;]\s)|(?<=\n)|,\s+and\s+)(?:each|every|a|an)\s+(?P<who>[a-z][\w\-]*)"
    r"(?:\s+\((?P<listed>(?:[^()]|\([^()]*\))*)\))?\s+(?:gets|receives|is\s+sent)\s+(?:one|a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*)\s+(?:a|per|each|every)\s+(?:day|week|month|year|term|quarter)"
    r",?\s+(?:showing|listing|giving|with)\s+(?=(?:the|a|an|its|their|whether|how)\s)"
)
"""*each client gets one bill a month showing the month it's for, ...*: a bill for one
client, with its list (*gets one bill a month* alone is read as the client's)."""


def _gets_one_every_so_often_showing(match: re.Match[str]) -> str:
    who, thing = match["who"], match["thing"]
    if not can_be_noun(thing) or thing == who:
        return match[0]
    listed = _WE_NEED_THEIR.sub("", match["listed"] or "")
    own = f"each {who} has {listed}; " if listed else ""
    lead = "; " if match["lead"].startswith(",") else match["lead"]
    return f"{lead}{own}each {thing} is for one {who}; each {thing} has "


_QUOTED_EXAMPLES = re.compile(
    r"\s+(?:things\s+)?(?:like|such\s+as)\s+\"[^\"]*\"(?:\s*(?:,|or|and)\s*\"[^\"]*\")*"
)
"""*made up of lines like "full livery, Barney" or "farrier, 12th", each with ...*: examples in
quotes, whose commas would split the list (examples without a comma are left to their
readers)."""


_EACH_OF_TWO_KINDS = re.compile(
    r"\b(?P<each>each|every)\s+(?P<one>[a-z][\w\-]*)\s+and\s+(?P<other>[a-z][\w\-]*)\b(?!\s+(?:has|have)\b)"
)
"""*a register of every horse and pony ... whether it's a horse or a pony*: one record, the
two its kinds."""


def _each_of_two_kinds(match: re.Match[str]) -> str:
    one, other = re.escape(match["one"]), re.escape(match["other"])
    kinds = re.compile(rf"\b(?:a|an)\s+{one}\s+or\s+(?:a|an)\s+{other}\b")
    if kinds.search(match.string, match.end()) is None:
        return match[0]
    return f"{match['each']} {match['one']}"


_DEGREES = re.compile(r"\bin\s*\u00b0\s*(?P<scale>[cf])\b|\(\u00b0\s*(?P<bare>[cf])\)")
"""*temp in \u00b0C*: a temperature in degrees Celsius, a number."""


_NAME_OF_WHERE_THEY_ARE = re.compile(
    r"\bthe\s+(?P<what>name|number|code|address|postcode|type)\s+of\s+the\s+(?P<place>[a-z][\w\-]*)\s+"
    r"(?:they|it|he|she)\s+(?:are\s+|is\s+)?[a-z]+\s+(?:in|at|on|under|with|for)\b"
)
"""*a plot code, the name of the compartment they sit in and a GPS location*: the compartment
name; the relative clause after it left the rest of the list unread."""


_WHETHER_TO_US = re.compile(
    r"(?P<whether>\bwhether\s+[^,.;:()]*?)\s+(?:from|to|with|for|by)\s+us\b"
)
"""*whether it accepts direct referrals from us*: whether it accepts direct referrals; we are
the app's owner, named in no field."""
_THE_LIST_LISTS_EACH = re.compile(
    r"\bthe\s+(?:[a-z][\w\-]*\s+)?(?:directory|list|register|catalogue|catalog|database|book|file)\s+"
    r"(?:lists|holds|has)\s+(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+with\s+"
)
"""*the directory lists every service with a name, ...*: what each service has; the directory
is no record of its own."""


_NAME_OF_WHO_DID_IT = re.compile(
    r"\bthe\s+name\s+of\s+the\s+(?:person|member\s+of\s+staff|staff\s+member)\s+who\s+"
    r"(?!(?:died|lived|stayed|arrived|retired|passed|joined)\b)(?P<done>[a-z]+ed)\b(?:\s+(?:it|them))?"
)
"""*the name of the person who checked*: who checked it, a name on the record (*the name of
the person who died* is the deceased's, no one who acted)."""
_WHAT_WE_DID_WITH_IT = re.compile(
    r"\bwhat\s+(?:we|they|you)\s+did\s+(?:with|about)\s+(?:it|them)(?=\s*\()"
)
"""*what we did with it (removed, stickered, use first)*: the action taken, one of those."""
_FOUND_ON_ONE_HEADER = re.compile(
    r"(?m)^(?P<head>[ \t\-*\u2022]*[a-z][\w\- ]*?)\s+(?:found|spotted|seen|noticed)\s+"
    r"(?P<where>(?:on|in|at|during)\s+(?:a|an|each|every|the)\s+[a-z][\w\-]*\s*:)"
)
"""*- short-dated stock found on a check: product name, ...*: the stock on a check."""


_UNDER_THE_ONE_SERVING = re.compile(
    r"\bunder\s+the\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:serving|on\s+duty|working)\b"
)
"""*sales go through the till under the staff member serving*: under one staff member, whom
each sale points at."""
_THROUGH_THE_TILL = re.compile(
    r"\b(?P<go>go|goes|are\s+put|is\s+put|are\s+rung|is\s+rung)\s+through\s+the\s+"
    r"(?:till|tills|system|books|card\s+machine)\b"
)
"""*sales go through the till*: sales are made; no flow goes *through* anything."""


_DESCRIPTION_OF_WHERE = re.compile(
    r"\b(?P<det>a|an|the)\s+(?:rough\s+|short\s+|brief\s+|quick\s+)?description\s+of\s+where\s+"
    r"(?:it|they|he|she)\s+(?:is|are|was|were|happened)\b"
)
"""*a rough description of where it is*: a location description, one item."""
_FILLS_IN_ONE_SAYING = re.compile(
    r"\b(?P<act>(?:fill|fills|filled)\s+(?:in|out)|submits?|sends?|completes?|raises?|opens?|logs?|adds?)\s+"
    r"(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:\s+(?:against|on|about|for)\s+(?:a|an|the|that|this|its|their|every|each)\s+[a-z][\w\-]*)?)"
    r",?\s+(?:saying|stating|giving)\s+(?=(?:the|a|an|which|what|when|where|their|its|how)\s)"
)
"""*they'd fill in a fault report saying which trail it's on, ...*, *a host raises a fault
against the prop saying when it happened, ...*, *raises a work order against a vessel, giving
the task, ...*: a fault report with its list."""


def kept_said_otherwise(lowered: str) -> str:
    """``lowered`` with each way of telling a record's list above written as the readers of
    lists expect."""
    lowered = _THEY_GET_THE_LIST.sub(
        lambda m: f"{m['many']} have " if is_plural(m["many"].split()[-1]) else m[0], lowered
    )
    lowered = _AND_THEY_NEED.sub(_and_they_need, lowered)
    lowered = _SOMEONE_LOGS_ONE_AGAINST.sub(
        r"\g<head> ", _WHEN_SOMETHING_IS_DONE.sub("", _WHEN_IT_GOES_OUT.sub("", lowered))
    )
    lowered = _FILLED_IN_AFTER_EACH.sub(
        lambda m: f"{' ' if m['meant'] else ''}{m['act']} {m['one']}: ", lowered
    )
    lowered = _ALONGSIDE_EACH.sub("for ", lowered)
    lowered = _BRINGS_IN_ONE.sub(r"\g<verb> ", lowered)
    lowered = _TAKE_THEIR_LIST_AS_ONE.sub(r"we keep a \g<one> with \g<listed>", lowered)
    lowered = _AND_THEN_FOR_EACH.sub(", and ", _BECAUSE_IN_A_LIST.sub("", lowered))
    lowered = _EACH_POINTING_AT.sub(", each for one ", lowered)
    lowered = _TICKED_OFF_WITH.sub(
        lambda m: f"{m['act']}; each {m['thing']} has whether it is done, ", lowered
    )
    lowered = _ANY_FOUND_ON_ONE.sub(lambda m: f"{with_article(m['thing'])} {m['where']} ", lowered)
    lowered = _ONE_WOULD_BE.sub(
        lambda m: f"{'; ' if m[0].startswith(',') else ''}each {m['thing']} has ",
        _IN_WITH_US.sub("", lowered),
    )
    lowered = _EACH_WEEK_ONE_IS.sub("", lowered)
    lowered = _ONE_FOR_ONE_SHOWING.sub(r"\g<head> with ", lowered)
    lowered = _LINKED_TO_ONE_TOLD_WITH.sub(_linked_to_one_told_with, lowered)
    lowered = _WE_RUN_A_REGISTER.sub(r"\g<who> keep ", lowered)
    lowered = _QUOTED_EXAMPLES.sub(lambda m: "" if "," in m[0] else m[0], lowered)
    lowered = _EACH_OF_TWO_KINDS.sub(_each_of_two_kinds, lowered)
    lowered = _DESCRIPTION_OF_WHERE.sub(r"\g<det> location description", lowered)
    lowered = _FILLS_IN_ONE_SAYING.sub(r"\g<act> \g<one> with ", lowered)
    lowered = _UNDER_THE_ONE_SERVING.sub(r"under one \g<who>", lowered)
    lowered = _THROUGH_THE_TILL.sub(
        lambda m: "is made" if m["go"].startswith(("goes", "is")) else "are made", lowered
    )
    lowered = _NAME_OF_WHO_DID_IT.sub(r"who \g<done> it", lowered)
    lowered = _WHAT_WE_DID_WITH_IT.sub("the action", lowered)
    lowered = _FOUND_ON_ONE_HEADER.sub(
        # "defects found during an inspection:" is read as it is, a plural's header
        lambda m: m[0] if is_plural(m["head"].split()[-1]) else f"{m['head']} {m['where']}",
        lowered,
    )
    lowered = _WHETHER_TO_US.sub(r"\g<whether>", lowered)
    lowered = _THE_LIST_LISTS_EACH.sub(r"each \g<thing> has ", lowered)
    lowered = _NAME_OF_WHERE_THEY_ARE.sub(r"the \g<place> \g<what>", lowered)
    lowered = _GETS_ONE_EVERY_SO_OFTEN_SHOWING.sub(_gets_one_every_so_often_showing, lowered)
    lowered = _DEGREES.sub(
        lambda m: "in celsius" if (m["scale"] or m["bare"]) == "c" else "in fahrenheit", lowered
    )
    return _IN_CURRENCY.sub(_in_currency, _KEPT_AS.sub(_kept_as, lowered))
