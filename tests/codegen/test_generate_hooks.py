"""Generating with model-written hooks: wired files added, nothing else changes without them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support.hooks import inventory_hooks

from appwright.codegen import generate_files
from appwright.codegen.hook_plan import HookPlanError
from appwright.service.projects import write_files_atomically
from appwright.spec import AppSpec, load_spec

ROOT = Path(__file__).resolve().parents[2]
RUFF = Path(sys.executable).parent / "ruff"


@pytest.fixture(scope="module")
def inventory() -> AppSpec:
    return load_spec(ROOT / "examples" / "inventory.json")


def test_without_hooks_the_output_is_unchanged(inventory: AppSpec) -> None:
    plain = generate_files(inventory)
    assert generate_files(inventory, hooks={}) == plain
    assert not any("/hooks/" in path for path in plain)
    assert "hooks" not in plain["inventory/crud.py"].decode()


def test_hooks_add_their_files_and_the_calls(inventory: AppSpec) -> None:
    plain = generate_files(inventory)
    hooked = generate_files(inventory, hooks=inventory_hooks())
    assert generate_files(inventory, hooks=inventory_hooks()) == hooked  # deterministic
    added = sorted(set(hooked) - set(plain))
    assert added == [
        "inventory/hooks/__init__.py",
        "inventory/hooks/api.py",
        "inventory/hooks/units/__init__.py",
        "inventory/hooks/units/alert_low_stock.py",
        "inventory/hooks/units/alert_low_stock_on_create.py",
        "inventory/hooks/units/restock_on_receipt.py",
        "tests/test_hooks.py",
    ]
    changed = sorted(path for path in plain if plain[path] != hooked[path])
    assert changed == ["inventory/crud.py", "tests/conftest.py"]
    registry = hooked["inventory/hooks/__init__.py"].decode()
    assert '("product", "update"): ("alert_low_stock",),' in registry
    assert '("order", "transition"): ("restock_on_receipt",),' in registry


@pytest.mark.parametrize(
    ("name", "words"),
    [("send_invoice", "names no automation"), ("alert_low_stock", None)],
)
def test_hooks_must_name_a_record_automation(
    inventory: AppSpec, name: str, words: str | None
) -> None:
    if words is None:
        generate_files(inventory, hooks={name: "def run(record, api):\n    pass\n"})
        return
    with pytest.raises(HookPlanError, match=words):
        generate_files(inventory, hooks={name: "def run(record, api):\n    pass\n"})


@pytest.mark.skipif(not RUFF.exists(), reason="ruff is a dev dependency")
def test_the_hooked_backend_is_ruff_clean(inventory: AppSpec, tmp_path: Path) -> None:
    project = tmp_path / "app"
    write_files_atomically(generate_files(inventory, hooks=inventory_hooks()), project)
    shutil.rmtree(project / "inventory" / "pages")
    (project / "tests" / "test_pages.py").unlink(missing_ok=True)
    lint = subprocess.run(
        [str(RUFF), "check", "--no-cache", "."], cwd=project, capture_output=True, text=True
    )
    assert lint.returncode == 0, lint.stdout
    formatted = subprocess.run(
        [str(RUFF), "format", "--no-cache", "--check", "."],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert formatted.returncode == 0, formatted.stdout
