"""The ones a record is tied to, told as *which* did what or what it is played between, written as
*each X belongs to one Y*: *which technician (name and mobile) did each one*, *which fish went
into which tank*, *which member plays which part in which production*, *bouts are played between
a home team and an away team*.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_links import TIME_WORDS
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.word_forms import (
    is_plural,
    plural,
    singular,
    singular_phrase,
    verb_lemma,
)

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
        said = match.group("list")
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
    r"^(?:(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*:|(?:a|an|each|every)\s+"
    r"(?P<said>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:has|records|notes|logs|keeps))\s+"
    r"which\s+(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?P<did>[a-z]+)\s+(?:to|at|on|for|in|into|from|with)\s+which\s+"
    r"(?P<what>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:'s\s+[a-z][\w\-]*)?"
    r"(?:,?\s+(?:and|plus|with)\s+(?P<rest>.+)|,\s+(?P<listed>.+))?$"
)
"""*attendance: which volunteer came to which work party and ...*, *a fitting records which
cowl went on which customer's chimney, how many pots were done, ...*."""


def which_did_which(sentence: str) -> str:
    """``attendance: which volunteer came to which work party and the hours they worked``:
    *each attendance belongs to one volunteer; each attendance belongs to one work party; each
    attendance has the hours they worked*; a record headed by who did what where."""

    def plain(clause: str) -> list[str]:
        match = _WHICH_DID_WHICH.match(clause)
        if match is None or verb_lemma(match["did"]) is None:
            return [clause]
        record = singular(match["record"] or match["said"])
        made = [
            f"each {record} belongs to one {match['who']}",
            f"each {record} belongs to one {match['what']}",
        ]
        if match["rest"] or match["listed"]:
            made.append(f"each {record} has {match['rest'] or match['listed']}")
        return made

    return per_clause(sentence, plain)


_FOR_EACH_WHICH = re.compile(
    r"^for\s+each\s+(?P<one>[a-z][\w\-]*),?\s+(?:we|i)\s+(?:also\s+)?"
    r"(?:record|keep|note|log|track|store)\s+which\s+(?P<other>[a-z][\w\-]*)\s+"
    r"(?:(?P<doer>they|he|she|it)\s+(?:can\s+|could\s+)?[a-z]+|(?P<did>[a-z]+)\s+which\s+"
    r"(?P<value>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))"
    r"\s+(?:and|plus)\s+(?P<rest>(?:the|whether|when|how\s+long|a|an)\b.+)$"
)
"""*for each ringer we record which methods they can ring and the date they first rang
each one*; *for each peal we keep which ringer rang which bell number and whether ...*."""


def which_ones_for_each(sentence: str) -> str:
    """``for each ringer we record which methods they can ring and the date they first rang
    each one``: *each ringer method entry belongs to one ringer; ... to one method; each
    ringer method entry has the date ...*; what is kept of each pairing is the pairing's, a record between
    the two. Counts said *of each* are read by ``pair_values``."""

    def plain(clause: str) -> list[str]:
        match = _FOR_EACH_WHICH.match(clause)
        if match is None or re.search(r"\b(?:of\s+each|how\s+(?:many|much))\b", clause):
            return [clause]
        other = match["other"]
        if (match["doer"] and not is_plural(other)) or (
            match["did"] and (is_plural(other) or verb_lemma(match["did"]) is None)
        ):
            return [clause]  # "which tournament it was in": one, a link of the record's own
        # "each ringer method entry": a *method* said later is no ringer's method, one
        # method of one ringer's, as *ringer method* would be read
        pair = f"{match['one']} {singular(other)} entry"
        # "the date they first rang each one", "whether it was that ringer's first peal": said
        # of the pairing, which the values name without its pronoun
        rest = re.sub(r"\s+(?:each\s+one|each|of\s+them)$", "", match["rest"])
        rest = re.sub(
            r"\bwhether\s+it\s+was\s+(?:that\s+\S+'s|their|his|her)\s", "whether it was a ", rest
        )
        values = f"{match['value']} and {rest}" if match["value"] else rest
        return [
            f"each {pair} belongs to one {match['one']}",
            f"each {pair} belongs to one {singular(other)}",
            f"each {pair} has {values}",
        ]

    return per_clause(sentence, plain)


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
