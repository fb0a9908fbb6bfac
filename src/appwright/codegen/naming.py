"""Identifiers of a generated app: every name the generator invents is allocated here.

A spec's names are snake_case identifiers, but they may be Python or SQL keywords (``class``,
``order``), shadow names the generated code uses (``metadata``, ``json``), or derive colliding
names (entities ``x`` and ``x_create`` both want a class ``XCreate``). A :class:`Namespace`
hands out the first free variant of a wanted name, in spec order, so the result is
deterministic and collision-free.
"""

from __future__ import annotations

import hashlib
import keyword
import sys
from collections.abc import Iterable

from pydantic import BaseModel

MAX_DB_IDENTIFIER = 63
"""PostgreSQL's limit on table, constraint and index names."""

PYTHON_RESERVED = frozenset(keyword.kwlist) | frozenset({"_", "case", "match", "type"})
"""Keywords and soft keywords (spelled out: ``type`` is soft only from Python 3.12)."""

MODULE_ALIASES = frozenset({"sa", "orm", "dt", "decimal", "typing", "pydantic", "re", "json"})
"""Module names the generated models and schemas use inside class bodies."""

IMPLICIT_COLUMNS = ("id", "created_at", "updated_at", "created_by_id")
"""Columns every entity table has; the spec never lists them."""

RESERVED_ATTRS = (
    PYTHON_RESERVED
    | MODULE_ALIASES
    | frozenset(IMPLICIT_COLUMNS)
    | frozenset({"created_by", "metadata", "registry", "model_config", "self", "cls"})
    | frozenset({"check_required_not_null"})
    | frozenset(name for name in dir(BaseModel) if not name.startswith("_"))
    | frozenset(name for name in dir(BaseModel) if name.startswith("model_"))
)
"""Attribute names a model or schema field may not take (they shadow something)."""

RESERVED_CLASSES = frozenset(
    {
        "Any", "Annotated", "Literal", "Base", "AppUser", "BaseModel", "Field", "ConfigDict",
        "EmailStr", "AnyHttpUrl", "AfterValidator", "PlainSerializer", "Number", "Int32",
        "NaiveDatetime", "HttpUrl", "AppUserCreate", "AppUserRead", "Token", "Health", "ReportRow",
        "ReportResult", "Settings", "Scope", "Record", "InputModel", "PatchModel", "ReadModel",
        "TypeAdapter", "ValidationError",
    }
)  # fmt: skip
"""Class and type-alias names the generated models/schemas modules define or import."""

RESERVED_PACKAGES = frozenset(
    {
        "fastapi", "starlette", "pydantic", "pydantic_core", "sqlalchemy", "jinja2", "uvicorn",
        "httpx", "pytest", "email_validator", "multipart", "python_multipart", "psycopg",
        "anyio", "tests", "test", "conftest", "typing_extensions", "annotated_types", "app",
    }
)  # fmt: skip
"""Package names a generated package may not take: it would shadow a dependency or the tests."""

PYTHON_KEYWORDS = frozenset(keyword.kwlist)
"""Hard keywords: a module with such a name cannot be imported."""

RESERVED_MODULES = frozenset(
    {"auth", "users", "reports", "health", "permissions", "pages", "deps", "migrations"}
)
"""Route and test modules the generator always writes (``api/routes/auth.py``...)."""

RESERVED_ROUTES = frozenset({"auth", "users", "reports", "health"})
"""URL segments under ``/api`` that are not entities."""

RESERVED_TABLES = frozenset({"_users", "_migrations"})


def camel(name: str) -> str:
    """``line_item`` → ``LineItem``."""
    return "".join(part[:1].upper() + part[1:] for part in name.split("_") if part)


def db_identifier(name: str) -> str:
    """``name`` if PostgreSQL accepts its length, else a truncated form with a stable hash."""
    if len(name) <= MAX_DB_IDENTIFIER:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:8]
    return f"{name[: MAX_DB_IDENTIFIER - 9]}_{digest}"


def package_name(slug: str) -> str:
    """The generated app's Python package: the slug as an identifier that shadows nothing."""
    name = "".join(ch if ch.isalnum() else "_" for ch in slug.lower()).strip("_") or "webapp"
    while "__" in name:
        name = name.replace("__", "_")
    if not name[0].isalpha():
        name = f"app_{name}"
    if name in PYTHON_RESERVED or name in sys.stdlib_module_names or name in RESERVED_PACKAGES:
        name = f"{name}_app"
    return name


def attribute_name(name: str) -> str:
    """The Python attribute for a spec name: ``class`` → ``class_``, ``metadata`` → ``metadata_``."""
    return f"{name}_" if name in RESERVED_ATTRS else name


class Namespace:
    """One scope of names (a module, a class, a schema of tables); hands out free names."""

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(reserved)

    def __contains__(self, name: str) -> bool:
        return name in self._taken

    def is_free(self, *names: str) -> bool:
        return not any(name in self._taken for name in names)

    def claim(self, name: str) -> str:
        """Take ``name`` exactly; it must be free."""
        if name in self._taken:
            raise ValueError(f"name {name!r} is already taken")
        self._taken.add(name)
        return name

    def allocate(self, wanted: str, *, separator: str = "_") -> str:
        """``wanted`` if free, else ``wanted_2``, ``wanted_3``... (``separator`` between)."""
        candidate = wanted
        number = 1
        while candidate in self._taken:
            number += 1
            candidate = f"{wanted}{separator}{number}"
        self._taken.add(candidate)
        return candidate

    def allocate_group(self, stem: str, derive: Iterable[str], *, separator: str = "_") -> str:
        """A stem whose derived names (``"list_{}"``, ``"get_{}"``...) are all free; takes them all."""
        patterns = list(derive)
        candidate = stem
        number = 1
        while not self.is_free(*(pattern.format(candidate) for pattern in patterns)):
            number += 1
            candidate = f"{stem}{separator}{number}"
        for pattern in patterns:
            self._taken.add(pattern.format(candidate))
        return candidate


def db_namespace() -> Namespace:
    """Table, index and constraint names of one database schema."""
    return Namespace(RESERVED_TABLES)


def allocate_db_name(namespace: Namespace, wanted: str) -> str:
    """A database identifier of at most 63 characters, unique in ``namespace``."""
    candidate = db_identifier(wanted)
    number = 1
    while candidate in namespace:
        number += 1
        candidate = db_identifier(f"{wanted}_{number}")
    return namespace.claim(candidate)
