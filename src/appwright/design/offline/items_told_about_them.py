"""Items of a list told with what the one they belong to did: *the weight division they fought
in*, *how many contests they won*, *where they placed, gold, silver, bronze or unplaced*; or
told as a question or a tick (*whether it is headed for the counter or for restaurant orders*,
*a bills-included yes/no*, *which code was keyed in at which access point*, *which counter it
goes out on, the chiller or the hot counter*), as a bound (*the most dancers it can hold*), or
with values after a comma (*a type, check-in or check-out*, *its condition, so good, fair or
poor*). Each is said the plain way (*the weight
division*, *the number of contests won*, *the placing (gold, ...)*, *a destination (counter or
restaurant orders)*, *a bills-included flag*), so the list reads as a list.
"""

from __future__ import annotations

import re

_THE_ONE_THEY_WERE_IN = re.compile(
    r"(?:(?<=[,:]\s)|(?<=\band\s))"
    r"(?P<item>(?:the|a|an)\s+(?!(?:date|time|day|week|month|year)\b)[a-z][\w\-]*"
    r"(?:\s+(?!(?:they|he|she)\b)[a-z][\w\-]*)?)\s+(?:they|he|she)\s+"
    r"(?!(?:are|is|were|was|come|comes|came)\b)"
    r"[a-z]+\s+(?:in|on|at|with|for|from|under)(?=\s*,|\s+and\s|\s*[;.]|$)"
)
"""*the weight division they fought in*: the weight division; the clause says what it is of
(where they *come from* is read as it is, with what follows it)."""

_HOW_MANY_THEY_DID = re.compile(
    r"\bhow\s+many\s+(?P<many>[a-z][\w\-]*s)\s+(?:they|he|she|it)\s+"
    r"(?P<done>won|lost|scored|sold|missed|caught|finished|completed|attended|played|made|took)\b"
)
"""*how many contests they won*: the number of contests won."""

_WHERE_THEY_PLACED = re.compile(
    r"\bwhere\s+(?:they|he|she|it)\s+(?:placed|finished|came)\s*,\s+"
    r"(?P<values>[^,;:()]+(?:,\s+[^,;:()]+)*?,?\s+or\s+[^,;:().]+?)(?=\s*(?:[;.]|$))"
)
"""*where they placed, gold, silver, bronze or unplaced*: the placing, with its values."""

_ONE_YES_OR_NO = re.compile(
    r"\b(?P<item>(?:a|an)\s+[a-z][\w\-]*-[a-z][\w\-]*)\s+(?:yes/no|y/n|yes-or-no)"
    r"(?=\s*[,;.]|\s+and\s|$)"
)
"""*a bills-included yes/no*: a bills-included flag."""

_WHETHER_HEADED_FOR = re.compile(
    r"\bwhether\s+(?:it|they)\s+(?:is|are|'s|'re)\s+(?:headed|going|bound|meant)\s+(?:for|to)\s+"
    r"(?:the\s+)?(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+or\s+(?:for\s+|to\s+)?(?:the\s+)?"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*[,;.]|\s+and\s|$)"
)
"""*whether it's headed for the counter or for restaurant orders*: a destination of the two."""

_A_KIND_THEN_TWO = re.compile(
    r"\b(?P<item>(?:a|an|its|their)\s+(?:type|kind|sort|category|level|status))\s*,\s+"
    r"(?!(?:a|an|the|its|their)\b)(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+or\s+"
    r"(?!(?:a|an|the|its|their)\b)(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=,)"
)
"""*each inventory has a type, check-in or check-out, the date ...*: a type of the two."""

_ITS_ONE_SO_VALUES = re.compile(
    r"\b(?P<item>(?:its|their|a|an|the)\s+[a-z][\w\-]*)\s*,\s+so\s+"
    r"(?P<values>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)(?=,|\s*$)"
)
"""*its condition, so good, fair, poor, damaged or missing, and ...*: the condition's values."""

_CONTACT_WITH_THEIR = re.compile(
    r"\b(?:a|an|the)\s+contact(?:\s+person|\s+name)?\s+with\s+(?:their|his|her)\s+"
    r"(?P<how>phone(?:\s+number)?|mobile(?:\s+number)?|email(?:\s+address)?)\b"
)
"""*a contact person with their phone number*: a contact name and a contact phone number."""

_WHEN_IT_STARTS_AND_ENDS = re.compile(
    r"\bthe\s+(?P<unit>month|day|date|week|year|time)\s+(?:it|they)\s+(?:normally\s+|usually\s+|"
    r"typically\s+)?(?P<first>starts|start|begins|begin|opens|open)\s+and\s+"
    r"(?P<last>ends|end|finishes|finish|closes|close)(?:\s+\([^()]*\))?"
)
"""*the month it normally starts and ends (as 1 to 12)*: a start month and an end month."""
_ACT_OF = {"start": "start", "begin": "start", "open": "opening", "end": "end", "finish": "end"}
_ACT_OF["close"] = "closing"

_THE_LATEST_TIME_WE_CAN = re.compile(
    r"\bthe\s+(?P<bound>latest|earliest)\s+(?P<unit>time|date|day)\s+(?:we|they|you)\s+can\s+"
    r"(?P<act>[a-z]+)\b(?:\s+(?!and\b)[a-z][\w\-]*){0,2}?(?:\s+(?:off|in|up|out|back))?"
    r"(?=\s*[,;.]|\s+and\s|$)"
)
"""*the latest time we can drop boxes off*: the latest drop time."""

_THE_ONE_WE_AIM_FOR = re.compile(
    r"\bthe\s+(?P<what>[a-z][\w\-]*)\s+(?:we|they)\s+(?:aim|go|shoot|plan)\s+for"
    r"(?:\s+as\s+an?\s+(?P<unit>percentage|amount|number))?"
)
"""*the margin we aim for as a percentage*: the target margin."""

_THE_PRICE_WE_PUT_ON = re.compile(
    r"\bthe\s+(?P<what>price|label|tag)\s+(?:we|they)\s+(?:put|stick|write|mark)\s+on\s+the\s+"
    r"(?P<where>shelf|shelves|window|board|box|label)\b"
)
"""*the price we put on the shelf*: the shelf price."""

_ONES_GOING_BACK = re.compile(
    r"(?:(?<=[,:]\s)|(?<=\band\s))(?P<what>[a-z][\w\-]*s)\s+(?:going|sent|coming)\s+back"
    r"(?=\s*,|\s+and\s|\s*[;.]|$)"
)
"""*units sold, units going back, ...*: the units returned."""

_WHOEVER_DID_IT = re.compile(
    r"\bthe\s+(?P<what>name|initials|signature)\s+of\s+whoever\s+"
    r"(?P<did>[a-z]+)(?P<particle>\s+(?:up|out|in|off|over))?(?P<done_to>\s+(?:it|them))?"
    r"(?=\s*,|\s+and\s|\s*[;.]|$)"
)
"""*the initials of whoever did it*: the initials; *the name of whoever cashed up*: who cashed
up (*the name of whoever preached it* is read as the preacher's name)."""

_HOW_MANY_GOT_DONE = re.compile(
    r"\b(?:afterwards\s+|later\s+|then\s+|at\s+the\s+end\s+)?how\s+many\s+"
    r"(?P<many>[a-z][\w\-]*s)\s+"
    r"(?:got|get)\s+(?P<done>made|sold|used|given\s+out|handed\s+out|taken|picked|"
    r"planted|collected|delivered|returned|booked|fixed|repaired|mended|broken)\b"
)
"""*afterwards how many bags got made*: the number of bags made."""

_ONE_WE_USE_ON = re.compile(
    r"\b(?P<item>(?:a|an|the)\s+[a-z][\w\-]*)\s+(?:we|they)\s+use\s+(?:on|for|in)\s+(?:the|our)\s+"
    r"[a-z][\w\-]*(?=\s*,|\s+and\s|\s*[;.]|$)"
)
"""*a colour we use on the board*: a colour; where it is used is no part of its name."""


def _whoever_did_it(match: re.Match[str]) -> str:
    did = match["did"]
    if did in ("did", "does", "done"):
        return f"the {match['what']}"
    if not did.endswith("ed") or not match["particle"] or match["done_to"]:
        return match[0]
    return f"who {did}{match['particle']}"


def _start_and_end(match: re.Match[str]) -> str:
    first, last = _ACT_OF[match["first"].removesuffix("s")], _ACT_OF[match["last"].rstrip("s")]
    last_article = "an" if last[0] in "aeiou" else "a"
    return f"a {first} {match['unit']} and {last_article} {last} {match['unit']}"


_WHICH_ONE_WAS_DONE_AT_WHICH = re.compile(
    r"\bwhich\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:was|were|got)\s+"
    r"(?P<done>[a-z]+ed)(?:\s+(?:in|out|up|on|off))?\s+(?:at|on|in|from|to|by|for|with)\s+which\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*(?:[,;)]|$)|\s+and\s)"
)
"""*which code was keyed in at which access point*: which code, and which access point."""


_WHICH_ONE_IT_GOES_ON_THIS_OR_THAT = re.compile(
    r"\bwhich\s+(?P<what>[a-z][\w\-]*)\s+(?:it|they)\s+[a-z]+(?:\s+(?:out|in|up|off))?\s+"
    r"(?:on|in|at|to|from|with|under),\s+(?:either\s+)?(?:the\s+)?(?P<one>[a-z][\w\-]*(?:\s+[a-z]"
    r"[\w\-]*)?)\s+or\s+(?:the\s+)?(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*(?:[,;.]|$))"
)
"""*which counter it goes out on, the chiller or the hot counter*: a counter, one of the two."""


_THE_MOST_IT_CAN_HOLD = re.compile(
    r"\bthe\s+most\s+(?P<things>[a-z][\w\-]*s)\s+(?:it|they)\s+(?:can|could)\s+"
    r"(?:hold|take|seat|fit|carry|sleep)\b"
)
"""*the most dancers it can hold*: the maximum dancers, a bound on how many."""


def items_said_plainly(sentence: str) -> str:
    """Each item above said the plain way."""
    sentence = _THE_ONE_THEY_WERE_IN.sub(r"\g<item>", sentence)
    sentence = _THE_MOST_IT_CAN_HOLD.sub(r"the maximum \g<things>", sentence)
    sentence = _WHICH_ONE_IT_GOES_ON_THIS_OR_THAT.sub(
        r"a \g<what> (\g<one> or \g<other>)", sentence
    )
    sentence = _WHICH_ONE_WAS_DONE_AT_WHICH.sub(
        r"which \g<one> was \g<done>, which \g<other>", sentence
    )
    sentence = _CONTACT_WITH_THEIR.sub(r"a contact name and a contact \g<how>", sentence)
    sentence = _WHEN_IT_STARTS_AND_ENDS.sub(_start_and_end, sentence)
    sentence = _THE_LATEST_TIME_WE_CAN.sub(r"the \g<bound> \g<act> \g<unit>", sentence)
    sentence = _WHOEVER_DID_IT.sub(_whoever_did_it, sentence)
    sentence = _ONE_WE_USE_ON.sub(r"\g<item>", sentence)
    sentence = _ONES_GOING_BACK.sub(r"\g<what> returned", sentence)
    sentence = _THE_PRICE_WE_PUT_ON.sub(r"the \g<where> \g<what>", sentence)
    sentence = _THE_ONE_WE_AIM_FOR.sub(r"the target \g<what>", sentence)
    sentence = _HOW_MANY_GOT_DONE.sub(r"the number of \g<many> \g<done>", sentence)
    sentence = _HOW_MANY_THEY_DID.sub(r"the number of \g<many> \g<done>", sentence)
    sentence = _ONE_YES_OR_NO.sub(r"\g<item> flag", sentence)
    sentence = _A_KIND_THEN_TWO.sub(r"\g<item> (\g<one> or \g<other>)", sentence)
    sentence = _ITS_ONE_SO_VALUES.sub(r"\g<item> (\g<values>)", sentence)
    sentence = _WHETHER_HEADED_FOR.sub(r"a destination (\g<one> or \g<other>)", sentence)
    return _WHERE_THEY_PLACED.sub(r"the placing (\g<values>)", sentence)
