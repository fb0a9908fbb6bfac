"""Items of a record's list told in words the field readers do not know, said as they read
them.

Each rewrite reads one way owners name an item, in any domain:

- *the date they'd like delivery*: the preferred delivery date;
- *which cover level they've picked, which is basic, full value, or ...*: the cover level and
  its values;
- *what they reckon it's worth*: the declared value;
- *a delivery method, either collection from the yard or delivery, ...*: the method and its
  two values;
- *a sugar reading in brix taken at the crush pad*: where it is taken names no part of it;
- *with the month and the amount, marked as paid by direct debit, paid by card or
  outstanding*: a status and its values;
- *the number of shadow sessions it requires*: the number of sessions required;
- *the wind speed at the time*: the wind speed; when it was read names no part of it;
- *a tick for a signed medical form*, *a tick that the diver analysed it*: a yes/no;
- *the date it went to the lab*: the sent date.
"""

from __future__ import annotations

import re

_THE_DATE_THEY_WOULD_LIKE = re.compile(
    r"\bthe\s+(?P<when>date|day|time)\s+(?:they|we|you|he|she)(?:'d|\s+would)\s+like\s+"
    r"(?:the\s+|their\s+|it\s+)?(?P<what>[a-z]+(?:ery|ing|al|ion))\b"
)
"""*the date they'd like delivery*: the preferred delivery date."""


_WHICH_ONE_THEY_PICKED_WHICH_IS = re.compile(
    r"\bwhich\s+(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:they|we|you|he|she)"
    r"(?:'ve|\s+have|\s+has)?\s+(?:picked|chosen|gone\s+for|selected|opted\s+for|picks|chooses|choose|pick)"
    r"(?:(?P<which>,?\s+which\s+(?:is|can\s+be)\s+(?:either\s+)?)(?=[a-z][^,;.]*,)|(?=\s+\())"
)
"""*which cover level they've picked, which is basic, full value, or full value with no
excess*: the cover level, and its values after the colon (or in the brackets an earlier
rewrite put them in)."""


_WHAT_THEY_SAY_IT_IS_WORTH = re.compile(
    r"\bwhat\s+(?:they|we|you|he|she|the\s+[a-z]+)\s+(?P<says>reckon|reckons|think|thinks|say|says|"
    r"declare|declares|estimate|estimates|believe|believes)\s+(?:it|they)(?:'s|\s+is|\s+are|'re)\s+worth\b"
)
"""*what they reckon it's worth*: the value they declare (*estimate*: the estimated value)."""


_A_KIND_EITHER_ONE_OR_THE_OTHER = re.compile(
    r"\b(?P<field>(?:a|an|the|its|their)\s+(?:[a-z][\w\-]*\s+)?"
    r"(?:method|type|kind|status|mode|level|category|option|choice|size|class|band|grade|format|channel)),"
    r"\s+either\s+(?P<one>[a-z][\w\- ]*?)\s+or\s+(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3}?)"
    r"(?=\s*[,;.]|$)"
)
"""*an order date and a delivery method, either collection from the yard or delivery, and
...*: the method, and the two values it takes."""


_TAKEN_AT_THE_PLACE = re.compile(
    r"(?<=[a-z])\s+(?:taken|measured|read)\s+(?:at|in|on)\s+the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?=\s*[,.;]|$)"
)
"""*a sugar reading in brix taken at the crush pad*: where the reading is taken names no part
of it."""


_MARKED_AS_ONE_OF = re.compile(
    r",\s+marked\s+as\s+(?P<values>[a-z][\w\- ]*?(?:,\s+[a-z][\w\- ]*?)*,?\s+or\s+[a-z][\w\- ]*?)"
    r"(?=\s*[.;]|$)"
)
"""*a storage charge with the month and the amount, marked as paid by direct debit, paid by
card or outstanding*: the list's last item, a status and its values (*marked day, night or
relief* is left to the readers of kinds)."""


_NUMBER_IT_REQUIRES = re.compile(
    r"\bthe\s+number\s+of\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:it|they)\s+"
    r"(?:requires|require|needs|need)\b"
)
"""*the number of shadow sessions it requires*: the number of shadow sessions required."""


_AT_THE_TIME = re.compile(
    r"(?<=[a-z])\s+at\s+the\s+time(?:\s+of\s+(?:the\s+)?[a-z]+)?(?=\s*[,.;]|\s+and\s|$)"
)
"""*the wind speed at the time*: the wind speed, read when the record was made."""


_A_TICK_FOR = re.compile(r"\ba\s+tick\s+(?:box\s+)?(?=for\s+(?:a|an|the|their|its|whether)\s)")
"""*a tick for a signed medical form*: a yes/no for it."""
_A_TICK_THAT = re.compile(
    r"\ba\s+tick\s+(?:box\s+)?(?:that|to\s+say)\s+(?=(?:the|a|they|it|he|she)\s)"
)
"""*a tick that the diver analysed it themselves*: whether they did."""


_THE_DATE_IT_WENT_TO = re.compile(
    r"\bthe\s+date\s+(?:it|they)\s+(?:went|was\s+sent|were\s+sent|got\s+sent)\s+(?:off\s+)?to\s+"
    r"(?:the|a)\s+[a-z][\w\-]*(?=\s*(?:[,;.]|$)|\s+and\s)"
)
"""*the date it went to the lab*: the sent date; where it went is no part of it."""


def items_told_otherwise(lowered: str) -> str:
    """Each rewrite above, on the whole lowered text."""
    lowered = _THE_DATE_THEY_WOULD_LIKE.sub(r"the preferred \g<what> \g<when>", lowered)
    lowered = _WHICH_ONE_THEY_PICKED_WHICH_IS.sub(
        lambda m: f"the {m['what']}: " if m["which"] else f"the {m['what']}", lowered
    )
    lowered = _WHAT_THEY_SAY_IT_IS_WORTH.sub(
        lambda m: (
            "the estimated value" if m["says"].startswith("estimate") else "the declared value"
        ),
        lowered,
    )
    lowered = _A_KIND_EITHER_ONE_OR_THE_OTHER.sub(r"\g<field> (\g<one> or \g<other>)", lowered)
    lowered = _AT_THE_TIME.sub("", _TAKEN_AT_THE_PLACE.sub("", lowered))
    lowered = _MARKED_AS_ONE_OF.sub(r" and a status (\g<values>)", lowered)
    lowered = _A_TICK_THAT.sub("whether ", _A_TICK_FOR.sub("a yes/no ", lowered))
    lowered = _THE_DATE_IT_WENT_TO.sub("the sent date", lowered)
    return _NUMBER_IT_REQUIRES.sub(r"the number of \g<things> required", lowered)
