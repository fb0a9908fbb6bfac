"""The verbs by which people say what a record holds or what they keep of it.

*products have a SKU* and *each order says how many loads* (``HAVE_VERBS``, ``HAVE_LIST``),
*we track whether ...* (``TRACK_VERBS``), *for every customer we hold a name* (``KEEP_VERBS``),
*I write down their name* (``THEIR_LIST``), *drivers record a pickup for a route with the date*
(a new record, ``RECORD_OBJECT``), and *a shift covers one area* (``TAKING_IN_VERBS``).
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import word_set

HAVE_VERBS = (
    r"(?:has|have|had)(?:\s+got)?|got|contains?|includes?|comes? with|consists? of|"
    # "every batch gets a species, ...", not "each client gets a tax return with ..."
    # "... gets a payment against that dividend with the amount": the payment's list
    r"gets?(?=\s+(?:a|an|its|their)\s)(?!\s+(?:a|an)\s+(?:[\w\-]+\s+){1,3}"
    r"(?:(?:for|on|of|to|about|against|from)\s+(?:a|an|the|that|this|each|every|one|their|its)"
    r"\s+(?:[\w\-]+\s+){1,2})?with\b)|"
    # "parcels also get the weight in grams, the destination postcode and ...": a list
    r"gets?(?=\s+the\s+[\w\- ]+,\s+(?:the|a|an|its|their)\s+[\w\- ]+(?:,|\s+and\s))|"
    # "each sample needs the date taken, ...", "sites need a name and a postcode", not
    # "customers need a quote"
    r"needs?(?=\s+(?:the|its|their)\s)|"
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bjust\s)(?<!\byou\s)needs?(?=\s+(?:a|an)\s+(?:name|title|number"
    r"|reference|code|date|description|postcode)\s*(?:,|and\b|$))|"
    r"(?:is|are) made up of|(?:is|are) (?:identified|described|defined|characteri[sz]ed) by|"
    r"(?:stores?|holds?|carr(?:y|ies)|records?|captures?|lists?|notes?|logs?|tracks?|keeps?|"
    # "each order says how many loads they want, the load size ...": what it says it holds
    r"shows?|says?|gives?|specif(?:y|ies)|"
    # "the request names the bedroom, a reason, ...": what it names, it holds (not "names the
    # staff member involved (name and staff number)", a record of its own)
    r"names(?=\s+(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*(?:,|\s+and)\s+(?:the|a|an)\s))"
    # a question word after one of them is its object too: *a request records who raised it, the
    # room, ...* (*records who* is no noun and a relative)
    r"(?=\s+(?:the|a|an|its|their|our|all|several|many|multiple|how|who|whether|what)\b)"
)
"""Verbs whose object lists fields; the ones that are also nouns (*a patient records system*)
only when an article or a question word follows."""


TRACK_VERBS = r"track|note|record|log|store|keep|capture|save|mark|remember"


HAVE_LIST = re.compile(rf"\b(?P<verb>{HAVE_VERBS})\b\s+(?P<body>.+)$")


RECORD_OBJECT = re.compile(
    r"^(?:a|an|one)\s+[a-z][\w\- ]*?\s+(?:(?:for|on|of|to|about|against)\s+"
    r"(?:a|an|the|each|every|one|their|its)\s+[a-z][\w\- ]*?\s+)?with\b"
)
"""A track verb's object that is a new record with its fields (*a pickup for a route with
the date*), unlike a list of the subject's fields (*the number of players, the price*)."""


KEEP_VERBS = word_set(
    "hold keep need store record note log take ask collect capture want write enter save track "
    "register list require get file jot like put"
)
"""What people do with a record's details (*for every customer we hold a full name ...*)."""


THEIR_LIST = re.compile(
    r"^(?:i|we|you)\s+(?:also\s+)?(?P<verb>[a-z]+)(?:\s+(?:down|up))?\s+their\s+(?P<body>.+)$"
)
"""``customers ring up and I write down their name, phone and address``."""


TAKING_IN_VERBS = word_set("cover span include involve contain")
"""Verbs that say what a record takes in, no act: *a shift covers one area on one date* is the
shift's area and date, no *covering*."""
