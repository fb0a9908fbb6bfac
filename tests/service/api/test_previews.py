"""The preview API and the proxy's access checks (no app is started here: see
tests/service/preview/test_live_preview.py for real previews)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor, example_spec, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import BuildSession
from appwright.service.preview.access import COOKIE_NAME, sign_token


def _session(context: ServiceContext, owner: Actor) -> str:
    return make_build_session(context, owner, example_spec("crm"))


def test_a_session_without_preview_reads_as_stopped(
    client: TestClient, service_context: ServiceContext, viewer: Actor, admin: Actor
) -> None:
    session_id = _session(service_context, admin)
    response = client.get(f"/api/v1/sessions/{session_id}/preview", headers=viewer.headers)
    assert response.status_code == 200
    body = response.json()
    assert (body["state"], body["version"], body["url"]) == ("stopped", None, None)


def test_starting_needs_a_version_that_exists(
    client: TestClient, service_context: ServiceContext, builder: Actor, admin: Actor
) -> None:
    session_id = _session(service_context, admin)
    url = f"/api/v1/sessions/{session_id}/preview"
    missing = client.post(url, json={"version": 9}, headers=builder.headers)
    assert missing.status_code == 404
    assert "version 9" in missing.json()["detail"]
    with service_context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        session.current_version_number = None
    empty = client.post(url, headers=builder.headers)
    assert empty.status_code == 409
    assert "no spec version" in empty.json()["detail"]


def test_viewers_cannot_start_or_stop_and_other_workspaces_see_nothing(
    client: TestClient,
    service_context: ServiceContext,
    admin: Actor,
    viewer: Actor,
    outsider: Actor,
) -> None:
    session_id = _session(service_context, admin)
    url = f"/api/v1/sessions/{session_id}/preview"
    assert client.post(url, headers=viewer.headers).status_code == 403
    assert client.delete(url, headers=viewer.headers).status_code == 403
    for method in ("GET", "POST", "DELETE"):
        assert client.request(method, url, headers=outsider.headers).status_code == 404


def test_stopping_a_preview_that_does_not_run_is_a_no_op(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = _session(service_context, admin)
    response = client.delete(f"/api/v1/sessions/{session_id}/preview", headers=admin.headers)
    assert response.status_code == 204


def test_the_proxy_asks_for_access_without_a_token(client: TestClient) -> None:
    page = client.get("/preview/some-session/", headers={"accept": "text/html"})
    assert page.status_code == 401
    assert "Open this preview from the builder" in page.text
    api = client.get("/preview/some-session/api/health")
    assert api.status_code == 401
    assert "access token" in api.json()["detail"]


def test_the_proxy_refuses_a_token_of_another_session_or_key(
    client: TestClient, service_context: ServiceContext
) -> None:
    other = sign_token(service_context.secret_key, session_id="other", workspace_id="w")
    forged = sign_token("not the key", session_id="s", workspace_id="w")
    for token in (other, forged):
        response = client.get(f"/preview/s/?access={token}", headers={"accept": "text/html"})
        assert response.status_code == 403
        assert "No access to this preview" in response.text


def test_a_link_token_becomes_a_cookie_scoped_to_the_preview(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = _session(service_context, admin)
    token = sign_token(
        service_context.secret_key, session_id=session_id, workspace_id=admin.workspace_id
    )
    prefix = f"/preview/{session_id}"
    response = client.get(f"{prefix}/deals?access={token}&page=2", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == f"{prefix}/deals?page=2"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE_NAME}=")
    assert f"Path={prefix}" in cookie
    assert "HttpOnly" in cookie
    # with the cookie, a preview that does not run answers 503 with a readable page
    page = client.get(f"{prefix}/deals?page=2", headers={"accept": "text/html"})
    assert page.status_code == 503
    assert "no preview running" in page.text


def test_the_bare_prefix_redirects_to_the_apps_home(client: TestClient) -> None:
    response = client.get("/preview/abc?access=t", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "/preview/abc/?access=t"
