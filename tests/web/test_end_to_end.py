"""The builder's proof, in one browser session and in the issue's order: sign up, describe the
CRM from the dev set, refine twice, undo once, see the diff, generate (streamed to "done"),
create a record in the live preview, edit a generated file, finalize, download the zip (with
the edit inside), and Generate from description on each of the wizard's six steps; then the
builder's errors a person can meet (a preview that crashes, a connection lost while streaming;
the wizard's own are in test_wizard_browser.py). Screenshots: e2e-<screen>.png."""

from __future__ import annotations

import io
import os
import re
import signal
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import httpx
import yaml
from playwright.sync_api import Page, expect
from support.service import Actor, example_spec, make_build_session
from support.web import LiveService
from support.wizard import at_top, generate_each_step

from appwright.service.models import Role

Screenshot = Callable[[Page, str], Path]
DEV_SET = Path(__file__).resolve().parents[3] / "shared" / "benchmarks" / "dev"
OVERRIDE = "# Sales CRM\n\nEdited in the builder: this text must be in the module's zip.\n"


def crm_description() -> str:
    data = yaml.safe_load((DEV_SET / "crm.yaml").read_text())
    return " ".join(str(data["description"]).split())


def scripts_have_run(page: Page) -> None:
    """Wait until the page in the preview frame has run its deferred scripts. htmx binds the
    forms then; a click before that submits the form natively (a GET), and the test raced it."""
    frame = page.locator("#preview-frame").element_handle().content_frame()
    assert frame is not None
    frame.wait_for_function("() => document.readyState === 'complete' && 'htmx' in window")


def send(page: Page, text: str) -> None:
    composer = page.get_by_label("Message")
    composer.fill(text)
    composer.press("Enter")


def test_from_sign_up_to_a_downloaded_module(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    live_service.context.provider_factory = lambda: None  # the offline designer
    page.set_default_timeout(30_000)

    # sign up
    page.goto("/register")
    page.get_by_label("Your name").fill("Dana Builder")
    page.get_by_label("E-mail").fill(f"dana-{uuid.uuid4().hex[:8]}@example.com")
    page.get_by_label("Password").fill("correct horse battery staple")
    screenshot(page, "e2e-register")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(live_service.url("/"))
    screenshot(at_top(page), "e2e-home")

    # describe the CRM of the dev set: the first design opens in the builder
    page.get_by_label("Describe your app").fill(crm_description())
    page.get_by_role("button", name="Start building").click()
    page.wait_for_url(re.compile(r"/sessions/[0-9a-f-]+$"), timeout=60_000)
    session_id = page.url.rsplit("/", 1)[1]
    expect(page.locator("#current-version")).to_have_text("v1")
    expect(page.locator(".message-assistant")).to_have_count(1)

    # refine twice
    send(page, "add a probability field to deal")
    expect(page.get_by_label("Version 2 changes")).to_contain_text("probability")
    send(page, "only managers can delete deals")
    expect(page.get_by_label("Version 3 changes")).to_be_visible()
    expect(page.locator("#current-version")).to_have_text("v3")
    screenshot(page, "e2e-builder-refined")

    # undo once: version 4 is version 2's design
    page.get_by_role("tab", name="Versions").click()
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("#panel-versions")).to_contain_text("restored as version 4")
    expect(page.locator("#current-version")).to_have_text("v4")

    # the diff between the first design and the refined one
    page.get_by_label("From").select_option("1")
    page.get_by_label("to", exact=True).select_option("3")
    page.get_by_role("button", name="Show diff").click()
    expect(page.locator("#diff-result")).to_contain_text("v1 → v3")
    expect(page.locator("#diff-result")).to_contain_text("probability")
    screenshot(page, "e2e-diff")

    # generate, and wait for the streamed "done"
    page.get_by_role("button", name="Generate", exact=True).click()
    progress = page.locator("#progress")
    expect(progress).to_have_attribute("data-stage", "done", timeout=120_000)
    expect(page.locator("#progress-percent")).to_have_text("100%")
    # the bar follows without a reload: the app is ready for review, and can be generated again
    expect(page.locator("#builder-bar")).to_contain_text("Ready for review", timeout=10_000)
    expect(page.get_by_role("button", name="Generate", exact=True)).to_be_enabled()
    screenshot(page, "e2e-generated")

    # the live preview: sign in inside the iframe with its credentials, create a company
    page.get_by_role("tab", name="Preview").click()
    page.get_by_role("button", name="Start preview").click()
    expect(page.locator("#preview-frame")).to_be_visible(timeout=120_000)
    email = page.locator("#preview-email").inner_text().strip()
    password = page.locator("#preview-password").inner_text().strip()
    app = page.frame_locator("#preview-frame")
    app.get_by_label("Email").fill(email)
    app.get_by_label("Password").fill(password)
    app.get_by_role("button", name="Sign in").click()
    pages_nav = app.get_by_role("navigation", name="Pages")
    expect(pages_nav).to_be_visible()
    company_form = app.locator(".component-form").filter(
        has=app.get_by_role("button", name="Add company")
    )
    if not company_form.count():
        pages_nav.get_by_role("link", name=re.compile("compan", re.I)).first.click()
    name_input = company_form.first.get_by_label(re.compile("^Name"))
    expect(name_input).to_be_visible()
    scripts_have_run(page)
    name_input.fill("Acme Corporation")
    company_form.first.get_by_role("button", name="Add company").click()
    expect(app.get_by_text("Acme Corporation").first).to_be_visible()
    screenshot(page, "e2e-preview")

    # edit a generated file: kept as an override
    page.get_by_role("tab", name="Code").click()
    page.locator('.tree-file-button[data-path="README.md"]').click()
    page.get_by_role("button", name="Edit").click()
    page.get_by_label("Content of README.md").fill(OVERRIDE)
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".file-toolbar")).to_contain_text("edited by you")
    screenshot(page, "e2e-code-override")

    # finalize: approve, finalize, the module with its download link
    page.get_by_role("link", name="Finalize").click()
    page.wait_for_url(re.compile(r"/finalize"))
    screenshot(at_top(page), "e2e-finalize-check")
    page.get_by_role("button", name="Approve version 4").click()
    page.get_by_role("button", name="Finalize version 4").click()
    expect(page.get_by_role("heading", name="Module ready")).to_be_visible()
    screenshot(at_top(page), "e2e-finalized")

    # download the zip: a zip, with the edited README inside
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"^Download .*\.zip$")).click()
    bundle = Path(download_info.value.path())
    with zipfile.ZipFile(io.BytesIO(bundle.read_bytes())) as archive:
        readmes = [name for name in archive.namelist() if name.endswith("README.md")]
        assert readmes, archive.namelist()[:20]
        assert any(archive.read(name).decode() == OVERRIDE for name in readmes)
    page.goto("/modules")
    expect(page.locator("main")).to_contain_text("1.0.0")
    screenshot(at_top(page), "e2e-modules")
    page.goto(f"/sessions/{session_id}")
    expect(page.locator(".builder-bar")).to_contain_text(re.compile("finalized|complete", re.I))

    # the wizard: Generate from description on each of the six steps, then a new version
    page.goto("/wizard")
    generate_each_step(page, screenshot, prefix="e2e-wizard-")
    page.get_by_role("button", name="Create version").click()
    page.wait_for_url(re.compile(r"/sessions/[0-9a-f-]+$"))
    expect(page.locator("#current-version")).to_have_text("v1")


def _generated_session(live_service: LiveService, actor: Actor) -> str:
    session_id = make_build_session(live_service.context, actor, example_spec("crm"), "Sales CRM")
    response = httpx.post(
        live_service.url(f"/api/v1/sessions/{session_id}/generate"),
        json={},
        headers=actor.headers,
        timeout=30,
    )
    assert response.status_code == 202, response.text
    return session_id


def test_a_preview_that_crashes_shows_its_error_and_a_restart(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    actor = live_service.make_user(Role.builder)
    session_id = _generated_session(live_service, actor)
    live_service.sign_in(page, actor)
    page.goto(f"/sessions/{session_id}")
    expect(page.locator("#progress")).to_have_attribute("data-stage", "done", timeout=120_000)
    page.get_by_role("tab", name="Preview").click()
    page.get_by_role("button", name="Start preview").click()
    expect(page.locator("#preview-state")).to_contain_text("running", timeout=120_000)

    # The app's process dies under the preview: a crash, as when generated code breaks.
    status = live_service.context.preview.status(session_id)
    assert status is not None and status.server_pid is not None
    os.killpg(status.server_pid, signal.SIGKILL)

    error = page.locator("#preview-error")
    expect(error).to_be_visible(timeout=120_000)
    expect(page.locator("#preview-error-message")).not_to_be_empty()
    expect(error.get_by_role("button", name="Restart preview")).to_be_visible()
    screenshot(page, "e2e-preview-crash")


def test_a_lost_connection_while_streaming_shows_the_banner_and_reconnects(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    actor = live_service.make_user(Role.builder)
    session_id = make_build_session(live_service.context, actor, example_spec("crm"), "Sales CRM")
    live_service.sign_in(page, actor)
    page.goto(f"/sessions/{session_id}")
    # The server "goes away" for the stream and the session check the page makes on an error.
    cut = re.compile(rf"/api/v1/sessions/{session_id}(/events.*)?$")
    page.route(cut, lambda route: route.abort("connectionrefused"))

    page.get_by_role("button", name="Generate", exact=True).click()

    banner = page.locator("#connection-banner")
    expect(banner).to_be_visible(timeout=30_000)
    expect(banner).to_contain_text("Connection lost")
    screenshot(page, "e2e-connection-lost")
    page.unroute(cut)
    banner.get_by_role("button", name="Reconnect now").click()
    expect(page.locator("#progress")).to_have_attribute("data-stage", "done", timeout=120_000)
    expect(banner).to_be_hidden()
