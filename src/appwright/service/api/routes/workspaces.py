"""Routes: the caller's workspaces, creating one, and the current workspace (X-Workspace)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Query, status

from appwright.service.api.deps import (
    AdminDep,
    ContextDep,
    DbDep,
    ReaderDep,
    get_current_user,
    oauth2_scheme,
)
from appwright.service.audit import record_audit
from appwright.service.crud.workspaces import (
    SlugTakenError,
    create_workspace_with_admin,
    list_user_workspaces,
    rename_workspace,
)
from appwright.service.models import Role, User, Workspace
from appwright.service.schemas.workspaces import (
    MyWorkspaceList,
    MyWorkspaceRead,
    WorkspaceCreate,
    WorkspaceUpdate,
)
from appwright.service.security import api_key_prefix

router = APIRouter(prefix="/workspaces", tags=["workspaces"])


def get_person(
    context: ContextDep,
    db: DbDep,
    token: Annotated[str | None, Depends(oauth2_scheme)],
    x_api_key: Annotated[str | None, Header()] = None,
) -> User:
    """The logged-in user; API keys are refused, since each acts inside one workspace only."""
    if x_api_key or (token and api_key_prefix(token)):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN,
            "an API key acts only inside its own workspace: listing and creating workspaces"
            " needs a person's access token",
        )
    return get_current_user(context, db, token)


PersonDep = Annotated[User, Depends(get_person)]


@router.get("")
def list_my_workspaces(
    user: PersonDep,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> MyWorkspaceList:
    """The workspaces you belong to, in the order you joined them, with your role in each."""
    mine = list_user_workspaces(db, user_id=user.id)
    return MyWorkspaceList(
        items=[_mine(workspace, role) for workspace, role in mine[offset : offset + limit]],
        total=len(mine),
    )


@router.post("", status_code=status.HTTP_201_CREATED)
def create_my_workspace(body: WorkspaceCreate, user: PersonDep, db: DbDep) -> MyWorkspaceRead:
    """A new workspace, with you as its admin (act in it with ``X-Workspace: <id or slug>``)."""
    try:
        workspace = create_workspace_with_admin(
            db, name=body.name, slug=body.slug, admin_user_id=user.id
        )
    except SlugTakenError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    record_audit(
        db,
        workspace_id=workspace.id,
        actor_user_id=user.id,
        action="workspace.create",
        target_type="workspace",
        target_id=workspace.id,
        detail={"name": workspace.name, "slug": workspace.slug},
    )
    return _mine(workspace, Role.admin)


@router.get("/current")
def read_current_workspace(principal: ReaderDep) -> MyWorkspaceRead:
    return _mine(principal.workspace, principal.role)


@router.patch("/current")
def rename_current_workspace(
    body: WorkspaceUpdate, principal: AdminDep, db: DbDep
) -> MyWorkspaceRead:
    """Rename the workspace (its slug stays, so X-Workspace headers keep working)."""
    previous = principal.workspace.name
    workspace = rename_workspace(db, workspace=principal.workspace, name=body.name)
    record_audit(
        db,
        workspace_id=workspace.id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="workspace.update",
        target_type="workspace",
        target_id=workspace.id,
        detail={"name": {"from": previous, "to": workspace.name}},
    )
    return _mine(workspace, principal.role)


def _mine(workspace: Workspace, role: Role) -> MyWorkspaceRead:
    return MyWorkspaceRead(
        id=workspace.id,
        name=workspace.name,
        slug=workspace.slug,
        created_at=workspace.created_at,
        role=role,
    )
