"""Generated files of a version, a session's overrides, and the two combined (effective files)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from appwright.service.models import FileOverride, GeneratedFile, SpecVersion
from appwright.service.projects import sha256_hex


@dataclass(frozen=True)
class VersionFile:
    """One file of a generated version as people see it: their override, if any, applied."""

    generated: GeneratedFile
    override: FileOverride | None

    @property
    def path(self) -> str:
        return self.generated.path

    @property
    def content(self) -> bytes:
        return self.override.content if self.override is not None else self.generated.content

    @property
    def sha256(self) -> str:
        if self.override is not None:
            return sha256_hex(self.override.content)
        return self.generated.sha256

    @property
    def size(self) -> int:
        return len(self.override.content) if self.override is not None else self.generated.size

    @property
    def generated_changed(self) -> bool:
        """The generator's content differs from what the override was edited from."""
        return self.override is not None and self.override.base_sha256 != self.generated.sha256


def version_is_generated(db: Session, *, version_id: str) -> bool:
    query = select(GeneratedFile.id).where(GeneratedFile.spec_version_id == version_id).limit(1)
    return db.scalar(query) is not None


def list_version_files(
    db: Session, *, session_id: str, version_id: str, with_content: bool = False
) -> list[VersionFile]:
    """The version's files by path (generated contents loaded only when asked for)."""
    query = (
        select(GeneratedFile)
        .where(GeneratedFile.spec_version_id == version_id)
        .order_by(GeneratedFile.path)
    )
    if not with_content:
        query = query.options(defer(GeneratedFile.content))
    overrides = {override.path: override for override in list_overrides(db, session_id=session_id)}
    return [VersionFile(file, overrides.get(file.path)) for file in db.scalars(query)]


def get_version_file(
    db: Session, *, session_id: str, version_id: str, path: str
) -> VersionFile | None:
    generated = db.scalar(
        select(GeneratedFile).where(
            GeneratedFile.spec_version_id == version_id, GeneratedFile.path == path
        )
    )
    if generated is None:
        return None
    return VersionFile(generated, get_override(db, session_id=session_id, path=path))


def list_overrides(db: Session, *, session_id: str) -> list[FileOverride]:
    query = select(FileOverride).where(FileOverride.session_id == session_id)
    return list(db.scalars(query.order_by(FileOverride.path)))


def get_override(db: Session, *, session_id: str, path: str) -> FileOverride | None:
    return db.scalar(
        select(FileOverride).where(FileOverride.session_id == session_id, FileOverride.path == path)
    )


def latest_generated_file(db: Session, *, session_id: str, path: str) -> GeneratedFile | None:
    """``path`` as the newest generated version of the session that has it made it."""
    return db.scalar(
        select(GeneratedFile)
        .join(SpecVersion, SpecVersion.id == GeneratedFile.spec_version_id)
        .where(SpecVersion.session_id == session_id, GeneratedFile.path == path)
        .order_by(SpecVersion.number.desc())
        .limit(1)
    )


def save_override(
    db: Session,
    *,
    session_id: str,
    path: str,
    content: bytes,
    base_sha256: str,
    created_by_id: str | None,
) -> tuple[FileOverride, bool]:
    """Create or replace the override of ``path``; the override and whether it is new."""
    override = get_override(db, session_id=session_id, path=path)
    created = override is None
    if override is None:
        override = FileOverride(session_id=session_id, path=path, content=content)
        db.add(override)
    override.content = content
    override.base_sha256 = base_sha256
    override.created_by_id = created_by_id
    db.flush()
    return override, created


def effective_contents(db: Session, *, session_id: str, version_id: str) -> dict[str, bytes]:
    """The version's project as people have it: path → content, overrides applied."""
    files = list_version_files(db, session_id=session_id, version_id=version_id, with_content=True)
    return {file.path: file.content for file in files}
