"""The wizard's pages through TestClient: each step's form, generating, rows, creating versions."""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

from fastapi.testclient import TestClient
from support.service import Actor, example_spec, make_build_session
from support.web import sign_in_client

from appwright.llm import ScriptedProvider
from appwright.service.context import ServiceContext
from appwright.spec import load_spec

HX = {"HX-Request": "true"}


def hidden(html: str, name: str) -> str:
    match = re.search(rf'name="{re.escape(name)}" value="([^"]*)"', html)
    assert match, f"no hidden input {name}"
    return unescape(match.group(1))


def wizard_post(
    client: TestClient, csrf: str, action: str, fields: dict[str, Any], *, hx: bool = False
) -> Any:
    data = {"csrf_token": csrf, "_action": action, **fields}
    return client.post("/wizard", data=data, headers=HX if hx else None, follow_redirects=False)


def test_the_wizard_shows_six_steps_and_the_first_steps_form(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    sign_in_client(client, service_context, builder)

    response = client.get("/wizard")

    assert response.status_code == 200
    html = response.text
    for title in ("Data model", "Relationships", "State flows", "Pages", "Permissions"):
        assert title in html
    assert 'aria-current="step"' in html
    assert "Generate from description" in html
    assert 'name="describe.object-model"' in html
    assert 'value="add:entities"' in html


def test_the_wizard_needs_a_signed_in_builder(
    client: TestClient, service_context: ServiceContext, viewer: Actor
) -> None:
    assert client.get("/wizard", follow_redirects=False).status_code == 303
    sign_in_client(client, service_context, viewer)
    assert client.get("/wizard").status_code == 403


def test_generate_fills_the_step_from_the_description_offline(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)

    response = wizard_post(
        client,
        csrf,
        "generate",
        {"step": "object-model", "describe.object-model": example_description()},
        hx=True,
    )

    assert response.status_code == 200
    html = response.text
    assert html.startswith('\n<form id="wizard"') or '<form id="wizard"' in html[:400]
    assert "<html" not in html  # HTMX gets the wizard, not a page
    assert "Filled in from your description" in html
    assert "offline designer" in html
    assert 'name="entities[0].name" value="company"' in html
    spec = json.loads(hidden(html, "spec_json"))
    assert {"company", "contact", "deal"} <= {entity["name"] for entity in spec["entities"]}
    assert example_description() in html  # the description is kept


def test_a_model_failure_is_shown_in_place_with_try_again_and_nothing_lost(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    service_context.provider_factory = lambda: ScriptedProvider(["{not json"] * 3)
    csrf = sign_in_client(client, service_context, builder)

    response = wizard_post(
        client,
        csrf,
        "generate",
        {
            "step": "object-model",
            "describe.object-model": "hello",
            "name": "My app",
        },
    )

    # Broken answers, and nothing the offline designer can use either: the step fails (502).
    assert response.status_code == 422
    html = response.text
    assert "Generating failed." in html
    assert "the model gave no usable answer" in html
    assert 'value="generate">Try again' in html
    assert 'name="name" value="My app"' in html
    assert ">hello</textarea>" in html


def test_generating_without_a_description_asks_for_one(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)

    response = wizard_post(client, csrf, "generate", {"step": "relationships"}, hx=True)

    assert response.status_code == 200
    assert "Describe this step first, then generate." in response.text
    assert 'aria-invalid="true" aria-describedby="wz-description-error"' in response.text


def test_an_invalid_design_so_far_is_a_problem_at_the_input_before_generating(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)
    spec = load_spec(example_spec("crm")).to_json_dict()

    response = wizard_post(
        client,
        csrf,
        "generate",
        {
            "step": "relationships",
            "spec_json": json.dumps(spec),
            "describe.relationships": "deals belong to companies",
            "relationships[0]._row": "1",
            "relationships[0].from": "deal",
            "relationships[0].to": "planet",
            "relationships[0].kind": "many_to_one",
            "relationships[0].on_delete": "restrict",
        },
    )

    assert response.status_code == 422
    html = response.text
    assert "relationships[0].to" in html
    assert re.search(r'id="wz-relationships-0-to"[^>]*aria-invalid="true"', html)


def test_rows_are_added_and_removed_without_losing_the_rest(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)
    fields = {
        "step": "object-model",
        "name": "Shop",
        "entities[0]._row": "1",
        "entities[0].name": "order",
        "entities[0].fields[0]._row": "1",
        "entities[0].fields[0].name": "total",
        "entities[0].fields[0].type": "decimal",
    }

    added = wizard_post(client, csrf, "add:entities[0].fields", fields, hx=True).text

    assert 'name="entities[0].fields[1].name" value=""' in added
    assert re.search(r'id="wz-entities-0-fields-1-name"[^>]*autofocus', added)
    assert 'name="entities[0].fields[0].name" value="total"' in added

    removed = wizard_post(client, csrf, "remove:entities[0].fields[0]", fields, hx=True).text

    assert 'name="entities[0].fields[0].name"' not in removed
    assert 'name="entities[0].name" value="order"' in removed


def test_moving_between_steps_keeps_every_steps_work(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)

    html = wizard_post(
        client,
        csrf,
        "goto:permissions",
        {
            "step": "object-model",
            "describe.object-model": "a shop",
            "name": "Shop",
            "entities[0]._row": "1",
            "entities[0].name": "order",
            "entities[0].fields[0]._row": "1",
            "entities[0].fields[0].name": "total",
            "entities[0].fields[0].type": "decimal",
        },
    ).text

    assert 'name="step" value="permissions"' in html
    assert 'name="permissions.roles"' in html
    assert 'name="describe.object-model" value="a shop"' in html
    spec = json.loads(hidden(html, "spec_json"))
    assert spec["entities"][0]["fields"][0]["type"] == "decimal"
    assert '<option value="order">' in html  # entity names are suggested


def test_create_version_starts_a_session_whose_version_is_the_design(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)
    spec = load_spec(example_spec("crm")).to_json_dict()

    response = wizard_post(
        client, csrf, "create", {"step": "state-flow", "spec_json": json.dumps(spec)}
    )

    assert response.status_code == 303, response.text
    session_id = response.headers["location"].removeprefix("/sessions/")
    version = client.get(f"/api/v1/sessions/{session_id}/versions/1", headers=builder.headers)
    assert version.status_code == 200
    saved = version.json()
    assert saved["source"] == "edit"
    assert saved["spec"]["state_flows"] == []  # the step's form was empty: it replaced them
    assert [e["name"] for e in saved["spec"]["entities"]] == [e["name"] for e in spec["entities"]]


def test_create_version_from_htmx_redirects_the_page(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)
    spec = load_spec(example_spec("books")).to_json_dict()

    response = wizard_post(
        client, csrf, "create", {"step": "relationships", "spec_json": json.dumps(spec)}, hx=True
    )

    assert response.status_code == 204
    assert response.headers["HX-Redirect"].startswith("/sessions/")


def test_an_invalid_design_is_not_saved_and_its_problems_have_paths(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)

    response = wizard_post(
        client,
        csrf,
        "create",
        {
            "step": "object-model",
            "name": "Shop",
            "entities[0]._row": "1",
            "entities[0].name": "order",
            "entities[0].fields[0]._row": "1",
            "entities[0].fields[0].name": "total",
            "entities[0].fields[0].type": "nmber",
        },
    )

    assert response.status_code == 422
    html = response.text
    assert "The design is not complete yet" in html
    assert "entities[0].fields[0].type" in html
    assert re.search(r'id="wz-entities-0-fields-0-type"[^>]*aria-invalid="true"', html)
    assert '<option value="nmber" selected>' in html  # kept as typed
    sessions = client.get("/api/v1/sessions", headers=builder.headers).json()
    assert sessions["total"] == 0


def test_the_wizard_continues_a_session_and_adds_its_next_version(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))
    csrf = sign_in_client(client, service_context, builder)

    page = client.get(f"/sessions/{session_id}/wizard")
    assert page.status_code == 200
    assert 'name="entities[0].name" value="company"' in page.text
    spec = json.loads(hidden(page.text, "spec_json"))
    spec["entities"][0]["fields"].append({"name": "vat_number", "type": "text"})

    response = wizard_post(
        client,
        csrf,
        "create",
        {"step": "reports", "spec_json": json.dumps(spec), "session_id": session_id,
         **report_fields(spec)},
    )  # fmt: skip

    assert response.status_code == 303
    assert response.headers["location"] == f"/sessions/{session_id}"
    version = client.get(f"/api/v1/sessions/{session_id}/versions/2", headers=builder.headers)
    assert "vat_number" in [f["name"] for f in version.json()["spec"]["entities"][0]["fields"]]


def test_saving_the_same_design_again_says_there_is_nothing_to_save(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))
    csrf = sign_in_client(client, service_context, builder)
    spec = json.loads(hidden(client.get(f"/sessions/{session_id}/wizard").text, "spec_json"))

    response = wizard_post(
        client,
        csrf,
        "create",
        {"step": "reports", "spec_json": json.dumps(spec), "session_id": session_id,
         **report_fields(spec)},
    )  # fmt: skip

    assert response.status_code == 422
    assert "nothing to save" in response.text


def test_another_workspaces_session_is_not_found(
    client: TestClient, service_context: ServiceContext, builder: Actor, outsider: Actor
) -> None:
    session_id = make_build_session(service_context, builder, example_spec("crm"))
    csrf = sign_in_client(client, service_context, outsider)

    assert client.get(f"/sessions/{session_id}/wizard").status_code == 404
    response = wizard_post(client, csrf, "save", {"session_id": session_id})
    assert response.status_code == 404


def test_a_tampered_state_is_a_400(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    csrf = sign_in_client(client, service_context, builder)

    assert wizard_post(client, csrf, "save", {"spec_json": "{oops"}).status_code == 400
    assert wizard_post(client, csrf, "save", {"step": "colours"}).status_code == 400


def test_posting_without_the_csrf_token_is_refused(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    sign_in_client(client, service_context, builder)

    response = client.post("/wizard", data={"_action": "save"})

    assert response.status_code == 403


def report_fields(spec: dict[str, Any]) -> dict[str, str]:
    """The reports step's inputs for ``spec``'s reports and automations, as a browser posts them."""
    from appwright.web.wizard.convert import form_from_spec

    form = form_from_spec("reports", spec)
    data: dict[str, str] = {}
    for collection in form.layout.collections:
        for row in form.rows[collection.key]:
            data[f"{row.path}._row"] = "1"
            data[f"{row.path}._extra"] = row.extra
            for column in collection.columns:
                value = row.values[column.key]
                if value is True:
                    data[row.input_name(column)] = "on"
                elif isinstance(value, str):
                    data[row.input_name(column)] = value
    return data


def example_description() -> str:
    return (
        "Our sales team needs a CRM. We keep companies (name, industry, website) and the contacts"
        " who work at each company, with their name, email and phone. A deal is linked to a"
        " company and has an amount, an expected close date and a stage."
    )
