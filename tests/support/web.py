"""The web UI's test harness: a real service on a local port, and Playwright on Debian's Chromium.

``LiveService`` is what the ``live_service`` fixture (tests/web/conftest.py) yields: its base URL,
its ServiceContext, and helpers to make people and sign a Playwright page in as them.
"""

from __future__ import annotations

import io
import json
import socket
import threading
import time
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import uvicorn
from fastapi.testclient import TestClient
from playwright.sync_api import Page

from appwright.llm import UsageRecord
from appwright.llm.usage import Outcome
from appwright.service.app import create_app
from appwright.service.browser_auth import TOKEN_COOKIE, WORKSPACE_COOKIE, csrf_token
from appwright.service.context import ServiceContext
from appwright.service.models import Module, Role
from appwright.service.security import create_access_token
from appwright.service.usage_records import record_usage
from support.service import PASSWORD, Actor, make_actor

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SCREENSHOTS_DIR = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
VIEWPORT = {"width": 1366, "height": 900}
TEST_CLIENT_COOKIE_DOMAIN = "testserver.local"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ServerThread:
    """``create_app(context)`` served by uvicorn in a background thread of this process."""

    def __init__(self, context: ServiceContext, port: int) -> None:
        config = uvicorn.Config(
            create_app(context), host="127.0.0.1", port=port, log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="live-service", daemon=True)

    def start(self, timeout: float = 30.0) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the live service did not start (see the log above)")
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


@dataclass
class LiveService:
    base_url: str
    context: ServiceContext

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def make_user(self, role: Role = Role.admin, workspace_id: str | None = None) -> Actor:
        """A person with ``role`` in ``workspace_id`` (a new workspace when None); their
        password is ``support.service.PASSWORD``."""
        return make_actor(self.context, role, workspace_id)

    def sign_in(self, page: Page, actor: Actor) -> None:
        """Give ``page``'s browser context the session cookies of ``actor`` (no form filling)."""
        token = create_access_token(
            actor.user_id,
            secret_key=self.context.secret_key,
            minutes=self.context.settings.service.access_token_minutes,
        )
        page.context.add_cookies(
            [
                {"name": TOKEN_COOKIE, "value": token, "url": self.base_url},
                {"name": WORKSPACE_COOKIE, "value": actor.workspace_id, "url": self.base_url},
            ]
        )

    def sign_in_with_form(self, page: Page, actor: Actor) -> None:
        """Sign in the way a person does: the /login form."""
        page.goto(self.url("/login"))
        page.get_by_label("E-mail").fill(actor.email)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(self.url("/"))


def save_screenshot(page: Page, name: str, *, full_page: bool = True) -> Path:
    """``test-artifacts/screenshots/<name>.png`` of what ``page`` shows now."""
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def sign_in_client(client: TestClient, context: ServiceContext, actor: Actor) -> str:
    """Put ``actor``'s session cookies on a TestClient, as the sign-in page does; the CSRF token
    their pages carry (send it as form field ``csrf_token`` or header ``X-CSRF-Token``)."""
    token = create_access_token(
        actor.user_id,
        secret_key=context.secret_key,
        minutes=context.settings.service.access_token_minutes,
    )
    # The domain the test client's cookie jar files the server's own Set-Cookie under, so the
    # server's later changes (sign out, switch workspace) replace these cookies.
    client.cookies.set(TOKEN_COOKIE, token, domain=TEST_CLIENT_COOKIE_DOMAIN)
    client.cookies.set(WORKSPACE_COOKIE, actor.workspace_id, domain=TEST_CLIENT_COOKIE_DOMAIN)
    return csrf_token(token, secret_key=context.secret_key)


def add_module(
    context: ServiceContext,
    owner: Actor,
    *,
    name: str,
    slug: str,
    version: str,
    session_id: str | None = None,
    spec_version_number: int = 1,
    at: datetime | None = None,
) -> str:
    """A finalized module row in ``owner``'s workspace (a small zip as its bundle); its id."""
    bundle = io.BytesIO()
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("module.json", json.dumps({"name": slug, "version": version}))
    with context.database.session() as db:
        module = Module(
            workspace_id=owner.workspace_id,
            session_id=session_id,
            spec_version_number=spec_version_number,
            name=name,
            slug=slug,
            version=version,
            manifest={"name": slug, "version": version},
            bundle=bundle.getvalue(),
            created_by_id=owner.user_id,
            created_at=at or datetime.now(UTC),
        )
        db.add(module)
        db.flush()
        return module.id


def add_usage(
    context: ServiceContext,
    owner: Actor,
    session_id: str | None,
    *,
    calls: int = 1,
    input_tokens: int = 1000,
    output_tokens: int = 200,
    cost_usd: float = 0.01,
    outcome: Outcome = "ok",
    purpose: str = "design",
) -> None:
    """``calls`` model calls of ``owner``'s workspace (in ``session_id``), each as given."""
    records = [
        UsageRecord(
            purpose=purpose,
            provider="scripted",
            model="test-model",
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost_usd=cost_usd,
            priced=True,
            latency_seconds=0.5,
            outcome=outcome,
        )
        for _ in range(calls)
    ]
    with context.database.session() as db:
        record_usage(db, workspace_id=owner.workspace_id, session_id=session_id, records=records)
