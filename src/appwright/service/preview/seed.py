"""Realistic sample rows for a preview, derived from a spec (deterministic for a given seed).

``build_seed(spec, seed=0)`` returns the JSON document the generated app's ``seed FILE``
command inserts through its own crud functions: entities parents first, each row's plain
values, its references as row numbers of the referenced entity, the transitions that move it
from the flow's initial state to its target state, and its many-to-many links::

    {"entities": [{"entity": "company", "rows": [{"values": {...}, "references": {...},
                                                  "transitions": [...], "links": {...}}]}]}

Values follow the field's meaning (a contact's ``name`` is a person's name, a company's a
company name, ``due_date`` lies in the near future, ``birthday`` decades back...) and always
its validation: length limits, patterns, min/max, options, uniqueness.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from appwright.codegen.pattern_samples import PatternSampleError, pattern_samples
from appwright.codegen.plan import ColumnPlan, EntityPlan, StatePlan
from appwright.codegen.planner import build_plan
from appwright.codegen.samples import INT32_MAX, INT32_MIN
from appwright.service.preview import vocabulary as words
from appwright.spec.models import AppSpec
from appwright.spec.names import humanize


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ROOT_ROWS = (6, 10)
"""Rows of an entity that references nothing (lookups, parents)."""
CHILD_ROWS = (12, 20)
"""Rows of an entity that references others."""
OPTIONAL_FILL = 0.8
"""Share of optional fields (and optional references) that get a value."""
UNIQUE_ATTEMPTS = 40

PERSON_WORDS = _words(
    "person people contact employee member user staff agent student teacher instructor "
    "trainer coach patient doctor nurse guest tenant volunteer driver author owner stylist "
    "technician worker candidate applicant attendee participant customer lead reviewer "
    "manager speaker player parent child resident walker requester assignee buyer seller "
    "subscriber donor vet therapist mentor client"
)
COMPANY_WORDS = _words(
    "company organisation organization supplier vendor manufacturer brand publisher business "
    "firm agency partner account carrier bank distributor"
)
PRODUCT_WORDS = _words(
    "product item article part material equipment tool asset device gear component goods "
    "merchandise"
)
PLACE_WORDS = _words(
    "location room venue site warehouse store shop branch office building property facility "
    "space desk plot"
)
CATEGORY_WORDS = _words(
    "category tag label group type genre kind class topic team shelf collection segment "
    "aisle department"
)
PROJECT_WORDS = _words("project campaign initiative program programme")
EVENT_WORDS = _words("event meeting session workshop conference")
DEAL_WORDS = _words("deal opportunity quote proposal contract")
PERSON_EVIDENCE = frozenset({"birthday", "birth_date", "date_of_birth", "first_name", "dob"})
COMPANY_EVIDENCE = frozenset({"website", "industry", "employee_count", "vat_number", "sector"})
FUTURE_WORDS = _words(
    "due deadline expected expiry expires expiration until end ends planned scheduled next "
    "return renewal close closing deliver delivery valid review follow"
)
PAST_WORDS = _words(
    "created opened joined hired signed started purchased bought received submitted paid "
    "raised last completed finished resolved closed published sent registered logged placed "
    "acquired birth"
)
CODE_FIELDS = _words("sku code reference ref number serial barcode isbn slug")
SENTENCE_FIELDS = _words(
    "description summary notes note comment comments bio body details review reason "
    "preferences instructions why brief remarks message feedback content text"
)


def build_seed(spec: AppSpec, *, seed: int = 0, today: dt.date | None = None) -> dict[str, Any]:
    """The seed document for ``spec`` (normalized); the same ``seed`` and ``today``, the same
    document."""
    plan = build_plan(spec)
    return _SeedBuilder(plan.entities, random.Random(seed), today or dt.date.today()).build()


def insertion_order(entities: Sequence[EntityPlan]) -> list[EntityPlan]:
    """Entities with every required reference's target before them (spec order otherwise);
    entities in a cycle of required references come last."""
    remaining = list(entities)
    placed: list[EntityPlan] = []
    done: set[str] = set()
    while remaining:
        ready = next(
            (
                entity
                for entity in remaining
                if all(target in done for target in _required_targets(entity))
            ),
            None,
        )
        if ready is None:
            return placed + remaining
        placed.append(ready)
        done.add(ready.name)
        remaining.remove(ready)
    return placed


def _required_targets(entity: EntityPlan) -> set[str]:
    return {
        column.reference
        for column in entity.references
        if column.required and column.reference is not None and column.reference != entity.name
    }


def state_paths(state: StatePlan) -> dict[str, list[str]]:
    """Every state reachable from the initial one, with the shortest list of transitions."""
    paths: dict[str, list[str]] = {state.initial: []}
    queue = deque([state.initial])
    while queue:
        current = queue.popleft()
        for transition in state.transitions:
            if current in transition.from_states and transition.to not in paths:
                paths[transition.to] = [*paths[current], transition.name]
                queue.append(transition.to)
    return paths


def _tokens(name: str) -> list[str]:
    return [token for token in name.lower().split("_") if token]


def entity_kind(entity: EntityPlan) -> str:
    """What an entity's rows are: person, company, product, place, category, project, event,
    deal, dish, book, service, habit, ingredient or thing."""
    tokens = _tokens(entity.name)
    fields = {column.name for column in entity.columns}
    head = tokens[-1] if tokens else ""
    if fields & PERSON_EVIDENCE:
        return "person"
    if head in ("client", "customer", "account", "partner") and fields & COMPANY_EVIDENCE:
        return "company"
    for kind, vocabulary in (
        ("person", PERSON_WORDS),
        ("company", COMPANY_WORDS),
        ("product", PRODUCT_WORDS),
        ("place", PLACE_WORDS),
        ("category", CATEGORY_WORDS),
        ("project", PROJECT_WORDS),
        ("event", EVENT_WORDS),
        ("deal", DEAL_WORDS),
    ):
        if head in vocabulary:
            return kind
    simple = {
        "recipe": "dish", "dish": "dish", "meal": "dish", "book": "book", "novel": "book",
        "service": "service", "treatment": "service", "habit": "habit", "goal": "habit",
        "routine": "habit", "ingredient": "ingredient",
    }  # fmt: skip
    return simple.get(head, "thing")


class _SeedBuilder:
    def __init__(self, entities: Sequence[EntityPlan], rng: random.Random, today: dt.date):
        self.entities = insertion_order(entities)
        self.rng = rng
        self.today = today
        self.counts: dict[str, int] = {}
        self._pattern_pools: dict[tuple[str, str], list[str]] = {}

    # -- the document -------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        for entity in self.entities:
            self.counts[entity.name] = self._row_count(entity)
        blocks = [{"entity": entity.name, "rows": self._rows(entity)} for entity in self.entities]
        return {"entities": blocks}

    def _row_count(self, entity: EntityPlan) -> int:
        for target in _required_targets(entity):
            if not self.counts.get(target):
                return 0  # its parents come later (a cycle) or have no rows
        if any(c.required and c.reference == entity.name for c in entity.references):
            return 0  # a required reference to itself: the first row could not exist
        low, high = CHILD_ROWS if entity.references else ROOT_ROWS
        count = self.rng.randint(low, high)
        for column in entity.columns:
            if column.unique:
                count = min(count, self._unique_capacity(entity, column))
        return max(count, 0)

    def _unique_capacity(self, entity: EntityPlan, column: ColumnPlan) -> int:
        if column.type == "enum":
            return len(column.options)
        if column.type == "boolean":
            return 2
        if column.reference is not None:
            target = self.counts.get(column.reference)
            if target is None or column.reference == entity.name:
                return INT32_MAX if not column.required else 0
            return target if column.required else INT32_MAX
        if column.pattern and column.type in ("text", "long_text"):
            return len(self._pattern_pool(entity, column, CHILD_ROWS[1]))
        if column.type == "integer":
            low, high = _integer_bounds(column)
            return high - low + 1
        return INT32_MAX

    def _rows(self, entity: EntityPlan) -> list[dict[str, Any]]:
        count = self.counts[entity.name]
        used: dict[str, set[Any]] = {column.name: set() for column in entity.columns}
        targets = self._state_targets(entity, count)
        unique_refs = {
            column.name: self._permutation(column.reference)
            for column in entity.references
            if column.unique and column.reference is not None
        }
        rows: list[dict[str, Any]] = []
        for index in range(count):
            values: dict[str, Any] = {}
            # names first: emails and web sites are made from them
            ordered = sorted(
                (c for c in entity.editable_columns if c.reference is None),
                key=lambda c: c.type in ("email", "url"),
            )
            for column in ordered:
                optional = not column.required and column.default is None and not column.unique
                if optional and self.rng.random() > OPTIONAL_FILL:
                    continue
                value = self._unique_value(entity, column, index, values, used[column.name])
                if value is not None:
                    values[column.name] = value
            row: dict[str, Any] = {"values": values}
            references = self._references(entity, index, unique_refs)
            if references:
                row["references"] = references
            if targets:
                row["transitions"] = targets[index]
            links = self._links(entity, index)
            if links:
                row["links"] = links
            rows.append(row)
        return rows

    def _state_targets(self, entity: EntityPlan, count: int) -> list[list[str]]:
        state = entity.state
        if state is None:
            return []
        paths = state_paths(state)
        reachable = sorted(paths, key=lambda name: (len(paths[name]), name))
        # the initial state first, then round-robin over the others: every state gets rows
        others = reachable[1:]
        self.rng.shuffle(others)
        cycle = [reachable[0], *others]
        return [list(paths[cycle[index % len(cycle)]]) for index in range(count)]

    def _permutation(self, target: str | None) -> list[int]:
        indices = list(range(self.counts.get(target or "", 0)))
        self.rng.shuffle(indices)
        return indices

    def _references(
        self, entity: EntityPlan, index: int, unique_refs: dict[str, list[int]]
    ) -> dict[str, int]:
        references: dict[str, int] = {}
        for column in entity.references:
            target = column.reference or ""
            available = self.counts.get(target, 0)
            if target == entity.name:
                available = min(available, index)  # a parent among the rows made before
            if available == 0:
                continue
            if not column.required and self.rng.random() > OPTIONAL_FILL:
                continue
            if column.name in unique_refs:
                pool = unique_refs[column.name]
                if index < len(pool) and pool[index] < available:
                    references[column.name] = pool[index]
                continue
            references[column.name] = self.rng.randrange(available)
        return references

    def _links(self, entity: EntityPlan, index: int) -> dict[str, list[int]]:
        links: dict[str, list[int]] = {}
        for link in entity.many_to_many:
            candidates = [
                other
                for other in range(self.counts.get(link.target, 0))
                if not (link.target == entity.name and other == index)
            ]
            if not candidates:
                continue
            chosen = self.rng.sample(candidates, self.rng.randint(0, min(3, len(candidates))))
            if chosen:
                links[link.name] = sorted(chosen)
        return links

    # -- values -------------------------------------------------------------------------

    def _unique_value(
        self,
        entity: EntityPlan,
        column: ColumnPlan,
        index: int,
        row: dict[str, Any],
        used: set[Any],
    ) -> Any:
        value = self._value(entity, column, index, row)
        if not column.unique:
            return value
        attempt = 0
        while _key(value) in used and attempt < UNIQUE_ATTEMPTS:
            attempt += 1
            value = self._value(entity, column, index + attempt * 97, row)
        if _key(value) in used:
            value = self._numbered(entity, column, value, used)
        if value is not None:
            used.add(_key(value))
        return value

    def _numbered(self, entity: EntityPlan, column: ColumnPlan, value: Any, used: set[Any]) -> Any:
        """A unique value when the realistic ones ran out: a number added or counted up."""
        if column.type in ("text", "long_text") and column.pattern:
            pool = [
                v for v in self._pattern_pool(entity, column, len(used) + 1) if _key(v) not in used
            ]
            return pool[0] if pool else None
        if column.type in ("text", "long_text", "email", "url") and isinstance(value, str):
            for number in range(2, 10_000):
                candidate = _with_number(column, value, number)
                if _key(candidate) not in used and self._fits(column, candidate):
                    return candidate
            return None
        if column.type == "integer":
            low, high = _integer_bounds(column)
            return next((n for n in range(low, min(high, low + 10**6) + 1) if n not in used), None)
        if column.type == "decimal":
            amount = float(value or 0)
            while _key(amount) in used:
                amount = round(amount + 0.01, 2)
            return amount
        if column.type in ("date", "datetime") and isinstance(value, str):
            parsed = dt.datetime.fromisoformat(value)
            while _key(value) in used:
                parsed += dt.timedelta(days=1)
                value = (
                    parsed.isoformat() if column.type == "datetime" else parsed.date().isoformat()
                )
            return value
        return None

    def _value(
        self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]
    ) -> Any:
        kind = column.type
        if kind in ("text", "long_text"):
            return self._text(entity, column, index, row)
        if kind == "email":
            return self._email(entity, column, index, row)
        if kind == "url":
            return self._url(entity, column, index, row)
        if kind == "integer":
            return self._integer(column, index)
        if kind == "decimal":
            return self._decimal(column)
        if kind == "boolean":
            return self._boolean(column)
        if kind in ("date", "datetime"):
            return self._temporal(column)
        if kind == "enum":
            return self.rng.choice(column.options) if column.options else None
        if kind == "multi_enum":
            if not column.options:
                return []
            size = self.rng.randint(1, min(3, len(column.options)))
            return sorted(self.rng.sample(list(column.options), size))
        if kind == "json":
            return {"source": "preview", "note": self.rng.choice(words.SENTENCES)}
        return None

    # text

    def _text(self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]) -> Any:
        candidate = self._realistic_text(entity, column, index, row)
        if self._fits(column, candidate):
            return candidate
        if column.max_length is not None and len(candidate) > column.max_length:
            trimmed = candidate[: column.max_length].rstrip()
            if self._fits(column, trimmed):
                return trimmed
        if column.pattern:
            pool = self._pattern_pool(entity, column, CHILD_ROWS[1])
            return self.rng.choice(pool) if pool else None
        return _fitted(candidate, column.min_length, column.max_length)

    def _realistic_text(
        self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]
    ) -> str:
        tokens = _tokens(column.name)
        name = column.name
        rng = self.rng
        if name in ("first_name", "given_name"):
            return rng.choice(words.FIRST_NAMES)
        if name in ("last_name", "surname", "family_name"):
            return rng.choice(words.LAST_NAMES)
        if {"phone", "mobile", "tel", "telephone", "fax"} & set(tokens):
            return f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if "email" in tokens:
            return self._email(entity, column, index, row)
        if {"url", "website", "homepage", "link"} & set(tokens):
            return self._url(entity, column, index, row)
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
        if "isbn" in _tokens(column.name):
            return f"978{self.rng.randint(0, 10**10 - 1):010d}"
        stem = "".join(token[0] for token in _tokens(entity.name)).upper() or "X"
        stem = (stem + entity.name.upper().replace("_", ""))[:3]
        return f"{stem}-{1000 + index + self.rng.randint(0, 8) * 100}"

    def _email(
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

    def _url(self, entity: EntityPlan, column: ColumnPlan, index: int, row: dict[str, Any]) -> str:
        title = next((row[key] for key in ("name", "title") if isinstance(row.get(key), str)), None)
        if title is None:
            title = self._company_name()
        slug = _slug(title) or "site"
        if entity_kind(entity) == "company" or "website" in _tokens(column.name):
            return f"https://www.{slug}.example.com"
        return f"https://example.com/{entity.route}/{slug}"

    def _fits(self, column: ColumnPlan, text: str) -> bool:
        if column.min_length is not None and len(text) < column.min_length:
            return False
        if column.max_length is not None and len(text) > column.max_length:
            return False
        return not (column.pattern and re.fullmatch(column.pattern, text) is None)

    def _pattern_pool(self, entity: EntityPlan, column: ColumnPlan, count: int) -> list[str]:
        key = (entity.name, column.name)
        pool = self._pattern_pools.get(key)
        if pool is None or len(pool) < count:
            assert column.pattern is not None
            try:
                pool = pattern_samples(
                    column.pattern,
                    max(count, 40),
                    min_length=column.min_length,
                    max_length=column.max_length,
                )
            except PatternSampleError:
                pool = []
            self._pattern_pools[key] = pool
        return pool

    # numbers, flags, dates

    def _integer(self, column: ColumnPlan, index: int) -> int:
        tokens = set(_tokens(column.name))
        low, high = _integer_bounds(column)
        if tokens & {"position", "rank", "sort", "sequence", "order"}:
            return _clamp(index + 1, low, high)
        wanted = _meaningful_range(tokens, self.today)
        return round(self._within(wanted, (low, high), integer=True))

    def _decimal(self, column: ColumnPlan) -> float:
        tokens = set(_tokens(column.name))
        low = float(column.minimum) if isinstance(column.minimum, int | float) else -1e9
        high = float(column.maximum) if isinstance(column.maximum, int | float) else 1e9
        wanted = _decimal_range(tokens)
        value = self._within(wanted, (low, high), integer=False)
        return round(value, 2)

    def _within(
        self, wanted: tuple[float, float], bounds: tuple[float, float], *, integer: bool
    ) -> float:
        low, high = max(wanted[0], bounds[0]), min(wanted[1], bounds[1])
        if low > high:  # the meaning's range misses the bounds: stay near the closer bound
            low, high = bounds
            if high - low > 1000:
                high = low + 1000 if bounds[0] > -1e9 else high
                low = high - 1000 if bounds[0] <= -1e9 else low
        if integer:
            return float(self.rng.randint(math.ceil(low), math.floor(high)))
        value = self.rng.uniform(low, high)
        if high - low >= 20:
            value = round(value)  # prices and amounts read better as whole numbers
        return min(max(value, bounds[0]), bounds[1])

    def _boolean(self, column: ColumnPlan) -> bool:
        tokens = set(_tokens(column.name))
        likely = {"active", "enabled", "available", "visible", "published", "billable"}
        share = 0.8 if tokens & likely else 0.35
        return self.rng.random() < share

    def _temporal(self, column: ColumnPlan) -> str:
        tokens = set(_tokens(column.name))
        today = self.today
        if tokens & {"birthday", "birth", "dob", "born"}:
            day = today - dt.timedelta(days=self.rng.randint(18 * 365, 70 * 365))
        elif tokens & FUTURE_WORDS:
            day = today + dt.timedelta(days=self.rng.randint(-10, 90))
        elif tokens & PAST_WORDS:
            day = today - dt.timedelta(days=self.rng.randint(1, 365))
        else:
            day = today + dt.timedelta(days=self.rng.randint(-60, 45))
        with_time = column.type == "datetime"
        low = _date_bound(column.minimum)
        high = _date_bound(column.maximum)
        if low is not None and day < low:
            day = low + dt.timedelta(days=self.rng.randint(0, 30))
        if high is not None and day > high:
            day = high - dt.timedelta(days=self.rng.randint(0, 30))
            if low is not None and day < low:
                day = low
        if not with_time:
            return day.isoformat()
        moment = dt.datetime.combine(
            day, dt.time(self.rng.randint(8, 17), 15 * self.rng.randint(0, 3))
        )
        bound_low = _datetime_bound(column.minimum)
        bound_high = _datetime_bound(column.maximum)
        if bound_low is not None and moment < bound_low:
            moment = bound_low
        if bound_high is not None and moment > bound_high:
            moment = bound_high
        return moment.isoformat()


def _integer_bounds(column: ColumnPlan) -> tuple[int, int]:
    low = math.ceil(column.minimum) if isinstance(column.minimum, int | float) else INT32_MIN
    high = math.floor(column.maximum) if isinstance(column.maximum, int | float) else INT32_MAX
    return max(low, INT32_MIN), min(high, INT32_MAX)


def _clamp(value: int, low: int, high: int) -> int:
    return min(max(value, low), high)


def _meaningful_range(tokens: set[str], today: dt.date) -> tuple[float, float]:
    ranges: list[tuple[set[str], tuple[float, float]]] = [
        ({"age"}, (18, 75)),
        ({"year", "published"}, (1960, today.year)),
        ({"rating", "stars", "score"}, (1, 5)),
        ({"priority", "level"}, (1, 5)),
        ({"percent", "percentage", "probability", "progress"}, (0, 100)),
        ({"employee", "employees", "headcount"}, (5, 2000)),
        ({"minutes", "duration", "time"}, (10, 120)),
        ({"days"}, (1, 30)),
        ({"hours"}, (1, 40)),
        ({"week"}, (1, 7)),
        ({"servings", "capacity", "seats", "guests"}, (1, 12)),
        ({"pages"}, (80, 650)),
        ({"threshold", "reorder", "minimum"}, (5, 50)),
        ({"quantity", "qty", "stock", "count", "units", "amount"}, (1, 200)),
    ]
    for keys, span in ranges:
        if tokens & keys:
            return span
    return (1, 100)


def _decimal_range(tokens: set[str]) -> tuple[float, float]:
    ranges: list[tuple[set[str], tuple[float, float]]] = [
        ({"salary", "revenue"}, (30000, 120000)),
        ({"rate", "hourly"}, (40, 150)),
        ({"price", "cost", "fee", "unit"}, (5, 500)),
        ({"budget"}, (500, 20000)),
        ({"amount", "total", "value", "balance"}, (200, 25000)),
        ({"hours", "duration"}, (0.5, 40)),
        ({"weight", "kg"}, (0.1, 25)),
        ({"quantity", "qty"}, (0.25, 5)),
        ({"percent", "percentage", "discount", "tax"}, (0, 50)),
    ]
    for keys, span in ranges:
        if tokens & keys:
            return span
    return (1, 1000)


def _date_bound(value: object) -> dt.date | None:
    moment = _datetime_bound(value)
    return moment.date() if moment is not None else None


def _datetime_bound(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _key(value: Any) -> Any:
    """A hashable form of a value, for uniqueness (case-insensitive for text)."""
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    if isinstance(value, str):
        return value.lower()
    return value


def _with_number(column: ColumnPlan, value: str, number: int) -> str:
    if column.type == "email" and "@" in value:
        local, domain = value.split("@", 1)
        return f"{local}{number}@{domain}"
    if column.type == "url":
        return f"{value.rstrip('/')}-{number}"
    suffix = f" {number}"
    if column.max_length is not None and len(value) + len(suffix) > column.max_length:
        value = value[: column.max_length - len(suffix)].rstrip()
    return value + suffix


def _fitted(text: str, min_length: int | None, max_length: int | None) -> str:
    if max_length is not None:
        text = text[:max_length].rstrip() or text[:max_length]
    while min_length is not None and len(text) < min_length:
        text += " x" if len(text) + 2 <= (max_length or 10**6) else "x"
    return text
