"""Lists and owners said in a few words, written out.

- *a bay booking is for one vehicle and one fitter, on a date with a start time and ...*: the
  date is one of the booking's list, *with a date, a start time and ...*;
- *photos ..., each a link with a caption*: each photo has a link and a caption;
- *vehicles carry a registration, ... and sit under a customer's fleet account, which has a
  company name, ...*: each vehicle belongs to one fleet account, which has that list.
"""

from __future__ import annotations

import re

from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import phrase_can_name_records, singular_phrase

_ON_A_DATE_WITH = re.compile(r",\s+on\s+a\s+(?P<when>date|day)\s+with\s+(?=(?:a|an|the)\s)")
_EACH_A_LINK_WITH = re.compile(
    r",\s+each\s+(?:one\s+)?(?P<kept>a\s+(?:link|url|file|photo|picture|document|scan))\s+"
    r"with\s+(?=(?:a|an|the|its)\s)"
)
_SIT_UNDER_ONES_WHICH_HAS = re.compile(
    rf"^(?P<head>(?:the\s+|our\s+)?(?P<many>{NOUN_PATTERN})\s+(?:carry|have|hold)\s+[^;]+?)\s+"
    r"and\s+(?:sit|come|fall|belong)\s+(?:under|to)\s+(?:a|an|the|one)\s+(?:[a-z][\w\-]*'s\s+)?"
    rf"(?P<owner>{NOUN_PATTERN}),\s+which\s+has\s+(?P<listed>[^;]+)$"
)


def said_briefly(sentence: str) -> str:
    """``..., on a date with a start time and ...``: *..., with a date, a start time and
    ...*; ``..., each a link with a caption``: *..., each with a link and a caption*;
    ``vehicles carry ... and sit under a customer's fleet account, which has ...``: *vehicles
    carry ...; each vehicle belongs to one fleet account; each fleet account has ...*."""
    sentence = _ON_A_DATE_WITH.sub(r", with a \g<when>, ", sentence)
    sentence = _EACH_A_LINK_WITH.sub(r", each with \g<kept> and ", sentence)
    said = _SIT_UNDER_ONES_WHICH_HAS.match(sentence)
    if said is None:
        return sentence
    one, owner = singular_phrase(said["many"]), said["owner"]
    if not phrase_can_name_records(one) or not phrase_can_name_records(owner):
        return sentence
    return f"{said['head']}; each {one} belongs to one {owner}; each {owner} has {said['listed']}"
