"""The workspace pages through TestClient: home (sessions, modules, the new-app composer),
modules, usage, analytics, and error pages; each shows only the person's workspace."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select
from support.service import Actor, example_spec, make_build_session
from support.web import add_module, add_usage, sign_in_client

from appwright.service.context import ServiceContext
from appwright.service.models import BuildSession, Message


def test_home_lists_the_workspaces_sessions_and_modules_only(
    client: TestClient, service_context: ServiceContext, admin: Actor, outsider: Actor
) -> None:
    mine = make_build_session(service_context, admin, example_spec("crm"), title="Sales CRM")
    make_build_session(service_context, outsider, example_spec("crm"), title="Their CRM")
    add_module(service_context, admin, name="Sales CRM", slug="sales-crm", version="1.0.2")
    add_module(service_context, outsider, name="Their module", slug="theirs", version="1.0.0")
    sign_in_client(client, service_context, admin)

    response = client.get("/")
    assert response.status_code == 200
    page = response.text
    assert f'href="/sessions/{mine}">Sales CRM</a>' in page
    assert "Their CRM" not in page
    assert "1.0.2" in page
    assert "Their module" not in page
    assert "What do you want to build?" in page
    assert '<meta name="csrf-token"' in page
    assert '<main id="main"' in page


def test_home_without_anything_invites_a_first_app(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    sign_in_client(client, service_context, admin)
    page = client.get("/").text
    assert "No apps yet" in page
    assert "No modules yet" in page


def test_a_viewer_sees_the_apps_but_no_composer(
    client: TestClient, service_context: ServiceContext, admin: Actor, viewer: Actor
) -> None:
    make_build_session(service_context, admin, example_spec("crm"), title="Sales CRM")
    csrf = sign_in_client(client, service_context, viewer)
    page = client.get("/").text
    assert "Sales CRM" in page
    assert "What do you want to build?" not in page
    refused = client.post("/sessions", data={"description": "a CRM", "csrf_token": csrf})
    assert refused.status_code == 403
    assert "cannot start an app" in refused.text


def test_a_description_starts_a_session_and_opens_the_builder(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)
    description = "A CRM with companies, contacts and deals that move from lead to won or lost."
    response = client.post(
        "/sessions",
        data={"description": description, "csrf_token": csrf},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    session_id = response.headers["location"].removeprefix("/sessions/")
    with service_context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        assert session.workspace_id == builder.workspace_id
        assert session.current_version_number == 1
        messages = db.scalars(select(Message).where(Message.session_id == session_id)).all()
    assert [message.role for message in messages] == ["user", "assistant"]
    assert messages[0].content == description


def test_an_empty_description_is_asked_for_again(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)
    response = client.post("/sessions", data={"description": "   ", "csrf_token": csrf})
    assert response.status_code == 422
    assert "Describe the app first" in response.text
    assert 'aria-invalid="true"' in response.text


def test_starting_an_app_needs_the_csrf_token(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    sign_in_client(client, service_context, builder)
    response = client.post("/sessions", data={"description": "A CRM"})
    assert response.status_code == 403
    listed = client.get("/api/v1/sessions").json()
    assert listed["total"] == 0


def test_modules_page_groups_versions_with_downloads(
    client: TestClient, service_context: ServiceContext, admin: Actor, outsider: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("crm"))
    first = add_module(
        service_context, admin, name="CRM", slug="crm", version="1.0.0", session_id=session_id
    )
    latest = add_module(service_context, admin, name="CRM", slug="crm", version="1.0.1")
    add_module(service_context, admin, name="Helpdesk", slug="helpdesk", version="1.0.0")
    add_module(service_context, outsider, name="Theirs", slug="theirs", version="1.0.0")
    sign_in_client(client, service_context, admin)

    page = client.get("/modules").text
    assert page.count('class="card card-flush module-card"') == 2
    assert f'href="/api/v1/modules/{first}/download"' in page
    assert f'href="/api/v1/modules/{latest}/download" download>Download 1.0.1</a>' in page
    assert f'href="/sessions/{session_id}">spec v1</a>' in page
    assert "Theirs" not in page
    download = client.get(f"/api/v1/modules/{latest}/download")
    assert download.status_code == 200
    assert download.headers["content-type"] == "application/zip"


def test_another_workspaces_module_download_is_404(
    client: TestClient, service_context: ServiceContext, admin: Actor, outsider: Actor
) -> None:
    theirs = add_module(service_context, outsider, name="Theirs", slug="theirs", version="1.0.0")
    sign_in_client(client, service_context, admin)
    assert client.get(f"/api/v1/modules/{theirs}/download").status_code == 404


def test_another_workspaces_session_page_is_404(
    client: TestClient, service_context: ServiceContext, admin: Actor, outsider: Actor
) -> None:
    theirs = make_build_session(service_context, outsider, example_spec("crm"), title="Theirs")
    sign_in_client(client, service_context, admin)
    response = client.get(f"/sessions/{theirs}")
    assert response.status_code == 404
    assert "Theirs" not in response.text
    assert "Go to your apps" in response.text


def test_usage_page_shows_tokens_and_cost_per_session_and_in_total(
    client: TestClient, service_context: ServiceContext, admin: Actor, outsider: Actor
) -> None:
    session_id = make_build_session(service_context, admin, example_spec("crm"), title="CRM")
    add_usage(service_context, admin, session_id, calls=3, input_tokens=1200, cost_usd=0.5)
    add_usage(service_context, admin, None, calls=1, input_tokens=100, cost_usd=0.25)
    add_usage(service_context, outsider, None, calls=9, input_tokens=99999, cost_usd=9.0)
    sign_in_client(client, service_context, admin)

    page = client.get("/usage").text
    assert "$1.75" in page  # 3 x 0.50 + 0.25, nothing of the other workspace
    assert "3,700" in page  # input tokens in total
    assert f'href="/sessions/{session_id}">CRM</a>' in page
    assert "$1.50" in page
    assert "Outside any session" in page
    assert "99,999" not in page


def test_usage_page_without_calls_says_so(
    client: TestClient, service_context: ServiceContext, viewer: Actor
) -> None:
    sign_in_client(client, service_context, viewer)
    page = client.get("/usage").text
    assert "No model calls yet" in page
    assert "$0.00" in page


def test_analytics_page_is_for_admins(
    client: TestClient, service_context: ServiceContext, admin: Actor, builder: Actor
) -> None:
    make_build_session(service_context, admin, example_spec("crm"), title="CRM")
    sign_in_client(client, service_context, admin)
    page = client.get("/analytics?days=7")
    assert page.status_code == 200
    assert 'id="chart-activity"' in page.text
    assert 'id="analytics-data"' in page.text
    assert '"daily"' in page.text
    assert 'href="/analytics"' in client.get("/").text

    client.cookies.clear()
    sign_in_client(client, service_context, builder)
    refused = client.get("/analytics")
    assert refused.status_code == 403
    assert "see the workspace&#39;s analytics" in refused.text
    assert 'href="/analytics"' not in client.get("/").text


def test_unknown_pages_are_pages_and_unknown_api_paths_stay_json(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    sign_in_client(client, service_context, admin)
    page = client.get("/no-such-page")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "Not found" in page.text
    api = client.get("/api/v1/no-such-thing")
    assert api.status_code == 404
    assert api.json() == {"detail": "Not Found"}


def test_static_files_are_served(client: TestClient) -> None:
    css = client.get("/static/app.css")
    assert css.status_code == 200
    assert "--color-primary" in css.text
    assert client.get("/static/app.js").status_code == 200
