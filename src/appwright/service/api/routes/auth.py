"""Routes: register, log in (OAuth2 password flow → JWT), and who the caller is."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Request, status
from fastapi.security import OAuth2PasswordRequestForm

from appwright.service.api.deps import (
    ContextDep,
    DbDep,
    Principal,
    TokenDep,
    get_current_user,
    get_principal,
)
from appwright.service.crud.users import EmailTakenError
from appwright.service.crud.workspaces import list_user_workspaces
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
from appwright.service.security import create_access_token
from appwright.service.sign_in import (
    REGISTRATION_CLOSED,
    SignInError,
    check_credentials,
    register_account,
)

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(body: RegisterRequest, context: ContextDep, db: DbDep) -> RegisterRead:
    """Create an account and a workspace of its own, where the new user is admin."""
    if not context.settings.service.open_registration:
        raise HTTPException(status.HTTP_403_FORBIDDEN, REGISTRATION_CLOSED)
    try:
        registration = register_account(
            db,
            email=body.email,
            password=body.password,
            full_name=body.full_name,
            workspace_name=body.workspace_name,
        )
    except EmailTakenError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    return RegisterRead(
        user=UserRead.model_validate(registration.user),
        workspace=WorkspaceRead.model_validate(registration.workspace),
        role=Role.admin,
    )


@router.post("/token")
def issue_token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], context: ContextDep, db: DbDep
) -> AccessToken:
    """OAuth2 password flow: ``username`` is the e-mail address."""
    try:
        user = check_credentials(db, email=form.username, password=form.password)
    except SignInError as error:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(error)) from None
    minutes = context.settings.service.access_token_minutes
    token = create_access_token(user.id, secret_key=context.secret_key, minutes=minutes)
    return AccessToken(access_token=token, expires_in=minutes * 60)


@router.get("/me")
def read_me(
    request: Request,
    context: ContextDep,
    db: DbDep,
    token: TokenDep,
    x_api_key: Annotated[str | None, Header()] = None,
    x_workspace: Annotated[str | None, Header()] = None,
) -> MeRead:
    """The caller: their account, their workspaces, and the workspace and role this request has."""
    principal: Principal | None
    try:
        principal = get_principal(request, context, db, token, x_api_key, x_workspace)
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
