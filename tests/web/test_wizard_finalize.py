"""The finalize page: what finalizing needs, approving, finalizing, and the module it makes."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from support.generation import generate
from support.service import Actor, example_spec, make_build_session
from support.web import sign_in_client

from appwright.service.context import ServiceContext


def test_an_ungenerated_version_cannot_be_finalized_and_the_page_says_why(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("books"))
    csrf = sign_in_client(client, service_context, builder)

    page = client.get(f"/sessions/{session_id}/finalize")

    assert page.status_code == 200
    assert "Generate this version in the builder first." in page.text
    assert re.search(r"<button[^>]*disabled[^>]*>Finalize version 1</button>", page.text)
    refused = client.post(
        f"/sessions/{session_id}/finalize", data={"csrf_token": csrf, "version": "1"}
    )
    assert refused.status_code == 409
    assert "Not finalized." in refused.text
    assert "is not approved: approve it first" in refused.text


def test_approve_then_finalize_shows_the_module_and_its_download(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("books"))
    generate(client, builder, session_id)
    csrf = sign_in_client(client, service_context, builder)

    approved = client.post(
        f"/sessions/{session_id}/finalize/approve",
        data={"csrf_token": csrf, "version": "1"},
        follow_redirects=False,
    )
    assert approved.status_code == 303
    page = client.get(approved.headers["location"])
    assert "Approved <time" in page.text
    assert not re.search(r"<button[^>]*disabled[^>]*>Finalize", page.text)

    done = client.post(
        f"/sessions/{session_id}/finalize",
        data={"csrf_token": csrf, "version": "1"},
        follow_redirects=False,
    )

    assert done.status_code == 303
    result = client.get(done.headers["location"])
    assert "Module ready" in result.text
    module = client.get("/api/v1/modules", headers=builder.headers).json()["items"][0]
    assert f'href="/api/v1/modules/{module["id"]}/download"' in result.text
    assert f"v{module['version']}" in result.text
    download = client.get(f"/api/v1/modules/{module['id']}/download")
    assert download.headers["content-type"] == "application/zip"
    assert download.content[:2] == b"PK"


def test_approving_twice_is_explained(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("books"))
    csrf = sign_in_client(client, service_context, builder)
    data = {"csrf_token": csrf, "version": "1"}

    client.post(f"/sessions/{session_id}/finalize/approve", data=data)
    again = client.post(f"/sessions/{session_id}/finalize/approve", data=data)

    assert again.status_code == 409
    assert "is already approved" in again.text


def test_a_viewer_sees_the_page_but_cannot_approve(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("books"))
    csrf = sign_in_client(client, service_context, viewer)

    page = client.get(f"/sessions/{session_id}/finalize")

    assert page.status_code == 200
    assert "Ask a builder or admin to approve it" in page.text
    response = client.post(
        f"/sessions/{session_id}/finalize/approve", data={"csrf_token": csrf, "version": "1"}
    )
    assert response.status_code == 403


def test_another_workspaces_session_and_a_missing_version_are_not_found(
    client: TestClient, service_context: ServiceContext, builder: Actor, outsider: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("books"))
    sign_in_client(client, service_context, builder)
    assert client.get(f"/sessions/{session_id}/finalize?version=7").status_code == 404

    client.cookies.clear()
    csrf = sign_in_client(client, service_context, outsider)
    assert client.get(f"/sessions/{session_id}/finalize").status_code == 404
    response = client.post(
        f"/sessions/{session_id}/finalize", data={"csrf_token": csrf, "version": "1"}
    )
    assert response.status_code == 404
