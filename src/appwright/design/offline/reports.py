"""Reports: what to count or add up, grouped by what, over which period, drawn how.

``a report of the total deal amount per stage`` → sum of deal.amount grouped by stage;
``a monthly total per category as a chart`` → sum of expense.amount by category, per month;
``tickets opened per week and average time to resolve`` → two reports on tickets;
``how many loans we make each month`` → count of loans per month;
``number of properties per status as a pie chart`` → count by status, a pie.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass, field
from itertools import pairwise

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.brackets import outside_brackets, split_top_level
from appwright.design.offline.counts_said import PER_ONE_FIRST
from appwright.design.offline.draft import entity_key
from appwright.design.offline.sentences import sentences
from appwright.design.offline.types import MONEY_WORDS, UNIT_TYPES
from appwright.design.offline.word_classes import DETERMINERS, FUNCTION_WORDS, words
from appwright.design.offline.word_forms import is_past_participle, is_plural, singular, verb_lemma
from appwright.spec.models import (
    AppSpec,
    Entity,
    FieldSpec,
    FieldValidation,
    Measure,
    Report,
    TimeBucket,
)
from appwright.spec.names import MAX_NAME_LENGTH, to_snake

TIME_UNITS: dict[str, str] = {
    "daily": "day", "day": "day", "days": "day", "weekly": "week", "week": "week",
    "weeks": "week", "monthly": "month", "month": "month", "months": "month",
    "yearly": "year", "annual": "year", "annually": "year", "year": "year", "years": "year",
}  # fmt: skip
AGGREGATES: dict[str, str] = {
    "total": "sum", "sum": "sum", "totals": "sum", "average": "avg", "avg": "avg", "mean": "avg",
    "maximum": "max", "max": "max", "highest": "max", "minimum": "min", "min": "min",
    "lowest": "min", "number": "count", "count": "count", "many": "count", "much": "sum",
}  # fmt: skip
CHARTS: dict[str, str] = {
    "pie": "pie", "doughnut": "doughnut", "donut": "doughnut", "line": "line", "bar": "bar",
    "table": "table", "trend": "line", "kpi": "number",
}  # fmt: skip
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
_LEAD = re.compile(
    r"^.*?\b(?:reports?|reporting|kpis?|charts?|graphs?|dashboards?|show(?:s|ing)?(?: me| us)?|give (?:me|us)|see|"
    r"wants?|likes?|loves?|needs?|requires?|statistics|stats|keep an eye on|(?:total|add|count) up|"
    r"checks?\s+(?:daily|weekly|monthly|yearly))\b(?:\s+to\s+(?:see|know|get|have|track|keep an eye on))?"
    r"(?:\s+is\b)?\s*"
    r"(?::|(?:of|on|showing|with|for)\b)?\s*"
)
_LEAD_WORD = re.compile(
    r"\b(?:reports?|reporting|kpis?|charts?|graphs?|dashboards?|show(?:s|ing)?|give (?:me|us)|see|wants?|likes?|"
    r"loves?|needs?|requires?|statistics|stats|keep an eye on|(?:total|add|count) up)\b"
)
_HOW_MANY_FIELDS = frozenset(["quantity", "count", "number", "qty"])
"""The field that says how many things one record is for."""
_FIGURE_OPENS = re.compile(r"(?:totals?|average|number of|how many|how much|count of)\b")
MODALS = frozenset(["can", "could", "may", "might", "must", "should", "will", "would"])
_TIME_TO = re.compile(
    r"\b(?P<unit>time|days|hours|minutes|weeks)\s+(?:it takes\s+)?to\s+(?P<verb>[a-z]+)"
)
_ITEM_SPLIT = (
    r"\s*,\s*(?:and\s+)?",
    r"\s+and\s+(?=(?:the\s+|an?\s+)?(?:total|average|number|how|count|most|least|top|"
    r"(?:[\w\-]+\s+){1,3}per\b|[\w\-]+\s+of\b))",
)


@dataclass
class ReportDraft:
    text: str
    entity: str
    agg: str = "count"
    measured: str | None = None
    group_by: list[str] = field(default_factory=list)
    bucket: tuple[str, str] | None = None
    chart: str = "bar"
    new_fields: list[FieldSpec] = field(default_factory=list)
    new_links: list[str] = field(default_factory=list)
    """Entities the report's entity must point at for its grouping (*lessons per student*
    when nothing said whose the lessons are)."""


@dataclass
class ReportReading:
    reports: list[ReportDraft] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    """Report requests that named nothing countable (for clarifying questions)."""


_SUBJECT_SHOWS = re.compile(
    r"\b(?:each|every|a|an|the|one|this|that|which)\s+(?P<noun>[a-z]+)\s+(?:shows|showing)\s*$"
)
DISPLAYS = frozenset(
    ["app", "board", "chart", "dashboard", "graph", "list", "overview", "page", "report",
     "screen", "summary", "system", "table", "tool", "view", "widget"]
)  # fmt: skip
"""Things whose *shows* is a display (*a page that shows ...*), not a record's verb."""


def _trigger(sentence: str) -> re.Match[str] | None:
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


_MEASURE_PER = re.compile(
    # not "one advocate per referral": one of a record for each of another is a link
    # nor "every inspection is done by a technician" or "inspections are carried out by
    # boiler inspectors": who does each, a link
    r"^(?!one\s)(?!.*\b(?:is|are|was|were|gets?)\s+[a-z]+\s+(?:(?:out|up|off|in)\s+)?by\s)"
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
_WOULD_HELP = re.compile(
    r"^(?P<what>(?:(?:a|an|the|some)\s+)?[a-z][\w\- ]*?\s+per\s+[a-z][\w\- ]*?)\s+(?:would|will|'d)\s+"
    r"(?:really\s+)?(?:help|be\s+a\s+(?:big\s+|huge\s+)?help)\b.*$"
)
"""``bookings per court per month would help me decide where to put the lights``: a wish,
said with what it is for."""
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


def _plain_ask(sentence: str) -> str:
    """``sentence`` with a wish for a figure written as a request (*i want to see the count
    of ...*)."""
    sentence = re.sub(
        r",?\s+(?:too|as\s+well|also)\s*[.!?]?$", "", sentence
    )  # "... each month too"
    sentence = _WOULD_BE_GREAT.sub(r"i want \g<what>", sentence)
    sentence = _WOULD_HELP.sub(r"i want \g<what>", sentence)
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
    if re.search(r"\b(?:alert|notify|remind)", sentence):
        return False
    sentence = _plain_ask(sentence)
    sentence = _RATE_UNIT.sub("", sentence)
    if _MEASURE_PER.match(sentence.strip()):
        return True  # "occupancy per week" alone, as a line of notes: the figure wanted
    match = _trigger(sentence)
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


def read_reports(description: str, spec: AppSpec) -> ReportReading:
    reading = ReportReading()
    for sentence in [c for s in sentences(description) for c in s.split(";")]:
        # a semicolon ends a statement as a full stop does ("guests: name; occupancy per week")
        plain = _plain_ask(outside_brackets(sentence).strip())
        if not is_report_request(plain) or _names_the_record(plain, spec):
            continue
        body = _report_body(plain)
        led = body != plain
        if not body.strip():
            # "Daily revenue report": the words before the trigger are the report
            body = re.sub(r"\b(?:reports?|charts?|graphs?|dashboards?)\b", "", plain).strip()
        body = re.sub(r"^(?:also|and|plus)\s+", "", body.strip())  # "Also a count of ..."
        body = _PURPOSE_CLAUSE.sub("", body)
        body = _TAKINGS.sub("how much money we make", body)
        body = _TOTAL_DONE.sub("total money", body)
        body = _BUSIEST.sub(lambda m: f"the number per {m['unit']}", body)
        led = led or _SPLIT_BY.search(body) is not None  # the figure is before "split by"
        body = _SPLIT_BY.sub(" per ", body)
        body = _PER_ONE_AND_PER_OTHER.sub(r"\g<figure> per \g<first> and \g<figure> per ", body)
        body = _TRAILING_ADVERB.sub(lambda m: f" per {_ADVERB_UNITS[m['adverb']]}", body)
        body = _SPENT_EACH.sub(lambda m: f"the total money per {m['ranked'] or m['ranked2']}", body)
        for counted_per in _COUNTED_PER_ONE:
            body = counted_per.sub(
                lambda m: f"the number of {m['counted']} per {m['ranked']}", body
            )
        opening = _EACH_PERIOD_FIRST.match(plain)
        unit = opening and (opening["unit"] or _ADVERB_UNITS[opening["adverb"]])
        period = unit if unit and not _time_unit(words(body)) else None
        grouped = PER_ONE_FIRST.match(plain)
        group = grouped["group"] if grouped and not _time_unit([grouped["group"]]) else None
        previous: str | None = None
        for item in split_top_level(body, _ITEM_SPLIT):
            if period:
                # "at the end of each month i want to see how much ... and how many ...":
                # each figure per month
                item = f"{item} per {period}"
            if group and not re.search(r"\b(?:per|by|for\s+each)\s", item):
                # "per school i need the total order value and how many orders came in":
                # each figure per school
                item = f"{item} per {group}"
            cared = _CARED_ABOUT.match(item)
            item = item[cared.end() :] if cared else item
            draft = _read_item(item, spec, previous)
            if not led and not cared and not (_trigger(item) or _MEASURE_PER.match(item.strip())):
                # "a litter goes from weaned to sold, and the one figure I care about is the
                # average born alive per sow": the clause names what the figure is about
                previous = draft.entity if draft else previous
                continue
            if draft is None:
                reading.unread.append(item)
                continue
            reading.reports.append(draft)
            previous = draft.entity
    return reading


_PER_ONE_AND_PER_OTHER = re.compile(
    r"^(?P<figure>.+?)\s+per\s+(?P<first>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+and\s+per\s+"
    r"(?=[a-z])"
)
"""``a count of referrals per month and per funding source``: two figures, one per month and
one per funding source."""
_TAKINGS = re.compile(
    r"\bhow much (?:i|we) (?:have )?(?:taken|made|earned|brought in|banked|turned over|billed|"
    r"charged|invoiced)"
    r"(?: in total| altogether| overall)?"
)
"""``how much i've taken in total``: the money the records hold, added up."""
_BUSIEST = re.compile(
    r"\b(?:the\s+)?busiest\s+(?P<unit>day|week|month)s?\b(?:\s+of\s+the\s+(?:week|month|year))?"
)
"""``the busiest months of the year``: the records counted per month."""
_RANKED_BY_COUNT = re.compile(
    r"\b(?:(?:a|the)\s+)?(?:(?:league\s+)?tables?\s+of\s+)?(?P<ranked>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:ranked\s+|sorted\s+|ordered\s+)?by\s+(?:the\s+)?(?:number|count)\s+of\s+"
    r"(?P<counted>[a-z]+(?:\s+[a-z]+)?)"
)
_WHICH_HAD_MOST = re.compile(
    r"\bwhich\s+(?P<ranked>[a-z]+)\s+(?:had|have|has|got|get|did|do|made|make|booked|took)\s+"
    r"the\s+most\s+(?P<counted>[a-z]+)"
)
_HOW_MANY_EACH = re.compile(
    r"\b(?:how\s+many|the\s+number\s+of)\s+(?P<counted>[a-z]+)\s+(?:each|every)\s+"
    r"(?P<ranked>[a-z]+)\s+(?:gets?|has|have|does|did|do|makes?|made|books?|booked|takes?|took|"
    r"handles?|handled|runs?|ran|sells?|sold|works?|worked)\b"
)
_COUNTED_PER_ONE = (_RANKED_BY_COUNT, _WHICH_HAD_MOST, _HOW_MANY_EACH)
_CARED_ABOUT = re.compile(
    r"^\s*(?:and\s+)?(?:the\s+)?(?:one\s+|only\s+|main\s+)?(?:number|figure|thing)s?\s+(?:i|we)\s+"
    r"(?:really\s+)?care\s+about(?:\s+most)?\s+(?:is|are)\s+"
)
"""``the one number i care about is the average price``: the figure after it."""
_TRAILING_ADVERB = re.compile(r"\s+(?P<adverb>daily|weekly|monthly|yearly)\s*\.?$")
"""``the number of jobs per customer weekly``: per week too."""
_SPLIT_BY = re.compile(r",?\s+(?:split|broken\s+down|grouped|divided)\s+(?:up\s+)?by\s+")
"""``the income for the year, split by customer``: the figure per customer."""
_TOTAL_DONE = re.compile(r"\btotal\s+(?:spent|paid|taken|earned|billed|charged|invoiced)\b")
"""``total spent per care home per quarter``: the money the records hold, added up; what was
done with it names no field."""
_SPENT_EACH = re.compile(
    r"\b(?:what|how\s+much)\s+(?:each|every)\s+(?P<ranked>[a-z]+)\s+(?:has\s+|have\s+)?"
    r"(?:spent|spends|paid|pays|owes|owed)\b"
    r"|\b(?:who\s+)?(?:(?:our|the)\s+)?(?:biggest|largest|best)\s+(?P<ranked2>[a-z]+)\s+(?:are\s+)?by\s+"
    r"(?:spend|revenue|sales|value|takings)\b"
)
"""``what each customer has spent with us``, ``our biggest customers by spend``: the money
their records hold, added up per customer."""
"""``a league table of customers by number of jobs``, ``which customers had the most jobs``,
``how many jobs each customer gets``: the jobs counted per customer."""
_EACH_PERIOD_FIRST = re.compile(
    r"^(?:oh,? )?(?:and |also |so |then )?(?:(?:at the (?:end|start) of |by the end of )?(?:each|every|per) |"
    r"(?:at|by) the end of the )(?P<unit>day|week|month|year)\b"
    r"|^(?P<adverb>daily|weekly|monthly|yearly)\s*:"
)
_PERIOD_HEADER = re.compile(
    r"^(?:daily|weekly|monthly|yearly|quarterly|(?:per|each|every)\s+(?:day|week|month|year)|"
    r"(?:year|month|week)[\s-]end)\s*:\s*"
)
_ADVERB_UNITS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}


def _names_the_record(plain: str, spec: AppSpec) -> bool:
    """Whether every trigger is *report*, and a report is one of the app's records (*each
    report they file carries the street*)."""
    if not any("report" in entity.name.split("_") for entity in spec.entities):
        return False
    start = 0
    while (match := _trigger(plain[start:])) is not None:
        if not match.group(0).startswith("report"):
            return False
        start += match.end()
    return True


def _report_body(plain: str) -> str:
    """The words after the report's trigger: *Salespeople see only their own sales, and I want
    the total sales per month* → *the total sales per month* (the lead is sought from the
    trigger on, so an earlier *see* is not taken for it)."""
    header = _PERIOD_HEADER.match(plain)
    if header:
        return plain[header.end() :]  # "monthly: count of jobs, total price": the figures
    match = _trigger(plain)
    start = match.start() if match else 0
    tail = plain[start:]
    # "the total tickets sold per show": a figure opens the tail, and its "show" is a noun
    if not _FIGURE_OPENS.match(tail) and _LEAD.search(tail):
        return _LEAD.sub("", tail, count=1)
    # "visitors only see their own visits, and the governor wants the number of visits per
    # wing": the lead nearest before the trigger, not the first one in the sentence
    leads = [lead.start() for lead in _LEAD_WORD.finditer(plain[:start])]
    if leads:
        return _LEAD.sub("", plain[leads[-1] :], count=1)
    return plain


_TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year"])
"""*hours booked per table*: time is counted from the records' times, not a field to add."""


def _read_item(item: str, spec: AppSpec, previous: str | None) -> ReportDraft | None:
    tokens = words(item)
    if not tokens:
        return None
    chart = next((CHARTS[w] for w in tokens if w in CHARTS), None)
    unit = _time_unit(tokens)
    agg = next((AGGREGATES[w] for w in tokens if w in AGGREGATES), "count")
    group_words = _group_words(tokens)
    measure_words = _measure_words(tokens)
    draft: ReportDraft | None = None
    time_to = _TIME_TO.search(item)
    if time_to:
        lemma = verb_lemma(time_to.group("verb")) or time_to.group("verb")
        previous = _acted_on(spec, lemma) or previous
    if time_to and previous:
        spent = time_to.group("unit")
        name = to_snake(f"{'hours' if spent == 'time' else spent}_to_{lemma}")
        draft = ReportDraft(item, previous, "avg", name)
        entity = spec.entity(previous)
        if entity is not None and entity.field(name) is None:
            draft.new_fields.append(
                FieldSpec(name=name, type="decimal", validation=FieldValidation(min=0))
            )
    if agg == "count" and any(w in MONEY_WORDS for w in measure_words):
        agg = "sum"  # "daily revenue": money is added up, not counted
    elif (
        agg == "count"
        and measure_words[:1]
        and measure_words[0] in UNIT_TYPES
        and singular(measure_words[0]) not in _TIME_UNITS
    ):
        agg = "sum"  # "litres sprayed per block": an amount in a unit, added up
    if draft is None and agg in ("sum", "avg", "min", "max"):
        draft = _measure_report(item, spec, agg, measure_words, group_words, unit)
    state = _state_counted(measure_words, spec) if draft is None and agg == "count" else None
    if state is not None:
        # "how many no-shows we had": the bookings, counted by the status no-show is one of
        draft = ReportDraft(item, state[0], "count", None)
        group_words = [state[1], *group_words]
    if draft is None:
        before_group = tokens[
            : next((i for i, w in enumerate(tokens) if w in ("per", "by")), len(tokens))
        ]
        counted = _counted_entity(measure_words, spec) or _counted_entity(before_group, spec)
        if counted is None and _names_a_number(spec, measure_words):
            # "the monthly dozens sold per restaurant": a number each sale holds, added up
            draft = _measure_report(item, spec, "sum", measure_words, group_words, unit)
        elif counted is None and measure_words:
            # "how many guests we cater for each month": guests is a number the records hold
            draft = _measure_report(item, spec, "sum", measure_words[:1], group_words, unit)
            if draft is not None and singular(draft.measured or "") != singular(measure_words[0]):
                draft = None
    if draft is None:
        counted = _counted_entity(measure_words, spec) or _counted_entity(before_group, spec)
        if counted is None and any(w in _ATTENDANCE_WORDS for w in measure_words):
            # "average attendance per session": the places booked at each session, counted
            counted = _attending(spec, group_words)
        if counted is None and (group_words or unit):
            counted = _entity_reaching(spec, group_words, unit, any_dated=agg == "count")
            counted = counted or previous
        if counted is None:
            return None
        draft = ReportDraft(item, counted, "count", None)
        money = _money_fields(spec.entity(counted)) if agg == "sum" else []
        if len(money) == 1:
            # "total savings deposited per month": the deposits' one amount, added up
            draft = ReportDraft(item, counted, "sum", money[0])
        ranked = _ranked_by_use(spec, counted, tokens) if not group_words else None
        if ranked is not None:
            # "the most borrowed tools": the borrowings counted per tool
            draft, group_words = ReportDraft(item, ranked, "count", None), [counted]
    entity = spec.entity(draft.entity)
    if entity is None:
        return None
    for phrase in group_words:
        path = _group_path(spec, entity, phrase)
        if path:
            draft.group_by.append(path)
            continue
        grouped = spec.entity(entity_key(phrase))
        if grouped is not None and _many_to_many(spec, entity.name, grouped.name):
            continue  # "revenue per site" where a booking covers several sites: no one site
        if grouped is not None and grouped.name != entity.name and not _points_at(grouped, entity):
            # "unpaid lessons per student": each lesson is a student's, though unsaid
            draft.new_links.append(grouped.name)
            draft.group_by.append(grouped.name)
    if unit:
        date_field = _date_field(entity, tokens)
        if date_field is None:
            # "tickets opened per week": the date the report counts by becomes a field
            done = next((w for w in tokens if is_past_participle(w) and w not in _NO_ACTS), None)
            date_field = f"{done}_on" if done else "date"
            if entity.field(date_field) is None and all(
                f.name != date_field for f in draft.new_fields
            ):
                draft.new_fields.append(FieldSpec(name=date_field, type="date"))
        draft.bucket = (date_field, unit)
    draft.chart = chart or ("line" if draft.bucket and not draft.group_by else "bar")
    return draft


def _money_fields(entity: Entity | None) -> list[str]:
    """The fields of ``entity`` that hold money (*amount*, *price*, *fee*)."""
    if entity is None:
        return []
    return [
        f.name
        for f in entity.fields
        if f.type == "decimal" and any(part in MONEY_WORDS for part in f.name.split("_"))
    ]


def _many_to_many(spec: AppSpec, one: str, other: str) -> bool:
    return any(
        r.kind == "many_to_many" and {r.from_, r.to} == {one, other} for r in spec.relationships
    )


def _points_at(entity: Entity, target: Entity) -> bool:
    return any(
        f.references is not None and f.references.entity == target.name for f in entity.fields
    )


def _acted_on(spec: AppSpec, lemma: str) -> str | None:
    """The record whose states or dates name an act: *time to close* is about what gets
    *closed*; the only record there is when nothing names it."""
    for entity in spec.entities:
        flows = [f for f in spec.state_flows if f.entity == entity.name]
        named = [s for flow in flows for s in flow.states] + [f.name for f in entity.fields]
        if any(verb_lemma(part) == lemma for name in named for part in name.split("_")):
            return entity.name
    return spec.entities[0].name if len(spec.entities) == 1 else None


SUPERLATIVES = frozenset(["most", "least", "top", "busiest", "popular"])


def _ranked_by_use(spec: AppSpec, ranked: str, tokens: list[str]) -> str | None:
    """``the most borrowed tools``: the records pointing at the tools, preferring those whose
    fields name the act (a loan's *borrow date*)."""
    if not any(w in SUPERLATIVES for w in tokens):
        return None
    acts = {verb_lemma(w) for w in tokens if is_past_participle(w)} - {None}
    users = [
        e
        for e in spec.entities
        if any(f.references is not None and f.references.entity == ranked for f in e.fields)
    ]
    if not users:
        return None
    named = [
        e
        for e in users
        if any(verb_lemma(part) in acts for f in e.fields for part in f.name.split("_"))
    ]
    return (named or users)[0].name


def _time_unit(tokens: list[str]) -> str | None:
    for index, word in enumerate(tokens):
        if word in ("daily", "weekly", "monthly", "yearly", "annually"):
            return TIME_UNITS[word]
        if (
            word in TIME_UNITS
            and index
            and tokens[index - 1] in ("per", "each", "every", "by", "a")
        ):
            return TIME_UNITS[word]
    return None


def _group_words(tokens: list[str]) -> list[str]:
    """The phrases after *per* / *by* that are not time units: ``stage``, ``doctor``."""
    found: list[str] = []
    ranked = next((i for i, w in enumerate(tokens) if w in ("most", "least")), None)
    if ranked is not None and "which" in tokens[:ranked]:
        # "which customers spend the most": ranked by the customers
        which = tokens[tokens.index("which") + 1 : tokens.index("which") + 2]
        if which and is_plural(which[0]) and which[0] not in FUNCTION_WORDS:
            found.append(singular(which[0]))
    for index, word in enumerate(tokens):
        # "a tally of jobs for each customer": for each is per
        for_each = word == "for" and tokens[index + 1 : index + 2] in (["each"], ["every"])
        if (word not in ("per", "by") and not for_each) or index + 1 >= len(tokens):
            continue
        phrase: list[str] = []
        for follow in tokens[index + 1 :]:
            if follow in FUNCTION_WORDS and follow not in DETERMINERS:
                break
            if follow in ("each", "every") and phrase:
                break  # "per member each month": a second grouping, by time
            if follow in DETERMINERS:
                continue
            if follow in ("as", "in") or follow in CHARTS or follow in ("chart", "graph"):
                break
            phrase.append(follow)
            if len(phrase) == 2:
                break
        if phrase and phrase[0] not in TIME_UNITS:
            found.append(" ".join(phrase))
    return found


def _measure_words(tokens: list[str]) -> list[str]:
    """The words between the aggregate and *per*/*by*: ``deal amount`` in *total deal amount
    per stage*."""
    start = next((i + 1 for i, w in enumerate(tokens) if w in AGGREGATES), 0)
    if start < len(tokens) and tokens[start] == "of":
        start += 1
    kept: list[str] = []
    for word in tokens[start:]:
        if word in ("per", "by", "as", "each", "every", "over", "in", "for"):
            break
        if word in DETERMINERS or word in TIME_UNITS:
            continue
        kept.append(word)
    return kept


def _state_counted(tokens: list[str], spec: AppSpec) -> tuple[str, str] | None:
    """The record and its listed field when the words name one of the field's values (*no-shows*
    is a booking's status), and no record is named by them."""
    said = [t for t in tokens if t not in FUNCTION_WORDS]
    if not said or any(spec.entity(entity_key(t)) is not None for t in said):
        return None
    for length in (3, 2, 1):
        for index in range(len(said) - length + 1):
            value = to_snake(singular(" ".join(said[index : index + length])))
            found = [
                (e.name, f.name)
                for e in spec.entities
                for f in e.fields
                if f.type == "enum" and value in (f.options or [])
            ]
            if len(found) == 1:
                return found[0]
    return None


def _counted_entity(tokens: list[str], spec: AppSpec) -> str | None:
    for length in (3, 2, 1):
        for index in range(len(tokens) - length + 1):
            key = entity_key(" ".join(tokens[index : index + length]))
            if key and spec.entity(key) is not None:
                return key
            found = [e.name for e in spec.entities if e.name.split("_")[-1] == key and length == 1]
            if len(found) == 1:
                return found[0]
    for thing, done in pairwise(tokens):
        # "savings deposited" where savings deposits are kept: the act's records
        lemma = verb_lemma(done) if is_past_participle(done) else None
        acts = [lemma, act_or_irregular_noun(lemma)] if lemma else []
        found = [
            name
            for act in acts
            if act
            for name in (f"{thing}_{act}", f"{entity_key(thing)}_{act}")
            if spec.entity(name) is not None
        ]
        if found:
            return found[0]
    for token in tokens:
        # "stamps made" where each stamp is an order's line: the lines are what is counted
        lines = [f"{entity_key(token)}_{part}" for part in _LINE_WORDS]
        found = [name for name in lines if spec.entity(name) is not None]
        if len(found) == 1:
            return found[0]
    for token in tokens:
        # "faults per fault type" where each fault report lists its fault: those reports
        kind = to_snake(singular(token))
        found = [e.name for e in spec.entities if (f := e.field(kind)) and f.type == "enum"]
        if len(found) == 1:
            return found[0]
    return None


_ATTENDANCE_WORDS = frozenset(["attendance", "attendances", "turnout", "headcount", "footfall"])
_CAME_WORDS = frozenset(["came", "attended", "showed", "present", "turned_up", "showed_up"])


def _attending(spec: AppSpec, group_words: list[str]) -> str | None:
    """The record of someone's coming to one of the grouped records (a booking at a session),
    the one noting whether they came first: what attendance at each is a count of."""
    for phrase in group_words:
        grouped = spec.entity(entity_key(phrase))
        if grouped is None:
            continue
        pointing = [
            e
            for e in spec.entities
            if e.name != grouped.name
            and any(r.from_ == e.name and r.to == grouped.name for r in spec.relationships)
        ]
        came = [e.name for e in pointing if any(f.name in _CAME_WORDS for f in e.fields)]
        if len(came) == 1:
            return came[0]
        if len(pointing) == 1:
            return pointing[0].name
    return None


_NO_ACTS = MODALS | frozenset(["had", "been", "got"])
"""Participles that name no act a record is dated by (*how many no-shows we had*)."""

_KIND_WORDS = ("type", "kind", "category", "sort")
"""What a listed field's values are called: *per fault type* is per fault."""

_LINE_WORDS = ("line", "item", "entry")
"""What one line of an order or a list is called, after the thing it is for."""


def _measure_report(
    item: str,
    spec: AppSpec,
    agg: str,
    measure: list[str],
    groups: list[str],
    unit: str | None,
) -> ReportDraft | None:
    """``total deal amount``: the numeric field the words name, on the entity that best
    reaches the grouping."""
    wanted = [singular(w) for w in measure if w not in FUNCTION_WORDS] or ["amount"]
    # "takings", "earnings": money said in the plural only
    money = any(w in MONEY_WORDS for w in [*wanted, *measure])
    # "a monthly total per category": a total of the money the records hold
    candidates: list[tuple[int, str, str]] = []
    lemmas = [verb_lemma(w) or "" for w in wanted if is_past_participle(w)]
    acts = [act_or_irregular_noun(lemma) for lemma in lemmas]
    # "total donated per fund": the donations' money
    named = wanted + [a for a in acts if a]
    for entity in spec.entities:
        entity_named = entity.name in named or any(entity.name.endswith(w) for w in named)
        for f in entity.fields:
            if f.type not in ("integer", "decimal"):
                continue
            parts = [singular(p) for p in f.name.split("_")]
            score = 0
            if f.name == "_".join(w for w in wanted if w != entity.name):
                score += 6
            score += 2 * sum(1 for w in wanted if w in parts)
            if not score and money and any(p in MONEY_WORDS for p in f.name.split("_")):
                # "how much money we make": the record's total, on something dated; the
                # amount paid is money too
                score += 1 + ("total" in parts or "amount" in parts)
                score += bool(unit and any(g.type in ("date", "datetime") for g in entity.fields))
            if not score and entity_named and f.name.split("_")[-1] in MONEY_WORDS:
                # "total donations per month": the records' money, added up
                score += 1 + ("total" in parts or "amount" in parts)
            if not score and entity_named and f.name in _HOW_MANY_FIELDS:
                score += 2  # "total tickets sold per show": how many each sale was for

            if not score:
                continue
            if entity_named:
                score += 3
            if groups and all(_group_path(spec, entity, g) for g in groups):
                score += 4
            if any(entity_key(g) == entity.name for g in groups):
                score -= 6  # "per vehicle" on the vehicle itself: one row per group
            candidates.append((score, entity.name, f.name))
    if not candidates:
        only = None if money else _only_quantity(spec, groups, unit)
        return ReportDraft(item, only[0], agg, only[1]) if only else None
    candidates.sort(key=lambda c: -c[0])
    _, entity_name, field_name = candidates[0]
    return ReportDraft(item, entity_name, agg, field_name)


def _names_a_number(spec: AppSpec, measure: list[str]) -> bool:
    """Whether the words name, whole, a number some record holds (*dozens sold*)."""
    name = "_".join(measure)
    return len(measure) > 1 and any(
        f.name == name and f.type in ("integer", "decimal") for e in spec.entities for f in e.fields
    )


def _only_quantity(spec: AppSpec, groups: list[str], unit: str | None) -> tuple[str, str] | None:
    """``the total consumption per month``, where no field is named so: the one quantity (a
    number that is not money) on a dated record that reaches the grouping, when there is
    exactly one."""
    found = [
        (entity.name, f.name)
        for entity in spec.entities
        if (not unit or any(g.type in ("date", "datetime") for g in entity.fields))
        and all(_group_path(spec, entity, g) for g in groups)
        for f in entity.fields
        # a record's number (*attempt number*) says which one it is, not how much
        if f.type in ("integer", "decimal")
        and f.name.split("_")[-1] not in (*MONEY_WORDS, "number")
    ]
    return found[0] if len(found) == 1 else None


def _entity_reaching(
    spec: AppSpec, groups: list[str], unit: str | None, *, any_dated: bool = False
) -> str | None:
    """With nothing counted by name, the entity the grouping is reached from (and that has
    dates when the report is over time); with ``any_dated``, a count over time with no group
    (*occupancy per week*) counts the main dated record (not a sum of money nobody holds)."""
    for entity in spec.entities:
        if groups and not all(_group_path(spec, entity, g) for g in groups):
            continue
        if unit and not any(f.type in ("date", "datetime") for f in entity.fields):
            continue
        if (
            groups
            and all(_group_path(spec, entity, g) == entity_key(g) for g in groups)
            and (spec.entity(entity_key(groups[0])) is not None)
        ):
            return entity.name
        if groups:
            return entity.name
    if groups or not unit or not any_dated:
        return None
    dated = [e for e in spec.entities if any(f.type in ("date", "datetime") for f in e.fields)]
    # "occupancy per week": over time, the dated record that points at the most others
    ranked = sorted(dated, key=lambda e: -sum(f.type == "reference" for f in e.fields))
    return ranked[0].name if ranked else None


def _group_path(spec: AppSpec, entity: Entity, phrase: str) -> str | None:
    """``stage`` (a field), ``category`` (an entity reached by references) or
    ``employee.department`` (reached through another entity)."""
    key = to_snake(phrase)
    single = entity_key(phrase)
    for name in (key, single):
        f = entity.field(name)
        if f is not None and f.type != "reference":
            return name
    parts = key.split("_")
    if len(parts) > 1 and parts[0] == entity.name and entity.field("_".join(parts[1:])):
        return "_".join(parts[1:])  # "per room type" on rooms: their type
    kind = entity.field("_".join(parts[:-1])) if parts[-1] in _KIND_WORDS else None
    if kind is not None and kind.type == "enum":
        return kind.name  # "per fault type" where the fault is one of a list: the fault
    if len(parts) > 1 and spec.entity(parts[0]) is not None:
        owner = _group_path(spec, entity, parts[0])
        rest = spec.entity(parts[0])
        if owner and rest is not None and rest.field("_".join(parts[1:])) is not None:
            return f"{owner}.{'_'.join(parts[1:])}"
    target = spec.entity(single)
    if target is None:
        ending = [e.name for e in spec.entities if e.name.split("_")[-1] == single]
        target = spec.entity(ending[0]) if len(ending) == 1 else None
    if target is not None and target.name == entity.name:
        return None
    queue: deque[tuple[str, list[str]]] = deque([(entity.name, [])])
    seen = {entity.name}
    while queue:
        current, trail = queue.popleft()
        found = spec.entity(current)
        if found is None:
            continue
        if target is None:
            # "occupation per zone" on reservations: the zone of the desk each one is for
            own = next((found.field(n) for n in (key, single) if found.field(n)), None)
            if trail and own is not None and own.type != "reference":
                return ".".join([*trail, own.name])
        for f in found.fields:
            if f.type != "reference" or f.references is None:
                continue
            nxt = f.references.entity
            if target is not None and nxt == target.name:
                return ".".join([*trail, nxt])
            if nxt not in seen and len(trail) < 3:
                seen.add(nxt)
                queue.append((nxt, [*trail, nxt]))
    return None


def _date_field(entity: Entity, tokens: list[str]) -> str | None:
    dated = [f for f in entity.fields if f.type in ("date", "datetime")]
    if not dated:
        return None
    verbs = {verb_lemma(w) for w in tokens if verb_lemma(w)}
    for f in dated:
        if any(verb_lemma(part) in verbs for part in f.name.split("_") if verb_lemma(part)):
            return f.name
    return dated[0].name


def build_reports(reading: ReportReading, spec: AppSpec) -> list[Report]:
    made: list[Report] = []
    names: set[str] = set()
    for draft in reading.reports:
        name = _report_name(draft)
        base, counter = name, 2
        while name in names:
            name = f"{base[: MAX_NAME_LENGTH - 3]}_{counter}"
            counter += 1
        names.add(name)
        made.append(
            Report(
                name=name,
                title=_title(draft.text),
                entity=draft.entity,
                measure=Measure(agg=draft.agg, field=draft.measured),
                group_by=draft.group_by,
                time_bucket=TimeBucket(field=draft.bucket[0], unit=draft.bucket[1])
                if draft.bucket
                else None,
                chart=draft.chart,
            )
        )
    return made


def _report_name(draft: ReportDraft) -> str:
    what = draft.measured or draft.entity
    agg = {"count": "count", "sum": "total", "avg": "average", "min": "min", "max": "max"}[
        draft.agg
    ]
    # "total_price" added up is the total price, not a total total
    parts = [what] if what.split("_")[0] == agg else [agg, what]
    if draft.group_by:
        parts += ["by", draft.group_by[0].split(".")[-1]]
    if draft.bucket:
        parts += ["per", draft.bucket[1]]
    return to_snake("_".join(parts))[:MAX_NAME_LENGTH].strip("_")


_PURPOSE_CLAUSE = re.compile(
    r",\s*(?:so(?:\s+that)?|because|in order that)\s+(?:i|we|you|they|he|she|it|"
    r"(?:a|the|that|this)\s+(?:report|chart|figure|list)\b[^,]*?\b(?:would|will|could|'d))\s+[^,]*$"
)
"""``..., so i can send it on to the clients``, ``..., so a report for that would save me
an afternoon``: why the figures are wanted, no figure."""
_PURPOSE_TAIL = re.compile(r"\s+(?:so(?:\s+that)?|because|in order to|to make sure|to check)\s+.*$")
"""``... per shore per year so we stay under the limit``: why the figure is wanted."""


def _title(text: str) -> str:
    cleaned = _PURPOSE_TAIL.sub("", text.strip())
    cleaned = re.sub(r"\s+(?:as\s+(?:a|an)\s+)?(?:\w+\s+)?(?:chart|graph)$", "", cleaned)
    cleaned = re.sub(r"^(?:the|a|an)\s+", "", cleaned)
    return cleaned[:1].upper() + cleaned[1:]
