"""Zips of projects are reproducible: sorted entries, fixed timestamps, file modes."""

from __future__ import annotations

import io
import zipfile

from appwright.service.bundles import FIXED_TIMESTAMP, zip_project


def test_the_same_files_give_the_same_bytes_whatever_their_order() -> None:
    first = zip_project({"b.txt": b"b", "a/c.py": b"c"}, root="app-v1")
    second = zip_project({"a/c.py": b"c", "b.txt": b"b"}, root="app-v1")

    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert archive.namelist() == ["app-v1/a/c.py", "app-v1/b.txt"]
        assert archive.read("app-v1/a/c.py") == b"c"
        for info in archive.infolist():
            assert info.date_time == FIXED_TIMESTAMP
            assert (info.external_attr >> 16) & 0o777 == 0o644


def test_different_content_gives_different_bytes() -> None:
    assert zip_project({"a": b"1"}, root="r") != zip_project({"a": b"2"}, root="r")
