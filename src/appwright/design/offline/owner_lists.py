"""A record's details as an owner lists them: *clients are only a name, a phone and an email*,
*we store the name and phone of every client*, *each farm is a client with a name*.

Each is rewritten into *X has A, B and C*, the clause the field readers take.
"""

from __future__ import annotations

import re

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.clause_rewrites import per_clause
from appwright.design.offline.list_items import split_list
from appwright.design.offline.one_of_each import belongs_to_clauses
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_classes import word_set, words
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_plural,
    singular,
    singular_phrase,
    verb_lemma,
)

_EACH_EITHER = re.compile(
    r"\b(?P<np>[a-z][\w\-]*s),\s+each\s+(?:one\s+)?either\s+(?:a|an)\s+(?P<one>[a-z][\w\- ]*?)\s+"
    r"or\s+(?:a|an)\s+(?P<other>[a-z][\w\- ]*?)(?P<end>,\s+with\s+|\s*$|\s*[,;]\s*)"
)


def each_either(sentence: str) -> str:
    """``we put on events, each either a road run or a rally, with a name ...``: *events, each
    with a type (road run, rally), a name ...*; what kind each one is, not two records."""

    def plain(match: re.Match[str]) -> str:
        kinds = (
            f"{match.group('np')}, each with a type ({match.group('one')}, {match.group('other')})"
        )
        return f"{kinds}, " if match.group("end").strip(" ,;") else f"{kinds}{match.group('end')}"

    return _EACH_EITHER.sub(plain, sentence)


_NOTE_TO_SELF = re.compile(
    r"(?P<lead>^|;\s+|(?<=[a-z]),\s+(?:then\s+)?(?=[a-z]+\s+(?!down\b)[a-z]))"
    r"(?P<verb>log|note|jot\s+down|write\s+down|record)\s+(?=[a-z][^;]*(?:,|\sand\s)[^;]*$)"
)
"""``..., log setup mins + run mins``: an order to ourselves to keep a list."""


_LOGGED_BY_ITS = re.compile(
    r"\b(?P<log>(?:log|logs|record|records|note|notes|list|lists|track|tracks)\s+(?:every|each|all)\s+"
    r"[a-z][^,;:]*?)\s+by\s+(?=(?:its|their)\s)"
)
"""``we log every key we hold for a site by its tag number``: kept *with* its tag number."""


_WE_HOLD = re.compile(
    r"\b(?P<each>(?:every|each)\s+[a-z][\w\-]*)\s+(?:that\s+|which\s+)?(?:we|i)\s+"
    r"(?:hold|have|keep|store|look\s+after)\s+(?=(?:for|at|in|on)\s)"
)
"""*every key we hold for a site*: every key for a site; holding it is what keeping it is."""


def logged_by_its(sentence: str) -> str:
    """``we log every key ... by its tag number and the date``: *... with its tag number and
    the date*, what each is told apart by is what is kept of it."""
    sentence = _WE_HOLD.sub(r"\g<each> ", sentence)
    return _LOGGED_BY_ITS.sub(r"\g<log> with ", sentence)


def we_log(sentence: str) -> str:
    """``each op on a work order runs on one machine, log setup minutes and run minutes``:
    *...; we log setup minutes and run minutes*; a note-taker leaves out who keeps the list (a
    comma's imperative counts only after a clause about each record)."""

    def plain(match: re.Match[str]) -> str:
        if match.group("lead").startswith(",") and not sentence.startswith(("each ", "every ")):
            return match.group(0)
        lead = "" if not match.group("lead") else "; "
        said = sentence[match.end() :]
        # the article a note leaves out too, as the readers of what we keep expect one
        the = "" if re.match(r"(?:the|a|an|their|its|all|each|every)\s", said) else "the "
        return f"{lead}we {match.group('verb')} {the}"

    return _NOTE_TO_SELF.sub(plain, sentence)


_DETAILS_OF_EACH = re.compile(
    r"^(?P<lead>(?:(?:so|and|then)\s+)?(?:we|i)\s+(?:(?:also|only|just|always)\s+)?)"
    r"(?:keep|store|record|hold|note|log|track|take|capture|save)\s+"
    r"(?P<list>(?:the|their)\s+[^;()]+?)\s+(?:of|for)\s+"
    r"(?P<who>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)


_HOLD_WHOSE = re.compile(
    r"^(?P<lead>(?:(?:so|and|then)\s+)?(?:we|i)\s+(?:(?:also|only|just|always)\s+)?)hold\s+"
    r"(?=(?:each|every|a|an|the)\s+[a-z][\w\-]*'s\s)"
)


def details_of_each(sentence: str) -> str:
    """``we store the name and phone of every client``: *for every client we keep the name
    and phone*; ``we hold each landlord's name``: *we keep each landlord's name*; what is kept
    about each of a kind names the kind."""

    def plain(clause: str) -> list[str]:
        clause = _HOLD_WHOSE.sub(r"\g<lead>keep ", clause)
        match = _DETAILS_OF_EACH.match(clause)
        if match is None or not re.search(r",|\sand\s", match["list"]):
            return [clause]
        return [f"for {match['who']} {match['lead']}keep {match['list']}"]

    return per_clause(sentence, plain)


_ARE_JUST_A = re.compile(
    r"^(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?:are|is)\s+"
    r"(?:only|just|simply|basically|really\s+just)\s+"
    r"(?P<list>(?:a|an)\s+[^;()]+?(?:,|\s+and\s+(?=(?:a|an|the|their|its)\s))[^;()]*?)"
    r"(?:\s+really)?(?P<rest>,\s+(?:though|but|although|and)\s+.*)?$"
)


_KIND_WITH = re.compile(
    r"^(?:a|an)\s+(?:(?:small|local|big|large)\s+)?(?:business|company|firm|organisation|organization|"
    r"person|individual|household|family|charity|shop)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)
"""What kind of thing a record is (*a business*), said before what it has."""


_EACH_IS_LIST = re.compile(
    r"^(?:(?P<before>.*?),\s+so\s+)?(?P<subject>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    # "each line is a variety (nordmann fir, ... or blue spruce), a height band (...), ...":
    # an item's values in brackets are its own
    r"\s+is\s+(?P<list>(?:a|an|the|its|their)\s+(?:[^;()]|\([^()]*\))*?,\s+[^;]+)$"
)


def _is_field_list(text: str) -> bool:
    """*an amount, the date it was paid and how*: things kept, each named with its article,
    joined by *and* (not values, *a room, a locker or a cage*, nor *a nightmare, honestly*)."""
    plain = outside_brackets(text)
    if " and " not in plain or " or " in plain:
        return False
    items = split_list(plain)
    named = [i for i in items if words(i)[:1] and words(i)[0] in ("a", "an", "the", "how", "when")]
    return len(items) >= 3 and len(named) >= len(items) - 1


def are_just_fields(sentence: str) -> str:
    """``clients are only a name, a phone number and an email really``: what the clients
    have; ``..., so each payment is an amount, the date it was paid and how``: what each
    payment has (a list of values, *a room, a locker or a cage*, is left alone); ``every
    client is a business with a name``: what each client has."""

    def plain(clause: str) -> list[str]:
        each = _EACH_IS_LIST.match(clause)
        # "..., and most have several tanks, so for each tank ...": the next clause is its own
        listed, _, after = each.group("list").partition(", so ") if each else ("", "", "")
        if each is not None and _is_field_list(listed):
            before = (each.group("before") or "").rstrip(" ,")
            # "every client is a business with a name, ...": the kind it is, then its list
            kind = _KIND_WITH.match(listed)
            owned = f"{each.group('subject')} has {listed[kind.end() :] if kind else listed}"
            return [part for part in (before, owned, after) if part]
        match = _ARE_JUST_A.match(clause)
        if match is None or not is_plural(match.group("np").split()[-1]):
            return [clause]
        rest = (match.group("rest") or "").lstrip(", ")
        rest = re.sub(r"^(?:though|but|although|and)\s+", "", rest)
        owned = f"{match.group('np')} have {match.group('list')}"
        return [owned, rest] if rest else [owned]

    return per_clause(sentence, plain)


_VALUE_WORDS = word_set("date time day price name number address phone email total amount")


_LIST_OF_RECORDS = re.compile(
    rf"\ba\s+list\s+of\s+(?:the\s+|our\s+|all\s+(?:the\s+|our\s+)?)?(?P<np>{NOUN_PATTERN})"
    r"(?:\s+(?:that\s+|who\s+)?(?:we|i)\s+[a-z]+(?:\s+(?:with|for|to|from|at|use))?)?"
    r"\s*\((?P<fields>[^()]+)\)"
)


_EACH_LINKED_TO = re.compile(
    r"\b(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:is\s+)?(?:linked|tied|attached|connected)\s+"
    rf"(?:to|with)\s+(?:the|a|an|one|its)\s+(?P<other>{NOUN_PATTERN}?)(?=\s+(?:that|which|who)\b|\s*$)"
    r"(?:\s+(?:that|which|who)\s+[^,;]*)?"
)


def list_of_records(sentence: str) -> str:
    """``i'd like a list of the vet practices we work with (name, phone and town) and each pet
    linked to the practice that sent it``: *for each vet practice we keep name, phone and
    town; each pet belongs to one practice*; a list of things with their details is a record
    of them, whoever wants it and whatever they do with them."""
    listed = _LIST_OF_RECORDS.search(sentence)
    if listed is None or not is_plural(listed["np"].split()[-1]):
        return sentence
    fields = listed["fields"].strip()
    if not re.search(r"\b(?:and|or)\b", fields):
        fields = re.sub(r",\s*(?=[^,]+$)", " and ", fields)  # "name, town" ends as a list does
    clauses_said = [f"for each {singular_phrase(listed['np'])} we keep {fields}"]
    rest = sentence[listed.end() :].strip(" ,.")
    linked = _EACH_LINKED_TO.search(sentence, listed.end())
    if linked is not None and linked.end() == len(sentence.rstrip(" ,.")):
        clauses_said += belongs_to_clauses(linked["record"], linked["other"])
    elif rest:
        return sentence  # "... (name, website) and the contacts who work at each": more said
    return "; ".join(clauses_said)


_EACH_NEEDS = re.compile(
    r"(?P<subject>(?:^|;\s*|,\s*(?:and\s+)?)(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    # "each stove on display needs ...": a state the record is in, as after *has*
    r"(?:\s+(?:on|in)\s+(?!(?:a|an|the|each|every|one|our|their|its)\b)[a-z][\w\-]*)?)\s+"
    r"(?:needs|requires)\s+(?=(?:a|an|the|its|their)\s)"
)


# "a property just needs an address and the monthly rent": *just* says the list is short, so
# the clause is what one record keeps (without *just*, "a customer needs a login ..." is not)
_ONE_JUST_NEEDS = re.compile(
    # "every line has bales in it, and a bale just needs ...": a new subject after *and* too
    r"(?P<subject>(?:^|;\s*|,\s+and\s+)(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:just|only)\s+"
    r"needs\s+(?=(?:a|an|the|its|their)\s)"
)


def each_needs(sentence: str) -> str:
    """``every specimen needs a yes/no for ... plus a permit number``, ``a property just needs
    an address``: what each record has."""

    def has(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        if match["subject"].startswith(",") and not re.search(r"\bha(?:s|ve)\b", before):
            return match[0]  # "..., and a school only needs ...": after a clause that lists
        return f"{match['subject']} has "

    return _ONE_JUST_NEEDS.sub(has, _EACH_NEEDS.sub(r"\g<subject> has ", sentence))


_IS_ONE_WITH = re.compile(
    r"^(?P<each>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:a|an)\s+"
    r"(?P<kind>[a-z][\w\-]*)\s+with\s+(?=(?:a|an|the|their|its)\s)"
)


def is_one_with(sentence: str) -> str:
    """``each farm is a client with a name, a cph number``: *each farm has a name, ...*; what
    the record counts as is no record of its own."""
    match = _IS_ONE_WITH.match(sentence)
    if match is None or not can_be_noun(match.group("kind")):
        return sentence
    return f"{match.group('each')} has {sentence[match.end() :]}"


_WHICH_HAS = re.compile(
    r"^(?P<before>.*\b(?:a|an|one|the|then|several|some|a few|many)\s+"
    r"(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?))(?P<own>\s+of\s+(?:their|its|his|her|our)\s+own)?"
    r",\s*which\s+(?:(?:is|are)\s+(?:really\s+)?(?:just|only|simply)|has|have|holds|carries|comes with|"
    r"(?:just\s+|only\s+)?needs?|"
    r"(?P<telling>lists|records|shows|includes|gives))\s+"
    r"(?P<list>(?:a|an|the|its|their)\s.+)$"
)
"""*..., which has a name*; *..., which lists the make, model, ...* tells a list, where a list
of one may be records (*which lists the parts*)."""


_NEW_ONE_FOR_THE = re.compile(
    r"\b(?:a|an)\s+(?P<new>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:for|of|from|to|with)\s+"
    r"(?:the|that|this)\s+(?P<known>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)$"
)
"""*an invoice for the airline*: a new record, then one told before; a relative clause after
the two tells the new one."""


_MAIN_SUBJECT = re.compile(
    r"^(?P<subject>(?:each|every|a|an|the)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are|was|gets|get)\s"
)


_SUBJECT_GOES_ON = re.compile(r",\s+and\s+(?=(?P<verb>[a-z]+)\s+(?P<next>[a-z]+))")


_AFTER_A_VERB = word_set("from to into through a an the its their")


def _subject_goes_on(before: str, listed: str) -> tuple[str, str | None]:
    """``each report is handed to a crew, which has a name, and goes from reported to ...``:
    the relative clause's list, and the report's own predicate after it (a verb after the
    comma's *and*, not one more item)."""
    subject = _MAIN_SUBJECT.match(before)
    goes_on = _SUBJECT_GOES_ON.search(listed)
    if subject is None or goes_on is None:
        return listed, None
    verb = goes_on["verb"]
    if not (verb.endswith("s") and verb_lemma(verb) not in (None, verb)):
        return listed, None
    if can_be_noun(verb) and goes_on["next"] not in _AFTER_A_VERB:
        return listed, None  # "which has a name, and notes": one more item
    return listed[: goes_on.start()], f"{subject['subject']} {listed[goes_on.end() :]}"


def which_has(sentence: str) -> str:
    """``... stands at a location, which is just a site name and an address``: *a location
    has a site name and an address*, the record the relative clause is about; a predicate
    after it is the sentence's subject's (*..., and goes from reported to cleared*)."""

    def plain(clause: str) -> list[str]:
        match = _WHICH_HAS.match(clause)
        if match is None or match.group("np") in _VALUE_WORDS:
            return [clause]
        if match.group("telling") and "," not in match.group("list"):
            return [clause]
        listed, after = _subject_goes_on(match["before"], match["list"])
        if after is not None:
            return [*plain(f"{match['before']}, which has {listed}"), after]
        np = match.group("np")
        new_one = _NEW_ONE_FOR_THE.search(match.group("before"))
        if (
            new_one is not None
            and new_one["known"] == np
            and can_be_noun(new_one["new"].split()[-1])
        ):
            np = new_one["new"]  # "an invoice for the airline, which has ...": the invoice's
        if match.group("before").endswith(f"then {np}"):
            # "..., and then customers, which is really just a company name, ...": the plural
            if not is_plural(np.split()[-1]):
                return [clause]
            before = re.sub(
                r",?\s*(?:and\s+)?then$", "", match.group("before")[: -len(np)].rstrip()
            )
            return [before, f"{np} have {match.group('list')}"]
        if is_plural(np.split()[-1]):
            # "several questionnaires of their own, which are just a title and ...": each one's
            return [match.group("before"), f"each {singular(np)} has {match.group('list')}"]
        return [match.group("before"), f"a {np} has {match.group('list')}"]

    return per_clause(sentence, plain)


_AND_EACH_WORKS_FOR_ONE = re.compile(
    r"^(?P<said>(?P<things>[a-z][\w\-]*s)\s+(?:have|are|get|carry|hold)\s+[^;]*?),\s+and\s+each\s+"
    r"(?:works|lives|is\s+based|belongs|comes)\s+(?:for|at|in|to|from|with)\s+(?:a|an|one)\s+"
    r"(?P<one>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:\s+\([^()]*\))?)(?=\s*(?:[,;]|$))"
)


def and_each_works_for_one(sentence: str) -> str:
    """``delegates have a name and a date of birth, and each works for a customer company
    (company name, phone)``: *...; each delegate belongs to one customer company (...)*; *each*
    is one of the things the clause began with."""
    match = _AND_EACH_WORKS_FOR_ONE.match(sentence)
    if match is None or not is_plural(match["things"]):
        return sentence
    thing = singular(match["things"])
    return f"{match['said']}; each {thing} belongs to one {match['one']}{sentence[match.end() :]}"
