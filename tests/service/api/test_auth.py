"""/auth: register, the OAuth2 password flow, and /auth/me (for tokens and API keys)."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import PASSWORD, Actor, make_actor, make_api_key_actor, make_user

from appwright.service.context import ServiceContext
from appwright.service.models import Membership, Role, User

REGISTER = "/api/v1/auth/register"
TOKEN = "/api/v1/auth/token"
ME = "/api/v1/auth/me"


def log_in(client: TestClient, email: str, password: str = PASSWORD) -> dict[str, str]:
    response = client.post(TOKEN, data={"username": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_register_makes_a_user_and_a_workspace_they_administer(client: TestClient) -> None:
    response = client.post(
        REGISTER,
        json={"email": "Ada@Example.ORG", "password": "analytical", "full_name": "Ada Lovelace"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["user"]["email"] == "ada@example.org"
    assert body["user"]["full_name"] == "Ada Lovelace"
    assert "password" not in str(body)
    assert body["workspace"]["name"] == "Ada Lovelace's workspace"
    assert body["workspace"]["slug"] == "ada-lovelace-s-workspace"
    assert body["role"] == "admin"

    me = client.get(ME, headers=log_in(client, "ada@example.org", "analytical")).json()
    assert me["workspace"]["id"] == body["workspace"]["id"]
    assert me["role"] == "admin"


def test_register_names_the_workspace_as_asked(client: TestClient) -> None:
    response = client.post(
        REGISTER,
        json={"email": "bo@example.org", "password": "12345678", "workspace_name": "Bo's Bikes"},
    )
    assert response.status_code == 201
    assert response.json()["workspace"]["name"] == "Bo's Bikes"


def test_register_refuses_a_taken_email_whatever_its_case(client: TestClient) -> None:
    assert client.post(
        REGISTER, json={"email": "cy@example.org", "password": "12345678"}
    ).is_success
    response = client.post(REGISTER, json={"email": "CY@example.org", "password": "87654321"})
    assert response.status_code == 409
    assert "cy@example.org already exists" in response.json()["detail"]


def test_register_checks_the_password_and_the_email(client: TestClient) -> None:
    short = client.post(REGISTER, json={"email": "di@example.org", "password": "short"})
    assert short.status_code == 422
    assert short.json()["detail"][0]["loc"] == ["body", "password"]
    not_email = client.post(REGISTER, json={"email": "not an e-mail", "password": "12345678"})
    assert not_email.status_code == 422
    assert "not an e-mail address" in not_email.json()["detail"][0]["msg"]


def test_register_is_refused_when_registration_is_closed(
    client: TestClient, service_context: ServiceContext
) -> None:
    service_context.settings.service.open_registration = False
    response = client.post(REGISTER, json={"email": "ed@example.org", "password": "12345678"})
    assert response.status_code == 403
    assert "registration is closed" in response.json()["detail"]


def test_token_is_a_bearer_token_that_expires(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    response = client.post(TOKEN, data={"username": admin.email.upper(), "password": PASSWORD})
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == service_context.settings.service.access_token_minutes * 60
    me = client.get(ME, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.json()["user"]["id"] == admin.user_id


def test_wrong_password_and_unknown_email_get_the_same_answer(
    client: TestClient, admin: Actor
) -> None:
    wrong_password = client.post(TOKEN, data={"username": admin.email, "password": "not it!!"})
    unknown = client.post(TOKEN, data={"username": "nobody@example.org", "password": PASSWORD})
    assert wrong_password.status_code == unknown.status_code == 400
    assert wrong_password.json() == unknown.json() == {"detail": "incorrect e-mail or password"}


def test_token_needs_the_form_fields(client: TestClient) -> None:
    assert client.post(TOKEN, data={"username": "x@example.org"}).status_code == 422


def test_an_inactive_user_gets_no_token(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    with service_context.database.session() as db:
        user = db.get(User, admin.user_id)
        assert user is not None
        user.is_active = False
    response = client.post(TOKEN, data={"username": admin.email, "password": PASSWORD})
    assert response.status_code == 400
    assert "deactivated" in response.json()["detail"]
    assert client.get(ME, headers=admin.headers).status_code == 401


def test_me_lists_memberships_and_the_current_workspace(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    second = make_actor(service_context, Role.viewer)
    with service_context.database.session() as db:
        db.add(Membership(workspace_id=second.workspace_id, user_id=admin.user_id, role="viewer"))
    me = client.get(ME, headers=admin.headers)
    assert me.status_code == 200
    body = me.json()
    assert body["authenticated_with"] == "access_token"
    assert body["api_key"] is None
    assert [(m["workspace_id"], m["role"]) for m in body["memberships"]] == [
        (admin.workspace_id, "admin"),
        (second.workspace_id, "viewer"),
    ]
    assert body["workspace"]["id"] == admin.workspace_id
    assert body["role"] == "admin"

    switched = client.get(ME, headers={**admin.headers, "X-Workspace": second.workspace_id})
    assert switched.json()["workspace"]["id"] == second.workspace_id
    assert switched.json()["role"] == "viewer"


def test_me_says_when_the_caller_is_an_api_key(
    client: TestClient, admin: Actor, service_context: ServiceContext
) -> None:
    key_actor, key_id = make_api_key_actor(service_context, admin, Role.builder)
    response = client.get(ME, headers=key_actor.headers)
    assert response.status_code == 200
    body = response.json()
    assert body["authenticated_with"] == "api_key"
    assert body["api_key"]["id"] == key_id
    assert body["role"] == "builder"
    assert body["workspace"]["id"] == admin.workspace_id
    assert body["memberships"] == [
        {
            "workspace_id": admin.workspace_id,
            "name": body["workspace"]["name"],
            "slug": body["workspace"]["slug"],
            "role": "builder",
        }
    ]


def test_me_works_for_someone_who_belongs_nowhere(
    client: TestClient, service_context: ServiceContext
) -> None:
    user_id = make_user(service_context, "loner@example.org")
    body = client.get(ME, headers=log_in(client, "loner@example.org")).json()
    assert body["user"]["id"] == user_id
    assert body["memberships"] == []
    assert body["workspace"] is None
    assert body["role"] is None


def test_me_needs_credentials(client: TestClient, admin: Actor) -> None:
    assert client.get(ME).status_code == 401
    bad = client.get(ME, headers={"Authorization": "Bearer not-a-token"})
    assert bad.status_code == 401
    assert "log in again" in bad.json()["detail"]
    unknown_workspace = client.get(ME, headers={**admin.headers, "X-Workspace": "nope"})
    assert unknown_workspace.status_code == 404
