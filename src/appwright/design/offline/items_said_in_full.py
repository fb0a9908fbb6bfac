"""Items said in full where a list names them shortly: *the date their next test is due*, *how
many letters that comes to*, *the right sphere ..., the same three for the left eye*.

`list_wording.items_said_plainly` runs these on the lowered text, before the readers split it
into sentences; each says an item the way the field readers name it.
"""

from __future__ import annotations

import re

from appwright.design.offline.word_forms import singular

_DATE_IT_IS_DUE = re.compile(
    r"\b(?:the\s+)?(?:date|day)\s+(?:its|their|his|her)\s+(?P<thing>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)"
    r"\s+(?:is|are|falls|fall)\s+due\b"
)
"""*the date their next test is due*: the next test due date, not a clause of its own."""
_HOW_MANY_IT_COMES_TO = re.compile(
    r"\bhow\s+many\s+(?P<things>[a-z][\w\-]*s)\s+(?:that|it|this|they)\s+"
    r"(?:comes?|adds?\s+up|works?\s+out)\s+to\b"
)
"""*how many letters that comes to*: the number of letters, not a step *comes*."""
_WHO_IS_DOING_BEFORE_ITS_LIST = re.compile(
    r"\bthe\s+(?P<who>[a-z][\w\-]*)\s+(?:who's|who\s+is|who\s+are)\s+[a-z]+ing\s+(?=\()"
)
"""*the relative who's asking (a name and a phone number)*: the relative, with their list."""
_OF_WHO_IS_DOING = re.compile(
    r"\b(?P<kept>register|list|record|log)\s+of\s+who(?:'s|\s+is|\s+are)\s+[a-z]+ing"
    r"(?:\s+(?:with\s+us|here|in|at\s+the\s+moment))?\b"
)
"""*a register of who's staying with us*: the register the owner wants, of records told later."""
_WHATEVER_THEY_COME_BACK_WITH = re.compile(
    r"\bwhatever\s+(?P<things>[a-z]+)\s+the\s+(?P<who>[a-z]+)\s+(?:comes|come|gets|get)\s+back\s+with"
    r"(?:\s+(?:are|is|get|gets)\s+(?:written|noted|put|logged)\s+on\s+(?:the|that|this)\s+[a-z]+)?"
)
"""*whatever notes the client comes back with get written on that revision*: the client notes."""
_THEY_ARE_OUR_CUSTOMERS = re.compile(
    r"\b(?P<things>[a-z][\w\-]*s)\s+are\s+our\s+(?:customers|clients)\s*,?\s+and\s+for\s+"
    r"(?P<each>each|every)\s+one\b(?!\s+of\b)"
)
"""*families are our customers, and for each one we note ...*: each family, the customer."""
_FROM_OUR_LIST = re.compile(
    r"(?<=[,:]\s)(?P<one>[a-z][\w\-]*)\s+\((?:picked\s+|chosen\s+)?from\s+(?:the\s+|our\s+)?"
    r"(?:staff\s+|team\s+)?(?:list|rota|register)\)"
)
"""*..., technician (from staff list)*: which technician, one of a list kept."""
_ONE_OR_OTHER_NUMBER = re.compile(
    r"\b(?P<the>the|a|an|its|their)\s+(?P<first>[a-z]+)\s+or\s+(?P<second>[a-z]+)\s+"
    r"(?P<what>number|code|ref|reference)\b"
)
"""*the grave or plot number*: one number, named by both its names."""
_THE_SAME_FOR_THE_OTHER = re.compile(
    r"(?P<said>(?:the\s+)?(?P<side>[a-z]+)\s+(?P<a>[a-z]+)(?:,\s+(?:the\s+)?(?P=side)\s+(?P<b>[a-z]+))?"
    r"(?:,|,?\s+and)\s+(?:the\s+)?(?P=side)\s+(?P<c>[a-z]+)),\s+the\s+same\s+(?:two|three)\s+for\s+"
    r"the\s+(?P<other>[a-z]+)(?:\s+(?:eye|side|ear|hand|foot|leg|arm|wheel|axle|half|end))?\b"
)
"""*the right sphere, right cylinder and right axis, the same three for the left eye*: three
more, said once."""


def _the_same_for_the_other(match: re.Match[str]) -> str:
    named = [n for n in (match["a"], match["b"], match["c"]) if n]
    other = match["other"]
    again = [f"{other} {name}" for name in named]
    return f"{match['said']}, the {', '.join(again[:-1])} and {again[-1]}"


_LIST_THEN_ITS_STEPS = re.compile(
    r"(?m)^(?P<head>[ \t\-*\u2022]*[a-z][\w\- ]*:[^;:\n]+);\s+(?P<field>status|stage|state)\s+"
    r"(?P<steps>[a-z][\w\- ]*,\s+then\s+[^;:.\n]+)"
)
"""*appointments: one cat, ..., paid yes/no; status booked, then done or no-show*: the status
is the last item of the list, its steps in brackets."""
_SEVERAL_PER_ONE = re.compile(
    r"(?m)^(?P<lead>[ \t\-*\u2022]*)(?P<things>[a-z][\w\-]*s):\s+(?:several|many|one\s+or\s+more|a\s+few)\s+"
    r"per\s+(?P<one>[a-z][\w\-]*),\s+(?:each\s+)?(?:(?P<first>(?:a|an)\s+[a-z][\w\-]*)\s+with\s+"
    r"(?=(?:a|an)\s))?"
)
"""*photos: several per appointment, each a link with a caption*: photos for an appointment,
each with a link and a caption."""

_FROM_ONE_DATE_TO_ANOTHER = re.compile(
    r"\b(?P<booked>books?\s+(?:a|an)\s+[a-z][\w\-]*\s+(?:in|at|on)\s+one\s+[a-z][\w\-]*)\s+"
    r"(?=from\s+(?:a|an|the)\s+[a-z]+\s+date\s+(?:to|until|till)\s+(?:a|an|the)\s+[a-z]+\s+date\b)"
)
"""*books a stay in one chalet from an arrival date to a departure date*: the two dates are
the stay's, said after a comma, not where the chalet is (*puts a guest in a room from ...* and
*runs from a start date to ...* are read as they are)."""

_HOW_MANY_FIT = re.compile(
    r"\bhow\s+many\s+(?:people|guests|players|children|kids|seats|cars|boats)\s+"
    r"(?:fit|can\s+fit|it\s+holds|it\s+takes|it\s+seats|can\s+sit)(?:\s+(?:in|on)\s+(?:it|there))?\b"
)
"""*how many people fit in it*: its capacity."""

_MONEY_THEY_GAVE = re.compile(
    r"\bthe\s+(?P<what>credit|refund|discount|compensation)\s+(?:they|he|she|it)\s+"
    r"(?:gave|give|gives|offered)(?:\s+(?:us|back))?\b"
)
"""*the credit they gave us*: the credit amount, money, not a *gave* of the credit (*the deposit
they paid* stays the deposit)."""


def _several_per_one(match: re.Match[str]) -> str:
    one = match["one"]
    article = "an" if one[0] in "aeiou" else "a"
    first = f"{match['first']}, " if match["first"] else ""
    return f"{match['lead']}{match['things']} for {article} {one}: {first}"


def items_said_in_full(lowered: str) -> str:
    """*the date their next test is due* is *the next test due date*, *how many letters that
    comes to* *the number of letters*, *how many people fit in it* *the capacity*, *the credit
    they gave us* *the credit amount*, *the relative who's asking (...)* *the relative (...)*,
    *the right sphere and right axis, the same two for the left eye* *... the left sphere and
    left axis*, *a register of who's staying with us* *a register*, *whatever notes the client
    comes back with* *the client notes*, *families are our customers, and for each one* *for
    each family*, *technician (from staff list)* *which technician*, *appointments: ...; status
    booked, then done* *appointments: ..., status (booked, then done)*, *photos: several per
    appointment, each a link with a caption* *photos for an appointment: a link, a caption*, *a
    stay in one chalet from an arrival date to ...* *a stay in one chalet, from an arrival date
    to ...*, and *the grave or plot number* *the grave-or-plot number*."""
    lowered = _DATE_IT_IS_DUE.sub(lambda m: f"the {m['thing']} due date", lowered)
    lowered = _HOW_MANY_IT_COMES_TO.sub(r"the number of \g<things>", lowered)
    lowered = _HOW_MANY_FIT.sub("the capacity", lowered)
    lowered = _MONEY_THEY_GAVE.sub(r"the \g<what> amount", lowered)
    lowered = _WHO_IS_DOING_BEFORE_ITS_LIST.sub(r"the \g<who> ", lowered)
    lowered = _THE_SAME_FOR_THE_OTHER.sub(_the_same_for_the_other, lowered)
    lowered = _WHATEVER_THEY_COME_BACK_WITH.sub(r"the \g<who> \g<things>", lowered)
    lowered = _OF_WHO_IS_DOING.sub(r"\g<kept>", lowered)
    lowered = _THEY_ARE_OUR_CUSTOMERS.sub(
        lambda m: f"for {m['each']} {singular(m['things'])}", lowered
    )
    lowered = _FROM_OUR_LIST.sub(r"which \g<one>", lowered)
    lowered = _LIST_THEN_ITS_STEPS.sub(r"\g<head>, \g<field> (\g<steps>)", lowered)
    lowered = _SEVERAL_PER_ONE.sub(_several_per_one, lowered)
    lowered = _FROM_ONE_DATE_TO_ANOTHER.sub(r"\g<booked>, ", lowered)
    return _ONE_OR_OTHER_NUMBER.sub(r"\g<the> \g<first>-or-\g<second> \g<what>", lowered)
