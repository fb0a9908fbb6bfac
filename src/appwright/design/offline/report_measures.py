"""The number a report adds up or averages: the numeric field its words name, on the best record.

``total deal amount per stage``: deal.amount; ``total donated per fund``: the donations'
amount; ``total tickets sold per show``: the sale's quantity; ``the total consumption per
month`` with no field so named: the one quantity on a dated record.
"""

from __future__ import annotations

from appwright.design.offline.act_nouns import act_or_irregular_noun
from appwright.design.offline.draft import entity_key
from appwright.design.offline.report_drafts import ReportDraft
from appwright.design.offline.report_groups import group_path
from appwright.design.offline.types import MONEY_WORDS
from appwright.design.offline.word_classes import FUNCTION_WORDS
from appwright.design.offline.word_forms import is_past_participle, singular, verb_lemma
from appwright.spec.models import AppSpec, Entity

_HOW_MANY_FIELDS = frozenset(["quantity", "count", "number", "qty"])
"""The field that says how many things one record is for."""


def money_fields(entity: Entity | None) -> list[str]:
    """The fields of ``entity`` that hold money (*amount*, *price*, *fee*)."""
    if entity is None:
        return []
    return [
        f.name
        for f in entity.fields
        if f.type == "decimal" and any(part in MONEY_WORDS for part in f.name.split("_"))
    ]


def measured_report(
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
            if groups and all(group_path(spec, entity, g) for g in groups):
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


def names_a_number(spec: AppSpec, measure: list[str]) -> bool:
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
        and all(group_path(spec, entity, g) for g in groups)
        for f in entity.fields
        # a record's number (*attempt number*) says which one it is, not how much
        if f.type in ("integer", "decimal")
        and f.name.split("_")[-1] not in (*MONEY_WORDS, "number")
    ]
    return found[0] if len(found) == 1 else None
