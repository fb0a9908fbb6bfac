"""How an owner says things while explaining as they go, written the plain way before any
reader (run by ``normalize.normalize_text``):

- a field's values set off with dashes or after *so* (*their section - cornet, horn or bass -*,
  *a roost type, so house, barn or tree*), a gloss after *so* (*the damage, so what's actually
  broken*), an aside between dashes (*- usually six or eight because ... -*) or said in passing
  (*to be honest*, *of course*, *oh, and*);
- how the list of a record is said: *plus* joining it, *each delivery gets the date ...* (has),
  *gets booked with* (is), *on each basket I write down*, *on every visit a ranger records*, *we
  measure each stack and keep*, *for every drop we count*, *for those* after the things just
  named, *the consult itself*, *that compartment* for the one named, and a bracket of one
  record's fields before another's *with* list (*against a patient (name, NHS number) with the
  caller's name*);
- the last steps of a flow told as an afterthought (*and on the night we mark it dined or
  no-show*, *and finishes as resolved or escalated to the doctor*, *- or lost*, *though some
  are turned down*), and when a step is taken said between them (*once we've rung them*).

Measured on rewrites of held-out descriptions in that voice (``benchmarks/rambling``; the same
apps told plainly score far higher), the shapes each rule must leave alone pinned by its tests.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import can_be_noun, is_plural, singular

_OPTION = (
    r"(?!(?:and|or|which|who|that|a|an|the|it|is|we|i)\s)[a-z0-9][\w'\-]*"
    r"(?:\s+(?!(?:which|who|is|are)\s)[a-z0-9][\w'\-]*){0,2}"
)
"""One value of a list of options: a word to three (*needs repair*, *12 inch*)."""
_OPTIONS = rf"(?:either\s+)?{_OPTION}(?:,\s+{_OPTION})*,?\s+or\s+{_OPTION}"
"""Values told as alternatives (*cornet, horn or bass*); a list joined by *and* may be fields
(*owners - name, email and phone*)."""

_DASHED_OPTIONS = re.compile(
    r"(?P<field>\b[a-z][\w\-]*)\s+-\s+(?:(?:it's|it\s+is|which\s+is|they're|they\s+are)\s+)?"
    rf"(?:one\s+of\s+)?(?P<options>{_OPTIONS})(?P<end>\s+-\s+|(?=\s*[.;:!?)]|$))"
)
"""*their section - cornet, horn, baritone or percussion*, *the type - longcase, mantel or
wall - its age*, *a size - it's one of 48-sheet, 6-sheet or digital*: the field's values, set
off with dashes."""
_HEDGE = (
    r"(?:and|which|because|usually|though|but|so|sometimes|often|mostly|normally|typically|"
    r"although|since|some|about|around|roughly|maybe|perhaps|probably|"
    r"only(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+couple)\b))\b"
)
"""The words that open an aside (*- usually six or eight -*, *- only six or eight -*)."""
_DASHED_ASIDE = re.compile(
    rf"\s+-\s+{_HEDGE}(?:(?!\b(?:belongs?|has|have|with|each|every)\b)[^\-.;:(),])*?\s+-\s+"
)
"""*each item they bring in - and one consignor might bring in a dozen - needs a description*:
an aside between dashes, opened by a joint word; the sentence reads on without it. One with a
comma or a word that gives a record something (*- which species, the count and the depth -*,
*- so a quote belongs to a property -*) is data, and stays."""
_SO_OPTIONS = re.compile(
    rf"(?P<field>\b[a-z][\w\-]*),?\s+so\s+(?P<options>{_OPTIONS})(?=\s*(?:[.;!?,]|$|-\s))"
)
"""*a roost type, so house, barn, church, tree or bridge*: the field's values after *so*."""
_OPENER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:oh|ah|okay|ok|well|anyway)(?:\s*,\s*|\s+(?=and\b|so\b))"
    r"(?:(?:and|so)\b\s*,?\s*)?(?:also\s+)?"
)
"""*Oh, and when it goes out there's a shipment*, *Okay, so ...*: how a speaker goes on, no part
of what follows. (*Right, so ...* the readers know as it is.)"""
_WHAT_I_WANT_IS_FOR = re.compile(
    r"\bwhat\s+(?:i|we)(?:'d|\s+would)?\s+(?:(?:really|also)\s+)*(?:like|love|want|need)\s+is\s+for\s+"
    r"(?P<who>(?:a|an|each|every|the|our|my|any)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:\s*\([^()]*\))?)\s+to\s+(?=[a-z])"
)
"""*what I'd like is for a volunteer (we keep their name ...) to put in a pitch*: *a volunteer
(...) can put in a pitch*; the wish is how the owner says what people do."""
_LIVE_IN_OUR = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+(?:live|sit|are\s+held)(?:\s+once)?\s+in\s+(?:our|the|a)\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s+with\s+(?=[a-z])"
)
"""*tracks live once in our music library with a title, ...*: *tracks have a title, ...*; where
they are kept is no record of its own."""
_WHICH_IS_ONE_OF = re.compile(
    r"(?P<field>\b[a-z][\w\-]*),\s+which\s+(?:for\s+us\s+|here\s+)?(?:is|are)\s+"
    r"(?:always\s+|usually\s+|just\s+)?one\s+of\s+"
    rf"(?P<options>{_OPTIONS})(?=\s*(?:[.;!?,]|$))"
)
"""*a job type, which for us is always one of pruning, felling or stump removal*: the field's
values after *which is one of*."""
_THEIR_LIST_ASIDE = re.compile(
    r"\s*\((?P<aside>[a-z][\w\-]*s\s+(?:just\s+|only\s+)?(?:have|need|carry|get)\s+[^()]+)\)(?=,)"
)
"""*every load records the machine (machines have a name and a capacity), the programme, ...*:
the aside is a sentence of its own, told after the one it interrupts (at the sentence's end it
is left where it is, naming the record the item before it points at)."""
_THAT_IS_IN_BRACKETS = re.compile(
    r"\((?:that's|that\s+is|which\s+is|i\.e\.,?|meaning)\s+(?=the\s|a\s|an\s|their\s|its\s)"
)
"""*every customer account (that's the business name, the account number and a phone)*: the
list in brackets, told as what the account is."""
_SO_GLOSS = re.compile(
    r",\s+so\s+(?:what|how\s+many|how\s+much|how\s+long|whether|which|who|when|where)\b"
    r"(?!\s+(?:we|i|you|they)\b)[^,.;:()]*"
)
"""*the damage, so what's actually broken*: what the word means, said again; no field."""
_ITSELF = re.compile(r"\b(?P<thing>(?:the|each|every)\s+[a-z][\w\-]*)\s+(?:itself|themselves)\b")
"""*on the consult itself we record*, *the suppliers themselves*: the thing."""
_PLUS = re.compile(
    r"(?<=[\w)])(?P<comma>,?)[ \t]+plus[ \t]+"
    r"(?=(?:a|an|the|their|its|his|her|which|whether|how|any|what|who)\b)"
)
"""*a serial number and a make, plus a condition*: one more item of the list."""
_GETS_DONE = re.compile(r"\bgets\s+(?=[a-z]+ed\s+(?:with|by|to|for|on|at|in)\b)")
"""*each concert gets booked with a venue*: *is booked with*."""
_EACH_GETS_LIST = re.compile(
    r"(?P<who>\b(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+gets\s+"
    r"(?=(?:a|an|the|its)\s+[^.;:]*,[^.;:]*\band\b)(?![^.;:]*\bwith\b)"
)
"""*each stave delivery gets the forest of origin, the cubic metres and the date*: what it
has (a list of two or more, not *each member gets a badge*)."""
_ON_EACH_WE_WRITE = re.compile(
    r"\bon\s+(?P<which>each|every|the)\s+(?P<thing>[a-z][\w\-]*)\s+(?:i|we)\s+"
    r"(?:write\s+down|write|note\s+down|note|record|log|put|keep|take)\b"
)
"""*on each basket i write down the size*: *for each basket we record*; *on the consult* too
when the text has named consults before (*on the visit we write down*, after *a customer
books a survey*, is the survey's list, which the readers know)."""
_FOR_THOSE = re.compile(
    r"(?:^|(?<=[.;:!?]\s)|(?<=\n))(?P<before>[^.;:(),\n]{0,60}?),?\s+and\s+for\s+"
    r"(?:those|these|each\s+of\s+(?:them|those))\b"
)
"""*we also enter tournaments, and for those i'd keep the name*: for the things just named, in
a sentence that names them with no comma before (*the events we go to, castle shows, and for
those* is left as it is)."""
_ASIDES = re.compile(
    r"(?:(?P<joint>\b(?:which|and|but|that|so|because|then)\b)\s*)?(?P<before>\s*,\s*|\s+)?"
    r"\b(?:to\s+be\s+(?:honest|fair)|if\s+i'?m\s+honest|of\s+course(?!\s+(?:types?|kinds?|fees?|dates?|"
    r"bookings?|places|prices?|levels?|names?|codes?|titles?|runs?|leaders?|materials?)\b)|"
    r"obviously|i\s+guess|"
    r"i\s+suppose|pretty\s+much|more\s+or\s+less|as\s+it\s+happens|in\s+practice)\b"
    r"(?P<after>\s*,)?\s*"
)
"""Asides with no data in them (*and, to be honest, the date is ...*, *and of course a
player plays in lots of concerts*); *a list of course types* names courses."""


_STATE = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?"
_FLOW_SENTENCE = re.compile(
    r"\b(?:from\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s+to\b|(?:starts|start|begins|begin)"
    r"(?:\s+off|\s+out)?\s+as\b|goes\s+to\b|moves\s+to\b)"
)
"""A sentence that tells how a record moves through its steps."""
_FLOW_TAIL = re.compile(
    r",\s+and\s+(?:then\s+|finally\s+|eventually\s+)?"
    r"(?:(?:at|in)\s+the\s+end|after\s+that|on\s+the\s+(?:night|day))?,?\s*"
    r"(?:(?:it|they)(?:'s|'re|\s+is|\s+are|\s+gets|\s+get)\s+(?:only\s+)?(?:marked\s+)?"
    r"|we\s+mark\s+(?:it|them)\s+|the\s+[a-z][\w\-]*\s+is\s+"
    r"|(?:it|they)\s+(?:either\s+)?(?:goes|go|moves|move)\s+to\s+"
    r"|(?:finishes|finish|ends\s+up|end\s+up|ends|end|closes|close)(?:\s+as)?\s+(?!with\b))"
    rf"(?:either\s+)?(?P<last>{_STATE}(?:\s+or\s+{_STATE})?)"
    r"(?:\s+(?:to|by)\s+(?:the|a|an|our)(?:\s+[a-z][\w\-]*){1,3})?"
    r"(?=\s*(?:[.;!?]|$|,\s+(?:which|because|since|as)\b|\s+once\b|\s+when\b|\s+if\b))"
)
"""*a booking starts as an enquiry, then becomes confirmed, and on the night we mark it dined
or no-show*, *... to checked, and at the end they're published*, *..., and finishes as resolved
or escalated to the doctor*: the last steps of a flow told as an afterthought, *then dined or
no-show*."""
_FLOW_ASIDE = re.compile(
    r"(?<=[a-z])(?<!\band)(?<!\bbut)(?<!\bthen)\s+(?:once|after|when)\s+"
    r"(?:we|they|i|you|someone|somebody)\b(?:(?!\band\b)[^,.;]){0,40}(?=,)"
)
"""*moves to called back once we've rung the family, and ...*: when a step is taken, no step."""
_FLOW_DASH_OR = re.compile(
    r"\s+-\s+or\s+(?:(?:it|they)\s+(?:can|may|might)\s+be\s+|(?:it|they)(?:'s|'re|\s+is|\s+are|"
    rf"\s+gets|\s+get)\s+)?(?P<last>{_STATE})(?=\s*(?:[.;!?]|$|,|\s+at\s+any\b|\s+if\b))"
)
"""*then returned - or lost, if it never comes back*: a last step told after a dash."""
_FLOW_THOUGH_SOME = re.compile(
    r",?\s+(?:though|although|but)\s+(?:some|a\s+few|the\s+odd\s+one|one\s+or\s+two)\s+"
    rf"(?:are|is|get|gets)\s+(?P<last>{_STATE})(?=\s*(?:[.;!?]|$|,))"
)
"""*... to invoiced to paid, though some are turned down*: a last step for some of them."""


_ON_EACH_SOMEONE_RECORDS = re.compile(
    r"\bon\s+(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?=(?:a|an|the|our|one\s+of\s+our)\s+"
    r"[a-z][\w\-]*\s+(?:records|notes|logs|writes\s+down|fills\s+in|enters)\b)"
)
"""*on every visit a ranger records the date*: *for each visit a ranger records*, the visit's
list and the ranger who keeps it."""
_WE_DO_EACH_AND_KEEP = re.compile(
    r"\b(?P<act>(?:we|i)\s+[a-z]+\s+(?:each|every)\s+(?P<thing>[a-z][\w\-]*))\s+and\s+"
    r"(?P<verb>keep|record|note|log|write\s+down|take\s+down)\s+(?=(?:a|an|the|its)\s)"
)
"""*we measure each stack and keep a stack number, the product ...*: the stack's list."""
_HOW_OFTEN_BEFORE = re.compile(
    r"(?:(?:once|twice|\d+\s+times)\s+(?:a|an|per|each|every)\s+[a-z]+"
    r"|(?:each|every)\s+(?:day|morning|evening|week|fortnight|month|year))\s*,?\s*$"
)
"""*once a month we test each pager and note ...*: an act done again and again, each time a
record of its own (``does_to_each_and_notes``), not the pager's list."""


def _each_ones_list(match: re.Match[str]) -> str:
    if _HOW_OFTEN_BEFORE.search(match.string[: match.start()]):
        return match[0]
    return f"{match['act']}, and for each {match['thing']} we {match['verb']} "


_FOR_EACH_WE_COUNT = re.compile(
    r"\bfor\s+(?:each|every)\s+(?P<thing>[a-z][\w\-]*)\s+(?:we|i)\s+(?:count|measure|weigh)\s+"
    r"(?=(?:the|a|an|how)\b)"
)
"""*for every drop we count the bags and the pieces of furniture*: what we record of it."""


_BRACKET_THEN_WITH = re.compile(
    r"(?P<noun>\b[a-z][\w\-]*)\s+\((?P<fields>[^()]*,[^()]*)\)\s+(?=with\s)"
)
"""*every call is logged against a patient (name, NHS number, GP surgery) with the caller's
name, ...*: the patient's fields in a bracket, then the call's list; the bracket is told as a
sentence of its own after it, *each patient has name, NHS number, GP surgery*."""
_FIELD_LIST = re.compile(r"\b(?:name|email|phone|address|number|date|postcode|code|mobile)\b")
"""A bracket that lists a record's fields names at least one of the commonest."""
_NO_FIELD_LIST = re.compile(r"\b(?:or|who|which|has|have|is|are|like|e\.g)\b|^\s*and\b")
"""A bracket of values (*pain or other*) or an aside (*and the pet's owner, who has ...*)."""
_THAT_ONE = re.compile(
    r"\b(?P<prep>against|to|for|on|at|in|from|of|by|onto|into)\s+(?:that|this)\s+"
    r"(?P<thing>[a-z][\w\-]*)\b"
)
"""*we log an outbreak against that compartment with the date*: the one just named, *the
compartment*."""
_NO_THING = word_set(
    "is was are were it they we i you he she has had one case way reason point sense matter"
)
"""After *that*: no thing, or a thing of speech (*in that case*, *for that reason*)."""


def said_plainly(lowered: str) -> str:
    """What an owner explaining as they go says, written the plain way (the module's doc)."""
    lowered = _OPENER.sub("", lowered)
    lowered = _WHAT_I_WANT_IS_FOR.sub(r"\g<who> can ", lowered)
    lowered = _LIVE_IN_OUR.sub(r"\g<things> have ", lowered)
    lowered = _ASIDES.sub(_without_aside, lowered)
    lowered = _DASHED_ASIDE.sub(" ", lowered)
    lowered = _DASHED_OPTIONS.sub(_bracketed, lowered)
    lowered = _THAT_IS_IN_BRACKETS.sub("(", lowered)
    lowered = _WHICH_IS_ONE_OF.sub(lambda m: f"{m['field']} ({_plain(m['options'])})", lowered)
    lowered = _SO_OPTIONS.sub(lambda m: f"{m['field']} ({_plain(m['options'])})", lowered)
    lowered = _SO_GLOSS.sub("", lowered)
    lowered = _ITSELF.sub(r"\g<thing>", lowered)
    lowered = _PLUS.sub(lambda m: f"{m['comma']} and ", lowered)
    lowered = _GETS_DONE.sub("is ", lowered)
    lowered = _EACH_GETS_LIST.sub(r"\g<who> has ", lowered)
    lowered = _ON_EACH_SOMEONE_RECORDS.sub(r"for each \g<thing> ", lowered)
    lowered = _WE_DO_EACH_AND_KEEP.sub(_each_ones_list, lowered)
    lowered = _THAT_ONE.sub(_the_one, lowered)
    lowered = _FOR_EACH_WE_COUNT.sub(r"for each \g<thing> we record ", lowered)
    lowered = _ON_EACH_WE_WRITE.sub(lambda m: _for_each(m, lowered), lowered)
    lowered = _FOR_THOSE.sub(_for_the_things, lowered)
    lowered = re.sub(r"[^.!?\n]+", _asides_told_after, lowered)
    return re.sub(r"[^.;!?\n]+", lambda m: _bracket_told_after(_flow_told_plainly(m[0])), lowered)


def _asides_told_after(match: re.Match[str]) -> str:
    sentence = match[0]
    asides = [found["aside"] for found in _THEIR_LIST_ASIDE.finditer(sentence)]
    if not asides:
        return sentence
    told = _THEIR_LIST_ASIDE.sub("", sentence)
    return ". ".join([told, *asides])


def _bracket_told_after(text: str) -> str:
    found = _BRACKET_THEN_WITH.search(text)
    if (
        found is None
        or not _FIELD_LIST.search(found["fields"])
        or _NO_FIELD_LIST.search(found["fields"])
    ):
        return text  # values of a choice, kinds, or an aside: not a record's fields
    told = f"{text[: found.end('noun')]} {text[found.end() :]}"
    return f"{told}. each {found['noun']} has {found['fields']}"


def _flow_told_plainly(text: str) -> str:
    if not _FLOW_SENTENCE.search(text):
        return text
    text = _FLOW_TAIL.sub(lambda m: f", then {m['last']}", text)
    text = _FLOW_ASIDE.sub("", text)
    text = _FLOW_DASH_OR.sub(lambda m: f", or {m['last']}", text)
    return _FLOW_THOUGH_SOME.sub(lambda m: f", or {m['last']}", text)


def _without_aside(match: re.Match[str]) -> str:
    """The aside gone; said between commas, one comma stays (*cancelled, obviously, which*)
    unless a joint word stands before it (*which, to be honest, happens*); before a full stop,
    nothing stays (*ends up to be honest.*)."""
    joint = match["joint"] or ""
    if joint:
        return f"{joint} "
    if "," in (match["before"] or "") and match["after"]:
        return ", "
    following = match.string[match.end() : match.end() + 1]
    return " " if following.isalnum() or following == "(" else ""


def _plain(options: str) -> str:
    return re.sub(r"^either\s+", "", options)


def _bracketed(match: re.Match[str]) -> str:
    end = ", " if match["end"] else ""
    return f"{match['field']} ({_plain(match['options'])}){end}"


def _the_one(match: re.Match[str]) -> str:
    thing = match["thing"]
    if thing in _NO_THING or not can_be_noun(thing):
        return match[0]
    return f"{match['prep']} the {thing}"


def _for_each(match: re.Match[str], text: str) -> str:
    thing = match["thing"]
    if match["which"] != "the":
        return f"for each {thing} we record"
    if thing in TIME_WORDS:
        return match[0]  # *on the day we log laps*: when, not which record
    named = re.search(rf"\b{re.escape(thing)}s?\b", text[: match.start()])
    return f"for the {thing} we record" if named else match[0]


def _for_the_things(match: re.Match[str]) -> str:
    """*for those*: for each of the last plural noun said before (*tournaments*)."""
    before = match["before"]
    plural = [w for w in re.findall(r"[a-z][\w\-]*", before) if len(w) > 3 and is_plural(w)]
    if not plural or not can_be_noun(plural[-1]):
        return match[0]
    return f"{before}, and for each {singular(plural[-1])}"
