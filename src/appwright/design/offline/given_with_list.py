"""What someone is sent, given or issued, told with its own list after: *the passenger is sent a
warning letter, kept with the date sent and a letter type ...* is a warning letter of the
passenger's, with that list; not the passenger's fields, nor a record named *warning*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import can_be_noun

_IS_SENT_ONE_KEPT_WITH = re.compile(
    r"\b(?:the|each|every|a|an)\s+(?P<whom>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|gets|are|get)\s+"
    r"(?:sent|given|issued|handed|posted)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+"
    r"(?:which\s+is\s+|which\s+we\s+|that\s+is\s+)?(?:kept|recorded|logged|stored|noted)\s+with\s+"
    r"(?=(?:a|an|the|its)\s)"
)


def sent_one_kept_with(text: str) -> str:
    """``the passenger is sent a warning letter, kept with the date sent and ...``: *each
    warning letter belongs to one passenger; each warning letter has the date sent and ...*."""

    def plain(match: re.Match[str]) -> str:
        whom, record = match["whom"], match["record"]
        if not all(can_be_noun(phrase.split()[-1]) for phrase in (whom, record)):
            return match[0]
        return f"each {record} belongs to one {whom}; each {record} has "

    return _IS_SENT_ONE_KEPT_WITH.sub(plain, text)
