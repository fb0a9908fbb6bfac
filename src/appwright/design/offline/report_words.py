"""The words of one figure asked for: what it adds up, what it is grouped by, over which period.

``the total deal amount per stage``: the aggregate *total* (sum), the measure *deal amount*
and the grouping *stage*; ``tickets opened per week``: counted per week; ``which customers
spend the most``: grouped by customer; ``as a pie chart``: drawn as a pie.
"""

from __future__ import annotations

from appwright.design.offline.word_classes import DETERMINERS, FUNCTION_WORDS
from appwright.design.offline.word_forms import is_plural, singular

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


def time_unit_said(tokens: list[str]) -> str | None:
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


def grouping_words(tokens: list[str]) -> list[str]:
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


def measured_words(tokens: list[str]) -> list[str]:
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
