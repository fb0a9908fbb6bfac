"""Refining the app itself: ``call the app Bookworm``, ``add a setting currency (default EUR)``."""

from __future__ import annotations

import re

from appwright.conversation.refine.draft import NotUnderstoodError, SpecDraft
from appwright.conversation.refine.forms import NAME, Form, form
from appwright.spec.names import humanize, slugify, to_snake

QUOTES = "\"' .\u201c\u201d\u2018\u2019"
"""Quotes (straight and curly) and full stops around a name as people type it."""
APP = r"(?:app|application|project|system|tool|module|product)"


def rename_app(draft: SpecDraft, name: str) -> None:
    name = name.strip().strip(QUOTES)
    if not name or len(name) > 120:
        raise NotUnderstoodError("an app name is 1 to 120 characters long")
    old = str(draft.data.get("name") or "")
    if draft.data.get("slug") in ("", None, slugify(old)):
        # a slug that was only the old name's follows the new name
        draft.data["slug"] = slugify(name) or draft.data.get("slug")
    draft.data["name"] = name


@form(
    "name the app",
    "settings",
    rf"(?:call|name|rename|title)\s+(?:the|this|my|our)?\s*{APP}\s+(?:to\s+|as\s+)?(?P<name>.+)"
    rf"|(?:the\s+)?{APP}(?:'s\s+name|\s+name)?\s+(?:is|should\s+be)\s+(?:called\s+|named\s+)?(?P<name2>.+)"
    rf"|(?:change|set)\s+the\s+(?:{APP}\s+)?name(?:\s+of\s+the\s+{APP})?\s+to\s+(?P<name3>.+)",
    "call the app Bookworm",
)
def _name_app(match: re.Match[str], draft: SpecDraft) -> None:
    rename_app(draft, match.group("name") or match.group("name2") or match.group("name3"))


@form(
    "add a setting",
    "settings",
    rf"(?:add|create)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:app\s+)?setting\s+(?:called\s+|named\s+|for\s+)?"
    rf"(?P<key>{NAME})(?:\s*\((?:default(?:s\s+to)?\s*:?\s*)?(?P<default>[^)]*)\)"
    rf"|\s+(?:defaulting\s+to|with\s+default|default)\s+(?P<default2>.+))?",
    "add a setting currency (default EUR)",
)
def _add_setting(match: re.Match[str], draft: SpecDraft) -> None:
    key = to_snake(match.group("key"))
    if not key:
        raise NotUnderstoodError("a setting needs a name")
    settings = draft.data.setdefault("settings", [])
    if any(s.get("key") == key for s in settings):
        raise NotUnderstoodError(f"there is already a setting {key}")
    default = (match.group("default") or match.group("default2") or "").strip() or None
    kind = "string"
    if default is not None and re.fullmatch(r"-?\d+", default):
        kind = "integer"
    elif default is not None and re.fullmatch(r"-?\d+\.\d+", default):
        kind = "decimal"
    settings.append(
        {"key": key, "type": kind, "label": humanize(key), "default": _typed(default, kind)}
    )


def _typed(value: str | None, kind: str) -> object:
    if value is None:
        return None
    if kind == "integer":
        return int(value)
    if kind == "decimal":
        return float(value)
    return value


FORMS: tuple[Form, ...] = (_name_app, _add_setting)
