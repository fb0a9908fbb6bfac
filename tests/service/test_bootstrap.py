"""Accounts made outside the API: the first admin of an empty database, and ``appwright user``."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from support.service import Actor, make_workspace

from appwright.service.bootstrap import AccountError, create_user, ensure_first_admin
from appwright.service.context import ServiceContext
from appwright.service.models import AuditEntry, Role, Workspace


def log_in(client: TestClient, email: str, password: str) -> dict[str, str]:
    response = client.post("/api/v1/auth/token", data={"username": email, "password": password})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_an_empty_database_gets_an_admin_of_a_default_workspace_once(
    client: TestClient, service_context: ServiceContext
) -> None:
    credentials = ensure_first_admin(service_context.database)
    assert credentials is not None
    assert credentials.email == "admin@localhost"
    assert len(credentials.password) >= 20
    assert credentials.workspace_slug == "default"

    me = client.get(
        "/api/v1/auth/me", headers=log_in(client, "admin@localhost", credentials.password)
    )
    assert (me.json()["workspace"]["name"], me.json()["role"]) == ("Default", "admin")
    assert ensure_first_admin(service_context.database) is None

    with service_context.database.session() as db:
        actions = set(db.scalars(select(AuditEntry.action)))
    assert {"workspace.create", "user.create", "member.add"} <= actions


def test_the_first_admin_may_be_given(client: TestClient, service_context: ServiceContext) -> None:
    credentials = ensure_first_admin(
        service_context.database, email="Boss@Example.org", password="chosen password"
    )
    assert credentials is not None
    assert credentials.email == "boss@example.org"
    log_in(client, "boss@example.org", "chosen password")


def test_no_first_admin_when_users_exist(service_context: ServiceContext, admin: Actor) -> None:
    assert ensure_first_admin(service_context.database) is None


def test_create_user_joins_the_default_workspace_made_on_demand(
    client: TestClient, service_context: ServiceContext
) -> None:
    created = create_user(
        service_context.database, email="Lee@Example.org", password="12345678", role="builder"
    )
    assert (created.email, created.role, created.workspace_slug) == (
        "lee@example.org",
        Role.builder,
        "default",
    )
    me = client.get("/api/v1/auth/me", headers=log_in(client, "lee@example.org", "12345678"))
    assert me.json()["role"] == "builder"
    second = create_user(
        service_context.database, email="mo@example.org", password="12345678", role=Role.viewer
    )
    assert second.workspace_slug == "default"
    with service_context.database.session() as db:
        defaults = db.scalars(select(Workspace).where(Workspace.slug == "default")).all()
    assert len(defaults) == 1


def test_create_user_in_a_named_workspace(
    client: TestClient, service_context: ServiceContext
) -> None:
    workspace_id = make_workspace(service_context)
    with service_context.database.session() as db:
        workspace = db.get(Workspace, workspace_id)
        assert workspace is not None
        slug = workspace.slug
    created = create_user(
        service_context.database,
        email="ned@example.org",
        password="12345678",
        role="admin",
        workspace_slug=slug,
    )
    assert created.workspace_slug == slug


@pytest.mark.parametrize(
    ("email", "password", "role", "workspace", "message"),
    [
        ("taken@example.org", "12345678", "admin", None, "already exists"),
        ("ok@example.org", "short", "admin", None, "at least 8 characters"),
        ("ok@example.org", "12345678", "owner", None, "'owner' is not a valid Role"),
        ("ok@example.org", "12345678", "admin", "nowhere", "no workspace with slug 'nowhere'"),
        ("not an e-mail", "12345678", "admin", None, "is not an e-mail address"),
    ],
)
def test_create_user_says_what_is_wrong(
    client: TestClient,
    service_context: ServiceContext,
    email: str,
    password: str,
    role: str,
    workspace: str | None,
    message: str,
) -> None:
    create_user(
        service_context.database, email="TAKEN@example.org", password="12345678", role="admin"
    )
    with pytest.raises(AccountError, match=message):
        create_user(
            service_context.database,
            email=email,
            password=password,
            role=role,
            workspace_slug=workspace,
        )
