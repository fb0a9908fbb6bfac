"""The wordings of a record's field list that say what *each driver has a name and a phone
number* says, written that way, the one the list readers know best.

`kept_for_each` turns round a list told before its record (*we keep a name and a phone number
for each driver*) or after *for each* (*for each stove on display we keep ...*); `said_as_has`
reads the verbs owners use in place of *has* where the readers knew only *has* (*a repair
request records who raised it, ...*, *rooms are known by hall and room number*, *a withdrawal
would be a date, the tonnes taken and which barn*, *i'd want each report to hold ...*).
`simplify` runs both before the other rewrites, and `for_the_parse` the first."""

from __future__ import annotations

import re

from appwright.design.offline.clause_rewrites import per_statement
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import (
    can_be_noun,
    is_plural,
    listed_as_noun,
    singular,
    verb_lemma,
)

_KEPT_FOR_EACH = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?(?:we|i)\s+(?:(?:also|just|only)\s+)?"
    r"(?:keep|record|note|log|store|hold|need|want|track|take\s+down|write\s+down)\s+"
    r"(?P<listed>(?:a|an|the|their|its|his|her)\s+[^;:().]+?)"
    r"\s+for\s+(?P<each>each|every)\s+(?P<record>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})"
    r"\s*(?P<end>[.!]?)$"
)
"""*we keep a name, a phone and a licence expiry date for each driver*: a list of two items or
more, then the one record each is kept for, at the end of the clause."""

_FOR_EACH_WE_KEEP = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?for\s+(?P<each>each|every)\s+"
    r"(?P<record>[a-z][\w\-]*(?:\s+(?!(?:on|in|for)\s)[a-z][\w\-]*){0,2})"
    r"(?P<state>\s+(?:on|in|for)\s+[a-z][\w\-]*)?"
    # "for every market day we go to, we record ...": which of them, no part of the record
    r"(?:\s+(?:we|i)\s+(?:go\s+to|attend|run|hold|work|do|visit|cover)(?=\s*,|\s+(?:we|i)\s))?"
    r"\s*,?\s+(?:we|i)\s+(?:(?:also|just|only|would)\s+)?"
    r"(?:keep|record|note|log|store|hold|need|want|track|(?:take|write|put|jot)\s+down)\s+"
    r"(?P<listed>(?:a|an|the|their|its|his|her|which|who|whether|when)\s+[^;:.]+?)\s*(?P<end>[.!]?)$"
)
"""*for each instrument we keep a name, a type (...), its aperture and a note of ...*, and *for
each stove on display we keep ...*: the same list, the record told first; it may open on a
question (*for each medical we note which doctor did it, the exam date ...*)."""

_NOT_A_VERB = r"(?!(?:to|at|on|in|for|against|from|with|by|up|down|out|off|back|we|i|and|or|has|have|is|are)\b)"
_FOR_EACH_ONE_MAKES = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?for\s+each\s+(?P<record>[a-z][\w\-]*(?:\s+(?!(?:that|which)\b)[a-z][\w\-]*)?)"
    r"\s+(?:(?:that|which)\s+)?(?P<maker>(?:a|an|the|one\s+of\s+(?:our|the|my)|each)\s+"
    r"(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*|we|i|they|someone|somebody)"
    rf"\s+{_NOT_A_VERB}(?P<verb>[a-z][\w\-]*)(?P<particle>\s+(?:up|down|out|off|back|in))?"
    r"(?:\s+(?:to|at|on|in|for|against|from)\s+(?:a|an|the|one\s+of\s+(?:our|the|my)|each)\s+"
    r"(?P<place>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*))?\s*,?\s+"
    r"(?:we|i)\s+(?:(?:also|just|only)\s+)?"
    r"(?:keep|record|note|log|store|hold|track|take\s+down|write\s+down|jot\s+down)\s+"
    r"(?P<listed>(?:a|an|the|their|its|his|her|whether|how|what|which|who)\s+[^;:.]+?)"
    r"\s*(?P<end>[.!]?)$"
)
"""*for each visit a crew makes to a gully we note the date, ...*: a list kept for each record
someone makes, told with its maker in a relative clause without *that* (a contact clause)."""

_NEW_CLAUSE = re.compile(
    r",\s+(?:and\s+|but\s+|so\s+)?(?:each|every|they|it|we|i|he|she|plus|as\s+well)\b"
    r"|\b(?:several|many|multiple)\b"
    # *..., and mark it as taught*: something we do to it, not one more field
    r"|,?\s+and\s+(?!whether\b)[a-z]+\s+(?:it|them)\b"
    # *the items found (name, depth and material)*: things with a list of their own, a record
    r"|\b[a-z]+s(?:\s+[a-z]+)?\s+\([^()]*\band\b[^()]*\)"
    r"|\b(?:that|which)\s+(?:starts?|begins?|becomes?|turns?|(?:goes|go|moves?)\s+(?:from|to|through|into))\b"
)
"""What ends a field list: a clause about the record (*, and each one is looked after by ...*),
the records it has many of (*, plus one or more contacts*, *the items found (name, depth and
material)*), something done to it (*, and mark it as taught*), or a relative that may go on
to its flow (*an outcome that starts as pending and then becomes passed*): left as said, to
the readers of their own."""

_TIMES = frozenset(["day", "week", "month", "year", "time", "night", "morning", "evening"])
"""*we record the takings and the weather for each day* is a log kept by the day, not a day
record's fields."""


_TIME_KINDS = frozenset(["working", "school", "trading", "opening", "business", "open", "week"])
"""*for each working day we log ...*: still a time; *for every market day we record ...* is
a record, a day of its own kind."""


def _is_a_time(record: str) -> bool:
    """A day, a week or a working day: a log kept by the time, no record of its own."""
    words = record.split()
    return words[-1] in _TIMES and (len(words) == 1 or words[0] in _TIME_KINDS)


def _is_field_list(listed: str) -> bool:
    """Two items or more (*a name and a phone*), none a record counted out on its own (*one
    of our drivers*) or another *for each* (*the hours for each job and the rate*)."""
    if not re.search(r",|\band\b", listed) or re.search(r"\bfor\s+(?:each|every)\b", listed):
        return False
    if _NEW_CLAUSE.search(listed):
        return False
    return re.search(r"\b(?:one|several|many|some)\s+of\b", listed) is None


_AND_THEN_FOR_EACH = re.compile(r",\s+and\s+then\s+(?=for\s+(?:each|every)\s)")


def kept_for_each(sentence: str) -> str:
    """``we keep a name, a phone number and a licence expiry date for each driver`` and ``for
    each driver we keep a name, ...``: *each driver has a name, a phone number and a licence
    expiry date*, the wording the list readers know; *we record the takings and the weather
    for each day* stays (a day is a time, not a record)."""

    def plain(statement: str) -> str:
        then = _AND_THEN_FOR_EACH.search(statement)
        if then is not None:
            # "a list of our divers ..., and then for each medical we note ...": two statements
            told = plain(statement[then.end() :])
            if told != statement[then.end() :]:
                return f"{statement[: then.start()]}; {told}"
        match = _KEPT_FOR_EACH.match(statement) or _FOR_EACH_WE_KEEP.match(statement)
        if match is None or not _is_field_list(match["listed"]):
            return statement
        record = match["record"]
        state = match.groupdict().get("state") or ""
        head = record.split()[-1]
        if (
            _is_a_time(record)
            or head in FUNCTION_WORDS
            or not can_be_noun(head)
            or is_plural(head)
            or any(word in FUNCTION_WORDS for word in record.split())
        ):
            return statement
        lead = match["lead"] or ""
        return f"{lead}{match['each']} {record}{state} has {match['listed']}{match['end']}"

    return per_statement(sentence, plain)


def _head_noun(phrase: str) -> str | None:
    """The noun a phrase ends on, singular (``one of our drivers`` → ``driver``); None when
    it ends on a word that is no noun."""
    head = phrase.split()[-1]
    if head in FUNCTION_WORDS or not can_be_noun(head):
        return None
    return singular(head) if is_plural(head) else head


def for_each_one_makes(sentence: str) -> str:
    """``for each visit a crew makes to a gully we note the date, ...``, ``for every repair one
    of our mechanics carries out we log ...``: *each visit belongs to one crew; each visit is
    for one gully; each visit has the date, ...*, the record, its maker and what it is made
    for, in the wordings the link and list readers know. *For each job we do we note ...* is
    the job's list alone, as is a time (*for each day the shop opens*)."""

    def plain(statement: str) -> str:
        match = _FOR_EACH_ONE_MAKES.match(statement)
        if match is None or not _is_field_list(match["listed"]):
            return statement
        record, verb = match["record"], match["verb"]
        lemma = verb_lemma(verb)
        # a verb said of one who acts (*makes*, *made*, *carries out*), never its bare form
        if lemma is None or lemma == verb:
            return statement
        if any(word in FUNCTION_WORDS for word in record.split()):
            return statement
        head = record.split()[-1]
        if _is_a_time(record) or not (can_be_noun(head) or listed_as_noun(head)) or is_plural(head):
            return statement
        told = []
        maker = match["maker"]
        if maker.split()[0] not in ("we", "i", "they", "someone", "somebody"):
            doer = _head_noun(maker)
            if doer is None or doer == head:
                return statement
            told.append(f"each {record} belongs to one {doer}")
        place = _head_noun(match["place"]) if match["place"] else None
        if place and place != head:
            told.append(f"each {record} is for one {place}")
        told.append(f"each {record} has {match['listed']}{match['end']}")
        return f"{match['lead'] or ''}{'; '.join(told)}"

    return per_statement(sentence, plain)


_WH_ITEM = r"(?:who|which|when|where|what|whether|how)\b"
_RECORDS_WHO = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?"
    r"(?P<np>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?|it)"
    r"\s+(?:records|keeps|holds|stores|notes|logs|lists|captures|describes|says)\s+"
    rf"(?P<listed>{_WH_ITEM}[^;]*(?:,|\sand\s)[^;]*)$"
)
"""*a repair request records who raised it, the room, ...*: a list opening on a question, which
the readers of *has* take (*has who raised it*) and the readers of *records* did not; said of
*the* one (*the receptionist records who ...*) it is someone writing down, left alone. *It*
after a semicolon is the record the clause before opened with (*each call-out is for a farm;
it records when the call came in, ...*)."""
_GETS_ITS_OWN_LOG = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?(?P<np>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?:\s+and\s+[a-z][\w\-]*)?(?:\s+(?:we|i)\s+(?:own|have|keep|hire|use|run|hold))?\s+"
    r"(?:gets|has)\s+(?:its|their)\s+own\s+(?:log|record|card|sheet|entry|page|file)\s*:\s+"
    r"(?P<listed>[^;]+)$"
)
"""*every climbing rope and lanyard we own gets its own log: a serial number, the type, ...*:
the log is the record's own page, and what it lists the record has."""
_KNOWN_BY = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?(?P<np>(?:(?:the|our)\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?P<verb>are|is)\s+(?:known|listed|identified|referred\s+to)\s+by\s+"
    r"(?P<listed>(?:(?:their|its)\s+)?(?!(?:a|an|the|one|our|their|its)\b)[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?(?:,\s+|\s+and\s+)(?!(?:a|an|the|one|our)\b)[^;]+"
    r"|(?:(?:their|its)\s+)?(?:full\s+)?name)$"
)
"""*rooms are known by hall and room number*, *cleaners are listed by name*: what tells one
from another is what each has (not *listed by the agent and the owner*, people who list
them)."""
_WOULD_BE = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?(?P<np>(?:a|an|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+would\s+be\s+(?P<listed>(?:a|an|the|its|their)\s+[^;]+,[^;]+\sand\s[^;]+)$"
)
"""*a withdrawal would be a date, the tonnes taken and which barn*: what each would hold, three
items or more (not *a rota would be a good idea*)."""
_THEY_NEED = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?(?P<np>(?:(?:the|our)\s+)?[a-z][\w\-]*s)\s+"
    r"(?:only|just)\s+(?P<verb>need)\s+"
    r"(?P<listed>(?:a|an|the|their)\s+(?!(?:login|log-in|account|lift|hand|licence)\b)[^;]+)$"
)
"""*the vans only need a registration and a capacity*: what each needs kept of it, a list of
two or more said as all they need (*farmers need a phone, ...* is left to the readers of what
people need; *drivers only need a login* is someone using the app)."""
_WISHED_TO_HOLD = re.compile(
    r"^(?P<lead>(?:and|so|then)\s+)?(?:i|we)\s+(?:(?:would|also|really)\s+)*(?:like|want|need)\s+"
    r"(?P<np>(?:each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+to\s+(?:also\s+)?"
    r"(?:have|hold|keep|record|store|carry|include|capture|show)\s+"
    r"(?P<listed>(?:a|an|the|its|their)\s+[^;]+)$"
)
"""*i'd want each defect report to hold the reporter's name, a location and a photo link*: a
wish for what each record holds is what it has (not *we want each member to pay a deposit*,
an act, nor *we need every van to have a tail lift*, one item)."""


def said_as_has(sentence: str) -> str:
    """``a repair request records who raised it, the room and the date raised``, ``rooms are
    known by hall and room number`` and ``so a withdrawal would be a date, the tonnes taken and
    which barn``: *... has ...*, *rooms have hall and room number*, *a withdrawal has ...*;
    ``we would like each booking to have a date, a start time and a price`` is *each booking
    has ...*."""

    def plain(statement: str) -> str:
        patterns = (
            _RECORDS_WHO,
            _KNOWN_BY,
            _WOULD_BE,
            _WISHED_TO_HOLD,
            _THEY_NEED,
            _GETS_ITS_OWN_LOG,
        )
        for pattern in patterns:
            match = pattern.match(statement)
            # only the verb is said again: a clause after the list (*, and it gets assigned
            # to ...*) stays, but the list before it must be one
            listed = _NEW_CLAUSE.split(match["listed"])[0] if match else ""
            one_name = pattern is _KNOWN_BY and listed.endswith("name")
            if match is None or not (re.search(r",|\band\b", listed) or one_name):
                continue
            head = match["np"].split()[-1]
            if head != "it" and (head in FUNCTION_WORDS or not can_be_noun(head)):
                continue
            verb = "have" if match.groupdict().get("verb") in ("are", "need") else "has"
            return f"{match['lead'] or ''}{match['np']} {verb} {match['listed']}"
        return statement

    return per_statement(sentence, plain)


_KEEPING_FOR_ONE = re.compile(
    r"\bfor\s+(?:the|each|every)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*,?\s+(?:we|i)\s+"
    r"(?:also\s+)?(?P<verb>keep|record|note|log|store|hold|need|want|take\s+down|write\s+down)\s"
)
_AND_FOR_ANOTHER = re.compile(
    r",?\s+and\s+for\s+(?P<det>the|each|every)\s+(?!of\b)"
    r"(?P<record>[a-z][\w\-]*(?:\s+(?!just\b|only\b)[a-z][\w\-]*)?)"
    r"\s+(?:just\s+|only\s+|simply\s+)?(?=(?:a|an|the|its|their)\s)"
)


def verb_said_once(sentence: str) -> str:
    """``for the child we keep a name and a postcode, and for the school just its name and
    phone``: *...; for the school we keep its name and phone*, the verb the second list leaves
    out said again, so the school's list is the school's."""
    kept = _KEEPING_FOR_ONE.search(sentence)
    if kept is None:
        return sentence
    later = _AND_FOR_ANOTHER.search(sentence, kept.end())
    if later is None or not can_be_noun(later["record"].split()[-1]):
        return sentence
    said = f"; for {later['det']} {later['record']} we {kept['verb']} "
    return sentence[: later.start()] + said + sentence[later.end() :]


_WHO_WE_KNOW_BY = re.compile(
    r",\s+(?:who|whom|which)\s+(?:we|i)\s+(?:hold|know|keep|list|identify|record|track|store)"
    r"(?:\s+(?:them|it))?\s+by\s+(?P<listed>(?:(?:their|its)\s+)?[a-z][\w\- ]*?"
    r"(?:,\s+[a-z][\w\- ]*?)*\s+and\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?P<end>,\s+|$)"
)


_ONE_KNOWN_BY = re.compile(
    r"(?P<one>\bone\s+[a-z][\w\-]*),\s+(?:identified|known)\s+by\s+"
    r"(?P<listed>(?:(?:their|its)\s+)?[a-z][\w\- ]*?(?:,\s+[a-z][\w\- ]*?)*\s+and\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*){0,2}),\s+(?=to\s|and\s|with\s)"
)
"""*each order links one reader, identified by name and ticket number, to one document*."""


def known_by_in_brackets(sentence: str) -> str:
    """``each application comes from a family, who we hold by surname, email and postcode, and
    names one school``: *a family (surname, email and postcode) and names one school*, the
    family's list where the readers know a record's bracket; so is *one reader, identified by
    name and ticket number, to one document*."""

    def bracket(match: re.Match[str]) -> str:
        listed = re.sub(r"^(?:their|its)\s+", "", match["listed"])
        return f" ({listed})" + (" " if "end" not in match.re.groupindex or match["end"] else "")

    sentence = _ONE_KNOWN_BY.sub(lambda m: f"{m['one']}{bracket(m)}", sentence)
    return _WHO_WE_KNOW_BY.sub(bracket, sentence)


_DONE_WHICH_IS = re.compile(
    r"\b(?P<done>(?:does|do|did|makes|make|carries\s+out|carry\s+out|runs|run|completes|"
    r"complete)\s+(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\b[^,;()]*?),\s+which\s+"
    r"(?:is|are|records|covers|gives)\s+"
    r"(?=(?:a|an|the|its|their)\s[^;]*?,[^;]*\band\s)"
)


def done_which_is_its_list(sentence: str) -> str:
    """``one of the team does a distance check from that address to a school, which is the
    distance in metres, the date it was measured and the method``: the check's list (*, with
    the distance ...*), not the school's, though the school is named last."""
    return _DONE_WHICH_IS.sub(r"\g<done>, with ", sentence)
