"""The Jinja2 environment the generator renders its templates with, and its filters."""

from __future__ import annotations

import json
import textwrap
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from appwright.codegen import typemap
from appwright.codegen.pysource import LINE_LENGTH, C, S, call, layout, subscript, tuple_of

TEMPLATES_DIR = Path(__file__).parent / "templates"


def pystr(text: str) -> str:
    """A Python string literal, double-quoted the way ruff formats it."""
    if '"' in text and "'" not in text:
        return repr(text)
    body = text.replace("\\", "\\\\").replace('"', '\\"')
    body = body.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return f'"{body}"'


def pyrepr(value: Any) -> str:
    """A Python literal for a JSON-like value (strings double-quoted, one line)."""
    if isinstance(value, str):
        return pystr(value)
    if value is None or isinstance(value, bool | int):
        return repr(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(pyrepr(item) for item in value) + "]"
    if isinstance(value, tuple):
        if len(value) == 1:
            return f"({pyrepr(value[0])},)"
        return "(" + ", ".join(pyrepr(item) for item in value) + ")"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{pyrepr(k)}: {pyrepr(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Python literal for {type(value).__name__}")


def pyregex(pattern: str) -> str:
    """A regex as a raw string literal when possible (``r"^[A-Z]{2}$"``)."""
    if '"' not in pattern and not pattern.endswith("\\") and "\n" not in pattern:
        return f'r"{pattern}"'
    return pystr(pattern)


def docstring(text: str, indent: int) -> str:
    """A docstring at ``indent`` spaces, wrapped to the line length."""
    pad = " " * indent
    quotes = '"' * 3
    clean = " ".join(text.replace("\\", "/").replace(quotes, "'").split()) or "."
    if not clean.endswith((".", "!", "?")):
        clean += "."
    one_line = f"{pad}{quotes}{clean}{quotes}"
    if len(one_line) <= LINE_LENGTH:
        return one_line
    lines = textwrap.wrap(clean, width=LINE_LENGTH - indent)
    body = "\n".join(f"{pad}{line}" for line in lines)
    return f"{pad}{quotes}\n{body}\n{pad}{quotes}"


def pyvalue(value: Any) -> str:
    """Like :func:`pyrepr`, but a long run of one character is written ``"x" * 256``."""
    if isinstance(value, str) and len(value) > 20 and len(set(value)) == 1:
        return f"{pystr(value[0])} * {len(value)}"
    return pyrepr(value)


def identifier(text: str) -> str:
    """A fragment usable in a Python name: ``"in progress"`` → ``in_progress``."""
    cleaned = "".join(ch if ch.isalnum() and ch.isascii() else "_" for ch in text.lower())
    return "_".join(part for part in cleaned.split("_") if part) or "state"


def json_text(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.globals["C"] = C
    env.globals["S"] = S
    env.globals["call"] = call
    env.globals["subscript"] = subscript
    env.globals["layout"] = layout
    env.globals["tuple_of"] = tuple_of
    env.filters["docstring"] = docstring
    env.filters["pyrepr"] = pyrepr
    env.filters["prefix"] = lambda text, head: f"{head}{text}"
    env.filters["pyvalue"] = pyvalue
    env.filters["identifier"] = identifier
    env.filters["pystr"] = pystr
    env.filters["pyregex"] = pyregex
    env.filters["sql_type"] = typemap.sql_type_source
    env.filters["mapped"] = typemap.mapped_annotation
    env.filters["python_type"] = typemap.python_type
    env.filters["on_delete_sql"] = lambda value: typemap.ON_DELETE_SQL[value]
    return env


def render(template: str, **context: Any) -> str:
    """Render one template file (path relative to ``templates/``)."""
    text = environment().get_template(template).render(**context)
    return text.replace("\r\n", "\n")
