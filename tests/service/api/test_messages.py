"""The conversation: each intent's effect on versions, approval and jobs; models and failures."""

from __future__ import annotations

import copy
import json
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from support.service import Actor, example_spec, make_api_key_actor, make_build_session

from appwright.llm import ScriptedProvider
from appwright.service.context import ServiceContext
from appwright.service.models import (
    AuditEntry,
    BuildSession,
    Job,
    LlmUsage,
    Message,
    SessionStatus,
    SpecVersion,
)
from appwright.spec import load_spec


def with_priority(spec: dict[str, Any]) -> dict[str, Any]:
    edited = copy.deepcopy(spec)
    deal = next(entity for entity in edited["entities"] if entity["name"] == "deal")
    deal["fields"].append({"name": "priority", "type": "enum", "options": ["low", "high"]})
    return edited


def start(context: ServiceContext, owner: Actor) -> str:
    return make_build_session(context, owner, example_spec("crm"))


def say(client: TestClient, actor: Actor, session_id: str, text: str) -> dict[str, Any]:
    response = client.post(
        f"/api/v1/sessions/{session_id}/messages", json={"content": text}, headers=actor.headers
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def versions(context: ServiceContext, session_id: str) -> list[SpecVersion]:
    with context.database.session() as db:
        query = select(SpecVersion).where(SpecVersion.session_id == session_id)
        return list(db.scalars(query.order_by(SpecVersion.number)))


def test_a_refinement_makes_the_next_version(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)

    turn = say(client, builder, session_id, "add a rating to deal")

    assert turn["message"]["role"] == "user"
    assert turn["message"]["content"] == "add a rating to deal"
    assert turn["message"]["intent"] == "refinement"
    assert turn["message"]["author_id"] == builder.user_id
    reply = turn["reply"]
    assert (reply["role"], reply["intent"], reply["spec_version_number"]) == (
        "assistant",
        "refinement",
        2,
    )
    assert reply["changelog"] == ["added field deal.rating (integer)"]
    assert "added field deal.rating" in reply["content"]
    assert (reply["model"], reply["input_tokens"], reply["job_id"]) == (None, 0, None)
    assert (turn["session_status"], turn["current_version_number"]) == ("drafting", 2)
    second = versions(service_context, session_id)[1]
    assert (second.number, second.parent_number, second.source) == (2, 1, "refinement")
    assert second.created_by_id == builder.user_id
    with service_context.database.session() as db:
        actions = db.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["message.create", "version.create"]


def test_messages_are_listed_oldest_first(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = start(service_context, builder)
    say(client, builder, session_id, "add a rating to deal")
    say(client, builder, session_id, "what fields does deal have?")
    url = f"/api/v1/sessions/{session_id}/messages"

    everything = client.get(url, headers=viewer.headers)
    page = client.get(f"{url}?limit=2&offset=2", headers=viewer.headers).json()

    assert everything.status_code == 200
    body = everything.json()
    assert body["total"] == 4
    assert [(m["role"], m["intent"]) for m in body["items"]] == [
        ("user", "refinement"),
        ("assistant", "refinement"),
        ("user", "question"),
        ("assistant", "question"),
    ]
    assert [(m["role"], m["content"][:4]) for m in page["items"]] == [
        ("user", "what"),
        ("assistant", "Deal"),
    ]
    assert client.get("/api/v1/sessions/nope/messages", headers=viewer.headers).status_code == 404


def test_a_question_is_answered_without_a_version(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)

    turn = say(client, builder, session_id, "what fields does deal have?")

    assert turn["reply"]["intent"] == "question"
    assert "title" in turn["reply"]["content"] and "amount" in turn["reply"]["content"]
    assert turn["reply"]["spec_version_number"] is None
    assert turn["reply"]["changelog"] == []
    assert len(versions(service_context, session_id)) == 1


def test_a_request_that_is_not_understood_keeps_the_design(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)

    turn = say(client, builder, session_id, "frobnicate the wibble")

    assert "I could not do this" in turn["reply"]["content"]
    assert turn["reply"]["spec_version_number"] is None
    assert turn["current_version_number"] == 1


def test_undo_makes_a_new_version_with_the_earlier_design(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    say(client, builder, session_id, "add a rating to deal")
    say(client, builder, session_id, "add a region to company")

    first_undo = say(client, builder, session_id, "undo")
    second_undo = say(client, builder, session_id, "undo")
    nothing_left = say(client, builder, session_id, "undo")

    assert first_undo["reply"]["spec_version_number"] == 4
    assert first_undo["reply"]["changelog"] == ["removed field company.region"]
    assert "Went back from version 3 to the content of version 2" in first_undo["reply"]["content"]
    assert second_undo["reply"]["spec_version_number"] == 5  # one more step back, not forth
    assert "from version 4 to the content of version 1" in second_undo["reply"]["content"]
    assert nothing_left["reply"]["spec_version_number"] is None
    assert "nothing to undo" in nothing_left["reply"]["content"]
    made = versions(service_context, session_id)
    assert [(v.number, v.parent_number, v.source) for v in made] == [
        (1, None, "design"),
        (2, 1, "refinement"),
        (3, 2, "refinement"),
        (4, 3, "undo"),
        (5, 4, "undo"),
    ]
    assert made[3].spec == made[1].spec  # history is kept, never rewritten
    assert made[4].spec == made[0].spec


def test_go_back_to_a_named_version(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    say(client, builder, session_id, "add a rating to deal")
    say(client, builder, session_id, "add a region to company")

    back = say(client, builder, session_id, "go back to version 1")
    missing = say(client, builder, session_id, "go back to version 9")

    assert back["reply"]["spec_version_number"] == 4
    assert (
        versions(service_context, session_id)[3].spec
        == load_spec(example_spec("crm")).to_json_dict()
    )
    assert missing["reply"]["spec_version_number"] is None
    assert "no version 9" in missing["reply"]["content"]


def test_undo_of_the_first_design_changes_nothing(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)

    turn = say(client, builder, session_id, "undo")

    assert turn["reply"]["intent"] == "undo"
    assert "nothing to undo" in turn["reply"]["content"]
    assert len(versions(service_context, session_id)) == 1


def test_approval_approves_the_current_version_once(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)

    approved = say(client, builder, session_id, "looks good")
    again = say(client, builder, session_id, "approve")

    assert approved["reply"]["intent"] == "approval"
    assert "Version 1 is approved" in approved["reply"]["content"]
    assert "already approved" in again["reply"]["content"]
    (version,) = versions(service_context, session_id)
    assert version.approved_by_id == builder.user_id


def test_an_api_keys_approval_gets_a_polite_refusal(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = start(service_context, admin)
    robot, _ = make_api_key_actor(service_context, admin)

    approval = say(client, robot, session_id, "looks good")
    generation = say(client, robot, session_id, "looks good, generate it")

    for turn in (approval, generation):
        assert "approving needs a person" in turn["reply"]["content"]
        assert turn["reply"]["job_id"] is None
    (version,) = versions(service_context, session_id)
    assert version.approved_at is None


def test_generate_approves_and_queues_a_generation(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)

    turn = say(client, builder, session_id, "looks good, generate it")

    assert turn["reply"]["intent"] == "generate"
    job_id = turn["reply"]["job_id"]
    assert job_id is not None and job_id in turn["reply"]["content"]
    assert turn["session_status"] == "generating"
    with service_context.database.session() as db:
        job = db.get(Job, job_id)
        assert job is not None
        assert (job.kind, job.spec_version_number, job.session_id) == ("generate", 1, session_id)
    (version,) = versions(service_context, session_id)
    assert version.approved_by_id == builder.user_id


def test_an_api_key_generates_an_approved_version(
    client: TestClient, service_context: ServiceContext, admin: Actor
) -> None:
    session_id = start(service_context, admin)
    robot, _ = make_api_key_actor(service_context, admin)
    say(client, admin, session_id, "approve")

    turn = say(client, robot, session_id, "generate it")

    assert turn["reply"]["job_id"] is not None


def test_a_model_answers_and_its_usage_is_recorded(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    provider = ScriptedProvider(
        [
            json.dumps({"intent": "refinement", "part": "fields", "confidence": 0.9}),
            json.dumps({"spec": with_priority(example_spec("crm")), "summary": "added priority"}),
        ],
        model="scripted-large",
    )
    service_context.provider_factory = lambda: provider

    turn = say(client, builder, session_id, "deals need a priority")

    reply = turn["reply"]
    assert reply["model"] == "scripted-large"
    assert reply["input_tokens"] > 0 and reply["output_tokens"] > 0
    assert reply["spec_version_number"] == 2
    assert reply["changelog"] == ["added field deal.priority (enum: low, high)"]
    with service_context.database.session() as db:
        usage = db.scalars(select(LlmUsage).order_by(LlmUsage.id)).all()
    assert [(u.purpose, u.session_id, u.workspace_id) for u in usage] == [
        ("classify", session_id, builder.workspace_id),
        ("refine", session_id, builder.workspace_id),
    ]
    assert sum(u.input_tokens for u in usage) == reply["input_tokens"]


def test_a_failing_model_does_not_lose_the_message(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    service_context.provider_factory = lambda: ScriptedProvider([])  # fails on the first call

    turn = say(client, builder, session_id, "add a rating to deal")

    assert turn["message"]["content"] == "add a rating to deal"
    assert "could not work on that" in turn["reply"]["content"]
    assert "no answer left" in turn["reply"]["content"]
    assert turn["reply"]["spec_version_number"] is None
    with service_context.database.session() as db:
        stored = db.scalars(select(Message.role).where(Message.session_id == session_id)).all()
    assert stored == ["user", "assistant"]
    assert len(versions(service_context, session_id)) == 1


def test_a_closed_session_takes_no_messages(
    client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    session_id = start(service_context, builder)
    with service_context.database.session() as db:
        session = db.get(BuildSession, session_id)
        assert session is not None
        session.status = SessionStatus.complete

    response = client.post(
        f"/api/v1/sessions/{session_id}/messages",
        json={"content": "add a rating to deal"},
        headers=builder.headers,
    )

    assert response.status_code == 409
    assert "is complete" in response.json()["detail"]
    with service_context.database.session() as db:
        assert db.scalars(select(Message)).all() == []


def test_a_message_needs_content_a_session_and_a_builder(
    client: TestClient, service_context: ServiceContext, builder: Actor, viewer: Actor
) -> None:
    session_id = start(service_context, builder)
    url = f"/api/v1/sessions/{session_id}/messages"

    empty = client.post(url, json={"content": ""}, headers=builder.headers)
    missing = client.post(
        "/api/v1/sessions/nope/messages", json={"content": "hi"}, headers=builder.headers
    )
    viewing = client.post(url, json={"content": "add a rating to deal"}, headers=viewer.headers)

    assert (empty.status_code, missing.status_code, viewing.status_code) == (422, 404, 403)
