"""Links said in a few words, written out plainly.

- *each extra comes from a supplier - name, email, website*; *each runner picks a home event
  from our list of events (name, park, start time)*; *a group walk has a date, ..., and one of
  our walkers leads it*: the record belongs to the other, and a list after it is the other's;
- *every saturday one of them is rostered to direct the event (the event itself just needs its
  date and number), ...*; *game modes and arenas each just have a name*: each list is theirs;
- *each order is made up of lines, a menu item and a quantity on each*; *a dance has ..., plus
  its own numbered positions, each with an optional label*; *each package gets one price per
  size band (small, medium, large, van)*: records of their own under the other;
- *there is a list of add-ons with a name and a price, and a stay can have several them*:
  shared by many; *each runner may belong to a running club with ...*: the plain *belongs to*;
- *each leader gets one training adviser assigned*: the leader belongs to one adviser;
- *a runner signs up once with first name, ..., and is given an athlete number*: the runner's
  list; *... in a match that is part of the season, with a date, ...*: the match's.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import owned_and_listed, statement_by_statement
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_forms import (
    can_name_records,
    phrase_can_name_records,
    plural,
    singular_phrase,
)

_COMES_FROM_ONE_DASH = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:comes\s+from|belongs\s+to|is\s+from|"
    rf"is\s+supplied\s+by|is\s+made\s+by)\s+(?:a|an|one)\s+(?P<one>{NOUN_PATTERN}?)\s*(?:-|:)\s+"
    r"(?P<listed>[a-z][^;]*)$"
)


@statement_by_statement
def comes_from_one_dash(sentence: str) -> str:
    """``each extra comes from a supplier - name, email, website``: *each supplier has name,
    email, website; each extra belongs to one supplier*."""
    match = _COMES_FROM_ONE_DASH.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    return f"each {one} has {match['listed']}; each {record} belongs to one {one}"


_ITSELF_NEEDS_IN_BRACKETS = re.compile(
    # *itself* is dropped before the rewrites read the sentence
    rf"\s*\((?:and\s+)?the\s+(?P<one>{NOUN_PATTERN}?)\s+(?:itself\s+)?(?:just\s+|only\s+)?"
    r"(?:needs|has|gets|wants)\s+(?P<listed>(?:a|an|the|its|their)\s[^()]+)\)"
)


@statement_by_statement
def itself_needs_in_brackets(sentence: str) -> str:
    """``each saturday one of them is rostered to direct the event (the event itself just needs
    its date and number), and ...``: *each event has its date and number; each saturday one of
    them is rostered to direct the event, and ...*."""
    match = _ITSELF_NEEDS_IN_BRACKETS.search(sentence)
    if match is None or not phrase_can_name_records(match["one"]):
        return sentence
    rest = f"{sentence[: match.start()]}{sentence[match.end() :]}"
    return f"each {match['one']} has {match['listed']}; {rest}"


_LIST_ON_EACH = re.compile(
    r"(?P<many>\b[a-z][\w\-]*s),\s+(?P<listed>(?:a|an|the)\s[^;,]+?)\s+on\s+each(?:\s+one)?"
    r"(?=\s*(?:;|$))"
)


def list_on_each(sentence: str) -> str:
    """``each order is made up of lines, a menu item and a quantity on each``: *each order is
    made up of lines, each with a menu item and a quantity*; what is on each is their list."""
    return _LIST_ON_EACH.sub(r"\g<many>, each with \g<listed>", sentence)


_A_LIST_OF_ONES_ANY_NUMBER_OF_THEM = re.compile(
    r"^(?:[^;]*?\s)?there\s+is\s+a\s+list\s+of\s+(?P<many>[a-z][\w\-]*s)\s+with\s+"
    rf"(?P<listed>(?:a|an|the)\s[^;]+?),\s+and\s+(?:a|an|each)\s+(?P<one>{NOUN_PATTERN}?)\s+can\s+"
    r"(?:have|take|get)\s+(?:several|many|any\s+number\s+of)\s+them$"
)


@statement_by_statement
def a_list_of_ones_any_number_of_them(sentence: str) -> str:
    """``so there is a list of add-ons with a name and a price, and a stay can have several
    them``: *each add-on has a name and a price; a stay has several add-ons, and an add-on can
    be on many stays*; a list kept to pick from is shared."""
    match = _A_LIST_OF_ONES_ANY_NUMBER_OF_THEM.match(sentence)
    if match is None:
        return sentence
    many, one = match["many"], match["one"]
    single = singular_phrase(many)
    if single == many or not can_name_records(single) or not phrase_can_name_records(one):
        return sentence
    article = "an" if single[0] in "aeiou" else "a"
    *before, last = one.split()
    ones = " ".join([*before, plural(last)])
    return (
        f"each {single} has {match['listed']}; a {one} has several {many}, "
        f"and {article} {single} can be on many {ones}"
    )


_ONES_AND_ONES_EACH_HAVE = re.compile(
    rf"^(?P<first>{NOUN_PATTERN}?)\s+and\s+(?P<second>{NOUN_PATTERN}?)\s+each\s+(?:just\s+|"
    rf"only\s+)?"
    r"have\s+(?P<listed>(?:a|an|the|their|its)\s[^;]+)$"
)


@statement_by_statement
def ones_and_ones_each_have(sentence: str) -> str:
    """``game modes and arenas each just have a name``: *each game mode has a name; each arena
    has a name*."""
    match = _ONES_AND_ONES_EACH_HAVE.match(sentence)
    if match is None:
        return sentence
    ones = [singular_phrase(match["first"]), singular_phrase(match["second"])]
    if ones == [match["first"], match["second"]]:
        return sentence
    if not all(phrase_can_name_records(one) for one in ones):
        return sentence
    return "; ".join(f"each {one} has {match['listed']}" for one in ones)


_PLUS_ITS_OWN_EACH_WITH = re.compile(
    rf"^(?P<head>(?:a|an|each|every)\s+(?P<owner>{NOUN_PATTERN}?)\s+has\s+[^;]+?),\s+(?:and|"
    rf"plus)\s+"
    r"its\s+own\s+(?:[a-z]+ed\s+)?(?P<many>[a-z][\w\-]*s),\s+each\s+with\s+(?P<listed>[a-z][^;]+)$"
)


@statement_by_statement
def plus_its_own_each_with(sentence: str) -> str:
    """``a dance has a name, ... and a form (...), and its own numbered positions, each with an
    optional label``: *a dance has a name, ... and a form (...); each position belongs to one
    dance; each position has an optional label*."""
    match = _PLUS_ITS_OWN_EACH_WITH.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not can_name_records(one):
        return sentence
    if not phrase_can_name_records(match["owner"]):
        return sentence
    return (
        f"{match['head']}; each {one} belongs to one {match['owner']}; "
        f"each {one} has {match['listed']}"
    )


_ONE_PRICE_PER_BAND = re.compile(
    rf"(?P<lead>^|,\s+)(?:each|every)\s+(?P<owner>{NOUN_PATTERN}?)\s+(?:gets|has|needs|carries)\s+"
    r"one\s+(?P<what>price|rate|fee|charge|cost)\s+per\s+"
    rf"(?P<by>{NOUN_PATTERN}?)\s+\((?P<values>[^()]+)\)$"
)


@statement_by_statement
def one_price_per_band(sentence: str) -> str:
    """``because we charge by the size of the vehicle, each package gets one price per size band
    (small, medium, large, van)``: *each package price belongs to one package; each package
    price has a size band (small, ...) and a price*; why names no record."""
    match = _ONE_PRICE_PER_BAND.search(sentence)
    if match is None or not phrase_can_name_records(match["owner"]):
        return sentence
    owner, what = match["owner"], match["what"]
    record = f"{owner.split()[-1]} {what}"
    return (
        f"each {record} belongs to one {owner}; "
        f"each {record} has a {match['by']} ({match['values']}) and a {what}"
    )


_MAY_BELONG_TO = re.compile(
    r"(?P<subject>\b(?:each|every|a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:may|can|might|"
    r"could)\s+(?:also\s+)?belong\s+to\s+(?=(?:a|an|one)\s)"
)


def may_belong_to(sentence: str) -> str:
    """``each runner may belong to a running club with a name and a website``: *each runner
    belongs to a running club with ...*, read as the plain *belongs to*, so the list is the
    club's."""
    return _MAY_BELONG_TO.sub(r"\g<subject> belongs to ", sentence)


_PICKS_ONE_FROM_OUR_LIST = re.compile(
    rf"^(?P<head>(?:each|every|a|an)\s+(?P<who>{NOUN_PATTERN}?))\s+(?:picks|chooses|selects|has)\s+"
    r"(?:a|an|one|their)\s+(?:[a-z][\w\-]*\s+)?(?P<one>[a-z][\w\-]*)\s+from\s+our\s+list\s+of\s+"
    r"(?P<many>[a-z][\w\-]*s)\s+\((?P<listed>[^()]+)\)(?:,?\s+and\s+(?P<rest>[^;]+))?$"
)


@statement_by_statement
def picks_one_from_our_list(sentence: str) -> str:
    """``each runner picks a home event from our list of events (name, park, start time) and
    may belong to a running club ...``: *each event has name, park, start time; each runner
    belongs to one event; each runner may belong to a running club ...*."""
    match = _PICKS_ONE_FROM_OUR_LIST.match(sentence)
    if match is None or singular_phrase(match["many"]) != match["one"]:
        return sentence
    one = match["one"]
    if not can_name_records(one) or not phrase_can_name_records(match["who"]):
        return sentence
    said = [f"each {one} has {match['listed']}", f"each {match['who']} belongs to one {one}"]
    if match["rest"]:
        said.append(may_belong_to(f"{match['head']} {match['rest']}"))
    return "; ".join(said)


_SIGNS_UP_WITH = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<who>{NOUN_PATTERN}?)\s+(?:signs\s+up|registers|joins|enrols|"
    r"enrolls)(?:\s+once|\s+online|\s+with\s+us)?\s+with\s+(?P<listed>[^;]+?)(?:,\s+and\s+is\s+"
    r"(?:given|issued|sent|assigned)\s+(?P<given>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+(?:that|which)\s[^;]*)?)?$"
)


@statement_by_statement
def signs_up_with(sentence: str) -> str:
    """``a runner signs up once with first name, last name, ..., and is given an athlete number
    that we print as their barcode``: *each runner has first name, last name, ... and an
    athlete number*."""
    match = _SIGNS_UP_WITH.match(sentence)
    if match is None or not phrase_can_name_records(match["who"]):
        return sentence
    listed = match["listed"]
    if match["given"]:
        listed = f"{listed} and {match['given']}"
    return f"each {match['who']} has {listed}"


_AND_ONE_OF_OURS_LEADS_IT = re.compile(
    rf"^(?P<head>(?:a|an|each|every)\s+(?P<record>{NOUN_PATTERN}?)\s+has\s+[^;]+?),\s+and\s+"
    rf"one\s+of\s+"
    r"our\s+(?P<many>[a-z][\w\-]*s)\s+(?:leads|runs|takes|drives|teaches|coaches|hosts|checks|"
    r"cleans|does)\s+it$"
)


@statement_by_statement
def and_one_of_ours_leads_it(sentence: str) -> str:
    """``a group walk has a date, ... and a maximum number of dogs, and one of our walkers
    leads it``: *a group walk has a date, ...; each group walk belongs to one walker*."""
    match = _AND_ONE_OF_OURS_LEADS_IT.match(sentence)
    if match is None:
        return sentence
    one = singular_phrase(match["many"])
    if one == match["many"] or not can_name_records(one):
        return sentence
    if not phrase_can_name_records(match["record"]):
        return sentence
    return f"{match['head']}; each {match['record']} belongs to one {one}"


_IN_ONE_THAT_IS_PART_OF = re.compile(
    rf"^(?:[^;]*?\s)?in\s+(?:a|an)\s+(?P<record>{NOUN_PATTERN}?)\s+(?:that|which)\s+is\s+part\s+"
    rf"of\s+"
    rf"(?:the|a|an)\s+(?P<one>{NOUN_PATTERN}?),\s+with\s+(?P<listed>(?:a|an|the)\s[^;]+?)"
    r"(?:,\s+and\s+(?:afterwards|later|then)\s+(?:we|i)\s+(?:write\s+down|record|note|enter)\s+"
    r"(?P<more>(?:a|an|the)\s[^;]+))?$"
)


@statement_by_statement
def in_one_that_is_part_of(sentence: str) -> str:
    """``each week teams get drawn against each other in a match that is part of the season,
    with a date, a home team and an away team, and afterwards we write down the home score and
    the away score``: *each match belongs to one season; each match has a date, a home team,
    an away team, the home score and the away score*."""
    match = _IN_ONE_THAT_IS_PART_OF.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if not phrase_can_name_records(record) or not phrase_can_name_records(one):
        return sentence
    listed = match["listed"]
    if match["more"]:
        listed = f"{listed.replace(' and ', ', ')}, {match['more']}"
    return owned_and_listed(record, (one,), listed)


_A_LINE_FOR_EACH_MARKED = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<record>{NOUN_PATTERN}?)(?P<before>\s+[^;]*?,\s+and)?\s+has\s+a\s+"
    r"line\s+for\s+(?:each|every)\s+"
    r"(?P<thing>[a-z][\w\-]*)(?:\s+[a-z]+ed)?\s+(?P<values>\([^()]+\)),?\s+marked\s+"
    r"(?P<one>[a-z]+)\s+or\s+(?P<other>[a-z]+)(?:\s+with\s+(?P<more>(?:a|an|the)\s[^;]+))?$"
)


@statement_by_statement
def a_line_for_each_marked(sentence: str) -> str:
    """``each check has a line for each item checked (life jackets, flares, ...), marked pass or
    fail with a comment``: *each check line belongs to one check; each check line has an item
    (life jackets, ...), a result (pass, fail) and a comment*."""
    match = _A_LINE_FOR_EACH_MARKED.match(sentence)
    if match is None or not phrase_can_name_records(match["record"]):
        return sentence
    record = match["record"]
    line = f"{record.split()[-1]} line"
    listed = f"an {match['thing']} {match['values']}, a result ({match['one']}, {match['other']})"
    if match["more"]:
        listed = f"{listed} and {match['more']}"
    said = f"each {line} belongs to one {record}; each {line} has {listed}"
    # "each check is for one boat (...), done by one skipper ..., and has a line for ...": the
    # clauses before the lines are the record's own
    if match["before"]:
        return f"{sentence[: match.end('before')].removesuffix(', and')}; {said}"
    return said


_GETS_ONE_ASSIGNED = re.compile(
    rf"\b(?P<record>(?:each|every|a|an)\s+{NOUN_PATTERN}?)\s+(?:gets|has|is\s+given)\s+(?:one|a|"
    rf"an)\s+"
    rf"(?P<one>{NOUN_PATTERN}?)\s+(?:assigned|allocated)(?:\s+to\s+(?:them|him|her|"
    rf"it))?(?=\s*(?:[;,]|$)|\s+-\s)"
)


def gets_one_assigned(sentence: str) -> str:
    """``each leader gets one training adviser assigned``: *each leader belongs to one training
    adviser*."""
    return _GETS_ONE_ASSIGNED.sub(r"\g<record> belongs to one \g<one>", sentence)
