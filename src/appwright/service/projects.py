"""Generated projects as files: paths inside a project, overrides applied, atomic writes."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath


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
    out_dir = out_dir.absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        for relative, content in files.items():
            target = staging / project_path(relative)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        os.chmod(staging, 0o755)
        if out_dir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old.", dir=out_dir.parent))
            os.replace(out_dir, retired / out_dir.name)
            try:
                os.replace(staging, out_dir)
            except OSError:
                os.replace(retired / out_dir.name, out_dir)
                raise
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.replace(staging, out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
