"""A service killed mid-generation loses nothing: the job is failed with the reason, retryable.

The real service runs as a process (uvicorn on ``create_app``, configured by environment);
the test starts a generation, waits until the generated tests run, kills the process group
with SIGKILL, starts the service again and checks what the database says.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select
from support.service import Actor, example_spec, make_actor, make_build_session

from appwright.config import AppwrightSettings
from appwright.service.app import build_context
from appwright.service.context import ServiceContext
from appwright.service.models import BuildSession, Message, Role, SpecVersion
from appwright.service.settings import ServiceSettings

pytestmark = pytest.mark.slow

SECRET_KEY = "crash-test-secret-key-that-is-long-enough"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ServiceProcess:
    """``uvicorn`` serving ``create_app()`` in a process group of its own."""

    def __init__(self, data_dir: Path, database_url: str) -> None:
        self.port = _free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log = data_dir / "service.log"
        self.env = {
            **os.environ,
            "APPWRIGHT_SERVICE__DATA_DIR": str(data_dir),
            "APPWRIGHT_SERVICE__DATABASE_URL": database_url,
            "APPWRIGHT_SERVICE__SECRET_KEY": SECRET_KEY,
            "APPWRIGHT_SERVICE__RUN_GENERATED_TESTS": "true",
            "APPWRIGHT_SERVICE__JOB_WORKERS": "1",
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "appwright.service.app:create_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                if httpx.get(f"{self.base_url}/api/v1/openapi.json").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        raise AssertionError(f"the service did not start:\n{self.log.read_text()}")

    def kill(self) -> None:
        """SIGKILL to the service and everything it started (the generated tests' pytest)."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(30)


@pytest.fixture
def crash_settings(database_url: str, tmp_path: Path) -> AppwrightSettings:
    return AppwrightSettings(
        service=ServiceSettings(
            data_dir=tmp_path / "data", database_url=database_url, secret_key=SECRET_KEY
        )
    )


@pytest.fixture
def service(crash_settings: AppwrightSettings) -> Iterator[ServiceProcess]:
    process = ServiceProcess(
        crash_settings.service.data_dir, crash_settings.service.database_url or ""
    )
    process.start()
    yield process
    process.stop()


@pytest.fixture
def factories(
    crash_settings: AppwrightSettings, service: ServiceProcess
) -> Iterator[ServiceContext]:
    """The test's own access to the service's database (for factories and checks)."""
    context = build_context(crash_settings)
    yield context
    context.database.dispose()


def _events(service: ServiceProcess, actor: Actor, job_id: str) -> list[dict[str, Any]]:
    url = f"{service.base_url}/api/v1/jobs/{job_id}/events?limit=200"
    items: list[dict[str, Any]] = httpx.get(url, headers=actor.headers).json()["items"]
    return items


def _wait(service: ServiceProcess, actor: Actor, job_id: str, until: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(event["stage"] == until for event in _events(service, actor, job_id)):
            return
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} never reached {until}:\n{service.log.read_text()}")


def _counts(context: ServiceContext, session_id: str) -> tuple[int, int, str]:
    with context.database.session() as db:
        messages = db.scalar(
            select(func.count()).select_from(Message).where(Message.session_id == session_id)
        )
        versions = db.scalar(
            select(func.count())
            .select_from(SpecVersion)
            .where(SpecVersion.session_id == session_id)
        )
        session = db.get(BuildSession, session_id)
        assert session is not None
        return messages or 0, versions or 0, session.status


def test_kill_during_generation_then_restart_and_retry(
    service: ServiceProcess, factories: ServiceContext
) -> None:
    builder = make_actor(factories, Role.builder)
    session_id = make_build_session(factories, builder, example_spec("habits"))
    with factories.database.session() as db:
        db.add(Message(session_id=session_id, role="user", content="a habit tracker"))
        db.add(Message(session_id=session_id, role="assistant", content="here it is"))

    started = httpx.post(
        f"{service.base_url}/api/v1/sessions/{session_id}/generate", headers=builder.headers
    )
    assert started.status_code == 202
    job_id = started.json()["id"]
    _wait(service, builder, job_id, "testing", timeout=120)
    before = _counts(factories, session_id)
    assert before == (2, 1, "generating")

    service.kill()
    service.start()

    job = httpx.get(f"{service.base_url}/api/v1/jobs/{job_id}", headers=builder.headers).json()
    assert job["status"] == "failed"
    assert job["error"].startswith("interrupted: the service stopped while this job was running")
    assert _counts(factories, session_id) == (2, 1, "failed")
    events = _events(service, builder, job_id)
    assert [e["stage"] for e in events][-2:] == ["testing", "failed"]

    retry = httpx.post(f"{service.base_url}/api/v1/jobs/{job_id}/retry", headers=builder.headers)
    assert retry.status_code == 202
    retried = retry.json()["id"]
    _wait(service, builder, retried, "done", timeout=300)
    final = httpx.get(f"{service.base_url}/api/v1/jobs/{retried}", headers=builder.headers).json()
    assert final["status"] == "succeeded", final["error"]
    assert final["result"]["tests"]["passed"] > 0
    assert _counts(factories, session_id) == (2, 1, "reviewing")
