"""Test data for the builder service: users, workspaces, memberships and keys made directly in
the database (like the FastAPI template's test utilities), and the headers to act as them."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from appwright.service.context import ServiceContext
from appwright.service.models import (
    ApiKey,
    BuildSession,
    Membership,
    Role,
    SpecVersion,
    User,
    Workspace,
)
from appwright.service.security import create_access_token, hash_password, new_api_key
from appwright.spec import load_spec

EXAMPLES_DIR = Path(__file__).resolve().parents[2] / "examples"

PASSWORD = "correct horse battery"

_counter = itertools.count(1)


@dataclass(frozen=True)
class Actor:
    """Someone who calls the API: their user, workspace, role and request headers."""

    user_id: str
    email: str
    workspace_id: str
    role: Role
    headers: dict[str, str]


def make_workspace(context: ServiceContext, name: str | None = None) -> str:
    number = next(_counter)
    with context.database.session() as db:
        workspace = Workspace(name=name or f"Workspace {number}", slug=f"workspace-{number}")
        db.add(workspace)
        db.flush()
        return workspace.id


def make_user(context: ServiceContext, email: str | None = None, password: str = PASSWORD) -> str:
    number = next(_counter)
    with context.database.session() as db:
        user = User(
            email=email or f"user{number}@example.com",
            full_name=f"User {number}",
            password_hash=hash_password(password),
        )
        db.add(user)
        db.flush()
        return user.id


def add_member(context: ServiceContext, workspace_id: str, user_id: str, role: Role) -> None:
    with context.database.session() as db:
        db.add(Membership(workspace_id=workspace_id, user_id=user_id, role=role))


def token_headers(
    context: ServiceContext, user_id: str, workspace_id: str | None = None
) -> dict[str, str]:
    token = create_access_token(
        user_id,
        secret_key=context.secret_key,
        minutes=context.settings.service.access_token_minutes,
    )
    headers = {"Authorization": f"Bearer {token}"}
    if workspace_id:
        headers["X-Workspace"] = workspace_id
    return headers


def make_actor(
    context: ServiceContext, role: Role = Role.admin, workspace_id: str | None = None
) -> Actor:
    """A new user with ``role`` in ``workspace_id`` (a new workspace when None)."""
    workspace_id = workspace_id or make_workspace(context)
    user_id = make_user(context)
    add_member(context, workspace_id, user_id, role)
    with context.database.session() as db:
        user = db.get(User, user_id)
        assert user is not None
        email = user.email
    return Actor(
        user_id=user_id,
        email=email,
        workspace_id=workspace_id,
        role=role,
        headers=token_headers(context, user_id, workspace_id),
    )


def make_api_key_actor(
    context: ServiceContext, owner: Actor, role: Role = Role.api
) -> tuple[Actor, str]:
    """An API key in ``owner``'s workspace acting with ``role``; the actor and the key id."""
    issued = new_api_key()
    with context.database.session() as db:
        key = ApiKey(
            workspace_id=owner.workspace_id,
            created_by_id=owner.user_id,
            name=f"key {next(_counter)}",
            role=role,
            prefix=issued.prefix,
            key_hash=issued.key_hash,
        )
        db.add(key)
        db.flush()
        key_id = key.id
    actor = Actor(
        user_id=owner.user_id,
        email=owner.email,
        workspace_id=owner.workspace_id,
        role=role,
        headers={"X-API-Key": issued.key},
    )
    return actor, key_id


def make_build_session(
    context: ServiceContext, owner: Actor, spec: dict[str, Any], title: str = "Test app"
) -> str:
    """A build session in ``owner``'s workspace whose version 1 is ``spec`` (loaded, normalized)."""
    normalized = load_spec(spec).to_json_dict()
    with context.database.session() as db:
        session = BuildSession(
            workspace_id=owner.workspace_id,
            title=title,
            created_by_id=owner.user_id,
            current_version_number=1,
        )
        db.add(session)
        db.flush()
        db.add(
            SpecVersion(
                session_id=session.id,
                number=1,
                spec=normalized,
                changelog=["first design"],
                source="design",
                created_by_id=owner.user_id,
            )
        )
        return session.id


def example_spec(name: str = "crm") -> dict[str, Any]:
    """One of the hand-written designs in examples/ (crm, helpdesk, inventory, ...)."""
    data: dict[str, Any] = json.loads((EXAMPLES_DIR / f"{name}.json").read_text())
    return data
