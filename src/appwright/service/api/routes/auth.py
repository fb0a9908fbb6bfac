"""Routes: register, log in (OAuth2 password flow → JWT), and who the caller is."""

from __future__ import annotations

from functools import cache
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from appwright.service.api.deps import (
    ContextDep,
    DbDep,
    Principal,
    get_current_user,
    get_principal,
    oauth2_scheme,
)
from appwright.service.audit import record_audit
from appwright.service.crud.users import EmailTakenError, create_user, get_user_by_email
from appwright.service.crud.workspaces import create_workspace_with_admin, list_user_workspaces
from appwright.service.models import Role, User, Workspace
from appwright.service.schemas.auth import (
    AccessToken,
    ApiKeySummary,
    MembershipSummary,
    MeRead,
    RegisterRead,
    RegisterRequest,
)
from appwright.service.schemas.users import UserRead
from appwright.service.schemas.workspaces import WorkspaceRead
from appwright.service.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

# One message for an unknown e-mail and a wrong password, so the answer tells nobody which.
WRONG_CREDENTIALS = "incorrect e-mail or password"


@cache
def _decoy_hash() -> str:
    return hash_password("a password nobody has, to spend the same time on unknown e-mails")


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(body: RegisterRequest, context: ContextDep, db: DbDep) -> RegisterRead:
    """Create an account and a workspace of its own, where the new user is admin."""
    if not context.settings.service.open_registration:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "registration is closed on this server: ask a workspace admin to add you",
        )
    try:
        user = create_user(db, email=body.email, password=body.password, full_name=body.full_name)
    except EmailTakenError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    owner = body.full_name.strip() or user.email.partition("@")[0]
    workspace = create_workspace_with_admin(
        db, name=body.workspace_name or f"{owner}'s workspace", admin_user_id=user.id
    )
    record_audit(
        db,
        workspace_id=workspace.id,
        actor_user_id=user.id,
        action="user.register",
        target_type="user",
        target_id=user.id,
        detail={"email": user.email},
    )
    record_audit(
        db,
        workspace_id=workspace.id,
        actor_user_id=user.id,
        action="workspace.create",
        target_type="workspace",
        target_id=workspace.id,
        detail={"name": workspace.name, "slug": workspace.slug},
    )
    return RegisterRead(
        user=UserRead.model_validate(user),
        workspace=WorkspaceRead.model_validate(workspace),
        role=Role.admin,
    )


@router.post("/token")
def issue_token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], context: ContextDep, db: DbDep
) -> AccessToken:
    """OAuth2 password flow: ``username`` is the e-mail address."""
    try:
        user = get_user_by_email(db, email=form.username)
    except ValueError:
        user = None
    if user is None:
        verify_password(form.password, _decoy_hash())
        raise HTTPException(status.HTTP_400_BAD_REQUEST, WRONG_CREDENTIALS)
    if not verify_password(form.password, user.password_hash):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, WRONG_CREDENTIALS)
    if not user.is_active:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, "this account is deactivated: ask an admin to restore it"
        )
    minutes = context.settings.service.access_token_minutes
    token = create_access_token(user.id, secret_key=context.secret_key, minutes=minutes)
    return AccessToken(access_token=token, expires_in=minutes * 60)


@router.get("/me")
def read_me(
    context: ContextDep,
    db: DbDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
    x_api_key: Annotated[str | None, Header()] = None,
    x_workspace: Annotated[str | None, Header()] = None,
) -> MeRead:
    """The caller: their account, their workspaces, and the workspace and role this request has."""
    principal: Principal | None
    try:
        principal = get_principal(context, db, token, x_api_key, x_workspace)
    except HTTPException as exc:
        # Someone removed from every workspace may still log in and see that they belong nowhere.
        if exc.status_code != status.HTTP_403_FORBIDDEN:
            raise
        principal = None
    user: User = principal.user if principal else get_current_user(context, db, token)
    if principal is not None and principal.api_key is not None:
        key = principal.api_key
        return MeRead(
            user=UserRead.model_validate(user),
            authenticated_with="api_key",
            api_key=ApiKeySummary(
                id=key.id,
                name=key.name,
                prefix=key.prefix,
                role=Role(key.role),
                created_at=key.created_at,
            ),
            memberships=[_summary(principal.workspace, principal.role)],
            workspace=WorkspaceRead.model_validate(principal.workspace),
            role=principal.role,
        )
    memberships = [
        _summary(workspace, role) for workspace, role in list_user_workspaces(db, user_id=user.id)
    ]
    return MeRead(
        user=UserRead.model_validate(user),
        authenticated_with="access_token",
        api_key=None,
        memberships=memberships,
        workspace=WorkspaceRead.model_validate(principal.workspace) if principal else None,
        role=principal.role if principal else None,
    )


def _summary(workspace: Workspace, role: Role) -> MembershipSummary:
    return MembershipSummary(
        workspace_id=workspace.id, name=workspace.name, slug=workspace.slug, role=role
    )
