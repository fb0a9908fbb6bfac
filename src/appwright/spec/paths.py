"""JSON paths of spec parts as they stood in the document a person or model wrote.

Normalization adds fields and relationships; the paths in error messages must still point at
what the author wrote, so they are looked up here, by name, in the spec as parsed.
"""

from __future__ import annotations

from appwright.spec.models import AppSpec


class PathIndex:
    def __init__(
        self,
        spec: AppSpec,
        positions: dict[str, list[int]] | None = None,
        unparsed_entities: frozenset[str] = frozenset(),
    ) -> None:
        """``positions[section][i]`` is the index in the document of the i-th parsed element
        (elements that failed to parse are left out of the spec, which shifts the rest)."""
        self._positions = positions or {}
        self.unparsed_entities = unparsed_entities
        """Names of entities written in the document that failed to parse (already reported)."""
        self._entities: dict[str, int] = {}
        self._fields: dict[tuple[str, str], list[int]] = {}
        for e_index, entity in enumerate(spec.entities):
            self._entities.setdefault(entity.name, self._position("entities", e_index))
            for f_index, field in enumerate(entity.fields):
                self._fields.setdefault((entity.name, field.name), []).append(f_index)

    def _position(self, section: str, index: int) -> int:
        known = self._positions.get(section)
        return known[index] if known is not None and index < len(known) else index

    def item(self, section: str, index: int) -> str:
        """``relationships[3]``: the path of the index-th element of a section as parsed."""
        known = self._positions.get(section)
        if known is not None and index >= len(known):
            return section  # added by normalization: point at the section
        return f"{section}[{self._position(section, index)}]"

    def entity(self, entity: str) -> str:
        index = self._entities.get(entity)
        return "entities" if index is None else f"entities[{index}]"

    def rename_field(self, entity: str, old: str, new: str) -> None:
        """Normalization renamed a field: paths of the new name point where the old one was."""
        if (entity, old) in self._fields:
            self._fields[(entity, new)] = self._fields[(entity, old)]

    def field(self, entity: str, field: str, key: str | None = None, occurrence: int = 0) -> str:
        """Path of a field as written (``occurrence`` 1 is its second definition)."""
        positions = self._fields.get((entity, field), [])
        index = positions[occurrence] if occurrence < len(positions) else None
        base = self.entity(entity) + (".fields" if index is None else f".fields[{index}]")
        return f"{base}.{key}" if key and index is not None else base


def loc_to_path(loc: tuple[int | str, ...], prefix: str = "") -> str:
    """A Pydantic error location as a JSON path: ``('entities', 2, 'fields', 0)`` → ``entities[2].fields[0]``.

    Discriminated unions add their tag (``component``/``container``) to the location; it is not a
    key of the document, so it is left out.
    """
    path = prefix
    previous: int | str | None = None
    before_previous: int | str | None = None
    for part in loc:
        is_tag = part in ("component", "container") and (
            previous == "layout" or (isinstance(previous, int) and before_previous == "children")
        )
        if not is_tag:
            if isinstance(part, int):
                path += f"[{part}]"
            else:
                path += f".{part}" if path else str(part)
        before_previous, previous = previous, part
    return path or "$"
