"""Automations: alerts, reminders and notifications tied to a record or a schedule.

``I want stock alerts when a product's quantity falls below its reorder threshold`` → on every
product update, when quantity < reorder_threshold, create a stock_alert (a new entity pointing
at the product); ``remind me when a plant needs water`` and ``send an alert when a driver's
license expires within 30 days`` → a daily check of plants / drivers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from appwright.design.offline.brackets import outside_brackets
from appwright.design.offline.draft import entity_key
from appwright.design.offline.sentences import sentences
from appwright.design.offline.word_classes import FUNCTION_WORDS, words
from appwright.design.offline.word_forms import is_plural, singular
from appwright.spec.models import AppSpec, Automation, Entity, FieldSpec, Reference, Trigger
from appwright.spec.names import MAX_NAME_LENGTH, to_snake

DAILY = "0 8 * * *"
"""When scheduled checks run: every morning."""
COMPARISONS: dict[str, str] = {
    "falls below": "<", "drops below": "<", "goes below": "<", "is below": "<", "below": "<",
    "is less than": "<", "less than": "<", "under": "<", "reaches": ">=",
    "exceeds": ">", "goes above": ">", "is above": ">", "rises above": ">", "above": ">",
    "is more than": ">", "more than": ">", "over": ">",
}  # fmt: skip
_NOTICE = re.compile(
    r"\b(?P<kind>alerts?|notif(?:y|ications?)|remind(?:ers?)?|warn(?:ings?)?|emails?|messages?)\b"
    r"(?P<between>.*?)\b(?:when(?:ever)?|if|once|before)\s+(?P<condition>.+)$"
)
_COMPARE = re.compile(
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?P<owner>[\w\-]+)'s\s+)?(?P<left>[\w ]+?)\s+"
    r"(?P<op>" + "|".join(sorted(COMPARISONS, key=len, reverse=True)) + r")\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?P<right>[\w ]+)$"
)
_LISTED_FIELD = re.compile(
    r"\b(?:an?|their|its|his|her)\s+(?:e-?mails?|messages?)(?:,|\s+and\b)[^;]*$"
)
"""*a name, an email and a date of birth*: an email kept in a list is a field, not a notice."""
_DUE = re.compile(r"\b(?:expires?|is due|are due|due|within|overdue|needs?|before|days?)\b")


@dataclass
class AutomationDraft:
    name: str
    entity: str
    on: str
    description: str
    schedule: str | None = None
    alert_entity: str | None = None
    new_fields: list[tuple[str, FieldSpec]] = field(default_factory=list)


def read_automations(description: str, spec: AppSpec) -> list[AutomationDraft]:
    drafts: list[AutomationDraft] = []
    for sentence in sentences(description):
        plain = outside_brackets(sentence)
        match = _NOTICE.search(plain)
        if match is None or _LISTED_FIELD.search(plain[: match.end("kind") + 5]):
            continue
        condition = match.group("condition").strip()
        entity = _entity_in(condition, spec) or _entity_in(plain, spec)
        if entity is None:
            continue
        kind = match.group("kind")
        alert_noun = _alert_noun(plain[: match.end("kind")])
        compare = _COMPARE.search(condition)
        found = spec.entity(entity)
        if compare and found is not None:
            drafts.append(_threshold(found, compare, alert_noun, condition))
            continue
        verb = "remind" if kind.startswith("remind") else "alert"
        name = to_snake(f"{verb}_{entity}_{_gist(condition, entity)}")[:MAX_NAME_LENGTH].strip("_")
        on = "schedule" if _DUE.search(condition) else "update"
        drafts.append(
            AutomationDraft(
                name=name,
                entity=entity,
                on=on,
                schedule=DAILY if on == "schedule" else None,
                description=f"{verb} when {condition}",
            )
        )
    return drafts


def _entity_in(text: str, spec: AppSpec) -> str | None:
    tokens = words(text)
    for index in range(len(tokens)):
        for length in (2, 1):
            span = tokens[index : index + length]
            if len(span) < length:
                continue
            key = entity_key(" ".join(w.removesuffix("'s") for w in span))
            if key and spec.entity(key) is not None:
                return key
            # a compound written as one word: "houseplant" is the plant of "a plant"
            if key and length == 1 and len(key) >= 4:
                ending = [e.name for e in spec.entities if e.name.endswith(key)]
                if len(ending) == 1:
                    return ending[0]
    return None


def _alert_noun(text: str) -> str | None:
    """``stock alerts`` → stock_alert: the record each alert becomes, when one is named."""
    match = re.search(r"(?P<mod>[a-z]+)\s+alerts\b", text)
    if (
        match
        and match.group("mod") not in FUNCTION_WORDS
        and match.group("mod") not in ("want", "send", "get")
    ):
        return f"{singular(match.group('mod'))}_alert"
    if re.search(r"\balerts\b", text) and is_plural("alerts"):
        return "alert"
    return None


def _gist(condition: str, entity: str) -> str:
    """The words that say what a condition is about: ``license_expires`` in *a driver's
    license expires within 30 days*."""
    kept = [
        w.removesuffix("'s")
        for w in words(condition)
        if w not in FUNCTION_WORDS
        and not w.isdigit()
        and entity_key(w.removesuffix("'s")) != entity
    ]
    return "_".join(kept[:3])


def _field_named(entity: Entity, phrase: str) -> str | None:
    key = to_snake(phrase)
    if entity.field(key) is not None:
        return key
    head = key.split("_")[-1]
    found = [f.name for f in entity.fields if head in f.name.split("_")]
    return found[0] if found else None


def _threshold(
    entity: Entity, compare: re.Match[str], alert: str | None, condition: str
) -> AutomationDraft:
    op = COMPARISONS[compare.group("op")]
    left_phrase = compare.group("left").strip()
    right_phrase = compare.group("right").strip()
    draft = AutomationDraft(name="", entity=entity.name, on="update", description="")
    left = _field_named(entity, left_phrase) or to_snake(left_phrase)
    right: str
    if re.fullmatch(r"\d+(?:\.\d+)?", right_phrase):
        right = right_phrase
    else:
        right = _field_named(entity, right_phrase) or to_snake(right_phrase)
        if entity.field(right) is None:
            draft.new_fields.append(
                (entity.name, FieldSpec(name=right, type="integer", validation={"min": 0}))
            )
    if entity.field(left) is None:
        draft.new_fields.append((entity.name, FieldSpec(name=left, type="integer")))
    action = f"create a {alert}" if alert else "notify the users who can update it"
    draft.description = f"when {left} {op} {right} {action}"
    draft.name = to_snake(f"alert_{left}_{'below' if '<' in op else 'above'}_{right}")[
        :MAX_NAME_LENGTH
    ]
    draft.alert_entity = alert
    del condition
    return draft


def alert_entity(draft: AutomationDraft) -> Entity | None:
    """The entity an alert becomes: it points at the record and says why."""
    if draft.alert_entity is None:
        return None
    return Entity(
        name=draft.alert_entity,
        fields=[
            FieldSpec(
                name=f"{draft.entity}_id",
                type="reference",
                references=Reference(entity=draft.entity),
                required=True,
            ),
            FieldSpec(name="message", type="text"),
            FieldSpec(name="resolved", type="boolean", default=False),
        ],
    )


def build_automation(draft: AutomationDraft) -> Automation:
    trigger = Trigger(on=draft.on, entity=draft.entity, schedule=draft.schedule)
    return Automation(name=draft.name, trigger=trigger, description=draft.description)
