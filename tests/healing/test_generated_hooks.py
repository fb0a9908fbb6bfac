"""The generated app runs its promoted hooks: a product created or lowered below its threshold
raises a stock alert through the app's own API, and a received order restocks it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from support.hooks import HOOKS_DIR, inventory_hooks
from support.service import EXAMPLES_DIR

from appwright.codegen import generate_files
from appwright.service.projects import write_files_atomically
from appwright.spec import load_spec

PROOF = HOOKS_DIR / "proofs" / "test_inventory_automations.py"


def test_the_generated_inventory_app_runs_its_hooks(tmp_path: Path) -> None:
    spec = load_spec(EXAMPLES_DIR / "inventory.json")
    files = generate_files(spec, hooks=inventory_hooks())
    assert (
        files["inventory/hooks/units/alert_low_stock.py"].decode()
        == inventory_hooks()["alert_low_stock"]
    )
    project = tmp_path / "app"
    write_files_atomically(files, project)
    shutil.copy(PROOF, project / "tests" / PROOF.name)
    outcome = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"tests/{PROOF.name}", "tests/test_hooks.py"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert outcome.returncode == 0, outcome.stdout[-3000:] + outcome.stderr[-2000:]
    assert "10 passed" in outcome.stdout  # 2 proofs here, 8 wiring tests of the app
