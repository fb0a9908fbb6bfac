"""Reports: what to count or add up, grouped by what, over which period, drawn how.

``a report of the total deal amount per stage`` → sum of deal.amount grouped by stage;
``a monthly total per category as a chart`` → sum of expense.amount by category, per month;
``tickets opened per week and average time to resolve`` → two reports on tickets;
``how many loans we make each month`` → count of loans per month;
``number of properties per status as a pie chart`` → count by status, a pie.

This module reads the sentences that ask (``report_requests`` says which do) into one draft
(``report_drafts``) per figure: ``report_words`` splits a figure's words, ``report_measures``
finds the number added up, ``report_counts`` the records counted and ``report_groups`` what
they are grouped and dated by; ``report_specs`` builds the drafts into the spec's reports.
"""

from __future__ import annotations

import re

from appwright.design.offline.act_nouns import act_noun
from appwright.design.offline.brackets import outside_brackets, split_top_level
from appwright.design.offline.counts_said import PER_ONE_FIRST
from appwright.design.offline.draft import entity_key
from appwright.design.offline.flow_wording import status_said_as
from appwright.design.offline.report_counts import (
    attending_record,
    counted_record,
    ranked_by_use,
    record_acted_on,
    state_counted,
)
from appwright.design.offline.report_drafts import ReportDraft, ReportReading
from appwright.design.offline.report_groups import (
    date_field_for,
    group_path,
    many_to_many_between,
    record_reaching_groups,
    references_record,
)
from appwright.design.offline.report_measures import measured_report, money_fields, names_a_number
from appwright.design.offline.report_requests import (
    MEASURE_PER,
    MODALS,
    is_report_request,
    report_trigger,
    wish_as_request,
)
from appwright.design.offline.report_words import (
    AGGREGATES,
    CHARTS,
    grouping_words,
    measured_words,
    time_unit_said,
)
from appwright.design.offline.sentences import sentences
from appwright.design.offline.types import MONEY_WORDS, UNIT_TYPES
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import is_past_participle, singular, verb_lemma
from appwright.spec.models import AppSpec, FieldSpec, FieldValidation
from appwright.spec.names import to_snake

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
_FIGURE_OPENS = re.compile(r"(?:totals?|average|number of|how many|how much|count of)\b")
_TIME_TO = re.compile(
    r"\b(?P<unit>time|days|hours|minutes|weeks)\s+(?:it takes\s+)?to\s+(?P<verb>[a-z]+)"
)
_ITEM_SPLIT = (
    r"\s*,\s*(?:and\s+)?",
    r"\s+and\s+(?=(?:the\s+|an?\s+)?(?:total|average|number|how|count|most|least|top|"
    r"(?:[\w\-]+\s+){1,3}per\b|[\w\-]+\s+of\b))",
)


def read_reports(description: str, spec: AppSpec) -> ReportReading:
    reading = ReportReading()
    for sentence in [c for s in sentences(description) for c in s.split(";")]:
        # a semicolon ends a statement as a full stop does ("guests: name; occupancy per week")
        # "... and shows as active, suspended or revoked": a status, no report shown
        plain = wish_as_request(status_said_as(outside_brackets(sentence).strip()))
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
        body = _TOTAL_DONE.sub(lambda m: _total_done(m, spec), body)
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
        period = unit if unit and not time_unit_said(words(body)) else None
        grouped = PER_ONE_FIRST.match(plain)
        group = grouped["group"] if grouped and not time_unit_said([grouped["group"]]) else None
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
            if (
                not led
                and not cared
                and not (report_trigger(item) or MEASURE_PER.match(item.strip()))
            ):
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
_TOTAL_DONE = re.compile(
    r"\btotal\s+(?:spent|paid|taken|earned|billed|charged|invoiced|collected|raised|received|"
    r"credited|refunded|donated|claimed|reimbursed|discounted)\b"
)
"""``total spent per care home per quarter``, ``the total collected per month``: the money the
records hold, added up; what was done with it names no field."""


def _total_done(match: re.Match[str], spec: AppSpec) -> str:
    """``total credited per client``: the money of the records the act names (*credit notes*)
    where one is named by it, else the money the records hold."""
    done = match[0].split()[-1]
    lemma = verb_lemma(done) or done
    for entity in spec.entities:
        if entity.name.split("_")[0] in (lemma, act_noun(lemma)):
            return f"total {entity.name.replace('_', ' ')} money"
    return "total money"


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
    while (match := report_trigger(plain[start:])) is not None:
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
    match = report_trigger(plain)
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
    unit = time_unit_said(tokens)
    agg = next((AGGREGATES[w] for w in tokens if w in AGGREGATES), "count")
    group_words = grouping_words(tokens)
    measure_words = measured_words(tokens)
    draft: ReportDraft | None = None
    time_to = _TIME_TO.search(item)
    if time_to:
        lemma = verb_lemma(time_to.group("verb")) or time_to.group("verb")
        previous = record_acted_on(spec, lemma) or previous
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
        draft = measured_report(item, spec, agg, measure_words, group_words, unit)
    state = state_counted(measure_words, spec) if draft is None and agg == "count" else None
    if state is not None:
        # "how many no-shows we had": the bookings, counted by the status no-show is one of
        draft = ReportDraft(item, state[0], "count", None)
        group_words = [state[1], *group_words]
    if draft is None:
        before_group = tokens[
            : next((i for i, w in enumerate(tokens) if w in ("per", "by")), len(tokens))
        ]
        counted = counted_record(measure_words, spec) or counted_record(before_group, spec)
        if counted is None and names_a_number(spec, measure_words):
            # "the monthly dozens sold per restaurant": a number each sale holds, added up
            draft = measured_report(item, spec, "sum", measure_words, group_words, unit)
        elif counted is None and measure_words:
            # "how many guests we cater for each month": guests is a number the records hold
            draft = measured_report(item, spec, "sum", measure_words[:1], group_words, unit)
            if draft is not None and singular(draft.measured or "") != singular(measure_words[0]):
                draft = None
    if draft is None:
        counted = counted_record(measure_words, spec) or counted_record(before_group, spec)
        if counted is None and any(w in _ATTENDANCE_WORDS for w in measure_words):
            # "average attendance per session": the places booked at each session, counted
            counted = attending_record(spec, group_words)
        if counted is None and (group_words or unit):
            counted = record_reaching_groups(spec, group_words, unit, any_dated=agg == "count")
            counted = counted or previous
        if counted is None:
            return None
        draft = ReportDraft(item, counted, "count", None)
        money = money_fields(spec.entity(counted)) if agg == "sum" else []
        if len(money) == 1:
            # "total savings deposited per month": the deposits' one amount, added up
            draft = ReportDraft(item, counted, "sum", money[0])
        ranked = ranked_by_use(spec, counted, tokens) if not group_words else None
        if ranked is not None:
            # "the most borrowed tools": the borrowings counted per tool
            draft, group_words = ReportDraft(item, ranked, "count", None), [counted]
    entity = spec.entity(draft.entity)
    if entity is None:
        return None
    for phrase in group_words:
        path = group_path(spec, entity, phrase)
        if path:
            draft.group_by.append(path)
            continue
        grouped = spec.entity(entity_key(phrase))
        if grouped is not None and many_to_many_between(spec, entity.name, grouped.name):
            continue  # "revenue per site" where a booking covers several sites: no one site
        if (
            grouped is not None
            and grouped.name != entity.name
            and not references_record(grouped, entity)
        ):
            # "unpaid lessons per student": each lesson is a student's, though unsaid
            draft.new_links.append(grouped.name)
            draft.group_by.append(grouped.name)
    if unit:
        date_field = date_field_for(entity, tokens)
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


_ATTENDANCE_WORDS = frozenset(["attendance", "attendances", "turnout", "headcount", "footfall"])


_NO_ACTS = MODALS | frozenset(["had", "been", "got"])
"""Participles that name no act a record is dated by (*how many no-shows we had*)."""


_PURPOSE_CLAUSE = re.compile(
    r",\s*(?:so(?:\s+that)?|because|in order that)\s+(?:i|we|you|they|he|she|it|"
    r"(?:a|the|that|this)\s+(?:report|chart|figure|list)\b[^,]*?\b(?:would|will|could|'d))\s+[^,]*$"
)
"""``..., so i can send it on to the clients``, ``..., so a report for that would save me
an afternoon``: why the figures are wanted, no figure."""
