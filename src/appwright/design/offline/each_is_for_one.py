"""Records told as being for one of another: with the other's list, booked for one with
another, sent to us, chosen from a list, or raised to one for another; and who does a job, told
as one of the staff.

*each appointment is for one finished glasses order, with its order number and the date it
came back* lists the order's fields: *its* is the order's, the nearest record; so is the
bracket of *each appointment is for one memorial (reference, ...) and goes to one crew*.
*sight tests are booked for a patient with one of our optometrists* and *each claim is against
one job (we go by the job number) and one lab* link each record to both; *a finished test
gives ...* is what each test gives. *a client (...) sends us a mix job, which is ...* and
*when we send a version back, that is a revision: it gets ...* name the record and its list;
*each order says which burial ground it is going to, chosen from our list of ... with name and
town* and *the blank comes from one supplier (name, ...)* give the other record its list; *we
raise a purchase order to a supplier for a blank, with ...* links it to both. *the dispenser
doing the fit is one of our staff, with their name and GOC number* names a record of people by
the job they do. `simplify` runs them in its order.
"""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_forms import can_name_records, singular, singular_phrase

_NAME = r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?"
_IS_FOR_ONE_WITH_ITS = re.compile(
    rf"^(?:each|every|an?)\s+(?P<record>{_NAME})\s+is\s+(?:for|of)\s+(?:one|a\s+single)\s+"
    rf"(?P<one>{_NAME}),\s+with\s+its\s+(?P<listed>[^;]+?)(?P<rest>,\s+and\s+(?:each|every)\s+\S.*)?$"
)
"""*each appointment is for one finished glasses order, with its order number and ...*."""


def is_for_one_with_its(sentence: str) -> str:
    """``each appointment is for one finished glasses order, with its order number and the date
    it came back, and each order belongs to a patient``: *each appointment belongs to one
    finished glasses order; each finished glasses order has its order number and ...; each
    order belongs to a patient*; *its* after the one it is for is that one's."""
    match = _IS_FOR_ONE_WITH_ITS.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record == one or not can_name_records(record.split()[-1], one.split()[-1]):
        return sentence
    said = f"each {record} belongs to one {one}; each {one} has its {match['listed']}"
    rest = match["rest"]
    return f"{said}; {rest.removeprefix(',').strip().removeprefix('and ')}" if rest else said


_IS_FOR_ONE_LISTED = re.compile(
    rf"^(?:each|every|an?)\s+(?P<record>{_NAME})\s+is\s+for\s+(?:one|a\s+single)\s+(?P<one>{_NAME})\s+"
    r"\((?P<listed>[^()]+,[^()]+)\)(?:\s+and\s+(?P<rest>[a-z][^;]*))?$"
)
"""*each appointment is for one memorial (reference, weight, ...) and goes to one crew, ...*."""
_CHOICE_AFTER_COLON = re.compile(
    r"(?P<field>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?):\s+(?P<values>[^:]+\s+or\s+[^:]+)$"
)


def is_for_one_listed(sentence: str) -> str:
    """``each appointment is for one memorial (reference, weight in kilos, foundation type:
    ground anchor or concrete raft) and goes to one crew``: *each appointment belongs to one
    memorial; each memorial has reference, ..., foundation type (ground anchor or concrete
    raft); each appointment goes to one crew*; the bracket is the memorial's list, and a
    second one it is for (*... and one unit (unit number)*) is one it belongs to."""
    match = _IS_FOR_ONE_LISTED.match(sentence)
    if match is None:
        return sentence
    record, one = match["record"], match["one"]
    if record == one or not can_name_records(record.split()[-1], one.split()[-1]):
        return sentence
    if ":" not in match["listed"] and re.search(r"\sor\s", match["listed"]):
        return sentence  # "for one dance type (ballet, tap or jazz)": its values, not a list
    listed = _CHOICE_AFTER_COLON.sub(r"\g<field> (\g<values>)", match["listed"])
    said = [f"each {record} belongs to one {one}", f"each {one} has {listed}"]
    other = _AND_ONE_OTHER.match(match["rest"] or "")
    if other is not None:
        said.append(f"each {record} belongs to one {other['other']}")
        if other["its"]:
            said.append(f"each {other['other']} has {other['its']}")
    elif match["rest"]:
        said.append(f"each {record} {match['rest']}")
    return "; ".join(said)


_AND_ONE_OTHER = re.compile(
    rf"^(?:one|a\s+single)\s+(?P<other>{_NAME})(?:\s+\((?P<its>[^()]+)\))?$"
)
"""*... is for one customer (name, email) and one unit (unit number)*: a second one it is
for, with its own list."""


_THE_ONE_DOING_IT_IS_STAFF = re.compile(
    r"^the\s+(?P<who>[a-z][\w\-]*)\s+(?:doing|taking|running|leading|handling|giving)\s+the\s+"
    r"[a-z][\w\-]*\s+is\s+(?:always\s+)?one\s+of\s+(?:our|the)\s+(?:staff|team|employees|people),?\s+"
    r"with\s+(?:their|his|her)\s+(?P<listed>\S.+)$"
)
"""*the dispenser doing the fit is one of our staff, with their name and GOC number*."""


def the_one_doing_it_is_staff(sentence: str) -> str:
    """``the dispenser doing the fit is one of our staff, with their name and GOC number``:
    *each dispenser has a name and GOC number*; people named by the job they do are a record
    of their own, and the list is theirs."""
    match = _THE_ONE_DOING_IT_IS_STAFF.match(sentence)
    if match is None or not can_name_records(match["who"]):
        return sentence
    return f"each {match['who']} has a {match['listed']}"


_BOOKED_FOR_ONE_WITH_ONE = re.compile(
    r"^(?:(?:each|every|a|an)\s+)?(?P<things>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+(?:is|are)\s+"
    r"(?:booked|made|arranged|set\s+up)\s+for\s+(?:a|an|one)\s+(?P<one>[a-z][\w\-]*)\s+with\s+"
    r"(?:one\s+of\s+(?:our|the)\s+(?P<many>[a-z][\w\-]*s)|(?:a|an|one)\s+(?P<other>[a-z][\w\-]*))$"
)
"""*sight tests are booked for a patient with one of our optometrists*."""


def booked_for_one_with_one(sentence: str) -> str:
    """``sight tests are booked for a patient with one of our optometrists``: *each sight test
    belongs to one patient; each sight test belongs to one optometrist*; who it is for and who
    it is with are its two links."""

    def plain(part: str) -> str:
        match = _BOOKED_FOR_ONE_WITH_ONE.match(part)
        if match is None:
            return part
        record, one = singular_phrase(match["things"]), match["one"]
        other = match["other"] or singular(match["many"])
        if len({record, one, other}) < 3 or not can_name_records(record.split()[-1], one, other):
            return part
        return f"each {record} belongs to one {one}; each {record} belongs to one {other}"

    return per_statement(sentence, plain)


_DONE_ONE_HAS = re.compile(
    r"^(?:a|an|each|every)\s+(?:finished|completed|confirmed|signed[\s\-]off|approved|closed)\s+"
    r"(?P<record>[a-z][\w\-]*)\s+(?=(?:has|gives|produces)\s+(?:a|an)\s)"
)
"""*a finished test gives a prescription ...*: what each test gives once it is finished."""


def done_one_has(sentence: str) -> str:
    """``a finished test has a prescription with ...``: *each test has a prescription with
    ...*; the test is the record, finished or not, not a record of finished tests."""
    match = _DONE_ONE_HAS.match(sentence)
    if match is None or not can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} {sentence[match.end() :]}"


_SENDS_US_ONE_WHICH_IS = re.compile(
    r"^(?:a|an|the|each|every)\s+(?P<who>[a-z][\w\-]*)(?:\s+\((?P<theirs>[^()]+)\))?\s+"
    r"(?:sends\s+us|brings\s+us|brings\s+in|gives\s+us|books)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?),\s+which\s+is\s+(?:basically\s+|just\s+|really\s+)?(?P<listed>[^;]+?)"
    r"(?:,\s+and\s+one\s+of\s+our\s+(?P<doers>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\s+"
    r"(?:takes\s+it\s+on|handles\s+it|does\s+it|works\s+on\s+it|picks\s+it\s+up))?$"
)
"""*a client (name and email) sends us a mix job, which is a song title, ..., and one of our
mix engineers takes it on*."""


def sends_us_one_which_is(sentence: str) -> str:
    """``a client (name and email) sends us a mix job, which is a song title, the artist name
    and the fee, and one of our mix engineers takes it on``: *each client has name and email;
    each mix job belongs to one client; each mix job has a song title, ...; each mix job
    belongs to one mix engineer*; what is sent is the record, its *which is* its list."""
    match = _SENDS_US_ONE_WHICH_IS.match(sentence)
    if match is None:
        return sentence
    who, record = match["who"], match["record"]
    if who == record or not can_name_records(who, record.split()[-1]):
        return sentence
    said = [f"each {record} belongs to one {who}", f"each {record} has {match['listed']}"]
    if match["theirs"]:
        said.insert(0, f"each {who} has {match['theirs']}")
    if match["doers"]:
        said.append(f"each {record} belongs to one {singular_phrase(match['doers'])}")
    return "; ".join(said)


_WHEN_DONE_THAT_IS_ONE = re.compile(
    r"^(?:when|each\s+time|every\s+time|whenever)\s+[^,:;]+,\s+(?:that\s+is|that's|this\s+is|it\s+is)\s+"
    r"(?:a|an)\s+(?P<record>[a-z][\w\-]*):\s+(?:it|each\s+one)\s+(?:gets|has|holds|carries)\s+"
    r"(?P<listed>\S.+)$"
)
"""*when we send a version back, that is a revision: it gets a number, ...*."""


def when_done_that_is_one(sentence: str) -> str:
    """``when we send a version back, that is a revision: it gets a number, the date we sent
    it and ...``: *each revision has a number, ...*; what the act is called is the record."""
    match = _WHEN_DONE_THAT_IS_ONE.match(sentence)
    if match is None or not can_name_records(match["record"]):
        return sentence
    return f"each {match['record']} has {match['listed']}"


_WHICH_ONE_CHOSEN_FROM_OUR_LIST = re.compile(
    r"^(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+(?:has|says)\s+which\s+(?P<one>[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)\s+it\s+(?:is|goes)\s+(?:going\s+)?(?:to|in|for|at|on|from),\s+"
    r"(?:chosen|picked|taken)\s+from\s+(?:our|a|the)\s+list\s+of\s+[^,;]+?\s+with\s+(?P<listed>[^;]+)$"
)
"""*each order has which burial ground it is going to, chosen from our list of cemeteries and
churchyards with name and town*."""


def which_one_chosen_from_our_list(sentence: str) -> str:
    """``each order has which burial ground it is going to, chosen from our list of cemeteries
    and churchyards with name and town``: *each order belongs to one burial ground; each burial
    ground has name and town*; the list it is chosen from is of the one it names."""

    def plain(part: str) -> str:
        match = _WHICH_ONE_CHOSEN_FROM_OUR_LIST.match(part)
        if match is None or not can_name_records(match["record"], match["one"].split()[-1]):
            return part
        record, one = match["record"], match["one"]
        return f"each {record} belongs to one {one}; each {one} has {match['listed']}"

    return per_statement(sentence, plain)


_COMES_FROM_ONE_LISTED = re.compile(
    r"^(?:the|each|every|a|an)\s+(?P<record>[a-z][\w\-]*)\s+(?:comes|is\s+bought|is\s+sourced|is\s+supplied)\s+"
    r"from\s+(?:one|a|a\s+single)\s+(?P<one>[a-z][\w\-]*)\s+\((?P<listed>[^()]+,[^()]+)\)$"
)
"""*the blank comes from one supplier (name, country, email, website)*."""


def comes_from_one_listed(sentence: str) -> str:
    """``each blank has ...; the blank comes from one supplier (name, country, email)``: *...;
    each blank belongs to one supplier; each supplier has name, country, email*; the bracket
    is the supplier's list."""

    def plain(part: str) -> str:
        match = _COMES_FROM_ONE_LISTED.match(part)
        if match is None:
            return part
        record, one = match["record"], match["one"]
        if record == one or not can_name_records(record, one):
            return part
        return f"each {record} belongs to one {one}; each {one} has {match['listed']}"

    return per_statement(sentence, plain)


_RAISED_TO_ONE_FOR_ANOTHER = re.compile(
    r"^(?:when\s+[^,;]+,\s+)?(?:we|i)\s+(?:raise|send|place|make)\s+(?:a|an)\s+(?P<record>[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?)\s+to\s+(?:a|an|one|the)\s+(?P<one>[a-z][\w\-]*)\s+for\s+(?:a|an|one|the)\s+"
    r"(?P<other>[a-z][\w\-]*),?\s+with\s+(?P<listed>(?:the|a|an)\s[^;]+)$"
)
"""*when stock runs low, we raise a purchase order to a supplier for a blank, with ...*."""


def raised_to_one_for_another(sentence: str) -> str:
    """``we raise a purchase order to a supplier for a blank, with the quantity ordered, ...``:
    *each purchase order belongs to one supplier; each purchase order belongs to one blank;
    each purchase order has the quantity ordered, ...*; who it goes to and what it is for are
    its links."""
    match = _RAISED_TO_ONE_FOR_ANOTHER.match(sentence)
    if match is None:
        return sentence
    record, one, other = match["record"], match["one"], match["other"]
    if len({record, one, other}) < 3 or not can_name_records(record.split()[-1], one, other):
        return sentence
    return (
        f"each {record} belongs to one {one}; each {record} belongs to one {other}; "
        f"each {record} has {match['listed']}"
    )


_IS_AGAINST_ONE_AND_ONE = re.compile(
    r"^(?:each|every)\s+(?P<record>[a-z][\w\-]*)\s+is\s+(?:against|for|on)\s+one\s+(?P<one>[a-z][\w\-]*)"
    r"(?:\s+\((?:we\s+go\s+by|known\s+by|by)\s+(?:the|its|their)\s+(?P<key>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\))?"
    r"\s+and\s+one\s+(?P<other>[a-z][\w\-]*)$"
)
"""*each claim is against one job (we go by the job number) and one lab*."""


def is_against_one_and_one(sentence: str) -> str:
    """``each claim is against one job (we go by the job number) and one lab``: *each claim
    belongs to one job; each job has a job number; each claim belongs to one lab*; what the
    one is known by is its own field."""

    def plain(part: str) -> str:
        match = _IS_AGAINST_ONE_AND_ONE.match(part)
        if match is None:
            return part
        record, one, other = match["record"], match["one"], match["other"]
        if len({record, one, other}) < 3 or not can_name_records(record, one, other):
            return part
        said = [f"each {record} belongs to one {one}", f"each {record} belongs to one {other}"]
        if match["key"]:
            said.insert(1, f"each {one} has a {match['key']}")
        return "; ".join(said)

    return per_statement(sentence, plain)


_IS_ONE_OF_OURS_WITH = re.compile(
    r"^(?:each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+is\s+one\s+of\s+"
    r"(?:our|the)\s+"
    r"(?P<ones>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?:\s+\([^()]*\))?,?\s+with\s+"
    r"(?P<listed>(?:a|an|the|its|their|how)\s[^;]+)$"
)


def is_one_of_ours_with(sentence: str) -> str:
    """``each line is one of our shop products (...) with the quantity ordered and the trade
    price``: *each line is for one shop product; each line has the quantity ordered and ...*;
    what follows *with* is the line's, not the product's."""

    def told(statement: str) -> str:
        match = _IS_ONE_OF_OURS_WITH.match(statement)
        if match is None:
            return statement
        record, one = match["record"], singular_phrase(match["ones"])
        if one == match["ones"] or not can_name_records(record.split()[-1], one.split()[-1]):
            return statement
        return f"each {record} is for one {one}; each {record} has {match['listed']}"

    return per_statement(sentence, told)
