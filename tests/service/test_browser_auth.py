"""The browser's credentials: CSRF tokens, and the API accepting the session cookie (GET freely,
changes only with the CSRF header), with the workspace cookie choosing the workspace."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor, add_member, make_actor, make_workspace
from support.web import TEST_CLIENT_COOKIE_DOMAIN, sign_in_client

from appwright.service.browser_auth import (
    CSRF_HEADER,
    TOKEN_COOKIE,
    WORKSPACE_COOKIE,
    csrf_matches,
    csrf_token,
)
from appwright.service.context import ServiceContext
from appwright.service.models import Role

SECRET = "a-secret-key-that-is-long-enough-for-hs256"


def test_the_csrf_token_is_bound_to_the_access_token_and_the_secret() -> None:
    token = csrf_token("jwt-a", secret_key=SECRET)
    assert token == csrf_token("jwt-a", secret_key=SECRET)
    assert token != csrf_token("jwt-b", secret_key=SECRET)
    assert token != csrf_token("jwt-a", secret_key=SECRET + "x")
    assert len(token) == 64


def test_csrf_matches_only_the_right_token() -> None:
    token = csrf_token("jwt-a", secret_key=SECRET)
    assert csrf_matches(token, "jwt-a", secret_key=SECRET)
    assert not csrf_matches(token, "jwt-b", secret_key=SECRET)
    assert not csrf_matches("", "jwt-a", secret_key=SECRET)
    assert not csrf_matches(None, "jwt-a", secret_key=SECRET)
    tampered = token[:-1] + ("1" if token.endswith("0") else "0")
    assert not csrf_matches(tampered, "jwt-a", secret_key=SECRET)


def test_the_api_reads_with_the_session_cookie(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    sign_in_client(client, service_context, admin)
    response = client.get("/api/v1/auth/me")
    assert response.status_code == 200, response.text
    assert response.json()["user"]["id"] == admin.user_id
    assert response.json()["workspace"]["id"] == admin.workspace_id


def test_a_change_with_the_cookie_needs_the_csrf_header(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    csrf = sign_in_client(client, service_context, admin)
    missing = client.post("/api/v1/sessions", json={"title": "No header"})
    assert missing.status_code == 403
    assert CSRF_HEADER in missing.json()["detail"]
    wrong = client.post(
        "/api/v1/sessions", json={"title": "Wrong"}, headers={CSRF_HEADER: "0" * 64}
    )
    assert wrong.status_code == 403
    right = client.post("/api/v1/sessions", json={"title": "Right"}, headers={CSRF_HEADER: csrf})
    assert right.status_code == 201, right.text
    titles = [item["title"] for item in client.get("/api/v1/sessions").json()["items"]]
    assert titles == ["Right"]


def test_a_bearer_token_needs_no_csrf_header_even_beside_a_cookie(
    client: TestClient, service_context: ServiceContext, admin: Actor, outsider: Actor
) -> None:
    sign_in_client(client, service_context, outsider)
    response = client.post("/api/v1/sessions", json={"title": "Mine"}, headers=admin.headers)
    assert response.status_code == 201, response.text
    listed = client.get("/api/v1/sessions", headers=admin.headers).json()["items"]
    assert [item["title"] for item in listed] == ["Mine"]


def test_an_invalid_cookie_is_401(client: TestClient) -> None:
    client.cookies.set(TOKEN_COOKIE, "not-a-token", domain=TEST_CLIENT_COOKIE_DOMAIN)
    assert client.get("/api/v1/auth/me").status_code == 401


def test_the_workspace_cookie_chooses_the_workspace(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    second = make_workspace(service_context, "Second")
    add_member(service_context, second, admin.user_id, Role.viewer)
    sign_in_client(client, service_context, admin)
    client.cookies.set(WORKSPACE_COOKIE, second, domain=TEST_CLIENT_COOKIE_DOMAIN)
    me = client.get("/api/v1/auth/me").json()
    assert me["workspace"]["id"] == second
    assert me["role"] == "viewer"


def test_a_workspace_cookie_of_someone_elses_workspace_is_404(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    stranger = make_actor(service_context)
    sign_in_client(client, service_context, admin)
    client.cookies.set(WORKSPACE_COOKIE, stranger.workspace_id, domain=TEST_CLIENT_COOKIE_DOMAIN)
    assert client.get("/api/v1/sessions").status_code == 404
