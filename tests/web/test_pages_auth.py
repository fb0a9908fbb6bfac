"""Sign in, register, sign out, switch workspace, and what pages do without a valid session."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from support.service import PASSWORD, Actor, add_member, make_workspace
from support.web import TEST_CLIENT_COOKIE_DOMAIN, sign_in_client

from appwright.service.browser_auth import TOKEN_COOKIE, WORKSPACE_COOKIE
from appwright.service.context import ServiceContext
from appwright.service.models import Role
from appwright.web.routes.auth import safe_next


def test_pages_send_a_stranger_to_sign_in_and_back(client: TestClient) -> None:
    response = client.get("/usage?x=1", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=/usage%3Fx%3D1"
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"


def test_htmx_requests_get_a_redirect_header_instead(client: TestClient) -> None:
    response = client.get("/usage", headers={"HX-Request": "true"}, follow_redirects=False)
    assert response.status_code == 401
    assert response.headers["HX-Redirect"] == "/login?next=/usage"


def test_an_expired_or_forged_cookie_is_dropped_and_sends_to_sign_in(client: TestClient) -> None:
    client.cookies.set(TOKEN_COOKIE, "forged", domain=TEST_CLIENT_COOKIE_DOMAIN)
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert f'{TOKEN_COOKIE}=""' in response.headers["set-cookie"]


def test_the_sign_in_page_has_a_labelled_form(client: TestClient) -> None:
    response = client.get("/login?next=/modules")
    assert response.status_code == 200
    assert '<label for="email">E-mail</label>' in response.text
    assert 'name="next" value="/modules"' in response.text
    assert 'href="/register"' in response.text


def test_signing_in_sets_an_httponly_cookie_and_goes_to_next(
    client: TestClient, admin: Actor
) -> None:
    response = client.post(
        "/login",
        data={"email": admin.email.upper(), "password": PASSWORD, "next": "/modules"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/modules"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{TOKEN_COOKIE}=")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    assert client.get("/").status_code == 200


def test_a_wrong_password_shows_the_form_again_with_the_reason(
    client: TestClient, admin: Actor
) -> None:
    response = client.post("/login", data={"email": admin.email, "password": "wrong password"})
    assert response.status_code == 400
    assert "Incorrect e-mail or password." in response.text
    assert f'value="{admin.email}"' in response.text
    assert TOKEN_COOKIE not in response.headers.get("set-cookie", "")


def test_a_signed_in_person_skips_the_sign_in_page(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    sign_in_client(client, service_context, admin)
    response = client.get("/login", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/"


@pytest.mark.parametrize(
    ("target", "safe"),
    [
        ("/sessions/1", "/sessions/1"),
        ("//evil.example.com", "/"),
        ("https://evil.example.com", "/"),
        ("/\\evil.example.com", "/"),
        ("", "/"),
    ],
)
def test_only_paths_on_this_site_are_followed_after_sign_in(target: str, safe: str) -> None:
    assert safe_next(target) == safe


def test_registering_makes_a_workspace_and_signs_in(client: TestClient) -> None:
    response = client.post(
        "/register",
        data={
            "email": "new@example.com",
            "password": "long enough",
            "full_name": "Nia New",
            "workspace_name": "Nia's Shop",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/"
    home = client.get("/")
    assert home.status_code == 200
    assert "Nia&#39;s Shop" in home.text
    me = client.get("/api/v1/auth/me").json()
    assert me["user"]["email"] == "new@example.com"
    assert me["role"] == "admin"


def test_registration_problems_are_listed_on_the_form(client: TestClient, admin: Actor) -> None:
    short = client.post("/register", data={"email": "x@example.com", "password": "short"})
    assert short.status_code == 422
    assert "password" in short.text
    assert "at least 8 characters" in short.text
    taken = client.post("/register", data={"email": admin.email, "password": "long enough"})
    assert taken.status_code == 409
    assert "already exists" in taken.text


def test_closed_registration_has_no_page(
    client: TestClient, service_context: ServiceContext
) -> None:
    service_context.settings.service.open_registration = False
    assert client.get("/register").status_code == 404
    assert client.post("/register", data={"email": "a@example.com"}).status_code == 404
    assert 'href="/register"' not in client.get("/login").text


def test_signing_out_forgets_the_session(client: TestClient, admin: Actor) -> None:
    client.post("/login", data={"email": admin.email, "password": PASSWORD})
    assert client.get("/", follow_redirects=False).status_code == 200
    response = client.post("/logout", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/login"
    assert client.get("/", follow_redirects=False).status_code == 303


def test_switching_workspace_sets_the_workspace_cookie(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    second = make_workspace(service_context, "Second shop")
    add_member(service_context, second, admin.user_id, Role.builder)
    csrf = sign_in_client(client, service_context, admin)
    home = client.get("/")
    assert "Second shop" in home.text
    response = client.post(
        "/workspace", data={"workspace_id": second, "csrf_token": csrf}, follow_redirects=False
    )
    assert response.status_code == 303
    assert client.cookies.get(WORKSPACE_COOKIE) == second
    assert client.get("/api/v1/auth/me").json()["role"] == "builder"


def test_switching_to_a_workspace_one_is_not_in_is_404(
    client: TestClient, service_context: ServiceContext, admin: Actor, outsider: Actor
) -> None:
    csrf = sign_in_client(client, service_context, admin)
    response = client.post(
        "/workspace", data={"workspace_id": outsider.workspace_id, "csrf_token": csrf}
    )
    assert response.status_code == 404
    assert "Not found" in response.text


def test_a_form_without_the_csrf_token_is_refused(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    sign_in_client(client, service_context, admin)
    response = client.post("/workspace", data={"workspace_id": admin.workspace_id})
    assert response.status_code == 403
    assert "reload the page" in response.text
    assert "<html" in response.text


def test_a_stale_workspace_cookie_falls_back_to_the_first_workspace(
    client: TestClient, service_context: ServiceContext, admin: Actor, outsider: Actor
) -> None:
    sign_in_client(client, service_context, admin)
    client.cookies.set(WORKSPACE_COOKIE, outsider.workspace_id, domain=TEST_CLIENT_COOKIE_DOMAIN)
    response = client.get("/")
    assert response.status_code == 200
    assert 'aria-current="true"' in response.text
