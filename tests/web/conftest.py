"""Fixtures for the web UI: page handlers through TestClient (tests/service's ``client`` and
actors), and browser tests against a real service.

Browser tests (any test using ``browser``, ``page`` or ``live_service``) are marked ``slow`` and
``browser`` automatically. They need Debian's Chromium at /usr/bin/chromium (scripts/setup.sh
installs it) and the vendored front-end files (scripts/vendor_assets.py).

- ``live_service``: a ``LiveService`` (base URL, context, ``make_user``, ``sign_in(page, actor)``,
  ``sign_in_with_form``), one per test module, SQLite in a temp data dir; override
  ``live_model_provider`` in a module to script the model.
- ``browser``: Chromium (headless, one per test session); ``page``: a fresh browser context's
  page (1366x900, base URL set) per test; ``screenshot(page, name)``: saves
  test-artifacts/screenshots/<name>.png.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

# The service's fixtures, for page handler tests through TestClient (SQLite and PostgreSQL).
from support.service_fixtures import (  # noqa: F401
    BACKENDS,
    admin,
    builder,
    client,
    database_url,
    model_provider,
    outsider,
    service_context,
    service_settings,
    viewer,
)
from support.web import (
    CHROMIUM,
    CHROMIUM_ARGS,
    VIEWPORT,
    LiveService,
    ServerThread,
    free_port,
    save_screenshot,
)

from appwright.config import AppwrightSettings
from appwright.llm import Provider
from appwright.service.app import build_context
from appwright.service.settings import ServiceSettings

BROWSER_FIXTURES = frozenset({"browser", "page", "live_service"})

# Actions and assertions wait as long as each other. Playwright's assertion default (5 s) was too
# short on a loaded CI machine: a generated app's form answered after it, and the run failed.
PATIENCE_MS = 15_000
expect.set_options(timeout=PATIENCE_MS)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if BROWSER_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="module")
def live_model_provider() -> Provider | None:
    """The live service's model; None: the offline designer. Override per test module."""
    return None


@pytest.fixture(scope="module")
def live_service(
    tmp_path_factory: pytest.TempPathFactory, live_model_provider: Provider | None
) -> Iterator[LiveService]:
    data_dir = tmp_path_factory.mktemp("live-service")
    settings = AppwrightSettings(
        service=ServiceSettings(
            data_dir=data_dir,
            database_url=f"sqlite:///{data_dir / 'service.db'}",
            secret_key="browser-test-secret-key-long-enough-for-hs256",
            run_generated_tests=False,
        )
    )
    context = build_context(settings, provider_factory=lambda: live_model_provider)
    port = free_port()
    server = ServerThread(context, port)
    server.start()
    try:
        yield LiveService(base_url=f"http://127.0.0.1:{port}", context=context)
    finally:
        server.stop()
        context.database.dispose()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup.sh (it installs chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: Browser, live_service: LiveService) -> Iterator[Page]:
    context = browser.new_context(viewport=VIEWPORT, base_url=live_service.base_url)
    context.set_default_timeout(PATIENCE_MS)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture
def screenshot() -> Callable[[Page, str], Path]:
    return save_screenshot
