"""*each day the office allocates a driver to a duty for a date*: the act pairs one of each for a
date, and a careful designer keeps it as a record of its own (*allocation*, with the date,
pointing at the driver and the duty)."""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.word_forms import can_be_noun, verb_lemma

_PAIRED_FOR_A_DATE = re.compile(
    r"(?:\beach\s+(?:day|week|morning|evening)\s*,?\s+)?"
    r"\b(?:we|i|they|the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:also\s+|then\s+)?"
    r"(?P<verb>allocates?|assigns?|pairs?|matches)\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:to|with)\s+(?:a|an|one)\s+(?P<other>[a-z][\w\-]*)\s+for\s+(?:a|the|each)\s+"
    r"(?P<when>date|day|week|shift\s+date)\b"
)


def paired_for_a_date(text: str) -> str:
    """``each day the office allocates a driver to a duty for a date``: *each allocation has a
    date; each allocation belongs to one driver; each allocation belongs to one duty*."""

    def plain(match: re.Match[str]) -> str:
        act = act_or_irregular_noun(verb_lemma(match["verb"]) or match["verb"])
        one, other = match["one"], match["other"]
        if act is None or not (can_be_noun(one) and can_be_noun(other)):
            return match[0]
        when = match["when"]
        return (
            f"each {act} has a {when}; each {act} belongs to one {one}; "
            f"each {act} belongs to one {other}"
        )

    return _PAIRED_FOR_A_DATE.sub(plain, text)
