"""The values a field takes, said as kinds or examples, written as the field with its values:
*a type like suit, dress or shirt* is *a type (suit, dress or shirt)*, *whether it's set, sprung
or lifted* a status, *each kit item is a harness, rope or auto-belay* its type.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_past_participle, is_plural

_OPTION = r"(?!(?:the|a|an|our|their)\b)[a-z][\w\-]*(?:\s+(?!or\b)[a-z][\w\-]*)?"
_A_VALUE_LIKE = re.compile(
    r"\b(?P<np>(?:a|an|the|its|their)\s+[a-z][\w\-]*)\s+(?:like|such\s+as|e\.g\.|for\s+example)\s+"
    rf"(?P<options>(?:{_OPTION},\s+)+{_OPTION},?\s+or\s+{_OPTION})(?=\s*(?:,|;|$|\s+and\s))"
)


def value_like_these(sentence: str) -> str:
    """``every garment has a type like suit, dress or shirt, a colour ...``: *a type (suit,
    dress or shirt)*; the values one field takes, said as examples (or in brackets after
    *one of*)."""

    def plain(match: re.Match[str]) -> str:
        if is_plural(match["np"].split()[-1]):
            return match[0]  # "the tools like drills, saws or sanders": records
        return f"{match['np']} ({match['options']})"

    return _A_VALUE_LIKE.sub(plain, _ONE_OF_IN_BRACKETS.sub("(", sentence))


_ONE_OF_IN_BRACKETS = re.compile(
    r"\((?:both|each|either)?\s*(?:one\s+)?of\s+(?=[a-z][^()]*,[^()]*\sor\s[^()]*\))"
)
"""*the plan they want (both one of hot desk, fixed desk or private office)*: the values."""


_STATE = r"[a-z][\w\-]*(?:\s+(?!(?:or|and|the|a|an|by|on|in|at|for|to|with|not)\b)[a-z][\w\-]*)?"
"""A state of one or two words (*part paid*)."""
_WHETHER_ONE_OF = re.compile(
    r"\bwhether\s+(?:it|they)(?:'s|'re|\s+is|\s+are)\s+(?:currently\s+|now\s+|still\s+)?"
    rf"(?P<values>{_STATE}(?:,\s+{_STATE})*,?\s+or\s+{_STATE})\b"
)
_WHETHER_A_ONE_OF = re.compile(
    r"\bwhether\s+(?:it|they|he|she)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:an?\s+)"
    r"(?P<values>[a-z][\w\-]*(?:,\s+(?:an?\s+)?[a-z][\w\-]*)*,?\s+or\s+(?:an?\s+)?[a-z][\w\-]*)\b"
    r"(?!\s+[a-z][\w\-]*\s+or\b)(?=\s*(?:[,;.)]|\s+and\b|$))"
)


def whether_one_of(sentence: str) -> str:
    """``a grid reference and whether it's currently set, sprung or lifted``: *a status (set,
    sprung or lifted)*; one of several states, not a yes/no for each (*whether it's unpaid, part
    paid or paid* is a payment status; *whether it's paid or not* is a yes/no, *whether it's freshwater or marine* a kind). ``whether they're a volunteer
    or paid``, ``whether it's a pick-up or a drop-off``: *a type (volunteer or paid)*, what the
    record is."""

    def status(match: re.Match[str]) -> str:
        values = re.split(r",\s+|,?\s+or\s+", match["values"])
        if "not" in values or any(v in FUNCTION_WORDS for v in values):
            return match[0]
        if not any(is_past_participle(v) for v in values):
            return match[0]  # "whether it's freshwater or marine": a kind, left to its reader
        # "whether it's unpaid, part paid or paid": how far it is paid
        what = (
            "a payment status"
            if all(v.split()[-1].endswith("paid") for v in values)
            else "a status"
        )
        return f"{what} ({match['values']})"

    def kind(match: re.Match[str]) -> str:
        values = re.split(r",\s+(?:an?\s+)?|,?\s+or\s+(?:an?\s+)?", match["values"])
        if "not" in values or any(v in FUNCTION_WORDS for v in values):
            return match[0]
        return f"a type ({', '.join(values[:-1])} or {values[-1]})"

    return _WHETHER_ONE_OF.sub(status, _WHETHER_A_ONE_OF.sub(kind, sentence))


_PART_OF_DAY = r"(?:morning|afternoon|evening|night|day|am|pm|all-day|full-day|half-day)"
_A_ONE_PART_OF_DAY = re.compile(
    rf"\b(?P<head>(?:a|an|the)\s+[a-z][\w\-]*),\s+(?P<values>(?:{_PART_OF_DAY},\s+"
    rf")*{_PART_OF_DAY},?"
    rf"\s+or\s+{_PART_OF_DAY})(?=\s*(?:[,;.]|$))"
)


_VALUE_HEADS = (
    r"(?:sex|gender|size|colour|color|side|shift|session|priority|outcome|result|rating|condition|"
    r"handedness|hand|finish)"
)
_A_KIND_THEN_ITS_VALUES = re.compile(
    rf"\b(?P<head>(?:a|an|the|its|their)\s+{_VALUE_HEADS}),\s+"
    r"(?P<values>(?!(?:the|a|an|its|their)\b)[a-z][\w\-]*(?:,\s+(?!(?:the|a|an|its|"
    r"their)\b)[a-z][\w\-]*)*"
    r",?\s+or\s+(?!(?:the|a|an|its|their)\b)[a-z][\w\-]*)(?=\s*(?:[,;.]|$))"
)
"""*the sex, male or female, the carcass weight ...*: the values of a field that takes a few,
said between commas after it."""


def parts_of_the_day(sentence: str) -> str:
    """``a visit for a date and a session, morning or afternoon, ...``: *a session (morning or
    afternoon)*; the parts of a day after a comma are the values of what they follow, as are
    the values after a word that takes a few (``the sex, male or female, ...``)."""
    sentence = _A_KIND_THEN_ITS_VALUES.sub(r"\g<head> (\g<values>)", sentence)
    return _A_ONE_PART_OF_DAY.sub(r"\g<head> (\g<values>)", sentence)


_EXAMPLES_BETWEEN_COMMAS = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s),\s+(?P<examples>(?:a|an|the|some)\s+[^;:()]+?,\s+[^;:()]+?\s+"
    r"(?:and\s+so\s+on|etc|and\s+the\s+like|that\s+kind\s+of\s+thing|that\s+sort\s+of\s+thing)),\s+"
    r"(?=each\s)"
)


def examples_between_commas(sentence: str) -> str:
    """``we've got item types, a king duvet cover, a bath towel and so on, each with a name``:
    *we've got item types (a king duvet cover, a bath towel and so on), each with a name*; the
    examples are what the records are, not records or fields of their own."""
    return _EXAMPLES_BETWEEN_COMMAS.sub(r"\g<things> (\g<examples>), ", sentence)


_IS_ONE_OF_KINDS = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:a|an|"
    r"either\s+a|either\s+an)\s+"
    r"(?P<kinds>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:,\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)+,?\s+or\s+"
    r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+(?P<verb>has|have)\s+"
)


_KIND_SAID = r"(?:(?:a|an)\s+)?[a-z][\w\-]*(?:\s+(?!or\b)[a-z][\w\-]*){0,3}?"
_IS_ONE_OF_KINDS_WITH = re.compile(
    r"(?P<lead>^|,\s+and\s+)(?P<record>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+"
    rf"(?:either\s+)?(?:a|an)\s+(?P<kinds>{_KIND_SAID}(?:,\s+{_KIND_SAID})*,?\s+or\s+"
    rf"{_KIND_SAID}),\s+with\s+(?=(?:a|an|the|its|their)\s)"
)
"""*we put on events, and each event is a lunch and learn, friday drinks or a workshop, with a
title, ...*: the kinds, then its list."""


def _kinds_then_list(match: re.Match[str]) -> str:
    kinds = re.sub(r"(?:(?<=^)|(?<=,\s)|(?<=\sor\s))(?:a|an)\s+", "", match["kinds"])
    if any(kind in FUNCTION_WORDS for kind in re.split(r",\s+|\s+or\s+", kinds)):
        return match[0]
    lead = "; " if match["lead"] else ""
    return f"{lead}{match['record']} has a type ({kinds}), "


_IS_CALLED_ONE_OF = re.compile(
    r"^(?P<record>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+(?:called|"
    r"named)\s+"
    r"(?P<names>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)\s+and\s+(?P<verb>has|"
    r"have)\s+"
)


def is_one_of_kinds(sentence: str) -> str:
    """``each kit item is a harness, belay device, rope or auto-belay and has a serial number``:
    *each kit item has a type (harness, belay device, rope or auto-belay), a serial number*;
    the kinds it can be are the values of its type; so are the two of *..., is either a delivery
    or a collection, and ...*, told among the record's pieces, and the names of *a band is called
    low, shoulder, high or peak and has ...* are the values of its name, and the kinds of
    *each event is a lunch and learn, friday drinks or a workshop, with a title* its type."""
    sentence = _IS_EITHER_AMONG_ITS_PIECES.sub(_either_as_type, sentence)
    sentence = _IS_ONE_OF_KINDS_WITH.sub(_kinds_then_list, sentence)
    sentence = _IS_CALLED_ONE_OF.sub(r"\g<record> has a name (\g<names>), ", sentence)
    return _IS_ONE_OF_KINDS.sub(r"\g<record> has a type (\g<kinds>), ", sentence)


_IS_EITHER_AMONG_ITS_PIECES = re.compile(
    r",\s+is\s+either\s+(?:a|an)\s+(?P<one>[a-z][\w\-]*)\s+or\s+(?:a|an)\s+(?P<other>[a-z][\w\-]*)"
    r"(?=,|\s+and\s)"
)
"""*each drop goes to a job site, is either a delivery or a collection, and has ...*."""


def _either_as_type(match: re.Match[str]) -> str:
    if match["one"] in FUNCTION_WORDS or match["other"] in FUNCTION_WORDS:
        return match[0]
    return f", has a type ({match['one']} or {match['other']})"


_EACH_ONE_OF_KINDS = re.compile(
    r",\s+each\s+(?:one\s+)?(?:is\s+)?(?:either\s+)?"
    r"(?P<kinds>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)"
    r"(?:(?P<with>,\s+with\s+(?=(?:a|an|the|its|their)\s))|(?=\s*(?:;|$)))"
)


_KIND = r"(?:(?:a|an)\s+)?[a-z][\w\-]*(?:\s+(?!or\b)[a-z][\w\-]*){0,3}"
_EACH_ONE_BEING = re.compile(
    rf",\s+each\s+(?:one\s+)?being\s+(?:either\s+)?(?P<kinds>{_KIND}(?:,\s+{_KIND})*,?\s+"
    rf"or\s+{_KIND})"
    r"(?=\s*(?:;|$)|,\s+and\s)"
)
"""*several jobs, each one being a clean and check, new tubing, wax removal or a retest*."""


def each_one_of_kinds(sentence: str) -> str:
    """``the rooms we have asked for, each one single, twin, double or triple, with a notes
    box``: *the rooms ..., each with a type (single, twin, double or triple) and a notes box*;
    the words each one is are the values of its type (*each one being a clean and check, ... or
    a retest*: each with a type (clean and check, ... or retest))."""

    def typed(match: re.Match[str]) -> str:
        kinds = match["kinds"]
        if any(kind in FUNCTION_WORDS for kind in re.split(r",\s+|\s+or\s+", kinds)):
            return match[0]  # "each one, or all of them": no values
        return f", each with a type ({kinds})" + (" and " if match["with"] else "")

    def being(match: re.Match[str]) -> str:
        kinds = re.sub(r"(?:(?<=^)|(?<=,\s)|(?<=\sor\s))(?:a|an)\s+", "", match["kinds"])
        return f", each with a type ({kinds})"

    return _EACH_ONE_BEING.sub(being, _EACH_ONE_OF_KINDS.sub(typed, sentence))


_IN_ONE_OR_OTHER = re.compile(
    r",\s+(?:in|on|during)\s+(?:either\s+)?the\s+(?P<first>[a-z][\w\-]*)\s+or\s+(?:the\s+)?"
    r"(?P<second>[a-z][\w\-]*)\s+(?P<what>round|shift|session|slot|sitting|run|service)\b"
)
_IN_A_SLOT_OF_TWO = re.compile(
    r",\s+(?:in|on|during)\s+a\s+(?P<what>shift|session|slot|sitting)\s+\((?P<two>[a-z][\w\-]*\s+"
    r"or\s+"
    r"[a-z][\w\-]*)\)"
)
"""*..., in a slot (morning or afternoon)*, as *in a morning or afternoon slot* is said plainly."""


def in_one_or_the_other(sentence: str) -> str:
    """``a collection is from one henhouse on a date, in either the morning or the afternoon
    round``: *... on a date with a round (morning or afternoon)*; which of the two it was is a
    value; so is *..., in a slot (morning or afternoon)*."""
    sentence = _IN_A_SLOT_OF_TWO.sub(lambda m: f" with a {m['what']} ({m['two']})", sentence)
    return _IN_ONE_OR_OTHER.sub(
        lambda m: f" with a {m['what']} ({m['first']} or {m['second']})", sentence
    )


_ONE_WORD_OR_TWO = r"(?!(?:the|a|an|our|their)\b)[a-z][\w\-]*(?:\s+(?!or\b)[a-z][\w\-]*)?"
_A_KIND_OF_ONE_OR_OTHER = re.compile(
    r"\b(?P<head>(?:a|an|the|its|their)\s+(?:discipline|sport|style|kind|type|choice|mode|"
    r"method))\s+of\s+"
    rf"(?P<one>{_ONE_WORD_OR_TWO})\s+or\s+(?P<other>{_ONE_WORD_OR_TWO})(?=\s*(?:[,;.]|$))"
)
_PAYMENT = (
    r"(?:card|cash|cheque|check|bank\s+transfer|transfer|invoice|direct\s+debit|paypal|voucher|"
    r"store\s+credit|shop\s+credit|gift\s+card)"
)
_PAID_BY_ONE_OR_OTHER = re.compile(
    rf",\s+paid\s+(?:by|in|with)\s+(?P<one>{_PAYMENT})\s+or\s+(?:by\s+|in\s+|with\s+"
    rf")?(?P<other>{_PAYMENT})"
    r"(?=,\s+(?:has|have|is|are)\b)"  # in a list (*date, paid by card or cash, ...*) it is read
)

_IS_PAID_ONE_WAY_OR_ANOTHER = re.compile(
    r"\b(?:is|are|gets|get)\s+paid\s+(?:for\s+)?(?:by|in|with)\s+"
    rf"(?P<ways>{_PAYMENT}(?:,\s+(?:by\s+)?{_PAYMENT})*,?\s+or\s+"
    rf"(?:by\s+|in\s+|with\s+)?{_PAYMENT})"
    r"(?=\s*(?:[,;.]|$)|\s+and\s)"
)
"""*a sale happens on a date, is made to a customer, is paid by cash or card and ...*."""


def _paid_one_way_or_another(match: re.Match[str]) -> str:
    ways = re.sub(r"(?:(?<=,\s)|(?<=\sor\s))(?:by|in|with)\s+", "", match["ways"])
    return f"has a payment method ({ways})"


_IS_FOR_ONE_OF_THESE = re.compile(
    r"\bis\s+for\s+(?:one|a\s+single)\s+(?P<what>[a-z][\w\-]*)\s+"
    r"\((?P<values>[a-z][\w\-]*(?:,\s+[a-z][\w\-]*)+,?\s+or\s+[a-z][\w\-]*)\)"
)
"""*each standing order ... is for one weekday (monday, tuesday, ... or friday), with ...*: the
one it is for is one of the values named, no record."""


_CAME_IN_AS_ONE_OR_OTHER = re.compile(
    r"\bwhether\s+(?:it|they)\s+(?:(?:came|come|comes|was|were|is|are)\s+(?:(?:in\s+)?(?:as|by|"
    r"in)\s+)?|(?:took|take|takes|chose|choose|chooses|wanted|want|wants)\s+)"
    rf"(?P<one>{_PAYMENT})\s+or\s+(?:as\s+|by\s+|in\s+)?(?P<other>{_PAYMENT})\b"
    r"(?![^()]*\))"  # in brackets it is read by the bracket's own list
    r"(?:\s*\([^()]*\))?"  # "(credit gets them more)": the values are said, so a remark
)


_HANDED_BACK_AS_ONE_OR_OTHER = re.compile(
    r"\bwhether\s+(?:we|i)\s+(?:handed|gave|paid)\s+(?:the|their|its)\s+(?:deposit|money)\s+back\s+"
    rf"(?:as|by|in)\s+(?P<one>{_PAYMENT})\s+or\s+(?:as\s+|by\s+|in\s+)?(?P<other>{_PAYMENT})\b"
)


_SENT_BY_ONE_OR_OTHER = re.compile(
    r"\bwhether\s+(?:it|they)\s+(?:goes|go|is|are|gets|get)\s+(?:out\s+|sent\s+|delivered\s+|"
    r"posted\s+)?"
    r"by\s+(?P<one>post|email|e-mail|hand|courier|text|phone)\s+or\s+(?:by\s+)?(?P<other>post|"
    r"email|e-mail|"
    r"hand|courier|text|phone)(?:,\s+because\s+[^,;.]+?\s+(?:chooses|choose|decides|decide|picks|"
    r"pick))?\b"
)


def one_or_the_other_said_of(sentence: str) -> str:
    """``a pupil has a name and a discipline of ski or snowboard``: *a discipline (ski or
    snowboard)*; and ``a sale is made on a date, paid by card or cash, has ...``: *..., a payment
    method (card or cash), ...*, and ``whether it goes out by post or by email``: *a delivery
    method (post or email)*, and ``whether it came in as cash or card``: *a payment method
    (cash or card)*, and ``... and is paid by cash or card``: *... and has a payment method
    (cash or card)*; which of the two it is is a value, and so is the one of ``is for one
    weekday (monday, tuesday, ... or friday)``."""
    sentence = _IS_PAID_ONE_WAY_OR_ANOTHER.sub(_paid_one_way_or_another, sentence)
    sentence = _IS_FOR_ONE_OF_THESE.sub(r"has a \g<what> (\g<values>)", sentence)
    sentence = _SENT_BY_ONE_OR_OTHER.sub(r"a delivery method (\g<one> or \g<other>)", sentence)
    sentence = _HANDED_BACK_AS_ONE_OR_OTHER.sub(r"a refund method (\g<one> or \g<other>)", sentence)
    sentence = _CAME_IN_AS_ONE_OR_OTHER.sub(r"a payment method (\g<one> or \g<other>)", sentence)
    sentence = _A_KIND_OF_ONE_OR_OTHER.sub(r"\g<head> (\g<one> or \g<other>)", sentence)
    return _PAID_BY_ONE_OR_OTHER.sub(r", has a payment method (\g<one> or \g<other>)", sentence)
