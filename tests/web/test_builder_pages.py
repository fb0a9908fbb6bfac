"""The builder screen and its partials through TestClient: the page, each design tab, inline
field edits (saved and refused), versions (diff, restore), the code pane and a file."""

from __future__ import annotations

from fastapi.testclient import TestClient
from support.service import Actor, example_spec, make_build_session
from support.web import sign_in_client

from appwright.service.context import ServiceContext
from appwright.service.models import BuildSession, GeneratedFile, Job, JobStatus, SpecVersion
from appwright.spec import load_spec

HX = {"HX-Request": "true"}


def _crm_session(context: ServiceContext, owner: Actor) -> str:
    return make_build_session(context, owner, example_spec("crm"), title="Sales CRM")


def _say(client: TestClient, csrf: str, session_id: str, text: str) -> None:
    response = client.post(
        f"/api/v1/sessions/{session_id}/messages",
        json={"content": text},
        headers={"X-CSRF-Token": csrf},
    )
    assert response.status_code == 201, response.text


def _generated(context: ServiceContext, session_id: str, number: int = 1) -> None:
    """Files and a succeeded generation job for version ``number``, without generating."""
    with context.database.session() as db:
        version = db.query(SpecVersion).filter_by(session_id=session_id, number=number).one()
        db.add_all(
            [
                GeneratedFile(
                    spec_version_id=version.id,
                    path=path,
                    content=content,
                    sha256="0" * 64,
                    size=len(content),
                )
                for path, content in {
                    "sales_crm/models.py": b"class Deal:\n    amount = 1\n",
                    "tests/test_deal.py": b"def test_deal():\n    assert True\n",
                    "tests/test_pages.py": b"def test_home():\n    assert False\n",
                    "README.md": b"# Sales CRM\n",
                }.items()
            ]
        )
        db.add(
            Job(
                workspace_id=db.get_one(BuildSession, session_id).workspace_id,
                session_id=session_id,
                spec_version_number=number,
                kind="generate",
                status=JobStatus.succeeded,
                result={
                    "files": 4,
                    "tests": {
                        "ran": True,
                        "passed": 1,
                        "failed": 1,
                        "errors": 0,
                        "output_tail": "FAILED tests/test_pages.py::test_home - assert False\n",
                    },
                },
            )
        )


def test_the_builder_page_has_three_panes_and_the_first_design(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = _crm_session(service_context, builder)
    sign_in_client(client, service_context, builder)

    response = client.get(f"/sessions/{session_id}")

    assert response.status_code == 200
    html = response.text
    for pane in ("pane-conversation", "pane-design", "pane-preview"):
        assert f'id="{pane}"' in html
    for tab in ("Data model", "State flows", "Pages", "Permissions", "Reports", "Automations"):
        assert f">{tab}</button>" in html
    assert 'role="tablist" aria-label="Design"' in html
    # the data model is drawn at once: the fields table and the ER diagram source
    assert 'data-field="deal.amount"' in html
    assert "erDiagram" in html
    assert 'id="composer-input"' in html and "data-enter-submits" in html
    assert "No code yet" in html
    assert "/static/vendor/mermaid.min.js" in html and "/static/builder.js" in html


def test_another_workspace_gets_404_and_a_viewer_cannot_edit(
    client: TestClient,
    service_context: ServiceContext,
    builder: Actor,
    viewer: Actor,
    outsider: Actor,
) -> None:
    session_id = _crm_session(service_context, builder)
    csrf = sign_in_client(client, service_context, outsider)
    assert client.get(f"/sessions/{session_id}").status_code == 404
    assert client.get(f"/sessions/{session_id}/design/pages", headers=HX).status_code == 404
    client.cookies.clear()

    csrf = sign_in_client(client, service_context, viewer)
    page = client.get(f"/sessions/{session_id}")
    assert page.status_code == 200
    assert 'id="composer-input"' not in page.text
    assert 'name="name"' not in page.text  # the fields table is read-only
    refused = client.post(
        f"/sessions/{session_id}/design/field",
        data={"entity": "deal", "field": "amount", "name": "value", "type": "decimal"},
        headers={**HX, "X-CSRF-Token": csrf},
    )
    assert refused.status_code == 403


def test_not_signed_in_goes_to_login(client: TestClient, service_context: ServiceContext) -> None:
    response = client.get("/sessions/some-id", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login")


def test_each_design_tab_renders(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = _crm_session(service_context, builder)
    sign_in_client(client, service_context, builder)
    expected = {
        "data-model": 'data-field="company.name"',
        "state-flows": "stateDiagram-v2",
        "pages": 'id="wireframe-pipeline"',
        "permissions": 'aria-label="own records only"',
        "reports": "amount_by_stage",
        "automations": "not written yet",
        "versions": "Compare versions",
    }
    for tab, needle in expected.items():
        response = client.get(f"/sessions/{session_id}/design/{tab}", headers=HX)
        assert response.status_code == 200, tab
        assert needle in response.text, tab
        assert "<html" not in response.text
    assert client.get(f"/sessions/{session_id}/design/colours", headers=HX).status_code == 404


def test_an_inline_edit_makes_a_new_version(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = _crm_session(service_context, builder)
    csrf = sign_in_client(client, service_context, builder)

    response = client.post(
        f"/sessions/{session_id}/design/field",
        data={"entity": "deal", "field": "amount", "name": "value", "type": "decimal",
              "required": "true"},
        headers={**HX, "X-CSRF-Token": csrf},
    )  # fmt: skip

    assert response.status_code == 200
    assert "Saved as version 2." in response.text
    assert response.headers["HX-Trigger"] == '{"appwright:spec-edited": {"tab": "data-model"}}'
    assert 'data-field="deal.value"' in response.text
    version = client.get(f"/api/v1/sessions/{session_id}/versions/2").json()
    assert version["source"] == "edit"
    spec = load_spec(version["spec"])
    deal = spec.entity("deal")
    assert deal is not None and deal.field("value") is not None and deal.field("amount") is None


def test_an_invalid_inline_edit_shows_the_problems_with_their_paths(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = _crm_session(service_context, builder)
    csrf = sign_in_client(client, service_context, builder)

    # the stage field drives the deal's state flow: it must stay an enum
    response = client.post(
        f"/sessions/{session_id}/design/field",
        data={"entity": "deal", "field": "stage", "name": "stage", "type": "integer",
              "required": "true"},
        headers={**HX, "X-CSRF-Token": csrf},
    )  # fmt: skip

    assert response.status_code == 200
    assert "That change was not saved" in response.text
    assert "<code>state_flows[0]" in response.text
    versions = client.get(f"/api/v1/sessions/{session_id}/versions").json()
    assert versions["total"] == 1

    unchanged = client.post(
        f"/sessions/{session_id}/design/field",
        data={"entity": "deal", "field": "stage", "name": "stage", "type": "enum",
              "required": "true"},
        headers={**HX, "X-CSRF-Token": csrf},
    )  # fmt: skip
    assert "nothing to save" in unchanged.text


def test_versions_diff_and_restore(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = _crm_session(service_context, builder)
    csrf = sign_in_client(client, service_context, builder)
    _say(client, csrf, session_id, "add a priority field to deal")

    tab = client.get(f"/sessions/{session_id}/design/versions", headers=HX)
    assert "v1 → v2" in tab.text
    assert "added field deal.priority" in tab.text
    assert "entities[deal].fields" in tab.text  # the patch, named

    diff = client.get(f"/sessions/{session_id}/diff?from=2&to=1", headers=HX)
    assert diff.status_code == 200
    assert "v2 → v1" in diff.text and "removed field deal.priority" in diff.text

    restored = client.post(
        f"/sessions/{session_id}/versions/1/revert", headers={**HX, "X-CSRF-Token": csrf}
    )
    assert restored.status_code == 200
    assert "Version 1 restored as version 3." in restored.text
    assert restored.headers["HX-Trigger"] == '{"appwright:spec-edited": {"tab": "versions"}}'
    version = client.get(f"/api/v1/sessions/{session_id}/versions/3").json()
    assert version["source"] == "revert"

    same = client.post(
        f"/sessions/{session_id}/versions/1/revert", headers={**HX, "X-CSRF-Token": csrf}
    )
    assert "nothing to save" in same.text


def test_the_conversation_shows_changelogs_and_quick_answers(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)
    created = client.post(
        "/api/v1/sessions",
        json={"description": example_description()},
        headers={"X-CSRF-Token": csrf},
    )
    assert created.status_code == 201, created.text
    session_id = created.json()["id"]
    _say(client, csrf, session_id, "add a probability field to deal")

    response = client.get(f"/sessions/{session_id}/conversation", headers=HX)

    assert response.status_code == 200
    html = response.text
    assert html.count('class="message message-user"') == 2
    assert 'aria-label="Version 2 changes"' in html
    assert "added field deal.probability" in html
    questions = created.json()["first_turn"]["reply"]["questions"]
    if questions:
        assert f'data-quick-answer="{questions[0]}"' in html.replace("&#39;", "'")


def test_the_conversation_shows_the_callers_own_rating_after_a_refresh(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = _crm_session(service_context, builder)
    _generated(service_context, session_id)
    csrf = sign_in_client(client, service_context, builder)

    unrated = client.get(f"/sessions/{session_id}/conversation", headers=HX).text
    assert "How good is the generated app?" in unrated
    assert "checked" not in unrated
    assert "you rated it" not in unrated

    rated = client.post(
        f"/api/v1/sessions/{session_id}/rating",
        json={"stars": 4},
        headers={"X-CSRF-Token": csrf},
    )
    assert rated.status_code in (200, 201), rated.text

    html = client.get(f"/sessions/{session_id}/conversation", headers=HX).text
    assert 'id="rating-4" class="visually-hidden" checked' in html
    assert 'id="rating-3" class="visually-hidden" checked' not in html
    assert "you rated it 4 of 5" in html


def example_description() -> str:
    return (
        "A CRM for our sales team. We track companies (name, industry, website) and the"
        " contacts who work at each company. Every deal belongs to a company and has an amount"
        " and a stage that moves from lead to qualified to won or lost."
    )


def test_the_code_pane_lists_files_with_test_results_and_highlights_one(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = _crm_session(service_context, builder)
    _generated(service_context, session_id)
    sign_in_client(client, service_context, builder)

    code = client.get(f"/sessions/{session_id}/code", headers=HX)
    assert code.status_code == 200
    assert "v1 · 4 files" in code.text
    assert 'data-path="tests/test_deal.py"' in code.text
    assert 'class="dot dot-passed"' in code.text and 'class="dot dot-failed"' in code.text

    file = client.get(
        f"/sessions/{session_id}/code/file",
        params={"path": "tests/test_pages.py", "version": 1},
        headers=HX,
    )
    assert file.status_code == 200
    assert "1 failing" in file.text
    assert '<span class="k">def</span>' in file.text
    missing = client.get(
        f"/sessions/{session_id}/code/file",
        params={"path": "nope.py", "version": 1},
        headers=HX,
    )
    assert missing.status_code == 404

    page = client.get(f"/sessions/{session_id}")
    assert f"/api/v1/sessions/{session_id}/versions/1/download" in page.text
    assert f"/sessions/{session_id}/finalize?version=1" in page.text
