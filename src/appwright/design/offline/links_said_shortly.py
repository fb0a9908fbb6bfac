"""Links said in few words, each written as *each X belongs to one Y* (and what X has):

- an arrow or a verb that joins: *each sale -> a boat*; *a liveaboard application links a
  berth holder and a boat and records ...*;
- people and what they are given or give: *our concert tuners, just a name and a phone, with
  each slot given to one of them*; *berth holders can also give us emergency contacts, each
  with ...*; *..., and pick who took it from our list of technicians*;
- where a record comes from or is done: *teams come from a tower (...), and each team has
  ...*; *each smoke test is carried out on a flue by one engineer*; *every cut is logged as a
  visit to one hedge by a driver on a tractor, with ...*;
- many of one in each other: *several ringers take part in each quarter*; *at each show we
  put on a few demonstrations, and for each one I'd want ...*;
- the ones just listed: *a list of season rates with ..., and each stay gets charged at one
  of those*;
- a record made for one: *we need a release for that deceased person (...) saying ...*; *we
  raise an invoice for each stage as well, which only needs ...*; *when a deceased person
  (...) is put into a space we log an allocation with ...*; *one death certificate per
  deceased, assigned to a doctor; ...*; *payments received go against the account with ...*;
  *a van stock line says how many of an item are on a given van and ...*.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_plural, singular, singular_phrase

_NOUN = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"


def _after(before: str, made: str) -> str:
    """*made*, after what the sentence said before it (if anything)."""
    before = before.strip(" ,")
    return f"{before}; {made}" if before else made


_ARROW_TO_ONE = re.compile(
    rf"^(?:each|every|a|an)\s+(?P<one>{_NOUN})\s*->\s*(?:a|an|one)\s+(?P<owner>{_NOUN})$"
)


def arrow_to_one(sentence: str) -> str:
    """``each sale -> a boat``: *each sale belongs to one boat*; an arrow to one of a kind is
    a link (an arrow between states, *draft -> sent*, names no *a*)."""

    def plain(clause: str) -> list[str]:
        match = _ARROW_TO_ONE.match(clause)
        if match is None:
            return [clause]
        return [f"each {match['one']} belongs to one {match['owner']}"]

    return per_clause(sentence, plain)


_LINKS_TWO = re.compile(
    rf"^(?:a|an|each|every)\s+(?P<record>{_NOUN})\s+(?:links|connects|pairs|joins)\s+"
    rf"(?:a|an|one)\s+(?P<first>{_NOUN})\s+(?:and|with|to)\s+(?:a|an|one)\s+(?P<second>{_NOUN}?)"
    r"(?:,?\s+and\s+(?:records|has|holds|notes|keeps|stores)\s+(?P<listed>.+))?$"
)


def links_two(sentence: str) -> str:
    """``a liveaboard application links a berth holder and a boat and records how many people
    will live aboard, ...``: *each liveaboard application belongs to one berth holder; ... to
    one boat; each liveaboard application has how many people ...*."""

    def plain(clause: str) -> list[str]:
        match = _LINKS_TWO.match(clause)
        if match is None or match["second"].split()[-1] in FUNCTION_WORDS:
            return [clause]
        record = match["record"]
        made = [
            f"each {record} belongs to one {match['first']}",
            f"each {record} belongs to one {match['second']}",
        ]
        return made + ([f"each {record} has {match['listed']}"] if match["listed"] else [])

    return per_clause(sentence, plain)


_GIVEN_TO_ONE_OF_THEM = re.compile(
    rf"^(?:oh,?\s+)?(?:and\s+)?(?:our|the)\s+(?P<people>{_NOUN}),\s+"
    r"(?:just\s+|only\s+)?(?P<listed>(?:a|an|the|their)\s+[^,;]+?),?\s+with\s+(?:each|every)\s+"
    rf"(?P<one>{_NOUN})\s+(?:given|assigned|allocated|handed)\s+to\s+one\s+of\s+them$"
)


def given_to_one_of_them(sentence: str) -> str:
    """``our concert tuners, just a name and a phone, with each slot given to one of them``:
    *each concert tuner has a name and a phone; each slot belongs to one concert tuner*."""
    match = _GIVEN_TO_ONE_OF_THEM.match(sentence)
    if match is None or not is_plural(match["people"].split()[-1]):
        return sentence
    person = singular_phrase(match["people"])
    return f"each {person} has {match['listed']}; each {singular(match['one'])} belongs to one {person}"


_COME_FROM_ONE = re.compile(
    rf"^(?P<things>[a-z][\w\-]*s)\s+(?:each\s+)?comes?\s+from\s+(?=(?:(?:a|an|one)\s+{_NOUN}"
    r"(?:\s+\([^()]*\))?|[a-z][\w\-]*s\s+\([^()]*\)),\s+and\s+(?:each|every)\s)"
)
_FROM_ONES_AROUND = re.compile(
    r"(?P<from>\bcomes?\s+from\s+[a-z][\w\-]*s)\s+(?:around|in|across)\s+the\s+"
    r"(?:area|county|region|district)(?=\s+\()"
)
"""*teams come from clubs around the area (...)*: where the clubs are says nothing kept."""


def come_from_one(sentence: str) -> str:
    """``teams come from a tower (...), and each team has a name`` (or *from clubs around the
    area (...)*): *teams belong to a tower (...), and ...*; where each comes from is the one it belongs to, said before its list
    (*teams come from a tower.* alone is read as a link already)."""
    sentence = _FROM_ONES_AROUND.sub(r"\g<from>", sentence)
    return _COME_FROM_ONE.sub(r"\g<things> belong to ", sentence)


_GIVE_US_EACH_WITH = re.compile(
    r"^(?P<who>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?:can|may|might|will)\s+(?:also\s+)?(?:give|send|tell)\s+us\s+"
    r"(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s),\s+each\s+with\s+(?P<listed>.+)$"
)


def give_us_each_with(sentence: str) -> str:
    """``berth holders can also give us emergency contacts, each with a name, relationship and
    phone``: *each emergency contact belongs to one berth holder; each emergency contact has
    ...*; what people give us is theirs."""
    match = _GIVE_US_EACH_WITH.match(sentence)
    if match is None:
        return sentence
    thing, who = singular_phrase(match["things"]), singular_phrase(match["who"])
    return f"each {thing} belongs to one {who}; each {thing} has {match['listed']}"


_DONE_ON_ONE_BY_ONE = re.compile(
    rf"^(?P<lead>(?:a|an|each|every)\s+(?P<record>{_NOUN})\s+is\s+[a-z]+ed(?:\s+out)?\s+"
    rf"(?:on|at|in|to|for)\s+(?:a|an|one|the)\s+{_NOUN})\s+by\s+(?:a|an|one)\s+(?P<who>{_NOUN})$"
)


def done_on_one_by_one(sentence: str) -> str:
    """``each smoke test is carried out on a flue by one engineer``: *each smoke test is
    carried out on a flue; each smoke test belongs to one engineer*; whoever does it is the
    record's, not the flue's."""

    def plain(clause: str) -> list[str]:
        match = _DONE_ON_ONE_BY_ONE.match(clause)
        if match is None:
            return [clause]
        return [match["lead"], f"each {match['record']} belongs to one {match['who']}"]

    return per_clause(sentence, plain)


_SEVERAL_TAKE_PART_IN_EACH = re.compile(
    r"^(?P<many>several|many|a\s+few|lots\s+of|multiple)\s+(?P<things>[a-z][\w\-]*s)\s+"
    rf"(?:take\s+part|play|perform|compete|sing|ring)\s+(?:in|on|at)\s+(?:each|every)\s+(?P<one>{_NOUN})$"
)


def several_take_part_in_each(sentence: str) -> str:
    """``several ringers take part in each quarter peal``: *each quarter peal has several
    ringers*; the many are the one's (never a quarter peal of one ringer)."""

    def plain(clause: str) -> list[str]:
        match = _SEVERAL_TAKE_PART_IN_EACH.match(clause)
        if match is None:
            return [clause]
        return [f"each {match['one']} has {match['many']} {match['things']}"]

    return per_clause(sentence, plain)


_CHARGED_AT_ONE_OF_THOSE = re.compile(
    r"^(?P<before>.*\b(?:of|keep|keeps|have|has|record|list)\s+"
    r"(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+with\s+[^;]*?),?\s+and\s+(?:each|every)\s+"
    rf"(?P<one>{_NOUN})\s+(?:is|gets)\s+[a-z]+ed\s+(?:at|to|with|on|against|under|in)\s+"
    r"one\s+of\s+(?:those|them|these)$"
)


def charged_at_one_of_those(sentence: str) -> str:
    """``we keep a list of season rates with a season name ..., and each stay is charged at
    one of those``: *...; each stay belongs to one season rate*, the ones just listed."""
    match = _CHARGED_AT_ONE_OF_THOSE.match(sentence)
    if match is None or not is_plural(match["things"].split()[-1]):
        return sentence
    owner = singular_phrase(match["things"])
    return f"{match['before']}; each {match['one']} belongs to one {owner}"


_HOW_MANY_OF_ONE_ON_ONE = re.compile(
    r"^(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})\s+"
    r"(?:says|shows|records|holds|has)\s+how\s+many\s+"
    rf"of\s+(?:a|an|each)\s+(?P<thing>{_NOUN})\s+(?:are|is)\s+(?:on|in|at)\s+(?:a|an|each|the)\s+"
    rf"(?:given\s+|particular\s+)?(?P<place>{_NOUN}?)(?:\s+and\s+(?P<rest>.+))?$"
)


def how_many_of_one_on_one(sentence: str) -> str:
    """``a van stock line says how many of an item are on a given van and the minimum we want
    on board``: *each van stock line belongs to one item; ... to one van; each van stock line
    has a quantity and the minimum ...*; stock of one thing in one place."""

    def plain(clause: str) -> list[str]:
        match = _HOW_MANY_OF_ONE_ON_ONE.match(clause)
        if match is None:
            return [clause]
        record = match["record"]
        # "the minimum we want on board": the least quantity, as the quantity is
        rest = re.sub(r"^(?:the|a)\s+(minimum|maximum)\b.*$", r"a \1 quantity", match["rest"] or "")
        rest = f" and {rest}" if rest else ""
        return [
            f"each {record} belongs to one {match['thing']}",
            f"each {record} belongs to one {match['place']}",
            f"each {record} has a quantity{rest}",
        ]

    return per_clause(sentence, plain)


_PICKED_FROM_OUR_LIST = re.compile(
    rf"\b(?:write|log|record|open|create|make|add)\s+(?:a|an)\s+(?P<record>{_NOUN})\s+with\s+[^;]*?"
    r"(?P<tail>,?\s+and\s+(?:we\s+)?(?:pick|choose|select)\s+(?:who|which\s+[a-z]+)\s+[a-z ]*?"
    r"from\s+(?:our|the)\s+(?:list|register|roster|pool)\s+of\s+(?P<people>[a-z][\w\-]*s))$"
)


def picked_from_our_list(sentence: str) -> str:
    """``we write a stock movement with the date ..., and pick who took it from our list of
    technicians``: *...; each stock movement belongs to one technician*."""
    match = _PICKED_FROM_OUR_LIST.search(sentence)
    if match is None:
        return sentence
    owner = singular(match["people"])
    return f"{sentence[: match.start('tail')]}; each {match['record']} belongs to one {owner}"


_ONE_FOR_ONE_SAYING = re.compile(
    r"^(?P<before>.*?)(?:,?\s+and\s+)?\b(?:we|i)\s+(?:need|want|keep|write|raise|issue|make)\s+"
    rf"(?:a|an)\s+(?P<record>{_NOUN})\s+for\s+(?:that|the|a|an|each|every)\s+(?P<owner>{_NOUN})"
    r"(?:\s+\((?P<owned>[^()]*)\))?\s+(?:saying|showing|stating|recording|noting)\s+(?P<listed>.+)$"
)


def one_for_one_saying(sentence: str) -> str:
    """``..., and we need a release for that deceased person (name and mortuary number) saying
    which funeral firm is collecting, the name of the driver, ...``: *each release belongs to
    one deceased person; each deceased person has name and mortuary number; each release has
    ...*; the record made for one of them, and what it says."""
    match = _ONE_FOR_ONE_SAYING.match(sentence)
    if match is None:
        return sentence
    record, owner = match["record"], match["owner"]
    made = [f"each {record} belongs to one {owner}"]
    if match["owned"]:
        made.append(f"each {owner} has {match['owned']}")
    made.append(f"each {record} has {match['listed']}")
    return _after(match["before"], "; ".join(made))


_RAISED_FOR_EACH_WHICH_NEEDS = re.compile(
    r"\b(?:we|i)\s+(?:raise|issue|send|make|write|create|open)\s+(?:a|an)\s+"
    rf"(?P<record>{_NOUN})\s+for\s+(?:each|every|the|a|an)\s+(?P<owner>{_NOUN}?)(?:\s+as\s+well)?,\s+"
    r"which\s+(?:only\s+|just\s+)?(?:needs|has|holds|gets|carries)\s+(?P<listed>.+)$"
)


def raised_for_each_which_needs(sentence: str) -> str:
    """``we raise an invoice for each stage as well, which only needs an invoice number and the
    date we sent it``: *each invoice belongs to one stage; each invoice has ...*."""
    match = _RAISED_FOR_EACH_WHICH_NEEDS.search(sentence)
    if match is None:
        return sentence
    record = match["record"]
    made = f"each {record} belongs to one {match['owner']}; each {record} has {match['listed']}"
    return _after(sentence[: match.start()], made)


_PUT_INTO_ONE_WE_LOG = re.compile(
    rf"^(?:when|whenever|each\s+time|every\s+time)\s+(?:a|an)\s+(?P<one>{_NOUN})"
    r"(?:\s+\((?P<owned>[^()]*)\))?\s+is\s+(?:put|set|[a-z]+ed|[a-z]+en)\s+(?:into|in|on|onto|to|at)\s+(?:a|an|the)\s+"
    rf"(?P<place>{_NOUN}),?\s+(?:we|i)\s+(?:log|record|open|create|make|write|enter)\s+(?:a|an)\s+"
    rf"(?P<record>{_NOUN})\s+with\s+(?P<listed>.+)$"
)


def put_into_one_we_log(sentence: str) -> str:
    """``when a deceased person (name and mortuary number) is put into a space, we log an
    allocation with a date in and a date out``: *each allocation belongs to one deceased person;
    ... to one space; each deceased person has name and mortuary number; each allocation has
    ...*; the record of one thing put in one place."""
    match = _PUT_INTO_ONE_WE_LOG.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    made = [f"each {record} belongs to one {one}", f"each {record} belongs to one {match['place']}"]
    if match["owned"]:
        made.append(f"each {one} has {match['owned']}")
    return "; ".join([*made, f"each {record} has {match['listed']}"])


_ONE_PER_ONE_GIVEN_TO = re.compile(
    rf"^one\s+(?P<record>{_NOUN})\s+per\s+(?P<owner>{_NOUN}),\s+(?:assigned|given|allocated|handed)\s+"
    rf"to\s+(?:a|an|one)\s+(?P<who>{_NOUN})\s*;\s+(?P<listed>.+)$"
)


def one_per_one_given_to(sentence: str) -> str:
    """``one death certificate per deceased, assigned to a doctor; date requested, ...``:
    *each death certificate belongs to one deceased; ... to one doctor; death certificate:
    date requested, ...*; a terse note's record, whose it is, who has it, and its list."""
    match = _ONE_PER_ONE_GIVEN_TO.match(sentence)
    if match is None:
        return sentence
    record = match["record"]
    return (
        f"each {record} belongs to one {match['owner']}; each {record} belongs to one "
        f"{match['who']}; {record}: {match['listed']}"
    )


_THINGS_GO_AGAINST_ONE_WITH = re.compile(
    r"(?:^|,?\s+and\s+)(?P<things>[a-z][\w\-]*s)(?:\s+[a-z]+ed)?\s+(?:go|are\s+put|are\s+logged|"
    r"are\s+recorded|are\s+entered|get\s+logged|get\s+entered)\s+against\s+(?:the|a|an|their|its)\s+"
    rf"(?P<owner>{_NOUN})\s+with\s+(?P<listed>[^;]+)$"
)


def things_go_against_one_with(sentence: str) -> str:
    """``..., and payments received go against the account with a date, an amount and a
    method``: *...; each payment belongs to one account; each payment has a date, ...*."""
    match = _THINGS_GO_AGAINST_ONE_WITH.search(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    thing = singular(match["things"])
    made = f"each {thing} belongs to one {match['owner']}; each {thing} has {match['listed']}"
    return _after(sentence[: match.start()], made)


_LOGGED_AS_ONE_TO_ONE_BY_ONE = re.compile(
    r"^(?:each|every)\s+[a-z][\w\-]*\s+is\s+(?:logged|recorded|entered|kept|booked)\s+as\s+(?:a|an)\s+"
    rf"(?P<record>{_NOUN}?)\s+(?P<links>(?:(?:to|for|at|on|by|with|in|from)\s+(?:a|an|one)\s+"
    r"[a-z][\w\-]*\s*)+),\s+with\s+(?P<listed>.+)$"
)
_ONE_LINKED = re.compile(r"(?:to|for|at|on|by|with|in|from)\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)")


def logged_as_one_to_one_by_one(sentence: str) -> str:
    """``every cut is logged as a visit to one hedge by a driver on a tractor, with the date,
    the hours ...``: *each visit belongs to one hedge; ... to one driver; ... to one tractor;
    each visit has the date, ...*."""
    match = _LOGGED_AS_ONE_TO_ONE_BY_ONE.match(sentence)
    if match is None:
        return sentence
    record = match["record"]
    made = [
        f"each {record} belongs to one {m['one']}" for m in _ONE_LINKED.finditer(match["links"])
    ]
    return "; ".join([*made, f"each {record} has {match['listed']}"])


_AT_EACH_WE_PUT_ON_SEVERAL = re.compile(
    rf"^(?:at|for|on|in)\s+each\s+(?P<owner>{_NOUN}),?\s+(?:we|i)\s+(?:put\s+on|run|hold|do|give|"
    r"make|have)\s+(?:several|a\s+few|many|some|one\s+or\s+more)\s+(?P<things>[a-z][\w\-]*s)\s*[;,]\s+"
    r"(?:and\s+)?for\s+each\s+(?:one|of\s+them),?\s+(?:we|i)\s+(?:would\s+)?(?:want|need|record|note|"
    r"keep|log)\s+(?P<listed>.+)$"
)


def at_each_we_put_on_several(sentence: str) -> str:
    """``at each show we put on a few demonstrations, and for each one I'd want the start time,
    ...``: *each demonstration belongs to one show; each demonstration has the start time, ...*."""
    match = _AT_EACH_WE_PUT_ON_SEVERAL.match(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    thing = singular(match["things"])
    return f"each {thing} belongs to one {match['owner']}; each {thing} has {match['listed']}"
