"""Fields: how a record's field list is said (*each X has ...*, *for each X we keep ...*, *we keep
... for each X*, *for Xs we need ...*, *each X needs ...*)."""

from __future__ import annotations

import re

from appwright.design.offline.parse import parse
from appwright.design.offline.word_forms import can_be_noun, can_be_verb, singular

_CLAUSE_START = r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=;\s))"
_LIST_OPENS = r"(?:a|an|the|its|their|whether|how)\b"
_HAS_LIST_ONE = re.compile(
    _CLAUSE_START + r"(?P<each>[Ee]ach|[Ee]very) (?P<noun>(?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*) has "
    r"(?P<adverb>(?:just|only|also) )?(?P<list>" + _LIST_OPENS + r"[^.;\n]*)(?=[.;\n]|$)"
)
_HAS_LIST_MANY = re.compile(
    _CLAUSE_START
    + r"(?P<noun>(?:[A-Z][a-z-]*|My [a-z-]+|Our [a-z-]+)(?: (?!just |only |also )[a-z-]+){0,2}) "
    r"(?P<adverb>(?:just|only|also) )?have (?P<list>" + _LIST_OPENS + r"[^.;\n]*)(?=[.;\n]|$)"
)
_NOT_A_RECORD = frozenset(
    [
        "we",
        "they",
        "i",
        "you",
        "some",
        "most",
        "all",
        "both",
        "many",
        "few",
        "these",
        "those",
        "others",
        "each",
        "every",
        "one",
        "day",
        "time",
        "week",
        "month",
        "year",
    ]
)
_MANY_ITEMS = re.compile(
    r"\b(?:several|many|multiple|one or more|a few|some|any number|a list|lots)\b"
    r"|(?:^|, |and )one\b"
)
"""A record's other records, not its fields: *each route has several stops*, *each group has a
name and one teacher in charge* are no field list."""
_FINITE = frozenset(["VBZ", "VBP", "VBD", "MD"])


def _plain_list(subject: str, verb: str, listed: str) -> bool:
    """Whether ``SUBJECT VERB LISTED`` says one record's fields and nothing more: no second
    predicate (*..., and belongs to one patrol*), no records it has many of, brackets closed."""
    if _MANY_ITEMS.search(listed) or listed.count("(") != listed.count(")"):
        return False
    if re.search(r"\bwith\b", listed.split(",")[0]):
        # *every customer has an account with a name, ...*: a record of theirs and its list
        return False
    if subject.split()[-1].lower() in _NOT_A_RECORD:
        return False
    said = parse(f"{subject} {verb} {listed}.")
    heads = [token for token in said.tokens if token.lower == verb]
    if not heads or heads[0].dep != "ROOT":
        return False
    # a second predicate: a verb joined to *has*, or a finite verb or a word that is no noun
    # right after *and* or a comma (*..., the kilos left in stock and comes from one supplier*,
    # *a name, email and phone and own properties*)
    return not any(
        (token.head == heads[0].i and token.dep == "conj" and token.pos in {"VERB", "AUX"})
        or (
            said.tokens[token.i - 1].lower in {"and", ","}
            and (
                token.tag in _FINITE or (can_be_verb(token.lower) and not can_be_noun(token.lower))
            )
        )
        for token in said.tokens
    )


def fields_for_each_we_keep(text: str) -> str:
    """*Each order has a date and a total.* → *For each order we keep a date and a total.*"""

    def reword(match: re.Match[str]) -> str:
        each, noun, listed = match.group("each"), match.group("noun"), match.group("list")
        if not _plain_list(f"{each} {noun}", "has", listed):
            return match.group(0)
        adverb = (match.group("adverb") or "").strip()
        keep = f"we {adverb} keep" if adverb and adverb != "just" else "we keep"
        lead = "For" if each[0].isupper() else "for"
        return f"{lead} {each.lower()} {noun} {keep} {listed}"

    return _HAS_LIST_ONE.sub(reword, text)


def fields_each_needs(text: str) -> str:
    """*Each booking has a date and a start time.* → *Each booking needs a date and a start
    time.*: what each record must hold, as owners who think of the form say it."""

    def reword(match: re.Match[str]) -> str:
        each, noun, listed = match.group("each"), match.group("noun"), match.group("list")
        if match.group("adverb") or not _plain_list(f"{each} {noun}", "has", listed):
            return match.group(0)
        return f"{each} {noun} needs {listed}"

    return _HAS_LIST_ONE.sub(reword, text)


def fields_for_them_we_need(text: str) -> str:
    """*Customers have a name and a phone.* → *For customers we need a name and a phone.*"""

    def reword(match: re.Match[str]) -> str:
        noun, listed = match.group("noun"), match.group("list")
        head = noun.split()[-1]
        if singular(head) == head.lower() or not _plain_list(noun, "have", listed):
            return match.group(0)
        adverb = match.group("adverb") or ""
        named = noun[0].lower() + noun[1:]
        return f"For {named} we {adverb}need {listed}"

    return _HAS_LIST_MANY.sub(reword, text)


_CLAUSE_IN_LIST = re.compile(r"[:()]| - |\b(?:which|who|where|that|with)\b")


def fields_we_keep_for_each(text: str) -> str:
    """*Every tank has a code and a volume.* → *We keep a code and a volume for every tank.*;
    *Drivers have a name and a phone.* → *We keep a name and a phone for each driver.* Only
    where the list is plain to its end: no verb in it, no colon, bracket, relative or aside
    after its last item, so the *for every tank* after it cannot be read as part of that item."""

    def trailing(match: re.Match[str], subject: str, verb: str, each: str) -> str:
        listed = match.group("list")
        last = re.split(r"\band\b", listed)[-1]
        if match.group("adverb") or _CLAUSE_IN_LIST.search(listed) or "," in last:
            return match.group(0)
        if not _plain_list(subject, verb, listed):
            return match.group(0)
        said = parse(f"{subject} {verb} {listed}.")
        if sum(token.pos in {"VERB", "AUX"} for token in said.tokens) != 1:
            return match.group(0)
        lead = "We" if subject[0].isupper() else "we"
        return f"{lead} keep {listed} for {each}"

    def one(match: re.Match[str]) -> str:
        each, noun = match.group("each"), match.group("noun")
        return trailing(match, f"{each} {noun}", "has", f"{each.lower()} {noun}")

    def many(match: re.Match[str]) -> str:
        noun = match.group("noun")
        *modifiers, head = noun.split()
        if singular(head) == head.lower() or modifiers[:1] in (["My"], ["Our"]):
            return match.group(0)
        each = " ".join(["each", *(word.lower() for word in modifiers), singular(head)])
        return trailing(match, noun, "have", each)

    return _HAS_LIST_MANY.sub(many, _HAS_LIST_ONE.sub(one, text))


# links: how a link between two records is said. A name is one or two lower-case words (*a
# glasses order*, *a drop-off*); each word a noun or a modifier, never a word like *one* or *of*.
