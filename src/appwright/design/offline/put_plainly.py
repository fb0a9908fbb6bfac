"""Things owners say the long way round, put plainly before the readers see them.

*the winner's and loser's scores* (two fields), *the two players' names* (one each), *all the
linen we own is ...* (whose it is names nothing), *received date/time* (one moment), *a game to
be marked has ...* (the game), *orders for so many cubic metres of one grade* (one grade, and
how much), *a buyer places orders for one grade* (what buyers do), *a customer's got a name*
(has), *the workshop moves each defect through ...* (the defect's steps), *..., and in the end
is either terminated or expired* (where it ends up) and *who the donor is* (the donor).
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import plural, singular

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


def put_plainly(lowered: str) -> str:
    """``lowered`` with each roundabout phrase above put the plain way, in this order."""
    lowered = _WHO_THE_ONE_IS.sub(r"\g<one>", lowered)
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
