"""Whether a sentence asks for a report, and the owner's wish for a figure written as a request.

``a report of the total deal amount per stage``, ``show me the total ...``, ``monthly feed
cost per supplier would be handy`` and a bare ``occupancy per week`` ask for one; ``tenants
report leaks``, ``each screening shows one film``, ``shows have a title`` and ``we note the
number of drops`` do not.
"""

from __future__ import annotations

import re

from appwright.design.offline.types import UNIT_TYPES
from appwright.design.offline.word_classes import DETERMINERS, FUNCTION_WORDS, words
from appwright.design.offline.word_forms import is_plural, verb_lemma

_TRIGGER = re.compile(
    r"(?<![\w-])(?:reports?|charts?|graphs?|dashboards?|show(?:s|ing)?(?: me| us)?(?!\s+up\b)|"
    r"see how (?:many|much)|give (?:me|us)|statistics|stats|breakdown|know how (?:much|many))\b|"
    r"\b(?:would like|wants?|needs?|likes? to see|love)\b.*\b(?:per\s+\w+|"
    r"(?:month|week|year) by (?:month|week|year)|the most|the least|most popular|most often|"
    r"top\s+(?:\d+|three|five|ten|twenty))|"
    # "how often is each customer booked", "a running count of open jobs", "a tally of ..."
    r"(?:^|\b(?:know|see|track)\s+)how\s+often\b|\brunning\s+(?:count|total|tally)\b|"
    r"\btally\s+of\b[^,;]*\b(?:per|by|each)\b|"
    r"\btop\s+(?:\d+|three|five|ten|twenty)\b[^,;]*\bby\b|"
    # "a maximum number of students, and it is taught by one coach" asks for nothing
    # "a total of entry fees per year would be great" asks; "a class has an average of ten
    # pupils per teacher" tells
    r"(?:(?<!maximum )(?<!minimum )(?<!\bmax )(?<!\bmin )(?<!\bhas a )(?<!\bhas an )(?<!\bhave a )"
    r"(?<!\bhave an )\b(?:totals?|average)|"
    r"(?<!\ba )(?<!\ban )(?<!maximum )(?<!minimum )(?<!\bmax )(?<!\bmin )"
    # within one clause: "how many sheep they run, and our shearers each have ..." asks nothing
    r"\b(?:number of|how many|how much))\b[^,;]*"
    r"\b(?:per|by(?!\s+(?:one|a|an|the|our|their)\b)|(?<!\bof )each)\b|"
    r"\bcount of\b[^,;]*\b(?:per|by|each|every)\b|"
    r"\b(?:daily|weekly|monthly|yearly)\s+(?:totals?|counts?|revenue|sales|summary|number|average)|"
    # a note's line: "monthly takings total.", "weekly job count"
    r"^(?:daily|weekly|monthly|yearly)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:totals?|counts?)\s*\.?$|"
    # a note's need: "need weekly repair takings."
    r"^(?:(?:i|we)\s+)?(?:need|want)\s+(?:daily|weekly|monthly|yearly)\s+(?:[a-z]+\s+){0,2}"
    r"(?:takings|revenue|income|sales)\s*\.?$|"
    # "reporting: jobs per month", "keep an eye on the number of open jobs", "i want to see
    # revenue this month", "checks weekly how many jobs were done", "i total up the price"
    r"(?<![\w-])(?:reporting|kpis?)\b|"
    # a note's header: "monthly: count of jobs, total price"
    r"^(?:daily|weekly|monthly|yearly|quarterly|(?:per|each|every)\s+(?:day|week|month|year))\s*:"
    r"(?=.*(?:,|\b(?:count|total|number|average|sum|how many|how much)\b))|"
    r"^(?:year|month|week)[\s-]end\s*:\s*[a-z][\w\-\s]*\b(?:per|by)\b|"
    r"\bkeep\s+an\s+eye\s+on\s+(?:the\s+)?(?:number|total|average|count|how many|how much)\b|"
    r"\b(?:would like|want|need|like)\s+to\s+see\b[^,;]*\b(?:this|each|every|a)\s+"
    r"(?:day|week|month|year|quarter)\b|"
    r"\b(?:daily|weekly|monthly|yearly|(?:every|each)\s+(?:day|week|month|year))\s+(?:[a-z]+\s+){0,2}?"
    r"(?:how many|how much|the number of|the total)\b|"
    r"\b(?:i|we)\s+(?:total|add|count|tot)\s+(?:(?:the\s+|all\s+the\s+)?[a-z]+(?:\s+[a-z]+)?\s+)?up\b|"
    # "i tally jobs by status", "the one number i care about is ...", "split by customer",
    # "who our biggest customers are by spend"
    r"\b(?:see|know|show)\s+(?:what|how\s+much)\s+(?:each|every)\s+[a-z]+\s+(?:has\s+|have\s+)?"
    r"(?:spent|paid|owes|owed)\b|"
    r"\b(?:i|we)\s+tally\b|\b(?:number|figure)s?\s+(?:i|we)\s+(?:really\s+)?care\s+about\b|"
    r"(?:,\s*(?:split|grouped|divided)|\bbroken\s+down)\s+(?:up\s+)?by\b|"
    r"\b(?:biggest|largest|best)\s+[a-z]+\s+(?:are\s+)?by\s+(?:spend|revenue|sales|value|takings)\b|"
    # "each month i work out the average price", "a monthly figure of money taken", "the
    # busiest months of the year", "a league table of customers by number of jobs"
    r"\b(?:work\s+out|calculate|figure\s+out)\s+(?:the\s+|a\s+)?(?:totals?|average|number\s+of|"
    r"how\s+many|how\s+much|count\s+of)\b|"
    r"\b(?:daily|weekly|monthly|yearly|annual)\s+(?:figures?|totals?)\s+(?:of|for)\b|"
    r"\bbusiest\s+(?:days?|weeks?|months?|times?)\b|"
    r"\bleague\s+tables?\s+of\b|"
    # "i want the total takings and how many tyres i fitted": overall figures, asked for
    r"\b(?:want|wants|need|needs|would like|like to see|love)\s+(?:to\s+(?:see|know|have)\s+)?"
    r"(?:the\s+|a\s+)?(?:totals?|average|number of|how many|how much|count of)\b"
)


MODALS = frozenset(["can", "could", "may", "might", "must", "should", "will", "would"])


_SUBJECT_SHOWS = re.compile(
    r"\b(?:each|every|a|an|the|one|this|that|which)\s+(?P<noun>[a-z]+)\s+(?:shows|showing)\s*$"
)


DISPLAYS = frozenset(
    ["app", "board", "chart", "dashboard", "graph", "list", "overview", "page", "report",
     "screen", "summary", "system", "table", "tool", "view", "widget"]
)  # fmt: skip
"""Things whose *shows* is a display (*a page that shows ...*), not a record's verb."""


def report_trigger(sentence: str) -> re.Match[str] | None:
    """The first report trigger that is not a record's verb: *each screening shows one film*
    describes screenings; *the dashboard shows the total* asks for a report."""
    start = 0
    while (match := _TRIGGER.search(sentence, start)) is not None:
        before = _SUBJECT_SHOWS.search(sentence[: match.end()])
        if (
            (before is None or before.group("noun") in DISPLAYS)
            and not _names_a_show(sentence, match)
            and not _A_KEPT_REPORT.search(sentence[: match.start()])
        ):
            return match
        start = match.end()
    return None


_A_KEPT_REPORT = re.compile(
    r"\b(?:link|links|url|copy|copies|scan|scans|pdf|photo|photos)\s+(?:to|of)\s+"
    r"(?:the|a|an|its|their)\s+(?:[a-z][\w\-]*\s+)?$"
)
"""*a link to the condition report*: a document a record keeps, no report asked for."""


_SHOW_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|each|every|one|our|their|its|own|of|per)\s*$")


_SHOW_NOUN_AFTER = re.compile(
    r"^\s*(?:have|has|are|is|can|may|will|must|should|goes|go|gets|get|run|runs|belong|"
    r"belongs)\b"
)


def _names_a_show(sentence: str, match: re.Match[str]) -> bool:
    """*Shows have a title*, *a show can be presented by hosts*: the noun, a record of a radio
    station or a theatre, not a request to show something."""
    if not match.group(0).startswith("show"):
        return False
    return bool(
        _SHOW_NOUN_BEFORE.search(sentence[: match.start()])
        or _SHOW_NOUN_AFTER.match(sentence[match.end() :])
        or _is_compound_show(sentence[: match.end()])
        # "the events we go to, mostly castle shows, and ...": shows with nothing shown
        or (match.group(0) == "shows" and re.match(r"\s*(?:,|;|$)", sentence[match.end() :]))
        # "we put on two or three open dog shows a year": how often, shows held
        or (match.group(0) == "shows" and _HOW_OFTEN.match(sentence[match.end() :]))
    )


_HOW_OFTEN = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|season|day|summer)\b")


def _is_compound_show(text: str) -> bool:
    compound = _COMPOUND_SHOW.search(text)
    if compound is None:
        return False
    before = words(compound.group(0))[1:-1]
    # "the app should show", "the owners show": a verb after its subject
    return all(w not in FUNCTION_WORDS and not is_plural(w) for w in before) and not (
        verb_lemma(before[-1]) not in (None, before[-1])
    )


_COMPOUND_SHOW = re.compile(
    r"\b(?:a|an|the|our|my|their|this|that)\s+(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*\s+show$"
)
"""*our village show*, *the annual flower show*: a show of some kind, a noun."""


MEASURE_PER = re.compile(
    # not "one advocate per referral": one of a record for each of another is a link
    # nor "every inspection is done by a technician" or "inspections are carried out by
    # boiler inspectors": who does each, a link
    # nor "we send one van per move": the owner's act, one thing for each of another
    r"^(?!one\s)(?!(?:we|i|they)\s)(?!.*\b(?:is|are|was|were|gets?)\s+[a-z]+\s+(?:(?:out|up|off|in)\s+)?by\s)"
    r"(?:the\s+)?(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*\s+(?:per|by)\s+[a-z][\w\-]*"
    r"(?:\s+[a-z][\w\-]*)?(?:\s+(?:per|by|and)\s+[a-z][\w\-]*)?(?:,?\s+please)?$"
)


_RATE_UNIT = re.compile(rf"\b(?:{'|'.join(UNIT_TYPES)})\s+(?:per|an?)\s+(?:second|minute|hour)\b")
"""``a flow rate in litres per minute``: a unit of a value, not figures grouped by minute."""


_KEPT = re.compile(
    r"\b(?:we|i|you)\s+(?:also\s+)?(?:note|record|log|keep|track|store|write down|enter|"
    r"capture|jot down)\s+(?:the\s+|a\s+)?$"
)
"""What people keep in a record, said just before *the number of ...*."""


_WITH_LIST = re.compile(r"\bwith\s+(?:a|an|the|their|its)\s+[^;:]*(?:,|\s+and)\s+$")
"""*a plan ..., with a monthly payment, a start date and how many boxes we send*: an item."""


_GOOD_TO = re.compile(
    r"\b(?:it\s+)?(?:(?:would|will|'d)\s+be\s+(?:really\s+)?(?:good|great|nice|handy|useful|helpful|"
    r"lovely|brilliant)|(?:would|will|'d)\s+(?:really\s+)?help(?:\s+(?:me|us))?)\s+"
    r"(?:if\s+(?:i|we)\s+could\s+|to\s+(?:be\s+able\s+to\s+)?)"
    r"(?P<verb>count|see|know|track|get|have)\b"
)
"""``it would be good to count appearances per player``: a wish for a figure, said as one."""


_WOULD_BE_GREAT = re.compile(
    r"^(?P<what>(?:a|an|the|some)\s.+?|[a-z][\w\- ]*?\s+per\s+[a-z][\w\- ]*?)\s+(?:would|will|'d)\s+be\s+"
    r"(?:really\s+|very\s+|so\s+)?"
    r"(?:good|great|nice|handy|useful|helpful|lovely|brilliant|ideal|perfect)\s*[.!]?$"
)
"""``a monthly revenue per experience report would be great``, ``monthly feed cost per supplier
would be handy``: a wish, said last."""


_I_LOOK_AT_A_FIGURE = re.compile(
    r"\b(?:i|we)\s+(?:look|check)\s+(?:at|over)\s+(?=the\s+(?:total|number|count|average|sum)\b)"
)
"""``at the end of every month i look at the total value of accepted quotes``: a figure looked
at again and again, a report."""
_WOULD_HELP = re.compile(
    r"^(?P<what>(?:(?:a|an|the|some)\s+)?[a-z][\w\- ]*?\s+(?:per|by)\s+[a-z][\w\- ]*?)\s+"
    r"(?:would|will|'d)\s+(?:really\s+)?(?:help|be\s+a\s+(?:big\s+|huge\s+)?help)\b.*$"
)
"""``bookings per court per month would help me decide where to put the lights``, ``a monthly
count of late applications by reason would help``: a wish, said with what it is for."""


_WHAT_I_WANT_IS = re.compile(
    r"^what\s+(?:i|we)\s+(?:really\s+|most\s+)?(?:want|need|would\s+like)"
    r"(?:\s+to\s+(?:see|know|have))?(?:\s+out\s+of\s+(?:it|this|the\s+app|the\s+system))?"
    r"(?:\s+(?:at\s+the\s+end\s+of|by\s+the\s+end\s+of|for)\s+"
    r"(?:(?P<period>(?:each|every)\s+(?:day|week|month|quarter|year))|the\s+(?:season|year|term)))?"
    r"\s+is\s+"
)
"""``what i really want at the end of each month is the total takings per show``: *each month
i want the total takings per show*, the wish said as what it is (*what i really want out of it
is ...* too)."""


_NAMED_BY_ITS_FIGURE = re.compile(
    r"\b(?P<det>a|an|the)\s+(?P<what>(?!(?:report|chart|graph)s?\b)[a-z][\w\- ]*?\s+(?:per|by)\s+"
    r"[a-z][\w\-]*)\s+(?P<kind>report|chart|graph|breakdown)\b"
)
"""``a monthly revenue per experience report``: *a report of monthly revenue per experience*,
the report named by its figure."""


def wish_as_request(sentence: str) -> str:
    """``sentence`` with a wish for a figure written as a request (*i want to see the count
    of ...*)."""
    sentence = re.sub(
        r",?\s+(?:too|as\s+well|also)\s*[.!?]?$", "", sentence
    )  # "... each month too"
    sentence = _WOULD_BE_GREAT.sub(r"i want \g<what>", sentence)
    sentence = _WOULD_HELP.sub(r"i want \g<what>", sentence)
    sentence = _I_LOOK_AT_A_FIGURE.sub("i want to see ", sentence)
    sentence = _WHAT_I_WANT_IS.sub(
        lambda m: f"{m['period']} i want " if m["period"] else "i want ", sentence
    )
    sentence = _NAMED_BY_ITS_FIGURE.sub(r"\g<det> \g<kind> of \g<what>", sentence)
    return _GOOD_TO.sub(
        lambda m: "i want to see the count of" if m["verb"] == "count" else "i want to see",
        sentence,
    )


def is_report_request(sentence: str) -> bool:
    """Whether a sentence asks for a report (``a report of ...``, ``show me the total ...``)
    rather than using the verb (*tenants report issues*) or asking for an alert."""
    # the verbs, not the records: "the number of reminders still not booked" is a report
    if re.search(
        r"\b(?:alert|notify|remind)\b|\b(?:remind|alert)(?:s|ed|ing)\b|\bnotifie[sd]\b", sentence
    ):
        return False
    sentence = wish_as_request(sentence)
    sentence = _RATE_UNIT.sub("", sentence)
    if MEASURE_PER.match(sentence.strip()):
        return True  # "occupancy per week" alone, as a line of notes: the figure wanted
    match = report_trigger(sentence)
    if match is None:
        return False
    if match.group(0).startswith("how ") and _WITH_LIST.search(sentence[: match.start()]):
        return False  # the last of a record's listed fields
    if _KEPT.search(sentence[: match.start()]) and not match.group(0).startswith("running"):
        return False  # "we note the number of drops of each ingredient": a field kept
    verb_use = re.search(
        r"\b(?P<before>[a-z]+)\s+reports?\s+(?!on\b|of\b|:)(?P<after>[a-z]+)", sentence
    )
    if verb_use and match.group(0).startswith("report"):
        before = verb_use.group("before")
        if (is_plural(before) and before not in DETERMINERS) or before in MODALS:
            return False  # "tenants report leaks", "guests can report problems": the verb
    return True
