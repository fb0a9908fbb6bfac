"""The spec being refined, as its JSON dict, and how a person's words name its parts.

Refinements edit the canonical JSON shape (``AppSpec.to_json_dict``) rather than the models:
a rename or a removal has to reach every place a name is written, and the JSON is where all
of them are plain values. Every edit is checked by ``validate_spec`` afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from appwright.design.offline.draft import entity_key, resolve_name
from appwright.design.offline.noun_phrases import strip_determiners
from appwright.design.offline.word_classes import words
from appwright.design.offline.word_forms import plural, singular
from appwright.spec import AppSpec
from appwright.spec.layouts import default_pages
from appwright.spec.names import humanize, to_snake

JsonDict = dict[str, Any]
PRONOUNS = frozenset(["it", "this", "that", "this field", "that field", "them", "both"])
"""Words that name the field of the request before (``... and make it required``)."""


class NotUnderstoodError(Exception):
    """A request that cannot be applied; the message says why, or asks what is meant."""


class NotThisFormError(Exception):
    """The request matched a form's pattern but is not that form's kind of request: the next
    form is tried."""


def or_list(names: list[str]) -> str:
    """``["a", "b", "c"]`` → ``a, b or c``."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def and_list(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def pages_are_derived(spec: AppSpec) -> bool:
    """Whether the spec's pages are the ones normalization derives (no one laid them out)."""
    derived = [page.model_dump() for page in default_pages(spec)]
    return bool(spec.pages) and [page.model_dump() for page in spec.pages] == derived


@dataclass
class SpecDraft:
    """A spec's JSON, edited in place by the refinement forms.

    ``pages_derived``: the pages were derived by normalization; they are left out while
    editing so that they are derived again for the edited spec (a new entity gets its page).
    """

    data: JsonDict
    pages_derived: bool = False
    notes: list[str] = field(default_factory=list)
    """Things worth saying that are not changes (``the form is already on the left``)."""
    last_field: tuple[str, str] | None = None
    """The field the last request added or changed: what ``it`` means in the next one."""

    @classmethod
    def of(cls, spec: AppSpec) -> SpecDraft:
        derived = pages_are_derived(spec)
        data = spec.to_json_dict()
        if derived:
            data["pages"] = []
        return cls(data=data, pages_derived=derived)

    # --- entities ---------------------------------------------------------------------------

    @property
    def entities(self) -> list[JsonDict]:
        found: list[JsonDict] = self.data.setdefault("entities", [])
        return found

    def entity_names(self) -> list[str]:
        return [str(e["name"]) for e in self.entities]

    def entity(self, name: str) -> JsonDict:
        for entity in self.entities:
            if entity["name"] == name:
                return entity
        raise KeyError(name)

    def find_entity(self, phrase: str) -> str | None:
        """The entity a phrase names: its name, singular or plural, or its display name."""
        plain = strip_determiners(phrase.lower().strip(" .'\"")).removesuffix("'s")
        plain = re.sub(r"\s+(?:entity|entities|table|tables|model|records?)$", "", plain)
        names = self.entity_names()
        snake = to_snake(plain)
        if not snake:
            return None
        if snake in names:
            return snake
        for entity in self.entities:
            labels = {to_snake(str(entity.get("display_name") or "")), str(entity["name"])}
            labels |= {to_snake(plural(label.replace("_", " "))) for label in labels if label}
            if snake in labels:
                return str(entity["name"])
        return resolve_name(entity_key(plain), names)

    def require_entity(self, phrase: str) -> str:
        name = self.find_entity(phrase)
        if name is None:
            raise NotUnderstoodError(
                f'there is no entity "{phrase.strip()}"; the entities are '
                f"{and_list(self.entity_names())}"
            )
        return name

    # --- fields -----------------------------------------------------------------------------

    def fields(self, entity: str) -> list[JsonDict]:
        found: list[JsonDict] = self.entity(entity).setdefault("fields", [])
        return found

    def field(self, entity: str, name: str) -> JsonDict | None:
        return next((f for f in self.fields(entity) if f["name"] == name), None)

    def find_field(self, entity: str, phrase: str) -> str | None:
        """The field of ``entity`` a phrase names (``the publication year``, ``company``)."""
        plain = strip_determiners(phrase.lower().strip(" .'\""))
        plain = re.sub(r"\s+(?:field|column|attribute|property)$", "", plain)
        snake = to_snake(plain)
        if not snake:
            return None
        candidates = [snake, f"{snake}_id", to_snake(singular(plain)), to_snake(plural(plain))]
        names = [str(f["name"]) for f in self.fields(entity)]
        for candidate in candidates:
            if candidate in names:
                return candidate
        for f in self.fields(entity):
            if f.get("display_name") and to_snake(str(f["display_name"])) == snake:
                return str(f["name"])
        return None

    def locate_field(self, phrase: str, entity_phrase: str | None = None) -> tuple[str, str]:
        """(entity, field) for ``amount``, ``deal amount``, ``deal.amount``, ``deal's amount``
        or (``amount``, ``deal``); asks which entity when several have the field."""
        phrase = phrase.strip()
        if phrase.lower() in PRONOUNS:
            last = self.last_field
            if last is None or last[0] not in self.entity_names() or self.field(*last) is None:
                raise NotUnderstoodError(f'which field does "{phrase}" mean? Name the field')
            return last
        found = self._locate_field(phrase, entity_phrase)
        self.last_field = found
        return found

    def _locate_field(self, phrase: str, entity_phrase: str | None) -> tuple[str, str]:
        if entity_phrase:
            entity = self.require_entity(entity_phrase)
            found = self.find_field(entity, phrase)
            if found is None:
                raise NotUnderstoodError(
                    f'{entity} has no field "{phrase}"; its fields are '
                    f"{and_list([str(f['name']) for f in self.fields(entity)])}"
                )
            return entity, found
        split = _entity_prefix(phrase)
        if split is not None:
            head, rest = split
            entity_name = self.find_entity(head)
            if entity_name is not None:
                found = self.find_field(entity_name, rest)
                if found is not None:
                    return entity_name, found
        having = self.entities_with_field(phrase)
        if len(having) == 1:
            return having[0]
        if not having:
            raise NotUnderstoodError(f'no entity has a field "{phrase}"')
        raise NotUnderstoodError(
            f'several entities have a field "{phrase}"; which entity: '
            f"{or_list([entity for entity, _ in having])}?"
        )

    def entities_with_field(self, phrase: str) -> list[tuple[str, str]]:
        found = []
        for name in self.entity_names():
            field_name = self.find_field(name, phrase)
            if field_name is not None:
                found.append((name, field_name))
        return found

    # --- flows, permissions, reports, pages -------------------------------------------------

    @property
    def state_flows(self) -> list[JsonDict]:
        found: list[JsonDict] = self.data.setdefault("state_flows", [])
        return found

    @property
    def relationships(self) -> list[JsonDict]:
        found: list[JsonDict] = self.data.setdefault("relationships", [])
        return found

    @property
    def permissions(self) -> JsonDict:
        found: JsonDict = self.data.setdefault("permissions", {})
        found.setdefault("roles", [])
        found.setdefault("rules", [])
        return found

    @property
    def reports(self) -> list[JsonDict]:
        found: list[JsonDict] = self.data.setdefault("reports", [])
        return found

    @property
    def pages(self) -> list[JsonDict]:
        found: list[JsonDict] = self.data.setdefault("pages", [])
        return found

    @property
    def automations(self) -> list[JsonDict]:
        found: list[JsonDict] = self.data.setdefault("automations", [])
        return found

    def components(self) -> Iterator[tuple[JsonDict, JsonDict]]:
        """Every (page, component node) of the laid-out pages."""
        for page in self.pages:
            for node in walk(page.get("layout") or {}):
                if node.get("type") == "component":
                    yield page, node

    def label(self, entity: str) -> str:
        return str(self.entity(entity).get("display_name") or humanize(entity))


def walk(node: JsonDict) -> Iterator[JsonDict]:
    """A layout node and every node under it, parents first."""
    yield node
    for child in node.get("children") or []:
        yield from walk(child)


def _entity_prefix(phrase: str) -> tuple[str, str] | None:
    """``deal.amount`` / ``deal's amount`` / ``deal amount`` / ``amount of the deal`` → parts."""
    if "." in phrase:
        head, _, rest = phrase.partition(".")
        return head, rest
    possessive = re.match(r"^(?P<head>.+?)'s\s+(?P<rest>.+)$", phrase)
    if possessive:
        return possessive.group("head"), possessive.group("rest")
    of = re.match(
        r"^(?P<rest>.+?)\s+(?:of|on|in)\s+(?:the\s+|a\s+|an\s+|each\s+)?(?P<head>.+)$", phrase
    )
    if of:
        return of.group("head"), of.group("rest")
    tokens = words(strip_determiners(phrase))
    if len(tokens) >= 2:
        return tokens[0], " ".join(tokens[1:])
    return None
