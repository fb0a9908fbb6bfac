"""One of the business's people named in a record's list by what they did to it.

*jobs have a job number, the customer name and the fitter who originally did them* and *for
each re-fit we note the job, the fitter doing it (not always the same one), ...* name a fitter
of the business for each record, a link to one of them, not a text field; the words the
readers know for that are *which fitter did them*, *which fitter is doing it*.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS, NO_ONE_IN_PARTICULAR
from appwright.design.offline.word_forms import can_be_noun, is_plural, verb_form, verb_lemma

_IN_A_LIST = r"(?P<lead>(?:,|\s+and|\b(?:note|record|log|keep|has|have))\s+)"
_NOT_THE_SAME = r"(?:\s+\((?:not|usually|often|always|sometimes|normally|which|who)\b[^(),]*\))?"
"""*(not always the same one)*: a remark on who it is, no list of theirs."""

_THE_ONE_WHO_DID_IT = re.compile(
    rf"{_IN_A_LIST}the\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:who\s+(?:(?P<when>originally|first|actually|last)\s+)?(?P<did>[a-z]+)"
    r"|(?P<doing>[a-z]+ing))\s+(?P<it>it|them)"
    rf"(?P<remark>{_NOT_THE_SAME})(?=\s*$|\s*[,;]|\s+and\s)"
)


def the_one_who_did_them(sentence: str) -> str:
    """``..., the customer name and the fitter who originally did them``: *..., and which
    fitter did them*; ``..., the fitter doing it (not always the same one), ...``: *...,
    which fitter is doing it, ...*."""

    def named(match: re.Match[str]) -> str:
        who, act = match["who"], match["did"] or match["doing"]
        lemma = verb_lemma(act)
        if (
            lemma is None
            or lemma == act
            or is_plural(who)
            or who in FUNCTION_WORDS
            or who in NO_ONE_IN_PARTICULAR
            or not can_be_noun(who)
        ):
            return match[0]
        if match["doing"] is not None:
            # "the fitter doing it" alone is read as it is; the remark hides it
            if verb_form(lemma, "VBG") != act or not match["remark"]:
                return match[0]
            return f"{match['lead']}which {who} is {act} {match['it']}"
        if act.endswith("s") or verb_form(lemma, "VBD") != act:
            return match[0]  # "the member who pays them": no one act of theirs
        if not match["when"] and not match["remark"]:
            return match[0]  # "the member who bought it" is read as it is
        return f"{match['lead']}which {who} {act} {match['it']}"

    return _THE_ONE_WHO_DID_IT.sub(named, sentence)


_NAMES_THE_ONE_WHO_DID_IT = re.compile(
    r"(?P<lead>\s+and\s+)(?:names|gives|says|notes)\s+the\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:who|that)\s+(?:did|does|carried\s+out|handled|served|treated)\s+(?:the\s+work|it|them|"
    r"the\s+job|the\s+treatment)(?=\s*(?:[;,]|$))"
)


def names_the_one_who_did_it(sentence: str) -> str:
    """``a complaint comes from a client (...) and names the therapist who did the work; it
    records ...``: *... and belongs to one therapist; ...*; the one named is one of the people
    on the books, linked."""

    def linked(match: re.Match[str]) -> str:
        who = match["who"]
        if is_plural(who) or who in FUNCTION_WORDS or who in NO_ONE_IN_PARTICULAR:
            return match[0]
        return f"{match['lead']}belongs to one {who}"

    return _NAMES_THE_ONE_WHO_DID_IT.sub(linked, sentence)


_LINKED_TO_THE_ONE_WHO_DID_IT = re.compile(
    r"(?P<lead>^|,\s+and\s+|;\s+)(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+is\s+"
    r"(?:linked|tied|matched|connected|attached)\s+to\s+the\s+"
    r"(?P<who>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+(?:who|that)\s+(?P<did>[a-z]+ed)\s+(?:it|them)"
    r"(?=\s*(?:[;,.]|$))"
)


def linked_to_the_one_who_did_it(sentence: str) -> str:
    """``each record is linked to the staff member who graded it``: *each record belongs to
    one staff member*; the one who did it is one of the people on the books."""

    def linked(match: re.Match[str]) -> str:
        who = match["who"]
        if is_plural(who.split()[-1]) or who.split()[-1] in FUNCTION_WORDS:
            return match[0]
        if who in NO_ONE_IN_PARTICULAR or verb_lemma(match["did"]) is None:
            return match[0]
        return f"{match['lead']}each {match['record']} belongs to one {who}"

    return _LINKED_TO_THE_ONE_WHO_DID_IT.sub(linked, sentence)
