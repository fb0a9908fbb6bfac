"""How many of a record, said loosely, written plainly: *two or three mentors* is *several
mentors*, *one particular lens* *one lens*, *a set of duty posts* *several duty posts*, *one rig
and one crew per job* *each job has one rig and one crew*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import can_be_noun, is_plural, plural, verb_lemma

_A_FEW_COUNTED = re.compile(
    r"\b(?:(?:one|two|three|four|five)\s+or\s+(?:two|three|four|five|six)|a\s+couple\s+of|"
    r"a\s+handful\s+of)\s+(?P<things>[a-z][\w\-]*)\b"
)


def a_few_as_several(sentence: str) -> str:
    """``a startup usually has two or three mentors``: *several mentors*; a rough count of
    records is many of them (not a field named *two*)."""

    def plain(match: re.Match[str]) -> str:
        things = match["things"]
        if not is_plural(things) or not can_be_noun(things) or things in FUNCTION_WORDS:
            return match[0]
        return f"several {things}"

    return _A_FEW_COUNTED.sub(plain, sentence)


_ONE_PARTICULAR = re.compile(r"\b(?P<det>one|a|an)\s+(?:particular|specific|certain)\s+(?=[a-z])")


def one_particular(sentence: str) -> str:
    """``a plan for one particular lens``: *a plan for one lens*; the word stresses that it is
    one, and names no kind of lens."""
    return _ONE_PARTICULAR.sub(r"\g<det> ", sentence)


PER_ONE_FIRST = re.compile(
    r"^(?:and\s+|also\s+|so\s+|then\s+)?per\s+(?P<group>[a-z][\w\-]*),?\s+(?=(?:i|we)\s)"
)
"""``per school i need ...``: what each figure after it is grouped by (the reports read it too)."""
_ASKED = re.compile(r"(?:i|we)\s+(?:need|want|would\s+like|'d\s+like|like\s+to\s+see)\s")


def per_one_first(sentence: str) -> str:
    """``per school i need the total order value and how many orders came in``: *i need ...
    per school*; the figures asked for, which no record holds, with what they are grouped by
    where the readers of asked figures look for it."""
    opening = PER_ONE_FIRST.match(sentence)
    if opening is None or _ASKED.match(sentence, opening.end()) is None:
        return sentence
    return f"{sentence[opening.end() :]} per {opening['group']}"


_ONES_PER_EACH = re.compile(
    r"(?:^|(?<=;\s))one\s+(?P<ones>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:,?\s+(?:and\s+)?one\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)*)"
    r"\s+per\s+(?P<each>[a-z][\w\-]*)(?=\s*(?:;|$))"
)


def ones_per_each(sentence: str) -> str:
    """``jobs: site address, price; one rig and one crew per job``: *each job has one rig and
    one crew*, a clause of its own after the list, as a note-taker writes it."""

    def each_has(match: re.Match[str]) -> str:
        ones = re.split(r",?\s+(?:and\s+)?one\s+", match["ones"])
        if not all(can_be_noun(one.split()[-1]) for one in ones):
            return match[0]
        if match.start() == 0 and len(ones) == 1:
            return match[0]  # "one advocate per referral." alone: its own reader makes both
        return f"each {match['each']} has one {match['ones']}"

    return _ONES_PER_EACH.sub(each_has, sentence)


_MOST_OF_THEM = re.compile(
    r"(?:(?<=^)|(?<=,\sand\s)|(?<=;\s)|(?<=,\s))"
    r"(?:most|many|some|a\s+few|nearly\s+all|almost\s+all)(?:\s+of\s+(?:them|these|those))?\s+"
    r"(?=(?:also\s+)?(?:belong|are|have|come|live|work|bring|own|use|join)\b)"
)


def most_of_them_as_they(sentence: str) -> str:
    """``flyers register with ..., and most belong to a kite club``: *they belong to a kite
    club*; how many of them do is no part of the design, who they are is."""
    return _MOST_OF_THEM.sub("they ", sentence)


_SEVERAL_LEFT_UNSAID = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<prep>(?:on|in|at|for|to|with|across|into)\s+)?"
    r"(?P<many>several|many|lots|loads|plenty|multiple|various|a few|more than one)"
    r"(?:\s+of\s+them)?(?=\s*(?:[,;.]|$|\s+too\b|\s+as well\b))"
)
_ONE_BEFORE = re.compile(r"\b(?:one|a|an|each|every|the same)\s+(?P<noun>[a-z][\w\-]*)\b")
_OURS_BEFORE = re.compile(
    r"\b(?:we|i)\s+(?:own|have|run|keep|hire\s+out|use)\s+(?:[a-z0-9]+\s+)?(?P<things>[a-z][\w\-]*s)\b"
)


def several_left_unsaid(sentence: str) -> str:
    """``several artists can work on one artwork and an artist can work on several``: *... on
    several artworks*; the things of which one was counted just before, now counted many."""
    match = _SEVERAL_LEFT_UNSAID.search(sentence)
    if match is None or match["verb"] in FUNCTION_WORDS or verb_lemma(match["verb"]) is None:
        return sentence
    before = sentence[: match.start()]
    if match[0].endswith(" of them"):
        # "we own three telescopes, ..., and an evening can use several of them": the telescopes
        owned = [m["things"] for m in _OURS_BEFORE.finditer(before) if is_plural(m["things"])]
        if not owned:
            return sentence
        return f"{sentence[: match.end() - len(' of them')]} {owned[-1]}{sentence[match.end() :]}"
    ones = [m["noun"] for m in _ONE_BEFORE.finditer(before)]
    nouns = [n for n in ones if can_be_noun(n) and not is_plural(n) and n not in FUNCTION_WORDS]
    subject = before.rsplit(",", 1)[-1].rsplit(" and ", 1)[-1].split()
    if not nouns or nouns[-1] in subject:
        # "an artist can work on several" said right after "one artwork", not after itself
        nouns = [n for n in nouns if n not in subject]
    if not nouns:
        return sentence
    things = plural(nouns[-1])
    return f"{sentence[: match.end()]} {things}{sentence[match.end() :]}"


_A_SET_OF = re.compile(
    r"\b(?:a|one)\s+(?:set|range|series|collection|variety)\s+of\s+"
    r"(?=(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b)"
)


def a_set_of_as_several(sentence: str) -> str:
    """``each station has a name and a set of duty posts``: *... and several duty posts*; the
    set is the records themselves, not a record that holds them."""
    return _A_SET_OF.sub("several ", sentence)


_PEOPLE_ON_THEM = re.compile(
    r"(?:^|(?<=;\s)|(?<=,\s))(?:and\s+)?(?:most|many|some|all|the)?\s*[a-z][\w\-]*s\s+have\s+"
    r"(?:several|a\s+few|many|a\s+couple\s+of|two\s+or\s+three)\s+(?:people|folk|of\s+us)\s+"
    r"(?:on|working\s+on|in)\s+them(?=\s*(?:[.;]|$))"
)


def without_people_on_them(sentence: str) -> str:
    """``volunteers can sign up to many jobs, and most jobs have a few people on them``: the
    people are the volunteers just named; how many share a job is no record of its own."""
    return re.sub(r"\s*[,;]\s*(?=[.!]?$)", "", _PEOPLE_ON_THEM.sub("", sentence).rstrip())


_OWN_LIST_OF = re.compile(
    r"\b(?P<have>has|have)\s+(?:their|its|his|her)\s+own\s+(?:list|set|group)\s+of\s+"
    r"(?=(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s\b)"
)


def own_list_as_several(sentence: str) -> str:
    """``each child has their own list of adults who are allowed to collect them``: *each child
    has several adults ...*; a list of one record's own is its records, each one theirs."""
    return _OWN_LIST_OF.sub(r"\g<have> several ", sentence)


_GETS_A_LIST_OF = re.compile(
    r"\b(?:(?:gets|has|keeps|holds)\s+(?:a\s+list|a\s+record)|"
    r"[a-z]+s\s+(?:at|on|in|into|through|past|by|to|from)\s+a\s+(?:list|series|string|sequence))"
    r"\s+of\s+(?P<things>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s),\s+(?=each\s+with\s)"
)


def a_list_of_each_with(sentence: str) -> str:
    """``a commission also gets a list of past occupants, each with a name``: *a commission also
    has several past occupants, each with a name*; the list is of records of its own, and so
    is a list the record goes through (``the run calls at a list of stops, each with a stop
    number``: *the run has several stops, ...*)."""
    return _GETS_A_LIST_OF.sub(r"has several \g<things>, ", sentence)


_ONE_TURNS_UP_IN_SEVERAL = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:and\s+)?(?:one|a|the\s+same)\s+(?P<one>[a-z][\w\-]*)\s+(?:often\s+|can\s+|may\s+|sometimes\s+)?"
    r"(?:turns?|shows?|comes?)\s+up\s+in\s+(?:several|many|lots\s+of|a\s+few|multiple)\s+"
    r"(?P<many>[a-z][\w\-]*s)(?P<end>\s*[.!]?)$"
)


def one_turns_up_in_several(sentence: str) -> str:
    """``one source often turns up in several commissions``: *a source can be used in many
    commissions*; the same record shared by many of another."""
    match = _ONE_TURNS_UP_IN_SEVERAL.search(sentence)
    if match is None or not can_be_noun(match["one"]):
        return sentence
    shared = f"a {match['one']} can be used in many {match['many']}{match['end']}"
    return f"{sentence[: match.start()]}{'; ' if match.start() else ''}{shared}"


_CANDOUR = re.compile(
    r"(?:,\s*|\s+)(?:to\s+be\s+honest|if\s+i\s+am\s+honest|if\s+i'm\s+honest|to\s+be\s+fair|"
    r"in\s+fairness|truth\s+be\s+told),?(?=\s)"
)
_THE_LOT = re.compile(
    r"\b(?P<verb>see|sees|view|views|access|manage|manages|edit|edits)\s+"
    r"(?:the\s+(?:whole\s+)?lot|it\s+all|all\s+of\s+it)\b"
)
_THE_FEW = re.compile(r"\bthe\s+(?:two|three|four|five|six|seven|eight)\s+(?=[a-z][\w\-]*s\b)")


def plain_about_who_sees(sentence: str) -> str:
    """``and to be honest researchers should only be able to open the cases they've been given,
    while the two partners see the lot``: *and researchers should ..., while the partners see
    everything*; how it is said and how many there are name nobody's rights."""
    sentence = _CANDOUR.sub("", sentence)
    if _THE_LOT.search(sentence) is None:
        return sentence
    return _THE_FEW.sub("the ", _THE_LOT.sub(r"\g<verb> everything", sentence))


_HOW_MANY_ASIDE = re.compile(
    r"\s*\((?:plenty|lots|loads|many|several|a\s+few)\s+(?:of\s+)?[a-z][\w\-]*\s+(?:at|in|on|per)\s+"
    r"(?:each|every)\s+one\b[^()]*\)"
)


def without_how_many_aside(sentence: str) -> str:
    """``members sign up for sessions (plenty of members at each one, and people come to
    lots)``: *members sign up for sessions*; the bracket says how many, no fields."""
    return _HOW_MANY_ASIDE.sub("", sentence)


_HOW_MANY_EACH_COME = re.compile(
    r"\bhow\s+many\s+(?P<first>[a-z][\w\-]*s)\s+and\s+(?P<second>[a-z][\w\-]*(?:s|ren|people))"
    r"(?=\s+(?:are|were|will|come|came|go|went|turn|attend|join|take|took)\b)"
)


def how_many_of_each_come(sentence: str) -> str:
    """``how many adults and children are coming``: *how many adults and how many children
    are coming*; both are counted, not the adults alone with a clause about children."""
    return _HOW_MANY_EACH_COME.sub(r"how many \g<first> and how many \g<second>", sentence)
