"""People's edits of generated files: kept per session, applied over every later generation."""

from __future__ import annotations

from sqlalchemy.orm import Session

from appwright.service.api.deps import Principal
from appwright.service.audit import record_audit
from appwright.service.crud.files import get_override, latest_generated_file, save_override
from appwright.service.models import BuildSession, FileOverride
from appwright.service.projects import project_path, sha256_hex

MAX_OVERRIDE_BYTES = 2 * 1024 * 1024


class UnknownFileError(LookupError):
    """No generated version of the session has that file (only generated files are overridden)."""


class OverrideTooLargeError(ValueError):
    pass


def put_override(
    db: Session, *, session: BuildSession, path: str, content: bytes, principal: Principal
) -> tuple[FileOverride, bool]:
    """Keep ``content`` as ``path``'s override; the override and whether it is new.

    Raises UnsafePathError for a path outside the project, UnknownFileError when no version has
    generated that file, OverrideTooLargeError above MAX_OVERRIDE_BYTES."""
    clean = project_path(path)
    if len(content) > MAX_OVERRIDE_BYTES:
        raise OverrideTooLargeError(
            f"{clean} is {len(content)} bytes: an edited file may have {MAX_OVERRIDE_BYTES} at most"
        )
    generated = latest_generated_file(db, session_id=session.id, path=clean)
    if generated is None:
        raise UnknownFileError(f"no generated version of this session has a file {clean}")
    override, created = save_override(
        db,
        session_id=session.id,
        path=clean,
        content=content,
        base_sha256=generated.sha256,
        created_by_id=principal.user_id,
    )
    record_audit(
        db,
        workspace_id=session.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="override.create" if created else "override.update",
        target_type="session",
        target_id=session.id,
        detail={"path": clean, "sha256": sha256_hex(content), "base_sha256": generated.sha256},
    )
    return override, created


def drop_override(
    db: Session, *, session: BuildSession, path: str, principal: Principal
) -> FileOverride | None:
    """Remove ``path``'s override (the generator's content applies again); None when none."""
    clean = project_path(path)
    override = get_override(db, session_id=session.id, path=clean)
    if override is None:
        return None
    db.delete(override)
    record_audit(
        db,
        workspace_id=session.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="override.delete",
        target_type="session",
        target_id=session.id,
        detail={"path": clean},
    )
    return override
