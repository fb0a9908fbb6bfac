"""The learned records step: a record of its own for a noun of the description that the
readers left unused and a small classifier takes for one.

The readers miss records whose wording they do not know; on a description nobody tuned them
on, most of what they miss is a noun the text names (*each hire takes a deposit, refunded when
the chair comes back*: ``deposit``). ``record_candidates`` lists those nouns with general
features; a logistic regression (``data/learned_records.json``, trained by
``scripts/train_learned_records.py`` on descriptions of earlier batches, as their first-run
designers saw them) scores them; the best one that reaches the threshold, no more than the
model's ``most`` per description, becomes a record with a ``name`` field, linked many-to-one to
the record it attaches to. A noun whose words hold a record's name or are part of it (*glass
order* beside ``glass``) is left out: added, it would stand beside the record it names, and
take from it what belongs to it. Nor is a noun the description only says inside the values
a field takes (*blocks* in the states *on blocks* and *off blocks*).

The design says what it added: the designer asks about each such record in its questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from appwright.design.offline.act_nouns import names_a_doer
from appwright.design.offline.learned_model import LogisticModel, load_model
from appwright.design.offline.noun_places import name_words
from appwright.design.offline.record_candidates import RecordCandidate, candidates
from appwright.design.offline.report_words import AGGREGATES
from appwright.design.offline.spec_fields import mark_title
from appwright.design.offline.spec_repair import valid_spec
from appwright.spec.models import AppSpec

WEIGHTS_FILE = Path(__file__).parent / "data" / "learned_records.json"
FORMAT = "appwright-learned-records/1"


@dataclass(frozen=True)
class LearnedRecords:
    spec: AppSpec
    added: list[RecordCandidate]
    """The records the step added, best first."""


@cache
def default_model() -> LogisticModel:
    return load_model(WEIGHTS_FILE, FORMAT)


def add_learned_records(
    description: str, spec: AppSpec, model: LogisticModel | None = None
) -> LearnedRecords:
    """``spec`` with the records the model accepts; unchanged when the shipped model is off."""
    model = model or default_model()
    if not model.enabled:
        return LearnedRecords(spec, [])
    data = spec.to_json_dict()
    taken = accepted(description, data, model)
    if not taken:
        return LearnedRecords(spec, [])
    return LearnedRecords(valid_spec(with_records(data, taken)), taken)


def accepted(description: str, data: dict[str, Any], model: LogisticModel) -> list[RecordCandidate]:
    """The candidates the model takes, best first: not one whose words hold a record's name or
    are part of it (*glass order* beside ``glass``, *meeting* beside ``meetings_monthly``) or
    that ends a record's name (*plant* beside ``houseplant``), nor
    one whose words are part of (or hold) a name taken before it (*driver* after *volunteer
    driver*), nor what a report measures (``_measure``), and no more than the model's ``most``."""
    records = [name_words(e["name"]) for e in data.get("entities", [])]
    spelled = [e["name"].replace("_", "") for e in data.get("entities", [])]
    values = [
        str(option["value"] if isinstance(option, dict) else option)
        for e in data.get("entities", [])
        for f in e.get("fields", [])
        for option in f.get("options") or []
    ]
    scored = sorted(
        (
            (model.probability(c.features), c)
            for c in candidates(description, data)
            if not any(r < name_words(c.name) or name_words(c.name) < r for r in records)
            and not _tail_of_a_record(c.name, spelled)
            and not _measure(c.name)
            and not _only_measured(c.name, description)
            and not _only_in_values(c.name, values, description)
        ),
        key=lambda pc: (-pc[0], pc[1].at),
    )
    taken: list[RecordCandidate] = []
    for p, c in scored:
        if p < model.threshold:
            break
        words = name_words(c.name)
        if any(words <= name_words(t.name) or name_words(t.name) <= words for t in taken):
            continue
        taken.append(c)
        if model.most is not None and len(taken) >= model.most:
            break
    return taken


def _tail_of_a_record(name: str, spelled: list[str]) -> bool:
    """Whether the noun ends a record's one-word name (*plant* beside ``houseplant``, *shop*
    beside ``workshop``): the same thing said short, no record of its own."""
    word = name.replace("_", "")
    return any(record != word and record.endswith(word) for record in spelled)


def _only_in_values(name: str, values: list[str], description: str) -> bool:
    """Whether the noun is only ever said inside values a field is told to take (*blocks* in
    the state ``on_blocks``): a word of a value, no record. One also said apart from them
    (*results* beside the state ``results_back``) may be one."""
    words = name_words(name)
    said_in = [v.replace("_", " ") for v in values if words <= name_words(v)]
    if not said_in:
        return False
    text = " ".join(description.lower().split())
    noun = name.replace("_", " ")
    told = len(re.findall(rf"\b{re.escape(noun)}(?:s|es)?\b", text))
    in_values = sum(len(re.findall(rf"\b{re.escape(v)}\b", text)) for v in set(said_in))
    return told <= in_values


def _measure(name: str) -> bool:
    """A phrase that opens with what a report measures (*the average days to close*, *the
    number of visits*): never a record. The model is left to score these (of 307 among the
    first-run specs of batches 30-74, none was a gold record) but the step never takes one."""
    return name.split("_")[0] in AGGREGATES


def _only_measured(name: str, description: str) -> bool:
    """Whether the noun is only ever said as what a report measures (*average practice minutes
    per pupil*): the figure, no record."""
    text = " ".join(description.lower().split())
    noun = re.escape(name.replace("_", " "))
    told = len(re.findall(rf"\b{noun}(?:s|es)?\b", text))
    aggregate = "|".join(AGGREGATES)
    measured = len(re.findall(rf"\b(?:{aggregate})\s+(?:of\s+)?(?:the\s+)?{noun}(?:s|es)?\b", text))
    return told > 0 and measured == told


def with_records(data: dict[str, Any], taken: list[RecordCandidate]) -> dict[str, Any]:
    """A copy of the spec's JSON with each candidate as a record with a ``name`` field, linked
    many-to-one to the record it attaches to; a person points the other way, as the readers
    link them (``island_links``): the record points at the person it is by or for (*the
    engineer who signs it*: the certificate's ``engineer_id``)."""
    out = {**data, "entities": [dict(e) for e in data.get("entities", [])]}
    out["relationships"] = list(data.get("relationships", []))
    by_name = {e["name"]: e for e in out["entities"]}
    for c in taken:
        if c.name in by_name:
            continue
        fields: list[dict[str, Any]] = [{"name": "name", "type": "text"}]
        mark_title(fields)
        record: dict[str, Any] = {"name": c.name, "fields": fields}
        if c.attach is not None and c.attach in by_name:
            if names_a_doer(c.name):
                _link(out, by_name[c.attach], c.name)
            else:
                _link(out, record, c.attach)
        out["entities"].append(record)
        by_name[c.name] = record
    return out


def _link(data: dict[str, Any], many: dict[str, Any], one: str) -> None:
    """A many-to-one link from the record ``many`` to the record named ``one``."""
    field = f"{one}_id"
    many["fields"] = [
        *many.get("fields", []),
        {"name": field, "type": "reference", "references": {"entity": one}},
    ]
    data["relationships"].append(
        {
            "from": many["name"],
            "to": one,
            "kind": "many_to_one",
            "field": field,
            "on_delete": "set_null",
        }
    )
