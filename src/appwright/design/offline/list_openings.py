"""Where a record's list opens, told in words the list readers do not know, said as they read
it (``lists_told_otherwise`` runs ``list_openings`` after its own; normalize runs
``taken_as_logged`` first):

- *a plan is made up of lines: each line names a product, the quantity and ...*: the lines
  are told, then what each has, a clause of its own;
- *a recipe lists its ingredients, each with a baker's percentage and ...*: several of them,
  each with what the pairing has;
- *we take a reading for a piano: the date, ...*, *we enter a fuel delivery: ...*, *a burn
  log entry goes in with ...*: a record made (for one), as *we log* tells it;
- *every competition wants a name, ...*, *each transfer names the deceased person, ...*,
  *every item they bring in gets its own record: ...*, *the deceased record holds ...*: what
  each has;
- *the crew here are just a name and a phone*, *(smiths are just a name ...)*, *and
  technicians just by name*, *we deal with the same firms ..., so I'd keep them as their own
  list with ...*, *so first the shows themselves: ...*, *for the crew we keep ...* (its members,
  where the text names them so): people and things, and their lists;
- *gets logged as a movement against its stock line: ...*, *into each file go the forms: for
  each one we record ...*, *clients I keep simply, ..., and a job is always for one client:
  I put in ...*, *..., the fitter who did it, ...*: a record, whose it is, and its list;
- *every space sits on a shelf level: top, middle or bottom*, *split into numbered spaces*:
  a value of each;
- *defects raised off a check: description, ...*: the defects' list, each of one check;
- *is put in a truck class that we set up ourselves, e.g. ...*: one of a list of their own.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import is_plural, singular

_THINGS_COLON_EACH_ONE_NAMES = re.compile(
    r"(?<=[a-z]s):\s+each\s+(?P<one>[a-z][\w\-]*)\s+(?:names|lists|gives|holds|shows|has)\s+"
    r"(?=(?:a|an|the|its|their|which|how|whether)\s)"
)
"""*..., and it is made up of lines: each line names a product, ...*: what each line has."""


_LISTS_ITS_THINGS_EACH_WITH = re.compile(
    r"\b(?P<verb>lists|uses|needs|takes)\s+(?:its|their)\s+(?=[a-z][\w\-]*s,\s+each\s+with\s)"
)
"""*a recipe lists its ingredients, each with ...*: several ingredients, each with a value of
the pairing."""


_TAKE_ONE_FOR_ONE = re.compile(
    r"\b(?:we|i)\s+(?:take|make|do|carry\s+out)\s+(?=(?:a|an)\s+[a-z][\w\-]*\s+(?:for|on)\s+"
    r"(?:a|an|each|the)\s+[a-z][\w\-]*\s*:\s)"
)
"""*whenever we visit we take a reading for a piano: the date, ...*: a record made for one of
them, its list after the colon, as *we log a reading for a piano: ...* says it."""


_ENTER_ONE = re.compile(
    r"\b(?:we|i)\s+(?:enter|write\s+up|fill\s+in|raise|open|create|add|put\s+in)\s+"
    r"(?=(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s*:\s)"
)
"""*whenever a load turns up we enter a fuel delivery: which fuel, the date, ...*: a record
made, its list after the colon."""


_GOES_IN_WITH = re.compile(
    r"(?P<joint>,\s+and\s+)?\b(?:(?:at\s+the\s+(?:end|start)\s+of|after|before)\s+(?:each|every)\s+[a-z]+,?\s+)?"
    r"(?:a|an|each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+"
    r"(?:goes|is\s+put|gets\s+put|is\s+entered|gets\s+entered|is\s+added|gets\s+added)\s+in\s+"
    r"with\s+(?=(?:a|an|the|its|their|which|how|whether)\s)"
)
"""*at the end of each day a burn log entry goes in with the date, the hearth, ...*: what each
entry has (when it goes in says nothing of it)."""


def taken_as_logged(lowered: str) -> str:
    """``we take a reading for a piano: ...``, ``we enter a fuel delivery: ...`` as *we log a
    ...: ...*, and ``a burn log entry goes in with ...`` as *each burn log entry has ...*,
    before the readers of a logged record's list (normalize calls it first)."""
    lowered = _GOES_IN_WITH.sub(
        lambda m: f"{'. ' if m['joint'] else ''}each {m['record']} has ", lowered
    )
    return _ENTER_ONE.sub("we log ", _TAKE_ONE_FOR_ONE.sub("we log ", lowered))


_WANTS_ITS_LIST = re.compile(
    r"\b(?P<lead>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:wants|should\s+have|must\s+have)\s+(?=(?:a|an|the)\s+[^.;:]*,\s)"
)
"""*so every competition wants a name, a venue, a date, ...*: what each has."""


_PEOPLE_ARE_JUST = re.compile(
    r"(?:(?:(?<=^)|(?<=[.;]\s))(?:the|our)\s+|(?<=\())(?P<people>[a-z][\w\-]*)\s+(?:here\s+)?(?:are|is)\s+"
    r"(?:just|only|simply)\s+(?=(?:a|an|their)\s+[a-z])"
)
"""*the crew here are just a name and a phone number*, *(smiths are just a name and a phone)*:
what each of them has (*clients are only a name, ..., though some have several pieces* is read
as it was)."""
_ONE_OF_A_BODY = {"crew": "crew member", "staff": "staff member", "team": "team member"}


def _each_of_them_has(match: re.Match[str]) -> str:
    people = match["people"]
    one = _ONE_OF_A_BODY.get(people) or (singular(people) if is_plural(people) else None)
    return f"each {one} has " if one else match[0]


_KEPT_AS_A_LIST_OF_THEIR_OWN = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\b(?P<said>[^.;:]*?),\s+so\s+(?:we|i)(?:'d|\s+would|\s+will)?\s+"
    r"keep\s+them\s+(?:as|in)\s+(?:their\s+own|a\s+separate|a)\s+(?:list|record|register|table)\s+"
    r"with\s+(?=(?:a|an|the|their|its)\s)"
)
"""*we deal with the same firms over and over, so I'd keep them as their own list with the
firm's name, phone, ...*: the firms, and what each has."""


_EACH_ONE_NAMES = re.compile(
    r"\b(?P<lead>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+names\s+"
    r"(?=(?:the|a|an|its|their)\s+[^.;:]*,)(?![^.;:]*\band,\s)"
)
"""*each transfer names the deceased person (...), the destination mortuary, ...*: its list."""


_AND_THEM_JUST_BY_NAME = re.compile(
    r",?\s+and\s+(?P<things>[a-z][\w\-]*s)\s+(?:just|only|simply)\s+by\s+(?:their\s+)?name\b"
)
"""*..., transport companies with a name and contact phone, and technicians just by name*."""


_LOGGED_AS_ONE_AGAINST_ITS = re.compile(
    r"\b(?:each|every|any)\s+[a-z][\w\-]*\s+(?:that|which)\s+[^:;.]*?\s+(?:gets|is)\s+"
    r"(?:logged|recorded|entered|noted)\s+as\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"against\s+(?:its|their|the|a|an)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:\s+"
)
"""*every bundle that comes in or goes out gets logged as a movement against its stock line:
date, ...*: the movement's list, and whose it is."""


_KEPT_SIMPLY_THEN_ONE_FOR_ONE = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s))(?P<things>[a-z][\w\-]*s)\s+(?:we|i)\s+keep\s+(?:simply|plainly|short),?\s+"
    r"(?:just\s+)?(?P<listed>(?:a|an|their)\s[^.;:]*?),\s+and\s+(?:a|an|each|every)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+is\s+(?:always\s+)?for\s+one\s+(?P<owner>[a-z][\w\-]*)\s*:\s+"
    r"(?:we|i)\s+(?:put\s+in|put|record|note|take|log|keep)\s+"
)
"""*clients I keep simply, just a name and a phone number, and a job is always for one client:
I put in the field it's in, ...*: the clients' list, the job's link and its list."""


def _kept_simply(match: re.Match[str]) -> str:
    record = match["record"]
    return (
        f"{match['things']} have {match['listed']}. each {record} belongs to one "
        f"{match['owner']}; each {record} has "
    )


_SITS_ON_ONE_OF = re.compile(
    r"\b(?P<lead>(?:each|every)\s+[a-z][\w\-]*)\s+(?:sits|is|goes)\s+(?:on|in|at)\s+(?:a|an)\s+"
    r"(?P<field>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:\s+"
    r"(?P<options>[a-z][\w\-]*(?:\s*,\s*[a-z][\w\-]*)*\s+or\s+[a-z][\w\-]*)(?=\s*(?:[.;]|$))"
)
"""*every space sits on a shelf level: top, middle or bottom*: a value of each, one of those."""


_SPLIT_INTO_NUMBERED = re.compile(
    r"\b(?P<split>(?:split|divided|broken)\s+(?:up\s+)?into|made\s+up\s+of)\s+numbered\s+"
    r"(?P<things>[a-z][\w\-]*s)\b"
    r"(?=\s*(?:,\s+and\b|[.;]|$)|(?P<each>,\s+each\s+with\s+(?=(?:a|an|the|its)\s)))"
)
"""*a unit is split into numbered spaces*: spaces, each with a number (no *numbered space*); so
*split into numbered draws, each with a start time*: each with a number and a start time."""


_GETS_ITS_OWN_RECORD = re.compile(
    r"\b(?P<lead>(?:each|every)\s+[a-z][\w\-]*)(?:\s+(?:they|we|you|people)\s+[a-z]+(?:\s+in|\s+out)?)?"
    r"\s+gets\s+(?:its|their)\s+own\s+(?:record|entry|line|row|card|page)\s*:\s+"
)
"""*every item they bring in gets its own record: a description, ...*: what each item has."""


_INTO_EACH_GO_THE_THINGS = re.compile(
    r"\binto\s+(?:each|every|the|a)\s+(?P<owner>[a-z][\w\-]*)\s+goe?s?\s+(?:the\s+)?"
    r"(?P<things>[a-z][\w\-]*s)\s*:\s+(?:for\s+each\s+(?:one|of\s+them),?\s+)?(?:we|i)\s+"
    r"(?:record|note|log|keep|take)\s+"
)
"""*into each file go the forms: for each one we record the form type, ...*: the forms, each
of one file, and what each has."""


def _into_each(match: re.Match[str]) -> str:
    thing = singular(match["things"])
    return f"each {thing} belongs to one {match['owner']}; each {thing} has "


_THE_ONE_WHO_DID_IT = re.compile(
    r"\b(?:each|every)\s+(?P<record>[a-z][\w\-]*)\b(?P<between>(?:(?!\b(?:each|every)\b)[^.;:])*?),\s+"
    r"the\s+(?P<who>[a-z][\w\-]*(?:\s+member)?)\s+who\s+(?:did|gave|took|ran|led|made|"
    r"carried\s+out|handled|checked|fitted)\s+(?:it|them)\b(?P<rest>[^.;]*)"
)
"""*for each recheck the horse, the date, the fitter who did it, ...*: one fitter did each."""


def _done_by_one(match: re.Match[str]) -> str:
    """*who* did it: a person, whom each record is done by."""
    who, record = match["who"], match["record"]
    return (
        f"each {record}{match['between']}, the {who}{match['rest']}; each {record} is done by "
        f"one {who}"
    )


_FIRST_THE_THINGS = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))(?:so\s+)?(?:first(?:ly)?|then|next|second(?:ly)?|finally)\s*,?\s+"
    r"(?=the\s+[a-z][\w\-]*s(?:\s+themselves)?\s*:)"
)
"""*so first the shows themselves: the name, ...*: the shows' header (no *first show*)."""


_THE_RECORD_HOLDS = re.compile(
    r"(?:(?<=^)|(?<=[.;]\s)|(?<=\n))the\s+(?P<what>[a-z][\w\-]*)\s+record\s+"
    r"(?:holds|has|keeps|contains|includes)\s+(?=(?:a|an|the|their|its)\s|[a-z]+,)"
)
"""*the deceased record holds a name, hospital number and ...*: what each of them has."""


_ON_THAT_ONE_WE_NOTE = re.compile(
    r"\bon\s+(?:(?:that|each|every)\s+(?P<record>[a-z][\w\-]*)|the\s+(?P<written>entry|form|sheet|"
    r"card|line|ticket|slip))\s+(?:we|i)(?:'d|\s+would)?\s+"
    r"(?:note|record|log|keep|put\s+down|write\s+down)\s+(?=(?:the|a|an|their|its|whether|how)\s)"
)
"""*..., and on that entry I'd note the placing, the points ...*: what each entry has; after
*the*, only a thing written on (*on the visit we write down ...*, *on the day we log ...* say
when, and are left)."""


_THE_GROUP = re.compile(
    r"(?<!time\s)(?<!date\s)(?<!one\sof\s)\b(?P<det>the|our|their)\s+(?P<group>(?:[a-z]+\s+)?(?:crew|staff))\b"
    r"(?!\s+(?:members?|rotas?|rooms?|lists?|numbers?|names?|levels?)\b)"
)
"""*for the crew we keep a name and ...*, *a list of the shore crew with ...*: its members, where
the text names them so (*several crew members go out on a shout*); *the crew* is no record of
its own there."""


_GROUP_LIST_HEADER = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<det>)(?P<group>(?:[a-z]+\s+)?(?:crew|staff))\s+list(?=\s*:)"
)
"""*shore crew list: name, phone*: the crew members' list, where they are named so."""


def _as_members(match: re.Match[str]) -> str:
    group = match["group"]
    told_as_members = re.search(rf"\b{group.split()[-1]}\s+members?\b", match.string)
    det = f"{match['det']} " if match["det"] else ""
    return f"{det}{group} members" if told_as_members else match[0]


_THINGS_RAISED_OFF_ONE = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<things>[a-z][\w\-]*s)\s+(?:raised|logged|found|recorded|noted|opened)\s+"
    r"(?:off|against|on|from|during|at)\s+(?:a|an|each|every|the)\s+(?P<one>[a-z][\w\-]*)\s*:\s"
)
"""*defects raised off a check: description, status ...*: the defects' list, each of one check
(the header names whose they are, not the check's list)."""


def _raised_off_one(match: re.Match[str]) -> str:
    things = match["things"]
    if not is_plural(things):
        return match[0]
    return f"each {singular(things)} belongs to one {match['one']}. {things}: "


_PUT_IN_ONE_WE_SET_UP = re.compile(
    r"\b(?:is|are)\s+(?:put|placed|filed|grouped|sorted)\s+(?:in|into|under)\s+(?:a|an|one)\s+"
    r"(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:that|which)\s+(?:we|i)\s+"
    r"(?:set\s+up|define|create|make\s+up|add)(?:\s+(?:ourselves|myself))?"
    r"(?:,?\s+(?:eg|e\.g\.|such\s+as|like|for\s+example)\s+[^.;]*)?"
)
"""*each truck is put in a truck class that we set up ourselves, e.g. counterbalance, ...*: a
list of their own, which each belongs to one of (the examples are rows, not values)."""


def list_openings(lowered: str) -> str:
    """Each rewrite above but ``taken_as_logged``, on the whole lowered text."""
    lowered = _EACH_ONE_NAMES.sub(r"\g<lead> has ", _FIRST_THE_THINGS.sub("", lowered))
    lowered = _THE_RECORD_HOLDS.sub(r"each \g<what> has ", lowered)
    lowered = _ON_THAT_ONE_WE_NOTE.sub(
        lambda m: f"each {m['record'] or m['written']} has ", lowered
    )
    lowered = _GETS_ITS_OWN_RECORD.sub(r"\g<lead> has ", lowered)
    lowered = _INTO_EACH_GO_THE_THINGS.sub(_into_each, lowered)
    lowered = _THE_ONE_WHO_DID_IT.sub(_done_by_one, lowered)
    lowered = _SITS_ON_ONE_OF.sub(r"\g<lead> has a \g<field> (\g<options>)", lowered)
    lowered = _SPLIT_INTO_NUMBERED.sub(
        lambda m: f"{m['split']} {m['things']}, each with a number{' and ' if m['each'] else ''}",
        lowered,
    )
    lowered = _AND_THEM_JUST_BY_NAME.sub(r"; \g<things> have a name", lowered)
    lowered = _LOGGED_AS_ONE_AGAINST_ITS.sub(
        r"each \g<record> belongs to one \g<owner>; each \g<record> has ", lowered
    )
    lowered = _KEPT_SIMPLY_THEN_ONE_FOR_ONE.sub(_kept_simply, lowered)
    lowered = _KEPT_AS_A_LIST_OF_THEIR_OWN.sub(
        lambda m: (
            f"{m['things']}{m['said']}. {m['things']} have " if is_plural(m["things"]) else m[0]
        ),
        lowered,
    )
    lowered = _WANTS_ITS_LIST.sub(
        r"\g<lead> has ", _PEOPLE_ARE_JUST.sub(_each_of_them_has, lowered)
    )
    lowered = _THINGS_COLON_EACH_ONE_NAMES.sub(r"; each \g<one> has ", lowered)
    lowered = _GROUP_LIST_HEADER.sub(_as_members, _THE_GROUP.sub(_as_members, lowered))
    lowered = _THINGS_RAISED_OFF_ONE.sub(_raised_off_one, lowered)
    lowered = _PUT_IN_ONE_WE_SET_UP.sub(
        r"belongs to one \g<thing>; each \g<thing> has a name", lowered
    )
    return _LISTS_ITS_THINGS_EACH_WITH.sub(r"\g<verb> several ", lowered)
