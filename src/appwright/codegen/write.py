"""Write a generated project to disk atomically: all of it, or nothing."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from appwright.codegen.generate import generate_files
from appwright.spec.models import AppSpec


class ProjectExistsError(FileExistsError):
    """The output directory exists, is not empty, and overwriting was not asked for."""


def write_project(spec: AppSpec, out_dir: Path, *, overwrite: bool = False) -> list[str]:
    """Generate the project for ``spec`` into ``out_dir``; return the relative paths written.

    Everything is rendered into a temporary directory next to ``out_dir`` first and then
    renamed into place, so on any error nothing is written and ``out_dir`` is untouched. An
    existing non-empty ``out_dir`` is an error unless ``overwrite`` is true (it is replaced).
    """
    out_dir = Path(out_dir).absolute()
    if out_dir.exists() and not out_dir.is_dir():
        raise ProjectExistsError(f"{out_dir} exists and is not a directory")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not overwrite:
        raise ProjectExistsError(
            f"{out_dir} is not empty; choose an empty directory or allow overwriting"
        )
    files = generate_files(spec)
    write_tree(files, out_dir)
    return list(files)


def write_tree(files: Mapping[str, bytes], out_dir: Path) -> None:
    """Replace ``out_dir`` with exactly ``files`` (relative path → content), atomically.

    The files are written into a temporary directory next to ``out_dir`` and renamed into place;
    an existing ``out_dir`` is moved aside first and restored if the rename fails, so a reader
    sees the old tree or the new one, never a mix, and an error leaves nothing behind.
    """
    out_dir = Path(out_dir).absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        for relative, content in files.items():
            target = staging / relative
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
