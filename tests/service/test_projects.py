"""Paths inside a generated project, overrides applied, atomic writes of a whole project."""

from __future__ import annotations

from pathlib import Path

import pytest

from appwright.service.projects import (
    UnsafePathError,
    effective_files,
    project_path,
    write_files_atomically,
)


@pytest.mark.parametrize(
    ("path", "clean"),
    [("README.md", "README.md"), ("app/./main.py", "app/main.py"), ("a//b.py", "a/b.py")],
)
def test_project_path_cleans_relative_paths(path: str, clean: str) -> None:
    assert project_path(path) == clean


@pytest.mark.parametrize(
    "path", ["", "/etc/passwd", "../secret", "app/../../x", "a\\b.py", ".", "a/\x00"]
)
def test_project_path_refuses_paths_outside_the_project(path: str) -> None:
    with pytest.raises(UnsafePathError, match="not a relative path inside the project"):
        project_path(path)


def test_effective_files_apply_overrides_of_existing_files_only() -> None:
    generated = {"b.py": b"gen b", "a.py": b"gen a"}

    files = effective_files(generated, {"a.py": b"mine", "gone.py": b"old edit"})

    assert files == {"a.py": b"mine", "b.py": b"gen b"}
    assert list(files) == ["a.py", "b.py"]


def test_write_replaces_the_directory_with_exactly_the_files(tmp_path: Path) -> None:
    out = tmp_path / "v1"
    write_files_atomically({"old.txt": b"old", "pkg/a.py": b"1"}, out)

    write_files_atomically({"pkg/a.py": b"2", "README.md": b"hi"}, out)

    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "README.md",
        "pkg/a.py",
    ]
    assert (out / "pkg/a.py").read_bytes() == b"2"
    assert [p.name for p in tmp_path.iterdir()] == ["v1"]


def test_a_failed_write_leaves_the_previous_project(tmp_path: Path) -> None:
    out = tmp_path / "v1"
    write_files_atomically({"a.py": b"kept"}, out)

    with pytest.raises(UnsafePathError):
        write_files_atomically({"b.py": b"new", "../escape.py": b"x"}, out)

    assert [p.name for p in out.iterdir()] == ["a.py"]
    assert [p.name for p in tmp_path.iterdir()] == ["v1"]
