"""Routes: the members of the current workspace (everyone lists, admins manage).

Removing a member also revokes the API keys they created in the workspace.

``POST /members`` adds an existing account by e-mail; with a ``password`` it also creates the
account when none has that e-mail (how admins add people while open registration is off).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy.orm import Session

from appwright.service.api.deps import AdminDep, DbDep, Principal, ReaderDep, not_found
from appwright.service.audit import audit
from appwright.service.crud.api_keys import revoke_keys_created_by
from appwright.service.crud.members import (
    AlreadyMemberError,
    LastAdminError,
    add_member,
    change_role,
    get_member,
    list_members,
    remove_member,
)
from appwright.service.crud.users import EmailTakenError, create_user, get_user_by_email
from appwright.service.models import Membership, Role, User
from appwright.service.schemas.members import MemberCreate, MemberList, MemberRead, MemberUpdate

router = APIRouter(prefix="/members", tags=["members"])


@router.get("")
def list_workspace_members(
    principal: ReaderDep,
    db: DbDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> MemberList:
    rows, total = list_members(db, workspace_id=principal.workspace_id, limit=limit, offset=offset)
    return MemberList(items=[_read(membership, user) for membership, user in rows], total=total)


@router.post("", status_code=status.HTTP_201_CREATED)
def add_workspace_member(body: MemberCreate, principal: AdminDep, db: DbDep) -> MemberRead:
    user = get_user_by_email(db, email=body.email)
    created_account = False
    if user is None:
        if body.password is None:
            raise HTTPException(
                status.HTTP_404_NOT_FOUND,
                f"no user with e-mail {body.email}: they can register first, or send a"
                " password to create their account",
            )
        try:
            user = create_user(
                db, email=body.email, password=body.password, full_name=body.full_name
            )
        except EmailTakenError as exc:
            raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
        created_account = True
        audit(db, principal, "user.create", "user", user.id, email=user.email)
    try:
        membership = add_member(db, workspace_id=principal.workspace_id, user=user, role=body.role)
    except AlreadyMemberError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    audit(
        db,
        principal,
        "member.add",
        "membership",
        membership.id,
        email=user.email,
        role=body.role,
        created_account=created_account,
    )
    return _read(membership, user)


@router.patch("/{member_id}")
def change_member_role(
    member_id: str, body: MemberUpdate, principal: AdminDep, db: DbDep
) -> MemberRead:
    membership = _member_or_404(db, principal, member_id)
    previous = membership.role
    try:
        change_role(db, membership=membership, role=body.role)
    except LastAdminError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    if previous != body.role:
        audit(
            db,
            principal,
            "member.update",
            "membership",
            membership.id,
            email=membership.user.email,
            role={"from": previous, "to": body.role},
        )
    return _read(membership, membership.user)


@router.delete("/{member_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove_workspace_member(member_id: str, principal: AdminDep, db: DbDep) -> Response:
    membership = _member_or_404(db, principal, member_id)
    email, role, user_id = membership.user.email, membership.role, membership.user_id
    try:
        remove_member(db, membership=membership)
    except LastAdminError as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    audit(db, principal, "member.remove", "membership", member_id, email=email, role=role)
    # Keys act as their creator, who knows their secrets: someone who left keeps none of them.
    for api_key in revoke_keys_created_by(db, workspace_id=principal.workspace_id, user_id=user_id):
        audit(
            db,
            principal,
            "api_key.revoke",
            "api_key",
            api_key.id,
            name=api_key.name,
            prefix=api_key.prefix,
            reason=f"{email} was removed",
        )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def _member_or_404(db: Session, principal: Principal, member_id: str) -> Membership:
    membership = get_member(db, workspace_id=principal.workspace_id, member_id=member_id)
    if membership is None:
        raise not_found("member", member_id)
    return membership


def _read(membership: Membership, user: User) -> MemberRead:
    return MemberRead(
        id=membership.id,
        user_id=user.id,
        email=user.email,
        full_name=user.full_name,
        role=Role(membership.role),
        created_at=membership.created_at,
    )
