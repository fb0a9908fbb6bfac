"""Sample text for the preview seed: words that follow the field's name (a person's name, a
city, a product code, an e-mail made from the row's name) and fit its length and pattern.

Example: a ``contact`` row's ``email`` is ``ada.lovelace@...`` when its ``name`` is "Ada Lovelace".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from appwright.codegen.plan import ColumnPlan, EntityPlan
from appwright.service.preview import vocabulary as words
from appwright.service.preview.seed_kinds import (
    CODE_FIELDS,
    COMPANY_WORDS,
    PERSON_WORDS,
    SENTENCE_FIELDS,
    entity_kind,
    name_tokens,
)
from appwright.service.preview.seed_state import CHILD_ROWS, SeedState
from appwright.spec.names import humanize


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _fitted(text: str, min_length: int | None, max_length: int | None) -> str:
    if max_length is not None:
        text = text[:max_length].rstrip() or text[:max_length]
    while min_length is not None and len(text) < min_length:
        text += " x" if len(text) + 2 <= (max_length or 10**6) else "x"
    return text


class TextValues(SeedState):
    """Text, e-mails and web addresses for one field of a row."""

    def text_value(
        self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]
    ) -> Any:
        candidate = self._realistic_text(entity, column, index, row)
        if self.fits(column, candidate):
            return candidate
        if column.max_length is not None and len(candidate) > column.max_length:
            trimmed = candidate[: column.max_length].rstrip()
            if self.fits(column, trimmed):
                return trimmed
        if column.pattern:
            pool = self.pattern_pool(entity, column, CHILD_ROWS[1])
            return self.rng.choice(pool) if pool else None
        return _fitted(candidate, column.min_length, column.max_length)

    def _realistic_text(
        self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]
    ) -> str:
        tokens = name_tokens(column.name)
        name = column.name
        rng = self.rng
        if name in ("first_name", "given_name"):
            return rng.choice(words.FIRST_NAMES)
        if name in ("last_name", "surname", "family_name"):
            return rng.choice(words.LAST_NAMES)
        if {"phone", "mobile", "tel", "telephone", "fax"} & set(tokens):
            return f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if "email" in tokens:
            return self.email_value(entity, column, index, row)
        if {"url", "website", "homepage", "link"} & set(tokens):
            return self.url_value(entity, column, index, row)
        if {"city", "town"} & set(tokens):
            return rng.choice(words.CITIES)[0]
        if "country" in tokens:
            return rng.choice(words.CITIES)[1]
        if {"address", "street"} & set(tokens):
            return f"{rng.randint(1, 240)} {rng.choice(words.STREETS)}"
        if {"zip", "postal", "postcode"} & set(tokens):
            return f"{rng.randint(10000, 99999)}"
        if {"color", "colour"} & set(tokens):
            return rng.choice(words.COLORS)
        if name in ("job_title", "position", "role") or (
            name == "title" and entity_kind(entity) == "person"
        ):
            return rng.choice(words.JOB_TITLES)
        if {"department", "team"} & set(tokens):
            return rng.choice(words.DEPARTMENTS)
        if "industry" in tokens:
            return rng.choice(words.INDUSTRIES)
        if "cuisine" in tokens:
            return rng.choice(words.CUISINES)
        if name == "unit" or tokens[-1:] == ["unit"]:
            return rng.choice(words.UNITS)
        if {"location", "place", "venue", "room"} & set(tokens):
            return rng.choice(words.PLACES)
        if set(tokens) & CODE_FIELDS:
            return self._code(entity, column, index)
        if {"author", "owner", "assignee", "manager", "contact", "requester"} & set(tokens):
            return self._person_name()
        if {"merchant", "vendor", "supplier", "company", "customer", "client"} & set(tokens):
            return self._company_name()
        if set(tokens) & SENTENCE_FIELDS or column.type == "long_text":
            count = 1 if column.type == "text" else rng.randint(1, 3)
            return " ".join(rng.sample(words.SENTENCES, count))
        if tokens[-1:] == ["name"] and len(tokens) > 1:
            return self._name_of(tokens[-2] if tokens[-2] != "full" else "person")
        if name in ("name", "title", "label", "subject", "display_name", "full_name", "headline"):
            if name == "full_name":
                return self._person_name()
            return self._name_of(entity_kind(entity), entity)
        return f"{rng.choice(words.ADJECTIVES)} {humanize(name).lower()}"

    def _name_of(self, kind: str, entity: EntityPlan | None = None) -> str:
        rng = self.rng
        if kind in ("person", *PERSON_WORDS):
            return self._person_name()
        if kind in ("company", *COMPANY_WORDS):
            return self._company_name()
        choices: dict[str, Callable[[], str]] = {
            "product": lambda: (
                f"{rng.choice(words.PRODUCT_ADJECTIVES)} {rng.choice(words.PRODUCT_NOUNS)}"
            ),
            "place": lambda: rng.choice(words.PLACES),
            "category": lambda: rng.choice(words.CATEGORY_WORDS),
            "project": lambda: rng.choice(words.PROJECT_NAMES),
            "event": lambda: rng.choice(words.EVENTS),
            "deal": lambda: f"{rng.choice(words.COMPANY_STEMS)} {rng.choice(words.DEAL_WORDS)}",
            "dish": lambda: rng.choice(words.DISHES),
            "book": lambda: rng.choice(words.BOOK_TITLES),
            "service": lambda: rng.choice(words.SERVICES),
            "habit": lambda: rng.choice(words.HABITS),
            "ingredient": lambda: rng.choice(words.INGREDIENTS),
        }
        make = choices.get(kind)
        if make is not None:
            return make()
        return rng.choice(words.TASK_PHRASES)

    def _person_name(self) -> str:
        return f"{self.rng.choice(words.FIRST_NAMES)} {self.rng.choice(words.LAST_NAMES)}"

    def _company_name(self) -> str:
        return f"{self.rng.choice(words.COMPANY_STEMS)} {self.rng.choice(words.COMPANY_SUFFIXES)}"

    def _code(self, entity: EntityPlan, column: ColumnPlan, index: int) -> str:
        if "isbn" in name_tokens(column.name):
            return f"978{self.rng.randint(0, 10**10 - 1):010d}"
        stem = "".join(token[0] for token in name_tokens(entity.name)).upper() or "X"
        stem = (stem + entity.name.upper().replace("_", ""))[:3]
        return f"{stem}-{1000 + index + self.rng.randint(0, 8) * 100}"

    def email_value(
        self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]
    ) -> str:
        person = next(
            (
                row[key]
                for key in ("full_name", "name", "contact_name")
                if isinstance(row.get(key), str)
            ),
            None,
        )
        kind = entity_kind(entity)
        if person is None or kind not in ("person", "thing"):
            if kind == "company" and isinstance(row.get("name"), str):
                return f"info@{_slug(row['name'])}.example.com"
            person = self._person_name()
        local = ".".join(_slug(part) for part in person.split()[:2]) or "someone"
        return f"{local}@{self.rng.choice(words.EMAIL_DOMAINS)}"

    def url_value(
        self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]
    ) -> str:
        title = next((row[key] for key in ("name", "title") if isinstance(row.get(key), str)), None)
        if title is None:
            title = self._company_name()
        slug = _slug(title) or "site"
        if entity_kind(entity) == "company" or "website" in name_tokens(column.name):
            return f"https://www.{slug}.example.com"
        return f"https://example.com/{entity.route}/{slug}"
