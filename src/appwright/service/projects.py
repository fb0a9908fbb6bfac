"""Generated projects as files: paths inside a project, overrides applied, atomic writes."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from appwright.codegen.write import write_tree


class UnsafePathError(ValueError):
    """A file path that would leave the project (absolute, ``..``, backslashes, empty)."""


def project_path(path: str) -> str:
    """``path`` as a clean relative POSIX path inside a project, or UnsafePathError."""
    if not path or "\\" in path or "\x00" in path:
        raise UnsafePathError(f"file path {path!r} is not a relative path inside the project")
    pure = PurePosixPath(path)
    parts = [part for part in pure.parts if part not in ("", ".")]
    if pure.is_absolute() or not parts or ".." in parts:
        raise UnsafePathError(f"file path {path!r} is not a relative path inside the project")
    return "/".join(parts)


def sha256_hex(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def effective_files(
    generated: Mapping[str, bytes], overrides: Mapping[str, bytes]
) -> dict[str, bytes]:
    """The generated files with a person's overrides in place (only of files that exist)."""
    return {path: overrides.get(path, content) for path, content in sorted(generated.items())}


def version_dir(projects_dir: Path, session_id: str, version_number: int) -> Path:
    return projects_dir / session_id / f"v{version_number}"


def write_files_atomically(files: Mapping[str, bytes], out_dir: Path) -> None:
    """Replace ``out_dir`` with exactly ``files``: written next to it, then renamed into place."""
    write_tree({project_path(relative): content for relative, content in files.items()}, out_dir)
