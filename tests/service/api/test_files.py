"""Generated files of a version, overrides (people's edits) that survive regeneration, zips."""

from __future__ import annotations

import hashlib
import io
import zipfile
from typing import Any

import pytest
from fastapi.testclient import TestClient
from support.generation import add_version, generate
from support.service import Actor, example_spec, make_build_session

from appwright.service.context import ServiceContext

EDITED = b"# Habits\n\nOur own words about this app.\n"


@pytest.fixture
def generated_session(client: TestClient, service_context: ServiceContext, builder: Actor) -> str:
    """A session whose version 1 (the habits example) has been generated."""
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    generate(client, builder, session_id)
    return session_id


def _files(
    client: TestClient, actor: Actor, session_id: str, number: int
) -> dict[str, dict[str, Any]]:
    response = client.get(
        f"/api/v1/sessions/{session_id}/versions/{number}/files", headers=actor.headers
    )
    assert response.status_code == 200, response.text
    return {item["path"]: item for item in response.json()["items"]}


def test_list_the_files_of_a_generated_version(
    client: TestClient, service_context: ServiceContext, viewer: Actor, generated_session: str
) -> None:
    response = client.get(
        f"/api/v1/sessions/{generated_session}/versions/1/files", headers=viewer.headers
    )

    assert response.status_code == 200
    body = response.json()
    assert body["total"] == len(body["items"]) > 20
    paths = [item["path"] for item in body["items"]]
    assert paths == sorted(paths)
    readme = next(item for item in body["items"] if item["path"] == "README.md")
    on_disk = (service_context.projects_dir / generated_session / "v1" / "README.md").read_bytes()
    assert readme == {
        "path": "README.md",
        "size": len(on_disk),
        "sha256": hashlib.sha256(on_disk).hexdigest(),
        "generated_sha256": hashlib.sha256(on_disk).hexdigest(),
        "overridden": False,
        "generated_changed": False,
    }


def test_files_of_a_version_not_generated_yet_are_409_and_unknown_version_404(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("habits"))
    base = f"/api/v1/sessions/{session_id}/versions"

    for path in ("1/files", "1/files/README.md", "1/download"):
        response = client.get(f"{base}/{path}", headers=builder.headers)
        assert response.status_code == 409
        assert "generate first" in response.json()["detail"]
    assert client.get(f"{base}/9/files", headers=builder.headers).status_code == 404
    assert client.get(f"{base}/x/files", headers=builder.headers).status_code == 422


def test_read_a_file_effective_or_as_generated(
    client: TestClient, service_context: ServiceContext, builder: Actor, generated_session: str
) -> None:
    url = f"/api/v1/sessions/{generated_session}/versions/1/files/README.md"
    generated = (service_context.projects_dir / generated_session / "v1" / "README.md").read_bytes()
    plain = client.get(url, headers=builder.headers)
    client.put(
        f"/api/v1/sessions/{generated_session}/overrides/README.md",
        content=EDITED,
        headers=builder.headers,
    )

    effective = client.get(url, headers=builder.headers)
    as_generated = client.get(f"{url}?generated=true", headers=builder.headers)

    assert plain.status_code == 200 and plain.content == generated
    assert plain.headers["content-type"] == "text/plain; charset=utf-8"
    assert plain.headers["x-overridden"] == "false"
    assert effective.content == EDITED and effective.headers["x-overridden"] == "true"
    assert as_generated.content == generated
    assert as_generated.headers["x-overridden"] == "false"
    nested = next(path for path in _files(client, builder, generated_session, 1) if "/" in path)
    deep = client.get(
        f"/api/v1/sessions/{generated_session}/versions/1/files/{nested}", headers=builder.headers
    )
    assert deep.status_code == 200


def test_read_a_missing_or_unsafe_file(
    client: TestClient, builder: Actor, generated_session: str
) -> None:
    base = f"/api/v1/sessions/{generated_session}/versions/1/files"

    missing = client.get(f"{base}/nothing/here.py", headers=builder.headers)
    unsafe = client.get(f"{base}/..%2F..%2Fsecret_key", headers=builder.headers)

    assert missing.status_code == 404
    assert missing.json()["detail"] == "file nothing/here.py of version 1 not found"
    assert unsafe.status_code == 400
    assert "not a relative path inside the project" in unsafe.json()["detail"]


def test_put_an_override_then_replace_it(
    client: TestClient, builder: Actor, viewer: Actor, generated_session: str
) -> None:
    url = f"/api/v1/sessions/{generated_session}/overrides/README.md"
    generated_sha = _files(client, builder, generated_session, 1)["README.md"]["sha256"]

    created = client.put(url, content=b"first edit", headers=builder.headers)
    replaced = client.put(url, content=EDITED, headers=builder.headers)

    assert created.status_code == 201
    assert created.json()["base_sha256"] == generated_sha
    assert replaced.status_code == 200
    body = replaced.json()
    assert body["sha256"] == hashlib.sha256(EDITED).hexdigest()
    assert body["size"] == len(EDITED)
    assert body["generated_changed"] is False
    listed = client.get(f"/api/v1/sessions/{generated_session}/overrides", headers=viewer.headers)
    assert listed.status_code == 200
    assert [item["path"] for item in listed.json()["items"]] == ["README.md"]
    readme = _files(client, viewer, generated_session, 1)["README.md"]
    assert readme["overridden"] is True
    assert readme["sha256"] == body["sha256"] and readme["generated_sha256"] == generated_sha


def test_override_must_be_of_a_generated_file_inside_the_project(
    client: TestClient, service_context: ServiceContext, builder: Actor, generated_session: str
) -> None:
    base = f"/api/v1/sessions/{generated_session}/overrides"

    unknown = client.put(f"{base}/extra/new_file.py", content=b"x", headers=builder.headers)
    traversal = client.put(f"{base}/..%2F..%2Fetc%2Fpasswd", content=b"x", headers=builder.headers)
    absolute = client.put(f"{base}/%2Fetc%2Fpasswd", content=b"x", headers=builder.headers)
    fresh = make_build_session(service_context, builder, example_spec("habits"))
    never_generated = client.put(
        f"/api/v1/sessions/{fresh}/overrides/README.md", content=b"x", headers=builder.headers
    )

    assert unknown.status_code == 404
    assert (
        "no generated version of this session has a file extra/new_file.py"
        in (unknown.json()["detail"])
    )
    assert traversal.status_code == absolute.status_code == 400
    assert never_generated.status_code == 404


def test_override_too_large_is_413(
    client: TestClient, builder: Actor, generated_session: str
) -> None:
    response = client.put(
        f"/api/v1/sessions/{generated_session}/overrides/README.md",
        content=b"x" * (2 * 1024 * 1024 + 1),
        headers=builder.headers,
    )

    assert response.status_code == 413


def test_overrides_survive_regeneration(
    client: TestClient, service_context: ServiceContext, builder: Actor, generated_session: str
) -> None:
    client.put(
        f"/api/v1/sessions/{generated_session}/overrides/README.md",
        content=EDITED,
        headers=builder.headers,
    )
    changed = {**example_spec("habits"), "description": "Habits, described anew."}
    add_version(service_context, generated_session, changed)

    job = generate(client, builder, generated_session)

    assert job["result"]["overrides_applied"] == ["README.md"]
    project = service_context.projects_dir / generated_session / "v2"
    assert (project / "README.md").read_bytes() == EDITED
    readme = _files(client, builder, generated_session, 2)["README.md"]
    assert readme["overridden"] is True
    assert readme["generated_changed"] is True
    overrides = client.get(
        f"/api/v1/sessions/{generated_session}/overrides", headers=builder.headers
    ).json()
    assert overrides["items"][0]["generated_changed"] is True
    download = client.get(
        f"/api/v1/sessions/{generated_session}/versions/2/download", headers=builder.headers
    )
    with zipfile.ZipFile(io.BytesIO(download.content)) as archive:
        assert archive.read("habit-tracker-v2/README.md") == EDITED


def test_delete_an_override(
    client: TestClient, builder: Actor, viewer: Actor, generated_session: str
) -> None:
    url = f"/api/v1/sessions/{generated_session}/overrides/README.md"
    client.put(url, content=EDITED, headers=builder.headers)

    forbidden = client.delete(url, headers=viewer.headers)
    deleted = client.delete(url, headers=builder.headers)
    again = client.delete(url, headers=builder.headers)

    assert forbidden.status_code == 403
    assert deleted.status_code == 204
    assert again.status_code == 404
    assert _files(client, builder, generated_session, 1)["README.md"]["overridden"] is False
    unsafe = client.delete(
        f"/api/v1/sessions/{generated_session}/overrides/..%2Fb", headers=builder.headers
    )
    assert unsafe.status_code == 400


def test_download_is_a_reproducible_zip_of_the_effective_project(
    client: TestClient,
    service_context: ServiceContext,
    viewer: Actor,
    builder: Actor,
    generated_session: str,
) -> None:
    client.put(
        f"/api/v1/sessions/{generated_session}/overrides/README.md",
        content=EDITED,
        headers=builder.headers,
    )
    url = f"/api/v1/sessions/{generated_session}/versions/1/download"

    first = client.get(url, headers=viewer.headers)
    second = client.get(url, headers=viewer.headers)

    assert first.status_code == 200
    assert first.headers["content-type"] == "application/zip"
    assert first.headers["content-disposition"] == 'attachment; filename="habit-tracker-v1.zip"'
    assert first.content == second.content
    with zipfile.ZipFile(io.BytesIO(first.content)) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in archive.infolist())
        assert archive.read("habit-tracker-v1/README.md") == EDITED
        project = service_context.projects_dir / generated_session / "v1"
        module_json = (project / "module.json").read_bytes()
        assert archive.read("habit-tracker-v1/module.json") == module_json
        assert len(names) == len(_files(client, viewer, generated_session, 1))


def test_viewer_cannot_put_overrides(
    client: TestClient, viewer: Actor, generated_session: str
) -> None:
    response = client.put(
        f"/api/v1/sessions/{generated_session}/overrides/README.md",
        content=b"x",
        headers=viewer.headers,
    )

    assert response.status_code == 403
