"""``appwright serve`` and ``appwright user``: the builder service from the command line."""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from appwright.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def no_service_settings_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("APPWRIGHT_SERVICE__") or name == "APPWRIGHT_CONFIG_FILE":
            monkeypatch.delenv(name)


def test_user_create_then_list(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]
    created = runner.invoke(
        app, ["user", "create", "Ann@Example.org", "-p", "12345678", "--role", "builder", *data]
    )
    assert created.exit_code == 0, created.output
    assert "created ann@example.org — builder of workspace default" in created.stdout
    assert (tmp_path / "appwright.db").is_file()

    listed = runner.invoke(app, ["user", "list", *data])
    assert listed.exit_code == 0
    assert "ann@example.org" in listed.stdout
    assert "default (builder)" in listed.stdout


def test_user_create_asks_for_the_password_hidden(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["user", "create", "bob@example.org", "--data-dir", str(tmp_path)],
        input="a long secret\na long secret\n",
    )
    assert result.exit_code == 0, result.output
    assert "Password:" in result.stdout
    assert "a long secret" not in result.stdout


def test_user_create_explains_a_refusal(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path)]
    assert (
        runner.invoke(app, ["user", "create", "cat@example.org", "-p", "12345678", *data]).exit_code
        == 0
    )
    again = runner.invoke(app, ["user", "create", "cat@example.org", "-p", "12345678", *data])
    assert again.exit_code == 1
    assert "a user with e-mail cat@example.org already exists" in again.stderr
    nowhere = runner.invoke(
        app, ["user", "create", "dan@example.org", "-p", "12345678", "--workspace", "x", *data]
    )
    assert nowhere.exit_code == 1
    assert "no workspace with slug 'x'" in nowhere.stderr


def test_user_list_of_an_empty_database(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["user", "list", "--database-url", f"sqlite:///{tmp_path / 'x.db'}"]
    )
    assert result.exit_code == 0
    assert "no users yet" in result.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Served:
    """``appwright serve`` in a subprocess, with its output read as it comes."""

    def __init__(self, data_dir: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("APPWRIGHT_SERVICE__")}
        env["PYTHONUNBUFFERED"] = "1"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "appwright.cli", "serve", "--host", "127.0.0.1",
             "--port", str(self.port), "--data-dir", str(data_dir)],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def output_until_serving(self, timeout: float = 120) -> str:
        """Everything printed up to and including the "serves on" line."""
        seen: list[str] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            seen.append(line)
            if "appwright serves on" in line:
                return "".join(seen)
        raise AssertionError(f"serve did not start; it printed:\n{''.join(seen)}")

    def wait_until_answering(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v1/openapi.json").status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError("serve never answered")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[type[Served]]:
    started: list[Served] = []

    class Tracked(Served):
        def __init__(self, data_dir: Path) -> None:
            super().__init__(data_dir)
            started.append(self)

    yield Tracked
    for served in started:
        served.stop()


@pytest.mark.slow
def test_serve_prints_the_first_admin_once_and_serves_the_api(
    tmp_path: Path, serve: type[Served]
) -> None:
    first = serve(tmp_path / "data")
    printed = first.output_until_serving()
    assert "First admin created" in printed
    email = re.search(r"e-mail:\s+(\S+)", printed)
    password = re.search(r"password:\s+(\S+)", printed)
    assert email and password, printed
    assert f"appwright serves on {first.url}" in printed
    first.wait_until_answering()

    token = httpx.post(
        f"{first.url}/api/v1/auth/token",
        data={"username": email.group(1), "password": password.group(1)},
    )
    assert token.status_code == 200, token.text
    me = httpx.get(
        f"{first.url}/api/v1/auth/me",
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
    )
    assert me.status_code == 200
    assert (me.json()["user"]["email"], me.json()["role"]) == ("admin@localhost", "admin")
    first.stop()
    assert first.process.returncode == 0

    again = serve(tmp_path / "data")
    printed_again = again.output_until_serving()
    assert "password" not in printed_again
    again.wait_until_answering()
    # the secret key survived the restart, so the earlier token is still good
    still = httpx.get(
        f"{again.url}/api/v1/auth/me",
        headers={"Authorization": f"Bearer {token.json()['access_token']}"},
    )
    assert still.status_code == 200


@pytest.mark.slow
def test_the_api_walkthrough_of_the_docs_runs_against_a_fresh_service(
    tmp_path: Path, serve: type[Served]
) -> None:
    served = serve(tmp_path / "data")
    printed = served.output_until_serving()
    password = re.search(r"password:\s+(\S+)", printed)
    assert password, printed
    served.wait_until_answering()
    script = Path(__file__).resolve().parents[1] / "scripts" / "api_walkthrough.sh"
    env = {
        **os.environ,
        "APPWRIGHT_URL": served.url,
        "APPWRIGHT_PASSWORD": password.group(1),
        "WALKTHROUGH_DIR": str(tmp_path / "out"),
    }
    (tmp_path / "out").mkdir()
    result = subprocess.run(
        ["bash", str(script)], env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert '"intent":"undo"' in out
    assert '"stage":"done","percentage":100' in out
    assert '"status":"succeeded"' in out
    assert "\n# Sales CRM\n" in out  # the zip carries the edited README (the override)
    assert '"version":"1.0.0"' in out
    assert '"authenticated_with":"api_key","role":"api"' in out
    assert "unknown stepId 'colours'; valid ids:" in out
    assert out.rstrip().endswith(f"walk-through complete (files in {tmp_path / 'out'})")
    assert (tmp_path / "out" / "module.zip").stat().st_size > 10_000
