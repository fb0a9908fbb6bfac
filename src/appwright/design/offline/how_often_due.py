"""How often a thing is due, asked as a question: *how often it needs cleaning, every 3, 6 or 12
months* is its cleaning frequency, with those values.

Read on the whole text before the words of frequency are dropped (*often*, *every week*), which
would leave *how it needs cleaning*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.word_forms import is_past_participle, verb_lemma

_HOW_OFTEN_IT_IS_DUE = re.compile(
    r"\bhow\s+often\s+(?:it|they|each\s+one)\s+"
    r"(?:needs|need|is|are|gets|get|has\s+to\s+be|have\s+to\s+be|must\s+be|should\s+be)\s+"
    r"(?P<act>[a-z]+)\b"
    r"(?:,?\s+(?:every|each)\s+(?P<counts>\d+(?:,\s*\d+)*,?\s+or\s+\d+)\s+"
    r"(?P<unit>days|weeks|months|years)(?:,?\s+depending\s+on\s+[^,;.()]+)?)?"
)


def how_often_it_is_due(text: str) -> str:
    """``how often it needs cleaning, every 3, 6 or 12 months depending on ...``: *a cleaning
    frequency (3 months, 6 months or 12 months)*; ``how often it is serviced``: *a service
    frequency*. An act the dictionary does not know is left as said."""

    def frequency(match: re.Match[str]) -> str:
        act = match["act"]
        lemma = verb_lemma(act)
        if act.endswith("ing") and lemma is not None:
            noun = act  # "needs cleaning": the cleaning
        elif is_past_participle(act) and lemma is not None:
            noun = act_noun(lemma) or lemma  # "is serviced": the service
        else:
            return match[0]
        if match["counts"] is None:
            return f"a {noun} frequency"
        counts = re.split(r",\s*|,?\s+or\s+", match["counts"])
        values = [f"{count} {match['unit']}" for count in counts]
        return f"a {noun} frequency ({', '.join(values[:-1])} or {values[-1]})"

    return _HOW_OFTEN_IT_IS_DUE.sub(frequency, text)
