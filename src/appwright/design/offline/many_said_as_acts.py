"""How many of one record another has, said with an act, and said the way the link readers
know it:
- *each landlord owns a number of rental properties*: *... has several rental properties*;
- *one handset can be checked many times*: *one handset can have many checks*;
- *children have a name and belong to a room*: *..., and each child belongs to a room*;
- *on-call shifts pair an engineer with a start time*: *each on-call shift is for one
  engineer, with a start time*;
- *room set-ups: one per room per event, with a layout*: *room set-ups: room, event, a layout*;
- *the change is tied to the child and to the staff member who did it*: *... tied to the child
  and the staff member*;
- *a property collects a gas safety certificate every year: ...*: *each gas safety certificate
  is for one property, with ...*;
- *... and sign up to one of our plan levels, each with a name*: *...; each plan level has a
  name*;
- *a subscription links the holder to their level with a start date*: *each subscription is
  for one holder and one level, with a start date*;
- *every child is given a key worker and placed in a room*: *each child is given a key worker;
  each child is placed in a room*;
- *we assign the case to a technician*: *we assign each case to a technician*.

`simplify` runs them in its order; `normalize` runs the yearly one on the whole text, before
any reader takes its colon for a header.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_past_participle,
    is_plural,
    plural,
    singular,
    verb_lemma,
)

_OWNS_A_NUMBER_OF = re.compile(
    r"\b(?P<one>(?:each|every|a|an)\s+[a-z][\w\-]*)\s+owns\s+"
    r"(?:a\s+number\s+of|several|many|a\s+few|lots\s+of|one\s+or\s+more)\s+(?=[a-z][\w\-]*s\b|[a-z][\w\-]*\s+[a-z][\w\-]*s\b)"
)


def owns_a_number_of(sentence: str) -> str:
    """``each landlord owns a number of rental properties``: *each landlord has several rental
    properties*; what one owns many of belongs to it."""
    return _OWNS_A_NUMBER_OF.sub(lambda match: f"{match['one']} has several ", sentence)


_DONE_MANY_TIMES = re.compile(
    r"\b(?P<one>(?:one|each|a|an)\s+[a-z][\w\-]*)\s+can\s+be\s+(?P<done>[a-z]+ed)\s+"
    r"(?:many|several|lots\s+of|any\s+number\s+of)\s+times\b"
)


def done_many_times(sentence: str) -> str:
    """``one handset can be checked many times``: *one handset can have many checks*; each
    time it is checked is a check of its own."""

    def many(match: re.Match[str]) -> str:
        act = verb_lemma(match["done"]) if is_past_participle(match["done"]) else None
        if not act or not can_be_noun(act):
            return match[0]
        return f"{match['one']} can have many {plural(act)}"

    return _DONE_MANY_TIMES.sub(many, sentence)


_HAVE_AND_BELONG_TO = re.compile(
    r"(?:^|(?<=,\sand\s))(?P<things>[a-z][\w\-]*)\s+(?P<have>have\s+[^,;]+?)\s+and\s+"
    r"(?:belong\s+to|work\s+in|sit\s+in|live\s+in|are\s+in)\s+(?P<one>(?:a|an|one)\s+[a-z][\w\-]*)\b"
)


def have_and_belong_to(sentence: str) -> str:
    """``children have a name and belong to a room``: *children have a name, and each child
    belongs to a room*; the room is a record the child points at, not a field."""

    def said(match: re.Match[str]) -> str:
        things = match["things"]
        if things in FUNCTION_WORDS or not can_be_noun(singular(things)):
            return match[0]  # "they have ...", "we have ...": no record named
        return f"{things} {match['have']}, and each {singular(things)} belongs to {match['one']}"

    return _HAVE_AND_BELONG_TO.sub(said, sentence)


_PAIR_ONE_WITH = re.compile(
    r"^(?P<kind>(?:[a-z][\w\-]*\s+)?)(?P<things>[a-z][\w\-]*s)\s+(?:pair|pairs|match|matches|tie)\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)


def pair_one_with(sentence: str) -> str:
    """``on-call shifts pair an engineer with a start and end time``: *each on-call shift is
    for one engineer, with a start and end time*; what follows *with* is the shift's own."""

    def said(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(match["one"]):
            return match[0]
        return f"each {match['kind']}{singular(things)} is for one {match['one']}, with "

    return _PAIR_ONE_WITH.sub(said, sentence)


_ONE_PER_EACH = re.compile(
    r"^(?P<head>[^:,]{1,40}):\s+one\s+per\s+(?P<one>[a-z][\w\-]*)\s+per\s+"
    r"(?P<other>[a-z][\w\-]*),\s+with\s+"
)


def one_per_each(sentence: str) -> str:
    """``room set-ups: one per room per event, with a layout, ...``: *room set-ups: room,
    event, a layout, ...*; one for each pair points at both."""

    def said(match: re.Match[str]) -> str:
        if not (can_be_noun(match["one"]) and can_be_noun(match["other"])):
            return match[0]
        return f"{match['head']}: {match['one']}, {match['other']}, "

    return _ONE_PER_EACH.sub(said, sentence)


_TIED_TO_BOTH = re.compile(
    r"\b(?P<tied>(?:tied|linked|attached|connected)\s+to\s+(?:the|a|an|one)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)\s+and\s+to\s+(?=(?:the|a|an|one)\s)"
)


_TIED_TO_WHO_DID_IT = re.compile(
    r"(?P<tied>\b(?:tied|linked|attached|connected)\s+to\s+[^.;:]*?)\s+who\s+"
    r"(?:did|does|made|gave|handled|took)\s+(?:it|them)\b"
)


def tied_to_both(sentence: str) -> str:
    """``the change is tied to the child and to the staff member who did it``: *... tied to
    the child and the staff member*; both are ones the change points at, and who did it is
    what the staff member is to it."""
    sentence = _TIED_TO_BOTH.sub(lambda match: f"{match['tied']} and ", sentence)
    return _TIED_TO_WHO_DID_IT.sub(lambda match: match["tied"], sentence)


_GETS_ONE_EVERY_YEAR = re.compile(
    r"(?:^|(?<=[.;]\s))(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*)\s+(?:gets|collects|needs|receives|is\s+given)\s+"
    r"(?:a|an|one)\s+(?P<one>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+"
    r"(?:every|each|once\s+a)\s+(?:year|month|week|quarter|term|season):\s+"
)


def gets_one_every_year(sentence: str) -> str:
    """``a property collects a gas safety certificate every year: certificate number, ...``:
    *each gas safety certificate is for one property, with certificate number, ...*; one
    comes each year, so there are many, each with the list."""
    return _GETS_ONE_EVERY_YEAR.sub(
        lambda match: f"each {match['one']} is for one {match['owner']}, with ", sentence
    )


_ONE_OF_OUR_MANY_EACH_WITH = re.compile(
    r"\s+and\s+(?:sign\s+up\s+to|signs\s+up\s+to|join|joins|pick|picks|choose|chooses|are\s+on|is\s+on)\s+"
    r"one\s+of\s+(?:our|the)\s+(?P<many>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),\s+each\s+with\s+"
)


def one_of_our_many_each_with(sentence: str) -> str:
    """``plan holders give us a name, ... and sign up to one of our plan levels, each with a
    name, a monthly price, ...``: *...; each plan level has a name, ...*; the list after *each
    with* is the plan level's, not the holder's."""

    def said(match: re.Match[str]) -> str:
        *kind, many = match["many"].split()
        if not is_plural(many):
            return match[0]
        return f"; each {' '.join([*kind, singular(many)])} has "

    return _ONE_OF_OUR_MANY_EACH_WITH.sub(said, sentence)


_LINKS_ONE_TO_THEIR = re.compile(
    r"^(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:links|ties|connects)\s+"
    r"(?:the|a|an|each)\s+(?P<one>[a-z][\w\-]*)\s+to\s+(?:their|its|his|her|the|a|an)\s+"
    r"(?P<other>[a-z][\w\-]*)\s+with\s+"
)


def links_one_to_their(sentence: str) -> str:
    """``a subscription links the holder to their level with a start date, ...``: *each
    subscription is for one holder and one level, with a start date, ...*."""
    return _LINKS_ONE_TO_THEIR.sub(
        lambda match: (
            f"each {match['record']} is for one {match['one']} and one {match['other']}, with "
        ),
        sentence,
    )


_GIVEN_ONE_AND_PLACED = re.compile(
    r"^(?:each|every)\s+(?P<one>[a-z][\w\-]*)(?:\s+(?:at|in|on)\s+(?:our|the)\s+[a-z][\w\-]*)?"
    r"(?P<given>\s+is\s+(?:given|assigned|allocated)\s+(?:a|an|one)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+and\s+(?:is\s+)?"
    r"(?P<done>[a-z]+ed)\s+(?P<where>(?:in|into|to|on|at)\s+(?:a|an|one)\s)"
)


def given_one_and_placed(sentence: str) -> str:
    """``every child at our nursery is given a key worker and placed in a room``: *each child
    is given a key worker; each child is placed in a room*; two acts, each a link of the
    child's (where the children are says nothing of either)."""

    def said(match: re.Match[str]) -> str:
        if not is_past_participle(match["done"]):
            return match[0]
        one = match["one"]
        return f"each {one}{match['given']}; each {one} is {match['done']} {match['where']}"

    return _GIVEN_ONE_AND_PLACED.sub(said, sentence)


_WE_ASSIGN_THE_ONE = re.compile(
    r"\b(?P<we>we|i)\s+(?P<verb>assign|allocate|give|hand)\s+the\s+(?P<one>[a-z][\w\-]*)\s+to\s+"
    r"(?=(?:a|an|one)\s+[a-z])"
)


def we_assign_the_one(sentence: str) -> str:
    """``..., and we assign the case to a technician``: *we assign each case to a technician*;
    every case goes to one of them, so the case points at the technician."""

    def said(match: re.Match[str]) -> str:
        if not can_be_noun(match["one"]) or is_plural(match["one"]):
            return match[0]
        return f"{match['we']} {match['verb']} each {match['one']} to "

    return _WE_ASSIGN_THE_ONE.sub(said, sentence)
