"""Twenty sessions conversing at once, and several messages on one session at the same moment:
no message is lost, and every session's versions are 1..N, each the child of the one before.

Runs with a scripted model (every turn: a classification, then a refined spec) and with the
offline refinement language, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import copy
import itertools
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from support.service import Actor, example_spec, make_build_session

from appwright.llm import ScriptedProvider
from appwright.service.context import ServiceContext
from appwright.service.models import Message, SpecVersion
from appwright.service.session_locks import SESSION_LOCKS
from appwright.spec import load_spec

SESSIONS = 20
MESSAGES_PER_SESSION = 3
SAME_SESSION_MESSAGES = 6
"""Sent to the first session all at once, while its own conversation goes on."""
WORDS = ["rating", "region", "budget", "channel", "segment", "territory", "tier", "score", "rank"]


def scripted_turns(base: dict[str, Any]) -> Any:
    """A provider factory: each turn's model classifies a refinement and returns ``base`` with a
    field no other turn adds (so every turn makes a version)."""
    numbers = itertools.count(1)
    lock = threading.Lock()

    def provider() -> ScriptedProvider:
        with lock:
            number = next(numbers)
        spec = copy.deepcopy(base)
        deal = next(entity for entity in spec["entities"] if entity["name"] == "deal")
        deal["fields"].append({"name": f"extra_{number}", "type": "integer"})
        return ScriptedProvider(
            [
                json.dumps({"intent": "refinement", "part": "fields", "confidence": 0.9}),
                json.dumps({"spec": spec, "summary": f"added extra_{number}"}),
            ]
        )

    return provider


def conversation() -> list[str]:
    return [f"add a {WORDS[k]} to deal" for k in range(MESSAGES_PER_SESSION)]


def same_session_messages() -> list[str]:
    return [f"add a {WORDS[-1 - k]} to company" for k in range(SAME_SESSION_MESSAGES)]


@pytest.mark.parametrize("designer", ["scripted_model", "offline"])
def test_concurrent_conversations_lose_no_message_and_no_version(
    designer: str, client: TestClient, service_context: ServiceContext, builder: Actor
) -> None:
    crm = load_spec(example_spec("crm")).to_json_dict()
    if designer == "scripted_model":
        service_context.provider_factory = scripted_turns(crm)
    sessions = [make_build_session(service_context, builder, crm) for _ in range(SESSIONS)]
    jobs: list[tuple[str, list[str]]] = [
        (session_id, conversation()) for session_id in sessions
    ] + [(sessions[0], [text]) for text in same_session_messages()]
    start = threading.Barrier(len(jobs))

    def converse(session_id: str, texts: list[str]) -> list[int]:
        start.wait()
        statuses = []
        for text in texts:
            response = client.post(
                f"/api/v1/sessions/{session_id}/messages",
                json={"content": text},
                headers=builder.headers,
            )
            statuses.append(response.status_code)
        return statuses

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        answers = list(pool.map(lambda job: converse(*job), jobs))

    assert all(status == 201 for statuses in answers for status in statuses), answers
    sent: dict[str, list[str]] = {session_id: [] for session_id in sessions}
    for session_id, texts in jobs:
        sent[session_id].extend(texts)
    with service_context.database.session() as db:
        for session_id in sessions:
            assert_history(db, session_id, sent[session_id])
    assert len(SESSION_LOCKS) == 0  # every lock was released and dropped


def assert_history(db: Any, session_id: str, sent: list[str]) -> None:
    messages = list(
        db.scalars(select(Message).where(Message.session_id == session_id).order_by(Message.id))
    )
    # Every message is stored, each directly followed by its reply: turns never interleave.
    assert sorted(m.content for m in messages[0::2]) == sorted(sent)
    assert [m.role for m in messages] == ["user", "assistant"] * len(sent)
    versions = list(
        db.scalars(
            select(SpecVersion)
            .where(SpecVersion.session_id == session_id)
            .order_by(SpecVersion.number)
        )
    )
    numbers = [v.number for v in versions]
    assert numbers == list(range(1, len(sent) + 2)), "every turn makes one version, no gaps"
    assert [v.parent_number for v in versions] == [None, *numbers[:-1]]
    made = [m.spec_version_number for m in messages[1::2]]
    assert made == numbers[1:], "the replies name the versions in the order they were made"
    for parent, child in itertools.pairwise(versions):
        assert len(child.changelog) == 1, child.changelog
        assert child.patch, "each version changes its parent's spec"
        assert load_spec(child.spec).entity("deal") is not None
        assert child.created_at >= parent.created_at
