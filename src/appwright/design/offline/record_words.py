"""Words about records that name no record of their own: a record's own words (*name*,
*status*), what records are kept on (*a paper ledger*), the nouns that count a mass noun's
things (*pieces of equipment*), and how a record is placed in another (*sits in a
department*).
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import word_set

PIECES = r"(?:pieces|items|bits|articles)"
"""Nouns that count a mass noun's things (*pieces of equipment*): the things are the record."""


PLACED_IN = re.compile(
    r"\b(?P<verb>belongs?\s+(?:in|to)|sits?\s+(?:in|on|under)|lives?\s+in|falls?\s+(?:in|into|under)|"
    r"comes?\s+under|(?:is|are)\s+(?:housed|located|based|filed|shelved)\s+"
    r"(?:in|at|under|on))\s+(?:a|an|one(?:\s+of\s+(?:our|the|their|its))?)\s+"
    r"(?P<target>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
)
"""``sits in a department``, ``is based at one depot``, ``belongs to a club``: the one place
or group a record is in, a link to it (not ``sits in the fridge`` or ``is in stock``)."""


PLAIN_FIELD_NOUNS = word_set(
    "name title description notes note address location phone email status type category "
    "colour color size comment reason summary"
)
"""Nouns that are a record's own words even where their plural is used (*the names*), never a
record of their own."""


KEPT_ON_WORDS = word_set(
    "spreadsheet ledger notebook folder binder file system database app sheet diary drawer "
    "whiteboard inbox"
)
"""What records are kept on today (*it all lives in a paper ledger*), never a record itself."""
