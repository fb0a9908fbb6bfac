"""write_project writes all of a project or nothing, and never clobbers by accident."""

from __future__ import annotations

from pathlib import Path

import pytest

from appwright.codegen import ProjectExistsError, generate_files, write_project
from appwright.codegen import write as write_module
from appwright.spec import AppSpec


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def test_writes_every_generated_file(keyword_spec: AppSpec, tmp_path: Path) -> None:
    out = tmp_path / "shop"
    written = write_project(keyword_spec, out)
    assert written == list(generate_files(keyword_spec))
    assert _snapshot(out) == generate_files(keyword_spec)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop"]


def test_an_empty_directory_is_fine(keyword_spec: AppSpec, tmp_path: Path) -> None:
    out = tmp_path / "shop"
    out.mkdir()
    write_project(keyword_spec, out)
    assert (out / "pyproject.toml").is_file()


def test_refuses_a_non_empty_directory(keyword_spec: AppSpec, tmp_path: Path) -> None:
    out = tmp_path / "shop"
    out.mkdir()
    (out / "mine.txt").write_text("keep me")
    with pytest.raises(ProjectExistsError, match="not empty"):
        write_project(keyword_spec, out)
    assert _snapshot(out) == {"mine.txt": b"keep me"}


def test_overwrite_replaces_the_directory(keyword_spec: AppSpec, tmp_path: Path) -> None:
    out = tmp_path / "shop"
    out.mkdir()
    (out / "stale.txt").write_text("old")
    write_project(keyword_spec, out, overwrite=True)
    assert not (out / "stale.txt").exists()
    assert _snapshot(out) == generate_files(keyword_spec)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop"]


def test_generation_error_writes_nothing(
    keyword_spec: AppSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(spec: AppSpec) -> dict[str, bytes]:
        raise RuntimeError("template failed")

    monkeypatch.setattr(write_module, "generate_files", broken)
    with pytest.raises(RuntimeError, match="template failed"):
        write_project(keyword_spec, tmp_path / "shop")
    assert list(tmp_path.iterdir()) == []


def test_error_half_way_leaves_the_old_project_untouched(
    keyword_spec: AppSpec, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "shop"
    write_project(keyword_spec, out)
    (out / "local-notes.txt").write_text("mine")
    before = _snapshot(out)
    original = Path.write_bytes
    calls = {"count": 0}

    def failing_write(self: Path, data: bytes) -> int:  # type: ignore[override]
        calls["count"] += 1
        if calls["count"] > 5:
            raise OSError("disk full")
        return original(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    with pytest.raises(OSError, match="disk full"):
        write_project(keyword_spec, out, overwrite=True)
    monkeypatch.undo()
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop"]


def test_a_file_in_the_way_is_an_error(keyword_spec: AppSpec, tmp_path: Path) -> None:
    out = tmp_path / "shop"
    out.write_text("a file")
    with pytest.raises(ProjectExistsError, match="not a directory"):
        write_project(keyword_spec, out)
    assert out.read_text() == "a file"
