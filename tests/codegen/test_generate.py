"""The generated files: deterministic, complete, valid Python and SQL, ruff-clean."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from appwright.codegen import build_plan, generate_files, write_project
from appwright.codegen.ddl import build_metadata, migration_sql
from appwright.spec import AppSpec, load_spec

ROOT = Path(__file__).resolve().parents[2]
RUFF = Path(sys.executable).parent / "ruff"


def test_same_spec_gives_the_same_bytes(keyword_spec: AppSpec) -> None:
    first = generate_files(keyword_spec)
    second = generate_files(keyword_spec.model_copy(deep=True))
    assert first == second
    assert list(first) == sorted(first)
    for path, content in first.items():
        assert b"\r\n" not in content, path


def test_project_has_every_part(keyword_spec: AppSpec) -> None:
    files = generate_files(keyword_spec)
    package = build_plan(keyword_spec).package
    expected = [
        "pyproject.toml",
        "README.md",
        "module.json",
        f"{package}/main.py",
        f"{package}/models.py",
        f"{package}/schemas.py",
        f"{package}/crud.py",
        f"{package}/reports.py",
        f"{package}/permissions.py",
        f"{package}/auth.py",
        f"{package}/cli.py",
        f"{package}/api/routes/order.py",
        f"{package}/api/routes/class_records.py",
        f"{package}/migrations/__init__.py",
        f"{package}/migrations/sqlite/0001_initial.sql",
        f"{package}/migrations/postgresql/0001_initial.sql",
        f"{package}/pages/__init__.py",
        "tests/conftest.py",
        "tests/factories.py",
        "tests/test_order.py",
        "tests/test_class_records.py",
        "tests/test_permissions.py",
        "tests/test_reports.py",
        "tests/test_auth.py",
        "tests/test_migrations.py",
    ]
    missing = [path for path in expected if path not in files]
    assert not missing


def test_every_python_file_compiles(keyword_spec: AppSpec, long_spec: AppSpec) -> None:
    for spec in (keyword_spec, long_spec):
        for path, content in generate_files(spec).items():
            if path.endswith(".py"):
                compile(content, path, "exec")


def test_manifest(keyword_spec: AppSpec) -> None:
    manifest = json.loads(generate_files(keyword_spec)["module.json"])
    assert manifest["slug"] == "json"
    assert manifest["package"] == "json_app"
    assert manifest["permissions"]["roles"] == ["admin", "manager", "clerk", "viewer"]
    assert "order" in manifest["database"]["tables"]
    assert manifest["database"]["dialects"] == ["sqlite", "postgresql"]
    endpoints = {(e["method"], e["path"]) for e in manifest["api"]["endpoints"]}
    assert ("POST", "/api/order/{id}/transitions/ship") in endpoints
    assert ("PUT", "/api/product/{id}/tags") in endpoints
    assert ("GET", "/api/reports/orders_by_status") in endpoints


def test_sqlite_migration_creates_the_planned_schema(keyword_spec: AppSpec) -> None:
    plan = build_plan(keyword_spec)
    engine = sa.create_engine("sqlite://")
    with engine.begin() as connection:
        for statement in migration_sql(plan, "sqlite").split(";\n"):
            body = "\n".join(
                line for line in statement.splitlines() if not line.startswith("--")
            ).strip()
            if body:
                connection.exec_driver_sql(body)
    inspector = sa.inspect(engine)
    for name, table in build_metadata(plan).tables.items():
        columns = {column["name"] for column in inspector.get_columns(name)}
        assert columns == {column.name for column in table.columns}


def test_postgresql_migration_adds_foreign_keys_after_the_tables(keyword_spec: AppSpec) -> None:
    sql = migration_sql(build_plan(keyword_spec), "postgresql")
    last_create = sql.rindex("CREATE TABLE")
    first_key = sql.index("ADD CONSTRAINT")
    assert last_create < first_key
    assert 'CREATE TABLE "order"' in sql
    assert "FOREIGN KEY(created_by_id) REFERENCES _users (id) ON DELETE SET NULL" in sql


@pytest.mark.skipif(not RUFF.exists(), reason="ruff is a dev dependency")
@pytest.mark.parametrize(
    "spec_path",
    [
        ROOT / "tests" / "fixtures" / "specs" / "keyword_shop.json",
        ROOT / "tests" / "fixtures" / "specs" / "minimal_notes.json",
        ROOT / "examples" / "crm.json",
        ROOT / "examples" / "projects.json",
    ],
    ids=lambda path: path.stem,
)
def test_generated_backend_is_ruff_clean(spec_path: Path, tmp_path: Path) -> None:
    """``ruff check`` and ``ruff format --check`` with the project's own configuration.

    The pages package is another generator's output and is checked by its own tests.
    """
    if not spec_path.exists():
        pytest.skip(f"{spec_path.name} is not written yet")
    project = tmp_path / "app"
    write_project(load_spec(spec_path), project)
    package = build_plan(load_spec(spec_path)).package
    shutil.rmtree(project / package / "pages")
    (project / "tests" / "test_pages.py").unlink(missing_ok=True)
    lint = subprocess.run(
        [str(RUFF), "check", "--no-cache", "."], cwd=project, capture_output=True, text=True
    )
    assert lint.returncode == 0, lint.stdout
    formatted = subprocess.run(
        [str(RUFF), "format", "--no-cache", "--diff", "."],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert formatted.returncode == 0, formatted.stdout


MYPY = Path(sys.executable).parent / "mypy"


@pytest.mark.slow
@pytest.mark.skipif(not MYPY.exists(), reason="mypy is a dev dependency")
def test_generated_backend_passes_mypy_strict(keyword_spec: AppSpec, tmp_path: Path) -> None:
    project = tmp_path / "app"
    write_project(keyword_spec, project)
    package = build_plan(keyword_spec).package
    checked = subprocess.run(
        [
            str(MYPY),
            "--strict",
            "--ignore-missing-imports",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            package,
            "--exclude",
            f"{package}/pages",
        ],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout
