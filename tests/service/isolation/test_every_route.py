"""Every route of the API, from the OpenAPI document: another workspace's ids answer 404, and
each role's forbidden actions answer 403.

The tables below name every operation; a new route that is not in them fails
``test_the_tables_cover_every_route`` until someone decides what it needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from fastapi.testclient import TestClient
from support.generation import approve, generate
from support.service import Actor, example_spec, make_actor, make_api_key_actor, make_build_session

from appwright.service.context import ServiceContext
from appwright.service.models import Role

EVERYONE = frozenset(Role)
BUILDERS = frozenset({Role.admin, Role.builder, Role.api})
PEOPLE_WHO_BUILD = frozenset({Role.admin, Role.builder})
ADMINS = frozenset({Role.admin})

OVERRIDDEN_FILE = "README.md"

# operation → (who may call it, a valid request body or None). ``{...}`` are filled from World.
OPERATIONS: dict[str, tuple[frozenset[Role], Any]] = {
    "POST /api/v1/auth/register": (EVERYONE, None),
    "POST /api/v1/auth/token": (EVERYONE, None),
    "GET /api/v1/auth/me": (EVERYONE, None),
    "GET /api/v1/workspaces": (PEOPLE_WHO_BUILD | {Role.viewer}, None),
    "POST /api/v1/workspaces": (PEOPLE_WHO_BUILD | {Role.viewer}, {"name": "Another"}),
    "GET /api/v1/workspaces/current": (EVERYONE, None),
    "PATCH /api/v1/workspaces/current": (ADMINS, {"name": "Renamed"}),
    "GET /api/v1/members": (EVERYONE, None),
    "POST /api/v1/members": (ADMINS, {"email": "nobody@example.com", "role": "viewer"}),
    "PATCH /api/v1/members/{member_id}": (ADMINS, {"role": "viewer"}),
    "DELETE /api/v1/members/{member_id}": (ADMINS, None),
    "GET /api/v1/api-keys": (ADMINS, None),
    "POST /api/v1/api-keys": (ADMINS, {"name": "ci"}),
    "DELETE /api/v1/api-keys/{key_id}": (ADMINS, None),
    "POST /api/v1/sessions": (BUILDERS, {"title": "New"}),
    "GET /api/v1/sessions": (EVERYONE, None),
    "GET /api/v1/sessions/{session_id}": (EVERYONE, None),
    "PATCH /api/v1/sessions/{session_id}": (BUILDERS, {"title": "Renamed"}),
    "POST /api/v1/sessions/{session_id}/cancel": (BUILDERS, None),
    "POST /api/v1/sessions/{session_id}/messages": (BUILDERS, {"content": "add notes to company"}),
    "GET /api/v1/sessions/{session_id}/messages": (EVERYONE, None),
    "GET /api/v1/sessions/{session_id}/versions": (EVERYONE, None),
    "GET /api/v1/sessions/{session_id}/versions/{number}": (EVERYONE, None),
    "GET /api/v1/sessions/{session_id}/versions/{from_number}/diff/{to_number}": (EVERYONE, None),
    "POST /api/v1/sessions/{session_id}/versions/{number}/revert": (BUILDERS, None),
    "PUT /api/v1/sessions/{session_id}/spec": (BUILDERS, "SPEC"),
    "POST /api/v1/sessions/{session_id}/versions/{number}/approve": (PEOPLE_WHO_BUILD, None),
    "POST /api/v1/sessions/{session_id}/generate": (BUILDERS, {}),
    "POST /api/v1/sessions/{session_id}/preview": (BUILDERS, {}),
    "GET /api/v1/sessions/{session_id}/preview": (EVERYONE, None),
    "DELETE /api/v1/sessions/{session_id}/preview": (BUILDERS, None),
    "GET /api/v1/sessions/{session_id}/code-units": (EVERYONE, None),
    "GET /api/v1/sessions/{session_id}/code-units/{unit_id}": (EVERYONE, None),
    "POST /api/v1/sessions/{session_id}/code-units/{unit_id}/test": (BUILDERS, None),
    "POST /api/v1/sessions/{session_id}/code-units/{unit_id}/heal": (BUILDERS, None),
    "POST /api/v1/sessions/{session_id}/code-units/{unit_id}/rollback/{number}": (BUILDERS, None),
    "GET /api/v1/sessions/{session_id}/versions/{number}/files": (EVERYONE, None),
    "GET /api/v1/sessions/{session_id}/versions/{number}/files/{path}": (EVERYONE, None),
    "GET /api/v1/sessions/{session_id}/versions/{number}/download": (EVERYONE, None),
    "GET /api/v1/sessions/{session_id}/overrides": (EVERYONE, None),
    "PUT /api/v1/sessions/{session_id}/overrides/{path}": (BUILDERS, b"# edited\n"),
    "DELETE /api/v1/sessions/{session_id}/overrides/{path}": (BUILDERS, None),
    "GET /api/v1/jobs": (EVERYONE, None),
    "GET /api/v1/jobs/{job_id}": (EVERYONE, None),
    "GET /api/v1/jobs/{job_id}/events": (EVERYONE, None),
    "POST /api/v1/jobs/{job_id}/cancel": (BUILDERS, None),
    "POST /api/v1/jobs/{job_id}/retry": (BUILDERS, None),
    "GET /api/v1/sessions/{session_id}/events": (EVERYONE, None),
    "POST /api/v1/sessions/{session_id}/finalize": (PEOPLE_WHO_BUILD, {}),
    "GET /api/v1/modules": (EVERYONE, None),
    "GET /api/v1/modules/{module_id}": (EVERYONE, None),
    "GET /api/v1/modules/{module_id}/download": (EVERYONE, None),
    "POST /api/v1/ai-modules/definition-step": (
        BUILDERS,
        {"stepId": "object-model", "userInput": "a library of books with a title"},
    ),
    "POST /api/v1/sessions/{session_id}/rating": (BUILDERS, {"stars": 4, "comment": "good"}),
    "GET /api/v1/sessions/{session_id}/rating": (EVERYONE, None),
    "GET /api/v1/usage": (EVERYONE, None),
    "GET /api/v1/usage/records": (EVERYONE, None),
    "GET /api/v1/analytics": (ADMINS, None),
    "GET /api/v1/audit": (ADMINS, None),
}

# Routes that are not about one workspace's data.
UNSCOPED = {"POST /api/v1/auth/register", "POST /api/v1/auth/token", "GET /api/v1/auth/me"}
# Role checks that need a person's login, so API keys are refused whatever their role.
PEOPLE_ONLY = {"GET /api/v1/workspaces", "POST /api/v1/workspaces"}


@dataclass(frozen=True)
class World:
    """One of everything in ``owner``'s workspace."""

    owner: Actor
    ids: dict[str, str]
    spec: dict[str, Any]


def _operations(client: TestClient) -> list[str]:
    paths: dict[str, dict[str, Any]] = client.get("/api/v1/openapi.json").json()["paths"]
    return [f"{method.upper()} {path}" for path, ops in paths.items() for method in ops]


@pytest.fixture
def world(client: TestClient, service_context: ServiceContext, admin: Actor) -> World:
    spec = example_spec("crm")
    session_id = make_build_session(service_context, admin, spec)
    approve(service_context, session_id, 1, admin.user_id)
    job = generate(client, admin, session_id)
    response = client.put(
        f"/api/v1/sessions/{session_id}/overrides/{OVERRIDDEN_FILE}",
        content=b"# mine\n",
        headers=admin.headers,
    )
    assert response.status_code == 201, response.text
    module = client.post(f"/api/v1/sessions/{session_id}/finalize", json={}, headers=admin.headers)
    assert module.status_code == 201, module.text
    member = make_actor(service_context, Role.viewer, admin.workspace_id)
    members = client.get("/api/v1/members", headers=admin.headers).json()["items"]
    member_id = next(item["id"] for item in members if item["user_id"] == member.user_id)
    _, key_id = make_api_key_actor(service_context, admin)
    units = client.get(f"/api/v1/sessions/{session_id}/code-units", headers=admin.headers)
    ids = {
        "session_id": session_id,
        "number": "1",
        "from_number": "1",
        "to_number": "1",
        "path": OVERRIDDEN_FILE,
        "job_id": job["id"],
        "module_id": module.json()["id"],
        "member_id": member_id,
        "key_id": key_id,
        "unit_id": units.json()["items"][0]["id"],
    }
    return World(owner=admin, ids=ids, spec=spec)


def _call(client: TestClient, operation: str, world: World, headers: dict[str, str]) -> int:
    method, template = operation.split(" ", 1)
    url = template.format(**world.ids)
    body = OPERATIONS[operation][1]
    if body == "SPEC":
        body = {"spec": {**world.spec, "description": "edited"}}
    if isinstance(body, bytes):
        response = client.request(method, url, content=body, headers=headers)
    elif body is not None:
        response = client.request(method, url, json=body, headers=headers)
    else:
        response = client.request(method, url, headers=headers)
    return response.status_code


def test_the_tables_cover_every_route(client: TestClient) -> None:
    assert sorted(set(_operations(client)) - set(OPERATIONS)) == []
    assert sorted(set(OPERATIONS) - set(_operations(client))) == []


def test_another_workspaces_ids_answer_404_on_every_route(
    client: TestClient, world: World, outsider: Actor
) -> None:
    with_ids = [operation for operation in _operations(client) if "{" in operation]
    assert len(with_ids) >= 25
    wrong = {
        operation: status
        for operation in with_ids
        if (status := _call(client, operation, world, outsider.headers)) != 404
    }
    assert wrong == {}


def test_lists_filtered_by_another_workspaces_session_are_empty(
    client: TestClient, world: World, outsider: Actor
) -> None:
    session_id = world.ids["session_id"]
    for url in (
        f"/api/v1/jobs?session_id={session_id}",
        f"/api/v1/usage/records?session_id={session_id}",
    ):
        response = client.get(url, headers=outsider.headers)
        assert response.status_code in (200, 404), url
        if response.status_code == 200:
            assert response.json()["items"] == [], url


@pytest.mark.parametrize("role", [Role.viewer, Role.builder, Role.api])
def test_each_roles_forbidden_actions_answer_403(
    client: TestClient, service_context: ServiceContext, world: World, role: Role
) -> None:
    if role == Role.api:
        actor, _ = make_api_key_actor(service_context, world.owner, Role.api)
    else:
        actor = make_actor(service_context, role, world.owner.workspace_id)
    forbidden = [
        operation
        for operation, (allowed, _) in OPERATIONS.items()
        if operation not in UNSCOPED
        and (role not in allowed or (role == Role.api and operation in PEOPLE_ONLY))
    ]
    assert forbidden, "every role below admin has something it may not do"
    wrong = {
        operation: status
        for operation in forbidden
        if (status := _call(client, operation, world, actor.headers)) != 403
    }
    assert wrong == {}
