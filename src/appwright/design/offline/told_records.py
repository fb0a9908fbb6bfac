"""Rewrites that name the record a sentence tells of by what people do and write down.

Owners rarely say *each service visit has a date*. They say what happens: *somebody does a
service visit to a tank and writes down the date*, *which technician did each one*, *we weigh
the litter every couple of weeks, so I'd want the weighing date*, *per loan, the member files a
harvest report: ...*. Each rewrite here turns one such telling into the plain clauses the
readers know (*each X belongs to one Y*, *each X has ...*), whatever the domain; ``simplify``
runs them with the rest.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.act_nouns import (
    IRREGULAR_ACTS,
    ZERO_ACTS,
    act_noun,
    act_or_irregular_noun,
)
from appwright.design.offline.clause_rewrites import per_clause, per_match, reordered
from appwright.design.offline.fields import read_field
from appwright.design.offline.list_items import split_list
from appwright.design.offline.sentences import clauses
from appwright.design.offline.word_classes import AUXILIARIES, word_set, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_plural,
    plural,
    singular,
    singular_phrase,
    verb_form,
    verb_lemma,
)

_DOES_ONE_AND_NOTES = re.compile(
    r"^(?:(?:every|each)\s+(?:[a-z]+\s+){0,3}?(?:day|week|month|year|days|weeks|months|years)\s+|"
    r"once\s+a\s+[a-z]+\s+)?"
    r"(?P<who>somebody|someone|we|i|they|one\s+of\s+us|(?:a|an|the|our|my)\s+[a-z][\w\-]*)\s+"
    r"(?:does|do|did|carries\s+out|carry\s+out|makes|make|runs|run|performs|perform)\s+"
    r"(?:a|an)\s+(?P<act>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*?)"
    r"(?:\s+(?:to|of|on|at|for)\s+(?:a|an|each|every|one|the)\s+(?P<thing>[a-z][\w\-]*))?\s+"
    r"and\s+(?:writes?\s+down|jots?\s+down|notes?\s+down|takes?\s+down|records?|notes?|logs?|"
    r"fills?\s+in|fills?\s+out)\s+(?P<list>[^;]*(?:,|\band\b)[^;]*)$"
)


def does_one_and_notes(sentence: str) -> str:
    """``somebody does a service visit to a tank and writes down the date, the pH and any
    notes``: *each service visit belongs to one tank; each service visit has the date, ...*,
    the thing done named as the record its list describes."""

    def plain(clause: str) -> list[str]:
        match = _DOES_ONE_AND_NOTES.match(clause)
        if match is None or not can_be_noun(match.group("act").split()[-1]):
            return [clause]
        act, thing = match.group("act"), match.group("thing")
        linked = [f"each {act} belongs to one {thing}"] if thing else []
        return [*linked, f"each {act} has {match.group('list')}"]

    return per_clause(sentence, plain)


_WHICH_DID_EACH = re.compile(
    r"\b(?:know|record|note|see|track|keep\s+track\s+of|log)\s+which\s+(?P<who>[a-z][\w\-]*)\s*"
    r"(?:\((?P<list>[^()]*)\)\s*)?(?:did|does|saw|took|ran|led|made|handled|drove|taught|"
    r"carried\s+out|did)\s+(?:each\s+one|each|every\s+one)\b"
)
_THOSE_THINGS = re.compile(
    r"\b(?:those|these|the|our|their|its|his|her)\s+(?P<things>[a-z][\w\-]*s)\b"
)


def which_did_each(sentence: str) -> str:
    """``my lads do a lot of those visits, so i need to know which technician (name and
    mobile) did each one``: *each visit is done by one technician; each technician has a
    name and mobile*, the last things named before being the ones each of them did."""

    def plain(clause: str) -> list[str]:
        match = _WHICH_DID_EACH.search(clause)
        if match is None:
            return [clause]
        things = [
            found.group("things")
            for found in _THOSE_THINGS.finditer(clause[: match.start()])
            if is_plural(found.group("things"))
        ]
        if not things:
            return [clause]
        who = match.group("who")
        said = match.group("list") or match.group("after_list")
        listed = [f"each {who} has {said}"] if said else []
        before = re.sub(
            r"(?:,?\s+(?:so|and))?\s+(?:i|we)\s+(?:need|want|have|would\s+like)\s+to$",
            "",
            clause[: match.start()].rstrip(),
        )
        done = f"each {singular(things[-1])} belongs to one {who}"
        # "..., and they should only see their own visits": the ones who did them
        rest = re.sub(r"^(?:and\s+)?they\b", plural(who), clause[match.end() :].strip(" ,"))
        return [part for part in (before, done, *listed, rest) if part]

    return per_clause(sentence, plain)


_WHICH_ONE_DID_IT = re.compile(
    r"(?:(?P<lead>,?\s+and\s+(?:we|i)\s+(?:also\s+)?(?:note|record|log|keep|track)\s+"
    r"|,\s+(?:and\s+|plus\s+)?|\s+and\s+)|\s+(?P<noted>records|notes|logs|shows|says)\s+)"
    r"which\s+(?:of\s+(?:our|the|their|my)\s+)?"
    r"(?P<who>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)(?:\s*\((?P<list>[^()]*)\))?\s+"
    r"(?P<verb>sent|brought|made|did|delivered|supplied|took|gave|ran|handled|won|caught|found|"
    r"drove|led|taught|sold|bought|built|[a-z]+ed)\s+"
    r"(?:it|them|each\s+one|the\s+[a-z]+ing|the\s+(?:work|job))(?:\s+(?:out|in|over|back|off|up))?"
    # "... which referrer sent them (for referrers we keep a name, ... so we can write back)"
    r"(?:\s*\((?:for\s+(?:them|these|those|[a-z][\w\-]*s)\s+(?:we|i)\s+(?:just\s+)?"
    r"(?:keep|need|take|store|record|note)\s+)?(?P<after_list>[^()]*?)"
    r"(?:\s+so\s+(?:that\s+)?(?:we|i)\s+[^()]*)?\))?"
    # "... which referee took it, by name": the one list the doer is known by
    r"(?:,?\s+(?:just\s+|only\s+)?by\s+(?P<by_list>(?:their\s+)?(?:full\s+)?name"
    r"(?:\s+and\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)?))?"
    r"\s*(?:,\s+(?:and|but)\s+(?P<after>(?:only\s+)?[a-z][\w\-]*\s+(?:can|may|must|should|see|sees)\b.*))?$"
)
_ONE_RECORD = re.compile(r"^(?:each|every|a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?$")


def which_one_did_it(sentence: str) -> str:
    """``the cubic metres and the date received, and which of our timber suppliers (name,
    country) sent it``: *..., and the timber supplier; each timber supplier has name,
    country*, the one who did it kept as a record of its own; so is *..., and we note which
    member won it* (or *which mechanic did the work*)."""

    def plain(clause: str) -> list[str]:
        match = _WHICH_ONE_DID_IT.search(clause)
        named = match.group("who").split() if match else []
        if match is None or named[-1] in ("one", "ones", *TIME_WORDS):
            return [clause]
        who = singular_phrase(match.group("who"))
        after = [match.group("after")] if match.group("after") else []
        said = match.group("list") or match.group("after_list") or match.group("by_list")
        listed = [f"each {who} has {said}"] if said else []
        if match.group("noted"):
            # "each loan records which volunteer handed it out": the loan's volunteer
            record = clause[: match.start()]
            if _ONE_RECORD.match(record) is None:
                return [clause]
            return [f"{record} belongs to one {who}", *listed, *after]
        listed = listed or [f"each {who} has a name"]
        return [f"{clause[: match.start()]}, and the {who}", *listed, *after]

    return per_clause(sentence, plain)


_ASKS_FOR_A_NUMBER = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:asks\s+for|is\s+for|calls\s+for|requests|covers)\s+"
    r"(?:a\s+number\s+of|a\s+quantity\s+of|any\s+number\s+of|some|several)\s+"
    r"(?P<things>[a-z][\w\-]*s)(?:\s+of\s+(?:one|a\s+single|a|an)\s+(?P<kind>[a-z][\w\-]*)\s*"
    r"(?P<values>\([^()]*\)))?(?P<rest>,\s+with\s+.*)?$"
)


def asks_for_a_number(sentence: str) -> str:
    """``an order asks for a number of casks of one size (barrel, hogshead), with a
    required-by date``: *an order has a quantity, a cask size (barrel, hogshead), a
    required-by date*, how many of a thing it asks for, not a record of the things."""

    def plain(clause: str) -> list[str]:
        match = _ASKS_FOR_A_NUMBER.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        thing = singular(match.group("things"))
        kind = (
            f", a {thing} {match.group('kind')} {match.group('values')}"
            if match.group("kind")
            else ""
        )
        rest = re.sub(r"^,\s+with\s+", ", ", match.group("rest") or "")
        return [f"{match.group('record')} has a quantity{kind}{rest}"]

    return per_clause(sentence, plain)


_WHO_THEY_ARE = re.compile(
    r"^(?P<people>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\s+(?P<act>[a-z].*?),\s+(?:and|so)\s+(?:i|we)\s+"
    r"(?:need|want|have|would\s+like)\s+to\s+know\s+who\s+they\s+are,?\s+(?:so\s+|which\s+means\s+)?"
    r"(?:their|his|her|just\s+their)\s+(?P<list>[a-z].*)$"
)


def who_they_are(sentence: str) -> str:
    """``freelance setters send me puzzles, and i need to know who they are, so their name,
    email and fee``: *freelance setters send me puzzles; freelance setters have name, ...*."""

    def plain(clause: str) -> list[str]:
        match = _WHO_THEY_ARE.match(clause)
        if match is None or not is_plural(match.group("people").split()[-1]):
            return [clause]
        people = match.group("people")
        return [f"{people} {match.group('act')}", f"{people} have {match.group('list')}"]

    return per_clause(sentence, plain)


_KEEPS_A_ROSTER = re.compile(
    r"^(?:(?:our|the|my)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*|we|i)\s+"
    r"(?:keep|keeps|have|has|maintain|maintains|hold|holds|run|runs)\s+(?:a|an|one)\s+"
    r"(?:roster|register|list|database|directory|spreadsheet)\s+of\s+(?:all\s+)?(?:our\s+|the\s+)?"
    r"(?P<things>[a-z][\w\-]*s)\s*:\s*(?P<list>[^:]+)$"
)


def keeps_a_roster(sentence: str) -> str:
    """``our roller derby league keeps a roster of skaters: derby name, real name, ...``:
    *skaters have derby name, real name, ...*, the things the roster lists."""

    def plain(clause: str) -> list[str]:
        match = _KEEPS_A_ROSTER.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        return [f"{match.group('things')} have {match.group('list')}"]

    return per_clause(sentence, plain)


_PLAYED_BETWEEN = re.compile(
    r"^(?:(?:each|every|a|an|the|our)\s+)?(?P<games>[a-z][\w\-]*)\s+(?:is|are|get|gets)\s+"
    r"(?P<done>played|held|fought|run|raced|contested)(?P<said>(?:\s+(?:on|at|in)\s+[^,;]*?)?)\s+"
    r"between\s+(?:a|an|the)\s+(?P<one>[a-z]+)\s+"
    r"(?P<side>[a-z][\w\-]*)\s+and\s+(?:a|an|the)\s+(?P<other>[a-z]+)\s+(?P=side)\b(?P<rest>.*)$"
)
_ON_A_DATE = re.compile(r"\bon\s+(?:a|the|one)\s+(?:date|day)\b")
_SCORE_EACH_SIDE = re.compile(
    r"\b(?:final\s+)?(?P<score>score|result|points|goals|sets|frames|legs)\s+(?:won\s+)?(?:for|of|by)\s+"
    r"each\s+(?:side|team|of them)\b"
)
_PLAYED_AT = re.compile(
    r"\b(?:at\s+(?:a|an|one\s+of\s+our)|on\s+one\s+of\s+our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*s\b)?"
    r"(?:\s*\([^()]*\))?"
)
_AT_A_SET_TIME = re.compile(r"\bat\s+(?:a|an)\s+(?:set\s+|given\s+)?(?P<time>(?:start\s+)?time)\b")


def _with_article(phrase: str) -> str:
    return f"{'an' if phrase[:1] in 'aeiou' else 'a'} {phrase}"


def played_between(sentence: str) -> str:
    """``bouts are played between a home team and an away team on a date at a venue (...),
    and we record the final score for each side``: *each bout has a home team, an away team,
    a date, a home score and an away score, and is played at a venue (...)*; the two sides
    are two links to one record, and a score for each side is a score of each."""
    head, _, tail = sentence.partition("; ")
    match = _PLAYED_BETWEEN.match(head)
    if match is None or (tail and not _SCORE_EACH_SIDE.search(tail)) or ";" in tail:
        return sentence
    one, other, side = match.group("one", "other", "side")
    # "played on one of our courts at a set start time between ...": said before the sides;
    # "...; for each match we note the sets won by each side": the score of each side
    rest = f"{match['said']} {match['rest']} {tail}"
    items = [_with_article(f"{one} {side}"), _with_article(f"{other} {side}")]
    if _ON_A_DATE.search(rest):
        items.append("a date")
    timed = _AT_A_SET_TIME.search(rest)
    if timed:
        items.append(f"a {timed['time']}")
    score = _SCORE_EACH_SIDE.search(rest)
    if score:
        items += [
            _with_article(f"{one} {score.group('score')}"),
            _with_article(f"{other} {score.group('score')}"),
        ]
    place = _PLAYED_AT.search(rest)
    where = f", and is {match.group('done')} {place.group(0)}" if place else ""
    return (
        f"each {singular(match.group('games'))} has {', '.join(items[:-1])} and {items[-1]}{where}"
    )


_PER_ONE_FILES = re.compile(
    r"^(?:per|for\s+each|for\s+every)\s+(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),?"
    r"\s+(?:the|a|an|each|every|our)\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?:files|fills\s+in|fills\s+out|writes|submits|completes|sends|leaves|hands\s+in|gives\s+us)\s+"
    r"(?:a|an|one)\s+(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*(?::|,?\s+with)\s+(?P<list>[^;]+)$"
)


def per_one_files(sentence: str) -> str:
    """``per loan, the member files a harvest report: did it grow (yes/no), ...``: *each
    harvest report belongs to one loan; each harvest report has did it grow (yes/no), ...*,
    what someone files for each of a record."""

    def plain(clause: str) -> list[str]:
        match = _PER_ONE_FILES.match(clause)
        if match is None or is_plural(match.group("one").split()[-1]):
            return [clause]
        made = match.group("made")
        return [
            f"each {made} belongs to one {match.group('one')}",
            f"each {made} has {match.group('list')}",
        ]

    return per_clause(sentence, plain)


_DID_IT = re.compile(
    r"(?P<lead>(?:^|[:,]|\bhas|\bhave|\bwith)\s*)(?:did|does|do|has|have)\s+(?P<who>it|they|he|she)\s+"
    r"(?P<verb>[a-z]+)\b(?=\s*(?:\(|,|;|$|\s+(?:and|or)\s))"
)


def question_as_whether(sentence: str) -> str:
    """``a harvest report: did it grow (yes/no), ...``: *whether it grew (yes/no)*, a question
    kept as its answer."""

    def plain(match: re.Match[str]) -> str:
        lemma = verb_lemma(match.group("verb"))
        if lemma is None or lemma in AUXILIARIES:
            return match.group(0)
        lead = match.group("lead")
        space = "" if lead.endswith(" ") or not lead else " "
        return f"{lead}{space}whether {match.group('who')} {verb_form(lemma, 'VBD')}"

    return _DID_IT.sub(plain, sentence)


_WHEN_WE_WRITE_UP = re.compile(
    r"(?P<before>^|.*?,\s+(?:and\s+)?)when\s+[^;:]+?,?\s+(?:i|we)\s+"
    r"(?:write|writes|note|record|log|open|start|create|make|fill|jot)\s+(?:up\s+|down\s+|in\s+|out\s+)?"
    r"(?:a|an|the)\s+(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:\s*(?P<list>[^;:]+)$"
)


def when_we_write_up(sentence: str) -> str:
    """``when someone brings in a piece to frame we write up an order: the width, ...``:
    *each order has the width, ...*, the record written when it happens."""

    def plain(clause: str) -> list[str]:
        match = _WHEN_WE_WRITE_UP.match(clause)
        if match is None or not can_be_noun(match.group("made").split()[-1]):
            return [clause]
        before = match.group("before").rstrip(" ,")
        before = re.sub(r",?\s+and$", "", before)
        owned = f"each {match.group('made')} has {match.group('list')}"
        return [before, owned] if before else [owned]

    return per_clause(sentence, plain)


_PUT_EACH_AND_NEED = re.compile(
    r"^(?:i|we)\s+(?:put|place|assign|book|seat|add)\s+(?:each|every)\s+(?P<one>[a-z][\w\-]*)\s+"
    r"(?:onto|on|into|in|to)\s+(?:one|a|an)\s+(?P<place>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+"
    r"(?:need|keep|take|note|record|want)\s+(?:their|his|her|its)\s+(?P<list>.+)$"
)


def put_each_and_need(sentence: str) -> str:
    """``we put each passenger onto one flight and need their name, email, ...``: *each
    passenger belongs to one flight; each passenger has name, email, ...*."""

    def plain(clause: str) -> list[str]:
        match = _PUT_EACH_AND_NEED.match(clause)
        if match is None:
            return [clause]
        one = match.group("one")
        return [
            f"each {one} belongs to one {match.group('place')}",
            f"each {one} has {match.group('list')}",
        ]

    return per_clause(sentence, plain)


_DONE_EVERY_SO_NOTE = re.compile(
    r"^(?P<before>.*?,\s+and\s+)?(?:i|we)\s+(?P<verb>[a-z]+)\s+(?:the|each|every|a)\s+(?P<thing>[a-z][\w\-]*)\s+"
    r"(?:every|each|once|twice|regularly|weekly|monthly|daily)\b[^,;]*,?\s+so\s+(?:i|we)\s+"
    r"(?:would\s+|will\s+)?(?:want|need|note|record|keep|log)\s+(?P<list>[^;]+?)\s+"
    r"(?:against|for|on)\s+(?:the|that|each|every)\s+(?P=thing)$"
)


def done_every_so_note(sentence: str) -> str:
    """``we weigh the litter every couple of weeks, so i'd want the weighing date and the
    average weight against the litter``: *each weighing belongs to one litter; each weighing
    has the date and the average weight*, the act done again and again kept each time."""

    def plain(clause: str) -> list[str]:
        match = _DONE_EVERY_SO_NOTE.match(clause)
        act = act_noun(match.group("verb")) if match else None
        if match is None or act is None:
            return [clause]
        listed = re.sub(rf"\b{act}\s+(?=date\b|time\b)", "", match.group("list"))
        before = re.sub(r",\s+and\s+$", "", match.group("before") or "")
        done = [f"each {act} belongs to one {match.group('thing')}", f"each {act} has {listed}"]
        return [before, *done] if before else done

    return per_clause(sentence, plain)


_NEED_ONE_WE_LOG = re.compile(
    r"^(?:some\s+|many\s+|most\s+|all\s+)?(?P<things>[a-z][\w\-]*s)\s+(?:need|needs|require|requires|get|gets)\s+"
    r"(?:a|an)\s+(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?),\s+which\s+(?:i|we)\s+"
    r"(?:log|record|note|keep|track|file)\s+(?:against|for|on|with)\s+(?:the|that|each|every)\s+[a-z][\w\-]*\s+"
    r"with\s+(?P<list>[^;]+)$"
)


def need_one_we_log(sentence: str) -> str:
    """``some jobs need a cemetery permit, which we log against the job with the cemetery
    name, ...``: *each cemetery permit belongs to one job; each cemetery permit has ...*."""

    def plain(clause: str) -> list[str]:
        match = _NEED_ONE_WE_LOG.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        made, one = match.group("made"), singular(match.group("things"))
        return [f"each {made} belongs to one {one}", f"each {made} has {match.group('list')}"]

    return per_clause(sentence, plain)


_SAYING_WHICH = re.compile(
    r"^(?P<before>.*?)\b(?:i|we)\s+(?:create|open|make|write\s+up|set\s+up|raise|start)\s+(?:a|an)\s+"
    r"(?P<made>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:saying|showing|recording|stating|noting)\s+"
    r"which\s+(?P<one>[a-z][\w\-]*)\s+(?:[a-z]+\s+){1,2}?(?:for|on|in|from|with|under)\s+which\s+"
    r"(?P<other>[a-z][\w\-]*)(?:,?\s+with\s+(?P<list>[^;]+))?$"
)


def saying_which(sentence: str) -> str:
    """``when somebody moves in we create a tenancy saying which flat they got for which
    application, with the start date``: *each tenancy belongs to one flat; ... to one
    application; each tenancy has the start date*, the record that ties the two."""

    def plain(clause: str) -> list[str]:
        match = _SAYING_WHICH.match(clause)
        if match is None:
            return [clause]
        made = match.group("made")
        tied = [f"each {made} belongs to one {match.group(n)}" for n in ("one", "other")]
        listed = [f"each {made} has {match.group('list')}"] if match.group("list") else []
        return [*tied, *listed]

    return per_clause(sentence, plain)


_WHICH_WENT_WHERE = re.compile(
    r"\b(?:record|note|log|track|keep\s+track\s+of|know|see)\s+which\s+(?P<things>[a-z][\w\-]*)\s+"
    r"(?:went|go|goes|are\s+put|were\s+put|was\s+put|is\s+put|moved|move|moves)\s+"
    r"(?:into|in|to|onto)\s+which\s+(?P<place>[a-z][\w\-]*),?\s+with\s+(?P<list>[^;]*,[^;]*)$"
)


def which_went_where(sentence: str) -> str:
    """``i'd like to record which fish went into which tank, with the species, how many and
    the price``: *each fish belongs to one tank; each fish has the species, ...*, the things
    moved kept with where they went."""

    def plain(clause: str) -> list[str]:
        match = _WHICH_WENT_WHERE.search(clause)
        if match is None:
            return [clause]
        thing, place = singular(match.group("things")), singular(match.group("place"))
        return [
            f"each {thing} belongs to one {place}",
            f"each {thing} has {match.group('list')}",
        ]

    return per_clause(sentence, plain)


_WHICH_DID_WHICH = re.compile(
    r"^(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:\s+which\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?P<did>[a-z]+)\s+(?:to|at|on|for|in|into|from|with)\s+which\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:,?\s+(?:and|plus|with)\s+(?P<rest>.+))?$"
)


def which_did_which(sentence: str) -> str:
    """``attendance: which volunteer came to which work party and the hours they worked``:
    *each attendance belongs to one volunteer; each attendance belongs to one work party; each
    attendance has the hours they worked*; a record headed by who did what where."""

    def plain(clause: str) -> list[str]:
        match = _WHICH_DID_WHICH.match(clause)
        if match is None or verb_lemma(match["did"]) is None:
            return [clause]
        record = singular(match["record"])
        made = [
            f"each {record} belongs to one {match['who']}",
            f"each {record} belongs to one {match['what']}",
        ]
        if match["rest"]:
            made.append(f"each {record} has {match['rest']}")
        return made

    return per_clause(sentence, plain)


_SAME_ACT = 0.7
"""How alike a verb and a noun must be spelt to be one act (*enter* and *entry*, *attend*
and *attendance*, *book* and *booking*)."""
_DOES_MANY_SO_EACH = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?P<who>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>[a-z]+s)\s+(?:(?:loads|lots|plenty|a\s+lot|dozens)\s+of\s+|many\s+|several\s+|"
    r"various\s+|a\s+few\s+)?(?P<things>[a-z][\w\-]*s)\b[^;,]*?(?:,?\s+(?:so|and)\s+|;\s+)"
    r"(?=for\s+(?:each|every)\s+(?P<act>[a-z][\w\-]*)\s)"
)


def does_many_so_each(sentence: str) -> str:
    """``a squad enters many competitions over the year, so for each entry i note the fee``:
    *each entry belongs to one squad; each entry belongs to one competition; for each entry i
    note the fee*; the act's own name, said right after, is the record of each time."""

    def plain(match: re.Match[str]) -> str:
        lemma, act = verb_lemma(match["verb"]), match["act"]
        if lemma is None or SequenceMatcher(None, lemma, act).ratio() < _SAME_ACT:
            return match[0]
        who = match["who"].split(maxsplit=1)[1]
        return (
            f"{match['lead']}each {act} belongs to one {who}; each {act} belongs to one"
            f" {singular(match['things'])}; "
        )

    return _DOES_MANY_SO_EACH.sub(plain, sentence)


_ASSIGNS_THEN_EACH = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)(?:(?:the|a|an|our|each|every)\s+)?[a-z][\w\-]*\s+"
    r"(?:assigns|allocates|sends|puts|appoints)\s+(?P<people>[a-z][\w\-]*s)\s+to\s+"
    r"(?:a|an|the|each|every)\s+(?P<thing>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:,?\s+and\s+|;\s+)(?=(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:has|gets|records|notes)\s)"
)


def assigns_then_each(sentence: str) -> str:
    """``the editor assigns reviewers to a manuscript, and each review has a recommendation``:
    *each review belongs to one reviewer; each review belongs to one manuscript; each review
    has ...*; what the people assigned write is named after what they do (*reviewer*,
    *review*; *inspector*, *inspection*)."""

    def plain(match: re.Match[str]) -> str:
        person, record = singular(match["people"]), match["record"]
        shared = _shared_start(person, record)
        if shared < _SHARED_STEM or shared < min(len(person), len(record)) - 3 or person == record:
            return match[0]
        return (
            f"{match['lead']}each {record} belongs to one {person}; each {record} belongs to one"
            f" {match['thing']}; "
        )

    return _ASSIGNS_THEN_EACH.sub(plain, sentence)


_ONE_OF_OURS_ON = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+|\band\s+)(?:i|we)\s+(?:also\s+)?"
    r"(?:put|assign|allocate|send|appoint|place|give)\s+one\s+of\s+(?:the|our|my)\s+"
    r"(?P<people>[a-z][\w\-]*s)\s+(?:on|onto|to)\s+(?:each|every|the|a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*)(?:\s*\((?P<aside>[^()]*)\))?(?P<end>\s*(?:[,;]|$))"
)
_FOR_THEM_WE_NEED = re.compile(
    r"^for\s+(?:them|each|each\s+one|every\s+one)\s+(?:i|we)\s+(?:only\s+|just\s+)?(?:need|keep|want|take|record)\s+"
    r"(?P<list>.+)$"
)


def one_of_ours_on(sentence: str) -> str:
    """``i put one of the fitters on each job (for them i only need a name)``: *each job has
    one fitter; each fitter has a name*; the one person given to every record of a kind."""

    def plain(match: re.Match[str]) -> str:
        person = singular(match["people"])
        if not can_be_noun(person) or person == match["thing"]:
            return match[0]
        aside = _FOR_THEM_WE_NEED.match(match["aside"] or "")
        if match["aside"] and aside is None:
            return match[0]
        # "(for them i only need a name)": what is kept about each of the people
        theirs = f"; each {person} has {aside['list']}" if aside else ""
        return f"{match['lead']}each {match['thing']} has one {person}{theirs}{match['end']}"

    return _ONE_OF_OURS_ON.sub(plain, sentence)


_THEN_OPEN_FOR_THEM = re.compile(
    r"^(?P<head>(?:when\s+)?(?:a|an)\s+(?P<who>[a-z][\w\-]*)\s+[a-z]+"
    r"(?:\s+(?:up|in|by|round|over|back))?,?\s+(?:i|we)\s+[^;]+?),\s+(?:and\s+)?then\s+"
    r"(?:open|create|start|raise|make|set\s+up|add|log|book)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*)\s+"
    r"for\s+(?:them|him|her)\s+with\s+(?P<list>[^;]+?)"
    r"(?:,\s+and\s+(?P<rest>(?:i|we)\s+[^;]+))?$"
)


_ONCE_READY_FOR_THEM = re.compile(
    r"^(?:once|when|after|as\s+soon\s+as)\s+(?:a|an)\s+(?P<who>[a-z][\w\-]*)\s+(?:is|gets|has)\s+"
    r"[a-z][\w\-]*,?\s+(?:we|i)\s+(?:enter|open|create|add|log|book|record|start|set\s+up|arrange)\s+"
    r"(?:a|an)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+for\s+(?:them|him|her)\s+with\s+"
    r"(?P<list>[^;]+)$"
)


def then_open_for_them(sentence: str) -> str:
    """``a customer rings up, i take their name and email, then open a job for them with the
    address and the date, and i put a fitter on it``: *...; each job is for one customer; each
    job has the address and the date; i put a fitter on each job*; the record opened for the
    one who called, with its own list; so is ``once a student is ready we enter a driving test
    for them with ...``."""
    ready = _ONCE_READY_FOR_THEM.match(sentence)
    if ready and ready["record"] != ready["who"]:
        # "once a student is ready we enter a driving test for them with the test date"
        record = ready["record"]
        return f"each {record} is for one {ready['who']}; each {record} has {ready['list']}"
    match = _THEN_OPEN_FOR_THEM.match(sentence)
    if match is None or not can_be_noun(match["record"]) or match["record"] == match["who"]:
        return sentence
    record = match["record"]
    plain = [
        match["head"],
        f"each {record} is for one {match['who']}",
        f"each {record} has {match['list']}",
    ]
    if match["rest"]:
        plain.append(re.sub(r"\b(?:on|to|for)\s+it\b", f"on each {record}", match["rest"]))
    return "; ".join(plain)


_SHARED_STEM = 4
"""The fewest letters an agent noun and an act noun share when one names the other."""


def _shared_start(first: str, second: str) -> int:
    """How many letters two words share from their start (*inspector*, *inspection*: 7)."""
    pairs = zip(first, second, strict=False)  # the shorter word ends the comparison
    return next(
        (index for index, (a, b) in enumerate(pairs) if a != b), min(len(first), len(second))
    )


_ONE_FOR_EVERY = re.compile(
    r"^(?:a|an|each|every)\s+(?P<owner>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:has|gets|keeps)\s+"
    r"(?:a|an|one)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+for\s+(?:every|each)\s+"
    r"(?P<other>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+(?:who|that|which)\s+[^,;]+)?,?\s+"
    r"with\s+(?P<list>.+)$"
)


def one_for_every(sentence: str) -> str:
    """``a booking has a tally for every shearer who worked it, with the number of sheep``:
    *each tally belongs to one booking; each tally belongs to one shearer; each tally has the
    number of sheep*; one record per pairing of the two."""

    def plain(clause: str) -> list[str]:
        match = _ONE_FOR_EVERY.match(clause)
        if match is None:
            return [clause]
        record = match["record"]
        return [
            f"each {record} belongs to one {match['owner']}",
            f"each {record} belongs to one {match['other']}",
            f"each {record} has {match['list']}",
        ]

    return per_clause(sentence, plain)


_WHICH_PLAYS_WHICH = re.compile(
    r"(?P<lead>^|;\s+|,\s+and\s+)for\s+(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:we|i)\s+"
    r"(?:store|record|note|keep|log|track)\s+which\s+(?P<who>[a-z][\w\-]*)\s+(?P<verb>[a-z]+s)\s+"
    r"which\s+(?P<what>[a-z][\w\-]*)(?:\s+(?:in|at|on|for|of|from)\s+which\s+(?P<where>[a-z][\w\-]*))?"
    r"(?=;|$)"
)


def which_plays_which(sentence: str) -> str:
    """``for every casting we store which member plays which part in which production``:
    *each casting has the member, the part and the production*; each *which* is one of the
    record's own (a link where the owner speaks of many of them)."""

    def plain(match: re.Match[str]) -> str:
        if verb_lemma(match["verb"]) is None:
            return match[0]
        named = [f"the {match[part]}" for part in ("who", "what", "where") if match[part]]
        listed = f"{', '.join(named[:-1])} and {named[-1]}"
        return f"{match['lead']}each {match['record']} has {listed}"

    return _WHICH_PLAYS_WHICH.sub(plain, sentence)


_LIGHT_VERBS = word_set(
    "place make take do give get have put submit raise file log send open start"
)
"""Verbs whose object is the record itself (*places an order*, *raises a ticket*)."""
_WHEN_ONE_ACTS = re.compile(
    r"^(?:when|whenever|each\s+time|every\s+time|once)\s+"
    r"(?P<who>(?:a|an|each|every|any)\s+[a-z][\w\-]*|one(?:\s+of\s+them)?|someone|somebody|"
    r"one\s+of\s+(?:our|the|my|their)\s+(?P<ours>[a-z][\w\-]*s))\s+"
    r"(?P<verb>[a-z][\w\-]*s)(?:\s+(?P<particle>off|up|out|over|back|down|in)(?=\s+(?:a|an)\s))?"
    r"(?:\s+(?:a|an|some|(?P<one>one))\s+(?P<thing>[a-z][\w\-]*)|"
    r"\s+the\s+[a-z][\w\-]*|\s+(?:something|anything))?"
    r"(?:\s+(?:for|to|with)\s+(?:a|an|one)\s+(?P<whom>[a-z][\w\-]*))?"
    r"(?:\s+(?:at|in|on|during)\s+(?:a|an|one)\s+(?P<place>[a-z][\w\-]*))?,?\s+"
    r"(?:we|i)\s+(?:also\s+)?(?:record|note|log|take|keep|enter|(?:write|jot|note|take)\s+down)\s+"
    r"(?P<list>(?:the|a|an|their|its|how|what|which|when|whether|who)\b[^;]*(?:,|\band\b)[^;]*)$"
)
_WHO_DID_IT = re.compile(r"^who\s+[a-z]+\s+(?:it|them),\s+")
"""*We write down who took it, the day they took it ...*: the one who acts, the doer the
clause names, so no item of the act's list."""
_MADE_WITH = re.compile(
    r"^(?:a|an)\s+(?P<record>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+with\s+(?P<list>[^;]+)$"
)
"""*We record a repair with the date, ...*: the record the act makes, and its list."""
_ANYONE = word_set("someone somebody")
_SPEAKS_OF_THE_DOER = word_set("they their them who")
"""*We note the belt they're going for, their score ...*: a list about the doer's act."""
_SUBJECT_PEOPLE = re.compile(
    r"^(?:the\s+|our\s+)?(?P<people>[a-z][\w\-]*s)\s+(?:are|have|get|come)\b"
)


def when_one_acts(sentence: str) -> str:
    """``when a stockist orders we record the order date, the sauce and ...``: *each order
    belongs to one stockist; each order has ...*, the act's own record, made by whoever does
    it (``one`` is one of the people the sentence opened with: *stockists are the shops that
    carry us, ...; when one orders ...*). A list about the doer is the act's (*when a student
    enters a grading we note their score ...*: an entry, of both), *one* of a kind told before
    is a record of both (*when a coach earns one qualification* → coach qualifications), and
    *something* borrowed is the loan, its *who took it* the borrower. A phrasal act is its
    noun (*whenever an instructor signs off an exercise for a student we note ...*: a sign-off,
    the instructor's, for the exercise and the student)."""
    parts = clauses(sentence)
    opened = _SUBJECT_PEOPLE.match(parts[0]) if parts else None

    def plain(clause: str) -> list[str]:
        match = _WHEN_ONE_ACTS.match(clause)
        lemma = verb_lemma(match.group("verb")) if match else None
        if match is None or lemma is None or lemma in AUXILIARIES:
            return [clause]
        who = match.group("who")
        made = _MADE_WITH.match(match["list"]) if match["thing"] else None
        if made and not can_be_noun(made["record"].split()[-1]):
            made = None
        if re.match(r"(?:a|an)\s", match["list"]) and (made is None or who in _ANYONE):
            # "when a boiler breaks we log a fault: ...": named; "when someone borrows a tool
            # we record a loan with ...": named, and *someone* names no record of its own
            return [clause]
        if who in _ANYONE:
            # "when someone borrows a book": the one who borrows, a borrower
            doer = f"{lemma}er" if lemma and can_be_noun(f"{lemma}er") else None
            if doer is None:
                return [clause]
        elif match["ours"]:
            doer = singular(match["ours"])  # "one of our engineers"
        elif who.startswith("one"):
            if opened is None or clause == parts[0]:
                return [clause]
            doer = singular(opened.group("people"))
        else:
            doer = who.split()[-1]
        people = who.startswith("one")
        thing, listed = match["thing"], _WHO_DID_IT.sub("", match["list"])
        act = act_noun(lemma) if thing and lemma not in DEALING_VERBS | _LIGHT_VERBS else None
        phrasal = f"{lemma}-{match['particle']}" if match["particle"] else None
        if phrasal and thing and can_be_noun(phrasal):
            act = phrasal  # "whenever an instructor signs off an exercise ...": a sign-off
        named = IRREGULAR_ACTS.get(lemma) or act_noun(lemma)
        if made is not None:
            # "when one of our mechanics fixes a van we record a repair with the date, ...":
            # the record named, the mechanic's and the van's
            act, listed = made["record"], made["list"]
        elif thing and act is None and match["one"]:
            # "when a coach earns one we log the date awarded, ...", one of the kinds told
            # before: the record of both, unless a dealing names it (a loan, a booking)
            act = act_or_irregular_noun(lemma) if lemma in DEALING_VERBS else f"{doer} {thing}"
        elif thing and act is None and named and _SPEAKS_OF_THE_DOER & set(words(listed)):
            # "when a student enters a grading we note their score ...": the entry's list
            act = named
        if thing and named and named in words(listed):
            act = named  # "when someone borrows a book we record the loan date ...": a loan
        if thing and act and can_be_noun(thing) and thing not in listed.split():
            # "when one of our engineers inspects a property we record ...": the inspection,
            # done by the engineer, of the property
            whom = match["whom"]
            # "... signs off an exercise for a student ...": the one it is done for, too
            for_whom = (
                [f"each {act} belongs to one {whom}"]
                if whom and whom not in (doer, thing) and can_be_noun(whom)
                else []
            )
            return [
                f"each {act} belongs to one {doer}",
                f"each {act} is for one {thing}",
                *for_whom,
                f"each {act} has {listed}",
            ]
        place = match["place"]
        record = thing or _act_record(lemma, listed, people=people)
        if record is None and place and not thing:
            # "whenever a dog runs the course at a session we write down its time": a run
            record = act_or_irregular_noun(lemma)
        if record is None or record == doer or not can_be_noun(doer):
            return [clause]
        told = [f"each {record} belongs to one {doer}", f"each {record} has {listed}"]
        if place and place not in (record, doer) and can_be_noun(place):
            told.insert(1, f"each {record} belongs to one {place}")
        return told

    return per_clause(sentence, plain)


DEALING_VERBS = (
    ZERO_ACTS
    | frozenset(IRREGULAR_ACTS)
    | word_set("book reserve enrol enroll register rent apply donate pay subscribe")
)
"""Acts that are a dealing with the business, each time a record of its own (*when a member
books ...*); *when an item arrives we note the date and its condition* is the item's."""


def _act_record(lemma: str, listed: str, *, people: bool) -> str | None:
    """The record of an act: the verb itself where the list names it so (*orders ... the
    order date*), else the act's noun (*books* → booking, *sells* → sale) when the act is a
    dealing or people do it."""
    if lemma in listed.split() and can_be_noun(lemma):
        return lemma
    if lemma in ZERO_ACTS:
        return lemma
    return act_or_irregular_noun(lemma) if people or lemma in DEALING_VERBS else None


_MAKE_THEM_FOR = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?[a-z][\w\-]*s)\s+(?:(?P<first>[^;]+?),?\s+and\s+)?"
    r"(?:(?P<verb>place|make|submit|put\s+in|request)\s+(?P<made>[a-z][\w\-]*s)|"
    r"(?P<booking>book|reserve)\s+(?:a|an|one)\s+(?P<booked>[a-z][\w\-]*))\s+"
    r"for\s+(?P<list>(?:a|an|the|one|how)\s+[^;:]+?)(?:,\s+and\s+(?P<after>[^;:]+))?$"
)


_ONE_MAKES_ONE_FOR = re.compile(
    r"^(?:(?:a|an|each|every)\s+)(?P<who>[a-z][\w\-]*)\s+(?:makes|places|submits|puts\s+in|sends\s+in|"
    r"fills\s+in|files|lodges)\s+(?:a|an)\s+(?P<made>[a-z][\w\-]*)\s+for\s+"
    r"(?P<list>(?:a|an|the|one)\s+[^;]+?(?:,|\sand\s)[^;]+)$"
)


def one_makes_one_for(sentence: str) -> str:
    """``an organiser makes an application for a street, a party date and an expected number
    of guests, saying whether ...``: *each application belongs to one organiser; each
    application has a street, a party date, ...*, when the list holds a date or a number."""

    def plain(match: re.Match[str]) -> list[str] | None:
        if match["who"] == match["made"]:
            return None
        listed = re.sub(r",?\s+(?:saying|stating|with)\s+(?=whether\b)", ", and ", match["list"])
        read = [read_field(item) for item in split_list(listed)]
        if not any(d is not None and d.type in ("date", "datetime", "integer") for d in read):
            return None
        made = match["made"]
        return [f"each {made} belongs to one {match['who']}", f"each {made} has {listed}"]

    return per_match(sentence, _ONE_MAKES_ONE_FOR, plain)


def make_them_for(sentence: str) -> str:
    """``customers place orders for a chosen collection date``, ``clients make bookings for a
    date and a number of guests``: *customers place orders; each order has a chosen collection
    date*, when every item after *for* is a value (a date, a number) and no thing; a predicate
    before it (*customers sign up with ... and place orders for ...*) is a clause of its own;
    ``customers book a session for a number of jumpers``: a booking of theirs for a session."""

    def plain(clause: str) -> list[str]:
        match = _MAKE_THEM_FOR.match(clause)
        if match is None or (match.group("made") and not is_plural(match.group("made"))):
            return [clause]
        items = split_list(match.group("list"))
        read = [read_field(item) for item in items]
        if (
            not items
            or any(draft is None or draft.type == "text" for draft in read)
            # "..., saying how many players": an act goes on with more of the list
            or any(words(item)[:1] and words(item)[0].endswith("ing") for item in items)
        ):
            return [clause]
        who = match.group("who")
        first = [f"{who} {match.group('first')}"] if match.group("first") else []
        after = [match.group("after")] if match.group("after") else []
        if match.group("booking"):
            # "customers book a session for a number of jumpers": a booking of theirs, for one
            act = act_noun(match.group("booking"))
            if act is None:
                return [clause]
            return [
                *first,
                f"each {act} belongs to one {singular(who)}",
                f"each {act} is for one {match.group('booked')}",
                f"each {act} has {match.group('list')}",
                *after,
            ]
        made = match.group("made")
        return [
            *first,
            f"{who} {match.group('verb')} {made}",
            f"each {singular(made)} has {match.group('list')}",
            *after,
        ]

    return per_clause(sentence, plain)


_IS_A_KIND_FOR = re.compile(
    r"^(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+(?:i|we)\s+[a-z]+)?)\s+is\s+(?:a|an|one)\s+"
    r"(?P<kind>[a-z][\w\-]*)\s+(?=(?:for|from)\s+(?:one|a|an|the)\s+[a-z])"
)


def is_a_kind_for(sentence: str) -> str:
    """``every wig i make is an order for one client, with ...``: *every wig i make is for one
    client, with ...*; what kind of record it is (*an order*) is no field of it."""

    def reorder(match: re.Match[str], rest: str) -> str | None:
        if not can_be_noun(match.group("kind")) or verb_lemma(match.group("kind")) == "be":
            return None
        return f"{match.group('subject')} is {rest}"

    return reordered(sentence, _IS_A_KIND_FOR, reorder)


_COUNTED_THEN_EACH = re.compile(
    r"\b(?:needs|has|gets|goes\s+through|takes)\s+"
    r"(?:several|a\s+few|a\s+couple\s+of|many|multiple)\s+(?P<things>[a-z][\w\-]*s)"
    r"\s*[,;]?\s+(?:and\s+)?for\s+(?:each|every)\s+(?:one\s+of\s+them|one|of\s+them)\b"
)


def for_each_counted(sentence: str) -> str:
    """``a wig needs several fittings, and for each one i jot down the date, ...``: *a wig has
    several fittings; for each fitting i jot down ...*, the things of its own the clause
    counted (``simplify`` reads *for each one* as the subject before it, *houses sit on a
    round; for each one ...*, first; *a job can use several parts, and for each one ...* is
    each use of a part)."""

    def each(match: re.Match[str]) -> str:
        things = match.group("things")
        if not is_plural(things) or things in words(sentence[: match.start()]):
            return match.group(0)  # named before: things of their own, not the record's
        # "needs several fittings, and for each one ...": fittings of its own, which it has
        return f"has several {things}; for each {singular(things)}"

    return _COUNTED_THEN_EACH.sub(each, sentence)


_THEIR_LIST_OF = re.compile(
    r"(?P<lead>^|,\s+(?:and\s+)?)(?:each|every)\s+(?P<owner>[a-z][\w\-]*)'s\s+"
    r"(?:[a-z][\w\-]*\s+){0,2}?(?:is|are)\s+"
    r"(?:a\s+list|a\s+set|a\s+series|a\s+number|made\s+up)\s+of\s+(?P<things>[a-z][\w\-]*s)\b"
)


def list_of_theirs(sentence: str) -> str:
    """``..., and each client's care plan is a list of tasks with a description``: *...; each
    client has several tasks with ...*, the things in it the owner's own."""

    def theirs(match: re.Match[str]) -> str:
        if not is_plural(match.group("things")):
            return match.group(0)
        lead = "; " if match.group("lead") else ""
        return f"{lead}each {match.group('owner')} has several {match.group('things')}"

    return _THEIR_LIST_OF.sub(theirs, sentence)


_BOOKED_THEN_ON_THE_DAY = re.compile(
    r"^(?P<first>.*?\b(?:books?|orders?|arranges?|requests?|schedules?)\s+(?:a|an)\s+"
    r"(?P<thing>[a-z][\w\-]*)\b[^;]*?),\s+and\s+(?:on|at|during)\s+the\s+"
    r"(?:visit|day|appointment|call)\s*,?\s+(?:we|i)\s+"
    r"(?:(?:write|jot|note|take)\s+down|write|note|record|log|take)\s+(?P<list>(?:the|a|an)\s.+)$"
)


def on_the_day(sentence: str) -> str:
    """``a customer books a survey of a property, and on the visit we write down the
    address, ...``: *...; each survey has the address, ...*, what is written on the day the
    booked thing happens."""
    match = _BOOKED_THEN_ON_THE_DAY.match(sentence)
    if match is None or not can_be_noun(match.group("thing")) or match.group("thing") == "visit":
        return sentence
    return f"{match.group('first')}; each {match.group('thing')} has {match.group('list')}"


_GOT_THEM_AND_NEED = re.compile(
    r"^(?:we|i)\s+(?:have\s+got|have|keep|look\s+after)\s+(?P<things>[a-z][\w\-]*s),?\s+and\s+"
    r"for\s+(?:them|those|each\s+one|each\s+of\s+them|every\s+one(?:\s+of\s+them)?)\s+(?:i|we)\s+(?:only\s+|just\s+|also\s+)?"
    r"(?:need|keep|want|take|record|note)\s+(?P<list>(?:a|an|the|their)\s[^;]*?)"
    r"(?:,\s+(?:because|as|since)\s+[^;]*)?$"
)


def got_them_and_need(sentence: str) -> str:
    """``we have got athletes, and for them i need a name, a date of birth and a parent's
    email, because most of them are kids``: *athletes have a name, ...*; why is no field."""

    def plain(clause: str) -> list[str]:
        match = _GOT_THEM_AND_NEED.match(clause)
        if match is None or not is_plural(match.group("things")):
            return [clause]
        return [f"{match.group('things')} have {match.group('list')}"]

    return per_clause(sentence, plain)


_HAS_THEM_AND_NEED = re.compile(
    r"^(?P<owner>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+has\s+"
    r"(?:its\s+own\s+|several\s+|many\s+)?(?P<things>[a-z][\w\-]*s),?\s+and\s+"
    r"for\s+(?:them|those|each\s+one|each\s+of\s+them|every\s+one(?:\s+of\s+them)?)\s+(?P<we>i|we)\s+"
    r"(?P<kept>(?:only\s+|just\s+|also\s+)?(?:need|keep|want|take|record|note)\s+"
    r"(?:a|an|the|their|its)\s[^;]*?)(?:,\s+(?:because|as|since)\s+[^;]*)?$"
)


def has_them_and_need(sentence: str) -> str:
    """``each tour has its own excursions, and for those i need the name, the date it runs and
    the price, because ...``: *each tour has several excursions; for each excursion i need the
    name, ...*; *those* are the records the owner was just said to have, and why is no field."""

    def plain(match: re.Match[str]) -> list[str] | None:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(singular(things)):
            return None
        return [
            f"{match['owner']} has several {things}",
            f"for each {singular(things)} {match['we']} {match['kept']}",
        ]

    return per_match(sentence, _HAS_THEM_AND_NEED, plain)
