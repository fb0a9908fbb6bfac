"""Identifier allocation: keywords, shadowed names, collisions and PostgreSQL's 63 characters."""

from __future__ import annotations

import pytest

from appwright.codegen.naming import (
    MAX_DB_IDENTIFIER,
    Namespace,
    allocate_db_name,
    attribute_name,
    camel,
    db_identifier,
    db_namespace,
    package_name,
)


@pytest.mark.parametrize(
    ("slug", "expected"),
    [
        ("sales-crm", "sales_crm"),
        ("json", "json_app"),
        ("email", "email_app"),
        ("test", "test_app"),
        ("fastapi", "fastapi_app"),
        ("tests", "tests_app"),
        ("class", "class_app"),
        ("42-things", "app_42_things"),
        ("--", "webapp"),
    ],
)
def test_package_name_shadows_nothing(slug: str, expected: str) -> None:
    assert package_name(slug) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("class", "class_"),
        ("from", "from_"),
        ("type", "type_"),
        ("match", "match_"),
        ("metadata", "metadata_"),
        ("registry", "registry_"),
        ("model_config", "model_config_"),
        ("model_dump", "model_dump_"),
        ("json", "json_"),
        ("id", "id_"),
        ("sa", "sa_"),
        ("order", "order"),
        ("amount", "amount"),
    ],
)
def test_attribute_name_avoids_shadowing(name: str, expected: str) -> None:
    assert attribute_name(name) == expected


def test_camel() -> None:
    assert camel("line_item") == "LineItem"
    assert camel("x") == "X"


def test_namespace_numbers_colliding_names() -> None:
    names = Namespace({"Base"})
    assert names.allocate("Base", separator="") == "Base2"
    assert names.allocate("XCreate", separator="") == "XCreate"
    assert names.allocate("XCreate", separator="") == "XCreate2"
    with pytest.raises(ValueError, match="already taken"):
        names.claim("XCreate")


def test_allocate_group_keeps_every_derived_name_free() -> None:
    names = Namespace({"list_x"})
    stem = names.allocate_group("x", ["list_{}", "get_{}"])
    assert stem == "x_2"
    assert "get_x_2" in names
    assert "get_x" not in names


def test_db_identifier_is_truncated_with_a_stable_hash() -> None:
    long = "fk_" + "a" * 48 + "_" + "b" * 48
    short = db_identifier(long)
    assert len(short) == MAX_DB_IDENTIFIER
    assert short == db_identifier(long)
    assert short != db_identifier(long + "c")
    assert db_identifier("ix_deal_stage") == "ix_deal_stage"


def test_allocate_db_name_never_repeats() -> None:
    names = db_namespace()
    wanted = "ix_" + "x" * 70
    first = allocate_db_name(names, wanted)
    second = allocate_db_name(names, wanted)
    assert first != second
    assert max(len(first), len(second)) <= MAX_DB_IDENTIFIER
    assert allocate_db_name(names, "_users") == "_users_2"
