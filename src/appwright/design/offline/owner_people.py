"""People in an owner's words: who may do what, who gives which details, who does a record's work.

*customers give us their name and phone*, *anyone who comes to us becomes a client*, *when
someone drops stuff off i take their name*, *one adviser handles it*: rewritten into the plain
clauses every reader takes.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.clause_rewrites import per_clause, per_match
from appwright.design.offline.logged_acts import act_done
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.one_of_each import belongs_to_clauses
from appwright.design.offline.phrase_patterns import NOUN_PATTERN
from appwright.design.offline.word_classes import word_set
from appwright.design.offline.word_forms import (
    can_be_noun,
    can_be_verb,
    is_plural,
    plural,
    verb_form,
    verb_lemma,
)

_GIVE_DETAILS = re.compile(
    r"^(?P<np>(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\s+(?P<verb>give|leave|provide|supply|share|"
    r"gives|leaves|provides|supplies|shares|tell|tells)\s+"
    r"(?:us\s+|me\s+)?(?P<list>(?:their|a|an)\s+[^;()]+?)"
    # "..., and for every clock they bring in i note ...": a clause of its own
    r"(?:,?\s+and\s+(?P<next>for\s+(?:each|every)\s+.+))?$"
)


_PEOPLE_WHO_MAY = re.compile(
    r"\b(?P<people>(?:one\s+of\s+)?(?:our|the)\s+(?P<plural>[a-z][\w\-]*s))(?P<bracket>\s+\([^()]*\))?,\s+"
    r"who\s+(?P<rest>(?:can|may|only|just)\s+[^;]+|(?:see|view|edit|update|handle|manage|approve|close)\s+[^;]+)"
)


def people_who_may(sentence: str) -> str:
    """``faults are handed to one of our electricians (name, mobile), who see only the faults
    assigned to them``: *...; electricians see only the faults assigned to them*, what the
    people in a relative clause may do is a rule of their own."""
    return _PEOPLE_WHO_MAY.sub(
        lambda m: (
            f"{m.group('people')}{m.group('bracket') or ''}; {m.group('plural')} {m.group('rest')}"
        ),
        sentence,
    )


_AND_THEN_ACT = re.compile(r"\s+and\s+(?=(?P<verb>[a-z]+)\s+(?P<next>[a-z][\w\-]*))")


_OBJECT_START = word_set("a an the their one several some")


_DETAIL_HEADS = word_set("number numbers details address addresses code codes")


_MODALS = word_set("may can might will must")


_PERSONAL_DETAIL = re.compile(r"(?:their\s|(?:a|an)\s+(?:full\s+)?(?:name|phone|email|e-mail)\b)")


def people_give_details(sentence: str) -> str:
    """``customers give us their name, email and phone and make rentals``: *customers have
    their name, email and phone; customers make rentals*. What people hand over about
    themselves is what the app keeps about them."""

    def plain(clause: str) -> list[str]:
        match = _GIVE_DETAILS.match(clause)
        if match is None:
            return [clause]
        people, details = match.group("np"), match.group("list")
        # "a customer gives us a name, ... and may own ...", "the customer gives us their
        # name, ...": any one of them, as *each* says
        indefinite = people.split()[0] in ("a", "an")
        one_of_them = people.split()[0] in ("each", "every", "a", "an", "the")
        each = one_of_them and match["verb"].endswith("s")
        if not each and (not is_plural(people.split()[-1]) or match["verb"].endswith("s")):
            return [clause]
        # "each hirer gives us their name, ...": what every one of them hands over
        people = plural(" ".join(people.split()[1:])) if each else people
        if not _PERSONAL_DETAIL.match(details):
            return [clause]  # "visitors leave a rating and a comment": a record of its own
        if match.group("next") and not indefinite:
            return [f"{people} have {details}", match.group("next")]
        for act in _AND_THEN_ACT.finditer(details):
            verb, following = act.group("verb"), act.group("next")
            if verb in _MODALS and can_be_verb(following):
                # "... and phone number and may own several ponds": what else they do
                return [
                    f"{people} have {details[: act.start()]}",
                    f"{people} {details[act.end() :]}",
                ]
            if indefinite or following in _DETAIL_HEADS or verb_lemma(verb) != verb:
                continue
            if following in _OBJECT_START or is_plural(following):
                # "... and phone and make rentals": the first *and* a verb with its object
                rest = details[act.end() :]
                return [f"{people} have {details[: act.start()]}", f"{people} {rest}"]
        # "a walk-in customer gives us a name, mobile number and email": what any of them
        # hands over, once their details are named
        return [f"{people} have {details}"]

    return per_clause(sentence, plain)


_WHOSE_ON_A = re.compile(
    r"^(?P<head>[a-z][\w\-]*s):\s+(?:each|every|a|an|the)\s+(?P<who>[a-z][\w\-]*)'s\s+"
    r"(?P<what>[a-z][\w\-]*)\s+(?:on|for|about|in)\s+(?:a|an|each|every|the)\s+(?P<on>[a-z][\w\-]*)"
    r"(?P<rest>.*)$"
)


_WHEN_ONE_MISSES = re.compile(
    r"^(?P<head>[a-z][\w\-]*s)\s+when\s+(?:a|an|the)\s+(?P<who>[a-z][\w\-]*)\s+"
    r"(?:can't|cannot|can not|does not|doesn't|won't|will not)\s+(?:make|attend|come\s+to|do)\s+"
    r"(?:a|an|the)\s+(?P<what>[a-z][\w\-]*),?\s+with\s+(?P<list>.+)$"
)


_WHOSE_WE_KEEP = re.compile(
    r"^(?:our\s+|the\s+)?(?P<people>[a-z][\w\-]*s),\s+whose\s+(?P<list>[^,;]+?)\s+(?:we|i)\s+"
    r"(?:keep|record|note|have|store|hold|track|need),\s+(?=[a-z])"
)


def whose_we_keep(sentence: str) -> str:
    """``our cuppers, whose names we keep, score each batch``: *cuppers have their names;
    cuppers score each batch*."""
    match = _WHOSE_WE_KEEP.match(sentence)
    if match is None:
        return sentence
    people = match.group("people")
    return f"{people} have their {match.group('list')}; {people} {sentence[match.end() :]}"


def header_of_parties(sentence: str) -> str:
    """``votes: each councillor's position on an item (for, ...)``: *votes: the councillor,
    the item, the position (for, ...)*; ``apologies when a councillor can't make a meeting,
    with a reason``: *apologies: the councillor, the meeting, a reason*; a record of one
    party and one thing."""
    whose = _WHOSE_ON_A.match(sentence)
    if whose:
        return (
            f"{whose.group('head')}: the {whose.group('who')}, the {whose.group('on')}, the"
            f" {whose.group('what')}{whose.group('rest')}"
        )
    misses = _WHEN_ONE_MISSES.match(sentence)
    if misses:
        return (
            f"{misses.group('head')}: the {misses.group('who')}, the {misses.group('what')},"
            f" {misses.group('list')}"
        )
    return sentence


_HAS_ACCESS = re.compile(r"\b(?:has|have)\s+(?:full\s+|complete\s+)?access\s+to\s+(?=[a-z])")


def access_as_act(sentence: str) -> str:
    """``the principal has access to every case``: *can access every case*, someone's right
    (the readers take *has* for what a record holds)."""
    return _HAS_ACCESS.sub("can access ", sentence)


_ANYONE_WHO = re.compile(
    r"^(?:anyone|anybody|everyone|everybody|whoever|someone|somebody)\s+(?:who\s+|that\s+)?"
    r"(?P<act>(?!is\b|are\b|who\b|that\b)[a-z].*?)\s+(?:becomes|is|counts as|is registered as|is recorded as|"
    r"gets registered as)\s+(?P<one>(?:a|an)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"(?=\s*(?:,|;|$|\s+and\s))"
)


def anyone_who(sentence: str) -> str:
    """``anyone who comes to us becomes a client, and we note their name``: *a client comes
    to us*; the person is the record the sentence goes on to describe."""
    match = _ANYONE_WHO.match(sentence)
    if match is None:
        return sentence
    return f"{match.group('one')} {match.group('act')}{sentence[match.end() :]}"


_ONE_DOES_IT = re.compile(
    r",\s*(?:and\s+)?(?P<one>one|a single|a|an)\s+(?P<np>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+"
    r"(?P<verb>[a-z]+s)\s+it(?=\s*(?:,|;|$))"
)


ANTECEDENT = re.compile(r"\b(?:a|an|the|each|every|one)\s+(?P<noun>[a-z][\w\-]*)\b")


VALUE_NOUNS = word_set(
    "date day time name number amount price cost total note notes status reason description"
)


def one_does_it(sentence: str) -> str:
    """``every client has a case with the date it was opened, one adviser handles it``: *the
    case is handled by one adviser*; *it* is the last record named before, not one of its
    values."""
    match = _ONE_DOES_IT.search(sentence)
    if match is None:
        return sentence
    lemma = verb_lemma(match.group("verb"))
    if lemma is None or lemma == match.group("verb"):
        return sentence
    named = [
        m.group("noun")
        for m in ANTECEDENT.finditer(sentence[: match.start()])
        if m.group("noun") not in VALUE_NOUNS
    ]
    if not named:
        return sentence
    done = verb_form(lemma, "VBN")
    clause = f"the {named[-1]} is {done} by {match.group('one')} {match.group('np')}"
    rest = re.sub(r"^and\s+", "", sentence[match.end() :].lstrip(" ,"))
    before = sentence[: match.start()]
    return "; ".join(part for part in (before, clause, rest) if part)


_WHO_DID_IT_IS_NOTED = re.compile(
    rf"^(?:the|a|an)\s+(?P<who>{NOUN_PATTERN})\s+(?:who|that)\s+[a-z]+\b.*?\s+(?:is|gets|are|get)\s+"
    r"(?:also\s+)?(?:noted|recorded|logged|written|kept|put|entered|shown)\s+(?:down\s+)?"
    rf"(?:on|against|with|for|in)\s+(?:every|each|the|an?)\s+(?P<record>{NOUN_PATTERN})$"
)


def who_did_it_is_noted(sentence: str) -> str:
    """``the staff member who pressed the plates is noted on every order``: *each order
    belongs to one staff member*; whoever did the work, named on the record, is one of the
    people the record points at."""

    def noted(match: re.Match[str]) -> list[str] | None:
        if match["who"].split()[-1] in VALUE_NOUNS:
            return None
        return belongs_to_clauses(match["record"], match["who"])

    return per_match(sentence, _WHO_DID_IT_IS_NOTED, noted)


_WHEN_SOMEONE = re.compile(
    r"^(?:when|whenever|once|if|each time|every time)\s+"
    r"(?P<who>(?:a|an|each|every|any)\s+[a-z][\w\-]*|someone|somebody|anyone|anybody|people)\s+"
    r"(?P<act>[a-z].*?),?\s+(?:and\s+)?(?P<we>i|we)\s+(?P<verb>take|note|write|ask for|record|log|get|jot)"
    r"(?:\s+down)?\s+their\s"
)


_UNNAMED_PEOPLE = frozenset(["someone", "somebody", "anyone", "anybody", "people"])


_DEALS_FOR_ONE = re.compile(
    r"(?P<verb>books|reserves|hires|rents|orders)"
    r"(?:,?\s+(?:they|he|she)\s+(?:get|gets|pick|picks|choose|chooses|are\s+given|is\s+given))?"
    r"\s+(?:a|an|one)\s+(?P<thing>[a-z][\w\-]*)"
    r"(?:\s+(?:for|on|at|in)\s+(?:a|an|one)\s+(?P<other>[a-z][\w\-]*))?"
)


def when_someone(sentence: str) -> str:
    """``when someone drops stuff off i take their name and phone number``: *a customer drops
    stuff off, i take their name ...*, the people whose details are taken; someone the
    business serves, unnamed, is its customer. ``when someone books a slot we take their name
    and the number of adults``: *each booking is for one slot; each booking has a name and the
    number of adults*, the booking holding what is taken; so does *when somebody books they get
    one bay for one show, and we take their ...*, a booking for the bay and the show."""
    match = _WHEN_SOMEONE.match(sentence)
    if match is None:
        return sentence
    dealt = _DEALS_FOR_ONE.fullmatch(match["act"])
    lemma = verb_lemma(dealt["verb"]) if dealt else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if dealt and act and match["who"] in _UNNAMED_PEOPLE:
        # "when someone books a slot we take their name, ...": the booking holds them
        listed = sentence[match.end() :]
        other = f"each {act} is for one {dealt['other']}; " if dealt["other"] else ""
        return f"each {act} is for one {dealt['thing']}; {other}each {act} has a {listed}"
    who = match.group("who")
    if who in _UNNAMED_PEOPLE:
        # "when somebody joins i take their name": one who joins is a member
        who = "a member" if re.match(r"joins?\b", match["act"]) else "a customer"
    if re.fullmatch(r"(?:joins|registers|enrols|enrolls)", match["act"]):
        # "when a member joins we take their name": *member joins* would read as a compound
        listed = sentence[match.end() - len("their ") :]
        return f"each {strip_determiners(who)} has {listed}"
    return f"{who} {match.group('act')}, {sentence[match.start('we') :]}"


_WHEN_SOMEONE_IS_DONE = re.compile(
    r"^(?:when|whenever|each time|every time)\s+(?:someone|somebody|anyone|anybody)\s+"
    r"(?:is|gets)\s+(?P<done>[a-z]+ed|[a-z]+en)\s*,?\s+(?:i|we)\s+"
    r"(?:record|note|log|keep|take|write\s+down|jot\s+down|enter)\s+(?P<listed>.+)$"
)


def when_someone_is_done(sentence: str) -> str:
    """``when someone is buried we record the full name and the date``: *each burial has the
    full name and the date*; what happens to people unnamed is the record of the act."""
    match = _WHEN_SOMEONE_IS_DONE.match(sentence)
    act = act_done(match["done"]) if match else None
    if match is None or act is None:
        return sentence
    return f"each {act} has {match['listed']}"


_GETS_IN_TOUCH = re.compile(
    r"^(?:what\s+happens\s+is\s+|basically\s+|usually\s+|so\s+)?(?P<who>(?:a|an)\s+[a-z][\w\-]*)\s+"
    r"(?:gets\s+in\s+touch|rings(?:\s+up)?|calls|emails|enquires|comes\s+in|walks\s+in|"
    r"(?P<deal>books|hires|rents|orders|reserves))"
    r"(?:\s+with\s+us|\s+us)?,?\s+(?:and\s+)?(?:then\s+)?(?:i|we)\s+(?:take|write\s+down|write|note|note\s+down|"
    r"record|log|jot\s+down|get|ask\s+for)\s+(?P<listed>(?:their|his|her)\s+.+)$"
)


def gets_in_touch(sentence: str) -> str:
    """``a couple gets in touch, i write down their names, the wedding date and a phone``:
    *each couple has their names, ...*; who gets in touch is whom the details are of."""
    match = _GETS_IN_TOUCH.match(sentence)
    if match is None:
        return sentence
    lemma = verb_lemma(match["deal"]) if match["deal"] else None
    act = act_or_irregular_noun(lemma) if lemma else None
    if act and _WHAT_IS_BOOKED.search(match["listed"]):
        # "a couple books, we take their names, ..., the wedding date and the fee": the booking's
        return f"each {act} has {match['listed']}"
    who = strip_determiners(match["who"])
    return f"each {who} has {match['listed']}"


_WHAT_IS_BOOKED = re.compile(r"\b(?:date|time|fee|price|deposit|cost)\b")


_WHICH_HAVE_THEN_ACT = re.compile(
    r"^(?P<xs>(?:the\s+|our\s+)?[a-z][\w\-]*s),\s+(?:which|who)\s+(?:have|all\s+have)\s+"
    r"(?P<list>[^,;:()]+?(?:\s+and\s+[^,;:()]+)?),\s+(?P<verb>[a-z]+)\s+(?P<rest>.+)$"
)


def which_have_then_act(sentence: str) -> str:
    """``wards, which have a name and a phone extension, raise porter requests: ...``:
    *wards have a name and a phone extension; wards raise porter requests: ...*."""
    match = _WHICH_HAVE_THEN_ACT.match(sentence)
    if match is None:
        return sentence
    xs, verb = match.group("xs"), match.group("verb")
    if not is_plural(xs.split()[-1]) or verb_lemma(verb) != verb or not can_be_verb(verb):
        return sentence
    return f"{xs} have {match.group('list')}; {xs} {verb} {match.group('rest')}"


_FOR_WHOM_WE = re.compile(
    r"\b(?:one|a|an|each|every)\s+(?P<whom>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*,?\s+"
    r"(?:for|of|about)\s+(?:whom|which)\s+(?P<we>we|i)\s+"
    r"(?=(?:just\s+|only\s+|also\s+)?[a-z]+\s+(?:a|an|the|their|its)\s)"
)


def for_whom_we(sentence: str) -> str:
    """``it is bought from one supplier, for whom we keep a company name, ...``: *... one
    supplier; for each supplier we keep a company name, ...*, the list of the one named."""

    def plain(match: re.Match[str]) -> str:
        whom = match.group("whom")
        if not can_be_noun(whom.split()[-1]):
            return match.group(0)
        head = match.group(0)[: match.start("whom") - match.start()]
        return f"{head}{whom}; for each {whom} {match.group('we')} "

    told = _FOR_WHOM_WE.sub(plain, sentence)
    return _THEN_ITS_OWN.sub(_its_own, told)


_THEN_ITS_OWN = re.compile(
    r"(?P<told>(?:^|(?<=;\s))(?:the|each|every|a|an)\s+(?P<one>[a-z][\w\-]*)\s+(?:then\s+)?(?:is|gets)\s+"
    r"[a-z]+(?:\s+(?:up|out|off|on|over))?\s+by\s+(?:one|a|an)\s+(?P<whom>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?);"
    r"\s+for\s+each\s+(?P=whom)\s+(?:we|i)\s+[^;]*?),\s+and\s+(?:(?=(?:moves|goes|passes|runs)\s+from\b)|"
    r"if\s+(?:a|an)\s+(?P<other>[a-z][\w\-]*)\s+(?:was|is|were|are)\s+involved,?\s+(?:we|i)\s+(?:link|note|record|add)"
    r"\s+(?:that|the)\s+(?P=other)(?P<which>,\s+which\s+has\s+)?)"
)
"""*the fault then is picked by a technician, of whom we keep a name and phone, and moves from
reported to ...*: the steps are the fault's, not the technician's; so is the link of *..., and
if an animal was involved we link that animal, which has a name and a species*."""


def _its_own(match: re.Match[str]) -> str:
    told, one, other = match["told"], match["one"], match["other"]
    if other is None:
        return f"{told}; each {one} "
    return f"{told}; each {one} belongs to one {other}" + (
        f"; each {other} has " if match["which"] else ""
    )
