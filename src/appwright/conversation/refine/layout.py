"""Refining page layouts: ``put the form on the left and the table on the right``.

The page is the one named (``... on the deals page``), else the page whose layout holds both
components side by side (a row), else the first page that holds both. In the container that
holds the two, the child holding the first component is put first: left in a row, on top in a
column; asking for left/right of a column (or top/bottom of a row) turns its direction too.
"""

from __future__ import annotations

import re
from typing import Any

from appwright.conversation.refine.draft import (
    JsonDict,
    NotUnderstoodError,
    SpecDraft,
    and_list,
    walk,
)
from appwright.conversation.refine.forms import NAME, Form, form
from appwright.spec.names import to_snake

COMPONENT_WORDS: dict[str, str] = {
    "form": "form", "table": "table", "list": "table", "grid": "table", "cards": "cards",
    "card": "cards", "kanban": "kanban", "board": "kanban", "calendar": "calendar",
    "chart": "chart", "charts": "chart", "stats": "stats", "numbers": "stats",
    "filters": "filters", "filter": "filters", "detail": "detail", "details": "detail",
}  # fmt: skip
KIND = "(?:" + "|".join(sorted(COMPONENT_WORDS, key=len, reverse=True)) + ")"
SIDE = r"(?:left|right|top|bottom)"
FIRST_SIDES = ("left", "top")
ROW_SIDES = ("left", "right")
ON_PAGE = rf"(?:\s+(?:on|of|in)\s+(?:the\s+)?(?P<page>{NAME})(?:\s+page)?)?"


def _holds(node: JsonDict, kind: str) -> bool:
    return any(n.get("type") == "component" and n.get("component") == kind for n in walk(node))


def _container_of(
    layout: JsonDict, first: str, second: str | None
) -> tuple[JsonDict, int, int] | None:
    """The deepest container with ``first`` in one child and ``second`` (or anything else) in
    another: (container, index of first's child, index of the other's)."""
    found: tuple[JsonDict, int, int] | None = None
    for node in walk(layout):
        children = node.get("children") or []
        if node.get("type") != "container" or len(children) < 2:
            continue
        at_first = next((i for i, c in enumerate(children) if _holds(c, first)), None)
        if at_first is None:
            continue
        if second is None:
            at_second = next((i for i in range(len(children)) if i != at_first), None)
        else:
            at_second = next(
                (i for i, c in enumerate(children) if i != at_first and _holds(c, second)), None
            )
        if at_second is not None:
            found = (node, at_first, at_second)
    return found


def _page_named(draft: SpecDraft, phrase: str) -> JsonDict:
    name = to_snake(phrase)
    for page in draft.pages:
        title = to_snake(str(page.get("title") or ""))
        path = to_snake(str(page.get("path") or ""))
        if name in (page.get("name"), title, path):
            return page
    entity = draft.find_entity(phrase)
    for page in draft.pages:
        if entity is not None and any(
            n.get("entity") == entity and n.get("component") == "table"
            for n in walk(page.get("layout") or {})
        ):
            return page
    raise NotUnderstoodError(
        f'there is no page "{phrase}"; the pages are '
        f"{and_list([str(p.get('name')) for p in draft.pages])}"
    )


def arrange(
    draft: SpecDraft, first: str, second: str | None, side: str, page_phrase: str | None
) -> None:
    if draft.pages_derived:
        raise NotUnderstoodError(
            "the pages are the default ones, laid out for every entity alike; lay a page out"
            " in the pages step first"
        )
    pages = [_page_named(draft, page_phrase)] if page_phrase else list(draft.pages)
    candidates = []
    for page in pages:
        found = _container_of(page.get("layout") or {}, first, second)
        if found is not None:
            candidates.append((page, *found))
    if not candidates:
        what = f"a {first} and a {second}" if second else f"a {first} beside something else"
        raise NotUnderstoodError(f"no page has {what} to arrange")
    wanted = "row" if side in ROW_SIDES else "column"
    page, container, at_first, at_second = next(
        (c for c in candidates if c[1].get("direction", "column") == wanted), candidates[0]
    )
    children: list[Any] = container["children"]
    first_goes_first = side in FIRST_SIDES
    in_order = (at_first < at_second) == first_goes_first
    if in_order and container.get("direction", "column") == wanted:
        where = f"on the {side}" if second is None else f"{side} of the {second}"
        draft.notes.append(f"the {first} is already {where} on page {page.get('name')}")
        return
    if not in_order:
        children[at_first], children[at_second] = children[at_second], children[at_first]
    if container.get("direction", "column") != wanted:
        container["direction"] = wanted
        if wanted == "row":
            container.setdefault("responsive", {"mobile": "stack"})


def _kind(word: str) -> str:
    return COMPONENT_WORDS[word.lower()]


@form(
    "put a component on a side",
    "pages",
    rf"(?:(?:put|place|move|show|have|display|i\s+want)\s+)?(?:the\s+)?(?P<a>{KIND})"
    rf"(?:\s+(?:should\s+be|goes|go|is|sits))?\s+(?:on|to|at)\s+(?:the\s+)?(?P<side>{SIDE})"
    rf"(?:\s+side)?(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?(?P<b>{KIND})"
    rf"(?:\s+(?:on|to|at)\s+(?:the\s+)?(?P<side2>{SIDE})(?:\s+side)?)?)?{ON_PAGE}",
    "put the form on the left and the table on the right",
)
def _on_side(match: re.Match[str], draft: SpecDraft) -> None:
    side = match.group("side").lower()
    second = _kind(match.group("b")) if match.group("b") else None
    side2 = (match.group("side2") or "").lower()
    if side2 and (side2 in FIRST_SIDES) == (side in FIRST_SIDES):
        raise NotUnderstoodError(
            f"the {match.group('a')} and the {match.group('b')} cannot both be on the {side}"
        )
    arrange(draft, _kind(match.group("a")), second, side, match.group("page"))


RELATIONS: dict[str, str] = {
    "above": "top", "over": "top", "before": "left", "below": "bottom", "under": "bottom",
    "beneath": "bottom", "after": "right", "left of": "left", "right of": "right",
    "to the left of": "left", "to the right of": "right", "on the left of": "left",
    "on the right of": "right", "next to": "left", "beside": "left",
}  # fmt: skip
RELATION = "(?P<rel>" + "|".join(sorted(RELATIONS, key=len, reverse=True)) + ")"


@form(
    "put a component beside another",
    "pages",
    rf"(?:(?:put|place|move|show|have|display)\s+)?(?:the\s+)?(?P<a>{KIND})\s+(?:should\s+be\s+|goes\s+)?"
    rf"{RELATION}\s+(?:the\s+)?(?P<b>{KIND}){ON_PAGE}",
    "put the form above the table",
)
def _beside(match: re.Match[str], draft: SpecDraft) -> None:
    side = RELATIONS[re.sub(r"\s+", " ", match.group("rel").lower())]
    arrange(draft, _kind(match.group("a")), _kind(match.group("b")), side, match.group("page"))


FORMS: tuple[Form, ...] = (_on_side, _beside)
