"""``appwright sandbox exec`` and ``appwright doctor``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from appwright.cli import app

runner = CliRunner()


def test_exec_prints_the_result_as_json(tmp_path: Path) -> None:
    program = tmp_path / "double.py"
    program.write_text(
        "import json\nimport sys\nprint(json.dumps(json.load(sys.stdin)['n'] * 2))\n"
    )
    options = ["--input", '{"n": 21}', "--expect-result", "--allow-import", "sys"]
    outcome = runner.invoke(app, ["sandbox", "exec", str(program), *options, "--timeout", "5"])
    assert outcome.exit_code == 0, outcome.output
    document = json.loads(outcome.stdout)
    assert document["kind"] == "ok"
    assert document["result"] == 42
    assert document["isolation"] in {"bwrap", "subprocess (weaker: no namespaces)"}


def test_exec_exits_1_with_the_error_kind(tmp_path: Path) -> None:
    program = tmp_path / "sneaky.py"
    program.write_text("import subprocess\n")
    outcome = runner.invoke(app, ["sandbox", "exec", str(program), "--backend", "subprocess"])
    assert outcome.exit_code == 1
    document = json.loads(outcome.stdout)
    assert document["kind"] == "denied_import"
    assert document["import_issues"][0].startswith("sneaky.py: line 1: import of 'subprocess'")


def test_exec_times_out(tmp_path: Path) -> None:
    program = tmp_path / "slow.py"
    program.write_text("import time\ntime.sleep(30)\n")
    outcome = runner.invoke(
        app, ["sandbox", "exec", str(program), "--timeout", "0.5", "--no-import-check"]
    )
    document = json.loads(outcome.stdout)
    assert document["kind"] == "timeout"
    assert document["limit_hit"] == "wall_seconds"


def test_exec_rejects_bad_input(tmp_path: Path) -> None:
    program = tmp_path / "p.py"
    program.write_text("pass\n")
    outcome = runner.invoke(app, ["sandbox", "exec", str(program), "--input", "{nope"])
    assert outcome.exit_code == 2


def test_doctor_reports_the_backends() -> None:
    outcome = runner.invoke(app, ["doctor", "--json"])
    checks = {check["name"]: check for check in json.loads(outcome.stdout)}
    assert {"python", "venv", "bwrap backend", "subprocess backend", "sandbox in use"} <= set(
        checks
    )
    assert "weaker" in checks["subprocess backend"]["detail"]
    in_use = checks["sandbox in use"]
    assert in_use["detail"] == "bwrap" or in_use["status"] == "warn"
