"""Records named by what happens to them or by whom.

- *log the numbers called in each game: number + call order*: a called number, of the game;
- *when somebody finally does win it we write down the winner's name, the date and ...*: a
  win, and the winner's name is the win's, not a winner record's;
- *when somebody claims a reward we just need the date and which reward it was*: a reward
  claim, the act done to the one the list names;
- *after fitting, the balance goes on a final invoice with its own number, amount, ...*: the
  final invoice's list.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun, doer_noun
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_name_records,
    is_past_participle,
    phrase_can_name_records,
    singular,
    verb_lemma,
)

_THE_ONES_DONE_IN_EACH = re.compile(
    r"^(?:we\s+)?(?:log|record|keep|note|track)\s+the\s+(?P<many>[a-z][\w\-]*s)\s+"
    r"(?P<done>[a-z]+)\s+(?:in|on|at|for|during)\s+(?:each|every|the)\s+"
    r"(?P<one>[a-z][\w\-]*):\s+"
)
_WHEN_SOMEONE_DOES_IT = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:when|once|if)\s+(?:somebody|someone|anyone)\s+"
    r"(?:(?:finally|actually|eventually)\s+)?(?:does\s+)?(?P<act>[a-z]+)\s+it,?\s+"
    r"(?:we|i)\s+(?:write\s+down|record|log|note|take\s+down)\s+(?P<listed>(?:the|a|an)\s[^;]+)$"
)
_WHEN_SOMEONE_ACTS_ON_ONE = re.compile(
    r"^(?:when|whenever|once|if)\s+(?:somebody|someone|anyone|(?:a|an|the)\s+[a-z][\w\-]*)\s+"
    r"(?P<act>[a-z]+)\s+(?:a|an)\s+(?P<thing>[a-z][\w\-]*),?\s+(?:we|i)\s+(?:just\s+|only\s+)?"
    r"(?:need|want|record|log|note|write\s+down|take\s+down|keep)\s+"
    r"(?P<listed>(?:the|a|an)\s[^;]*\bwhich\s+(?P=thing)\b[^;]*)$"
)
_GOES_ON_ONE_WITH = re.compile(
    r"^(?:(?:after|once|when)\s+[^,;]+,\s+)?the\s+[a-z][\w\-]*\s+(?:goes|is\s+put)\s+on\s+(?:a|"
    r"an)\s+"
    rf"(?P<one>{NOUN_PATTERN})\s+with\s+(?:its\s+own\s+)?(?=[a-z])"
)


def named_by_what_happens(sentence: str) -> str:
    """``log the numbers called in each game: number + call order``: *each called number
    belongs to one game; called number: number + call order*; ``when somebody does win it we
    write down the winner's name, ...``: *..., and each win has the winner name, ...*;
    ``when somebody claims a reward we just need the date and which reward it was``: *each
    reward claim has ...*; ``after fitting, the balance goes on a final invoice with its own
    number, ...``: *each final invoice has number, ...*."""
    done = _THE_ONES_DONE_IN_EACH.match(sentence)
    if (
        done is not None
        and is_past_participle(done["done"])
        and can_name_records(singular(done["many"]), done["one"])
    ):
        record = f"{done['done']} {singular(done['many'])}"
        return f"each {record} belongs to one {done['one']}; {record}: {sentence[done.end() :]}"
    act = _WHEN_SOMEONE_DOES_IT.search(sentence)
    lemma = verb_lemma(act["act"]) if act is not None else None
    if act is not None and lemma is not None:
        noun = act_or_irregular_noun(lemma) or (lemma if can_be_noun(lemma) else None)
        if noun is not None:
            doer = doer_noun(lemma)
            listed = act["listed"]
            if doer is not None:
                listed = re.sub(rf"\bthe\s+{doer}'s\s+", f"the {doer} ", listed)
            return f"{sentence[: act.start()]}{act['lead']}each {noun} has {listed}"
    acted = _WHEN_SOMEONE_ACTS_ON_ONE.match(sentence)
    lemma = verb_lemma(acted["act"]) if acted is not None else None
    claim = None
    if lemma is not None:
        claim = act_or_irregular_noun(lemma) or (lemma if can_be_noun(lemma) else None)
    if acted is not None and claim is not None and can_name_records(acted["thing"], claim):
        # the list names the one acted on ("which reward it was"): the record is the act
        return f"each {acted['thing']} {claim} has {acted['listed']}"
    goes = _GOES_ON_ONE_WITH.match(sentence)
    if goes is not None and phrase_can_name_records(goes["one"]):
        return f"each {goes['one']} has {sentence[goes.end() :]}"
    return sentence
