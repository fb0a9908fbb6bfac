"""Finalize a session's approved, generated version into a module of the workspace.

Modules of one slug are versioned 1.0.0, 1.0.1, 1.0.2... in the order they are finalized.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from appwright.service.api.deps import Principal
from appwright.service.audit import record_audit
from appwright.service.bundles import zip_project
from appwright.service.crud.files import effective_contents, version_is_generated
from appwright.service.crud.jobs import last_job_for_version
from appwright.service.generation import GENERATE_KIND
from appwright.service.models import (
    BuildSession,
    JobStatus,
    Module,
    SessionStatus,
    SpecVersion,
)

FIRST_VERSION = "1.0.0"
MANIFEST_PATH = "module.json"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


class FinalizeError(Exception):
    """The version cannot become a module yet (the API answers 409 with this reason)."""


def next_module_version(existing: Iterable[str]) -> str:
    """1.0.0 when there is none, else the highest existing version with its patch raised."""
    parsed = [tuple(int(part) for part in m.groups()) for v in existing if (m := _SEMVER.match(v))]
    if not parsed:
        return FIRST_VERSION
    major, minor, patch = max(parsed)
    return f"{major}.{minor}.{patch + 1}"


def _check_finalizable(db: Session, session: BuildSession, version: SpecVersion) -> None:
    number = version.number
    if version.approved_at is None:
        raise FinalizeError(
            f"version {number} is not approved: approve it first "
            f"(POST /api/v1/sessions/{session.id}/versions/{number}/approve)"
        )
    job = last_job_for_version(db, session_id=session.id, version_number=number, kind=GENERATE_KIND)
    if job is not None and job.status in (JobStatus.queued, JobStatus.running):
        raise FinalizeError(f"version {number} is still being generated (job {job.id}): wait")
    if job is not None and job.status == JobStatus.failed:
        raise FinalizeError(
            f"the last generation of version {number} failed ({job.error}): "
            f"retry it (POST /api/v1/jobs/{job.id}/retry)"
        )
    if not version_is_generated(db, version_id=version.id):
        raise FinalizeError(
            f"version {number} has not been generated: generate it first "
            f"(POST /api/v1/sessions/{session.id}/generate)"
        )


def _generated_manifest(files: dict[str, bytes]) -> dict[str, Any]:
    content = files.get(MANIFEST_PATH)
    if content is None:
        raise FinalizeError(
            f"the project has no {MANIFEST_PATH}: drop the override that removed it"
        )
    try:
        manifest = json.loads(content)
    except ValueError as error:
        raise FinalizeError(
            f"{MANIFEST_PATH} is not valid JSON (is it edited?): {error}"
        ) from error
    if not isinstance(manifest, dict):
        raise FinalizeError(f"{MANIFEST_PATH} must hold a JSON object")
    return manifest


def finalize_version(
    db: Session, *, session: BuildSession, version: SpecVersion, principal: Principal
) -> Module:
    """Make ``version`` (approved and generated) the next module version of its slug."""
    _check_finalizable(db, session, version)
    files = effective_contents(db, session_id=session.id, version_id=version.id)
    generated_manifest = _generated_manifest(files)
    name = str(version.spec.get("name") or session.title)
    slug = str(version.spec.get("slug") or generated_manifest.get("slug") or "app")
    existing = db.scalars(
        select(Module.version).where(
            Module.workspace_id == session.workspace_id, Module.slug == slug
        )
    )
    module_version = next_module_version(existing)
    manifest = {
        **generated_manifest,
        "version": module_version,
        "spec_version": version.number,
        "session_id": session.id,
    }
    module = Module(
        workspace_id=session.workspace_id,
        session_id=session.id,
        spec_version_number=version.number,
        name=name,
        slug=slug,
        version=module_version,
        manifest=manifest,
        bundle=zip_project(files, root=f"{slug}-{module_version}"),
        created_by_id=principal.user_id,
    )
    db.add(module)
    try:
        db.flush()
    except IntegrityError as error:
        raise FinalizeError(
            f"{slug} {module_version} was finalized at the same moment: try again"
        ) from error
    session.status = SessionStatus.complete
    record_audit(
        db,
        workspace_id=session.workspace_id,
        actor_user_id=principal.user_id,
        actor_api_key_id=principal.api_key_id,
        action="module.create",
        target_type="module",
        target_id=module.id,
        detail={
            "slug": slug,
            "version": module_version,
            "session_id": session.id,
            "spec_version": version.number,
        },
    )
    return module
