"""The workspace screens in Chromium: register, sign in, home, a new app from a description,
modules, usage and analytics — with a screenshot of each (test-artifacts/screenshots/)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from playwright.sync_api import Page, expect
from sqlalchemy import select
from support.service import PASSWORD, Actor, example_spec, make_build_session
from support.web import LiveService, add_module, add_usage

from appwright.service.generation import GENERATE_KIND
from appwright.service.models import (
    BuildSession,
    Job,
    JobStatus,
    Message,
    Role,
    SessionRating,
    SessionStatus,
    SpecVersion,
)

Screenshot = Callable[[Page, str], Path]


def test_register_lands_on_an_empty_home(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    page.goto("/login")
    page.get_by_role("link", name="Create an account").click()
    expect(page.get_by_role("heading", name="Create an account")).to_be_visible()
    page.get_by_label("Your name").fill("Rita Registered")
    page.get_by_label("E-mail").fill("rita@example.com")
    page.get_by_label("Password").fill("short")
    screenshot(page, "register")
    page.get_by_role("button", name="Create account").click()
    # The browser's own check (minlength) keeps the form from being sent.
    expect(page).to_have_url(re.compile(r"/register$"))
    page.get_by_label("Password").fill("a long enough password")
    page.get_by_label("Workspace name").fill("Rita's Bakery")
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(live_service.url("/"))
    expect(page.get_by_role("heading", name="What do you want to build?")).to_be_visible()
    expect(page.get_by_role("button", name="Workspace: Rita's Bakery")).to_be_visible()
    expect(page.get_by_text("No apps yet")).to_be_visible()
    screenshot(page, "home_empty")


def test_sign_in_shows_a_wrong_password_then_lets_in(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    actor = live_service.make_user()
    page.goto("/modules")
    expect(page).to_have_url(re.compile(r"/login\?next=/modules$"))
    screenshot(page, "login")
    page.get_by_label("E-mail").fill(actor.email)
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text("Incorrect e-mail or password.")
    screenshot(page, "login_error")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(live_service.url("/modules"))

    page.get_by_role("button", name=re.compile("^Account")).click()
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(live_service.url("/login"))


def test_a_description_opens_the_new_session_and_home_lists_it(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    actor = live_service.make_user(Role.builder)
    make_build_session(live_service.context, actor, example_spec("helpdesk"), title="Helpdesk")
    add_module(live_service.context, actor, name="Helpdesk", slug="helpdesk", version="1.0.0")
    live_service.sign_in(page, actor)
    page.goto("/")
    page.get_by_role("button", name="Sales CRM").click()
    box = page.get_by_label("Describe your app")
    expect(box).to_have_value(re.compile("^A CRM for a small sales team"))
    box.press("Enter")  # Enter sends
    page.wait_for_url(re.compile(r"/sessions/[0-9a-f-]{36}$"), timeout=60_000)
    session_id = page.url.rsplit("/", 1)[1]
    with live_service.context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        assert session.workspace_id == actor.workspace_id
        assert session.current_version_number == 1

    page.goto("/")
    rows = page.locator("#sessions tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.first.get_by_role("link")).to_have_attribute("href", f"/sessions/{session_id}")
    expect(rows.first).to_contain_text("v1")
    expect(page.locator("#home-modules")).to_contain_text("Helpdesk")
    screenshot(page, "home")


def test_the_home_page_fits_a_phone(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    actor = live_service.make_user()
    make_build_session(live_service.context, actor, example_spec("crm"), title="Sales CRM")
    live_service.sign_in(page, actor)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    expect(page.get_by_role("button", name="Start building")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width}px wide)"
    screenshot(page, "home_mobile")


def test_modules_lists_versions_and_downloads(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    actor = live_service.make_user()
    context = live_service.context
    session_id = make_build_session(context, actor, example_spec("crm"), title="Sales CRM")
    now = datetime.now(UTC)
    for number, version in enumerate(("1.0.0", "1.0.1", "1.0.2"), start=1):
        add_module(
            context,
            actor,
            name="Sales CRM",
            slug="sales-crm",
            version=version,
            session_id=session_id,
            spec_version_number=number,
            at=now - timedelta(days=3 - number),
        )
    add_module(context, actor, name="Helpdesk", slug="helpdesk", version="1.0.0", at=now)
    live_service.sign_in(page, actor)
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Modules").click()
    expect(page.get_by_role("heading", name="Modules", level=1)).to_be_visible()
    expect(page.locator(".module-card")).to_have_count(2)
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download 1.0.2").click()
    assert download_info.value.suggested_filename == "sales-crm-1.0.2.zip"
    screenshot(page, "modules")


def test_usage_shows_tokens_and_cost(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    actor = live_service.make_user()
    context = live_service.context
    crm = make_build_session(context, actor, example_spec("crm"), title="Sales CRM")
    helpdesk = make_build_session(context, actor, example_spec("helpdesk"), title="Helpdesk")
    add_usage(context, actor, crm, calls=6, input_tokens=2400, output_tokens=900, cost_usd=0.012)
    add_usage(context, actor, helpdesk, calls=3, input_tokens=1800, cost_usd=0.008)
    add_usage(context, actor, crm, calls=2, purpose="classify", cost_usd=0.001)
    live_service.sign_in(page, actor)
    page.goto("/usage")
    totals = page.locator("#usage-totals")
    expect(totals).to_contain_text("$0.10")  # 6 x 0.012 + 3 x 0.008 + 2 x 0.001
    expect(totals).to_contain_text("11")
    expect(page.locator("#usage-sessions tbody tr").first).to_contain_text("Sales CRM")
    screenshot(page, "usage")


def _seed_analytics(live_service: LiveService, actor: Actor) -> None:
    context = live_service.context
    now = datetime.now(UTC)
    plans = [
        ("Sales CRM", 1, SessionStatus.complete, 3, 2, 5, "Exactly what the team needed."),
        ("Helpdesk", 2, SessionStatus.reviewing, 12, 1, 4, "Great, the states took one try."),
        ("Inventory", 4, SessionStatus.complete, 45, 4, 5, ""),
        ("Recruiting", 6, SessionStatus.drafting, None, 0, None, ""),
        ("Field service", 9, SessionStatus.failed, None, 6, 2, "The preview kept crashing."),
        ("Event booking", 12, SessionStatus.reviewing, 90, 2, 4, ""),
    ]
    for title, days_ago, status, minutes_to_app, refinements, stars, comment in plans:
        session_id = make_build_session(context, actor, example_spec("crm"), title=title)
        started = now - timedelta(days=days_ago, hours=2)
        with context.database.session() as db:
            session = db.get(BuildSession, session_id)
            assert session is not None
            session.status = status
            session.created_at = started
            db.add(Message(session_id=session_id, role="user", content=title, created_at=started))
            first = db.scalars(select(SpecVersion).where(SpecVersion.session_id == session_id))
            spec = first.one().spec
            for number in range(2, refinements + 2):
                db.add(
                    SpecVersion(
                        session_id=session_id,
                        number=number,
                        spec=spec,
                        source="refinement",
                        parent_number=number - 1,
                    )
                )
            if minutes_to_app is not None:
                db.add(
                    Job(
                        workspace_id=actor.workspace_id,
                        session_id=session_id,
                        kind=GENERATE_KIND,
                        status=JobStatus.succeeded,
                        finished_at=started + timedelta(minutes=minutes_to_app),
                    )
                )
            else:
                db.add(
                    Job(
                        workspace_id=actor.workspace_id,
                        session_id=session_id,
                        kind=GENERATE_KIND,
                        status=JobStatus.failed,
                        finished_at=started + timedelta(minutes=5),
                    )
                )
            if stars is not None:
                db.add(
                    SessionRating(
                        workspace_id=actor.workspace_id,
                        session_id=session_id,
                        user_id=actor.user_id,
                        stars=stars,
                        comment=comment,
                    )
                )
        if status == SessionStatus.complete:
            add_module(
                context,
                actor,
                name=title,
                slug=title.lower().replace(" ", "-"),
                version="1.0.0",
                session_id=session_id,
                at=started + timedelta(hours=1),
            )
    add_usage(context, actor, None, calls=2, outcome="malformed")


def test_analytics_draws_its_charts(
    page: Page, live_service: LiveService, screenshot: Screenshot
) -> None:
    actor = live_service.make_user()
    _seed_analytics(live_service, actor)
    live_service.sign_in(page, actor)
    page.goto("/")
    page.get_by_role("link", name="Analytics").click()
    expect(page.get_by_role("heading", name="Builder analytics")).to_be_visible()
    expect(page.locator("#analytics-totals")).to_contain_text("6")
    for chart in ("chart-activity", "chart-time", "chart-refinements", "chart-ratings"):
        page.wait_for_function(f"() => window.Chart && Chart.getChart('{chart}') !== undefined")
    expect(page.locator("#analytics-failures")).to_contain_text("Failed model calls")
    expect(page.locator(".comment-list li")).to_have_count(3)
    screenshot(page, "analytics")

    page.get_by_role("link", name="7 days").click()
    expect(page).to_have_url(re.compile(r"/analytics\?days=7$"))
    expect(page.get_by_role("link", name="7 days")).to_have_attribute("aria-current", "page")


def test_a_builder_is_not_shown_analytics(page: Page, live_service: LiveService) -> None:
    admin = live_service.make_user()
    builder = live_service.make_user(Role.builder, admin.workspace_id)
    live_service.sign_in(page, builder)
    page.goto("/")
    expect(page.get_by_role("link", name="Analytics")).to_have_count(0)
    page.goto("/analytics")
    expect(page.get_by_role("heading", name="Not allowed")).to_be_visible()
    page.get_by_role("link", name="Go to your apps").click()
    expect(page).to_have_url(live_service.url("/"))
