"""Typed dependencies: the service context, a database session, and the caller (``Principal``).

A caller is a user with an access token (``Authorization: Bearer <jwt>``) acting in one of their
workspaces (``X-Workspace: <id or slug>``, default: the first they joined), or an API key
(``Authorization: Bearer aw_...`` or ``X-API-Key``) bound to one workspace and role. Every query a
route makes is scoped to ``principal.workspace``; the role guards answer 403.

A browser signed in to the web UI sends the access token as the ``appwright_token`` cookie and
the workspace as ``appwright_workspace``; with cookie credentials, a request that changes
something must carry the CSRF token too (``X-CSRF-Token``, see ``appwright.service.browser_auth``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy import select
from sqlalchemy.orm import Session

from appwright.service.browser_auth import (
    CSRF_HEADER,
    SAFE_METHODS,
    TOKEN_COOKIE,
    WORKSPACE_COOKIE,
    csrf_matches,
)
from appwright.service.context import ServiceContext
from appwright.service.models import ApiKey, Membership, Role, User, Workspace
from appwright.service.security import api_key_prefix, hash_api_key, read_access_token, same_hash

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def get_context(request: Request) -> ServiceContext:
    context: ServiceContext = request.app.state.context
    return context


ContextDep = Annotated[ServiceContext, Depends(get_context)]


def get_db(context: ContextDep) -> Iterator[Session]:
    with context.database.session() as db:
        yield db


# "function" scope: the transaction commits when the route returns, before the response is sent,
# so a client never reads before its own write lands, and a streamed response does not keep
# the transaction (and on SQLite a write lock) open while it streams.
DbDep = Annotated[Session, Depends(get_db, scope="function")]


@dataclass(frozen=True)
class Principal:
    user: User
    workspace: Workspace
    role: Role
    api_key: ApiKey | None = None

    @property
    def user_id(self) -> str:
        return self.user.id

    @property
    def workspace_id(self) -> str:
        return self.workspace.id

    @property
    def api_key_id(self) -> str | None:
        return self.api_key.id if self.api_key else None


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


def get_token(
    request: Request,
    context: ContextDep,
    bearer: Annotated[str | None, Depends(oauth2_scheme)],
) -> str | None:
    """The bearer token, else the web UI's cookie (which needs the CSRF header to change things)."""
    if bearer:
        return bearer
    cookie = request.cookies.get(TOKEN_COOKIE)
    if not cookie:
        return None
    if request.method not in SAFE_METHODS and not csrf_matches(
        request.headers.get(CSRF_HEADER), cookie, secret_key=context.secret_key
    ):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            f"the {CSRF_HEADER} header is missing or wrong: reload the page and try again",
        )
    return cookie


TokenDep = Annotated[str | None, Depends(get_token)]


def user_of_token(db: Session, token: str, *, secret_key: str) -> User | None:
    """The active user a valid, unexpired access token was issued to."""
    user_id = read_access_token(token, secret_key=secret_key)
    user = db.get(User, user_id) if user_id else None
    return user if user is not None and user.is_active else None


def get_current_user(context: ContextDep, db: DbDep, token: TokenDep) -> User:
    """The user of a valid access token (API keys are not accepted here)."""
    if not token:
        raise _unauthorized("not authenticated: send an access token (POST /api/v1/auth/token)")
    user = user_of_token(db, token, secret_key=context.secret_key)
    if user is None:
        raise _unauthorized("the access token is invalid or has expired: log in again")
    return user


CurrentUserDep = Annotated[User, Depends(get_current_user)]


def get_principal(
    request: Request,
    context: ContextDep,
    db: DbDep,
    token: TokenDep,
    x_api_key: Annotated[str | None, Header()] = None,
    x_workspace: Annotated[str | None, Header()] = None,
) -> Principal:
    key = x_api_key or (token if token and api_key_prefix(token) else None)
    if key:
        return _principal_of_api_key(db, key)
    user = get_current_user(context, db, token)
    return principal_of_user(db, user, x_workspace or request.cookies.get(WORKSPACE_COOKIE))


def _principal_of_api_key(db: Session, key: str) -> Principal:
    prefix = api_key_prefix(key)
    api_key = db.scalar(select(ApiKey).where(ApiKey.prefix == prefix)) if prefix else None
    if api_key is None or api_key.revoked_at is not None:
        raise _unauthorized("the API key is unknown or was revoked")
    if not same_hash(api_key.key_hash, hash_api_key(key)):
        raise _unauthorized("the API key is unknown or was revoked")
    user = db.get(User, api_key.created_by_id)
    workspace = db.get(Workspace, api_key.workspace_id)
    if user is None or workspace is None or not user.is_active:
        raise _unauthorized("the API key's owner is no longer active")
    api_key.last_used_at = datetime.now(UTC)
    return Principal(user=user, workspace=workspace, role=Role(api_key.role), api_key=api_key)


def principal_of_user(db: Session, user: User, workspace_ref: str | None) -> Principal:
    """``user`` acting in ``workspace_ref`` (id or slug; None: the first they joined)."""
    query = select(Membership, Workspace).join(Workspace).where(Membership.user_id == user.id)
    if workspace_ref:
        query = query.where((Workspace.id == workspace_ref) | (Workspace.slug == workspace_ref))
    row = db.execute(query.order_by(Membership.created_at, Membership.id).limit(1)).first()
    if row is None:
        if workspace_ref:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"workspace {workspace_ref!r} not found")
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "you are not a member of any workspace: ask an admin"
        )
    membership, workspace = row
    return Principal(user=user, workspace=workspace, role=Role(membership.role))


PrincipalDep = Annotated[Principal, Depends(get_principal)]

# What each role may do. Reading is everyone's; approving and finalizing need a person.
READ_ROLES = frozenset(Role)
BUILD_ROLES = frozenset({Role.admin, Role.builder, Role.api})
APPROVE_ROLES = frozenset({Role.admin, Role.builder})
MANAGE_ROLES = frozenset({Role.admin})


def _guard(allowed: frozenset[Role], action: str) -> object:
    def check(principal: PrincipalDep) -> Principal:
        if principal.role not in allowed:
            roles = ", ".join(sorted(allowed))
            raise HTTPException(
                status.HTTP_403_FORBIDDEN,
                f"your role ({principal.role}) cannot {action}: that needs {roles}",
            )
        return principal

    return Depends(check)


ReaderDep = Annotated[Principal, _guard(READ_ROLES, "read this workspace")]
BuilderDep = Annotated[Principal, _guard(BUILD_ROLES, "build in this workspace")]
ApproverDep = Annotated[Principal, _guard(APPROVE_ROLES, "approve or finalize")]
AdminDep = Annotated[Principal, _guard(MANAGE_ROLES, "manage members and API keys")]


def not_found(kind: str, ref: object) -> HTTPException:
    """The same answer for "does not exist" and "belongs to another workspace"."""
    return HTTPException(status.HTTP_404_NOT_FOUND, f"{kind} {ref} not found")
