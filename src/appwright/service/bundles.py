"""A project as a zip: the same files give the same bytes (sorted entries, fixed timestamps)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping

FIXED_TIMESTAMP = (1980, 1, 1, 0, 0, 0)
"""The earliest time a zip entry can carry; every entry gets it, so bundles are reproducible."""
FILE_MODE = 0o644


def zip_project(files: Mapping[str, bytes], *, root: str) -> bytes:
    """``files`` (relative path → content) under the folder ``root`` inside a zip."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            entry = zipfile.ZipInfo(f"{root}/{path}", date_time=FIXED_TIMESTAMP)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # unix, so the permission bits below are honoured
            entry.external_attr = (0o100000 | FILE_MODE) << 16
            archive.writestr(entry, files[path])
    return buffer.getvalue()
